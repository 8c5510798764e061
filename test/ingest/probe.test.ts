import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  animatedGif,
  audioClip,
  audioOnlyMp4,
  HEIC_FIXTURE,
  HEIC_P3_FIXTURE,
  makeTempDir,
  orientedJpeg,
  p3Png,
  photo,
  pixelBombPng,
  truncatedJpeg,
  videoClip,
} from '../../scripts/make-fixtures.js';
import { probeMedia } from '../../src/ingest/index.js';
import { joyError } from './helpers.js';

const dir = makeTempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

describe('probeMedia: photos (header only)', () => {
  test('EXIF orientation 6: upright dimensions are portrait; capture time and profile are read', async () => {
    const info = await probeMedia(await orientedJpeg(dir), { name: 'Beach.jpg' });
    assert.equal(info.kind, 'image');
    assert.equal(info.format, 'jpeg');
    assert.equal(info.name, 'Beach.jpg');
    assert.equal(info.orientation, 6);
    assert.deepEqual([info.width, info.height], [40, 80]);
    assert.equal(info.takenAt, '2023-07-14T10:20:30+02:00');
  });

  test('the colour profile is named', async () => {
    const info = await probeMedia(await p3Png(dir, [255, 0, 0]));
    assert.equal(info.colorProfile, 'Display P3');
  });

  test('PNG, WEBP, AVIF and GIF', async () => {
    for (const format of ['png', 'webp', 'avif'] as const) {
      const info = await probeMedia(await photo(dir, `p.${format}`, format));
      assert.deepEqual([info.format, info.width, info.height, info.orientation], [format, 64, 48, 1]);
    }
    const gif = await probeMedia(await animatedGif(dir));
    assert.deepEqual([gif.format, gif.width, gif.height], ['gif', 32, 24]);
  });

  test('HEIC dimensions without decoding', async () => {
    const info = await probeMedia(HEIC_FIXTURE);
    assert.deepEqual(
      [info.kind, info.format, info.width, info.height, info.orientation],
      ['image', 'heif', 160, 120, 1],
    );
    assert.equal((await probeMedia(HEIC_P3_FIXTURE)).colorProfile, 'Display P3');
  });

  test('a pixel bomb is refused from its header, quickly and without allocating', async () => {
    const path = pixelBombPng(dir);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await joyError(() => probeMedia(path, { name: 'bomb.png' }));
    assert.ok(performance.now() - started < 500, 'refused from the header');
    assert.ok(process.memoryUsage().rss - rssBefore < 50 * 1024 * 1024, 'nothing big allocated');
    assert.equal(error.code, 'image_too_large');
    assert.equal(
      error.message,
      'bomb.png is 50000×50000 pixels (2500 megapixels); Joy accepts photos up to 200 megapixels.',
    );
  });

  test('the pixel budget is configurable', async () => {
    const path = await photo(dir, 'budget.png', 'png', { width: 400, height: 300 });
    const error = await joyError(() => probeMedia(path, { limits: { maxImagePixels: 100_000 } }));
    assert.equal(error.code, 'image_too_large');
    assert.match(
      error.message,
      /400×300 pixels \(0\.1 megapixels\); Joy accepts photos up to 0\.1 megapixels/,
    );
  });

  test('a photo whose header is damaged is corrupt_media', async () => {
    const path = join(dir, 'garbled.jpg');
    const good = readFileSync(await orientedJpeg(dir, 'source.jpg'));
    writeFileSync(path, Buffer.concat([good.subarray(0, 4), Buffer.alloc(200, 0x55)]));
    const error = await joyError(() => probeMedia(path));
    assert.equal(error.code, 'corrupt_media');
    assert.match(error.message, /^garbled\.jpg looks like a JPG photo but is damaged or incomplete/);
  });

  test('a truncated JPEG: the header reads, `verify` catches it', async () => {
    const path = await truncatedJpeg(dir);
    const info = await probeMedia(path);
    assert.equal(info.width, 320);
    const error = await joyError(() => probeMedia(path, { verify: true }));
    assert.equal(error.code, 'corrupt_media');
    assert.equal(error.file, 'truncated.jpg');
  });
});

describe('probeMedia: video and audio (ffprobe)', () => {
  const clips: Record<string, string> = {};
  before(async () => {
    for (const format of ['mp4', 'mov', 'webm', 'mkv', 'avi'] as const)
      clips[format] = await videoClip(dir, format);
    clips.withAudio = await videoClip(dir, 'mp4', { audio: true });
    clips.rotated = await videoClip(dir, 'mp4', { rotated: true, name: 'portrait.mp4' });
    for (const format of ['mp3', 'wav', 'm4a', 'aac', 'ogg'] as const)
      clips[format] = await audioClip(dir, format);
  });

  for (const format of ['mp4', 'mov', 'webm', 'mkv', 'avi']) {
    test(`${format} clip`, async () => {
      const info = await probeMedia(clips[format]!);
      assert.equal(info.kind, 'video');
      assert.equal(info.format, format);
      assert.deepEqual([info.width, info.height], [160, 90]);
      assert.equal(info.hasAudio, false);
      assert.ok(Math.abs(info.durationMs! - 500) <= 50, `duration ${info.durationMs}`);
    });
  }

  test('a clip with sound', async () => {
    const info = await probeMedia(clips.withAudio!);
    assert.equal(info.hasAudio, true);
  });

  test('a phone-style rotated clip has upright (portrait) dimensions', async () => {
    const info = await probeMedia(clips.rotated!);
    assert.deepEqual([info.width, info.height], [90, 160]);
  });

  for (const format of ['mp3', 'wav', 'm4a', 'aac', 'ogg']) {
    test(`${format} audio`, async () => {
      const info = await probeMedia(clips[format]!);
      assert.equal(info.kind, 'audio');
      assert.equal(info.format, format);
      assert.equal(info.hasAudio, true);
      assert.equal(info.width, undefined);
      assert.ok(Math.abs(info.durationMs! - 500) <= 80, `duration ${info.durationMs}`);
    });
  }

  test('an .mp4 holding only sound is audio', async () => {
    const info = await probeMedia(await audioOnlyMp4(dir));
    assert.deepEqual([info.kind, info.format], ['audio', 'm4a']);
  });

  test('content that sniffs as video but ffprobe cannot read is corrupt_media', async () => {
    const path = join(dir, 'cut.mp4');
    writeFileSync(path, readFileSync(clips.mp4!).subarray(0, 300)); // ftyp, then the moov is missing
    const error = await joyError(() => probeMedia(path, { name: 'Holiday clip.mp4' }));
    assert.equal(error.code, 'corrupt_media');
    assert.match(error.message, /^Holiday clip\.mp4 looks like an MP4 video but is damaged or incomplete/);
  });

  test('a clip over the duration limit', async () => {
    const error = await joyError(() => probeMedia(clips.mp4!, { limits: { maxMediaDurationMs: 200 } }));
    assert.equal(error.code, 'file_too_large');
    assert.match(error.message, /^clip-mp4\.mp4 is 0\.5 s long; Joy accepts clips up to 0\.2 s\.$/);
  });
});
