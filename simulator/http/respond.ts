// Error rendering in each API's own style (README §3.5) and a wrapper that turns thrown
// SimErrors into those responses.

import type { NextFunction, Request, Response } from 'express';
import { SimError, STATUS_DOCS_URL } from '../core/errors.js';

/**
 * v2: `[{status, message}]`; v3: `{status, title, type, errors}`; promotions: `{errors:[{status,title}]}`
 * (400: `{status,title,type,detail}`, 403/405: `{status,title,error}`, status as string per spec);
 * refunds: `{data:[{status,title,type}]}`.
 */
export type ApiStyle = 'v2' | 'v3' | 'promotions' | 'refunds';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'The requested resource was not found.',
  409: 'Conflict',
  413: 'The request payload is too large.',
  422: 'JSON data is missing or invalid',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function errorBody(style: ApiStyle, status: number, message: string, fields?: Record<string, string>): unknown {
  switch (style) {
    case 'v2':
      return [{ status, message, ...(fields ? { details: fields } : {}) }];
    case 'promotions':
      if (status === 400) return { status: String(status), title: TITLES[400], type: STATUS_DOCS_URL, detail: message };
      if (status === 403 || status === 405) return { status: String(status), title: TITLES[status], error: message };
      return { errors: [{ status, title: message }] };
    case 'refunds':
      return { data: [{ status, title: message, type: STATUS_DOCS_URL, ...(fields ? { errors: fields } : {}) }] };
    case 'v3':
    default:
      return { status, title: message, type: STATUS_DOCS_URL, ...(fields ? { errors: fields } : {}) };
  }
}

export function sendError(res: Response, style: ApiStyle, status: number, message: string, fields?: Record<string, string>): void {
  res.status(status).json(errorBody(style, status, message, fields));
}

/** Which error style a store-relative API path uses. */
export function styleForPath(path: string): ApiStyle {
  if (path.startsWith('/v2/')) return 'v2';
  if (path.startsWith('/v3/promotions')) return 'promotions';
  if (/^\/v3\/orders\/.*payment_actions\/refunds/.test(path)) return 'refunds';
  return 'v3';
}

type Handler = (req: Request, res: Response) => void | Promise<void>;

/** Wraps a route handler: SimErrors become API-style error responses. */
export function handle(style: ApiStyle, fn: Handler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await fn(req, res);
    } catch (err) {
      if (err instanceof SimError) {
        sendError(res, style, err.status, err.message, err.fields);
        return;
      }
      next(err);
    }
  };
}

/** V3 envelope. */
export const envelope = (data: unknown, meta: Record<string, unknown> = {}) => ({ data, meta });

/** V2 lists answer 204 with an empty body instead of `[]`. */
export function sendV2List(res: Response, items: unknown[]): void {
  if (items.length === 0) {
    res.status(204).end();
    return;
  }
  res.status(200).json(items);
}
