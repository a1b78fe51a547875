import { afterEach, describe, expect, it } from 'vitest';
import { BigCommerceClient, RateLimiter, limiterFor, type Permit } from '../../server/bigcommerce/index.js';
import { rlHeaders, startServer, type TestServer } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Unit tests on a fake clock

const flush = () => new Promise<void>((r) => setImmediate(r));

class FakeClock {
  t = 1_000_000;
  private timers: { at: number; resolve: () => void }[] = [];
  now = () => this.t;
  sleep = (ms: number) => new Promise<void>((resolve) => this.timers.push({ at: this.t + ms, resolve }));
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    await flush();
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.resolve();
      await flush();
    }
    this.t = target;
    await flush();
  }
  /** Runs until `p` settles, jumping from timer to timer. */
  async runUntil(p: Promise<unknown>): Promise<void> {
    let settled = false;
    void p.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let steps = 0; !settled && steps < 5_000_000; steps++) {
      await flush();
      if (settled) break;
      const next = Math.min(...this.timers.map((x) => x.at));
      await this.advance(Number.isFinite(next) ? Math.max(0, next - this.t) : 1);
    }
  }
}

const headers = (h: Record<string, number>) => new Headers(Object.entries(h).map(([k, v]): [string, string] => [k, String(v)]));

/** Acquire without awaiting; `granted` tells whether the permit arrived. */
function track(limiter: RateLimiter) {
  const state: { permit?: Permit; granted: boolean } = { granted: false };
  void limiter.acquire().then((p) => {
    state.permit = p;
    state.granted = true;
  });
  return state;
}

describe('RateLimiter (fake clock)', () => {
  it('sends one probe request until it has seen the rate-limit headers, then up to maxConcurrent', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ maxConcurrent: 3, now: clock.now, sleep: clock.sleep });
    const a = track(limiter);
    const b = track(limiter);
    await flush();
    expect([a.granted, b.granted]).toEqual([true, false]);
    a.permit!.release({ status: 200, headers: headers(rlHeaders(100, 20_000)) });
    const c = track(limiter);
    const d = track(limiter);
    const e = track(limiter);
    await flush();
    expect([b.granted, c.granted, d.granted, e.granted]).toEqual([true, true, true, false]);
  });

  it('counts in-flight requests against the observed budget', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ maxConcurrent: 10, tailFraction: 0, now: clock.now, sleep: clock.sleep });
    const probe = track(limiter);
    await flush();
    probe.permit!.release({ status: 200, headers: headers(rlHeaders(3, 1000, 20, 1000)) });
    const reqs = Array.from({ length: 5 }, () => track(limiter));
    await flush();
    expect(reqs.map((r) => r.granted)).toEqual([true, true, true, false, false]);
    expect(limiter.snapshot().available).toBe(0);
    // Nothing more until the window resets (plus a small margin)...
    await clock.advance(990);
    expect(reqs[3]!.granted).toBe(false);
    // ...then the full quota is assumed again.
    await clock.advance(30);
    expect(reqs.map((r) => r.granted)).toEqual([true, true, true, true, true]);
  });

  it('ignores a stale (out-of-order) response that reports more budget', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ maxConcurrent: 5, tailFraction: 0, now: clock.now, sleep: clock.sleep });
    const probe = track(limiter);
    await flush();
    probe.permit!.release({ status: 200, headers: headers(rlHeaders(10, 20_000, 20, 30_000)) });
    const a = track(limiter);
    const b = track(limiter);
    await flush();
    b.permit!.release({ status: 200, headers: headers(rlHeaders(8, 19_990, 20, 30_000)) });
    a.permit!.release({ status: 200, headers: headers(rlHeaders(9, 19_995, 20, 30_000)) });
    expect(limiter.snapshot().available).toBe(8);
  });

  it('a 429 holds every request until the announced reset', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    const first = track(limiter);
    await flush();
    first.permit!.release({ status: 429, headers: headers(rlHeaders(0, 500, 20, 1000)) });
    const next = track(limiter);
    await clock.advance(499);
    expect(next.granted).toBe(false);
    await clock.advance(20);
    expect(next.granted).toBe(true);
  });

  it('spreads the last part of the budget instead of firing it at once', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ maxConcurrent: 10, now: clock.now, sleep: clock.sleep });
    const probe = track(limiter);
    await flush();
    // 5 left of 100 per 1000 ms, 900 ms to go: below the 10 % tail, so spaced (at most window/quota = 10 ms apart).
    probe.permit!.release({ status: 200, headers: headers(rlHeaders(5, 900, 100, 1000)) });
    const grantedAt: number[] = [];
    for (let i = 0; i < 4; i++) void limiter.acquire().then(() => grantedAt.push(clock.t));
    await clock.advance(100);
    expect(grantedAt).toHaveLength(4);
    const gaps = grantedAt.slice(1).map((t, i) => t - grantedAt[i]!);
    gaps.forEach((g) => expect(g).toBeGreaterThanOrEqual(9));
    gaps.forEach((g) => expect(g).toBeLessThanOrEqual(11));
  });

  it('pause() holds requests; an aborted waiter leaves the queue', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    limiter.pause(300);
    const ac = new AbortController();
    const aborted = limiter.acquire(ac.signal);
    const waiting = track(limiter);
    ac.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await clock.advance(299);
    expect(waiting.granted).toBe(false);
    await clock.advance(1);
    expect(waiting.granted).toBe(true);
    expect(limiter.snapshot().queued).toBe(0);
  });

  it('limiterFor shares one limiter per API URL and store', () => {
    expect(limiterFor('https://api.test/', 'abc')).toBe(limiterFor('https://api.test', 'abc'));
    expect(limiterFor('https://api.test', 'abc')).not.toBe(limiterFor('https://api.test', 'def'));
  });
});

// ---------------------------------------------------------------------------------------------
// Against a real server with a strict fixed window

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Counts like BigCommerce: a window starts with the first request after the previous one ended. */
async function strictWindowServer(quota: number, windowMs: number, preUsed = 0) {
  const stats = { served: 0, rejected: 0, first: 0, last: 0 };
  let windowStart = Date.now();
  let used = preUsed;
  server = await startServer(() => {
    const now = Date.now();
    if (now >= windowStart + windowMs) {
      windowStart = now;
      used = 0;
    }
    const resetMs = windowStart + windowMs - now;
    if (used >= quota) {
      stats.rejected++;
      return { status: 429, headers: rlHeaders(0, resetMs, quota, windowMs) };
    }
    used++;
    stats.served++;
    stats.first ||= now;
    return {
      delayMs: 2 + Math.floor(Math.random() * 12), // uneven latency: responses come back out of order
      headers: rlHeaders(quota - used, resetMs, quota, windowMs),
      body: { time: 1 },
    };
  });
  return { url: server.url, stats };
}

async function runJob(client: BigCommerceClient, total: number, workers: number): Promise<number> {
  let started = 0;
  let lastDone = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (started < total) {
        started++;
        await client.request('GET', '/v2/time');
        lastDone = Date.now();
      }
    }),
  );
  return lastDone;
}

describe('RateLimiter against a strict fixed-window server', () => {
  it('100 requests, quota 20 per 1000 ms, 4 concurrent: zero 429s, within 1.15x of the quota-bound minimum', async () => {
    const quota = 20;
    const windowMs = 1000;
    const total = 100;
    const { url, stats } = await strictWindowServer(quota, windowMs);
    const client = new BigCommerceClient({
      apiUrl: url,
      storeHash: 'abc123',
      accessToken: 't',
      limiter: new RateLimiter({ maxConcurrent: 4 }),
      maxRetries: 0, // a 429 would fail the job
    });
    const end = await runJob(client, total, 4);
    const elapsed = end - stats.first;
    // Windows start at the first request, so the last batch cannot start before (ceil(100/20) - 1) windows.
    const minimum = (Math.ceil(total / quota) - 1) * windowMs;
    expect(stats.rejected).toBe(0);
    expect(stats.served).toBe(total);
    expect(elapsed).toBeGreaterThanOrEqual(minimum);
    expect(elapsed).toBeLessThanOrEqual(minimum * 1.15);
  });

  it('starts carefully when another client already spent most of the window', async () => {
    const { url, stats } = await strictWindowServer(10, 400, 8);
    const client = new BigCommerceClient({
      apiUrl: url,
      storeHash: 'abc123',
      accessToken: 't',
      limiter: new RateLimiter({ maxConcurrent: 4 }),
      maxRetries: 0,
    });
    await runJob(client, 25, 4);
    expect(stats.rejected).toBe(0);
    expect(stats.served).toBe(25);
  });
});

// ---------------------------------------------------------------------------------------------
// Production-sized backfill in simulated time

describe('RateLimiter, simulated 10,000-order backfill at 150 requests / 30 s', () => {
  it('uses the whole quota with zero 429s and finishes within 10% of the minimum', async () => {
    const clock = new FakeClock();
    const quota = 150;
    const windowMs = 30_000;
    let windowStart = -Infinity;
    let used = 0;
    const stats = { served: 0, rejected: 0, first: 0, last: 0 };
    const orders = 10_000;

    // BigCommerce on the fake clock: 20-200 ms latency, counted on arrival, fixed window from first request.
    const fetchImpl = (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      const latency = 20 + Math.floor(Math.random() * 180);
      await clock.sleep(latency / 2);
      const now = clock.now();
      if (now >= windowStart + windowMs) {
        windowStart = now;
        used = 0;
      }
      const reset = windowStart + windowMs - now;
      let res: Response;
      if (used >= quota) {
        stats.rejected++;
        res = new Response(null, { status: 429, headers: headers(rlHeaders(0, reset, quota, windowMs)) });
      } else {
        used++;
        stats.served++;
        stats.first ||= now;
        let body: unknown = [];
        if (url.pathname.endsWith('/v2/orders')) {
          const page = Number(url.searchParams.get('page'));
          const limit = Number(url.searchParams.get('limit'));
          const from = (page - 1) * limit;
          body = Array.from({ length: Math.max(0, Math.min(limit, orders - from)) }, (_, i) => ({ id: from + i + 1 }));
        }
        res = new Response(JSON.stringify(body), { status: 200, headers: headers(rlHeaders(quota - used, reset, quota, windowMs)) });
      }
      await clock.sleep(latency / 2);
      stats.last = clock.now();
      return res;
    }) as typeof fetch;

    const client = new BigCommerceClient({
      apiUrl: 'https://api.test',
      storeHash: 'abc123',
      accessToken: 't',
      limiter: new RateLimiter({ now: clock.now, sleep: clock.sleep }), // default concurrency 3
      fetchImpl,
      sleep: clock.sleep,
      maxRetries: 0,
    });

    // Backfill: page through orders, fetch each order's coupons, 3 workers.
    const job = (async () => {
      const queue: number[] = [];
      let listing = true;
      const workers = Array.from({ length: 3 }, async () => {
        while (listing || queue.length) {
          const id = queue.shift();
          if (id === undefined) {
            await clock.sleep(50);
            continue;
          }
          await client.getOrderCoupons(id);
        }
      });
      for await (const order of client.listOrders({ sort: 'id:asc' })) queue.push(order.id);
      listing = false;
      await Promise.all(workers);
    })();

    await clock.runUntil(job);
    await job;

    // 40 full pages + the empty 41st (a full last page must ask once more) + one coupon request per order
    expect(stats.rejected).toBe(0);
    expect(stats.served).toBe(41 + orders);
    const minimum = (Math.ceil(stats.served / quota) - 1) * windowMs;
    const elapsed = stats.last - stats.first;
    expect(elapsed).toBeLessThanOrEqual(minimum * 1.1);
  }, 60_000);
});
