// The job transition log: the one place that decides who may change a job.
//
// FerretDB 1.x runs every update (findAndModify included) as "read the
// matching document, then overwrite it by _id", with nothing in between to
// stop a second writer. Measured on the local database: eight concurrent
// claimers on two connections, each looping findOneAndUpdate on
// { status: 'queued' } → 'running', claimed 299 of 300 jobs twice; 200
// concurrent $inc on one document added 6. An insert against a unique index,
// though, is checked by SQLite itself, so it is a real compare-and-set (and it
// is one on MongoDB too). So every change of a job's state is an insert of
// version N+1 into the log; whoever inserts it made the change, everyone else
// gets a duplicate-key error and must look again. The job document is a
// projection of the log, written after the insert, and may lag behind it
// (or, on FerretDB, be overwritten by an older projection in a rare race);
// whoever finds the log ahead of the document repairs it.
import type { Types } from 'mongoose';
import type { JobDoc, JobModels, JobState } from './model.js';
import { transitionId } from './model.js';

/** A job's state at a given version of its log. */
export interface Versioned {
  version: number;
  state: JobState;
}

export function isDuplicateKeyError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; writeErrors?: Array<{ code?: unknown }> };
  if (e.code === 11000) return true;
  return Array.isArray(e.writeErrors) && e.writeErrors.length > 0 && e.writeErrors.every((w) => w.code === 11000);
}

/** Splits a document's fields into those to store and the null ones to leave out. */
export function splitNulls(fields: Record<string, unknown>): { set: Record<string, unknown>; unset: Record<string, ''> } {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined) unset[k] = '';
    else set[k] = v;
  }
  return { set, unset };
}

/** A job's state from a document or log entry in which null fields may be missing. */
export function stateOf(doc: Pick<JobDoc, 'status' | 'runAt' | 'attempts'> & Partial<JobState>): JobState {
  return {
    status: doc.status,
    runAt: doc.runAt,
    attempts: doc.attempts,
    lockedBy: doc.lockedBy ?? null,
    lockedUntil: doc.lockedUntil ?? null,
    lastError: doc.lastError ?? null,
    startedAt: doc.startedAt ?? null,
    finishedAt: doc.finishedAt ?? null,
    result: doc.result ?? null,
  };
}

export class JobLog {
  constructor(private readonly models: JobModels) {}

  /**
   * Appends `version` with `state`. True if this call created it; false if
   * that version already exists (someone else changed the job first).
   */
  async append(jobId: Types.ObjectId, version: number, state: JobState, by: string, at: Date): Promise<boolean> {
    try {
      await this.models.JobTransition.create({ _id: transitionId(jobId, version), jobId, version, state, by, at });
      return true;
    } catch (err) {
      if (isDuplicateKeyError(err)) return false;
      throw err;
    }
  }

  /** Who wrote `version`, if it exists. */
  async authorOf(jobId: Types.ObjectId, version: number): Promise<{ by: string; state: JobState } | null> {
    const t = await this.models.JobTransition.findById(transitionId(jobId, version), { by: 1, state: 1 }).lean();
    return t ? { by: t.by, state: t.state } : null;
  }

  /** Follows the log forward from a known version to the latest one. */
  async latest(jobId: Types.ObjectId, known: Versioned): Promise<Versioned> {
    let current = known;
    for (;;) {
      const next = await this.models.JobTransition.findById(transitionId(jobId, current.version + 1), { state: 1 }).lean();
      if (!next) return current;
      current = { version: current.version + 1, state: next.state };
    }
  }

  /**
   * Writes a version into the job document. The whole state is written at
   * once, so the document never mixes fields of two versions. Null fields are
   * removed, not stored (model.ts).
   *
   * The filter is `_id` alone on purpose: FerretDB hands only a bare `_id`
   * filter to SQLite; any other condition (such as `version: { $lt: v }`) makes
   * it decode every document of the collection in Go, 4x slower and growing
   * with the documents' size. Projections stay in order without it, because of
   * who writes them: a `running` state only by its lease holder, an outcome
   * only by the holder (and nothing follows an outcome but a retry), and a
   * reader repairing the document only with a state it just read as the
   * latest. An older projection landing late (a rare race) is mended by the
   * next reader that finds the log ahead.
   */
  async project(jobId: Types.ObjectId, v: Versioned): Promise<void> {
    const { set, unset } = splitNulls({ ...v.state, version: v.version });
    await this.models.Job.updateOne({ _id: jobId }, Object.keys(unset).length > 0 ? { $set: set, $unset: unset } : { $set: set });
  }

  /**
   * Changes a job's state with `change` (null: no change applies to the state
   * it is in), starting from what the caller believes is the current version.
   * If the log turns out to be ahead, `change` is applied to the latest state
   * instead. Returns the version written, or null, and the latest known state.
   *
   * Only a job's lease holder projects a `running` state: a reader that finds
   * the log ahead repairs the document only for states nobody else is about
   * to project (queued, done, failed, cancelled).
   */
  async transition(
    jobId: Types.ObjectId,
    known: Versioned,
    change: (state: JobState) => JobState | null,
    by: string,
    now: Date,
  ): Promise<{ written: Versioned | null; latest: Versioned }> {
    let current = known;
    for (;;) {
      const next = change(current.state);
      if (!next) return { written: null, latest: current };
      const candidate = { version: current.version + 1, state: next };
      if (await this.append(jobId, candidate.version, next, by, now)) {
        await this.project(jobId, candidate);
        return { written: candidate, latest: candidate };
      }
      current = await this.latest(jobId, current);
      if (current.version > known.version && current.state.status !== 'running') await this.project(jobId, current);
    }
  }
}
