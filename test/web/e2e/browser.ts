import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium, requirePart, skipWithout } from '../../helpers/real-parts.js';

/** Debian's chromium (or $CHROMIUM_PATH), driven by playwright-core: no browser is ever downloaded. */
export const CHROMIUM = findChromium();
/** Set when chromium is missing outside CI (the tests skip saying so); under CI=true they fail instead. */
export const skipReason = skipWithout(CHROMIUM);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: requirePart(CHROMIUM),
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
