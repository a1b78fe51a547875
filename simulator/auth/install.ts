// App install/uninstall lifecycle (README §1.2, §1.5): one-time grant codes, the
// `/oauth2/token` exchange, token replacement on re-install, revocation on uninstall, and
// store-level API accounts for "manual connection".

import type { Engine } from '../core/engine.js';
import type { ApiAccount, StoreState, StoreUser, TokenGrant } from '../core/types.js';
import { randomAccessToken, randomClientId, randomClientSecret, randomGrantCode } from '../core/ids.js';
import { SimError } from '../core/errors.js';
import { DEFAULT_APP_SCOPES } from './scopes.js';
import { addUser } from '../domain/stores.js';

export interface BeginInstallOptions {
  user?: { id?: number; email: string; username?: string; locale?: string };
  scopes?: string[];
  externalInstall?: boolean;
}

export interface BeginInstallResult {
  code: string;
  query: Record<string, string>;
  authUrl: string;
}

export function beginInstall(engine: Engine, hash: string, opts: BeginInstallOptions = {}): BeginInstallResult {
  const store = engine.store(hash);
  const user = resolveUser(store, opts.user);
  const scopes = opts.scopes ?? DEFAULT_APP_SCOPES;
  const code = randomGrantCode();
  engine.grants.set(code, {
    code,
    storeHash: hash,
    clientId: engine.config.clientId,
    scopes: [...scopes],
    user,
    expiresAt: engine.now() + engine.config.grantCodeTtlMs,
    used: false,
  });
  const query: Record<string, string> = {
    account_uuid: store.accountUuid,
    code,
    context: `stores/${hash}`,
    scope: scopes.join(' '),
  };
  if (opts.externalInstall) query.external_install = '1';
  const qs = new URLSearchParams(query).toString();
  const authUrl = `${engine.config.appUrl ?? ''}/auth?${qs}`;
  return { code, query, authUrl };
}

export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

export interface TokenResponse {
  access_token: string;
  scope: string;
  user: { id: number; username: string; email: string };
  owner: { id: number; username: string; email: string };
  context: string;
  account_uuid: string;
}

/** POST /oauth2/token. Codes are single-use; failed attempts (bad secret etc.) do not burn them. */
export function exchangeCode(engine: Engine, body: Record<string, unknown>): TokenResponse {
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
  const clientId = str('client_id');
  const clientSecret = str('client_secret');
  if (!clientId || !clientSecret) throw new OAuthError(400, 'invalid_request', 'client_id and client_secret are required');
  if (clientId !== engine.config.clientId) throw new OAuthError(401, 'invalid_client', 'Unknown client_id');
  if (clientSecret !== engine.config.clientSecret) throw new OAuthError(401, 'invalid_client', 'Invalid client_secret');
  if (str('grant_type') !== 'authorization_code') {
    throw new OAuthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code');
  }
  const code = str('code');
  if (!code) throw new OAuthError(400, 'invalid_request', 'code is required');
  const grant = engine.grants.get(code);
  if (!grant || grant.clientId !== clientId) throw new OAuthError(400, 'invalid_grant', 'The authorization code is invalid');
  if (grant.used) throw new OAuthError(400, 'invalid_grant', 'The authorization code has already been used');
  if (grant.expiresAt < engine.now()) throw new OAuthError(400, 'invalid_grant', 'The authorization code has expired');
  if (str('context') !== `stores/${grant.storeHash}`) throw new OAuthError(400, 'invalid_request', 'context does not match the code');
  const scopeParam = str('scope');
  if (scopeParam === undefined || !sameScopes(scopeParam.split(/\s+/).filter(Boolean), grant.scopes)) {
    throw new OAuthError(400, 'invalid_scope', 'scope does not match the granted scopes');
  }
  const expectedRedirect = engine.config.appUrl ? `${engine.config.appUrl}/auth` : undefined;
  const redirectUri = str('redirect_uri');
  if (!redirectUri) throw new OAuthError(400, 'invalid_request', 'redirect_uri is required');
  if (expectedRedirect !== undefined && redirectUri !== expectedRedirect) {
    throw new OAuthError(400, 'invalid_grant', 'redirect_uri does not match the registered auth callback');
  }
  const store = engine.store(grant.storeHash);
  grant.used = true;
  const token = issueAppToken(engine, store, grant.scopes, grant.user);
  return {
    access_token: token.token,
    scope: grant.scopes.join(' '),
    user: { id: grant.user.id, username: grant.user.username, email: grant.user.email },
    owner: { id: store.owner.id, username: store.owner.username, email: store.owner.email },
    context: `stores/${store.hash}`,
    account_uuid: store.accountUuid,
  };
}

/** Only one app token per store is live: a new one (re-install / re-consent) revokes the old. */
function issueAppToken(engine: Engine, store: StoreState, scopes: string[], user: StoreUser): TokenGrant {
  if (store.install) revoke(engine, store.install.token);
  const grant: TokenGrant = {
    token: randomAccessToken(),
    storeHash: store.hash,
    clientId: engine.config.clientId,
    scopes: [...scopes],
    kind: 'app',
    revoked: false,
    createdAt: engine.now(),
  };
  engine.tokens.set(grant.token, grant);
  store.install = { clientId: engine.config.clientId, token: grant.token, scopes: [...scopes], installedAt: engine.now(), user, installed: true };
  return grant;
}

/**
 * What BigCommerce does on uninstall: the token stops working, all of the app's hooks are deleted
 * and its scripts with `auto_uninstall: true` are removed. (The app's /uninstall callback is the
 * caller's business.)
 */
export function uninstall(engine: Engine, hash: string): void {
  const store = engine.store(hash);
  const clientId = engine.config.clientId;
  if (store.install) {
    revoke(engine, store.install.token);
    store.install.installed = false;
  }
  for (const [id, hook] of store.hooks) if (hook.clientId === clientId) store.hooks.delete(id);
  for (const [id, script] of store.scripts) if (script.clientId === clientId && script.autoUninstall) store.scripts.delete(id);
}

export function createApiAccount(engine: Engine, hash: string, scopes: string[]): ApiAccount {
  const store = engine.store(hash);
  const account: ApiAccount = {
    clientId: randomClientId(),
    clientSecret: randomClientSecret(),
    accessToken: randomAccessToken(),
    scopes: [...scopes],
  };
  store.apiAccounts.set(account.clientId, account);
  engine.clientSecrets.set(account.clientId, account.clientSecret);
  engine.tokens.set(account.accessToken, {
    token: account.accessToken,
    storeHash: hash,
    clientId: account.clientId,
    scopes: [...scopes],
    kind: 'account',
    revoked: false,
    createdAt: engine.now(),
  });
  return account;
}

/** Deleting an API account revokes its token and deletes its hooks (README §5.1). */
export function deleteApiAccount(engine: Engine, hash: string, clientId: string): void {
  const store = engine.store(hash);
  const account = store.apiAccounts.get(clientId);
  if (!account) throw new SimError(404, `API account ${clientId} not found`);
  revoke(engine, account.accessToken);
  store.apiAccounts.delete(clientId);
  for (const [id, hook] of store.hooks) if (hook.clientId === clientId) store.hooks.delete(id);
}

function revoke(engine: Engine, token: string): void {
  const grant = engine.tokens.get(token);
  if (grant) grant.revoked = true;
}

function resolveUser(store: StoreState, user: BeginInstallOptions['user']): StoreUser {
  if (!user) return store.owner;
  const known = user.id !== undefined ? store.users.get(user.id) : undefined;
  if (known) return known;
  return addUser(store, user);
}

function sameScopes(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((s) => sb.has(s));
}
