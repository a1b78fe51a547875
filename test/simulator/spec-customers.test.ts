// Customers V3, subscribers V3 and catalog products V3 against the official OpenAPI files.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { installedStore, startTestSimulator, type TestStore } from './helpers.js';

const CUSTOMERS = 'customers.v3.yml';
const SUBSCRIBERS = 'subscribers.v3.yml';
const CATALOG = 'catalog/products_catalog.v3.yml';

let sim: Simulator;
let s: TestStore;

beforeAll(async () => {
  sim = await startTestSimulator();
  s = await installedStore(sim, { scopes: ['store_v2_customers', 'store_v2_products'] });
});
afterAll(async () => sim.close());

describe('customers v3', () => {
  it('POST /v3/customers matches createCustomers (200 and 422 for duplicates/missing fields)', async () => {
    const res = await s.checked(
      CUSTOMERS,
      'POST',
      '/v3/customers',
      [
        {
          email: 'ann@example.com',
          first_name: 'Ann',
          last_name: 'Lee',
          addresses: [{ first_name: 'Ann', last_name: 'Lee', address1: '1 Main', city: 'Austin', state_or_province: 'Texas', postal_code: '78701', country_code: 'US' }],
        },
        { email: 'bob@example.com', first_name: 'Bob', last_name: 'Ray' },
      ],
      200,
    );
    expect((res.body as { data: Array<{ id: number }> }).data).toHaveLength(2);
    const dup = await s.checked(CUSTOMERS, 'POST', '/v3/customers', [{ email: 'ANN@example.com', first_name: 'A', last_name: 'B' }], 422);
    expect((dup.body as { errors: Record<string, string> }).errors['0.email']).toMatch(/already in use/);
    const missing = await s.api('POST', '/v3/customers', [{ email: 'x@example.com' }]);
    expect(missing.status).toBe(422);
    const tooMany = await s.api('POST', '/v3/customers', Array.from({ length: 11 }, (_, i) => ({ email: `m${i}@example.com`, first_name: 'M', last_name: 'N' })));
    expect(tooMany.status).toBe(413);
  });

  it('GET /v3/customers matches getCustomers with includes, filters and both pagination metas', async () => {
    for (let i = 0; i < 5; i++) sim.control.createCustomer(s.hash, { email: `c${i}@example.com`, last_name: `Zed${i}` });
    const res = await s.checked(CUSTOMERS, 'GET', '/v3/customers?include=addresses,storecredit,attributes,formfields&limit=3', undefined, 200);
    const body = res.body as { data: Array<Record<string, unknown>>; meta: { pagination: Record<string, unknown>; cursor_pagination: { end_cursor: string } } };
    expect(body.data).toHaveLength(3);
    expect(body.data[0]?.addresses).toHaveLength(1);
    expect(body.meta.pagination).toMatchObject({ total: 7, count: 3, per_page: 3, current_page: 1, total_pages: 3 });
    expect(body.meta.cursor_pagination.end_cursor).toBeTruthy();

    const next = await s.checked(CUSTOMERS, 'GET', `/v3/customers?limit=3&after=${body.meta.cursor_pagination.end_cursor}`, undefined, 200);
    const nextBody = next.body as { data: Array<{ id: number }>; meta: Record<string, unknown> };
    expect(nextBody.data.map((c) => c.id)).toEqual([4, 5, 6]);
    expect(nextBody.meta.pagination).toBeUndefined();
    const page2 = await s.api('GET', '/v3/customers?limit=3&page=2');
    expect((page2.body as { meta: Record<string, unknown> }).meta.cursor_pagination).toBeUndefined();

    const byEmail = await s.api('GET', '/v3/customers?email:in=bob@example.com,c1@example.com');
    expect((byEmail.body as { data: unknown[] }).data).toHaveLength(2);
    const sorted = await s.api('GET', '/v3/customers?sort=last_name:desc&limit=1');
    expect((sorted.body as { data: Array<{ last_name: string }> }).data[0]?.last_name).toBe('Zed4');
    const bad = await s.checked(CUSTOMERS, 'GET', '/v3/customers?sort=nope', undefined, 422);
    expect((bad.body as { status: number }).status).toBe(422);
  });

  it('date_modified:min supports incremental sync', async () => {
    const c = sim.control.listCustomers(s.hash)[0];
    if (!c) throw new Error('no customer');
    const before = new Date(Date.now() - 1000).toISOString();
    c.dateModified = Date.now() - 3_600_000;
    for (const other of sim.control.listCustomers(s.hash)) other.dateModified = Date.now() - 3_600_000;
    sim.control.updateCustomer(s.hash, c.id, { notes: 'vip' });
    const res = await s.api('GET', `/v3/customers?date_modified:min=${encodeURIComponent(before)}&sort=date_modified:asc`);
    expect((res.body as { data: Array<{ id: number }> }).data.map((x) => x.id)).toEqual([c.id]);
  });

  it('PUT /v3/customers matches updateCustomers', async () => {
    const res = await s.checked(CUSTOMERS, 'PUT', '/v3/customers', [{ id: 1, company: 'Trail Co' }], 200);
    expect((res.body as { data: Array<{ company: string }> }).data[0]?.company).toBe('Trail Co');
    await s.checked(CUSTOMERS, 'PUT', '/v3/customers', [{ id: 9999, company: 'x' }], 422);
  });

  it('DELETE /v3/customers matches deleteCustomers (204; 422 without id:in)', async () => {
    await s.checked(CUSTOMERS, 'DELETE', '/v3/customers?id:in=2', undefined, 204);
    expect(sim.control.listCustomers(s.hash).some((c) => c.id === 2)).toBe(false);
    await s.checked(CUSTOMERS, 'DELETE', '/v3/customers', undefined, 422);
  });
});

describe('subscribers v3', () => {
  let id: number;
  it('POST /v3/customers/subscribers matches createSubscriber (200, 409 duplicate, 422 invalid)', async () => {
    const res = await s.checked(SUBSCRIBERS, 'POST', '/v3/customers/subscribers', { email: 'sub@example.com', first_name: 'Sue', source: 'storefront' }, 200);
    id = (res.body as { data: { id: number } }).data.id;
    await s.checked(SUBSCRIBERS, 'POST', '/v3/customers/subscribers', { email: 'SUB@example.com' }, 409);
    await s.checked(SUBSCRIBERS, 'POST', '/v3/customers/subscribers', { email: 'not-an-email' }, 422);
    await s.checked(SUBSCRIBERS, 'POST', '/v3/customers/subscribers', { first_name: 'No email' }, 422);
  });
  it('GET /v3/customers/subscribers matches getSubscribers', async () => {
    sim.control.createSubscriber(s.hash, { email: 'two@example.com' });
    const res = await s.checked(SUBSCRIBERS, 'GET', '/v3/customers/subscribers?email=sub@example.com', undefined, 200);
    expect((res.body as { data: unknown[] }).data).toHaveLength(1);
    const all = await s.checked(SUBSCRIBERS, 'GET', '/v3/customers/subscribers?limit=1', undefined, 200);
    expect((all.body as { meta: { pagination: { total: number } } }).meta.pagination.total).toBe(2);
  });
  it('GET /v3/customers/subscribers/{id} matches getSubscriber (200, 404)', async () => {
    await s.checked(SUBSCRIBERS, 'GET', `/v3/customers/subscribers/${id}`, undefined, 200);
    await s.checked(SUBSCRIBERS, 'GET', '/v3/customers/subscribers/9999', undefined, 404);
  });
  it('PUT /v3/customers/subscribers/{id} matches updateSubscriber (200, 409, 404)', async () => {
    const res = await s.checked(SUBSCRIBERS, 'PUT', `/v3/customers/subscribers/${id}`, { consents: [] }, 200);
    expect((res.body as { data: { consents: string[] } }).data.consents).toEqual([]);
    await s.checked(SUBSCRIBERS, 'PUT', `/v3/customers/subscribers/${id}`, { email: 'two@example.com' }, 409);
    await s.checked(SUBSCRIBERS, 'PUT', '/v3/customers/subscribers/9999', { first_name: 'x' }, 404);
  });
  it('DELETE /v3/customers/subscribers/{id} matches deleteSubscriber', async () => {
    await s.checked(SUBSCRIBERS, 'DELETE', `/v3/customers/subscribers/${id}`, undefined, 204);
    expect(sim.control.listSubscribers(s.hash)).toHaveLength(1);
  });
});

describe('catalog products v3', () => {
  let id: number;
  it('POST /v3/catalog/products matches createProduct (200, 409 duplicate name, 422 missing fields)', async () => {
    const res = await s.checked(
      CATALOG,
      'POST',
      '/v3/catalog/products',
      { name: 'Trail Mix', type: 'physical', weight: 0.5, price: 4.99, sku: 'TM-1', images: [{ image_url: 'https://example.com/tm.jpg', is_thumbnail: true }] },
      200,
    );
    id = (res.body as { data: { id: number } }).data.id;
    await s.checked(CATALOG, 'POST', '/v3/catalog/products', { name: 'trail mix', type: 'physical', weight: 1, price: 1 }, 409);
    await s.checked(CATALOG, 'POST', '/v3/catalog/products', { name: 'No price', type: 'physical' }, 422);
  });
  it('GET /v3/catalog/products matches getProducts with includes, filters, sorting', async () => {
    sim.control.createProduct(s.hash, { name: 'Hidden', is_visible: false, price: 99 });
    const res = await s.checked(CATALOG, 'GET', '/v3/catalog/products?include=images,primary_image,variants&limit=1', undefined, 200);
    const body = res.body as { data: Array<Record<string, unknown>>; meta: { pagination: { total: number; links: { next?: string } } } };
    expect(body.data[0]?.images).toHaveLength(1);
    expect(body.data[0]?.primary_image).toBeTruthy();
    expect(body.data[0]?.variants).toHaveLength(1);
    expect(body.meta.pagination.total).toBe(2);
    expect(body.meta.pagination.links.next).toBe('?page=2&limit=1');
    const visible = await s.api('GET', '/v3/catalog/products?is_visible=true');
    expect((visible.body as { data: unknown[] }).data).toHaveLength(1);
    const sorted = await s.api('GET', '/v3/catalog/products?sort=price&direction=desc');
    expect((sorted.body as { data: Array<{ name: string }> }).data[0]?.name).toBe('Hidden');
    const fields = await s.api('GET', '/v3/catalog/products?include_fields=name,price');
    expect(Object.keys((fields.body as { data: Array<Record<string, unknown>> }).data[0] ?? {}).sort()).toEqual(['id', 'name', 'price']);
    expect((await s.api('GET', '/v3/catalog/products?limit=500')).status).toBe(413);
  });
  it('GET /v3/catalog/products/{id} matches getProduct (200, 404)', async () => {
    await s.checked(CATALOG, 'GET', `/v3/catalog/products/${id}?include=variants,images`, undefined, 200);
    await s.checked(CATALOG, 'GET', '/v3/catalog/products/9999', undefined, 404);
  });
  it('PUT /v3/catalog/products/{id} matches updateProduct', async () => {
    const res = await s.checked(CATALOG, 'PUT', `/v3/catalog/products/${id}`, { price: 5.49, inventory_level: 7 }, 200);
    expect((res.body as { data: { price: number } }).data.price).toBe(5.49);
    await s.checked(CATALOG, 'PUT', '/v3/catalog/products/9999', { price: 1 }, 404);
  });
  it('GET /v3/catalog/products/{id}/images matches getProductImages', async () => {
    const res = await s.checked(CATALOG, 'GET', `/v3/catalog/products/${id}/images`, undefined, 200);
    expect((res.body as { data: Array<{ url_standard: string }> }).data[0]?.url_standard).toMatch(/^https:\/\/cdn11\.bigcommerce\.com\//);
  });
  it('DELETE /v3/catalog/products/{id} matches deleteProduct', async () => {
    await s.checked(CATALOG, 'DELETE', `/v3/catalog/products/${id}`, undefined, 204);
    expect((await s.api('GET', `/v3/catalog/products/${id}`)).status).toBe(404);
  });
});
