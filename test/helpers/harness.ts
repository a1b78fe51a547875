// A real app on a real database, talking over real HTTP to the simulator:
// what every server test starts from.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { startTandem, type RunningApp } from '../../server/bootstrap.js';
import { loadConfig, type Config } from '../../server/config.js';
import { silentLogger } from '../../server/lib/logger.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/index.js';
import { freePort } from '../../scripts/free-port.js';
import { withDatabase } from '../../scripts/local-db.js';
import { simulatorAppEnv } from '../../scripts/sim-env.js';

export interface Harness {
  app: RunningApp;
  sim: Simulator;
  config: Config;
  /** The app's base URL. */
  url: string;
  close(): Promise<void>;
}

export async function startHarness(
  opts: { simulator?: Partial<SimulatorOptions>; env?: Record<string, string> } = {},
): Promise<Harness> {
  const clientId = `test-client-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('hex');
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const sim = await startSimulator({ clientId, clientSecret, appUrl, ...opts.simulator });
  const config = loadConfig(
    simulatorAppEnv({
      simulatorUrl: sim.url,
      port,
      mongoUri: withDatabase(inject('mongoUri'), `tandem_test_${randomBytes(6).toString('hex')}`),
      clientId,
      clientSecret,
      extra: { TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'), ...opts.env },
    }),
  );
  const app = await startTandem({ config, logger: silentLogger, host: '127.0.0.1' });
  return {
    app,
    sim,
    config,
    url: app.url,
    async close() {
      await app.connection.dropDatabase().catch(() => undefined);
      await app.close();
      await sim.close();
    },
  };
}

/** The `exchange` code from a redirect to /app/?exchange=… */
export function exchangeCodeFrom(location: string | null): string {
  const code = location ? new URL(location, 'http://x').searchParams.get('exchange') : null;
  if (!code) throw new Error(`expected a redirect to /app/?exchange=…, got ${location}`);
  return code;
}

export async function redeem(h: Harness, code: string): Promise<{ token: string; path: string }> {
  const res = await fetch(`${h.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (res.status !== 200) throw new Error(`session exchange failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; path: string };
}

/** Waits until BigCommerce has delivered everything and the app has processed it. */
export async function settle(h: Harness, storeHash: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await h.sim.control.waitForDeliveries(storeHash);
    await h.app.runner?.drain({ storeHash, timeoutMs: 30_000 });
  }
}

export interface InstalledStore {
  storeHash: string;
  ownerToken: string;
}

/** A merchant installs the app from the marketplace: BigCommerce calls /auth in their browser. */
export async function installStore(h: Harness, input: { name?: string; hash?: string } = {}): Promise<InstalledStore> {
  const store = await h.sim.control.createStore({ name: input.name ?? 'Test Outfitters', ...(input.hash ? { hash: input.hash } : {}) });
  const { authUrl } = await h.sim.control.beginInstall(store.hash);
  const res = await fetch(authUrl, { redirect: 'manual' });
  if (res.status !== 302) throw new Error(`/auth answered ${res.status}: ${await res.text()}`);
  const { token } = await redeem(h, exchangeCodeFrom(res.headers.get('location')));
  // Install starts background work (webhook registration, backfill); start from a settled store.
  await settle(h, store.hash);
  return { storeHash: store.hash, ownerToken: token };
}

/** Opens the app through /load as a given user; returns the session token. */
export async function loadAs(
  h: Harness,
  storeHash: string,
  user?: { id: number; email: string },
  opts: { url?: string; iatOffsetSec?: number } = {},
) {
  const res = await fetch(h.sim.control.callbackUrl('load', storeHash, { ...(user ? { user } : {}), ...opts }), {
    redirect: 'manual',
  });
  if (res.status !== 302) throw new Error(`/load answered ${res.status}: ${await res.text()}`);
  return redeem(h, exchangeCodeFrom(res.headers.get('location')));
}

export function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}
