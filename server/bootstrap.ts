// Composition root: connects the database, builds every model, service and
// listener, starts the HTTP server and (unless WORKER_CONCURRENCY=0) this
// process's share of the background work. Used by the process entry point,
// the demo launcher, the tests and the benchmarks alike.
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'mongoose';
import { createApp, type AppDeps } from './app.js';
import type { Config } from './config.js';
import { connectDatabase } from './db/connect.js';
import { createModels, syncAllIndexes } from './db/models.js';
import { JobQueue, JobRunner } from './jobs/queue.js';
import { createLogger, type Logger } from './lib/logger.js';
import { StoreLifecycle } from './stores/lifecycle.js';
import { storeInfoOnInstall } from './stores/info.js';
import { recordUninstall } from './stores/service.js';
import { SyncObservers } from './sync/context.js';
import { SyncService } from './sync/service.js';
import { loyaltyObserver } from './loyalty/earning.js';

export interface RunningApp {
  url: string;
  deps: AppDeps;
  connection: Connection;
  server: Server;
  runner: JobRunner | null;
  close(): Promise<void>;
}

/** dist/client next to the sources, whether running from server/ (tsx) or dist/server/ (compiled). */
export function defaultClientDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../..') : path.resolve(here, '..');
  return path.join(root, 'dist', 'client');
}

export const SCHEDULER_TICK_MS = 5_000;

export async function startTandem(opts: {
  config: Config;
  logger?: Logger;
  clientDir?: string;
  host?: string;
  /** Tests drive the schedule themselves. */
  scheduler?: boolean;
}): Promise<RunningApp> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const connection = await connectDatabase(config.MONGODB_URI, logger);
  const models = createModels(connection);
  await syncAllIndexes(models);

  const lifecycle = new StoreLifecycle(logger);
  const queue = new JobQueue(models, { logger });
  let runner: JobRunner | null = null;
  const purgePersonalData = config.UNINSTALL_DATA_POLICY === 'purge_personal_data';
  const observers = new SyncObservers();
  observers.register(loyaltyObserver(models));
  const sync = new SyncService({
    config,
    models,
    logger,
    observers,
    queue,
    async onAppUninstalled(storeHash) {
      await recordUninstall(models, storeHash, { purgePersonalData });
      await lifecycle.uninstalled(storeHash, { purgePersonalData });
    },
  });
  const deps: AppDeps = {
    config,
    models,
    logger,
    lifecycle,
    clientDir: opts.clientDir ?? defaultClientDir(),
    jobs: { queue, wake: () => runner?.wake() },
    sync,
  };
  lifecycle.register(storeInfoOnInstall(deps));
  lifecycle.register(sync.lifecycleListener());

  if (config.WORKER_CONCURRENCY > 0) {
    runner = new JobRunner(queue, sync.handlers(), { concurrency: config.WORKER_CONCURRENCY, logger });
    runner.start();
  }
  let tick: NodeJS.Timeout | null = null;
  if (opts.scheduler !== false) {
    tick = setInterval(() => {
      sync.scheduleDue().then(
        (n) => n > 0 && runner?.wake(),
        (err) => logger.warn('scheduler tick failed', { err }),
      );
    }, SCHEDULER_TICK_MS);
    tick.unref();
  }

  const app = createApp(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, opts.host ?? '0.0.0.0', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;

  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    connection,
    server,
    runner,
    async close() {
      if (tick) clearInterval(tick);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await runner?.stop();
      await sync.flush().catch((err) => logger.warn('could not write webhook stats on shutdown', { err }));
      await connection.close();
    },
  };
}
