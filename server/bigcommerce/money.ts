// Money and dates as BigCommerce sends them, converted without floating-point surprises.
//
// BigCommerce money comes in three shapes (README §3.2):
//   - V2: decimal strings with 4 places            "225.0000", "-3.5000"
//   - V3: JSON numbers                              10.99, 50
//   - Promotions V3: decimal strings               "12.95", "5"
// Everything is converted to integer *minor units* of the currency (cents for USD, yen for JPY,
// fils for KWD) with string arithmetic, so "0.1" + "0.2" is exactly 10 + 20 = 30.

/** ISO 4217 minor-unit exponents that differ from the default of 2. */
const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = {
  // zero-decimal currencies
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // three-decimal currencies
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // four-decimal units of account
  CLF: 4, UYW: 4,
};

/** Number of decimal places of a currency's minor unit (ISO 4217); 2 when unknown. */
export function currencyExponent(currency: string | null | undefined): number {
  if (!currency) return 2;
  return CURRENCY_EXPONENTS[currency.trim().toUpperCase()] ?? 2;
}

export type MoneyInput = string | number;
/** A currency code ("USD") or an explicit exponent (number of decimals). */
export type CurrencyOrExponent = string | number | null | undefined;

function exponentOf(c: CurrencyOrExponent): number {
  if (typeof c === 'number') {
    if (!Number.isInteger(c) || c < 0 || c > 8) throw new RangeError(`Invalid currency exponent: ${c}`);
    return c;
  }
  return currencyExponent(c);
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Splits a decimal literal into sign, integer digits and fraction digits, applying any exponent
 * (JavaScript prints 1e-7 and 1e21 in exponent notation).
 */
function splitDecimal(text: string): { negative: boolean; int: string; frac: string } {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw new TypeError(`Not a decimal amount: ${JSON.stringify(text)}`);
  }
  let int = m[2] ?? '';
  let frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  if (exp > 0) {
    const moved = frac.padEnd(exp, '0');
    int += moved.slice(0, exp);
    frac = moved.slice(exp);
  } else if (exp < 0) {
    const padded = int.padStart(-exp, '0');
    frac = padded.slice(padded.length + exp) + frac;
    int = padded.slice(0, padded.length + exp);
  }
  return { negative: m[1] === '-', int: int.replace(/^0+/, '') || '0', frac };
}

/**
 * Converts a BigCommerce amount to integer minor units of `currency` (default 2 decimals).
 * Digits beyond the currency's precision are rounded half away from zero ("10.9950" USD -> 1100,
 * "-0.005" -> -1), which is how amounts stored with 4 decimals are shown to merchants.
 * Throws TypeError for anything that is not a finite decimal amount and RangeError when the
 * result would not be a safe integer.
 */
export function toMinorUnits(value: MoneyInput, currency: CurrencyOrExponent = 2): number {
  const exp = exponentOf(currency);
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Not a finite amount: ${value}`);
    // The shortest round-trip representation is the decimal the sender meant (10.99, not 10.98999...).
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    throw new TypeError(`Not an amount: ${JSON.stringify(value)}`);
  }
  const { negative, int, frac } = splitDecimal(text);
  const kept = frac.slice(0, exp).padEnd(exp, '0');
  const roundUp = (frac.charCodeAt(exp) || 0) >= 53; /* '5' */
  let minor = BigInt(int + kept);
  if (roundUp) minor += 1n;
  if (negative) minor = -minor;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount out of range: ${text}`);
  }
  // `minor + 0` turns -0 into 0.
  return Number(minor) + 0;
}

/** Like toMinorUnits, but null/undefined/"" give null (V2 uses "" for unset amounts). */
export function toMinorUnitsOrNull(value: MoneyInput | null | undefined, currency: CurrencyOrExponent = 2): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  return toMinorUnits(value, currency);
}

/**
 * Formats integer minor units as a plain decimal string with exactly the currency's number of
 * decimals: 22500 -> "225.00", -350 -> "-3.50", 1200 JPY -> "1200". This is the shape the
 * Promotions API and V2 bodies accept ("5.00").
 */
export function fromMinorUnits(minor: number | bigint, currency: CurrencyOrExponent = 2): string {
  const exp = exponentOf(currency);
  if (typeof minor === 'number' && !Number.isSafeInteger(minor)) {
    throw new RangeError(`Minor units must be a safe integer, got ${minor}`);
  }
  const big = BigInt(minor);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(exp + 1, '0');
  const int = digits.slice(0, digits.length - exp);
  const frac = digits.slice(digits.length - exp);
  return (negative ? '-' : '') + int + (exp > 0 ? '.' + frac : '');
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};
// "Wed, 10 Jan 2018 21:05:30 +0000" (weekday optional, seconds optional, zone "+hhmm" or GMT/UTC/Z)
const RFC2822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z)?$/;
// "2024-05-14", "2024-05-14T09:34:00Z", "2022-06-16T16:44:15+00:00", "2017-04-20T11:32:00.000-04:00"
const ISO8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|gmt|utc|ut)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return NaN;
  const mins = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -mins : mins;
}

function utcDate(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): Date | null {
  if (Number.isNaN(offset) || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const date = new Date(Date.UTC(y, mo, d, h, mi, s, ms) - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Parses a BigCommerce date: RFC-2822 (V2 responses), ISO-8601/RFC-3339 (V3), or unix seconds
 * (webhooks, /v2/time). A timestamp without a zone is taken as UTC (BigCommerce's API time zone),
 * never as the server's local time. Returns null for null/undefined/"" (V2 sends "" for e.g. an
 * unshipped order's date_shipped) and for anything unparseable.
 */
export function parseBcDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value * 1000) : null;
  const text = value.trim();
  if (text === '') return null;
  let m = ISO8601.exec(text);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    return utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offsetMinutes(m[8]));
  }
  m = RFC2822.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return null;
    return utcDate(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offsetMinutes(m[7]));
  }
  return null;
}

/**
 * Formats a date for BigCommerce filters (`min_date_modified`, `date_modified:min`,
 * `created:min`...): ISO-8601 with an explicit UTC offset and whole seconds, e.g.
 * "2024-05-14T09:34:00+00:00". Both V2 (which also accepts RFC-2822) and V3 accept it. Sub-second
 * precision is dropped (floored), which only ever widens a `min` filter. The "+" must be
 * URL-encoded, which BigCommerceClient's query builder does.
 */
export function formatBcDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError('Invalid date');
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** V2 filter format: same as formatBcDate (V2 filters accept ISO-8601; preferred over RFC-2822). */
export const formatBcV2Date = formatBcDate;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * RFC-2822 in UTC, exactly as V2 responses print dates ("Wed, 10 Jan 2018 21:05:30 +0000"). Only
 * for V2 request bodies that insist on it (e.g. a legacy coupon's `expires`); filters should use
 * formatBcDate.
 */
export function formatRfc2822(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError('Invalid date');
  const p = (n: number) => String(n).padStart(2, '0');
  return `${WEEKDAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}
