import type { Frame } from './frame.js';
import type { SubjectPlate } from './plate.js';
import type { SubjectMove } from './plugin-types.js';
import { type Affine, sampleAffine } from './sampler.js';

/**
 * Draws a plate's people layer over a layer already sampled from the filled background. The layer's
 * own move (zoom about its anchor, shift) is folded into the camera's affine maps, so it is sampled
 * as smoothly as the photo; only the rectangle the people can cover is sampled and blended.
 */
let scratch = new Uint8Array(0);

function buffer(length: number): Uint8Array {
  if (scratch.length < length) scratch = new Uint8Array(length);
  return scratch;
}

/** `m` mapped through the layer's inverse move (index spaces; `scale` 1 for luma, 2 for chroma). */
function movedAffine(
  m: Affine,
  k: number,
  anchor: { x: number; y: number },
  shift: { x: number; y: number },
  scale: number,
): Affine {
  // Plate continuous position q = scale·(index + 0.5); the layer's pixel there came from A + (q − d − A)/k.
  const c = (anchor.x + (scale * (m.c + 0.5) - shift.x - anchor.x) / k) / scale - 0.5;
  const f = (anchor.y + (scale * (m.f + 0.5) - shift.y - anchor.y) / k) / scale - 0.5;
  return { a: m.a / k, b: m.b / k, c, d: m.d / k, e: m.e / k, f };
}

/** Canvas rectangle (even-aligned, clamped) that the moved box can reach under luma affine `m`. */
function canvasRect(
  m: Affine,
  plate: SubjectPlate,
  k: number,
  shift: { x: number; y: number },
  width: number,
  height: number,
): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const det = m.a * m.e - m.b * m.d;
  if (Math.abs(det) < 1e-12) return { x0: 0, y0: 0, x1: width, y1: height };
  const { box, anchor } = plate;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [px, py] of [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ] as const) {
    // Where the corner lands on the plate once moved, then which canvas index shows that spot.
    const qx = anchor.x + k * (px - anchor.x) + shift.x;
    const qy = anchor.y + k * (py - anchor.y) + shift.y;
    const u = qx - 0.5 - m.c;
    const v = qy - 0.5 - m.f;
    const i = (m.e * u - m.b * v) / det;
    const j = (-m.d * u + m.a * v) / det;
    x0 = Math.min(x0, i);
    x1 = Math.max(x1, i);
    y0 = Math.min(y0, j);
    y1 = Math.max(y1, j);
  }
  const rect = {
    x0: Math.max(0, Math.floor((x0 - 2) / 2) * 2),
    y0: Math.max(0, Math.floor((y0 - 2) / 2) * 2),
    x1: Math.min(width, Math.ceil((x1 + 3) / 2) * 2),
    y1: Math.min(height, Math.ceil((y1 + 3) / 2) * 2),
  };
  return rect.x1 > rect.x0 && rect.y1 > rect.y0 ? rect : undefined;
}

/**
 * A people layer's move in plate pixels: its scale about the anchor and its shift. `grow` is in view
 * heights at the farthest corner (`reach` plate pixels from the anchor), so the gap is bounded.
 */
export function layerMove(
  move: SubjectMove,
  view: { width: number; height: number },
  reach: number,
): { k: number; shift: { x: number; y: number } } {
  return {
    k: 1 + (move.grow * view.height) / Math.max(1, reach),
    shift: { x: move.dx * view.width, y: move.dy * view.height },
  };
}

/** Distance from the anchor to the farthest corner of the people's box, plate pixels. */
export function reachFromAnchor({ box, anchor }: Pick<SubjectPlate, 'box' | 'anchor'>): number {
  const dx = Math.max(Math.abs(box.x0 - anchor.x), Math.abs(box.x1 - anchor.x));
  const dy = Math.max(Math.abs(box.y0 - anchor.y), Math.abs(box.y1 - anchor.y));
  return Math.hypot(dx, dy);
}

function crop(m: Affine, x: number, y: number): Affine {
  return { ...m, c: m.c - x, f: m.f - y };
}

function offset(m: Affine, x: number, y: number): Affine {
  return { ...m, c: m.c + m.a * x + m.b * y, f: m.f + m.d * x + m.e * y };
}

export function blendSubject(
  out: Frame,
  subject: SubjectPlate,
  /** The plate's resident key, when its planes never change. */
  key: string | undefined,
  luma: Affine,
  chroma: Affine,
  move: SubjectMove,
  view: { width: number; height: number },
): void {
  const { k, shift } = layerMove(move, view, reachFromAnchor(subject));
  const rect = canvasRect(luma, subject, k, shift, out.width, out.height);
  if (!rect) return;
  const rw = rect.x1 - rect.x0;
  const rh = rect.y1 - rect.y0;
  // The layer's planes cover its box only: sample them in box coordinates.
  const { x0: bx, y0: by } = subject.box;
  const lumaMoved = crop(offset(movedAffine(luma, k, subject.anchor, shift, 1), rect.x0, rect.y0), bx, by);
  const scratchLength = rw * rh;
  const colour = buffer(scratchLength * 2);
  const fg = colour.subarray(0, scratchLength);
  const alpha = colour.subarray(scratchLength, scratchLength * 2);
  const pw = subject.box.x1 - subject.box.x0;
  const ph = subject.box.y1 - subject.box.y0;
  sampleAffine(subject.alpha, pw, ph, alpha, rw, rh, lumaMoved, key && `${key}:sa`);
  sampleAffine(subject.y, pw, ph, fg, rw, rh, lumaMoved, key && `${key}:sy`);
  blendPlane(out.y, out.width, rect.x0, rect.y0, rw, rh, fg, alpha);

  const cw = pw / 2;
  const chh = ph / 2;
  const cx0 = rect.x0 / 2;
  const cy0 = rect.y0 / 2;
  const crw = rw / 2;
  const crh = rh / 2;
  const chromaMoved = crop(
    offset(movedAffine(chroma, k, subject.anchor, shift, 2), cx0, cy0),
    bx / 2,
    by / 2,
  );
  const cLength = crw * crh;
  const ca = alpha.subarray(0, cLength);
  const cf = fg.subarray(0, cLength);
  sampleAffine(subject.alphaChroma, cw, chh, ca, crw, crh, chromaMoved, key && `${key}:sac`);
  sampleAffine(subject.u, cw, chh, cf, crw, crh, chromaMoved, key && `${key}:su`);
  blendPlane(out.u, out.width / 2, cx0, cy0, crw, crh, cf, ca);
  sampleAffine(subject.v, cw, chh, cf, crw, crh, chromaMoved, key && `${key}:sv`);
  blendPlane(out.v, out.width / 2, cx0, cy0, crw, crh, cf, ca);
}

function blendPlane(
  plane: Uint8Array,
  stride: number,
  x0: number,
  y0: number,
  width: number,
  height: number,
  fg: Uint8Array,
  alpha: Uint8Array,
): void {
  for (let row = 0; row < height; row++) {
    const base = (y0 + row) * stride + x0;
    const src = row * width;
    for (let col = 0; col < width; col++) {
      const a = alpha[src + col]!;
      if (a === 0) continue;
      const p = base + col;
      plane[p] = a === 255 ? fg[src + col]! : ((plane[p]! * (255 - a) + fg[src + col]! * a + 127) / 255) | 0;
    }
  }
}
