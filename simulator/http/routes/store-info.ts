// GET /v2/store and GET /v2/time (store_information.v2.yml).

import type { Router } from 'express';
import type { Engine } from '../../core/engine.js';
import { renderStoreInfo } from '../../domain/stores.js';
import { ctx } from '../gateway.js';
import { handle } from '../respond.js';

export function registerStoreInfo(r: Router, engine: Engine): void {
  r.get(
    '/v2/store',
    handle('v2', (_req, res) => {
      res.json(renderStoreInfo(ctx(res).store));
    }),
  );
  r.get(
    '/v2/time',
    handle('v2', (_req, res) => {
      res.json({ time: Math.floor(engine.now() / 1000) });
    }),
  );
}
