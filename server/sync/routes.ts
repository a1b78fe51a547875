// The Sync page: status, Sync now, settings, recent runs, failed jobs with
// Retry, and webhook health (as BigCommerce has them, and as we see them arrive).
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { requireSession, sessionOf } from '../auth/session.js';
import { AppError } from '../lib/errors.js';
import { parseInput } from '../lib/validate.js';
import { clientForStore } from '../stores/service.js';
import { ensureWebhooks } from '../webhooks/registration.js';
import { WEBHOOK_SCOPES, webhookDestination } from '../webhooks/scopes.js';

const settingsSchema = z
  .object({
    enabled: z.boolean().optional(),
    intervalMinutes: z.number().int().min(1, 'at least 1 minute').max(1440, 'at most 1440 minutes (a day)').optional(),
  })
  .refine((v) => v.enabled !== undefined || v.intervalMinutes !== undefined, { message: 'nothing to change' });

export function syncRoutes(deps: AppDeps): Router {
  const { config, models, jobs, sync } = deps;
  const router = Router();
  router.use(['/api/sync', '/api/webhooks'], requireSession(config, models));

  router.get('/api/sync', async (req, res) => {
    const { store } = sessionOf(req);
    const [settings, state, backfill, runs, failed, counts] = await Promise.all([
      models.SyncSettings.findById(store.storeHash).lean(),
      models.SyncState.findById(store.storeHash, { cursors: 0 }).lean(),
      models.BackfillState.findById(store.storeHash, { resume: 0 }).lean(),
      models.SyncRun.find({ storeHash: store.storeHash }).sort({ startedAt: -1 }).limit(10).lean(),
      jobs.queue.list(store.storeHash, { status: 'failed', limit: 20 }),
      jobs.queue.counts(store.storeHash),
    ]);
    res.json({
      enabled: settings?.enabled ?? false,
      intervalMinutes: Math.round((settings?.intervalMs ?? config.SYNC_INTERVAL_SECONDS * 1000) / 60_000),
      nextRunAt: state?.nextRunAt ?? null,
      lastRun: state?.lastRun?.startedAt ? state.lastRun : null,
      backfill: backfill ? { ...backfill, _id: undefined, __v: undefined } : null,
      runs: runs.map(({ _id, storeHash: _s, __v: _v, ...r }) => ({ id: String(_id), ...r })),
      jobs: {
        counts,
        failed: failed.map((j) => ({ id: j.id, type: j.type, attempts: j.attempts, lastError: j.lastError, finishedAt: j.finishedAt, createdAt: j.createdAt })),
      },
    });
  });

  router.post('/api/sync/run', async (req, res) => {
    const { store } = sessionOf(req);
    const jobId = await sync.requestSync(store.storeHash);
    jobs.wake();
    res.status(202).json({ jobId });
  });

  router.put('/api/sync/settings', async (req, res) => {
    const { store } = sessionOf(req);
    const input = parseInput(settingsSchema, req.body, 'sync settings');
    await sync.setSettings(store.storeHash, input);
    res.json({ ok: true });
  });

  router.post('/api/sync/jobs/:id/retry', async (req, res) => {
    const { store } = sessionOf(req);
    if (!/^[0-9a-f]{24}$/.test(String(req.params.id))) throw new AppError(400, 'invalid_input', 'Job id is not valid');
    if (!(await jobs.queue.retry(store.storeHash, String(req.params.id)))) throw new AppError(404, 'not_found', 'No failed job with that id');
    jobs.wake();
    res.json({ ok: true });
  });

  router.get('/api/webhooks', async (req, res) => {
    const { store } = sessionOf(req);
    const [stats, check] = await Promise.all([
      models.WebhookStat.find({ storeHash: store.storeHash }).lean(),
      models.WebhookCheck.findById(store.storeHash).lean(),
    ]);
    const destination = webhookDestination(config.APP_URL);
    let hooks: { scope?: string; is_active?: boolean; destination?: string; id: number }[] = [];
    let error: string | null = null;
    try {
      hooks = (await clientForStore(deps, store).listWebhooks()).filter((h) => h.destination === destination);
    } catch (err) {
      error = (err as Error).message;
    }
    res.json({
      checkedAt: check?.checkedAt ?? null,
      error: error ?? check?.error ?? null,
      scopes: WEBHOOK_SCOPES.map((scope) => {
        const hook = hooks.find((h) => h.scope === scope);
        const stat = stats.find((s) => s.scope === scope);
        return {
          scope,
          registered: Boolean(hook),
          active: hook?.is_active ?? false,
          deliveries: stat?.count ?? 0,
          lastEventAt: stat?.lastEventAt ?? null,
        };
      }),
    });
  });

  router.post('/api/webhooks/repair', async (req, res) => {
    const { store } = sessionOf(req);
    try {
      res.json(await ensureWebhooks(deps, store.storeHash));
    } catch (err) {
      throw new AppError(502, 'bigcommerce_error', `Could not repair webhooks: ${(err as Error).message}`);
    }
  });

  return router;
}
