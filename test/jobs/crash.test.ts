// A process killed in the middle of a job: once its lease expires, another
// process takes the job up and finishes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../server/jobs/queue.js';
import { openJobsDb, startWorkerProcess, waitFor, type JobsDb, type WorkerProcess } from './helpers.js';

let db: JobsDb;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  db = await openJobsDb();
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await db?.close();
});

describe('a worker process dies mid-job', () => {
  it('another process takes the job up after the lease expires and finishes it', { timeout: 30_000 }, async () => {
    const queue = new JobQueue(db.models);
    const first = await startWorkerProcess(db.uri, 'doomed', { leaseMs: 1_500 });
    workers.push(first);

    const { id } = await queue.enqueue({ storeHash: 'crash', type: 'slow', key: 'crash:slow:1', payload: { ms: 3_000 } });
    // The job document shows `running` from its first heartbeat on.
    const running = await waitFor('the job to be running', async () => {
      const job = await queue.get('crash', id);
      return job?.status === 'running' ? job : null;
    });
    expect(running).toMatchObject({ lockedBy: 'doomed', attempts: 1 });

    await first.kill();
    const second = await startWorkerProcess(db.uri, 'rescuer', { leaseMs: 1_500 });
    workers.push(second);

    const done = await waitFor(
      'the job to be done',
      async () => {
        const job = await queue.get('crash', id);
        return job?.status === 'done' ? job : null;
      },
      { timeoutMs: 20_000, everyMs: 100 },
    );
    expect(done).toMatchObject({ attempts: 2, result: { workerId: 'rescuer' }, lockedBy: null, lastError: null });

    const runs = await db.conn.collection('executions').find({ key: 'crash:slow:1' }).sort({ attempt: 1 }).toArray();
    expect(runs.map((r) => [r.workerId, r.attempt])).toEqual([
      ['doomed', 1],
      ['rescuer', 2],
    ]);
  });
});
