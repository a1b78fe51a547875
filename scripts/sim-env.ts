// The environment of an app that talks to the BigCommerce simulator: one place
// for the demo, the tests and the benchmarks. Fresh secrets unless given.
import { randomBytes } from 'node:crypto';

export function simulatorAppEnv(input: {
  simulatorUrl: string;
  port: number;
  mongoUri: string;
  clientId: string;
  clientSecret: string;
  /** Anything else (LOG_LEVEL, WORKER_CONCURRENCY, persisted secrets…). */
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    BC_CLIENT_ID: input.clientId,
    BC_CLIENT_SECRET: input.clientSecret,
    APP_URL: `http://127.0.0.1:${input.port}`,
    MONGODB_URI: input.mongoUri,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    BC_API_URL: input.simulatorUrl,
    BC_LOGIN_URL: input.simulatorUrl,
    PORT: String(input.port),
    LOG_LEVEL: 'silent',
    ...input.extra,
  };
}
