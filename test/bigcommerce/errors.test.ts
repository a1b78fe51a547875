import { describe, expect, it } from 'vitest';
import { BigCommerceApiError, BigCommerceNetworkError, describeBcError } from '../../server/bigcommerce/errors.js';

describe('describeBcError', () => {
  it.each([
    ['V2 array', [{ status: 404, message: 'The requested resource was not found.' }], 'The requested resource was not found.'],
    ['V2 array, several', [{ status: 400, message: 'a' }, { status: 400, message: 'b' }], 'a; b'],
    [
      'V3 generic with field errors',
      { status: 422, title: 'JSON data is missing or invalid', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', errors: { email: 'must be an email' } },
      'JSON data is missing or invalid: email: must be an email',
    ],
    ['V3 without errors', { status: 404, title: 'Webhook with id [9] not found', type: 'x' }, 'Webhook with id [9] not found'],
    ['promotions 422', { errors: [{ status: 422, title: 'Code already exists' }] }, 'Code already exists'],
    ['promotions 400', { status: '400', title: 'Bad Request', type: 'x', detail: 'Invalid JSON' }, 'Bad Request: Invalid JSON'],
    ['promotions 403', { status: '403', title: 'Forbidden', error: 'Missing scope' }, 'Forbidden: Missing scope'],
    ['refund 422', { data: [{ status: 422, title: 'Unable to provide store credit for a guest customer.', type: 'x' }] }, 'Unable to provide store credit for a guest customer.'],
    ['refund 503', { data: [{ order_id: 1, status: 503, error: 'Payment provider unavailable' }], meta: {} }, 'Payment provider unavailable'],
    ['webhooks 422', { errors: { destination: 'error.path.missing.' } }, 'destination: error.path.missing.'],
    ['text', 'Service Unavailable', 'Service Unavailable'],
    ['HTML page', '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', '502 Bad Gateway'],
    ['nothing', null, ''],
    ['empty object', {}, ''],
  ])('%s', (_name, body, expected) => {
    expect(describeBcError(body)).toBe(expected);
  });

  it('keeps messages short', () => {
    expect(describeBcError('x'.repeat(5000)).length).toBeLessThanOrEqual(300);
  });
});

describe('error classes', () => {
  it('BigCommerceApiError exposes status helpers and a readable message', () => {
    const err = new BigCommerceApiError(403, 'GET', '/v3/customers', { status: 403, title: 'You don\'t have a required scope' }, new Headers(), false);
    expect(err.isScopeError).toBe(true);
    expect(err.isAuthError).toBe(false);
    expect(err.message).toBe("You don't have a required scope (GET /v3/customers -> 403)");
    expect(err).toBeInstanceOf(Error);
  });

  it('BigCommerceNetworkError is not an API error', () => {
    const err = new BigCommerceNetworkError('GET', '/v2/store', true);
    expect(err).not.toBeInstanceOf(BigCommerceApiError);
    expect(err.message).toBe('BigCommerce GET /v2/store timed out');
  });
});
