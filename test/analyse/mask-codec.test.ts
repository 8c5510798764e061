import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { decodeMask, encodeMask } from '../../src/analyse/mask-codec.js';

test('mask codec: a soft mask survives the draft in 16 levels, as a few KB of base64 PNG', async () => {
  const width = 256;
  const height = 256;
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = Math.min(1, Math.max(0, (x - 64) / 128));
  const text = await encodeMask({ data, width, height });
  assert.match(text, /^[A-Za-z0-9+/]+=*$/);
  assert.ok(text.length < 8000, `${text.length} characters`);
  const back = await decodeMask(text);
  assert.ok(back);
  assert.equal(back.width, width);
  assert.equal(back.height, height);
  for (let i = 0; i < data.length; i += 97)
    assert.ok(Math.abs(back.data[i]! - data[i]!) <= 1 / 30 + 1e-6, `at ${i}`);
});

test('mask codec: what is not a small greyscale image is refused quietly (the photo then moves as one)', async () => {
  const huge = await sharp(new Uint8Array(2000 * 2000), { raw: { width: 2000, height: 2000, channels: 1 } })
    .png()
    .toBuffer();
  for (const text of ['', 'bm90IGFuIGltYWdl', huge.toString('base64')])
    assert.equal(await decodeMask(text), undefined);
});
