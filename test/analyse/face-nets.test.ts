import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { before, test } from 'node:test';
import sharp from 'sharp';
import { loadFaceModels } from '../../src/analyse/index.js';
import { loadTf, type Tfjs } from '../../src/analyse/tf.js';
import { photo } from './fixtures.js';

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');
interface Detection {
  score: number;
  box: { x: number; y: number; width: number; height: number };
}

const require = createRequire(import.meta.url);
let faceapi: FaceApi;
let tf: Tfjs;

before(async () => {
  await loadFaceModels();
  faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  tf = await loadTf();
});

/** The photo as an int32 tensor, `width` px wide (enlarged when wider than the file). */
async function pixels(name: 'group' | 'astronaut', width: number) {
  const { data, info } = await sharp(photo(name))
    .resize({ width })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return tf.tensor3d(new Int32Array(data), [info.height, info.width, 3], 'int32');
}

/** Detections by the lean pass in place, then by face-api's own pass (the network's class method). */
async function bothWays(run: () => Promise<Detection[]>): Promise<[Detection[], Detection[]]> {
  const lean = await run();
  const nets = [faceapi.nets.ssdMobilenetv1, faceapi.nets.tinyFaceDetector] as unknown as Record<
    string,
    unknown
  >[];
  const saved = nets.map((net) => net.forwardInput);
  for (const net of nets) delete net.forwardInput;
  try {
    return [lean, await run()];
  } finally {
    nets.forEach((net, i) => {
      net.forwardInput = saved[i];
    });
  }
}

function assertSame(lean: Detection[], own: Detection[], what: string) {
  assert.ok(own.length > 0, `face-api finds faces on ${what}`);
  assert.equal(lean.length, own.length, `${what}: ${lean.length} faces, face-api ${own.length}`);
  const byX = (list: Detection[]) => [...list].sort((a, b) => a.box.x - b.box.x);
  byX(lean).forEach((d, i) => {
    const o = byX(own)[i]!;
    assert.ok(Math.abs(d.score - o.score) < 1e-3, `${what}: score ${d.score} against ${o.score}`);
    for (const key of ['x', 'y', 'width', 'height'] as const)
      assert.ok(
        Math.abs(d.box[key] - o.box[key]) < 0.5,
        `${what}: ${key} ${d.box[key]} against ${o.box[key]}`,
      );
  });
}

test('the lean SSD pass finds what face-api’s own pass finds, with the same boxes and scores', async () => {
  for (const [name, width] of [
    ['group', 640],
    ['astronaut', 512],
  ] as const) {
    const input = await pixels(name, width);
    try {
      const [lean, own] = await bothWays(
        async () =>
          (await faceapi.detectAllFaces(
            input as never,
            new faceapi.SsdMobilenetv1Options({ minConfidence: 0.3, maxResults: 50 }),
          )) as unknown as Detection[],
      );
      assertSame(lean, own, `${name} at ${width} px`);
    } finally {
      input.dispose();
    }
  }
});

test('the lean tiny-detector pass finds what face-api’s own pass finds, at 608 px and on a 512 px tile', async () => {
  for (const [width, inputSize] of [
    [640, 608],
    [512, 512],
  ] as const) {
    const input = await pixels('group', width);
    try {
      const [lean, own] = await bothWays(
        async () =>
          (await faceapi.detectAllFaces(
            input as never,
            new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold: 0.2 }),
          )) as unknown as Detection[],
      );
      assertSame(lean, own, `group at ${width} px, input ${inputSize}`);
    } finally {
      input.dispose();
    }
  }
});
