/** The events Tandem subscribes to (contract §5.3). */
export const WEBHOOK_SCOPES = [
  'store/order/created',
  'store/order/updated',
  'store/order/statusUpdated',
  'store/order/archived',
  'store/order/refund/created',
  'store/customer/created',
  'store/customer/updated',
  'store/customer/deleted',
  'store/subscriber/created',
  'store/subscriber/updated',
  'store/subscriber/deleted',
  'store/product/created',
  'store/product/updated',
  'store/product/deleted',
  'store/cart/converted',
  'store/app/uninstalled',
] as const;

export type WebhookScope = (typeof WEBHOOK_SCOPES)[number];

/** Custom header carrying the per-store secret (contract §5.7, option 1). */
export const WEBHOOK_SECRET_HEADER = 'X-Tandem-Webhook-Secret';

export const webhookDestination = (appUrl: string) => `${appUrl}/webhooks`;
