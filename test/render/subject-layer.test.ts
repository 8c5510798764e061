import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillBehind, personMatte, pushPull } from '../../src/render/subject-layer.js';

/** 200×120: left half red, right half blue, a green disc (the "person") in the middle. */
function scene() {
  const width = 200;
  const height = 120;
  const rgb = new Uint8Array(width * height * 3);
  const inDisc = (x: number, y: number) => (x - 100) ** 2 + (y - 70) ** 2 <= 30 ** 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      const colour = inDisc(x, y) ? [40, 200, 40] : x < 100 ? [220, 30, 30] : [30, 30, 220];
      rgb.set(colour, o);
    }
  }
  // The person map, at 50×30 (a quarter of the photo's resolution, as the segmenter's is coarser).
  const mask = new Float32Array(50 * 30);
  for (let y = 0; y < 30; y++)
    for (let x = 0; x < 50; x++) mask[y * 50 + x] = inDisc(x * 4 + 2, y * 4 + 2) ? 1 : 0;
  return { rgb, width, height, mask: { data: mask, width: 50, height: 30 }, inDisc };
}

test('lifting a subject: opaque alpha on it, none far from it; the background behind it continues its surroundings', () => {
  const { rgb, width, height, mask } = scene();
  const matte = personMatte(mask, width, height);
  const { box } = matte;
  assert.ok(
    box.x0 >= 60 && box.x0 <= 70 && box.x1 >= 130 && box.x1 <= 140 && box.y1 <= 110,
    JSON.stringify(box),
  );
  assert.equal((box.x1 - box.x0) % 2, 0, 'even width');
  const alphaAt = (x: number, y: number) => matte.alpha[(y - box.y0) * (box.x1 - box.x0) + (x - box.x0)];
  assert.equal(alphaAt(100, 70), 255, 'centre of the person is opaque');
  assert.equal(alphaAt(box.x0, box.y0), 0, 'the corner of its box is transparent');
  const background = rgb.slice();
  fillBehind(background, width, height, mask);
  const px = (x: number, y: number) =>
    Array.from(background.subarray((y * width + x) * 3, (y * width + x) * 3 + 3));
  // Where the person was, the filled background has no green and leans to the side it is on.
  for (const [x, y] of [
    [85, 70],
    [100, 70],
    [115, 70],
    [100, 95],
  ] as const) {
    const [r, g, b] = px(x, y);
    assert.ok(g! < 80, `no person colour left at ${x},${y}: ${px(x, y)}`);
    assert.ok(r! + b! > 180, `background colour at ${x},${y}: ${px(x, y)}`);
  }
  assert.ok(px(80, 70)[0]! > px(80, 70)[2]!, 'left of the hole stays reddish');
  assert.ok(px(120, 70)[2]! > px(120, 70)[0]!, 'right of the hole stays bluish');
  // Far from the person the photo is untouched.
  assert.deepEqual(px(5, 5), [220, 30, 30]);
  assert.deepEqual(px(195, 5), [30, 30, 220]);
});

test('push-pull fills every missing pixel from its neighbourhood and keeps the known ones', () => {
  const width = 9;
  const height = 5;
  const rgb = new Float32Array(width * height * 3);
  const weights = new Float32Array(width * height).fill(1);
  for (let i = 0; i < width * height; i++) rgb.set([i % width < 4 ? 100 : 200, 50, 50], i * 3);
  for (const i of [20, 21, 22, 23, 24]) weights[i] = 0; // a band through the middle row
  const out = pushPull(rgb, weights, width, height);
  assert.equal(out[0], 100);
  assert.equal(out[(width - 1) * 3], 200);
  for (const i of [20, 21, 22, 23, 24]) {
    assert.ok(out[i * 3]! >= 100 && out[i * 3]! <= 200, `filled value in range at ${i}: ${out[i * 3]}`);
    assert.ok(Math.abs(out[i * 3 + 1]! - 50) < 1e-3);
  }
  assert.ok(out[20 * 3]! < out[24 * 3]!, 'the fill follows the sides');
});

test('a person matte on an odd-sized photo still has an even box (chroma is 2×2)', () => {
  const mask = { data: new Float32Array(16 * 16).fill(1), width: 16, height: 16 };
  for (const [width, height] of [
    [101, 77],
    [100, 77],
    [99, 100],
  ] as const) {
    const { box, alpha } = personMatte(mask, width, height);
    assert.equal((box.x1 - box.x0) % 2, 0, `${width}×${height} width`);
    assert.equal((box.y1 - box.y0) % 2, 0, `${width}×${height} height`);
    assert.ok(box.x1 <= width && box.y1 <= height && box.x0 >= 0 && box.y0 >= 0);
    assert.equal(alpha.length, (box.x1 - box.x0) * (box.y1 - box.y0));
  }
});
