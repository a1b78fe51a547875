import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

const kindCounts = { orders: { type: Number, default: 0 }, customers: { type: Number, default: 0 }, subscribers: { type: Number, default: 0 }, products: { type: Number, default: 0 } };

/** Per store: is data sync on, when it runs next, how far it has read, how the backfill is going. */
const syncStateSchema = new Schema({
  storeHash: { type: String, required: true, unique: true },
  enabled: { type: Boolean, default: true },
  intervalMs: { type: Number, default: 5 * 60_000 },
  nextRunAt: { type: Date, default: null },
  /** One sync at a time per store, across processes: a lease like the job queue's. */
  runLock: { by: { type: String, default: null }, until: { type: Date, default: null } },
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
  backfill: {
    status: { type: String, enum: ['pending', 'running', 'done', 'failed'], default: 'pending' },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    phase: { type: String, default: null },
    done: kindCounts,
    total: kindCounts,
    /** Where to resume: the last order id stored, and the next page of each v3 list. */
    resume: {
      orderId: { type: Number, default: 0 },
      customersPage: { type: Number, default: 1 },
      subscribersPage: { type: Number, default: 1 },
      productsPage: { type: Number, default: 1 },
    },
    error: { type: String, default: null },
  },
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

export type SyncState = InferSchemaType<typeof syncStateSchema>;
export type SyncRun = InferSchemaType<typeof syncRunSchema>;
export type KindCounts = { orders: number; customers: number; subscribers: number; products: number };
export const zeroCounts = (): KindCounts => ({ orders: 0, customers: 0, subscribers: 0, products: 0 });

export function syncStateModels(conn: Connection) {
  return {
    SyncState: (conn.models.SyncState ?? conn.model('SyncState', syncStateSchema)) as Model<SyncState>,
    SyncRun: (conn.models.SyncRun ?? conn.model('SyncRun', syncRunSchema)) as Model<SyncRun>,
  };
}
