// Customers and newsletter subscribers: two separate lists, never merged.
import type { BcCustomer, BcSubscriber } from '../bigcommerce/index.js';
import { parseBcDate } from '../bigcommerce/money.js';
import type { StoreSyncContext } from './context.js';
import { mirrorId, writeMirrorPage, type MirrorWrite } from './upsert.js';

function customerWrite(storeHash: string, c: BcCustomer): MirrorWrite {
  return {
    _id: mirrorId(storeHash, c.id),
    dateModified: parseBcDate(c.date_modified),
    doc: {
      storeHash,
      customerId: c.id,
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
    },
  };
}

export async function applyCustomers(ctx: StoreSyncContext, customers: BcCustomer[]): Promise<number> {
  const landed = await writeMirrorPage(ctx.models.CustomerMirror, customers.map((c) => customerWrite(ctx.storeHash, c)));
  if (landed.size > 0 && ctx.observers.watches('customerSynced')) {
    for (const doc of await ctx.models.CustomerMirror.find({ _id: { $in: [...landed] } }).lean()) await ctx.observers.customerSynced(doc, ctx);
  }
  return landed.size;
}

export async function syncCustomer(ctx: StoreSyncContext, customerId: number): Promise<'synced' | 'stale' | 'gone'> {
  const c = await ctx.client.getCustomer(customerId, { include: 'attributes,formfields' });
  if (!c) {
    await purgeCustomer(ctx, customerId);
    return 'gone';
  }
  return (await applyCustomers(ctx, [c])) === 1 ? 'synced' : 'stale';
}

/**
 * store/customer/deleted: the customer's personal data leaves every local copy.
 * Orders stay (money and ledgers depend on them) but lose name and email.
 */
export async function purgeCustomer(ctx: StoreSyncContext, customerId: number): Promise<void> {
  await ctx.models.CustomerMirror.deleteOne({ _id: mirrorId(ctx.storeHash, customerId) });
  await ctx.models.OrderMirror.updateMany({ storeHash: ctx.storeHash, customerId }, { $set: { email: null, firstName: null, lastName: null } });
  await ctx.observers.customerDeleted(customerId, ctx);
}

function subscriberWrite(storeHash: string, s: BcSubscriber): MirrorWrite {
  return {
    _id: mirrorId(storeHash, s.id),
    dateModified: parseBcDate(s.date_modified),
    doc: {
      storeHash,
      subscriberId: s.id,
      email: s.email,
      firstName: s.first_name ?? null,
      lastName: s.last_name ?? null,
      source: s.source ?? null,
      orderId: s.order_id ?? null,
      channelId: s.channel_id ?? null,
      consents: s.consents ?? [],
      dateCreated: parseBcDate(s.date_created),
      syncedAt: new Date(),
    },
  };
}

export async function applySubscribers(ctx: StoreSyncContext, subscribers: BcSubscriber[]): Promise<number> {
  return (await writeMirrorPage(ctx.models.SubscriberMirror, subscribers.map((s) => subscriberWrite(ctx.storeHash, s)))).size;
}

export async function syncSubscriber(ctx: StoreSyncContext, subscriberId: number): Promise<'synced' | 'stale' | 'gone'> {
  const s = await ctx.client.getSubscriber(subscriberId);
  if (!s) {
    await ctx.models.SubscriberMirror.deleteOne({ _id: mirrorId(ctx.storeHash, subscriberId) });
    return 'gone';
  }
  return (await applySubscribers(ctx, [s])) === 1 ? 'synced' : 'stale';
}
