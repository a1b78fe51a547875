// Redeeming a reward: the points are debited first, then a single-use coupon
// (a Promotions V3 coupon with one code, one use) is created in BigCommerce.
// If the coupon cannot be created the points come back. A create that failed
// is never repeated blindly (it may have landed): the promotion is looked up by
// its redemption-specific name and removed before the points are restored.
import { randomBytes, randomUUID } from 'node:crypto';
import { BigCommerceApiError, fromMinorUnits, type BcPromotionCreate } from '../bigcommerce/index.js';
import type { Config } from '../config.js';
import type { Models } from '../db/models.js';
import { AppError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { balanceOf, post } from '../ledger/service.js';
import { clientForStore } from '../stores/service.js';
import { releaseLease, takeLease } from '../sync/state.js';
import type { Reward } from './rewards-model.js';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: codes are typed by people

export function newRewardCode(): string {
  const bytes = randomBytes(10);
  return 'TDM-' + [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export function promotionFor(reward: Reward, redemptionId: string): BcPromotionCreate {
  const action =
    reward.kind === 'free_shipping'
      ? { shipping: { free_shipping: true, zone_ids: '*' } }
      : { cart_value: { discount: reward.kind === 'percent' ? { percentage_amount: String(reward.percent) } : { fixed_amount: fromMinorUnits(reward.amountMinor ?? 0, reward.currency) } } };
  return {
    name: `Tandem reward ${redemptionId}`,
    redemption_type: 'COUPON',
    coupon_type: 'SINGLE',
    status: 'ENABLED',
    // Fixed amounts are in the store's default currency; a percentage works in any.
    currency_code: reward.kind === 'fixed' ? reward.currency : '*',
    max_uses: 1,
    rules: [
      {
        action,
        ...(reward.minOrderMinor ? { condition: { cart: { minimum_spend: fromMinorUnits(reward.minOrderMinor, reward.currency) } } } : {}),
        apply_once: true,
        stop: true,
      },
    ],
  } as BcPromotionCreate;
}

export async function redeemReward(
  deps: { config: Config; models: Models; logger: Logger },
  input: { storeHash: string; account: string; rewardId: string; by: string },
) {
  const { models } = deps;
  const reward = /^[0-9a-f]{24}$/.test(input.rewardId)
    ? await models.Reward.findOne({ _id: input.rewardId, storeHash: input.storeHash, active: true }).lean()
    : null;
  if (!reward) throw new AppError(404, 'not_found', 'No active reward with that id');
  const store = await models.Store.findOne({ storeHash: input.storeHash }).lean();
  if (!store || store.status !== 'active') throw new AppError(409, 'not_connected', 'The store is not connected');

  // One redemption per account at a time, so two clicks cannot both spend the same points.
  const lease = `loyalty-redeem:${input.storeHash}:${input.account}`;
  const holder = randomUUID();
  if (!(await takeLease(models.Lease, lease, holder, 60_000))) throw new AppError(409, 'busy', 'Another redemption for this customer is in progress; try again in a moment');
  try {
    const ledgerKey = { storeHash: input.storeHash, program: 'loyalty' as const, account: input.account };
    const balance = await balanceOf(models.LedgerEntry, ledgerKey);
    if (balance < reward.pointsCost) {
      throw new AppError(422, 'insufficient_points', `This reward costs ${reward.pointsCost} points; the balance is ${balance}`);
    }
    const id = randomUUID();
    await models.Redemption.create({
      _id: id,
      storeHash: input.storeHash,
      account: input.account,
      rewardId: String(reward._id),
      rewardName: reward.name,
      pointsCost: reward.pointsCost,
      status: 'pending',
      by: input.by,
      createdAt: new Date(),
    });
    const entry = { storeHash: input.storeHash, program: 'loyalty' as const, account: input.account, unit: 'points' };
    await post(models.LedgerEntry, { ...entry, _id: `loyalty:${input.storeHash}:redeem:${id}`, kind: 'redeem', amount: -reward.pointsCost, reason: `Redeemed: ${reward.name}`, by: input.by });

    const client = clientForStore(deps, store);
    let promotionId: number | null = null;
    try {
      const promotion = await client.createPromotion(promotionFor(reward, id), { retry: 'never' });
      promotionId = promotion.id ?? null;
      let code: string | null = null;
      for (let attempt = 0; attempt < 3 && !code; attempt++) {
        const candidate = newRewardCode();
        try {
          await client.createPromotionCode(promotionId!, { code: candidate, max_uses: 1, max_uses_per_customer: 1 }, { retry: 'never' });
          code = candidate;
        } catch (err) {
          // A taken code is refused before anything is created: safe to try another.
          if (!(err instanceof BigCommerceApiError && err.status === 422)) throw err;
        }
      }
      if (!code) throw new Error('could not find a free coupon code');
      await models.Redemption.updateOne({ _id: id }, { $set: { status: 'issued', code, promotionId } });
      return { id, code, rewardName: reward.name, pointsCost: reward.pointsCost, balance: balance - reward.pointsCost };
    } catch (err) {
      const message = (err as Error).message;
      await removeStrayPromotion(client, id, promotionId).catch((cleanupErr) =>
        deps.logger.error('reward: could not remove a half-created coupon', { storeHash: input.storeHash, redemptionId: id, err: cleanupErr }),
      );
      await post(models.LedgerEntry, { ...entry, _id: `loyalty:${input.storeHash}:redeem:${id}:restore`, kind: 'restore', amount: reward.pointsCost, reason: `Coupon could not be created: ${reward.name}`, by: 'system' });
      await models.Redemption.updateOne({ _id: id }, { $set: { status: 'failed', error: message } });
      throw new AppError(502, 'coupon_not_created', `BigCommerce could not create the coupon (${message}); the points were given back`);
    }
  } finally {
    await releaseLease(models.Lease, lease, holder);
  }
}

async function removeStrayPromotion(client: ReturnType<typeof clientForStore>, redemptionId: string, knownId: number | null) {
  if (knownId) {
    await client.deletePromotion(knownId);
    return;
  }
  for await (const p of client.listPromotions({ name: `Tandem reward ${redemptionId}` })) {
    if (p.id) await client.deletePromotion(p.id);
  }
}
