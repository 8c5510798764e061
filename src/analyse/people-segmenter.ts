import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { loadTf, type Tfjs } from './tf.js';
import type { GreyImage, RgbImage } from './types.js';

/**
 * People segmentation with MediaPipe's Selfie Segmentation model (Apache-2.0; 250 KB, TensorFlow.js
 * graph format, shipped in `assets/models/`): a 256×256 map of how likely each spot of the photo is a
 * person. The photo is squeezed to 256×256 whatever its aspect, as the model was trained; the map is
 * therefore in fractions of the photo. About 25 ms a photo on one core.
 */
export const MASK_SIZE = 256;

const MODEL_DIR = new URL('../../assets/models/selfie-segmentation/', import.meta.url);

interface GraphModel {
  execute(input: unknown): unknown;
}

let loading: Promise<{ tf: Tfjs; model: GraphModel }> | undefined;

function model(): Promise<{ tf: Tfjs; model: GraphModel }> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw phrasedError('internal', phrase('analyse.peopleModel'), {
      hint: phrase('analyse.peopleModel.hint'),
      cause: error,
    });
  });
  return loading;
}

async function load(): Promise<{ tf: Tfjs; model: GraphModel }> {
  const tf = await loadTf();
  const json = JSON.parse(await readFile(new URL('model.json', MODEL_DIR), 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: object[] }[];
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
  };
  const manifest = json.weightsManifest[0]!;
  const weights = await readFile(fileURLToPath(new URL(manifest.paths[0]!, MODEL_DIR)));
  const loaded = await tf.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: manifest.weights as never,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      ...(json.format ? { format: json.format } : {}),
      ...(json.generatedBy ? { generatedBy: json.generatedBy } : {}),
      ...(json.convertedBy ? { convertedBy: json.convertedBy } : {}),
    }),
  );
  return { tf, model: loaded as unknown as GraphModel };
}

/** Loads the model (and TensorFlow.js) once per thread. */
export async function loadPeopleSegmenter(): Promise<void> {
  await model();
}

/** Person likelihood (0–1) over the photo, MASK_SIZE × MASK_SIZE, rows packed. */
export async function segmentPeople(image: RgbImage): Promise<GreyImage> {
  const { tf, model: net } = await model();
  const input = tf.tidy(() => {
    const pixels = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32').toFloat();
    return tf.image.resizeBilinear(pixels, [MASK_SIZE, MASK_SIZE], false, true).div(255).expandDims(0);
  });
  const output = net.execute(input) as { data(): Promise<Float32Array>; dispose(): void };
  try {
    const data = await output.data();
    return { data: Float32Array.from(data), width: MASK_SIZE, height: MASK_SIZE };
  } finally {
    input.dispose();
    output.dispose();
  }
}
