// The zero-configuration demo: a simulated BigCommerce store seeded with
// realistic data, the app installed into it through the real /auth flow, and
// one URL that opens the app the way the store owner sees it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { startTandem, type RunningApp } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
import { createLogger, type LogLevel } from '../server/lib/logger.js';
import { seedDemoStore, startSimulator, type Simulator } from '../simulator/index.js';
import { freePort } from './free-port.js';
import { simulatorAppEnv } from './sim-env.js';
import { repoRoot, startLocalDatabase, withDatabase, type LocalDatabase } from './local-db.js';

export const DEMO_STORE_HASH = 'tandemdemo';
export const DEMO_CLIENT_ID = 'tandem-demo-client';

export interface Demo {
  /** Opens the app inside the simulated control panel, as the store owner. */
  url: string;
  app: RunningApp;
  sim: Simulator;
  close(): Promise<void>;
}

/** Secrets the demo needs, made once and kept in .data/ so restarts reuse them. */
function demoSecrets(dir: string) {
  const file = path.join(dir, 'demo-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const secrets = {
    BC_CLIENT_SECRET: randomBytes(24).toString('hex'),
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export async function startDemo(
  opts: { port?: number; simulatorPort?: number; mongoUri?: string; dataDir?: string; logLevel?: LogLevel; database?: string } = {},
): Promise<Demo> {
  const dataDir = opts.dataDir ?? path.join(repoRoot, '.data');
  let localDb: LocalDatabase | null = null;
  let serverUri = opts.mongoUri;
  if (!serverUri) {
    localDb = await startLocalDatabase({ dataDir: path.join(dataDir, 'ferretdb') });
    serverUri = localDb.uri;
  }
  // The demo store is re-created on each start, so its database is too.
  const mongoUri = withDatabase(serverUri, opts.database ?? 'tandem_demo');
  const reset = await mongoose.createConnection(mongoUri).asPromise();
  await reset.dropDatabase();
  await reset.close();

  const secrets = demoSecrets(dataDir);
  const port = opts.port ?? (await freePort());
  const appUrl = `http://127.0.0.1:${port}`;
  const sim = await startSimulator({
    port: opts.simulatorPort ?? 0,
    clientId: DEMO_CLIENT_ID,
    clientSecret: secrets.BC_CLIENT_SECRET!,
    appUrl,
    timeScale: 0.01,
    rateLimit: { quota: 450, windowMs: 30_000 },
  });
  const config = loadConfig(
    simulatorAppEnv({
      simulatorUrl: sim.url,
      port,
      mongoUri,
      clientId: DEMO_CLIENT_ID,
      clientSecret: secrets.BC_CLIENT_SECRET!,
      extra: {
        SESSION_SECRET: secrets.SESSION_SECRET!,
        TOKEN_ENCRYPTION_KEY: secrets.TOKEN_ENCRYPTION_KEY!,
        FRAME_ANCESTORS: sim.url,
        LOG_LEVEL: opts.logLevel ?? 'warn',
      },
    }),
  );
  const app = await startTandem({ config, logger: createLogger(config.LOG_LEVEL), host: '127.0.0.1' });

  sim.control.createStore({ hash: DEMO_STORE_HASH, name: 'Summit Outfitters', planName: 'Plus' });
  await seedDemoStore(sim.control, DEMO_STORE_HASH, { seed: 7 });
  const { authUrl } = await sim.control.beginInstall(DEMO_STORE_HASH);
  const res = await fetch(authUrl, { redirect: 'manual' });
  if (res.status !== 302) throw new Error(`Demo install failed: /auth answered ${res.status}`);

  return {
    url: `${sim.url}/manage/${DEMO_STORE_HASH}`,
    app,
    sim,
    async close() {
      await app.close();
      await sim.close();
      await localDb?.stop();
    },
  };
}
