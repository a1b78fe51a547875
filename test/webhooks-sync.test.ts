// BigCommerce tells Tandem about every change through webhooks, sometimes
// twice, sometimes late, sometimes not at all; the scheduled sync catches what
// they miss. Whatever happens, the local copy ends up right and nothing is
// applied twice.
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../server/lib/crypto.js';
import { WEBHOOK_SCOPES, WEBHOOK_SECRET_HEADER } from '../server/webhooks/scopes.js';
import { bearer, installStore, settle as settleStore, startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { WORKER_CONCURRENCY: '2' } });
});
afterAll(async () => {
  await h?.close();
});

const models = () => h.app.deps.models;
const settle = (storeHash: string) => settleStore(h, storeHash);
const installed = () => installStore(h);
const secretOf = async (storeHash: string) => {
  const store = await models().Store.findOne({ storeHash }).lean();
  return decryptSecret(store!.webhookSecretEnc!, h.config.TOKEN_ENCRYPTION_KEY, `webhook:${storeHash}`);
};
const webhookJobs = (storeHash: string) => models().Job.countDocuments({ storeHash, type: 'webhook' });

function delivery(storeHash: string, scope: string, data: Record<string, unknown>, createdAt = Math.floor(Date.now() / 1000)) {
  return { scope, store_id: '1001', data, hash: createHmac('sha1', 'x').update(JSON.stringify(data) + scope).digest('hex'), created_at: createdAt, producer: `stores/${storeHash}` };
}

describe('registration', () => {
  it('registers every webhook on install, each carrying the store’s secret', async () => {
    const { storeHash } = await installed();
    const hooks = h.sim.control.listHooks(storeHash);
    expect(hooks.map((x) => x.scope).sort()).toEqual([...WEBHOOK_SCOPES].sort());
    const secret = await secretOf(storeHash);
    for (const hook of hooks) {
      expect(hook.destination).toBe(`${h.config.APP_URL}/webhooks`);
      expect(hook.isActive).toBe(true);
      expect(hook.headers?.[WEBHOOK_SECRET_HEADER]).toBe(secret);
    }
  });

  it('repairs idempotently: never duplicates, re-activates a deactivated hook, removes a stale one', async () => {
    const { storeHash, ownerToken } = await installed();
    const hooks = h.sim.control.listHooks(storeHash);
    const victim = hooks.find((x) => x.scope === 'store/order/created')!;
    // Deactivate one hook and add a stale one, as an old version of the app might have left.
    const token = h.sim.control.accessToken(storeHash)!;
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${h.sim.url}/stores/${storeHash}/v3${path}`, { method, headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json', Accept: 'application/json' }, body: body ? JSON.stringify(body) : null });
    expect((await api('PUT', `/hooks/${victim.id}`, { is_active: false })).status).toBe(200);
    expect((await api('POST', '/hooks', { scope: 'store/cart/abandoned', destination: `${h.config.APP_URL}/webhooks`, is_active: true })).status).toBe(200);

    const res = await request(h.url).post('/api/webhooks/repair').set(bearer(ownerToken));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, reactivated: 1, deleted: 1, active: WEBHOOK_SCOPES.length });
    const again = await request(h.url).post('/api/webhooks/repair').set(bearer(ownerToken));
    expect(again.body).toMatchObject({ created: 0, reactivated: 0, updated: 0, deleted: 0 });
    const after = h.sim.control.listHooks(storeHash);
    expect(after).toHaveLength(WEBHOOK_SCOPES.length);
    expect(after.every((x) => x.isActive)).toBe(true);

    const health = await request(h.url).get('/api/webhooks').set(bearer(ownerToken));
    expect(health.body.scopes.every((s: { registered: boolean; active: boolean }) => s.registered && s.active)).toBe(true);
  });
});

describe('deliveries', () => {
  it('keeps the local order current as BigCommerce delivers its events, in integer minor units', async () => {
    const { storeHash, ownerToken } = await installed();
    const order = h.sim.control.createOrder(storeHash, { email: 'ana@example.com', subtotalCents: 10_000, shippingCents: 1_000, taxCents: 1_000, statusId: 11 });
    await settle(storeHash);
    let mirror = await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean();
    expect(mirror).toMatchObject({ statusId: 11, totalIncTaxMinor: 12_000, shippingIncTaxMinor: 1_000, email: 'ana@example.com', currency: 'USD' });

    h.sim.control.setOrderStatus(storeHash, order.id, 2);
    await settle(storeHash);
    mirror = await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean();
    expect(mirror!.statusId).toBe(2);

    h.sim.control.createRefund(storeHash, order.id, { amountCents: 3_000 });
    await settle(storeHash);
    mirror = await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean();
    expect(mirror!.refundedMinor).toBe(3_000);
    const health = await request(h.url).get('/api/webhooks').set(bearer(ownerToken));
    const created = health.body.scopes.find((x: { scope: string }) => x.scope === 'store/order/created');
    expect(created.deliveries).toBeGreaterThanOrEqual(1);
    expect(created.lastEventAt).toBeTruthy();
    expect(mirror!.refunds).toHaveLength(1);
    expect(mirror!.statusId).toBe(14);
  });

  it('stores a duplicate delivery once and answers 200 to each copy', async () => {
    const { storeHash } = await installed();
    h.sim.control.setWebhookDuplicates(storeHash, 2);
    const before = await webhookJobs(storeHash);
    const customer = h.sim.control.createCustomer(storeHash, { email: 'dup@example.com', first_name: 'Dee', last_name: 'Upp' });
    await settle(storeHash);
    h.sim.control.setWebhookDuplicates(storeHash, 0);
    const attempts = h.sim.control.deliveries(storeHash).filter((d) => d.scope === 'store/customer/created' && d.status === 200);
    expect(attempts.length).toBe(3);
    expect((await webhookJobs(storeHash)) - before).toBe(1);
    expect(await models().CustomerMirror.findOne({ storeHash, customerId: customer.id }).lean()).toMatchObject({ email: 'dup@example.com' });
  });

  it('never lets a late event or an older fetch overwrite newer data', async () => {
    const { storeHash } = await installed();
    const order = h.sim.control.createOrder(storeHash, { email: 'late@example.com', subtotalCents: 5_000, statusId: 11 });
    await settle(storeHash);
    h.sim.control.setOrderStatus(storeHash, order.id, 10);
    await settle(storeHash);
    // The "created" event arrives again, late (a new delivery of an old event).
    const secret = await secretOf(storeHash);
    const late = delivery(storeHash, 'store/order/created', { type: 'order', id: order.id }, Math.floor(Date.now() / 1000) - 3600);
    expect((await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).send(late)).status).toBe(200);
    await settle(storeHash);
    expect((await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean())!.statusId).toBe(10);

    // An older copy of the order written directly is refused by the modification-time guard.
    const { applyOrder } = await import('../server/sync/orders.js');
    const ctx = (await h.app.deps.sync.storeContext(storeHash))!;
    const current = (await ctx.client.getOrder(order.id))!;
    const stale = { ...current, status_id: 11, date_modified: 'Mon, 01 Jan 2001 00:00:00 +0000' };
    expect(await applyOrder(ctx, stale, {})).toBe(false);
    expect((await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean())!.statusId).toBe(10);
  });

  it('refuses forged, unauthenticated and malformed deliveries and stores none of them', async () => {
    const { storeHash } = await installed();
    const before = await webhookJobs(storeHash);
    const body = delivery(storeHash, 'store/order/created', { type: 'order', id: 999 });
    const secret = await secretOf(storeHash);

    const noHeader = await request(h.url).post('/webhooks').send(body);
    expect(noHeader.status).toBe(401);
    const wrong = await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, 'guess').send(body);
    expect(wrong.status).toBe(401);
    const otherStore = await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).send({ ...body, producer: 'stores/nosuchstore' });
    expect(otherStore.status).toBe(401);
    const ts = String(Math.floor(Date.now() / 1000));
    const badSig = await request(h.url)
      .post('/webhooks')
      .set(WEBHOOK_SECRET_HEADER, secret)
      .set('webhook-id', 'msg_1')
      .set('webhook-timestamp', ts)
      .set('webhook-signature', 'v1,' + Buffer.from('forged').toString('base64'))
      .send(body);
    expect(badSig.status).toBe(401);
    expect(badSig.body.error.code).toBe('bad_signature');
    const notJson = await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).set('Content-Type', 'application/json').send('{nope');
    expect(notJson.status).toBe(400);
    const badShape = await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).send({ ...body, data: { type: 'order', id: 'abc' } });
    expect(badShape.status).toBe(400);
    expect(badShape.body.error.message).toContain('store/order/created');

    expect(await webhookJobs(storeHash)).toBe(before);
  });

  it('accepts a correctly signed Standard Webhooks delivery', async () => {
    const { storeHash } = await installed();
    const secret = await secretOf(storeHash);
    const raw = JSON.stringify(delivery(storeHash, 'store/product/created', { type: 'product', id: 123456 }));
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = createHmac('sha256', Buffer.from(h.config.BC_CLIENT_SECRET)).update(`msg_2.${ts}.${raw}`).digest('base64');
    const res = await request(h.url)
      .post('/webhooks')
      .set(WEBHOOK_SECRET_HEADER, secret)
      .set('Content-Type', 'application/json')
      .set('webhook-id', 'msg_2')
      .set('webhook-timestamp', ts)
      .set('webhook-signature', `v1,${sig}`)
      .send(raw);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, duplicate: false });
  });

  it('removes a deleted customer’s personal data from every local copy', async () => {
    const { storeHash } = await installed();
    const customer = h.sim.control.createCustomer(storeHash, { email: 'gone@example.com', first_name: 'Gone', last_name: 'Soon' });
    const order = h.sim.control.createOrder(storeHash, { customerId: customer.id, subtotalCents: 2_000, statusId: 10 });
    await settle(storeHash);
    expect(await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean()).toMatchObject({ email: 'gone@example.com' });
    h.sim.control.deleteCustomer(storeHash, customer.id);
    await settle(storeHash);
    expect(await models().CustomerMirror.findOne({ storeHash, customerId: customer.id })).toBeNull();
    expect(await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean()).toMatchObject({ email: null, firstName: null, lastName: null, totalIncTaxMinor: 2_000 });
  });
});

describe('scheduled sync', () => {
  it('catches a change whose webhook BigCommerce never delivered', async () => {
    const { storeHash, ownerToken } = await installed();
    h.sim.control.dropNextWebhooks(storeHash, 10);
    const order = h.sim.control.createOrder(storeHash, { email: 'missed@example.com', subtotalCents: 4_200, statusId: 11 });
    const sub = h.sim.control.createSubscriber(storeHash, { email: 'news@example.com' });
    await settle(storeHash);
    expect(await models().OrderMirror.findOne({ storeHash, orderId: order.id })).toBeNull();

    const res = await request(h.url).post('/api/sync/run').set(bearer(ownerToken));
    expect(res.status).toBe(202);
    await settle(storeHash);
    expect(await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean()).toMatchObject({ totalIncTaxMinor: 4_200 });
    expect(await models().SubscriberMirror.findOne({ storeHash, subscriberId: sub.id }).lean()).toMatchObject({ email: 'news@example.com' });
    // Subscribers and customers stay apart.
    expect(await models().CustomerMirror.findOne({ storeHash, email: 'news@example.com' })).toBeNull();

    const status = await request(h.url).get('/api/sync').set(bearer(ownerToken));
    expect(status.body.lastRun).toMatchObject({ kind: 'manual', outcome: 'success' });
    expect(status.body.lastRun.counts.orders).toBeGreaterThanOrEqual(1);
    expect(status.body.runs[0]).toMatchObject({ kind: 'manual', outcome: 'success' });
  });

  it('updates orders it already holds when a sync finds them changed', async () => {
    const { storeHash, ownerToken } = await installed();
    const order = h.sim.control.createOrder(storeHash, { email: 'known@example.com', subtotalCents: 3_000, statusId: 11 });
    await settle(storeHash);
    h.sim.control.dropNextWebhooks(storeHash, 10);
    h.sim.control.setOrderStatus(storeHash, order.id, 2);
    await request(h.url).post('/api/sync/run').set(bearer(ownerToken));
    await settle(storeHash);
    expect((await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean())!.statusId).toBe(2);
    expect((await models().SyncState.findOne({ _id: storeHash }).lean())!.lastRun).toMatchObject({ outcome: 'success' });
  });

  it('runs on the schedule and can be switched off', async () => {
    const { storeHash, ownerToken } = await installed();
    const sync = h.app.deps.sync;
    await models().SyncState.updateOne({ _id: storeHash }, { $set: { nextRunAt: new Date(Date.now() - 1000) } });
    expect(await sync.scheduleDue()).toBeGreaterThanOrEqual(1);
    expect(await sync.scheduleDue()).toBe(0); // already enqueued: every process may tick, the run exists once
    h.app.runner!.wake();
    await settle(storeHash);
    const state = await models().SyncState.findOne({ _id: storeHash }).lean();
    expect(state!.lastRun).toMatchObject({ kind: 'scheduled', outcome: 'success' });
    expect(state!.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);

    expect((await request(h.url).put('/api/sync/settings').set(bearer(ownerToken)).send({ enabled: false })).status).toBe(200);
    await models().SyncState.updateOne({ _id: storeHash }, { $set: { nextRunAt: new Date(Date.now() - 1000) } });
    const before = await models().SyncRun.countDocuments({ storeHash, kind: 'scheduled' });
    await sync.scheduleDue();
    await settle(storeHash);
    expect(await models().SyncRun.countDocuments({ storeHash, kind: 'scheduled' })).toBe(before);
    const bad = await request(h.url).put('/api/sync/settings').set(bearer(ownerToken)).send({ intervalMinutes: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('intervalMinutes');
  });

  it('survives 429s and 5xx from BigCommerce', async () => {
    const { storeHash, ownerToken } = await installed();
    // A 429 means waiting for the window to reset; a short window keeps the test quick.
    h.sim.control.setRateLimit(storeHash, { quota: 150, windowMs: 1_000 });
    h.sim.control.dropNextWebhooks(storeHash, 5);
    const order = h.sim.control.createOrder(storeHash, { email: 'flaky@example.com', subtotalCents: 1_234, statusId: 11 });
    h.sim.control.injectFaults(storeHash, { status: 429, count: 2 });
    h.sim.control.injectFaults(storeHash, { status: 502, count: 2 });
    await request(h.url).post('/api/sync/run').set(bearer(ownerToken));
    await settle(storeHash);
    expect(await models().OrderMirror.findOne({ storeHash, orderId: order.id }).lean()).toMatchObject({ totalIncTaxMinor: 1_234 });
    const state = await models().SyncState.findOne({ _id: storeHash }).lean();
    expect(state!.lastRun!.outcome).toBe('success');
    expect(h.sim.control.rateLimitedCount(storeHash)).toBeGreaterThanOrEqual(2);
  });
});

describe('backfill and uninstall', () => {
  it('imports the store’s history on install, with progress', async () => {
    const store = h.sim.control.createStore({ name: 'History Store' });
    const { seedDemoStore } = await import('../simulator/index.js');
    await seedDemoStore(h.sim.control, store.hash, { seed: 3, orders: 120, customers: 30, subscribers: 20, products: 12 });
    const { authUrl } = await h.sim.control.beginInstall(store.hash);
    await fetch(authUrl, { redirect: 'manual' });
    await settle(store.hash);

    const backfill = await models().BackfillState.findById(store.hash).lean();
    expect(backfill).toMatchObject({ status: 'done' });
    expect(backfill!.done).toMatchObject({ orders: 120, customers: 30, subscribers: 20, products: 12 });
    expect(await models().OrderMirror.countDocuments({ storeHash: store.hash })).toBe(120);
    const withCoupons = await models().OrderMirror.countDocuments({ storeHash: store.hash, couponDiscountMinor: { $gt: 0 } });
    expect(await models().OrderMirror.countDocuments({ storeHash: store.hash, 'coupons.0': { $exists: true } })).toBe(withCoupons);
    expect(await models().CustomerMirror.countDocuments({ storeHash: store.hash })).toBe(30);
    expect(await models().SubscriberMirror.countDocuments({ storeHash: store.hash })).toBe(20);
    expect(await models().ProductMirror.countDocuments({ storeHash: store.hash })).toBe(12);
    const refunded = await models().OrderMirror.countDocuments({ storeHash: store.hash, refundedMinor: { $gt: 0 } });
    expect(refunded).toBeGreaterThan(0);
  });

  it('resumes an interrupted import where it stopped, without reading the orders again', async () => {
    const store = h.sim.control.createStore({ name: 'Interrupted Store' });
    const { seedDemoStore } = await import('../simulator/index.js');
    await seedDemoStore(h.sim.control, store.hash, { seed: 5, orders: 600, customers: 20, subscribers: 5, products: 4 });
    // The customers endpoint is down for a while: the import gets through the orders, then fails.
    h.sim.control.injectFaults(store.hash, { status: 500, count: 1_000, pathPrefix: '/v3/customers' });
    const { authUrl } = await h.sim.control.beginInstall(store.hash);
    await fetch(authUrl, { redirect: 'manual' });
    const backfillJob = async () => (await models().Job.findOne({ storeHash: store.hash, type: 'sync.backfill' }).lean())!;
    await expect.poll(async () => (await backfillJob()).lastError, { timeout: 30_000, interval: 200 }).toBeTruthy();
    await h.sim.control.waitForDeliveries(store.hash);

    const interrupted = await models().BackfillState.findById(store.hash).lean();
    expect(interrupted).toMatchObject({ phase: 'customers', done: { orders: 600, customers: 0 } });
    expect(interrupted!.resume!.orderId).toBeGreaterThan(0);

    // BigCommerce recovers; the job's next attempt (after its backoff) picks up at customers.
    h.sim.control.clearFaults(store.hash);
    h.sim.control.resetRequestCount(store.hash);
    await expect.poll(async () => (await models().BackfillState.findById(store.hash).lean())!.status, { timeout: 30_000, interval: 200 }).toBe('done');
    const finished = await models().BackfillState.findById(store.hash).lean();
    expect(finished!.done).toMatchObject({ orders: 600, customers: 20, subscribers: 5, products: 4 });
    expect(await models().OrderMirror.countDocuments({ storeHash: store.hash })).toBe(600);
    // Only the remaining phases were read: one page each, no order pages.
    expect(h.sim.control.requestCount(store.hash)).toBeLessThan(10);
  });

  it('stops a store’s work on uninstall', async () => {
    const { storeHash } = await installed();
    const queue = h.app.deps.jobs.queue;
    await queue.enqueue({ storeHash, type: 'sync.run', key: `sync:${storeHash}:test`, payload: { kind: 'manual' }, runAt: new Date(Date.now() + 60_000) });
    h.sim.control.uninstall(storeHash);
    await fetch(h.sim.control.callbackUrl('uninstall', storeHash));
    expect(await models().Job.countDocuments({ storeHash, status: { $in: ['queued', 'running'] } })).toBe(0);
    expect((await models().SyncState.findOne({ _id: storeHash }).lean())!.nextRunAt).toBeNull();
  });

  it('uninstalls on store/app/uninstalled, but not for a notice left over from an earlier install', async () => {
    const { storeHash } = await installed();
    const store = await models().Store.findOne({ storeHash }).lean();
    // A notice stored while an earlier install was live, processed only now.
    await h.app.deps.jobs.queue.enqueue({
      storeHash,
      type: 'webhook',
      key: `wh:${storeHash}:old-uninstall`,
      payload: { scope: 'store/app/uninstalled', data: { type: 'store' }, hash: 'old', createdAt: 1, epoch: store!.installEpoch - 1 },
    });
    await settle(storeHash);
    expect((await models().Store.findOne({ storeHash }).lean())!.status).toBe('active');

    const secret = await secretOf(storeHash);
    const res = await request(h.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).send(delivery(storeHash, 'store/app/uninstalled', { type: 'store' }));
    expect(res.status).toBe(200);
    await settle(storeHash);
    expect(await models().Store.findOne({ storeHash }).lean()).toMatchObject({ status: 'uninstalled', accessTokenEnc: null });
  });

  it('answers 503 when the database is unavailable, so BigCommerce retries', async () => {
    const other = await startHarness();
    try {
      const { storeHash } = await installStore(other);
      const store = await other.app.deps.models.Store.findOne({ storeHash }).lean();
      const secret = decryptSecret(store!.webhookSecretEnc!, other.config.TOKEN_ENCRYPTION_KEY, `webhook:${storeHash}`);
      await other.app.connection.close();
      const res = await request(other.url).post('/webhooks').set(WEBHOOK_SECRET_HEADER, secret).send(delivery(storeHash, 'store/order/created', { type: 'order', id: 1 }));
      expect(res.status).toBe(503);
    } finally {
      await other.app.runner?.stop();
      other.app.server.close();
      await other.sim.close();
    }
  });
});
