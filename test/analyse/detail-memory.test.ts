import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { analysePhoto } from '../../src/analyse/index.js';
import { loadTf } from '../../src/analyse/tf.js';
import { tempDir } from '../helpers/media.js';
import { photo } from './fixtures.js';

// Its own file, so its own process: TensorFlow.js's WebAssembly heap only grows, and what other tests
// ran before would count here.
test('looking for small faces on a phone-sized photo keeps TensorFlow’s heap near one SSD pass', async () => {
  const dir = tempDir();
  const path = join(dir, 'group-phone.jpg');
  // A 12-megapixel photo: small faces are looked for on its 1280 × 960 copy, in 512 px tiles.
  await sharp(photo('group')).resize(4032, 3024, { fit: 'fill' }).jpeg({ quality: 90 }).toFile(path);
  const analysis = await analysePhoto(path);
  assert.equal(analysis.faces.length, 3, JSON.stringify(analysis.faces));
  const tf = await loadTf();
  const heapMb =
    (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.buffer.byteLength / 2 ** 20;
  // The models and one SSD pass at 512 px take it to 144 MiB. The 1280 px copy as one tensor (15 MB)
  // took it to 172 MiB.
  assert.ok(heapMb < 160, `TensorFlow's heap is ${Math.round(heapMb)} MiB`);
});
