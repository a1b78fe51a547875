import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

/**
 * The one ledger of the app: loyalty points and affiliate commissions alike.
 * Every credit or debit is an entry whose _id is its idempotency key (e.g.
 * "loyalty:<store>:order:<id>:earn", "loyalty:<store>:refund:<id>"), so writing
 * the same fact twice, from a duplicate webhook, the scheduled sync or the
 * backfill, is refused by the primary key, atomically, on MongoDB and FerretDB.
 * Entries are never updated: a correction is another entry. A balance is the
 * sum of an account's entries.
 */
const ledgerEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    storeHash: { type: String, required: true },
    program: { type: String, enum: ['loyalty', 'affiliate'], required: true },
    /** Whose balance: "customer:<id>", "email:<address>" (guests), "affiliate:<id>". */
    account: { type: String, required: true },
    kind: { type: String, required: true },
    /** Integer: points, or minor units of `unit` for money. */
    amount: { type: Number, required: true },
    /** "points", or an ISO currency code. */
    unit: { type: String, required: true },
    orderId: { type: Number, default: null },
    refundId: { type: Number, default: null },
    reason: { type: String, default: null },
    /** Who made a manual entry ("user:<id>"), or "system". */
    by: { type: String, default: 'system' },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
ledgerEntrySchema.index({ storeHash: 1, program: 1, account: 1 });
ledgerEntrySchema.index({ storeHash: 1, program: 1, orderId: 1 });

export type LedgerEntry = InferSchemaType<typeof ledgerEntrySchema>;

export function ledgerModels(conn: Connection) {
  return { LedgerEntry: modelOn<LedgerEntry>(conn, 'LedgerEntry', ledgerEntrySchema) };
}
