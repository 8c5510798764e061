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
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on('error', (error) => reject(new IsolatedDecodeError(error.message, true)));
    child.on('close', (code, signal) => {
      const out = Buffer.concat(chunks);
      if (code !== 0 || out.length < 8) {
        reject(
          new IsolatedDecodeError(stderr.trim() || `decoder ended by ${signal ?? `exit ${code}`}`, !!signal),
        );
        return;
      }
      const width = out.readUInt32LE(0);
      const height = out.readUInt32LE(4);
      const data = out.subarray(8);
      if (data.length !== width * height * 3) {
        reject(new IsolatedDecodeError('the decoder returned a short image', true));
        return;
      }
      resolve({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), width, height });
    });
  });
}
