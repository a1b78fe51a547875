// login.bigcommerce.com endpoints: POST /oauth2/token (README §1.2) and the external-install
// pages an app links to or redirects to (README §1.6).

import express, { type Router } from 'express';
import type { Engine } from '../core/engine.js';
import { SimError } from '../core/errors.js';
import { beginInstall, exchangeCode, OAuthError } from '../auth/install.js';

export function oauthRouter(engine: Engine): Router {
  const r = express.Router();
  // The official clients send JSON; form encoding is accepted too (UNCONFIRMED for real BigCommerce).
  r.post('/oauth2/token', express.json(), express.urlencoded({ extended: false }), (req, res) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      res.json(exchangeCode(engine, body));
    } catch (err) {
      if (err instanceof OAuthError) {
        res.status(err.status).json({ error: err.error, error_description: err.description });
        return;
      }
      if (err instanceof SimError) {
        res.status(400).json({ error: 'invalid_request', error_description: err.message });
        return;
      }
      throw err;
    }
  });

  // External install button: https://login.bigcommerce.com/app/{CLIENT_ID}/install
  r.get('/app/:clientId/install', (req, res) => {
    if (req.params.clientId !== engine.config.clientId || !engine.config.appUrl) {
      res.status(404).type('text/plain').send('Unknown app');
      return;
    }
    const hash = typeof req.query.store_hash === 'string' ? req.query.store_hash : engine.stores.keys().next().value;
    if (!hash || !engine.stores.has(hash)) {
      res.status(404).type('text/plain').send('No such store');
      return;
    }
    res.redirect(302, beginInstall(engine, hash, { externalInstall: true }).authUrl);
  });

  r.get('/app/:clientId/install/:result', (req, res) => {
    const ok = req.params.result === 'succeeded';
    res
      .status(ok || req.params.result === 'failed' ? 200 : 404)
      .type('html')
      .send(`<!doctype html><title>Install ${ok ? 'succeeded' : 'failed'}</title><h1>App install ${ok ? 'succeeded' : 'failed'}</h1>`);
  });
  return r;
}
