import type { PlateGeometry } from '../geometry/index.js';
import { rgbToYuv420Wasm } from './plate-wasm.js';

/**
 * A photo prepared for one canvas: upright, sRGB, look applied, converted to YUV 4:2:0 at the size the
 * camera needs (about one plate pixel per canvas pixel over the motion's zoom range). Planes may live
 * in SharedArrayBuffers so compositing threads read them without copies.
 */
export interface Plate extends PlateGeometry {
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
  /**
   * Identity of a plate whose pixels never change once built (photos; not video frames). Compositing
   * keeps such plates resident in the sampler's memory instead of copying them for every frame.
   */
  key?: string | undefined;
  /** The people on a layer of their own (parallax); the planes above then hold the filled background. */
  subject?: SubjectPlate | undefined;
}

/**
 * A plate's people, cropped to their box: their colours and their opacity at luma and chroma
 * resolution (planes of `box` size), where the box lies on the plate and the point the layer scales
 * about (plate pixels, continuous coordinates).
 */
export interface SubjectPlate {
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
  /** Opacity 0–255 per luma pixel of the box. */
  alpha: Uint8Array;
  /** Opacity 0–255 per chroma pixel (2×2 averages). */
  alphaChroma: Uint8Array;
  /** On the plate, of even width and height; x1/y1 exclusive. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** Where the layer is pinned when it grows: the bottom middle for people cut by the bottom edge. */
  anchor: { x: number; y: number };
}

export function plateByteLength(width: number, height: number): number {
  return width * height * 1.5;
}

/** Allocates a plate's planes in one (shared, when available) buffer. */
const keyPrefix = Math.random().toString(36).slice(2, 10);
let keyCounter = 0;

export function allocatePlate(width: number, height: number, focus = { x: 0.5, y: 0.5 }): Plate {
  if (width % 2 || height % 2) throw new RangeError(`Plate size must be even, got ${width}×${height}`);
  const length = plateByteLength(width, height);
  const buffer =
    typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(length) : new ArrayBuffer(length);
  const ySize = width * height;
  const cSize = ySize / 4;
  return {
    key: `${keyPrefix}-${++keyCounter}`,
    width,
    height,
    focus,
    y: new Uint8Array(buffer, 0, ySize),
    u: new Uint8Array(buffer, ySize, cSize),
    v: new Uint8Array(buffer, ySize + cSize, cSize),
  };
}

/**
 * The people's layer of a plate: the colours of `rgb` (packed, plate-sized) inside the matte's box, and
 * the matte. `bottom` is the bottom edge of the photo on the plate (a contained photo ends above it).
 */
export function subjectPlate(
  rgb: Uint8Array,
  plateWidth: number,
  plateHeight: number,
  matte: { alpha: Uint8Array; box: SubjectPlate['box'] },
  color?: (r: number, g: number, b: number) => [number, number, number],
  bottom = plateHeight,
): SubjectPlate {
  const { box } = matte;
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const crop = new Uint8Array(width * height * 3);
  for (let row = 0; row < height; row++) {
    const from = ((box.y0 + row) * plateWidth + box.x0) * 3;
    crop.set(rgb.subarray(from, from + width * 3), row * width * 3);
  }
  const colours = rgbToPlate(crop, width, height, { x: 0.5, y: 0.5 }, color);
  const length = width * height;
  const alphaBuffer =
    typeof SharedArrayBuffer === 'function'
      ? new SharedArrayBuffer(length * 1.25)
      : new ArrayBuffer(length * 1.25);
  const full = new Uint8Array(alphaBuffer, 0, length);
  full.set(matte.alpha);
  const cw = width / 2;
  const half = new Uint8Array(alphaBuffer, length, length / 4);
  for (let row = 0; row < height; row += 2) {
    for (let col = 0; col < width; col += 2) {
      const p = row * width + col;
      half[(row >> 1) * cw + (col >> 1)] =
        (full[p]! + full[p + 1]! + full[p + width]! + full[p + width + 1]! + 2) >> 2;
    }
  }
  return {
    y: colours.y,
    u: colours.u,
    v: colours.v,
    alpha: full,
    alphaChroma: half,
    box,
    anchor: layerAnchor(box, bottom, plateHeight),
  };
}

/**
 * Packed RGB → plate, BT.709 limited range, chroma from 2×2 averages. `color` (a look) is applied
 * per pixel first when given. Width and height must be even; the rows of `rgb` may be longer
 * (`rowBytes`), so a decode one pixel too wide or tall needs no cropped copy.
 */
export function rgbToPlate(
  rgb: Uint8Array,
  width: number,
  height: number,
  focus: { x: number; y: number },
  color?: (r: number, g: number, b: number) => [number, number, number],
  rowBytes = width * 3,
): Plate {
  const plate = allocatePlate(width, height, focus);
  const source = color ? applyColor(rgb, color) : rgb;
  if (!rgbToYuv420Wasm(source, rowBytes, width, height, plate))
    rgbToYuv420(source, rowBytes, width, height, plate);
  return plate;
}

/**
 * The JavaScript loop of the conversion (and its definition: the WebAssembly kernel gives the same
 * bytes). BT.709 limited range in 16-bit fixed point — Y = 16.5 + 0.1826 R + 0.6142 G + 0.062 B, chroma
 * from the sums of 2×2 blocks — rounded down, as the float formula it replaces was.
 */
export function rgbToYuv420(
  rgb: Uint8Array,
  rowBytes: number,
  width: number,
  height: number,
  planes: { y: Uint8Array; u: Uint8Array; v: Uint8Array },
): void {
  const { y, u, v } = planes;
  const cw = width / 2;
  for (let row = 0; row < height; row += 2) {
    for (let col = 0; col < width; col += 2) {
      let rs = 0;
      let gs = 0;
      let bs = 0;
      for (let k = 0; k < 4; k++) {
        const yy = row + (k >> 1);
        const xx = col + (k & 1);
        const p = yy * rowBytes + xx * 3;
        const r = rgb[p]!;
        const g = rgb[p + 1]!;
        const b = rgb[p + 2]!;
        rs += r;
        gs += g;
        bs += b;
        y[yy * width + xx] = (11967 * r + 40252 * g + 4063 * b + 1081344) >> 16;
      }
      const ci = (row >> 1) * cw + (col >> 1);
      u[ci] = (-1648 * rs - 5548 * gs + 7196 * bs + 8421376) >> 16;
      v[ci] = (7196 * rs - 6536 * gs - 660 * bs + 8421376) >> 16;
    }
  }
}

/**
 * Applies a colour function through a 33³ lattice with trilinear interpolation: the function is called
 * 36k times instead of once per pixel, and smooth gradients stay smooth.
 */
function applyColor(
  rgb: Uint8Array,
  color: (r: number, g: number, b: number) => [number, number, number],
): Uint8Array {
  const N = 33;
  const lut = new Float32Array(N * N * N * 3);
  for (let r = 0; r < N; r++) {
    for (let g = 0; g < N; g++) {
      for (let b = 0; b < N; b++) {
        const out = color((r * 255) / (N - 1), (g * 255) / (N - 1), (b * 255) / (N - 1));
        const o = ((r * N + g) * N + b) * 3;
        lut[o] = out[0];
        lut[o + 1] = out[1];
        lut[o + 2] = out[2];
      }
    }
  }
  const out = new Uint8Array(rgb.length);
  const scale = (N - 1) / 255;
  for (let p = 0; p < rgb.length; p += 3) {
    const fr = rgb[p]! * scale;
    const fg = rgb[p + 1]! * scale;
    const fb = rgb[p + 2]! * scale;
    const r0 = Math.min(N - 2, fr | 0);
    const g0 = Math.min(N - 2, fg | 0);
    const b0 = Math.min(N - 2, fb | 0);
    const dr = fr - r0;
    const dg = fg - g0;
    const db = fb - b0;
    for (let c = 0; c < 3; c++) {
      const at = (r: number, g: number, b: number) => lut[((r * N + g) * N + b) * 3 + c]!;
      const c00 = at(r0, g0, b0) * (1 - db) + at(r0, g0, b0 + 1) * db;
      const c01 = at(r0, g0 + 1, b0) * (1 - db) + at(r0, g0 + 1, b0 + 1) * db;
      const c10 = at(r0 + 1, g0, b0) * (1 - db) + at(r0 + 1, g0, b0 + 1) * db;
      const c11 = at(r0 + 1, g0 + 1, b0) * (1 - db) + at(r0 + 1, g0 + 1, b0 + 1) * db;
      const value = (c00 * (1 - dg) + c01 * dg) * (1 - dr) + (c10 * (1 - dg) + c11 * dg) * dr;
      out[p + c] = value < 0 ? 0 : value > 255 ? 255 : (value + 0.5) | 0;
    }
  }
  return out;
}

/** People cut by the bottom of the photo grow from there (they stay standing on the edge); others from their middle. */
export function layerAnchor(
  box: SubjectPlate['box'],
  bottom: number,
  plateHeight: number,
): { x: number; y: number } {
  return {
    x: (box.x0 + box.x1) / 2,
    y: box.y1 >= bottom - Math.max(2, plateHeight * 0.02) ? bottom : (box.y0 + box.y1) / 2,
  };
}
