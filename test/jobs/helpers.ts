// Shared by the job tests: a fresh database per test file, and worker child processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { inject } from 'vitest';
import { repoRoot, withDatabase } from '../../scripts/local-db.js';
import { jobModels, type JobModels } from '../../server/jobs/model.js';

export interface JobsDb {
  uri: string;
  conn: Connection;
  models: JobModels;
  close(): Promise<void>;
}

export async function openJobsDb(): Promise<JobsDb> {
  const uri = withDatabase(inject('mongoUri'), `jobs_test_${randomBytes(6).toString('hex')}`);
  const conn = await mongoose.createConnection(uri, { autoIndex: false }).asPromise();
  const models = jobModels(conn);
  for (const model of Object.values(models)) await model.createIndexes();
  return {
    uri,
    conn,
    models,
    async close() {
      await conn.dropDatabase().catch(() => undefined);
      await conn.close();
    },
  };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  opts: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 50));
  }
}

export interface WorkerProcess {
  workerId: string;
  child: ChildProcess;
  /** SIGKILL: the process dies mid-whatever, like a crashed dyno. */
  kill(): Promise<void>;
  /** SIGTERM: stops its runner gracefully. */
  stop(): Promise<void>;
}

const workerEntry = path.join(repoRoot, 'test', 'jobs', 'worker-process.ts');

/** Starts `test/jobs/worker-process.ts` and resolves once its runner is running. */
export async function startWorkerProcess(
  uri: string,
  workerId: string,
  opts: { concurrency?: number; leaseMs?: number; pollMs?: number } = {},
): Promise<WorkerProcess> {
  const flags = Object.entries(opts).map(([k, v]) => `--${k}=${v}`);
  const child = spawn(process.execPath, ['--import', 'tsx', workerEntry, uri, workerId, ...flags], {
    cwd: repoRoot,
    // stdin stays open as a lifeline: the worker exits when it closes.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let onStartupExit: (code: number | null) => void = () => undefined;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker ${workerId} did not start within 15 s`));
    }, 15_000);
    onStartupExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`worker ${workerId} exited during start-up (code ${code})`));
    };
    child.once('exit', onStartupExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
  }).finally(() => child.off('exit', onStartupExit));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    workerId,
    child,
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (running()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
