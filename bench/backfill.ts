// Backfill of a store's order history at a Standard-plan rate limit (150
// requests per window; the 30 s window is scaled down so the run takes under a
// minute). Reports API requests used against the minimum
// (ceil(orders/250) + orders with a coupon), 429s, wall time against the
// quota-bound minimum, and peak memory.
//
//   npm run bench:backfill [-- --orders 10000 --window-ms 6000]
import { randomBytes } from 'node:crypto';
import { startTandem } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
import { JobRunner } from '../server/jobs/queue.js';
import { silentLogger } from '../server/lib/logger.js';
import { JOB_TYPES } from '../server/sync/service.js';
import { startSimulator } from '../simulator/index.js';
import { freePort } from '../scripts/free-port.js';
import { simulatorAppEnv } from '../scripts/sim-env.js';
import { benchDatabase, fmt, machine } from './lib.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const ORDERS = arg('orders', 10_000);
const WINDOW_MS = arg('window-ms', 6_000);
const QUOTA = arg('quota', 150);
const COUPON_SHARE = 0.1;

const { uri, db } = await benchDatabase(`bench_backfill_${Date.now()}`);
const clientId = 'bench-client';
const clientSecret = randomBytes(24).toString('hex');
const port = await freePort();
const sim = await startSimulator({ clientId, clientSecret, appUrl: `http://127.0.0.1:${port}`, webhookDelivery: false, rateLimit: { quota: QUOTA, windowMs: WINDOW_MS } });
// The backfill runs alone below (no workers), so its requests are the only ones counted.
const config = loadConfig(simulatorAppEnv({ simulatorUrl: sim.url, port, mongoUri: uri, clientId, clientSecret, extra: { WORKER_CONCURRENCY: '0' } }));
const app = await startTandem({ config, logger: silentLogger, host: '127.0.0.1', scheduler: false });

// A store with ORDERS orders over the last year, 10% of them with a promotion code.
const store = sim.control.createStore({ name: 'Backfill Bench' });
const promo = sim.control.createPromotion(store.hash, {
  name: 'BENCH 10% off',
  redemption_type: 'COUPON',
  rules: [{ action: { cart_value: { discount: { percentage_amount: '10' } } } }],
});
sim.control.createPromotionCode(store.hash, promo.id, { code: 'BENCH10', max_uses: 0, max_uses_per_customer: 0 });
const product = sim.control.createProduct(store.hash, { name: 'Bench Tent', price: 199 } as never);
const seedStart = Date.now();
let withCoupon = 0;
for (let i = 0; i < ORDERS; i++) {
  const coupon = i % Math.round(1 / COUPON_SHARE) === 0;
  if (coupon) withCoupon++;
  sim.control.createOrder(store.hash, {
    email: `shopper${i}@example.com`,
    lineItems: [{ productId: product.id, quantity: 1 + (i % 3) }],
    shippingCents: 799,
    taxCents: 1_200,
    statusId: 10,
    ...(coupon ? { couponCode: 'BENCH10' } : {}),
  });
}
const seedMs = Date.now() - seedStart;

const { authUrl } = sim.control.beginInstall(store.hash);
await fetch(authUrl, { redirect: 'manual' });
// Start from a fresh window, as a long-idle store would.
await new Promise((r) => setTimeout(r, WINDOW_MS + 100));
sim.control.resetRequestCount(store.hash);
const rateLimitedBefore = sim.control.rateLimitedCount(store.hash);

const handlers = app.deps.sync.handlers();
const runner = new JobRunner(app.deps.jobs.queue, { [JOB_TYPES.backfill]: handlers[JOB_TYPES.backfill]! }, { concurrency: 1, logger: silentLogger });
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const started = Date.now();
runner.start();
let state;
for (;;) {
  state = await app.deps.models.BackfillState.findById(store.hash).lean();
  if (state?.status === 'done' || state?.status === 'failed') break;
  await new Promise((r) => setTimeout(r, 100));
}
const wallMs = Date.now() - started;
clearInterval(sampler);
await runner.stop();

const requests = sim.control.requestCount(store.hash);
const rateLimited = sim.control.rateLimitedCount(store.hash) - rateLimitedBefore;
const minimumRequests = Math.ceil(ORDERS / 250) + withCoupon;
// The other phases and the order count cost a few fixed requests: count, refunds, customers, subscribers, products.
const overhead = requests - minimumRequests;
const minimumMs = Math.floor((minimumRequests - 1) / QUOTA) * WINDOW_MS;
const stored = await app.deps.models.OrderMirror.countDocuments({ storeHash: store.hash });
const couponsStored = await app.deps.models.OrderMirror.countDocuments({ storeHash: store.hash, 'coupons.0': { $exists: true } });

console.log(`\nBackfill: ${ORDERS} orders (${withCoupon} with a coupon), quota ${QUOTA} requests per ${WINDOW_MS} ms window (Standard plan, time ×${fmt(30_000 / WINDOW_MS, 1)}), ${machine()}`);
console.log(`database ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'local FerretDB 1.24 (SQLite)'}; simulator seeded in ${seedMs} ms\n`);
console.log('| figure | measured | baseline | ratio | target |');
console.log('|:--|--:|--:|--:|:--|');
console.log(`| API requests | ${requests} | ${minimumRequests} (ceil(orders/250) + coupon orders) | ${fmt(requests / minimumRequests, 3)}× | ≤ 1.05× |`);
console.log(`| 429 responses | ${rateLimited} | 0 | | 0 |`);
console.log(`| wall time | ${fmt(wallMs / 1000, 1)} s | ${fmt(minimumMs / 1000, 1)} s (quota-bound minimum) | ${fmt(wallMs / minimumMs, 3)}× | ≤ 1.10× |`);
console.log(`| peak memory (RSS) | ${fmt(peakRss / 2 ** 20, 0)} MiB | ${fmt(rssBefore / 2 ** 20, 0)} MiB before | +${fmt((peakRss - rssBefore) / 2 ** 20, 0)} MiB | |`);
console.log(`\nrequests beyond the minimum: ${overhead} (order count, refunds list, customers, subscribers, products pages)`);
console.log(`stored: ${stored} orders, ${couponsStored} with coupon codes; backfill ${state?.status}${state?.error ? ': ' + state.error : ''}`);

await app.close();
await sim.close();
await db?.stop();
