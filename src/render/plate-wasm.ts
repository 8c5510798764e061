import { MODULE_BASE64 } from './wasm/plate-module.js';
import { ensureMemory, instantiateKernel, type WasmMemory } from './wasm-kernel.js';

/**
 * Packed RGB → YUV 4:2:0 for plates in WebAssembly (SIMD, eight pixels a step): the same bytes as the
 * JavaScript loop in plate.ts, about eight times faster — a 1080p cover plate took ~140 ms of the main
 * thread, which two cores take from the encoder. Rows go through the module's memory a band at a time,
 * so it stays under 300 kB.
 */
interface Kernel {
  memory: WasmMemory;
  convert(src: number, rowBytes: number, width: number, rows: number, y: number, u: number, v: number): void;
}

let kernel: Kernel | null | undefined;

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  // Without WebAssembly SIMD the JavaScript loop does the work.
  const loaded = instantiateKernel(MODULE_BASE64, 1);
  kernel = loaded && { memory: loaded.memory, convert: loaded.exports.convert as Kernel['convert'] };
  return kernel;
}

/** Rows per band: even, and few enough that a 4K row band stays small. */
const BAND = 16;

/**
 * Converts `height` rows of `rgb` (`rowBytes` apart) into the planes; false when the module cannot run
 * here or the plate is narrower than one step (the caller then uses the JavaScript loop).
 */
export function rgbToYuv420Wasm(
  rgb: Uint8Array,
  rowBytes: number,
  width: number,
  height: number,
  planes: { y: Uint8Array; u: Uint8Array; v: Uint8Array },
): boolean {
  if (width < 8 || width % 2 || height % 2) return false;
  const k = load();
  if (!k) return false;
  const packed = width * 3;
  const srcBytes = BAND * packed;
  const yOff = srcBytes;
  const uOff = yOff + BAND * width;
  const vOff = uOff + (BAND / 2) * (width / 2);
  const need = vOff + (BAND / 2) * (width / 2);
  if (k.memory.buffer.byteLength < need)
    k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
  const heap = new Uint8Array(k.memory.buffer);
  const cw = width / 2;
  for (let row = 0; row < height; row += BAND) {
    const rows = Math.min(BAND, height - row);
    if (rowBytes === packed) heap.set(rgb.subarray(row * packed, (row + rows) * packed), 0);
    else
      for (let r = 0; r < rows; r++)
        heap.set(rgb.subarray((row + r) * rowBytes, (row + r) * rowBytes + packed), r * packed);
    k.convert(0, packed, width, rows, yOff, uOff, vOff);
    planes.y.set(heap.subarray(yOff, yOff + rows * width), row * width);
    planes.u.set(heap.subarray(uOff, uOff + (rows / 2) * cw), (row / 2) * cw);
    planes.v.set(heap.subarray(vOff, vOff + (rows / 2) * cw), (row / 2) * cw);
  }
  return true;
}
