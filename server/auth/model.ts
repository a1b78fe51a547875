import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/**
 * One-time exchange codes handed to the iframe by /load and /auth. Only a hash
 * is stored; a code is spent by an atomic findOneAndUpdate, so two tabs racing
 * with the same code cannot both get a session. FerretDB 1.x has no TTL
 * indexes, so expired rows are swept when new ones are issued.
 */
const exchangeCodeSchema = new Schema({
  codeHash: { type: String, required: true, unique: true },
  storeHash: { type: String, required: true },
  userId: { type: Number, required: true },
  path: { type: String, default: '/' },
  expiresAt: { type: Date, required: true },
  usedAt: { type: Date, default: null },
});
exchangeCodeSchema.index({ expiresAt: 1 });

/** jti of every accepted signed_payload_jwt until it expires: a JWT works once. */
const usedJwtSchema = new Schema({
  jti: { type: String, required: true, unique: true },
  expiresAt: { type: Date, required: true },
});
usedJwtSchema.index({ expiresAt: 1 });

export type ExchangeCodeRecord = InferSchemaType<typeof exchangeCodeSchema>;
export type UsedJwtRecord = InferSchemaType<typeof usedJwtSchema>;

export function authModels(conn: Connection) {
  return {
    ExchangeCode: (conn.models.ExchangeCode ??
      conn.model('ExchangeCode', exchangeCodeSchema)) as Model<ExchangeCodeRecord>,
    UsedJwt: (conn.models.UsedJwt ?? conn.model('UsedJwt', usedJwtSchema)) as Model<UsedJwtRecord>,
  };
}
