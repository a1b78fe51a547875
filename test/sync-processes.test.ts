// Two app processes share one database, as two dynos would: BigCommerce sends
// 1,000 events to one of them, both work through the queue, and every event is
// applied exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createModels, type Models } from '../server/db/models.js';
import { startSimulator, type Simulator } from '../simulator/index.js';
import { freePort } from '../scripts/free-port.js';
import { withDatabase } from '../scripts/local-db.js';
import { simulatorAppEnv } from '../scripts/sim-env.js';
import { exchangeCodeFrom } from './helpers/harness.js';

const EVENTS = 1_000;
let sim: Simulator;
let conn: Connection;
let models: Models;
const children: ChildProcess[] = [];

function startApp(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/app-process.ts', JSON.stringify(env)], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`app process exited with ${code}`)));
  });
}

beforeAll(async () => {
  const clientId = 'multi-process-client';
  const clientSecret = randomBytes(24).toString('hex');
  const [portA, portB] = [await freePort(), await freePort()];
  const mongoUri = withDatabase(inject('mongoUri'), `tandem_multi_${randomBytes(4).toString('hex')}`);
  sim = await startSimulator({ clientId, clientSecret, appUrl: `http://127.0.0.1:${portA}` });
  // Both share one configuration (secrets included); BigCommerce knows only A's URL.
  const env = simulatorAppEnv({ simulatorUrl: sim.url, port: portA, mongoUri, clientId, clientSecret, extra: { WORKER_CONCURRENCY: '3' } });
  await Promise.all([startApp(env), startApp({ ...env, PORT: String(portB) })]);
  conn = await mongoose.createConnection(mongoUri).asPromise();
  models = createModels(conn);
}, 120_000);

afterAll(async () => {
  for (const c of children) c.stdin?.end();
  await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
  await sim?.close();
});

const unfinished = (storeHash: string) => models.Job.countDocuments({ storeHash, status: { $in: ['queued', 'running'] } });

it(`applies ${EVENTS} webhook events across two processes with none applied twice`, async () => {
  const store = sim.control.createStore({ name: 'Busy Store' });
  sim.control.setRateLimit(store.hash, { quota: 100_000, windowMs: 1_000 });
  const { authUrl } = sim.control.beginInstall(store.hash);
  const res = await fetch(authUrl, { redirect: 'manual' });
  exchangeCodeFrom(res.headers.get('location'));
  await expect.poll(() => unfinished(store.hash), { timeout: 60_000, interval: 250 }).toBe(0);

  for (let i = 0; i < EVENTS; i++) {
    sim.control.createCustomer(store.hash, { email: `shopper${i}@example.com`, first_name: 'Shopper', last_name: String(i) });
  }
  await sim.control.waitForDeliveries(store.hash);
  await expect.poll(() => unfinished(store.hash), { timeout: 150_000, interval: 500 }).toBe(0);

  const jobs = await models.Job.find({ storeHash: store.hash, type: 'webhook' }, { status: 1, attempts: 1 }).lean();
  expect(jobs).toHaveLength(EVENTS);
  expect(jobs.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
  // The transition log records every claim (a running state with a new attempt number):
  // exactly one per job, by two different processes overall.
  const claims = await models.JobTransition.find({ jobId: { $in: jobs.map((j) => j._id) }, 'state.status': 'running' }, { jobId: 1, by: 1, 'state.attempts': 1 }).lean();
  const attemptsPerJob = new Map<string, Set<number>>();
  for (const c of claims) {
    const set = attemptsPerJob.get(String(c.jobId)) ?? new Set<number>();
    set.add(c.state.attempts);
    attemptsPerJob.set(String(c.jobId), set);
  }
  expect(attemptsPerJob.size).toBe(EVENTS);
  expect([...attemptsPerJob.values()].every((a) => a.size === 1 && a.has(1))).toBe(true);
  const workers = new Set(claims.map((c) => c.by.split(':').slice(0, 2).join(':')));
  expect(workers.size).toBeGreaterThanOrEqual(2);
  expect(await models.CustomerMirror.countDocuments({ storeHash: store.hash })).toBe(EVENTS);
}, 240_000);
