// The job queue's behaviour on the real local database, with runners in this
// process: idempotent enqueueing, results, retries with backoff, permanent
// failures, retry from the UI scoped by store, cancellation on uninstall,
// leases, listing and purging.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { purgeFinishedJobs } from '../../server/jobs/model.js';
import {
  defaultBackoff,
  JobAbortedError,
  JobQueue,
  JobRunner,
  PermanentJobError,
  type JobHandler,
  type JobRunnerOptions,
} from '../../server/jobs/queue.js';
import { openJobsDb, waitFor, type JobsDb } from './helpers.js';

let db: JobsDb;
let queue: JobQueue;
const runners: JobRunner[] = [];

beforeAll(async () => {
  db = await openJobsDb();
  queue = new JobQueue(db.models);
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop({ timeoutMs: 2_000 })));
});
afterAll(async () => {
  await db?.close();
});

function startRunner(handlers: Record<string, JobHandler>, opts: JobRunnerOptions & { queue?: JobQueue } = {}): JobRunner {
  const runner = new JobRunner(opts.queue ?? queue, handlers, { pollMs: 20, maxIdlePollMs: 100, purgeEveryMs: 0, ...opts });
  runners.push(runner);
  runner.start();
  return runner;
}

const jobOf = async (storeHash: string, id: string) => (await queue.get(storeHash, id))!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('enqueue', () => {
  it('creates one job per key, however often the key is enqueued', async () => {
    const first = await queue.enqueue({ storeHash: 'enq', type: 'noop', key: 'enq:order:1', payload: { orderId: 1 } });
    const again = await queue.enqueue({ storeHash: 'enq', type: 'noop', key: 'enq:order:1', payload: { orderId: 1 } });
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, id: first.id });
    expect(await db.models.Job.countDocuments({ key: 'enq:order:1' })).toBe(1);
    expect(await jobOf('enq', first.id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      maxAttempts: 5,
      payload: { orderId: 1 },
      lockedBy: null,
      lastError: null,
      result: null,
    });

    const created = await queue.enqueueMany([
      { storeHash: 'enq', type: 'noop', key: 'enq:order:1' },
      { storeHash: 'enq', type: 'noop', key: 'enq:order:2' },
      { storeHash: 'enq', type: 'noop', key: 'enq:order:3' },
      { storeHash: 'enq', type: 'noop', key: 'enq:order:2' },
    ]);
    expect(created).toBe(2);
    expect(await db.models.Job.countDocuments({ storeHash: 'enq' })).toBe(3);
  });

  it('enqueueBatch says for each job whether it was created', async () => {
    await queue.enqueue({ storeHash: 'batch', type: 'noop', key: 'batch:1' });
    const created = await queue.enqueueBatch([
      { storeHash: 'batch', type: 'noop', key: 'batch:1' },
      { storeHash: 'batch', type: 'noop', key: 'batch:2' },
      { storeHash: 'batch', type: 'noop', key: 'batch:2' },
      { storeHash: 'batch', type: 'noop', key: 'batch:3' },
    ]);
    expect(created).toEqual([false, true, false, true]);
    expect(await db.models.Job.countDocuments({ storeHash: 'batch' })).toBe(3);
  });

  it('refuses a job without a key, and a key another store already uses', async () => {
    await expect(queue.enqueue({ storeHash: 'enq', type: 'noop', key: '' })).rejects.toThrow(/key/);
    await expect(queue.enqueue({ storeHash: 'enq-other', type: 'noop', key: 'enq:order:1' })).rejects.toThrow(/another store/);
  });
});

describe('running jobs', () => {
  it('runs a job once and keeps its result', async () => {
    const calls: unknown[] = [];
    const runner = startRunner({
      'count.orders': async (payload, ctx) => {
        calls.push(payload);
        expect(ctx.job).toMatchObject({ storeHash: 'run1', attempts: 1, status: 'running' });
        return { counted: 3 };
      },
    });
    const { id } = await queue.enqueue({ storeHash: 'run1', type: 'count.orders', key: 'run1:count', payload: { since: 'x' } });
    await runner.drain({ storeHash: 'run1' });
    await sleep(200); // a few more polls: nothing runs it again

    expect(calls).toEqual([{ since: 'x' }]);
    const job = await jobOf('run1', id);
    expect(job).toMatchObject({ status: 'done', attempts: 1, result: { counted: 3 }, lockedBy: null, lockedUntil: null });
    expect(job.finishedAt!.getTime()).toBeGreaterThanOrEqual(job.startedAt!.getTime());
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const callTimes: number[] = [];
    const backoffAsked: number[] = [];
    const runner = startRunner(
      {
        flaky: async () => {
          callTimes.push(Date.now());
          if (callTimes.length < 3) throw new Error(`upstream timeout #${callTimes.length}`);
          return { ok: true };
        },
      },
      {
        backoff: (attempt) => {
          backoffAsked.push(attempt);
          return 150 * attempt;
        },
      },
    );
    const { id } = await queue.enqueue({ storeHash: 'run2', type: 'flaky', key: 'run2:flaky' });
    await runner.drain({ storeHash: 'run2', timeoutMs: 10_000 });

    expect(backoffAsked).toEqual([1, 2]);
    expect(callTimes[1]! - callTimes[0]!).toBeGreaterThanOrEqual(150);
    expect(callTimes[2]! - callTimes[1]!).toBeGreaterThanOrEqual(300);
    const job = await jobOf('run2', id);
    expect(job).toMatchObject({ status: 'done', attempts: 3, result: { ok: true } });
    expect(job.lastError).toMatch(/^Error: upstream timeout #2/);
  });

  it('fails at once on a PermanentJobError and keeps the error', async () => {
    let calls = 0;
    const runner = startRunner({
      strict: async () => {
        calls++;
        throw new PermanentJobError('Order 42 does not exist');
      },
    });
    const { id } = await queue.enqueue({ storeHash: 'run3', type: 'strict', key: 'run3:strict' });
    await runner.drain({ storeHash: 'run3' });

    expect(calls).toBe(1);
    const job = await jobOf('run3', id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1, lockedBy: null });
    expect(job.lastError).toMatch(/^PermanentJobError: Order 42 does not exist\n\s+at /);
    expect(job.finishedAt).toBeInstanceOf(Date);
  });

  it('fails once the attempts run out', async () => {
    const runner = startRunner(
      {
        broken: async () => {
          throw new Error('always broken');
        },
      },
      { backoff: () => 10 },
    );
    const { id } = await queue.enqueue({ storeHash: 'run4', type: 'broken', key: 'run4:broken', maxAttempts: 3 });
    await runner.drain({ storeHash: 'run4' });
    expect(await jobOf('run4', id)).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('does not run a job before its time (clock injected)', async () => {
    let clock = new Date('2030-01-01T00:00:00Z');
    const clocked = new JobQueue(db.models, { now: () => clock });
    let calls = 0;
    startRunner({ later: async () => ++calls }, { queue: clocked });
    const { id } = await clocked.enqueue({
      storeHash: 'run5',
      type: 'later',
      key: 'run5:later',
      runAt: new Date(clock.getTime() + 3600_000),
    });
    await sleep(300);
    expect(calls).toBe(0);
    clock = new Date(clock.getTime() + 3600_000);
    await waitFor('the job to run', async () => (await jobOf('run5', id)).status === 'done');
    expect(calls).toBe(1);
  });
});

describe('retry from the UI', () => {
  it('re-queues a failed job of the store, which then succeeds; other stores cannot touch it', async () => {
    let upstreamDown = true;
    let calls = 0;
    const runner = startRunner({
      push: async () => {
        calls++;
        if (upstreamDown) throw new PermanentJobError('Upstream rejected the request');
        return { pushed: true };
      },
    });
    const { id } = await queue.enqueue({ storeHash: 'ui1', type: 'push', key: 'ui1:push' });
    await runner.drain({ storeHash: 'ui1' });
    expect(await jobOf('ui1', id)).toMatchObject({ status: 'failed', attempts: 1 });

    // Another store, a malformed id, or an unknown id: nothing happens.
    expect(await queue.retry('ui2', id)).toBe(false);
    expect(await queue.retry('ui1', 'not-an-id')).toBe(false);
    expect(await queue.retry('ui1', '0123456789abcdef01234567')).toBe(false);
    expect(await queue.get('ui2', id)).toBeNull();
    await sleep(100);
    expect(await jobOf('ui1', id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(calls).toBe(1);

    upstreamDown = false;
    expect(await queue.retry('ui1', id)).toBe(true);
    await runner.drain({ storeHash: 'ui1' });
    expect(calls).toBe(2);
    const job = await jobOf('ui1', id);
    expect(job).toMatchObject({ status: 'done', attempts: 1, result: { pushed: true } });
    // Only failed jobs can be retried.
    expect(await queue.retry('ui1', id)).toBe(false);
  });
});

describe('cancelStore (uninstall)', () => {
  it("cancels the store's queued jobs, and a running job's signal aborts at its next heartbeat", async () => {
    let started = false;
    let abortedWith: unknown = null;
    startRunner(
      {
        'sync.products': async (_payload, ctx) => {
          started = true;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 10_000);
            ctx.signal.addEventListener('abort', () => {
              clearTimeout(timer);
              abortedWith = ctx.signal.reason;
              resolve();
            });
          });
          return { finished: true };
        },
      },
      { leaseMs: 900, heartbeatMs: 300 },
    );
    const later = new Date(Date.now() + 3600_000);
    const running = await queue.enqueue({ storeHash: 'bye', type: 'sync.products', key: 'bye:sync' });
    const queued = await queue.enqueue({ storeHash: 'bye', type: 'sync.products', key: 'bye:later', runAt: later });
    const otherStore = await queue.enqueue({ storeHash: 'stay', type: 'sync.products', key: 'stay:later', runAt: later });
    await waitFor('the sync to start', async () => started);

    const cancelledAt = Date.now();
    expect(await queue.cancelStore('bye')).toBe(2);
    await waitFor('the running sync to be aborted', async () => abortedWith !== null, { timeoutMs: 3_000 });
    expect(Date.now() - cancelledAt).toBeLessThan(1_500);
    expect(abortedWith).toBeInstanceOf(JobAbortedError);
    expect((abortedWith as JobAbortedError).reason).toBe('cancelled');

    await sleep(300); // the handler returned: its outcome must not be written
    expect(await jobOf('bye', running.id)).toMatchObject({ status: 'cancelled', result: null });
    expect(await jobOf('bye', queued.id)).toMatchObject({ status: 'cancelled', attempts: 0 });
    expect(await jobOf('stay', otherStore.id)).toMatchObject({ status: 'queued' });
    expect(await queue.cancelStore('bye')).toBe(0);
  });
});

describe('leases', () => {
  it('a worker whose lease ran out does not write its outcome; the worker that took over does', async () => {
    // Worker "behind" runs two minutes late: every lease it takes is already
    // over for everyone else, like a worker that stalled.
    const behind = new JobQueue(db.models, { now: () => new Date(Date.now() - 120_000) });
    let abortedWith: unknown = null;
    let behindStarted = false;
    startRunner(
      {
        work: async (_p, ctx) => {
          behindStarted = true;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 8_000);
            ctx.signal.addEventListener('abort', () => {
              clearTimeout(timer);
              abortedWith = ctx.signal.reason;
              resolve();
            });
          });
          return { by: 'behind' };
        },
      },
      { queue: behind, workerId: 'behind', leaseMs: 3_000, heartbeatMs: 500 },
    );
    const { id } = await queue.enqueue({
      storeHash: 'lease',
      type: 'work',
      key: 'lease:work',
      runAt: new Date(Date.now() - 300_000),
    });
    await waitFor('the late worker to start', async () => behindStarted);

    startRunner({ work: async () => ({ by: 'on-time' }) }, { workerId: 'on-time', leaseMs: 1_000 });
    const done = await waitFor(
      'the job to be done',
      async () => {
        const job = await jobOf('lease', id);
        return job.status === 'done' ? job : null;
      },
      { timeoutMs: 8_000 },
    );
    expect(done).toMatchObject({ attempts: 2, result: { by: 'on-time' } });
    await waitFor('the late worker to notice', async () => abortedWith !== null, { timeoutMs: 3_000 });
    expect((abortedWith as JobAbortedError).reason).toBe('lease-lost');
    await sleep(200);
    expect(await jobOf('lease', id)).toMatchObject({ status: 'done', result: { by: 'on-time' } });
  });
});

describe('listing, counting and purging', () => {
  it("lists and counts a store's jobs, and purges finished ones but keeps failures", async () => {
    const runner = startRunner({
      ok: async (p: { n: number }) => ({ n: p.n }),
      bad: async () => {
        throw new PermanentJobError('nope');
      },
    });
    await queue.enqueueMany([
      { storeHash: 'ls', type: 'ok', key: 'ls:ok:1', payload: { n: 1 } },
      { storeHash: 'ls', type: 'ok', key: 'ls:ok:2', payload: { n: 2 } },
      { storeHash: 'ls', type: 'bad', key: 'ls:bad:1' },
      { storeHash: 'ls', type: 'ok', key: 'ls:ok:later', runAt: new Date(Date.now() + 3600_000) },
      { storeHash: 'ls-other', type: 'ok', key: 'ls-other:ok', payload: { n: 9 } },
    ]);
    await runner.drain({ storeHash: 'ls' });

    expect(await queue.counts('ls')).toEqual({ queued: 1, running: 0, done: 2, failed: 1, cancelled: 0 });
    const done = await queue.list('ls', { status: 'done' });
    expect(done.map((j) => j.key).sort()).toEqual(['ls:ok:1', 'ls:ok:2']);
    expect(done[0]!.finishedAt!.getTime()).toBeGreaterThanOrEqual(done[1]!.finishedAt!.getTime());
    expect(await queue.list('ls', { limit: 2 })).toHaveLength(2);
    expect((await queue.list('ls')).every((j) => j.storeHash === 'ls')).toBe(true);
    const [failed] = await queue.list('ls', { status: 'failed' });
    expect(failed).toMatchObject({ key: 'ls:bad:1', lastError: expect.stringMatching(/^PermanentJobError: nope/) });

    await runner.drain({ storeHash: 'ls-other' });
    const cutoff = new Date(Date.now() + 1_000);
    const purgeable = { status: { $in: ['done', 'cancelled'] }, finishedAt: { $lt: cutoff } };
    const doneIds = (await db.models.Job.find(purgeable, { _id: 1 }).lean()).map((j) => j._id);
    const deleted = await purgeFinishedJobs(db.models, cutoff);
    expect(deleted).toBe(doneIds.length);
    expect(deleted).toBeGreaterThanOrEqual(3);
    expect(await queue.counts('ls')).toEqual({ queued: 1, running: 0, done: 0, failed: 1, cancelled: 0 });
    expect(await db.models.JobTransition.countDocuments({ jobId: { $in: doneIds } })).toBe(0);
    expect(await db.models.Job.countDocuments({ status: 'failed' })).toBeGreaterThan(0);
  });
});

describe('defaultBackoff', () => {
  it('doubles from 2 s, jittered within the upper half, capped at 10 min', () => {
    for (let i = 0; i < 50; i++) {
      const first = defaultBackoff(1);
      expect(first).toBeGreaterThanOrEqual(1_000);
      expect(first).toBeLessThanOrEqual(2_000);
      const fifth = defaultBackoff(5);
      expect(fifth).toBeGreaterThanOrEqual(16_000);
      expect(fifth).toBeLessThanOrEqual(32_000);
      expect(defaultBackoff(30)).toBeLessThanOrEqual(600_000);
      expect(defaultBackoff(30)).toBeGreaterThanOrEqual(300_000);
    }
  });
});
