/**
 * Run as its own process by isolated-decode.ts: decodes one photo to small upright sRGB RGB with sharp
 * and writes `width, height` (two little-endian uint32) and the pixels to stdout. A decoder that crashes
 * or balloons here costs this process only; its memory goes back to the system when it exits.
 */
import sharp from 'sharp';

interface Job {
  path: string;
  maxWidth: number;
  maxHeight: number;
  limitInputPixels: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
sharp.cache(false);
sharp.concurrency(1);
try {
  const { data, info } = await sharp(job.path, {
    failOn: 'error',
    sequentialRead: true,
    autoOrient: true,
    limitInputPixels: job.limitInputPixels,
    pages: 1,
  })
    .resize({
      width: job.maxWidth,
      height: job.maxHeight,
      fit: 'inside',
      withoutEnlargement: true,
      fastShrinkOnLoad: true,
    })
    .flatten({ background: '#000000' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const header = Buffer.alloc(8);
  header.writeUInt32LE(info.width, 0);
  header.writeUInt32LE(info.height, 4);
  // Written as two pieces: joined, the pixels would be held twice.
  process.stdout.write(header);
  process.stdout.write(data);
} catch (error) {
  process.stderr.write((error as Error).message);
  process.exitCode = 1;
}
