import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

/** Something a shopper can spend points on; becomes a single-use BigCommerce coupon when redeemed. */
const rewardSchema = new Schema(
  {
    storeHash: { type: String, required: true },
    name: { type: String, required: true },
    pointsCost: { type: Number, required: true },
    kind: { type: String, enum: ['fixed', 'percent', 'free_shipping'], required: true },
    /** For `fixed`: minor units of the store currency. */
    amountMinor: { type: Number, default: null },
    /** For `percent`: whole percent. */
    percent: { type: Number, default: null },
    minOrderMinor: { type: Number, default: null },
    currency: { type: String, required: true },
    active: { type: Boolean, default: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
rewardSchema.index({ storeHash: 1, active: 1 });

/** One redemption: its points debit, its coupon, or why it failed (then the points came back). */
const redemptionSchema = new Schema(
  {
    _id: { type: String, required: true },
    storeHash: { type: String, required: true },
    account: { type: String, required: true },
    rewardId: { type: String, required: true },
    rewardName: { type: String, required: true },
    pointsCost: { type: Number, required: true },
    status: { type: String, enum: ['pending', 'issued', 'failed'], required: true },
    code: { type: String, default: null },
    promotionId: { type: Number, default: null },
    error: { type: String, default: null },
    by: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
redemptionSchema.index({ storeHash: 1, account: 1, createdAt: -1 });

export type Reward = InferSchemaType<typeof rewardSchema>;
export type Redemption = InferSchemaType<typeof redemptionSchema>;

export function rewardModels(conn: Connection) {
  return {
    Reward: modelOn<Reward>(conn, 'Reward', rewardSchema),
    Redemption: modelOn<Redemption>(conn, 'Redemption', redemptionSchema),
  };
}
