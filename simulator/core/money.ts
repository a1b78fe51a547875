// Money is integer cents inside the simulator; these helpers render it the way each
// BigCommerce API does (V2: 4-decimal strings, V3: numbers, Promotions: decimal strings).

/** V2 money string, e.g. 22500 -> "225.0000". */
export function v2Money(cents: number): string {
  return (Math.round(cents) / 100).toFixed(4);
}

/** V3 money number, e.g. 22500 -> 225, 1295 -> 12.95. */
export function v3Money(cents: number): number {
  return Math.round(cents) / 100;
}

/** Promotions-style decimal string without trailing zeros noise, e.g. 1295 -> "12.95", 500 -> "5". */
export function decimalString(cents: number): string {
  const c = Math.round(cents);
  return c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2);
}

/** Parses "12.95" / 12.95 / "12" into cents; null when not a finite non-negative-or-negative number. */
export function toCents(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 100);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return Math.round(Number(value.trim()) * 100);
  }
  return null;
}

/** Splits `totalCents` over `weights` proportionally; remainders go to the last share so the sum is exact. */
export function allocate(totalCents: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? totalCents : 0));
  const shares = weights.map((w) => Math.floor((totalCents * w) / sum));
  const rest = totalCents - shares.reduce((a, b) => a + b, 0);
  shares[shares.length - 1] = (shares[shares.length - 1] ?? 0) + rest;
  return shares;
}
