// Newsletter subscribers (subscribers.v3.yml): unique email (409), validation (422),
// store/subscriber/* webhooks.

import type { Engine } from '../core/engine.js';
import type { StoreState, Subscriber } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoZ } from '../core/dates.js';

export interface SubscriberInput {
  email?: string;
  first_name?: string;
  last_name?: string;
  source?: string;
  order_id?: number | null;
  channel_id?: number;
  consents?: string[];
  /** control-side only: backdate creation (seeding) */
  date_created?: number;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONSENTS = new Set(['marketing_newsletter', 'abandoned_cart']);

function validate(input: SubscriberInput, creating: boolean): void {
  const errors: Record<string, string> = {};
  if (input.email === undefined) {
    if (creating) errors.email = 'email is required';
  } else if (typeof input.email !== 'string' || !EMAIL_RE.test(input.email)) errors.email = `Invalid email '${String(input.email)}'`;
  for (const k of ['first_name', 'last_name', 'source'] as const) {
    const v = input[k];
    if (v !== undefined && (typeof v !== 'string' || v.length > 255)) errors[k] = `${k} must be a string of at most 255 characters`;
  }
  if (input.order_id !== undefined && input.order_id !== null && (!Number.isInteger(input.order_id) || input.order_id < 1)) {
    errors.order_id = 'order_id must be a positive integer';
  }
  if (input.channel_id !== undefined && (!Number.isInteger(input.channel_id) || input.channel_id < 1)) {
    errors.channel_id = 'channel_id must be a positive integer';
  }
  if (input.consents !== undefined && (!Array.isArray(input.consents) || input.consents.some((c) => !CONSENTS.has(c)))) {
    errors.consents = 'consents must be an array of marketing_newsletter, abandoned_cart';
  }
  if (Object.keys(errors).length > 0) throw new SimError(422, 'The request payload is invalid', errors);
}

function emailTaken(store: StoreState, email: string, exceptId?: number): boolean {
  const e = email.toLowerCase();
  for (const s of store.subscribers.values()) if (s.id !== exceptId && s.email.toLowerCase() === e) return true;
  return false;
}

export function createSubscriber(engine: Engine, store: StoreState, input: SubscriberInput): Subscriber {
  validate(input, true);
  const email = input.email as string;
  if (emailTaken(store, email)) throw new SimError(409, `A subscriber with email '${email}' already exists`, { email: 'duplicate' });
  const now = input.date_created ?? engine.now();
  const sub: Subscriber = {
    id: ++store.seq.subscriber,
    email,
    firstName: input.first_name ?? '',
    lastName: input.last_name ?? '',
    source: input.source ?? 'custom',
    orderId: input.order_id ?? null,
    channelId: input.channel_id ?? 1,
    consents: input.consents ?? ['marketing_newsletter'],
    dateCreated: now,
    dateModified: now,
  };
  store.subscribers.set(sub.id, sub);
  engine.emit(store, 'store/subscriber/created', { type: 'subscriber', id: sub.id });
  return sub;
}

export function updateSubscriber(engine: Engine, store: StoreState, id: number, input: SubscriberInput): Subscriber {
  const sub = store.subscribers.get(id);
  if (!sub) throw new SimError(404, `Subscriber ${id} not found`);
  validate(input, false);
  if (input.email !== undefined && emailTaken(store, input.email, id)) {
    throw new SimError(409, `A subscriber with email '${input.email}' already exists`, { email: 'duplicate' });
  }
  if (input.email !== undefined) sub.email = input.email;
  if (input.first_name !== undefined) sub.firstName = input.first_name;
  if (input.last_name !== undefined) sub.lastName = input.last_name;
  if (input.source !== undefined) sub.source = input.source;
  if (input.order_id !== undefined) sub.orderId = input.order_id;
  if (input.channel_id !== undefined) sub.channelId = input.channel_id;
  if (input.consents !== undefined) sub.consents = input.consents;
  sub.dateModified = Math.max(engine.now(), sub.dateModified);
  engine.emit(store, 'store/subscriber/updated', { type: 'subscriber', id });
  return sub;
}

export function deleteSubscriber(engine: Engine, store: StoreState, id: number): void {
  if (store.subscribers.delete(id)) engine.emit(store, 'store/subscriber/deleted', { type: 'subscriber', id });
}

export function renderSubscriber(s: Subscriber): Record<string, unknown> {
  return {
    id: s.id,
    email: s.email,
    first_name: s.firstName,
    last_name: s.lastName,
    source: s.source,
    order_id: s.orderId,
    channel_id: s.channelId,
    consents: s.consents,
    date_modified: isoZ(s.dateModified),
    date_created: isoZ(s.dateCreated),
  };
}
