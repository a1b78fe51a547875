// OAuth scope rules (README §2): each area has a modify scope and a `_read_only` scope; read-only
// grants GET/HEAD only; modify implies read. Webhooks need no scope.

export const DEFAULT_APP_SCOPES = [
  'store_v2_orders_read_only',
  'store_v2_transactions_read_only',
  'store_v2_customers',
  'store_v2_marketing',
  'store_v2_content',
  'store_v2_information_read_only',
  'store_v2_products_read_only',
];

export type ScopeArea =
  | 'store_v2_orders'
  | 'store_v2_transactions'
  | 'store_v2_customers'
  | 'store_v2_marketing'
  | 'store_v2_content'
  | 'store_content_checkout'
  | 'store_v2_information'
  | 'store_v2_products';

/** A requirement is satisfied when ANY of the listed areas grants the access. */
export type ScopeRequirement = { anyOf: ScopeArea[] } | 'none';

const isRead = (method: string) => method === 'GET' || method === 'HEAD';

export function grants(scopes: readonly string[], area: ScopeArea, method: string): boolean {
  if (scopes.includes(area)) return true;
  return isRead(method) && scopes.includes(`${area}_read_only`);
}

export function satisfies(scopes: readonly string[], req: ScopeRequirement, method: string): boolean {
  if (req === 'none') return true;
  return req.anyOf.some((area) => grants(scopes, area, method));
}

/**
 * Which scope an API path needs. `path` is relative to /stores/{hash}, e.g. "/v3/customers".
 * Refund endpoints list their own alternatives (orders.v3.yml createOrderRefund/getOrderRefunds).
 */
export function requirementFor(path: string, method: string): ScopeRequirement {
  if (/^\/v3\/hooks(\/|$)/.test(path)) return 'none';
  if (/^\/v3\/orders\/(\d+\/)?payment_actions\/refunds/.test(path)) {
    return { anyOf: ['store_v2_orders', 'store_v2_transactions'] };
  }
  if (/^\/v3\/orders\//.test(path)) return { anyOf: ['store_v2_transactions'] };
  if (/^\/v2\/(orders|order_statuses)(\/|$)/.test(path)) return { anyOf: ['store_v2_orders'] };
  if (/^\/v2\/(store|time)$/.test(path)) return { anyOf: ['store_v2_information'] };
  if (/^\/v3\/customers(\/|$)/.test(path)) return { anyOf: ['store_v2_customers'] };
  if (/^\/v3\/catalog(\/|$)/.test(path)) return { anyOf: ['store_v2_products'] };
  if (/^\/v3\/promotions(\/|$)/.test(path) || /^\/v2\/coupons(\/|$)/.test(path)) return { anyOf: ['store_v2_marketing'] };
  if (/^\/v3\/content(\/|$)/.test(path)) return { anyOf: ['store_v2_content'] };
  void method;
  // Unknown endpoints fall through to a 404 from the router; no scope decides that.
  return 'none';
}
