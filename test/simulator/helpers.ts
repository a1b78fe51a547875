// Shared setup for simulator tests: a running simulator, an installed store with a real token
// (obtained through /oauth2/token like the app would), and a tiny fetch-based API client.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/index.js';
import { assertMatchesSpec } from './spec-validator.js';

export const CLIENT_ID = 'test-client-id-0123456789abcdef';
export const CLIENT_SECRET = 'test-client-secret-fedcba9876543210';
export const APP_URL = 'http://127.0.0.1:9/app';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

export interface TestStore {
  sim: Simulator;
  hash: string;
  token: string;
  api: (method: string, path: string, body?: unknown, token?: string) => Promise<ApiResponse>;
  /** api() + assert the response matches the spec's schema for that operation/status */
  checked: (spec: string, method: string, path: string, body?: unknown, expectStatus?: number) => Promise<ApiResponse>;
}

export async function startTestSimulator(opts: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return startSimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, appUrl: APP_URL, ...opts });
}

export async function request(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
  const res = await fetch(url, {
    method,
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

/** Exchanges an install grant at /oauth2/token exactly like the app's /auth handler would. */
export async function exchange(sim: Simulator, query: Record<string, string>, overrides: Record<string, unknown> = {}): Promise<ApiResponse> {
  return request(`${sim.url}/oauth2/token`, 'POST', {
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    code: query.code,
    context: query.context,
    scope: query.scope,
    grant_type: 'authorization_code',
    redirect_uri: `${APP_URL}/auth`,
    ...overrides,
  });
}

export async function installedStore(sim: Simulator, opts: { scopes?: string[]; hash?: string } = {}): Promise<TestStore> {
  const store = sim.control.createStore(opts.hash ? { hash: opts.hash } : {});
  const { query } = sim.control.beginInstall(store.hash, opts.scopes ? { scopes: opts.scopes } : {});
  const res = await exchange(sim, query);
  if (res.status !== 200) throw new Error(`install failed: ${res.status} ${res.text}`);
  const token = (res.body as { access_token: string }).access_token;
  const api = (method: string, path: string, body?: unknown, tok: string = token) =>
    request(`${sim.url}/stores/${store.hash}${path}`, method, body, { 'X-Auth-Token': tok });
  const checked = async (spec: string, method: string, path: string, body?: unknown, expectStatus?: number) => {
    const res = await api(method, path, body);
    if (expectStatus !== undefined && res.status !== expectStatus) {
      throw new Error(`${method} ${path}: expected ${expectStatus}, got ${res.status}: ${res.text.slice(0, 500)}`);
    }
    assertMatchesSpec(spec, method, path, res.status, res.body ?? res.text);
    return res;
  };
  return { sim, hash: store.hash, token, api, checked };
}

export interface Receiver {
  url: string;
  requests: Array<{ headers: IncomingMessage['headers']; body: string; at: number }>;
  /** status to answer with; may be changed by the test at any time */
  status: number;
  close(): Promise<void>;
}

/** A real local HTTP server receiving webhook deliveries. */
export async function startReceiver(status = 200): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    requests: [],
    status,
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      receiver.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      res.statusCode = receiver.status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
