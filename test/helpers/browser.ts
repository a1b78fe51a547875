import { existsSync } from 'node:fs';
import type { BrowserType } from 'playwright-core';

/** Debian's chromium, started the way this sandbox allows (no sandbox, no background network). */
export async function launchChromium(type: BrowserType) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return type.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
