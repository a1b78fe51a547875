// A separate app process running jobs, for the multi-process tests:
//   node --import tsx test/jobs/worker-process.ts <mongoUri> <workerId> [--concurrency=4] [--leaseMs=30000] [--pollMs=250]
// Prints "READY" once its runner has started. Exits on SIGTERM (after stopping
// its runner) and when its stdin closes, so it never outlives the test run.
//
// Handlers record every execution as an insert into `executions` (one
// document per run: inserts are atomic on FerretDB, whereas concurrent $inc on
// one counter document lose updates there and would hide a double run).
import mongoose from 'mongoose';
import { silentLogger } from '../../server/lib/logger.js';
import { jobModels } from '../../server/jobs/model.js';
import { JobQueue, JobRunner, type JobHandler } from '../../server/jobs/queue.js';

const [uri, workerId, ...flags] = process.argv.slice(2);
if (!uri || !workerId) {
  console.error('usage: worker-process.ts <mongoUri> <workerId> [--name=value…]');
  process.exit(2);
}
const opt = (name: string, fallback: number): number => {
  const flag = flags.find((f) => f.startsWith(`--${name}=`));
  return flag ? Number(flag.slice(name.length + 3)) : fallback;
};

const conn = await mongoose.createConnection(uri, { autoIndex: false }).asPromise();
const executions = conn.collection('executions');

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

const handlers: Record<string, JobHandler> = {
  /** A short job: records its execution, then works for a few ms. */
  async record(payload: { sleepMs?: number }, ctx) {
    await executions.insertOne({ key: ctx.job.key, workerId, attempt: ctx.job.attempts, at: new Date() });
    await sleep(payload.sleepMs ?? 3);
    return { workerId };
  },
  /** A long job: records that it started, then works for `ms` unless its lease is lost. */
  async slow(payload: { ms: number }, ctx) {
    await executions.insertOne({ key: ctx.job.key, workerId, attempt: ctx.job.attempts, at: new Date() });
    await sleep(payload.ms, ctx.signal);
    return { workerId };
  },
};

const runner = new JobRunner(new JobQueue(jobModels(conn), { logger: silentLogger }), handlers, {
  workerId,
  concurrency: opt('concurrency', 4),
  leaseMs: opt('leaseMs', 30_000),
  pollMs: opt('pollMs', 250),
  purgeEveryMs: 0,
});
runner.start();
process.stdout.write('READY\n');

let exiting = false;
async function shutdown(code: number) {
  if (exiting) return;
  exiting = true;
  await runner.stop({ timeoutMs: 2_000 }).catch(() => undefined);
  await conn.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGTERM', () => void shutdown(0));
process.stdin.on('end', () => void shutdown(0));
process.stdin.resume();
