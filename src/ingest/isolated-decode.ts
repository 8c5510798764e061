import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DecodedImage, DecodeTarget } from './types.js';

/**
 * Photos above this many pixels are decoded in a child process: the few that need a large buffer (an
 * interlaced PNG is decoded whole, ~3 bytes a pixel) take it from a process that then exits, so a pixel
 * bomb near the limit neither stays in the server's memory nor can take the server down.
 */
export const ISOLATE_ABOVE_PIXELS = 24_000_000;

export class IsolatedDecodeError extends Error {
  constructor(
    message: string,
    readonly crashed: boolean,
  ) {
    super(message);
  }
}

function childCommand(): string[] {
  if (!import.meta.url.endsWith('.ts')) return [fileURLToPath(new URL('./decode-child.js', import.meta.url))];
  // From TypeScript sources (tests, tsx) the child loads tsx first.
  return [
    '--import',
    import.meta.resolve('tsx/esm'),
    fileURLToPath(new URL('./decode-child.ts', import.meta.url)),
  ];
}

/** Decodes a photo in a child process to upright sRGB RGB inside the target box. */
export function decodeInChild(
  path: string,
  target: DecodeTarget,
  limitInputPixels: number,
): Promise<DecodedImage> {
  const job = JSON.stringify({ path, ...target, limitInputPixels });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...childCommand(), job], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The pixels go straight into one buffer of the size the header gives: gathering the pipe's chunks
    // and joining them held the image twice (50 MB for a 96-megapixel photo's plate).
    let head = Buffer.alloc(0);
    let image: { data: Buffer; width: number; height: number } | undefined;
    let filled = 0;
    let overflow = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!image) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 8) return;
        const width = head.readUInt32LE(0);
        const height = head.readUInt32LE(4);
        // Never more than the box asked for: a broken header must not allocate gigabytes.
        overflow = width > target.maxWidth || height > target.maxHeight;
        image = { data: Buffer.alloc(overflow ? 0 : width * height * 3), width, height };
        chunk = head.subarray(8);
      }
      if (filled + chunk.length > image.data.length) overflow = true;
      if (overflow) return;
      chunk.copy(image.data, filled);
      filled += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on('error', (error) => reject(new IsolatedDecodeError(error.message, true)));
    child.on('close', (code, signal) => {
      if (code !== 0 || !image) {
        reject(
          new IsolatedDecodeError(stderr.trim() || `decoder ended by ${signal ?? `exit ${code}`}`, !!signal),
        );
        return;
      }
      const { data, width, height } = image;
      if (overflow || filled !== data.length || data.length === 0) {
        reject(new IsolatedDecodeError('the decoder returned a short image', true));
        return;
      }
      resolve({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), width, height });
    });
  });
}
