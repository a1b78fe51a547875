import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { modelOn } from '../db/model.js';

// A store's sync state is kept in documents with one writer each, keyed by the
// store hash: settings (the merchant), the schedule (the sync job), the
// backfill (the backfill job), leases (whoever holds them). FerretDB 1.x
// applies an update as a read-modify-write of the whole document, so two
// writers of one document could undo each other's change.

const kindCounts = { orders: { type: Number, default: 0 }, customers: { type: Number, default: 0 }, subscribers: { type: Number, default: 0 }, products: { type: Number, default: 0 } };

/** Written by the merchant (Sync page). */
const syncSettingsSchema = new Schema({
  _id: { type: String, required: true },
  enabled: { type: Boolean, default: true },
  intervalMs: { type: Number, required: true },
});

/** Written by install/uninstall and by the sync job: when the next run is due, how far it has read, how the last one went. */
const syncStateSchema = new Schema({
  _id: { type: String, required: true },
  nextRunAt: { type: Date, default: null },
  cursors: {
    orders: { type: Date, default: null },
    customers: { type: Date, default: null },
    subscribers: { type: Date, default: null },
    products: { type: Date, default: null },
  },
  lastRun: {
    kind: { type: String, default: null },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    durationMs: { type: Number, default: null },
    counts: kindCounts,
    outcome: { type: String, enum: ['success', 'failed', null], default: null },
    error: { type: String, default: null },
  },
});
syncStateSchema.index({ nextRunAt: 1 });

/** Written by install and by the backfill job: progress, and where to resume. */
const backfillStateSchema = new Schema({
  _id: { type: String, required: true },
  status: { type: String, enum: ['pending', 'running', 'done', 'failed'], default: 'pending' },
  startedAt: { type: Date, default: null },
  finishedAt: { type: Date, default: null },
  phase: { type: String, default: 'orders' },
  done: kindCounts,
  total: kindCounts,
  resume: {
    orderId: { type: Number, default: 0 },
    customersPage: { type: Number, default: 1 },
    subscribersPage: { type: Number, default: 1 },
    productsPage: { type: Number, default: 1 },
  },
  error: { type: String, default: null },
});

/** History of recent syncs, for the Sync page. */
const syncRunSchema = new Schema({
  storeHash: { type: String, required: true },
  kind: { type: String, enum: ['scheduled', 'manual', 'backfill'], required: true },
  startedAt: { type: Date, required: true },
  finishedAt: Date,
  durationMs: Number,
  counts: kindCounts,
  outcome: { type: String, enum: ['success', 'failed'] },
  error: { type: String, default: null },
});
syncRunSchema.index({ storeHash: 1, startedAt: -1 });

/**
 * A lease is a row whose _id is what it guards: taking it is an insert (the
 * primary key lets exactly one process win), releasing it a delete, and an
 * expired one is deleted by whoever finds it before trying again.
 */
const leaseSchema = new Schema({
  _id: { type: String, required: true },
  by: { type: String, required: true },
  until: { type: Date, required: true },
});

export type SyncSettings = InferSchemaType<typeof syncSettingsSchema>;
export type SyncState = InferSchemaType<typeof syncStateSchema>;
export type BackfillState = InferSchemaType<typeof backfillStateSchema>;
export type SyncRun = InferSchemaType<typeof syncRunSchema>;
export type Lease = InferSchemaType<typeof leaseSchema>;
export type KindCounts = { orders: number; customers: number; subscribers: number; products: number };
export const zeroCounts = (): KindCounts => ({ orders: 0, customers: 0, subscribers: 0, products: 0 });

export function syncStateModels(conn: Connection) {
  const m = <T>(name: string, schema: Schema) => modelOn<T>(conn, name, schema);
  return {
    SyncSettings: m<SyncSettings>('SyncSettings', syncSettingsSchema),
    SyncState: m<SyncState>('SyncState', syncStateSchema),
    BackfillState: m<BackfillState>('BackfillState', backfillStateSchema),
    SyncRun: m<SyncRun>('SyncRun', syncRunSchema),
    Lease: m<Lease>('Lease', leaseSchema),
  };
}

type LeaseModel = Model<Lease>;

/** Takes (or renews) the lease `key` for `by`; false while someone else holds it. */
export async function takeLease(Lease: LeaseModel, key: string, by: string, ms: number): Promise<boolean> {
  const until = new Date(Date.now() + ms);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await Lease.create({ _id: key, by, until });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
    }
    const held = await Lease.findById(key).lean();
    if (!held) continue;
    if (held.by === by) {
      await Lease.updateOne({ _id: key, by }, { $set: { until } });
      return true;
    }
    if (held.until > new Date()) return false;
    // Expired: remove exactly that stale lease (not one someone just took), then race to insert.
    await Lease.deleteOne({ _id: key, by: held.by, until: held.until });
  }
  return false;
}

export async function releaseLease(Lease: LeaseModel, key: string, by: string): Promise<void> {
  await Lease.deleteOne({ _id: key, by });
}
