// Brings up a local MongoDB-compatible server (FerretDB 1.24, SQLite storage) for
// development, tests and CI, where no MongoDB can be installed. The binary is a
// small Go main (tools/ferretdb) around FerretDB's embeddable package, built on
// first use into .cache/ keyed by the hash of its sources, so a version bump in
// go.mod rebuilds it and an unchanged checkout never does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = path.join(repoRoot, 'tools', 'ferretdb');

export interface LocalDatabase {
  /** mongodb:// URI without a database name, ending in '/'. */
  uri: string;
  dataDir: string;
  stop(): Promise<void>;
}

function binaryPath(): string {
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(path.join(toolDir, f)));
  return path.join(repoRoot, '.cache', 'ferretdb', hash.digest('hex').slice(0, 16), 'tandem-ferretdb');
}

export function ensureFerretDbBinary(log: (msg: string) => void = console.log): string {
  const bin = binaryPath();
  if (existsSync(bin)) return bin;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(
      'MONGODB_URI is not set and Go is not installed, so the local FerretDB cannot be built. ' +
        'Install Go 1.22+ or set MONGODB_URI to a MongoDB server.',
    );
  }
  mkdirSync(path.dirname(bin), { recursive: true });
  log('Building the local database server (FerretDB 1.24) once; this takes a minute or two…');
  const res = spawnSync('go', ['build', '-trimpath', '-o', bin, '.'], {
    cwd: toolDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CGO_ENABLED: '0' },
  });
  if (res.status !== 0) throw new Error(`Building FerretDB failed (go build exited ${res.status}).`);
  return bin;
}

export async function startLocalDatabase(opts: {
  dataDir: string;
  fresh?: boolean;
  log?: (msg: string) => void;
}): Promise<LocalDatabase> {
  const bin = ensureFerretDbBinary(opts.log);
  if (opts.fresh) rmSync(opts.dataDir, { recursive: true, force: true });
  mkdirSync(opts.dataDir, { recursive: true });

  // stdin stays open as a lifeline: when this process dies, FerretDB sees EOF and exits.
  const child: ChildProcess = spawn(bin, ['-data', opts.dataDir, '-watch-stdin', '-log-level', 'error'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('FerretDB did not start within 30 s')), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited during start-up (code ${code})`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  child.removeAllListeners('exit');

  return {
    uri,
    dataDir: opts.dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** Appends a database name to a server URI, keeping any query string. */
export function withDatabase(uri: string, db: string): string {
  const u = new URL(uri);
  u.pathname = '/' + db;
  return u.toString();
}
