import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium, driven by playwright-core (no browser is ever downloaded). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Under CI=true a missing chromium is a failure, never a silent
 * skip; elsewhere the tests skip with a message saying how to install it.
 */
export function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const why = `${CHROMIUM} is absent (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`The studio browser tests need chromium: ${why}.`);
  console.log(`# studio browser tests skipped: ${why}`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/** A page whose errors and console errors show in the test log. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Functions the tests run in the page are compiled with names kept (esbuild's `__name` helper), and
  // reach the document through `doc()` (the tests compile without DOM types).
  await page.addInitScript({
    content: 'globalThis.__name = globalThis.__name || ((f) => f); globalThis.doc = () => document;',
  });
  page.on('pageerror', (error) => console.log(`# page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      console.log(`# console: ${message.text()}`);
  });
  return page;
}
