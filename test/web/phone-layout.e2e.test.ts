/**
 * The studio on a phone (390×844, touch) and beside it at 1366×800, in Debian's chromium: each timeline
 * row has its own label icon in line with it, controls are 44 px tap targets on touch (and keep their
 * mouse size on a desktop), a 9:16 preview is shaped like the video and uses the width, and what a
 * person just caused (Joy's reply, a finished export) is on screen, not under the player or the header.
 *
 * Without chromium the test skips with a message, and fails under CI=true (test/helpers/real-parts.ts).
 * Screenshots land in test/.artifacts/phone-layout/.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import { newPage, PHONE, skipReason } from './e2e/browser.js';
import {
  assertInView,
  assertNoHorizontalScroll,
  assertTapTargets,
  assertTrackLabelsAligned,
} from './e2e/checks.js';
import type { Files } from './e2e/fixtures.js';
import { type Studio, startStudio } from './e2e/studio.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTIFACTS = join(ROOT, 'test/.artifacts/phone-layout');
const LAPTOP = { viewport: { width: 1366, height: 800 } } as const;

let studio: Studio | undefined;
let server: RunningServer;
let browser: Browser;
let files: Files;

interface PageDoc {
  querySelectorAll(selector: string): ArrayLike<unknown>;
  querySelector(selector: string): unknown;
}
const doc = () => (globalThis as unknown as { document: PageDoc }).document;

/** Waits a frame in the page: the studio brings a reply or a finished export into view a frame late. */
function nextFrame(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        (
          globalThis as unknown as { requestAnimationFrame(callback: () => void): void }
        ).requestAnimationFrame(() => setTimeout(resolve, 50)),
      ),
  );
}

/** Sends a chat message and waits until its reply is in and the composer is free again. */
async function sendChat(page: Page, text: string): Promise<void> {
  const replies = await page.locator('.msg-assistant').count();
  await page.getByLabel('Message to Joy').fill(text);
  await page.getByLabel('Message to Joy').press('Enter');
  await page.waitForFunction(
    (count) =>
      doc().querySelectorAll('.msg-assistant').length > count &&
      !doc().querySelector('.msg-working') &&
      !doc().querySelector('.composer textarea:disabled'),
    replies,
    { timeout: 60_000 },
  );
  await nextFrame(page);
}

before(async () => {
  if (skipReason) return;
  await mkdir(ARTIFACTS, { recursive: true });
  studio = await startStudio('phone');
  ({ server, browser, files } = studio);
});

after(async () => {
  await studio?.close();
});

test('phone 390×844: labels in line, 44 px targets, a 9:16 preview that fits, replies and exports in view', {
  skip: skipReason,
  timeout: 180_000,
}, async () => {
  const phone = await browser.newContext({ ...PHONE, locale: 'en-US', acceptDownloads: true });
  const page = await newPage(phone);
  await page.goto(server.url);
  await page.getByText(/100 credits/).waitFor();
  await page.getByTestId('file-input').setInputFiles([files.beach, files.forest, files.sunset, files.music]);
  await page.waitForFunction(() => doc().querySelectorAll('.media-tile').length === 4, null, {
    timeout: 60_000,
  });
  await assertTapTargets(page, '.topbar button, .media-add', 'phone header and media');

  await sendChat(page, 'turn my photos into a smooth animated video with transitions');
  await sendChat(page, "make it 9:16 with a title 'Road Trip'");
  // The sentence of the reply, not only its change lines, is on screen, clear of the player.
  await assertInView(page, '.msg-assistant .msg-text', 'phone reply');
  await page.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).waitFor();

  // A 9:16 preview is as tall as half the screen allows, in a box of its own shape.
  const frame = (await page.getByTestId('preview-frame').boundingBox())!;
  assert.ok(frame.height >= 844 * 0.45, `a 9:16 preview ${Math.round(frame.height)} px tall on a phone`);
  assert.ok(Math.abs(frame.width / frame.height - 9 / 16) < 0.02, `shaped 9:16: ${JSON.stringify(frame)}`);
  const stage = (await page.locator('.stage').boundingBox())!;
  assert.equal(
    await page
      .locator('.stage')
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string } }
          ).getComputedStyle(el).backgroundColor,
      ),
    'rgba(0, 0, 0, 0)',
    `nothing dark around the frame (stage ${Math.round(stage.width)} px wide)`,
  );

  await page.getByRole('button', { name: 'Use as music: lofi.wav' }).tap();
  await page.locator('[data-testid="audio-track"] .seg-audio').waitFor();
  await assertTrackLabelsAligned(page, 'phone');
  await assertTapTargets(
    page,
    '.seg-text, .media-add, .topbar button, .timeline-card .icon-btn, .chat-card .chip, .send',
    'phone',
  );
  await assertNoHorizontalScroll(page, 'phone');
  await page.locator('.timeline-card').screenshot({ path: join(ARTIFACTS, 'phone-timeline.png') });

  // Export (a short video, so it renders quickly): "ready" is on screen when it finishes.
  await sendChat(page, '1 second per photo');
  assert.match((await page.locator('.timeline-summary').textContent()) ?? '', /^[1-3](\.\d)?s · /);
  await page.getByTestId('export').tap();
  await page.getByTestId('download').waitFor({ timeout: 120_000 });
  await nextFrame(page);
  await assertInView(page, '.export-done .success-text', 'phone export');
  await page.screenshot({ path: join(ARTIFACTS, 'phone-export-done.png') });

  // The same project on a laptop: labels in line, controls keep their mouse size.
  const laptop = await browser.newContext({
    ...LAPTOP,
    locale: 'en-US',
    storageState: await phone.storageState(),
  });
  const desk = await newPage(laptop);
  await desk.goto(server.url);
  await desk.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).waitFor();
  await desk.locator('[data-testid="audio-track"] .seg-audio').waitFor();
  await assertTrackLabelsAligned(desk, 'laptop');
  const add = (await desk.locator('.media-add').first().boundingBox())!;
  assert.ok(add.width < 44, `a mouse-sized add button on a laptop: ${add.width}`);
  await desk.locator('.timeline-card').screenshot({ path: join(ARTIFACTS, 'laptop-timeline.png') });
  await laptop.close();
  await phone.close();
});
