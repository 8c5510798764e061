import sharp from 'sharp';
import { JoyError } from '../errors.js';
import type { DecodeCache } from './decode-cache.js';
import { decodeImage } from './decode-image.js';
import { takenAtFromExif } from './exif-date.js';
import { heifDimensions } from './heif.js';
import { iccDescription } from './icc.js';
import { corruptMedia, imageTooLarge } from './ingest-errors.js';
import { heifPixelLimit } from './limits.js';
import type { IngestLimits, MediaInfo, SniffResult } from './types.js';

interface Header {
  width: number;
  height: number;
  orientation: number;
  icc?: Uint8Array;
  exif?: Uint8Array;
}

/** The image header through libvips: dimensions, EXIF orientation, ICC and EXIF blocks. No pixel decode. */
async function readHeader(sniffed: SniffResult): Promise<Header> {
  try {
    const meta = await sharp(sniffed.path, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) throw new Error('no dimensions in header');
    // For HEIF, libheif already applied the container's rotation; EXIF orientation there is informative only.
    const orientation = sniffed.format === 'heif' ? 1 : (meta.orientation ?? 1);
    return {
      width: meta.width,
      height: meta.height,
      orientation: orientation >= 1 && orientation <= 8 ? orientation : 1,
      icc: meta.icc,
      exif: meta.exif,
    };
  } catch (error) {
    if (sniffed.format !== 'heif') throw corruptMedia(sniffed.name, sniffed.format, error);
    // libvips may not know a HEIF variant; the decoder we use for pixels is the final word.
    try {
      return { ...(await heifDimensions(sniffed.path)), orientation: 1 };
    } catch (heifError) {
      throw corruptMedia(sniffed.name, sniffed.format, heifError);
    }
  }
}

/**
 * Reads what Joy needs from a photo without decoding it, and refuses one over the pixel budget. With
 * `verify`, the photo is also decoded once at a tiny size (HEIF: its container parsed) so damaged or
 * truncated data is found now rather than at render time.
 */
export async function probeImage(
  sniffed: SniffResult,
  limits: IngestLimits,
  verify: boolean,
  decodeCache?: DecodeCache,
): Promise<MediaInfo> {
  const header = await readHeader(sniffed);
  const maxPixels = sniffed.format === 'heif' ? heifPixelLimit(limits) : limits.maxImagePixels;
  if (header.width * header.height > maxPixels) {
    throw imageTooLarge(sniffed.name, header.width, header.height, maxPixels);
  }
  const turned = header.orientation >= 5;
  const info: MediaInfo = {
    path: sniffed.path,
    name: sniffed.name,
    kind: 'image',
    format: sniffed.format,
    sizeBytes: sniffed.sizeBytes,
    width: turned ? header.height : header.width,
    height: turned ? header.width : header.height,
    orientation: header.orientation,
  };
  const colorProfile = iccDescription(header.icc);
  if (colorProfile) info.colorProfile = colorProfile;
  const takenAt = await takenAtFromExif(header.exif);
  if (takenAt) info.takenAt = takenAt;
  if (verify) {
    try {
      if (sniffed.format === 'heif') await heifDimensions(sniffed.path);
      else {
        const tiny = { maxWidth: 64, maxHeight: 64 };
        const decode = () => decodeImage(info, tiny, { limits });
        await (decodeCache ? decodeCache.decode(info, tiny, decode) : decode());
      }
    } catch (error) {
      if (error instanceof JoyError) throw error;
      throw corruptMedia(sniffed.name, sniffed.format, error);
    }
  }
  return info;
}
