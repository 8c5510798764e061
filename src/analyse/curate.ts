import { type Lang, t } from '../messages/index.js';
import { pixelRect, resizeGrey } from './image.js';
import type { Box, CurationReport, GreyImage, PhotoAnalysis } from './types.js';

/**
 * Curation: near-duplicates by perceptual hash, blur by the variance of the Laplacian inside the
 * subject, so a sharp portrait on a soft background is kept and a shaken one is not.
 */

/** Photos whose hashes differ in at most this many of 64 bits look the same (resized, recompressed, cropped a little). */
export const DUPLICATE_DISTANCE = 10;
/** Subject sharpness (variance of the Laplacian at working size) under which a photo looks blurred. */
export const BLUR_THRESHOLD = 40;

const HASH_SIZE = 32;
const LOW = 8;
const cosTable = (() => {
  const table = new Float64Array(LOW * HASH_SIZE);
  for (let u = 0; u < LOW; u++) {
    for (let x = 0; x < HASH_SIZE; x++)
      table[u * HASH_SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * HASH_SIZE));
  }
  return table;
})();

/**
 * DCT perceptual hash (pHash): the photo shrunk to 32×32 grey, its 8×8 lowest DCT frequencies, one bit
 * per coefficient for "above the median". 64 bits as 16 hex digits.
 */
export function perceptualHash(grey: GreyImage): string {
  const small = resizeGrey(grey, HASH_SIZE, HASH_SIZE).data;
  // Rows first: for every row, its 8 lowest frequencies; then the 8 lowest down each of those columns.
  const rows = new Float64Array(HASH_SIZE * LOW);
  for (let y = 0; y < HASH_SIZE; y++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let x = 0; x < HASH_SIZE; x++) s += small[y * HASH_SIZE + x]! * cosTable[u * HASH_SIZE + x]!;
      rows[y * LOW + u] = s;
    }
  }
  const coefficients = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let y = 0; y < HASH_SIZE; y++) s += rows[y * LOW + u]! * cosTable[v * HASH_SIZE + y]!;
      coefficients[v * LOW + u] = s;
    }
  }
  const sorted = Float64Array.from(coefficients).sort();
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++)
      value = (value << 1) | (coefficients[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

const POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Number of differing bits between two hashes of the same length (hex). */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new RangeError(`hashes differ in length (${a.length} and ${b.length})`);
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    const x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16);
    if (Number.isNaN(x)) throw new RangeError(`not a hex hash: ${a} / ${b}`);
    distance += POPCOUNT[x]!;
  }
  return distance;
}

/**
 * Variance of the Laplacian (4-neighbour kernel) of a grey image, inside `box` (fractions; the whole
 * image when absent). Blur removes the fine detail the Laplacian responds to, so the variance drops.
 */
export function laplacianVariance(grey: GreyImage, box?: Box): number {
  const { width, height, data } = grey;
  const r = box ? pixelRect(box, grey) : { x0: 0, y0: 0, x1: width, y1: height };
  const x0 = Math.max(1, r.x0);
  const y0 = Math.max(1, r.y0);
  const x1 = Math.min(width - 1, r.x1);
  const y1 = Math.min(height - 1, r.y1);
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      const v = data[i - 1]! + data[i + 1]! + data[i - width]! + data[i + width]! - 4 * data[i]!;
      n++;
      sum += v;
      sumSq += v * v;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return Math.max(0, sumSq / n - mean * mean);
}

export interface CurateOptions {
  /** Largest hash distance counted as a near-duplicate (default `DUPLICATE_DISTANCE`). */
  duplicateDistance?: number;
  /** Subject sharpness under which a photo is called blurry (default `BLUR_THRESHOLD`). */
  blurThreshold?: number;
  /** Names to use in the reasons (default "photo 1", "photo 2", …). */
  names?: readonly string[];
  /** The language of the reasons (default English). */
  lang?: Lang;
}

type Curatable = Pick<PhotoAnalysis, 'phash' | 'sharpness' | 'width' | 'height'>;

/**
 * Suggests which photos to leave out: every near-duplicate pair is reported, and in each group of
 * look-alikes all but the best (most pixels, then sharpest) are flagged; blurry photos are flagged too.
 */
export function curate(analyses: readonly Curatable[], options: CurateOptions = {}): CurationReport {
  const limit = options.duplicateDistance ?? DUPLICATE_DISTANCE;
  const blurThreshold = options.blurThreshold ?? BLUR_THRESHOLD;
  const lang = options.lang ?? 'en';
  const name = (i: number) => options.names?.[i] ?? t(lang, 'curate.photo', { n: i + 1 });
  const duplicates: [number, number, number][] = [];
  const parent = analyses.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      const distance = hammingDistance(analyses[i]!.phash, analyses[j]!.phash);
      if (distance <= limit) {
        duplicates.push([i, j, distance]);
        parent[root(j)] = root(i);
      }
    }
  }
  const reasons: Record<number, string[]> = {};
  const add = (i: number, reason: string) => {
    reasons[i] ??= [];
    reasons[i].push(reason);
  };
  const groups = new Map<number, number[]>();
  analyses.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const best = members.reduce((a, b) => (better(analyses[b]!, analyses[a]!) ? b : a));
    for (const i of members) {
      if (i === best) continue;
      const pair = duplicates.find(([a, b]) => (a === i && b === best) || (a === best && b === i));
      const why = t(lang, betterWhy(analyses[best]!, analyses[i]!));
      add(
        i,
        pair
          ? t(lang, 'curate.duplicateBits', { name: name(best), bits: pair[2], why })
          : t(lang, 'curate.duplicate', { name: name(best), why }),
      );
    }
  }
  const blurry: number[] = [];
  analyses.forEach((analysis, i) => {
    if (analysis.sharpness < blurThreshold) {
      blurry.push(i);
      add(
        i,
        t(lang, 'curate.blurred', {
          sharpness: analysis.sharpness.toFixed(0),
          threshold: blurThreshold,
        }),
      );
    }
  });
  const flagged = Object.keys(reasons)
    .map(Number)
    .sort((a, b) => a - b);
  const sentences: Record<number, string> = {};
  for (const i of flagged) {
    const { join, colon, stop } = PUNCTUATION[lang];
    const text = reasons[i]!.join(join);
    sentences[i] = `${name(i)}${colon}${text.charAt(0).toUpperCase()}${text.slice(1)}${stop}`;
  }
  return { duplicates, blurry, flagged, reasons: sentences };
}

/** How each language strings the reasons of one photo into a sentence. */
const PUNCTUATION: Record<Lang, { join: string; colon: string; stop: string }> = {
  en: { join: '; ', colon: ': ', stop: '.' },
  zh: { join: '；', colon: '：', stop: '。' },
};

/** The better of two look-alikes: clearly more pixels wins, else the sharper. */
function better(a: Curatable, b: Curatable): boolean {
  const pa = a.width * a.height;
  const pb = b.width * b.height;
  if (pa > pb * 1.2) return true;
  if (pb > pa * 1.2) return false;
  return a.sharpness > b.sharpness;
}

function betterWhy(
  best: Curatable,
  other: Curatable,
): 'curate.larger' | 'curate.sharper' | 'curate.keptInstead' {
  if (best.width * best.height > other.width * other.height * 1.2) return 'curate.larger';
  return best.sharpness > other.sharpness ? 'curate.sharper' : 'curate.keptInstead';
}
