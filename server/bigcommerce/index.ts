// Public surface of the BigCommerce integration. Import from here, not from the files behind it.
export {
  BigCommerceClient,
  buildQueryString,
  defaultUserAgent,
  type BigCommerceClientOptions,
  type BcResponse,
  type HttpMethod,
  type Query,
  type QueryValue,
  type RequestOptions,
  type RetryPolicy,
  type V3Page,
} from './client.js';
export { BigCommerceApiError, BigCommerceNetworkError, describeBcError } from './errors.js';
export {
  RateLimiter,
  limiterFor,
  readRateLimitHeaders,
  resetLimiters,
  type Permit,
  type RateLimiterOptions,
  type RateLimitSnapshot,
  type RequestOutcome,
} from './limiter.js';
export {
  currencyExponent,
  formatBcDate,
  formatBcV2Date,
  formatRfc2822,
  fromMinorUnits,
  parseBcDate,
  toMinorUnits,
  toMinorUnitsOrNull,
  type CurrencyOrExponent,
  type MoneyInput,
} from './money.js';
export type * from './types.js';
