import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { modelOn } from '../db/model.js';

// One-time things are spent by inserting a row whose _id is the thing itself:
// the primary key makes the second attempt fail, atomically, on MongoDB and on
// FerretDB alike (FerretDB 1.x applies updates as read-modify-write, so a
// conditional update could let two racers through). FerretDB has no TTL
// indexes, so expired rows are swept when new ones are written.

/** One-time exchange codes handed to the iframe by /load and /auth; _id is the code's SHA-256. */
const exchangeCodeSchema = new Schema({
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  userId: { type: Number, required: true },
  path: { type: String, default: '/' },
  expiresAt: { type: Date, required: true },
});
exchangeCodeSchema.index({ expiresAt: 1 });

/** What has been used once and must not be again: "jwt:<jti>" of signed payloads, "code:<hash>" of exchange codes. */
const spentTokenSchema = new Schema({
  _id: { type: String, required: true },
  expiresAt: { type: Date, required: true },
});
spentTokenSchema.index({ expiresAt: 1 });

export type ExchangeCodeRecord = InferSchemaType<typeof exchangeCodeSchema>;
export type SpentTokenRecord = InferSchemaType<typeof spentTokenSchema>;

export function authModels(conn: Connection) {
  return {
    ExchangeCode: modelOn<ExchangeCodeRecord>(conn, 'ExchangeCode', exchangeCodeSchema),
    SpentToken: modelOn<SpentTokenRecord>(conn, 'SpentToken', spentTokenSchema),
  };
}

const SWEEP_EVERY_MS = 60_000;
const lastSweep = new Map<string, number>();

/** Runs `sweep` at most once a minute per collection and process: expiry cleanup stays off the per-request path. */
export async function sweepExpired(collection: string, sweep: () => Promise<unknown>): Promise<void> {
  const now = Date.now();
  if (now - (lastSweep.get(collection) ?? 0) < SWEEP_EVERY_MS) return;
  lastSweep.set(collection, now);
  await sweep();
}

/** Marks `key` as used; false if it already was. */
export async function spendOnce(models: { SpentToken: Model<SpentTokenRecord> }, key: string, expiresAt: Date): Promise<boolean> {
  try {
    await models.SpentToken.create({ _id: key, expiresAt });
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
  await sweepExpired('SpentToken', () => models.SpentToken.deleteMany({ expiresAt: { $lt: new Date(Date.now() - 3600_000) } }));
  return true;
}
