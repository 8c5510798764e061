import type { Affine } from './sampler.js';
import { MODULE_BASE64 } from './wasm/sampler-module.js';
import { ensureMemory, instantiateKernel, type WasmMemory } from './wasm-kernel.js';

/**
 * The axis-aligned sampler in WebAssembly (SIMD, both passes eight pixels at a time), several times
 * faster than the JavaScript loop whose pixels it gives bit for bit. The part of the source the map can reach is copied into the module's memory
 * (a few MB of memcpy per plane), sampled there, and copied out. One instance per thread.
 */
interface Kernel {
  memory: WasmMemory;
  mix(a: number, b: number, out: number, n: number, w: number): void;
  sampleAxis(
    src: number,
    sw: number,
    sh: number,
    dst: number,
    dw: number,
    dh: number,
    a: number,
    c: number,
    e: number,
    f: number,
    line: number,
    cols: number,
  ): void;
}

let kernel: Kernel | null | undefined;

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  // Without WebAssembly SIMD the JavaScript sampler does the work.
  const loaded = instantiateKernel(MODULE_BASE64, 256);
  kernel = loaded && {
    memory: loaded.memory,
    sampleAxis: loaded.exports.sampleAxis as Kernel['sampleAxis'],
    mix: loaded.exports.mix as Kernel['mix'],
  };
  return kernel;
}

const align = (value: number) => (value + 15) & ~15;

/*
 * Memory layout: a scratch area (output, resampled rows, column tables, and the copied source window when
 * the source is not resident), then resident planes — immutable photo planes kept between frames so a
 * slow zoom over one photo copies it once, not once per frame. Residents are bump-allocated and all
 * dropped when the budget fills (they are re-copied on next use).
 *
 * The budget holds the two photos of a 1080p transition (a plate's planes are 4–9 MB): copying the window
 * a frame reaches cost about half a millisecond a frame, a third of a zoom frame's time. It costs up to
 * 24 MB more in every compositing thread, for good, as WebAssembly memory never shrinks; a plane larger
 * than a third of it (4K) is still copied per frame.
 */
const RESIDENT_BUDGET = 24 * 1024 * 1024;
let scratchCapacity = 0;
let bump = 0;
const residents = new Map<string, { offset: number; length: number }>();

function reserveScratch(k: Kernel, bytes: number): void {
  if (bytes <= scratchCapacity) return;
  scratchCapacity = align(Math.ceil(bytes * 1.25));
  residents.clear();
  bump = scratchCapacity;
  ensureMemory(k.memory, scratchCapacity);
}

/** Offset of `src` resident in the module's memory (copied on first use), or undefined if too large. */
function residentOffset(k: Kernel, key: string, src: Uint8Array): number | undefined {
  const found = residents.get(key);
  if (found && found.length === src.length) return found.offset;
  if (src.length > RESIDENT_BUDGET / 3) return undefined;
  if (bump + src.length + 16 > scratchCapacity + RESIDENT_BUDGET) {
    residents.clear();
    bump = scratchCapacity;
  }
  ensureMemory(k.memory, bump + src.length + 16);
  new Uint8Array(k.memory.buffer).set(src, bump);
  const offset = bump;
  residents.set(key, { offset, length: src.length });
  bump = align(bump + src.length + 16);
  return offset;
}

/** Returns false when it cannot run (no SIMD); the caller then uses the JavaScript path. */
export function sampleAxisAlignedWasm(
  src: Uint8Array,
  sw: number,
  sh: number,
  dst: Uint8Array,
  dw: number,
  dh: number,
  m: Affine,
  residentKey?: string,
): boolean {
  const k = load();
  if (!k || sw < 2 || sh < 2) return false;
  const dstOff = 0;
  const groups = Math.ceil(dw / 8);
  const rowsOff = align(dw * dh + 8);
  const colsOff = align(rowsOff + groups * 32);
  const windowOff = align(colsOff + groups * 128);
  if (residentKey !== undefined) {
    reserveScratch(k, windowOff);
    const offset = residentOffset(k, residentKey, src);
    if (offset !== undefined) {
      k.sampleAxis(offset, sw, sh, dstOff, dw, dh, m.a, m.c, m.e, m.f, rowsOff, colsOff);
      dst.set(new Uint8Array(k.memory.buffer, dstOff, dw * dh));
      return true;
    }
  }
  // Not resident: copy just the source window every output pixel can touch, clamped to the source.
  const xs = [m.c, m.a * (dw - 1) + m.c];
  const ys = [m.f, m.e * (dh - 1) + m.f];
  const x0 = Math.max(0, Math.min(sw - 2, Math.floor(Math.min(...xs))));
  const x1 = Math.max(x0 + 1, Math.min(sw - 1, Math.ceil(Math.max(...xs)) + 1));
  const y0 = Math.max(0, Math.min(sh - 2, Math.floor(Math.min(...ys))));
  const y1 = Math.max(y0 + 1, Math.min(sh - 1, Math.ceil(Math.max(...ys)) + 1));
  const ww = x1 - x0 + 1;
  const wh = y1 - y0 + 1;
  reserveScratch(k, windowOff + ww * wh + 16);
  const heap = new Uint8Array(k.memory.buffer);
  for (let row = 0; row < wh; row++) {
    const start = (y0 + row) * sw + x0;
    heap.set(src.subarray(start, start + ww), windowOff + row * ww);
  }
  k.sampleAxis(windowOff, ww, wh, dstOff, dw, dh, m.a, m.c - x0, m.e, m.f - y0, rowsOff, colsOff);
  dst.set(heap.subarray(dstOff, dstOff + dw * dh));
  return true;
}

/**
 * out = (a·(256−w) + b·w + 128) >> 8 byte by byte, in the module (sixteen bytes a step): the two frames
 * are copied into its scratch area and the blend copied out, still several times faster than the
 * JavaScript loop. Returns false when it cannot run.
 */
export function mixWasm(out: Uint8Array, a: Uint8Array, b: Uint8Array, w: number): boolean {
  const k = load();
  if (!k) return false;
  const n = out.length;
  const stride = align(n + 16);
  reserveScratch(k, 3 * stride);
  const heap = new Uint8Array(k.memory.buffer);
  heap.set(a, 0);
  heap.set(b, stride);
  k.mix(0, stride, 2 * stride, n, w);
  out.set(heap.subarray(2 * stride, 2 * stride + n));
  return true;
}
