// HTTP mirror of the control API under /__control, for the demo, browser tests and other
// processes. Every route delegates to the SimulatorControl object. JSON in, JSON out; errors are
// `{ error, fields? }` with the SimError status.

import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { FaultSpec, RefundInput, SimulatorControl } from '../control.js';
import type { StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { seedDemoStore } from '../seed.js';

type Handler = (req: Request, res: Response) => unknown;

function route(fn: Handler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const result = await fn(req, res);
      if (res.headersSent) return;
      if (result === undefined) res.status(204).end();
      else res.json(result);
    } catch (err) {
      if (err instanceof SimError) {
        res.status(err.status).json({ error: err.message, ...(err.fields ? { fields: err.fields } : {}) });
        return;
      }
      next(err);
    }
  };
}

export function storeSummary(s: StoreState): Record<string, unknown> {
  return {
    hash: s.hash,
    storeId: s.storeId,
    name: s.info.name,
    planName: s.info.planName,
    currency: s.info.currency,
    domain: s.info.domain,
    owner: s.owner,
    users: [...s.users.values()],
    installed: Boolean(s.install?.installed),
    scopes: s.install?.scopes ?? [],
    counts: {
      customers: s.customers.size,
      subscribers: s.subscribers.size,
      products: s.products.size,
      orders: s.orders.size,
      refunds: s.refunds.size,
      promotions: s.promotions.size,
      coupons: s.coupons.size,
      hooks: s.hooks.size,
      scripts: s.scripts.size,
    },
    rateLimit: { quota: s.rate.quota, windowMs: s.rate.windowMs },
  };
}

const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;
const hashOf = (req: Request) => String(req.params.hash);
const idOf = (req: Request, name = 'id') => {
  const raw = String(req.params[name]);
  if (!/^\d+$/.test(raw)) throw new SimError(400, `${name} must be numeric`);
  return Number(raw);
};

export function controlRouter(control: SimulatorControl): Router {
  const r = express.Router();
  r.use(express.json({ limit: '5mb' }));

  r.post('/stores', route((req) => storeSummary(control.createStore(body(req)))));
  r.get('/stores', route(() => control.listStores().map(storeSummary)));
  r.get('/stores/:hash', route((req) => storeSummary(control.getStore(hashOf(req)))));
  r.post('/stores/:hash/users', route((req) => control.addUser(hashOf(req), body(req) as { email: string })));

  r.post('/stores/:hash/install', route((req) => control.beginInstall(hashOf(req), body(req))));
  r.post('/stores/:hash/uninstall', route((req) => control.uninstall(hashOf(req))));
  r.get(
    '/stores/:hash/jwt',
    route((req) => {
      const hash = hashOf(req);
      const kind = (typeof req.query.kind === 'string' ? req.query.kind : 'load') as 'load' | 'uninstall' | 'remove_user';
      if (!['load', 'uninstall', 'remove_user'].includes(kind)) throw new SimError(400, 'kind must be load, uninstall or remove_user');
      const store = control.getStore(hash);
      const userId = typeof req.query.user === 'string' ? Number(req.query.user) : undefined;
      const user = userId !== undefined ? store.users.get(userId) : undefined;
      if (userId !== undefined && !user) throw new SimError(404, `Unknown user ${userId}`);
      const channel = typeof req.query.channel_id === 'string' ? Number(req.query.channel_id) : undefined;
      const opts = {
        ...(user ? { user } : {}),
        ...(typeof req.query.path === 'string' ? { url: req.query.path } : {}),
        ...(channel !== undefined ? { channelId: channel } : {}),
      };
      const jwt = control.signedPayload(hash, opts);
      let url: string | undefined;
      try {
        url = control.callbackUrl(kind, hash, opts);
      } catch {
        url = undefined;
      }
      return { jwt, ...(url ? { url } : {}) };
    }),
  );
  r.post('/stores/:hash/api-accounts', route((req) => control.createApiAccount(hashOf(req), (body(req).scopes as string[]) ?? [])));

  // data
  r.get('/stores/:hash/customers', route((req) => control.listCustomers(hashOf(req))));
  r.post('/stores/:hash/customers', route((req) => control.createCustomer(hashOf(req), body(req))));
  r.put('/stores/:hash/customers/:id', route((req) => control.updateCustomer(hashOf(req), idOf(req), body(req))));
  r.delete('/stores/:hash/customers/:id', route((req) => control.deleteCustomer(hashOf(req), idOf(req))));
  r.get('/stores/:hash/subscribers', route((req) => control.listSubscribers(hashOf(req))));
  r.post('/stores/:hash/subscribers', route((req) => control.createSubscriber(hashOf(req), body(req))));
  r.put('/stores/:hash/subscribers/:id', route((req) => control.updateSubscriber(hashOf(req), idOf(req), body(req))));
  r.delete('/stores/:hash/subscribers/:id', route((req) => control.deleteSubscriber(hashOf(req), idOf(req))));
  r.get('/stores/:hash/products', route((req) => control.listProducts(hashOf(req))));
  r.post('/stores/:hash/products', route((req) => control.createProduct(hashOf(req), body(req))));
  r.put('/stores/:hash/products/:id', route((req) => control.updateProduct(hashOf(req), idOf(req), body(req))));
  r.delete('/stores/:hash/products/:id', route((req) => control.deleteProduct(hashOf(req), idOf(req))));
  r.get('/stores/:hash/orders', route((req) => control.listOrders(hashOf(req))));
  r.post('/stores/:hash/orders', route((req) => control.createOrder(hashOf(req), body(req))));
  r.get('/stores/:hash/orders/:id', route((req) => control.getOrder(hashOf(req), idOf(req))));
  r.post('/stores/:hash/orders/:id/status', route((req) => control.setOrderStatus(hashOf(req), idOf(req), Number(body(req).statusId))));
  r.post('/stores/:hash/orders/:id/refunds', route((req) => control.createRefund(hashOf(req), idOf(req), body(req) as unknown as RefundInput)));
  r.post('/stores/:hash/orders/:id/archive', route((req) => control.archiveOrder(hashOf(req), idOf(req))));
  r.get('/stores/:hash/refunds', route((req) => control.listRefunds(hashOf(req))));
  r.post('/stores/:hash/carts/:cartId/converted', route((req) => control.cartConverted(hashOf(req), String(req.params.cartId), Number(body(req).orderId))));
  r.get('/stores/:hash/promotions', route((req) => control.listPromotions(hashOf(req))));
  r.post('/stores/:hash/promotions', route((req) => control.createPromotion(hashOf(req), body(req))));
  r.put('/stores/:hash/promotions/:id', route((req) => control.editPromotionAsMerchant(hashOf(req), idOf(req), body(req))));
  r.post('/stores/:hash/promotions/:id/codes', route((req) => control.createPromotionCode(hashOf(req), idOf(req), body(req) as { code: string })));
  r.get('/stores/:hash/coupons', route((req) => control.listCoupons(hashOf(req))));
  r.post('/stores/:hash/coupons', route((req) => control.createCoupon(hashOf(req), body(req))));

  // inspection
  r.get('/stores/:hash/hooks', route((req) => control.listHooks(hashOf(req))));
  r.get('/stores/:hash/scripts', route((req) => control.listScripts(hashOf(req))));
  r.get('/stores/:hash/deliveries', route((req) => control.deliveries(hashOf(req))));
  r.post('/stores/:hash/wait-deliveries', route(async (req) => control.waitForDeliveries(hashOf(req))));
  r.post('/wait-deliveries', route(async () => control.waitForDeliveries()));

  // faults and webhook behaviour
  r.post('/stores/:hash/faults', route((req) => control.injectFaults(hashOf(req), body(req) as unknown as FaultSpec)));
  r.delete('/stores/:hash/faults', route((req) => control.clearFaults(hashOf(req))));
  r.post('/stores/:hash/webhooks/duplicates', route((req) => control.setWebhookDuplicates(hashOf(req), Number(body(req).n ?? 0))));
  r.post('/stores/:hash/webhooks/pause', route((req) => control.pauseWebhooks(hashOf(req))));
  r.post('/stores/:hash/webhooks/resume', route((req) => control.resumeWebhooks(hashOf(req))));
  r.post('/stores/:hash/webhooks/drop', route((req) => control.dropNextWebhooks(hashOf(req), Number(body(req).n ?? 0))));

  // rate limits
  r.post('/stores/:hash/rate-limit', route((req) => control.setRateLimit(hashOf(req), body(req) as { quota: number; windowMs: number })));
  r.get(
    '/stores/:hash/requests',
    route((req) => ({ requestCount: control.requestCount(hashOf(req)), rateLimitedCount: control.rateLimitedCount(hashOf(req)) })),
  );
  r.delete('/stores/:hash/requests', route((req) => control.resetRequestCount(hashOf(req))));

  r.post('/stores/:hash/seed', route((req) => seedDemoStore(control, hashOf(req), body(req))));
  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; message?: string };
    res.status(e.type === 'entity.parse.failed' ? 400 : 500).json({ error: e.message ?? String(err) });
  });
  return r;
}
