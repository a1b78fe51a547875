// Orders V2 (orders.v2.oas2.yml): list/count with filters and sorting, get, update, archive,
// products, coupons, shipping addresses, statuses. Empty lists answer 204.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Order, StoreState } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { sec } from '../../core/dates.js';
import { toCents } from '../../core/money.js';
import {
  archiveOrder,
  getOrder,
  orderTotals,
  renderOrder,
  renderOrderCoupon,
  renderOrderProduct,
  renderShippingAddress,
  setOrderStatus,
  updateOrderFields,
} from '../../domain/orders.js';
import { ORDER_STATUSES, renderOrderStatus, statusById } from '../../domain/order-statuses.js';
import { ctx } from '../gateway.js';
import { handle, sendV2List } from '../respond.js';
import { pageParams, qs, qsDate, qsInt, qsNumber, slicePage, sortBy } from '../query.js';

const SORT_FIELDS: Record<string, (o: Order) => number | string> = {
  id: (o) => o.id,
  customer_id: (o) => o.customerId,
  date_created: (o) => sec(o.dateCreated),
  date_modified: (o) => sec(o.dateModified),
  status_id: (o) => o.statusId,
  channel_id: (o) => o.channelId,
  external_id: (o) => o.externalId ?? '',
};

/** Filters shared by GET /orders and GET /orders/count (README §6.4). Archived orders are excluded. */
function filterOrders(req: Request, store: StoreState): Order[] {
  const minId = qsInt(req, 'min_id');
  const maxId = qsInt(req, 'max_id');
  const minTotal = qsNumber(req, 'min_total');
  const maxTotal = qsNumber(req, 'max_total');
  const customerId = qsInt(req, 'customer_id');
  const email = qs(req, 'email')?.toLowerCase();
  const statusId = qsInt(req, 'status_id');
  const cartId = qs(req, 'cart_id');
  const paymentMethod = qs(req, 'payment_method');
  const minCreated = qsDate(req, 'min_date_created');
  const maxCreated = qsDate(req, 'max_date_created');
  const minModified = qsDate(req, 'min_date_modified');
  const maxModified = qsDate(req, 'max_date_modified');
  const channelId = qsInt(req, 'channel_id');
  const externalOrderId = qs(req, 'external_order_id');
  return [...store.orders.values()].filter((o) => {
    if (o.isDeleted) return false;
    if (minId !== undefined && o.id < minId) return false;
    if (maxId !== undefined && o.id > maxId) return false;
    const total = orderTotals(o).totalInc;
    if (minTotal !== undefined && total < (toCents(minTotal) ?? 0)) return false;
    if (maxTotal !== undefined && total > (toCents(maxTotal) ?? 0)) return false;
    if (customerId !== undefined && o.customerId !== customerId) return false;
    if (email !== undefined && o.billing.email.toLowerCase() !== email) return false;
    if (statusId !== undefined && o.statusId !== statusId) return false;
    if (cartId !== undefined && o.cartId !== cartId) return false;
    if (paymentMethod !== undefined && o.paymentMethod !== paymentMethod) return false;
    if (minCreated !== undefined && sec(o.dateCreated) < sec(minCreated)) return false;
    if (maxCreated !== undefined && sec(o.dateCreated) > sec(maxCreated)) return false;
    if (minModified !== undefined && sec(o.dateModified) < sec(minModified)) return false;
    if (maxModified !== undefined && sec(o.dateModified) > sec(maxModified)) return false;
    if (channelId !== undefined && o.channelId !== channelId) return false;
    if (externalOrderId !== undefined && o.externalOrderId !== externalOrderId) return false;
    return true;
  });
}

function sortOrders(req: Request, orders: Order[]): Order[] {
  const sort = qs(req, 'sort');
  if (!sort) return sortBy(orders, (o) => o.id, 'asc');
  const [field, dirRaw] = sort.split(':');
  const key = SORT_FIELDS[field ?? ''];
  const dir = (dirRaw ?? 'asc').toLowerCase();
  if (!key || (dir !== 'asc' && dir !== 'desc')) throw new SimError(400, `The field 'sort' is invalid.`);
  return sortBy(orders, key, dir);
}

function orderIdParam(req: Request): number {
  const raw = String(req.params.order_id);
  if (!/^\d+$/.test(raw)) throw new SimError(404, 'The requested resource was not found.');
  return Number(raw);
}

export function registerOrders(r: Router, engine: Engine): void {
  const base = () => engine.baseUrl;

  r.get(
    '/v2/orders',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const p = pageParams(req);
      const orders = sortOrders(req, filterOrders(req, store));
      sendV2List(res, slicePage(orders, p).map((o) => renderOrder(o, store, base())));
    }),
  );

  r.get(
    '/v2/orders/count',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const orders = filterOrders(req, store);
      const statuses = [...ORDER_STATUSES]
        .sort((a, b) => a.order - b.order)
        .map((s) => ({
          id: s.id,
          name: s.name,
          system_label: s.name,
          custom_label: s.name,
          system_description: s.description,
          count: orders.filter((o) => o.statusId === s.id).length,
          sort_order: s.order,
        }));
      res.json({ statuses, count: orders.length });
    }),
  );

  r.get(
    '/v2/orders/:order_id',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      res.json(renderOrder(getOrder(store, orderIdParam(req)), store, base()));
    }),
  );

  r.put(
    '/v2/orders/:order_id',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const id = orderIdParam(req);
      getOrder(store, id);
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body.status_id !== undefined) {
        if (typeof body.status_id !== 'number' || !statusById(body.status_id)) throw new SimError(400, `The field 'status_id' is invalid.`);
        setOrderStatus(engine, store, id, body.status_id);
      }
      if (typeof body.staff_notes === 'string' || typeof body.customer_message === 'string') {
        updateOrderFields(engine, store, id, body as { staff_notes?: string; customer_message?: string });
      }
      if (body.is_deleted === true) archiveOrder(engine, store, id);
      res.json(renderOrder(getOrder(store, id), store, base()));
    }),
  );

  r.delete(
    '/v2/orders/:order_id',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      archiveOrder(engine, store, orderIdParam(req));
      res.status(204).end();
    }),
  );

  r.get(
    '/v2/orders/:order_id/products',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const order = getOrder(store, orderIdParam(req));
      const p = pageParams(req);
      sendV2List(res, slicePage(order.lineItems, p).map((l) => renderOrderProduct(order, l)));
    }),
  );

  r.get(
    '/v2/orders/:order_id/products/:product_id',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const order = getOrder(store, orderIdParam(req));
      const line = order.lineItems.find((l) => String(l.id) === String(req.params.product_id));
      if (!line) throw new SimError(404, 'The requested resource was not found.');
      res.json(renderOrderProduct(order, line));
    }),
  );

  r.get(
    '/v2/orders/:order_id/coupons',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const order = getOrder(store, orderIdParam(req));
      const p = pageParams(req);
      sendV2List(res, slicePage(order.coupons, p).map((c) => renderOrderCoupon(order, c)));
    }),
  );

  r.get(
    '/v2/orders/:order_id/shipping_addresses',
    handle('v2', (req, res) => {
      const { store } = ctx(res);
      const order = getOrder(store, orderIdParam(req));
      sendV2List(res, [renderShippingAddress(order, store, base())]);
    }),
  );

  r.get(
    '/v2/order_statuses',
    handle('v2', (_req, res) => {
      res.json(ORDER_STATUSES.map(renderOrderStatus));
    }),
  );

  r.get(
    '/v2/order_statuses/:status_id',
    handle('v2', (req, res) => {
      const s = statusById(Number(req.params.status_id));
      if (!s || !/^\d+$/.test(String(req.params.status_id))) throw new SimError(404, 'The requested resource was not found.');
      res.json(renderOrderStatus(s));
    }),
  );
}
