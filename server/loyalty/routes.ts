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

  return router;
}
