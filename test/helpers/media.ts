import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { ffmpeg } from './ffmpeg-cli.js';

const run = promisify(execFile);

/** A temporary folder removed when the test process ends. */
export function tempDir(prefix = 'joy-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A deterministic photo: a smooth colour field with a red marker square in the top-left quarter of the
 * STORED pixels and a blue one bottom-right, so orientation can be checked after decoding.
 */
export async function makePhoto(
  path: string,
  options: { width: number; height: number; orientation?: number; format?: 'jpeg' | 'png'; hue?: number },
): Promise<string> {
  const { width, height } = options;
  const hue = options.hue ?? 0;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      data[o] = Math.round(60 + 80 * (x / width) + hue) % 256;
      data[o + 1] = Math.round(90 + 100 * (y / height));
      data[o + 2] = Math.round(120 + 60 * Math.sin((x + y) / 40));
    }
  }
  const mark = (x0: number, y0: number, rgb: [number, number, number]) => {
    const size = Math.round(Math.min(width, height) / 5);
    for (let y = y0; y < y0 + size; y++) {
      for (let x = x0; x < x0 + size; x++) {
        const o = (y * width + x) * 3;
        data.set(rgb, o);
      }
    }
  };
  mark(Math.round(width * 0.1), Math.round(height * 0.1), [230, 20, 20]);
  mark(Math.round(width * 0.7), Math.round(height * 0.7), [20, 20, 230]);
  let image = sharp(data, { raw: { width, height, channels: 3 } });
  image = options.format === 'png' ? image.png() : image.jpeg({ quality: 92 });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  await image.toFile(path);
  return path;
}

/** A stereo sine tone (wav) of the given length. */
export async function makeTone(path: string, seconds: number, frequency = 440): Promise<string> {
  await run(ffmpeg().path, [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${frequency}:duration=${seconds}:sample_rate=44100`,
    '-ac',
    '2',
    '-y',
    path,
  ]);
  return path;
}

/** A short test clip (mp4, H.264) with optional sound. */
export async function makeClip(
  path: string,
  seconds: number,
  size = '320x180',
  withAudio = false,
): Promise<string> {
  const args = ['-v', 'error', '-f', 'lavfi', '-i', `testsrc=size=${size}:rate=25:duration=${seconds}`];
  if (withAudio) args.push('-f', 'lavfi', '-i', `sine=frequency=330:duration=${seconds}`);
  args.push('-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast');
  if (withAudio) args.push('-c:a', 'aac');
  args.push('-y', path);
  await run(ffmpeg().path, args);
  return path;
}

export function writeText(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

/** Raw RGB of frame `index` of a video, read back with ffmpeg. */
export async function readVideoFrame(
  path: string,
  index: number,
): Promise<{ data: Buffer; width: number; height: number }> {
  const probe = await run(
    ffmpeg().path,
    [
      '-v',
      'error',
      '-i',
      path,
      '-vf',
      `select=eq(n\\,${index})`,
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-vcodec',
      'png',
      'pipe:1',
    ],
    {
      encoding: 'buffer',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const image = sharp(probe.stdout as Buffer);
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
