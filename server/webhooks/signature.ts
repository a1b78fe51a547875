// Standard Webhooks signature (contract §5.7): HMAC-SHA256 over
// "{webhook-id}.{webhook-timestamp}.{raw body}", keyed with the client secret's
// bytes, sent as space-separated "v1,<base64>" entries.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function verifyStandardWebhook(
  input: { id: string; timestamp: string; signature: string; body: Buffer },
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): { ok: true } | { ok: false; reason: string } {
  const ts = Number(input.timestamp);
  if (!Number.isInteger(ts)) return { ok: false, reason: 'webhook-timestamp is not a number' };
  if (Math.abs(nowSeconds - ts) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'webhook-timestamp outside the tolerance' };
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(`${input.id}.${input.timestamp}.`)
    .update(input.body)
    .digest();
  for (const part of input.signature.split(' ')) {
    const [version, sig] = part.split(',');
    if (version !== 'v1' || !sig) continue;
    const given = Buffer.from(sig, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: 'webhook-signature does not match' };
}
