// Per-store request pacing for the BigCommerce REST API (README §4).
//
// BigCommerce gives each API client a quota per store (e.g. 150 requests per 30 s window) and reports
// it on every response:
//   X-Rate-Limit-Requests-Left    requests left in the current window
//   X-Rate-Limit-Time-Reset-Ms    ms until the window refills
//   X-Rate-Limit-Requests-Quota   requests per window
//   X-Rate-Limit-Time-Window-Ms   window length
// Clients that keep firing into 429s get throttled or disabled, so the limiter aims to never meet a 429:
//
//  * at most `maxConcurrent` requests in flight per store (default 3; no general cap is documented);
//  * before each request it estimates the budget as `observed left - requests in flight` - a request
//    in flight may or may not have been counted by the server yet, so it is counted as spent. The
//    estimate only ever errs towards waiting;
//  * while the budget is comfortable, requests go out immediately (the whole quota is usable, and a
//    job finishes within one window of the quota-bound minimum);
//  * when the budget gets low (the last `tailFraction` of the quota) the remaining requests are spread
//    over the time left before the reset - no further apart than the quota's average spacing - so
//    fresh observations keep arriving while little budget is left (another app or another process
//    may be spending the same quota). Spreading the *whole* quota evenly over every window would give
//    the same throughput on long jobs but stretch the last window of every job to its full length;
//  * when the budget reaches `reserve`, nobody is let through until the window resets;
//  * a 429 blocks every request for the store until the reset time it announces.
//
// The limiter does not retry anything; BigCommerceClient does that and goes through acquire() again.

export interface RateLimitSnapshot {
  quota: number | null;
  windowMs: number | null;
  /** Budget estimate right now: observed left minus in-flight (null before the first observation). */
  available: number | null;
  inFlight: number;
  queued: number;
  /** Epoch ms (limiter clock) when the current window is expected to reset. */
  resetAt: number | null;
  /** Epoch ms until which all requests are held (after a 429 or an explicit pause). */
  blockedUntil: number;
}

export interface RateLimiterOptions {
  /** Max requests in flight for the store (default 3). */
  maxConcurrent?: number;
  /** Requests of each window that are never used, e.g. to leave room for another process (default 0). */
  reserve?: number;
  /** Share of the quota below which requests are spread over the rest of the window (default 0.1). */
  tailFraction?: number;
  /** Extra wait after an announced reset, as a share of the window (default 0.01, at least 5 ms, at most 250 ms). */
  resetMarginFraction?: number;
  /** Clock (ms). Inject with `sleep` for tests; a fake sleep must advance the fake clock. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** What the caller learned from one request; pass it to Permit.release(). */
export interface RequestOutcome {
  status?: number;
  headers?: { get(name: string): string | null } | null;
}

export interface Permit {
  /** Must be called exactly once, when the response (or failure) is in. Extra calls are ignored. */
  release(outcome?: RequestOutcome): void;
}

interface Waiter {
  resolve: (p: Permit) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function headerInt(h: RequestOutcome['headers'], name: string): number | null {
  const raw = h?.get(name);
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Rate-limit headers of a response, or null when it carries none. */
export function readRateLimitHeaders(h: RequestOutcome['headers']): {
  left: number | null;
  resetMs: number | null;
  quota: number | null;
  windowMs: number | null;
  retryAfterS: number | null;
} | null {
  const v = {
    left: headerInt(h, 'x-rate-limit-requests-left'),
    resetMs: headerInt(h, 'x-rate-limit-time-reset-ms'),
    quota: headerInt(h, 'x-rate-limit-requests-quota'),
    windowMs: headerInt(h, 'x-rate-limit-time-window-ms'),
    retryAfterS: headerInt(h, 'x-retry-after'),
  };
  return Object.values(v).every((x) => x === null) ? null : v;
}

export class RateLimiter {
  private readonly maxConcurrent: number;
  private readonly reserve: number;
  private readonly tailFraction: number;
  private readonly resetMarginFraction: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  private readonly queue: Waiter[] = [];
  private inFlight = 0;
  /** True once any response came back; until then a single probe request at a time. */
  private probed = false;
  // What the server told us about the current window.
  private quota: number | null = null;
  private windowMs: number | null = null;
  private left: number | null = null;
  private resetAt: number | null = null;
  private blockedUntil = 0;
  private lastDispatchAt = -Infinity;
  /** Earliest pending wake-up, so timers don't pile up. */
  private wakeAt = Infinity;

  constructor(opts: RateLimiterOptions = {}) {
    this.maxConcurrent = Math.max(1, Math.floor(opts.maxConcurrent ?? 3));
    this.reserve = Math.max(0, Math.floor(opts.reserve ?? 0));
    this.tailFraction = Math.min(1, Math.max(0, opts.tailFraction ?? 0.1));
    this.resetMarginFraction = Math.max(0, opts.resetMarginFraction ?? 0.01);
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? defaultSleep;
  }

  /** Waits for a slot and for budget. Rejects if `signal` aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<Permit> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('Aborted'));
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason ?? new Error('Aborted'));
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Holds every request for this store for `ms` (e.g. after a 429 without rate-limit headers). */
  pause(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + Math.max(0, ms));
    this.pump();
  }

  snapshot(): RateLimitSnapshot {
    this.rollWindow(this.now());
    return {
      quota: this.quota,
      windowMs: this.windowMs,
      available: this.left === null ? null : this.left - this.inFlight,
      inFlight: this.inFlight,
      queued: this.queue.length,
      resetAt: this.resetAt,
      blockedUntil: this.blockedUntil,
    };
  }

  // -------------------------------------------------------------------------------------------

  private margin(): number {
    const w = this.windowMs ?? 30_000;
    return Math.min(250, Math.max(5, w * this.resetMarginFraction));
  }

  /** Once the announced reset has passed (plus a margin), assume a fresh window with the full quota. */
  private rollWindow(now: number): void {
    if (this.resetAt === null || this.left === null) return;
    if (now < this.resetAt + this.margin()) return;
    if (this.quota !== null) {
      this.left = this.quota;
      // BigCommerce's next window starts with the next request, i.e. about now. This is only a
      // projection until a response from the new window reports the real numbers.
      this.resetAt = this.windowMs !== null ? now + this.windowMs : null;
    } else {
      this.left = null;
      this.resetAt = null;
    }
  }

  /** ms to wait before the head of the queue may go (0 = now). */
  private delayFor(now: number): number {
    if (now < this.blockedUntil) return this.blockedUntil - now;
    if (this.inFlight >= this.maxConcurrent) return Infinity; // woken by release()
    if (!this.probed && this.inFlight > 0) return Infinity; // learn the quota from one request first
    this.rollWindow(now);
    if (this.left === null || this.resetAt === null) return 0; // no rate-limit info: concurrency cap only
    const budget = this.left - this.inFlight - this.reserve;
    const untilReset = Math.max(0, this.resetAt - now) + this.margin();
    if (budget <= 0) {
      // In-flight requests may still free budget only by reporting a lower count, never a higher
      // one, so the next chance is the reset (or a release() that rolls the window).
      return untilReset;
    }
    const quota = this.quota ?? this.left;
    const tail = this.tailFraction === 0 ? 0 : Math.max(1, Math.ceil(quota * this.tailFraction));
    if (budget > tail || this.windowMs === null) return 0;
    // Low budget: spread what is left over the rest of the window, but never space two requests
    // further apart than the quota's average spacing (window / quota). The tail then takes at most
    // ~tailFraction of a window, so the last window of a job is not stretched to its full length.
    const even = untilReset / (budget + 1);
    const spacing = Math.min(even, this.windowMs / quota);
    return Math.max(0, this.lastDispatchAt + spacing - now);
  }

  private pump(): void {
    for (;;) {
      const head = this.queue[0];
      if (!head) return;
      const now = this.now();
      const delay = this.delayFor(now);
      if (delay > 0) {
        if (Number.isFinite(delay)) this.wakeIn(delay);
        return;
      }
      this.queue.shift();
      if (head.signal && head.onAbort) head.signal.removeEventListener('abort', head.onAbort);
      this.inFlight++;
      this.lastDispatchAt = now;
      head.resolve(this.makePermit());
    }
  }

  private wakeIn(delay: number): void {
    const at = this.now() + delay;
    if (at >= this.wakeAt) return;
    this.wakeAt = at;
    void this.sleep(delay).then(() => {
      if (this.wakeAt === at) this.wakeAt = Infinity;
      this.pump();
    });
  }

  private makePermit(): Permit {
    let done = false;
    return {
      release: (outcome?: RequestOutcome) => {
        if (done) return;
        done = true;
        this.inFlight--;
        this.probed = true;
        this.observe(outcome);
        this.pump();
      },
    };
  }

  private observe(outcome: RequestOutcome | undefined): void {
    const now = this.now();
    const rl = readRateLimitHeaders(outcome?.headers ?? null);
    if (!rl) {
      // No answer (timeout, network error) or no headers. The request may still have been counted,
      // so keep it counted: it no longer shows up as in flight.
      if (this.left !== null) this.left = Math.max(0, this.left - 1);
      if (outcome?.status === 429) this.left = 0; // platform load; the client pauses us explicitly
      return;
    }
    if (rl.quota !== null) this.quota = rl.quota;
    if (rl.windowMs !== null) this.windowMs = rl.windowMs;
    const resetMs = rl.resetMs ?? (rl.retryAfterS !== null ? rl.retryAfterS * 1000 : null);

    if (outcome?.status === 429) {
      const wait = resetMs ?? this.windowMs ?? 30_000;
      this.blockedUntil = Math.max(this.blockedUntil, now + wait + this.margin());
      this.left = 0;
      this.resetAt = now + wait;
      return;
    }
    if (rl.left === null || resetMs === null) return;
    // Responses can arrive out of order. Within one window the smallest `left` is the freshest;
    // a reset time well past the known one means a new window has begun.
    const observedReset = now + resetMs;
    const halfWindow = (this.windowMs ?? 30_000) / 2;
    if (this.resetAt === null || this.left === null || observedReset > this.resetAt + halfWindow) {
      this.left = rl.left;
      this.resetAt = observedReset;
    } else if (observedReset >= this.resetAt - halfWindow) {
      this.left = Math.min(this.left, rl.left);
      this.resetAt = observedReset;
    }
    // else: a straggler from an older window; ignore it.
  }
}

// One limiter per (apiUrl, storeHash) per process: every client for a store shares the budget.
const registry = new Map<string, RateLimiter>();

export function limiterFor(apiUrl: string, storeHash: string, opts?: RateLimiterOptions): RateLimiter {
  const key = `${apiUrl.replace(/\/+$/, '')}|${storeHash}`;
  let limiter = registry.get(key);
  if (!limiter) {
    limiter = new RateLimiter(opts);
    registry.set(key, limiter);
  }
  return limiter;
}

/** Test helper: forget all shared limiters. */
export function resetLimiters(): void {
  registry.clear();
}
