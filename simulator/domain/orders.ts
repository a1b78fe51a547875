// Orders V2 (orders.v2.oas2.yml): storefront-like order creation with totals and coupon codes,
// status changes, archiving, V2 rendering, and the store/order/* + store/cart/converted webhooks.

import type { Engine } from '../core/engine.js';
import type { Address, Order, OrderLineItem, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { rfc2822, toMs } from '../core/dates.js';
import { allocate, v2Money } from '../core/money.js';
import { randomCartId } from '../core/ids.js';
import { applyCode } from './discounts.js';
import { countryName } from './customers.js';
import { statusById } from './order-statuses.js';

export interface CreateOrderInput {
  /** 0 or absent = guest */
  customerId?: number;
  email?: string;
  billing?: Partial<Address> & { email?: string };
  lineItems?: Array<{ productId: number; quantity: number; priceCents?: number }>;
  /** used only when lineItems is absent: one custom line item of this amount */
  subtotalCents?: number;
  shippingCents?: number;
  /** order-level tax, added on top of the subtotal (tax-exclusive pricing) */
  taxCents?: number;
  handlingCents?: number;
  couponCode?: string;
  /** default 11 (Awaiting Fulfillment: checkout done, payment confirmed) */
  statusId?: number;
  /** transactional currency; defaults to the store currency */
  currency?: string;
  cartId?: string;
  channelId?: number;
  dateCreated?: Date | number | string;
  orderSource?: string;
  paymentMethod?: string;
  isEmailOptIn?: boolean;
  customerMessage?: string;
  externalSource?: string | null;
  ipAddress?: string;
}

const DEFAULT_BILLING: Address = {
  firstName: 'Guest',
  lastName: 'Shopper',
  company: '',
  street1: '12 Trailhead Rd',
  street2: '',
  city: 'Austin',
  state: 'Texas',
  zip: '78701',
  country: 'United States',
  countryIso2: 'US',
  phone: '512-555-0100',
};

export function createOrder(engine: Engine, store: StoreState, input: CreateOrderInput = {}): Order {
  const now = engine.now();
  const created = toMs(input.dateCreated, now);
  const statusId = input.statusId ?? 11;
  if (!statusById(statusId)) throw new SimError(422, `Invalid status_id ${statusId}`);
  const customerId = input.customerId ?? 0;
  const customer = customerId ? store.customers.get(customerId) : undefined;
  if (customerId && !customer) throw new SimError(422, `Customer ${customerId} does not exist`);
  const email = input.email ?? input.billing?.email ?? customer?.email ?? `guest${store.seq.order + 1}@example.com`;
  const addr = customer?.addresses[0];
  const billing: Address & { email: string } = {
    ...DEFAULT_BILLING,
    ...(customer ? { firstName: customer.firstName, lastName: customer.lastName, phone: customer.phone || DEFAULT_BILLING.phone } : {}),
    ...(addr
      ? { street1: addr.street1, street2: addr.street2, city: addr.city, state: addr.state, zip: addr.zip, country: addr.country, countryIso2: addr.countryIso2 }
      : {}),
    ...stripUndefined(input.billing ?? {}),
    email,
  };
  if (input.billing?.countryIso2 && !input.billing.country) billing.country = countryName(input.billing.countryIso2);

  const orderId = store.seq.order + 1;
  const lines = buildLines(store, orderId, input);
  const subtotalEx = lines.reduce((s, l) => s + l.priceCents * l.quantity, 0);
  const shippingEx = input.shippingCents ?? 0;
  const taxCents = input.taxCents ?? 0;
  const lineTaxes = allocate(taxCents, lines.map((l) => l.priceCents * l.quantity));
  lines.forEach((l, i) => (l.lineTaxCents = lineTaxes[i] ?? 0));
  const currency = (input.currency ?? store.info.currency).toUpperCase();

  let couponDiscount = 0;
  const coupons: Order['coupons'] = [];
  let commitCode: (() => void) | undefined;
  if (input.couponCode) {
    const applied = applyCode(store, input.couponCode, {
      subtotalCents: subtotalEx,
      shippingCents: shippingEx,
      itemCount: lines.reduce((s, l) => s + l.quantity, 0),
      customerKey: customerId ? `c${customerId}` : `e${email.toLowerCase()}`,
      currency,
      now: created,
    });
    if (applied) {
      couponDiscount = applied.coupon.discountCents;
      coupons.push({ id: ++store.seq.orderCoupon, ...applied.coupon });
      commitCode = applied.commit;
      if (applied.onSubtotal) {
        const shares = allocate(couponDiscount, lines.map((l) => l.priceCents * l.quantity));
        lines.forEach((l, i) => {
          const cents = shares[i] ?? 0;
          if (cents > 0) l.appliedDiscounts.push({ id: 'coupon', name: applied.coupon.code, code: applied.coupon.code, cents });
        });
      }
    } else {
      engine.log(`order ${orderId}: coupon code "${input.couponCode}" not applicable, order placed without it`);
    }
  }

  store.seq.order = orderId;
  const order: Order = {
    id: orderId,
    customerId,
    statusId,
    dateCreated: created,
    dateModified: created,
    dateShipped: statusId === 2 ? created : null,
    billing,
    shipping: { ...billing, id: ++store.seq.orderAddress, shippingMethod: shippingEx > 0 ? 'Flat Rate' : 'Free Shipping' },
    lineItems: lines,
    subtotalExCents: subtotalEx,
    subtotalTaxCents: taxCents,
    shippingExCents: shippingEx,
    shippingTaxCents: 0,
    handlingCents: input.handlingCents ?? 0,
    wrappingCents: 0,
    discountCents: couponDiscount,
    couponDiscountCents: couponDiscount,
    storeCreditCents: 0,
    giftCertificateCents: 0,
    coupons,
    currencyCode: currency,
    storeCurrencyCode: store.info.currency,
    exchangeRate: 1,
    cartId: input.cartId ?? randomCartId(),
    channelId: input.channelId ?? 1,
    orderSource: input.orderSource ?? 'www',
    paymentMethod: input.paymentMethod ?? (statusId === 0 ? '' : 'Credit Card'),
    paymentProviderId: '',
    isDeleted: false,
    isEmailOptIn: input.isEmailOptIn ?? false,
    customerMessage: input.customerMessage ?? '',
    staffNotes: '',
    ipAddress: input.ipAddress ?? '203.0.113.24',
    geoipCountry: billing.country,
    geoipCountryIso2: billing.countryIso2,
    customerLocale: 'en',
    externalSource: input.externalSource ?? null,
    externalId: null,
    externalOrderId: '',
    refundedCents: 0,
  };
  if (statusId === 2) for (const l of lines) l.quantityShipped = l.quantity;
  store.orders.set(order.id, order);
  commitCode?.();
  for (const l of lines) {
    const p = store.products.get(l.productId);
    if (p) p.totalSold += l.quantity;
  }
  engine.emit(store, 'store/order/created', { type: 'order', id: order.id });
  return order;
}

function buildLines(store: StoreState, orderId: number, input: CreateOrderInput): OrderLineItem[] {
  const base = (overrides: Partial<OrderLineItem>): OrderLineItem => ({
    id: ++store.seq.orderProduct,
    productId: 0,
    variantId: 0,
    name: 'Custom item',
    sku: '',
    type: 'physical',
    quantity: 1,
    priceCents: 0,
    lineTaxCents: 0,
    quantityRefunded: 0,
    quantityShipped: 0,
    appliedDiscounts: [],
    brand: '',
    weight: 1,
    ...overrides,
  });
  if (!input.lineItems || input.lineItems.length === 0) {
    return [base({ priceCents: input.subtotalCents ?? 2500 })];
  }
  return input.lineItems.map((li) => {
    const p = store.products.get(li.productId);
    if (!p) throw new SimError(422, `Order ${orderId}: product ${li.productId} does not exist`);
    if (!Number.isInteger(li.quantity) || li.quantity < 1) throw new SimError(422, `Order ${orderId}: quantity must be a positive integer`);
    return base({
      productId: p.id,
      variantId: p.variants[0]?.id ?? 0,
      name: p.name,
      sku: p.sku,
      type: p.type,
      quantity: li.quantity,
      priceCents: li.priceCents ?? (p.salePriceCents > 0 ? p.salePriceCents : p.priceCents),
      weight: p.weight,
    });
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function getOrder(store: StoreState, id: number): Order {
  const order = store.orders.get(id);
  if (!order) throw new SimError(404, 'The requested resource was not found.');
  return order;
}

/** Changes the status; fires store/order/statusUpdated (previous/new) then store/order/updated. */
export function setOrderStatus(engine: Engine, store: StoreState, id: number, statusId: number, at?: number): Order {
  const order = getOrder(store, id);
  if (!statusById(statusId)) throw new SimError(400, `The field 'status_id' is invalid.`);
  const previous = order.statusId;
  if (previous === statusId) return order;
  order.statusId = statusId;
  const when = at ?? engine.now();
  order.dateModified = Math.max(when, order.dateModified);
  if (statusId === 2) {
    order.dateShipped = when;
    for (const l of order.lineItems) l.quantityShipped = l.quantity;
  }
  engine.emit(store, 'store/order/statusUpdated', { type: 'order', id, status: { previous_status_id: previous, new_status_id: statusId } });
  engine.emit(store, 'store/order/updated', { type: 'order', id });
  return order;
}

export function updateOrderFields(engine: Engine, store: StoreState, id: number, patch: { staff_notes?: string; customer_message?: string }): Order {
  const order = getOrder(store, id);
  if (patch.staff_notes !== undefined) order.staffNotes = patch.staff_notes;
  if (patch.customer_message !== undefined) order.customerMessage = patch.customer_message;
  order.dateModified = Math.max(engine.now(), order.dateModified);
  engine.emit(store, 'store/order/updated', { type: 'order', id });
  return order;
}

export function archiveOrder(engine: Engine, store: StoreState, id: number): Order {
  const order = getOrder(store, id);
  if (order.isDeleted) return order;
  order.isDeleted = true;
  order.dateModified = Math.max(engine.now(), order.dateModified);
  engine.emit(store, 'store/order/archived', { type: 'order', id });
  return order;
}

/** store/cart/converted: the cart became an order (README §5.4). */
export function cartConverted(engine: Engine, store: StoreState, cartId: string, orderId: number): void {
  engine.emit(store, 'store/cart/converted', { type: 'cart', id: cartId, orderId });
}

// ---------- totals ----------

export function orderTotals(o: Order) {
  const subtotalInc = o.subtotalExCents + o.subtotalTaxCents;
  const shippingInc = o.shippingExCents + o.shippingTaxCents;
  const totalEx = o.subtotalExCents + o.shippingExCents + o.handlingCents + o.wrappingCents - o.discountCents;
  const totalInc = subtotalInc + shippingInc + o.handlingCents + o.wrappingCents - o.discountCents;
  return { subtotalInc, shippingInc, totalEx, totalInc, totalTax: totalInc - totalEx };
}

// ---------- rendering ----------

const link = (baseUrl: string, hash: string, resource: string) => ({
  url: `${baseUrl}/stores/${hash}/v2${resource}`,
  resource,
});

export function renderOrder(o: Order, store: StoreState, baseUrl: string): Record<string, unknown> {
  const t = orderTotals(o);
  const status = statusById(o.statusId);
  const items = o.lineItems.reduce((s, l) => s + l.quantity, 0);
  const shipped = o.lineItems.reduce((s, l) => s + l.quantityShipped, 0);
  return {
    id: o.id,
    customer_id: o.customerId,
    date_created: rfc2822(o.dateCreated),
    date_modified: rfc2822(o.dateModified),
    date_shipped: o.dateShipped === null ? '' : rfc2822(o.dateShipped),
    status_id: o.statusId,
    status: status?.name ?? '',
    custom_status: status?.name ?? '',
    subtotal_ex_tax: v2Money(o.subtotalExCents),
    subtotal_inc_tax: v2Money(t.subtotalInc),
    subtotal_tax: v2Money(o.subtotalTaxCents),
    base_shipping_cost: v2Money(o.shippingExCents),
    shipping_cost_ex_tax: v2Money(o.shippingExCents),
    shipping_cost_inc_tax: v2Money(t.shippingInc),
    shipping_cost_tax: v2Money(o.shippingTaxCents),
    shipping_cost_tax_class_id: 0,
    base_handling_cost: v2Money(o.handlingCents),
    handling_cost_ex_tax: v2Money(o.handlingCents),
    handling_cost_inc_tax: v2Money(o.handlingCents),
    handling_cost_tax: v2Money(0),
    handling_cost_tax_class_id: 0,
    base_wrapping_cost: v2Money(o.wrappingCents),
    wrapping_cost_ex_tax: v2Money(o.wrappingCents),
    wrapping_cost_inc_tax: v2Money(o.wrappingCents),
    wrapping_cost_tax: v2Money(0),
    wrapping_cost_tax_class_id: 0,
    total_ex_tax: v2Money(t.totalEx),
    total_inc_tax: v2Money(t.totalInc),
    total_tax: v2Money(t.totalTax),
    items_total: items,
    items_shipped: shipped,
    payment_method: o.paymentMethod,
    payment_provider_id: o.paymentProviderId,
    payment_status: status?.paymentStatus ?? '',
    // orders.v2.oas2.yml: "refunded_amount ... always returns 0" - use V3 refunds instead.
    refunded_amount: v2Money(0),
    order_is_digital: o.lineItems.every((l) => l.type === 'digital'),
    store_credit_amount: v2Money(o.storeCreditCents),
    gift_certificate_amount: v2Money(o.giftCertificateCents),
    ip_address: o.ipAddress,
    ip_address_v6: '',
    geoip_country: o.geoipCountry,
    geoip_country_iso2: o.geoipCountryIso2,
    currency_id: 1,
    currency_code: o.currencyCode,
    currency_exchange_rate: o.exchangeRate.toFixed(10),
    default_currency_id: 1,
    default_currency_code: o.currencyCode,
    store_default_currency_code: o.storeCurrencyCode,
    store_default_to_transactional_exchange_rate: o.exchangeRate.toFixed(10),
    staff_notes: o.staffNotes,
    customer_message: o.customerMessage,
    discount_amount: v2Money(o.discountCents),
    coupon_discount: v2Money(o.couponDiscountCents),
    shipping_address_count: 1,
    is_deleted: o.isDeleted,
    ebay_order_id: '0',
    cart_id: o.cartId,
    billing_address: {
      first_name: o.billing.firstName,
      last_name: o.billing.lastName,
      company: o.billing.company,
      street_1: o.billing.street1,
      street_2: o.billing.street2,
      city: o.billing.city,
      state: o.billing.state,
      zip: o.billing.zip,
      country: o.billing.country,
      country_iso2: o.billing.countryIso2,
      phone: o.billing.phone,
      email: o.billing.email,
      form_fields: [],
    },
    is_email_opt_in: o.isEmailOptIn,
    is_tax_inclusive_pricing: store.info.isPriceEnteredWithTax,
    credit_card_type: null,
    order_source: o.orderSource,
    channel_id: o.channelId,
    external_source: o.externalSource,
    consignments: link(baseUrl, store.hash, `/orders/${o.id}/consignments`),
    products: link(baseUrl, store.hash, `/orders/${o.id}/products`),
    shipping_addresses: link(baseUrl, store.hash, `/orders/${o.id}/shipping_addresses`),
    coupons: link(baseUrl, store.hash, `/orders/${o.id}/coupons`),
    external_id: o.externalId,
    external_merchant_id: null,
    tax_provider_id: 'BasicTaxProvider',
    customer_locale: o.customerLocale,
    external_order_id: o.externalOrderId,
    fees: link(baseUrl, store.hash, `/orders/${o.id}/fees`),
  };
}

export function renderOrderProduct(o: Order, l: OrderLineItem): Record<string, unknown> {
  const unitTax = l.quantity ? l.lineTaxCents / l.quantity : 0;
  const lineEx = l.priceCents * l.quantity;
  const discount = l.appliedDiscounts.reduce((s, d) => s + d.cents, 0);
  const refundedCents = l.quantity ? Math.round(((lineEx + l.lineTaxCents) * l.quantityRefunded) / l.quantity) : 0;
  return {
    id: l.id,
    order_id: o.id,
    product_id: l.productId,
    variant_id: l.variantId,
    order_address_id: o.shipping.id,
    name: l.name,
    name_customer: l.name,
    name_merchant: l.name,
    sku: l.sku,
    upc: '',
    type: l.type,
    base_price: v2Money(l.priceCents),
    price_ex_tax: v2Money(l.priceCents),
    price_inc_tax: v2Money(l.priceCents + unitTax),
    price_tax: v2Money(unitTax),
    base_total: v2Money(lineEx),
    total_ex_tax: v2Money(lineEx),
    total_inc_tax: v2Money(lineEx + l.lineTaxCents),
    total_tax: v2Money(l.lineTaxCents),
    weight: l.weight.toFixed(4),
    width: '0.0000',
    height: '0.0000',
    depth: '0.0000',
    quantity: l.quantity,
    base_cost_price: '0.0000',
    cost_price_inc_tax: '0.0000',
    cost_price_ex_tax: '0.0000',
    cost_price_tax: '0.0000',
    is_refunded: l.quantityRefunded > 0,
    quantity_refunded: l.quantityRefunded,
    refund_amount: v2Money(refundedCents),
    return_id: 0,
    wrapping_id: 0,
    wrapping_name: '',
    base_wrapping_cost: '0.0000',
    wrapping_cost_ex_tax: '0.0000',
    wrapping_cost_inc_tax: '0.0000',
    wrapping_cost_tax: '0.0000',
    wrapping_message: '',
    quantity_shipped: l.quantityShipped,
    event_name: null,
    event_date: null,
    fixed_shipping_cost: '0.0000',
    ebay_item_id: '',
    ebay_transaction_id: '',
    option_set_id: null,
    parent_order_product_id: null,
    is_bundled_product: false,
    bin_picking_number: '',
    external_id: null,
    brand: l.brand,
    applied_discounts: l.appliedDiscounts.map((d) => ({ id: d.id, amount: v2Money(d.cents), name: d.name, code: d.code, target: 'order' })),
    product_options: [],
    configurable_fields: [],
    gift_certificate_id: null,
    discounted_total_inc_tax: v2Money(lineEx + l.lineTaxCents - discount),
  };
}

export function renderOrderCoupon(o: Order, c: Order['coupons'][number]): Record<string, unknown> {
  return { id: c.id, coupon_id: c.couponId, order_id: o.id, code: c.code, amount: c.amount, type: c.type, discount: c.discountCents / 100 };
}

export function renderShippingAddress(o: Order, store: StoreState, baseUrl: string): Record<string, unknown> {
  const s = o.shipping;
  return {
    id: s.id,
    order_id: o.id,
    first_name: s.firstName,
    last_name: s.lastName,
    company: s.company,
    street_1: s.street1,
    street_2: s.street2,
    city: s.city,
    zip: s.zip,
    country: s.country,
    country_iso2: s.countryIso2,
    state: s.state,
    email: s.email,
    phone: s.phone,
    items_total: o.lineItems.reduce((n, l) => n + l.quantity, 0),
    items_shipped: o.lineItems.reduce((n, l) => n + l.quantityShipped, 0),
    shipping_method: s.shippingMethod,
    base_cost: v2Money(o.shippingExCents),
    cost_ex_tax: v2Money(o.shippingExCents),
    cost_inc_tax: v2Money(o.shippingExCents + o.shippingTaxCents),
    cost_tax: v2Money(o.shippingTaxCents),
    cost_tax_class_id: 0,
    base_handling_cost: v2Money(o.handlingCents),
    handling_cost_ex_tax: v2Money(o.handlingCents),
    handling_cost_inc_tax: v2Money(o.handlingCents),
    handling_cost_tax: '0.0000',
    handling_cost_tax_class_id: 0,
    shipping_zone_id: 1,
    shipping_zone_name: 'United States',
    form_fields: [],
    shipping_quotes: link(baseUrl, store.hash, `/orders/${o.id}/shipping_addresses/${s.id}/shipping_quotes`),
  };
}
