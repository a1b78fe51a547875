// The validator itself must be strict enough to catch drift: wrong types, wrong enums, missing
// required fields, undocumented status codes.

import { describe, expect, it } from 'vitest';
import { assertWebhookPayload, findOperation, validateResponse } from './spec-validator.js';

describe('spec validator', () => {
  it('finds operations by method and path, preferring literal segments', () => {
    expect(findOperation('orders.v2.oas2.yml', 'GET', '/stores/abc/v2/orders/count').operation.operationId).toBe('getOrdersCount');
    expect(findOperation('orders.v2.oas2.yml', 'GET', '/v2/orders/12?include=fees').operation.operationId).toBe('getOrder');
    expect(findOperation('promotions.v3.yml', 'GET', '/v3/promotions/codes').operation.operationId).toBe('getCouponCodeByCode');
    expect(findOperation('promotions.v3.yml', 'GET', '/v3/promotions/7').operation.operationId).toBe('getPromotion');
  });

  it('rejects wrong types, enum values and nullability', () => {
    const wrongType = validateResponse('orders.v2.oas2.yml', 'GET', '/v2/orders/1', 200, { id: '1', total_inc_tax: 12.5 });
    expect(wrongType.valid).toBe(false);
    expect(wrongType.message).toContain('/id');
    expect(wrongType.message).toContain('/total_inc_tax');
    const badEnum = validateResponse('orders.v2.oas2.yml', 'GET', '/v2/orders/1', 200, { id: 1, payment_status: 'paid-ish' });
    expect(badEnum.valid).toBe(false);
    const nullable = validateResponse('orders.v2.oas2.yml', 'GET', '/v2/orders/1', 200, { id: 1, external_source: null, external_id: null });
    expect(nullable.valid).toBe(true);
    const notNullable = validateResponse('orders.v2.oas2.yml', 'GET', '/v2/orders/1', 200, { id: 1, cart_id: null });
    expect(notNullable.valid).toBe(false);
  });

  it('enforces required fields and additionalProperties:false where the spec sets them', () => {
    const code = validateResponse('promotions.v3.yml', 'POST', '/v3/promotions/1/codes', 201, { data: { id: 1, code: 'X' } });
    expect(code.valid).toBe(false);
    const extra = validateResponse('orders.v2.oas2.yml', 'GET', '/v2/orders/1/products', 200, [{ id: 1, bogus_field: true }]);
    expect(extra.valid).toBe(false);
  });

  it('checks formats (date-time must carry an offset)', () => {
    const r = validateResponse('customers.v3.yml', 'GET', '/v3/customers', 200, { data: [{ id: 1, date_created: '2024-05-14 09:34:00' }], meta: {} });
    expect(r.valid).toBe(false);
  });

  it('refuses status codes the operation does not document', () => {
    expect(() => validateResponse('store_information.v2.yml', 'GET', '/v2/store', 418, {})).toThrow(/not documented/);
  });

  it('validates webhook payloads against the callback schemas', () => {
    expect(() =>
      assertWebhookPayload('store/order/statusUpdated', {
        scope: 'store/order/statusUpdated',
        store_id: '1001',
        data: { type: 'order', id: 1, status: { previous_status_id: 0, new_status_id: 11 } },
        hash: 'a'.repeat(40),
        created_at: 1,
        producer: 'stores/abc',
      }),
    ).not.toThrow();
    expect(() => assertWebhookPayload('store/order/created', { scope: 'store/order/created', store_id: 1001, data: {}, hash: 'x', created_at: 1, producer: 'p' })).toThrow();
  });
});
