// Orders V2, order statuses, refunds and store information: every served operation's responses
// are validated against the official OpenAPI files.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { installedStore, startTestSimulator, type TestStore } from './helpers.js';

const ORDERS = 'orders.v2.oas2.yml';
const ORDERS_V3 = 'orders.v3.yml';
const INFO = 'store_information.v2.yml';

let sim: Simulator;
let s: TestStore;
let productIds: number[];

beforeAll(async () => {
  sim = await startTestSimulator();
  s = await installedStore(sim, {
    scopes: ['store_v2_orders', 'store_v2_transactions', 'store_v2_information_read_only', 'store_v2_products_read_only', 'store_v2_marketing'],
  });
  const c = sim.control;
  productIds = [c.createProduct(s.hash, { name: 'Tent', price: 200, sku: 'T-1' }).id, c.createProduct(s.hash, { name: 'Spork', price: 12.95, sku: 'S-1' }).id];
  const promo = c.createPromotion(s.hash, { name: 'Aff 10%', redemption_type: 'COUPON', rules: [{ action: { cart_value: { discount: { percentage_amount: '10' } } } }] });
  c.createPromotionCode(s.hash, promo.id, { code: 'AFF10' });
});
afterAll(async () => sim.close());

describe('store information', () => {
  it('GET /v2/store matches getStoreInformation', async () => {
    const res = await s.checked(INFO, 'GET', '/v2/store', undefined, 200);
    const body = res.body as Record<string, unknown>;
    expect(body.id).toBe(s.hash);
    expect(body.control_panel_base_url).toBe(`https://store-${s.hash}.mybigcommerce.com`);
    expect(typeof body.store_id).toBe('number');
  });
  it('GET /v2/time matches getSystemTimestamp', async () => {
    const res = await s.checked(INFO, 'GET', '/v2/time', undefined, 200);
    expect(Math.abs((res.body as { time: number }).time - Date.now() / 1000)).toBeLessThan(5);
  });
});

describe('orders v2', () => {
  let orderId: number;
  beforeAll(() => {
    const c = sim.control;
    const customer = c.createCustomer(s.hash, { email: 'buyer@example.com', first_name: 'Bo', last_name: 'Buyer' });
    orderId = c.createOrder(s.hash, {
      customerId: customer.id,
      lineItems: [
        { productId: productIds[0] as number, quantity: 1 },
        { productId: productIds[1] as number, quantity: 2 },
      ],
      shippingCents: 999,
      taxCents: 1800,
      couponCode: 'aff10',
    }).id;
    for (let i = 0; i < 4; i++) c.createOrder(s.hash, { subtotalCents: 5000 + i * 1000, statusId: i % 2 ? 10 : 2 });
  });

  it('GET /v2/orders matches getOrders and computes totals', async () => {
    const res = await s.checked(ORDERS, 'GET', '/v2/orders?sort=id:asc&limit=50', undefined, 200);
    const first = (res.body as Array<Record<string, string | number>>)[0] as Record<string, unknown>;
    expect(first.id).toBe(orderId);
    // subtotal 200 + 2 x 12.95 = 225.90; 10% off = 22.59; tax 18.00; shipping 9.99
    expect(first.subtotal_ex_tax).toBe('225.9000');
    expect(first.subtotal_inc_tax).toBe('243.9000');
    expect(first.coupon_discount).toBe('22.5900');
    expect(first.total_inc_tax).toBe('231.3000');
    expect(first.total_ex_tax).toBe('213.3000');
    expect(first.total_tax).toBe('18.0000');
    expect(first.refunded_amount).toBe('0.0000');
    expect((first.billing_address as Record<string, string>).email).toBe('buyer@example.com');
    expect(first.date_created).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
  });

  it('GET /v2/orders filters, sorts and answers 204 past the last page', async () => {
    const desc = await s.api('GET', '/v2/orders?sort=id:desc&limit=2');
    expect((desc.body as Array<{ id: number }>).map((o) => o.id)).toEqual([orderId + 4, orderId + 3]);
    const page2 = await s.api('GET', '/v2/orders?limit=2&page=3');
    expect((page2.body as unknown[]).length).toBe(1);
    const past = await s.api('GET', '/v2/orders?limit=2&page=4');
    expect(past.status).toBe(204);
    expect(past.text).toBe('');
    const none = await s.api('GET', '/v2/orders?status_id=6');
    expect(none.status).toBe(204);
    const byEmail = await s.api('GET', '/v2/orders?email=BUYER@example.com');
    expect((byEmail.body as unknown[]).length).toBe(1);
    const minTotal = await s.api('GET', '/v2/orders?min_total=75');
    expect((minTotal.body as Array<{ id: number }>).map((o) => o.id)).toEqual([orderId, orderId + 4]);
    const future = await s.api('GET', `/v2/orders?min_date_modified=${encodeURIComponent(new Date(Date.now() + 3_600_000).toUTCString())}`);
    expect(future.status).toBe(204);
    const iso = await s.api('GET', `/v2/orders?min_date_created=${encodeURIComponent('2000-01-01T00:00:00-04:00')}&limit=250`);
    expect((iso.body as unknown[]).length).toBe(5);
    const bad = await s.api('GET', '/v2/orders?sort=bogus:asc');
    expect(bad.status).toBe(400);
    expect(Array.isArray(bad.body)).toBe(true);
    const tooMany = await s.api('GET', '/v2/orders?limit=251');
    expect(tooMany.status).toBe(413);
  });

  it('GET /v2/orders/count matches getOrdersCount', async () => {
    const res = await s.checked(ORDERS, 'GET', '/v2/orders/count', undefined, 200);
    const body = res.body as { count: number; statuses: Array<{ id: number; count: number }> };
    expect(body.count).toBe(5);
    expect(body.statuses).toHaveLength(15);
    expect(body.statuses.find((x) => x.id === 11)?.count).toBe(1);
  });

  it('GET /v2/orders/{id} matches getOrder (200 and 404 as a V2 error array)', async () => {
    const ok = await s.checked(ORDERS, 'GET', `/v2/orders/${orderId}`, undefined, 200);
    expect((ok.body as { products: { resource: string } }).products.resource).toBe(`/orders/${orderId}/products`);
    const missing = await s.checked(ORDERS, 'GET', '/v2/orders/999999', undefined, 404);
    expect(missing.body).toEqual([{ status: 404, message: 'The requested resource was not found.' }]);
  });

  it('GET /v2/orders/{id}/products matches getOrderProducts (strict schema)', async () => {
    const res = await s.checked(ORDERS, 'GET', `/v2/orders/${orderId}/products`, undefined, 200);
    const lines = res.body as Array<Record<string, unknown>>;
    expect(lines).toHaveLength(2);
    expect(lines[0]?.product_id).toBe(productIds[0]);
    expect((lines[0]?.applied_discounts as Array<{ code: string }>)[0]?.code).toBe('AFF10');
    const one = await s.checked(ORDERS, 'GET', `/v2/orders/${orderId}/products/${String(lines[1]?.id)}`, undefined, 200);
    expect((one.body as { quantity: number }).quantity).toBe(2);
  });

  it('GET /v2/orders/{id}/coupons matches getOrderCoupons; promotion codes are type 5; 204 when none', async () => {
    const res = await s.checked(ORDERS, 'GET', `/v2/orders/${orderId}/coupons`, undefined, 200);
    expect(res.body).toEqual([{ id: expect.any(Number), coupon_id: expect.any(Number), order_id: orderId, code: 'AFF10', amount: 10, type: 5, discount: 22.59 }]);
    const none = await s.api('GET', `/v2/orders/${orderId + 1}/coupons`);
    expect(none.status).toBe(204);
    const promo = sim.control.listPromotions(s.hash)[0];
    expect(promo?.currentUses).toBe(1);
    expect(promo?.codes[0]?.currentUses).toBe(1);
  });

  it('GET /v2/orders/{id}/shipping_addresses matches getOrderShippingAddresses', async () => {
    await s.checked(ORDERS, 'GET', `/v2/orders/${orderId}/shipping_addresses`, undefined, 200);
  });

  it('GET /v2/order_statuses and /v2/order_statuses/{id} match the spec', async () => {
    const all = await s.checked(ORDERS, 'GET', '/v2/order_statuses', undefined, 200);
    expect((all.body as Array<{ id: number }>).map((x) => x.id)).toEqual([...Array(15).keys()]);
    const one = await s.checked(ORDERS, 'GET', '/v2/order_statuses/14', undefined, 200);
    expect((one.body as { name: string }).name).toBe('Partially Refunded');
  });

  it('PUT /v2/orders/{id} matches updateOrder and changes the status', async () => {
    const res = await s.checked(ORDERS, 'PUT', `/v2/orders/${orderId + 1}`, { status_id: 5 }, 200);
    expect((res.body as { status_id: number; status: string }).status).toBe('Cancelled');
    const bad = await s.api('PUT', `/v2/orders/${orderId + 1}`, { status_id: 99 });
    expect(bad.status).toBe(400);
  });

  it('DELETE /v2/orders/{id} archives (204); archived orders leave lists but stay readable', async () => {
    await s.checked(ORDERS, 'DELETE', `/v2/orders/${orderId + 4}`, undefined, 204);
    const list = await s.api('GET', '/v2/orders?limit=250');
    expect((list.body as Array<{ id: number }>).some((o) => o.id === orderId + 4)).toBe(false);
    const one = await s.api('GET', `/v2/orders/${orderId + 4}`);
    expect((one.body as { is_deleted: boolean }).is_deleted).toBe(true);
  });
});

describe('refunds (orders.v3.yml)', () => {
  let paid: number;
  let unpaid: number;
  beforeAll(() => {
    paid = sim.control.createOrder(s.hash, { lineItems: [{ productId: productIds[0] as number, quantity: 2 }], statusId: 11 }).id;
    unpaid = sim.control.createOrder(s.hash, { subtotalCents: 1000, statusId: 7 }).id;
  });

  it('POST refunds matches createOrderRefund 201; partial refund moves the order to 14, full to 4', async () => {
    const products = (await s.api('GET', `/v2/orders/${paid}/products`)).body as Array<{ id: number }>;
    const itemId = products[0]?.id as number;
    const res = await s.checked(
      ORDERS_V3,
      'POST',
      `/v3/orders/${paid}/payment_actions/refunds`,
      { items: [{ item_type: 'PRODUCT', item_id: itemId, quantity: 1 }], payments: [{ provider_id: 'testgateway', amount: 200, offline: false }] },
      201,
    );
    const refund = (res.body as { data: { id: number; total_amount: number } }).data;
    expect(refund.total_amount).toBe(200);
    expect(sim.control.getOrder(s.hash, paid).statusId).toBe(14);
    const rest = await s.api('POST', `/v3/orders/${paid}/payment_actions/refunds`, {
      items: [{ item_type: 'ORDER', item_id: paid, amount: 200 }],
      payments: [{ provider_id: 'testgateway', amount: 200, offline: false }],
    });
    expect(rest.status).toBe(201);
    expect(sim.control.getOrder(s.hash, paid).statusId).toBe(4);
  });

  it('POST refunds answers 422 in the refunds error shape (unpaid order, over-refund, guest store credit)', async () => {
    const unpaidRes = await s.checked(
      ORDERS_V3,
      'POST',
      `/v3/orders/${unpaid}/payment_actions/refunds`,
      { items: [{ item_type: 'ORDER', item_id: unpaid, amount: 5 }], payments: [{ provider_id: 'testgateway', amount: 5, offline: false }] },
      422,
    );
    expect((unpaidRes.body as { data: Array<{ status: number }> }).data[0]?.status).toBe(422);
    const over = await s.api('POST', `/v3/orders/${paid}/payment_actions/refunds`, {
      items: [{ item_type: 'ORDER', item_id: paid, amount: 1 }],
      payments: [{ provider_id: 'testgateway', amount: 1, offline: false }],
    });
    expect(over.status).toBe(422);
    const guest = sim.control.createOrder(s.hash, { subtotalCents: 3000 });
    const credit = await s.api('POST', `/v3/orders/${guest.id}/payment_actions/refunds`, {
      items: [{ item_type: 'ORDER', item_id: guest.id, amount: 5 }],
      payments: [{ provider_id: 'storecredit', amount: 5, offline: true }],
    });
    expect(credit.status).toBe(422);
    expect((credit.body as { data: Array<{ title: string }> }).data[0]?.title).toBe('Unable to provide store credit for a guest customer.');
  });

  it('GET /v3/orders/{id}/payment_actions/refunds matches getOrderRefunds', async () => {
    const res = await s.checked(ORDERS_V3, 'GET', `/v3/orders/${paid}/payment_actions/refunds`, undefined, 200);
    expect((res.body as { data: unknown[] }).data).toHaveLength(2);
  });

  it('GET /v3/orders/payment_actions/refunds matches getOrdersRefunds with filters', async () => {
    const res = await s.checked(ORDERS_V3, 'GET', `/v3/orders/payment_actions/refunds?order_id:in=${paid}`, undefined, 200);
    const data = (res.body as { data: Array<{ id: number }> }).data;
    expect(data).toHaveLength(2);
    const byId = await s.api('GET', `/v3/orders/payment_actions/refunds?id:in=${data[1]?.id}`);
    expect((byId.body as { data: unknown[] }).data).toHaveLength(1);
    const future = await s.api('GET', `/v3/orders/payment_actions/refunds?created:min=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect((future.body as { data: unknown[] }).data).toHaveLength(0);
  });

  it('GET /v3/orders/payment_actions/refunds/{id} matches getOrderRefund', async () => {
    const list = (await s.api('GET', '/v3/orders/payment_actions/refunds')).body as { data: Array<{ id: number }> };
    const res = await s.checked(ORDERS_V3, 'GET', `/v3/orders/payment_actions/refunds/${list.data[0]?.id}`, undefined, 200);
    expect((res.body as { data: { order_id: number } }).data.order_id).toBe(paid);
  });
});
