// Query-string helpers shared by the API routes: typed params, `attr:in` lists, page/limit,
// V3 offset pagination meta and cursor pagination (README §3.3).

import type { Request } from 'express';
import { SimError } from '../core/errors.js';
import { parseDateFilter } from '../core/dates.js';

export function qs(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return v === undefined ? undefined : String(v);
}

/** `id:in=1,2,3`, repeated keys or `id:in[]=1` all yield ['1','2','3']. */
export function qsList(req: Request, name: string): string[] | undefined {
  const q = req.query as Record<string, unknown>;
  const raw = q[name] ?? q[`${name}[]`];
  if (raw === undefined) return undefined;
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(','));
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}

export function qsInt(req: Request, name: string, status = 400): number | undefined {
  const v = qs(req, name);
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw new SimError(status, `The field '${name}' is invalid.`);
  return Number(v);
}

export function qsIntList(req: Request, name: string, status = 422): number[] | undefined {
  const list = qsList(req, name);
  if (list === undefined) return undefined;
  if (list.some((v) => !/^-?\d+$/.test(v))) throw new SimError(status, `The filter '${name}' is invalid.`);
  return list.map(Number);
}

export function qsNumber(req: Request, name: string, status = 400): number | undefined {
  const v = qs(req, name);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new SimError(status, `The field '${name}' is invalid.`);
  return n;
}

export function qsBool(req: Request, name: string): boolean | undefined {
  const v = qs(req, name);
  if (v === undefined || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new SimError(422, `The filter '${name}' must be a boolean.`);
}

export function qsDate(req: Request, name: string, status = 400, dateOnly: 'midnight' | 'now' = 'midnight'): number | undefined {
  const v = qs(req, name);
  if (v === undefined || v === '') return undefined;
  const ms = parseDateFilter(v, dateOnly);
  if (ms === null) throw new SimError(status, `The field '${name}' is invalid.`);
  return ms;
}

export function qsInclude(req: Request): Set<string> {
  return new Set(qsList(req, 'include') ?? []);
}

export interface PageParams {
  page: number;
  limit: number;
}

/** page is 1-based; limit default 50, above `max` -> 413 (README §3.3). */
export function pageParams(req: Request, opts: { defaultLimit?: number; max?: number; errorStatus?: number } = {}): PageParams {
  const max = opts.max ?? 250;
  const status = opts.errorStatus ?? 400;
  const page = qsInt(req, 'page', status) ?? 1;
  const limit = qsInt(req, 'limit', status) ?? opts.defaultLimit ?? 50;
  if (page < 1) throw new SimError(status, `The field 'page' is invalid.`);
  if (limit < 1) throw new SimError(status, `The field 'limit' is invalid.`);
  if (limit > max) throw new SimError(413, `The limit ${limit} exceeds the maximum of ${max}.`);
  return { page, limit };
}

export function slicePage<T>(items: T[], p: PageParams): T[] {
  return items.slice((p.page - 1) * p.limit, p.page * p.limit);
}

export function offsetPagination(total: number, count: number, p: PageParams): Record<string, unknown> {
  const totalPages = Math.max(1, Math.ceil(total / p.limit));
  const links: Record<string, string> = { current: `?page=${p.page}&limit=${p.limit}` };
  if (p.page > 1) links.previous = `?page=${p.page - 1}&limit=${p.limit}`;
  if (p.page < totalPages) links.next = `?page=${p.page + 1}&limit=${p.limit}`;
  return { total, count, per_page: p.limit, current_page: p.page, total_pages: totalPages, links };
}

/** Standard V3 list: `{ data, meta: { pagination } }` for a fully filtered+sorted array. */
export function pagedMeta<T>(items: T[], p: PageParams): { page: T[]; meta: Record<string, unknown> } {
  const page = slicePage(items, p);
  return { page, meta: { pagination: offsetPagination(items.length, page.length, p) } };
}

const encodeCursor = (id: number) => Buffer.from(JSON.stringify({ id })).toString('base64url');
function decodeCursor(cursor: string): number | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { id?: unknown };
    return typeof parsed.id === 'number' ? parsed.id : null;
  } catch {
    return null;
  }
}

/**
 * Cursor + offset pagination as Customers V3 / promotion codes do it: no page and no cursor ->
 * both `pagination` and `cursor_pagination`; page given -> only `pagination` (plus cursors on page 1
 * for customers); before/after -> only `cursor_pagination`. Cursors identify an item by id.
 */
export function cursorPaged<T extends { id: number }>(
  req: Request,
  items: T[],
  opts: { max?: number; errorStatus?: number; cursorsOnFirstPage?: boolean } = {},
): { page: T[]; meta: Record<string, unknown> } {
  const status = opts.errorStatus ?? 422;
  const before = qs(req, 'before');
  const after = qs(req, 'after');
  const pageGiven = qs(req, 'page') !== undefined;
  const { page: pageNo, limit } = pageParams(req, { max: opts.max ?? 250, errorStatus: status });
  if (before !== undefined && after !== undefined) throw new SimError(status, 'before and after cannot be combined');
  const cursorMeta = (page: T[], hasPrev: boolean): Record<string, unknown> => {
    if (page.length === 0) return { count: 0, per_page: limit, links: {} };
    const first = page[0] as T;
    const last = page[page.length - 1] as T;
    const links: Record<string, string> = { next: `?limit=${limit}&after=${encodeCursor(last.id)}` };
    if (hasPrev) links.previous = `?limit=${limit}&before=${encodeCursor(first.id)}`;
    return { count: page.length, per_page: limit, start_cursor: encodeCursor(first.id), end_cursor: encodeCursor(last.id), links };
  };
  if (before !== undefined || after !== undefined) {
    const id = decodeCursor((before ?? after) as string);
    if (id === null) throw new SimError(status, 'Invalid cursor');
    const idx = items.findIndex((i) => i.id === id);
    let page: T[];
    let start: number;
    if (after !== undefined) {
      start = idx >= 0 ? idx + 1 : items.findIndex((i) => i.id > id);
      if (start < 0) start = items.length;
      page = items.slice(start, start + limit);
    } else {
      const end = idx >= 0 ? idx : items.findIndex((i) => i.id >= id);
      const stop = end < 0 ? items.length : end;
      start = Math.max(0, stop - limit);
      page = items.slice(start, stop);
    }
    return { page, meta: { cursor_pagination: cursorMeta(page, start > 0) } };
  }
  const p = { page: pageNo, limit };
  const page = slicePage(items, p);
  const meta: Record<string, unknown> = { pagination: offsetPagination(items.length, page.length, p) };
  if (!pageGiven || (pageNo === 1 && opts.cursorsOnFirstPage !== false)) meta.cursor_pagination = cursorMeta(page, false);
  return { page, meta };
}

/** Sorts by a comparator key then id, ascending or descending. */
export function sortBy<T extends { id: number }>(items: T[], key: (t: T) => number | string, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -sign;
    if (ka > kb) return sign;
    return (a.id - b.id) * sign;
  });
}
