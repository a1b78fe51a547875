// `npm start`. With no BC_* variables: the demo (simulated store, app installed,
// one URL to open). With them: the real app, against BigCommerce. In both cases
// a missing MONGODB_URI brings up the local database.
import path from 'node:path';
import { startTandem } from '../server/bootstrap.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { createLogger } from '../server/lib/logger.js';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { repoRoot, startLocalDatabase, withDatabase } from './local-db.js';

function ensureClientBuilt() {
  if (existsSync(path.join(repoRoot, 'dist', 'client', 'index.html')) && !process.env.REBUILD_CLIENT) return;
  console.log('Building the app interface…');
  const res = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const stops: Array<() => Promise<void>> = [];
const shutdown = () => {
  Promise.all(stops.map((s) => s())).finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

ensureClientBuilt();

if (!process.env.BC_CLIENT_ID && !process.env.BC_CLIENT_SECRET) {
  const { startDemo } = await import('./demo.js');
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  // The simulated BigCommerce sits next to the app, so the printed URL is the same on every start.
  const demo = await startDemo({ port, simulatorPort: port + 1, ...(process.env.MONGODB_URI ? { mongoUri: process.env.MONGODB_URI } : {}) });
  stops.push(demo.close);
  console.log(`
  Tandem demo is running.

    Open the app as the store owner:  ${demo.url}
    App server:                       ${demo.app.url}
    Simulated BigCommerce API:        ${demo.sim.url}

  The demo store (Summit Outfitters) is re-created on every start. Ctrl-C to stop.
`);
} else {
  const env = { ...process.env };
  if (!env.MONGODB_URI) {
    const db = await startLocalDatabase({ dataDir: path.join(repoRoot, '.data', 'ferretdb') });
    stops.push(db.stop);
    env.MONGODB_URI = withDatabase(db.uri, 'tandem');
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const running = await startTandem({ config, logger: createLogger(config.LOG_LEVEL) });
  stops.push(running.close);
  console.log(`Tandem is running at ${running.url} (public URL ${config.APP_URL}).`);
}
