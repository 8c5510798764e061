import type { SafeArea } from '../../model/presets.js';
import type { Frame } from '../frame.js';
import type { TextAnimationState } from '../plugin-types.js';
import { textLength } from './layout.js';
import { renderTextBitmap, type TextBitmap, type TextSpec } from './raster.js';

/**
 * A text bitmap converted once to the frame's format, ready to blend onto any number of frames.
 * Colour is **straight** (not premultiplied) BT.709 limited-range YUV; chroma is the alpha-weighted
 * average of its four pixels, so glyph edges never pick up the colour of transparent pixels.
 */
export interface TextOverlay {
  /** Top-left corner on the canvas in luma pixels; both even, so chroma lines up. */
  left: number;
  top: number;
  /** Size in luma pixels; both even. */
  width: number;
  height: number;
  y: Uint8Array;
  /** Chroma planes, (width/2)×(height/2). */
  u: Uint8Array;
  v: Uint8Array;
  /** Coverage 0–255 at luma size. */
  alphaY: Uint8Array;
  /** Coverage 0–255 at chroma size (mean of the four luma values). */
  alphaC: Uint8Array;
  fontSize: number;
  lineHeight: number;
  /** Nothing visible (a typewriter before its first character): drawing it is a no-op. */
  empty: boolean;
}

/** Converts an RGBA bitmap with straight alpha (as `getImageData` returns) into an overlay. */
export function bitmapToOverlay(
  bitmap: Pick<TextBitmap, 'left' | 'top' | 'width' | 'height' | 'rgba'> & {
    layout?: Pick<TextBitmap['layout'], 'fontSize' | 'lineHeight'>;
  },
): TextOverlay {
  const { left, top, width, height, rgba } = bitmap;
  if (left % 2 || top % 2 || width % 2 || height % 2)
    throw new RangeError('Text overlays need even placement and size');
  const cw = width / 2;
  const ch = height / 2;
  const y = new Uint8Array(width * height);
  const alphaY = new Uint8Array(width * height);
  const u = new Uint8Array(cw * ch);
  const v = new Uint8Array(cw * ch);
  const alphaC = new Uint8Array(cw * ch);
  let empty = true;
  for (let i = 0, o = 0; o < y.length; i += 4, o++) {
    const a = rgba[i + 3]!;
    if (a === 0) {
      y[o] = 16;
      continue;
    }
    empty = false;
    alphaY[o] = a;
    // Same coefficients as rgbToYuv in frame.ts.
    y[o] = Math.round(16 + 0.1826 * rgba[i]! + 0.6142 * rgba[i + 1]! + 0.062 * rgba[i + 2]!);
  }
  for (let row = 0; row < ch; row++) {
    for (let col = 0; col < cw; col++) {
      let sa = 0;
      let su = 0;
      let sv = 0;
      for (let k = 0; k < 4; k++) {
        const p = (2 * row + (k >> 1)) * width + 2 * col + (k & 1);
        const a = rgba[4 * p + 3]!;
        if (a === 0) continue;
        const r = rgba[4 * p]!;
        const g = rgba[4 * p + 1]!;
        const b = rgba[4 * p + 2]!;
        sa += a;
        su += a * (128 - 0.1006 * r - 0.3386 * g + 0.4392 * b);
        sv += a * (128 + 0.4392 * r - 0.3989 * g - 0.0403 * b);
      }
      const c = row * cw + col;
      alphaC[c] = (sa + 2) >> 2;
      u[c] = sa ? Math.min(255, Math.max(0, Math.round(su / sa))) : 128;
      v[c] = sa ? Math.min(255, Math.max(0, Math.round(sv / sa))) : 128;
    }
  }
  const fontSize = bitmap.layout?.fontSize ?? height;
  const lineHeight = bitmap.layout?.lineHeight ?? height;
  return { left, top, width, height, y, u, v, alphaY, alphaC, fontSize, lineHeight, empty };
}

/** Lays out, draws and converts a text segment: `renderTextBitmap` then `bitmapToOverlay`. */
export async function prepareTextOverlay(
  segment: TextSpec,
  canvas: { width: number; height: number },
  safeArea: SafeArea,
  visibleChars = Number.POSITIVE_INFINITY,
): Promise<TextOverlay> {
  return bitmapToOverlay(await renderTextBitmap(segment, canvas, safeArea, visibleChars));
}

/**
 * Blends an overlay onto a frame at `opacity` (0–1), moved down by `dyPixels` (up when negative).
 * Integer math: weight = alpha·opacity in 1/256 steps, full alpha at full opacity replaces the pixel.
 * Luma moves by whole pixels and chroma by whole chroma rows (dy/2 rounded); parts off the frame clip.
 */
export function drawOverlay(frame: Frame, overlay: TextOverlay, opacity: number, dyPixels = 0): void {
  const op = Math.round(Math.min(1, Math.max(0, opacity)) * 256);
  if (op === 0 || overlay.empty) return;
  const dy = Math.round(dyPixels);
  blendPlane(
    frame.y,
    frame.width,
    frame.height,
    overlay.y,
    overlay.alphaY,
    overlay.width,
    overlay.height,
    overlay.left,
    overlay.top + dy,
    op,
  );
  const cdy = Math.round(dyPixels / 2);
  const cw = frame.width / 2;
  const ch = frame.height / 2;
  const ow = overlay.width / 2;
  const oh = overlay.height / 2;
  const cx = overlay.left / 2;
  const cy = overlay.top / 2 + cdy;
  blendPlane(frame.u, cw, ch, overlay.u, overlay.alphaC, ow, oh, cx, cy, op);
  blendPlane(frame.v, cw, ch, overlay.v, overlay.alphaC, ow, oh, cx, cy, op);
}

function blendPlane(
  dst: Uint8Array,
  dw: number,
  dh: number,
  src: Uint8Array,
  alpha: Uint8Array,
  sw: number,
  sh: number,
  x: number,
  y: number,
  op: number,
): void {
  const c0 = Math.max(0, -x);
  const c1 = Math.min(sw, dw - x);
  const r0 = Math.max(0, -y);
  const r1 = Math.min(sh, dh - y);
  for (let row = r0; row < r1; row++) {
    const s = row * sw;
    const d = (row + y) * dw + x;
    for (let col = c0; col < c1; col++) {
      const a = alpha[s + col]!;
      if (a === 0) continue;
      // 0–255 → 0–256 so full coverage replaces the pixel exactly.
      const w = ((a + (a >> 7)) * op + 128) >> 8;
      dst[d + col] = (dst[d + col]! * (256 - w) + src[s + col]! * w + 128) >> 8;
    }
  }
}

/** Draws an overlay in an animation state: its opacity, and `dy` in line heights (TextAnimationState). */
export function drawTextState(frame: Frame, overlay: TextOverlay, state: TextAnimationState): void {
  drawOverlay(frame, overlay, state.opacity, state.dy * overlay.lineHeight);
}

/**
 * Overlays keyed by everything that changes their pixels (text, style, position, size, colour, role,
 * canvas, safe area, characters shown), least recently used dropped first. A segment is rasterised
 * once, not once per frame; a typewriter makes one overlay per character count.
 */
export class TextOverlayCache {
  private readonly entries = new Map<string, Promise<TextOverlay>>();

  constructor(private readonly limit = 64) {}

  get(
    segment: TextSpec,
    canvas: { width: number; height: number },
    safeArea: SafeArea,
    visibleChars = Number.POSITIVE_INFINITY,
  ): Promise<TextOverlay> {
    const shown = visibleChars >= textLength(segment.text) ? -1 : Math.max(0, Math.floor(visibleChars));
    const key = JSON.stringify([
      segment.text,
      segment.style.name,
      segment.style.params ?? {},
      segment.position,
      segment.size,
      segment.color,
      segment.role ?? 'caption',
      canvas.width,
      canvas.height,
      safeArea,
      shown,
    ]);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = prepareTextOverlay(segment, canvas, safeArea, shown < 0 ? Number.POSITIVE_INFINITY : shown);
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}
