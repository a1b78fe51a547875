// Serves the built React app. Hashed assets are cached for a year; the HTML
// never is, so a deploy is picked up on the next load.
import express, { Router } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppDeps } from '../app.js';
import { renderMessagePage } from '../lib/html.js';

export function uiRoutes(deps: AppDeps): Router {
  const router = Router();
  const indexFile = path.join(deps.clientDir, 'index.html');
  let indexHtml: string | null = null;
  const readIndex = () => {
    if (indexHtml === null && existsSync(indexFile)) indexHtml = readFileSync(indexFile, 'utf8');
    return indexHtml;
  };

  router.use('/assets', express.static(path.join(deps.clientDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.get('/favicon.svg', (_req, res) => res.sendFile(path.join(deps.clientDir, 'favicon.svg')));

  const sendApp: express.RequestHandler = (_req, res) => {
    const html = readIndex();
    res.setHeader('Cache-Control', 'no-store');
    if (!html) {
      res.status(503).type('html').send(
        renderMessagePage({
          tone: 'error',
          title: 'The app is being updated',
          message: 'Its interface has not been built on this server yet (run `npm run build`). Try again in a minute.',
        }),
      );
      return;
    }
    res.type('html').send(html);
  };
  router.get(['/app', '/app/{*rest}', '/connect'], sendApp);
  router.get('/', (_req, res) => res.redirect(302, '/connect'));
  return router;
}
