// Webhook subscriptions (webhooks.v3.yml; README §5.1). Hooks are private to the client id that
// created them. Limits: 10 per (store, client, scope); 1 per (store, client, scope, destination).

import type { Engine } from '../core/engine.js';
import type { Hook, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { unixSeconds } from '../core/dates.js';

/** Scopes from specs/webhooks/callbacks (file names with "_" -> "/") plus a few documented extras. */
const KNOWN_SCOPES = new Set(
  `store_app_uninstalled store_brand_metafield_created store_brand_metafield_deleted store_brand_metafield_updated
  store_cart_abandoned store_cart_converted store_cart_couponApplied store_cart_created store_cart_deleted
  store_cart_lineItem_created store_cart_lineItem_deleted store_cart_lineItem_updated store_cart_metafield_created
  store_cart_metafield_deleted store_cart_metafield_updated store_cart_updated store_category_created
  store_category_deleted store_category_metafield_created store_category_metafield_deleted
  store_category_metafield_updated store_category_updated store_channel_metafield_created
  store_channel_metafield_deleted store_channel_metafield_updated store_customer_address_created
  store_customer_address_deleted store_customer_address_updated store_customer_channel_login_access_updated
  store_customer_created store_customer_deleted store_customer_payment_instrument_default_updated
  store_customer_updated store_information_updated store_inventory_location_created
  store_inventory_location_metafield_created store_inventory_location_metafield_deleted
  store_inventory_location_metafield_updated store_inventory_location_updated store_metafield_created
  store_metafield_deleted store_metafield_updated store_modifier_updated store_option_updated store_order_archived
  store_order_created store_order_message_created store_order_metafield_created store_order_metafield_deleted
  store_order_metafield_updated store_order_refund_created store_order_statusUpdated store_order_transaction_created
  store_order_transaction_updated store_order_updated store_priceList_activated store_priceList_assignment_updated
  store_priceList_created store_priceList_deactivated store_priceList_record_created store_priceList_record_deleted
  store_priceList_record_updated store_priceList_records_created store_priceList_records_deleted
  store_priceList_records_updated store_product_created store_product_deleted store_product_inventory_order_updated
  store_product_inventory_updated store_product_metafield_created store_product_metafield_deleted
  store_product_metafield_updated store_product_updated store_redirects_updated store_shipment_created
  store_shipment_deleted store_shipment_updated store_sku_created store_sku_deleted store_sku_inventory_order_updated
  store_sku_inventory_updated store_sku_updated store_store_metafield_created store_store_metafield_deleted
  store_store_metafield_updated store_subscriber_created store_subscriber_deleted store_subscriber_updated
  store_variant_metafield_created store_variant_metafield_deleted store_variant_metafield_updated
  store_hook_deliveryException`
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => s.replace(/_/g, '/')),
);

export function isValidScope(scope: string): boolean {
  if (KNOWN_SCOPES.has(scope)) return true;
  if (!scope.endsWith('/*')) return false;
  const prefix = scope.slice(0, -1);
  for (const known of KNOWN_SCOPES) if (known.startsWith(prefix) && known.length > prefix.length) return true;
  return false;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * BigCommerce requires https on port 443. Loopback destinations (http or any port) are accepted
 * so tests and the demo can receive deliveries locally.
 */
export function destinationError(destination: unknown): string | null {
  if (typeof destination !== 'string' || destination === '') return 'error.path.missing.';
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return 'destination must be a valid URL';
  }
  if (LOOPBACK.has(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'destination must be http(s)';
  if (url.protocol !== 'https:') return 'destination must use https';
  if (url.port !== '' && url.port !== '443') return 'destination must use port 443';
  return null;
}

function validateHeaders(headers: unknown): string | null {
  if (headers === undefined || headers === null) return null;
  if (typeof headers !== 'object' || Array.isArray(headers)) return 'headers must be an object of string values';
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
    if (typeof v !== 'string') return `headers.${k} must be a string`;
  }
  return null;
}

type Body = Record<string, unknown>;

function checkLimits(store: StoreState, clientId: string, scope: string, destination: string, exceptId?: number): void {
  let sameScope = 0;
  for (const h of store.hooks.values()) {
    if (h.id === exceptId || h.clientId !== clientId || h.scope !== scope) continue;
    sameScope += 1;
    if (h.destination === destination) {
      throw new SimError(422, 'JSON data is missing or invalid', { destination: `A webhook for scope ${scope} and this destination already exists (id ${h.id})` });
    }
  }
  if (sameScope >= 10) throw new SimError(422, 'JSON data is missing or invalid', { scope: `At most 10 webhooks per scope are allowed (${scope})` });
}

export function createHook(engine: Engine, store: StoreState, clientId: string, body: Body): Hook {
  const fields: Record<string, string> = {};
  if (typeof body.scope !== 'string' || body.scope === '') fields.scope = 'error.path.missing.';
  else if (!isValidScope(body.scope)) fields.scope = `Unknown scope ${body.scope}`;
  const destErr = destinationError(body.destination);
  if (destErr) fields.destination = destErr;
  const headersErr = validateHeaders(body.headers);
  if (headersErr) fields.headers = headersErr;
  if (body.is_active !== undefined && typeof body.is_active !== 'boolean') fields.is_active = 'is_active must be a boolean';
  if (Object.keys(fields).length > 0) throw new SimError(422, 'JSON data is missing or invalid', fields);
  checkLimits(store, clientId, body.scope as string, body.destination as string);
  const now = unixSeconds(engine.now());
  const hook: Hook = {
    id: ++store.seq.hook,
    clientId,
    storeHash: store.hash,
    scope: body.scope as string,
    destination: body.destination as string,
    isActive: body.is_active !== false,
    deactivated: false,
    headers: (body.headers as Record<string, string> | null | undefined) ?? null,
    createdAt: now,
    updatedAt: now,
  };
  store.hooks.set(hook.id, hook);
  return hook;
}

export function getOwnHook(store: StoreState, clientId: string, id: number): Hook {
  const hook = store.hooks.get(id);
  if (!hook || hook.clientId !== clientId) throw new SimError(404, `Webhook with id [${id}] not found`);
  return hook;
}

export function updateHook(engine: Engine, store: StoreState, clientId: string, id: number, body: Body): Hook {
  const hook = getOwnHook(store, clientId, id);
  const fields: Record<string, string> = {};
  if (!['scope', 'destination', 'is_active', 'headers'].some((k) => body[k] !== undefined)) {
    throw new SimError(422, 'JSON data is missing or invalid', { body: 'at least one of scope, destination, is_active, headers is required' });
  }
  if (body.scope !== undefined && (typeof body.scope !== 'string' || !isValidScope(body.scope))) fields.scope = `Unknown scope ${String(body.scope)}`;
  if (body.destination !== undefined) {
    const e = destinationError(body.destination);
    if (e) fields.destination = e;
  }
  const headersErr = validateHeaders(body.headers);
  if (headersErr) fields.headers = headersErr;
  if (body.is_active !== undefined && typeof body.is_active !== 'boolean') fields.is_active = 'is_active must be a boolean';
  if (Object.keys(fields).length > 0) throw new SimError(422, 'JSON data is missing or invalid', fields);
  const scope = (body.scope as string | undefined) ?? hook.scope;
  const destination = (body.destination as string | undefined) ?? hook.destination;
  if (scope !== hook.scope || destination !== hook.destination) checkLimits(store, clientId, scope, destination, hook.id);
  hook.scope = scope;
  hook.destination = destination;
  if (body.headers !== undefined) hook.headers = (body.headers as Record<string, string> | null) ?? null;
  if (typeof body.is_active === 'boolean') {
    hook.isActive = body.is_active;
    hook.deactivated = false;
  }
  hook.updatedAt = unixSeconds(engine.now());
  return hook;
}

export function deleteHook(store: StoreState, clientId: string, id: number): Hook {
  const hook = getOwnHook(store, clientId, id);
  store.hooks.delete(id);
  return hook;
}

export function renderHook(h: Hook): Record<string, unknown> {
  return {
    id: h.id,
    client_id: h.clientId,
    store_hash: h.storeHash,
    scope: h.scope,
    destination: h.destination,
    headers: h.headers,
    is_active: h.isActive,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
  };
}

export function hookAdminStatus(h: Hook): 'active' | 'inactive' | 'deactivated' {
  if (h.isActive) return 'active';
  return h.deactivated ? 'deactivated' : 'inactive';
}
