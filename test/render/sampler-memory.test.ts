import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleAffineJs } from '../../src/render/sampler.js';
import { sampleAxisAlignedWasm } from '../../src/render/sampler-wasm.js';

// Its own file, so its own process: the sampler's WebAssembly memory only grows, and samples other
// tests took would count here.
test('sampling the photos of a 1080p video keeps the sampler’s memory small', () => {
  // Luma planes of six 9:16 plates (a 4:3 photo filling 1080 × 1920 at 1.2× zoom), shown in turn.
  const sw = 2860;
  const sh = 2144;
  const before = process.memoryUsage();
  const planes = Array.from({ length: 6 }, (_, seed) =>
    Uint8Array.from({ length: sw * sh }, (_, i) => ((i + seed * 7919) * 2654435761) >>> 24),
  );
  const out = new Uint8Array(1080 * 1920);
  for (let frame = 0; frame < 12; frame++) {
    const zoom = 1.1 + frame * 0.01;
    const map = { a: 1 / zoom, b: 0, c: 300 + frame, d: 0, e: 1 / zoom, f: 50 + frame };
    const which = frame % planes.length;
    assert.equal(sampleAxisAlignedWasm(planes[which]!, sw, sh, out, 1080, 1920, map, `plate-${which}`), true);
    if (frame % 5 === 0) {
      const expected = new Uint8Array(1080 * 1920);
      sampleAffineJs(planes[which]!, sw, sh, expected, 1080, 1920, map);
      assert.deepEqual(out, expected, `frame ${frame}`);
    }
  }
  const after = process.memoryUsage();
  // External memory beyond array buffers is the module's WebAssembly memory (16 MiB to start with):
  // scratch plus at most the 24 MiB of resident planes (two photos of a transition), never all six
  // planes (37 MiB) in every compositing thread.
  const wasmMb = (after.external - after.arrayBuffers - (before.external - before.arrayBuffers)) / 2 ** 20;
  assert.ok(wasmMb < 34, `the sampler holds ${Math.round(wasmMb)} MiB`);
});
