import { toMinorUnits, type BcOrder, type BcOrderCoupon, type BcRefund } from '../bigcommerce/index.js';
import { parseBcDate } from '../bigcommerce/money.js';
import type { StoreSyncContext } from './context.js';
import { mirrorId, writeMirrorPage, type MirrorWrite } from './upsert.js';

const REFUND_STATUSES = new Set([4, 14]);

/** The transactional currency: what the shopper paid in, the one money maths uses. */
export function orderCurrency(o: Pick<BcOrder, 'default_currency_code' | 'currency_code'>): string {
  return o.default_currency_code || o.currency_code || 'USD';
}

/** Whether an order's coupons must be fetched: only when a coupon took something off. */
export function hasCouponDiscount(o: BcOrder): boolean {
  return toMinorUnits(o.coupon_discount ?? '0', orderCurrency(o)) > 0;
}

export function mayHaveRefunds(o: BcOrder): boolean {
  return REFUND_STATUSES.has(o.status_id) || /refund/i.test(o.payment_status ?? '');
}

export interface OrderWithExtras {
  order: BcOrder;
  /** Undefined: not fetched (keep what is stored). */
  coupons?: BcOrderCoupon[] | undefined;
  refunds?: BcRefund[] | undefined;
}

export function orderWrite(storeHash: string, { order: o, coupons, refunds }: OrderWithExtras): MirrorWrite {
  const currency = orderCurrency(o);
  const minor = (v: string | number | null | undefined) => toMinorUnits(v ?? '0', currency);
  const billing = (o.billing_address ?? {}) as { email?: string; first_name?: string; last_name?: string };
  const doc: Record<string, unknown> = {
    storeHash,
    orderId: o.id,
    statusId: o.status_id,
    paymentStatus: o.payment_status ?? '',
    currency,
    subtotalExTaxMinor: minor(o.subtotal_ex_tax),
    subtotalIncTaxMinor: minor(o.subtotal_inc_tax),
    shippingIncTaxMinor: minor(o.shipping_cost_inc_tax),
    shippingExTaxMinor: minor(o.shipping_cost_ex_tax),
    taxMinor: minor(o.total_tax),
    totalExTaxMinor: minor(o.total_ex_tax),
    totalIncTaxMinor: minor(o.total_inc_tax),
    discountMinor: minor(o.discount_amount),
    couponDiscountMinor: minor(o.coupon_discount),
    customerId: Number(o.customer_id ?? 0),
    email: billing.email || null,
    firstName: billing.first_name || null,
    lastName: billing.last_name || null,
    channelId: o.channel_id ?? 1,
    cartId: o.cart_id || null,
    orderSource: o.order_source ?? null,
    isEmailOptIn: Boolean(o.is_email_opt_in),
    isDeleted: Boolean(o.is_deleted),
    itemsTotal: Number(o.items_total ?? 0),
    dateCreated: parseBcDate(o.date_created),
    syncedAt: new Date(),
  };
  if (coupons) {
    doc.coupons = coupons.map((c) => ({ code: c.code ?? null, couponId: c.coupon_id, type: c.type, discountMinor: minor(c.discount) }));
  } else if (!hasCouponDiscount(o)) {
    doc.coupons = [];
  }
  if (refunds) {
    const rows = refunds.map((r) => ({
      id: r.id,
      amountMinor: minor(r.total_amount),
      taxMinor: minor(r.total_tax ?? 0),
      created: parseBcDate(r.created),
      reason: r.reason ?? '',
    }));
    doc.refunds = rows;
    doc.refundedMinor = rows.reduce((s, r) => s + r.amountMinor, 0);
  }
  return { _id: mirrorId(storeHash, o.id), dateModified: parseBcDate(o.date_modified), doc };
}

/** Stores fetched orders (with coupons/refunds where known) and tells the features about those that changed. */
export async function applyOrders(ctx: StoreSyncContext, items: OrderWithExtras[]): Promise<number> {
  const landed = await writeMirrorPage(ctx.models.OrderMirror, items.map((i) => orderWrite(ctx.storeHash, i)));
  if (landed.size > 0 && ctx.observers.watches('orderSynced')) {
    const docs = await ctx.models.OrderMirror.find({ _id: { $in: [...landed] } }).lean();
    for (const doc of docs) await ctx.observers.orderSynced(doc, ctx);
  }
  return landed.size;
}

export async function applyOrder(ctx: StoreSyncContext, order: BcOrder, extras: Omit<OrderWithExtras, 'order'>): Promise<boolean> {
  return (await applyOrders(ctx, [{ order, ...extras }])) === 1;
}

/** Re-fetches one order's current state (events carry only ids and arrive in any order). */
export async function syncOrder(ctx: StoreSyncContext, orderId: number, opts: { refundsChanged?: boolean } = {}): Promise<'synced' | 'stale' | 'gone'> {
  const _id = mirrorId(ctx.storeHash, orderId);
  const order = await ctx.client.getOrder(orderId);
  if (!order) {
    // Archived or deleted: keep the record (ledgers refer to it) but mark it.
    await ctx.models.OrderMirror.updateOne({ _id }, { $set: { isDeleted: true, syncedAt: new Date() } });
    return 'gone';
  }
  const existing = await ctx.models.OrderMirror.findOne({ _id }, { refunds: 1 }).lean();
  const coupons = hasCouponDiscount(order) ? await ctx.client.getOrderCoupons(orderId) : undefined;
  const needRefunds = opts.refundsChanged || mayHaveRefunds(order) || (existing?.refunds?.length ?? 0) > 0;
  const refunds = needRefunds ? await ctx.client.getOrderRefunds(orderId) : undefined;
  return (await applyOrder(ctx, order, { coupons, refunds })) ? 'synced' : 'stale';
}
