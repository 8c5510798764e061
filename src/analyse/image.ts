import { basename } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { phrasedError } from '../errors.js';
import { decodeImage, exifDateToIso, probeMedia } from '../ingest/index.js';
import { phrase } from '../messages/index.js';
import type { Box, GreyImage, ImageSize, RgbImage } from './types.js';

/** Long side of the working copy every photo analysis runs on. */
export const WORKING_SIZE = 640;

/** Long side of the larger copy small faces are looked for on. */
export const DETAIL_SIZE = 1280;

export interface WorkingImage {
  /** The upright working copy, at most `maxSide` px on the long side. */
  image: RgbImage;
  /** Upright size of the original. */
  original: ImageSize;
}

/**
 * Decodes a photo to a small upright sRGB working copy with ingest's decoder, the one rendering uses, so
 * every format Joy accepts (HEIC, AVIF, WEBP, PNG with alpha, sideways JPEG) is analysed as it is shown.
 * JPEGs shrink while decoding, so a 50 MP photo never sits in memory at full size.
 */
export async function loadWorkingImage(path: string, maxSide = WORKING_SIZE): Promise<WorkingImage> {
  const info = await probeMedia(path, { name: basename(path) });
  if (info.kind !== 'image' || !info.width || !info.height)
    throw phrasedError('invalid_input', phrase('media.notPhoto', { file: basename(path) }), {
      file: basename(path),
    });
  const image = await decodeImage(info, { maxWidth: maxSide, maxHeight: maxSide });
  return { image, original: { width: info.width, height: info.height } };
}

/** The same image at most `maxSide` px on the long side (area-averaged; never enlarged). */
export async function shrinkRgb(image: RgbImage, maxSide: number): Promise<RgbImage> {
  if (Math.max(image.width, image.height) <= maxSide) return image;
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .resize(maxSide, maxSide, { fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

/**
 * When the photo was taken, from EXIF DateTimeOriginal (else CreateDate, else DateTime), as an ISO
 * string in the camera's local time, with its UTC offset when the file records one. Undefined when absent.
 */
export async function readTakenAt(path: string): Promise<string | undefined> {
  try {
    const tags = (await exifr.parse(path, {
      pick: [
        'DateTimeOriginal',
        'CreateDate',
        'ModifyDate',
        'OffsetTimeOriginal',
        'OffsetTimeDigitized',
        'OffsetTime',
      ],
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
    if (!tags) return undefined;
    return (
      exifDateToIso(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ??
      exifDateToIso(tags.CreateDate, tags.OffsetTimeDigitized) ??
      exifDateToIso(tags.ModifyDate, tags.OffsetTime)
    );
  } catch {
    return undefined; // a broken EXIF block never stops a photo from being analysed
  }
}

/** Rec. 709 luminance, 0–255. */
export function luminance(image: RgbImage): GreyImage {
  const { data, width, height } = image;
  const out = new Float32Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 3) {
    out[i] = 0.2126 * data[p]! + 0.7152 * data[p + 1]! + 0.0722 * data[p + 2]!;
  }
  return { data: out, width, height };
}

/** Resamples a grey image to exactly `width` × `height` by area averaging (any ratio, no aliasing). */
export function resizeGrey(image: GreyImage, width: number, height: number): GreyImage {
  const out = new Float32Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = y * sy;
    const y1 = y0 + sy;
    for (let x = 0; x < width; x++) {
      const x0 = x * sx;
      const x1 = x0 + sx;
      let sum = 0;
      let weight = 0;
      for (let yy = Math.floor(y0); yy < Math.min(image.height, Math.ceil(y1)); yy++) {
        const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
        for (let xx = Math.floor(x0); xx < Math.min(image.width, Math.ceil(x1)); xx++) {
          const w = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
          sum += w * image.data[yy * image.width + xx]!;
          weight += w;
        }
      }
      out[y * width + x] = weight > 0 ? sum / weight : 0;
    }
  }
  return { data: out, width, height };
}

/** Pixel rectangle (inclusive start, exclusive end) of a fractional box, at least 1 px, inside the image. */
export function pixelRect(box: Box, size: ImageSize): { x0: number; y0: number; x1: number; y1: number } {
  const x0 = Math.max(0, Math.min(size.width - 1, Math.floor(box.x * size.width)));
  const y0 = Math.max(0, Math.min(size.height - 1, Math.floor(box.y * size.height)));
  const x1 = Math.max(x0 + 1, Math.min(size.width, Math.ceil((box.x + box.w) * size.width)));
  const y1 = Math.max(y0 + 1, Math.min(size.height, Math.ceil((box.y + box.h) * size.height)));
  return { x0, y0, x1, y1 };
}

/** Clamps a box to the unit square. */
export function clampBox(box: Box): Box {
  const x = Math.min(1, Math.max(0, box.x));
  const y = Math.min(1, Math.max(0, box.y));
  return {
    x,
    y,
    w: Math.max(0, Math.min(1, box.x + box.w) - x),
    h: Math.max(0, Math.min(1, box.y + box.h) - y),
  };
}
