// A shopper spends points on a reward and gets a single-use BigCommerce coupon;
// if BigCommerce cannot create it, the points come back and no coupon is left behind.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, installStore, startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
let storeHash: string;
let token: string;
let rewardId: string;

beforeAll(async () => {
  h = await startHarness();
  ({ storeHash, ownerToken: token } = await installStore(h));
  const res = await request(h.url).post('/api/loyalty/rewards').set(bearer(token)).send({ name: '5.00 off', pointsCost: 500, kind: 'fixed', amount: '5.00', minOrder: '20' });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ name: '5.00 off', pointsCost: 500, amount: '5.00', minOrder: '20.00', active: true });
  rewardId = res.body.id;
});
afterAll(async () => {
  await h?.close();
});

async function customerWith(points: number) {
  const c = h.sim.control.createCustomer(storeHash, { email: `r${Date.now()}${Math.random()}@example.com`, first_name: 'R', last_name: 'D' });
  const account = `customer:${c.id}`;
  if (points) {
    const r = await request(h.url).post(`/api/loyalty/accounts/${account}/adjustments`).set(bearer(token)).send({ points, reason: 'Test balance' });
    expect(r.status).toBe(201);
  }
  return account;
}
const balance = async (account: string) => (await request(h.url).get(`/api/loyalty/accounts/${account}/entries`).set(bearer(token))).body.balance as number;
const redeem = (account: string) => request(h.url).post(`/api/loyalty/accounts/${account}/redemptions`).set(bearer(token)).send({ rewardId });

describe('redeeming a reward', () => {
  it('deducts the points and creates a one-use coupon in BigCommerce', async () => {
    const account = await customerWith(600);
    const res = await redeem(account);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ pointsCost: 500, balance: 100, code: expect.stringMatching(/^TDM-[A-Z2-9]{10}$/) });
    expect(await balance(account)).toBe(100);

    const promo = h.sim.control.listPromotions(storeHash).find((p) => p.name === `Tandem reward ${res.body.id}`)!;
    expect(promo).toBeTruthy();
    expect(promo.maxUses).toBe(1);
    expect(promo.codes.map((c) => [c.code, c.maxUses, c.maxUsesPerCustomer])).toEqual([[res.body.code, 1, 1]]);

    const list = await request(h.url).get(`/api/loyalty/accounts/${account}/redemptions`).set(bearer(token));
    expect(list.body.redemptions).toEqual([expect.objectContaining({ status: 'issued', code: res.body.code, pointsCost: 500 })]);
  });

  it('refuses when the balance is too low, changing nothing', async () => {
    const account = await customerWith(499);
    const res = await redeem(account);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'insufficient_points' });
    expect(await balance(account)).toBe(499);
  });

  it('gives the points back when BigCommerce fails to create the coupon', async () => {
    const account = await customerWith(500);
    const before = h.sim.control.listPromotions(storeHash).length;
    h.sim.control.injectFaults(storeHash, { status: 500, count: 1, method: 'POST', pathPrefix: '/v3/promotions' });
    const res = await redeem(account);
    expect(res.status).toBe(502);
    expect(res.body.error.message).toContain('points were given back');
    expect(await balance(account)).toBe(500);
    expect(h.sim.control.listPromotions(storeHash)).toHaveLength(before);
    const entries = (await request(h.url).get(`/api/loyalty/accounts/${account}/entries`).set(bearer(token))).body.entries;
    expect(entries.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([['adjust', 500], ['redeem', -500], ['restore', 500]]);
  });

  it('removes a half-made coupon when its code cannot be created', async () => {
    const account = await customerWith(500);
    const before = h.sim.control.listPromotions(storeHash).length;
    // The promotion is created; its code is not.
    h.sim.control.injectFaults(storeHash, { status: 503, count: 1, method: 'POST', pathPrefix: '/v3/promotions/' });
    const res = await redeem(account);
    expect(res.status).toBe(502);
    expect(await balance(account)).toBe(500);
    expect(h.sim.control.listPromotions(storeHash)).toHaveLength(before);
  });

  it('validates rewards and keeps them per store', async () => {
    const bad = await request(h.url).post('/api/loyalty/rewards').set(bearer(token)).send({ name: 'x', pointsCost: 0, kind: 'fixed' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('amount');
    expect(bad.body.error.message).toContain('pointsCost');
    const other = await installStore(h);
    const theirs = await request(h.url).post(`/api/loyalty/accounts/customer:1/redemptions`).set(bearer(other.ownerToken)).send({ rewardId });
    expect(theirs.status).toBe(404);
  });
});
