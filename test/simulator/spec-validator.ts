// Validates simulator responses against BigCommerce's official OpenAPI files (unmodified, in
// ../shared/bigcommerce/specs or $BC_SPECS_DIR). The OpenAPI 3.0 schema dialect is converted to
// JSON Schema for ajv: `nullable` -> a null type, boolean exclusiveMinimum/Maximum -> numeric,
// `example(s)`/`x-*`/`discriminator` dropped, `oneOf` relaxed to `anyOf` (BigCommerce uses oneOf for
// alternatives that overlap, e.g. a condition object matches both CartCondition and AndCondition,
// which would make every valid payload fail an exact-one check). `$ref`s into `#/components/...` are
// resolved by registering the whole converted document with ajv.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

type Json = Record<string, unknown>;

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + start);
    dir = parent;
  }
}

const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
export const SPECS_DIR = process.env.BC_SPECS_DIR ?? path.resolve(repoRoot, '../shared/bigcommerce/specs');

const DROP = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);
/** Keys whose values are maps of names (not schema keywords). */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  'schemas',
  'responses',
  'paths',
  'content',
  'headers',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'variables',
  'mapping',
]);

function convertSchemaObject(obj: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    out[k] = NAME_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v) ? convertMap(v as Json) : convert(v);
  }
  if ('oneOf' in out) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    } else if (out.type === undefined) {
      const { title, description, ...rest } = out;
      return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}), anyOf: [rest, { type: 'null' }] };
    }
  } else if (out.nullable === false) delete out.nullable;
  return out;
}

function convertMap(map: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(map)) out[k] = convert(v);
  return out;
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (node && typeof node === 'object') return convertSchemaObject(node as Json);
  return node;
}

/**
 * Places where a spec contradicts itself; each fix follows the spec's own prose and is kept to the
 * single field concerned so everything else stays strict.
 */
function applyKnownSpecFixes(file: string, doc: Json): void {
  if (file === 'scripts.v3.yml') {
    // script_Base.consent_category: "Defaults to `unknown` when not specified" - but the enum omits it.
    const consent = (((doc.components as Json).schemas as Json).script_Base as Json).properties as Json;
    const field = consent.consent_category as Json;
    field.enum = [...(field.enum as string[]), 'unknown'];
  }
}

export interface LoadedSpec {
  file: string;
  doc: Json;
  converted: Json;
  ajv: Ajv;
  id: string;
}

const cache = new Map<string, LoadedSpec>();

function collectFormats(node: unknown, acc: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectFormats(n, acc));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') acc.add(v);
      else collectFormats(v, acc);
    }
  }
}

function newAjv(): Ajv {
  // unicodeRegExp off: spec patterns such as '[a-zA-Z0-9_\ -]' are not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  // OpenAPI numeric formats are type hints, not string formats.
  for (const f of ['int32', 'int64', 'float', 'double']) ajv.addFormat(f, { type: 'number', validate: () => true });
  // Promotions use format: time for "HH:MM:SS" without an offset.
  ajv.addFormat('time', /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/);
  return ajv;
}

const OWN_SOURCE = readFileSync(fileURLToPath(import.meta.url), 'utf8');

/**
 * YAML parsing of the big specs takes ~0.5-1.5 s each, so the parsed and converted documents are
 * cached as JSON in the OS temp dir, keyed by the spec's content and this file's source.
 */
function parseSpecCached(file: string): { doc: Json; converted: Json } {
  const text = readFileSync(path.join(SPECS_DIR, file), 'utf8');
  const key = createHash('sha1').update(text).update(OWN_SOURCE).digest('hex');
  const dir = path.join(tmpdir(), 'tandem-bc-spec-cache');
  const cached = path.join(dir, `${file.replace(/[^a-zA-Z0-9.]/g, '_')}-${key}.json`);
  if (existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as { doc: Json; converted: Json };
    } catch {
      // fall through and rebuild a corrupt cache entry
    }
  }
  const doc = parseYaml(text) as Json;
  const converted = convert(doc) as Json;
  applyKnownSpecFixes(file, converted);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ doc, converted }));
    renameSync(tmp, cached);
  } catch {
    // caching is an optimisation only
  }
  return { doc, converted };
}

export function loadSpec(file: string): LoadedSpec {
  const hit = cache.get(file);
  if (hit) return hit;
  const { doc, converted } = parseSpecCached(file);
  const ajv = newAjv();
  const formats = new Set<string>();
  collectFormats(converted, formats);
  for (const f of formats) if (!ajv.formats[f]) ajv.addFormat(f, true);
  const id = `bc-spec:${file.replace(/[^a-zA-Z0-9]/g, '_')}`;
  ajv.addSchema(converted, id);
  const spec = { file, doc, converted, ajv, id };
  cache.set(file, spec);
  return spec;
}

/** The path relative to the spec's server (strips `[/stores/{hash}]/v2|v3` and the query). */
export function relativeApiPath(p: string): string {
  const noQuery = p.split('?')[0] ?? p;
  const m = /^(?:https?:\/\/[^/]+)?(?:\/stores\/[^/]+)?\/v[23](\/.*)$/.exec(noQuery);
  return m ? (m[1] as string) : noQuery;
}

export interface FoundOperation {
  template: string;
  method: string;
  operation: Json;
}

/** Finds the operation by method + path; literal segments win over `{params}` (e.g. /orders/count). */
export function findOperation(file: string, method: string, p: string): FoundOperation {
  const spec = loadSpec(file);
  const paths = spec.doc.paths as Record<string, Json>;
  const m = method.toLowerCase();
  const rel = relativeApiPath(p);
  if (paths[rel]?.[m]) return { template: rel, method: m, operation: paths[rel][m] as Json };
  const segs = rel.split('/');
  let best: { template: string; score: number } | undefined;
  for (const template of Object.keys(paths)) {
    if (!paths[template]?.[m]) continue;
    const tsegs = template.split('/');
    if (tsegs.length !== segs.length) continue;
    let score = 0;
    let ok = true;
    for (let i = 0; i < tsegs.length; i++) {
      const t = tsegs[i] as string;
      if (/^\{[^}]+\}$/.test(t)) continue;
      if (t !== segs[i]) {
        ok = false;
        break;
      }
      score += 1;
    }
    if (ok && (!best || score > best.score)) best = { template, score };
  }
  if (!best) throw new Error(`${file}: no operation for ${method.toUpperCase()} ${rel}`);
  return { template: best.template, method: m, operation: (paths[best.template] as Json)[m] as Json };
}

const escapePointer = (s: string) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

function resolveLocal(spec: LoadedSpec, ref: string): Json {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((o, k) => (o as Json)[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec.doc) as Json;
}

const validators = new Map<string, ValidateFunction | null>();

/** The compiled response validator, or null when the response has no JSON body in the spec. */
function responseValidator(spec: LoadedSpec, op: FoundOperation, status: number): ValidateFunction | null {
  const key = `${spec.file} ${op.method} ${op.template} ${status}`;
  if (validators.has(key)) return validators.get(key) ?? null;
  const responses = op.operation.responses as Record<string, Json>;
  const code = responses[String(status)] ? String(status) : responses[`${String(status)[0]}XX`] ? `${String(status)[0]}XX` : responses.default ? 'default' : undefined;
  if (!code) {
    throw new Error(`${spec.file}: status ${status} is not documented for ${op.method.toUpperCase()} ${op.template} (documented: ${Object.keys(responses).join(', ')})`);
  }
  let pointer = `/paths/${escapePointer(op.template)}/${op.method}/responses/${escapePointer(code)}`;
  let response = responses[code] as Json;
  if (typeof response.$ref === 'string') {
    pointer = (response.$ref as string).replace(/^#/, '').split('/').map((s) => (s ? escapePointer(s.replace(/~1/g, '/').replace(/~0/g, '~')) : s)).join('/');
    response = resolveLocal(spec, response.$ref as string);
  }
  const content = response.content as Record<string, Json> | undefined;
  const mediaType = content ? Object.keys(content).find((c) => c.includes('json')) : undefined;
  if (!content || !mediaType || !(content[mediaType] as Json).schema) {
    validators.set(key, null);
    return null;
  }
  const validate = spec.ajv.compile({ $ref: `${spec.id}#${pointer}/content/${escapePointer(mediaType)}/schema` });
  validators.set(key, validate);
  return validate;
}

function formatErrors(errors: ErrorObject[] | null | undefined, body: unknown): string {
  return (errors ?? [])
    .slice(0, 15)
    .map((e) => {
      const value = e.instancePath.split('/').slice(1).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), body);
      return `  ${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)} got ${JSON.stringify(value)?.slice(0, 120)}`;
    })
    .join('\n');
}

export interface ValidationResult {
  valid: boolean;
  operationId: string;
  message: string;
}

/** Validates one response body against the spec's schema for that operation and status. */
export function validateResponse(file: string, method: string, p: string, status: number, body: unknown): ValidationResult {
  const spec = loadSpec(file);
  const op = findOperation(file, method, p);
  const operationId = String(op.operation.operationId ?? `${method} ${op.template}`);
  if (status === 204) {
    // No Content: whatever schema a spec attaches (scripts.v3.yml deleteScript has one), the body is empty.
    const empty = body === undefined || body === '';
    return { valid: empty, operationId, message: empty ? '' : `${operationId}: 204 must have an empty body` };
  }
  const validate = responseValidator(spec, op, status);
  if (!validate) {
    const empty = body === undefined || body === '' || body === null || (typeof body === 'object' && Object.keys(body as Json).length === 0);
    return { valid: empty || status !== 204, operationId, message: empty ? '' : `expected an empty body for ${status}` };
  }
  const valid = validate(body) as boolean;
  return { valid, operationId, message: valid ? '' : `${operationId} ${status} does not match ${file}:\n${formatErrors(validate.errors, body)}` };
}

/** Throws with a readable list of schema violations. Returns the operationId (for coverage bookkeeping). */
export function assertMatchesSpec(file: string, method: string, p: string, status: number, body: unknown): string {
  const r = validateResponse(file, method, p, status, body);
  if (!r.valid) throw new Error(r.message);
  return r.operationId;
}

const callbackCache = new Map<string, ValidateFunction>();

/** Validates a webhook delivery body against specs/webhooks/callbacks/{scope with / -> _}.yml. */
export function assertWebhookPayload(scope: string, body: unknown): void {
  let validate = callbackCache.get(scope);
  if (!validate) {
    const file = path.join(SPECS_DIR, 'webhooks', 'callbacks', `${scope.replace(/\//g, '_')}.yml`);
    const doc = convert(parseYaml(readFileSync(file, 'utf8'))) as Json;
    const schema = (doc.properties as Json | undefined)?.[scope] as Json | undefined;
    if (!schema) throw new Error(`no callback schema for ${scope}`);
    // These callback schemas list properties without `required`; require the documented envelope.
    const strict = { ...schema, required: ['scope', 'store_id', 'data', 'hash', 'created_at', 'producer'] };
    validate = newAjv().compile(strict);
    callbackCache.set(scope, validate);
  }
  if (!validate(body)) throw new Error(`webhook ${scope} payload does not match its callback schema:\n${formatErrors(validate.errors, body)}`);
}
