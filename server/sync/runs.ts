// The two kinds of bulk sync. Incremental: everything modified since the last
// cursor (minus an overlap, since clocks and BigCommerce's indexing are not
// instantaneous), run every few minutes to catch whatever webhooks missed.
// Backfill: the store's history on install, page by page, saving where it got
// to after every page so a restart resumes instead of starting over.
import type { BcCustomer, BcOrder, BcProduct, BcRefund, BcSubscriber } from '../bigcommerce/index.js';
import { formatBcDate, parseBcDate } from '../bigcommerce/money.js';
import type { StoreSyncContext } from './context.js';
import { applyOrders, hasCouponDiscount, mayHaveRefunds, syncOrder, type OrderWithExtras } from './orders.js';
import { applyCustomers, applySubscribers } from './people.js';
import { applyProducts, PRODUCT_INCLUDE } from './products.js';
import { zeroCounts, type KindCounts } from './state.js';

export const OVERLAP_MS = 2 * 60_000;
const CUSTOMER_INCLUDE = 'attributes,formfields';

export interface RunHooks {
  /** Called after each page: keeps the job's and the store's run leases alive. */
  heartbeat(): Promise<void>;
}

const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

function groupRefunds(refunds: BcRefund[]): Map<number, BcRefund[]> {
  const byOrder = new Map<number, BcRefund[]>();
  for (const r of refunds) {
    const list = byOrder.get(r.order_id) ?? [];
    list.push(r);
    byOrder.set(r.order_id, list);
  }
  return byOrder;
}

/** Per-page fetches (coupons, refunds) in parallel; the client's limiter keeps the store's pace. */
const PAGE_FETCH_CONCURRENCY = 4;

async function mapConcurrent<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGE_FETCH_CONCURRENCY, items.length) }, worker));
  return out;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function runIncremental(
  ctx: StoreSyncContext,
  cursors: { orders: Date | null; customers: Date | null; subscribers: Date | null; products: Date | null },
  hooks: RunHooks,
): Promise<{ counts: KindCounts; cursors: typeof cursors }> {
  const counts = zeroCounts();
  const next = { ...cursors };
  const since = (d: Date | null) => (d ? formatBcDate(new Date(d.getTime() - OVERLAP_MS)) : undefined);

  // Orders. Refunds created since the cursor point at orders whose refunds changed
  // even if nothing else about them did.
  const ordersSince = since(cursors.orders);
  const recentRefunds = groupRefunds(await collect(ctx.client.listRefunds(ordersSince ? { 'created:min': ordersSince } : {})));
  const seen = new Set<number>();
  for await (const page of ctx.client.v2Pages<BcOrder>('/v2/orders', { ...(ordersSince ? { min_date_modified: ordersSince } : {}), sort: 'date_modified:asc' }, { limit: 250, ...(ctx.signal ? { signal: ctx.signal } : {}) })) {
    const items: OrderWithExtras[] = await mapConcurrent(page, async (order) => ({
      order,
      coupons: hasCouponDiscount(order) ? await ctx.client.getOrderCoupons(order.id) : undefined,
      refunds: recentRefunds.has(order.id) || mayHaveRefunds(order) ? await ctx.client.getOrderRefunds(order.id) : undefined,
    }));
    for (const order of page) {
      seen.add(order.id);
      next.orders = later(next.orders, parseBcDate(order.date_modified));
    }
    counts.orders += await applyOrders(ctx, items);
    await hooks.heartbeat();
  }
  for (const orderId of recentRefunds.keys()) {
    if (!seen.has(orderId) && (await syncOrder(ctx, orderId, { refundsChanged: true })) === 'synced') counts.orders++;
  }

  const customersSince = since(cursors.customers);
  for await (const page of ctx.client.v3Pages<BcCustomer>('/v3/customers', { ...(customersSince ? { 'date_modified:min': customersSince } : {}), sort: 'date_modified:asc', include: CUSTOMER_INCLUDE })) {
    counts.customers += await applyCustomers(ctx, page.items);
    for (const c of page.items) next.customers = later(next.customers, parseBcDate(c.date_modified));
    await hooks.heartbeat();
  }

  const subscribersSince = since(cursors.subscribers);
  for await (const page of ctx.client.v3Pages<BcSubscriber>('/v3/customers/subscribers', subscribersSince ? { 'date_modified:min': subscribersSince } : {})) {
    counts.subscribers += await applySubscribers(ctx, page.items);
    for (const s of page.items) next.subscribers = later(next.subscribers, parseBcDate(s.date_modified));
    await hooks.heartbeat();
  }

  const productsSince = since(cursors.products);
  for await (const page of ctx.client.v3Pages<BcProduct>('/v3/catalog/products', { ...(productsSince ? { 'date_modified:min': productsSince } : {}), include: PRODUCT_INCLUDE })) {
    counts.products += await applyProducts(ctx, page.items);
    for (const p of page.items) next.products = later(next.products, parseBcDate(p.date_modified));
    await hooks.heartbeat();
  }
  return { counts, cursors: next };
}

export interface BackfillProgress {
  phase: 'orders' | 'customers' | 'subscribers' | 'products';
  done: KindCounts;
  total: KindCounts;
  resume: { orderId: number; customersPage: number; subscribersPage: number; productsPage: number };
}

/**
 * Reads the store's history. `save` is called after every page with the new
 * progress; on a restart the caller passes the saved progress back in.
 */
export async function runBackfill(
  ctx: StoreSyncContext,
  start: BackfillProgress,
  opts: { ordersSince: Date | null },
  save: (p: BackfillProgress) => Promise<void>,
  hooks: RunHooks,
): Promise<BackfillProgress> {
  const p: BackfillProgress = structuredClone(start);
  const phases = ['orders', 'customers', 'subscribers', 'products'] as const;
  const from = phases.indexOf(p.phase);
  const signal = ctx.signal ? { signal: ctx.signal } : {};

  if (from <= 0) {
    const created = opts.ordersSince ? { min_date_created: formatBcDate(opts.ordersSince) } : {};
    p.total.orders = await ctx.client.countOrders(created);
    // One pass over the store's refunds instead of one request per refunded order.
    const refunds = groupRefunds(await collect(ctx.client.listRefunds(opts.ordersSince ? { 'created:min': formatBcDate(opts.ordersSince) } : {})));
    for await (const page of ctx.client.v2Pages<BcOrder>('/v2/orders', { ...created, min_id: p.resume.orderId + 1, sort: 'id:asc' }, { limit: 250, ...signal })) {
      const items: OrderWithExtras[] = await mapConcurrent(page, async (order) => ({
        order,
        coupons: hasCouponDiscount(order) ? await ctx.client.getOrderCoupons(order.id) : undefined,
        refunds: refunds.get(order.id) ?? [],
      }));
      await applyOrders(ctx, items);
      p.resume.orderId = page[page.length - 1]!.id;
      p.done.orders += page.length;
      await save(p);
      await hooks.heartbeat();
    }
    p.phase = 'customers';
    await save(p);
  }

  type V3Phase = { phase: 'customers' | 'subscribers' | 'products'; pageKey: 'customersPage' | 'subscribersPage' | 'productsPage'; path: string; query: Record<string, string>; apply: (items: never[]) => Promise<unknown> };
  const v3: V3Phase[] = [
    { phase: 'customers', pageKey: 'customersPage', path: '/v3/customers', query: { include: CUSTOMER_INCLUDE }, apply: (c: BcCustomer[]) => applyCustomers(ctx, c) },
    { phase: 'subscribers', pageKey: 'subscribersPage', path: '/v3/customers/subscribers', query: {}, apply: (s: BcSubscriber[]) => applySubscribers(ctx, s) },
    { phase: 'products', pageKey: 'productsPage', path: '/v3/catalog/products', query: { include: PRODUCT_INCLUDE }, apply: (x: BcProduct[]) => applyProducts(ctx, x) },
  ];
  for (const step of v3) {
    if (phases.indexOf(step.phase) < phases.indexOf(p.phase)) continue;
    for await (const page of ctx.client.v3Pages<never>(step.path, { ...step.query, page: p.resume[step.pageKey] }, { limit: 250, ...signal })) {
      await step.apply(page.items);
      if (page.pagination?.total !== undefined) p.total[step.phase] = page.pagination.total;
      p.resume[step.pageKey] += 1;
      p.done[step.phase] += page.items.length;
      await save(p);
      await hooks.heartbeat();
    }
    p.total[step.phase] = Math.max(p.total[step.phase], p.done[step.phase]);
    const nextPhase = phases[phases.indexOf(step.phase) + 1];
    if (nextPhase) {
      p.phase = nextPhase;
      await save(p);
    }
  }
  return p;
}
