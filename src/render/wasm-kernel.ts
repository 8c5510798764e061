/**
 * Instantiates one of Joy's WebAssembly kernels (src/render/wasm/*.wat, committed as base64) with a
 * memory of its own, once per thread; null where WebAssembly SIMD cannot run, so callers fall back to
 * their JavaScript loops.
 */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
/** The few WebAssembly calls used here (the Node type definitions in use do not declare them). */
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

export function instantiateKernel(
  moduleBase64: string,
  initialPages: number,
): { memory: WasmMemory; exports: Record<string, unknown> } | null {
  if (!wasm) return null;
  try {
    const bytes = Uint8Array.from(atob(moduleBase64), (char) => char.charCodeAt(0));
    const memory = new wasm.Memory({ initial: initialPages });
    const instance = new wasm.Instance(new wasm.Module(bytes), { env: { memory } });
    return { memory, exports: instance.exports };
  } catch {
    return null;
  }
}

/** Grows `memory` to hold at least `bytes`. */
export function ensureMemory(memory: WasmMemory, bytes: number): void {
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
}
