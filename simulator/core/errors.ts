// One error type for everything the simulator rejects. The HTTP layer renders it in the
// style of the API that was called (V2 arrays, V3 objects, promotions, refunds); the control
// API renders it as {error}.

export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Field-level details (V3 `errors` object). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'SimError';
  }
}

export const notFound = (what: string) => new SimError(404, what);
export const invalid = (message: string, fields?: Record<string, string>) => new SimError(422, message, fields);

export const STATUS_DOCS_URL = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';
