import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * Benchmark inputs, built once and cached: real photographs (the example photos) enlarged to phone
 * sizes with a little grain — 12-megapixel landscape and portrait JPEGs, one stored sideways with an
 * EXIF orientation, and one 96-megapixel JPEG — plus the example music.
 */
export const BENCH_DIR = join(tmpdir(), 'joy-bench');
const SOURCES = ['astronaut', 'chelsea', 'coffee', 'rocket', 'hubble'];

export interface BenchPhoto {
  path: string;
  width: number;
  height: number;
}

async function grainy(
  source: string,
  width: number,
  height: number,
  path: string,
  orientation?: number,
): Promise<void> {
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 10 },
    },
  })
    .raw()
    .toBuffer();
  let image = sharp(source)
    .resize(width, height, { fit: 'cover', kernel: 'lanczos3' })
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 90 });
  if (orientation) image = image.withMetadata({ orientation });
  await image.toFile(path);
}

export async function benchPhotos(count: number): Promise<BenchPhoto[]> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const photos: BenchPhoto[] = [];
  for (let i = 0; i < count; i++) {
    const huge = i === 5;
    const portrait = i % 3 === 1;
    const sideways = i % 3 === 2;
    // Stored landscape with EXIF orientation 6 shows upright as portrait.
    const [width, height] = huge ? [12000, 8000] : portrait ? [3024, 4032] : [4032, 3024];
    const path = join(BENCH_DIR, `photo-${i}${huge ? '-96mp' : ''}.jpg`);
    if (!existsSync(path)) {
      await grainy(
        new URL(`../examples/photos/${SOURCES[i % SOURCES.length]}.jpg`, import.meta.url).pathname,
        width,
        height,
        path,
        sideways ? 6 : undefined,
      );
    }
    photos.push({ path, width, height });
  }
  return photos;
}

export const MUSIC = new URL('../examples/music/calm-120bpm.mp3', import.meta.url).pathname;
