// What sits in front of every management-API call (README §3, §4): request counting, injected
// faults, X-Auth-Token (401) and store match (403), the per-store fixed-window rate limit (429 with
// headers on every response), and the OAuth scope check (403).

import type { NextFunction, Request, Response } from 'express';
import type { Engine } from '../core/engine.js';
import type { StoreState, TokenGrant } from '../core/types.js';
import { requirementFor, satisfies } from '../auth/scopes.js';
import { sendError, styleForPath } from './respond.js';

export interface ApiContext {
  store: StoreState;
  grant: TokenGrant;
}

export function ctx(res: Response): ApiContext {
  return res.locals.api as ApiContext;
}

function rollWindow(store: StoreState, now: number): void {
  const r = store.rate;
  if (now >= r.windowStart + r.windowMs) {
    // Fixed windows aligned to the first window's start.
    const elapsed = Math.floor((now - r.windowStart) / r.windowMs);
    r.windowStart += elapsed * r.windowMs;
    r.used = 0;
  }
}

function setRateHeaders(res: Response, store: StoreState, now: number): number {
  const r = store.rate;
  const resetMs = Math.max(0, r.windowStart + r.windowMs - now);
  res.setHeader('X-Rate-Limit-Time-Window-Ms', String(r.windowMs));
  res.setHeader('X-Rate-Limit-Time-Reset-Ms', String(resetMs));
  res.setHeader('X-Rate-Limit-Requests-Quota', String(r.quota));
  res.setHeader('X-Rate-Limit-Requests-Left', String(Math.max(0, r.quota - r.used)));
  return resetMs;
}

function sendRateLimited(res: Response, store: StoreState, now: number, path: string, advertisedResetMs?: number): void {
  let resetMs = setRateHeaders(res, store, now);
  if (advertisedResetMs !== undefined) {
    resetMs = Math.max(0, Math.round(advertisedResetMs));
    res.setHeader('X-Rate-Limit-Time-Reset-Ms', String(resetMs));
  }
  res.setHeader('X-Rate-Limit-Requests-Left', '0');
  res.setHeader('X-Retry-After', String(Math.ceil(resetMs / 1000)));
  store.rate.rateLimitedCount += 1;
  sendError(res, styleForPath(path), 429, 'You have exceeded your rate limit. Please wait before retrying.');
}

export function apiGateway(engine: Engine) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const hash = String(req.params.hash);
    const path = req.path;
    const style = styleForPath(path);
    const store = engine.stores.get(hash);
    if (!store) {
      sendError(res, style, 404, `Store ${hash} not found`);
      return;
    }
    const now = engine.now();
    store.rate.requestCount += 1;
    rollWindow(store, now);
    setRateHeaders(res, store, now);

    const fault = store.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === req.method) && (!f.pathPrefix || matchesPrefix(f.pathPrefix, hash, path)),
    );
    if (fault) {
      fault.remaining -= 1;
      store.faults = store.faults.filter((f) => f.remaining > 0);
      if (fault.status === 429) {
        // An injected 429 advertises a (time-scaled) reset so header-honouring clients stay fast in tests.
        const windowLeft = store.rate.windowStart + store.rate.windowMs - now;
        sendRateLimited(res, store, now, path, fault.resetMs ?? windowLeft * engine.config.timeScale);
      }
      else sendError(res, style, fault.status, fault.status === 503 ? 'The store is temporarily unavailable.' : 'An internal error occurred (injected).');
      return;
    }

    const token = req.get('X-Auth-Token');
    const grant = token ? engine.tokens.get(token) : undefined;
    if (!grant || grant.revoked) {
      sendError(res, style, 401, 'The access token is missing, invalid or revoked.');
      return;
    }
    if (grant.storeHash !== hash) {
      sendError(res, style, 403, 'The access token is not valid for this store.');
      return;
    }
    if (store.rate.used >= store.rate.quota) {
      sendRateLimited(res, store, now, path);
      return;
    }
    store.rate.used += 1;
    setRateHeaders(res, store, now);

    if (!satisfies(grant.scopes, requirementFor(path, req.method), req.method)) {
      sendError(res, style, 403, "You don't have a required scope to access the endpoint");
      return;
    }
    res.locals.api = { store, grant } satisfies ApiContext;
    next();
  };
}

/** Fault prefixes may be store-relative ("/v2/orders") or absolute ("/stores/abc/v2/orders"). */
function matchesPrefix(prefix: string, hash: string, path: string): boolean {
  if (prefix.startsWith('/stores/')) return `/stores/${hash}${path}`.startsWith(prefix);
  return path.startsWith(prefix);
}
