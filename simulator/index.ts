// BigCommerce simulator: a real HTTP server on loopback that behaves like BigCommerce's
// management API, OAuth login endpoint and webhook deliveries. See simulator/README.md.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine } from './core/engine.js';
import { createControl, type SimulatorControl } from './control.js';
import { buildApp } from './http/app.js';

export interface SimulatorOptions {
  /** default 0 (a free port); the host is always 127.0.0.1 */
  port?: number;
  /** the app's client id */
  clientId: string;
  /** the app's client secret (signs JWTs and webhook deliveries) */
  clientSecret: string;
  /** the app's base URL (for /auth + /load URLs and the control-panel page) */
  appUrl?: string;
  /** per store; default 150 requests / 30000 ms (Standard plan) */
  rateLimit?: { quota: number; windowMs: number };
  /** default: the documented schedule (60, 180, 300, ... 86400 s) x timeScale */
  webhookRetryDelaysMs?: number[];
  /** multiplies documented delays; default 0.001 (tests), the demo may use 1 */
  timeScale?: number;
  /** default true */
  webhookDelivery?: boolean;
  /** how long a webhook receiver may take before the attempt counts as failed; default 5000 ms */
  webhookTimeoutMs?: number;
  logger?: (line: string) => void;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:41234 - the app uses it as BOTH BC_API_URL and BC_LOGIN_URL */
  url: string;
  control: SimulatorControl;
  close(): Promise<void>;
}

/** Delays before each retry, in seconds (README §5.5): 11 retries over ~48 h. */
export const DOCUMENTED_RETRY_DELAYS_SEC = [60, 180, 300, 600, 900, 1800, 3600, 7200, 21600, 50400, 86400];

export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  if (!opts.clientId || !opts.clientSecret) throw new Error('startSimulator: clientId and clientSecret are required');
  const timeScale = opts.timeScale ?? 0.001;
  const engine = new Engine({
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    appUrl: opts.appUrl?.replace(/\/+$/, ''),
    rateLimit: opts.rateLimit,
    retryDelaysMs: opts.webhookRetryDelaysMs ?? DOCUMENTED_RETRY_DELAYS_SEC.map((s) => Math.round(s * 1000 * timeScale)),
    timeScale,
    webhookDelivery: opts.webhookDelivery ?? true,
    webhookTimeoutMs: opts.webhookTimeoutMs ?? 5000,
    grantCodeTtlMs: 10 * 60 * 1000,
    log: opts.logger ?? (() => undefined),
  });
  const control = createControl(engine);
  const app = buildApp(engine, control);
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  engine.baseUrl = `http://127.0.0.1:${port}`;
  engine.log(`BigCommerce simulator listening on ${engine.baseUrl}`);

  return {
    url: engine.baseUrl,
    control,
    async close() {
      await engine.dispatcher.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export { seedDemoStore } from './seed.js';
export type { SimulatorControl, RefundInput, FaultSpec, ApiAccountInfo, CallbackKind } from './control.js';
export type { SeedOptions } from './seed.js';
export type { CreateStoreInput } from './domain/stores.js';
export type { CreateOrderInput } from './domain/orders.js';
export type { BeginInstallOptions, BeginInstallResult, TokenResponse } from './auth/install.js';
export type { SignedPayloadOptions } from './auth/jwt.js';
export type { DeliveryRecord } from './webhooks/dispatcher.js';
export type * from './core/types.js';
