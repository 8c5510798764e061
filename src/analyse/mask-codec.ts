import sharp from 'sharp';
import type { GreyImage } from './types.js';

/**
 * A person mask as draft data: a greyscale PNG in base64, its opacity in 16 levels (the renderer
 * smooths it again when it scales it up). A 256×256 mask takes 3–7 KB, so the draft carries it and a
 * render needs no model: the same draft renders the same on any machine.
 */
const LEVELS = 15;
/** Largest mask side accepted from a draft (what Joy writes is 256). */
export const MAX_MASK_SIDE = 1024;

export async function encodeMask(mask: GreyImage): Promise<string> {
  const bytes = new Uint8Array(mask.data.length);
  for (let i = 0; i < bytes.length; i++) {
    const v = Math.min(1, Math.max(0, mask.data[i]!));
    bytes[i] = Math.round(v * LEVELS) * (255 / LEVELS);
  }
  const png = await sharp(bytes, { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return png.toString('base64');
}

/** The mask of a draft, or undefined when it is not a small greyscale PNG (it is then not used). */
export async function decodeMask(base64: string): Promise<GreyImage | undefined> {
  try {
    const { data, info } = await sharp(Buffer.from(base64, 'base64'), {
      limitInputPixels: MAX_MASK_SIDE * MAX_MASK_SIDE,
    })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width > MAX_MASK_SIDE || info.height > MAX_MASK_SIDE || info.width < 2 || info.height < 2)
      return undefined;
    const out = new Float32Array(info.width * info.height);
    for (let i = 0; i < out.length; i++) out[i] = data[i]! / 255;
    return { data: out, width: info.width, height: info.height };
  } catch {
    return undefined;
  }
}
