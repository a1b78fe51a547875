// Starts the real local database (FerretDB) once per test run, unless
// MONGODB_URI points at a server already (e.g. a real MongoDB in another CI).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalDatabase } from '../../scripts/local-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI);
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-test-db-'));
  const db = await startLocalDatabase({ dataDir, log: (m) => console.log(m) });
  project.provide('mongoUri', db.uri);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
