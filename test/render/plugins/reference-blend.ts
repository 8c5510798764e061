import { spanCoverage } from '../../../src/render/blend/index.js';
import type { Frame } from '../../../src/render/frame.js';
import type { Placement } from '../../../src/render/plugin-types.js';
/**
 * Reference implementations the fast blends in src/render/blend/ are tested against: whole masks built
 * pixel by pixel, and a plain bilinear resampler for placed layers.
 */

/**
 * Mask for a frame: `maskY` full size and `maskC` at chroma size, values 0–256 (weight of `b`).
 * Transitions build one with `buildMask` from a coverage function.
 */
export interface Mask {
  y: Uint16Array;
  c: Uint16Array;
}

/** A reusable mask buffer for this frame size (transitions fill it every frame). */
export function maskBuffer(width: number, height: number): Mask {
  return { y: new Uint16Array(width * height), c: new Uint16Array((width / 2) * (height / 2)) };
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
        axis === 'x'
          ? (ramp[2 * col]! + ramp[2 * col + 1]! + 1) >> 1
          : (ramp[2 * row]! + ramp[2 * row + 1]! + 1) >> 1;
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

export function isIdentityPlacement(placement: Placement | undefined): boolean {
  return (
    !placement || ((placement.dx ?? 0) === 0 && (placement.dy ?? 0) === 0 && (placement.scale ?? 1) === 1)
  );
}

/** Source index pairs and 8-bit weights for one axis of a placed plane (edge pixels repeat outward). */
export function axisTable(
  length: number,
  offset: number,
  scale: number,
  _slot: string,
): { i0: Int32Array; i1: Int32Array; f: Uint16Array } {
  const table = { i0: new Int32Array(length), i1: new Int32Array(length), f: new Uint16Array(length) };
  const c = length / 2;
  const last = length - 1;
  for (let i = 0; i < length; i++) {
    let s = (i + 0.5 - c - offset) / scale + c - 0.5;
    if (s < 0) s = 0;
    else if (s > last) s = last;
    const i0 = Math.floor(s);
    let f = Math.round((s - i0) * 256);
    let j0 = i0;
    if (f === 256) {
      j0 = Math.min(last, i0 + 1);
      f = 0;
    }
    table.i0[i] = j0;
    table.i1[i] = Math.min(last, j0 + 1);
    table.f[i] = f;
  }
  return table;
}

export function placePlane(
  out: Uint8Array,
  src: Uint8Array,
  width: number,
  height: number,
  offsetX: number,
  offsetY: number,
  scale: number,
): void {
  const tx = axisTable(width, offsetX, scale, 'x');
  const ty = axisTable(height, offsetY, scale, 'y');
  const { i0: x0, i1: x1, f: fx } = tx;
  for (let row = 0; row < height; row++) {
    const fy = ty.f[row]!;
    const ra = ty.i0[row]! * width;
    const rb = ty.i1[row]! * width;
    const base = row * width;
    const gy = 256 - fy;
    for (let col = 0; col < width; col++) {
      const a = x0[col]!;
      const b = x1[col]!;
      const w = fx[col]!;
      const g = 256 - w;
      const top = src[ra + a]! * g + src[ra + b]! * w;
      const bottom = src[rb + a]! * g + src[rb + b]! * w;
      out[base + col] = (top * gy + bottom * fy + 32768) >>> 16;
    }
  }
}

/**
 * Renders `src` moved by a placement into `out` (same size, must not be `src`): sub-pixel, bilinear,
 * in 8-bit fixed point, plane by plane. Where the moved layer leaves the canvas uncovered the edge pixels
 * repeat; transitions decide what shows there with a coverage mask (`placedRect` → `buildRectMask`).
 * The reference resampler for transition tests; the compositor may use it for `layer(which, placement)`.
 */
export function placeLayer(out: Frame, src: Frame, placement: Placement | undefined): void {
  if (out.data === src.data) throw new Error('placeLayer needs separate source and output frames');
  if (isIdentityPlacement(placement)) {
    out.data.set(src.data);
    return;
  }
  const s = Math.max(1e-3, placement?.scale ?? 1);
  const dx = placement?.dx ?? 0;
  const dy = placement?.dy ?? 0;
  const { width, height } = src;
  placePlane(out.y, src.y, width, height, dx * width, dy * height, s);
  placePlane(out.u, src.u, width / 2, height / 2, (dx * width) / 2, (dy * height) / 2, s);
  placePlane(out.v, src.v, width / 2, height / 2, (dx * width) / 2, (dy * height) / 2, s);
}

/** Fills the chroma mask from the luma mask: each chroma weight averages the four luma weights it covers. */
export function chromaMaskFromLuma(mask: Mask, width: number, height: number): void {
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      const i = 2 * row * width + 2 * col;
      mask.c[row * cw + col] =
        (mask.y[i]! + mask.y[i + 1]! + mask.y[i + width]! + mask.y[i + width + 1]! + 2) >> 2;
    }
  }
}

/**
 * Mask of a rectangle in canvas pixels (from `placedRect`), with each pixel weighted by how much of it
 * the rectangle covers — so moving edges are anti-aliased and move smoothly by fractions of a pixel.
 */
export function buildRectMask(
  width: number,
  height: number,
  rect: { left: number; top: number; right: number; bottom: number },
): Mask {
  const mask = maskBuffer(width, height);
  const rx = new Uint16Array(width);
  for (let col = 0; col < width; col++) rx[col] = spanCoverage(col, rect.left, rect.right);
  for (let row = 0; row < height; row++) {
    const ry = spanCoverage(row, rect.top, rect.bottom);
    const base = row * width;
    if (ry === 0) mask.y.fill(0, base, base + width);
    else if (ry === 256) mask.y.set(rx, base);
    else for (let col = 0; col < width; col++) mask.y[base + col] = (rx[col]! * ry + 128) >> 8;
  }
  chromaMaskFromLuma(mask, width, height);
  return mask;
}

/**
 * Radial mask: 256 inside `radius` of (cx, cy), 0 outside, with a smooth edge `band` pixels wide centred
 * on the radius. Square roots are only taken inside the band.
 */
export function buildRadialMask(
  width: number,
  height: number,
  cx: number,
  cy: number,
  radius: number,
  band: number,
): Mask {
  const mask = maskBuffer(width, height);
  const soft = Math.max(1, band);
  const inner = radius - soft / 2;
  const outer = radius + soft / 2;
  const inner2 = inner > 0 ? inner * inner : -1;
  const outer2 = outer > 0 ? outer * outer : -1;
  for (let row = 0; row < height; row++) {
    const dy = row + 0.5 - cy;
    const dy2 = dy * dy;
    const base = row * width;
    for (let col = 0; col < width; col++) {
      const dx = col + 0.5 - cx;
      const d2 = dx * dx + dy2;
      if (d2 <= inner2) mask.y[base + col] = 256;
      else if (d2 >= outer2) mask.y[base + col] = 0;
      else {
        const t = (outer - Math.sqrt(d2)) / soft;
        const s = t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
        mask.y[base + col] = Math.round(s * 256);
      }
    }
  }
  chromaMaskFromLuma(mask, width, height);
  return mask;
}
