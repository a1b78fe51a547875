// A shopper earns points on what they pay, tax and shipping included, once the
// order is paid; refunds take points back in proportion; a status change alone
// does nothing; duplicates and re-syncs never count twice.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundDeductions, pointsFor } from '../server/loyalty/rules.js';
import { bearer, installStore, settle, startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
let storeHash: string;
let token: string;

beforeAll(async () => {
  h = await startHarness();
  ({ storeHash, ownerToken: token } = await installStore(h));
  const res = await request(h.url)
    .put('/api/loyalty/settings')
    .set(bearer(token))
    .send({ enabled: true, pointsPerUnit: 1, includeShipping: true, includeTax: true, qualifyingStatuses: [2, 3, 8, 9, 10, 11, 14] });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

async function ledger(account: string) {
  const res = await request(h.url).get(`/api/loyalty/accounts/${account}/entries`).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as { balance: number; entries: { kind: string; amount: number; orderId: number | null; reason: string; by: string }[] };
}

describe('earning and refunds', () => {
  it('earns 120 points on a 120.00 order with tax and shipping, once it is paid; refunds take them back', async () => {
    const customer = h.sim.control.createCustomer(storeHash, { email: 'piggy@example.com', first_name: 'Pat', last_name: 'Piggy' });
    const account = `customer:${customer.id}`;
    const order = h.sim.control.createOrder(storeHash, { customerId: customer.id, subtotalCents: 100_00, shippingCents: 10_00, taxCents: 10_00, statusId: 1 });
    await settle(h, storeHash);
    expect((await ledger(account)).balance).toBe(0); // pending: not paid yet

    h.sim.control.setOrderStatus(storeHash, order.id, 11);
    await settle(h, storeHash);
    expect((await ledger(account)).balance).toBe(120);

    h.sim.control.createRefund(storeHash, order.id, { amountCents: 30_00 });
    await settle(h, storeHash);
    expect((await ledger(account)).balance).toBe(90);

    h.sim.control.createRefund(storeHash, order.id, { amountCents: 90_00 });
    await settle(h, storeHash);
    const after = await ledger(account);
    expect(after.balance).toBe(0);
    expect(after.entries.map((e) => [e.kind, e.amount])).toEqual([['earn', 120], ['refund', -30], ['refund', -90]]);
  });

  it('does nothing when the status is set to Refunded without a refund', async () => {
    const customer = h.sim.control.createCustomer(storeHash, { email: 'status@example.com', first_name: 'S', last_name: 'T' });
    const order = h.sim.control.createOrder(storeHash, { customerId: customer.id, subtotalCents: 50_00, statusId: 10 });
    await settle(h, storeHash);
    expect((await ledger(`customer:${customer.id}`)).balance).toBe(50);
    h.sim.control.setOrderStatus(storeHash, order.id, 4);
    await settle(h, storeHash);
    expect((await ledger(`customer:${customer.id}`)).entries).toHaveLength(1);
  });

  it('earns automatically only on orders placed since the program was switched on', async () => {
    const customer = h.sim.control.createCustomer(storeHash, { email: 'early@example.com', first_name: 'E', last_name: 'A' });
    const old = h.sim.control.createOrder(storeHash, { customerId: customer.id, subtotalCents: 70_00, statusId: 1, dateCreated: new Date(Date.now() - 30 * 86_400_000) });
    h.sim.control.setOrderStatus(storeHash, old.id, 10);
    await settle(h, storeHash);
    expect((await ledger(`customer:${customer.id}`)).entries).toHaveLength(0);
    const settings = await request(h.url).get('/api/loyalty/settings').set(bearer(token));
    expect(new Date(settings.body.earnFrom).getTime()).toBeLessThan(Date.now());
  });

  it('gives nothing for an order cancelled before it was paid', async () => {
    const customer = h.sim.control.createCustomer(storeHash, { email: 'cancel@example.com', first_name: 'C', last_name: 'X' });
    const order = h.sim.control.createOrder(storeHash, { customerId: customer.id, subtotalCents: 80_00, statusId: 7 });
    h.sim.control.setOrderStatus(storeHash, order.id, 5);
    await settle(h, storeHash);
    expect((await ledger(`customer:${customer.id}`)).entries).toHaveLength(0);
  });

  it('credits a guest by email, and never counts twice through duplicates, Sync now or a re-sync', async () => {
    h.sim.control.setWebhookDuplicates(storeHash, 2);
    const order = h.sim.control.createOrder(storeHash, { email: 'Guest@Example.com', subtotalCents: 42_50, statusId: 11 });
    await settle(h, storeHash);
    h.sim.control.setWebhookDuplicates(storeHash, 0);
    expect((await ledger('email:guest@example.com')).balance).toBe(42);

    expect((await request(h.url).post('/api/sync/run').set(bearer(token))).status).toBe(202);
    await settle(h, storeHash);
    // The same order applied again directly, as a backfill would.
    const { syncOrder } = await import('../server/sync/orders.js');
    const ctx = (await h.app.deps.sync.storeContext(storeHash))!;
    await syncOrder(ctx, order.id);
    const l = await ledger('email:guest@example.com');
    expect(l.entries).toHaveLength(1);
    expect(l.balance).toBe(42);
  });
});

describe('merchant tools', () => {
  it('adjusts a balance with a required reason, recorded with who did it, once per idempotency key', async () => {
    const customer = h.sim.control.createCustomer(storeHash, { email: 'adjust@example.com', first_name: 'A', last_name: 'D' });
    const account = `customer:${customer.id}`;
    const noReason = await request(h.url).post(`/api/loyalty/accounts/${account}/adjustments`).set(bearer(token)).send({ points: 10 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('reason');

    const send = () =>
      request(h.url).post(`/api/loyalty/accounts/${account}/adjustments`).set(bearer(token)).set('Idempotency-Key', 'goodwill-0001').send({ points: 25, reason: 'Late delivery goodwill' });
    expect((await send()).status).toBe(201);
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: false, balance: 25 });
    const l = await ledger(account);
    expect(l.entries).toEqual([expect.objectContaining({ kind: 'adjust', amount: 25, reason: 'Late delivery goodwill', by: expect.stringMatching(/^user:\d+$/) })]);
  });

  it('rejects settings that make no sense, naming the field', async () => {
    const res = await request(h.url)
      .put('/api/loyalty/settings')
      .set(bearer(token))
      .send({ enabled: true, pointsPerUnit: 0, includeShipping: true, includeTax: true, qualifyingStatuses: [0, 10] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('pointsPerUnit');
    expect(res.body.error.message).toContain('Incomplete');
  });

  it('lists customers by balance, and keeps one store’s ledger from another', async () => {
    const list = await request(h.url).get('/api/loyalty/accounts').set(bearer(token));
    expect(list.status).toBe(200);
    expect(list.body.accounts.length).toBeGreaterThan(0);
    const other = await installStore(h);
    const theirs = await request(h.url).get('/api/loyalty/accounts').set(bearer(other.ownerToken));
    expect(theirs.body.accounts).toEqual([]);
  });
});

describe('the arithmetic', () => {
  it('rounds points down and never takes back more than was earned', () => {
    expect(pointsFor({ currency: 'USD', totalIncTaxMinor: 12_099 }, { pointsPerUnitHundredths: 100, includeShipping: true, includeTax: true })).toBe(120);
    expect(pointsFor({ currency: 'JPY', totalIncTaxMinor: 1_500 }, { pointsPerUnitHundredths: 1, includeShipping: true, includeTax: true })).toBe(15);
    expect(pointsFor({ currency: 'USD', totalIncTaxMinor: 12_000, shippingIncTaxMinor: 1_000 }, { pointsPerUnitHundredths: 150, includeShipping: false, includeTax: true })).toBe(165);
    // Three refunds of a third each: 33 + 33 + 34, exactly 100.
    expect(refundDeductions(100, 30_000, [10_000, 10_000, 10_000])).toEqual([33, 33, 34]);
    // Refunds beyond the total take nothing more.
    expect(refundDeductions(10, 1_000, [800, 800])).toEqual([8, 2]);
  });
});
