// `npm run db`: runs the local database on its own, printing its URI, for
// working against it with mongosh or a second app process.
import path from 'node:path';
import { repoRoot, startLocalDatabase } from './local-db.js';

const db = await startLocalDatabase({ dataDir: path.join(repoRoot, '.data', 'ferretdb') });
console.log(`Local database ready: ${db.uri}  (Ctrl-C to stop)`);
const stop = () => void db.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
