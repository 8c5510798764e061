import type { Box, FaceBox, GreyImage } from './types.js';

/**
 * Turns the segmenter's raw person map into the mask a parallax layer can use, and judges whether it
 * can be trusted. Pure: maps in, map and verdict out.
 *
 * Only regions that hold a detected face are kept (the model also lights up on dolls, posters and
 * coats on chairs); holes inside them are filled (a hand on a belly is still the person). The mask is
 * trusted when it is the people the face detector saw — every sizeable face inside it, little
 * person-like mass left elsewhere, edges mostly decided — and of a size that leaves background to move
 * against. Otherwise parallax falls back to plain motion.
 */
export interface SubjectMaskVerdict {
  reliable: boolean;
  /** Share of the photo the kept mask covers (0–1). */
  coverage: number;
  /** Bounding box of the kept mask, fractions of the photo. */
  box: Box;
  /** Why it is not reliable (one short phrase), when it is not. */
  reason?: string;
}

export interface CleanedMask {
  /** Soft mask 0–1, same size as the input map. */
  mask: GreyImage;
  verdict: SubjectMaskVerdict;
}

const ON = 0.5;
/** Faces smaller than this share of the photo are not required to be inside the mask. */
const MIN_FACE_AREA = 0.002;
/** Subjects outside this coverage range leave too little to move, or too much to fill. */
const MASK_COVERAGE_RANGE: readonly [number, number] = [0.02, 0.7];

export function cleanSubjectMask(raw: GreyImage, faces: readonly FaceBox[] | readonly Box[]): CleanedMask {
  const { width, height, data } = raw;
  const n = width * height;
  const on = new Uint8Array(n);
  for (let i = 0; i < n; i++) on[i] = data[i]! >= ON ? 1 : 0;

  const labels = label(on, width);
  // Keep components that hold a good part of some face box.
  const keep = new Set<number>();
  for (const face of faces) {
    const counts = new Map<number, number>();
    let total = 0;
    forBox(face, width, height, (i) => {
      total++;
      const id = labels.ids[i]!;
      if (id > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    for (const [id, count] of counts) if (count >= total * 0.25) keep.add(id);
  }
  const kept = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (keep.has(labels.ids[i]!)) kept[i] = 1;
  fillHoles(kept, width, height);

  // Soft edges: the raw map near the kept region (two pixels out), stretched so the likely person is
  // fully opaque (a 0.9 would let the filled background show through) and filled holes solid.
  const near = dilate(kept, width, height, 2);
  const soft = new Float32Array(n);
  let keptArea = 0;
  let strayMass = 0;
  let totalMass = 0;
  let undecided = 0;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let i = 0; i < n; i++) {
    const p = data[i]!;
    totalMass += p;
    if (kept[i]) {
      soft[i] = on[i] ? opacity(p) : 1;
      keptArea++;
      const x = i % width;
      const y = (i / width) | 0;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    } else if (near[i]) soft[i] = opacity(p);
    else strayMass += p;
    if (near[i] && p > 0.2 && p < 0.8) undecided++;
  }
  const coverage = keptArea / n;
  const box: Box =
    x1 < 0
      ? { x: 0, y: 0, w: 0, h: 0 }
      : {
          x: round(x0 / width),
          y: round(y0 / height),
          w: round((x1 + 1 - x0) / width),
          h: round((y1 + 1 - y0) / height),
        };
  const verdict: SubjectMaskVerdict = { reliable: true, coverage: round(coverage), box };
  const fail = (reason: string) => {
    verdict.reliable = false;
    verdict.reason = reason;
  };
  if (faces.length === 0) fail('no people found');
  else if (keptArea === 0) fail('no person shape around the faces');
  else if (coverage < MASK_COVERAGE_RANGE[0]) fail('the people are too small');
  else if (coverage > MASK_COVERAGE_RANGE[1]) fail('the people fill the photo');
  else if (
    faces.some((face) => face.w * face.h >= MIN_FACE_AREA && insideShare(face, kept, width, height) < 0.6)
  )
    fail('a face is not inside the person shape');
  else if (totalMass > 0 && strayMass / totalMass > 0.3) fail('other person-like shapes outside the faces');
  else if (undecided / keptArea > 0.3) fail('the outline is uncertain');
  return { mask: { data: soft, width, height }, verdict };
}

function opacity(p: number): number {
  return p <= 0.25 ? 0 : p >= 0.75 ? 1 : (p - 0.25) * 2;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function forBox(box: Box, width: number, height: number, visit: (index: number) => void): void {
  const xa = Math.max(0, Math.floor(box.x * width));
  const xb = Math.min(width, Math.ceil((box.x + box.w) * width));
  const ya = Math.max(0, Math.floor(box.y * height));
  const yb = Math.min(height, Math.ceil((box.y + box.h) * height));
  for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) visit(y * width + x);
}

function insideShare(box: Box, mask: Uint8Array, width: number, height: number): number {
  let total = 0;
  let inside = 0;
  forBox(box, width, height, (i) => {
    total++;
    inside += mask[i]!;
  });
  return total === 0 ? 1 : inside / total;
}

/** 4-connected components of the set pixels; ids start at 1, 0 is background. */
function label(on: Uint8Array, width: number): { ids: Int32Array; count: number } {
  const ids = new Int32Array(on.length);
  const stack = new Int32Array(on.length);
  let count = 0;
  for (let start = 0; start < on.length; start++) {
    if (!on[start] || ids[start]) continue;
    count++;
    let top = 0;
    stack[top++] = start;
    ids[start] = count;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const visit = (j: number) => {
        if (on[j] && !ids[j]) {
          ids[j] = count;
          stack[top++] = j;
        }
      };
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (i >= width) visit(i - width);
      if (i < on.length - width) visit(i + width);
    }
  }
  return { ids, count };
}

/** Sets every unset region that does not reach the border (a hole in the subject). */
function fillHoles(mask: Uint8Array, width: number, height: number): void {
  const outside = new Uint8Array(mask.length);
  const stack: number[] = [];
  const seed = (i: number) => {
    if (!mask[i] && !outside[i]) {
      outside[i] = 1;
      stack.push(i);
    }
  };
  for (let x = 0; x < width; x++) {
    seed(x);
    seed((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    seed(y * width);
    seed(y * width + width - 1);
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    const x = i % width;
    if (x > 0) seed(i - 1);
    if (x < width - 1) seed(i + 1);
    if (i >= width) seed(i - width);
    if (i < mask.length - width) seed(i + width);
  }
  for (let i = 0; i < mask.length; i++) if (!mask[i] && !outside[i]) mask[i] = 1;
}

/** Square dilation by `radius` pixels (separable max). */
function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 0;
      for (let k = Math.max(0, x - radius); k <= Math.min(width - 1, x + radius) && !v; k++)
        v = mask[y * width + k]!;
      rows[y * width + x] = v;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 0;
      for (let k = Math.max(0, y - radius); k <= Math.min(height - 1, y + radius) && !v; k++)
        v = rows[k * width + x]!;
      out[y * width + x] = v;
    }
  }
  return out;
}
