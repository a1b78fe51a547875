import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

/** Statuses that mean paid, shipped or completed (contract §6.3); 14 is paid and partly refunded. */
export const DEFAULT_QUALIFYING_STATUSES = [2, 3, 8, 9, 10, 11, 14];

/** A store's loyalty program (one document per store, written by the merchant). */
const loyaltySettingsSchema = new Schema(
  {
    _id: { type: String, required: true },
    enabled: { type: Boolean, default: false },
    /** Points per 1.00 of the order currency, in hundredths (100 = 1 point per 1.00): integers only. */
    pointsPerUnitHundredths: { type: Number, default: 100 },
    includeShipping: { type: Boolean, default: true },
    includeTax: { type: Boolean, default: true },
    qualifyingStatuses: { type: [Number], default: DEFAULT_QUALIFYING_STATUSES },
    /** Orders placed from here on earn automatically; older ones only when the merchant awards past orders. */
    earnFrom: { type: Date, default: null },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export type LoyaltySettings = InferSchemaType<typeof loyaltySettingsSchema>;

export function loyaltyModels(conn: Connection) {
  return {
    LoyaltySettings: modelOn<LoyaltySettings>(conn, 'LoyaltySettings', loyaltySettingsSchema),
  };
}
