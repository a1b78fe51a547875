// Production entry point: configuration strictly from the environment.
import { startTandem } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './lib/logger.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const logger = createLogger(config.LOG_LEVEL);
const running = await startTandem({ config, logger });
logger.info('Tandem listening', { url: running.url, appUrl: config.APP_URL });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    running.close().then(
      () => process.exit(0),
      (err) => {
        logger.error('shutdown failed', { err });
        process.exit(1);
      },
    );
  });
}
