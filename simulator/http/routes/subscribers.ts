// Subscribers V3 (subscribers.v3.yml).

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Subscriber } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { sec } from '../../core/dates.js';
import { createSubscriber, deleteSubscriber, renderSubscriber, updateSubscriber, type SubscriberInput } from '../../domain/subscribers.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { pagedMeta, pageParams, qs, qsDate, qsInt, qsIntList, sortBy } from '../query.js';

function filter(req: Request, all: Subscriber[]): Subscriber[] {
  const email = qs(req, 'email')?.toLowerCase();
  const first = qs(req, 'first_name');
  const last = qs(req, 'last_name');
  const source = qs(req, 'source');
  const orderId = qsInt(req, 'order_id', 422);
  const id = qsInt(req, 'id', 422);
  const ids = qsIntList(req, 'id:in');
  const dc = qsDate(req, 'date_created', 422);
  const dcMin = qsDate(req, 'date_created:min', 422);
  const dcMax = qsDate(req, 'date_created:max', 422);
  const dm = qsDate(req, 'date_modified', 422);
  const dmMin = qsDate(req, 'date_modified:min', 422);
  const dmMax = qsDate(req, 'date_modified:max', 422);
  return all.filter(
    (s) =>
      (email === undefined || s.email.toLowerCase() === email) &&
      (first === undefined || s.firstName === first) &&
      (last === undefined || s.lastName === last) &&
      (source === undefined || s.source === source) &&
      (orderId === undefined || s.orderId === orderId) &&
      (id === undefined || s.id === id) &&
      (!ids || ids.includes(s.id)) &&
      (dc === undefined || sec(s.dateCreated) === sec(dc)) &&
      (dcMin === undefined || sec(s.dateCreated) >= sec(dcMin)) &&
      (dcMax === undefined || sec(s.dateCreated) <= sec(dcMax)) &&
      (dm === undefined || sec(s.dateModified) === sec(dm)) &&
      (dmMin === undefined || sec(s.dateModified) >= sec(dmMin)) &&
      (dmMax === undefined || sec(s.dateModified) <= sec(dmMax)),
  );
}

function subscriberId(req: Request): number {
  const raw = String(req.params.subscriber_id);
  if (!/^\d+$/.test(raw)) throw new SimError(404, 'The requested resource was not found.');
  return Number(raw);
}

function objectBody(req: Request): SubscriberInput {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(422, 'The request body must be a JSON object.');
  return b as SubscriberInput;
}

export function registerSubscribers(r: Router, engine: Engine): void {
  r.get(
    '/v3/customers/subscribers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const p = pageParams(req, { errorStatus: 422 });
      const { page, meta } = pagedMeta(sortBy(filter(req, [...store.subscribers.values()]), (s) => s.id, 'asc'), p);
      res.json(envelope(page.map(renderSubscriber), meta));
    }),
  );

  r.post(
    '/v3/customers/subscribers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      res.json(envelope(renderSubscriber(createSubscriber(engine, store, objectBody(req)))));
    }),
  );

  r.get(
    '/v3/customers/subscribers/:subscriber_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const s = store.subscribers.get(subscriberId(req));
      if (!s) throw new SimError(404, 'The requested resource was not found.');
      res.json(envelope(renderSubscriber(s)));
    }),
  );

  r.put(
    '/v3/customers/subscribers/:subscriber_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      res.json(envelope(renderSubscriber(updateSubscriber(engine, store, subscriberId(req), objectBody(req)))));
    }),
  );

  r.delete(
    '/v3/customers/subscribers/:subscriber_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      deleteSubscriber(engine, store, subscriberId(req));
      res.status(204).end();
    }),
  );
}
