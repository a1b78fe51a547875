// Errors raised by BigCommerceClient. Messages never contain the access token or the query string
// (queries can carry shopper e-mails); `path` is the API path relative to /stores/{hash}.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** BigCommerce answered with a non-2xx status (after any retries). */
export class BigCommerceApiError extends Error {
  override readonly name = 'BigCommerceApiError';

  constructor(
    readonly status: number,
    readonly method: HttpMethod,
    readonly path: string,
    /** BigCommerce's error body: parsed JSON when it was JSON, else the (truncated) text, or null. */
    readonly body: unknown,
    readonly headers: Headers,
    /** Whether repeating the same request later could succeed (429, 5xx, 423). */
    readonly retryable: boolean,
  ) {
    const detail = describeBcError(body);
    super(`${detail || `HTTP ${status}`} (${method} ${path} -> ${status})`);
  }

  /** 401: the token is missing/invalid - app uninstalled or token replaced (README §3.6). */
  get isAuthError(): boolean {
    return this.status === 401;
  }
  /** 403: missing OAuth scope (or owner change / wrong store hash). */
  get isScopeError(): boolean {
    return this.status === 403;
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

/** No HTTP answer at all: DNS/connection failure, reset, or timeout (after any retries). */
export class BigCommerceNetworkError extends Error {
  override readonly name = 'BigCommerceNetworkError';
  readonly retryable = true;

  constructor(
    readonly method: HttpMethod,
    readonly path: string,
    readonly timedOut: boolean,
    options?: { cause?: unknown },
  ) {
    const reason = timedOut ? 'timed out' : `failed: ${causeMessage(options?.cause)}`;
    super(`BigCommerce ${method} ${path} ${reason}`, options);
  }
}

function causeMessage(cause: unknown): string {
  if (cause instanceof Error) {
    // undici wraps the useful part ("ECONNREFUSED 127.0.0.1:80") in err.cause
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}

const MAX_DESCRIPTION = 300;

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_DESCRIPTION ? t.slice(0, MAX_DESCRIPTION - 1) + '…' : t;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** "field: message; field2: message" from V3 `errors` maps (values may be strings or arrays). */
function fieldErrors(errors: unknown): string | undefined {
  if (!errors || typeof errors !== 'object') return undefined;
  if (Array.isArray(errors)) {
    const parts = errors.map((e) => describeOne(e)).filter((s): s is string => !!s);
    return parts.length ? parts.join('; ') : undefined;
  }
  const parts = Object.entries(errors as Record<string, unknown>)
    .map(([k, v]) => {
      const msg = Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'object' && v ? JSON.stringify(v) : String(v);
      return `${k}: ${msg}`;
    });
  return parts.length ? parts.join('; ') : undefined;
}

function describeOne(e: unknown): string | undefined {
  if (typeof e === 'string') return e.trim() || undefined;
  if (!e || typeof e !== 'object') return undefined;
  const o = e as Record<string, unknown>;
  const head = str(o.title) ?? str(o.message) ?? str(o.error);
  const extra = [str(o.detail), o.title !== undefined || o.message !== undefined ? str(o.error) : undefined, fieldErrors(o.errors), str(o.details)]
    .filter((s): s is string => !!s && s !== head);
  if (!head && extra.length === 0) return undefined;
  return [head, ...extra].filter(Boolean).join(': ');
}

/**
 * A short human message from any BigCommerce error body (README §3.5):
 *  - V2:            [{ "status": 404, "message": "..." }]
 *  - V3:            { status, title, type, instance?, errors?: { field: message } }
 *  - Promotions:    { errors: [{ status, title }] }, { status, title, type, detail }, { status, title, error }
 *  - Refunds:       { data: [{ status, title, type }] } or { data: [{ order_id, status, error }], meta }
 *  - Webhooks 422:  { errors: { destination: "error.path.missing." } }
 * Falls back to the text of non-JSON bodies. Returns "" when nothing useful is there.
 */
export function describeBcError(body: unknown): string {
  if (body === null || body === undefined) return '';
  if (typeof body === 'string') {
    // HTML error pages from proxies say nothing useful beyond their <title>.
    const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1];
    return clip(title ?? (body.trimStart().startsWith('<') ? '' : body));
  }
  if (Array.isArray(body)) return clip(fieldErrors(body) ?? '');
  if (typeof body !== 'object') return clip(String(body));
  const o = body as Record<string, unknown>;
  const own = describeOne(o);
  if (own) return clip(own);
  // { errors: [...] } without a title, or refund-style { data: [...] }
  const nested = fieldErrors(o.errors) ?? (Array.isArray(o.data) ? fieldErrors(o.data) : undefined);
  return clip(nested ?? '');
}
