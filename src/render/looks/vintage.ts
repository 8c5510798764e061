import type { Frame } from '../frame.js';
import type { LookImplementation } from '../plugin-types.js';

/**
 * Old film: faded blacks, warm and slightly muted colour (baked into each photo by `color`), plus grain
 * and a vignette added to every composed frame by `finish`. Both per-frame parts are cheap: the vignette
 * is a gain table computed once per frame size, and the grain is one noise texture read at an offset that
 * a hash of the frame index picks — so any frame renders the same on its own (pull rendering).
 */
export const look: LookImplementation = {
  name: 'vintage',
  color(r, g, b, strength, params) {
    const lift = Number(params.fade) * 255;
    const span = 255 - lift - 12;
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const muted = (v: number) => luma + (v - luma) * 0.78;
    const vr = lift + (Math.min(255, muted(r) * 1.06 + 6) * span) / 255;
    const vg = lift + (muted(g) * span) / 255;
    const vb = lift * 0.8 + (muted(b) * 0.88 * span) / 255;
    return [r + (vr - r) * strength, g + (vg - g) * strength, b + (vb - b) * strength];
  },
  finish(frame, frameIndex, strength, params) {
    const vignette = Number(params.vignette) * strength;
    const grain = Number(params.grain) * strength;
    if (vignette <= 0.001 && grain <= 0.001) return;
    finishFrame(frame, frameIndex, vignette > 0.001 ? vignette : 0, grain > 0.001 ? grain : 0);
  },
};

interface GainTable {
  y: Uint16Array;
  c: Uint16Array;
}

const vignetteTables = new Map<string, GainTable>();

/** Gain 0–256 per pixel: 1 in the middle, falling smoothly toward the corners of an ellipse fitted to the frame. */
function vignetteTable(width: number, height: number, amount: number): GainTable {
  const key = `${width}x${height}:${amount.toFixed(3)}`;
  let table = vignetteTables.get(key);
  if (table) return table;
  const fill = (w: number, h: number): Uint16Array => {
    const gains = new Uint16Array(w * h);
    for (let row = 0; row < h; row++) {
      const ny = (row + 0.5 - h / 2) / (h / 2);
      for (let col = 0; col < w; col++) {
        const nx = (col + 0.5 - w / 2) / (w / 2);
        const t = Math.min(1, Math.max(0, (Math.sqrt(nx * nx + ny * ny) - 0.45) / 0.97));
        gains[row * w + col] = Math.round(256 * (1 - 0.65 * amount * t * t * (3 - 2 * t)));
      }
    }
    return gains;
  };
  table = { y: fill(width, height), c: fill(width / 2, height / 2) };
  if (vignetteTables.size >= 8) vignetteTables.clear();
  vignetteTables.set(key, table);
  return table;
}

const NOISE_SIZE = 1024;
let noiseTexture: Int8Array | undefined;

/** 32-bit integer hash (lowbias32): deterministic and well mixed. */
function hash32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Grain texture: seeded white noise softened by a separable 1-2-1 filter (grain a little over a pixel across). */
function noise(): Int8Array {
  if (noiseTexture) return noiseTexture;
  const n = NOISE_SIZE;
  const mask = n - 1;
  const white = new Float32Array(n * n);
  for (let i = 0; i < white.length; i++) white[i] = hash32(i + 0x9e3779b9) / 4294967296 - 0.5;
  const across = new Float32Array(n * n);
  for (let row = 0; row < n; row++) {
    const base = row * n;
    for (let col = 0; col < n; col++) {
      across[base + col] =
        white[base + ((col - 1) & mask)]! + 2 * white[base + col]! + white[base + ((col + 1) & mask)]!;
    }
  }
  // Uniform noise of variance 1/12 through the 1-2-1 × 1-2-1 kernel (sum of squares 36): std √3.
  const scale = 40 / Math.sqrt(3);
  noiseTexture = new Int8Array(n * n);
  for (let row = 0; row < n; row++) {
    const up = ((row - 1) & mask) * n;
    const here = row * n;
    const down = ((row + 1) & mask) * n;
    for (let col = 0; col < n; col++) {
      const value = (across[up + col]! + 2 * across[here + col]! + across[down + col]!) * scale;
      noiseTexture[here + col] = Math.max(-127, Math.min(127, Math.round(value)));
    }
  }
  return noiseTexture;
}

const FLAT = { y: new Uint16Array(0), c: new Uint16Array(0) };

/**
 * One pass over luma (vignette gain, then grain scaled by the darkened level) and one over chroma
 * (the same gain, so darkening keeps the hue). Amounts of 0 skip their part.
 */
function finishFrame(frame: Frame, frameIndex: number, vignette: number, grain: number): void {
  const { width, height, y, u, v } = frame;
  const table = vignette > 0 ? vignetteTable(width, height, vignette) : FLAT;
  const gy = table.y;
  const withVignette = vignette > 0;
  const texture = grain > 0 ? noise() : undefined;
  const mask = NOISE_SIZE - 1;
  const h = hash32(Math.imul(frameIndex, 0x9e3779b1) + 12345);
  const ox = h & mask;
  const oy = (h >>> 10) & mask;
  // Grain strongest in the mid-tones, as on film; about 9 levels of standard deviation at full amount.
  const gain = new Int32Array(256);
  for (let level = 0; level < 256; level++) {
    const t = Math.min(1, Math.max(0, (level - 16) / 219));
    gain[level] = Math.round(grain * (0.35 + 2.6 * t * (1 - t)) * 9 * (4096 / 40));
  }
  for (let row = 0; row < height; row++) {
    const trow = ((row + oy) & mask) * NOISE_SIZE;
    const base = row * width;
    for (let col = 0; col < width; col++) {
      const i = base + col;
      let level = y[i]!;
      if (withVignette) level = 16 + (((level - 16) * gy[i]! + 128) >> 8);
      if (texture) {
        const value = level + ((texture[trow + ((col + ox) & mask)]! * gain[level]! + 2048) >> 12);
        level = Math.max(16, Math.min(235, value));
      }
      y[i] = level;
    }
  }
  if (!withVignette) return;
  const gc = table.c;
  for (let i = 0; i < u.length; i++) {
    const g = gc[i]!;
    if (g === 256) continue;
    u[i] = 128 + (((u[i]! - 128) * g + 128) >> 8);
    v[i] = 128 + (((v[i]! - 128) * g + 128) >> 8);
  }
}
