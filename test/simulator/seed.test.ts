// Demo seeding: deterministic, fast, realistic mix, and silent (no webhooks).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoStore, type Simulator } from '../../simulator/index.js';
import { installedStore, startReceiver, startTestSimulator } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim.close());

describe('seedDemoStore', () => {
  it('seeds the default store in well under a second without firing webhooks', async () => {
    const receiver = await startReceiver();
    const s = await installedStore(sim);
    await s.api('POST', '/v3/hooks', { scope: 'store/order/*', destination: `${receiver.url}/h` });
    await s.api('POST', '/v3/hooks', { scope: 'store/customer/*', destination: `${receiver.url}/h` });
    const started = performance.now();
    const summary = seedDemoStore(sim.control, s.hash);
    expect(performance.now() - started).toBeLessThan(1000);
    await sim.control.waitForDeliveries(s.hash);
    expect(receiver.requests).toHaveLength(0);
    await receiver.close();

    expect(summary).toMatchObject({ customers: 60, subscribers: 40, products: 24, orders: 300 });
    const orders = sim.control.listOrders(s.hash);
    const byStatus = new Map<number, number>();
    for (const o of orders) byStatus.set(o.statusId, (byStatus.get(o.statusId) ?? 0) + 1);
    const common = (byStatus.get(10) ?? 0) + (byStatus.get(2) ?? 0) + (byStatus.get(11) ?? 0) + (byStatus.get(14) ?? 0) + (byStatus.get(4) ?? 0);
    expect(common / orders.length).toBeGreaterThan(0.6);
    for (const st of [0, 1, 5, 7]) expect(byStatus.get(st) ?? 0).toBeGreaterThan(0);
    expect(orders.filter((o) => o.customerId === 0).length).toBeGreaterThan(20);
    expect(orders.filter((o) => o.coupons.length > 0).length).toBeGreaterThan(10);
    expect(summary.refunds).toBeGreaterThan(5);
    expect(byStatus.get(14) ?? 0).toBeGreaterThan(0);
    expect(byStatus.get(4) ?? 0).toBeGreaterThan(0);
    const oldest = Math.min(...orders.map((o) => o.dateCreated));
    expect(Date.now() - oldest).toBeGreaterThan(100 * 86_400_000);
    expect(Date.now() - oldest).toBeLessThanOrEqual(121 * 86_400_000);
    // Orders are listed through the API like any others.
    const page = await s.api('GET', '/v2/orders?limit=250&page=2');
    expect((page.body as unknown[]).length).toBe(50);
  });

  it('is deterministic for a given seed', () => {
    const a = sim.control.createStore();
    const b = sim.control.createStore();
    seedDemoStore(sim.control, a.hash, { seed: 7, orders: 40, customers: 10, subscribers: 5 });
    seedDemoStore(sim.control, b.hash, { seed: 7, orders: 40, customers: 10, subscribers: 5 });
    const shape = (hash: string) =>
      sim.control.listOrders(hash).map((o) => [o.customerId, o.statusId, o.subtotalExCents, o.couponDiscountCents, o.billing.email, o.refundedCents]);
    expect(shape(a.hash)).toEqual(shape(b.hash));
    expect(sim.control.listCustomers(a.hash).map((c) => c.email)).toEqual(sim.control.listCustomers(b.hash).map((c) => c.email));
  });
});
