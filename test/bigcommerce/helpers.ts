// A tiny real HTTP server that plays BigCommerce for client tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../server/lib/logger.js';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string | number>;
  /** Object/array -> JSON; string -> raw text; undefined -> empty body. */
  body?: unknown;
  /** Delay before answering (ms). */
  delayMs?: number;
}

export type Handler = (req: SeenRequest, hit: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(seen);
      void Promise.resolve(handler(seen, requests.length)).then((reply) => {
        const send = () => {
          if (res.destroyed) return;
          const status = reply.status ?? 200;
          const headers: Record<string, string | number> = { ...(reply.headers ?? {}) };
          let payload = '';
          if (reply.body !== undefined) {
            payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
            headers['content-type'] ??= 'application/json';
          }
          res.writeHead(status, headers);
          res.end(payload);
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Logger that keeps every line, to check what would have been written. */
export function captureLogger(): Logger & { lines: unknown[] } {
  const lines: unknown[] = [];
  const make = (base: Record<string, unknown>): Logger => ({
    debug: (msg, f) => void lines.push({ level: 'debug', msg, ...base, ...f }),
    info: (msg, f) => void lines.push({ level: 'info', msg, ...base, ...f }),
    warn: (msg, f) => void lines.push({ level: 'warn', msg, ...base, ...f }),
    error: (msg, f) => void lines.push({ level: 'error', msg, ...base, ...f }),
    child: (f) => make({ ...base, ...f }),
  });
  return Object.assign(make({}), { lines });
}

/** Rate-limit headers as BigCommerce sends them. */
export function rlHeaders(left: number, resetMs: number, quota = 150, windowMs = 30_000): Record<string, number> {
  return {
    'X-Rate-Limit-Requests-Left': left,
    'X-Rate-Limit-Time-Reset-Ms': Math.max(0, Math.round(resetMs)),
    'X-Rate-Limit-Requests-Quota': quota,
    'X-Rate-Limit-Time-Window-Ms': windowMs,
  };
}
