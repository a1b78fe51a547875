// Date rendering/parsing in the formats BigCommerce uses. State keeps epoch milliseconds;
// responses only carry whole seconds, so comparisons in filters are done on seconds too.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** V2 style: "Tue, 05 Mar 2019 21:40:11 +0000" (always UTC). */
export function rfc2822(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** V3 style with a "Z" suffix and no milliseconds: "2024-05-14T09:34:00Z" (customers, subscribers). */
export function isoZ(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** V3 style with an explicit offset: "2018-08-15T14:48:46+00:00" (catalog, refunds, scripts, promotions). */
export function isoOffset(ms: number): string {
  return isoZ(ms).replace('Z', '+00:00');
}

export const unixSeconds = (ms: number) => Math.floor(ms / 1000);

/**
 * Parses a filter value: RFC-2822, ISO-8601 (with or without time/offset) or unix seconds.
 * `dateOnlyTime` decides what a bare "YYYY-MM-DD" means (BigCommerce catalog appends the
 * current time of day, other APIs use midnight UTC). Returns epoch ms or null.
 */
export function parseDateFilter(value: string, dateOnlyTime: 'midnight' | 'now' = 'midnight', nowMs = Date.now()): number | null {
  const v = value.trim();
  if (v === '') return null;
  if (/^\d{9,11}$/.test(v)) return Number(v) * 1000;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const base = Date.parse(`${v}T00:00:00Z`);
    if (Number.isNaN(base)) return null;
    return dateOnlyTime === 'now' ? base + (nowMs % 86_400_000) : base;
  }
  // ISO without an offset is taken as UTC (BigCommerce reports and compares in UTC).
  const isoNoZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v);
  const ms = Date.parse(isoNoZone ? `${v}Z` : v);
  return Number.isNaN(ms) ? null : ms;
}

/** Accepts a Date, epoch ms, or a parseable string. */
export function toMs(value: Date | number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const ms = parseDateFilter(value);
  return ms ?? fallback;
}

/** Whole-second comparison key. */
export const sec = (ms: number) => Math.floor(ms / 1000);
