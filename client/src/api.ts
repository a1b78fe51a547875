// The browser side of the cookieless session: trade the one-time code from the
// URL for a bearer token, keep it in sessionStorage (per tab, survives an
// iframe reload), refresh it before it expires, and attach it to every call.

const STORAGE_KEY = 'tandem.session';

interface Session {
  token: string;
  expiresAt: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let session: Session | null = readStored();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const sessionListeners = new Set<(s: Session | null) => void>();

function readStored(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && new Date(s.expiresAt).getTime() > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export function setSession(s: Session | null): void {
  session = s;
  if (s) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  else sessionStorage.removeItem(STORAGE_KEY);
  clearTimeout(refreshTimer);
  if (s) {
    const halfLife = (new Date(s.expiresAt).getTime() - Date.now()) / 2;
    refreshTimer = setTimeout(() => void refreshSession(), Math.max(halfLife, 5_000));
  }
  sessionListeners.forEach((l) => l(s));
}

export const hasSession = () => session !== null;

export function onSessionChange(listener: (s: Session | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

async function refreshSession(): Promise<void> {
  try {
    setSession(await api<Session>('POST', '/api/session/refresh'));
  } catch {
    /* the next call will surface the 401 */
  }
}

/** Redeems ?exchange=… from /load or /auth; returns the deep-link path to open. */
export async function redeemExchangeCode(code: string): Promise<string> {
  const res = await api<Session & { path: string }>('POST', '/api/session', { code }, { anonymous: true });
  setSession({ token: res.token, expiresAt: res.expiresAt });
  return res.path;
}

export async function api<T>(method: string, path: string, body?: unknown, opts: { anonymous?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (session && !opts.anonymous) headers.Authorization = `Bearer ${session.token}`;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach Tandem. Check your connection and try again.');
  }
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    if (res.status === 401 && !opts.anonymous) setSession(null);
    throw new ApiError(res.status, err?.code ?? 'error', err?.message ?? `Request failed (${res.status})`, err?.details);
  }
  return data as T;
}
