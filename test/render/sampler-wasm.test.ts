import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { assemble, moduleSource } from '../../scripts/build-wasm.js';
import { mix, mixJs } from '../../src/render/blend/mix.js';
import { createFrame } from '../../src/render/frame.js';
import { sampleAffineJs } from '../../src/render/sampler.js';
import { mixWasm, sampleAxisAlignedWasm } from '../../src/render/sampler-wasm.js';

test('the committed WebAssembly module is assembled from sampler.wat (run `npm run build:wasm`)', async () => {
  const wat = new URL('../../src/render/wasm/sampler.wat', import.meta.url).pathname;
  const committed = readFileSync(new URL('../../src/render/wasm/sampler-module.ts', import.meta.url), 'utf8');
  assert.equal(committed, moduleSource('sampler', await assemble(wat)));
});

test('the WebAssembly sampler matches the JavaScript one bit for bit, for any zoom and pan', () => {
  fc.assert(
    fc.property(
      fc.record({
        sw: fc.integer({ min: 2, max: 90 }),
        sh: fc.integer({ min: 2, max: 60 }),
        dw: fc.integer({ min: 1, max: 70 }),
        dh: fc.integer({ min: 1, max: 50 }),
        a: fc.double({ min: 0.2, max: 3, noNaN: true }),
        e: fc.double({ min: 0.2, max: 3, noNaN: true }),
        c: fc.double({ min: -20, max: 80, noNaN: true }),
        f: fc.double({ min: -20, max: 60, noNaN: true }),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
      }),
      ({ sw, sh, dw, dh, a, e, c, f, seed }) => {
        const src = Uint8Array.from({ length: sw * sh }, (_, i) => ((i + seed) * 2654435761) >>> 24);
        const expected = new Uint8Array(dw * dh);
        const actual = new Uint8Array(dw * dh);
        sampleAffineJs(src, sw, sh, expected, dw, dh, { a, b: 0, c, d: 0, e, f });
        assert.equal(sampleAxisAlignedWasm(src, sw, sh, actual, dw, dh, { a, b: 0, c, d: 0, e, f }), true);
        assert.deepEqual(actual, expected);
      },
    ),
    { numRuns: 300 },
  );
});

test('a resident plane gives the same pixels as a copied window, across many maps and evictions', () => {
  const sw = 300;
  const sh = 200;
  const planes = [0, 1, 2].map((seed) =>
    Uint8Array.from({ length: sw * sh }, (_, i) => ((i + seed * 7919) * 2654435761) >>> 24),
  );
  for (let frame = 0; frame < 40; frame++) {
    const which = frame % 3;
    const map = {
      a: 0.9 + frame * 0.005,
      b: 0,
      c: 10 + frame * 0.37,
      d: 0,
      e: 0.9 + frame * 0.004,
      f: 5 + frame * 0.21,
    };
    const expected = new Uint8Array(160 * 90);
    const actual = new Uint8Array(160 * 90);
    sampleAffineJs(planes[which]!, sw, sh, expected, 160, 90, map);
    assert.equal(sampleAxisAlignedWasm(planes[which]!, sw, sh, actual, 160, 90, map, `plane-${which}`), true);
    assert.deepEqual(actual, expected, `frame ${frame}`);
  }
});

test("the WebAssembly crossfade gives the JavaScript one's bytes, for any frame size and weight", () => {
  fc.assert(
    fc.property(
      fc.record({
        width: fc.integer({ min: 1, max: 40 }).map((half) => half * 2),
        height: fc.integer({ min: 1, max: 30 }).map((half) => half * 2),
        t: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
      }),
      ({ width, height, t, seed }) => {
        const a = createFrame(width, height);
        const b = createFrame(width, height);
        a.data.set(a.data.map((_, i) => ((i + seed) * 2654435761) >>> 24));
        b.data.set(b.data.map((_, i) => ((i * 7 + seed) * 2246822519) >>> 24));
        const expected = createFrame(width, height);
        const actual = createFrame(width, height);
        mixJs(expected, a, b, Math.round(Math.min(1, Math.max(0, t)) * 256));
        assert.equal(
          mixWasm(actual.data, a.data, b.data, Math.round(Math.min(1, Math.max(0, t)) * 256)),
          true,
        );
        assert.deepEqual(actual.data, expected.data);
        mix(actual, a, b, t);
        assert.deepEqual(actual.data, expected.data);
      },
    ),
    { numRuns: 200 },
  );
});
