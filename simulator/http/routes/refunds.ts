// Refunds (orders.v3.yml): create, list per order, list across the store, get one.

import type { Router } from 'express';
import type { Engine } from '../../core/engine.js';
import { SimError } from '../../core/errors.js';
import { sec } from '../../core/dates.js';
import { createRefund, renderRefund } from '../../domain/refunds.js';
import { getOrder } from '../../domain/orders.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { pagedMeta, pageParams, qsDate, qsIntList, sortBy } from '../query.js';

const idParam = (raw: unknown) => {
  const s = String(raw);
  if (!/^\d+$/.test(s)) throw new SimError(404, 'The requested resource was not found.');
  return Number(s);
};

export function registerRefunds(r: Router, engine: Engine): void {
  r.post(
    '/v3/orders/:order_id/payment_actions/refunds',
    handle('refunds', (req, res) => {
      const { store } = ctx(res);
      const body = req.body as unknown;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SimError(422, 'The request body must be a JSON object.');
      const refund = createRefund(engine, store, idParam(req.params.order_id), body as Record<string, unknown>);
      res.status(201).json(envelope(renderRefund(refund)));
    }),
  );

  r.get(
    '/v3/orders/:order_id/payment_actions/refunds',
    handle('refunds', (req, res) => {
      const { store } = ctx(res);
      const order = getOrder(store, idParam(req.params.order_id));
      const refunds = [...store.refunds.values()].filter((x) => x.orderId === order.id).sort((a, b) => a.id - b.id);
      res.json(envelope(refunds.map(renderRefund)));
    }),
  );

  r.get(
    '/v3/orders/payment_actions/refunds',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const orderIds = qsIntList(req, 'order_id:in');
      const ids = qsIntList(req, 'id:in');
      const min = qsDate(req, 'created:min', 422);
      const max = qsDate(req, 'created:max', 422);
      const p = pageParams(req, { errorStatus: 422 });
      const list = sortBy(
        [...store.refunds.values()].filter(
          (x) =>
            (!orderIds || orderIds.includes(x.orderId)) &&
            (!ids || ids.includes(x.id)) &&
            (min === undefined || sec(x.created) >= sec(min)) &&
            (max === undefined || sec(x.created) <= sec(max)),
        ),
        (x) => x.id,
        'asc',
      );
      const { page, meta } = pagedMeta(list, p);
      res.json(envelope(page.map(renderRefund), meta));
    }),
  );

  r.get(
    '/v3/orders/payment_actions/refunds/:refund_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const refund = store.refunds.get(idParam(req.params.refund_id));
      if (!refund) throw new SimError(404, 'Refund not found');
      res.json(envelope(renderRefund(refund)));
    }),
  );
}
