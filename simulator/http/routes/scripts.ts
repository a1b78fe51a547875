// Scripts V3 (scripts.v3.yml). Each API client only sees the scripts it created.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Script } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { grants } from '../../auth/scopes.js';
import { CHECKOUT_VISIBILITIES, createScript, deleteScript, getOwnScript, renderScript, updateScript } from '../../domain/scripts.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { pagedMeta, pageParams, qs, qsIntList } from '../query.js';

const SORTS: Record<string, (s: Script) => number | string> = {
  name: (s) => s.name.toLowerCase(),
  description: (s) => s.description.toLowerCase(),
  date_created: (s) => s.dateCreated,
  date_modified: (s) => s.dateModified,
};

function objectBody(req: Request): Record<string, unknown> {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(422, 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

/** `checkout` and `all_pages` visibility need the Checkout Content scope (README §9.1). */
function requireCheckoutScope(scopes: string[], visibility: unknown): void {
  if (typeof visibility === 'string' && CHECKOUT_VISIBILITIES.has(visibility) && !grants(scopes, 'store_content_checkout', 'POST')) {
    throw new SimError(403, `visibility '${visibility}' requires the store_content_checkout scope`);
  }
}

export function registerScripts(r: Router, engine: Engine): void {
  r.post(
    '/v3/content/scripts',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      const body = objectBody(req);
      requireCheckoutScope(grant.scopes, body.visibility);
      res.json(envelope(renderScript(createScript(engine, store, grant.clientId, body))));
    }),
  );

  r.get(
    '/v3/content/scripts',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      const p = pageParams(req, { errorStatus: 422 });
      const channels = qsIntList(req, 'channel_id:in');
      const sort = qs(req, 'sort');
      const direction = (qs(req, 'direction') ?? 'asc').toLowerCase();
      if (direction !== 'asc' && direction !== 'desc') throw new SimError(422, `The direction '${direction}' is invalid.`);
      const key = sort ? SORTS[sort] : SORTS.date_created;
      if (!key) throw new SimError(422, `The sort '${String(sort)}' is invalid.`);
      const sign = direction === 'desc' ? -1 : 1;
      const own = [...store.scripts.values()]
        .filter((s) => s.clientId === grant.clientId && (!channels || channels.includes(s.channelId)))
        .sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          return (ka < kb ? -1 : ka > kb ? 1 : a.dateCreated - b.dateCreated) * sign;
        });
      const { page, meta } = pagedMeta(own, p);
      res.json(envelope(page.map(renderScript), meta));
    }),
  );

  r.get(
    '/v3/content/scripts/:uuid',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      res.json(envelope(renderScript(getOwnScript(store, grant.clientId, String(req.params.uuid)))));
    }),
  );

  r.put(
    '/v3/content/scripts/:uuid',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      const body = objectBody(req);
      requireCheckoutScope(grant.scopes, body.visibility);
      res.json(envelope(renderScript(updateScript(engine, store, grant.clientId, String(req.params.uuid), body))));
    }),
  );

  r.delete(
    '/v3/content/scripts/:uuid',
    handle('v3', (req, res) => {
      const { store, grant } = ctx(res);
      deleteScript(store, grant.clientId, String(req.params.uuid));
      res.status(204).end();
    }),
  );
}
