// Every model of the app, bound to one connection. Features add theirs here so
// start-up builds all indexes in one place.
import type { Connection } from 'mongoose';
import { authModels } from '../auth/model.js';
import { storeModels } from '../stores/model.js';
import { mirrorModels } from '../sync/model.js';
import { syncStateModels } from '../sync/state.js';
import { webhookModels } from '../webhooks/model.js';
import { jobModels } from '../jobs/model.js';
import { ledgerModels } from '../ledger/model.js';
import { loyaltyModels } from '../loyalty/model.js';
import { rewardModels } from '../loyalty/rewards-model.js';

export function createModels(conn: Connection) {
  return { ...storeModels(conn), ...authModels(conn), ...mirrorModels(conn), ...syncStateModels(conn), ...webhookModels(conn), ...jobModels(conn), ...ledgerModels(conn), ...loyaltyModels(conn), ...rewardModels(conn) };
}

export type Models = ReturnType<typeof createModels>;

export async function syncAllIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.syncIndexes();
}
