// POST /webhooks: BigCommerce's deliveries. The answer must be fast and honest:
// authenticate, validate, store the event once (its idempotency key makes a
// redelivery a no-op), answer 200. Processing happens later in a job. Anything
// that prevents storing the event is a 5xx, so BigCommerce retries it.
import express, { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { safeEqual } from '../lib/crypto.js';
import { storeWebhookSecret } from './registration.js';
import { AppError } from '../lib/errors.js';
import { JOB_TYPES, type WebhookJobPayload } from '../sync/service.js';
import { WEBHOOK_SCOPES, WEBHOOK_SECRET_HEADER } from './scopes.js';
import { verifyStandardWebhook } from './signature.js';
import { BatchedIntake, TtlCache } from './intake.js';
import type { EnqueueInput } from '../jobs/queue.js';

const deliverySchema = z.object({
  scope: z.string().regex(/^store\/[a-zA-Z/]+$/, 'scope must look like store/…'),
  store_id: z.union([z.string(), z.number()]),
  data: z.record(z.string(), z.unknown()),
  hash: z.string().min(1).max(128),
  created_at: z.number().int().positive(),
  producer: z.string().regex(/^stores\/[a-z0-9]{1,32}$/, 'producer must be stores/{hash}'),
});

const numericId = z.object({ id: z.coerce.number().int().positive() });
const dataSchemas: Record<string, z.ZodType> = {
  order: numericId,
  customer: numericId,
  subscriber: numericId,
  product: numericId,
  cart: z.object({ id: z.string().min(1), orderId: z.coerce.number().int().positive() }),
  app: z.object({}),
};

const subscribed = new Set<string>(WEBHOOK_SCOPES);

/** How long a process trusts what it read about a store; the job re-checks install status and epoch anyway. */
const STORE_CACHE_MS = 5_000;

export function webhookRoutes(deps: AppDeps): Router {
  const { config, models, jobs, logger, lifecycle } = deps;
  const router = Router();
  const stores = new TtlCache<{ storeHash: string; status: string; webhookSecretEnc?: string | null; installEpoch: number; connection: string } | null>(STORE_CACHE_MS);
  lifecycle.register({
    name: 'webhook-store-cache',
    onInstalled: async (storeHash) => stores.delete(storeHash),
    onUninstalled: async (storeHash) => stores.delete(storeHash),
  });
  const intake = new BatchedIntake<EnqueueInput>((items) => jobs.queue.enqueueBatch(items));

  router.post('/webhooks', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new AppError(400, 'invalid_json', 'The delivery body is not valid JSON');
    }
    const parsed = deliverySchema.safeParse(json);
    if (!parsed.success) {
      throw new AppError(400, 'invalid_delivery', `Malformed delivery: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    const d = parsed.data;
    const storeHash = d.producer.slice('stores/'.length);

    let store;
    try {
      store = await stores.get(storeHash, () =>
        models.Store.findOne({ storeHash }, { storeHash: 1, status: 1, webhookSecretEnc: 1, installEpoch: 1, connection: 1 }).lean(),
      );
    } catch (err) {
      logger.error('webhook: database unavailable', { err });
      throw new AppError(503, 'database_unavailable', 'Could not store the delivery; retry later');
    }
    // Same answer for "unknown store" and "wrong secret": a probe learns nothing about who is installed.
    const given = req.get(WEBHOOK_SECRET_HEADER) ?? '';
    const secret = store?.status === 'active' && store.webhookSecretEnc ? storeWebhookSecret(config, store) : null;
    if (!secret || !safeEqual(given, secret)) throw new AppError(401, 'unauthenticated_delivery', 'Delivery not authenticated');

    const sigId = req.get('webhook-id');
    const sigTs = req.get('webhook-timestamp');
    const sig = req.get('webhook-signature');
    // Signed with the app's client secret; a manual connection's API account has another one we never see.
    if (sig && sigId && sigTs && store!.connection === 'oauth') {
      const check = verifyStandardWebhook({ id: sigId, timestamp: sigTs, signature: sig, body: raw }, config.BC_CLIENT_SECRET);
      if (!check.ok) throw new AppError(401, 'bad_signature', `Delivery signature rejected: ${check.reason}`);
    }

    if (!subscribed.has(d.scope)) {
      res.status(200).json({ ok: true, ignored: true });
      return;
    }
    const resource = d.scope.split('/')[1]!;
    const data = dataSchemas[resource]?.safeParse(d.data);
    if (!data?.success) throw new AppError(400, 'invalid_delivery', `Malformed data for ${d.scope}`);

    const payload: WebhookJobPayload = { scope: d.scope, data: d.data, hash: d.hash, createdAt: d.created_at, epoch: store!.installEpoch };
    let created: boolean;
    try {
      // hash alone is not unique: two updates of one order carry the same data, so the same hash.
      created = await intake.submit({
        storeHash,
        type: JOB_TYPES.webhook,
        key: `wh:${storeHash}:${d.scope}:${d.hash}:${d.created_at}`,
        payload,
      });
    } catch (err) {
      logger.error('webhook: could not store delivery', { storeHash, scope: d.scope, err });
      throw new AppError(503, 'database_unavailable', 'Could not store the delivery; retry later');
    }
    res.status(200).json({ ok: true, duplicate: !created });
    if (created) jobs.wake();
  });

  return router;
}
