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
 * Writes a page of documents: one read to see which exist, one insertMany for
 * the new ones (the common case in a backfill, and cheap), and a guarded write
 * for each one already stored. Returns the ids that landed.
 */
export async function writeMirrorPage<T>(model: Model<T>, writes: MirrorWrite[]): Promise<Set<string>> {
  const landed = new Set<string>();
  if (writes.length === 0) return landed;
  const existing = new Set(
    (await model.find({ _id: { $in: writes.map((w) => w._id) } } as never, { _id: 1 }).lean()).map((d) => String((d as { _id: unknown })._id)),
  );
  const fresh = writes.filter((w) => !existing.has(w._id));
  const raced: MirrorWrite[] = [];
  if (fresh.length > 0) {
    try {
      await model.insertMany(
        fresh.map((w) => ({ ...w.doc, _id: w._id, dateModified: w.dateModified })),
        { ordered: false },
      );
      fresh.forEach((w) => landed.add(w._id));
    } catch (err) {
      // Some were written meanwhile (a webhook raced us): those go through the guarded path.
      const e = err as { code?: number; writeErrors?: { index?: number; err?: { index?: number } }[]; insertedDocs?: { _id: unknown }[] };
      const failed = new Set((e.writeErrors ?? []).map((we) => we.index ?? we.err?.index));
      if (failed.size === 0 && e.code !== 11000) throw err;
      fresh.forEach((w, i) => (failed.has(i) ? raced.push(w) : landed.add(w._id)));
    }
  }
  for (const w of [...writes.filter((x) => existing.has(x._id)), ...raced]) {
    if (await upsertIfNotOlder(model, w)) landed.add(w._id);
  }
  return landed;
}
