// Legacy coupons V2 (marketing.v2.yml). Errors are V2 arrays; codes share one namespace with
// promotion codes. Amounts are kept in cents (percentages in hundredths of a percent).

import type { Engine } from '../core/engine.js';
import type { CouponV2, CouponV2Type, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { parseDateFilter, rfc2822 } from '../core/dates.js';
import { toCents, v2Money } from '../core/money.js';
import { codeInUse } from './promotions.js';

type Body = Record<string, unknown>;

const TYPES: CouponV2Type[] = ['per_item_discount', 'per_total_discount', 'shipping_discount', 'free_shipping', 'percentage_discount'];
const CODE_RE = /^[A-Za-z0-9_ -]+$/;

function validate(store: StoreState, body: Body, existing: CouponV2 | undefined): void {
  const bad = (message: string, status = 400) => {
    throw new SimError(status, message);
  };
  // PUT carries the full coupon_Base too, except that applies_to may be omitted (it is then cleared).
  const required = existing ? ['name', 'code', 'type', 'amount'] : ['name', 'code', 'type', 'amount', 'applies_to'];
  for (const k of required) if (body[k] === undefined) bad(`The required field '${k}' was not supplied.`);
  if (typeof body.name !== 'string' || body.name.length === 0 || body.name.length > 100) bad(`The field 'name' is invalid.`);
  if (typeof body.code !== 'string' || body.code.length > 50 || !CODE_RE.test(body.code)) bad(`The field 'code' is invalid.`);
  if (!TYPES.includes(body.type as CouponV2Type)) bad(`The field 'type' is invalid.`);
  if (toCents(body.amount) === null) bad(`The field 'amount' is invalid.`);
  if (body.min_purchase !== undefined && toCents(body.min_purchase) === null) bad(`The field 'min_purchase' is invalid.`);
  if (body.applies_to !== undefined) {
    const a = body.applies_to as Body;
    if (typeof a !== 'object' || a === null || (a.entity !== 'categories' && a.entity !== 'products') || !Array.isArray(a.ids)) {
      bad(`The field 'applies_to' is invalid.`);
    }
  }
  if (typeof body.expires === 'string' && body.expires !== '' && parseDateFilter(body.expires) === null) bad(`The field 'expires' is invalid.`);
  const code = body.code as string;
  const sameAsBefore = existing && existing.code.toLowerCase() === code.toLowerCase();
  if (!sameAsBefore && codeInUse(store, code)) bad(`The coupon code '${code}' is already in use.`, 409);
  for (const c of store.coupons.values()) {
    if (c !== existing && c.name.toLowerCase() === (body.name as string).toLowerCase()) bad(`The coupon name '${String(body.name)}' is already in use.`, 409);
  }
}

function assign(c: CouponV2, body: Body): void {
  c.name = body.name as string;
  c.code = body.code as string;
  c.type = body.type as CouponV2Type;
  c.amountCents = toCents(body.amount) ?? 0;
  c.minPurchaseCents = toCents(body.min_purchase ?? 0) ?? 0;
  c.expires = typeof body.expires === 'string' && body.expires !== '' ? parseDateFilter(body.expires) : null;
  c.enabled = body.enabled !== false;
  // Omitting applies_to on PUT clears it (marketing.v2.yml updateCoupon).
  c.appliesTo = (body.applies_to as CouponV2['appliesTo'] | undefined) ?? {};
  c.maxUses = typeof body.max_uses === 'number' ? body.max_uses : 0;
  c.maxUsesPerCustomer = typeof body.max_uses_per_customer === 'number' ? body.max_uses_per_customer : 0;
  c.restrictedTo = (body.restricted_to as Body | undefined) ?? {};
  c.shippingMethods = Array.isArray(body.shipping_methods) ? (body.shipping_methods as string[]) : [];
}

export function createCoupon(engine: Engine, store: StoreState, body: Body): CouponV2 {
  validate(store, body, undefined);
  const now = engine.now();
  const c: CouponV2 = {
    id: ++store.seq.coupon,
    name: '',
    type: 'per_total_discount',
    amountCents: 0,
    minPurchaseCents: 0,
    expires: null,
    enabled: true,
    code: '',
    appliesTo: {},
    numUses: 0,
    maxUses: 0,
    maxUsesPerCustomer: 0,
    usesByCustomer: new Map(),
    restrictedTo: {},
    shippingMethods: [],
    dateCreated: now,
    dateModified: now,
  };
  assign(c, body);
  store.coupons.set(c.id, c);
  return c;
}

export function updateCoupon(engine: Engine, store: StoreState, id: number, body: Body): CouponV2 {
  const c = store.coupons.get(id);
  if (!c) throw new SimError(404, 'The requested resource was not found.');
  validate(store, body, c);
  assign(c, body);
  c.dateModified = Math.max(engine.now(), c.dateModified);
  return c;
}

export function deleteCoupon(store: StoreState, id: number): void {
  if (!store.coupons.delete(id)) throw new SimError(404, 'The requested resource was not found.');
}

export function renderCoupon(c: CouponV2): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    amount: v2Money(c.amountCents),
    min_purchase: v2Money(c.minPurchaseCents),
    expires: c.expires === null ? '' : rfc2822(c.expires),
    enabled: c.enabled,
    code: c.code,
    applies_to: c.appliesTo,
    num_uses: c.numUses,
    max_uses: c.maxUses,
    max_uses_per_customer: c.maxUsesPerCustomer,
    restricted_to: c.restrictedTo,
    shipping_methods: c.shippingMethods,
    date_created: rfc2822(c.dateCreated),
  };
}

export function findCoupon(store: StoreState, code: string): CouponV2 | undefined {
  const c = code.toLowerCase();
  for (const coupon of store.coupons.values()) if (coupon.code.toLowerCase() === c) return coupon;
  return undefined;
}
