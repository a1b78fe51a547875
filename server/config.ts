// Configuration comes from the environment only, validated once at start-up.
// Every missing or invalid variable gets its own line in the error, so a
// deployment with three mistakes is fixed in one go, not three.
import { z } from 'zod';
import type { LogLevel } from './lib/logger.js';

const url = (name: string) =>
  z
    .string({ error: `${name} is required (an absolute URL)` })
    .url({ error: `${name} must be an absolute URL` })
    .transform((s) => s.replace(/\/+$/, ''));

/** 32-byte key given as 64 hex characters or as base64. */
const encryptionKey = z
  .string({ error: 'TOKEN_ENCRYPTION_KEY is required (32 bytes as 64 hex characters or base64)' })
  .transform((s, ctx) => {
    const key = /^[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
    if (key.length !== 32) {
      ctx.addIssue({
        code: 'custom',
        message: `TOKEN_ENCRYPTION_KEY must decode to 32 bytes (got ${key.length}); use 64 hex characters or base64`,
      });
      return z.NEVER;
    }
    return key;
  });

const schema = z.object({
  BC_CLIENT_ID: z.string({ error: 'BC_CLIENT_ID is required (the app client id from the Developer Portal)' }).min(1, 'BC_CLIENT_ID is empty'),
  BC_CLIENT_SECRET: z.string({ error: 'BC_CLIENT_SECRET is required (the app client secret from the Developer Portal)' }).min(1, 'BC_CLIENT_SECRET is empty'),
  APP_URL: url('APP_URL'),
  MONGODB_URI: z
    .string({ error: 'MONGODB_URI is required (mongodb:// or mongodb+srv:// URI with a database name)' })
    .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URI must start with mongodb:// or mongodb+srv://'),
  SESSION_SECRET: z
    .string({ error: 'SESSION_SECRET is required (at least 32 random characters)' })
    .min(32, 'SESSION_SECRET must be at least 32 characters'),
  TOKEN_ENCRYPTION_KEY: encryptionKey,
  BC_API_URL: url('BC_API_URL').default('https://api.bigcommerce.com'),
  BC_LOGIN_URL: url('BC_LOGIN_URL').default('https://login.bigcommerce.com'),
  PORT: z.coerce.number({ error: 'PORT must be a number' }).int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Space- or comma-separated origins allowed to frame the app (CSP frame-ancestors). */
  FRAME_ANCESTORS: z
    .string()
    .default('https://*.bigcommerce.com https://*.mybigcommerce.com')
    .transform((s) => s.split(/[\s,]+/).filter(Boolean)),
  /** What uninstall does with personal data (users' emails, contacts, customers): see README, "Data on uninstall". */
  UNINSTALL_DATA_POLICY: z
    .enum(['purge_personal_data', 'keep'], { error: 'UNINSTALL_DATA_POLICY must be purge_personal_data or keep' })
    .default('purge_personal_data'),
  /** Seconds between the end of one scheduled sync and the start of the next (per store, changeable in the UI). */
  SYNC_INTERVAL_SECONDS: z.coerce.number({ error: 'SYNC_INTERVAL_SECONDS must be a number' }).int().min(10).default(300),
  /** How far back the install backfill reads orders; unset reads all of them. */
  BACKFILL_ORDER_DAYS: z.coerce.number({ error: 'BACKFILL_ORDER_DAYS must be a number of days' }).int().positive().optional(),
  /** Job workers in this process (0 runs the web server only). */
  WORKER_CONCURRENCY: z.coerce.number({ error: 'WORKER_CONCURRENCY must be a number' }).int().min(0).max(32).default(4),
  SUPPORT_URL: url('SUPPORT_URL').default('https://github.com/tandem-app/tandem/issues'),
});

export type Config = Omit<z.output<typeof schema>, 'LOG_LEVEL'> & { LOG_LEVEL: LogLevel };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (a blank line in a .env file), so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => i.message));
  }
  return result.data;
}
