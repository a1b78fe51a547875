import type { Model } from 'mongoose';

/**
 * Writes a mirror document unless the stored one is newer. The filter only
 * matches a document at least as old, so when a newer one exists the upsert
 * tries to insert and hits the unique index: that E11000 means "stale, skip".
 * Returns whether the write landed.
 */
export async function upsertIfNotOlder<T>(
  model: Model<T>,
  key: Record<string, unknown>,
  dateModified: Date | null,
  doc: Record<string, unknown>,
): Promise<boolean> {
  const filter = dateModified
    ? { ...key, $or: [{ dateModified: { $lte: dateModified } }, { dateModified: null }] }
    : key;
  try {
    await model.updateOne(filter, { $set: { ...doc, ...key, dateModified } }, { upsert: true });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}
