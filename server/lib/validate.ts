import type { z } from 'zod';
import { AppError } from './errors.js';

/** Parses input at the edge; a failure is a 400 that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'request'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    400,
    'invalid_input',
    `Invalid ${what}: ${result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ')}`,
    result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}
