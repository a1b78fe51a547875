// An operator deploying Tandem learns every configuration mistake at once, each
// in its own words, before the server starts.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.js';
import { decryptSecret, encryptSecret } from '../server/lib/crypto.js';
import { createLogger, redact } from '../server/lib/logger.js';

const valid = {
  BC_CLIENT_ID: 'client',
  BC_CLIENT_SECRET: 'secret',
  APP_URL: 'https://tandem.example.com/',
  MONGODB_URI: 'mongodb://localhost/tandem',
  SESSION_SECRET: 'x'.repeat(32),
  TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32),
};

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig(valid);
    expect(c.BC_API_URL).toBe('https://api.bigcommerce.com');
    expect(c.BC_LOGIN_URL).toBe('https://login.bigcommerce.com');
    expect(c.PORT).toBe(3000);
    expect(c.APP_URL).toBe('https://tandem.example.com');
    expect(c.TOKEN_ENCRYPTION_KEY).toHaveLength(32);
    expect(c.UNINSTALL_DATA_POLICY).toBe('purge_personal_data');
  });

  it('accepts the encryption key as base64 too', () => {
    expect(loadConfig({ ...valid, TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).TOKEN_ENCRYPTION_KEY).toEqual(Buffer.alloc(32, 7));
  });

  it('lists one clear message per missing or invalid variable', () => {
    try {
      loadConfig({ APP_URL: 'not a url', TOKEN_ENCRYPTION_KEY: 'short', PORT: 'eighty' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      for (const name of ['BC_CLIENT_ID', 'BC_CLIENT_SECRET', 'MONGODB_URI', 'SESSION_SECRET']) {
        expect(problems.some((p) => p.startsWith(`${name} is required`))).toBe(true);
      }
      expect(problems).toContain('APP_URL must be an absolute URL');
      expect(problems.some((p) => p.startsWith('TOKEN_ENCRYPTION_KEY must decode to 32 bytes'))).toBe(true);
      expect(problems).toContain('PORT must be a number');
      expect((err as Error).message.split('\n').length).toBe(problems.length + 1);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...valid, BC_API_URL: '' }).BC_API_URL).toBe('https://api.bigcommerce.com');
  });
});

describe('secrets at rest and in logs', () => {
  const key = Buffer.alloc(32, 1);
  it('round-trips a token and detects tampering or a record moved to another store', () => {
    const enc = encryptSecret('tok-123', key, 'store1');
    expect(enc).not.toContain('tok-123');
    expect(decryptSecret(enc, key, 'store1')).toBe('tok-123');
    expect(() => decryptSecret(enc, key, 'store2')).toThrow();
    const [v, iv, tag, ct] = enc.split(':');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString('base64url')].join(':'), key, 'store1')).toThrow();
    expect(encryptSecret('tok-123', key, 'store1')).not.toBe(enc);
  });

  it('redacts credentials from log lines, however nested', () => {
    expect(redact({ accessToken: 'a', nested: { client_secret: 'b', headers: { Authorization: 'c' } }, ok: 1 })).toEqual({
      accessToken: '[redacted]',
      nested: { client_secret: '[redacted]', headers: { Authorization: '[redacted]' } },
      ok: 1,
    });
    const lines: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (lines.push(s), true)) as typeof process.stdout.write;
    try {
      createLogger('info').info('installed', { access_token: 'leak-me' });
    } finally {
      process.stdout.write = orig;
    }
    expect(lines.join('')).not.toContain('leak-me');
  });
});
