import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

/**
 * Per store and scope: when events last came in and how many, for webhook
 * health. _id is "<storeHash>:<scope>".
 */
const webhookStatSchema = new Schema({
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  scope: { type: String, required: true },
  count: { type: Number, default: 0 },
  lastEventAt: { type: Date, default: null },
  lastProcessedAt: { type: Date, default: null },
});
webhookStatSchema.index({ storeHash: 1 });

export type WebhookStat = InferSchemaType<typeof webhookStatSchema>;

function webhookStatModels(conn: Connection) {
  return { WebhookStat: modelOn<WebhookStat>(conn, 'WebhookStat', webhookStatSchema) };
}

/** Outcome of the last registration check of a store's webhooks (written only by that check). */
const webhookCheckSchema = new Schema({
  _id: { type: String, required: true },
  checkedAt: { type: Date, required: true },
  ok: { type: Boolean, required: true },
  error: { type: String, default: null },
  result: { type: Schema.Types.Mixed, default: null },
});
webhookCheckSchema.index({ checkedAt: 1 });

export type WebhookCheck = InferSchemaType<typeof webhookCheckSchema>;

export function webhookModels(conn: Connection) {
  return {
    ...webhookStatModels(conn),
    WebhookCheck: modelOn<WebhookCheck>(conn, 'WebhookCheck', webhookCheckSchema),
  };
}
