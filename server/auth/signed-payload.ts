// Verification of BigCommerce's signed_payload_jwt (load, uninstall,
// remove_user): HS256 with the client secret only, our client id as audience,
// issuer "bc", a small clock skew on exp/nbf, and claims of the documented shape.
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { AppError } from '../lib/errors.js';

export const STORE_HASH = /^[a-z0-9]{1,32}$/;

const claimsSchema = z.object({
  aud: z.string(),
  iss: z.literal('bc'),
  iat: z.number().int(),
  nbf: z.number().int().optional(),
  exp: z.number().int(),
  jti: z.string().min(1),
  sub: z.string().regex(/^stores\/[a-z0-9]{1,32}$/, 'sub must be stores/{hash}'),
  user: z.object({ id: z.number().int(), email: z.string(), locale: z.string().optional() }),
  owner: z.object({ id: z.number().int(), email: z.string() }),
  url: z.string().optional(),
  channel_id: z.number().int().nullable().optional(),
});

export type SignedPayload = z.infer<typeof claimsSchema> & { storeHash: string };

export const CLOCK_SKEW_SECONDS = 60;

const invalid = (reason: string) => new AppError(401, 'invalid_signed_payload', `signed_payload_jwt rejected: ${reason}`);

export function verifySignedPayload(
  token: unknown,
  opts: { clientId: string; clientSecret: string; now?: Date },
): SignedPayload {
  if (typeof token !== 'string' || token.length === 0) {
    throw new AppError(401, 'missing_signed_payload', 'signed_payload_jwt query parameter is required');
  }
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, opts.clientSecret, {
      algorithms: ['HS256'],
      audience: opts.clientId,
      issuer: 'bc',
      clockTolerance: CLOCK_SKEW_SECONDS,
      clockTimestamp: Math.floor((opts.now ?? new Date()).getTime() / 1000),
    });
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TokenExpiredError') throw invalid('expired');
    if (e.name === 'NotBeforeError') throw invalid('not yet valid');
    // jsonwebtoken's messages ("invalid signature", "jwt audience invalid…") are safe and precise.
    throw invalid(e.message);
  }
  const parsed = claimsSchema.safeParse(decoded);
  if (!parsed.success) {
    throw invalid(`unexpected claims (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  }
  return { ...parsed.data, storeHash: parsed.data.sub.slice('stores/'.length) };
}
