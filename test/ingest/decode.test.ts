import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import decodeHeic from 'heic-decode';
import sharp from 'sharp';
import {
  animatedGif,
  bigJpeg,
  HEIC_FIXTURE,
  HEIC_P3_FIXTURE,
  makeTempDir,
  orientedJpeg,
  p3Png,
  photo,
  transparentPng,
  truncatedJpeg,
  videoClip,
} from '../../scripts/make-fixtures.js';
import { decodeImage, probeMedia } from '../../src/ingest/index.js';
import { assertColor, joyError, pixel } from './helpers.js';

const run = promisify(execFile);
const dir = makeTempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
const box = (maxWidth: number, maxHeight: number) => ({ maxWidth, maxHeight });

describe('decodeImage: upright', () => {
  test('EXIF orientation 6: stored landscape with red top-left becomes portrait with red top-right', async () => {
    const info = await probeMedia(await orientedJpeg(dir));
    const image = await decodeImage(info, box(1000, 1000));
    assert.deepEqual([image.width, image.height], [40, 80]);
    assert.equal(image.data.length, 40 * 80 * 3);
    assertColor(pixel(image, 30, 10), [255, 0, 0], 40, 'top right (where the marker lands upright)');
    assertColor(pixel(image, 10, 10), [0, 0, 0], 40, 'top left');
    assertColor(pixel(image, 30, 60), [0, 0, 0], 40, 'bottom right');
    assertColor(pixel(image, 10, 60), [0, 0, 0], 40, 'bottom left');
  });

  test('orientation is applied before fitting the box', async () => {
    const info = await probeMedia(await orientedJpeg(dir, 'o2.jpg'));
    const image = await decodeImage(info, box(20, 20));
    assert.deepEqual([image.width, image.height], [10, 20]);
  });
});

describe('decodeImage: colour', () => {
  test('Display P3 is converted to sRGB (a naive read would not)', async () => {
    // P3 (200, 80, 60) is a more saturated red than sRGB (200, 80, 60): in sRGB, red rises, green and blue fall.
    const path = await p3Png(dir, [200, 80, 60]);
    const naive = await sharp(path, { ignoreIcc: true }).raw().toBuffer();
    assert.deepEqual([...naive.subarray(0, 3)], [200, 80, 60]);
    const image = await decodeImage(await probeMedia(path), box(100, 100));
    const [r, g, b] = pixel(image, 4, 4);
    assert.ok(r >= 210 && g <= 74 && b <= 55, `converted: got [${r}, ${g}, ${b}]`);
  });

  test('pure P3 red lies outside sRGB and is clipped to sRGB red', async () => {
    const image = await decodeImage(
      await probeMedia(await p3Png(dir, [255, 0, 0], 'p3-red.png')),
      box(100, 100),
    );
    assertColor(pixel(image, 0, 0), [255, 0, 0], 2, 'clipped');
  });

  test('alpha is flattened onto black; output is always 3 channels', async () => {
    const image = await decodeImage(await probeMedia(await transparentPng(dir)), box(100, 100));
    assert.equal(image.data.length, 16 * 8 * 3);
    assertColor(pixel(image, 2, 4), [255, 255, 255], 0, 'opaque half');
    assertColor(pixel(image, 12, 4), [0, 0, 0], 0, 'transparent half');
  });

  test('a grey JPEG becomes RGB', async () => {
    const path = `${dir}/grey.jpg`;
    await sharp({ create: { width: 10, height: 10, channels: 3, background: '#808080' } })
      .toColourspace('b-w')
      .jpeg()
      .toFile(path);
    assert.equal((await sharp(path).metadata()).channels, 1);
    const image = await decodeImage(await probeMedia(path), box(100, 100));
    assert.equal(image.data.length, 10 * 10 * 3);
    assertColor(pixel(image, 5, 5), [128, 128, 128], 3, 'grey');
  });
});

describe('decodeImage: formats and sizes', () => {
  test('scaled down to fit the box, never up', async () => {
    const info = await probeMedia(await photo(dir, 'q.png', 'png', { width: 64, height: 48 }));
    assert.deepEqual(
      [(await decodeImage(info, box(1920, 1080))).width, (await decodeImage(info, box(1920, 1080))).height],
      [64, 48],
    );
    const small = await decodeImage(info, box(32, 32));
    assert.deepEqual([small.width, small.height], [32, 24]);
  });

  for (const format of ['webp', 'avif', 'jpeg'] as const) {
    test(`${format}: quadrants come out where they were`, async () => {
      const image = await decodeImage(
        await probeMedia(await photo(dir, `quad.${format}`, format)),
        box(64, 64),
      );
      assert.deepEqual([image.width, image.height], [64, 48]);
      assertColor(pixel(image, 8, 6), [255, 0, 0], 30, 'top left red');
      assertColor(pixel(image, 56, 6), [0, 255, 0], 30, 'top right green');
      assertColor(pixel(image, 8, 42), [0, 0, 255], 30, 'bottom left blue');
      assertColor(pixel(image, 56, 42), [255, 255, 255], 30, 'bottom right white');
    });
  }

  test('GIF: the first frame', async () => {
    const image = await decodeImage(await probeMedia(await animatedGif(dir)), box(100, 100));
    assert.deepEqual([image.width, image.height], [32, 24]);
    assertColor(pixel(image, 16, 12), [255, 0, 0], 10, 'frame 1 is red (frame 2 is blue)');
  });

  test('HEIC: decoded through heic-decode, resized by sharp', async () => {
    const image = await decodeImage(await probeMedia(HEIC_FIXTURE), box(80, 80));
    assert.deepEqual([image.width, image.height], [80, 60]);
    assertColor(pixel(image, 20, 15), [255, 0, 0], 30, 'top left red');
    assertColor(pixel(image, 60, 15), [0, 255, 0], 30, 'top right green');
    assertColor(pixel(image, 20, 45), [0, 0, 255], 30, 'bottom left blue');
    assertColor(pixel(image, 60, 45), [255, 255, 255], 30, 'bottom right white');
  });

  test('HEIC with a Display P3 profile is converted to sRGB', async () => {
    // The file stores sRGB red as P3 numbers (about 234, 51, 34); heic-decode alone returns those.
    const naive = await decodeHeic({ buffer: readFileSync(HEIC_P3_FIXTURE) });
    const at = (30 * naive.width + 40) * 4;
    const [nr, ng] = [naive.data[at]!, naive.data[at + 1]!];
    assert.ok(nr < 245 && ng > 35, `naive read is P3 numbers: [${nr}, ${ng}]`);
    const image = await decodeImage(await probeMedia(HEIC_P3_FIXTURE), box(160, 160));
    const [r, g] = pixel(image, 40, 30);
    assert.ok(r > nr + 8 && g < ng - 25, `converted to sRGB red: got [${r}, ${g}] from [${nr}, ${ng}]`);
  });
});

describe('decodeImage: errors', () => {
  test('HEIC over its own pixel ceiling is refused before decoding', async () => {
    const info = await probeMedia(HEIC_FIXTURE);
    const error = await joyError(() => decodeImage(info, box(80, 80), { limits: { maxHeifPixels: 10_000 } }));
    assert.equal(error.code, 'image_too_large');
    assert.match(error.message, /^photo\.heic is 160×120 pixels/);
    assert.equal(
      (await joyError(() => probeMedia(HEIC_FIXTURE, { limits: { maxHeifPixels: 10_000 } }))).code,
      'image_too_large',
    );
  });

  test('a truncated JPEG is corrupt_media naming the file', async () => {
    const info = await probeMedia(await truncatedJpeg(dir), { name: 'Grandma.jpg' });
    const error = await joyError(() => decodeImage(info, box(100, 100)));
    assert.equal(error.code, 'corrupt_media');
    assert.equal(error.file, 'Grandma.jpg');
    assert.match(error.message, /^Grandma\.jpg looks like a JPG photo but is damaged or incomplete/);
  });

  test('a video is not a photo', async () => {
    const info = await probeMedia(await videoClip(dir, 'mp4'));
    assert.equal((await joyError(() => decodeImage(info, box(10, 10)))).code, 'invalid_input');
  });

  test('the box must be whole pixels', async () => {
    const info = await probeMedia(await photo(dir, 'b.png', 'png'));
    const error = await joyError(() => decodeImage(info, box(0, 10)));
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.field, 'maxWidth');
  });
});

describe('decodeImage: memory', () => {
  test('a 96-megapixel JPEG decodes to a 1920 box without ever sitting in memory at full size', async (t) => {
    const path = await bigJpeg(dir, 12_000, 8_000);
    const child = fileURLToPath(new URL('./decode-rss-child.ts', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', child, path, '1920', '1920'], {
      timeout: 60_000,
    });
    const result = JSON.parse(stdout) as {
      width: number;
      height: number;
      first: number[];
      ms: number;
      rssBefore: number;
      peakRss: number;
    };
    const growthMb = (result.peakRss - result.rssBefore) / 1024 / 1024;
    t.diagnostic(
      `96 MP JPEG → ${result.width}×${result.height} in ${result.ms.toFixed(0)} ms, peak RSS growth ${growthMb.toFixed(1)} MB`,
    );
    assert.deepEqual([result.width, result.height], [1920, 1280]);
    assertColor(result.first, [0, 0, 128], 6, 'top-left grid cell');
    // Full size would be 288 MB of RGB before any resizing.
    assert.ok(growthMb < 120, `peak RSS grew by ${growthMb.toFixed(1)} MB`);
  });
});
