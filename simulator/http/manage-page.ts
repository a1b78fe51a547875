// A minimal stand-in for the BigCommerce control panel: left nav, header with the store name and
// the app in an iframe, exactly how merchants see single-click apps. /manage/{hash} frames a fresh
// /load URL; /manage/{hash}/install frames the /auth URL of a new install.

import express, { type Router } from 'express';
import type { SimulatorControl } from '../control.js';
import type { Engine } from '../core/engine.js';
import { SimError } from '../core/errors.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(storeName: string, hash: string, title: string, frameSrc: string): string {
  const nav = ['Home', 'Orders', 'Products', 'Customers', 'Storefront', 'Marketing', 'Analytics', 'Channel Manager', 'Apps', 'Settings']
    .map((item) => `<li class="${item === 'Apps' ? 'active' : ''}">${item}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - ${esc(storeName)}</title>
<style>
  body{margin:0;font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;background:#f6f7f9;color:#313440;display:flex;height:100vh}
  nav{width:220px;background:#34313f;color:#d9dce9;flex-shrink:0;display:flex;flex-direction:column}
  nav .logo{font-weight:700;color:#fff;padding:20px;font-size:18px;letter-spacing:.5px}
  nav ul{list-style:none;margin:0;padding:0}
  nav li{padding:10px 20px;font-size:15px;cursor:default}
  nav li.active{background:#4b71fc;color:#fff}
  main{flex:1;display:flex;flex-direction:column;min-width:0}
  header{height:56px;background:#fff;border-bottom:1px solid #d9dce9;display:flex;align-items:center;padding:0 24px;justify-content:space-between}
  header .store{font-weight:600}
  header .hash{color:#8c93ad;font-size:13px}
  .title{padding:16px 24px 8px;font-size:22px;font-weight:600}
  iframe{flex:1;border:0;margin:0 24px 24px;background:#fff;border-radius:4px;box-shadow:0 1px 6px rgba(49,52,64,.15)}
</style></head>
<body>
<nav><div class="logo">BIGCOMMERCE</div><ul>${nav}</ul></nav>
<main>
  <header><span class="store">${esc(storeName)}</span><span class="hash">store-${esc(hash)}.mybigcommerce.com</span></header>
  <div class="title">${esc(title)}</div>
  <iframe id="app-frame" title="${esc(title)}" src="${esc(frameSrc)}" allow="clipboard-write"></iframe>
</main>
</body></html>`;
}

export function manageRouter(engine: Engine, control: SimulatorControl): Router {
  const r = express.Router();
  const fail = (res: express.Response, err: unknown) => {
    const status = err instanceof SimError ? err.status : 500;
    res.status(status).type('text/plain').send(err instanceof Error ? err.message : String(err));
  };

  r.get('/manage/:hash', (req, res) => {
    try {
      const hash = String(req.params.hash);
      const store = control.getStore(hash);
      if (!engine.config.appUrl) throw new SimError(422, 'The simulator has no appUrl configured');
      const userId = typeof req.query.user === 'string' ? Number(req.query.user) : undefined;
      const user = userId !== undefined ? store.users.get(userId) : undefined;
      if (userId !== undefined && !user) throw new SimError(404, `Unknown user ${String(req.query.user)}`);
      const src = control.callbackUrl('load', hash, {
        ...(user ? { user } : {}),
        ...(typeof req.query.path === 'string' ? { url: req.query.path } : {}),
      });
      res.type('html').send(page(store.info.name, hash, 'Tandem', src));
    } catch (err) {
      fail(res, err);
    }
  });

  r.get('/manage/:hash/install', (req, res) => {
    try {
      const hash = String(req.params.hash);
      const store = control.getStore(hash);
      const { authUrl } = control.beginInstall(hash, { externalInstall: req.query.external === '1' });
      res.type('html').send(page(store.info.name, hash, 'Install app', authUrl));
    } catch (err) {
      fail(res, err);
    }
  });
  return r;
}
