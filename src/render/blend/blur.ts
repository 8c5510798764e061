import type { Frame } from '../frame.js';
/** Box blurs for the blur transitions and fits: rows, columns, and a smooth approximate Gaussian. */

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
