// Friendly names for the BigCommerce payloads Tandem uses, derived from the generated spec types
// (server/bigcommerce/generated/*, regenerate with `npm run gen:bc-types`).
//
// The specs mark almost every response property optional and get a few types wrong. Where that
// matters the alias is corrected here, each time with the reason:
//   - "always present" identity fields (ids, status, timestamps) are made required, because a
//     record without them is unusable and the client would rather fail loudly than pass undefined;
//   - money/number fields that BigCommerce sends in more than one JSON type are widened so that
//     callers go through money.ts instead of trusting one representation.

import type { components as StoreInfoSpec } from './generated/store_information.v2.js';
import type { components as OrdersV2Spec } from './generated/orders.v2.js';
import type { components as OrdersV3Spec } from './generated/orders.v3.js';
import type { components as CustomersSpec } from './generated/customers.v3.js';
import type { components as SubscribersSpec } from './generated/subscribers.v3.js';
import type { components as CatalogSpec } from './generated/products_catalog.v3.js';
import type { components as PromotionsSpec } from './generated/promotions.v3.js';
import type { components as MarketingSpec } from './generated/marketing.v2.js';
import type { components as ScriptsSpec } from './generated/scripts.v3.js';
import type { components as WebhooksSpec } from './generated/webhooks.v3.js';

/** T with K required and non-undefined (null stays allowed where the spec allows it). */
type Need<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };
/** Replace the types of some properties. */
type Patch<T, P> = Omit<T, keyof P> & P;

/** Money as it appears on the wire: V2 decimal strings, V3 numbers. Parse with toMinorUnits(). */
export type BcMoney = string | number;

// ---------------------------------------------------------------------------------------------
// Store information (V2)

type StoreInfoS = StoreInfoSpec['schemas'];
/**
 * GET /v2/store. `id` is the store hash and is always present. (Spec quirk kept as generated:
 * `logo` is `{ url }` or an empty array when the store has no logo - a PHP empty-object artefact.)
 */
export type BcStoreInfo = Need<StoreInfoS['StoreInformation'], 'id'>;
/** GET /v2/time. */
export type BcTime = Need<StoreInfoS['timeStamp_Full'], 'time'>;

// ---------------------------------------------------------------------------------------------
// Orders (V2)

type OrdersV2S = OrdersV2Spec['schemas'];
/** GET /v2/orders/{id} and list items. */
export type BcOrder = Need<
  OrdersV2S['order_Resp'],
  'id' | 'status_id' | 'customer_id' | 'date_created' | 'date_modified' | 'total_inc_tax' | 'total_ex_tax'
>;
/** GET /v2/orders/count */
export type BcOrderCount = OrdersV2S['ordersCount_Full'];
/** `type` of an order coupon: 0 per_item, 1 percentage, 2 per_total, 3 shipping, 4 free_shipping, 5 promotion. */
export type BcOrderCouponType = NonNullable<OrdersV2S['orderCoupons_Base']['type']>;
/**
 * GET /v2/orders/{id}/coupons item. Spec fix: `discount` is typed `number`, but the spec's own
 * description says "(Float, Float-As-String, Integer)" and V2 money is normally a string, so it is
 * widened; `amount` likewise. `code` stays nullable (coupon-less discounts).
 */
export type BcOrderCoupon = Need<
  Patch<OrdersV2S['orderCoupons_Base'], { amount?: BcMoney; discount?: BcMoney }>,
  'id' | 'coupon_id' | 'order_id' | 'code'
>;
/** Discount applied to an order line. Spec types `amount` as string; widened like all V2 money. */
export type BcOrderProductDiscount = Patch<OrdersV2S['orderProductAppliedDiscounts'], { amount?: BcMoney }>;
/** GET /v2/orders/{id}/products item. `id` is the order product id (used as refund `item_id`). */
export type BcOrderProduct = Need<
  Patch<OrdersV2S['orderProducts'], { applied_discounts?: BcOrderProductDiscount[] }>,
  'id' | 'order_id' | 'product_id' | 'quantity'
>;
export type BcOrderStatus = OrdersV2S['orderStatus_Base'];

/** Query of GET /v2/orders (README §6.4). Dates: formatBcDate(). */
export interface BcOrderQuery {
  min_id?: number;
  max_id?: number;
  min_total?: number;
  max_total?: number;
  customer_id?: number;
  email?: string;
  status_id?: number;
  cart_id?: string;
  payment_method?: string;
  min_date_created?: string;
  max_date_created?: string;
  min_date_modified?: string;
  max_date_modified?: string;
  channel_id?: number;
  external_order_id?: string;
  sort?: `${'id' | 'customer_id' | 'date_created' | 'date_modified' | 'status_id' | 'channel_id' | 'external_id'}:${'asc' | 'desc'}`;
  include?: string;
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Refunds (Orders V3)

type OrdersV3S = OrdersV3Spec['schemas'];
/**
 * Refund line. Spec fix: `requested_amount` is `Amount` (number) in the `Refund` schema but
 * `string | null` in `RefundID_Get`, and the documented example carries `null`; accept all three.
 */
export type BcRefundItem = Patch<OrdersV3S['RefundItem'], { requested_amount?: number | string | null }>;
export type BcRefundPayment = OrdersV3S['RefundPayment'];
/** A refund (GET /v3/orders/payment_actions/refunds/{id}, list items). */
export type BcRefund = Need<
  Patch<OrdersV3S['Refund'], { items?: BcRefundItem[] }>,
  'id' | 'order_id' | 'created' | 'total_amount'
>;
/** POST /v3/orders/{id}/payment_actions/refunds body. */
export type BcRefundCreate = OrdersV3S['RefundRequest_Post'];

export interface BcRefundQuery {
  'order_id:in'?: number[];
  'id:in'?: number[];
  'created:min'?: string;
  'created:max'?: string;
  transaction_id?: string;
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Customers, subscribers (V3)

type CustomersS = CustomersSpec['schemas'];
/**
 * GET /v3/customers item. Spec fix: `channel_ids` is typed `unknown[]`; BigCommerce sends an
 * array of channel ids, or null when the customer is global (README §10.1).
 */
export type BcCustomer = Need<
  Patch<CustomersS['customer_Full'], { channel_ids?: number[] | null }>,
  'id' | 'email' | 'date_created' | 'date_modified'
>;
export type BcCustomerCreate = CustomersS['customer_Post'];

/** Query of GET /v3/customers (README §10.1). Dates: formatBcDate(). */
export interface BcCustomerQuery {
  'id:in'?: number[];
  'email:in'?: string[];
  'name:in'?: string[];
  'name:like'?: string[];
  'customer_group_id:in'?: number[];
  'date_created:min'?: string;
  'date_created:max'?: string;
  'date_modified:min'?: string;
  'date_modified:max'?: string;
  include?: string;
  sort?: `${'date_created' | 'last_name' | 'date_modified'}:${'asc' | 'desc'}`;
  page?: number;
  limit?: number;
}

type SubscribersS = SubscribersSpec['schemas'];
export type BcSubscriberConsent = 'marketing_newsletter' | 'abandoned_cart';
/** GET /v3/customers/subscribers item. */
export type BcSubscriber = Need<SubscribersS['subscriber_Full'], 'id' | 'email' | 'date_created' | 'date_modified'>;
/**
 * POST /v3/customers/subscribers body. Spec fix: `subscriber_Post` is `subscriber_Base` with every
 * property optional, but `email` is required (README §10.2).
 */
export type BcSubscriberCreate = Need<SubscribersS['subscriber_Post'], 'email'>;

export interface BcSubscriberQuery {
  email?: string;
  first_name?: string;
  last_name?: string;
  source?: string;
  order_id?: number;
  'date_created:min'?: string;
  'date_created:max'?: string;
  'date_modified:min'?: string;
  'date_modified:max'?: string;
  id?: number;
  'id:in'?: number[];
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Catalog (V3)

type CatalogS = CatalogSpec['schemas'];
/** GET /v3/catalog/products item. */
export type BcProduct = Need<CatalogS['product_Full'], 'id' | 'name'>;
export type BcProductImage = CatalogS['productImage_Full'];

export interface BcProductQuery {
  id?: number;
  'id:in'?: number[];
  'id:min'?: number;
  'id:max'?: number;
  name?: string;
  sku?: string;
  'sku:in'?: string[];
  is_visible?: boolean;
  'date_modified:min'?: string;
  'date_modified:max'?: string;
  'channel_id:in'?: number[];
  keyword?: string;
  include?: string;
  include_fields?: string;
  exclude_fields?: string;
  sort?: 'id' | 'name' | 'sku' | 'price' | 'date_modified' | 'date_last_imported' | 'inventory_level' | 'is_visible' | 'total_sold' | 'calculated_price';
  direction?: 'asc' | 'desc';
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Promotions and coupon codes (V3)

type PromotionsS = PromotionsSpec['schemas'];
/**
 * A saved promotion (coupon or automatic). Spec fix: `end_date` is typed `string`, but the spec's
 * own description says "if this property is left null, the promotion never expires".
 */
export type BcPromotion =
  | Patch<PromotionsS['SavedCouponPromotion'], { end_date?: string | null }>
  | Patch<PromotionsS['SavedAutomaticPromotion'], { end_date?: string | null }>;
export type BcCouponPromotion = Extract<BcPromotion, { redemption_type: 'COUPON' }>;
export type BcPromotionRule = PromotionsS['Rule'];
export type BcPromotionDiscount = PromotionsS['Discount'];
/**
 * POST /v3/promotions body. (The generated types use `defaultNonNullable: false`, so properties
 * with a documented default such as `can_be_used_with_other_promotions` and a rule's `apply_once`
 * are optional here, as they are on the wire.)
 */
export type BcPromotionCreate =
  | Patch<PromotionsS['DraftCouponPromotion'], { end_date?: string | null }>
  | Patch<PromotionsS['DraftAutomaticPromotion'], { end_date?: string | null }>;
/** PUT /v3/promotions/{id} body (partial; `redemption_type` and `coupon_type` cannot change). */
export type BcPromotionUpdate =
  | Patch<PromotionsS['PatchCouponPromotion'], { end_date?: string | null }>
  | Patch<PromotionsS['PatchAutomaticPromotion'], { end_date?: string | null }>;
/** A coupon code of a promotion. */
export type BcCouponCode = PromotionsS['CouponCode'];
/** POST /v3/promotions/{id}/codes body. */
export interface BcCouponCodeCreate {
  code: string;
  /** 0 = unlimited */
  max_uses?: number;
  /** 0 = unlimited */
  max_uses_per_customer?: number;
}

export interface BcPromotionQuery {
  id?: number;
  name?: string;
  code?: string;
  currency_code?: string;
  redemption_type?: 'automatic' | 'coupon';
  status?: 'enabled' | 'disabled' | 'invalid' | string;
  channels?: string;
  query?: string;
  sort?: 'id' | 'name' | 'priority' | 'start_date';
  direction?: 'asc' | 'desc';
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Legacy coupons (V2 marketing)

type MarketingS = MarketingSpec['schemas'];
/** GET /v2/coupons item (legacy, default-currency-only coupons; prefer promotions). */
export type BcLegacyCoupon = MarketingS['coupon_Full'];
export type BcLegacyCouponCreate = MarketingS['coupon_Base'];

// ---------------------------------------------------------------------------------------------
// Scripts (V3 content)

type ScriptsS = ScriptsSpec['schemas'];
/** A storefront script created by this app. */
export type BcScript = Need<ScriptsS['script_Full'], 'uuid' | 'name'>;
export type BcScriptCreate = ScriptsS['script_Post'];
export type BcScriptUpdate = ScriptsS['script_Put'];

// ---------------------------------------------------------------------------------------------
// Webhooks (V3)

type WebhooksS = WebhooksSpec['schemas'];
/** A webhook registration (`created_at`/`updated_at` are unix seconds). */
export type BcWebhook = Need<WebhooksS['webhook_Full'], 'id'>;
/** POST /v3/hooks body. Do not send `events_history_enabled` (not in the spec snapshot, §5.1). */
export type BcWebhookCreate = WebhooksS['webhook_Base'];
export type BcWebhookUpdate = WebhooksS['webhook_Put'];
export interface BcWebhookQuery {
  is_active?: boolean;
  scope?: string;
  destination?: string;
  page?: number;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Envelopes and paging (shared by all V3 APIs)

export interface BcPagination {
  total?: number;
  count?: number;
  per_page?: number;
  current_page?: number;
  total_pages?: number;
  links?: { previous?: string; current?: string; next?: string };
}
export interface BcCursorPagination {
  count?: number;
  per_page?: number;
  start_cursor?: string;
  end_cursor?: string;
  links?: { previous?: string; current?: string; next?: string };
}
export interface BcV3Meta {
  pagination?: BcPagination;
  cursor_pagination?: BcCursorPagination;
  [key: string]: unknown;
}
export interface BcV3Envelope<T> {
  data: T;
  meta?: BcV3Meta;
}
