// signed_payload_jwt minting (README §1.4): HS256 over the app's client secret with exactly the
// documented claim set. Built by hand (not via jsonwebtoken) so tests can also forge tokens with
// other algorithms, `alg: none`, wrong secrets or arbitrary claim overrides.

import { createHmac } from 'node:crypto';
import { uuid } from '../core/ids.js';
import type { StoreState, StoreUser } from '../core/types.js';

export interface SignedPayloadOptions {
  /** acting user; defaults to the store owner */
  user?: { id: number; email: string; locale?: string };
  /** deep-link path (`url` claim); "/" when opened from the Apps menu */
  url?: string;
  /** channel the click came from; null from the Apps side menu (default) */
  channelId?: number | null;
  expiresInSec?: number;
  /** shifts iat/nbf/exp, e.g. -90000 for an already expired token */
  iatOffsetSec?: number;
  /** merged over the claims last (e.g. `{ aud: 'someone-else' }`) */
  overrides?: Record<string, unknown>;
  /** signing secret; defaults to the app's client secret */
  secret?: string;
  /** HS256 (default), HS384, HS512 or 'none' (unsigned) */
  alg?: string;
}

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');
const HMAC_ALGS: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

export function signedPayloadClaims(
  store: StoreState,
  clientId: string,
  nowSec: number,
  opts: SignedPayloadOptions = {},
): Record<string, unknown> {
  const iat = nowSec + (opts.iatOffsetSec ?? 0);
  const user = opts.user ?? store.owner;
  const locale = opts.user?.locale ?? (store.users.get(user.id) as StoreUser | undefined)?.locale ?? 'en-US';
  return {
    aud: clientId,
    iss: 'bc',
    iat,
    nbf: iat,
    exp: iat + (opts.expiresInSec ?? 86_400),
    jti: uuid(),
    sub: `stores/${store.hash}`,
    user: { id: user.id, email: user.email, locale },
    owner: { id: store.owner.id, email: store.owner.email },
    url: opts.url ?? '/',
    channel_id: opts.channelId === undefined ? null : opts.channelId,
    ...(opts.overrides ?? {}),
  };
}

export function encodeJwt(claims: Record<string, unknown>, secret: string, alg = 'HS256'): string {
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const payload = b64url(JSON.stringify(claims));
  if (alg === 'none') return `${header}.${payload}.`;
  const digest = HMAC_ALGS[alg];
  if (!digest) throw new Error(`Unsupported JWT alg ${alg}`);
  const signature = createHmac(digest, secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
