import type { Model } from 'mongoose';

// Mirror writes. Every mirror document's _id is "<storeHash>:<BigCommerce id>",
// so a write finds its document by primary key (on FerretDB, updates by any
// other filter scan the whole collection). A write lands only if the stored
// document is not newer than the incoming one: BigCommerce's date_modified
// decides, so a slow, stale fetch never overwrites fresher data.

export const mirrorId = (storeHash: string, id: number | string) => `${storeHash}:${id}`;

export interface MirrorWrite {
  _id: string;
  dateModified: Date | null;
  doc: Record<string, unknown>;
}

/**
 * Writes one document unless the stored one is newer. The filter only matches
 * a document at least as old, so when a newer one exists the upsert tries to
 * insert and hits the primary key: that E11000 means "stale, skip".
 */
export async function upsertIfNotOlder<T>(model: Model<T>, w: MirrorWrite): Promise<boolean> {
  const filter = w.dateModified
    ? { _id: w._id, $or: [{ dateModified: { $lte: w.dateModified } }, { dateModified: null }] }
    : { _id: w._id };
  try {
    await model.updateOne(filter as never, { $set: { ...w.doc, dateModified: w.dateModified } }, { upsert: true });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/**
 * Writes a page of documents: insert them all (unordered; in a backfill they
 * are all new, and an insert is cheap everywhere), then a guarded write for
 * each one the primary key refused because it already exists. No read first:
 * on FerretDB an `$in` lookup scans the collection. Returns the ids that landed.
 */
export async function writeMirrorPage<T>(model: Model<T>, writes: MirrorWrite[]): Promise<Set<string>> {
  const landed = new Set<string>();
  if (writes.length === 0) return landed;
  const existing: MirrorWrite[] = [];
  try {
    await model.insertMany(
      writes.map((w) => ({ ...w.doc, _id: w._id, dateModified: w.dateModified })),
      { ordered: false },
    );
    writes.forEach((w) => landed.add(w._id));
  } catch (err) {
    const e = err as { writeErrors?: Array<{ index?: number; code?: number; err?: { index?: number; code?: number } }> };
    if (!e.writeErrors?.length) throw err;
    const refused = new Set<number>();
    for (const we of e.writeErrors) {
      const code = we.code ?? we.err?.code;
      if (code !== 11000) throw err;
      refused.add((we.index ?? we.err?.index)!);
    }
    writes.forEach((w, i) => (refused.has(i) ? existing.push(w) : landed.add(w._id)));
  }
  for (const w of existing) {
    if (await upsertIfNotOlder(model, w)) landed.add(w._id);
  }
  return landed;
}
