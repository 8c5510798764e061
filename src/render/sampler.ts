import { sampleAxisAlignedWasm } from './sampler-wasm.js';

/**
 * Bilinear resampling of one 8-bit plane through an affine map, in fixed point. This is the hot loop of
 * rendering: positions are sub-pixel (never whole-pixel steps, so slow motion never judders), and the
 * common case — no rotation — precomputes per-column indexes and weights once per call.
 *
 * dst(i, j) = src(a·i + b·j + c, d·i + e·j + f), in index space, clamped at the source edges.
 */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** JOY_WASM=0 forces the JavaScript path (for comparison and tests). */
const useWasm = typeof process === 'undefined' || process.env.JOY_WASM !== '0';

/** The JavaScript path alone, exported so tests can hold the WebAssembly kernel to it. */
export function sampleAffineJs(
  src: Uint8Array,
  sw: number,
  sh: number,
  dst: Uint8Array,
  dw: number,
  dh: number,
  m: Affine,
): void {
  if (Math.abs(m.b) < 1e-12 && Math.abs(m.d) < 1e-12) sampleAxisAligned(src, sw, sh, dst, dw, dh, m);
  else sampleGeneral(src, sw, sh, dst, dw, dh, m);
}

let columnIndex = new Int32Array(0);
let columnWeight = new Int32Array(0);

function ensureColumns(width: number): void {
  if (columnIndex.length < width) {
    columnIndex = new Int32Array(width);
    columnWeight = new Int32Array(width);
  }
}

export function sampleAffine(
  src: Uint8Array,
  sw: number,
  sh: number,
  dst: Uint8Array,
  dw: number,
  dh: number,
  m: Affine,
  /** Identity of `src` when its pixels never change, so the fast path can keep it resident. */
  residentKey?: string,
): void {
  if (Math.abs(m.b) < 1e-12 && Math.abs(m.d) < 1e-12) {
    if (!useWasm || !sampleAxisAlignedWasm(src, sw, sh, dst, dw, dh, m, residentKey)) {
      sampleAxisAligned(src, sw, sh, dst, dw, dh, m);
    }
  } else sampleGeneral(src, sw, sh, dst, dw, dh, m);
}

let rowBuffer = new Int32Array(0);

/**
 * The two source samples a position falls between, clamped to [0, max]: first index × 512 + weight of
 * the second (0–256). At the far edge the pair is (max−1, max) with full weight on max.
 */
function tap(position: number, max: number): number {
  const clamped = position < 0 ? 0 : position > max ? max : position;
  let index = Math.floor(clamped);
  let weight = Math.round((clamped - index) * 256);
  if (index >= max) {
    index = Math.max(0, max - 1);
    weight = max === 0 ? 0 : 256;
  }
  return index * 512 + weight;
}

/**
 * No rotation: columns map the same way on every row, and rows the same way on every column. Blend
 * the two source rows once over the span the row needs, then resample that line horizontally — about
 * half the work of a direct 2×2 bilinear per pixel.
 */
function sampleAxisAligned(
  src: Uint8Array,
  sw: number,
  sh: number,
  dst: Uint8Array,
  dw: number,
  dh: number,
  m: Affine,
): void {
  ensureColumns(dw);
  const maxX = sw - 1;
  const maxY = sh - 1;
  let spanStart = maxX;
  let spanEnd = 0;
  for (let i = 0; i < dw; i++) {
    const packed = tap(m.a * i + m.c, maxX);
    const ix = packed >> 9;
    columnIndex[i] = ix;
    columnWeight[i] = packed & 511;
    if (ix < spanStart) spanStart = ix;
    if (ix > spanEnd) spanEnd = ix;
  }
  spanEnd = Math.min(maxX, spanEnd + 1);
  if (rowBuffer.length < sw) rowBuffer = new Int32Array(sw);
  const line = rowBuffer;
  const cols = columnIndex;
  const weights = columnWeight;
  const step = sw > 1 ? 1 : 0;
  for (let j = 0; j < dh; j++) {
    const packed = tap(m.e * j + m.f, maxY);
    const wy = packed & 511;
    const r0 = (packed >> 9) * sw;
    const r1 = maxY === 0 ? r0 : r0 + sw;
    // Vertical pass: line[x] = row0·(256−wy) + row1·wy, in 8.8 fixed point.
    if (wy === 0) {
      for (let x = spanStart; x <= spanEnd; x++) line[x] = src[r0 + x]! << 8;
    } else {
      const wy0 = 256 - wy;
      for (let x = spanStart; x <= spanEnd; x++) line[x] = src[r0 + x]! * wy0 + src[r1 + x]! * wy;
    }
    // Horizontal pass.
    const out = j * dw;
    for (let i = 0; i < dw; i++) {
      const ix = cols[i]!;
      const left = line[ix]!;
      dst[out + i] = ((left << 8) + (line[ix + step]! - left) * weights[i]! + 32768) >> 16;
    }
  }
}

function sampleGeneral(
  src: Uint8Array,
  sw: number,
  sh: number,
  dst: Uint8Array,
  dw: number,
  dh: number,
  m: Affine,
): void {
  const maxX = sw - 1;
  const maxY = sh - 1;
  const limitX = Math.max(0, maxX - 1);
  const limitY = Math.max(0, maxY - 1);
  const stepX = sw > 1 ? 1 : 0;
  const stepY = sh > 1 ? sw : 0;
  for (let j = 0; j < dh; j++) {
    let sx = m.b * j + m.c;
    let sy = m.e * j + m.f;
    const out = j * dw;
    for (let i = 0; i < dw; i++, sx += m.a, sy += m.d) {
      const x = sx < 0 ? 0 : sx > maxX ? maxX : sx;
      const y = sy < 0 ? 0 : sy > maxY ? maxY : sy;
      let ix = x | 0;
      let iy = y | 0;
      let wx = ((x - ix) * 256 + 0.5) | 0;
      let wy = ((y - iy) * 256 + 0.5) | 0;
      if (ix > limitX) {
        ix = limitX;
        wx = maxX === 0 ? 0 : 256;
      }
      if (iy > limitY) {
        iy = limitY;
        wy = maxY === 0 ? 0 : 256;
      }
      const r0 = iy * sw + ix;
      const p0 = src[r0]!;
      const q0 = src[r0 + stepY]!;
      const top = (p0 << 8) + (src[r0 + stepX]! - p0) * wx;
      const bottom = (q0 << 8) + (src[r0 + stepY + stepX]! - q0) * wx;
      dst[out + i] = ((top << 8) + (bottom - top) * wy + 32768) >> 16;
    }
  }
}
