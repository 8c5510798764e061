/**
 * The web studio end to end, in a real headless Chromium (Debian's, found by test/helpers/real-parts.ts;
 * driven by playwright-core; no browser is downloaded): the real server, three photos and a WAV
 * uploaded through the page, two chat messages, hand edits on the timeline, preview frames, an
 * export downloaded and probed. Screenshots of the main states go to test/.artifacts/studio/.
 *
 * Skips (with a message) only when chromium is absent, and fails for it under CI=true. JOY_E2E_SCREENSHOTS_TO=docs/screenshots
 * also copies the key screenshots there for the README.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { build } from 'vite';
import { probe } from '../../src/media/probe.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { findChromium, requirePart, skipWithout } from '../helpers/real-parts.js';

/** The few DOM shapes the functions run in the page touch (the test itself compiles without DOM types). */
interface PageElement {
  id: string;
  type?: string;
  defaultValue?: string;
  videoWidth?: number;
  textContent: string | null;
  outerHTML: string;
  tagName: string;
  className: string;
  blur?(): void;
  getBoundingClientRect(): { right: number };
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
}
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: PageElement | null;
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
};
declare const window: {
  scrollY: number;
  scrollTo(x: number, y: number): void;
  __joyPreview?: { frames: number; meanMs: number; serverMeanMs: number; height: number };
};
declare const localStorage: { getItem(key: string): string | null };

const CHROMIUM = findChromium();
const ROOT = new URL('../../', import.meta.url).pathname;
const ARTIFACTS = join(ROOT, 'test/.artifacts/studio');
const skipReason = skipWithout(CHROMIUM);

let tmp: string;
let server: RunningServer;
let browser: Browser;
const files: Record<string, string> = {};

/** A 640×480 photo: a gradient, a sun and a label colour, so the three are easy to tell apart. */
async function photo(path: string, hue: [number, number, number], accent: string): Promise<void> {
  const [r, g, b] = hue;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${r >> 2},${g >> 2},${b >> 2})"/>
    </linearGradient></defs>
    <rect width="640" height="480" fill="url(#g)"/>
    <circle cx="420" cy="170" r="70" fill="${accent}"/>
    <path d="M0 400 L160 260 L300 380 L430 280 L640 420 L640 480 L0 480 Z" fill="rgba(0,0,0,0.45)"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path);
}

/** A mono 16-bit WAV: a 220 Hz tone with a pulse every half second (so the waveform has shape). */
async function wav(path: string, seconds: number): Promise<void> {
  const rate = 22_050;
  const samples = Math.round(rate * seconds);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    const envelope = 0.25 + 0.7 * Math.exp(-((t % 0.5) * 8));
    data.writeInt16LE(Math.round(Math.sin(2 * Math.PI * 220 * t) * envelope * 32_000 * 0.8), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  await writeFile(path, Buffer.concat([header, data]));
}

/** Full-page screenshot once the preview shows the frame at the playhead of the current draft. */
async function shot(page: Page, name: string): Promise<void> {
  if ((await page.getByTestId('preview-frame').count()) > 0) {
    await page.waitForSelector('[data-testid="preview-frame"][data-settled="true"]', { timeout: 60_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  // Animations are left running: freezing them would freeze the video player's loading spinner on screen.
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** No element makes the page scroll sideways (the message names the ones that stick out). */
async function assertNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scroll, width, wide } = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > viewport + 0.5 && !element.closest('.tl-scroll')) {
        wide.push(`${element.tagName.toLowerCase()}.${element.className} → ${Math.round(box.right)}px`);
      }
    }
    return { scroll: document.documentElement.scrollWidth, width: viewport, wide: wide.slice(0, 8) };
  });
  assert.ok(
    scroll <= width,
    `${label}: page is ${scroll}px wide in a ${width}px viewport: ${wide.join('; ')}`,
  );
}

/** Every button and form control has a name a screen reader can say. */
async function assertLabelled(page: Page, label: string): Promise<void> {
  const unnamed = await page.evaluate(() => {
    const out: string[] = [];
    for (const element of document.querySelectorAll('button, input, select, textarea, a[href]')) {
      const el = element;
      if (el.type === 'hidden') continue;
      const id = el.id;
      const named =
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        (el.textContent ?? '').trim() ||
        (id && document.querySelector(`label[for="${id}"]`)) ||
        el.closest('label');
      if (!named) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
  assert.deepEqual(unnamed, [], `${label}: controls without a name`);
}

/** Seeks the exported video's player to `seconds` and waits until it has loaded (no spinner). */
async function showExportFrame(page: Page, seconds: number): Promise<void> {
  // Playing a moment first clears the player's initial loading state (its spinner).
  await page.evaluate(async (at) => {
    const video = document.querySelector('[data-testid="export-video"]') as unknown as {
      currentTime: number;
      muted: boolean;
      play(): Promise<void>;
      pause(): void;
    };
    video.muted = true;
    await video.play().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));
    video.pause();
    video.muted = false;
    video.currentTime = at;
  }, seconds);
  await page.waitForFunction(
    (at) => {
      const video = document.querySelector('[data-testid="export-video"]') as unknown as {
        currentTime: number;
        readyState: number;
        networkState: number;
        seeking: boolean;
      };
      return (
        !video.seeking &&
        Math.abs(video.currentTime - at) < 0.05 &&
        video.readyState === 4 &&
        video.networkState !== 2
      );
    },
    seconds,
    { timeout: 30_000 },
  );
}

async function waitForChatIdle(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.msg-working') && !document.querySelector('.chip:disabled'),
    null,
    {
      timeout,
    },
  );
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`# page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`# console: ${message.text()}`);
  });
  return page;
}

before(async () => {
  if (skipReason) return;
  const executablePath = requirePart(CHROMIUM);
  tmp = await mkdtemp(join(tmpdir(), 'joy-studio-e2e-'));
  await mkdir(ARTIFACTS, { recursive: true });
  const webRoot = join(tmp, 'web');
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(tmp, 'data'),
    logLevel: 'warn',
    webRoot,
  });
  // The studio's own routes (hand edits, undo/redo, preview frames) live in src/server/routes/studio.ts.
  const wired = await fetch(`${server.url}/api/studio/none/history`);
  const answer = (await wired.json()) as { message?: string };
  if (wired.status === 404 && /No route/.test(answer.message ?? '')) {
    throw new Error(
      'The studio routes are not wired into the server: buildApp must register ' +
        'studioRoutes from src/server/routes/studio.ts.',
    );
  }
  files.beach = join(tmp, 'beach.jpg');
  files.forest = join(tmp, 'forest.jpg');
  files.sunset = join(tmp, 'sunset.jpg');
  files.music = join(tmp, 'lofi.wav');
  files.notes = join(tmp, 'notes.txt');
  await photo(files.beach, [40, 140, 230], '#ffd166');
  await photo(files.forest, [40, 170, 90], '#f4f1de');
  await photo(files.sunset, [230, 110, 60], '#fff3b0');
  await wav(files.music, 3);
  await writeFile(files.notes, 'not a photo\n');
  browser = await chromium.launch({
    executablePath,
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
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('studio: upload, chat, timeline, preview, export and download', {
  skip: skipReason,
  timeout: 900_000,
}, async () => {
  const desktop = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = await newPage(desktop);
  await page.goto(server.url);

  // Start: anonymous token and session through the API, no sign-up.
  await page.getByText('Connected').waitFor();
  await page.getByText(/100 credits/).waitFor();
  const stored = await page.evaluate(() => ({
    token: localStorage.getItem('joy.token'),
    sid: localStorage.getItem('joy.sessionId'),
  }));
  assert.ok(stored.token && stored.sid, 'token and session are remembered');
  await assertLabelled(page, 'empty');
  await shot(page, 'desktop-empty');

  // Upload: three photos, music, and a file that is refused while the others carry on.
  await page
    .getByTestId('file-input')
    .setInputFiles([files.beach!, files.forest!, files.sunset!, files.music!, files.notes!]);
  await page
    .getByText('notes.txt is not a photo, clip or music file Joy can use.')
    .waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('.media-tile').length === 4, null, {
    timeout: 60_000,
  });
  assert.equal(await page.locator('.media-tile img').count(), 3, 'photos show thumbnails');
  await shot(page, 'desktop-uploaded');

  // Chat: one-tap suggestion, then a message typed in the box.
  await page
    .getByRole('button', { name: 'turn my photos into a smooth animated video with transitions' })
    .click();
  await waitForChatIdle(page);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="video-track"] .seg-video').length === 3,
  );
  const input = page.getByLabel('Message to Joy');
  await input.fill("make it 9:16 with a title 'Road Trip'");
  await input.press('Enter');
  await waitForChatIdle(page);
  const lines = await page.locator('.edit-line').allTextContents();
  assert.ok(
    lines.some((line) => /Aspect → 9:16/.test(line)),
    `an "Aspect → 9:16" line among: ${lines.join(' | ')}`,
  );
  assert.ok(
    lines.some((line) => /Title 'Road Trip'/.test(line)),
    `a "Title 'Road Trip'" line among: ${lines.join(' | ')}`,
  );
  await page.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).waitFor();
  assert.match((await page.getByTestId('canvas-size').textContent()) ?? '', /9:16 · 1080×1920/);
  assert.equal(await page.getByTestId('preview-frame').getAttribute('data-aspect'), '9:16');

  // Music on the timeline (the director may already have used it), with a waveform from WebAudio.
  if ((await page.locator('[data-testid="audio-track"] .seg-audio').count()) === 0) {
    await page.getByRole('button', { name: 'Use as music: lofi.wav' }).click();
  }
  await page
    .locator('[data-testid="audio-track"] .seg-audio[data-waveform="ready"]')
    .waitFor({ timeout: 30_000 });

  // Hand edits through the settings panel: 3 photos × 2 s (a short export on a small machine).
  for (let index = 0; index < 3; index++) {
    await page.locator('[data-testid="video-track"] .seg-video').nth(index).click();
    const duration = page.getByLabel('Duration (seconds)');
    await duration.fill('2');
    await duration.press('Enter');
    await page.waitForFunction(
      (n) =>
        document.getElementById('f-duration')?.defaultValue === '2' &&
        document.querySelectorAll('.msg-edit').length > n,
      index,
    );
  }
  assert.match(
    (await page.locator('.timeline-summary').textContent()) ?? '',
    /^\d(\.\d+)?s · 1080×1920 · 9:16$/,
  );

  // Reorder with the keyboard (Alt+→), then undo it.
  const names = () =>
    page
      .locator('[data-testid="video-track"] .seg-video')
      .evaluateAll((els) => els.map((el) => el.getAttribute('title')));
  const before = await names();
  await page.locator('[data-testid="video-track"] .seg-video').first().focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.waitForFunction(
    (first) =>
      document.querySelector('[data-testid="video-track"] .seg-video')?.getAttribute('title') !== first,
    before[0],
  );
  const moved = await names();
  assert.deepEqual(moved, [before[1], before[0], before[2]]);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('title')),
    before[0],
    'focus stays on the moved photo',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(
    (first) =>
      document.querySelector('[data-testid="video-track"] .seg-video')?.getAttribute('title') === first,
    before[0],
  );
  assert.equal(await page.getByRole('button', { name: 'Redo' }).isEnabled(), true);

  // Reorder by dragging the first photo past the second, then undo.
  const dragFirstPastSecond = async () => {
    const first = page.locator('[data-testid="video-track"] .seg-video').nth(0);
    const second = page.locator('[data-testid="video-track"] .seg-video').nth(1);
    const a = (await first.boundingBox())!;
    const b = (await second.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2, { steps: 3 });
    await page.mouse.move(b.x + b.width * 0.8, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
  };
  const firstIs = (name: string | null, timeout: number) =>
    page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="video-track"] .seg-video')?.getAttribute('title') === expected,
      name,
      { timeout },
    );
  await dragFirstPastSecond();
  // A person whose drag did not take tries again; so does the test, once, and says so in the log.
  if (
    !(await firstIs(before[1]!, 10_000).then(
      () => true,
      () => false,
    ))
  ) {
    console.log('# drag to reorder did not take on the first try; trying again');
    await dragFirstPastSecond();
    await firstIs(before[1]!, 20_000);
  }
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(
    (name) =>
      document.querySelector('[data-testid="video-track"] .seg-video')?.getAttribute('title') === name,
    before[0],
  );

  // Preview: scrub to a frame, then play a little (frames ahead at ~10 fps).
  const frame = page.locator('[data-testid="preview-frame"] img');
  await frame.waitFor({ timeout: 60_000 });
  const firstSrc = await frame.getAttribute('src');
  await page.getByLabel('Preview position').fill('2500');
  await page.waitForFunction(
    (src) => document.querySelector('[data-testid="preview-frame"] img')?.getAttribute('src') !== src,
    firstSrc,
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2500);
  if (await page.getByRole('button', { name: 'Pause' }).isVisible())
    await page.getByRole('button', { name: 'Pause' }).click();
  const stats = await page.evaluate(() => window.__joyPreview);
  assert.ok(stats && stats.frames >= 3, `preview frames fetched: ${JSON.stringify(stats)}`);
  console.log(
    `# preview: ${stats.frames} frames at ${stats.height}p, ${stats.meanMs.toFixed(0)} ms per frame in the page (server render+encode ${stats.serverMeanMs.toFixed(0)} ms)`,
  );
  await page.getByLabel('Preview position').fill('500');
  await page.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).click();
  // Selecting the title moves the playhead to its start; show it once faded in.
  await page.getByLabel('Preview position').fill('1200');
  await assertLabelled(page, 'timeline');
  await shot(page, 'desktop-timeline');

  // Export: one button, a progress bar, then a player and a download.
  await page.getByTestId('export').click();
  await page.getByRole('progressbar', { name: 'Export progress' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('download').waitFor({ timeout: 600_000 });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="export-video"]')?.videoWidth === 1080,
    null,
    {
      timeout: 30_000,
    },
  );
  // Show a frame of the export with its title in the player, and the same moment in the preview.
  await showExportFrame(page, 1);
  await page.getByLabel('Preview position').fill('1000');
  await shot(page, 'desktop-export-done');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const mp4 = join(tmp, 'export.mp4');
  await download.saveAs(mp4);
  const info = await probe(mp4);
  const video = info.streams.find((stream) => stream.codec_type === 'video');
  assert.equal(video?.codec_name, 'h264');
  assert.equal(video?.width, 1080);
  assert.equal(video?.height, 1920);
  assert.ok(
    info.streams.some((stream) => stream.codec_type === 'audio'),
    'the music is in the export',
  );

  // The export is listed after a reload (from state.generated_media); the project is remembered.
  await page.reload();
  await page.getByRole('heading', { name: 'Earlier exports' }).waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).waitFor();

  // Chinese interface.
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('heading', { name: '时间线' }).waitFor();
  await shot(page, 'desktop-zh');
  await page.getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('joy.lang')), 'en', 'the choice is remembered');

  // Mobile, 360 px wide: the same project (same token and session), then a fresh start.
  const state = await desktop.storageState();
  const mobileOptions = {
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  };
  const mobile = await browser.newContext({ ...mobileOptions, storageState: state });
  const phone = await newPage(mobile);
  await phone.goto(server.url);
  await phone
    .locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' })
    .waitFor({ timeout: 30_000 });
  await phone.locator('[data-testid="preview-frame"] img').waitFor({ timeout: 60_000 });
  await phone.getByLabel('Preview position').fill('1200');
  await phone.evaluate(() => document.activeElement?.blur?.());
  await assertNoHorizontalScroll(phone, 'mobile timeline');
  await shot(phone, 'mobile-timeline');
  // Export from the phone (the same draft: the earlier render may be reused), then show the result.
  await phone.getByTestId('export').click();
  await phone.getByTestId('download').waitFor({ timeout: 600_000 });
  await phone.waitForFunction(
    () => (document.querySelector('[data-testid="export-video"]')?.videoWidth ?? 0) > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  await showExportFrame(phone, 1);
  await assertNoHorizontalScroll(phone, 'mobile export');
  await phone.evaluate(() => {
    const heading = document.getElementById('export-heading') as unknown as {
      getBoundingClientRect(): { top: number };
    };
    window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - 80);
  });
  await phone.screenshot({ path: join(ARTIFACTS, 'mobile-export-done.png') });
  const fresh = await browser.newContext(mobileOptions);
  const freshPage = await newPage(fresh);
  await freshPage.goto(server.url);
  await freshPage.getByText(/100 credits/).waitFor();
  await assertNoHorizontalScroll(freshPage, 'mobile empty');
  await shot(freshPage, 'mobile-empty');

  await Promise.all([desktop.close(), mobile.close(), fresh.close()]);

  const docs = process.env.JOY_E2E_SCREENSHOTS_TO;
  if (docs) {
    const target = join(ROOT, docs);
    await mkdir(target, { recursive: true });
    for (const name of [
      'desktop-empty',
      'desktop-timeline',
      'desktop-export-done',
      'mobile-empty',
      'mobile-timeline',
      'mobile-export-done',
    ]) {
      await copyFile(join(ARTIFACTS, `${name}.png`), join(target, `studio-${name}.png`));
    }
  }
});
