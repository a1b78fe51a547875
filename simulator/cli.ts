// Runs the simulator as a standalone process (for the demo or manual testing):
//   npx tsx simulator/cli.ts --client-id ID --client-secret SECRET --app-url http://localhost:3000 \
//     [--port 4010] [--time-scale 1] [--store demo01] [--seed]
// Environment fallbacks: BC_CLIENT_ID, BC_CLIENT_SECRET, APP_URL, SIM_PORT, SIM_TIME_SCALE.

import { parseArgs } from 'node:util';
import { seedDemoStore, startSimulator } from './index.js';

const { values } = parseArgs({
  options: {
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'app-url': { type: 'string' },
    port: { type: 'string' },
    'time-scale': { type: 'string' },
    store: { type: 'string' },
    seed: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const clientId = values['client-id'] ?? process.env.BC_CLIENT_ID;
const clientSecret = values['client-secret'] ?? process.env.BC_CLIENT_SECRET;
if (!clientId || !clientSecret) {
  console.error('simulator: --client-id and --client-secret (or BC_CLIENT_ID / BC_CLIENT_SECRET) are required');
  process.exit(2);
}

const sim = await startSimulator({
  clientId,
  clientSecret,
  appUrl: values['app-url'] ?? process.env.APP_URL,
  port: Number(values.port ?? process.env.SIM_PORT ?? 0),
  timeScale: Number(values['time-scale'] ?? process.env.SIM_TIME_SCALE ?? 1),
  logger: values.quiet ? undefined : (line) => console.log(`[bc-sim] ${line}`),
});

console.log(`BigCommerce simulator: ${sim.url}  (BC_API_URL and BC_LOGIN_URL)`);
if (values.store) {
  const store = sim.control.createStore({ hash: values.store });
  if (values.seed) console.log('seeded:', JSON.stringify(seedDemoStore(sim.control, store.hash)));
  console.log(`install:        ${sim.url}/manage/${store.hash}/install`);
  console.log(`control panel:  ${sim.url}/manage/${store.hash}`);
}

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
