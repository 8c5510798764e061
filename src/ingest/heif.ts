import { readFile } from 'node:fs/promises';
import decode, { type HeicImageData } from 'heic-decode';

/**
 * HEIC/HEIF through heic-decode (libheif compiled to wasm; sharp's prebuilt libheif has no HEVC decoder).
 * libheif applies the container's rotation and mirroring (irot/imir), so what comes out is upright.
 */

/** Dimensions of the primary image, from the container alone: no pixel is decoded. */
export async function heifDimensions(path: string): Promise<{ width: number; height: number }> {
  const images = await decode.all({ buffer: await readFile(path) });
  try {
    const first = images[0];
    if (!first) throw new Error('HEIF image not found');
    return { width: first.width, height: first.height };
  } finally {
    images.dispose();
  }
}

/**
 * Decodes the primary image to full-size RGBA (4 bytes a pixel). `check` sees the dimensions first and may
 * throw to refuse the image before any pixel is decoded.
 */
export async function decodeHeifRgba(
  path: string,
  check: (width: number, height: number) => void,
): Promise<HeicImageData> {
  const images = await decode.all({ buffer: await readFile(path) });
  try {
    const first = images[0];
    if (!first) throw new Error('HEIF image not found');
    check(first.width, first.height);
    return await first.decode();
  } finally {
    images.dispose();
  }
}
