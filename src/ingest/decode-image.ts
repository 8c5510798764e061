import sharp, { type Sharp } from 'sharp';
import { JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { decodeHeifRgba, HeifTooLarge } from './heif.js';
import { iccDescription, isSrgbDescription } from './icc.js';
import { corruptMedia, imageTooLarge } from './ingest-errors.js';
import { decodeInChild, ISOLATE_ABOVE_PIXELS } from './isolated-decode.js';
import { heifPixelLimit, resolveLimits } from './limits.js';
import { encodePng } from './png-chunks.js';
import type { DecodedImage, DecodeTarget, IngestLimits, MediaInfo } from './types.js';

export interface DecodeOptions {
  limits?: Partial<IngestLimits>;
}

type Resize = {
  width: number;
  height: number;
  fit: 'inside';
  withoutEnlargement: true;
  fastShrinkOnLoad: true;
};

function resizeFor(target: DecodeTarget): Resize {
  return {
    width: target.maxWidth,
    height: target.maxHeight,
    fit: 'inside',
    withoutEnlargement: true,
    fastShrinkOnLoad: true,
  };
}

async function rgbResult(pipeline: Sharp): Promise<DecodedImage> {
  const { data, info } = await pipeline
    .flatten({ background: '#000000' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}

/**
 * Everything sharp reads. Memory stays near the output size: JPEG and WebP shrink while loading
 * (`fastShrinkOnLoad`), the file streams top to bottom (`sequentialRead`), and anything bigger than the
 * pixel budget is refused by libvips itself (`limitInputPixels`). sharp converts an embedded ICC profile
 * (Display P3, Adobe RGB, CMYK…) to sRGB; `toColourspace('srgb')` also makes grey images RGB.
 */
function decodeWithSharp(info: MediaInfo, target: DecodeTarget, limits: IngestLimits): Promise<DecodedImage> {
  if ((info.width ?? 0) * (info.height ?? 0) > ISOLATE_ABOVE_PIXELS) {
    return decodeInChild(info.path, target, limits.maxImagePixels);
  }
  const pipeline = sharp(info.path, {
    failOn: 'error', // truncated or broken data is an error, harmless warnings are not
    sequentialRead: true,
    limitInputPixels: limits.maxImagePixels,
    autoOrient: true,
    pages: 1, // GIF, animated WebP: the first frame
  }).resize(resizeFor(target));
  return rgbResult(pipeline);
}

/**
 * HEIC/HEIF: heic-decode gives full-size RGBA without colour management. It is resized with sharp, then,
 * when the file carries a non-sRGB profile (iPhones write Display P3), the small result is wrapped in a PNG
 * with that profile so sharp converts it to sRGB.
 */
async function decodeHeif(
  info: MediaInfo,
  target: DecodeTarget,
  limits: IngestLimits,
): Promise<DecodedImage> {
  const maxPixels = heifPixelLimit(limits);
  const rgba = await decodeHeifRgba(info.path, maxPixels).catch((error: unknown) => {
    throw error instanceof HeifTooLarge
      ? imageTooLarge(info.name, error.width, error.height, maxPixels)
      : error;
  });
  const full = Buffer.from(rgba.data.buffer, rgba.data.byteOffset, rgba.data.byteLength);
  const small = await rgbResult(
    sharp(full, { raw: { width: rgba.width, height: rgba.height, channels: 4 } }).resize(resizeFor(target)),
  );
  const icc = (
    await sharp(info.path)
      .metadata()
      .catch(() => undefined)
  )?.icc;
  if (!icc || isSrgbDescription(iccDescription(icc))) return small;
  return rgbResult(sharp(encodePng(small.data, small.width, small.height, 3, icc)));
}

function checkTarget(target: DecodeTarget): void {
  for (const field of ['maxWidth', 'maxHeight'] as const) {
    const value = target[field];
    if (!Number.isInteger(value) || value < 1) {
      throw phrasedError('invalid_input', phrase('ingest.decodeSize', { field }), { field });
    }
  }
}

/**
 * Decodes a photo to an upright (EXIF orientation applied), sRGB, 8-bit RGB image no larger than the target
 * box; it is scaled down to fit, never up. Alpha is flattened onto black. Damaged files throw JoyError
 * `corrupt_media` naming the file; images over the pixel budget throw `image_too_large`.
 */
export async function decodeImage(
  info: MediaInfo,
  target: DecodeTarget,
  options: DecodeOptions = {},
): Promise<DecodedImage> {
  checkTarget(target);
  if (info.kind !== 'image') {
    throw phrasedError(
      'invalid_input',
      phrase(info.kind === 'video' ? 'ingest.videoNotPhoto' : 'ingest.audioNotPhoto', { file: info.name }),
      { file: info.name },
    );
  }
  const limits = resolveLimits(options.limits);
  if (
    info.width !== undefined &&
    info.height !== undefined &&
    info.width * info.height > limits.maxImagePixels
  ) {
    throw imageTooLarge(info.name, info.width, info.height, limits.maxImagePixels);
  }
  try {
    return info.format === 'heif'
      ? await decodeHeif(info, target, limits)
      : await decodeWithSharp(info, target, limits);
  } catch (error) {
    if (error instanceof JoyError) throw error;
    if (error instanceof Error && /exceeds pixel limit/i.test(error.message) && info.width && info.height) {
      throw imageTooLarge(info.name, info.width, info.height, limits.maxImagePixels);
    }
    throw corruptMedia(info.name, info.format, error);
  }
}
