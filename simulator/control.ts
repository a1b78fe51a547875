// The in-process control API: what a test, the demo or a benchmark does "on the BigCommerce side"
// (create stores, install, place orders, refund, break things). The HTTP control routes call this
// same object, so there is one implementation.

import type { Engine } from './core/engine.js';
import type {
  CouponV2,
  Customer,
  Hook,
  Order,
  Product,
  Promotion,
  PromotionCode,
  Refund,
  Script,
  StoreState,
  StoreUser,
  Subscriber,
} from './core/types.js';
import { SimError } from './core/errors.js';
import { toMs } from './core/dates.js';
import { addUser, createStore, type CreateStoreInput } from './domain/stores.js';
import { beginInstall, createApiAccount, deleteApiAccount, uninstall, type BeginInstallOptions, type BeginInstallResult } from './auth/install.js';
import { encodeJwt, signedPayloadClaims, type SignedPayloadOptions } from './auth/jwt.js';
import { createCustomers, deleteCustomers, updateCustomers, type CustomerInput } from './domain/customers.js';
import { createSubscriber, deleteSubscriber, updateSubscriber, type SubscriberInput } from './domain/subscribers.js';
import { createProduct, deleteProduct, updateProduct, type ProductInput } from './domain/products.js';
import { archiveOrder, cartConverted, createOrder, getOrder, setOrderStatus, type CreateOrderInput } from './domain/orders.js';
import { createRefund, refundBody } from './domain/refunds.js';
import { createPromotion, createPromotionCode, updatePromotion } from './domain/promotions.js';
import { createCoupon } from './domain/coupons.js';
import type { DeliveryRecord } from './webhooks/dispatcher.js';

export type CallbackKind = 'load' | 'uninstall' | 'remove_user';

export type RefundInput =
  | { amountCents: number; reason?: string; at?: Date | number | string }
  | { items: Array<{ orderProductId: number; quantity: number }>; reason?: string; at?: Date | number | string };

export interface FaultSpec {
  status: 429 | 500 | 502 | 503;
  count: number;
  /** store-relative ("/v2/orders") or absolute ("/stores/{hash}/v2/orders") */
  pathPrefix?: string;
  method?: string;
  /**
   * For 429: the X-Rate-Limit-Time-Reset-Ms to advertise (X-Retry-After follows). Default: what is
   * left of the store's window x timeScale, so clients that honour the headers stay fast in tests.
   */
  resetMs?: number;
}

export interface ApiAccountInfo {
  accessToken: string;
  clientId: string;
  clientSecret: string;
  /** `${url}/stores/{hash}/v3/` */
  apiPath: string;
}

export interface SimulatorControl {
  // ---- stores and users
  createStore(input?: CreateStoreInput): StoreState;
  getStore(hash: string): StoreState;
  listStores(): StoreState[];
  addUser(hash: string, user: { id?: number; email: string; username?: string; locale?: string }): StoreUser;

  // ---- app lifecycle
  beginInstall(hash: string, opts?: BeginInstallOptions): BeginInstallResult;
  signedPayload(hash: string, opts?: SignedPayloadOptions): string;
  callbackUrl(kind: CallbackKind, hash: string, opts?: SignedPayloadOptions): string;
  uninstall(hash: string): void;
  /** the app's live access token for the store, if installed */
  accessToken(hash: string): string | undefined;
  createApiAccount(hash: string, scopes: string[]): ApiAccountInfo;
  deleteApiAccount(hash: string, clientId: string): void;

  // ---- data (each change fires the webhooks BigCommerce would fire)
  createCustomer(hash: string, input?: CustomerInput): Customer;
  updateCustomer(hash: string, id: number, patch: CustomerInput): Customer;
  deleteCustomer(hash: string, id: number): void;
  createSubscriber(hash: string, input?: SubscriberInput): Subscriber;
  updateSubscriber(hash: string, id: number, patch: SubscriberInput): Subscriber;
  deleteSubscriber(hash: string, id: number): void;
  createProduct(hash: string, input?: ProductInput): Product;
  updateProduct(hash: string, id: number, patch: ProductInput): Product;
  deleteProduct(hash: string, id: number): void;
  createOrder(hash: string, input?: CreateOrderInput): Order;
  getOrder(hash: string, id: number): Order;
  setOrderStatus(hash: string, id: number, statusId: number): Order;
  createRefund(hash: string, orderId: number, input: RefundInput): Refund;
  archiveOrder(hash: string, id: number): Order;
  cartConverted(hash: string, cartId: string, orderId: number): void;
  /** a promotion created by the merchant in the control panel (created_from: react_ui); no webhook */
  createPromotion(hash: string, body: Record<string, unknown>): Promotion;
  createPromotionCode(hash: string, promotionId: number, body: { code: string; max_uses?: number; max_uses_per_customer?: number }): PromotionCode;
  /** an edit made in the control panel: bumps the promotion's modification time, fires nothing */
  editPromotionAsMerchant(hash: string, id: number, patch: Record<string, unknown>): Promotion;
  createCoupon(hash: string, body: Record<string, unknown>): CouponV2;

  // ---- getters
  listCustomers(hash: string): Customer[];
  listSubscribers(hash: string): Subscriber[];
  listProducts(hash: string): Product[];
  listOrders(hash: string): Order[];
  listRefunds(hash: string): Refund[];
  listPromotions(hash: string): Promotion[];
  listCoupons(hash: string): CouponV2[];
  listHooks(hash: string): Hook[];
  listScripts(hash: string): Script[];
  deliveries(hash?: string): DeliveryRecord[];
  waitForDeliveries(hash?: string): Promise<void>;

  // ---- fault injection and webhook behaviour
  injectFaults(hash: string, spec: FaultSpec): void;
  clearFaults(hash: string): void;
  setWebhookDuplicates(hash: string, n: number): void;
  pauseWebhooks(hash: string): void;
  resumeWebhooks(hash: string): void;
  dropNextWebhooks(hash: string, n: number): void;

  // ---- rate limits and request accounting
  setRateLimit(hash: string, limit: { quota: number; windowMs: number }): void;
  requestCount(hash: string): number;
  resetRequestCount(hash: string): void;
  rateLimitedCount(hash: string): number;

  /** runs `fn` with the store's webhooks suppressed (seeding) */
  silently<T>(hash: string, fn: () => T): T;
}

export function createControl(engine: Engine): SimulatorControl {
  const store = (hash: string) => engine.store(hash);

  const control: SimulatorControl = {
    createStore: (input) => createStore(engine, input),
    getStore: (hash) => store(hash),
    listStores: () => [...engine.stores.values()],
    addUser: (hash, user) => addUser(store(hash), user),

    beginInstall: (hash, opts) => {
      requireAppUrl(engine, 'beginInstall');
      return beginInstall(engine, hash, opts);
    },
    signedPayload: (hash, opts = {}) => {
      const s = store(hash);
      const claims = signedPayloadClaims(s, engine.config.clientId, Math.floor(engine.now() / 1000), opts);
      return encodeJwt(claims, opts.secret ?? engine.config.clientSecret, opts.alg ?? 'HS256');
    },
    callbackUrl: (kind, hash, opts) => {
      requireAppUrl(engine, 'callbackUrl');
      return `${engine.config.appUrl}/${kind}?signed_payload_jwt=${encodeURIComponent(control.signedPayload(hash, opts))}`;
    },
    uninstall: (hash) => uninstall(engine, hash),
    accessToken: (hash) => {
      const install = store(hash).install;
      return install?.installed ? install.token : undefined;
    },
    createApiAccount: (hash, scopes) => {
      const a = createApiAccount(engine, hash, scopes);
      return { accessToken: a.accessToken, clientId: a.clientId, clientSecret: a.clientSecret, apiPath: `${engine.baseUrl}/stores/${hash}/v3/` };
    },
    deleteApiAccount: (hash, clientId) => deleteApiAccount(engine, hash, clientId),

    createCustomer: (hash, input = {}) => {
      const s = store(hash);
      const n = s.seq.customer + 1;
      const [c] = createCustomers(engine, s, [{ first_name: 'Alex', last_name: `Customer${n}`, email: `customer${n}.${hash}@example.com`, ...input }]);
      return c as Customer;
    },
    updateCustomer: (hash, id, patch) => updateCustomers(engine, store(hash), [{ ...patch, id }])[0] as Customer,
    deleteCustomer: (hash, id) => {
      const s = store(hash);
      if (!s.customers.has(id)) throw new SimError(404, `Customer ${id} not found`);
      deleteCustomers(engine, s, [id]);
    },
    createSubscriber: (hash, input = {}) => {
      const s = store(hash);
      return createSubscriber(engine, s, { email: `subscriber${s.seq.subscriber + 1}.${hash}@example.com`, ...input });
    },
    updateSubscriber: (hash, id, patch) => updateSubscriber(engine, store(hash), id, patch),
    deleteSubscriber: (hash, id) => {
      const s = store(hash);
      if (!s.subscribers.has(id)) throw new SimError(404, `Subscriber ${id} not found`);
      deleteSubscriber(engine, s, id);
    },
    createProduct: (hash, input = {}) => {
      const s = store(hash);
      return createProduct(engine, s, { name: `Product ${s.seq.product + 1}`, type: 'physical', weight: 1, price: 25, ...input });
    },
    updateProduct: (hash, id, patch) => updateProduct(engine, store(hash), id, patch),
    deleteProduct: (hash, id) => {
      if (!deleteProduct(engine, store(hash), id)) throw new SimError(404, `Product ${id} not found`);
    },
    createOrder: (hash, input = {}) => createOrder(engine, store(hash), input),
    getOrder: (hash, id) => getOrder(store(hash), id),
    setOrderStatus: (hash, id, statusId) => setOrderStatus(engine, store(hash), id, statusId),
    createRefund: (hash, orderId, input) => {
      const s = store(hash);
      const order = getOrder(s, orderId);
      const body = refundBody(order, input);
      return createRefund(engine, s, orderId, body, { at: input.at === undefined ? undefined : toMs(input.at, engine.now()) });
    },
    archiveOrder: (hash, id) => archiveOrder(engine, store(hash), id),
    cartConverted: (hash, cartId, orderId) => cartConverted(engine, store(hash), cartId, orderId),
    createPromotion: (hash, body) => createPromotion(engine, store(hash), body, 'react_ui'),
    createPromotionCode: (hash, promotionId, body) => createPromotionCode(engine, store(hash), promotionId, body),
    editPromotionAsMerchant: (hash, id, patch) => updatePromotion(engine, store(hash), id, patch),
    createCoupon: (hash, body) => createCoupon(engine, store(hash), body),

    listCustomers: (hash) => [...store(hash).customers.values()],
    listSubscribers: (hash) => [...store(hash).subscribers.values()],
    listProducts: (hash) => [...store(hash).products.values()],
    listOrders: (hash) => [...store(hash).orders.values()],
    listRefunds: (hash) => [...store(hash).refunds.values()],
    listPromotions: (hash) => [...store(hash).promotions.values()],
    listCoupons: (hash) => [...store(hash).coupons.values()],
    listHooks: (hash) => [...store(hash).hooks.values()],
    listScripts: (hash) => [...store(hash).scripts.values()],
    deliveries: (hash) => engine.dispatcher.deliveries(hash),
    waitForDeliveries: (hash) => engine.dispatcher.waitIdle(hash),

    injectFaults: (hash, spec) => {
      if (![429, 500, 502, 503].includes(spec.status)) throw new SimError(422, 'status must be 429, 500, 502 or 503');
      if (!Number.isInteger(spec.count) || spec.count < 1) throw new SimError(422, 'count must be a positive integer');
      store(hash).faults.push({ status: spec.status, remaining: spec.count, pathPrefix: spec.pathPrefix, method: spec.method, resetMs: spec.resetMs });
    },
    clearFaults: (hash) => {
      store(hash).faults = [];
    },
    setWebhookDuplicates: (hash, n) => {
      store(hash).webhookControl.duplicates = Math.max(0, Math.floor(n));
    },
    pauseWebhooks: (hash) => {
      store(hash).webhookControl.paused = true;
    },
    resumeWebhooks: (hash) => {
      const s = store(hash);
      s.webhookControl.paused = false;
      engine.dispatcher.resume(s);
    },
    dropNextWebhooks: (hash, n) => {
      store(hash).webhookControl.dropNext = Math.max(0, Math.floor(n));
    },

    setRateLimit: (hash, limit) => {
      const r = store(hash).rate;
      r.quota = limit.quota;
      r.windowMs = limit.windowMs;
      r.windowStart = engine.now();
      r.used = 0;
    },
    requestCount: (hash) => store(hash).rate.requestCount,
    resetRequestCount: (hash) => {
      const r = store(hash).rate;
      r.requestCount = 0;
      r.rateLimitedCount = 0;
    },
    rateLimitedCount: (hash) => store(hash).rate.rateLimitedCount,

    silently: (hash, fn) => engine.silently(store(hash), fn),
  };
  return control;
}

function requireAppUrl(engine: Engine, op: string): void {
  if (!engine.config.appUrl) throw new SimError(422, `${op} needs the simulator's appUrl option`);
}
