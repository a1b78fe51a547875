import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** Per store and scope: when events last came in and how many, for webhook health. */
const webhookStatSchema = new Schema({
  storeHash: { type: String, required: true },
  scope: { type: String, required: true },
  count: { type: Number, default: 0 },
  lastEventAt: { type: Date, default: null },
  lastProcessedAt: { type: Date, default: null },
});
webhookStatSchema.index({ storeHash: 1, scope: 1 }, { unique: true });

export type WebhookStat = InferSchemaType<typeof webhookStatSchema>;

export function webhookModels(conn: Connection) {
  return { WebhookStat: (conn.models.WebhookStat ?? conn.model('WebhookStat', webhookStatSchema)) as Model<WebhookStat> };
}
