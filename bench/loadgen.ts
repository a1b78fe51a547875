// Open-loop HTTP load from a worker thread (so it does not share the server's
// event loop): sends `rate` requests per second for `seconds`, each with its own
// body, and reports every latency. Open-loop means a slow server is not let off
// the hook by the generator waiting for it.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  url: string;
  rate: number;
  seconds: number;
  headers: Record<string, string>;
  bodies: string[];
}

const job = workerData as Job;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const target = new URL(job.url);
const latencies: number[] = [];
const statuses: Record<string, number> = {};
const total = job.rate * job.seconds;
let sent = 0;
let done = 0;

function fire(body: string) {
  const start = process.hrtime.bigint();
  const req = http.request(
    { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...job.headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
    (res) => {
      res.resume();
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
        if (++done === total) finish();
      });
    },
  );
  req.on('error', () => {
    statuses.error = (statuses.error ?? 0) + 1;
    if (++done === total) finish();
  });
  req.end(body);
}

const started = process.hrtime.bigint();
function finish() {
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  parentPort!.postMessage({ latencies, statuses, elapsed });
  agent.destroy();
}

// Send in 10 ms ticks to hold the rate without a timer per request.
const perTick = job.rate / 100;
let credit = 0;
const timer = setInterval(() => {
  credit += perTick;
  while (credit >= 1 && sent < total) {
    credit -= 1;
    fire(job.bodies[sent % job.bodies.length]!);
    sent++;
  }
  if (sent >= total) clearInterval(timer);
}, 10);
