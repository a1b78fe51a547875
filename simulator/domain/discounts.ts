// Applying a coupon/promotion code to a new order: which discount it gives, whether it is still
// usable (status, dates, max uses, per-customer uses, minimum spend) and bumping the use counters.
// This is a simplified checkout: only the first rule's action is evaluated.

import type { OrderCoupon, StoreState } from '../core/types.js';
import { parseDateFilter } from '../core/dates.js';
import { toCents } from '../core/money.js';
import { findCoupon } from './coupons.js';
import { findPromotionCode } from './promotions.js';

export interface DiscountContext {
  subtotalCents: number;
  shippingCents: number;
  itemCount: number;
  customerKey: string;
  currency: string;
  now: number;
}

export interface AppliedCode {
  coupon: Omit<OrderCoupon, 'id'>;
  /** applies to the order subtotal (true) or to shipping (false) */
  onSubtotal: boolean;
  /** bumps current_uses/num_uses; called once the order is committed */
  commit(): void;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function applyCode(store: StoreState, code: string, ctx: DiscountContext): AppliedCode | null {
  return applyPromotionCode(store, code, ctx) ?? applyLegacyCoupon(store, code, ctx);
}

function applyPromotionCode(store: StoreState, code: string, ctx: DiscountContext): AppliedCode | null {
  const found = findPromotionCode(store, code);
  if (!found) return null;
  const { promotion: p, code: c } = found;
  if (p.status !== 'ENABLED') return null;
  const start = parseDateFilter(p.startDate);
  if (start !== null && start > ctx.now) return null;
  const end = p.endDate ? parseDateFilter(p.endDate) : null;
  if (end !== null && end < ctx.now) return null;
  if (p.currencyCode !== '*' && p.currencyCode.toUpperCase() !== ctx.currency.toUpperCase()) return null;
  // Promotion max_uses wins over the code's max_uses; 0/absent = unlimited.
  if (p.maxUses && p.currentUses >= p.maxUses) return null;
  if (c.maxUses && c.currentUses >= c.maxUses) return null;
  if (c.maxUsesPerCustomer && (c.usesByCustomer.get(ctx.customerKey) ?? 0) >= c.maxUsesPerCustomer) return null;
  const rule = p.rules[0];
  if (!rule || !isObj(rule.action)) return null;
  const cart = isObj(rule.condition) && isObj(rule.condition.cart) ? rule.condition.cart : undefined;
  const minSpend = cart ? toCents(cart.minimum_spend) : null;
  if (minSpend !== null && ctx.subtotalCents < minSpend) return null;
  const action = rule.action;
  let discountCents = 0;
  let amount = 0;
  let onSubtotal = true;
  const valueAction = isObj(action.cart_value) ? action.cart_value : isObj(action.cart_items) ? action.cart_items : undefined;
  if (valueAction && isObj(valueAction.discount)) {
    const d = valueAction.discount;
    if (d.percentage_amount !== undefined) {
      amount = Number(d.percentage_amount);
      discountCents = Math.round((ctx.subtotalCents * amount) / 100);
    } else {
      const fixed = toCents(d.fixed_amount) ?? 0;
      amount = fixed / 100;
      discountCents = fixed;
    }
    const cap = toCents(valueAction.maximum_allowed_discount_amount);
    if (cap !== null && cap > 0) discountCents = Math.min(discountCents, cap);
    discountCents = Math.min(discountCents, ctx.subtotalCents);
  } else if (isObj(action.shipping) && action.shipping.free_shipping === true) {
    discountCents = ctx.shippingCents;
    onSubtotal = false;
  } else {
    return null;
  }
  return {
    coupon: { couponId: p.id, code: c.code, amount, type: 5, discountCents },
    onSubtotal,
    commit() {
      p.currentUses += 1;
      c.currentUses += 1;
      c.usesByCustomer.set(ctx.customerKey, (c.usesByCustomer.get(ctx.customerKey) ?? 0) + 1);
    },
  };
}

const V2_TYPE_IDS = { per_item_discount: 0, percentage_discount: 1, per_total_discount: 2, shipping_discount: 3, free_shipping: 4 } as const;

function applyLegacyCoupon(store: StoreState, code: string, ctx: DiscountContext): AppliedCode | null {
  const c = findCoupon(store, code);
  if (!c || !c.enabled) return null;
  if (c.expires !== null && c.expires < ctx.now) return null;
  // Legacy coupons only work in the store's default currency.
  if (ctx.currency.toUpperCase() !== store.info.currency.toUpperCase()) return null;
  if (c.maxUses && c.numUses >= c.maxUses) return null;
  if (c.maxUsesPerCustomer && (c.usesByCustomer.get(ctx.customerKey) ?? 0) >= c.maxUsesPerCustomer) return null;
  if (ctx.subtotalCents < c.minPurchaseCents) return null;
  let discountCents: number;
  let onSubtotal = true;
  switch (c.type) {
    case 'per_total_discount':
      discountCents = Math.min(c.amountCents, ctx.subtotalCents);
      break;
    case 'percentage_discount':
      discountCents = Math.round((ctx.subtotalCents * c.amountCents) / 10_000);
      break;
    case 'per_item_discount':
      discountCents = Math.min(c.amountCents * ctx.itemCount, ctx.subtotalCents);
      break;
    case 'shipping_discount':
      discountCents = Math.min(c.amountCents, ctx.shippingCents);
      onSubtotal = false;
      break;
    case 'free_shipping':
      discountCents = ctx.shippingCents;
      onSubtotal = false;
      break;
  }
  return {
    coupon: { couponId: c.id, code: c.code, amount: c.amountCents / 100, type: V2_TYPE_IDS[c.type], discountCents },
    onSubtotal,
    commit() {
      c.numUses += 1;
      c.usesByCustomer.set(ctx.customerKey, (c.usesByCustomer.get(ctx.customerKey) ?? 0) + 1);
    },
  };
}
