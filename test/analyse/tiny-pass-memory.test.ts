import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import sharp from 'sharp';
import { loadFaceModels } from '../../src/analyse/index.js';
import { loadTf } from '../../src/analyse/tf.js';
import { photo } from './fixtures.js';

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');
const require = createRequire(import.meta.url);

// Its own file, so its own process: TensorFlow.js's WebAssembly heap only grows, and what other tests
// ran before would count here.
test('a tiny-detector pass at 608 px never holds its largest layer whole', async () => {
  await loadFaceModels();
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const tf = await loadTf();
  const heapMb = () =>
    (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.buffer.byteLength / 2 ** 20;
  const { data, info } = await sharp(photo('group'))
    .resize({ width: 640 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const input = tf.tensor3d(new Int32Array(data), [info.height, info.width, 3], 'int32');
  const before = heapMb();
  try {
    const faces = await faceapi.detectAllFaces(
      input as never,
      new faceapi.TinyFaceDetectorOptions({ inputSize: 608, scoreThreshold: 0.3 }),
    );
    assert.equal(faces.length, 3, JSON.stringify(faces.map((face) => face.box)));
  } finally {
    input.dispose();
  }
  // The first layer's output is 606 × 606 × 16 floats (23 MB). Held whole, next to the prepared input,
  // it took the heap (which never shrinks) 103 MiB past the loaded models; computed in bands, 74 MiB.
  const grown = heapMb() - before;
  assert.ok(grown < 90, `TensorFlow's heap grew by ${Math.round(grown)} MiB`);
});
