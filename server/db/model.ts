import type { Connection, Model, Schema } from 'mongoose';

/** The model `name` on this connection, defined once (each app instance has its own connection). */
export function modelOn<T>(conn: Connection, name: string, schema: Schema): Model<T> {
  return (conn.models[name] ?? conn.model(name, schema)) as unknown as Model<T>;
}
