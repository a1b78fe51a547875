// One Tandem app process for multi-process tests: configuration comes as JSON
// in argv[2]; prints "READY <url>" once listening; exits when stdin closes
// (so a test that dies takes its children with it) or on SIGTERM.
import { startTandem } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { silentLogger } from '../../server/lib/logger.js';

const config = loadConfig(JSON.parse(process.argv[2]!) as Record<string, string>);
const app = await startTandem({ config, logger: silentLogger, host: '127.0.0.1', scheduler: false });
process.stdout.write(`READY ${app.url}\n`);

const stop = () => void app.close().finally(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
