// App sessions inside the control-panel iframe, with no cookies (third-party
// cookies are blocked there): /load hands the page a one-time exchange code, the
// page trades it for a short-lived bearer token bound to store and user, and
// every API call proves itself with that token. Store and user are re-checked
// in the database on each request, so uninstall and remove_user take effect at once.
import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Models } from '../db/models.js';
import { AppError } from '../lib/errors.js';
import { randomToken, sha256 } from '../lib/crypto.js';
import { spendOnce, sweepExpired } from './model.js';
import type { StoreRecord, StoreUserRecord } from '../stores/model.js';

export const SESSION_TTL_SECONDS = 60 * 60;
export const EXCHANGE_CODE_TTL_SECONDS = 60;

const sessionClaims = z.object({
  typ: z.literal('session'),
  store: z.string(),
  uid: z.number().int(),
  epoch: z.number().int(),
});

export interface SessionContext {
  store: StoreRecord;
  user: StoreUserRecord;
}

declare module 'express-serve-static-core' {
  interface Request {
    session?: SessionContext;
  }
}

export function issueSessionToken(
  config: Config,
  input: { storeHash: string; userId: number; installEpoch: number },
): { token: string; expiresAt: string } {
  const token = jwt.sign(
    { typ: 'session', store: input.storeHash, uid: input.userId, epoch: input.installEpoch },
    config.SESSION_SECRET,
    { algorithm: 'HS256', expiresIn: SESSION_TTL_SECONDS, audience: 'tandem-app', issuer: 'tandem' },
  );
  return { token, expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000).toISOString() };
}

export async function issueExchangeCode(
  models: Models,
  input: { storeHash: string; userId: number; path: string },
  now = new Date(),
): Promise<string> {
  const code = randomToken(24);
  await models.ExchangeCode.create({
    _id: sha256(code),
    storeHash: input.storeHash,
    userId: input.userId,
    path: input.path,
    expiresAt: new Date(now.getTime() + EXCHANGE_CODE_TTL_SECONDS * 1000),
  });
  await sweepExpired('ExchangeCode', () => models.ExchangeCode.deleteMany({ expiresAt: { $lt: new Date(now.getTime() - 3600_000) } }));
  return code;
}

export async function redeemExchangeCode(models: Models, code: string, now = new Date()) {
  const invalid = new AppError(401, 'invalid_exchange_code', 'This sign-in link has expired or was already used. Open the app again from the control panel.');
  const id = sha256(code);
  const row = await models.ExchangeCode.findById(id).lean();
  if (!row || row.expiresAt <= now) throw invalid;
  if (!(await spendOnce(models, `code:${id}`, row.expiresAt))) throw invalid;
  return row;
}

/** Loads the store and user a token names, refusing anything no longer allowed. */
export async function resolveSession(config: Config, models: Models, token: string): Promise<SessionContext> {
  let claims: z.infer<typeof sessionClaims>;
  try {
    claims = sessionClaims.parse(
      jwt.verify(token, config.SESSION_SECRET, { algorithms: ['HS256'], audience: 'tandem-app', issuer: 'tandem' }),
    );
  } catch (err) {
    const expired = (err as Error).name === 'TokenExpiredError';
    throw new AppError(401, expired ? 'session_expired' : 'invalid_session', expired ? 'Your session has expired. Reopen the app.' : 'Invalid session token');
  }
  const [store, user] = await Promise.all([
    models.Store.findOne({ storeHash: claims.store }).lean(),
    models.StoreUser.findOne({ storeHash: claims.store, userId: claims.uid }).lean(),
  ]);
  if (!store || store.status !== 'active' || store.installEpoch !== claims.epoch) {
    throw new AppError(401, 'store_not_installed', 'The app is no longer installed on this store.');
  }
  if (!user || user.status !== 'active') {
    throw new AppError(401, 'user_removed', 'Your access to this app has been removed by the store owner.');
  }
  return { store, user };
}

export function requireSession(config: Config, models: Models) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return next(new AppError(401, 'unauthorized', 'Authorization: Bearer <session token> is required'));
    try {
      req.session = await resolveSession(config, models, m[1]!);
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** The session of a request that passed requireSession. */
export function sessionOf(req: Request): SessionContext {
  if (!req.session) throw new AppError(401, 'unauthorized', 'Authentication required');
  return req.session;
}
