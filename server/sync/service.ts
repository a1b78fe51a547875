// The sync engine's control: what happens on install and uninstall, the jobs
// it runs (webhook events, scheduled and manual syncs, the backfill, webhook
// checks) and the schedule that enqueues them. Every job is keyed so that any
// number of processes can enqueue the same work and it exists once.
import type { Config } from '../config.js';
import type { Models } from '../db/models.js';
import type { JobContext, JobHandler, JobQueue } from '../jobs/queue.js';
import type { Logger } from '../lib/logger.js';
import { clientForStore } from '../stores/service.js';
import type { StoreLifecycleListener } from '../stores/lifecycle.js';
import { ensureWebhooks } from '../webhooks/registration.js';
import type { StoreSyncContext, SyncObservers } from './context.js';
import { syncOrder } from './orders.js';
import { purgeCustomer, syncCustomer, syncSubscriber } from './people.js';
import { syncProduct } from './products.js';
import { runBackfill, runIncremental, type BackfillProgress } from './runs.js';
import { releaseLease, takeLease, zeroCounts } from './state.js';
import { mirrorId } from './upsert.js';
import { WebhookStatsRecorder } from '../webhooks/stats.js';

export const JOB_TYPES = {
  webhook: 'webhook',
  sync: 'sync.run',
  backfill: 'sync.backfill',
  ensureWebhooks: 'webhooks.ensure',
} as const;

export interface WebhookJobPayload {
  scope: string;
  data: Record<string, unknown>;
  hash: string;
  createdAt: number;
  epoch: number;
}

export interface SyncDeps {
  config: Config;
  models: Models;
  logger: Logger;
  observers: SyncObservers;
  queue: JobQueue;
  /** Called when a store's uninstall is noticed through store/app/uninstalled. */
  onAppUninstalled(storeHash: string): Promise<void>;
}

const RUN_LOCK_MS = 60_000;
const WEBHOOK_CHECK_EVERY_MS = 24 * 3600_000;

export class SyncService {
  private readonly stats: WebhookStatsRecorder;

  constructor(private readonly deps: SyncDeps) {
    this.stats = new WebhookStatsRecorder(deps.models);
  }

  /** Writes what is still buffered (webhook stats); called on shutdown. */
  flush(): Promise<void> {
    return this.stats.flush();
  }

  /** A sync context for an installed store, or null once it is gone. */
  async storeContext(storeHash: string, signal?: AbortSignal): Promise<StoreSyncContext | null> {
    const store = await this.deps.models.Store.findOne({ storeHash }).lean();
    if (!store || store.status !== 'active' || !store.accessTokenEnc) return null;
    return {
      storeHash,
      client: clientForStore(this.deps, store),
      models: this.deps.models,
      logger: this.deps.logger.child({ storeHash }),
      observers: this.deps.observers,
      storeCurrency: store.info?.currency ?? 'USD',
      ...(signal ? { signal } : {}),
    };
  }

  lifecycleListener(): StoreLifecycleListener {
    return {
      name: 'sync',
      onInstalled: (storeHash) => this.onInstalled(storeHash),
      onUninstalled: (storeHash, opts) => this.onUninstalled(storeHash, opts),
    };
  }

  async onInstalled(storeHash: string): Promise<void> {
    const { models, queue, config } = this.deps;
    const store = await models.Store.findOne({ storeHash }, { installEpoch: 1 }).lean();
    if (!store) return;
    const now = new Date();
    const intervalMs = config.SYNC_INTERVAL_SECONDS * 1000;
    // A merchant's settings survive a reinstall; the schedule and the backfill start over.
    await models.SyncSettings.updateOne({ _id: storeHash }, { $setOnInsert: { enabled: true, intervalMs } }, { upsert: true });
    // Incremental cursors start at install time: the backfill covers everything before.
    await models.SyncState.replaceOne(
      { _id: storeHash },
      { nextRunAt: new Date(now.getTime() + intervalMs), cursors: { orders: now, customers: now, subscribers: now, products: now } },
      { upsert: true },
    );
    await models.BackfillState.replaceOne({ _id: storeHash }, { status: 'pending', phase: 'orders' }, { upsert: true });
    await queue.enqueue({ storeHash, type: JOB_TYPES.ensureWebhooks, key: `hooks:${storeHash}:install:${store.installEpoch}` });
    await queue.enqueue({ storeHash, type: JOB_TYPES.backfill, key: `backfill:${storeHash}:${store.installEpoch}`, maxAttempts: 10 });
  }

  async onUninstalled(storeHash: string, opts: { purgePersonalData: boolean }): Promise<void> {
    const { models, queue } = this.deps;
    await queue.cancelStore(storeHash);
    await models.SyncState.updateOne({ _id: storeHash }, { $set: { nextRunAt: null } });
    await models.Lease.deleteOne({ _id: runLockKey(storeHash) });
    if (opts.purgePersonalData) {
      await models.CustomerMirror.deleteMany({ storeHash });
      await models.SubscriberMirror.deleteMany({ storeHash });
      await models.CartConversion.deleteMany({ storeHash });
      await models.OrderMirror.updateMany({ storeHash }, { $set: { email: null, firstName: null, lastName: null } });
    }
  }

  /** "Sync now". */
  async requestSync(storeHash: string): Promise<string> {
    const { id } = await this.deps.queue.enqueue({
      storeHash,
      type: JOB_TYPES.sync,
      key: `sync:${storeHash}:manual:${Date.now()}`,
      payload: { kind: 'manual' },
      maxAttempts: 1,
    });
    return id;
  }

  async setSettings(storeHash: string, input: { enabled?: boolean | undefined; intervalMinutes?: number | undefined }) {
    const set: Record<string, unknown> = {};
    if (input.enabled !== undefined) set.enabled = input.enabled;
    if (input.intervalMinutes !== undefined) set.intervalMs = input.intervalMinutes * 60_000;
    await this.deps.models.SyncSettings.updateOne({ _id: storeHash }, { $set: set });
    // Switched on: run soon rather than at some old due time.
    if (input.enabled) await this.deps.models.SyncState.updateOne({ _id: storeHash }, { $set: { nextRunAt: new Date() } });
  }

  /** Enqueues every due scheduled sync and webhook check; safe to run in every process. */
  async scheduleDue(now = new Date()): Promise<number> {
    const { models, queue } = this.deps;
    let enqueued = 0;
    const due = await models.SyncState.find({ nextRunAt: { $ne: null, $lte: now } }, { nextRunAt: 1 }).lean();
    if (due.length > 0) {
      const off = new Set(
        (await models.SyncSettings.find({ _id: { $in: due.map((d) => d._id) }, enabled: false }, { _id: 1 }).lean()).map((d) => d._id),
      );
      for (const s of due) {
        if (off.has(s._id)) continue;
        const r = await queue.enqueue({
          storeHash: s._id,
          type: JOB_TYPES.sync,
          key: `sync:${s._id}:${s.nextRunAt!.getTime()}`,
          payload: { kind: 'scheduled' },
          maxAttempts: 1,
        });
        if (r.created) enqueued++;
      }
    }
    const active = await models.Store.find({ status: 'active' }, { storeHash: 1 }).lean();
    const fresh = new Set(
      (await models.WebhookCheck.find({ checkedAt: { $gte: new Date(now.getTime() - WEBHOOK_CHECK_EVERY_MS) } }, { _id: 1 }).lean()).map((c) => c._id),
    );
    const slot = Math.floor(now.getTime() / WEBHOOK_CHECK_EVERY_MS);
    for (const s of active) {
      if (fresh.has(s.storeHash)) continue;
      const r = await queue.enqueue({ storeHash: s.storeHash, type: JOB_TYPES.ensureWebhooks, key: `hooks:${s.storeHash}:check:${slot}` });
      if (r.created) enqueued++;
    }
    return enqueued;
  }

  handlers(): Record<string, JobHandler> {
    return {
      [JOB_TYPES.webhook]: (payload, ctx) => this.handleWebhook(payload as WebhookJobPayload, ctx),
      [JOB_TYPES.sync]: (payload, ctx) => this.handleSync(payload as { kind: 'scheduled' | 'manual' }, ctx),
      [JOB_TYPES.backfill]: (_payload, ctx) => this.handleBackfill(ctx),
      [JOB_TYPES.ensureWebhooks]: async (_payload, ctx) => {
        const store = await this.deps.models.Store.findOne({ storeHash: ctx.job.storeHash }, { status: 1 }).lean();
        if (store?.status !== 'active') return { skipped: 'store not installed' };
        return ensureWebhooks(this.deps, ctx.job.storeHash);
      },
    };
  }

  private async handleWebhook(p: WebhookJobPayload, job: JobContext) {
    const storeHash = job.job.storeHash;
    const { models } = this.deps;
    await this.stats.record(storeHash, p.scope, new Date(p.createdAt * 1000));
    // Checked first for every scope: a late store/app/uninstalled from an earlier install must not uninstall this one.
    const store = await models.Store.findOne({ storeHash }, { installEpoch: 1, status: 1 }).lean();
    if (!store || store.status !== 'active' || store.installEpoch !== p.epoch) return { skipped: 'from an earlier install' };
    if (p.scope === 'store/app/uninstalled') {
      await this.deps.onAppUninstalled(storeHash);
      return { applied: 'uninstalled' };
    }
    const ctx = await this.storeContext(storeHash, job.signal);
    if (!ctx) return { skipped: 'store not installed' };

    const id = Number(p.data.id);
    const [, resource, action] = p.scope.split('/');
    switch (resource) {
      case 'order':
        return { order: id, result: await syncOrder(ctx, id, { refundsChanged: action === 'refund' }) };
      case 'customer':
        if (action === 'deleted') {
          await purgeCustomer(ctx, id);
          return { customer: id, result: 'purged' };
        }
        return { customer: id, result: await syncCustomer(ctx, id) };
      case 'subscriber':
        return { subscriber: id, result: await syncSubscriber(ctx, id) };
      case 'product':
        return { product: id, result: await syncProduct(ctx, id) };
      case 'cart': {
        const orderId = Number(p.data.orderId);
        await models.CartConversion.updateOne(
          { _id: mirrorId(storeHash, String(p.data.id)) },
          { $set: { storeHash, cartId: String(p.data.id), orderId, at: new Date(p.createdAt * 1000) } },
          { upsert: true },
        );
        return { cart: p.data.id, order: orderId, result: await syncOrder(ctx, orderId) };
      }
      default:
        return { skipped: `unhandled scope ${p.scope}` };
    }
  }

  private runHooks(storeHash: string, by: string, job: JobContext) {
    return {
      heartbeat: async () => {
        await job.heartbeat();
        if (job.signal.aborted) throw new Error('job lease lost');
        if (!(await takeLease(this.deps.models.Lease, runLockKey(storeHash), by, RUN_LOCK_MS))) throw new Error('store sync lock lost');
      },
    };
  }

  private async handleSync(payload: { kind: 'scheduled' | 'manual' }, job: JobContext) {
    const storeHash = job.job.storeHash;
    const { models, config } = this.deps;
    const [state, settings] = await Promise.all([models.SyncState.findById(storeHash).lean(), models.SyncSettings.findById(storeHash).lean()]);
    const ctx = await this.storeContext(storeHash, job.signal);
    if (!state || !ctx) return { skipped: 'store not installed' };
    const intervalMs = settings?.intervalMs ?? config.SYNC_INTERVAL_SECONDS * 1000;
    const by = `job:${job.job.id}`;
    if (!(await takeLease(models.Lease, runLockKey(storeHash), by, RUN_LOCK_MS))) {
      await models.SyncState.updateOne({ _id: storeHash }, { $set: { nextRunAt: new Date(Date.now() + intervalMs) } });
      return { skipped: 'another sync of this store is running' };
    }
    const startedAt = new Date();
    const run = await models.SyncRun.create({ storeHash, kind: payload.kind, startedAt });
    const finish = async (outcome: 'success' | 'failed', counts: ReturnType<typeof zeroCounts>, error: string | null, cursors?: unknown) => {
      const finishedAt = new Date();
      const durationMs = finishedAt.getTime() - startedAt.getTime();
      const lastRun = { kind: payload.kind, startedAt, finishedAt, durationMs, counts, outcome, error };
      await models.SyncState.updateOne(
        { _id: storeHash },
        { $set: { lastRun, nextRunAt: new Date(finishedAt.getTime() + intervalMs), ...(cursors ? { cursors } : {}) } },
      );
      await models.SyncRun.updateOne({ _id: run._id }, { $set: { finishedAt, durationMs, counts, outcome, error } });
    };
    try {
      const { counts, cursors } = await runIncremental(ctx, state.cursors as never, this.runHooks(storeHash, by, job));
      await finish('success', counts, null, cursors);
      return counts;
    } catch (err) {
      await finish('failed', zeroCounts(), (err as Error).message);
      throw err;
    } finally {
      await releaseLease(models.Lease, runLockKey(storeHash), by);
    }
  }

  private async handleBackfill(job: JobContext) {
    const storeHash = job.job.storeHash;
    const { models, config } = this.deps;
    const b = await models.BackfillState.findById(storeHash).lean();
    const ctx = await this.storeContext(storeHash, job.signal);
    if (!b || !ctx) return { skipped: 'store not installed' };
    if (b.status === 'done') return { skipped: 'already done' };
    const by = `job:${job.job.id}`;
    if (!(await takeLease(models.Lease, runLockKey(storeHash), by, RUN_LOCK_MS))) throw new Error('another sync of this store is running; will retry');

    const startedAt = b.startedAt ?? new Date();
    await models.BackfillState.updateOne({ _id: storeHash }, { $set: { status: 'running', startedAt, error: null } });
    const start: BackfillProgress = {
      phase: (b.phase as BackfillProgress['phase']) ?? 'orders',
      done: { ...zeroCounts(), ...(b.done as object) },
      total: { ...zeroCounts(), ...(b.total as object) },
      resume: { orderId: 0, customersPage: 1, subscribersPage: 1, productsPage: 1, ...(b.resume as object) },
    };
    const save = (p: BackfillProgress) =>
      models.BackfillState.updateOne({ _id: storeHash }, { $set: { phase: p.phase, done: p.done, total: p.total, resume: p.resume } }).then(() => undefined);
    const ordersSince = config.BACKFILL_ORDER_DAYS ? new Date(Date.now() - config.BACKFILL_ORDER_DAYS * 86_400_000) : null;
    try {
      const done = await runBackfill(ctx, start, { ordersSince }, save, this.runHooks(storeHash, by, job));
      const finishedAt = new Date();
      await models.BackfillState.updateOne({ _id: storeHash }, { $set: { status: 'done', finishedAt } });
      await models.SyncRun.create({ storeHash, kind: 'backfill', startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), counts: done.done, outcome: 'success' });
      return done.done;
    } catch (err) {
      await models.BackfillState.updateOne({ _id: storeHash }, { $set: { status: 'failed', error: (err as Error).message } });
      throw err;
    } finally {
      await releaseLease(models.Lease, runLockKey(storeHash), by);
    }
  }
}

const runLockKey = (storeHash: string) => `sync:${storeHash}`;
