import type { Frame } from './frame.js';
import { type Affine, sampleAffineJs } from './sampler.js';

/**
 * A picture drawn over the frame (text, stickers): premultiplied YUV with alpha, luma and chroma alpha
 * separately so edges stay sharp. Plain data in (shared) buffers, so compositing threads can draw it.
 */
export interface OverlayImage {
  width: number;
  height: number;
  /** Premultiplied planes: value = colour·alpha/255. */
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
  alphaY: Uint8Array;
  alphaC: Uint8Array;
}

export interface OverlayPlacement {
  image: OverlayImage;
  /** Top-left corner on the canvas (even numbers keep chroma aligned). */
  x: number;
  y: number;
  opacity: number;
}

/** Allocates an overlay image's planes in one shared buffer. Width and height must be even. */
export function allocateOverlay(width: number, height: number): OverlayImage {
  const ySize = width * height;
  const cSize = ySize / 4;
  const buffer = new SharedArrayBuffer(ySize * 2 + cSize * 3);
  return {
    width,
    height,
    y: new Uint8Array(buffer, 0, ySize),
    alphaY: new Uint8Array(buffer, ySize, ySize),
    u: new Uint8Array(buffer, ySize * 2, cSize),
    v: new Uint8Array(buffer, ySize * 2 + cSize, cSize),
    alphaC: new Uint8Array(buffer, ySize * 2 + cSize * 2, cSize),
  };
}

/**
 * An overlay resampled to `width`×`height` (even), bilinear on every plane: premultiplied colour and its
 * alpha scale alike, so edges stay clean. Used for text that grows or shrinks as it animates.
 */
export function scaleOverlay(image: OverlayImage, width: number, height: number): OverlayImage {
  const out = allocateOverlay(width, height);
  const planes = (w: number, h: number, sw: number, sh: number): Affine => {
    const kx = sw / w;
    const ky = sh / h;
    return { a: kx, b: 0, c: 0.5 * kx - 0.5, d: 0, e: ky, f: 0.5 * ky - 0.5 };
  };
  const luma = planes(width, height, image.width, image.height);
  sampleAffineJs(image.y, image.width, image.height, out.y, width, height, luma);
  sampleAffineJs(image.alphaY, image.width, image.height, out.alphaY, width, height, luma);
  const chroma = planes(width / 2, height / 2, image.width / 2, image.height / 2);
  const [cw, ch, scw, sch] = [width / 2, height / 2, image.width / 2, image.height / 2];
  sampleAffineJs(image.u, scw, sch, out.u, cw, ch, chroma);
  sampleAffineJs(image.v, scw, sch, out.v, cw, ch, chroma);
  sampleAffineJs(image.alphaC, scw, sch, out.alphaC, cw, ch, chroma);
  return out;
}

/** Converts straight-alpha RGBA (e.g. a text bitmap) to an overlay image. Width and height must be even. */
export function rgbaToOverlay(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): OverlayImage {
  const image = allocateOverlay(width, height);
  const cw = width / 2;
  for (let row = 0; row < height; row += 2) {
    for (let col = 0; col < width; col += 2) {
      let us = 0;
      let vs = 0;
      let as = 0;
      for (let k = 0; k < 4; k++) {
        const yy = row + (k >> 1);
        const xx = col + (k & 1);
        const p = (yy * width + xx) * 4;
        const a = rgba[p + 3]!;
        const r = rgba[p]!;
        const g = rgba[p + 1]!;
        const b = rgba[p + 2]!;
        const luma = 16 + 0.1826 * r + 0.6142 * g + 0.062 * b;
        image.y[yy * width + xx] = Math.round((luma * a) / 255);
        image.alphaY[yy * width + xx] = a;
        us += (128 - 0.1006 * r - 0.3386 * g + 0.4392 * b) * a;
        vs += (128 + 0.4392 * r - 0.3989 * g - 0.0403 * b) * a;
        as += a;
      }
      const ci = (row >> 1) * cw + (col >> 1);
      const alpha = as / 4;
      image.alphaC[ci] = Math.round(alpha);
      image.u[ci] = Math.round(us / 4 / 255);
      image.v[ci] = Math.round(vs / 4 / 255);
    }
  }
  return image;
}

/** Draws an overlay (premultiplied "over"), clipped to the frame. */
export function drawOverlay(frame: Frame, placement: OverlayPlacement): void {
  const { image } = placement;
  const opacity = Math.round(Math.min(1, Math.max(0, placement.opacity)) * 256);
  if (opacity === 0) return;
  const x0 = Math.round(placement.x / 2) * 2;
  const y0 = Math.round(placement.y / 2) * 2;
  const blend = (
    dst: Uint8Array,
    dstWidth: number,
    dstHeight: number,
    src: Uint8Array,
    alpha: Uint8Array,
    w: number,
    h: number,
    ox: number,
    oy: number,
  ) => {
    const startRow = Math.max(0, -oy);
    const endRow = Math.min(h, dstHeight - oy);
    const startCol = Math.max(0, -ox);
    const endCol = Math.min(w, dstWidth - ox);
    for (let row = startRow; row < endRow; row++) {
      const s = row * w;
      const d = (row + oy) * dstWidth + ox;
      for (let col = startCol; col < endCol; col++) {
        const a = (alpha[s + col]! * opacity) >> 8;
        if (a === 0) continue;
        const value = (src[s + col]! * opacity) >> 8;
        dst[d + col] = (value + (dst[d + col]! * (255 - a) + 127) / 255) | 0;
      }
    }
  };
  blend(frame.y, frame.width, frame.height, image.y, image.alphaY, image.width, image.height, x0, y0);
  const cw = frame.width / 2;
  const ch = frame.height / 2;
  blend(frame.u, cw, ch, image.u, image.alphaC, image.width / 2, image.height / 2, x0 / 2, y0 / 2);
  blend(frame.v, cw, ch, image.v, image.alphaC, image.width / 2, image.height / 2, x0 / 2, y0 / 2);
}
