import type { Frame } from '../frame.js';
import { mixWasm } from '../sampler-wasm.js';
/**
 * Whole-frame blends. They work plane by plane on YUV 4:2:0 frames; blending YUV linearly equals
 * blending the same RGB values linearly, since the conversion is affine.
 */

/** out = a·(1−t) + b·t on every plane (t in 0–1): in WebAssembly where it runs, the same bytes as `mixJs`. */
export function mix(out: Frame, a: Frame, b: Frame, t: number): void {
  const w = Math.round(Math.min(1, Math.max(0, t)) * 256);
  const sameSize = a.data.length === out.data.length && b.data.length === out.data.length;
  if (!sameSize || !mixWasm(out.data, a.data, b.data, w)) mixJs(out, a, b, w);
}

/**
 * The JavaScript path of `mix`, with the weight of `b` in 0–256. Works on four bytes per step: even and
 * odd bytes are blended in separate 16-bit lanes of a 32-bit word, which cannot overflow because the
 * weights sum to 256.
 */
export function mixJs(out: Frame, a: Frame, b: Frame, w: number): void {
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
