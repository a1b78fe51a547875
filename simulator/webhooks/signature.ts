// Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 over
// "{webhook-id}.{webhook-timestamp}.{body}". BigCommerce tells apps to initialise the
// `standardwebhooks` library with base64(client_secret), i.e. the key is the raw secret bytes.

import { createHmac } from 'node:crypto';

export function standardWebhookSignature(secret: string, id: string, timestampSec: number, body: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${id}.${timestampSec}.${body}`).digest('base64');
}

export function signStandardWebhook(secret: string, id: string, timestampSec: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSec),
    'webhook-signature': `v1,${standardWebhookSignature(secret, id, timestampSec, body)}`,
  };
}
