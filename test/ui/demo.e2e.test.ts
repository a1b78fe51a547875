// A newcomer runs the demo and opens the printed URL: the simulated control
// panel frames the app through /load, and the store's name shows inside it.
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startDemo, type Demo } from '../../scripts/demo.js';
import { repoRoot } from '../../scripts/local-db.js';
import { launchChromium } from '../helpers/browser.js';

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({
    mongoUri: inject('mongoUri'),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'tandem-demo-')),
    database: `tandem_demo_e2e_${process.pid}`,
    logLevel: 'silent',
  });
  browser = await launchChromium(chromium);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

it('opens the demo store in the control panel and shows its name inside the app frame', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(demo.url);
  const frame = page.frameLocator('iframe').first();
  await expect.poll(() => frame.getByTestId('store-name').textContent(), { timeout: 15_000 }).toBe('Summit Outfitters');
  await expect.poll(() => frame.getByRole('list', { name: 'Onboarding checklist' }).isVisible()).toBe(true);

  // "Test connection" reaches the store through the stored token.
  await frame.getByRole('button', { name: 'Test connection' }).click();
  await expect.poll(() => frame.getByText('Connection works').isVisible(), { timeout: 10_000 }).toBe(true);

  const shots = path.join(repoRoot, 'docs', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'overview.png') });

  // The Sync page: the history import finishes and shows its counts; webhooks are registered.
  await frame.getByRole('link', { name: 'Sync' }).click();
  await expect.poll(() => frame.getByRole('heading', { name: 'Imported' }).isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => frame.getByText('store/order/created', { exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
  await page.screenshot({ path: path.join(shots, 'sync.png') });
  expect(errors).toEqual([]);
});
