// The shared core: every store, token and grant, plus the webhook dispatcher. Both the HTTP API
// and the control API operate on this one object so there is exactly one implementation.

import type { PendingGrant, StoreState, TokenGrant } from './types.js';
import { SimError } from './errors.js';
import { WebhookDispatcher } from '../webhooks/dispatcher.js';

export interface EngineConfig {
  clientId: string;
  clientSecret: string;
  appUrl: string | undefined;
  rateLimit: { quota: number; windowMs: number } | undefined;
  retryDelaysMs: number[];
  /** multiplies documented delays (retry schedule, reset advertised by injected 429s) */
  timeScale: number;
  webhookDelivery: boolean;
  webhookTimeoutMs: number;
  /** How long an OAuth grant code stays exchangeable. */
  grantCodeTtlMs: number;
  log: (line: string) => void;
}

export class Engine {
  readonly stores = new Map<string, StoreState>();
  readonly tokens = new Map<string, TokenGrant>();
  readonly grants = new Map<string, PendingGrant>();
  /** client id -> client secret (the app's, plus every API account's), for webhook signatures */
  readonly clientSecrets = new Map<string, string>();
  readonly dispatcher: WebhookDispatcher;
  /** Set once the HTTP server listens, e.g. http://127.0.0.1:41234 */
  baseUrl = '';

  constructor(readonly config: EngineConfig) {
    this.clientSecrets.set(config.clientId, config.clientSecret);
    this.dispatcher = new WebhookDispatcher({
      enabled: config.webhookDelivery,
      retryDelaysMs: config.retryDelaysMs,
      timeoutMs: config.webhookTimeoutMs,
      secretFor: (clientId) => this.clientSecrets.get(clientId),
      log: config.log,
    });
  }

  now(): number {
    return Date.now();
  }

  store(hash: string): StoreState {
    const store = this.stores.get(hash);
    if (!store) throw new SimError(404, `Store ${hash} does not exist`);
    return store;
  }

  /** Fires a webhook event unless the store is being seeded silently. */
  emit(store: StoreState, scope: string, data: Record<string, unknown>): void {
    if (store.silent > 0) return;
    this.dispatcher.publish(store, scope, data, Math.floor(this.now() / 1000));
  }

  /** Runs `fn` with webhooks of `store` suppressed (used by seeding). */
  silently<T>(store: StoreState, fn: () => T): T {
    store.silent += 1;
    try {
      return fn();
    } finally {
      store.silent -= 1;
    }
  }

  log(line: string): void {
    this.config.log(line);
  }
}
