/**
 * The web studio as a person uses it, in Debian's chromium (playwright-core; no browser download), on the
 * real server, at 1366×900 and 390×844: upload (three photos, a HEIC, music, two files that are refused),
 * chat in English and Chinese, edits on the timeline, a second tab that follows without reloading, a stale
 * tab's edit refused, a reload in the middle of a chat and of an export, the export played and
 * downloaded, its MP4 probed and its frames read back, and no English left in 中文 mode.
 *
 * Without chromium the tests skip with a message, and fail under CI=true (test/helpers/real-parts.ts). JOY_E2E_SCREENSHOTS_TO=docs/screenshots copies the
 * README screenshots there; every screenshot also lands in test/.artifacts/studio/.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { probe } from '../../src/media/probe.js';
import type { RunningServer } from '../../src/server/index.js';
import { readVideoFrame } from '../helpers/media.js';
import { DESKTOP, newPage, PHONE, skipReason } from './e2e/browser.js';
import {
  assertFocusNotHidden,
  assertInView,
  assertLabelled,
  assertNoBlankSpace,
  assertNoHorizontalScroll,
  visibleEnglish,
} from './e2e/checks.js';
import { type Files, PHOTO_COLOURS } from './e2e/fixtures.js';
import { type Studio, startStudio } from './e2e/studio.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTIFACTS = join(ROOT, 'test/.artifacts/studio');
const SCREENSHOTS = [
  'desktop-empty',
  'desktop-timeline',
  'desktop-export-done',
  'desktop-zh',
  'mobile-empty',
  'mobile-timeline',
  'mobile-export-done',
  'mobile-zh',
];

let studio: Studio | undefined;
let tmp: string;
let server: RunningServer;
let browser: Browser;
let files: Files;

interface PageVideo {
  videoWidth: number;
  currentTime: number;
  readyState: number;
  seeking: boolean;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
}
interface PageDoc {
  querySelector(
    selector: string,
  ): (PageVideo & { getAttribute(name: string): string | null; textContent: string | null }) | null;
  querySelectorAll(selector: string): ArrayLike<{ className: string; textContent: string | null }>;
}
const doc = () => (globalThis as unknown as { document: PageDoc }).document;

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  if ((await page.getByTestId('preview-frame').count()) > 0) {
    await page.waitForSelector('[data-testid="preview-frame"][data-settled="true"]', { timeout: 60_000 });
  }
  if (fullPage)
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

async function waitForChatIdle(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => !doc().querySelector('.msg-working') && !doc().querySelector('.composer textarea:disabled'),
    null,
    { timeout },
  );
  // Settled: the transcript shown is the server's (no bubble of this page's own turn left pending).
  await page.waitForFunction(
    () => !doc().querySelector('.chip[disabled]') || doc().querySelector('[data-testid="needs-photos"]'),
    null,
    { timeout },
  );
}

/**
 * Sends a chat message and waits for its reply: by the number of replies, since right after Enter the
 * composer may not be busy yet, so "idle" alone can be the moment before the message leaves.
 */
async function sendChat(page: Page, label: string, text: string): Promise<void> {
  const replies = await page.locator('.msg-assistant').count();
  await page.getByLabel(label).fill(text);
  await page.getByLabel(label).press('Enter');
  await page.waitForFunction((count) => doc().querySelectorAll('.msg-assistant').length > count, replies, {
    timeout: 120_000,
  });
  await waitForChatIdle(page);
}

/** Roles and texts of the chat log, in order. */
function transcript(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(doc().querySelectorAll('.chat-log > .msg')).map(
      (li) =>
        `${li.className.replace('msg msg-', '')}: ${(li.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
    ),
  );
}

const videoSegments = (page: Page) => page.locator('[data-testid="video-track"] .seg-video');
const summary = (page: Page) => page.locator('.timeline-summary').textContent();

/** Sets every photo's duration through the settings panel (selecting each on the timeline). */
async function setPhotoDurations(page: Page, seconds: string, label: string): Promise<void> {
  const count = await videoSegments(page).count();
  for (let index = 0; index < count; index++) {
    await videoSegments(page).nth(index).click();
    const field = page.getByLabel(label);
    await field.fill(seconds);
    await field.press('Enter');
    await page.waitForFunction(
      (value) =>
        (doc().querySelector('#f-duration') as unknown as { defaultValue: string } | null)?.defaultValue ===
        value,
      seconds,
    );
  }
}

/** Starts an export, reloads while it renders, and sees it resume and finish with a playable video. */
async function exportThroughReload(page: Page, progressWord: RegExp): Promise<void> {
  await page.getByTestId('export').click();
  await page.getByTestId('export-progress').waitFor({ timeout: 30_000 });
  const before = (await page.getByTestId('export-progress').textContent()) ?? '';
  await page.reload();
  // The export goes on on the server: its progress bar is back without pressing anything.
  const resumed = await Promise.race([
    page
      .getByTestId('export-progress')
      .waitFor({ timeout: 60_000 })
      .then(() => 'progress'),
    page
      .getByTestId('download')
      .waitFor({ timeout: 60_000 })
      .then(() => 'finished'),
  ]);
  if (resumed === 'progress')
    assert.match((await page.getByTestId('export-progress').textContent()) ?? '', progressWord);
  console.log(`# export reload: before "${before}", after reload: ${resumed}`);
  await page.getByTestId('download').waitFor({ timeout: 600_000 });
  await page.waitForFunction(
    () => (doc().querySelector('[data-testid="export-video"]')?.videoWidth ?? 0) > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  // Size and length of the file, as the server measured them.
  assert.match(
    (await page.getByTestId('export-facts').textContent()) ?? '',
    /\d+×\d+ · [\d.]+ (KB|MB) · 0:0\d/,
  );
}

/** Plays the exported video a moment and parks it at `seconds` (no loading spinner in screenshots). */
async function showExportFrame(page: Page, seconds: number): Promise<void> {
  await page.evaluate(async (at) => {
    const video = doc().querySelector('[data-testid="export-video"]')!;
    video.muted = true;
    await video.play().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));
    video.pause();
    video.currentTime = at;
  }, seconds);
  await page.waitForFunction(
    (at) => {
      const video = doc().querySelector('[data-testid="export-video"]')!;
      return !video.seeking && Math.abs(video.currentTime - at) < 0.05 && video.readyState === 4;
    },
    seconds,
    { timeout: 30_000 },
  );
}

/** Downloads the export, probes it, and reads frames back: each photo shows in the order of the timeline. */
async function checkDownload(
  page: Page,
  name: string,
  expected: {
    width: number;
    height: number;
    photos: (keyof typeof PHOTO_COLOURS)[];
    count: number;
    photoMs: number;
  },
) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const mp4 = join(tmp, `${name}.mp4`);
  await download.saveAs(mp4);
  const info = await probe(mp4);
  const video = info.streams.find((stream) => stream.codec_type === 'video');
  assert.equal(video?.codec_name, 'h264');
  assert.equal(video?.width, expected.width);
  assert.equal(video?.height, expected.height);
  assert.ok(
    info.streams.some((stream) => stream.codec_type === 'audio'),
    'the music is in the export',
  );
  // Photos of equal length D overlap by equal transitions T (at most D/2): the video lasts nD − (n−1)T,
  // and photo k shows alone at the middle of its extent, k(D − T) + D/2.
  const fps = 30;
  const n = expected.count;
  const D = expected.photoMs / 1000;
  const total = Number(video?.duration ?? info.format.duration);
  const T = n > 1 ? Math.max(0, (n * D - total) / (n - 1)) : 0;
  for (const [k, photo] of expected.photos.entries()) {
    const frame = await readVideoFrame(mp4, Math.round((k * (D - T) + D / 2) * fps));
    const mean = [0, 0, 0];
    let count = 0;
    for (let y = Math.round(frame.height * 0.3); y < frame.height * 0.5; y += 4) {
      for (let x = Math.round(frame.width * 0.3); x < frame.width * 0.7; x += 4) {
        const o = (y * frame.width + x) * 3;
        for (let c = 0; c < 3; c++) mean[c]! += frame.data[o + c]!;
        count++;
      }
    }
    const rgb = mean.map((sum) => sum / count);
    const want = PHOTO_COLOURS[photo];
    const strongest = (values: readonly number[]) => values.indexOf(Math.max(...values));
    assert.equal(
      strongest(rgb),
      strongest(want),
      `${name}: frame of photo ${k + 1} (${photo}) has mean ${rgb.map(Math.round)}`,
    );
  }
}

before(async () => {
  if (skipReason) return;
  await mkdir(ARTIFACTS, { recursive: true });
  studio = await startStudio('studio');
  ({ tmp, server, browser, files } = studio);
});

after(async () => {
  await studio?.close();
});

test('studio at 1366×900: upload, chat, edits seen live in a second tab, reloads mid-chat and mid-export, 中文', {
  skip: skipReason,
  timeout: 900_000,
}, async () => {
  const context = await browser.newContext({ ...DESKTOP, locale: 'en-US', acceptDownloads: true });
  const page = await newPage(context);
  await page.goto(server.url);
  await page.getByText('Connected').waitFor();
  await page.getByText(/100 credits/).waitFor();
  // Before any photo the suggestions say what to do first.
  await page.getByTestId('needs-photos').getByText('Upload photos first').waitFor();
  assert.equal(await page.locator('.chips .chip:disabled').count(), 4);
  await assertLabelled(page, 'empty');
  await assertNoBlankSpace(page, 'empty');
  await shot(page, 'desktop-empty');

  // Upload: three photos, a HEIC, music, and two files that are refused while the others carry on.
  await page
    .getByTestId('file-input')
    .setInputFiles([
      files.beach,
      files.forest,
      files.sunset,
      files.heic,
      files.music,
      files.notes,
      files.broken,
    ]);
  // Each refusal is the server's own reason, not the studio's guess from the status.
  await page
    .getByText('notes.txt is a text file, not a photo, video or audio file.')
    .waitFor({ timeout: 60_000 });
  await page
    .getByText('broken.jpg is a text file, not a photo, video or audio file.')
    .waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => doc().querySelectorAll('.media-tile').length === 5, null, {
    timeout: 60_000,
  });
  assert.equal(await page.locator('.upload-failed img').count(), 0, 'a refused file shows no picture');
  await page.getByText('5 files').waitFor();
  // The HEIC has a thumbnail the browser can draw (made by the server).
  await page.waitForFunction(() => {
    const img = doc().querySelector('.media-tile[title="quadrants.heic"] img') as unknown as {
      naturalWidth: number;
    } | null;
    return (img?.naturalWidth ?? 0) > 0;
  });

  // Chat: a suggestion, then a message typed in the box.
  await page
    .getByRole('button', { name: 'turn my photos into a smooth animated video with transitions' })
    .click();
  await waitForChatIdle(page);
  await page.waitForFunction(
    () => doc().querySelectorAll('[data-testid="video-track"] .seg-video').length === 4,
  );
  const input = page.getByLabel('Message to Joy');
  await sendChat(page, 'Message to Joy', "make it 9:16 with a title 'Road Trip'");
  const lines = await page.locator('.edit-line').allTextContents();
  assert.ok(
    lines.some((line) => /Aspect → 9:16/.test(line)),
    `an "Aspect → 9:16" line among: ${lines.join(' | ')}`,
  );
  await page.locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' }).waitFor();
  assert.equal(await page.getByTestId('preview-frame').getAttribute('data-aspect'), '9:16');
  // The player stays in view beside the chat, at a useful size for a 9:16 video.
  await input.focus();
  const frame = (await page.getByTestId('preview-frame').boundingBox())!;
  assert.ok(
    frame.y >= 58 && frame.y + frame.height <= 900,
    `preview in view while typing: ${JSON.stringify(frame)}`,
  );
  assert.ok(frame.height >= 520, `a 9:16 preview at least 520 px tall on a 900 px screen: ${frame.height}`);

  // A second tab on the same project follows every change without reloading.
  const tab2 = await newPage(context);
  await tab2.goto(server.url);
  await tab2
    .locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' })
    .waitFor({ timeout: 30_000 });
  assert.deepEqual(
    await transcript(tab2),
    await transcript(page),
    'the second tab shows the same transcript',
  );

  // Edits on the timeline: music, its volume, photo durations (short, for a quick export).
  await page.getByRole('button', { name: 'Use as music: lofi.wav' }).click();
  await page
    .locator('[data-testid="audio-track"] .seg-audio[data-waveform="ready"]')
    .waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="audio-track"] .seg-audio').click();
  await page.getByLabel('Volume (%)').fill('50');
  await page.getByLabel('Volume (%)').press('Enter');
  await page.locator('.edit-line', { hasText: 'Music volume → 50%' }).waitFor();
  await page.locator('[data-testid="volume-line"][data-volume="50"]').waitFor();
  await tab2.locator('[data-testid="volume-line"][data-volume="50"]').waitFor({ timeout: 15_000 });
  await setPhotoDurations(page, '1', 'Duration (seconds)');
  const edited = await summary(page);
  await tab2.waitForFunction(
    (text) => doc().querySelector('.timeline-summary')?.textContent === text,
    edited,
    { timeout: 15_000 },
  );
  assert.deepEqual(await transcript(tab2), await transcript(page), 'hand edits are in both transcripts');

  // Undo says what it undid.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page
    .locator('.edit-line', { hasText: /^Undid: / })
    .last()
    .waitFor();
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.waitForFunction(
    (text) => doc().querySelector('.timeline-summary')?.textContent === text,
    edited,
  );

  // A stale tab (its event stream cut) makes an edit: refused, told why, and shown the project as it is.
  const stale = await newPage(context);
  await stale.route('**/events', (route) => route.abort());
  await stale.goto(server.url);
  await stale
    .locator('[data-testid="text-track"] .seg-text', { hasText: 'Road Trip' })
    .waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '1:1', exact: true }).click();
  await page.waitForFunction(
    () => doc().querySelector('[data-testid="preview-frame"]')?.getAttribute('data-aspect') === '1:1',
  );
  await stale.getByRole('button', { name: '4:5', exact: true }).click();
  await stale.getByText('This changed elsewhere — reloaded.', { exact: false }).waitFor({ timeout: 15_000 });
  await stale.waitForFunction(
    () => doc().querySelector('[data-testid="preview-frame"]')?.getAttribute('data-aspect') === '1:1',
  );
  await stale.close();
  await page.getByRole('button', { name: '9:16', exact: true }).click();
  await page.waitForFunction(
    () => doc().querySelector('[data-testid="preview-frame"]')?.getAttribute('data-aspect') === '9:16',
  );

  // Reload in the middle of a chat turn: the same transcript, in order, the reply in its own bubble.
  await input.fill("add a caption 'Day one'");
  await input.press('Enter');
  await page.locator('.msg-user', { hasText: "add a caption 'Day one'" }).waitFor();
  await page.reload();
  await page.locator('.msg-user', { hasText: "add a caption 'Day one'" }).waitFor({ timeout: 30_000 });
  await waitForChatIdle(page);
  await page.waitForFunction(() => !doc().querySelector('.msg-working'));
  const after = await transcript(page);
  const roles = after.map((line) => line.split(':')[0]).filter((role) => role !== 'edit');
  assert.deepEqual(roles, ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'], after.join('\n'));
  assert.equal(after.filter((line) => line.includes("add a caption 'Day one'")).length, 1);
  await tab2.waitForFunction(
    (count) => doc().querySelectorAll('.chat-log > .msg').length === count,
    after.length,
    { timeout: 15_000 },
  );
  assert.deepEqual(await transcript(tab2), after, 'both tabs show one transcript, in one order');
  await assertNoBlankSpace(page, 'timeline');
  await assertLabelled(page, 'timeline');
  await page.getByLabel('Preview position').fill('1200');
  await shot(page, 'desktop-timeline');

  // Keyboard focus never lands under the sticky header.
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 10_000),
  );
  await page.getByRole('button', { name: 'Play' }).focus();
  await assertFocusNotHidden(page, 'play');
  await page.getByLabel('Preview position').focus();
  await assertFocusNotHidden(page, 'slider');
  await videoSegments(page).first().focus();
  await assertFocusNotHidden(page, 'first photo');

  // Export, reload while it renders: it resumes and finishes, playable here and in the second tab.
  await exportThroughReload(page, /Rendering… \d+%|Waiting to start/);
  await tab2.getByTestId('export-video').waitFor({ timeout: 30_000 });
  await showExportFrame(page, 1);
  await shot(page, 'desktop-export-done');
  await checkDownload(page, 'desktop', {
    width: 1080,
    height: 1920,
    photos: ['beach', 'forest', 'sunset'],
    count: 4,
    photoMs: 1000,
  });

  // 中文: every word of the interface, and a chat in Chinese.
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('heading', { name: '时间线' }).waitFor();
  await page.locator('[data-testid="audio-track"] .seg-audio').click();
  assert.deepEqual(await visibleEnglish(page), [], 'English visible in 中文 mode at 1366×900');
  await sendChat(page, '给 Joy 的消息', '音乐音量改成 40%');
  const reply = (await page.locator('.msg-assistant .msg-text').last().textContent()) ?? '';
  assert.match(reply, /[\u4e00-\u9fff]/, `a Chinese reply: ${reply}`);
  await page.locator('.edit-line', { hasText: '音乐音量改为 40%' }).waitFor();
  assert.deepEqual(await visibleEnglish(page), [], 'English visible in 中文 mode after a Chinese chat');
  await shot(page, 'desktop-zh', false);
  await page.getByRole('button', { name: 'EN' }).click();
  await context.close();
});

test('studio at 390×844 in 中文: player first, replies in view, tap to edit, export through a reload', {
  skip: skipReason,
  timeout: 900_000,
}, async () => {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', acceptDownloads: true });
  const page = await newPage(context);
  await page.goto(server.url);
  await page.getByText(/100 积分/).waitFor();
  // Phone wording: tap, not drop; no keyboard shortcuts.
  await page.getByText('轻点添加照片、音乐或视频片段').waitFor();
  await page.getByText('请先上传照片').waitFor();
  assert.deepEqual(await visibleEnglish(page), [], 'English visible in 中文 mode at 390×844 (empty)');
  await assertNoHorizontalScroll(page, 'phone empty');
  await assertNoBlankSpace(page, 'phone empty');
  await shot(page, 'mobile-empty');

  await page.getByTestId('file-input').setInputFiles([files.beach, files.forest, files.sunset, files.music]);
  await page.waitForFunction(() => doc().querySelectorAll('.media-tile').length === 4, null, {
    timeout: 60_000,
  });
  await page.getByText('4 个文件').waitFor();
  await page.getByRole('button', { name: '把我的照片做成带转场的流畅动画视频' }).click();
  await waitForChatIdle(page);
  await page.waitForFunction(
    () => doc().querySelectorAll('[data-testid="video-track"] .seg-video').length === 3,
  );
  const reply = (await page.locator('.msg-assistant .msg-text').last().textContent()) ?? '';
  assert.match(reply, /[\u4e00-\u9fff]/, `a Chinese reply: ${reply}`);
  await sendChat(page, '给 Joy 的消息', '加背景音乐，音量 35%');
  await page.locator('[data-testid="volume-line"]').waitFor();

  // The player scrolls away with the page (stuck on top it hid the reply); the reply is on screen.
  await assertInView(page, '.msg-assistant .msg-text', 'reply');
  assert.equal(
    await page
      .getByTestId('player')
      .evaluate(
        (el) =>
          (globalThis as unknown as { getComputedStyle(el: unknown): { position: string } }).getComputedStyle(
            el,
          ).position,
      ),
    'static',
  );
  await page.getByLabel('给 Joy 的消息').focus();
  await assertFocusNotHidden(page, 'chat box');

  // Tap a photo, change it in the settings (a short video for a quick export).
  await setPhotoDurations(page, '1', '时长（秒）');
  await page.getByLabel('时长（秒）').focus();
  await assertFocusNotHidden(page, 'duration field');
  assert.equal(await page.getByText(/Alt/).count(), 0, 'no keyboard shortcut on a phone');
  assert.deepEqual(await visibleEnglish(page), [], 'English visible in 中文 mode at 390×844');
  await assertNoHorizontalScroll(page, 'phone timeline');
  await assertNoBlankSpace(page, 'phone timeline');
  await page.evaluate(() =>
    (
      globalThis as unknown as { document: { activeElement: { blur(): void } | null } }
    ).document.activeElement?.blur(),
  );
  await shot(page, 'mobile-timeline', false);
  await shot(page, 'mobile-zh');

  await exportThroughReload(page, /正在渲染… \d+%|等待开始/);
  await showExportFrame(page, 1);
  await assertNoHorizontalScroll(page, 'phone export');
  await page.getByTestId('export-video').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'mobile-export-done.png') });
  await checkDownload(page, 'phone', {
    width: 1920,
    height: 1080,
    photos: ['beach', 'forest', 'sunset'],
    count: 3,
    photoMs: 1000,
  });
  await context.close();

  const docs = process.env.JOY_E2E_SCREENSHOTS_TO;
  if (docs) {
    const target = join(ROOT, docs);
    await mkdir(target, { recursive: true });
    for (const name of SCREENSHOTS)
      await copyFile(join(ARTIFACTS, `${name}.png`), join(target, `studio-${name}.png`));
  }
});
