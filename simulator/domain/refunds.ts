// Refunds (orders.v3.yml createOrderRefund and friends; README §7). Refunds need a paid order,
// cannot exceed what is left to refund, move the order to 14 Partially Refunded or 4 Refunded,
// and fire store/order/refund/created (+ status webhooks).

import type { Engine } from '../core/engine.js';
import type { Order, Refund, RefundItem, RefundPayment, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoOffset } from '../core/dates.js';
import { toCents, v3Money } from '../core/money.js';
import { getOrder, orderTotals, setOrderStatus } from './orders.js';
import { PAID_STATUS_IDS } from './order-statuses.js';

type Body = Record<string, unknown>;
const ITEM_TYPES = ['PRODUCT', 'GIFT_WRAPPING', 'SHIPPING', 'HANDLING', 'ORDER', 'FEE', 'TAX'];

/** What is still refundable on an order, in cents. */
export function refundableCents(order: Order): number {
  return orderTotals(order).totalInc - order.refundedCents;
}

interface PlannedItem {
  item: RefundItem;
  cents: number;
  taxCents: number;
}

function planItems(order: Order, items: unknown): PlannedItem[] {
  if (!Array.isArray(items) || items.length === 0) throw new SimError(422, 'items must be a non-empty array');
  return items.map((raw, i): PlannedItem => {
    if (typeof raw !== 'object' || raw === null) throw new SimError(422, `items[${i}] is invalid`);
    const it = raw as Body;
    const type = it.item_type as string;
    if (!ITEM_TYPES.includes(type)) throw new SimError(422, `items[${i}].item_type is invalid`);
    if (!Number.isInteger(it.item_id)) throw new SimError(422, `items[${i}].item_id is required`);
    const itemId = it.item_id as number;
    const reason = typeof it.reason === 'string' ? it.reason : '';
    if (type === 'PRODUCT' || type === 'GIFT_WRAPPING') {
      const line = order.lineItems.find((l) => l.id === itemId);
      if (!line) throw new SimError(422, `items[${i}]: order product ${itemId} does not belong to order ${order.id}`);
      const qty = it.quantity;
      if (!Number.isInteger(qty) || (qty as number) < 1) throw new SimError(422, `items[${i}].quantity must be a positive integer`);
      if ((qty as number) > line.quantity - line.quantityRefunded) {
        throw new SimError(422, `items[${i}]: quantity exceeds the refundable quantity of order product ${itemId}`);
      }
      if (type === 'GIFT_WRAPPING') return { item: { itemType: 'GIFT_WRAPPING', itemId, quantity: qty as number, reason }, cents: 0, taxCents: 0 };
      const discount = line.appliedDiscounts.reduce((s, d) => s + d.cents, 0);
      const lineNet = line.priceCents * line.quantity + line.lineTaxCents - discount;
      const cents = Math.round((lineNet * (qty as number)) / line.quantity);
      const taxCents = Math.round((line.lineTaxCents * (qty as number)) / line.quantity);
      return { item: { itemType: 'PRODUCT', itemId, quantity: qty as number, reason }, cents, taxCents };
    }
    const amount = toCents(it.amount);
    if (amount === null || amount <= 0) throw new SimError(422, `items[${i}].amount must be a positive number`);
    if ((type === 'SHIPPING' || type === 'HANDLING') && itemId !== order.shipping.id) {
      throw new SimError(422, `items[${i}]: order address ${itemId} does not belong to order ${order.id}`);
    }
    if (type === 'SHIPPING' && amount > order.shippingExCents + order.shippingTaxCents) {
      throw new SimError(422, `items[${i}]: amount exceeds the shipping cost`);
    }
    if (type === 'ORDER' && itemId !== order.id) throw new SimError(422, `items[${i}]: item_id must be the order id for ORDER items`);
    const itemType = (type === 'TAX' ? 'ORDER' : type) as RefundItem['itemType'];
    return { item: { itemType, itemId, requestedCents: amount, reason }, cents: amount, taxCents: 0 };
  });
}

export interface RefundOptions {
  userId?: number;
  /** backdate (seeding) */
  at?: number;
}

export function createRefund(engine: Engine, store: StoreState, orderId: number, body: Body, opts: RefundOptions = {}): Refund {
  const order = getOrder(store, orderId);
  const remaining = refundableCents(order);
  if (order.statusId === 4 || remaining <= 0) throw new SimError(422, `Order ${orderId} has already been fully refunded.`);
  if (!PAID_STATUS_IDS.has(order.statusId)) {
    throw new SimError(422, `Order ${orderId} has not been paid (status ${order.statusId}); only paid orders can be refunded.`);
  }

  let planned: PlannedItem[] = [];
  let computed: number;
  if (body.tax_adjustment_amount !== undefined && body.items === undefined) {
    const amount = toCents(body.tax_adjustment_amount);
    if (amount === null || amount <= 0) throw new SimError(422, 'tax_adjustment_amount must be a positive number');
    computed = amount;
  } else {
    planned = planItems(order, body.items);
    computed = planned.reduce((s, p) => s + p.cents, 0);
  }

  const payments = parsePayments(body.payments, computed, order);
  const paid = payments.reduce((s, p) => s + p.cents, 0);
  const override = body.merchant_calculated_override as Body | undefined;
  let total = computed;
  let totalTax = planned.reduce((s, p) => s + p.taxCents, 0);
  if (override && typeof override === 'object') {
    const t = toCents(override.total_amount);
    if (t === null) throw new SimError(422, 'merchant_calculated_override.total_amount is required');
    total = t;
    totalTax = toCents(override.total_tax) ?? 0;
  }
  if (Math.abs(paid - total) > 1) {
    throw new SimError(422, `The sum of refund payments (${v3Money(paid)}) does not match the refund total (${v3Money(total)}).`);
  }
  if (total > remaining) throw new SimError(422, `Refund amount ${v3Money(total)} exceeds the refundable amount ${v3Money(remaining)}.`);
  if (total <= 0) throw new SimError(422, 'Refund amount must be greater than zero.');

  const at = opts.at ?? engine.now();
  const refund: Refund = {
    id: ++store.seq.refund,
    orderId,
    userId: opts.userId ?? 0,
    created: at,
    reason: typeof body.reason === 'string' ? body.reason : '',
    totalCents: total,
    totalTaxCents: totalTax,
    usesMerchantOverride: Boolean(override),
    items: planned.map((p) => p.item),
    payments: payments.map((p) => ({ ...p, id: ++store.seq.refundPayment })),
  };
  store.refunds.set(refund.id, refund);
  for (const p of planned) {
    if (p.item.itemType === 'PRODUCT' && p.item.quantity) {
      const line = order.lineItems.find((l) => l.id === p.item.itemId);
      if (line) line.quantityRefunded += p.item.quantity;
    }
  }
  order.refundedCents += total;
  order.dateModified = Math.max(at, order.dateModified);
  engine.emit(store, 'store/order/refund/created', { type: 'order', id: orderId, refund: { refund_id: refund.id } });
  const fully = refundableCents(order) <= 0;
  const newStatus = fully ? 4 : 14;
  if (order.statusId !== newStatus) setOrderStatus(engine, store, orderId, newStatus, at);
  else engine.emit(store, 'store/order/updated', { type: 'order', id: orderId });
  return refund;
}

function parsePayments(raw: unknown, computed: number, order: Order): Array<Omit<RefundPayment, 'id'>> {
  if (raw === undefined) {
    // tax_adjustment_amount refunds may omit payments; default to the original gateway.
    return [{ providerId: 'testgateway', cents: computed, offline: false, isDeclined: false, declinedMessage: '', transactionId: '' }];
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new SimError(422, 'payments must be a non-empty array');
  return raw.map((p, i) => {
    const pay = p as Body;
    if (typeof pay.provider_id !== 'string' || pay.provider_id === '') throw new SimError(422, `payments[${i}].provider_id is required`);
    const cents = toCents(pay.amount);
    if (cents === null || cents < 0) throw new SimError(422, `payments[${i}].amount must be a non-negative number`);
    if (pay.provider_id === 'storecredit' && order.customerId === 0) {
      throw new SimError(422, 'Unable to provide store credit for a guest customer.');
    }
    return {
      providerId: pay.provider_id,
      cents,
      offline: pay.offline === true,
      isDeclined: false,
      declinedMessage: '',
      transactionId: pay.offline === true ? '' : `${order.id}${String(order.refundedCents + i).padStart(6, '0')}`,
    };
  });
}

/** Control-side refund: by amount (an ORDER item) or by order-product quantities. */
export function refundBody(
  order: Order,
  input: { amountCents: number; reason?: string } | { items: Array<{ orderProductId: number; quantity: number }>; reason?: string },
): Body {
  if ('amountCents' in input) {
    const amount = input.amountCents / 100;
    return {
      items: [{ item_type: 'ORDER', item_id: order.id, amount, reason: input.reason ?? '' }],
      payments: [{ provider_id: 'testgateway', amount, offline: false }],
      reason: input.reason ?? '',
    };
  }
  const items = input.items.map((i) => ({ item_type: 'PRODUCT', item_id: i.orderProductId, quantity: i.quantity }));
  const planned = planItems(order, items);
  const amount = planned.reduce((s, p) => s + p.cents, 0) / 100;
  return { items, payments: [{ provider_id: 'testgateway', amount, offline: false }], reason: input.reason ?? '' };
}

export function renderRefund(r: Refund): Record<string, unknown> {
  return {
    id: r.id,
    order_id: r.orderId,
    user_id: r.userId,
    created: isoOffset(r.created),
    reason: r.reason,
    total_amount: v3Money(r.totalCents),
    total_tax: v3Money(r.totalTaxCents),
    uses_merchant_override_values: r.usesMerchantOverride,
    // `requested_amount` is omitted: the spec types it number in lists but string|null on the
    // single-refund read, so any value would contradict one of them.
    items: r.items.map((i) => ({
      item_type: i.itemType,
      item_id: i.itemId,
      reason: i.reason,
      ...(i.quantity !== undefined ? { quantity: i.quantity } : {}),
    })),
    payments: r.payments.map((p) => ({
      id: p.id,
      provider_id: p.providerId,
      amount: v3Money(p.cents),
      offline: p.offline,
      is_declined: p.isDeclined,
      declined_message: p.declinedMessage,
      transaction_id: p.transactionId,
    })),
  };
}
