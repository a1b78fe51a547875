import { Schema, Types, type Connection } from 'mongoose';
import { modelOn } from '../db/model.js';

/**
 * Durable jobs. Two collections:
 *
 * - `jobs`: one document per job, what the UI lists and the runner scans. Its
 *   mutable fields (`JobState`) plus `version` are a projection of the job's
 *   transition log, always written together in one update.
 * - `jobtransitions`: the log. Each change of a job's state is an insert of
 *   `{ _id: "<jobId>:<version>", state }`, version = previous + 1. The unique
 *   `_id` makes the insert a compare-and-set that FerretDB 1.x performs
 *   atomically (its conditional updates are not atomic: see log.ts), so the
 *   log, not the document, decides who holds a job. Version 0 is the state the
 *   job was enqueued with; it has no log entry.
 */

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The fields of a job that change over its life (everything else is fixed at enqueue). */
export interface JobState {
  status: JobStatus;
  runAt: Date;
  attempts: number;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  result: unknown;
}

type NullableStateField = 'lockedBy' | 'lockedUntil' | 'lastError' | 'startedAt' | 'finishedAt' | 'result';

/** A job document as stored (null fields may be missing). */
export interface JobDoc extends Omit<JobState, NullableStateField>, Partial<Pick<JobState, NullableStateField>> {
  _id: Types.ObjectId;
  storeHash: string;
  type: string;
  /** Idempotency key, unique across all stores: callers include the store hash in it. */
  key: string;
  payload?: unknown;
  maxAttempts: number;
  createdAt: Date;
  /** Version of the last transition applied to this document (0 = as enqueued). */
  version: number;
}

export interface JobTransitionDoc {
  /** `<jobId>:<version>`: unique, so only one writer can create each version. */
  _id: string;
  jobId: Types.ObjectId;
  version: number;
  /** The job's whole mutable state after this transition. */
  state: JobState;
  /** Who made it: a worker id, or 'cancel' / 'retry'. */
  by: string;
  at: Date;
}

// In job documents a null field is left out rather than stored (see JobLog.project):
// FerretDB stores each field's type next to its value and every update there
// scans the whole collection, so fewer fields make every write cheaper. Readers
// go through stateOf()/toJobRecord(), which turn a missing field into null.
const jobStateFields = {
  status: { type: String, enum: JOB_STATUSES, required: true },
  runAt: { type: Date, required: true },
  attempts: { type: Number, required: true },
  lockedBy: { type: String },
  lockedUntil: { type: Date },
  lastError: { type: String },
  startedAt: { type: Date },
  finishedAt: { type: Date },
  result: { type: Schema.Types.Mixed },
};

const jobSchema = new Schema<JobDoc>(
  {
    storeHash: { type: String, required: true },
    type: { type: String, required: true },
    key: { type: String, required: true },
    payload: { type: Schema.Types.Mixed },
    ...jobStateFields,
    maxAttempts: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  // Mixed payloads may be empty objects: keep them as they are.
  { minimize: false, versionKey: false },
);
// Claiming: due queued jobs and expired leases.
jobSchema.index({ status: 1, runAt: 1 });
// The UI: a store's jobs by status, most recently finished first.
jobSchema.index({ storeHash: 1, status: 1, finishedAt: -1 });
// Enqueueing the same key twice creates one job.
jobSchema.index({ key: 1 }, { unique: true });

const jobTransitionSchema = new Schema<JobTransitionDoc>(
  {
    _id: { type: String, required: true },
    jobId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
// Purging a finished job's log.
jobTransitionSchema.index({ jobId: 1 });

export function jobModels(conn: Connection) {
  return {
    Job: modelOn<JobDoc>(conn, 'Job', jobSchema),
    JobTransition: modelOn<JobTransitionDoc>(conn, 'JobTransition', jobTransitionSchema),
  };
}

export type JobModels = ReturnType<typeof jobModels>;

export const transitionId = (jobId: Types.ObjectId | string, version: number) => `${String(jobId)}:${version}`;

/**
 * Deletes done and cancelled jobs that finished before `olderThan`, with their
 * logs (FerretDB has no TTL indexes). Failed jobs stay until someone retries
 * them. Safe to run from several processes at once. Returns the jobs deleted.
 */
export async function purgeFinishedJobs(models: JobModels, olderThan: Date, batchSize = 500): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = await models.Job.find(
      { status: { $in: ['done', 'cancelled'] }, finishedAt: { $lt: olderThan } },
      { _id: 1 },
    )
      .limit(batchSize)
      .lean();
    if (batch.length === 0) return deleted;
    const ids = batch.map((j) => j._id);
    // The log first: a crash in between leaves a finished job without a log
    // (harmless, it is never written again), never a log without its job.
    await models.JobTransition.deleteMany({ jobId: { $in: ids } });
    const res = await models.Job.deleteMany({ _id: { $in: ids }, status: { $in: ['done', 'cancelled'] } });
    deleted += res.deletedCount;
    if (batch.length < batchSize) return deleted;
  }
}
