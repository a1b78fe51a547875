import type { Models } from '../db/models.js';

/** At most one write per store and scope in this window; counts in between are added up. */
const FLUSH_EVERY_MS = 5_000;

/**
 * Webhook health counters (deliveries per scope, last event). Writing them for
 * every event would double the writes of processing a burst, so each process
 * adds up what it saw and writes once per scope every few seconds: "last
 * delivery" is at most that late, and no count is lost.
 */
export class WebhookStatsRecorder {
  private readonly pending = new Map<string, { storeHash: string; scope: string; count: number; lastEventAt: Date; lastWrite: number }>();

  constructor(private readonly models: Pick<Models, 'WebhookStat'>) {}

  async record(storeHash: string, scope: string, eventAt: Date): Promise<void> {
    const key = `${storeHash}:${scope}`;
    const entry = this.pending.get(key) ?? { storeHash, scope, count: 0, lastEventAt: eventAt, lastWrite: 0 };
    entry.count += 1;
    if (eventAt > entry.lastEventAt) entry.lastEventAt = eventAt;
    this.pending.set(key, entry);
    if (Date.now() - entry.lastWrite < FLUSH_EVERY_MS) {
      this.scheduleFlush();
      return;
    }
    await this.write(key);
  }

  private timer: NodeJS.Timeout | null = null;
  private scheduleFlush() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, FLUSH_EVERY_MS);
    this.timer.unref();
  }

  /** Writes everything not yet written (also called on shutdown). */
  async flush(): Promise<void> {
    for (const key of [...this.pending.keys()]) if ((this.pending.get(key)?.count ?? 0) > 0) await this.write(key);
  }

  private async write(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry || entry.count === 0) return;
    const count = entry.count;
    entry.count = 0;
    entry.lastWrite = Date.now();
    try {
      await this.models.WebhookStat.updateOne(
        { _id: key },
        { $inc: { count }, $max: { lastEventAt: entry.lastEventAt }, $set: { storeHash: entry.storeHash, scope: entry.scope, lastProcessedAt: new Date() } },
        { upsert: true },
      );
    } catch (err) {
      entry.count += count;
      throw err;
    }
  }
}
