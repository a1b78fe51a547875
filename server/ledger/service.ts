import type { Model } from 'mongoose';
import type { LedgerEntry } from './model.js';

export type NewEntry = Omit<LedgerEntry, 'at' | 'by' | 'orderId' | 'refundId' | 'reason'> & {
  at?: Date;
  by?: string;
  orderId?: number | null;
  refundId?: number | null;
  reason?: string | null;
};

/** Writes an entry once; false when its key was written before (a duplicate, not an error). */
export async function post(LedgerEntry: Model<LedgerEntry>, entry: NewEntry): Promise<boolean> {
  try {
    await LedgerEntry.create({ orderId: null, refundId: null, reason: null, by: 'system', at: new Date(), ...entry });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/** Sum of an account's entries; may be negative (spent points refunded later). */
export async function balanceOf(LedgerEntry: Model<LedgerEntry>, q: { storeHash: string; program: LedgerEntry['program']; account: string }): Promise<number> {
  const entries = await LedgerEntry.find(q, { amount: 1 }).lean();
  return entries.reduce((sum, e) => sum + e.amount, 0);
}
