import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { HEIF_WORKER_SOURCE, type HeifJob, type HeifReply } from './heif-worker.js';

/**
 * HEIC/HEIF through heic-decode (libheif compiled to wasm; sharp's prebuilt libheif has no HEVC decoder).
 * libheif applies the container's rotation and mirroring (irot/imir), so what comes out is upright.
 */

/** Dimensions of the primary image, from the container alone: no pixel is decoded. */
export async function heifDimensions(path: string): Promise<{ width: number; height: number }> {
  // Loaded on first use: libheif's wasm bundle costs every process that imports ingest ~150 ms of CPU.
  const { default: decode } = await import('heic-decode');
  const images = await decode.all({ buffer: await readFile(path) });
  try {
    const first = images[0];
    if (!first) throw new Error('HEIF image not found');
    return { width: first.width, height: first.height };
  } finally {
    images.dispose();
  }
}

/** Thrown when the image has more than the allowed pixels; nothing was decoded. */
export class HeifTooLarge extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`HEIF image is ${width}×${height} pixels`);
  }
}

export interface HeifPixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows packed. */
  data: Uint8Array;
}

const require = createRequire(import.meta.url);

/**
 * Decodes the primary image to full-size RGBA in a worker thread (seconds of wasm work for a phone photo,
 * and a heap that only shrinks when the worker ends). Images over `maxPixels` are refused from the
 * container before any pixel is decoded (HeifTooLarge).
 */
export function decodeHeifRgba(path: string, maxPixels: number): Promise<HeifPixels> {
  return new Promise((resolve, reject) => {
    const job: HeifJob = { decoder: require.resolve('heic-decode'), path, maxPixels };
    const worker = new Worker(HEIF_WORKER_SOURCE, { eval: true, workerData: job });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.once('message', (reply: HeifReply) =>
      settle(() => {
        if (reply.ok) resolve({ width: reply.width, height: reply.height, data: new Uint8Array(reply.data) });
        else if (reply.tooLarge) reject(new HeifTooLarge(reply.tooLarge.width, reply.tooLarge.height));
        else reject(new Error(reply.message));
      }),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`HEIF decoder stopped (exit code ${code})`))),
    );
  });
}
