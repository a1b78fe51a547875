// Makes the store's webhooks match what Tandem needs: on install, on "Repair"
// and on the periodic check. Idempotent: running it twice changes nothing the
// second time; a deactivated hook is re-activated, a duplicate or stale one
// (old scope, old APP_URL) is removed, and a missing one is created.
import type { BcWebhook } from '../bigcommerce/index.js';
import type { Config } from '../config.js';
import type { Models } from '../db/models.js';
import { decryptSecret } from '../lib/crypto.js';
import type { Logger } from '../lib/logger.js';
import { clientForStore } from '../stores/service.js';
import { WEBHOOK_SCOPES, WEBHOOK_SECRET_HEADER, webhookDestination } from './scopes.js';

export interface RegistrationResult {
  created: number;
  reactivated: number;
  updated: number;
  deleted: number;
  active: number;
}

/** The store's webhook secret, made at install (stores/service.ts). */
export function storeWebhookSecret(config: Config, store: { storeHash: string; webhookSecretEnc?: string | null }): string {
  if (!store.webhookSecretEnc) throw new Error(`store ${store.storeHash} has no webhook secret; reinstall`);
  return decryptSecret(store.webhookSecretEnc, config.TOKEN_ENCRYPTION_KEY, `webhook:${store.storeHash}`);
}

export async function ensureWebhooks(deps: { config: Config; models: Models; logger: Logger }, storeHash: string): Promise<RegistrationResult> {
  const store = await deps.models.Store.findOne({ storeHash }).lean();
  if (!store || store.status !== 'active') throw new Error(`store ${storeHash} is not installed`);
  const client = clientForStore(deps, store);
  const secret = storeWebhookSecret(deps.config, store);
  const destination = webhookDestination(deps.config.APP_URL);
  const headers = { [WEBHOOK_SECRET_HEADER]: secret };
  const result: RegistrationResult = { created: 0, reactivated: 0, updated: 0, deleted: 0, active: 0 };

  try {
    const existing = await client.listWebhooks();
    // Hooks are private to the API account; with a shared manual account, only touch ours.
    const ours = existing.filter((h) => store.connection === 'oauth' || sameOriginPath(h.destination, destination));
    const wanted = new Set<string>(WEBHOOK_SCOPES);
    const kept = new Map<string, BcWebhook>();
    for (const hook of ours) {
      const scope = hook.scope ?? '';
      if (!wanted.has(scope) || hook.destination !== destination || kept.has(scope)) {
        await client.deleteWebhook(hook.id);
        result.deleted++;
      } else {
        kept.set(scope, hook);
      }
    }
    for (const scope of WEBHOOK_SCOPES) {
      const hook = kept.get(scope);
      if (!hook) {
        // A failed create is not retried blindly; the next check sees whether it landed.
        await client.createWebhook({ scope, destination, is_active: true, headers }, { retry: 'never' });
        result.created++;
      } else if (!hook.is_active || hook.headers?.[WEBHOOK_SECRET_HEADER] !== secret) {
        await client.updateWebhook(hook.id, { is_active: true, headers });
        if (!hook.is_active) result.reactivated++;
        else result.updated++;
      }
      result.active++;
    }
    await deps.models.WebhookCheck.replaceOne({ _id: storeHash }, { checkedAt: new Date(), ok: true, error: null, result }, { upsert: true });
    deps.logger.info('webhooks checked', { storeHash, ...result });
    return result;
  } catch (err) {
    await deps.models.WebhookCheck.replaceOne({ _id: storeHash }, { checkedAt: new Date(), ok: false, error: (err as Error).message, result: null }, { upsert: true });
    throw err;
  }
}

function sameOriginPath(a: string | undefined, b: string): boolean {
  if (!a) return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}
