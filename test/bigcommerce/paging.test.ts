import { afterEach, describe, expect, it } from 'vitest';
import { BigCommerceClient, RateLimiter } from '../../server/bigcommerce/index.js';
import { startServer, type Handler, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: Handler) {
  server = await startServer(handler);
  const client = new BigCommerceClient({ apiUrl: server.url, storeHash: 'abc123', accessToken: 't', limiter: new RateLimiter() });
  return { client, server };
}

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: from + i }));

describe('v2Pages', () => {
  it('stops on 204 after full pages', async () => {
    const { client, server } = await setup((req) => {
      const page = Number(req.url.searchParams.get('page'));
      return page <= 2 ? { body: ids((page - 1) * 3 + 1, 3) } : { status: 204 };
    });
    const pages = await collect(client.v2Pages<{ id: number }>('/v2/orders', { sort: 'id:asc' }, { limit: 3 }));
    expect(pages.map((p) => p.map((o) => o.id))).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(server.requests.map((r) => r.url.search)).toEqual([
      '?sort=id:asc&page=1&limit=3',
      '?sort=id:asc&page=2&limit=3',
      '?sort=id:asc&page=3&limit=3',
    ]);
  });

  it('stops on a short page without asking for the next one', async () => {
    const { client, server } = await setup((req) => (req.url.searchParams.get('page') === '1' ? { body: ids(1, 3) } : { body: ids(4, 1) }));
    const orders = await collect(client.listOrders({ limit: 3 }));
    expect(orders.map((o) => o.id)).toEqual([1, 2, 3, 4]);
    expect(server.requests).toHaveLength(2);
  });

  it('stops on an empty array', async () => {
    const { client, server } = await setup(() => ({ body: [] }));
    await expect(collect(client.v2Pages('/v2/orders'))).resolves.toEqual([]);
    expect(server.requests[0]?.url.searchParams.get('limit')).toBe('250');
  });
});

describe('v3Pages', () => {
  it('follows meta.pagination until current_page == total_pages', async () => {
    const { client, server } = await setup((req) => {
      const page = Number(req.url.searchParams.get('page') ?? '1');
      return {
        body: {
          data: ids((page - 1) * 2 + 1, page === 3 ? 1 : 2),
          meta: { pagination: { total: 5, count: page === 3 ? 1 : 2, per_page: 2, current_page: page, total_pages: 3, links: { current: `?page=${page}&limit=2` } } },
        },
      };
    });
    const products = await collect(client.getProducts({ is_visible: true, limit: 2 }));
    expect(products.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.url.searchParams.get('page'))).toEqual([null, '2', '3']);
    expect(server.requests.every((r) => r.url.searchParams.get('is_visible') === 'true')).toBe(true);
  });

  it('follows cursor links when offered (customers, promotion codes)', async () => {
    const { client, server } = await setup((req) => {
      const after = req.url.searchParams.get('after');
      if (!after) {
        return {
          body: {
            data: ids(1, 2),
            meta: {
              pagination: { total: 3, count: 2, per_page: 2, current_page: 1, total_pages: 2 },
              cursor_pagination: { count: 2, per_page: 2, start_cursor: 'a', end_cursor: 'b', links: { next: '?after=b&limit=2' } },
            },
          },
        };
      }
      return { body: { data: ids(3, 1), meta: { cursor_pagination: { count: 1, per_page: 2, start_cursor: 'c', end_cursor: 'c', links: { previous: '?before=c&limit=2' } } } } };
    });
    const pages = await collect(client.v3Pages<{ id: number }>('/v3/customers', { 'email:in': ['a@b.c'] }, { limit: 2 }));
    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual([1, 2, 3]);
    expect(server.requests[1]?.url.searchParams.get('after')).toBe('b');
    expect(server.requests[1]?.url.searchParams.get('email:in')).toBe('a@b.c');
    expect(server.requests).toHaveLength(2);
  });

  it('without paging metadata reads until a short page', async () => {
    const { client, server } = await setup((req) => {
      const page = Number(req.url.searchParams.get('page') ?? '1');
      return { body: { data: page === 1 ? ids(1, 2) : ids(3, 1), meta: {} } };
    });
    const refunds = await collect(client.v3Pages<{ id: number }>('/v3/orders/payment_actions/refunds', {}, { limit: 2 }));
    expect(refunds.flatMap((p) => p.items.map((r) => r.id))).toEqual([1, 2, 3]);
    expect(server.requests).toHaveLength(2);
  });

  it('stops when a server points back at a page already read', async () => {
    const { client, server } = await setup(() => ({
      body: { data: ids(1, 2), meta: { cursor_pagination: { count: 2, per_page: 2, links: { next: '?after=same&limit=2' } } } },
    }));
    const pages = await collect(client.v3Pages('/v3/promotions/1/codes', {}, { limit: 2 }));
    expect(pages).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });
});
