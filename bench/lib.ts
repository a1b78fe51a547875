// Shared helpers for benchmarks: every figure is printed next to a baseline
// measured in the same run, on the same machine, so ratios mean something.
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync } from 'node:fs';
import { startLocalDatabase, withDatabase, type LocalDatabase } from '../scripts/local-db.js';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

export async function benchDatabase(name: string): Promise<{ uri: string; db: LocalDatabase | null }> {
  if (process.env.MONGODB_URI) return { uri: withDatabase(process.env.MONGODB_URI, name), db: null };
  const db = await startLocalDatabase({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-')), fresh: true });
  return { uri: withDatabase(db.uri, name), db };
}

export function machine(): string {
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
