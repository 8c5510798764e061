import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadWorkingImage } from '../../src/analyse/image.js';
import { decodeImage, probeMedia } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/media.js';
import { pixelBombPng } from './crafted-files.js';

const dir = tempDir('joy-bomb-');
const MB = 1024 * 1024;
/** What decoding a photo may add to the calling process at its peak; the rest lives in a child. */
const BUDGET_BYTES = 80 * MB;

/**
 * An interlaced PNG just under a 60 MP limit: libvips must decode interlaced PNGs whole (3 bytes a pixel,
 * ~175 MB here), the shape of a decompression bomb. Made in another process so making it costs nothing here.
 */
function interlacedBomb(side: number): string {
  const path = join(dir, `bomb-${side}.png`);
  execFileSync(process.execPath, [
    '-e',
    `require('sharp')({ create: { width: ${side}, height: ${side}, channels: 3, background: '#336699' } })
      .png({ compressionLevel: 1, progressive: true }).toFile(${JSON.stringify(path)})`,
  ]);
  return path;
}

test('a photo just under the pixel limit decodes outside the process: peak and resting memory stay flat', async () => {
  const path = interlacedBomb(7700);
  const limits = { maxImagePixels: 60_000_000 };
  // Warm up sharp on a small decode so its own start-up is not counted.
  await decodeImage(await probeMedia(interlacedBomb(64), { limits }), { maxWidth: 8, maxHeight: 8 });
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;

  const info = await probeMedia(path, { name: 'bomb.png', limits, verify: true });
  assert.equal(info.width, 7700);
  const thumb = await decodeImage(info, { maxWidth: 320, maxHeight: 320 }, { limits });
  assert.deepEqual([thumb.width, thumb.height], [320, 320]);
  assert.deepEqual([...thumb.data.subarray(0, 3)], [0x33, 0x66, 0x99], 'the pixels are the photo’s');
  const working = await loadWorkingImage(path);
  assert.deepEqual(working.original, { width: 7700, height: 7700 });
  assert.deepEqual([...working.image.data.subarray(0, 3)], [0x33, 0x66, 0x99]);

  const peakGrowth = process.resourceUsage().maxRSS * 1024 - Math.max(peakBefore, before);
  const restingGrowth = process.memoryUsage().rss - before;
  assert.ok(peakGrowth < BUDGET_BYTES, `peak grew ${Math.round(peakGrowth / MB)} MB`);
  assert.ok(restingGrowth < BUDGET_BYTES, `memory grew ${Math.round(restingGrowth / MB)} MB and stayed`);
});

test('a pixel bomb over the limit is refused from its header with the sizes named', async () => {
  const path = join(dir, 'huge.png');
  writeFileSync(path, pixelBombPng(30_000, 30_000));
  await assert.rejects(probeMedia(path, { name: 'huge.png', limits: { maxImagePixels: 60_000_000 } }), {
    code: 'image_too_large',
    message: /huge\.png/,
  });
});
