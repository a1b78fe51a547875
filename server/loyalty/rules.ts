// The arithmetic of points, in integers only: money in minor units, the rate in
// hundredths of a point per unit of currency.
import { currencyExponent } from '../bigcommerce/index.js';

export interface EarningBasis {
  pointsPerUnitHundredths: number;
  includeShipping: boolean;
  includeTax: boolean;
}

export interface OrderAmounts {
  currency: string;
  totalIncTaxMinor: number;
  totalExTaxMinor?: number | null;
  shippingIncTaxMinor?: number | null;
  shippingExTaxMinor?: number | null;
}

/** What the points are earned on: by default the full order value, tax and shipping included. */
export function basisMinor(o: OrderAmounts, b: EarningBasis): number {
  const total = b.includeTax ? o.totalIncTaxMinor : (o.totalExTaxMinor ?? o.totalIncTaxMinor);
  const shipping = b.includeShipping ? 0 : b.includeTax ? (o.shippingIncTaxMinor ?? 0) : (o.shippingExTaxMinor ?? 0);
  return Math.max(0, total - shipping);
}

/** Points for an order, rounded down to whole points. */
export function pointsFor(o: OrderAmounts, b: EarningBasis): number {
  const unit = 10 ** currencyExponent(o.currency);
  return Math.floor((basisMinor(o, b) * b.pointsPerUnitHundredths) / (100 * unit));
}

/**
 * Points to take back for each refund, in refund order: the refunded share of
 * the order total times the points earned. Computed on running totals, so the
 * deductions never add up to more than was earned and a full refund takes back
 * exactly everything.
 */
export function refundDeductions(earned: number, orderTotalMinor: number, refundsMinor: number[]): number[] {
  if (earned <= 0 || orderTotalMinor <= 0) return refundsMinor.map(() => 0);
  let refundedSoFar = 0;
  let takenSoFar = 0;
  return refundsMinor.map((amount) => {
    refundedSoFar = Math.min(orderTotalMinor, refundedSoFar + Math.max(0, amount));
    const due = Math.floor((refundedSoFar * earned) / orderTotalMinor);
    const take = due - takenSoFar;
    takenSoFar = due;
    return take;
  });
}
