import type { SafeArea } from '../../model/presets.js';
import type { Frame } from '../frame.js';
import {
  drawOverlay as drawOverlayImage,
  type OverlayImage,
  type OverlayPlacement,
  rgbaToOverlay,
  scaleOverlay,
} from '../overlay.js';
import type { TextAnimationState } from '../plugin-types.js';
import { textLength } from './layout.js';
import { renderTextBitmap, type TextBitmap, type TextSpec } from './raster.js';

/**
 * A text bitmap converted once to the frame's format, ready to blend onto any number of frames. It *is*
 * an `OverlayImage` (src/render/overlay.ts): premultiplied BT.709 limited-range YUV with luma and chroma
 * alpha, in one SharedArrayBuffer so compositing threads can draw it. The extra fields say where it goes.
 */
export interface TextOverlay extends OverlayImage {
  /** Top-left corner on the canvas in luma pixels; both even, so chroma lines up. */
  left: number;
  top: number;
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
  let empty = true;
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 0) {
      empty = false;
      break;
    }
  }
  return Object.assign(rgbaToOverlay(rgba, width, height), {
    left,
    top,
    fontSize: bitmap.layout?.fontSize ?? height,
    lineHeight: bitmap.layout?.lineHeight ?? height,
    empty,
  });
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
 * Where and how strongly to draw an overlay: the compositor's `OverlayPlacement` (plain data, so it can
 * go to a compositing thread), moved down by `dyPixels` (up when negative), or undefined when there is
 * nothing to draw. Placement rounds to even pixels (chroma alignment).
 */
export function placeOverlay(
  overlay: TextOverlay,
  opacity: number,
  dyPixels = 0,
): OverlayPlacement | undefined {
  if (overlay.empty || opacity <= 0) return undefined;
  return { image: overlay, x: overlay.left, y: overlay.top + dyPixels, opacity: Math.min(1, opacity) };
}

/**
 * Blends an overlay onto a frame at `opacity` (0–1), moved down by `dyPixels` (premultiplied "over",
 * integer math, clipped to the frame; positions round to even pixels so chroma stays aligned).
 */
export function drawOverlay(frame: Frame, overlay: TextOverlay, opacity: number, dyPixels = 0): void {
  const placement = placeOverlay(overlay, opacity, dyPixels);
  if (placement) drawOverlayImage(frame, placement);
}

/**
 * The placement for an animation state: its opacity, `dy` in line heights and `scale` about the text's
 * centre (TextAnimationState). Scaled copies are made in steps of 1/64 and kept with the overlay, so an
 * entrance that grows the text resamples it a dozen times, not every frame.
 */
export function placeTextState(
  overlay: TextOverlay,
  state: TextAnimationState,
): OverlayPlacement | undefined {
  const placement = placeOverlay(overlay, state.opacity, state.dy * overlay.lineHeight);
  const scale = Math.round((state.scale ?? 1) * 64) / 64;
  if (!placement || scale === 1) return placement;
  if (scale <= 0) return undefined;
  const image = scaledCopy(overlay, scale);
  return {
    ...placement,
    image,
    x: placement.x + Math.round((overlay.width - image.width) / 4) * 2,
    y: placement.y + Math.round((overlay.height - image.height) / 4) * 2,
  };
}

const scaledCopies = new WeakMap<TextOverlay, Map<number, OverlayImage>>();

function scaledCopy(overlay: TextOverlay, scale: number): OverlayImage {
  let copies = scaledCopies.get(overlay);
  if (!copies) {
    copies = new Map();
    scaledCopies.set(overlay, copies);
  }
  let copy = copies.get(scale);
  if (!copy) {
    const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);
    copy = scaleOverlay(overlay, even(overlay.width * scale), even(overlay.height * scale));
    copies.set(scale, copy);
  }
  return copy;
}

/** Draws an overlay in an animation state. */
export function drawTextState(frame: Frame, overlay: TextOverlay, state: TextAnimationState): void {
  const placement = placeTextState(overlay, state);
  if (placement) drawOverlayImage(frame, placement);
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
