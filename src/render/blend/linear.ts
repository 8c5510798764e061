import type { Frame } from '../frame.js';
import type { Direction } from './placement.js';
import { smoothstep } from './radial.js';
/** Blends along one axis (wipes). */

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
