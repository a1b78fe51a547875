// Deterministic demo data for a simulated outdoor-gear store: customers, subscribers, products,
// promotions with codes, a legacy coupon, and ~300 orders over the last ~120 days across statuses,
// some with codes, some guest, some partly/fully refunded. Runs silently (no webhooks).

import type { SimulatorControl } from './control.js';
import type { Customer, Order } from './core/types.js';

export interface SeedOptions {
  /** PRNG seed; the same seed gives the same store */
  seed?: number;
  customers?: number;
  subscribers?: number;
  products?: number;
  orders?: number;
  /** orders are spread over this many days before now */
  days?: number;
  /** share of orders that use a coupon/promotion code */
  couponShare?: number;
  /** share of paid orders that get a (partial or full) refund */
  refundShare?: number;
}

export interface SeedSummary {
  customers: number;
  subscribers: number;
  products: number;
  orders: number;
  refunds: number;
  promotions: number;
  coupons: number;
  codes: string[];
}

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'James', 'Isabella', 'Lucas', 'Mia', 'Mason', 'Amelia', 'Ethan', 'Harper', 'Logan', 'Evelyn', 'Aiden', 'Abigail', 'Jackson', 'Emily', 'Sebastian', 'Ella', 'Mateo', 'Scarlett', 'Henry', 'Grace', 'Owen', 'Chloe', 'Wyatt', 'Zoe', 'Carter', 'Nora', 'Jayden', 'Lily', 'Julian', 'Hannah', 'Levi', 'Aria', 'Isaac'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores'];
const CITIES: Array<[string, string, string]> = [
  ['Denver', 'Colorado', '80202'],
  ['Boulder', 'Colorado', '80302'],
  ['Seattle', 'Washington', '98101'],
  ['Portland', 'Oregon', '97205'],
  ['Salt Lake City', 'Utah', '84101'],
  ['Bend', 'Oregon', '97701'],
  ['Asheville', 'North Carolina', '28801'],
  ['Austin', 'Texas', '78701'],
  ['Missoula', 'Montana', '59802'],
  ['Flagstaff', 'Arizona', '86001'],
];
const STREETS = ['Pine St', 'Aspen Way', 'Canyon Rd', 'Ridge Ave', 'Summit Blvd', 'Cedar Ln', 'River Rd', 'Trail Ct'];
const PRODUCTS: Array<[string, number, number, 'physical' | 'digital']> = [
  ['Summit 2P Backpacking Tent', 34900, 18, 'physical'],
  ['Ridgeline 45L Pack', 18995, 19, 'physical'],
  ['Alpine Down Sleeping Bag 20F', 27900, 18, 'physical'],
  ['Trail Runner GTX Shoes', 14995, 20, 'physical'],
  ['Merino Base Layer Crew', 7900, 21, 'physical'],
  ['Storm Shell Rain Jacket', 19900, 21, 'physical'],
  ['Titanium Spork', 1295, 22, 'physical'],
  ['Compact Stove Kit', 6450, 22, 'physical'],
  ['Insulated Water Bottle 32oz', 3495, 23, 'physical'],
  ['Trekking Poles (Pair)', 11900, 23, 'physical'],
  ['Headlamp 400 Lumen', 4495, 23, 'physical'],
  ['Camp Chair Lite', 9900, 18, 'physical'],
  ['Hydration Reservoir 3L', 3600, 19, 'physical'],
  ['Wool Hiking Socks 3-Pack', 2995, 21, 'physical'],
  ['Packable Down Vest', 12900, 21, 'physical'],
  ['Trail First Aid Kit', 3995, 23, 'physical'],
  ['Squeeze Water Filter', 4200, 22, 'physical'],
  ['Insulated Sleeping Pad', 15995, 18, 'physical'],
  ['Two-Person Cookset', 7495, 22, 'physical'],
  ['Waterproof Gaiters', 5400, 21, 'physical'],
  ['UPF 50 Sun Hoodie', 6500, 21, 'physical'],
  ['Bear Canister', 8995, 22, 'physical'],
  ['Ultralight Bivy Sack', 21900, 18, 'physical'],
  ['Trailhead Gift Card', 5000, 23, 'digital'],
];
const DAY = 86_400_000;

export function seedDemoStore(control: SimulatorControl, hash: string, opts: SeedOptions = {}): SeedSummary {
  const rnd = prng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const now = Date.now();
  const days = opts.days ?? 120;
  const counts = {
    customers: opts.customers ?? 60,
    subscribers: opts.subscribers ?? 40,
    products: opts.products ?? 24,
    orders: opts.orders ?? 300,
  };

  return control.silently(hash, () => {
    // ---- products
    const productIds: number[] = [];
    for (let i = 0; i < counts.products; i++) {
      const [baseName, cents, category, type] = PRODUCTS[i % PRODUCTS.length] as (typeof PRODUCTS)[number];
      const name = i < PRODUCTS.length ? baseName : `${baseName} ${Math.floor(i / PRODUCTS.length) + 1}`;
      const sku = `TH-${String(1000 + i)}`;
      const p = control.createProduct(hash, {
        name,
        type,
        sku,
        price: cents / 100,
        weight: type === 'digital' ? 0 : int(1, 80) / 10,
        categories: [category],
        brand_id: 1 + (i % 4),
        inventory_level: type === 'digital' ? 0 : int(0, 120),
        inventory_tracking: type === 'digital' ? 'none' : 'product',
        is_visible: i % 11 !== 10,
        is_featured: i % 5 === 0,
        description: `<p>${name} - built for long days on the trail.</p>`,
        images: [{ image_url: `https://images.example.com/${sku.toLowerCase()}.jpg`, is_thumbnail: true }],
        date_created: now - (days + int(30, 300)) * DAY,
      });
      productIds.push(p.id);
    }

    // ---- customers (most registered before the order window, some during it)
    const customers: Customer[] = [];
    for (let i = 0; i < counts.customers; i++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const [city, state, zip] = pick(CITIES);
      const created = i % 10 === 9 ? now - int(1, days) * DAY : now - (days + int(1, 400)) * DAY;
      customers.push(
        control.createCustomer(hash, {
          first_name: first,
          last_name: last,
          email: `${first}.${last}${i + 1}@example.com`.toLowerCase(),
          phone: `555-${String(int(100, 999))}-${String(int(1000, 9999))}`,
          company: i % 7 === 0 ? `${last} Outdoors LLC` : '',
          accepts_product_review_abandoned_cart_emails: rnd() < 0.6,
          addresses: [
            {
              first_name: first,
              last_name: last,
              address1: `${int(10, 9999)} ${pick(STREETS)}`,
              city,
              state_or_province: state,
              postal_code: zip,
              country_code: 'US',
              address_type: 'residential',
            },
          ],
          date_created: created,
        }),
      );
    }

    // ---- promotions (codes a merchant or affiliates would share) and one legacy coupon
    const promo = (name: string, code: string, discount: Record<string, string>) => {
      const p = control.createPromotion(hash, {
        name,
        redemption_type: 'COUPON',
        coupon_type: 'SINGLE',
        currency_code: '*',
        start_date: new Date(now - (days + 30) * DAY).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        rules: [{ action: { cart_value: { discount } }, apply_once: true, stop: true }],
      });
      control.createPromotionCode(hash, p.id, { code, max_uses: 0, max_uses_per_customer: 0 });
      return code;
    };
    const codes = [
      promo('Affiliate - Jane Trails 10% off', 'JANETRAILS10', { percentage_amount: '10' }),
      promo('Affiliate - Peak Pete 15% off', 'PEAKPETE15', { percentage_amount: '15' }),
      promo('Loyalty reward $5 off', 'LOYAL5-7QK2', { fixed_amount: '5' }),
      promo('Welcome 10% off', 'WELCOME10', { percentage_amount: '10' }),
    ];
    control.createPromotion(hash, {
      name: 'Free shipping over $150',
      redemption_type: 'AUTOMATIC',
      rules: [{ action: { shipping: { free_shipping: true, zone_ids: '*' } }, condition: { cart: { minimum_spend: '150' } } }],
    });
    control.createCoupon(hash, {
      name: 'Legacy spring sale',
      code: 'SPRING20',
      type: 'per_total_discount',
      amount: '20',
      min_purchase: '100',
      enabled: true,
      applies_to: { entity: 'categories', ids: [0] },
    });
    codes.push('SPRING20');

    // ---- orders, oldest first so ids grow with time
    const STATUS_WEIGHTS: Array<[number, number]> = [
      [10, 34], [2, 24], [11, 20], [9, 4], [7, 5], [0, 4], [1, 3], [5, 4], [12, 1], [3, 1],
    ];
    const totalWeight = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    const pickStatus = () => {
      let r = rnd() * totalWeight;
      for (const [id, w] of STATUS_WEIGHTS) if ((r -= w) < 0) return id;
      return 11;
    };
    const times = Array.from({ length: counts.orders }, () => now - Math.floor(rnd() * days * DAY)).sort((a, b) => a - b);
    const orders: Order[] = [];
    let refunds = 0;
    for (const created of times) {
      const eligible = customers.filter((c) => c.dateCreated < created);
      const guest = rnd() < 0.22 || eligible.length === 0;
      const customer = guest ? undefined : pick(eligible);
      const lineCount = productIds.length === 0 ? 0 : int(1, 3);
      const lineItems = Array.from({ length: lineCount }, () => ({ productId: pick(productIds), quantity: rnd() < 0.8 ? 1 : int(2, 3) }));
      const distinct = [...new Map(lineItems.map((l) => [l.productId, l])).values()];
      const subtotal = distinct.reduce((s, l) => s + (control.listProducts(hash).find((p) => p.id === l.productId)?.priceCents ?? 0) * l.quantity, 0);
      const statusId = pickStatus();
      const first = pick(FIRST);
      const last = pick(LAST);
      const order = control.createOrder(hash, {
        ...(customer ? { customerId: customer.id } : { email: `${first}.${last}.guest${int(1, 9999)}@example.com`.toLowerCase(), billing: { firstName: first, lastName: last } }),
        ...(distinct.length ? { lineItems: distinct } : { subtotalCents: int(2000, 20000) }),
        shippingCents: subtotal >= 15000 ? 0 : pick([599, 999, 1299]),
        taxCents: Math.round(subtotal * 0.0825),
        statusId,
        dateCreated: created,
        isEmailOptIn: rnd() < 0.3,
        ...(rnd() < (opts.couponShare ?? 0.1) ? { couponCode: pick(codes) } : {}),
      });
      // Status changes after checkout (shipping, completion) happen a few days later.
      if ([2, 3, 10, 5].includes(statusId)) order.dateModified = Math.min(now, created + int(1, 6) * DAY);
      orders.push(order);
    }

    // ---- refunds on some paid orders (half partial, half full)
    const refundShare = opts.refundShare ?? 0.06;
    for (const order of orders) {
      if (![2, 10, 11, 9].includes(order.statusId) || rnd() >= refundShare / 0.82) continue;
      const at = Math.min(now, order.dateModified + int(1, 10) * DAY);
      const line = order.lineItems[0];
      if (rnd() < 0.5 && line && line.quantity >= 1 && order.lineItems.length > 1) {
        control.createRefund(hash, order.id, { items: [{ orderProductId: line.id, quantity: 1 }], reason: 'Item returned', at });
      } else {
        const total = order.subtotalExCents + order.subtotalTaxCents + order.shippingExCents - order.discountCents;
        const amount = rnd() < 0.5 ? total : Math.max(100, Math.round(total * 0.3));
        control.createRefund(hash, order.id, { amountCents: amount, reason: amount === total ? 'Order cancelled after payment' : 'Partial goodwill refund', at });
      }
      refunds += 1;
    }

    // ---- subscribers: customers who opted in, shoppers who ticked the box at checkout, and others
    let subscribers = 0;
    const used = new Set<string>();
    for (const o of orders) {
      if (subscribers >= Math.floor(counts.subscribers / 3)) break;
      const email = o.billing.email.toLowerCase();
      if (!o.isEmailOptIn || used.has(email)) continue;
      used.add(email);
      control.createSubscriber(hash, { email, first_name: o.billing.firstName, last_name: o.billing.lastName, source: 'order', order_id: o.id, date_created: o.dateCreated });
      subscribers += 1;
    }
    for (const c of customers) {
      if (subscribers >= Math.floor((counts.subscribers * 2) / 3)) break;
      if (used.has(c.email) || rnd() < 0.3) continue;
      used.add(c.email);
      control.createSubscriber(hash, { email: c.email, first_name: c.firstName, last_name: c.lastName, source: 'storefront', date_created: c.dateCreated });
      subscribers += 1;
    }
    for (let i = 0; subscribers < counts.subscribers; i++) {
      const email = `newsletter${i + 1}.${pick(LAST)}@example.net`.toLowerCase();
      if (used.has(email)) continue;
      used.add(email);
      control.createSubscriber(hash, { email, source: 'custom', date_created: now - int(1, 365) * DAY });
      subscribers += 1;
    }

    return {
      customers: customers.length,
      subscribers,
      products: productIds.length,
      orders: orders.length,
      refunds,
      promotions: control.listPromotions(hash).length,
      coupons: control.listCoupons(hash).length,
      codes,
    };
  });
}
