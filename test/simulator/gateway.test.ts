// Authentication, scopes, rate limits, fault injection and request accounting (README §2, §3, §4).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { installedStore, request, startTestSimulator, type TestStore } from './helpers.js';

let sim: Simulator;
let s: TestStore;

beforeAll(async () => {
  sim = await startTestSimulator();
  s = await installedStore(sim); // default app scopes: orders read-only, customers modify, ...
});
afterAll(async () => sim.close());

describe('authentication', () => {
  it('401 without or with a bad token, in each API’s error style', async () => {
    const v2 = await s.api('GET', '/v2/orders', undefined, '');
    expect(v2.status).toBe(401);
    expect(Array.isArray(v2.body)).toBe(true);
    expect((v2.body as Array<{ status: number }>)[0]?.status).toBe(401);
    const v3 = await s.api('GET', '/v3/customers', undefined, 'not-a-token');
    expect(v3.status).toBe(401);
    expect(v3.body).toMatchObject({ status: 401, title: expect.any(String) });
  });

  it('403 when a token is used against another store', async () => {
    const other = sim.control.createStore();
    const res = await request(`${sim.url}/stores/${other.hash}/v2/time`, 'GET', undefined, { 'X-Auth-Token': s.token });
    expect(res.status).toBe(403);
  });

  it('404 for an unknown store', async () => {
    const res = await request(`${sim.url}/stores/nosuchstore/v2/time`, 'GET', undefined, { 'X-Auth-Token': s.token });
    expect(res.status).toBe(404);
  });
});

describe('scopes', () => {
  it('read-only scopes allow GET only (403 on writes)', async () => {
    sim.control.createOrder(s.hash, { subtotalCents: 1000 });
    expect((await s.api('GET', '/v2/orders')).status).toBe(200);
    const put = await s.api('PUT', '/v2/orders/100', { status_id: 2 });
    expect(put.status).toBe(403);
    expect(Array.isArray(put.body)).toBe(true);
    const post = await s.api('POST', '/v3/catalog/products', { name: 'x', type: 'physical', weight: 1, price: 1 });
    expect(post.status).toBe(403);
    expect(post.body).toMatchObject({ status: 403 });
  });

  it('modify scopes allow writes; webhooks need no scope', async () => {
    expect((await s.api('POST', '/v3/customers/subscribers', { email: 'w@example.com' })).status).toBe(200);
    const bare = sim.control.createApiAccount(s.hash, []);
    const hooks = await request(`${sim.url}/stores/${s.hash}/v3/hooks`, 'GET', undefined, { 'X-Auth-Token': bare.accessToken });
    expect(hooks.status).toBe(200);
    const orders = await request(`${sim.url}/stores/${s.hash}/v2/orders`, 'GET', undefined, { 'X-Auth-Token': bare.accessToken });
    expect(orders.status).toBe(403);
  });

  it('API accounts carry only their scopes; refunds accept orders or transactions scopes', async () => {
    const acct = sim.control.createApiAccount(s.hash, ['store_v2_transactions_read_only']);
    expect(acct.apiPath).toBe(`${sim.url}/stores/${s.hash}/v3/`);
    const get = (p: string) => request(`${acct.apiPath}${p}`, 'GET', undefined, { 'X-Auth-Token': acct.accessToken });
    expect((await get('orders/payment_actions/refunds')).status).toBe(200);
    expect((await get('customers')).status).toBe(403);
    const post = await request(`${acct.apiPath}orders/100/payment_actions/refunds`, 'POST', { items: [], payments: [] }, { 'X-Auth-Token': acct.accessToken });
    expect(post.status).toBe(403);
    expect(post.body).toMatchObject({ data: [{ status: 403 }] });
    sim.control.deleteApiAccount(s.hash, acct.clientId);
    expect((await get('orders/payment_actions/refunds')).status).toBe(401);
  });

  it('malformed JSON bodies get 400, non-JSON bodies 415', async () => {
    const res = await s.api('POST', '/v3/customers', '{not json');
    expect(res.status).toBe(400);
    const plain = await fetch(`${sim.url}/stores/${s.hash}/v3/customers`, {
      method: 'POST',
      headers: { 'X-Auth-Token': s.token, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a@example.com',
    });
    expect(plain.status).toBe(415);
  });
});

describe('rate limits', () => {
  it('every response carries the rate-limit headers', async () => {
    const res = await s.api('GET', '/v2/time', undefined, s.token);
    expect(res.headers.get('x-rate-limit-time-window-ms')).toBe('30000');
    expect(Number(res.headers.get('x-rate-limit-time-reset-ms'))).toBeGreaterThan(0);
    expect(res.headers.get('x-rate-limit-requests-quota')).toBe('150');
    expect(Number(res.headers.get('x-rate-limit-requests-left'))).toBeLessThan(150);
  });

  it('answers 429 with headers and X-Retry-After once the quota is used, then recovers', async () => {
    const st = await installedStore(sim);
    sim.control.setRateLimit(st.hash, { quota: 5, windowMs: 400 });
    sim.control.resetRequestCount(st.hash);
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof st.api>> | undefined;
    for (let i = 0; i < 7; i++) {
      const r = await st.api('GET', '/v2/store');
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(limited?.headers.get('x-rate-limit-requests-left')).toBe('0');
    expect(limited?.headers.get('x-rate-limit-requests-quota')).toBe('5');
    expect(Number(limited?.headers.get('x-rate-limit-time-reset-ms'))).toBeLessThanOrEqual(400);
    expect(Number(limited?.headers.get('x-retry-after'))).toBeGreaterThanOrEqual(1);
    expect(sim.control.requestCount(st.hash)).toBe(7);
    expect(sim.control.rateLimitedCount(st.hash)).toBe(2);
    await new Promise((r) => setTimeout(r, Number(limited?.headers.get('x-rate-limit-time-reset-ms')) + 20));
    expect((await st.api('GET', '/v2/store')).status).toBe(200);
  });

  it('the quota is per store and shared by every client of that store', async () => {
    const st = await installedStore(sim);
    sim.control.setRateLimit(st.hash, { quota: 2, windowMs: 60_000 });
    const acct = sim.control.createApiAccount(st.hash, ['store_v2_information_read_only']);
    expect((await st.api('GET', '/v2/time')).status).toBe(200);
    expect((await request(`${sim.url}/stores/${st.hash}/v2/time`, 'GET', undefined, { 'X-Auth-Token': acct.accessToken })).status).toBe(200);
    expect((await st.api('GET', '/v2/time')).status).toBe(429);
    expect((await s.api('GET', '/v2/time')).status).toBe(200);
  });
});

describe('fault injection', () => {
  it('fails the next N matching calls with the given status, then recovers', async () => {
    sim.control.injectFaults(s.hash, { status: 500, count: 2, pathPrefix: '/v2/orders', method: 'GET' });
    expect((await s.api('GET', '/v2/time')).status).toBe(200);
    expect((await s.api('GET', '/v2/orders')).status).toBe(500);
    expect((await s.api('GET', '/v2/orders/100')).status).toBe(500);
    expect((await s.api('GET', '/v2/orders')).status).toBe(200);
  });

  it('injected 429s carry the rate-limit headers and count as rate limited', async () => {
    const before = sim.control.rateLimitedCount(s.hash);
    sim.control.injectFaults(s.hash, { status: 429, count: 1 });
    const r = await s.api('GET', '/v3/customers');
    expect(r.status).toBe(429);
    expect(r.headers.get('x-retry-after')).toBeTruthy();
    expect(r.headers.get('x-rate-limit-requests-quota')).toBe('150');
    // the advertised reset is the window's remainder x timeScale (0.001 by default)
    expect(Number(r.headers.get('x-rate-limit-time-reset-ms'))).toBeLessThanOrEqual(30);
    sim.control.injectFaults(s.hash, { status: 429, count: 1, resetMs: 15_000 });
    const explicit = await s.api('GET', '/v3/customers');
    expect(explicit.headers.get('x-rate-limit-time-reset-ms')).toBe('15000');
    expect(explicit.headers.get('x-retry-after')).toBe('15');
    expect(sim.control.rateLimitedCount(s.hash)).toBe(before + 2);
    sim.control.injectFaults(s.hash, { status: 503, count: 1, pathPrefix: `/stores/${s.hash}/v3/customers` });
    expect((await s.api('GET', '/v3/customers')).status).toBe(503);
  });
});
