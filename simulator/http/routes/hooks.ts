// Webhooks V3 management (webhooks.v3.yml). Every token only sees its own client's hooks.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import { SimError } from '../../core/errors.js';
import { createHook, deleteHook, getOwnHook, hookAdminStatus, renderHook, updateHook } from '../../domain/hooks.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { pagedMeta, pageParams, qs, qsBool } from '../query.js';

function hookId(req: Request): number {
  const raw = String(req.params.webhook_id);
  if (!/^\d+$/.test(raw)) throw new SimError(404, `Webhook with id [${raw}] not found`);
  return Number(raw);
}

function objectBody(req: Request): Record<string, unknown> {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(400, 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

export function registerHooks(r: Router, engine: Engine): void {
  r.post(
    '/v3/hooks',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      res.json(envelope(renderHook(createHook(engine, store, grant.clientId, objectBody(req)))));
    }),
  );

  r.get(
    '/v3/hooks',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      const p = pageParams(req, { errorStatus: 422 });
      const active = qsBool(req, 'is_active');
      const scope = qs(req, 'scope');
      const destination = qs(req, 'destination');
      const list = [...store.hooks.values()].filter(
        (h) =>
          h.clientId === grant.clientId &&
          (active === undefined || h.isActive === active) &&
          (scope === undefined || h.scope === scope) &&
          (destination === undefined || h.destination === destination),
      );
      const { page, meta } = pagedMeta(list, p);
      res.json(envelope(page.map(renderHook), meta));
    }),
  );

  r.get(
    '/v3/hooks/admin',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      const active = qsBool(req, 'is_active');
      const hooks = [...store.hooks.values()].filter((h) => h.clientId === grant.clientId && (active === undefined || h.isActive === active));
      res.json(
        envelope({
          emails: store.hookAdminEmails,
          hooks_list: hooks.map((h) => ({ ...renderHook(h), status: hookAdminStatus(h) })),
          blocked_domains: [],
        }),
      );
    }),
  );

  r.put(
    '/v3/hooks/admin',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const body = objectBody(req);
      if (!Array.isArray(body.emails) || body.emails.some((e) => typeof e !== 'string' || !e.includes('@'))) {
        throw new SimError(422, 'JSON data is missing or invalid', { emails: 'emails must be an array of e-mail addresses' });
      }
      store.hookAdminEmails = body.emails as string[];
      res.status(204).end();
    }),
  );

  r.get(
    '/v3/hooks/:webhook_id',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      res.json(envelope(renderHook(getOwnHook(store, grant.clientId, hookId(req)))));
    }),
  );

  r.put(
    '/v3/hooks/:webhook_id',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      res.json(envelope(renderHook(updateHook(engine, store, grant.clientId, hookId(req), objectBody(req)))));
    }),
  );

  r.delete(
    '/v3/hooks/:webhook_id',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      res.json(envelope(renderHook(deleteHook(store, grant.clientId, hookId(req)))));
    }),
  );
}
