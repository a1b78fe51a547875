// Legacy coupons V2 (marketing.v2.yml). Note there is no GET /coupons/{id} in the spec.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { CouponV2 } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { createCoupon, deleteCoupon, renderCoupon, updateCoupon } from '../../domain/coupons.js';
import { ctx } from '../gateway.js';
import { handle, sendV2List } from '../respond.js';
import { pageParams, qs, qsInt, qsIntList, slicePage } from '../query.js';

function filter(req: Request, all: CouponV2[]): CouponV2[] {
  const id = qsInt(req, 'id');
  const code = qs(req, 'code')?.toLowerCase();
  const name = qs(req, 'name')?.toLowerCase();
  const type = qs(req, 'type');
  const excludeType = qs(req, 'exclude_type');
  const minId = qsInt(req, 'min_id');
  const maxId = qsInt(req, 'max_id');
  return all.filter(
    (c) =>
      (id === undefined || c.id === id) &&
      (code === undefined || c.code.toLowerCase() === code) &&
      (name === undefined || c.name.toLowerCase() === name) &&
      (type === undefined || c.type === type) &&
      (excludeType === undefined || c.type !== excludeType) &&
      (minId === undefined || c.id >= minId) &&
      (maxId === undefined || c.id <= maxId),
  );
}

function objectBody(req: Request): Record<string, unknown> {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(400, 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

function idParam(req: Request): number {
  const raw = String(req.params.id);
  if (!/^\d+$/.test(raw)) throw new SimError(404, 'The requested resource was not found.');
  return Number(raw);
}

export function registerCoupons(r: Router, engine: Engine): void {
  r.get(
    '/v2/coupons',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const p = pageParams(req);
      const list = filter(req, [...store.coupons.values()]).sort((a, b) => a.id - b.id);
      sendV2List(res, slicePage(list, p).map(renderCoupon));
    }),
  );

  r.get(
    '/v2/coupons/count',
    handle('v2', (_req, res) => {
      res.json({ count: ctx(res).store.coupons.size });
    }),
  );

  r.post(
    '/v2/coupons',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      res.status(201).json(renderCoupon(createCoupon(engine, store, objectBody(req))));
    }),
  );

  r.put(
    '/v2/coupons/:id',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      res.json(renderCoupon(updateCoupon(engine, store, idParam(req), objectBody(req))));
    }),
  );

  r.delete(
    '/v2/coupons/:id',
    handle('v2', (req, res) => {
      deleteCoupon(ctx(res).store, idParam(req));
      res.status(204).end();
    }),
  );

  // Without id:in this deletes ALL coupons, exactly like BigCommerce (README §8.1).
  r.delete(
    '/v2/coupons',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const ids = qsIntList(req, 'id:in', 400);
      if (ids === undefined) store.coupons.clear();
      else for (const id of ids) store.coupons.delete(id);
      res.status(204).end();
    }),
  );
}
