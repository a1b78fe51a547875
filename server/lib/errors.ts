// Errors that cross the HTTP edge. Every failure a client can see has a status,
// a stable machine-readable code and a human message; `details` says what exactly
// was wrong (e.g. which field), never anything secret.

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new AppError(400, 'bad_request', message, details);
export const unauthorized = (message = 'Authentication required', code = 'unauthorized') =>
  new AppError(401, code, message);
export const forbidden = (message: string) => new AppError(403, 'forbidden', message);
export const notFound = (message = 'Not found') => new AppError(404, 'not_found', message);
export const conflict = (message: string, details?: unknown) =>
  new AppError(409, 'conflict', message, details);
export const unprocessable = (message: string, details?: unknown) =>
  new AppError(422, 'unprocessable', message, details);
export const unavailable = (message: string) => new AppError(503, 'unavailable', message);

/** JSON body every error response uses. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
