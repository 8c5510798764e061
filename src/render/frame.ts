/**
 * Frames are planar YUV 4:2:0 (BT.709, limited range): the layout x264 encodes, so the compositor's
 * output goes to the encoder without conversion, and chroma costs a quarter of luma to compute.
 * One contiguous buffer holds the three planes so a frame is written to the pipe in one call.
 */
export interface Frame {
  width: number;
  height: number;
  /** All three planes, Y then U then V. */
  data: Uint8Array;
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
}

export function frameByteLength(width: number, height: number): number {
  return width * height + 2 * (width / 2) * (height / 2);
}

export function assertEvenSize(width: number, height: number): void {
  if (width % 2 !== 0 || height % 2 !== 0 || width <= 0 || height <= 0) {
    throw new RangeError(`Frame size must be positive and even, got ${width}×${height}`);
  }
}

/** Wraps (or allocates) a buffer as a frame; `buffer` may be a SharedArrayBuffer for worker threads. */
export function createFrame(width: number, height: number, buffer?: ArrayBufferLike, byteOffset = 0): Frame {
  assertEvenSize(width, height);
  const length = frameByteLength(width, height);
  const data = buffer ? new Uint8Array(buffer, byteOffset, length) : new Uint8Array(length);
  const ySize = width * height;
  const cSize = ySize / 4;
  return {
    width,
    height,
    data,
    y: data.subarray(0, ySize),
    u: data.subarray(ySize, ySize + cSize),
    v: data.subarray(ySize + cSize, ySize + 2 * cSize),
  };
}

/** BT.709 limited-range conversion of one sRGB colour, for fills and text. */
export function rgbToYuv(r: number, g: number, b: number): [number, number, number] {
  const y = 16 + 0.1826 * r + 0.6142 * g + 0.062 * b;
  const u = 128 - 0.1006 * r - 0.3386 * g + 0.4392 * b;
  const v = 128 + 0.4392 * r - 0.3989 * g - 0.0403 * b;
  return [clampByte(y), clampByte(u), clampByte(v)];
}

export function yuvToRgb(y: number, u: number, v: number): [number, number, number] {
  const c = 1.1644 * (y - 16);
  const d = u - 128;
  const e = v - 128;
  return [clampByte(c + 1.7927 * e), clampByte(c - 0.2132 * d - 0.5329 * e), clampByte(c + 2.1124 * d)];
}

export function clampByte(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
}

export function fillFrame(frame: Frame, color: readonly [number, number, number]): void {
  frame.y.fill(color[0]);
  frame.u.fill(color[1]);
  frame.v.fill(color[2]);
}

/** Mixes `amount` (0–1) of a colour into every pixel: the whole video's fade in and out. */
export function fadeFrame(frame: Frame, color: readonly [number, number, number], amount: number): void {
  const k = Math.round(Math.min(1, Math.max(0, amount)) * 256);
  if (k === 0) return;
  if (k === 256) {
    fillFrame(frame, color);
    return;
  }
  const mix = (plane: Uint8Array, target: number) => {
    for (let i = 0; i < plane.length; i++) plane[i] = plane[i]! + (((target - plane[i]!) * k + 128) >> 8);
  };
  mix(frame.y, color[0]);
  mix(frame.u, color[1]);
  mix(frame.v, color[2]);
}

/** RGBA view of a frame, for previews, screenshots and tests that compare pixels. */
export function frameToRgba(frame: Frame): Uint8ClampedArray {
  const { width, height } = frame;
  const out = new Uint8ClampedArray(width * height * 4);
  const cw = width / 2;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const ci = (row >> 1) * cw + (col >> 1);
      const [r, g, b] = yuvToRgb(frame.y[row * width + col]!, frame.u[ci]!, frame.v[ci]!);
      const o = (row * width + col) * 4;
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      out[o + 3] = 255;
    }
  }
  return out;
}

export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
