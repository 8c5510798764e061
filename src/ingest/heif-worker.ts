/**
 * The worker thread that decodes one HEIC/HEIF file for heif.ts. It is plain CommonJS source run with
 * `eval: true`, so it works the same from TypeScript sources (tsx does not reach worker threads) and from
 * the built package. It decodes the primary image to RGBA and transfers the buffer back (no copy).
 * Running libheif's wasm here keeps the event loop free during a decode that takes seconds, and gives its
 * heap (which never shrinks) back to the system when the worker ends.
 */

export interface HeifJob {
  /** Absolute path of heic-decode's entry, resolved by the parent. */
  decoder: string;
  path: string;
  maxPixels: number;
}

export type HeifReply =
  | { ok: true; width: number; height: number; data: ArrayBuffer }
  | { ok: false; tooLarge?: { width: number; height: number }; message: string };

export const HEIF_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const decode = require(workerData.decoder);
async function work({ path, maxPixels }) {
  const images = await decode.all({ buffer: await readFile(path) });
  try {
    const first = images[0];
    if (!first) return [{ ok: false, message: 'HEIF image not found' }, []];
    if (first.width * first.height > maxPixels) {
      return [{ ok: false, tooLarge: { width: first.width, height: first.height }, message: 'too many pixels' }, []];
    }
    const { width, height, data } = await first.decode();
    return [{ ok: true, width, height, data: data.buffer }, [data.buffer]];
  } finally {
    images.dispose();
  }
}
work(workerData).then(
  ([reply, transfer]) => parentPort.postMessage(reply, transfer),
  (error) => parentPort.postMessage({ ok: false, message: error && error.message ? error.message : String(error) }),
);
`;
