import type { Frame } from '../frame.js';
/** One frame over another inside an anti-aliased rectangle (slides, pushes, zooms). */

/** Share (0–256) of pixel [i, i+1) that lies inside [from, to). */
export function spanCoverage(i: number, from: number, to: number): number {
  const overlap = Math.min(i + 1, to) - Math.max(i, from);
  return overlap <= 0 ? 0 : overlap >= 1 ? 256 : Math.round(overlap * 256);
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
