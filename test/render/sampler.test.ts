import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { viewRect } from '../../src/geometry/index.js';
import { sampleAffine } from '../../src/render/sampler.js';

const ramp = (w: number, h: number) => Uint8Array.from({ length: w * h }, (_, i) => (i % w) * 10);

test('identity map copies exactly', () => {
  const src = Uint8Array.from({ length: 8 * 6 }, (_, i) => (i * 37) % 256);
  const dst = new Uint8Array(8 * 6);
  sampleAffine(src, 8, 6, dst, 8, 6, { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 });
  assert.deepEqual(dst, src);
  const general = new Uint8Array(8 * 6);
  sampleAffine(src, 8, 6, general, 8, 6, { a: 1, b: 1e-9, c: 0, d: 0, e: 1, f: 0 });
  assert.deepEqual(general, src);
});

test('sub-pixel shifts interpolate instead of stepping', () => {
  const src = ramp(16, 2);
  const dst = new Uint8Array(8 * 2);
  for (const shift of [0.25, 0.5, 0.75]) {
    sampleAffine(src, 16, 2, dst, 8, 2, { a: 1, b: 0, c: 2 + shift, d: 0, e: 1, f: 0 });
    // The ramp rises 10 per pixel, so a quarter-pixel shift moves each value by 2.5.
    assert.equal(dst[0], Math.round(20 + 10 * shift));
  }
});

test('axis-aligned and general paths agree', () => {
  const src = Uint8Array.from({ length: 40 * 30 }, (_, i) => (i * 2654435761) >>> 24);
  const fast = new Uint8Array(20 * 15);
  const slow = new Uint8Array(20 * 15);
  const map = { a: 1.37, b: 0, c: 3.3, d: 0, e: 1.21, f: 2.7 };
  sampleAffine(src, 40, 30, fast, 20, 15, map);
  sampleAffine(src, 40, 30, slow, 20, 15, { ...map, b: 1e-9 });
  for (let i = 0; i < fast.length; i++) assert.ok(Math.abs(fast[i]! - slow[i]!) <= 1, `pixel ${i}`);
});

test('the camera never shows the photo edge, whatever the motion, rotation or photo shape', () => {
  fc.assert(
    fc.property(
      fc.record({
        pw: fc.integer({ min: 100, max: 8000 }),
        ph: fc.integer({ min: 100, max: 8000 }),
        cw: fc.integer({ min: 8, max: 40 }).map((v) => v * 20),
        ch: fc.integer({ min: 8, max: 40 }).map((v) => v * 20),
        zoom: fc.double({ min: 1, max: 2, noNaN: true }),
        x: fc.double({ min: -1, max: 1, noNaN: true }),
        y: fc.double({ min: -1, max: 1, noNaN: true }),
        rotation: fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fx: fc.double({ min: 0, max: 1, noNaN: true }),
        fy: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      ({ pw, ph, cw, ch, zoom, x, y, rotation, fx, fy }) => {
        const view = viewRect({ width: pw, height: ph, focus: { x: fx, y: fy } }, cw, ch, {
          zoom,
          x,
          y,
          rotation,
        });
        const cos = Math.cos(rotation);
        const sin = Math.sin(rotation);
        for (const [u, v] of [
          [-0.5, -0.5],
          [0.5, -0.5],
          [-0.5, 0.5],
          [0.5, 0.5],
        ] as const) {
          const px = view.cx + (u * view.width * cos - v * view.height * sin);
          const py = view.cy + (u * view.width * sin + v * view.height * cos);
          assert.ok(
            px >= -1e-6 && px <= pw + 1e-6 && py >= -1e-6 && py <= ph + 1e-6,
            `corner ${px},${py} outside ${pw}×${ph}`,
          );
        }
        assert.ok(Math.abs(view.width / view.height - cw / ch) < 1e-9, 'the view keeps the canvas shape');
      },
    ),
    { numRuns: 500 },
  );
});
