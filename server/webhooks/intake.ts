// Group commit for webhook deliveries. Each delivery is answered only after its
// event is stored, but deliveries that arrive while a write is in flight are
// stored together in the next one, so a burst costs a few batched inserts
// instead of one round trip each (on FerretDB/SQLite, where writes are
// serialised, that is the difference between ~200 and well over 500 a second).

export interface IntakeItem<T> {
  item: T;
  resolve(created: boolean): void;
  reject(err: unknown): void;
}

export class BatchedIntake<T> {
  private pending: IntakeItem<T>[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    /** Stores the items in one write; returns for each whether it was new (false: a duplicate). */
    private readonly write: (items: T[]) => Promise<boolean[]>,
    private readonly maxBatch = 200,
  ) {}

  submit(item: T): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.flushing) this.flushing = this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the current tick's deliveries join the first batch.
    await new Promise<void>((r) => setImmediate(r));
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        const created = await this.write(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(created[i] ?? false));
      } catch (err) {
        batch.forEach((b) => b.reject(err));
      }
    }
    this.flushing = null;
  }
}

/** A short-lived in-process cache, so a burst of deliveries for one store reads it once. */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  constructor(private readonly ttlMs: number) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await load();
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    if (this.entries.size > 10_000) this.entries.clear();
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
