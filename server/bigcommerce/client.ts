// The one BigCommerce REST client every Tandem feature uses (README §3, §4).
//
//  - Auth via X-Auth-Token; the token is never logged and never appears in errors.
//  - Every request goes through the per-store RateLimiter (limiter.ts), which paces requests so
//    long jobs rarely meet a 429 and blocks the whole store after one.
//  - Bounded retries with full jitter, only where repeating cannot do harm - see RetryPolicy.
//  - Paging helpers for V2 (page/limit until 204, [] or a short page) and V3 (meta.pagination or
//    cursor links), and typed helpers for the endpoints features use.
//
// Base URL comes from config (BC_API_URL): production https://api.bigcommerce.com, tests the
// simulator. Paths are relative to /stores/{hash}: '/v2/orders', '/v3/catalog/products'.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../lib/logger.js';
import { silentLogger } from '../lib/logger.js';
import { BigCommerceApiError, BigCommerceNetworkError, type HttpMethod } from './errors.js';
import { limiterFor, readRateLimitHeaders, type Permit, type RateLimiter } from './limiter.js';
import type {
  BcCouponCode,
  BcCouponCodeCreate,
  BcCursorPagination,
  BcCustomer,
  BcCustomerQuery,
  BcOrder,
  BcOrderCount,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderQuery,
  BcPagination,
  BcProduct,
  BcProductQuery,
  BcPromotion,
  BcPromotionCreate,
  BcPromotionQuery,
  BcPromotionUpdate,
  BcRefund,
  BcRefundQuery,
  BcScript,
  BcScriptCreate,
  BcScriptUpdate,
  BcStoreInfo,
  BcSubscriber,
  BcSubscriberQuery,
  BcTime,
  BcV3Envelope,
  BcV3Meta,
  BcWebhook,
  BcWebhookCreate,
  BcWebhookQuery,
  BcWebhookUpdate,
} from './types.js';

export type { HttpMethod } from './errors.js';

export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;
/** Query parameters. Arrays become comma lists (`id:in=1,2,3`); undefined/null are dropped. */
export type Query = Readonly<Record<string, QueryValue>>;

/**
 * When a failed request may be sent again.
 *
 *  - 'idempotent' (default for GET, PUT, DELETE): retried on 429, 423, 500/502/503/504, network
 *    errors and timeouts.
 *  - 'safe-create': the same, for a POST whose caller can detect that an earlier attempt succeeded
 *    after all (e.g. it looks the created object up by a unique name/code when the retry answers
 *    409/422 "already exists"). Use only with such a check.
 *  - 'never': no retries at all, not even after a 429.
 *  - (default for POST, no value): retried only after a 429. A 429 means BigCommerce rejected the
 *    request before processing it, so repeating it cannot create anything twice. A 5xx or timeout on
 *    a POST may have created the object, so it is never repeated blindly - a coupon created twice is
 *    a real bug.
 */
export type RetryPolicy = 'idempotent' | 'never' | 'safe-create';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  retry?: RetryPolicy;
  /** Cancels waiting and the request itself (e.g. on shutdown). */
  signal?: AbortSignal;
}

export interface BcResponse<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON body; null for 204 / empty bodies. */
  data: T | null;
}

export interface BigCommerceClientOptions {
  /** e.g. https://api.bigcommerce.com or the simulator URL (config BC_API_URL). */
  apiUrl: string;
  storeHash: string;
  accessToken: string;
  /** Default: limiterFor(apiUrl, storeHash), shared by every client of the store in this process. */
  limiter?: RateLimiter;
  /** Per attempt, including reading the body (default 15000). Time queued in the limiter is not counted. */
  timeoutMs?: number;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** Backoff base for 5xx/network retries and header-less 429s (default 1000 ms). */
  retryBaseMs?: number;
  /** Backoff cap (default 30000 ms). */
  retryMaxDelayMs?: number;
  logger?: Logger;
  /** Default 'Tandem/<version> (+https://github.com/tandem-app/tandem)'. */
  userAgent?: string;
  fetchImpl?: typeof fetch;
  /** Used for retry backoff waits (tests). 429 waits are enforced by the limiter. */
  sleep?: (ms: number) => Promise<void>;
  /** Random source for jitter, [0, 1) (tests). */
  random?: () => number;
}

export interface V3Page<T> {
  items: T[];
  pagination?: BcPagination;
  cursorPagination?: BcCursorPagination;
  meta?: BcV3Meta;
}

const RETRYABLE_STATUS = new Set([423, 429, 500, 502, 503, 504]);
/** Hard stop for paging loops, in case a server keeps answering "there is more". */
const MAX_PAGES = 100_000;
const MAX_ERROR_TEXT = 2000;

let cachedVersion: string | undefined;
/** package.json version, found by walking up from this file (works from src and from dist/). */
function tandemVersion(): string {
  if (cachedVersion) return cachedVersion;
  cachedVersion = '0.0.0';
  try {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'tandem' && typeof pkg.version === 'string') {
          cachedVersion = pkg.version;
          break;
        }
      }
      dir = path.dirname(dir);
    }
  } catch {
    // keep 0.0.0: the User-Agent is informative only
  }
  return cachedVersion;
}

export function defaultUserAgent(): string {
  return `Tandem/${tandemVersion()} (+https://github.com/tandem-app/tandem)`;
}

/** Encodes a query the way BigCommerce filters expect: `id:in=1,2,3`, `date_modified:min=...`. */
export function buildQueryString(query: Query | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    // ':' and ',' are legal in a query (RFC 3986) and BigCommerce documents them literally
    // (`created:min=`, `sort=id:asc`, `include=a,b`), so they stay readable. Inside array items a
    // comma is encoded, because there the literal comma separates items (`id:in=1,2,3`).
    const k = readable(encodeURIComponent(key));
    const v = Array.isArray(value)
      ? value.map((x) => encodeURIComponent(String(x)).replace(/%3A/gi, ':')).join(',')
      : readable(encodeURIComponent(String(value)));
    parts.push(`${k}=${v}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const readable = (encoded: string) => encoded.replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** Query of a V3 `links.next` / `links.previous` value ("?page=2&limit=50"). */
function parseLink(link: string): Record<string, string> {
  const i = link.indexOf('?');
  const params = new URLSearchParams(i >= 0 ? link.slice(i + 1) : link);
  return Object.fromEntries(params.entries());
}

const seg = (v: string | number) => encodeURIComponent(String(v));

export class BigCommerceClient {
  readonly storeHash: string;
  readonly limiter: RateLimiter;
  private readonly baseUrl: string;
  private readonly accessToken: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxDelayMs: number;
  private readonly logger: Logger;
  private readonly userAgent: string;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(opts: BigCommerceClientOptions) {
    if (!opts.apiUrl) throw new TypeError('BigCommerceClient: apiUrl is required');
    if (!opts.storeHash || !/^[A-Za-z0-9_-]+$/.test(opts.storeHash)) {
      throw new TypeError('BigCommerceClient: storeHash must be a plain store hash like "abc123"');
    }
    if (!opts.accessToken) throw new TypeError('BigCommerceClient: accessToken is required');
    const apiUrl = opts.apiUrl.replace(/\/+$/, '');
    this.storeHash = opts.storeHash;
    this.baseUrl = `${apiUrl}/stores/${opts.storeHash}`;
    this.accessToken = opts.accessToken;
    this.limiter = opts.limiter ?? limiterFor(apiUrl, opts.storeHash);
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.maxRetries = Math.max(0, opts.maxRetries ?? 4);
    this.retryBaseMs = opts.retryBaseMs ?? 1000;
    this.retryMaxDelayMs = opts.retryMaxDelayMs ?? 30_000;
    this.logger = opts.logger ?? silentLogger;
    this.userAgent = opts.userAgent ?? defaultUserAgent();
    this.fetchImpl = opts.fetchImpl ?? fetch;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = opts.random ?? Math.random;
  }

  // ---------------------------------------------------------------------------------------------
  // Core

  /**
   * One API call (with retries per `opts.retry`). Resolves for 2xx; throws BigCommerceApiError for
   * other statuses and BigCommerceNetworkError when no answer came.
   */
  async request<T>(method: HttpMethod, apiPath: string, opts: RequestOptions = {}): Promise<BcResponse<T>> {
    if (!/^\/v[23]\//.test(apiPath) || apiPath.includes('?')) {
      throw new TypeError(`BigCommerce path must look like '/v2/...' or '/v3/...' without a query, got ${apiPath}`);
    }
    const url = this.baseUrl + apiPath + buildQueryString(opts.query);
    const policy = opts.retry ?? (method === 'POST' ? undefined : 'idempotent');
    const fullRetries = policy === 'idempotent' || policy === 'safe-create';
    const headers: Record<string, string> = {
      'X-Auth-Token': this.accessToken,
      Accept: 'application/json',
      'User-Agent': this.userAgent,
    };
    const hasBody = opts.body !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';
    const bodyText = hasBody ? JSON.stringify(opts.body) : undefined;
    let rateLimited = 0;

    for (let attempt = 0; ; attempt++) {
      const permit = await this.limiter.acquire(opts.signal);
      const started = Date.now();
      const result = await this.attempt(method, apiPath, url, headers, bodyText, permit, opts.signal);
      const ms = Date.now() - started;
      const canRetry = attempt < this.maxRetries;

      if (!('status' in result)) {
        const err = new BigCommerceNetworkError(method, apiPath, result.timedOut, { cause: result.cause });
        if (!fullRetries || !canRetry) throw err;
        const delay = this.backoff(attempt);
        this.logger.warn('bigcommerce request failed, retrying', { method, path: apiPath, attempt, delayMs: delay, error: err.message });
        await this.sleep(delay);
        opts.signal?.throwIfAborted();
        continue;
      }

      const { status, resHeaders, data } = result;
      this.logger.debug('bigcommerce request', { method, path: apiPath, status, ms, attempt });
      if (status >= 200 && status < 300) return { status, headers: resHeaders, data: data as T | null };

      const error = new BigCommerceApiError(status, method, apiPath, data, resHeaders, RETRYABLE_STATUS.has(status));
      if (status === 429) {
        if (policy === 'never' || !canRetry) throw error;
        // Wait what BigCommerce announced; without headers it is platform load (§4): back off.
        // Either way every request of the store waits, so the limiter enforces it.
        const rl = readRateLimitHeaders(resHeaders);
        const announced = rl?.resetMs ?? (rl?.retryAfterS != null ? rl.retryAfterS * 1000 : null);
        const wait =
          announced !== null
            ? announced + (rateLimited > 0 ? this.backoff(rateLimited) : 0) // keeps failing: grow the wait
            : Math.max(this.retryBaseMs, this.backoff(rateLimited + 1));
        rateLimited++;
        this.limiter.pause(wait);
        this.logger.warn('bigcommerce rate limited, waiting', { method, path: apiPath, attempt, waitMs: wait, announced: announced !== null });
        continue;
      }
      if (fullRetries && canRetry && RETRYABLE_STATUS.has(status)) {
        const delay = this.backoff(attempt);
        this.logger.warn('bigcommerce server error, retrying', { method, path: apiPath, status, attempt, delayMs: delay });
        await this.sleep(delay);
        opts.signal?.throwIfAborted();
        continue;
      }
      throw error;
    }
  }

  /** Full jitter: uniform in [0, min(cap, base * 2^n)]. */
  private backoff(n: number): number {
    const ceiling = Math.min(this.retryMaxDelayMs, this.retryBaseMs * 2 ** n);
    return Math.round(this.random() * ceiling);
  }

  private async attempt(
    method: HttpMethod,
    apiPath: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    permit: Permit,
    signal: AbortSignal | undefined,
  ): Promise<{ status: number; resHeaders: Headers; data: unknown } | { timedOut: boolean; cause: unknown }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timeout after ${this.timeoutMs} ms`));
    }, this.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    try {
      // Redirects are not followed: fetch would resend the custom X-Auth-Token header to wherever
      // the Location points. A 3xx surfaces as an error instead (BigCommerce only redirects http->https).
      const res = await this.fetchImpl(url, { method, headers, body, signal: controller.signal, redirect: 'manual' });
      const text = await res.text();
      permit.release({ status: res.status, headers: res.headers });
      return { status: res.status, resHeaders: res.headers, data: parseBody(text, res.status, method, apiPath, res.headers) };
    } catch (err) {
      permit.release();
      // The caller cancelled: not a network problem, never retried.
      if (signal?.aborted && !timedOut) throw signal.reason ?? err;
      if (err instanceof BigCommerceApiError) throw err;
      return { timedOut, cause: err };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paging

  /**
   * V2 pages (bare arrays) from `query.page` (default 1), `limit` per page (default 250, the V2
   * maximum). Stops on 204, an empty array, or a page shorter than `limit`.
   */
  async *v2Pages<T>(apiPath: string, query: Query = {}, opts: { limit?: number; signal?: AbortSignal } = {}): AsyncGenerator<T[]> {
    const limit = opts.limit ?? (typeof query.limit === 'number' ? query.limit : 250);
    let page = typeof query.page === 'number' ? query.page : 1;
    for (let n = 0; n < MAX_PAGES; n++, page++) {
      const res = await this.request<T[]>('GET', apiPath, { query: { ...query, page, limit }, signal: opts.signal });
      const items = Array.isArray(res.data) ? res.data : [];
      if (res.status === 204 || items.length === 0) return;
      yield items;
      if (items.length < limit) return;
    }
  }

  /**
   * V3 pages (`{ data: [...], meta }`). Follows cursor links (`meta.cursor_pagination.links.next`)
   * when the endpoint offers them, else `meta.pagination` (current_page < total_pages). Endpoints
   * without paging metadata are read page by page until a short or empty page.
   */
  async *v3Pages<T>(apiPath: string, query: Query = {}, opts: { limit?: number; signal?: AbortSignal } = {}): AsyncGenerator<V3Page<T>> {
    const limit = opts.limit ?? (typeof query.limit === 'number' ? query.limit : 250);
    let q: Query = { ...query, limit };
    const seen = new Set<string>();
    for (let n = 0; n < MAX_PAGES; n++) {
      const key = buildQueryString(q);
      if (seen.has(key)) return; // a server pointing back at a page already read
      seen.add(key);
      const res = await this.request<BcV3Envelope<T[]>>('GET', apiPath, { query: q, signal: opts.signal });
      const items = Array.isArray(res.data?.data) ? res.data.data : [];
      const meta = res.data?.meta;
      yield { items, pagination: meta?.pagination, cursorPagination: meta?.cursor_pagination, meta };
      if (items.length === 0) return;
      const next = nextV3Query(q, meta, items.length, limit);
      if (!next) return;
      q = next;
    }
  }

  private async collectV3<T>(apiPath: string, query?: Query): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.v3Pages<T>(apiPath, query)) all.push(...page.items);
    return all;
  }

  private async collectV2<T>(apiPath: string, query?: Query): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.v2Pages<T>(apiPath, query)) all.push(...page);
    return all;
  }

  /** GET a single V3 object (`{ data }`), or null on 404. */
  private async getV3OrNull<T>(apiPath: string, query?: Query): Promise<T | null> {
    try {
      const res = await this.request<BcV3Envelope<T>>('GET', apiPath, { query });
      return res.data?.data ?? null;
    } catch (err) {
      if (err instanceof BigCommerceApiError && err.status === 404) return null;
      throw err;
    }
  }

  /** DELETE; false when the object was already gone (404). */
  private async deleteOrFalse(apiPath: string, query?: Query): Promise<boolean> {
    try {
      await this.request('DELETE', apiPath, { query });
      return true;
    } catch (err) {
      if (err instanceof BigCommerceApiError && err.status === 404) return false;
      throw err;
    }
  }

  private async v3Write<T>(method: 'POST' | 'PUT', apiPath: string, body: unknown, retry?: RetryPolicy): Promise<T> {
    const res = await this.request<BcV3Envelope<T>>(method, apiPath, { body, retry });
    const data = res.data?.data;
    if (data === undefined || data === null) {
      throw new BigCommerceApiError(res.status, method, apiPath, res.data, res.headers, false);
    }
    return data;
  }

  // ---------------------------------------------------------------------------------------------
  // Store information (V2)

  /** GET /v2/store - the store profile; also the cheapest full "test connection". */
  async getStoreInfo(): Promise<BcStoreInfo> {
    return requireData((await this.request<BcStoreInfo>('GET', '/v2/store')), 'GET', '/v2/store');
  }

  /** GET /v2/time - BigCommerce's clock as unix seconds. */
  async getTime(): Promise<number> {
    return requireData(await this.request<BcTime>('GET', '/v2/time'), 'GET', '/v2/time').time;
  }

  // ---------------------------------------------------------------------------------------------
  // Orders (V2) and refunds (V3)

  /** GET /v2/orders/{id}; null when the order does not exist. */
  async getOrder(id: number, query?: { include?: string; consignment_structure?: 'object' }): Promise<BcOrder | null> {
    try {
      const res = await this.request<BcOrder>('GET', `/v2/orders/${seg(id)}`, { query });
      return res.status === 204 ? null : res.data;
    } catch (err) {
      if (err instanceof BigCommerceApiError && err.status === 404) return null;
      throw err;
    }
  }

  /** All orders matching `query`, page by page (250 per request). */
  async *listOrders(query: BcOrderQuery = {}): AsyncGenerator<BcOrder> {
    for await (const page of this.v2Pages<BcOrder>('/v2/orders', query as Query)) yield* page;
  }

  /** GET /v2/orders/count - number of orders matching the filters. */
  async countOrders(query: Omit<BcOrderQuery, 'page' | 'limit' | 'sort'> = {}): Promise<number> {
    const res = await this.request<BcOrderCount>('GET', '/v2/orders/count', { query: query as Query });
    return res.data?.count ?? 0;
  }

  /** GET /v2/orders/{id}/coupons (all pages; [] when none). */
  getOrderCoupons(orderId: number): Promise<BcOrderCoupon[]> {
    return this.collectV2<BcOrderCoupon>(`/v2/orders/${seg(orderId)}/coupons`);
  }

  /** GET /v2/orders/{id}/products (all pages). */
  getOrderProducts(orderId: number): Promise<BcOrderProduct[]> {
    return this.collectV2<BcOrderProduct>(`/v2/orders/${seg(orderId)}/products`);
  }

  /** GET /v3/orders/{id}/payment_actions/refunds - refunds of one order, ascending by id. */
  async getOrderRefunds(orderId: number): Promise<BcRefund[]> {
    const res = await this.request<BcV3Envelope<BcRefund[]>>('GET', `/v3/orders/${seg(orderId)}/payment_actions/refunds`);
    return res.data?.data ?? [];
  }

  /** GET /v3/orders/payment_actions/refunds/{id}; null when unknown. */
  getRefund(refundId: number): Promise<BcRefund | null> {
    return this.getV3OrNull<BcRefund>(`/v3/orders/payment_actions/refunds/${seg(refundId)}`);
  }

  /** GET /v3/orders/payment_actions/refunds - all refunds of the store matching `query`. */
  async *listRefunds(query: BcRefundQuery = {}): AsyncGenerator<BcRefund> {
    for await (const page of this.v3Pages<BcRefund>('/v3/orders/payment_actions/refunds', query as Query)) yield* page.items;
  }

  // ---------------------------------------------------------------------------------------------
  // Customers and subscribers (V3)

  /** GET /v3/customers - all customers matching `query` (async iteration). */
  async *getCustomers(query: BcCustomerQuery = {}): AsyncGenerator<BcCustomer> {
    for await (const page of this.v3Pages<BcCustomer>('/v3/customers', query as Query)) yield* page.items;
  }

  /** One customer (V3 has no GET /customers/{id}; this filters by `id:in`). Null when unknown. */
  async getCustomer(id: number, query: { include?: string } = {}): Promise<BcCustomer | null> {
    const res = await this.request<BcV3Envelope<BcCustomer[]>>('GET', '/v3/customers', { query: { ...query, 'id:in': [id] } });
    return res.data?.data?.find((c) => c.id === id) ?? null;
  }

  /** GET /v3/customers/subscribers - all subscribers matching `query`. */
  async *getSubscribers(query: BcSubscriberQuery = {}): AsyncGenerator<BcSubscriber> {
    for await (const page of this.v3Pages<BcSubscriber>('/v3/customers/subscribers', query as Query)) yield* page.items;
  }

  /** GET /v3/customers/subscribers/{id}; null when unknown. */
  getSubscriber(id: number): Promise<BcSubscriber | null> {
    return this.getV3OrNull<BcSubscriber>(`/v3/customers/subscribers/${seg(id)}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Catalog (V3)

  /** GET /v3/catalog/products - all products matching `query`. */
  async *getProducts(query: BcProductQuery = {}): AsyncGenerator<BcProduct> {
    for await (const page of this.v3Pages<BcProduct>('/v3/catalog/products', query as Query)) yield* page.items;
  }

  /** GET /v3/catalog/products/{id}; null when unknown. */
  getProduct(id: number, query: { include?: string; include_fields?: string } = {}): Promise<BcProduct | null> {
    return this.getV3OrNull<BcProduct>(`/v3/catalog/products/${seg(id)}`, query);
  }

  // ---------------------------------------------------------------------------------------------
  // Promotions and coupon codes (V3)

  /**
   * POST /v3/promotions. Not retried after a 5xx/timeout unless `retry: 'safe-create'` (then the
   * caller must look for a promotion created by an earlier attempt, e.g. by its unique name).
   */
  createPromotion(body: BcPromotionCreate, opts: { retry?: 'never' | 'safe-create' } = {}): Promise<BcPromotion> {
    return this.v3Write<BcPromotion>('POST', '/v3/promotions', body, opts.retry);
  }

  /** PUT /v3/promotions/{id} (partial update). */
  updatePromotion(id: number, body: BcPromotionUpdate): Promise<BcPromotion> {
    return this.v3Write<BcPromotion>('PUT', `/v3/promotions/${seg(id)}`, body);
  }

  /** GET /v3/promotions/{id} (codes are not included); null when unknown. */
  getPromotion(id: number): Promise<BcPromotion | null> {
    return this.getV3OrNull<BcPromotion>(`/v3/promotions/${seg(id)}`);
  }

  /** DELETE /v3/promotions/{id}; false when it was already gone. */
  deletePromotion(id: number): Promise<boolean> {
    return this.deleteOrFalse(`/v3/promotions/${seg(id)}`);
  }

  /** GET /v3/promotions - all promotions matching `query`. */
  async *listPromotions(query: BcPromotionQuery = {}): AsyncGenerator<BcPromotion> {
    for await (const page of this.v3Pages<BcPromotion>('/v3/promotions', query as Query)) yield* page.items;
  }

  /**
   * POST /v3/promotions/{id}/codes. Codes are unique per store, so `retry: 'safe-create'` is safe
   * when the caller resolves a "code already exists" answer with findCouponCode().
   */
  createPromotionCode(promotionId: number, body: BcCouponCodeCreate, opts: { retry?: 'never' | 'safe-create' } = {}): Promise<BcCouponCode> {
    return this.v3Write<BcCouponCode>('POST', `/v3/promotions/${seg(promotionId)}/codes`, body, opts.retry);
  }

  /** GET /v3/promotions/{id}/codes - all codes (cursor paging; the endpoint allows 10 concurrent requests). */
  listPromotionCodes(promotionId: number): Promise<BcCouponCode[]> {
    return this.collectV3<BcCouponCode>(`/v3/promotions/${seg(promotionId)}/codes`);
  }

  /** DELETE /v3/promotions/{id}/codes/{codeId}; false when it was already gone. */
  deletePromotionCode(promotionId: number, codeId: number): Promise<boolean> {
    return this.deleteOrFalse(`/v3/promotions/${seg(promotionId)}/codes/${seg(codeId)}`);
  }

  /**
   * GET /v3/promotions/codes?code=... - the coupon code with this exact code (case-insensitive, as
   * shoppers type it), or null. The answer does not say which promotion owns the code.
   */
  async findCouponCode(code: string): Promise<BcCouponCode | null> {
    try {
      const res = await this.request<BcV3Envelope<BcCouponCode[]>>('GET', '/v3/promotions/codes', { query: { code } });
      const list = res.data?.data ?? [];
      return list.find((c) => c.code.toLowerCase() === code.toLowerCase()) ?? null;
    } catch (err) {
      if (err instanceof BigCommerceApiError && err.status === 404) return null;
      throw err;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scripts (V3 content)

  /** GET /v3/content/scripts - the scripts this API account created (all pages). */
  listScripts(): Promise<BcScript[]> {
    return this.collectV3<BcScript>('/v3/content/scripts');
  }

  /** POST /v3/content/scripts. Not retried after a 5xx/timeout unless `retry: 'safe-create'`. */
  createScript(body: BcScriptCreate, opts: { retry?: 'never' | 'safe-create' } = {}): Promise<BcScript> {
    return this.v3Write<BcScript>('POST', '/v3/content/scripts', body, opts.retry);
  }

  updateScript(uuid: string, body: BcScriptUpdate): Promise<BcScript> {
    return this.v3Write<BcScript>('PUT', `/v3/content/scripts/${seg(uuid)}`, body);
  }

  /** DELETE /v3/content/scripts/{uuid}; false when it was already gone. */
  deleteScript(uuid: string): Promise<boolean> {
    return this.deleteOrFalse(`/v3/content/scripts/${seg(uuid)}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Webhooks (V3)

  /** GET /v3/hooks - this app's webhooks matching `query` (all pages). */
  listWebhooks(query: BcWebhookQuery = {}): Promise<BcWebhook[]> {
    return this.collectV3<BcWebhook>('/v3/hooks', query as Query);
  }

  /**
   * POST /v3/hooks. BigCommerce allows one hook per (scope, destination), so `retry: 'safe-create'`
   * is safe when the caller resolves a 422 duplicate with listWebhooks({ scope, destination }).
   */
  createWebhook(body: BcWebhookCreate, opts: { retry?: 'never' | 'safe-create' } = {}): Promise<BcWebhook> {
    return this.v3Write<BcWebhook>('POST', '/v3/hooks', body, opts.retry);
  }

  updateWebhook(id: number, body: BcWebhookUpdate): Promise<BcWebhook> {
    return this.v3Write<BcWebhook>('PUT', `/v3/hooks/${seg(id)}`, body);
  }

  /** DELETE /v3/hooks/{id}; false when it was already gone. */
  deleteWebhook(id: number): Promise<boolean> {
    return this.deleteOrFalse(`/v3/hooks/${seg(id)}`);
  }
}

// -----------------------------------------------------------------------------------------------

function parseBody(text: string, status: number, method: HttpMethod, apiPath: string, headers: Headers): unknown {
  if (status === 204 || text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A 2xx that is not JSON is a broken answer (e.g. a proxy page), not data.
    if (status >= 200 && status < 300) {
      throw new BigCommerceApiError(status, method, apiPath, text.slice(0, MAX_ERROR_TEXT), headers, false);
    }
    return text.slice(0, MAX_ERROR_TEXT);
  }
}

function requireData<T>(res: BcResponse<T>, method: HttpMethod, apiPath: string): T {
  if (res.data === null || typeof res.data !== 'object') {
    throw new BigCommerceApiError(res.status, method, apiPath, res.data, res.headers, false);
  }
  return res.data;
}

/** The query of the next V3 page, or null when this was the last one. */
function nextV3Query(q: Query, meta: BcV3Meta | undefined, count: number, limit: number): Query | null {
  const { page: _page, before: _before, after: _after, ...base } = q;
  const cursorNext = meta?.cursor_pagination?.links?.next;
  if (cursorNext) return { ...base, ...parseLink(cursorNext) };
  const p = meta?.pagination;
  if (p && typeof p.current_page === 'number' && typeof p.total_pages === 'number') {
    return p.current_page < p.total_pages ? { ...base, page: p.current_page + 1 } : null;
  }
  if (p?.links?.next) return { ...base, ...parseLink(p.links.next) };
  if (meta?.cursor_pagination || p) return null; // metadata present and it says nothing more
  // No paging metadata at all (e.g. refunds' free-form meta): keep going while pages are full.
  // More items than asked for means the endpoint ignores `limit`, so there is no next page.
  if (count !== limit) return null;
  const current = typeof q.page === 'number' ? q.page : 1;
  return { ...base, page: current + 1 };
}
