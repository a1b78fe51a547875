// The app factory: everything an HTTP request can reach, wired from explicit
// dependencies, so tests build one on port 0 against their own database.
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { authRoutes } from './auth/routes.js';
import type { Config } from './config.js';
import { connectionRoutes } from './connection/routes.js';
import type { Models } from './db/models.js';
import { AppError, type ErrorBody } from './lib/errors.js';
import type { Logger } from './lib/logger.js';
import type { StoreLifecycle } from './stores/lifecycle.js';
import { storeRoutes } from './stores/routes.js';
import { uiRoutes } from './ui/routes.js';
import type { JobQueue } from './jobs/queue.js';
import type { SyncService } from './sync/service.js';
import { syncRoutes } from './sync/routes.js';
import { loyaltyRoutes } from './loyalty/routes.js';
import { webhookRoutes } from './webhooks/routes.js';

export interface AppDeps {
  config: Config;
  models: Models;
  logger: Logger;
  lifecycle: StoreLifecycle;
  /** Folder with the built client (index.html + assets). */
  clientDir: string;
  jobs: { queue: JobQueue; wake(): void };
  sync: SyncService;
}

export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);

  app.use(
    helmet({
      // The app lives in the control-panel iframe: framing is allowed for BigCommerce only.
      frameguard: false,
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // styled-components injects <style> tags at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          fontSrc: ["'self'", 'data:', 'https:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'self'", ...config.FRAME_ANCESTORS],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // The iframe is cross-site to the control panel; COEP/CORP defaults would block it.
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.locals.requestId = requestId;
    res.on('finish', () => {
      // Paths only: query strings carry signed payloads and one-time codes.
      logger.debug('request', {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  // Before the JSON parser: signature checks need the raw body.
  app.use(webhookRoutes(deps));
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(authRoutes(deps));
  app.use(connectionRoutes(deps));
  app.use(storeRoutes(deps));
  app.use(syncRoutes(deps));
  app.use(loyaltyRoutes(deps));
  app.use('/api', (_req, _res, next) => next(new AppError(404, 'not_found', 'No such API route')));
  app.use(uiRoutes(deps));

  app.use(errorHandler(logger));
  return app;
}

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const body = (code: string, message: string, details?: unknown): ErrorBody => ({
      error: details === undefined ? { code, message } : { code, message, details },
    });
    if (err instanceof AppError) {
      res.status(err.status).json(body(err.code, err.message, err.details));
      return;
    }
    const e = err as { type?: string; status?: number; name?: string; message?: string };
    if (e.type === 'entity.parse.failed') {
      res.status(400).json(body('invalid_json', 'The request body is not valid JSON'));
      return;
    }
    if (e.type === 'entity.too.large') {
      res.status(413).json(body('body_too_large', 'The request body is too large'));
      return;
    }
    if (e.name && /^Mongo(Server|Network|ServerSelection|NotConnected)/.test(e.name)) {
      logger.error('database unavailable', { path: req.path, err });
      res.status(503).json(body('database_unavailable', 'The database is unavailable; try again shortly'));
      return;
    }
    logger.error('unhandled error', { requestId: res.locals.requestId, path: req.path, err });
    res.status(500).json(body('internal_error', `Something went wrong (request ${res.locals.requestId})`));
  };
}
