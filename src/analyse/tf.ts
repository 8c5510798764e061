import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * TensorFlow.js on its WebAssembly backend, started once per thread and shared by the face detector
 * and the people segmenter: CPU only, no native add-on, the .wasm files read from node_modules.
 */
export type Tfjs = typeof import('@tensorflow/tfjs');
type TfWasm = typeof import('@tensorflow/tfjs-backend-wasm');

const require = createRequire(import.meta.url);
let starting: Promise<Tfjs> | undefined;

export function loadTf(): Promise<Tfjs> {
  starting ??= start().catch((error: unknown) => {
    starting = undefined; // a later call may try again
    throw error;
  });
  return starting;
}

async function start(): Promise<Tfjs> {
  const tf = require('@tensorflow/tfjs') as Tfjs;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as TfWasm;
  if (tf.getBackend() !== 'wasm') {
    // The .wasm binaries ship in the package's dist folder; read them from disk (no fetch, no CDN).
    wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
    if (!(await tf.setBackend('wasm')))
      throw new Error('TensorFlow.js could not start its WebAssembly backend');
  }
  await tf.ready();
  return tf;
}
