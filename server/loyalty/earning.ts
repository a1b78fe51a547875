// Points follow the order mirror: an order earns once when it reaches a
// qualifying status, and each of its refunds takes back its share. Everything
// is a ledger entry keyed by order or refund, so duplicate and out-of-order
// events, the scheduled sync and the backfill never count twice. A status of
// Refunded without a refund changes nothing; an order cancelled before it
// qualified never earned anything to take back.
import type { Models } from '../db/models.js';
import { post } from '../ledger/service.js';
import type { SyncObserver } from '../sync/context.js';
import type { OrderMirror } from '../sync/model.js';
import { pointsFor, refundDeductions } from './rules.js';

/** The ledger account of an order's shopper: the customer, or a guest by email (claimable later). */
export function loyaltyAccount(order: Pick<OrderMirror, 'customerId' | 'email'>): string | null {
  if (order.customerId && order.customerId > 0) return `customer:${order.customerId}`;
  return order.email ? `email:${order.email.trim().toLowerCase()}` : null;
}

export const earnKey = (storeHash: string, orderId: number) => `loyalty:${storeHash}:order:${orderId}:earn`;
export const refundKey = (storeHash: string, refundId: number) => `loyalty:${storeHash}:refund:${refundId}`;

export async function applyLoyalty(models: Models, order: OrderMirror): Promise<void> {
  const settings = await models.LoyaltySettings.findById(order.storeHash).lean();
  if (!settings?.enabled) return;
  const account = loyaltyAccount(order);
  if (!account) return;

  const key = earnKey(order.storeHash, order.orderId);
  let earned = (await models.LedgerEntry.findById(key, { amount: 1 }).lean())?.amount;
  if (earned === undefined) {
    if (order.isDeleted || !settings.qualifyingStatuses.includes(order.statusId)) return;
    if (!settings.earnFrom || !order.dateCreated || order.dateCreated < settings.earnFrom) return;
    const points = pointsFor(order, settings);
    if (points <= 0) return;
    await post(models.LedgerEntry, {
      _id: key,
      storeHash: order.storeHash,
      program: 'loyalty',
      account,
      kind: 'earn',
      amount: points,
      unit: 'points',
      orderId: order.orderId,
      reason: `Order #${order.orderId}`,
    });
    // Whoever wrote it first decided the amount.
    earned = (await models.LedgerEntry.findById(key, { amount: 1 }).lean())!.amount;
  }

  const refunds = [...(order.refunds ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const takes = refundDeductions(earned, order.totalIncTaxMinor, refunds.map((r) => r.amountMinor ?? 0));
  for (const [i, refund] of refunds.entries()) {
    if (!refund.id || takes[i]! <= 0) continue;
    await post(models.LedgerEntry, {
      _id: refundKey(order.storeHash, refund.id),
      storeHash: order.storeHash,
      program: 'loyalty',
      account,
      kind: 'refund',
      amount: -takes[i]!,
      unit: 'points',
      orderId: order.orderId,
      refundId: refund.id,
      reason: `Refund on order #${order.orderId}`,
    });
  }
}

export function loyaltyObserver(models: Models): SyncObserver {
  return { name: 'loyalty', orderSynced: (order) => applyLoyalty(models, order) };
}
