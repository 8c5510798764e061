import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import {
  DEFAULT_LIMITS,
  exifDateToIso,
  formatDuration,
  formatMegabytes,
  formatMegapixels,
  iccDescription,
  limitsFromEnv,
  resolveLimits,
} from '../../src/ingest/index.js';

describe('limits', () => {
  test('defaults: 200 MB, 200 megapixels', () => {
    assert.equal(DEFAULT_LIMITS.maxFileBytes, 200 * 1024 * 1024);
    assert.equal(DEFAULT_LIMITS.maxImagePixels, 200_000_000);
    assert.deepEqual(limitsFromEnv({}), resolveLimits());
  });

  test('from the environment', () => {
    const limits = limitsFromEnv({
      JOY_MAX_FILE_MB: '50',
      JOY_MAX_IMAGE_MEGAPIXELS: '24.5',
      JOY_MAX_MEDIA_MINUTES: '10',
    });
    assert.equal(limits.maxFileBytes, 50 * 1024 * 1024);
    assert.equal(limits.maxImagePixels, 24_500_000);
    assert.equal(limits.maxMediaDurationMs, 600_000);
    assert.throws(
      () => limitsFromEnv({ JOY_MAX_FILE_MB: 'lots' }),
      /JOY_MAX_FILE_MB must be a positive number/,
    );
  });

  test('overrides keep the other defaults', () => {
    const limits = resolveLimits({ maxFileBytes: 10, maxImagePixels: undefined });
    assert.equal(limits.maxFileBytes, 10);
    assert.equal(limits.maxImagePixels, DEFAULT_LIMITS.maxImagePixels);
  });
});

describe('words for people', () => {
  test('sizes, pixels, durations', () => {
    assert.equal(formatMegabytes(300 * 1024 * 1024), '300 MB');
    assert.equal(formatMegabytes(200 * 1024 * 1024 + 1), '200.1 MB');
    assert.equal(formatMegapixels(2_500_000_000), '2500 megapixels');
    assert.equal(formatMegapixels(96_000_000), '96 megapixels');
    assert.equal(formatDuration(500), '0.5 s');
    assert.equal(formatDuration(45_000), '45 s');
    assert.equal(formatDuration(750_000), '12 min 30 s');
    assert.equal(formatDuration(7_500_000), '2 h 5 min');
  });

  test('EXIF dates', () => {
    assert.equal(exifDateToIso('2023:07:14 10:20:30'), '2023-07-14T10:20:30');
    assert.equal(exifDateToIso('2023:07:14 10:20:30', '-05:00'), '2023-07-14T10:20:30-05:00');
    assert.equal(exifDateToIso('0000:00:00 00:00:00'), undefined);
    assert.equal(exifDateToIso('yesterday'), undefined);
  });

  test('ICC profile descriptions', async () => {
    const iccOf = async (profile: string) =>
      (
        await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
          .withIccProfile(profile)
          .png()
          .toBuffer()
          .then((png) => sharp(png).metadata())
      ).icc;
    assert.equal(iccDescription(await iccOf('p3')), 'Display P3');
    assert.match(iccDescription(await iccOf('srgb')) ?? '', /sRGB/);
    assert.equal(iccDescription(Buffer.from('not a profile')), undefined);
  });
});
