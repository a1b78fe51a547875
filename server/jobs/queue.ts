// Durable jobs on MongoDB (FerretDB in development, tests and CI), shared by
// any number of app processes. Every event and every scheduled sync is a job.
//
// Why not Agenda: it claims jobs with findOneAndUpdate, which FerretDB 1.x does
// not perform atomically (two workers can both claim one job), and it would add
// a second scheduling model beside ours.
//
// Guarantees:
// - Enqueueing is idempotent: `key` is unique, so the same key twice makes one
//   job (`created: false` the second time).
// - One worker at a time: a job runs under a lease (`leaseMs`) that its runner
//   renews while the handler works (heartbeats). When a worker dies or stalls
//   past its lease, another worker takes the job up.
// - Exactly once in effect: an outcome (done, failed, or a retry scheduled
//   with backoff) is written only by the lease holder, and once written that
//   run is over for good. A job runs again only for a scheduled retry, a retry
//   from the UI, or because its worker died or lost its lease before writing
//   the outcome.
// - Bounded retries: up to `maxAttempts` (default 5) with backoff; a
//   PermanentJobError fails at once. Failed jobs are kept with their error and
//   can be retried from the UI (scoped by store).
// Leases compare the clocks of different processes: skew must stay well below
// leaseMs (NTP-synced hosts are fine).
//
// The handler contract that makes "in effect" hold: a handler may be run again
// after it had partly or even wholly done its work (its worker crashed before
// the outcome was written), so handlers are idempotent: they write with
// upserts keyed by what they apply, compare before they change, or check that
// the work is still wanted. They watch `ctx.signal`: it aborts when the lease
// is lost (another worker may be running the job now), the job is cancelled
// (store uninstalled) or the runner is shutting down; after that nothing the
// handler returns is recorded.
//
// How claims stay exclusive on FerretDB, whose updates are not atomic: every
// change of a job's state is a unique insert into its transition log (log.ts);
// the job document is a projection of that log. A claim is written to the log
// only; the document shows `running` from the job's first heartbeat (after at
// most a second), so short jobs cost a single document update (their outcome),
// which matters on FerretDB, where each update scans the whole collection.
// Other workers that still see such a job as `queued` lose the race for it at
// the log and leave it alone until its lease could have expired.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { silentLogger, type Logger } from '../lib/logger.js';
import { JOB_STATUSES, purgeFinishedJobs, type JobDoc, type JobModels, type JobState, type JobStatus } from './model.js';
import { JobLog, isDuplicateKeyError, stateOf, type Versioned } from './log.js';

export type { JobStatus } from './model.js';

export interface JobRecord {
  id: string;
  storeHash: string;
  type: string;
  key: string;
  payload: unknown;
  status: JobStatus;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  result: unknown;
}

export interface JobContext {
  job: JobRecord;
  /** Aborted (with a JobAbortedError as reason) when the lease is lost, the job is cancelled or the runner stops. */
  signal: AbortSignal;
  /** Renews the lease now (the runner also does it every heartbeatMs). Rejects with the abort reason once the lease is lost. */
  heartbeat(): Promise<void>;
  logger: Logger;
}

/** Runs a job; returns a small summary of what it did (kept as the job's `result`). */
export type JobHandler = (payload: any, ctx: JobContext) => Promise<unknown>;

/** Thrown by a handler when trying again cannot help: the job fails without retries. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

export type JobAbortReason = 'lease-lost' | 'cancelled' | 'runner-stopped';

/** The reason of a job's aborted signal. */
export class JobAbortedError extends Error {
  constructor(readonly reason: JobAbortReason) {
    super(
      reason === 'cancelled'
        ? 'The job was cancelled'
        : reason === 'lease-lost'
          ? 'The job lease was lost; another worker may run it'
          : 'The job runner is stopping',
    );
    this.name = 'JobAbortedError';
  }
}

export interface EnqueueInput {
  storeHash: string;
  type: string;
  /** Idempotency key, unique across all stores: include the store hash (e.g. `${storeHash}:order:123:created`). */
  key: string;
  payload?: unknown;
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Default 5. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
const MAX_RESULT_BYTES = 16_384;
const MAX_ERROR_CHARS = 2_000;

type Clock = () => Date;

export class JobQueue {
  /** @internal shared with JobRunner */
  readonly log: JobLog;
  readonly logger: Logger;
  readonly now: Clock;
  private readonly enqueueListeners = new Set<() => void>();

  constructor(
    readonly models: JobModels,
    opts: { logger?: Logger; now?: Clock } = {},
  ) {
    this.log = new JobLog(models);
    this.logger = opts.logger ?? silentLogger;
    this.now = opts.now ?? (() => new Date());
  }

  /** Called after this process enqueues or re-queues jobs; runners use it to poll at once. Returns an unsubscribe. */
  onEnqueued(listener: () => void): () => void {
    this.enqueueListeners.add(listener);
    return () => this.enqueueListeners.delete(listener);
  }

  async enqueue(input: EnqueueInput): Promise<{ created: boolean; id: string }> {
    const doc = this.newJob(input);
    try {
      await this.models.Job.create(doc);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      const existing = await this.models.Job.findOne({ key: input.key }, { _id: 1, storeHash: 1 }).lean();
      if (!existing) throw err; // purged between the insert and the read: surface the original error
      // Keys are global: one that two stores share is a bug in how the caller builds keys.
      if (existing.storeHash !== input.storeHash) throw new Error(`enqueue: key ${input.key} belongs to another store's job`);
      return { created: false, id: String(existing._id) };
    }
    this.notifyEnqueued();
    return { created: true, id: String(doc._id) };
  }

  /** Enqueues many jobs in one round trip; keys that already exist are skipped. Returns how many were created. */
  async enqueueMany(inputs: EnqueueInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    const docs = inputs.map((i) => this.newJob(i));
    let created: number;
    try {
      created = (await this.models.Job.insertMany(docs, { ordered: false })).length;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      created = (err as { insertedDocs?: unknown[] }).insertedDocs?.length ?? 0;
    }
    if (created > 0) this.notifyEnqueued();
    return created;
  }

  /**
   * Enqueues many jobs in one round trip and says, for each, whether it was
   * created (false: its key existed already). The webhook intake's group commit.
   */
  async enqueueBatch(inputs: EnqueueInput[]): Promise<boolean[]> {
    if (inputs.length === 0) return [];
    const created = inputs.map(() => true);
    try {
      await this.models.Job.insertMany(inputs.map((i) => this.newJob(i)), { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ index?: number; err?: { index?: number } }> }).writeErrors;
      if (!isDuplicateKeyError(err) || !writeErrors?.length) throw err;
      for (const we of writeErrors) {
        if (!isDuplicateKeyError(we.err ?? we)) throw err;
        created[(we.index ?? we.err?.index)!] = false;
      }
    }
    if (created.some(Boolean)) this.notifyEnqueued();
    return created;
  }

  /**
   * On uninstall: cancels the store's queued and running jobs. A running job's
   * handler learns it at its next heartbeat (its signal aborts) and its outcome
   * is discarded. Returns how many jobs were cancelled.
   */
  async cancelStore(storeHash: string): Promise<number> {
    const docs = await this.models.Job.find(
      { storeHash, status: { $in: ['queued', 'running'] } },
      { payload: 0, result: 0 },
    ).lean();
    let cancelled = 0;
    for (const doc of docs) {
      const now = this.now();
      const { written } = await this.log.transition(
        doc._id,
        { version: doc.version, state: stateOf(doc) },
        (s) =>
          s.status === 'queued' || s.status === 'running'
            ? { ...s, status: 'cancelled', lockedBy: null, lockedUntil: null, finishedAt: now }
            : null,
        'cancel',
        now,
      );
      if (written) cancelled++;
    }
    if (cancelled > 0) this.logger.info('cancelled jobs of store', { storeHash, cancelled });
    return cancelled;
  }

  /** Puts a failed job of this store back in the queue with its attempts reset. False if there is no such failed job. */
  async retry(storeHash: string, jobId: string): Promise<boolean> {
    if (!isObjectIdString(jobId)) return false;
    const doc = await this.models.Job.findOne({ _id: new Types.ObjectId(jobId), storeHash }, { payload: 0 }).lean();
    if (!doc) return false;
    const now = this.now();
    const { written } = await this.log.transition(
      doc._id,
      { version: doc.version, state: stateOf(doc) },
      (s) =>
        s.status === 'failed'
          ? { ...s, status: 'queued', attempts: 0, runAt: now, lockedBy: null, lockedUntil: null, finishedAt: null }
          : null,
      'retry',
      now,
    );
    if (written) this.notifyEnqueued();
    return written !== null;
  }

  /** A store's jobs for the UI: finished ones most recent first, pending ones in run order, all: newest first. */
  async list(storeHash: string, opts: { status?: JobStatus; limit?: number } = {}): Promise<JobRecord[]> {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 50), 1), 500);
    const filter: Record<string, unknown> = { storeHash };
    let sort: Record<string, 1 | -1> = { _id: -1 };
    if (opts.status) {
      filter.status = opts.status;
      sort = opts.status === 'queued' || opts.status === 'running' ? { runAt: 1, _id: 1 } : { finishedAt: -1, _id: -1 };
    }
    const docs = await this.models.Job.find(filter).sort(sort).limit(limit).lean();
    return docs.map(toJobRecord);
  }

  async counts(storeHash: string): Promise<Record<JobStatus, number>> {
    const rows = await this.models.Job.aggregate<{ _id: JobStatus; n: number }>([
      { $match: { storeHash } },
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]);
    const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
    for (const r of rows) if (r._id in counts) counts[r._id] = r.n;
    return counts;
  }

  /** Deletes done and cancelled jobs that finished before `olderThan` (failed ones stay). Runners call it periodically. */
  purgeFinishedJobs(olderThan: Date): Promise<number> {
    return purgeFinishedJobs(this.models, olderThan);
  }

  /** One job of a store, or null. */
  async get(storeHash: string, jobId: string): Promise<JobRecord | null> {
    if (!isObjectIdString(jobId)) return null;
    const doc = await this.models.Job.findOne({ _id: new Types.ObjectId(jobId), storeHash }).lean();
    return doc ? toJobRecord(doc) : null;
  }

  private newJob(input: EnqueueInput): JobDoc {
    for (const field of ['storeHash', 'type', 'key'] as const) {
      if (typeof input[field] !== 'string' || input[field].length === 0) throw new Error(`enqueue: ${field} is required`);
    }
    const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('enqueue: maxAttempts must be an integer ≥ 1');
    const now = this.now();
    const doc: JobDoc = {
      _id: new Types.ObjectId(),
      storeHash: input.storeHash,
      type: input.type,
      key: input.key,
      status: 'queued',
      runAt: input.runAt ?? now,
      attempts: 0,
      maxAttempts,
      createdAt: now,
      version: 0,
    };
    if (input.payload !== undefined && input.payload !== null) doc.payload = input.payload;
    return doc;
  }

  private notifyEnqueued(): void {
    for (const listener of this.enqueueListeners) listener();
  }
}

export interface JobRunnerOptions {
  /** Names this runner in `lockedBy`; must be unique among live runners. Default host:pid:random. */
  workerId?: string;
  /** Jobs run at once by this process. Default 4. */
  concurrency?: number;
  /** How long a claim holds without a heartbeat. Default 30 s. */
  leaseMs?: number;
  /** Default leaseMs / 3. */
  heartbeatMs?: number;
  /** Wait after a poll that found nothing. Default 250 ms. */
  pollMs?: number;
  /**
   * Consecutive empty polls wait longer, doubling from pollMs up to this
   * (default 2 s): an idle queue costs little (on FerretDB every poll reads the
   * whole collection). wake() and finishing jobs poll at once regardless.
   */
  maxIdlePollMs?: number;
  /** Delay before retry number `attempt` (1 = after the first failure). Default: defaultBackoff. */
  backoff?: (attempt: number) => number;
  /** How long stop() waits for running jobs. Default 10 s. */
  stopTimeoutMs?: number;
  /** Done and cancelled jobs older than this are deleted. Default 7 days. */
  purgeFinishedAfterMs?: number;
  /** How often to purge. Default 1 h; 0 disables. */
  purgeEveryMs?: number;
  logger?: Logger;
}

/** min(2^attempt s, 10 min), with the upper half jittered so that retries of a burst spread out. */
export function defaultBackoff(attempt: number): number {
  const base = Math.min(2 ** attempt * 1000, 10 * 60_000);
  return Math.round(base / 2 + Math.random() * (base / 2));
}

/** A job this process holds a lease on. */
interface Run {
  jobId: Types.ObjectId;
  doc: JobDoc;
  /** The latest version of the job's log, written by us. */
  version: number;
  state: JobState;
  controller: AbortController;
  logger: Logger;
  /** Heartbeats run one after another: each appends to the log after the previous one. */
  heartbeats: Promise<void>;
  /** When the lease was last renewed (ms since epoch, this process's clock). */
  renewedAt: number;
  heartbeatTimer: NodeJS.Timeout | null;
  /** The handler returned: no more heartbeats, the outcome write follows. */
  closing: boolean;
  /** Someone else wrote the job's next version (took over the lease, or cancelled it). */
  lost: boolean;
  /** stop() gave up waiting: the outcome is not written; the lease expires. */
  abandoned: boolean;
  finished: Promise<void>;
}

/** The first heartbeat comes early so that a job running for more than this shows as running. */
const SHOW_RUNNING_AFTER_MS = 1_000;
/**
 * How long a scan's candidates are tried before scanning again. A scan is the
 * expensive part of claiming on FerretDB (it reads documents until it has found
 * enough), while a stale candidate only costs one failed insert.
 */
const CANDIDATES_TTL_MS = 5_000;
/** Candidates fetched per scan, per concurrency slot. */
const CANDIDATES_PER_SLOT = 16;

export class JobRunner {
  readonly workerId: string;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly pollMs: number;
  private readonly maxIdlePollMs: number;
  private readonly backoff: (attempt: number) => number;
  private readonly stopTimeoutMs: number;
  private readonly purgeFinishedAfterMs: number;
  private readonly purgeEveryMs: number;
  private readonly logger: Logger;
  private readonly types: string[];

  private readonly running = new Map<string, Run>();
  /** Jobs whose claim we lost to another worker: when to look again (ms since epoch), unless the document moves past `version` first. */
  private readonly held = new Map<string, { until: number; version: number }>();
  /** Due jobs from the last scan, in random order (so that workers scanning the same jobs rarely collide). */
  private candidates: JobDoc[] = [];
  private candidatesAt = 0;

  private readonly wakeup = new Wakeup();
  /** Polls in a row that found nothing to claim. */
  private idlePolls = 0;
  private loopDone: Promise<void> | null = null;
  private stopping = false;
  private stopped: Promise<void> | null = null;
  private purgeTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly queue: JobQueue,
    private readonly handlers: Record<string, JobHandler>,
    opts: JobRunnerOptions = {},
  ) {
    this.workerId = opts.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.concurrency = opts.concurrency ?? 4;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.heartbeatMs = opts.heartbeatMs ?? Math.floor(this.leaseMs / 3);
    this.pollMs = opts.pollMs ?? 250;
    this.maxIdlePollMs = Math.max(this.pollMs, opts.maxIdlePollMs ?? 2_000);
    this.backoff = opts.backoff ?? defaultBackoff;
    this.stopTimeoutMs = opts.stopTimeoutMs ?? 10_000;
    this.purgeFinishedAfterMs = opts.purgeFinishedAfterMs ?? 7 * 24 * 3600_000;
    this.purgeEveryMs = opts.purgeEveryMs ?? 3600_000;
    this.logger = (opts.logger ?? queue.logger).child({ workerId: this.workerId });
    this.types = Object.keys(handlers);
    if (this.concurrency < 1) throw new Error('JobRunner: concurrency must be ≥ 1');
    if (this.heartbeatMs >= this.leaseMs) throw new Error('JobRunner: heartbeatMs must be shorter than leaseMs');
  }

  start(): void {
    if (this.loopDone) throw new Error('JobRunner: already started');
    this.unsubscribe = this.queue.onEnqueued(() => this.wake());
    this.loopDone = this.loop();
    if (this.purgeEveryMs > 0) {
      this.purgeTimer = setInterval(() => void this.purge(), this.purgeEveryMs);
      this.purgeTimer.unref();
    }
  }

  /** A job was enqueued in this process: poll now. */
  wake(): void {
    this.idlePolls = 0;
    this.wakeup.notify();
  }

  /**
   * Stops claiming and waits for running jobs to finish, up to stopTimeoutMs.
   * Jobs still running then are abandoned: their signals abort, their outcomes
   * are not written, and their leases expire so another worker takes them up.
   */
  stop(opts: { timeoutMs?: number } = {}): Promise<void> {
    if (!this.loopDone) return Promise.resolve();
    this.stopped ??= this.shutDown(opts.timeoutMs ?? this.stopTimeoutMs);
    return this.stopped;
  }

  private async shutDown(timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.wakeup.notify();
    await this.loopDone;
    const runs = [...this.running.values()];
    if (runs.length === 0) return;
    const allFinished = Promise.all(runs.map((r) => r.finished)).then(() => true);
    if (await Promise.race([allFinished, sleep(timeoutMs).then(() => false)])) return;
    const left = [...this.running.values()];
    for (const run of left) {
      run.abandoned = true;
      this.endHeartbeats(run);
      run.controller.abort(new JobAbortedError('runner-stopped'));
    }
    this.logger.warn('stopped with jobs still running; their leases will expire and another worker will take them up', {
      jobs: left.map((r) => String(r.jobId)),
    });
  }

  /**
   * For tests: resolves when no job this runner handles (of `storeHash`, if
   * given) is running or queued to run within `lookaheadMs` (default 1 s, so
   * that a retry due in a moment is waited for).
   */
  async drain(opts: { storeHash?: string; timeoutMs?: number; lookaheadMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    this.wake();
    for (;;) {
      const horizon = new Date(this.queue.now().getTime() + (opts.lookaheadMs ?? 1_000));
      const filter: Record<string, unknown> = {
        type: { $in: this.types },
        $or: [{ status: 'queued', runAt: { $lte: horizon } }, { status: 'running' }],
      };
      if (opts.storeHash) filter.storeHash = opts.storeHash;
      const pending = await this.queue.models.Job.countDocuments(filter);
      const runningHere = [...this.running.values()].filter((r) => !opts.storeHash || r.doc.storeHash === opts.storeHash);
      if (pending === 0 && runningHere.length === 0) return;
      if (Date.now() > deadline) throw new Error(`drain: timed out with ${pending} job(s) pending`);
      await sleep(100);
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      if (this.running.size < this.concurrency) {
        try {
          claimed = await this.fillSlots();
        } catch (err) {
          this.logger.error('claiming jobs failed', { err });
        }
      }
      if (this.stopping) break;
      // All slots busy: a finishing job wakes us. Nothing found: poll again after pollMs (longer when idle for a while).
      if (this.running.size >= this.concurrency) {
        await this.wakeup.wait(1_000);
      } else if (claimed === 0) {
        this.idlePolls++;
        await this.wakeup.wait(Math.min(this.pollMs * 2 ** (this.idlePolls - 1), this.maxIdlePollMs));
      } else {
        this.idlePolls = 0;
      }
    }
  }

  /** Claims jobs into free slots, from the last scan's candidates first; scans at most once. */
  private async fillSlots(): Promise<number> {
    let claimed = 0;
    let scanned = false;
    while (this.running.size < this.concurrency && !this.stopping) {
      let candidate = this.nextCandidate();
      if (!candidate) {
        if (scanned) break;
        await this.scan();
        scanned = true;
        candidate = this.nextCandidate();
        if (!candidate) break;
      }
      if (await this.tryClaim(candidate)) claimed++;
    }
    return claimed;
  }

  private nextCandidate(): JobDoc | undefined {
    if (Date.now() - this.candidatesAt > CANDIDATES_TTL_MS) this.candidates = [];
    for (;;) {
      const c = this.candidates.pop();
      if (!c || !this.running.has(String(c._id))) return c;
    }
  }

  /**
   * Finds due jobs: queued ones whose time has come and running ones whose
   * lease expired. No sort: on FerretDB a sort reads the whole collection on
   * every poll, while an unsorted query stops after `limit` matches; due jobs
   * come in insertion order, which is first come, first served.
   */
  private async scan(): Promise<void> {
    const now = this.queue.now();
    // Jobs we hold or know others hold may still look queued: ask for enough to get past them.
    const limit = this.concurrency * CANDIDATES_PER_SLOT + this.running.size + this.held.size;
    const docs = await this.queue.models.Job.find(
      {
        type: { $in: this.types },
        $or: [{ status: 'queued', runAt: { $lte: now } }, { status: 'running', lockedUntil: { $lt: now } }],
      },
      { result: 0 },
    )
      .limit(limit)
      .lean();
    const seen = new Set(docs.map((d) => String(d._id)));
    // A hold lasts while the job's document stays where we saw it; any newer state (a retry queued,
    // an outcome, a heartbeat) means the job moved on and is worth a fresh look.
    for (const d of docs) {
      const hold = this.held.get(String(d._id));
      if (hold && d.version > hold.version) this.held.delete(String(d._id));
    }
    for (const id of this.held.keys()) if (!seen.has(id)) this.held.delete(id);
    const nowMs = now.getTime();
    this.candidates = shuffle(
      docs.filter((d) => {
        const id = String(d._id);
        return !this.running.has(id) && (this.held.get(id)?.until ?? 0) <= nowMs;
      }),
    );
    this.candidatesAt = Date.now();
  }

  private async tryClaim(doc: JobDoc): Promise<boolean> {
    const id = String(doc._id);
    const now = this.queue.now();
    let current: Versioned = { version: doc.version, state: stateOf(doc) };
    if (this.held.has(id)) {
      // We lost this job to another worker earlier, so its log is ahead of the document: read where it is.
      current = await this.queue.log.latest(doc._id, current);
      if (current.version > doc.version && current.state.status !== 'running') await this.queue.log.project(doc._id, current);
    }
    const next = this.claimChange(doc, current.state, now);
    if (!next) {
      const until = current.state.status === 'running' ? current.state.lockedUntil?.getTime() : undefined;
      if (until !== undefined) this.held.set(id, { until, version: doc.version });
      else this.held.delete(id);
      return false;
    }
    if (!(await this.queue.log.append(doc._id, current.version + 1, next, this.workerId, now))) {
      // Another worker got there first; it probably runs the job now. Look again once its lease could have expired.
      this.held.set(id, { until: now.getTime() + this.leaseMs, version: doc.version });
      return false;
    }
    this.held.delete(id);
    const claimed = { version: current.version + 1, state: next };
    if (next.status === 'failed') {
      await this.queue.log.project(doc._id, claimed);
      this.logger.warn('job failed: its leases kept expiring', { jobId: id, type: doc.type, storeHash: doc.storeHash });
      return false;
    }
    this.launch(doc, claimed);
    return true;
  }

  /** What claiming a job in `s` writes, or null if it is not claimable. */
  private claimChange(doc: JobDoc, s: JobState, now: Date): JobState | null {
    const claim: JobState = {
      ...s,
      status: 'running',
      attempts: s.attempts + 1,
      lockedBy: this.workerId,
      lockedUntil: new Date(now.getTime() + this.leaseMs),
      startedAt: now,
      finishedAt: null,
    };
    if (s.status === 'queued') return s.runAt <= now ? claim : null;
    if (s.status !== 'running' || !s.lockedUntil || s.lockedUntil >= now) return null;
    // The holder died or stalled. A job that keeps killing its workers must not do so forever.
    if (s.attempts >= doc.maxAttempts) {
      return {
        ...s,
        status: 'failed',
        lockedBy: null,
        lockedUntil: null,
        finishedAt: now,
        lastError: `Lease expired on attempt ${s.attempts} of ${doc.maxAttempts} (worker ${s.lockedBy} died or stalled)`,
      };
    }
    return claim;
  }

  private launch(doc: JobDoc, claimed: Versioned): void {
    const run: Run = {
      jobId: doc._id,
      doc,
      version: claimed.version,
      state: claimed.state,
      controller: new AbortController(),
      logger: this.logger.child({ jobId: String(doc._id), type: doc.type, storeHash: doc.storeHash, attempt: claimed.state.attempts }),
      heartbeats: Promise.resolve(),
      renewedAt: Date.now(),
      heartbeatTimer: null,
      closing: false,
      lost: false,
      abandoned: false,
      finished: Promise.resolve(),
    };
    this.running.set(String(doc._id), run);
    run.finished = this.execute(run)
      .catch((err) => run.logger.error('job runner error', { err }))
      .finally(() => {
        this.endHeartbeats(run);
        this.running.delete(String(doc._id));
        this.wakeup.notify();
      });
  }

  private async execute(run: Run): Promise<void> {
    const handler = this.handlers[run.doc.type];
    const ctx: JobContext = {
      job: toJobRecord({ ...run.doc, ...run.state, version: run.version }),
      signal: run.controller.signal,
      heartbeat: () => this.heartbeat(run, false),
      logger: run.logger,
    };
    this.scheduleHeartbeat(run, Math.min(this.heartbeatMs, SHOW_RUNNING_AFTER_MS));
    let outcome: JobState;
    try {
      if (!handler) throw new PermanentJobError(`No handler for job type ${run.doc.type}`);
      const result = await handler(run.doc.payload, ctx);
      outcome = { ...run.state, status: 'done', result: summarize(result), lockedBy: null, lockedUntil: null, finishedAt: this.queue.now() };
    } catch (err) {
      outcome = this.failure(run, err);
    }
    this.endHeartbeats(run);
    await run.heartbeats;
    if (run.abandoned) return;
    if (run.lost) {
      run.logger.warn('job lost its lease while running; its outcome is discarded', { reason: abortReason(run) });
      return;
    }
    await this.writeOutcome(run, outcome);
  }

  private failure(run: Run, err: unknown): JobState {
    const now = this.queue.now();
    const lastError = describeError(err);
    const base = { ...run.state, lockedBy: null, lockedUntil: null, lastError };
    if (!(err instanceof PermanentJobError) && run.state.attempts < run.doc.maxAttempts) {
      return { ...base, status: 'queued', runAt: new Date(now.getTime() + this.backoff(run.state.attempts)) };
    }
    return { ...base, status: 'failed', finishedAt: now };
  }

  private async writeOutcome(run: Run, outcome: JobState): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.appendAsHolder(run, outcome);
        if (!res.ok) {
          run.logger.warn('job lost its lease before its outcome was written; the outcome is discarded', {
            nowHeldAs: res.competitor?.status,
          });
          return;
        }
        break;
      } catch (err) {
        if (attempt >= 3) {
          run.logger.error('could not write the job outcome; the job will run again once its lease expires', { err });
          return;
        }
        await sleep(500 * attempt);
      }
    }
    // The log has the outcome; if this projection fails, the next reader repairs the document.
    await this.queue.log.project(run.jobId, { version: run.version, state: run.state }).catch((err) => {
      run.logger.warn('could not update the job document (the log has the outcome)', { err });
    });
    if (outcome.status === 'done') run.logger.debug('job done');
    else if (outcome.status === 'queued') run.logger.warn('job failed; will retry', { runAt: outcome.runAt, error: outcome.lastError });
    else run.logger.error('job failed', { error: outcome.lastError });
    if (outcome.status === 'queued') this.wakeup.notify();
  }

  /**
   * Appends the job's next version as its lease holder. An earlier append of
   * ours that reported an error may have landed: then the version is ours, and
   * we move past it instead of mistaking it for someone else's.
   */
  private async appendAsHolder(run: Run, state: JobState): Promise<{ ok: true } | { ok: false; competitor: JobState | null }> {
    for (;;) {
      const now = this.queue.now();
      if (await this.queue.log.append(run.jobId, run.version + 1, state, this.workerId, now)) {
        run.version++;
        run.state = state;
        return { ok: true };
      }
      const existing = await this.queue.log.authorOf(run.jobId, run.version + 1);
      if (!existing || existing.by !== this.workerId) return { ok: false, competitor: existing?.state ?? null };
      run.version++;
      run.state = existing.state;
      if (existing.state.status !== 'running') return { ok: true }; // our outcome, written by an earlier try
    }
  }

  /**
   * Renews the lease. Handlers may call it as often as they like (e.g. once per
   * item): a renewal closer than a third of heartbeatMs to the previous one is
   * skipped, since every renewal is two writes.
   */
  private heartbeat(run: Run, fromTimer: boolean): Promise<void> {
    const due = fromTimer || Date.now() - run.renewedAt >= this.heartbeatMs / 3;
    if (due && !run.lost && !run.closing && !run.abandoned) {
      run.heartbeats = run.heartbeats.then(() => this.extendLease(run));
    }
    return run.heartbeats.then(() => {
      if (run.lost || run.abandoned) throw run.controller.signal.reason;
    });
  }

  private scheduleHeartbeat(run: Run, delayMs: number): void {
    run.heartbeatTimer = setTimeout(() => {
      run.heartbeatTimer = null;
      void this.heartbeat(run, true)
        .catch(() => undefined)
        .finally(() => {
          if (!run.closing && !run.lost && !run.abandoned) this.scheduleHeartbeat(run, this.heartbeatMs);
        });
    }, delayMs);
  }

  private endHeartbeats(run: Run): void {
    run.closing = true;
    if (run.heartbeatTimer) clearTimeout(run.heartbeatTimer);
    run.heartbeatTimer = null;
  }

  /** Never rejects: heartbeats run in a chain. */
  private async extendLease(run: Run): Promise<void> {
    if (run.lost || run.closing || run.abandoned) return;
    const now = this.queue.now();
    try {
      const res = await this.appendAsHolder(run, { ...run.state, status: 'running', lockedUntil: new Date(now.getTime() + this.leaseMs) });
      run.renewedAt = Date.now();
      if (!res.ok) {
        this.loseLease(run, res.competitor?.status === 'cancelled' ? 'cancelled' : 'lease-lost');
        return;
      }
    } catch (err) {
      run.logger.warn('heartbeat failed', { err });
      // Without a renewal we cannot tell whether the lease is still ours once it has run out.
      if (run.state.lockedUntil && this.queue.now() >= run.state.lockedUntil) this.loseLease(run, 'lease-lost');
      return;
    }
    // Shows the job as running (with its lease) in the document.
    await this.queue.log.project(run.jobId, { version: run.version, state: run.state }).catch((err) => {
      run.logger.warn('could not update the job document', { err });
    });
  }

  private loseLease(run: Run, reason: JobAbortReason): void {
    run.lost = true;
    if (run.heartbeatTimer) clearTimeout(run.heartbeatTimer);
    run.heartbeatTimer = null;
    run.logger.warn(reason === 'cancelled' ? 'job cancelled while running' : 'job lease lost');
    run.controller.abort(new JobAbortedError(reason));
  }

  private async purge(): Promise<void> {
    try {
      const olderThan = new Date(this.queue.now().getTime() - this.purgeFinishedAfterMs);
      const deleted = await this.queue.purgeFinishedJobs(olderThan);
      if (deleted > 0) this.logger.info('purged finished jobs', { deleted });
    } catch (err) {
      this.logger.warn('purging finished jobs failed', { err });
    }
  }
}

export function toJobRecord(doc: JobDoc): JobRecord {
  return {
    id: String(doc._id),
    storeHash: doc.storeHash,
    type: doc.type,
    key: doc.key,
    payload: doc.payload ?? null,
    ...stateOf(doc),
    maxAttempts: doc.maxAttempts,
    createdAt: doc.createdAt,
  };
}

function isObjectIdString(id: string): boolean {
  return typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id);
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const head = (err.stack ?? '').split('\n').slice(1, 6).join('\n');
    return `${err.name}: ${err.message}${head ? '\n' + head : ''}`.slice(0, MAX_ERROR_CHARS);
  }
  return String(err).slice(0, MAX_ERROR_CHARS);
}

/** Results are summaries; anything large or not plain data is not kept. */
function summarize(result: unknown): unknown {
  if (result === undefined) return null;
  let json: string | undefined;
  try {
    json = JSON.stringify(result);
  } catch {
    return { omitted: 'result is not plain data' };
  }
  if (json === undefined) return null;
  if (json.length > MAX_RESULT_BYTES) return { omitted: `result larger than ${MAX_RESULT_BYTES} bytes` };
  return JSON.parse(json) as unknown;
}

function abortReason(run: Run): JobAbortReason | undefined {
  const reason: unknown = run.controller.signal.reason;
  return reason instanceof JobAbortedError ? reason.reason : undefined;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets the runner loop sleep until woken (a job finished, a job was enqueued, stop) or a timeout. */
class Wakeup {
  private pending = false;
  private wakeWaiter: (() => void) | null = null;

  notify(): void {
    if (this.wakeWaiter) this.wakeWaiter();
    else this.pending = true;
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeWaiter = null;
        resolve();
      }, ms);
      this.wakeWaiter = () => {
        this.wakeWaiter = null;
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
