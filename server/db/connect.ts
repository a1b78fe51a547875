// One mongoose connection per app instance (not the global default), so tests
// can run several apps against separate databases in one process.
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../lib/logger.js';

export async function connectDatabase(uri: string, logger: Logger): Promise<Connection> {
  const conn = mongoose.createConnection(uri, {
    serverSelectionTimeoutMS: 10_000,
    // Index builds are explicit (syncIndexes at start-up), never a side effect of a query.
    autoIndex: false,
  });
  conn.on('disconnected', () => logger.warn('database disconnected'));
  conn.on('reconnected', () => logger.info('database reconnected'));
  await conn.asPromise();
  return conn;
}
