// Merchant API of the loyalty program: settings, balances, one customer's
// ledger, and manual adjustments (reason required; recorded with who and when).
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { requireSession, sessionOf } from '../auth/session.js';
import { AppError } from '../lib/errors.js';
import { parseInput } from '../lib/validate.js';
import { balanceOf, post } from '../ledger/service.js';
import { DEFAULT_QUALIFYING_STATUSES } from './model.js';
import { redeemReward } from './rewards.js';
import type { Reward } from './rewards-model.js';
import { fromMinorUnits, toMinorUnits } from '../bigcommerce/index.js';

const settingsSchema = z.object({
  enabled: z.boolean(),
  pointsPerUnit: z.number().positive('must be more than 0').max(1000).multipleOf(0.01, 'at most 2 decimals'),
  includeShipping: z.boolean(),
  includeTax: z.boolean(),
  qualifyingStatuses: z
    .array(z.number().int().min(0).max(14))
    .min(1, 'choose at least one status')
    .refine((s) => !s.includes(0), 'Incomplete (0) orders never qualify'),
});

const accountParam = z.string().regex(/^(customer:\d+|email:[^\s]+@[^\s]+)$/, 'account must be customer:<id> or email:<address>');

const money = z.string().trim().regex(/^\d{1,7}(\.\d{1,2})?$/, 'an amount like 5 or 5.00');

const rewardSchema = z
  .object({
    name: z.string().trim().min(2, 'at least 2 characters').max(100),
    pointsCost: z.number().int('whole points only').positive('must be more than 0'),
    kind: z.enum(['fixed', 'percent', 'free_shipping']),
    amount: money.optional(),
    percent: z.number().int().min(1).max(100).optional(),
    minOrder: money.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'fixed' && !r.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a fixed-amount reward needs an amount' });
    if (r.kind === 'percent' && !r.percent) ctx.addIssue({ code: 'custom', path: ['percent'], message: 'a percentage reward needs a percent' });
  });

const rewardPatchSchema = z
  .object({ active: z.boolean().optional(), name: z.string().trim().min(2).max(100).optional(), pointsCost: z.number().int().positive().optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

const adjustSchema = z.object({
  points: z.number().int('whole points only').refine((n) => n !== 0, 'cannot be 0'),
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
});

export function loyaltyRoutes(deps: AppDeps): Router {
  const { config, models } = deps;
  const router = Router();
  router.use('/api/loyalty', requireSession(config, models));

  router.get('/api/loyalty/settings', async (req, res) => {
    const s = await models.LoyaltySettings.findById(sessionOf(req).store.storeHash).lean();
    res.json({
      enabled: s?.enabled ?? false,
      pointsPerUnit: (s?.pointsPerUnitHundredths ?? 100) / 100,
      includeShipping: s?.includeShipping ?? true,
      includeTax: s?.includeTax ?? true,
      qualifyingStatuses: s?.qualifyingStatuses ?? DEFAULT_QUALIFYING_STATUSES,
      earnFrom: s?.earnFrom ?? null,
    });
  });

  router.put('/api/loyalty/settings', async (req, res) => {
    const input = parseInput(settingsSchema, req.body, 'loyalty settings');
    const { storeHash } = sessionOf(req).store;
    const before = await models.LoyaltySettings.findById(storeHash).lean();
    // Switching the program on starts earning from now; staying on keeps the date it started.
    // Whole seconds: BigCommerce dates orders to the second, so an order placed in this second counts.
    const startNow = new Date(Math.floor(Date.now() / 1000) * 1000);
    const earnFrom = input.enabled ? (before?.enabled && before.earnFrom ? before.earnFrom : startNow) : (before?.earnFrom ?? null);
    await models.LoyaltySettings.replaceOne(
      { _id: storeHash },
      {
        enabled: input.enabled,
        earnFrom,
        pointsPerUnitHundredths: Math.round(input.pointsPerUnit * 100),
        includeShipping: input.includeShipping,
        includeTax: input.includeTax,
        qualifyingStatuses: [...new Set(input.qualifyingStatuses)].sort((a, b) => a - b),
        updatedAt: new Date(),
      },
      { upsert: true },
    );
    res.json({ ok: true });
  });

  router.get('/api/loyalty/accounts', async (req, res) => {
    const { storeHash } = sessionOf(req).store;
    const entries = await models.LedgerEntry.find({ storeHash, program: 'loyalty' }, { account: 1, amount: 1, at: 1 }).lean();
    const byAccount = new Map<string, { account: string; balance: number; entries: number; lastActivityAt: Date }>();
    for (const e of entries) {
      const a = byAccount.get(e.account) ?? { account: e.account, balance: 0, entries: 0, lastActivityAt: e.at };
      a.balance += e.amount;
      a.entries += 1;
      if (e.at > a.lastActivityAt) a.lastActivityAt = e.at;
      byAccount.set(e.account, a);
    }
    res.json({ accounts: [...byAccount.values()].sort((x, y) => y.balance - x.balance) });
  });

  router.get('/api/loyalty/accounts/:account/entries', async (req, res) => {
    const account = parseInput(accountParam, req.params.account, 'account');
    const { storeHash } = sessionOf(req).store;
    const entries = await models.LedgerEntry.find({ storeHash, program: 'loyalty', account }).sort({ at: 1 }).lean();
    res.json({
      account,
      balance: entries.reduce((s, e) => s + e.amount, 0),
      entries: entries.map(({ _id, storeHash: _s, program: _p, ...e }) => ({ id: _id, ...e })),
    });
  });

  router.post('/api/loyalty/accounts/:account/adjustments', async (req, res) => {
    const account = parseInput(accountParam, req.params.account, 'account');
    const input = parseInput(adjustSchema, req.body, 'adjustment');
    const { store, user } = sessionOf(req);
    // The client may send an idempotency key so a retried click does not adjust twice.
    const idem = req.get('Idempotency-Key');
    if (idem !== undefined && !/^[A-Za-z0-9_-]{8,80}$/.test(idem)) throw new AppError(400, 'invalid_input', 'Idempotency-Key must be 8–80 letters, digits, - or _');
    const created = await post(models.LedgerEntry, {
      _id: `loyalty:${store.storeHash}:adjust:${idem ?? randomUUID()}`,
      storeHash: store.storeHash,
      program: 'loyalty',
      account,
      kind: 'adjust',
      amount: input.points,
      unit: 'points',
      reason: input.reason,
      by: `user:${user.userId}`,
    });
    res.status(created ? 201 : 200).json({
      created,
      balance: await balanceOf(models.LedgerEntry, { storeHash: store.storeHash, program: 'loyalty', account }),
    });
  });

  const rewardView = (r: Reward & { _id: unknown }) => ({
    id: String(r._id),
    name: r.name,
    pointsCost: r.pointsCost,
    kind: r.kind,
    amount: r.amountMinor === null || r.amountMinor === undefined ? null : fromMinorUnits(r.amountMinor, r.currency),
    percent: r.percent ?? null,
    minOrder: r.minOrderMinor ? fromMinorUnits(r.minOrderMinor, r.currency) : null,
    currency: r.currency,
    active: r.active,
  });

  router.get('/api/loyalty/rewards', async (req, res) => {
    const rewards = await models.Reward.find({ storeHash: sessionOf(req).store.storeHash }).sort({ pointsCost: 1 }).lean();
    res.json({ rewards: rewards.map(rewardView) });
  });

  router.post('/api/loyalty/rewards', async (req, res) => {
    const input = parseInput(rewardSchema, req.body, 'reward');
    const { store } = sessionOf(req);
    const currency = store.info?.currency ?? 'USD';
    const reward = await models.Reward.create({
      storeHash: store.storeHash,
      name: input.name,
      pointsCost: input.pointsCost,
      kind: input.kind,
      amountMinor: input.kind === 'fixed' ? toMinorUnits(input.amount!, currency) : null,
      percent: input.kind === 'percent' ? input.percent : null,
      minOrderMinor: input.minOrder ? toMinorUnits(input.minOrder, currency) : null,
      currency,
      active: true,
      createdAt: new Date(),
    });
    res.status(201).json(rewardView(reward.toObject()));
  });

  router.put('/api/loyalty/rewards/:id', async (req, res) => {
    const input = parseInput(rewardPatchSchema, req.body, 'reward');
    const id = String(req.params.id);
    if (!/^[0-9a-f]{24}$/.test(id)) throw new AppError(404, 'not_found', 'No reward with that id');
    const r = await models.Reward.findOneAndUpdate({ _id: id, storeHash: sessionOf(req).store.storeHash }, { $set: input }, { new: true }).lean();
    if (!r) throw new AppError(404, 'not_found', 'No reward with that id');
    res.json(rewardView(r));
  });

  router.post('/api/loyalty/accounts/:account/redemptions', async (req, res) => {
    const account = parseInput(accountParam, req.params.account, 'account');
    const { rewardId } = parseInput(z.object({ rewardId: z.string().min(1) }), req.body, 'redemption');
    const { store, user } = sessionOf(req);
    res.status(201).json(await redeemReward(deps, { storeHash: store.storeHash, account, rewardId, by: `user:${user.userId}` }));
  });

  router.get('/api/loyalty/accounts/:account/redemptions', async (req, res) => {
    const account = parseInput(accountParam, req.params.account, 'account');
    const list = await models.Redemption.find({ storeHash: sessionOf(req).store.storeHash, account }).sort({ createdAt: -1 }).limit(100).lean();
    res.json({ redemptions: list.map(({ _id, storeHash: _s, ...r }) => ({ id: _id, ...r })) });
  });

  return router;
}
