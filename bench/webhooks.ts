// Webhook acknowledgement under load: deliveries per second and p50/p99
// latency of POST /webhooks, against a no-op Express route measured in the
// same run. Target: p99 under 50 ms at 500 deliveries/s, every delivery stored.
//
//   npm run bench:webhooks [-- --rate 500 --seconds 10]
import express from 'express';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { startTandem } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
import { decryptSecret } from '../server/lib/crypto.js';
import { silentLogger } from '../server/lib/logger.js';
import { WEBHOOK_SECRET_HEADER } from '../server/webhooks/scopes.js';
import { startSimulator } from '../simulator/index.js';
import { freePort } from '../scripts/free-port.js';
import { simulatorAppEnv } from '../scripts/sim-env.js';
import { benchDatabase, fmt, machine, percentile } from './lib.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const RATE = arg('rate', 500);
const SECONDS = arg('seconds', 10);

interface LoadResult {
  latencies: number[];
  statuses: Record<string, number>;
  elapsed: number;
}

function load(url: string, headers: Record<string, string>, bodies: string[], rate: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./loadgen-worker.mjs', import.meta.url), { workerData: { url, rate, seconds, headers, bodies } });
    w.once('message', (m) => {
      resolve(m as LoadResult);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

function summarize(name: string, r: LoadResult) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return { name, sent: r.latencies.length, perSecond: r.latencies.length / r.elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, statuses: r.statuses };
}

const { uri, db } = await benchDatabase(`bench_webhooks_${Date.now()}`);
const clientId = 'bench-client';
const clientSecret = randomBytes(24).toString('hex');
const port = await freePort();
const sim = await startSimulator({ clientId, clientSecret, appUrl: `http://127.0.0.1:${port}`, webhookDelivery: false });
// Acknowledgement only (no workers): processing is measured by the backfill benchmark.
const config = loadConfig(simulatorAppEnv({ simulatorUrl: sim.url, port, mongoUri: uri, clientId, clientSecret, extra: { WORKER_CONCURRENCY: '0' } }));
const app = await startTandem({ config, logger: silentLogger, host: '127.0.0.1', scheduler: false });

const store = sim.control.createStore({ name: 'Bench Store' });
const { authUrl } = sim.control.beginInstall(store.hash);
await fetch(authUrl, { redirect: 'manual' });
const stored = await app.deps.models.Store.findOne({ storeHash: store.hash }).lean();
const secret = decryptSecret(stored!.webhookSecretEnc!, config.TOKEN_ENCRYPTION_KEY, `webhook:${store.hash}`);

const total = RATE * SECONDS;
const now = Math.floor(Date.now() / 1000);
const bodies = Array.from({ length: total }, (_, i) => {
  const data = { type: 'order', id: 100_000 + i };
  return JSON.stringify({ scope: 'store/order/updated', store_id: '1', data, hash: createHash('sha1').update(JSON.stringify(data)).digest('hex'), created_at: now, producer: `stores/${store.hash}` });
});

const noop = express();
noop.post('/noop', express.json(), (_req, res) => {
  res.json({ ok: true });
});
const noopServer = noop.listen(0, '127.0.0.1');
await new Promise((r) => noopServer.once('listening', r));
const noopUrl = `http://127.0.0.1:${(noopServer.address() as AddressInfo).port}/noop`;

// Warm up both (JIT, connection pools), with bodies that are not counted.
await load(noopUrl, {}, bodies.slice(0, 200), 200, 1);
const warm = bodies.slice(0, 200).map((b) => b.replace('"created_at":', '"created_at":1'));
await load(`${app.url}/webhooks`, { [WEBHOOK_SECRET_HEADER]: secret }, warm, 200, 1);
const jobsBefore = await app.deps.models.Job.countDocuments({ storeHash: store.hash });

const baseline = summarize('no-op Express route', await load(noopUrl, {}, bodies, RATE, SECONDS));
const webhooks = summarize('POST /webhooks', await load(`${app.url}/webhooks`, { [WEBHOOK_SECRET_HEADER]: secret }, bodies, RATE, SECONDS));
const storedCount = (await app.deps.models.Job.countDocuments({ storeHash: store.hash })) - jobsBefore;

console.log(`\nWebhook acknowledgement: ${RATE}/s offered for ${SECONDS} s (${total} deliveries), ${machine()}, database ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'local FerretDB 1.24 (SQLite)'}\n`);
console.log('| route | answered/s | p50 ms | p99 ms | max ms | statuses |');
console.log('|:--|--:|--:|--:|--:|:--|');
for (const r of [baseline, webhooks]) {
  console.log(`| ${r.name} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${JSON.stringify(r.statuses)} |`);
}
console.log(`\np99 ratio to baseline: ${fmt(webhooks.p99 / baseline.p99)}×; p50 ratio: ${fmt(webhooks.p50 / baseline.p50)}×`);
console.log(`stored: ${storedCount} of ${total} deliveries (${storedCount === total ? 'all' : 'MISSING ' + (total - storedCount)})`);
console.log(`target p99 < 50 ms at ${RATE}/s: ${webhooks.p99 < 50 && storedCount === total ? 'met' : 'NOT met'}`);

noopServer.close();
await app.close();
await sim.close();
await db?.stop();
