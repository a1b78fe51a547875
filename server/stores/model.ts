import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

/**
 * One document per BigCommerce store, keyed by its hash. Only install,
 * uninstall and the merchant's own actions write it: background work keeps its
 * state in documents of its own (FerretDB 1.x applies an update as a
 * read-modify-write of the whole document, so two writers could lose one
 * another's changes). The access token is
 * stored encrypted (AES-256-GCM, the store hash as associated data so a token
 * copied onto another store's record does not decrypt) and wiped on uninstall.
 */
const storeSchema = new Schema(
  {
    storeHash: { type: String, required: true, unique: true },
    status: { type: String, enum: ['active', 'uninstalled'], required: true },
    connection: { type: String, enum: ['oauth', 'manual'], required: true },
    scopes: { type: [String], default: [] },
    accessTokenEnc: { type: String, default: null },
    /** Client id of the API account a manual connection uses (its webhooks are private to it). */
    apiClientId: { type: String, default: null },
    accountUuid: { type: String, default: null },
    owner: {
      id: { type: Number, default: null },
      email: { type: String, default: null },
      username: { type: String, default: null },
    },
    info: {
      name: { type: String, default: null },
      domain: { type: String, default: null },
      secureUrl: { type: String, default: null },
      controlPanelUrl: { type: String, default: null },
      currency: { type: String, default: null },
      planName: { type: String, default: null },
      timezone: { type: String, default: null },
      language: { type: String, default: null },
      refreshedAt: { type: Date, default: null },
    },
    firstInstalledAt: { type: Date, required: true },
    installedAt: { type: Date, required: true },
    uninstalledAt: { type: Date, default: null },
    /** Per-store secret BigCommerce sends back in a custom header on every webhook delivery. */
    webhookSecretEnc: { type: String, default: null },
    /** Bumped on every install and uninstall; lets background work notice it belongs to an old install. */
    installEpoch: { type: Number, required: true },
  },
  { timestamps: true },
);

export type StoreRecord = InferSchemaType<typeof storeSchema>;

/**
 * Users of a store's app: the owner and each authorized user, provisioned on
 * first /load. A removed user stays as a tombstone (status 'removed') so a
 * replayed load JWT minted before the removal is refused.
 */
const storeUserSchema = new Schema(
  {
    storeHash: { type: String, required: true },
    userId: { type: Number, required: true },
    email: { type: String, default: null },
    username: { type: String, default: null },
    locale: { type: String, default: null },
    role: { type: String, enum: ['owner', 'user'], required: true },
    status: { type: String, enum: ['active', 'removed'], required: true },
    firstSeenAt: { type: Date, required: true },
    lastLoadAt: { type: Date, default: null },
    removedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
storeUserSchema.index({ storeHash: 1, userId: 1 }, { unique: true });

export type StoreUserRecord = InferSchemaType<typeof storeUserSchema>;

export function storeModels(conn: Connection) {
  return {
    Store: modelOn<StoreRecord>(conn, 'Store', storeSchema),
    StoreUser: modelOn<StoreUserRecord>(conn, 'StoreUser', storeUserSchema),
  };
}
