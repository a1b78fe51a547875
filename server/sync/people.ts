// Customers and newsletter subscribers: two separate lists, never merged.
import type { BcCustomer, BcSubscriber } from '../bigcommerce/index.js';
import { parseBcDate } from '../bigcommerce/money.js';
import type { StoreSyncContext } from './context.js';
import { upsertIfNotOlder } from './upsert.js';

export async function applyCustomer(ctx: StoreSyncContext, c: BcCustomer): Promise<boolean> {
  const landed = await upsertIfNotOlder(ctx.models.CustomerMirror, { storeHash: ctx.storeHash, customerId: c.id }, parseBcDate(c.date_modified), {
    email: c.email,
    firstName: c.first_name ?? null,
    lastName: c.last_name ?? null,
    company: c.company ?? null,
    phone: c.phone ?? null,
    customerGroupId: c.customer_group_id ?? 0,
    acceptsMarketing: Boolean(c.accepts_product_review_abandoned_cart_emails),
    attributes: c.attributes ?? [],
    formFields: c.form_fields ?? [],
    dateCreated: parseBcDate(c.date_created),
    syncedAt: new Date(),
  });
  if (landed) {
    const stored = await ctx.models.CustomerMirror.findOne({ storeHash: ctx.storeHash, customerId: c.id }).lean();
    if (stored) await ctx.observers.customerSynced(stored, ctx);
  }
  return landed;
}

export async function syncCustomer(ctx: StoreSyncContext, customerId: number): Promise<'synced' | 'stale' | 'gone'> {
  const c = await ctx.client.getCustomer(customerId, { include: 'attributes,formfields' });
  if (!c) {
    await purgeCustomer(ctx, customerId);
    return 'gone';
  }
  return (await applyCustomer(ctx, c)) ? 'synced' : 'stale';
}

/**
 * store/customer/deleted: the customer's personal data leaves every local copy.
 * Orders stay (money and ledgers depend on them) but lose name and email.
 */
export async function purgeCustomer(ctx: StoreSyncContext, customerId: number): Promise<void> {
  await ctx.models.CustomerMirror.deleteOne({ storeHash: ctx.storeHash, customerId });
  await ctx.models.OrderMirror.updateMany(
    { storeHash: ctx.storeHash, customerId },
    { $set: { email: null, firstName: null, lastName: null } },
  );
  await ctx.observers.customerDeleted(customerId, ctx);
}

export async function applySubscriber(ctx: StoreSyncContext, s: BcSubscriber): Promise<boolean> {
  return upsertIfNotOlder(ctx.models.SubscriberMirror, { storeHash: ctx.storeHash, subscriberId: s.id }, parseBcDate(s.date_modified), {
    email: s.email,
    firstName: s.first_name ?? null,
    lastName: s.last_name ?? null,
    source: s.source ?? null,
    orderId: s.order_id ?? null,
    channelId: s.channel_id ?? null,
    consents: s.consents ?? [],
    dateCreated: parseBcDate(s.date_created),
    syncedAt: new Date(),
  });
}

export async function syncSubscriber(ctx: StoreSyncContext, subscriberId: number): Promise<'synced' | 'stale' | 'gone'> {
  const s = await ctx.client.getSubscriber(subscriberId);
  if (!s) {
    await ctx.models.SubscriberMirror.deleteOne({ storeHash: ctx.storeHash, subscriberId });
    return 'gone';
  }
  return (await applySubscriber(ctx, s)) ? 'synced' : 'stale';
}
