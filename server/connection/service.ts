// "Test connection": one place that tells whether a token can do what the app
// needs, naming the exact problem (bad token, missing scope, wrong store).
import { BigCommerceApiError, BigCommerceClient } from '../bigcommerce/index.js';
import type { Logger } from '../lib/logger.js';

/** What each feature needs, probed with a cheap read. Writes cannot be probed without side effects. */
export const SCOPE_PROBES = [
  { scope: 'store_v2_orders_read_only', label: 'Orders (read-only)', path: '/v2/orders', query: { limit: 1 } },
  { scope: 'store_v2_customers', label: 'Customers', path: '/v3/customers', query: { limit: 1 } },
  { scope: 'store_v2_products_read_only', label: 'Products (read-only)', path: '/v3/catalog/products', query: { limit: 1 } },
  { scope: 'store_v2_marketing', label: 'Marketing', path: '/v3/promotions', query: { limit: 1 } },
  { scope: 'store_v2_content', label: 'Content', path: '/v3/content/scripts', query: { limit: 1 } },
] as const;

export interface StoreSummary {
  hash: string;
  name: string;
  domain: string | null;
  secureUrl: string | null;
  controlPanelUrl: string | null;
  currency: string | null;
  planName: string | null;
  timezone: string | null;
  language: string | null;
  adminEmail: string | null;
}

export type ConnectionTestResult =
  | { ok: true; store: StoreSummary; checkedAt: string }
  | {
      ok: false;
      problem: 'bad_token' | 'missing_scope' | 'store_not_found' | 'unreachable' | 'bigcommerce_error';
      message: string;
      missingScopes?: { scope: string; label: string }[];
      store?: StoreSummary;
      checkedAt: string;
    };

function summarize(hash: string, info: Record<string, unknown>): StoreSummary {
  const str = (k: string) => (typeof info[k] === 'string' && info[k] !== '' ? (info[k] as string) : null);
  const tz = info.timezone as { name?: unknown } | undefined;
  return {
    hash,
    name: str('name') ?? hash,
    domain: str('domain'),
    secureUrl: str('secure_url'),
    controlPanelUrl: str('control_panel_base_url'),
    currency: str('currency'),
    planName: str('plan_name'),
    timezone: typeof tz?.name === 'string' ? tz.name : null,
    language: str('language'),
    adminEmail: str('admin_email'),
  };
}

export async function testConnection(
  input: { apiUrl: string; storeHash: string; accessToken: string; probeScopes: boolean },
  logger: Logger,
): Promise<ConnectionTestResult> {
  const checkedAt = new Date().toISOString();
  const client = new BigCommerceClient({
    apiUrl: input.apiUrl,
    storeHash: input.storeHash,
    accessToken: input.accessToken,
    logger,
    maxRetries: 1,
    timeoutMs: 10_000,
  });
  let store: StoreSummary;
  try {
    const info = await client.getStoreInfo();
    store = summarize(input.storeHash, info as unknown as Record<string, unknown>);
  } catch (err) {
    return { ok: false, checkedAt, ...explain(err, input.storeHash) };
  }
  if (!input.probeScopes) return { ok: true, store, checkedAt };

  const missing: { scope: string; label: string }[] = [];
  for (const probe of SCOPE_PROBES) {
    try {
      await client.request('GET', probe.path, { query: probe.query });
    } catch (err) {
      if (err instanceof BigCommerceApiError && err.status === 403) missing.push({ scope: probe.scope, label: probe.label });
      else return { ok: false, checkedAt, store, ...explain(err, input.storeHash) };
    }
  }
  if (missing.length > 0) {
    return {
      ok: false,
      checkedAt,
      store,
      problem: 'missing_scope',
      message: `The token works but lacks these OAuth scopes: ${missing.map((m) => m.label).join(', ')}. Edit the API account in BigCommerce (Settings › Store-level API accounts) to grant them.`,
      missingScopes: missing,
    };
  }
  return { ok: true, store, checkedAt };
}

function explain(err: unknown, storeHash: string): { problem: Exclude<ConnectionTestResult, { ok: true }>['problem']; message: string; missingScopes?: { scope: string; label: string }[] } {
  if (err instanceof BigCommerceApiError) {
    if (err.status === 401) return { problem: 'bad_token', message: 'BigCommerce rejected the access token (401). Check that it was copied in full and that the API account still exists.' };
    if (err.status === 403) {
      return {
        problem: 'missing_scope',
        message: 'The token lacks the Information & Settings scope needed to read the store profile (403).',
        missingScopes: [{ scope: 'store_v2_information_read_only', label: 'Information & Settings (read-only)' }],
      };
    }
    if (err.status === 404) return { problem: 'store_not_found', message: `No store with hash "${storeHash}" answers at this API path (404). Check the API path.` };
    return { problem: 'bigcommerce_error', message: `BigCommerce answered ${err.status}: ${err.message}` };
  }
  return { problem: 'unreachable', message: `Could not reach the BigCommerce API: ${(err as Error).message}` };
}
