// Promotions V3 (+ codes) and legacy coupons V2 against the official OpenAPI files.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { installedStore, startTestSimulator, type TestStore } from './helpers.js';

const PROMOS = 'promotions.v3.yml';
const MARKETING = 'marketing.v2.yml';

let sim: Simulator;
let s: TestStore;

beforeAll(async () => {
  sim = await startTestSimulator();
  s = await installedStore(sim, { scopes: ['store_v2_marketing', 'store_v2_orders_read_only'] });
});
afterAll(async () => sim.close());

const affiliatePromotion = {
  name: 'AFF-JANE 10% off',
  redemption_type: 'COUPON',
  coupon_type: 'SINGLE',
  status: 'ENABLED',
  currency_code: '*',
  rules: [{ action: { cart_value: { discount: { percentage_amount: '10' } } }, condition: { cart: { minimum_spend: '50' } }, apply_once: true, stop: true }],
};

describe('promotions v3', () => {
  let promoId: number;
  let codeId: number;

  it('POST /v3/promotions matches createPromotion (201, 422 in the promotions shape)', async () => {
    const res = await s.checked(PROMOS, 'POST', '/v3/promotions', affiliatePromotion, 201);
    const data = (res.body as { data: Record<string, unknown> }).data;
    promoId = data.id as number;
    expect(data).toMatchObject({ redemption_type: 'COUPON', created_from: 'api', current_uses: 0, coupon_type: 'SINGLE' });
    const auto = await s.checked(PROMOS, 'POST', '/v3/promotions', { name: '5 off', redemption_type: 'AUTOMATIC', rules: [{ action: { cart_value: { discount: { fixed_amount: '5' } } } }] }, 201);
    expect((auto.body as { data: { redemption_type: string } }).data.redemption_type).toBe('AUTOMATIC');
    const bad = await s.checked(PROMOS, 'POST', '/v3/promotions', { name: 'x', redemption_type: 'COUPON', rules: [] }, 422);
    expect((bad.body as { errors: Array<{ status: number; title: string }> }).errors[0]?.status).toBe(422);
    const badDiscount = await s.api('POST', '/v3/promotions', { name: 'x', redemption_type: 'COUPON', rules: [{ action: { cart_value: { discount: { fixed_amount: 5 } } } }] });
    expect(badDiscount.status).toBe(422);
  });

  it('GET /v3/promotions matches getPromotions with filters', async () => {
    const res = await s.checked(PROMOS, 'GET', '/v3/promotions', undefined, 200);
    expect((res.body as { data: unknown[] }).data).toHaveLength(2);
    const coupons = await s.checked(PROMOS, 'GET', '/v3/promotions?redemption_type=coupon', undefined, 200);
    expect((coupons.body as { data: unknown[] }).data).toHaveLength(1);
    await s.checked(PROMOS, 'GET', '/v3/promotions?redemption_type=nope', undefined, 422);
  });

  it('GET /v3/promotions/{id} matches getPromotion (200, 404)', async () => {
    await s.checked(PROMOS, 'GET', `/v3/promotions/${promoId}`, undefined, 200);
    await s.checked(PROMOS, 'GET', '/v3/promotions/9999', undefined, 404);
  });

  it('PUT /v3/promotions/{id} matches updatePromotion; redemption_type is immutable', async () => {
    const res = await s.checked(PROMOS, 'PUT', `/v3/promotions/${promoId}`, { status: 'DISABLED' }, 200);
    expect((res.body as { data: { status: string } }).data.status).toBe('DISABLED');
    await s.checked(PROMOS, 'PUT', `/v3/promotions/${promoId}`, { status: 'ENABLED' }, 200);
    await s.checked(PROMOS, 'PUT', '/v3/promotions/9999', { status: 'ENABLED' }, 404);
    expect((await s.api('PUT', `/v3/promotions/${promoId}`, { redemption_type: 'AUTOMATIC' })).status).toBe(422);
  });

  it('POST /v3/promotions/{id}/codes matches createPromotionCode; codes are unique store-wide (422)', async () => {
    const res = await s.checked(PROMOS, 'POST', `/v3/promotions/${promoId}/codes`, { code: 'JANE10', max_uses: 0, max_uses_per_customer: 1 }, 201);
    codeId = (res.body as { data: { id: number } }).data.id;
    const dup = await s.api('POST', `/v3/promotions/${promoId}/codes`, { code: 'jane10' });
    expect(dup.status).toBe(422);
    expect((dup.body as { errors: Array<{ title: string }> }).errors[0]?.title).toMatch(/already exists/);
    expect((await s.api('POST', `/v3/promotions/${promoId}/codes`, { code: 'bad*code' })).status).toBe(422);
  });

  it('GET /v3/promotions/{id}/codes matches getPromotionCodes (cursor pagination)', async () => {
    await s.api('POST', `/v3/promotions/${promoId}/codes`, { code: 'JANE10-B' });
    const res = await s.checked(PROMOS, 'GET', `/v3/promotions/${promoId}/codes?limit=1`, undefined, 200);
    const body = res.body as { data: Array<{ code: string }>; meta: { cursor_pagination: { end_cursor: string } } };
    expect(body.data[0]?.code).toBe('JANE10');
    const next = await s.checked(PROMOS, 'GET', `/v3/promotions/${promoId}/codes?limit=1&after=${body.meta.cursor_pagination.end_cursor}`, undefined, 200);
    expect((next.body as { data: Array<{ code: string }> }).data[0]?.code).toBe('JANE10-B');
  });

  it('GET /v3/promotions/codes?code= matches getCouponCodeByCode', async () => {
    const res = await s.checked(PROMOS, 'GET', '/v3/promotions/codes?code=JANE10', undefined, 200);
    expect((res.body as { data: Array<{ id: number }> }).data[0]?.id).toBe(codeId);
  });

  it('uses: an order with the code bumps current_uses; max_uses_per_customer is enforced', () => {
    const c = sim.control.createCustomer(s.hash);
    const first = sim.control.createOrder(s.hash, { customerId: c.id, subtotalCents: 10000, couponCode: 'JANE10' });
    expect(first.couponDiscountCents).toBe(1000);
    const second = sim.control.createOrder(s.hash, { customerId: c.id, subtotalCents: 10000, couponCode: 'JANE10' });
    expect(second.coupons).toHaveLength(0);
    const belowMinimum = sim.control.createOrder(s.hash, { subtotalCents: 4000, couponCode: 'JANE10' });
    expect(belowMinimum.coupons).toHaveLength(0);
    const promo = sim.control.listPromotions(s.hash).find((p) => p.id === promoId);
    expect(promo?.currentUses).toBe(1);
    expect(promo?.codes[0]?.currentUses).toBe(1);
  });

  it('editPromotionAsMerchant changes the promotion without webhooks and bumps its modification time', () => {
    const before = sim.control.listPromotions(s.hash).find((p) => p.id === promoId)?.dateModified ?? 0;
    const p = sim.control.editPromotionAsMerchant(s.hash, promoId, { max_uses: 100 });
    expect(p.maxUses).toBe(100);
    expect(p.dateModified).toBeGreaterThan(before);
  });

  it('DELETE /v3/promotions/{id}/codes/{code_id} and DELETE /v3/promotions/codes?code= match the spec', async () => {
    await s.checked(PROMOS, 'DELETE', `/v3/promotions/${promoId}/codes/${codeId}`, undefined, 204);
    await s.checked(PROMOS, 'DELETE', '/v3/promotions/codes?code=JANE10-B', undefined, 204);
    expect(sim.control.listPromotions(s.hash).find((p) => p.id === promoId)?.codes).toHaveLength(0);
  });

  it('DELETE /v3/promotions/{id} matches deletePromotion', async () => {
    await s.checked(PROMOS, 'DELETE', `/v3/promotions/${promoId}`, undefined, 204);
    expect((await s.api('GET', `/v3/promotions/${promoId}`)).status).toBe(404);
  });
});

describe('coupons v2', () => {
  let id: number;
  const coupon = { name: '$5 off', type: 'per_total_discount', amount: '5', code: 'FIVEOFF', applies_to: { entity: 'categories', ids: [0] }, enabled: true };

  it('POST /v2/coupons matches createCoupon (201); code conflicts with promotion codes (409)', async () => {
    const res = await s.checked(MARKETING, 'POST', '/v2/coupons', coupon, 201);
    const body = res.body as { id: number; amount: string; date_created: string };
    id = body.id;
    expect(body.amount).toBe('5.0000');
    const p = sim.control.createPromotion(s.hash, { name: 'p', redemption_type: 'COUPON', rules: [{ action: { cart_value: { discount: { fixed_amount: '1' } } } }] });
    sim.control.createPromotionCode(s.hash, p.id, { code: 'PROMOCODE' });
    const clash = await s.api('POST', '/v2/coupons', { ...coupon, name: 'other', code: 'promocode' });
    expect(clash.status).toBe(409);
    expect(Array.isArray(clash.body)).toBe(true);
    const promoClash = await s.api('POST', `/v3/promotions/${p.id}/codes`, { code: 'FIVEOFF' });
    expect(promoClash.status).toBe(422);
    expect((await s.api('POST', '/v2/coupons', { name: 'no code' })).status).toBe(400);
  });

  it('GET /v2/coupons matches getCoupons; 204 when nothing matches', async () => {
    const res = await s.checked(MARKETING, 'GET', '/v2/coupons?code=FIVEOFF', undefined, 200);
    expect((res.body as unknown[]).length).toBe(1);
    expect((await s.api('GET', '/v2/coupons?code=NOPE')).status).toBe(204);
  });

  it('GET /v2/coupons/count matches getCouponsCount', async () => {
    const res = await s.checked(MARKETING, 'GET', '/v2/coupons/count', undefined, 200);
    expect(res.body).toEqual({ count: 1 });
  });

  it('PUT /v2/coupons/{id} matches updateCoupon; omitting applies_to clears it', async () => {
    const { applies_to: _omit, ...rest } = coupon;
    void _omit;
    const res = await s.checked(MARKETING, 'PUT', `/v2/coupons/${id}`, { ...rest, amount: '7.5' }, 200);
    expect(res.body).toMatchObject({ amount: '7.5000', applies_to: {} });
  });

  it('DELETE /v2/coupons/{id} and DELETE /v2/coupons?id:in= match the spec', async () => {
    await s.checked(MARKETING, 'DELETE', `/v2/coupons/${id}`, undefined, 204);
    expect((await s.api('DELETE', `/v2/coupons/${id}`)).status).toBe(404);
    const a = await s.api('POST', '/v2/coupons', { ...coupon, name: 'a', code: 'A1' });
    await s.api('POST', '/v2/coupons', { ...coupon, name: 'b', code: 'B1' });
    await s.checked(MARKETING, 'DELETE', `/v2/coupons?id:in=${(a.body as { id: number }).id}`, undefined, 204);
    expect(sim.control.listCoupons(s.hash).map((c) => c.code)).toEqual(['B1']);
    // Bare DELETE removes every coupon, as on BigCommerce.
    await s.checked(MARKETING, 'DELETE', '/v2/coupons', undefined, 204);
    expect(sim.control.listCoupons(s.hash)).toHaveLength(0);
  });
});
