import { resolveParams } from '../../catalog/index.js';
import type { TextSegment } from '../../model/draft.js';
import type { SafeArea } from '../../model/presets.js';
import { effects } from '../effects.js';
import type { TextBlock, TextContext } from '../plugin-types.js';
import { FONT_STACK, fontString, loadCanvas } from './fonts.js';
import { graphemes, layoutText, type MeasureText, type TextLayout, textLength } from './layout.js';

/** What the raster step reads from a text segment (a full `TextSegment` fits). */
export type TextSpec = Pick<TextSegment, 'text' | 'position' | 'size' | 'color'> & {
  style: { name: string; params?: Record<string, number | string | boolean> | undefined };
  role?: TextSegment['role'] | undefined;
};

/** An RGBA bitmap (straight alpha, row-major) and where it goes on the canvas (even pixel coordinates). */
export interface TextBitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  layout: TextLayout;
}

const floorEven = (value: number) => 2 * Math.floor(value / 2);
const ceilEven = (value: number) => 2 * Math.ceil(value / 2);

/**
 * Lays out and draws a text segment with its style on a transparent bitmap the size of the style's box
 * (rounded out to even pixels so it lines up with 4:2:0 chroma). `visibleChars` (from a typewriter
 * animation) shows only the first characters without moving any of them. @napi-rs/canvas is imported
 * here, on first use, so importing the registry never loads native code.
 */
export async function renderTextBitmap(
  segment: TextSpec,
  canvas: { width: number; height: number },
  safeArea: SafeArea,
  visibleChars = Number.POSITIVE_INFINITY,
): Promise<TextBitmap> {
  const module = await loadCanvas();
  const style = effects.textStyles.resolve(segment.style.name);
  const params = resolveParams(style, segment.style.params);
  const measurer = module.createCanvas(2, 2).getContext('2d');
  let currentFont = '';
  const measure: MeasureText = (text, fontSize, weight) => {
    const font = fontString(weight, fontSize);
    if (font !== currentFont) {
      measurer.font = font;
      currentFont = font;
    }
    return measurer.measureText(text).width;
  };
  const layout = layoutText(segment.text, {
    canvasWidth: canvas.width,
    canvasHeight: canvas.height,
    safeArea,
    position: segment.position,
    size: segment.size,
    style,
    params,
    role: segment.role ?? 'caption',
    measure,
  });
  const left = Math.max(0, floorEven(layout.box.x));
  const top = Math.max(0, floorEven(layout.box.y));
  const width = Math.max(2, Math.min(canvas.width, ceilEven(layout.box.x + layout.box.width)) - left);
  const height = Math.max(2, Math.min(canvas.height, ceilEven(layout.box.y + layout.box.height)) - top);

  const surface = module.createCanvas(width, height);
  const context = surface.getContext('2d');
  context.translate(-left, -top);
  context.font = fontString(layout.weight, layout.fontSize);
  context.textBaseline = 'middle';
  context.textAlign = 'center';
  const block: TextBlock = {
    lines: layout.lines,
    fontSize: layout.fontSize,
    lineHeight: layout.lineHeight,
    width: layout.text.width,
    height: layout.text.height,
    color: segment.color,
    fontFamily: FONT_STACK,
  };
  const native = context as unknown as TextContext;
  const target =
    visibleChars < textLength(segment.text)
      ? typewriterContext(native, block, layout.text.y, visibleChars)
      : native;
  style.draw(target, block, layout.text.x, layout.text.y, params);
  const rgba = context.getImageData(0, 0, width, height).data;
  return { left, top, width, height, rgba, layout };
}

const SPACE = /^\s+$/u;

/**
 * A context that lets only the first `visibleChars` non-space characters through `fillText` and
 * `strokeText`, each drawn exactly where it sits in the full line (whatever the style's alignment), so
 * typing never reflows. Boxes and bars the style draws are left whole. Lines are recognised by their
 * text and vertical position; other text a style draws passes through.
 */
function typewriterContext(
  context: TextContext,
  block: TextBlock,
  textTop: number,
  visibleChars: number,
): TextContext {
  const before: number[] = [];
  let count = 0;
  for (const line of block.lines) {
    before.push(count);
    for (const g of graphemes(line)) if (!SPACE.test(g)) count++;
  }
  const reveal = (draw: 'fillText' | 'strokeText') => (text: string, x: number, y: number) => {
    const index = Math.min(block.lines.length - 1, Math.max(0, Math.floor((y - textTop) / block.lineHeight)));
    if (block.lines[index] !== text) {
      context[draw](text, x, y);
      return;
    }
    let budget = Math.floor(visibleChars) - before[index]!;
    if (budget <= 0) return;
    let prefix = '';
    for (const g of graphemes(text)) {
      if (!SPACE.test(g)) {
        if (budget === 0) break;
        budget--;
      }
      prefix += g;
    }
    if (prefix === text) {
      context[draw](text, x, y);
      return;
    }
    const full = context.measureText(text).width;
    const align = context.textAlign;
    const start = align === 'center' ? x - full / 2 : align === 'right' || align === 'end' ? x - full : x;
    context.textAlign = 'left';
    context[draw](prefix, start, y);
    context.textAlign = align;
  };
  const fillText = reveal('fillText');
  const strokeText = reveal('strokeText');
  return new Proxy(context, {
    get(target, property) {
      if (property === 'fillText') return fillText;
      if (property === 'strokeText') return strokeText;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, property, value) {
      return Reflect.set(target, property, value, target);
    },
  });
}
