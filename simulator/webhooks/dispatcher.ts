// Webhook delivery as BigCommerce does it: one POST per (event, matching active hook), JSON body
// {scope, store_id, data, hash, created_at, producer}, the hook's custom headers, Standard Webhooks
// signature headers, retries on a fixed schedule and deactivation after the last failed retry.
// Deliveries never block the API call that caused them; `waitIdle` lets tests wait for the queue.

import { createHash } from 'node:crypto';
import type { Hook, StoreState } from '../core/types.js';
import { uuid } from '../core/ids.js';
import { signStandardWebhook } from './signature.js';

export interface DeliveryRecord {
  /** sequential id of this attempt record */
  id: number;
  /** Standard Webhooks message id (`webhook-id`), shared by duplicates and retries of one event */
  messageId: string;
  hookId: number;
  scope: string;
  destination: string;
  /** 1 = first try, 2 = first retry, ... */
  attempt: number;
  /** 0 = the original delivery, n = the n-th injected duplicate */
  copy: number;
  /** HTTP status of the receiver, or 0 on network error/timeout */
  status: number;
  ok: boolean;
  error?: string;
  /** payload `hash` (sha1 of the JSON-encoded data) */
  hash: string;
  at: number;
  body: string;
}

export interface DispatcherOptions {
  enabled: boolean;
  retryDelaysMs: number[];
  timeoutMs: number;
  /** secret used to sign deliveries of hooks created by `clientId` */
  secretFor(clientId: string): string | undefined;
  log(line: string): void;
}

interface WebhookEvent {
  messageId: string;
  store: StoreState;
  scope: string;
  body: string;
  hash: string;
}

interface Job {
  event: WebhookEvent;
  hook: Hook;
  copy: number;
}

/** `store/order/*` matches every scope below `store/order/`. */
export function scopeMatches(hookScope: string, eventScope: string): boolean {
  if (hookScope === eventScope) return true;
  return hookScope.endsWith('/*') && eventScope.startsWith(hookScope.slice(0, -1));
}

export class WebhookDispatcher {
  private readonly pending = new Map<string, number>();
  private readonly waiters: Array<{ hash: string | undefined; resolve: () => void }> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly records = new Map<string, DeliveryRecord[]>();
  private readonly queued = new Map<string, WebhookEvent[]>();
  private recordSeq = 0;
  private closed = false;

  constructor(private readonly opts: DispatcherOptions) {}

  /** Publishes one event of a store. Honors drop/pause/duplicate controls of that store. */
  publish(store: StoreState, scope: string, data: Record<string, unknown>, createdAtSec: number): void {
    if (!this.opts.enabled || this.closed) return;
    const ctl = store.webhookControl;
    if (ctl.dropNext > 0) {
      ctl.dropNext -= 1;
      this.opts.log(`webhook ${scope} for ${store.hash} dropped (simulated missed delivery)`);
      return;
    }
    const dataJson = JSON.stringify(data);
    const hash = createHash('sha1').update(dataJson).digest('hex');
    const payload = {
      scope,
      store_id: String(store.storeId),
      data,
      hash,
      created_at: createdAtSec,
      producer: `stores/${store.hash}`,
    };
    const event: WebhookEvent = { messageId: `msg_${uuid().replace(/-/g, '')}`, store, scope, body: JSON.stringify(payload), hash };
    if (ctl.paused) {
      const q = this.queued.get(store.hash) ?? [];
      q.push(event);
      this.queued.set(store.hash, q);
      return;
    }
    this.fanOut(event);
  }

  /** Delivers everything queued while the store's webhooks were paused. */
  resume(store: StoreState): void {
    const q = this.queued.get(store.hash) ?? [];
    this.queued.delete(store.hash);
    for (const event of q) this.fanOut(event);
  }

  deliveries(hash?: string): DeliveryRecord[] {
    if (hash !== undefined) return [...(this.records.get(hash) ?? [])];
    return [...this.records.values()].flat().sort((a, b) => a.id - b.id);
  }

  /** Resolves once no delivery (including scheduled retries) is pending for the store (or any store). */
  waitIdle(hash?: string): Promise<void> {
    if (this.pendingCount(hash) === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ hash, resolve }));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of this.inFlight) c.abort();
    this.pending.clear();
    this.notifyWaiters();
  }

  private pendingCount(hash?: string): number {
    if (hash !== undefined) return this.pending.get(hash) ?? 0;
    let n = 0;
    for (const v of this.pending.values()) n += v;
    return n;
  }

  private fanOut(event: WebhookEvent): void {
    const store = event.store;
    for (const hook of store.hooks.values()) {
      if (!hook.isActive || !scopeMatches(hook.scope, event.scope)) continue;
      for (let copy = 0; copy <= store.webhookControl.duplicates; copy++) {
        this.startJob({ event, hook, copy });
      }
    }
  }

  private startJob(job: Job): void {
    const hash = job.event.store.hash;
    this.pending.set(hash, (this.pending.get(hash) ?? 0) + 1);
    this.schedule(0, () => this.attempt(job, 1));
  }

  private schedule(delayMs: number, fn: () => Promise<void>): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      void fn();
    }, delayMs);
    this.timers.add(t);
  }

  private finish(job: Job): void {
    const hash = job.event.store.hash;
    const left = (this.pending.get(hash) ?? 1) - 1;
    if (left <= 0) this.pending.delete(hash);
    else this.pending.set(hash, left);
    this.notifyWaiters();
  }

  private notifyWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i];
      if (w && (this.closed || this.pendingCount(w.hash) === 0)) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  private async attempt(job: Job, attempt: number): Promise<void> {
    if (this.closed) return;
    const { event, hook } = job;
    // A hook deleted (e.g. by uninstall) or switched off meanwhile gets nothing more.
    if (event.store.hooks.get(hook.id) !== hook || !hook.isActive) {
      this.finish(job);
      return;
    }
    const result = await this.send(job);
    if (this.closed) return;
    const record: DeliveryRecord = {
      id: ++this.recordSeq,
      messageId: event.messageId,
      hookId: hook.id,
      scope: event.scope,
      destination: hook.destination,
      attempt,
      copy: job.copy,
      status: result.status,
      ok: result.ok,
      hash: event.hash,
      at: Date.now(),
      body: event.body,
      ...(result.error ? { error: result.error } : {}),
    };
    this.opts.log(
      `webhook ${event.scope} -> ${hook.destination} attempt ${attempt}${job.copy ? ` (duplicate ${job.copy})` : ''}: ${result.ok ? result.status : (result.error ?? 'failed')}`,
    );
    const list = this.records.get(event.store.hash) ?? [];
    list.push(record);
    this.records.set(event.store.hash, list);
    if (result.ok) {
      this.finish(job);
      return;
    }
    const delay = this.opts.retryDelaysMs[attempt - 1];
    if (delay === undefined) {
      // Last retry failed: BigCommerce deactivates the hook (and e-mails the app owner).
      if (event.store.hooks.get(hook.id) === hook && hook.isActive) {
        hook.isActive = false;
        hook.deactivated = true;
        hook.updatedAt = Date.now();
        this.opts.log(`hook ${hook.id} (${hook.scope} -> ${hook.destination}) deactivated after ${attempt} failed attempts`);
      }
      this.finish(job);
      return;
    }
    this.schedule(delay, () => this.attempt(job, attempt + 1));
  }

  private async send(job: Job): Promise<{ ok: boolean; status: number; error?: string }> {
    const { event, hook } = job;
    const secret = this.opts.secretFor(hook.clientId) ?? '';
    const signed = signStandardWebhook(secret, event.messageId, Math.floor(Date.now() / 1000), event.body);
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timer = setTimeout(() => controller.abort(new Error('timeout')), this.opts.timeoutMs);
    try {
      const res = await fetch(hook.destination, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'BigCommerce-Webhooks (simulator)',
          ...(hook.headers ?? {}),
          ...signed,
        },
        body: event.body,
        signal: controller.signal,
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      const ok = res.status >= 200 && res.status < 300;
      return ok ? { ok, status: res.status } : { ok, status: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      const reason = controller.signal.aborted ? 'timeout' : err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      return { ok: false, status: 0, error: reason };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }
}
