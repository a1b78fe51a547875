// Webhook deliveries to a real local HTTP receiver: body, custom headers, Standard Webhooks
// signature, retries, deactivation, duplicates, pause/resume, drops (README §5).

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { CLIENT_SECRET, installedStore, request, startReceiver, startTestSimulator, type Receiver, type TestStore } from './helpers.js';
import { assertWebhookPayload } from './spec-validator.js';

/** Standard Webhooks verification as an app would do it (library initialised with base64(secret)). */
function verifySignature(secret: string, headers: Record<string, string | string[] | undefined>, body: string): boolean {
  const key = Buffer.from(Buffer.from(secret, 'utf8').toString('base64'), 'base64');
  const expected = createHmac('sha256', key).update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((part) => {
      const [version, sig] = part.split(',');
      const given = Buffer.from(sig ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

interface Payload {
  scope: string;
  store_id: string;
  data: Record<string, unknown>;
  hash: string;
  created_at: number;
  producer: string;
}

let sim: Simulator;
let s: TestStore;
let receiver: Receiver;

async function hook(st: TestStore, scope: string, path = '/hook', headers?: Record<string, string>) {
  const res = await st.api('POST', '/v3/hooks', { scope, destination: `${receiver.url}${path}`, is_active: true, ...(headers ? { headers } : {}) });
  expect(res.status).toBe(200);
  return (res.body as { data: { id: number } }).data.id;
}

beforeAll(async () => {
  // 10 retries of 5-20 ms: the full schedule runs in well under a second.
  sim = await startTestSimulator({ webhookRetryDelaysMs: [5, 5, 5, 5, 5, 10, 10, 10, 20, 20, 20], webhookTimeoutMs: 300 });
});
afterAll(async () => sim.close());
afterEach(async () => receiver?.close());

describe('delivery', () => {
  beforeAll(async () => {
    s = await installedStore(sim);
  });
  // Hooks pointing at a closed receiver would only add failing retries to later tests.
  afterEach(async () => {
    for (const h of sim.control.listHooks(s.hash)) await s.api('DELETE', `/v3/hooks/${h.id}`);
  });

  it('POSTs the documented body with custom headers and a valid Standard Webhooks signature', async () => {
    receiver = await startReceiver();
    await hook(s, 'store/order/*', '/orders', { 'X-Tandem-Secret': 's3cr3t' });
    const order = sim.control.createOrder(s.hash, { subtotalCents: 2500 });
    await sim.control.waitForDeliveries(s.hash);
    expect(receiver.requests).toHaveLength(1);
    const req = receiver.requests[0];
    if (!req) throw new Error('no delivery');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['x-tandem-secret']).toBe('s3cr3t');
    expect(req.headers['webhook-id']).toMatch(/^msg_/);
    expect(Math.abs(Number(req.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    expect(verifySignature(CLIENT_SECRET, req.headers, req.body)).toBe(true);
    expect(verifySignature('wrong-secret', req.headers, req.body)).toBe(false);
    const body = JSON.parse(req.body) as Payload;
    expect(body).toEqual({
      scope: 'store/order/created',
      store_id: String(sim.control.getStore(s.hash).storeId),
      data: { type: 'order', id: order.id },
      hash: createHash('sha1').update(JSON.stringify({ type: 'order', id: order.id })).digest('hex'),
      created_at: expect.any(Number),
      producer: `stores/${s.hash}`,
    });
    assertWebhookPayload('store/order/created', body);
    const records = sim.control.deliveries(s.hash);
    expect(records.at(-1)).toMatchObject({ scope: 'store/order/created', status: 200, ok: true, attempt: 1, hash: body.hash });
  });

  it('fires the right scopes and payloads for order status changes and refunds', async () => {
    receiver = await startReceiver();
    await hook(s, 'store/order/statusUpdated', '/status');
    await hook(s, 'store/order/refund/created', '/refund');
    const order = sim.control.createOrder(s.hash, { subtotalCents: 4000, statusId: 11 });
    sim.control.setOrderStatus(s.hash, order.id, 2);
    const refund = sim.control.createRefund(s.hash, order.id, { amountCents: 1000 });
    await sim.control.waitForDeliveries(s.hash);
    const bodies = receiver.requests.map((r) => JSON.parse(r.body) as Payload);
    const status = bodies.filter((b) => b.scope === 'store/order/statusUpdated' && b.data.id === order.id).map((b) => b.data.status);
    expect(status).toEqual([
      { previous_status_id: 11, new_status_id: 2 },
      { previous_status_id: 2, new_status_id: 14 },
    ]);
    const refunds = bodies.filter((b) => b.scope === 'store/order/refund/created');
    expect(refunds.map((b) => b.data)).toEqual([{ type: 'order', id: order.id, refund: { refund_id: refund.id } }]);
    for (const b of bodies) assertWebhookPayload(b.scope, b);
  });

  it('delivers customer, subscriber, product and cart events with schema-valid payloads', async () => {
    receiver = await startReceiver();
    for (const scope of ['store/customer/*', 'store/subscriber/*', 'store/product/*', 'store/cart/converted']) await hook(s, scope, `/${scope.split('/')[1]}`);
    const c = sim.control.createCustomer(s.hash);
    sim.control.updateCustomer(s.hash, c.id, { company: 'X' });
    sim.control.deleteCustomer(s.hash, c.id);
    const sub = sim.control.createSubscriber(s.hash);
    sim.control.updateSubscriber(s.hash, sub.id, { first_name: 'Z' });
    sim.control.deleteSubscriber(s.hash, sub.id);
    const p = sim.control.createProduct(s.hash);
    sim.control.updateProduct(s.hash, p.id, { inventory_level: 3 });
    sim.control.deleteProduct(s.hash, p.id);
    sim.control.cartConverted(s.hash, '7e48f7ef-2e88-4817-aea4-b0ed01490114', 250);
    await sim.control.waitForDeliveries(s.hash);
    const bodies = receiver.requests.map((r) => JSON.parse(r.body) as Payload);
    expect(bodies.map((b) => b.scope)).toEqual([
      'store/customer/created',
      'store/customer/updated',
      'store/customer/deleted',
      'store/subscriber/created',
      'store/subscriber/updated',
      'store/subscriber/deleted',
      'store/product/created',
      'store/product/updated',
      'store/product/inventory/updated',
      'store/product/deleted',
      'store/cart/converted',
    ]);
    for (const b of bodies) assertWebhookPayload(b.scope, b);
    expect(bodies.at(-1)?.data).toEqual({ type: 'cart', id: '7e48f7ef-2e88-4817-aea4-b0ed01490114', orderId: 250 });
  });

  it('API changes made by the app fire webhooks too, and never block the API call', async () => {
    receiver = await startReceiver();
    const id = await hook(s, 'store/subscriber/created', '/sub2');
    const res = await s.api('POST', '/v3/customers/subscribers', { email: 'api-made@example.com' });
    expect(res.status).toBe(200);
    await sim.control.waitForDeliveries(s.hash);
    expect(receiver.requests.map((r) => (JSON.parse(r.body) as Payload).data.id)).toEqual([(res.body as { data: { id: number } }).data.id]);
    await s.api('DELETE', `/v3/hooks/${id}`);
  });

  it('inactive hooks and hooks of other scopes receive nothing', async () => {
    receiver = await startReceiver();
    const id = await hook(s, 'store/information/updated', '/info');
    await s.api('PUT', `/v3/hooks/${id}`, { is_active: false });
    sim.control.createOrder(s.hash);
    await sim.control.waitForDeliveries(s.hash);
    expect(receiver.requests.filter((r) => r.body.includes('information'))).toHaveLength(0);
  });
});

describe('retries and deactivation', () => {
  it('retries failed deliveries with the same body and hash, then succeeds', async () => {
    receiver = await startReceiver(500);
    const st = await installedStore(sim);
    await hook(st, 'store/customer/created');
    sim.control.createCustomer(st.hash);
    // Flip the receiver to healthy after two failures.
    const flip = setInterval(() => {
      if (receiver.requests.length >= 2) receiver.status = 200;
    }, 1);
    await sim.control.waitForDeliveries(st.hash);
    clearInterval(flip);
    const attempts = sim.control.deliveries(st.hash);
    expect(attempts.map((a) => a.status).slice(0, 2)).toEqual([500, 500]);
    expect(attempts.at(-1)).toMatchObject({ ok: true, status: 200 });
    expect(new Set(attempts.map((a) => a.attempt)).size).toBe(attempts.length);
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(sim.control.listHooks(st.hash)[0]?.isActive).toBe(true);
  });

  it('deactivates the hook (is_active: false) after the last retry fails', async () => {
    receiver = await startReceiver(503);
    const st = await installedStore(sim);
    const id = await hook(st, 'store/product/created');
    sim.control.createProduct(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    expect(receiver.requests).toHaveLength(12); // first try + 11 retries
    const res = await st.api('GET', `/v3/hooks/${id}`);
    expect((res.body as { data: { is_active: boolean } }).data.is_active).toBe(false);
    const admin = await st.api('GET', '/v3/hooks/admin');
    expect((admin.body as { data: { hooks_list: Array<{ status: string }> } }).data.hooks_list[0]?.status).toBe('deactivated');
    // Re-enable with PUT is_active: true.
    receiver.status = 200;
    await st.api('PUT', `/v3/hooks/${id}`, { is_active: true });
    sim.control.createProduct(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    expect(sim.control.deliveries(st.hash).at(-1)?.ok).toBe(true);
  });

  it('unreachable destinations and timeouts count as failures', async () => {
    const slow = await startReceiver();
    receiver = slow;
    const st = await installedStore(sim);
    await st.api('POST', '/v3/hooks', { scope: 'store/order/created', destination: 'http://127.0.0.1:1/closed' });
    sim.control.createOrder(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    const records = sim.control.deliveries(st.hash);
    expect(records).toHaveLength(12);
    expect(records.every((r) => r.status === 0 && !r.ok)).toBe(true);
  });

  it('uses the documented schedule scaled by timeScale by default', async () => {
    const scaled = await startTestSimulator({ timeScale: 0.000005 });
    receiver = await startReceiver(500);
    const st = await installedStore(scaled);
    await st.api('POST', '/v3/hooks', { scope: 'store/order/created', destination: `${receiver.url}/x` });
    const started = Date.now();
    scaled.control.createOrder(st.hash);
    await scaled.control.waitForDeliveries(st.hash);
    // 173,040 s x 0.000005 = 0.87 s in total
    expect(Date.now() - started).toBeGreaterThan(800);
    expect(receiver.requests).toHaveLength(12);
    await scaled.close();
  });
});

describe('delivery controls', () => {
  it('duplicates: each event is delivered n extra times with the same body and hash', async () => {
    receiver = await startReceiver();
    const st = await installedStore(sim);
    await hook(st, 'store/order/created');
    sim.control.setWebhookDuplicates(st.hash, 2);
    sim.control.createOrder(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
  });

  it('pause/resume queues events and delivers them later', async () => {
    receiver = await startReceiver();
    const st = await installedStore(sim);
    await hook(st, 'store/order/created');
    sim.control.pauseWebhooks(st.hash);
    sim.control.createOrder(st.hash);
    sim.control.createOrder(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    expect(receiver.requests).toHaveLength(0);
    sim.control.resumeWebhooks(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    expect(receiver.requests).toHaveLength(2);
  });

  it('dropNextWebhooks simulates events BigCommerce never delivers', async () => {
    receiver = await startReceiver();
    const st = await installedStore(sim);
    await hook(st, 'store/order/created');
    sim.control.dropNextWebhooks(st.hash, 1);
    const dropped = sim.control.createOrder(st.hash);
    const delivered = sim.control.createOrder(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    const ids = receiver.requests.map((r) => (JSON.parse(r.body) as Payload).data.id);
    expect(ids).toEqual([delivered.id]);
    expect(ids).not.toContain(dropped.id);
  });

  it('hooks of an API account are signed with that account’s secret', async () => {
    receiver = await startReceiver();
    const st = await installedStore(sim);
    const acct = sim.control.createApiAccount(st.hash, []);
    await request(`${sim.url}/stores/${st.hash}/v3/hooks`, 'POST', { scope: 'store/order/created', destination: `${receiver.url}/acct` }, { 'X-Auth-Token': acct.accessToken });
    sim.control.createOrder(st.hash);
    await sim.control.waitForDeliveries(st.hash);
    const req = receiver.requests[0];
    if (!req) throw new Error('no delivery');
    expect(verifySignature(acct.clientSecret, req.headers, req.body)).toBe(true);
  });
});
