// Express app: OAuth endpoints, the per-store management API behind the gateway, the control API
// and the control-panel page.

import express, { type NextFunction, type Request, type Response } from 'express';
import type { Engine } from '../core/engine.js';
import type { SimulatorControl } from '../control.js';
import { apiGateway } from './gateway.js';
import { sendError, styleForPath } from './respond.js';
import { oauthRouter } from './oauth.js';
import { controlRouter } from './control-routes.js';
import { manageRouter } from './manage-page.js';
import { registerStoreInfo } from './routes/store-info.js';
import { registerOrders } from './routes/orders.js';
import { registerRefunds } from './routes/refunds.js';
import { registerCustomers } from './routes/customers.js';
import { registerSubscribers } from './routes/subscribers.js';
import { registerProducts } from './routes/products.js';
import { registerPromotions } from './routes/promotions.js';
import { registerCoupons } from './routes/coupons.js';
import { registerHooks } from './routes/hooks.js';
import { registerScripts } from './routes/scripts.js';

/** One log line per API call (method, path, status, ms), through the simulator's logger. */
function logRequests(engine: Engine) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = Date.now();
    res.on('finish', () => engine.log(`${req.method} ${req.originalUrl} -> ${res.statusCode} (${Date.now() - started} ms)`));
    next();
  };
}

export function buildApp(engine: Engine, control: SimulatorControl): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use(oauthRouter(engine));
  app.use('/__control', controlRouter(control));
  app.use(manageRouter(engine, control));

  const api = express.Router({ mergeParams: true });
  // Bodies must be JSON (README §3.1); anything else is 415 Unsupported Media Type.
  api.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method === 'POST' || req.method === 'PUT') && req.is('application/json') === false) {
      sendError(res, styleForPath(req.path), 415, 'Content-Type must be application/json');
      return;
    }
    next();
  });
  api.use(express.json({ limit: '5mb' }));
  registerStoreInfo(api, engine);
  registerOrders(api, engine);
  registerRefunds(api, engine);
  registerCustomers(api, engine);
  registerSubscribers(api, engine);
  registerProducts(api, engine);
  registerPromotions(api, engine);
  registerCoupons(api, engine);
  registerHooks(api, engine);
  registerScripts(api, engine);
  api.use((req: Request, res: Response) => {
    sendError(res, styleForPath(req.path), 404, 'The requested resource was not found.');
  });
  // Malformed JSON bodies and anything unexpected, in the style of the API that was called.
  api.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.parse.failed') {
      sendError(res, styleForPath(req.path), 400, 'The request body is not valid JSON.');
      return;
    }
    engine.log(`simulator error on ${req.method} ${req.originalUrl}: ${e.message ?? String(err)}`);
    sendError(res, styleForPath(req.path), e.status && e.status >= 400 && e.status < 600 ? e.status : 500, 'Internal Server Error');
  });
  app.use('/stores/:hash', logRequests(engine), apiGateway(engine), api);

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found' });
  });
  return app;
}
