// Generates TypeScript types from BigCommerce's official OpenAPI specs.
//
//   npm run gen:bc-types            (specs from ../shared/bigcommerce/specs)
//   BC_SPECS_DIR=/path/to/specs npm run gen:bc-types
//
// Output goes to server/bigcommerce/generated/<name>.ts, one file per spec. The output is committed so
// that CI and production builds never need the specs; re-run this script only when the specs change.
// Hand-written adjustments to spec mistakes belong in server/bigcommerce/types.ts, never in the
// generated files.
import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specsDir = path.resolve(process.env.BC_SPECS_DIR ?? path.resolve(repoRoot, '../shared/bigcommerce/specs'));
const outDir = path.join(repoRoot, 'server/bigcommerce/generated');

/**
 * Spec file (relative to the specs folder) -> generated module name. (orders.v2.oas2.yml is
 * OpenAPI 3.0 despite its name; the module is called orders.v2.)
 */
const SPECS: ReadonlyArray<{ spec: string; out: string }> = [
  { spec: 'store_information.v2.yml', out: 'store_information.v2.ts' },
  { spec: 'orders.v2.oas2.yml', out: 'orders.v2.ts' },
  { spec: 'orders.v3.yml', out: 'orders.v3.ts' },
  { spec: 'customers.v3.yml', out: 'customers.v3.ts' },
  { spec: 'subscribers.v3.yml', out: 'subscribers.v3.ts' },
  { spec: 'catalog/products_catalog.v3.yml', out: 'products_catalog.v3.ts' },
  { spec: 'promotions.v3.yml', out: 'promotions.v3.ts' },
  { spec: 'marketing.v2.yml', out: 'marketing.v2.ts' },
  { spec: 'scripts.v3.yml', out: 'scripts.v3.ts' },
  { spec: 'webhooks.v3.yml', out: 'webhooks.v3.ts' },
];

function generatorVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require('openapi-typescript/package.json') as { version: string }).version;
  } catch {
    return '7';
  }
}

function header(spec: string, source: string, version: string): string {
  return [
    '/**',
    ' * GENERATED FILE - DO NOT EDIT BY HAND.',
    ` * Source spec: ${spec} (BigCommerce official OpenAPI, unmodified upstream copy)`,
    source ? ` * Upstream:    ${source}` : undefined,
    ` * Generator:   scripts/gen-bc-types.ts (\`npm run gen:bc-types\`), openapi-typescript ${version}`,
    ' * Spec dir:    $BC_SPECS_DIR or ../shared/bigcommerce/specs relative to the repo root',
    ' * Friendly aliases and spec corrections live in server/bigcommerce/types.ts.',
    ' */',
    '/* eslint-disable */',
    '',
  ]
    .filter((l): l is string => l !== undefined)
    .join('\n');
}

async function upstreamInfo(): Promise<string> {
  try {
    const txt = await readFile(path.join(specsDir, 'SOURCE.txt'), 'utf8');
    const repo = /Repository\s*:\s*(\S+)/.exec(txt)?.[1];
    const commit = /Commit\s*:\s*([0-9a-f]{40})/.exec(txt)?.[1];
    return repo && commit ? `${repo}@${commit}` : '';
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  await access(specsDir).catch(() => {
    throw new Error(`Specs folder not found: ${specsDir} (set BC_SPECS_DIR)`);
  });
  await mkdir(outDir, { recursive: true });
  const source = await upstreamInfo();
  const version = generatorVersion();
  for (const { spec, out } of SPECS) {
    const file = path.join(specsDir, spec);
    const ast = await openapiTS(pathToFileURL(file), {
      // Types only (no runtime enums), in spec order. `defaultNonNullable: false` because the same
      // schemas describe request bodies: a property with a documented default (e.g. a promotion
      // rule's `apply_once`) is optional when sending, so it must not be typed as required.
      alphabetize: false,
      defaultNonNullable: false,
      silent: process.env.BC_GEN_VERBOSE !== '1', // BC_GEN_VERBOSE=1 shows the generator's spec warnings
    });
    const code = header(spec, source, version) + astToString(ast);
    await writeFile(path.join(outDir, out), code, 'utf8');
    console.log(`generated ${path.relative(repoRoot, path.join(outDir, out))} from ${spec}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
