import type { Config } from '../config.js';
import type { Models } from '../db/models.js';
import { decryptSecret, encryptSecret, randomToken } from '../lib/crypto.js';
import { AppError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { BigCommerceClient } from '../bigcommerce/index.js';
import type { StoreRecord } from './model.js';

export interface BcUser {
  id: number;
  email: string;
  username?: string | undefined;
}

/** Stores a fresh install or a re-authorisation; a new token always replaces the old one. */
export async function recordInstall(
  deps: { config: Config; models: Models },
  input: {
    storeHash: string;
    accessToken: string;
    scopes: string[];
    owner: BcUser;
    user: BcUser;
    accountUuid?: string | undefined;
    connection: 'oauth' | 'manual';
    apiClientId?: string | null;
  },
  now = new Date(),
): Promise<StoreRecord> {
  const { Store } = deps.models;
  const prev = await Store.findOne({ storeHash: input.storeHash }).lean();
  const becomesActive = prev?.status !== 'active';
  const store = await Store.findOneAndUpdate(
    { storeHash: input.storeHash },
    {
      $set: {
        status: 'active',
        connection: input.connection,
        scopes: input.scopes,
        accessTokenEnc: encryptSecret(input.accessToken, deps.config.TOKEN_ENCRYPTION_KEY, input.storeHash),
        apiClientId: input.apiClientId ?? null,
        // A new install gets a new webhook secret; a re-authorisation keeps the one its hooks carry.
        webhookSecretEnc:
          (!becomesActive && prev?.webhookSecretEnc) ||
          encryptSecret(randomToken(32), deps.config.TOKEN_ENCRYPTION_KEY, `webhook:${input.storeHash}`),
        accountUuid: input.accountUuid ?? prev?.accountUuid ?? null,
        owner: { id: input.owner.id, email: input.owner.email, username: input.owner.username ?? null },
        ...(becomesActive ? { installedAt: now, uninstalledAt: null } : {}),
      },
      $setOnInsert: { firstInstalledAt: now },
      ...(becomesActive ? { $inc: { installEpoch: 1 } } : {}),
    },
    { upsert: true, new: true, setDefaultsOnInsert: true },
  ).lean();

  await upsertUser(deps.models, {
    storeHash: input.storeHash,
    user: input.user,
    role: input.user.id === input.owner.id ? 'owner' : 'user',
    now,
  });
  return store!;
}

/** Provisions (or re-admits) a user; callers have already checked they may come in. */
export async function upsertUser(
  models: Models,
  input: { storeHash: string; user: BcUser & { locale?: string | undefined }; role: 'owner' | 'user'; now: Date },
) {
  return models.StoreUser.findOneAndUpdate(
    { storeHash: input.storeHash, userId: input.user.id },
    {
      $set: {
        email: input.user.email,
        ...(input.user.username ? { username: input.user.username } : {}),
        ...(input.user.locale ? { locale: input.user.locale } : {}),
        role: input.role,
        lastLoadAt: input.now,
        status: 'active',
        removedAt: null,
      },
      $setOnInsert: { firstSeenAt: input.now },
    },
    { upsert: true, new: true },
  ).lean();
}

/**
 * Uninstall: the store stays as a record (so a reinstall is recognised and its
 * history kept), but it is inactive, its token is wiped and, under the default
 * policy, personal data about its users is purged.
 */
export async function recordUninstall(
  models: Models,
  storeHash: string,
  opts: { purgePersonalData: boolean },
  now = new Date(),
): Promise<void> {
  await models.Store.updateOne(
    { storeHash },
    {
      $set: {
        status: 'uninstalled',
        accessTokenEnc: null,
        webhookSecretEnc: null,
        uninstalledAt: now,
        ...(opts.purgePersonalData ? { 'owner.email': null, 'owner.username': null } : {}),
      },
      $inc: { installEpoch: 1 },
    },
  );
  if (opts.purgePersonalData) await models.StoreUser.deleteMany({ storeHash });
  else await models.StoreUser.updateMany({ storeHash }, { $set: { status: 'removed', removedAt: now } });
}

export function accessTokenOf(config: Config, store: Pick<StoreRecord, 'storeHash' | 'accessTokenEnc'>): string {
  if (!store.accessTokenEnc) throw new AppError(409, 'not_connected', 'This store has no access token; reinstall the app.');
  return decryptSecret(store.accessTokenEnc, config.TOKEN_ENCRYPTION_KEY, store.storeHash);
}

export function clientForStore(
  deps: { config: Config; logger: Logger },
  store: Pick<StoreRecord, 'storeHash' | 'accessTokenEnc'>,
): BigCommerceClient {
  return new BigCommerceClient({
    apiUrl: deps.config.BC_API_URL,
    storeHash: store.storeHash,
    accessToken: accessTokenOf(deps.config, store),
    logger: deps.logger.child({ storeHash: store.storeHash }),
  });
}
