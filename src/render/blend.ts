import type { Frame } from './frame.js';
import type { Placement } from './plugin-types.js';

/**
 * Pixel operations transitions and looks are built from. They work plane by plane on YUV 4:2:0 frames;
 * blending YUV linearly equals blending the same RGB values linearly, since the conversion is affine.
 */

/**
 * out = a·(1−t) + b·t on every plane (t in 0–1). Works on four bytes per step: even and odd bytes are
 * blended in separate 16-bit lanes of a 32-bit word, which cannot overflow because the weights sum to 256.
 */
export function mix(out: Frame, a: Frame, b: Frame, t: number): void {
  const w = Math.round(Math.min(1, Math.max(0, t)) * 256);
  const inv = 256 - w;
  const length = out.data.length;
  const aligned =
    length % 4 === 0 &&
    out.data.byteOffset % 4 === 0 &&
    a.data.byteOffset % 4 === 0 &&
    b.data.byteOffset % 4 === 0;
  if (!aligned) {
    const src = a.data;
    const dst = b.data;
    const target = out.data;
    for (let i = 0; i < length; i++) target[i] = (src[i]! * inv + dst[i]! * w + 128) >> 8;
    return;
  }
  const words = length >> 2;
  const pa = new Uint32Array(a.data.buffer, a.data.byteOffset, words);
  const pb = new Uint32Array(b.data.buffer, b.data.byteOffset, words);
  const po = new Uint32Array(out.data.buffer, out.data.byteOffset, words);
  const round = 0x00800080;
  for (let i = 0; i < words; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const even = ((x & 0x00ff00ff) * inv + (y & 0x00ff00ff) * w + round) >>> 8;
    const odd = (((x >>> 8) & 0x00ff00ff) * inv + ((y >>> 8) & 0x00ff00ff) * w + round) >>> 8;
    po[i] = ((even & 0x00ff00ff) | ((odd & 0x00ff00ff) << 8)) >>> 0;
  }
}

/** out = frame faded toward a flat YUV colour by t. */
export function mixColor(
  out: Frame,
  frame: Frame,
  color: readonly [number, number, number],
  t: number,
): void {
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
      mask.c[row * cw + col] =
        (mask.y[i]! + mask.y[i + 1]! + mask.y[i + width]! + mask.y[i + width + 1]! + 2) >> 2;
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

/**
 * Box blur of one plane in place, separable, with running sums (cost independent of radius).
 * Three passes approximate a Gaussian.
 */
export function boxBlurPlane(
  plane: Uint8Array,
  width: number,
  height: number,
  radius: number,
  scratch?: Uint8Array,
): void {
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

/**
 * Box blur along rows only (motion blur for horizontal moves), in place, with running sums: cost is
 * independent of the radius. The radius may be fractional (the two outermost taps get the fraction as
 * weight), so the blur grows smoothly from frame to frame instead of in whole-pixel steps.
 */
export function boxBlurRows(
  plane: Uint8Array,
  width: number,
  height: number,
  radius: number,
  scratch?: Uint8Array,
): void {
  const clamped = Math.min(width, Math.max(0, radius));
  const n = Math.floor(clamped);
  const fw = Math.round((clamped - n) * 256);
  if (n === 0 && fw === 0) return;
  // The row with its edge pixels repeated `pad` times on both sides: no bounds checks in the loop.
  const pad = n + 1;
  const size = width + 2 * pad;
  const buf = scratch && scratch.length >= size ? scratch : new Uint8Array(size);
  const inv = 1 / ((2 * n + 1) * 256 + 2 * fw);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    buf.set(plane.subarray(base, base + width), pad);
    buf.fill(plane[base]!, 0, pad);
    buf.fill(plane[base + width - 1]!, pad + width, size);
    let sum = 0;
    for (let k = pad - n; k <= pad + n; k++) sum += buf[k]!;
    for (let x = 0; x < width; x++) {
      const c = pad + x;
      plane[base + x] = ((sum * 256 + fw * (buf[c - n - 1]! + buf[c + n + 1]!)) * inv + 0.5) | 0;
      sum += buf[c + n + 1]! - buf[c - n]!;
    }
  }
}

/**
 * Horizontal motion blur of a whole frame: one box along rows, `length` luma pixels long (the path a
 * point travels while the shutter is open), fractional lengths included.
 */
export function blurFrameHorizontal(frame: Frame, length: number): void {
  const radius = (length - 1) / 2;
  if (radius <= 0) return;
  const scratch = new Uint8Array(2 * frame.width + 4);
  const cw = frame.width / 2;
  const ch = frame.height / 2;
  boxBlurRows(frame.y, frame.width, frame.height, radius, scratch);
  boxBlurRows(frame.u, cw, ch, radius / 2, scratch);
  boxBlurRows(frame.v, cw, ch, radius / 2, scratch);
}

/**
 * Box blur down the columns, in place, with fractional radius (as `boxBlurRows`). Runs a row at a time
 * with one running sum per column, so memory is read in order.
 */
export function boxBlurColumns(plane: Uint8Array, width: number, height: number, radius: number): void {
  const clamped = Math.min(height, Math.max(0, radius));
  const n = Math.floor(clamped);
  const fw = Math.round((clamped - n) * 256);
  if (n === 0 && fw === 0) return;
  const source = plane.slice();
  const sums = new Int32Array(width);
  const last = height - 1;
  const rowAt = (k: number) => Math.min(last, Math.max(0, k)) * width;
  for (let k = -n; k <= n; k++) {
    const base = rowAt(k);
    for (let col = 0; col < width; col++) sums[col] = sums[col]! + source[base + col]!;
  }
  const inv = 1 / ((2 * n + 1) * 256 + 2 * fw);
  for (let row = 0; row < height; row++) {
    const base = row * width;
    const above = rowAt(row - n - 1);
    const below = rowAt(row + n + 1);
    const leaving = rowAt(row - n);
    for (let col = 0; col < width; col++) {
      const edges = source[above + col]! + source[below + col]!;
      plane[base + col] = ((sums[col]! * 256 + fw * edges) * inv + 0.5) | 0;
      sums[col] = sums[col]! + source[below + col]! - source[leaving + col]!;
    }
  }
}

/**
 * Approximately Gaussian blur with standard deviation `sigma` luma pixels, from two box passes each way
 * with fractional radii: unlike `blurFrame`, the result changes smoothly as `sigma` changes, which an
 * animated blur needs (no steps from rounding the radius).
 */
export function blurFrameSmooth(frame: Frame, sigma: number): void {
  if (sigma < 0.2) return;
  // Two boxes of width w = 2r + 1 have variance 2·(w² − 1)/12.
  const radius = (Math.sqrt(6 * sigma * sigma + 1) - 1) / 2;
  const scratch = new Uint8Array(2 * frame.width + 4);
  const cw = frame.width / 2;
  const ch = frame.height / 2;
  for (let pass = 0; pass < 2; pass++) {
    boxBlurRows(frame.y, frame.width, frame.height, radius, scratch);
    boxBlurRows(frame.u, cw, ch, radius / 2, scratch);
    boxBlurRows(frame.v, cw, ch, radius / 2, scratch);
    boxBlurColumns(frame.y, frame.width, frame.height, radius);
    boxBlurColumns(frame.u, cw, ch, radius / 2);
    boxBlurColumns(frame.v, cw, ch, radius / 2);
  }
}

export function isIdentityPlacement(placement: Placement | undefined): boolean {
  return (
    !placement || ((placement.dx ?? 0) === 0 && (placement.dy ?? 0) === 0 && (placement.scale ?? 1) === 1)
  );
}

/**
 * The rectangle (canvas pixels, may reach past the edges) a full-canvas layer covers once placed.
 * Transitions turn it into a coverage mask with `buildRectMask`.
 */
export function placedRect(
  width: number,
  height: number,
  placement: Placement | undefined,
): { left: number; top: number; right: number; bottom: number } {
  const s = placement?.scale ?? 1;
  const ox = (placement?.dx ?? 0) * width;
  const oy = (placement?.dy ?? 0) * height;
  const cx = width / 2;
  const cy = height / 2;
  return { left: cx - cx * s + ox, right: cx + cx * s + ox, top: cy - cy * s + oy, bottom: cy + cy * s + oy };
}

const axisCache = new Map<string, { i0: Int32Array; i1: Int32Array; f: Uint16Array }>();

/** Source index pairs and 8-bit weights for one axis of a placed plane (edge pixels repeat outward). */
function axisTable(
  length: number,
  offset: number,
  scale: number,
  slot: string,
): { i0: Int32Array; i1: Int32Array; f: Uint16Array } {
  const key = `${slot}:${length}`;
  let table = axisCache.get(key);
  if (!table) {
    table = { i0: new Int32Array(length), i1: new Int32Array(length), f: new Uint16Array(length) };
    axisCache.set(key, table);
  }
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

function placePlane(
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
function chromaMaskFromLuma(mask: Mask, width: number, height: number): void {
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      const i = 2 * row * width + 2 * col;
      mask.c[row * cw + col] =
        (mask.y[i]! + mask.y[i + 1]! + mask.y[i + width]! + mask.y[i + width + 1]! + 2) >> 2;
    }
  }
}

/** Share (0–256) of pixel [i, i+1) that lies inside [from, to). */
function spanCoverage(i: number, from: number, to: number): number {
  const overlap = Math.min(i + 1, to) - Math.max(i, from);
  return overlap <= 0 ? 0 : overlap >= 1 ? 256 : Math.round(overlap * 256);
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

function mixRectPlane(
  out: Uint8Array,
  under: Uint8Array,
  over: Uint8Array,
  width: number,
  height: number,
  rect: { left: number; top: number; right: number; bottom: number },
  op256: number,
): void {
  const rx = new Uint16Array(width);
  let c0 = width;
  let c1 = 0;
  let f0 = width;
  let f1 = 0;
  for (let col = 0; col < width; col++) {
    const value = spanCoverage(col, rect.left, rect.right);
    rx[col] = value;
    if (value > 0) {
      c0 = Math.min(c0, col);
      c1 = col + 1;
    }
    if (value === 256) {
      f0 = Math.min(f0, col);
      f1 = col + 1;
    }
  }
  if (f1 <= f0) f0 = f1 = c0;
  const blend = (base: number, from: number, to: number, rowWeight: number) => {
    for (let i = base + from; i < base + to; i++) {
      const w = rowWeight === 256 ? rx[i - base]! : (rx[i - base]! * rowWeight + 128) >> 8;
      out[i] = (under[i]! * (256 - w) + over[i]! * w + 128) >> 8;
    }
  };
  for (let row = 0; row < height; row++) {
    const base = row * width;
    if (out !== under) out.set(under.subarray(base, base + width), base);
    const rowWeight = (spanCoverage(row, rect.top, rect.bottom) * op256 + 128) >> 8;
    if (rowWeight === 0 || c1 <= c0) continue;
    if (rowWeight === 256) {
      if (f1 > f0) out.set(over.subarray(base + f0, base + f1), base + f0);
      blend(base, c0, f0, 256);
      blend(base, f1, c1, 256);
    } else {
      blend(base, c0, c1, rowWeight);
    }
  }
}

/**
 * out = `under` with `over` on top inside a rectangle (canvas pixels, from `placedRect`) at `opacity`
 * (0–1). Edge pixels are weighted by how much of them the rectangle covers, so moving edges are
 * anti-aliased. Same result as `mixMasked` with `buildRectMask`, but fully covered spans are plain
 * copies: the cost of a slide is little more than a memcpy. `out` may be `under`, never `over`.
 */
export function mixRect(
  out: Frame,
  under: Frame,
  over: Frame,
  rect: { left: number; top: number; right: number; bottom: number },
  opacity = 1,
): void {
  if (out.data === over.data) throw new Error('mixRect cannot write into the frame on top');
  const op = Math.round(Math.min(1, Math.max(0, opacity)) * 256);
  const { width, height } = out;
  mixRectPlane(out.y, under.y, over.y, width, height, rect, op);
  const half = { left: rect.left / 2, top: rect.top / 2, right: rect.right / 2, bottom: rect.bottom / 2 };
  mixRectPlane(out.u, under.u, over.u, width / 2, height / 2, half, op);
  mixRectPlane(out.v, under.v, over.v, width / 2, height / 2, half, op);
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

/** Smoothstep on [0, 1], for soft edges. */
export function smoothstep(t: number): number {
  return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Placement that moves a layer `amount` canvas-lengths in `direction` (negative moves it back). */
export function directionOffset(direction: Direction, amount: number): Placement {
  switch (direction) {
    case 'left':
      return { dx: -amount, dy: 0 };
    case 'right':
      return { dx: amount, dy: 0 };
    case 'up':
      return { dx: 0, dy: -amount };
    case 'down':
      return { dx: 0, dy: amount };
  }
}

/**
 * Blends `a` into `b` along one axis: `coverage(position)` (pixel centres, luma pixels) is b's weight.
 * Same result as `mixMasked` with `buildLinearMask`, but runs where the weight is 0 or 1 are plain
 * copies, so a wipe costs little more than a memcpy plus its soft band.
 */
export function mixLinear(
  out: Frame,
  a: Frame,
  b: Frame,
  axis: 'x' | 'y',
  coverage: (position: number) => number,
): void {
  const { width, height } = out;
  const length = axis === 'x' ? width : height;
  const ramp = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    const value = coverage(i + 0.5);
    ramp[i] = value <= 0 ? 0 : value >= 1 ? 256 : Math.round(value * 256);
  }
  const half = new Uint16Array(length / 2);
  for (let i = 0; i < half.length; i++) half[i] = (ramp[2 * i]! + ramp[2 * i + 1]! + 1) >> 1;
  mixLinearPlane(out.y, a.y, b.y, width, height, axis, ramp);
  mixLinearPlane(out.u, a.u, b.u, width / 2, height / 2, axis, half);
  mixLinearPlane(out.v, a.v, b.v, width / 2, height / 2, axis, half);
}

function mixLinearPlane(
  out: Uint8Array,
  a: Uint8Array,
  b: Uint8Array,
  width: number,
  height: number,
  axis: 'x' | 'y',
  ramp: Uint16Array,
): void {
  if (axis === 'y') {
    for (let row = 0; row < height; row++) {
      const base = row * width;
      const w = ramp[row]!;
      if (w === 0) out.set(a.subarray(base, base + width), base);
      else if (w === 256) out.set(b.subarray(base, base + width), base);
      else for (let i = base; i < base + width; i++) out[i] = (a[i]! * (256 - w) + b[i]! * w + 128) >> 8;
    }
    return;
  }
  // Runs of equal weight along the row, found once and reused for every row.
  const runs: [number, number, number][] = [];
  for (let col = 0; col < width; ) {
    const w = ramp[col]!;
    let end = col + 1;
    if (w === 0 || w === 256) while (end < width && ramp[end] === w) end++;
    runs.push([col, end, w]);
    col = end;
  }
  for (let row = 0; row < height; row++) {
    const base = row * width;
    for (const [from, to, w] of runs) {
      if (w === 0) out.set(a.subarray(base + from, base + to), base + from);
      else if (w === 256) out.set(b.subarray(base + from, base + to), base + from);
      else for (let i = base + from; i < base + to; i++) out[i] = (a[i]! * (256 - w) + b[i]! * w + 128) >> 8;
    }
  }
}

/**
 * The wipe whose edge travels in `direction` across the canvas, blended into `out`: at `progress` 0
 * nothing of `b` shows, at 1 all of it. `band` is the soft edge in pixels (at least one pixel, so the
 * edge is always anti-aliased and moves by fractions of a pixel).
 */
export function mixWipe(
  out: Frame,
  a: Frame,
  b: Frame,
  direction: Direction,
  progress: number,
  band: number,
): void {
  const { width, height } = out;
  const soft = Math.max(1, band);
  const horizontal = direction === 'left' || direction === 'right';
  const length = horizontal ? width : height;
  // The edge starts just past the far side and ends just past the near side.
  const edge = length + soft / 2 - progress * (length + soft);
  // Left and up reveal from the right/bottom (high coordinates); right and down from the low side.
  const fromHigh = direction === 'left' || direction === 'up';
  mixLinear(out, a, b, horizontal ? 'x' : 'y', (position) => {
    const p = fromHigh ? position : length - position;
    return smoothstep((p - edge) / soft + 0.5);
  });
}

/**
 * An iris: `b` inside the circle of `radius` about (cx, cy), `a` outside, with a smooth edge `band`
 * pixels wide centred on the radius (canvas pixels). Rows are handled as spans (copies outside and
 * inside the edge), so only the ring costs per-pixel work; chroma uses the same circle at half scale
 * with an edge at least one chroma pixel wide.
 */
export function mixRadial(
  out: Frame,
  a: Frame,
  b: Frame,
  cx: number,
  cy: number,
  radius: number,
  band: number,
): void {
  const { width, height } = out;
  const soft = Math.max(1, band);
  mixRadialPlane(out.y, a.y, b.y, width, height, cx, cy, radius, soft);
  const cw = width / 2;
  const ch = height / 2;
  const cSoft = Math.max(1, soft / 2);
  mixRadialPlane(out.u, a.u, b.u, cw, ch, cx / 2, cy / 2, radius / 2, cSoft);
  mixRadialPlane(out.v, a.v, b.v, cw, ch, cx / 2, cy / 2, radius / 2, cSoft);
}

function mixRadialPlane(
  out: Uint8Array,
  a: Uint8Array,
  b: Uint8Array,
  width: number,
  height: number,
  cx: number,
  cy: number,
  radius: number,
  soft: number,
): void {
  const outer = radius + soft / 2;
  const inner = radius - soft / 2;
  const ring = (base: number, from: number, to: number, dy2: number) => {
    for (let col = from; col < to; col++) {
      const dx = col + 0.5 - cx;
      const t = (outer - Math.sqrt(dx * dx + dy2)) / soft;
      const w = t <= 0 ? 0 : t >= 1 ? 256 : Math.round(t * t * (3 - 2 * t) * 256);
      const i = base + col;
      out[i] = (a[i]! * (256 - w) + b[i]! * w + 128) >> 8;
    }
  };
  for (let row = 0; row < height; row++) {
    const base = row * width;
    const dy = row + 0.5 - cy;
    const dy2 = dy * dy;
    if (outer <= 0 || dy2 >= outer * outer) {
      out.set(a.subarray(base, base + width), base);
      continue;
    }
    const xo = Math.sqrt(outer * outer - dy2);
    const c0 = Math.max(0, Math.min(width, Math.ceil(cx - xo - 0.5)));
    const c1 = Math.max(c0, Math.min(width, Math.floor(cx + xo - 0.5) + 1));
    out.set(a.subarray(base, base + c0), base);
    out.set(a.subarray(base + c1, base + width), base + c1);
    if (inner > 0 && dy2 < inner * inner) {
      const xi = Math.sqrt(inner * inner - dy2);
      const i0 = Math.max(c0, Math.min(c1, Math.ceil(cx - xi - 0.5)));
      const i1 = Math.max(i0, Math.min(c1, Math.floor(cx + xi - 0.5) + 1));
      ring(base, c0, i0, dy2);
      out.set(b.subarray(base + i0, base + i1), base + i0);
      ring(base, i1, c1, dy2);
    } else {
      ring(base, c0, c1, dy2);
    }
  }
}
