import type { Frame } from './frame.js';

/**
 * Pixel operations transitions and looks are built from. They work plane by plane on YUV 4:2:0 frames;
 * blending YUV linearly equals blending the same RGB values linearly, since the conversion is affine.
 */

/** out = a·(1−t) + b·t on every plane (t in 0–1). */
export function mix(out: Frame, a: Frame, b: Frame, t: number): void {
  const w = Math.round(Math.min(1, Math.max(0, t)) * 256);
  const src = a.data;
  const dst = b.data;
  const target = out.data;
  const inv = 256 - w;
  for (let i = 0; i < target.length; i++) target[i] = (src[i]! * inv + dst[i]! * w + 128) >> 8;
}

/** out = frame faded toward a flat YUV colour by t. */
export function mixColor(out: Frame, frame: Frame, color: readonly [number, number, number], t: number): void {
  const w = Math.round(Math.min(1, Math.max(0, t)) * 256);
  const inv = 256 - w;
  const planes = [
    [frame.y, out.y, color[0]],
    [frame.u, out.u, color[1]],
    [frame.v, out.v, color[2]],
  ] as const;
  for (const [src, dst, c] of planes) {
    const add = c * w + 128;
    for (let i = 0; i < dst.length; i++) dst[i] = (src[i]! * inv + add) >> 8;
  }
}

export function copyFrame(out: Frame, frame: Frame): void {
  if (out.data !== frame.data) out.data.set(frame.data);
}

/**
 * Mask for a frame: `maskY` full size and `maskC` at chroma size, values 0–256 (weight of `b`).
 * Transitions build one with `buildMask` from a coverage function.
 */
export interface Mask {
  y: Uint16Array;
  c: Uint16Array;
}

const maskCache = new Map<string, Mask>();

/** A reusable mask buffer for this frame size (transitions fill it every frame). */
export function maskBuffer(width: number, height: number): Mask {
  const key = `${width}x${height}`;
  let mask = maskCache.get(key);
  if (!mask) {
    mask = { y: new Uint16Array(width * height), c: new Uint16Array((width / 2) * (height / 2)) };
    maskCache.set(key, mask);
  }
  return mask;
}

/**
 * Fills a mask from `coverage(x, y)` (0–1 weight of the incoming frame, evaluated at pixel centres in
 * canvas pixels). The chroma mask averages the four luma weights it covers, so edges stay clean.
 */
export function buildMask(width: number, height: number, coverage: (x: number, y: number) => number): Mask {
  const mask = maskBuffer(width, height);
  for (let row = 0; row < height; row++) {
    const cy = row + 0.5;
    const base = row * width;
    for (let col = 0; col < width; col++) {
      const value = coverage(col + 0.5, cy);
      mask.y[base + col] = value <= 0 ? 0 : value >= 1 ? 256 : Math.round(value * 256);
    }
  }
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      const i = 2 * row * width + 2 * col;
      mask.c[row * cw + col] = (mask.y[i]! + mask.y[i + 1]! + mask.y[i + width]! + mask.y[i + width + 1]! + 2) >> 2;
    }
  }
  return mask;
}

/** Mask from a separable ramp: coverage depends on x only, or y only (wipes, slides). */
export function buildLinearMask(
  width: number,
  height: number,
  axis: 'x' | 'y',
  coverage: (position: number) => number,
): Mask {
  const mask = maskBuffer(width, height);
  const length = axis === 'x' ? width : height;
  const ramp = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    const value = coverage(i + 0.5);
    ramp[i] = value <= 0 ? 0 : value >= 1 ? 256 : Math.round(value * 256);
  }
  for (let row = 0; row < height; row++) {
    const base = row * width;
    if (axis === 'x') mask.y.set(ramp, base);
    else mask.y.fill(ramp[row]!, base, base + width);
  }
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      const value =
        axis === 'x' ? (ramp[2 * col]! + ramp[2 * col + 1]! + 1) >> 1 : (ramp[2 * row]! + ramp[2 * row + 1]! + 1) >> 1;
      mask.c[row * cw + col] = value;
    }
  }
  return mask;
}

/** out = a where the mask is 0, b where it is 256, blended between. */
export function mixMasked(out: Frame, a: Frame, b: Frame, mask: Mask): void {
  const planes = [
    [a.y, b.y, out.y, mask.y],
    [a.u, b.u, out.u, mask.c],
    [a.v, b.v, out.v, mask.c],
  ] as const;
  for (const [pa, pb, po, m] of planes) {
    for (let i = 0; i < po.length; i++) {
      const w = m[i]!;
      po[i] = (pa[i]! * (256 - w) + pb[i]! * w + 128) >> 8;
    }
  }
}

/**
 * Box blur of one plane in place, separable, with running sums (cost independent of radius).
 * Three passes approximate a Gaussian.
 */
export function boxBlurPlane(plane: Uint8Array, width: number, height: number, radius: number, scratch?: Uint8Array): void {
  const r = Math.max(0, Math.round(radius));
  if (r === 0) return;
  const tmp = scratch && scratch.length >= plane.length ? scratch : new Uint8Array(plane.length);
  const size = 2 * r + 1;
  // Horizontal: plane → tmp.
  for (let row = 0; row < height; row++) {
    const base = row * width;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += plane[base + Math.min(width - 1, Math.max(0, k))]!;
    for (let col = 0; col < width; col++) {
      tmp[base + col] = (sum / size + 0.5) | 0;
      const add = Math.min(width - 1, col + r + 1);
      const sub = Math.max(0, col - r);
      sum += plane[base + add]! - plane[base + sub]!;
    }
  }
  // Vertical: tmp → plane.
  for (let col = 0; col < width; col++) {
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += tmp[Math.min(height - 1, Math.max(0, k)) * width + col]!;
    for (let row = 0; row < height; row++) {
      plane[row * width + col] = (sum / size + 0.5) | 0;
      const add = Math.min(height - 1, row + r + 1);
      const sub = Math.max(0, row - r);
      sum += tmp[add * width + col]! - tmp[sub * width + col]!;
    }
  }
}

/** Approximately Gaussian blur of a whole frame with standard deviation `sigma` luma pixels. */
export function blurFrame(frame: Frame, sigma: number): void {
  if (sigma < 0.5) return;
  // Three box passes of width w give a Gaussian of variance 3·(w²−1)/12.
  const radius = Math.max(1, Math.round((Math.sqrt(4 * sigma * sigma + 1) - 1) / 2));
  const cRadius = Math.max(1, Math.round(radius / 2));
  const scratch = new Uint8Array(frame.y.length);
  for (let pass = 0; pass < 3; pass++) {
    boxBlurPlane(frame.y, frame.width, frame.height, radius, scratch);
    boxBlurPlane(frame.u, frame.width / 2, frame.height / 2, cRadius, scratch);
    boxBlurPlane(frame.v, frame.width / 2, frame.height / 2, cRadius, scratch);
  }
}
