// Promotions V3 + coupon codes (promotions.v3.yml). Errors use the promotions shapes.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Promotion } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import {
  createPromotion,
  createPromotionCode,
  deletePromotion,
  deletePromotionCode,
  findPromotionCode,
  renderCode,
  renderPromotion,
  updatePromotion,
} from '../../domain/promotions.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { cursorPaged, pagedMeta, pageParams, qs, qsInt, qsIntList, sortBy } from '../query.js';

const SORTS: Record<string, (p: Promotion) => number | string> = {
  id: (p) => p.id,
  name: (p) => p.name.toLowerCase(),
  priority: (p) => p.id,
  start_date: (p) => p.startDate,
};

function idParam(raw: unknown): number {
  const s = String(raw);
  if (!/^\d+$/.test(s)) throw new SimError(404, 'Promotion not found');
  return Number(s);
}

function objectBody(req: Request): Record<string, unknown> {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(400, 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

function filter(req: Request, all: Promotion[]): Promotion[] {
  const id = qsInt(req, 'id', 422);
  const name = qs(req, 'name')?.toLowerCase();
  const code = qs(req, 'code')?.toLowerCase();
  const currency = qs(req, 'currency_code')?.toUpperCase();
  const redemption = qs(req, 'redemption_type')?.toUpperCase();
  const status = qs(req, 'status')?.toUpperCase();
  const channels = qsIntList(req, 'channels');
  const query = qs(req, 'query')?.toLowerCase();
  if (redemption !== undefined && redemption !== 'AUTOMATIC' && redemption !== 'COUPON') throw new SimError(422, 'redemption_type must be automatic or coupon');
  return all.filter(
    (p) =>
      (id === undefined || p.id === id) &&
      (name === undefined || p.name.toLowerCase() === name) &&
      (code === undefined || p.codes.some((c) => c.code.toLowerCase() === code)) &&
      (currency === undefined || p.currencyCode.toUpperCase() === currency) &&
      (redemption === undefined || p.redemptionType === redemption) &&
      (status === undefined || p.status === status) &&
      (!channels || p.channels.length === 0 || p.channels.some((c) => channels.includes(c.id))) &&
      (query === undefined || p.name.toLowerCase().includes(query) || p.codes.some((c) => c.code.toLowerCase().includes(query))),
  );
}

export function registerPromotions(r: Router, engine: Engine): void {
  r.get(
    '/v3/promotions',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const p = pageParams(req, { errorStatus: 422 });
      const sort = qs(req, 'sort') ?? 'id';
      const key = SORTS[sort];
      if (!key) throw new SimError(422, `The sort '${sort}' is invalid.`);
      const direction = (qs(req, 'direction') ?? 'asc').toLowerCase();
      if (direction !== 'asc' && direction !== 'desc') throw new SimError(422, `The direction '${direction}' is invalid.`);
      const { page, meta } = pagedMeta(sortBy(filter(req, [...store.promotions.values()]), key, direction), p);
      res.json(envelope(page.map(renderPromotion), meta));
    }),
  );

  r.post(
    '/v3/promotions',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      res.status(201).json(envelope(renderPromotion(createPromotion(engine, store, objectBody(req)))));
    }),
  );

  // Registered before /v3/promotions/:id so "codes" is not taken for an id.
  r.get(
    '/v3/promotions/codes',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const code = qs(req, 'code');
      if (!code) throw new SimError(422, 'The code query parameter is required.');
      const found = findPromotionCode(store, code);
      const items = found ? [found.code] : [];
      const { page, meta } = cursorPaged(req, items);
      res.json(envelope(page.map(renderCode), meta));
    }),
  );

  r.delete(
    '/v3/promotions/codes',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const code = qs(req, 'code');
      if (!code) throw new SimError(422, 'The code query parameter is required.');
      const found = findPromotionCode(store, code);
      if (found) deletePromotionCode(store, found.promotion.id, found.code.id);
      res.status(204).end();
    }),
  );

  r.get(
    '/v3/promotions/:id',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const p = store.promotions.get(idParam(req.params.id));
      if (!p) throw new SimError(404, 'Promotion not found');
      res.json(envelope(renderPromotion(p)));
    }),
  );

  r.put(
    '/v3/promotions/:id',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      res.json(envelope(renderPromotion(updatePromotion(engine, store, idParam(req.params.id), objectBody(req)))));
    }),
  );

  r.delete(
    '/v3/promotions/:id',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      deletePromotion(store, idParam(req.params.id));
      res.status(204).end();
    }),
  );

  r.get(
    '/v3/promotions/:promotion_id/codes',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const promotion = store.promotions.get(idParam(req.params.promotion_id));
      if (!promotion) throw new SimError(404, 'Promotion not found');
      const code = qs(req, 'code')?.toLowerCase();
      const codes = promotion.codes.filter((c) => code === undefined || c.code.toLowerCase() === code);
      const { page, meta } = cursorPaged(req, codes);
      res.json(envelope(page.map(renderCode), meta));
    }),
  );

  r.post(
    '/v3/promotions/:promotion_id/codes',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      const code = createPromotionCode(engine, store, idParam(req.params.promotion_id), objectBody(req));
      res.status(201).json(envelope(renderCode(code)));
    }),
  );

  r.delete(
    '/v3/promotions/:promotion_id/codes/:code_id',
    handle('promotions', (req, res) => {
      const { store } = ctx(res);
      deletePromotionCode(store, idParam(req.params.promotion_id), idParam(req.params.code_id));
      res.status(204).end();
    }),
  );
}
