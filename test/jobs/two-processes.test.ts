// Two app processes share one queue of 1,000 jobs: every job is done, none
// runs twice, and both processes take a share of the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../server/jobs/queue.js';
import { openJobsDb, startWorkerProcess, waitFor, type JobsDb, type WorkerProcess } from './helpers.js';

const JOBS = 1_000;
let db: JobsDb;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  db = await openJobsDb();
  const started = await Promise.allSettled([
    startWorkerProcess(db.uri, 'worker-a', { concurrency: 4 }),
    startWorkerProcess(db.uri, 'worker-b', { concurrency: 4 }),
  ]);
  // Keep whichever started, so afterAll kills it even if the other failed.
  for (const s of started) if (s.status === 'fulfilled') workers.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await db?.close();
});

describe('two processes, one queue', () => {
  it(`runs ${JOBS} jobs exactly once between them`, { timeout: 120_000 }, async () => {
    const queue = new JobQueue(db.models);
    const created = await queue.enqueueMany(
      Array.from({ length: JOBS }, (_, i) => ({ storeHash: 'twoproc', type: 'record', key: `twoproc:${i}`, payload: { i } })),
    );
    expect(created).toBe(JOBS);

    // Every query on the jobs reads all 1,000 documents on FerretDB: while the
    // workers are busy, watch the much smaller executions collection instead.
    const executionsCol = db.conn.collection('executions');
    await waitFor('every job to have run', async () => (await executionsCol.estimatedDocumentCount()) >= JOBS, {
      timeoutMs: 100_000,
      everyMs: 1_000,
    });
    await waitFor('every outcome to be written', async () => (await queue.counts('twoproc')).done === JOBS, {
      timeoutMs: 10_000,
      everyMs: 250,
    });
    expect(await queue.counts('twoproc')).toEqual({ queued: 0, running: 0, done: JOBS, failed: 0, cancelled: 0 });

    // Every job ran once: one execution per key, and one claim per job.
    const executions = await db.conn.collection('executions').find({}).toArray();
    const runsPerKey = new Map<string, number>();
    for (const e of executions) runsPerKey.set(e.key as string, (runsPerKey.get(e.key as string) ?? 0) + 1);
    expect(runsPerKey.size).toBe(JOBS);
    expect([...runsPerKey.values()].filter((n) => n !== 1)).toEqual([]);
    expect(executions).toHaveLength(JOBS);
    const jobs = await db.models.Job.find({ storeHash: 'twoproc' }).lean();
    expect(jobs.filter((j) => j.attempts !== 1)).toEqual([]);

    // The recorded result names the worker that ran it.
    const ranBy = new Map(executions.map((e) => [e.key as string, e.workerId as string]));
    expect(jobs.filter((j) => (j.result as { workerId: string }).workerId !== ranBy.get(j.key))).toEqual([]);

    // Both processes did a real share.
    const perWorker = { 'worker-a': 0, 'worker-b': 0 } as Record<string, number>;
    for (const e of executions) perWorker[e.workerId as string] = (perWorker[e.workerId as string] ?? 0) + 1;
    console.log(`jobs per worker: ${JSON.stringify(perWorker)}`);
    expect(perWorker['worker-a']).toBeGreaterThan(JOBS / 10);
    expect(perWorker['worker-b']).toBeGreaterThan(JOBS / 10);
  });
});
