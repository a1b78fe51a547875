// The HTTP mirror of the control API and the control-panel page used by the demo and browser tests.

import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { APP_URL, CLIENT_ID, CLIENT_SECRET, exchange, request, startTestSimulator } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ webhookDelivery: false });
});
afterAll(async () => sim.close());

const ctl = (method: string, path: string, body?: unknown) => request(`${sim.url}/__control${path}`, method, body);

describe('/__control', () => {
  it('drives a store end to end: create, install, data, status, refund, accounting', async () => {
    const created = await ctl('POST', '/stores', { hash: 'ctl123', name: 'Ridge Supply', planName: 'Pro' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ hash: 'ctl123', name: 'Ridge Supply', rateLimit: { quota: 450 } });

    const install = await ctl('POST', '/stores/ctl123/install', { scopes: ['store_v2_orders', 'store_v2_customers'] });
    const { query, authUrl } = install.body as { query: Record<string, string>; authUrl: string };
    expect(authUrl.startsWith(`${APP_URL}/auth?`)).toBe(true);
    const token = ((await exchange(sim, query)).body as { access_token: string }).access_token;

    const customer = await ctl('POST', '/stores/ctl123/customers', { email: 'ctl@example.com', first_name: 'C', last_name: 'L' });
    const customerId = (customer.body as { id: number }).id;
    const order = await ctl('POST', '/stores/ctl123/orders', { customerId, subtotalCents: 12000, shippingCents: 500 });
    const orderId = (order.body as { id: number }).id;
    expect((await ctl('POST', `/stores/ctl123/orders/${orderId}/status`, { statusId: 2 })).status).toBe(200);
    const refund = await ctl('POST', `/stores/ctl123/orders/${orderId}/refunds`, { amountCents: 12500 });
    expect(refund.body).toMatchObject({ orderId, totalCents: 12500 });
    expect((await ctl('GET', `/stores/ctl123/orders/${orderId}`)).body).toMatchObject({ statusId: 4 });

    const api = await request(`${sim.url}/stores/ctl123/v2/orders/${orderId}`, 'GET', undefined, { 'X-Auth-Token': token });
    expect(api.body).toMatchObject({ status_id: 4, status: 'Refunded', total_inc_tax: '125.0000' });
    const counts = await ctl('GET', '/stores/ctl123/requests');
    expect(counts.body).toEqual({ requestCount: 1, rateLimitedCount: 0 });
    expect((await ctl('DELETE', '/stores/ctl123/requests')).status).toBe(204);

    const unpaid = await ctl('POST', '/stores/ctl123/orders', { statusId: 7 });
    const rejected = await ctl('POST', `/stores/ctl123/orders/${(unpaid.body as { id: number }).id}/refunds`, { amountCents: 100 });
    expect(rejected.status).toBe(422);
    expect(rejected.body).toMatchObject({ error: expect.stringMatching(/not been paid/) });
  });

  it('mints JWTs, injects faults, seeds, and reports errors as JSON', async () => {
    await ctl('POST', '/stores', { hash: 'ctl456' });
    const minted = await ctl('GET', '/stores/ctl456/jwt?kind=load&path=/settings');
    const { jwt: token, url } = minted.body as { jwt: string; url: string };
    expect(url).toContain(`${APP_URL}/load?signed_payload_jwt=`);
    expect(jwt.verify(token, CLIENT_SECRET, { audience: CLIENT_ID })).toMatchObject({ url: '/settings', sub: 'stores/ctl456' });

    const seeded = await ctl('POST', '/stores/ctl456/seed', { orders: 20, customers: 5, subscribers: 3, products: 4 });
    expect(seeded.body).toMatchObject({ orders: 20, customers: 5 });

    expect((await ctl('POST', '/stores/ctl456/faults', { status: 502, count: 1 })).status).toBe(204);
    const acct = sim.control.createApiAccount('ctl456', ['store_v2_orders']);
    expect((await request(`${sim.url}/stores/ctl456/v2/orders`, 'GET', undefined, { 'X-Auth-Token': acct.accessToken })).status).toBe(502);
    expect((await request(`${sim.url}/stores/ctl456/v2/orders`, 'GET', undefined, { 'X-Auth-Token': acct.accessToken })).status).toBe(200);

    const missing = await ctl('GET', '/stores/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: expect.any(String) });
  });
});

describe('control-panel page', () => {
  it('/manage/{hash} frames a fresh /load URL for the owner or another user', async () => {
    const store = sim.control.createStore({ name: 'Canyon & Co' });
    const user = sim.control.addUser(store.hash, { id: 777, email: 'u@example.com' });
    const res = await fetch(`${sim.url}/manage/${store.hash}?user=${user.id}&path=/deep/link`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('Canyon &#38; Co');
    const src = /<iframe[^>]+src="([^"]+)"/.exec(html)?.[1]?.replace(/&#38;/g, '&');
    expect(src).toBeDefined();
    const frame = new URL(src as string);
    expect(`${frame.origin}${frame.pathname}`).toBe(`${APP_URL}/load`);
    const claims = jwt.verify(frame.searchParams.get('signed_payload_jwt') as string, CLIENT_SECRET, { audience: CLIENT_ID }) as Record<string, unknown>;
    expect(claims).toMatchObject({ user: { id: 777 }, url: '/deep/link', owner: { id: store.owner.id } });
    expect((await fetch(`${sim.url}/manage/${store.hash}?user=1`)).status).toBe(404);
  });

  it('/manage/{hash}/install frames the /auth URL of a new install', async () => {
    const store = sim.control.createStore();
    const html = await (await fetch(`${sim.url}/manage/${store.hash}/install`)).text();
    const src = /<iframe[^>]+src="([^"]+)"/.exec(html)?.[1]?.replace(/&#38;/g, '&') as string;
    const url = new URL(src);
    expect(url.pathname).toBe('/app/auth');
    expect(url.searchParams.get('context')).toBe(`stores/${store.hash}`);
    expect((await exchange(sim, Object.fromEntries(url.searchParams))).status).toBe(200);
  });

  it('external install: /app/{client_id}/install redirects to /auth with external_install', async () => {
    const store = sim.control.createStore();
    const res = await fetch(`${sim.url}/app/${CLIENT_ID}/install?store_hash=${store.hash}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') as string).searchParams.get('external_install')).toBe('1');
    expect((await fetch(`${sim.url}/app/${CLIENT_ID}/install/succeeded`)).status).toBe(200);
  });
});
