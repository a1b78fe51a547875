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
import { zeroCounts } from './state.js';

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
  constructor(private readonly deps: SyncDeps) {}

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
    // Incremental cursors start at install time: the backfill covers everything before.
    await models.SyncState.updateOne(
      { storeHash },
      {
        $set: {
          nextRunAt: new Date(now.getTime() + config.SYNC_INTERVAL_SECONDS * 1000),
          intervalMs: config.SYNC_INTERVAL_SECONDS * 1000,
          cursors: { orders: now, customers: now, subscribers: now, products: now },
          backfill: {
            status: 'pending',
            phase: 'orders',
            done: zeroCounts(),
            total: zeroCounts(),
            resume: { orderId: 0, customersPage: 1, subscribersPage: 1, productsPage: 1 },
            startedAt: null,
            finishedAt: null,
            error: null,
          },
        },
        $setOnInsert: { enabled: true },
      },
      { upsert: true },
    );
    await queue.enqueue({ storeHash, type: JOB_TYPES.ensureWebhooks, key: `hooks:${storeHash}:install:${store.installEpoch}` });
    await queue.enqueue({ storeHash, type: JOB_TYPES.backfill, key: `backfill:${storeHash}:${store.installEpoch}`, maxAttempts: 10 });
  }

  async onUninstalled(storeHash: string, opts: { purgePersonalData: boolean }): Promise<void> {
    const { models, queue } = this.deps;
    await queue.cancelStore(storeHash);
    await models.SyncState.updateOne({ storeHash }, { $set: { nextRunAt: null, 'runLock.by': null, 'runLock.until': null } });
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
    if (input.enabled) set.nextRunAt = new Date();
    await this.deps.models.SyncState.updateOne({ storeHash }, { $set: set });
  }

  /** Enqueues every due scheduled sync and webhook check; safe to run in every process. */
  async scheduleDue(now = new Date()): Promise<number> {
    const { models, queue } = this.deps;
    let enqueued = 0;
    const due = await models.SyncState.find({ enabled: true, nextRunAt: { $ne: null, $lte: now } }, { storeHash: 1, nextRunAt: 1 }).lean();
    for (const s of due) {
      const r = await queue.enqueue({
        storeHash: s.storeHash,
        type: JOB_TYPES.sync,
        key: `sync:${s.storeHash}:${s.nextRunAt!.getTime()}`,
        payload: { kind: 'scheduled' },
        maxAttempts: 1,
      });
      if (r.created) enqueued++;
    }
    const stale = await models.Store.find(
      { status: 'active', $or: [{ 'webhooks.checkedAt': null }, { 'webhooks.checkedAt': { $lt: new Date(now.getTime() - WEBHOOK_CHECK_EVERY_MS) } }] },
      { storeHash: 1 },
    ).lean();
    const slot = Math.floor(now.getTime() / WEBHOOK_CHECK_EVERY_MS);
    for (const s of stale) {
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
    await models.WebhookStat.updateOne(
      { storeHash, scope: p.scope },
      { $inc: { count: 1 }, $set: { lastEventAt: new Date(p.createdAt * 1000), lastProcessedAt: new Date() } },
      { upsert: true },
    );
    if (p.scope === 'store/app/uninstalled') {
      await this.deps.onAppUninstalled(storeHash);
      return { applied: 'uninstalled' };
    }
    const store = await models.Store.findOne({ storeHash }, { installEpoch: 1, status: 1 }).lean();
    if (!store || store.status !== 'active' || store.installEpoch !== p.epoch) return { skipped: 'from an earlier install' };
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
          { storeHash, cartId: String(p.data.id) },
          { $set: { orderId, at: new Date(p.createdAt * 1000) } },
          { upsert: true },
        );
        return { cart: p.data.id, order: orderId, result: await syncOrder(ctx, orderId) };
      }
      default:
        return { skipped: `unhandled scope ${p.scope}` };
    }
  }

  private async acquireRunLock(storeHash: string, by: string): Promise<boolean> {
    const now = new Date();
    const r = await this.deps.models.SyncState.updateOne(
      { storeHash, $or: [{ 'runLock.by': null }, { 'runLock.until': { $lt: now } }, { 'runLock.by': by }] },
      { $set: { 'runLock.by': by, 'runLock.until': new Date(now.getTime() + RUN_LOCK_MS) } },
    );
    return r.matchedCount === 1;
  }

  private releaseRunLock(storeHash: string, by: string) {
    return this.deps.models.SyncState.updateOne({ storeHash, 'runLock.by': by }, { $set: { 'runLock.by': null, 'runLock.until': null } });
  }

  private runHooks(storeHash: string, by: string, job: JobContext) {
    return {
      heartbeat: async () => {
        await job.heartbeat();
        if (job.signal.aborted) throw new Error('job lease lost');
        if (!(await this.acquireRunLock(storeHash, by))) throw new Error('store sync lock lost');
      },
    };
  }

  private async handleSync(payload: { kind: 'scheduled' | 'manual' }, job: JobContext) {
    const storeHash = job.job.storeHash;
    const { models } = this.deps;
    const state = await models.SyncState.findOne({ storeHash }).lean();
    const ctx = await this.storeContext(storeHash, job.signal);
    if (!state || !ctx) return { skipped: 'store not installed' };
    const intervalMs = state.intervalMs ?? this.deps.config.SYNC_INTERVAL_SECONDS * 1000;
    const by = `job:${String(job.job._id)}`;
    if (!(await this.acquireRunLock(storeHash, by))) {
      await models.SyncState.updateOne({ storeHash }, { $set: { nextRunAt: new Date(Date.now() + intervalMs) } });
      return { skipped: 'another sync of this store is running' };
    }
    const startedAt = new Date();
    const run = await models.SyncRun.create({ storeHash, kind: payload.kind, startedAt });
    try {
      const { counts, cursors } = await runIncremental(ctx, state.cursors as never, this.runHooks(storeHash, by, job));
      const finishedAt = new Date();
      const lastRun = { kind: payload.kind, startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), counts, outcome: 'success', error: null };
      await models.SyncState.updateOne({ storeHash }, { $set: { cursors, lastRun, nextRunAt: new Date(finishedAt.getTime() + intervalMs) } });
      await models.SyncRun.updateOne({ _id: run._id }, { $set: { finishedAt, durationMs: lastRun.durationMs, counts, outcome: 'success' } });
      return counts;
    } catch (err) {
      const finishedAt = new Date();
      const error = (err as Error).message;
      const lastRun = { kind: payload.kind, startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), counts: zeroCounts(), outcome: 'failed', error };
      await models.SyncState.updateOne({ storeHash }, { $set: { lastRun, nextRunAt: new Date(finishedAt.getTime() + intervalMs) } });
      await models.SyncRun.updateOne({ _id: run._id }, { $set: { finishedAt, durationMs: lastRun.durationMs, outcome: 'failed', error } });
      throw err;
    } finally {
      await this.releaseRunLock(storeHash, by);
    }
  }

  private async handleBackfill(job: JobContext) {
    const storeHash = job.job.storeHash;
    const { models, config } = this.deps;
    const state = await models.SyncState.findOne({ storeHash }).lean();
    const ctx = await this.storeContext(storeHash, job.signal);
    if (!state || !ctx) return { skipped: 'store not installed' };
    if (state.backfill?.status === 'done') return { skipped: 'already done' };
    const by = `job:${String(job.job._id)}`;
    if (!(await this.acquireRunLock(storeHash, by))) throw new Error('another sync of this store is running; will retry');

    const startedAt = state.backfill?.startedAt ?? new Date();
    await models.SyncState.updateOne({ storeHash }, { $set: { 'backfill.status': 'running', 'backfill.startedAt': startedAt, 'backfill.error': null } });
    const b = state.backfill!;
    const start: BackfillProgress = {
      phase: (b.phase as BackfillProgress['phase']) ?? 'orders',
      done: { ...zeroCounts(), ...(b.done as object) },
      total: { ...zeroCounts(), ...(b.total as object) },
      resume: { orderId: 0, customersPage: 1, subscribersPage: 1, productsPage: 1, ...(b.resume as object) },
    };
    const save = (p: BackfillProgress) =>
      models.SyncState.updateOne({ storeHash }, { $set: { 'backfill.phase': p.phase, 'backfill.done': p.done, 'backfill.total': p.total, 'backfill.resume': p.resume } }).then(() => undefined);
    const ordersSince = config.BACKFILL_ORDER_DAYS ? new Date(Date.now() - config.BACKFILL_ORDER_DAYS * 86_400_000) : null;
    try {
      const done = await runBackfill(ctx, start, { ordersSince }, save, this.runHooks(storeHash, by, job));
      const finishedAt = new Date();
      await models.SyncState.updateOne({ storeHash }, { $set: { 'backfill.status': 'done', 'backfill.finishedAt': finishedAt } });
      await models.SyncRun.create({ storeHash, kind: 'backfill', startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), counts: done.done, outcome: 'success' });
      return done.done;
    } catch (err) {
      await models.SyncState.updateOne({ storeHash }, { $set: { 'backfill.status': 'failed', 'backfill.error': (err as Error).message } });
      throw err;
    } finally {
      await this.releaseRunLock(storeHash, by);
    }
  }
}
