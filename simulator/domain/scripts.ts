// Scripts API (scripts.v3.yml; README §9.1): per-client visibility, 10 scripts per app, the
// kind/src/html/load_method rules, checkout-scope rule for `checkout`/`all_pages`, consent category.

import type { Engine } from '../core/engine.js';
import type { Script, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoOffset } from '../core/dates.js';
import { uuid } from '../core/ids.js';

type Body = Record<string, unknown>;

export const SCRIPTS_PER_APP = 10;
const LOAD_METHODS = ['default', 'async', 'defer'];
const LOCATIONS = ['head', 'footer'];
const VISIBILITIES = ['storefront', 'all_pages', 'checkout', 'order_confirmation'];
const CONSENT = ['essential', 'functional', 'analytics', 'targeting'];
const SRI_RE = /^sha(256|384|512)-[A-Za-z0-9+/]+=*$/;

/** Visibilities that need the Checkout Content scope (`store_content_checkout`). */
export const CHECKOUT_VISIBILITIES = new Set(['checkout', 'all_pages']);

/** Validates the merged script (existing values + patch) and returns it. */
function validateMerged(merged: Body, patch: Body): void {
  const f: Record<string, string> = {};
  if (typeof merged.name !== 'string' || merged.name.length < 1 || merged.name.length > 255) f.name = 'name is required (1-255 characters)';
  if (merged.kind !== 'src' && merged.kind !== 'script_tag') f.kind = 'kind must be src or script_tag';
  if (!LOAD_METHODS.includes(merged.load_method as string)) f.load_method = 'load_method must be default, async or defer';
  if (!LOCATIONS.includes(merged.location as string)) f.location = 'location must be head or footer';
  if (!VISIBILITIES.includes(merged.visibility as string)) f.visibility = 'invalid visibility';
  if (merged.consent_category !== 'unknown' && !CONSENT.includes(merged.consent_category as string)) f.consent_category = 'invalid consent_category';
  if (typeof merged.channel_id !== 'number' || !Number.isInteger(merged.channel_id) || merged.channel_id < 1) f.channel_id = 'channel_id must be an integer >= 1';
  if (merged.kind === 'src') {
    if (typeof merged.src !== 'string' || !/^https?:\/\//.test(merged.src)) f.src = 'src must be an absolute URL when kind is src';
    if (typeof patch.html === 'string' && patch.html !== '') f.html = 'html must not be set when kind is src';
  }
  if (merged.kind === 'script_tag') {
    const html = merged.html;
    if (typeof html !== 'string' || html === '') f.html = 'html is required when kind is script_tag';
    else if (html.length > 65_536) f.html = 'html must be at most 65536 characters';
    else if ((html.match(/<script[\s>]/gi) ?? []).length !== 1) f.html = 'html must contain exactly one <script> tag';
    if (merged.load_method !== 'default') f.load_method = 'load_method must be default when kind is script_tag';
    if (typeof patch.src === 'string' && patch.src !== '') f.src = 'src must not be set when kind is script_tag';
  }
  const hashes = merged.integrity_hashes;
  if (!Array.isArray(hashes) || hashes.length > 5 || hashes.some((h) => typeof h !== 'string' || !SRI_RE.test(h))) {
    f.integrity_hashes = 'up to 5 sha256-/sha384-/sha512- hashes';
  } else if (hashes.length > 0 && merged.kind !== 'src') f.integrity_hashes = 'integrity_hashes only apply to src scripts';
  for (const k of ['auto_uninstall', 'enabled']) if (typeof merged[k] !== 'boolean') f[k] = `${k} must be a boolean`;
  if (Object.keys(f).length > 0) throw new SimError(422, 'The request payload is invalid', f);
}

function toBody(s: Script): Body {
  return {
    name: s.name,
    description: s.description,
    html: s.html,
    src: s.src,
    auto_uninstall: s.autoUninstall,
    load_method: s.loadMethod,
    location: s.location,
    visibility: s.visibility,
    kind: s.kind,
    consent_category: s.consentCategory,
    enabled: s.enabled,
    channel_id: s.channelId,
    integrity_hashes: s.integrityHashes,
  };
}

function fromBody(b: Body, base: { uuid: string; clientId: string; dateCreated: number; dateModified: number }): Script {
  return {
    ...base,
    name: b.name as string,
    description: typeof b.description === 'string' ? b.description : '',
    html: b.kind === 'script_tag' ? (b.html as string) : '',
    src: b.kind === 'src' ? (b.src as string) : '',
    autoUninstall: b.auto_uninstall as boolean,
    loadMethod: b.load_method as Script['loadMethod'],
    location: b.location as Script['location'],
    visibility: b.visibility as Script['visibility'],
    kind: b.kind as Script['kind'],
    consentCategory: b.consent_category as Script['consentCategory'],
    enabled: b.enabled as boolean,
    channelId: b.channel_id as number,
    integrityHashes: b.integrity_hashes as string[],
  };
}

export function createScript(engine: Engine, store: StoreState, clientId: string, body: Body): Script {
  const own = [...store.scripts.values()].filter((s) => s.clientId === clientId).length;
  if (own >= SCRIPTS_PER_APP) {
    throw new SimError(422, 'The request payload is invalid', { scripts: `An app can create at most ${SCRIPTS_PER_APP} scripts per store` });
  }
  const kind = body.kind ?? (typeof body.html === 'string' && body.src === undefined ? 'script_tag' : 'src');
  const merged: Body = {
    description: '',
    auto_uninstall: false,
    load_method: 'default',
    location: 'head',
    visibility: 'storefront',
    consent_category: 'unknown',
    enabled: true,
    channel_id: 1,
    integrity_hashes: [],
    ...stripUndefined(body),
    kind,
  };
  validateMerged(merged, body);
  const now = engine.now();
  const script = fromBody(merged, { uuid: uuid(), clientId, dateCreated: now, dateModified: now });
  store.scripts.set(script.uuid, script);
  return script;
}

export function getOwnScript(store: StoreState, clientId: string, id: string): Script {
  const s = store.scripts.get(id);
  if (!s || s.clientId !== clientId) throw new SimError(404, `Script ${id} not found`);
  return s;
}

export function updateScript(engine: Engine, store: StoreState, clientId: string, id: string, body: Body): Script {
  const existing = getOwnScript(store, clientId, id);
  const merged: Body = { ...toBody(existing), ...stripUndefined(body) };
  // Switching kind drops the field that belongs to the other kind.
  if (merged.kind === 'src' && body.html === undefined) merged.html = '';
  if (merged.kind === 'script_tag' && body.src === undefined) merged.src = '';
  validateMerged(merged, body);
  const updated = fromBody(merged, {
    uuid: existing.uuid,
    clientId,
    dateCreated: existing.dateCreated,
    dateModified: Math.max(engine.now(), existing.dateModified),
  });
  store.scripts.set(id, updated);
  return updated;
}

export function deleteScript(store: StoreState, clientId: string, id: string): void {
  getOwnScript(store, clientId, id);
  store.scripts.delete(id);
}

export function renderScript(s: Script): Record<string, unknown> {
  const out: Record<string, unknown> = {
    uuid: s.uuid,
    name: s.name,
    description: s.description,
    kind: s.kind,
    load_method: s.loadMethod,
    location: s.location,
    visibility: s.visibility,
    api_client_id: s.clientId,
    // The spec enum lacks "unknown", but its description says omitted => "unknown"; BigCommerce reports it.
    consent_category: s.consentCategory,
    auto_uninstall: s.autoUninstall,
    enabled: s.enabled,
    channel_id: s.channelId,
    date_created: isoOffset(s.dateCreated),
    date_modified: isoOffset(s.dateModified),
  };
  if (s.kind === 'src') {
    out.src = s.src;
    out.integrity_hashes = s.integrityHashes;
  } else out.html = s.html;
  return out;
}

function stripUndefined(o: Body): Body {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
