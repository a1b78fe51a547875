// Promotions V3 + coupon codes (promotions.v3.yml). Codes are unique across the whole store,
// including legacy V2 coupon codes. No webhooks exist for promotions.

import type { Engine } from '../core/engine.js';
import type { Promotion, PromotionCode, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoOffset, parseDateFilter } from '../core/dates.js';

type Body = Record<string, unknown>;

const CODE_RE = /^[A-Za-z0-9_ -]+$/;
const MONEY_RE = /^[0-9]+(\.[0-9]+)?$/;
const ACTIONS = ['cart_value', 'cart_items', 'gift_item', 'fixed_price_set', 'shipping'];

const isObj = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every code in use in the store (promotion codes and V2 coupon codes), lower-cased. */
export function codeInUse(store: StoreState, code: string): boolean {
  const c = code.toLowerCase();
  for (const p of store.promotions.values()) if (p.codes.some((x) => x.code.toLowerCase() === c)) return true;
  for (const cp of store.coupons.values()) if (cp.code.toLowerCase() === c) return true;
  return false;
}

function validateRules(rules: unknown): string | null {
  if (!Array.isArray(rules) || rules.length === 0) return 'rules must be a non-empty array';
  for (const [i, rule] of rules.entries()) {
    if (!isObj(rule) || !isObj(rule.action)) return `rules[${i}].action is required`;
    const keys = Object.keys(rule.action).filter((k) => ACTIONS.includes(k));
    if (keys.length !== 1) return `rules[${i}].action must contain exactly one of ${ACTIONS.join(', ')}`;
    const key = keys[0] as string;
    const action = rule.action[key];
    if (!isObj(action)) return `rules[${i}].action.${key} must be an object`;
    if (key === 'cart_value' || key === 'cart_items') {
      const d = action.discount;
      if (!isObj(d)) return `rules[${i}].action.${key}.discount is required`;
      const hasPct = d.percentage_amount !== undefined;
      const hasFixed = d.fixed_amount !== undefined;
      if (hasPct === hasFixed) return `rules[${i}].action.${key}.discount needs exactly one of percentage_amount, fixed_amount`;
      const v = hasPct ? d.percentage_amount : d.fixed_amount;
      if (typeof v !== 'string' || !MONEY_RE.test(v)) return `rules[${i}].action.${key}.discount amount must be a decimal string`;
      if (hasPct && Number(v) > 100) return `rules[${i}].action.${key}.discount.percentage_amount must be at most 100`;
    }
    if (rule.condition !== undefined) {
      if (!isObj(rule.condition)) return `rules[${i}].condition must be an object`;
      const cart = rule.condition.cart;
      if (isObj(cart) && cart.minimum_spend !== undefined && (typeof cart.minimum_spend !== 'string' || !MONEY_RE.test(cart.minimum_spend))) {
        return `rules[${i}].condition.cart.minimum_spend must be a decimal string`;
      }
    }
  }
  return null;
}

function validatePromotion(body: Body, existing: Promotion | undefined): void {
  const fail = (title: string) => {
    throw new SimError(422, title);
  };
  if (!existing) {
    if (body.redemption_type !== 'AUTOMATIC' && body.redemption_type !== 'COUPON') fail('redemption_type must be AUTOMATIC or COUPON');
    if (typeof body.name !== 'string' || body.name.trim() === '') fail('name is required');
    if (body.rules === undefined) fail('rules is required');
  } else {
    if (body.redemption_type !== undefined && body.redemption_type !== existing.redemptionType) fail('redemption_type cannot be changed');
    if (body.coupon_type !== undefined && body.coupon_type !== existing.couponType) fail('coupon_type cannot be changed');
  }
  if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) fail('name must be a non-empty string');
  if (body.rules !== undefined) {
    const err = validateRules(body.rules);
    if (err) fail(err);
  }
  if (body.status !== undefined && body.status !== 'ENABLED' && body.status !== 'DISABLED') fail('status must be ENABLED or DISABLED');
  if (body.coupon_type !== undefined && body.coupon_type !== 'SINGLE' && body.coupon_type !== 'BULK') fail('coupon_type must be SINGLE or BULK');
  if (body.max_uses !== undefined && (!Number.isInteger(body.max_uses) || (body.max_uses as number) < 0)) fail('max_uses must be a non-negative integer');
  for (const k of ['start_date', 'end_date']) {
    const v = body[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || parseDateFilter(v) === null)) fail(`${k} must be an ISO-8601 date`);
  }
  if (body.channels !== undefined && (!Array.isArray(body.channels) || body.channels.some((c) => !isObj(c) || !Number.isInteger(c.id)))) {
    fail('channels must be an array of {id}');
  }
  const canCombine = body.can_be_used_with_other_promotions ?? existing?.canBeUsedWithOtherPromotions ?? true;
  if (body.coupon_overrides_other_promotions === true && canCombine === true) {
    fail('coupon_overrides_other_promotions can only be set when can_be_used_with_other_promotions is false');
  }
}

export function createPromotion(engine: Engine, store: StoreState, body: Body, createdFrom: Promotion['createdFrom'] = 'api'): Promotion {
  validatePromotion(body, undefined);
  const codesBody = isObj(body.codes) ? body.codes : undefined;
  if (codesBody && body.redemption_type === 'COUPON') validateCode(store, codesBody);
  const now = engine.now();
  const p: Promotion = {
    id: ++store.seq.promotion,
    redemptionType: body.redemption_type as Promotion['redemptionType'],
    name: body.name as string,
    displayName: typeof body.display_name === 'string' ? body.display_name : '',
    channels: Array.isArray(body.channels) ? (body.channels as Array<{ id: number }>) : [],
    customer: isObj(body.customer) ? body.customer : { group_ids: [], minimum_order_count: 0, excluded_group_ids: [] },
    rules: (body.rules as Body[]).map(withRuleDefaults),
    currentUses: 0,
    maxUses: typeof body.max_uses === 'number' ? body.max_uses : undefined,
    status: (body.status as Promotion['status']) ?? 'ENABLED',
    startDate: typeof body.start_date === 'string' ? body.start_date : isoOffset(now),
    endDate: typeof body.end_date === 'string' ? body.end_date : null,
    stop: body.stop === true,
    canBeUsedWithOtherPromotions: body.can_be_used_with_other_promotions !== false,
    currencyCode: typeof body.currency_code === 'string' ? body.currency_code : '*',
    notifications: Array.isArray(body.notifications) ? (body.notifications as Body[]) : [],
    shippingAddress: isObj(body.shipping_address) ? body.shipping_address : undefined,
    schedule: isObj(body.schedule) ? body.schedule : undefined,
    createdFrom,
    couponType: body.coupon_type === 'BULK' ? 'BULK' : 'SINGLE',
    couponOverridesOtherPromotions: body.coupon_overrides_other_promotions === true,
    codes: [],
    dateModified: now,
  };
  store.promotions.set(p.id, p);
  if (codesBody && p.redemptionType === 'COUPON') insertCode(engine, store, p, codesBody);
  return p;
}

function withRuleDefaults(rule: Body): Body {
  return { apply_once: true, stop: false, ...rule };
}

export function updatePromotion(engine: Engine, store: StoreState, id: number, body: Body): Promotion {
  const p = store.promotions.get(id);
  if (!p) throw new SimError(404, `Promotion ${id} not found`);
  validatePromotion(body, p);
  if (typeof body.name === 'string') p.name = body.name;
  if (typeof body.display_name === 'string') p.displayName = body.display_name;
  if (Array.isArray(body.channels)) p.channels = body.channels as Array<{ id: number }>;
  if (isObj(body.customer)) p.customer = body.customer;
  if (Array.isArray(body.rules)) p.rules = (body.rules as Body[]).map(withRuleDefaults);
  if (body.max_uses !== undefined) p.maxUses = body.max_uses as number;
  if (body.status !== undefined) p.status = body.status as Promotion['status'];
  if (typeof body.start_date === 'string') p.startDate = body.start_date;
  if (body.end_date !== undefined) p.endDate = typeof body.end_date === 'string' ? body.end_date : null;
  if (typeof body.stop === 'boolean') p.stop = body.stop;
  if (typeof body.can_be_used_with_other_promotions === 'boolean') p.canBeUsedWithOtherPromotions = body.can_be_used_with_other_promotions;
  if (typeof body.coupon_overrides_other_promotions === 'boolean') p.couponOverridesOtherPromotions = body.coupon_overrides_other_promotions;
  if (typeof body.currency_code === 'string') p.currencyCode = body.currency_code;
  if (Array.isArray(body.notifications)) p.notifications = body.notifications as Body[];
  if (isObj(body.shipping_address)) p.shippingAddress = body.shipping_address;
  if (isObj(body.schedule)) p.schedule = body.schedule;
  p.dateModified = Math.max(engine.now(), p.dateModified + 1);
  return p;
}

export function deletePromotion(store: StoreState, id: number): void {
  store.promotions.delete(id);
}

function validateCode(store: StoreState, body: Body): void {
  const code = body.code;
  if (typeof code !== 'string' || code.length === 0) throw new SimError(422, 'code is required');
  if (code.length > 50) throw new SimError(422, 'code must be at most 50 characters');
  if (!CODE_RE.test(code)) throw new SimError(422, 'code may only contain letters, numbers, spaces, underscores and hyphens');
  for (const k of ['max_uses', 'max_uses_per_customer']) {
    const v = body[k];
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < 0)) throw new SimError(422, `${k} must be a non-negative integer`);
  }
  if (codeInUse(store, code)) throw new SimError(422, `Coupon code '${code}' already exists.`);
}

function insertCode(engine: Engine, store: StoreState, p: Promotion, body: Body): PromotionCode {
  const code: PromotionCode = {
    id: ++store.seq.promotionCode,
    code: body.code as string,
    currentUses: 0,
    maxUses: typeof body.max_uses === 'number' ? body.max_uses : 0,
    maxUsesPerCustomer: typeof body.max_uses_per_customer === 'number' ? body.max_uses_per_customer : 0,
    created: engine.now(),
    usesByCustomer: new Map(),
  };
  p.codes.push(code);
  return code;
}

export function createPromotionCode(engine: Engine, store: StoreState, promotionId: number, body: Body): PromotionCode {
  const p = store.promotions.get(promotionId);
  if (!p) throw new SimError(404, `Promotion ${promotionId} not found`);
  if (p.redemptionType !== 'COUPON') throw new SimError(422, 'Coupon codes can only be added to promotions with redemption_type COUPON');
  validateCode(store, body);
  return insertCode(engine, store, p, body);
}

export function deletePromotionCode(store: StoreState, promotionId: number, codeId: number): void {
  const p = store.promotions.get(promotionId);
  if (!p) return;
  p.codes = p.codes.filter((c) => c.id !== codeId);
}

export function findPromotionCode(store: StoreState, code: string): { promotion: Promotion; code: PromotionCode } | undefined {
  const c = code.toLowerCase();
  for (const promotion of store.promotions.values()) {
    const found = promotion.codes.find((x) => x.code.toLowerCase() === c);
    if (found) return { promotion, code: found };
  }
  return undefined;
}

export function renderPromotion(p: Promotion): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: p.id,
    redemption_type: p.redemptionType,
    name: p.name,
    display_name: p.displayName,
    created_from: p.createdFrom,
    channels: p.channels,
    customer: p.customer,
    rules: p.rules,
    current_uses: p.currentUses,
    status: p.status,
    start_date: p.startDate,
    stop: p.stop,
    can_be_used_with_other_promotions: p.canBeUsedWithOtherPromotions,
    currency_code: p.currencyCode,
    notifications: p.notifications,
  };
  if (p.maxUses !== undefined) out.max_uses = p.maxUses;
  // end_date is typed as a plain string; "never expires" is rendered by omitting it.
  if (p.endDate !== null) out.end_date = p.endDate;
  if (p.shippingAddress) out.shipping_address = p.shippingAddress;
  if (p.schedule) out.schedule = p.schedule;
  if (p.redemptionType === 'COUPON') {
    out.coupon_type = p.couponType;
    out.coupon_overrides_other_promotions = p.couponOverridesOtherPromotions;
    out.multiple_codes = { has_multiple_codes: p.codes.length > 1 };
  }
  return out;
}

export function renderCode(c: PromotionCode): Record<string, unknown> {
  return {
    id: c.id,
    code: c.code,
    current_uses: c.currentUses,
    max_uses: c.maxUses,
    max_uses_per_customer: c.maxUsesPerCustomer,
    created: isoOffset(c.created),
  };
}
