// Customers V3 (customers.v3.yml): list with filters/sort/includes and offset+cursor pagination,
// batch create/update/delete.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Customer } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { sec } from '../../core/dates.js';
import { createCustomers, deleteCustomers, renderCustomer, updateCustomers, type CustomerInput } from '../../domain/customers.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { cursorPaged, qs, qsDate, qsInclude, qsIntList, qsList, sortBy } from '../query.js';

const SORTS: Record<string, (c: Customer) => number | string> = {
  date_created: (c) => sec(c.dateCreated),
  date_modified: (c) => sec(c.dateModified),
  last_name: (c) => c.lastName.toLowerCase(),
};

function filterCustomers(req: Request, all: Customer[]): Customer[] {
  const ids = qsIntList(req, 'id:in');
  const emails = qsList(req, 'email:in')?.map((e) => e.toLowerCase());
  const names = qsList(req, 'name:in')?.map((n) => n.toLowerCase());
  const likes = qsList(req, 'name:like')?.map((n) => n.toLowerCase());
  const companies = qsList(req, 'company:in')?.map((n) => n.toLowerCase());
  const groups = qsIntList(req, 'customer_group_id:in');
  const dc = qsDate(req, 'date_created', 422);
  const dcMin = qsDate(req, 'date_created:min', 422);
  const dcMax = qsDate(req, 'date_created:max', 422);
  const dm = qsDate(req, 'date_modified', 422);
  const dmMin = qsDate(req, 'date_modified:min', 422);
  const dmMax = qsDate(req, 'date_modified:max', 422);
  return all.filter((c) => {
    const full = `${c.firstName} ${c.lastName}`.toLowerCase();
    if (ids && !ids.includes(c.id)) return false;
    if (emails && !emails.includes(c.email.toLowerCase())) return false;
    if (names && !names.includes(full)) return false;
    if (likes && !likes.some((l) => full.includes(l))) return false;
    if (companies && !companies.includes(c.company.toLowerCase())) return false;
    if (groups && !groups.includes(c.customerGroupId)) return false;
    if (dc !== undefined && sec(c.dateCreated) !== sec(dc)) return false;
    if (dcMin !== undefined && sec(c.dateCreated) < sec(dcMin)) return false;
    if (dcMax !== undefined && sec(c.dateCreated) > sec(dcMax)) return false;
    if (dm !== undefined && sec(c.dateModified) !== sec(dm)) return false;
    if (dmMin !== undefined && sec(c.dateModified) < sec(dmMin)) return false;
    if (dmMax !== undefined && sec(c.dateModified) > sec(dmMax)) return false;
    return true;
  });
}

function arrayBody(req: Request): Record<string, unknown>[] {
  const body = req.body as unknown;
  if (!Array.isArray(body) || body.some((x) => typeof x !== 'object' || x === null)) {
    throw new SimError(422, 'The request body must be a JSON array of customer objects.');
  }
  return body as Record<string, unknown>[];
}

export function registerCustomers(r: Router, engine: Engine): void {
  r.get(
    '/v3/customers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      let list = filterCustomers(req, [...store.customers.values()]);
      const sort = qs(req, 'sort');
      if (sort) {
        const [field, dir] = sort.split(':');
        const key = SORTS[field ?? ''];
        if (!key || (dir !== 'asc' && dir !== 'desc')) throw new SimError(422, `The sort '${sort}' is invalid.`);
        list = sortBy(list, key, dir);
      } else list = sortBy(list, (c) => c.id, 'asc');
      const include = qsInclude(req);
      const { page, meta } = cursorPaged(req, list);
      res.json(envelope(page.map((c) => renderCustomer(c, include)), meta));
    }),
  );

  r.post(
    '/v3/customers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const created = createCustomers(engine, store, arrayBody(req) as CustomerInput[]);
      res.json(envelope(created.map((c) => renderCustomer(c, new Set(['addresses', 'attributes', 'storecredit'])))));
    }),
  );

  r.put(
    '/v3/customers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const updated = updateCustomers(engine, store, arrayBody(req) as Array<CustomerInput & { id?: number }>);
      res.json(envelope(updated.map((c) => renderCustomer(c, new Set()))));
    }),
  );

  r.delete(
    '/v3/customers',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const ids = qsIntList(req, 'id:in');
      if (!ids || ids.length === 0) throw new SimError(422, 'The id:in query parameter is required.', { 'id:in': 'required' });
      deleteCustomers(engine, store, ids);
      res.status(204).end();
    }),
  );
}
