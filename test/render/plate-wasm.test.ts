import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { assemble, moduleSource } from '../../scripts/build-wasm.js';
import { rgbToYuv } from '../../src/render/frame.js';
import { rgbToPlate, rgbToYuv420 } from '../../src/render/plate.js';
import { rgbToYuv420Wasm } from '../../src/render/plate-wasm.js';

test('the committed plate module is assembled from plate.wat (run `npm run build:wasm`)', async () => {
  const wat = new URL('../../src/render/wasm/plate.wat', import.meta.url).pathname;
  const committed = readFileSync(new URL('../../src/render/wasm/plate-module.ts', import.meta.url), 'utf8');
  assert.equal(committed, moduleSource('plate', await assemble(wat)));
});

const planes = (width: number, height: number) => ({
  y: new Uint8Array(width * height),
  u: new Uint8Array((width * height) / 4),
  v: new Uint8Array((width * height) / 4),
});

test('the WebAssembly RGB → YUV 4:2:0 gives the JavaScript loop’s bytes, for any size and row padding', () => {
  fc.assert(
    fc.property(
      fc.record({
        halfWidth: fc.integer({ min: 4, max: 70 }),
        halfHeight: fc.integer({ min: 1, max: 30 }),
        padding: fc.integer({ min: 0, max: 7 }),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        flat: fc.boolean(),
      }),
      ({ halfWidth, halfHeight, padding, seed, flat }) => {
        const width = halfWidth * 2;
        const height = halfHeight * 2;
        const rowBytes = width * 3 + padding;
        // Noise, or extremes only (0 and 255), where a rounding slip would show first.
        const rgb = Uint8Array.from({ length: rowBytes * height }, (_, i) => {
          const noise = ((i + seed) * 2654435761) >>> 24;
          return flat ? (noise & 1) * 255 : noise;
        });
        const expected = planes(width, height);
        const actual = planes(width, height);
        rgbToYuv420(rgb, rowBytes, width, height, expected);
        assert.equal(rgbToYuv420Wasm(rgb, rowBytes, width, height, actual), true);
        assert.deepEqual(actual, expected);
      },
    ),
    { numRuns: 200 },
  );
});

test('the fixed-point conversion is BT.709 limited range: within one step of the exact formula', () => {
  const width = 64;
  const height = 64;
  const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 2654435761) >>> 24);
  const plate = rgbToPlate(rgb, width, height, { x: 0.5, y: 0.5 });
  let worst = 0;
  for (let p = 0; p < width * height; p++) {
    const [y] = rgbToYuv(rgb[p * 3]!, rgb[p * 3 + 1]!, rgb[p * 3 + 2]!);
    worst = Math.max(worst, Math.abs(plate.y[p]! - y));
  }
  assert.ok(worst <= 1, `luma off by ${worst}`);
  // Pure colours land where BT.709 puts them.
  const white = rgbToPlate(new Uint8Array(16 * 2 * 3).fill(255), 16, 2, { x: 0.5, y: 0.5 });
  assert.deepEqual([white.y[0], white.u[0], white.v[0]], [235, 128, 128]);
  const black = rgbToPlate(new Uint8Array(16 * 2 * 3), 16, 2, { x: 0.5, y: 0.5 });
  assert.deepEqual([black.y[0], black.u[0], black.v[0]], [16, 128, 128]);
});
