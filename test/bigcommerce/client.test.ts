import { afterEach, describe, expect, it } from 'vitest';
import {
  BigCommerceApiError,
  BigCommerceClient,
  BigCommerceNetworkError,
  RateLimiter,
  type BigCommerceClientOptions,
} from '../../server/bigcommerce/index.js';
import { captureLogger, rlHeaders, startServer, type Handler, type TestServer } from './helpers.js';

const TOKEN = 'tok_SUPER_SECRET_123';
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Client against a fresh server; retries without real waiting unless a test wants it. */
async function setup(handler: Handler, opts: Partial<BigCommerceClientOptions> = {}) {
  server = await startServer(handler);
  const sleeps: number[] = [];
  const client = new BigCommerceClient({
    apiUrl: server.url,
    storeHash: 'abc123',
    accessToken: TOKEN,
    limiter: new RateLimiter(),
    retryBaseMs: 20,
    sleep: async (ms) => void sleeps.push(ms),
    ...opts,
  });
  return { client, server, sleeps };
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('requests', () => {
  it('sends auth, JSON and User-Agent headers to /stores/{hash}/...', async () => {
    const { client, server } = await setup(() => ({ body: { data: { id: 1 }, meta: {} } }));
    await client.request('GET', '/v3/catalog/products', {
      query: { 'id:in': [1, 2, 3], 'date_modified:min': '2024-05-14T09:34:00+00:00', skip: undefined, is_visible: true },
    });
    await client.request('POST', '/v3/hooks', { body: { scope: 'store/order/created', destination: 'https://x.test/h' } });
    const [get, post] = server.requests;
    expect(get?.url.pathname).toBe('/stores/abc123/v3/catalog/products');
    expect(get?.url.search).toBe('?id:in=1,2,3&date_modified:min=2024-05-14T09:34:00%2B00:00&is_visible=true');
    expect(get?.url.searchParams.get('date_modified:min')).toBe('2024-05-14T09:34:00+00:00');
    expect(get?.headers['x-auth-token']).toBe(TOKEN);
    expect(get?.headers['accept']).toBe('application/json');
    expect(get?.headers['content-type']).toBeUndefined();
    expect(get?.headers['user-agent']).toMatch(/^Tandem\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/tandem-app\/tandem\)$/);
    expect(post?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post?.body ?? '')).toEqual({ scope: 'store/order/created', destination: 'https://x.test/h' });
  });

  it('rejects paths that are not /v2 or /v3', async () => {
    const { client } = await setup(() => ({ body: {} }));
    await expect(client.request('GET', 'https://evil.test/v2/store')).rejects.toThrow(TypeError);
    await expect(client.request('GET', '/v2/orders?limit=1')).rejects.toThrow(TypeError);
  });

  it('returns null data for 204', async () => {
    const { client } = await setup(() => ({ status: 204 }));
    const res = await client.request('DELETE', '/v3/content/scripts/x');
    expect(res).toMatchObject({ status: 204, data: null });
  });
});

describe('errors and retries', () => {
  it.each([401, 403, 404, 409, 422])('%d is not retried and carries the body', async (status) => {
    const body = { status, title: `Problem ${status}`, type: 'https://developer.bigcommerce.com/status', errors: { email: 'bad' } };
    const logger = captureLogger();
    const { client, server } = await setup(() => ({ status, body }), { logger });
    const err = await caught(client.request('GET', '/v3/customers'));
    expect(err).toBeInstanceOf(BigCommerceApiError);
    const e = err as BigCommerceApiError;
    expect(server.requests).toHaveLength(1);
    expect(e.status).toBe(status);
    expect(e.body).toEqual(body);
    expect(e.retryable).toBe(false);
    expect(e.isAuthError).toBe(status === 401);
    expect(e.isScopeError).toBe(status === 403);
    expect(e.message).toContain(`Problem ${status}`);
    expect(e.message).not.toContain(TOKEN);
    expect(JSON.stringify(logger.lines)).not.toContain(TOKEN);
  });

  it('carries V2 array error bodies', async () => {
    const { client } = await setup(() => ({ status: 400, body: [{ status: 400, message: 'The field min_id is invalid.' }] }));
    const e = (await caught(client.request('GET', '/v2/orders'))) as BigCommerceApiError;
    expect(e.body).toEqual([{ status: 400, message: 'The field min_id is invalid.' }]);
    expect(e.message).toBe('The field min_id is invalid. (GET /v2/orders -> 400)');
  });

  it('retries a GET on 500, 502, 503 and 504 with jittered backoff, then succeeds', async () => {
    const { client, server, sleeps } = await setup((_r, hit) =>
      hit <= 4 ? { status: [500, 502, 503, 504][hit - 1], body: { status: 500, title: 'oops' } } : { body: { time: 1700000000 } },
    );
    await expect(client.getTime()).resolves.toBe(1700000000);
    expect(server.requests).toHaveLength(5);
    expect(sleeps).toHaveLength(4);
    sleeps.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(20 * 2 ** i));
  });

  it('gives up after maxRetries with the last error', async () => {
    const { client, server } = await setup(() => ({ status: 503, body: { title: 'Store is down for maintenance' } }), { maxRetries: 2 });
    const e = (await caught(client.getStoreInfo())) as BigCommerceApiError;
    expect(server.requests).toHaveLength(3);
    expect(e.status).toBe(503);
    expect(e.retryable).toBe(true);
  });

  it('PUT and DELETE are retried like GET', async () => {
    const { client, server } = await setup((req, hit) => (hit === 1 ? { status: 502 } : req.method === 'DELETE' ? { status: 204 } : { body: { data: { id: 5 } } }));
    await client.updateWebhook(5, { is_active: true });
    await client.deleteWebhook(5);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE']);
  });

  it('does not retry a POST after a 5xx by default', async () => {
    const { client, server } = await setup(() => ({ status: 500, body: { title: 'Internal error' } }));
    const e = (await caught(client.createPromotionCode(7, { code: 'JANE10' }))) as BigCommerceApiError;
    expect(e.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST after a 5xx when the caller says 'safe-create'", async () => {
    const { client, server } = await setup((_r, hit) =>
      hit === 1 ? { status: 503 } : { status: 201, body: { data: { id: 3, code: 'JANE10', current_uses: 0, created: '2024-01-01T00:00:00Z' }, meta: {} } },
    );
    const code = await client.createPromotionCode(7, { code: 'JANE10' }, { retry: 'safe-create' });
    expect(code.code).toBe('JANE10');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a GET after a timeout, but never a POST', async () => {
    const { client, server } = await setup((req, hit) => ({ delayMs: hit === 1 || req.method === 'POST' ? 400 : 0, body: { time: 42 } }), {
      timeoutMs: 100,
    });
    await expect(client.getTime()).resolves.toBe(42);
    expect(server.requests).toHaveLength(2);

    const e = await caught(client.request('POST', '/v3/promotions', { body: { name: 'x' } }));
    expect(e).toBeInstanceOf(BigCommerceNetworkError);
    expect((e as BigCommerceNetworkError).timedOut).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('retries network errors for GET and reports them as BigCommerceNetworkError', async () => {
    let calls = 0;
    const { client } = await setup(() => ({ body: {} }), {
      maxRetries: 2,
      fetchImpl: async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
      },
    });
    const e = (await caught(client.getTime())) as BigCommerceNetworkError;
    expect(e).toBeInstanceOf(BigCommerceNetworkError);
    expect(e.timedOut).toBe(false);
    expect(e.message).toContain('ECONNREFUSED');
    expect(calls).toBe(3);
  });

  it('a caller abort is not retried', async () => {
    const { client, server } = await setup(() => ({ delayMs: 300, body: {} }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('shutting down')), 50);
    await expect(client.request('GET', '/v2/store', { signal: ac.signal })).rejects.toThrow('shutting down');
    expect(server.requests).toHaveLength(1);
  });
});

describe('429 handling', () => {
  it('waits X-Rate-Limit-Time-Reset-Ms, then succeeds (also for a POST)', async () => {
    const { client, server } = await setup((_r, hit) =>
      hit === 1
        ? { status: 429, headers: rlHeaders(0, 300, 150, 1000) }
        : { status: 201, headers: rlHeaders(149, 29_000), body: { data: { id: 1, scope: 'store/order/created', destination: 'https://x.test' } } },
    );
    const hook = await client.createWebhook({ scope: 'store/order/created', destination: 'https://x.test' });
    expect(hook.id).toBe(1);
    const [first, second] = server.requests;
    expect(server.requests).toHaveLength(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(300);
    expect(second!.at - first!.at).toBeLessThan(900);
  });

  it('uses X-Retry-After (seconds) when the reset header is missing', async () => {
    const { client, server } = await setup((_r, hit) => (hit === 1 ? { status: 429, headers: { 'X-Retry-After': 1 } } : { body: { time: 1 } }));
    await client.getTime();
    const [first, second] = server.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('backs off when a 429 has no rate-limit headers (platform load)', async () => {
    const { client, server } = await setup((_r, hit) => (hit <= 2 ? { status: 429 } : { body: { time: 1 } }), { retryBaseMs: 80 });
    await client.getTime();
    const [a, b, c] = server.requests;
    expect(server.requests).toHaveLength(3);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(80);
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(80);
  });

  it("does not retry a 429 with retry: 'never'", async () => {
    const { client, server } = await setup(() => ({ status: 429, headers: rlHeaders(0, 200) }));
    const e = (await caught(client.request('POST', '/v3/promotions', { body: {}, retry: 'never' }))) as BigCommerceApiError;
    expect(e.isRateLimited).toBe(true);
    expect(e.retryable).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('a 429 holds every request of the store, not just the one that got it', async () => {
    const limiter = new RateLimiter();
    const { client, server } = await setup((req) => (req.url.pathname.endsWith('/first') ? { status: 429, headers: rlHeaders(0, 250, 20, 1000) } : { body: {} }), {
      limiter,
      maxRetries: 0,
    });
    await caught(client.request('GET', '/v3/first'));
    const t0 = Date.now();
    await client.request('GET', '/v3/second');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
    expect(server.requests).toHaveLength(2);
  });
});

describe('typed helpers', () => {
  it('maps 404 to null for single gets and to false for deletes', async () => {
    const { client } = await setup(() => ({ status: 404, body: [{ status: 404, message: 'The requested resource was not found.' }] }));
    await expect(client.getOrder(99)).resolves.toBeNull();
    await expect(client.getProduct(99)).resolves.toBeNull();
    await expect(client.getRefund(99)).resolves.toBeNull();
    await expect(client.deletePromotion(99)).resolves.toBe(false);
    await expect(client.findCouponCode('NOPE')).resolves.toBeNull();
  });

  it('getOrderCoupons returns [] on 204', async () => {
    const { client, server } = await setup(() => ({ status: 204 }));
    await expect(client.getOrderCoupons(5)).resolves.toEqual([]);
    expect(server.requests[0]?.url.pathname).toBe('/stores/abc123/v2/orders/5/coupons');
  });

  it('findCouponCode matches the code case-insensitively', async () => {
    const { client, server } = await setup(() => ({
      body: { data: [{ id: 4, code: 'JANE10', current_uses: 2, created: '2024-01-01T00:00:00+00:00' }], meta: {} },
    }));
    await expect(client.findCouponCode('jane10')).resolves.toMatchObject({ id: 4, code: 'JANE10' });
    expect(server.requests[0]?.url.pathname).toBe('/stores/abc123/v3/promotions/codes');
    expect(server.requests[0]?.url.searchParams.get('code')).toBe('jane10');
  });

  it('countOrders reads { count }', async () => {
    const { client, server } = await setup(() => ({ body: { count: 12, statuses: [] } }));
    await expect(client.countOrders({ min_date_modified: '2024-01-01T00:00:00+00:00' })).resolves.toBe(12);
    expect(server.requests[0]?.url.pathname).toBe('/stores/abc123/v2/orders/count');
  });

  it('getCustomer filters by id:in', async () => {
    const { client, server } = await setup(() => ({ body: { data: [{ id: 8, email: 'a@b.c' }], meta: {} } }));
    await expect(client.getCustomer(8)).resolves.toMatchObject({ id: 8 });
    expect(server.requests[0]?.url.search).toBe('?id:in=8');
  });

  it('a 2xx that is not JSON is an error', async () => {
    const { client } = await setup(() => ({ body: '<html>hello</html>', headers: { 'content-type': 'text/html' } }));
    await expect(client.getStoreInfo()).rejects.toBeInstanceOf(BigCommerceApiError);
  });
});
