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

/** JSON body every error response uses. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
