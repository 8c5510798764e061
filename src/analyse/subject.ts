import { clampBox, resizeGrey } from './image.js';
import type { Box, FaceBox, GreyImage, Point, RgbImage, Subject } from './types.js';

/**
 * The main subject of a photo: the faces when there are any, else the most salient area, found from
 * colour contrast (after Achanta et al. 2009, "frequency-tuned" saliency: distance in Lab from the
 * photo's mean colour), local detail (a sharp subject stands out from a soft background), and a mild
 * preference for the centre, where photographers put things.
 */

/** Faces much smaller than the largest one are people in the background; they do not steer the subject. */
export const MAIN_FACE_RATIO = 0.4;

export function findSubject(image: RgbImage, faces: readonly FaceBox[]): Subject {
  return faces.length > 0 ? subjectFromFaces(faces) : saliencySubject(image);
}

/** The faces that matter: those at least `MAIN_FACE_RATIO` the height of the largest. */
export function mainFaces<T extends Box>(faces: readonly T[]): T[] {
  const tallest = Math.max(0, ...faces.map((f) => f.h));
  return faces.filter((f) => f.h >= MAIN_FACE_RATIO * tallest);
}

/** Subject from faces: the box around the main faces grown to take in hair and chin; focus its centre. */
export function subjectFromFaces(faces: readonly FaceBox[]): Subject {
  const main = mainFaces(faces);
  if (main.length === 0) throw new Error('subjectFromFaces needs at least one face');
  const x0 = Math.min(...main.map((f) => f.x));
  const y0 = Math.min(...main.map((f) => f.y));
  const x1 = Math.max(...main.map((f) => f.x + f.w));
  const y1 = Math.max(...main.map((f) => f.y + f.h));
  const padX = 0.25 * Math.max(...main.map((f) => f.w));
  const padY = 0.3 * Math.max(...main.map((f) => f.h));
  return {
    focus: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 },
    box: clampBox({ x: x0 - padX, y: y0 - padY, w: x1 - x0 + 2 * padX, h: y1 - y0 + 2 * padY }),
    source: 'faces',
  };
}

/** Long side of the map saliency is computed on. */
const MAP_SIZE = 128;

/** A saliency map in 0–1 of the photo at `MAP_SIZE`. Exported for tests and diagnostics. */
export function saliencyMap(image: RgbImage): GreyImage {
  const scale = Math.min(1, MAP_SIZE / Math.max(image.width, image.height));
  const width = Math.max(8, Math.round(image.width * scale));
  const height = Math.max(8, Math.round(image.height * scale));
  const n = width * height;
  const channels = [0, 1, 2].map((c) => {
    const plane = new Float32Array(image.width * image.height);
    for (let i = 0; i < plane.length; i++) plane[i] = image.data[i * 3 + c]!;
    return resizeGrey({ data: plane, width: image.width, height: image.height }, width, height).data;
  });
  const [lab0, lab1, lab2] = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
  for (let i = 0; i < n; i++) {
    const [l, a, b] = srgbToLab(channels[0]![i]!, channels[1]![i]!, channels[2]![i]!);
    lab0[i] = l;
    lab1[i] = a;
    lab2[i] = b;
  }
  // Colour contrast: distance of the softly blurred photo from its mean colour.
  const mean = [lab0, lab1, lab2].map((plane) => plane.reduce((s, v) => s + v, 0) / n);
  const blurred = [lab0, lab1, lab2].map((plane) =>
    boxBlur(boxBlur(plane, width, height, 1), width, height, 1),
  );
  const contrast = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const dl = blurred[0]![i]! - mean[0]!;
    const da = blurred[1]![i]! - mean[1]!;
    const db = blurred[2]![i]! - mean[2]!;
    contrast[i] = Math.sqrt(dl * dl + da * da + db * db);
  }
  // Detail: gradient magnitude of lightness, pooled over a small neighbourhood.
  const detail = new Float32Array(n);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const gx =
        lab0[i - width + 1]! +
        2 * lab0[i + 1]! +
        lab0[i + width + 1]! -
        lab0[i - width - 1]! -
        2 * lab0[i - 1]! -
        lab0[i + width - 1]!;
      const gy =
        lab0[i + width - 1]! +
        2 * lab0[i + width]! +
        lab0[i + width + 1]! -
        lab0[i - width - 1]! -
        2 * lab0[i - width]! -
        lab0[i - width + 1]!;
      detail[i] = Math.sqrt(gx * gx + gy * gy);
    }
  }
  const pooled = boxBlur(boxBlur(detail, width, height, 2), width, height, 2);
  normalise(contrast);
  normalise(pooled);
  const out = new Float32Array(n);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x + 0.5) / width - 0.5;
      const dy = (y + 0.5) / height - 0.5;
      const centre = 0.4 + 0.6 * Math.exp(-(dx * dx + dy * dy) / (2 * 0.3 * 0.3));
      const i = y * width + x;
      out[i] = (0.5 * contrast[i]! + 0.5 * pooled[i]!) * centre;
    }
  }
  return { data: out, width, height };
}

/** Subject from content: the centre of mass of the salient area, and the box holding most of it. */
export function saliencySubject(image: RgbImage): Subject {
  const map = saliencyMap(image);
  const { data, width, height } = map;
  let sum = 0;
  let sumSq = 0;
  for (const v of data) {
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / data.length;
  const std = Math.sqrt(Math.max(0, sumSq / data.length - mean * mean));
  const threshold = mean + 0.5 * std;
  const columns = new Float64Array(width);
  const rows = new Float64Array(height);
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = Math.max(0, data[y * width + x]! - threshold);
      columns[x]! += w;
      rows[y]! += w;
      mass += w;
      mx += w * (x + 0.5);
      my += w * (y + 0.5);
    }
  }
  if (mass <= 0)
    return { focus: { x: 0.5, y: 0.5 }, box: { x: 0.25, y: 0.25, w: 0.5, h: 0.5 }, source: 'saliency' };
  const focus: Point = { x: mx / mass / width, y: my / mass / height };
  const [x0, x1] = massRange(columns, mass, 0.08);
  const [y0, y1] = massRange(rows, mass, 0.08);
  let box: Box = { x: x0 / width, y: y0 / height, w: (x1 - x0) / width, h: (y1 - y0) / height };
  box = growAround(box, focus, 0.15);
  return { focus, box: clampBox(box), source: 'saliency' };
}

/** The span [start, end) of a 1-D mass distribution leaving `tail` of the mass out on each side. */
function massRange(values: Float64Array, total: number, tail: number): [number, number] {
  let acc = 0;
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    acc += values[i]!;
    if (acc >= tail * total) {
      start = i;
      break;
    }
  }
  acc = 0;
  let end = values.length;
  for (let i = values.length - 1; i >= 0; i--) {
    acc += values[i]!;
    if (acc >= tail * total) {
      end = i + 1;
      break;
    }
  }
  return end > start ? [start, end] : [start, start + 1];
}

/** Makes a box at least `min` wide and tall (fractions), growing it evenly around its centre. */
function growAround(box: Box, focus: Point, min: number): Box {
  let { x, y, w, h } = box;
  if (w < min) {
    x = Math.min(Math.max(0, (x + x + w) / 2 - min / 2), 1 - min);
    w = min;
  }
  if (h < min) {
    y = Math.min(Math.max(0, (y + y + h) / 2 - min / 2), 1 - min);
    h = min;
  }
  // Keep the focus inside the box.
  const x0 = Math.min(x, focus.x);
  const y0 = Math.min(y, focus.y);
  return { x: x0, y: y0, w: Math.max(x + w, focus.x) - x0, h: Math.max(y + h, focus.y) - y0 };
}

/** Scales values so the 99th percentile is 1, clipping above. */
function normalise(values: Float32Array): void {
  const sorted = Float32Array.from(values).sort();
  const top = sorted[Math.floor(0.99 * (sorted.length - 1))]! || 1;
  for (let i = 0; i < values.length; i++) values[i] = Math.min(1, values[i]! / top);
}

/** Separable box blur with clamped edges, radius r. */
export function boxBlur(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  const span = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) s += values[y * width + Math.min(width - 1, Math.max(0, x + k))]!;
      tmp[y * width + x] = s / span;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) s += tmp[Math.min(height - 1, Math.max(0, y + k)) * width + x]!;
      out[y * width + x] = s / span;
    }
  }
  return out;
}

/** sRGB 0–255 to CIE L*a*b* (D65). */
export function srgbToLab(r: number, g: number, b: number): [number, number, number] {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const R = lin(r);
  const G = lin(g);
  const B = lin(b);
  const X = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const Z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const fx = f(X);
  const fy = f(Y);
  const fz = f(Z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
