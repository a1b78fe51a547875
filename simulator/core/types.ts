// In-memory state of simulated stores. Money is integer cents, times are epoch ms.
// Rendering to BigCommerce's wire formats lives next to each resource in domain/.

export interface StoreUser {
  id: number;
  email: string;
  username: string;
  locale: string;
}

/** What `/v2/store` reports, minus derived fields (urls, ids). */
export interface StoreInfo {
  name: string;
  domain: string;
  firstName: string;
  lastName: string;
  address: string;
  country: string;
  countryCode: string;
  phone: string;
  adminEmail: string;
  orderEmail: string;
  planName: string;
  planLevel: string;
  planIsTrial: boolean;
  industry: string;
  currency: string;
  currencySymbol: string;
  timezone: string;
  language: string;
  weightUnits: string;
  dimensionUnits: string;
  status: string;
  isPriceEnteredWithTax: boolean;
  multiStorefront: boolean;
}

export interface TokenGrant {
  token: string;
  storeHash: string;
  clientId: string;
  scopes: string[];
  /** 'app' = issued by the OAuth install of the app, 'account' = store-level API account. */
  kind: 'app' | 'account';
  revoked: boolean;
  createdAt: number;
}

export interface AppInstall {
  clientId: string;
  token: string;
  scopes: string[];
  installedAt: number;
  user: StoreUser;
  installed: boolean;
}

export interface ApiAccount {
  clientId: string;
  clientSecret: string;
  accessToken: string;
  scopes: string[];
}

export interface PendingGrant {
  code: string;
  storeHash: string;
  clientId: string;
  scopes: string[];
  user: StoreUser;
  expiresAt: number;
  used: boolean;
}

export interface Address {
  firstName: string;
  lastName: string;
  company: string;
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  countryIso2: string;
  phone: string;
}

export interface CustomerAddress extends Address {
  id: number;
  addressType: 'residential' | 'commercial';
}

export interface CustomerAttributeValue {
  id: number;
  attributeId: number;
  value: string;
  dateCreated: number;
  dateModified: number;
}

export interface Customer {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  phone: string;
  notes: string;
  taxExemptCategory: string;
  customerGroupId: number;
  registrationIpAddress: string;
  dateCreated: number;
  dateModified: number;
  addresses: CustomerAddress[];
  attributes: CustomerAttributeValue[];
  formFields: Array<{ name: string; value: string | number | string[] }>;
  storeCreditCents: number;
  acceptsMarketingEmails: boolean;
  originChannelId: number;
  channelIds: number[] | null;
  forcePasswordReset: boolean;
}

export interface Subscriber {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  source: string;
  orderId: number | null;
  channelId: number;
  consents: string[];
  dateCreated: number;
  dateModified: number;
}

export interface ProductImage {
  id: number;
  productId: number;
  isThumbnail: boolean;
  sortOrder: number;
  description: string;
  imageFile: string;
  urlZoom: string;
  urlStandard: string;
  urlThumbnail: string;
  urlTiny: string;
  dateModified: number;
}

export interface ProductVariant {
  id: number;
  productId: number;
  sku: string;
  skuId: number | null;
  priceCents: number | null;
  inventoryLevel: number;
  optionValues: Array<{ id: number; label: string; option_id: number; option_display_name: string }>;
}

export interface Product {
  id: number;
  name: string;
  type: 'physical' | 'digital';
  sku: string;
  description: string;
  weight: number;
  width: number;
  depth: number;
  height: number;
  priceCents: number;
  costPriceCents: number;
  retailPriceCents: number;
  salePriceCents: number;
  mapPriceCents: number;
  taxClassId: number;
  categories: number[];
  brandId: number;
  inventoryLevel: number;
  inventoryWarningLevel: number;
  inventoryTracking: 'none' | 'product' | 'variant';
  totalSold: number;
  isFreeShipping: boolean;
  fixedCostShippingPriceCents: number;
  isVisible: boolean;
  isFeatured: boolean;
  warranty: string;
  searchKeywords: string;
  availability: 'available' | 'disabled' | 'preorder';
  condition: 'New' | 'Used' | 'Refurbished';
  customUrl: { url: string; is_customized: boolean };
  upc: string;
  mpn: string;
  gtin: string;
  pageTitle: string;
  metaDescription: string;
  sortOrder: number;
  dateCreated: number;
  dateModified: number;
  images: ProductImage[];
  variants: ProductVariant[];
  customFields: Array<{ id: number; name: string; value: string }>;
}

export interface OrderAppliedDiscount {
  id: string;
  name: string;
  code: string | null;
  cents: number;
}

export interface OrderLineItem {
  id: number;
  productId: number;
  variantId: number;
  name: string;
  sku: string;
  type: 'physical' | 'digital';
  quantity: number;
  /** unit price excluding tax */
  priceCents: number;
  /** tax of the whole line (all units); kept per line so cents stay integral */
  lineTaxCents: number;
  quantityRefunded: number;
  quantityShipped: number;
  appliedDiscounts: OrderAppliedDiscount[];
  brand: string;
  weight: number;
}

export interface OrderCoupon {
  id: number;
  couponId: number;
  code: string;
  /** configured value (percent or money as a number), as BigCommerce reports it */
  amount: number;
  /** 0 per_item, 1 percentage, 2 per_total, 3 shipping, 4 free_shipping, 5 promotion */
  type: number;
  discountCents: number;
}

export interface Order {
  id: number;
  customerId: number;
  statusId: number;
  dateCreated: number;
  dateModified: number;
  dateShipped: number | null;
  billing: Address & { email: string };
  shipping: Address & { id: number; email: string; shippingMethod: string };
  lineItems: OrderLineItem[];
  subtotalExCents: number;
  subtotalTaxCents: number;
  shippingExCents: number;
  shippingTaxCents: number;
  handlingCents: number;
  wrappingCents: number;
  discountCents: number;
  couponDiscountCents: number;
  storeCreditCents: number;
  giftCertificateCents: number;
  coupons: OrderCoupon[];
  currencyCode: string;
  storeCurrencyCode: string;
  exchangeRate: number;
  cartId: string;
  channelId: number;
  orderSource: string;
  paymentMethod: string;
  paymentProviderId: string;
  isDeleted: boolean;
  isEmailOptIn: boolean;
  customerMessage: string;
  staffNotes: string;
  ipAddress: string;
  geoipCountry: string;
  geoipCountryIso2: string;
  customerLocale: string;
  externalSource: string | null;
  externalId: string | null;
  externalOrderId: string;
  /** sum of V3 refunds (cents); V2 `refunded_amount` is deliberately not derived from it */
  refundedCents: number;
}

export interface RefundItem {
  itemType: 'PRODUCT' | 'GIFT_WRAPPING' | 'SHIPPING' | 'HANDLING' | 'ORDER' | 'FEE';
  itemId: number;
  quantity?: number;
  requestedCents?: number;
  reason: string;
}

export interface RefundPayment {
  id: number;
  providerId: string;
  cents: number;
  offline: boolean;
  isDeclined: boolean;
  declinedMessage: string;
  transactionId: string;
}

export interface Refund {
  id: number;
  orderId: number;
  userId: number;
  created: number;
  reason: string;
  totalCents: number;
  totalTaxCents: number;
  usesMerchantOverride: boolean;
  items: RefundItem[];
  payments: RefundPayment[];
}

export interface PromotionCode {
  id: number;
  code: string;
  currentUses: number;
  maxUses: number;
  maxUsesPerCustomer: number;
  created: number;
  /** uses per customer key (customer id or guest email), for max_uses_per_customer */
  usesByCustomer: Map<string, number>;
}

export interface Promotion {
  id: number;
  redemptionType: 'AUTOMATIC' | 'COUPON';
  name: string;
  displayName: string;
  channels: Array<{ id: number }>;
  customer: Record<string, unknown>;
  rules: Array<Record<string, unknown>>;
  currentUses: number;
  maxUses: number | undefined;
  status: 'ENABLED' | 'DISABLED' | 'INVALID';
  startDate: string;
  endDate: string | null;
  stop: boolean;
  canBeUsedWithOtherPromotions: boolean;
  currencyCode: string;
  notifications: Array<Record<string, unknown>>;
  shippingAddress: Record<string, unknown> | undefined;
  schedule: Record<string, unknown> | undefined;
  createdFrom: 'react_ui' | 'legacy_ui' | 'api';
  couponType: 'SINGLE' | 'BULK';
  couponOverridesOtherPromotions: boolean;
  codes: PromotionCode[];
  /** not exposed by the API (promotions have no date fields); kept for control-side inspection */
  dateModified: number;
}

export type CouponV2Type =
  | 'per_item_discount'
  | 'per_total_discount'
  | 'shipping_discount'
  | 'free_shipping'
  | 'percentage_discount';

export interface CouponV2 {
  id: number;
  name: string;
  type: CouponV2Type;
  amountCents: number;
  /** percentage_discount amounts are percents, kept as hundredths to stay integral */
  minPurchaseCents: number;
  expires: number | null;
  enabled: boolean;
  code: string;
  appliesTo: { entity?: string; ids?: number[] };
  numUses: number;
  maxUses: number;
  maxUsesPerCustomer: number;
  usesByCustomer: Map<string, number>;
  restrictedTo: Record<string, unknown>;
  shippingMethods: string[];
  dateCreated: number;
  dateModified: number;
}

export interface Hook {
  id: number;
  clientId: string;
  storeHash: string;
  scope: string;
  destination: string;
  isActive: boolean;
  /** set when the platform (not the app) switched the hook off after the last failed retry */
  deactivated: boolean;
  headers: Record<string, string> | null;
  createdAt: number;
  updatedAt: number;
}

export interface Script {
  uuid: string;
  clientId: string;
  name: string;
  description: string;
  html: string;
  src: string;
  autoUninstall: boolean;
  loadMethod: 'default' | 'async' | 'defer';
  location: 'head' | 'footer';
  visibility: 'storefront' | 'all_pages' | 'checkout' | 'order_confirmation';
  kind: 'src' | 'script_tag';
  consentCategory: 'essential' | 'functional' | 'analytics' | 'targeting' | 'unknown';
  enabled: boolean;
  channelId: number;
  integrityHashes: string[];
  dateCreated: number;
  dateModified: number;
}

export interface Fault {
  status: 429 | 500 | 502 | 503;
  remaining: number;
  pathPrefix?: string;
  method?: string;
  /** for 429: the X-Rate-Limit-Time-Reset-Ms to advertise */
  resetMs?: number;
}

export interface RateState {
  quota: number;
  windowMs: number;
  windowStart: number;
  used: number;
  requestCount: number;
  rateLimitedCount: number;
}

export interface Sequences {
  customer: number;
  address: number;
  attributeValue: number;
  subscriber: number;
  product: number;
  image: number;
  variant: number;
  order: number;
  orderProduct: number;
  orderAddress: number;
  orderCoupon: number;
  refund: number;
  refundPayment: number;
  promotion: number;
  promotionCode: number;
  coupon: number;
  hook: number;
  user: number;
}

export interface StoreState {
  hash: string;
  storeId: number;
  accountUuid: string;
  createdAt: number;
  info: StoreInfo;
  owner: StoreUser;
  users: Map<number, StoreUser>;
  install: AppInstall | null;
  apiAccounts: Map<string, ApiAccount>;
  customers: Map<number, Customer>;
  subscribers: Map<number, Subscriber>;
  products: Map<number, Product>;
  orders: Map<number, Order>;
  refunds: Map<number, Refund>;
  promotions: Map<number, Promotion>;
  coupons: Map<number, CouponV2>;
  hooks: Map<number, Hook>;
  scripts: Map<string, Script>;
  hookAdminEmails: string[];
  seq: Sequences;
  rate: RateState;
  faults: Fault[];
  webhookControl: { paused: boolean; duplicates: number; dropNext: number };
  /** >0 while seeding: data changes fire no webhooks */
  silent: number;
}
