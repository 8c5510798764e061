import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JoyError } from '../errors.js';
import { clampBox } from './image.js';
import { loadTf, type Tfjs } from './tf.js';
import type { Box, FaceBox, RgbImage } from './types.js';

/**
 * Face detection with @vladmandic/face-api on TensorFlow.js's WebAssembly backend: CPU only, no native
 * add-on, nothing downloaded. The models and the .wasm files are read from node_modules, once per process.
 *
 * Two detectors vote: SSD MobileNet v1 finds faces (tight boxes, good on small and turned faces); the
 * Tiny Face Detector confirms the doubtful ones, so a cat or a patterned board is not taken for a face.
 */

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');

interface Models {
  faceapi: FaceApi;
  tf: Tfjs;
}

export interface FaceDetectionOptions {
  /** Lowest SSD score kept (0–1, default 0.5). */
  minScore?: number;
  /** SSD detections at or above this score (and of plausible size) need no second opinion (default 0.8). */
  sureScore?: number;
}

const require = createRequire(import.meta.url);
let loading: Promise<Models> | undefined;

/** Loads TensorFlow.js (WebAssembly backend) and the face models, once per process; later calls reuse them. */
export async function loadFaceModels(): Promise<void> {
  await models();
}

function models(): Promise<Models> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // let a later call try again
    throw new JoyError('internal', 'The face detection models could not be loaded.', {
      hint: 'Run `npm install` so @vladmandic/face-api and @tensorflow/tfjs-backend-wasm are present.',
      cause: error,
    });
  });
  return loading;
}

async function load(): Promise<Models> {
  const tf = await loadTf();
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  // One pass on a blank image compiles the kernels, so the first photo is not slower than the rest.
  const blank = tf.zeros([64, 64, 3], 'int32');
  try {
    await faceapi.detectAllFaces(blank as never, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 }));
    await faceapi.detectAllFaces(blank as never, new faceapi.TinyFaceDetectorOptions({ inputSize: 608 }));
  } finally {
    blank.dispose();
  }
  return { faceapi, tf };
}

/** Faces in a working image, left to right, as fractions of the image. */
export async function detectFaces(image: RgbImage, options: FaceDetectionOptions = {}): Promise<FaceBox[]> {
  const minScore = options.minScore ?? 0.5;
  const sureScore = options.sureScore ?? 0.8;
  const { faceapi, tf } = await models();
  const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    const ssd = await faceapi.detectAllFaces(
      input as never,
      new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: 50 }),
    );
    const found = ssd.map((d) => ({
      box: toFraction(d.box, image.width, image.height),
      score: d.score,
    }));
    const doubtful = found.filter((f) => f.score < sureScore || f.box.w * f.box.h > 0.35);
    let confirmations: Box[] = [];
    if (doubtful.length > 0) {
      const tiny = await faceapi.detectAllFaces(
        input as never,
        new faceapi.TinyFaceDetectorOptions({ inputSize: 608, scoreThreshold: 0.15 }),
      );
      confirmations = tiny.map((d) => toFraction(d.box, image.width, image.height));
    }
    return found
      .filter((f) => !doubtful.includes(f) || confirmations.some((c) => sameFace(f.box, c)))
      .map((f) => ({ ...f.box, score: round(f.score, 3) }))
      .sort((a, b) => a.x - b.x);
  } finally {
    input.dispose();
  }
}

function toFraction(
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): Box {
  const clamped = clampBox({
    x: box.x / width,
    y: box.y / height,
    w: box.width / width,
    h: box.height / height,
  });
  return { x: round(clamped.x, 4), y: round(clamped.y, 4), w: round(clamped.w, 4), h: round(clamped.h, 4) };
}

/**
 * Whether two detectors' boxes are the same face: they overlap mostly (the smaller lies at least half
 * inside the larger) and are of similar size (the tiny detector draws looser boxes, so up to 3× area).
 */
export function sameFace(a: Box, b: Box): boolean {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const areaA = a.w * a.h;
  const areaB = b.w * b.h;
  if (areaA <= 0 || areaB <= 0) return false;
  const overlap = (ix * iy) / Math.min(areaA, areaB);
  return overlap >= 0.5 && Math.max(areaA, areaB) / Math.min(areaA, areaB) <= 3;
}

function round(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}
