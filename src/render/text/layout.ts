import type { ParamValues } from '../../catalog/index.js';
import type { TextSegment } from '../../model/draft.js';
import type { SafeArea } from '../../model/presets.js';
import type { TextBlock, TextStylePlugin } from '../plugin-types.js';

/**
 * Text layout: pure arithmetic over a `measure` function, so it runs (and is tested) without native code.
 * The raster step passes a real canvas measure; without one an approximate advance table is used.
 *
 * Drawing convention shared by every text style: the renderer sets `textBaseline = 'middle'` and
 * `textAlign = 'center'` before `style.draw(context, block, x, y)`, where (x, y) is the top-left corner
 * of the text (inside the style's padding). Line i is centred vertically on `lineCenterY(block, y, i)`;
 * a style that aligns lines otherwise sets `textAlign` itself.
 */

export type TextPosition = TextSegment['position'];
export type TextRole = TextSegment['role'];
export type TextAlign = 'left' | 'center' | 'right';

/** Width in pixels of `text` set at `fontSize` pixels in the given weight. */
export type MeasureText = (text: string, fontSize: number, weight: number) => number;

/** Caption size as a share of the canvas's short side (54 px at 1080p), before style, role and size. */
export const BASE_FONT_SHARE = 0.05;
/** Relative size of each text role. */
export const ROLE_SCALE: Record<TextRole, number> = { caption: 1, title: 1.45, 'end-card': 1.3 };
export const LINE_HEIGHT = 1.28;
const MIN_FONT_SIZE = 6;

export interface LayoutOptions {
  canvasWidth: number;
  canvasHeight: number;
  /** Fractions of the canvas the platform's UI covers (`safeAreaFor` in src/model/presets.ts). */
  safeArea: SafeArea;
  position: TextPosition;
  /** The segment's relative size: 1 is the style's normal size. */
  size: number;
  style: TextStylePlugin;
  /** The style's resolved params; an `align` param ('left' | 'center' | 'right') places the block. */
  params?: ParamValues;
  role?: TextRole;
  measure?: MeasureText;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLayout {
  lines: string[];
  lineWidths: number[];
  fontSize: number;
  lineHeight: number;
  weight: number;
  align: TextAlign;
  /** Padding the style draws around the text, in pixels. */
  padding: number;
  /** The text itself: `(text.x, text.y)` is what the style's `draw` receives. Canvas pixels. */
  text: Rect;
  /** Text plus padding: everything the style draws; kept inside the safe area. */
  box: Rect;
  /** The safe area in canvas pixels. */
  safe: { left: number; top: number; right: number; bottom: number };
  /** True when the font had to shrink below the requested size to fit the safe area. */
  shrunk: boolean;
}

/** Vertical centre of line `index` of a block whose text starts at `top` (textBaseline 'middle'). */
export function lineCenterY(block: Pick<TextBlock, 'lineHeight'>, top: number, index: number): number {
  return top + (index + 0.5) * block.lineHeight;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters (emoji sequences and combining marks stay whole). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Characters a typewriter reveals one by one: graphemes that are not white space. */
export function textLength(text: string): number {
  let count = 0;
  for (const g of graphemes(text)) if (!/^\s+$/u.test(g)) count++;
  return count;
}

/** Ideographs, kana, hangul and full-width forms: text that may break between any two characters. */
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{2fa1f}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Characters that must not begin a line (closing punctuation), and that must not end one (opening). */
const NO_LINE_START = new Set([...'，。、．！？：；）」』】》〉”’…‥・〕］｝〗〙〛ー々,.!?:;)]}%']);
const NO_LINE_END = new Set([...'（「『【《〈“‘〔［｛〖〘〚([{']);

export function isCjk(grapheme: string): boolean {
  return CJK.test(grapheme);
}

/**
 * Approximate advance widths (in ems) for layout without a canvas: good enough for estimates and tests;
 * the raster step always measures with the real font.
 */
export const approximateMeasure: MeasureText = (text, fontSize, weight) => {
  let ems = 0;
  for (const g of graphemes(text)) {
    if (g === ' ') ems += 0.26;
    else if (CJK.test(g)) ems += 1;
    else if (EMOJI.test(g)) ems += 1.1;
    else if (/[A-Z0-9]/.test(g)) ems += 0.62;
    else if (/[il.,;:'!|]/.test(g)) ems += 0.27;
    else if (/[mwMW]/.test(g)) ems += 0.85;
    else ems += 0.54;
  }
  return ems * fontSize * (weight >= 600 ? 1.04 : 1);
};

interface Unit {
  text: string;
  /** White space came before it in the source (it joins the line with one space). */
  spaced: boolean;
}

/** Splits a paragraph into unbreakable units: Latin words, single CJK characters (with kinsoku glue). */
function units(paragraph: string): Unit[] {
  const out: Unit[] = [];
  let word = '';
  let spaced = false;
  let glueNext = false;
  const flush = () => {
    if (!word) return;
    out.push({ text: word, spaced });
    word = '';
    spaced = false;
  };
  for (const g of graphemes(paragraph)) {
    if (/^\s+$/u.test(g)) {
      flush();
      if (out.length > 0) spaced = true;
      glueNext = false;
      continue;
    }
    const last = out[out.length - 1];
    if (NO_LINE_START.has(g)) {
      // Closing punctuation sticks to what precedes it.
      if (word) word += g;
      else if (last && !spaced) last.text += g;
      else word = g;
      continue;
    }
    if (glueNext) {
      // After opening punctuation: this character joins it.
      glueNext = false;
      if (isCjk(g) || EMOJI.test(g)) {
        const unit = out[out.length - 1]!;
        unit.text += g;
        continue;
      }
      const opener = out.pop()!;
      word = opener.text + g;
      spaced = opener.spaced;
      continue;
    }
    if (isCjk(g) || EMOJI.test(g)) {
      flush();
      out.push({ text: g, spaced });
      spaced = false;
      if (NO_LINE_END.has(g)) glueNext = true;
      continue;
    }
    if (NO_LINE_END.has(g)) {
      flush();
      out.push({ text: g, spaced });
      spaced = false;
      glueNext = true;
      continue;
    }
    word += g;
  }
  flush();
  return out;
}

/** Greedy line breaking of text at one font size; words wider than a line break between characters. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    const push = () => {
      lines.push(line);
      line = '';
    };
    for (const unit of units(paragraph)) {
      const candidate = line ? line + (unit.spaced ? ' ' : '') + unit.text : unit.text;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) push();
      if (measure(unit.text) <= maxWidth) {
        line = unit.text;
        continue;
      }
      // An overlong word: as many characters per line as fit (at least one, so it always advances).
      for (const g of graphemes(unit.text)) {
        if (line && measure(line + g) > maxWidth) push();
        line += g;
      }
    }
    if (line || lines.length === 0 || paragraph === '') push();
  }
  // Blank lines at the ends add height without content.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 1 && lines[0] === '') lines.shift();
  return lines;
}

/**
 * Lays text out for a canvas: font size from the canvas's short side, lines wrapped to the safe width
 * (less the style's padding), and the block placed at `position` inside the safe area. If the block is
 * still too tall (or one character too wide), the font shrinks until it fits.
 */
export function layoutText(text: string, options: LayoutOptions): TextLayout {
  const { canvasWidth: W, canvasHeight: H, safeArea, style } = options;
  const measure = options.measure ?? approximateMeasure;
  const weight = style.weight;
  const safe = {
    left: W * safeArea.left,
    top: H * safeArea.top,
    right: W * (1 - safeArea.right),
    bottom: H * (1 - safeArea.bottom),
  };
  const safeWidth = Math.max(1, safe.right - safe.left);
  const safeHeight = Math.max(1, safe.bottom - safe.top);
  const requested =
    Math.min(W, H) * BASE_FONT_SHARE * style.sizeScale * options.size * ROLE_SCALE[options.role ?? 'caption'];
  let fontSize = Math.max(MIN_FONT_SIZE, requested);
  let lines: string[] = [];
  let lineWidths: number[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    const padding = style.padding * fontSize;
    const maxWidth = Math.max(1, safeWidth - 2 * padding);
    const size = fontSize;
    const measureLine = (s: string) => measure(s, size, weight);
    lines = wrapText(text, maxWidth, measureLine);
    lineWidths = lines.map(measureLine);
    const height = lines.length * LINE_HEIGHT * fontSize + 2 * padding;
    const widest = Math.max(0, ...lineWidths);
    if ((height <= safeHeight && widest <= maxWidth) || fontSize <= MIN_FONT_SIZE) break;
    fontSize = Math.max(MIN_FONT_SIZE, fontSize * 0.9);
  }
  const lineHeight = LINE_HEIGHT * fontSize;
  const padding = style.padding * fontSize;
  const textWidth = Math.max(0, ...lineWidths);
  const textHeight = lines.length * lineHeight;
  const boxWidth = textWidth + 2 * padding;
  const boxHeight = textHeight + 2 * padding;
  const alignParam = options.params?.align;
  const align: TextAlign = alignParam === 'left' || alignParam === 'right' ? alignParam : 'center';

  let boxX =
    align === 'left'
      ? safe.left
      : align === 'right'
        ? safe.right - boxWidth
        : safe.left + (safeWidth - boxWidth) / 2;
  let boxY: number;
  switch (options.position) {
    case 'top':
      boxY = safe.top;
      break;
    case 'bottom':
      boxY = safe.bottom - boxHeight;
      break;
    case 'lower-third':
      boxY = safe.top + safeHeight * 0.68;
      break;
    default:
      boxY = (H - boxHeight) / 2;
  }
  boxX = clampInto(boxX, safe.left, safe.right - boxWidth);
  boxY = clampInto(boxY, safe.top, safe.bottom - boxHeight);
  return {
    lines,
    lineWidths,
    fontSize,
    lineHeight,
    weight,
    align,
    padding,
    text: { x: boxX + padding, y: boxY + padding, width: textWidth, height: textHeight },
    box: { x: boxX, y: boxY, width: boxWidth, height: boxHeight },
    safe,
    shrunk: fontSize < requested - 1e-9,
  };
}

/** Clamps `value` into [min, max]; when the range is empty (block larger than the area) it centres. */
function clampInto(value: number, min: number, max: number): number {
  if (max < min) return (min + max) / 2;
  return Math.min(max, Math.max(min, value));
}
