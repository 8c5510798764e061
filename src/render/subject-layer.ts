/**
 * Lifts the people off a photo for parallax: an alpha matte over their box, and the photo with the
 * people removed and the hole filled from its surroundings, so that when the people move against the
 * background what appears behind them is plausible background, not a copy of them.
 *
 * The fill is push-pull (a pyramid of weighted averages): smooth colour that continues the edges of
 * the hole. Parallax moves the layers only a few percent apart, so only a thin band of it is ever seen.
 * Pure pixel work on packed RGB; the person map comes from the segmenter. Memory stays near the
 * photo's own: the matte covers only the people's box and the fill is written in place.
 */
export interface MaskMap {
  /** 0–1, in fractions of the photo (any resolution). */
  data: Float32Array;
  width: number;
  height: number;
}

/** A box in pixels, x1/y1 exclusive. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PersonMatte {
  /** Opacity 0–255 over `box` only, rows of `box` width. */
  alpha: Uint8Array;
  /** Where the matte lies on the photo: the opaque part plus a margin, even-aligned. */
  box: PixelBox;
}

/** Longest side of the working copy the fill is computed at (it is smooth: more would be wasted). */
const FILL_SIZE = 384;
/** How far past the person's soft edge the background is replaced, in mask pixels of a 256 map. */
const HOLE_MARGIN = 3;

/** The people's opacity at the photo's size, cropped to where it is not zero. */
export function personMatte(mask: MaskMap, width: number, height: number): PersonMatte {
  const box = evenBox(maskBox(mask, width, height), width, height);
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  const alpha = new Uint8Array(Math.max(0, bw * bh));
  if (bw > 0 && bh > 0) upsampleInto(mask, width, height, box, alpha);
  return { alpha, box };
}

/** Replaces the people (and a margin around them) with background filled from around them, in place. */
export function fillBehind(rgb: Uint8Array, width: number, height: number, mask: MaskMap): void {
  const margin = Math.max(1, Math.round((HOLE_MARGIN * Math.max(mask.width, mask.height)) / 256));
  const grown = growMap(mask, 0.02, margin);
  const box = evenBox(maskBox(grown, width, height), width, height);
  if (box.x1 <= box.x0 || box.y1 <= box.y0) return;

  // Fill at a small size, then blend it in where the hole is.
  const scale = Math.min(1, FILL_SIZE / Math.max(width, height));
  const fw = Math.max(1, Math.round(width * scale));
  const fh = Math.max(1, Math.round(height * scale));
  const small = shrinkRgb(rgb, width, height, fw, fh);
  const smallHole = new Uint8Array(fw * fh);
  upsampleInto(grown, fw, fh, { x0: 0, y0: 0, x1: fw, y1: fh }, smallHole);
  const weights = new Float32Array(fw * fh);
  for (let i = 0; i < weights.length; i++) weights[i] = smallHole[i]! > 0 ? 0 : 1;
  const filled = pushPull(small, weights, fw, fh);

  const bw = box.x1 - box.x0;
  const hole = new Uint8Array(bw);
  const sx = fw / width;
  const sy = fh / height;
  for (let y = box.y0; y < box.y1; y++) {
    upsampleInto(grown, width, height, { x0: box.x0, y0: y, x1: box.x1, y1: y + 1 }, hole);
    const fy = Math.min(fh - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(fh - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = box.x0; x < box.x1; x++) {
      const h = hole[x - box.x0]!;
      if (h === 0) continue;
      const fx = Math.min(fw - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(fw - 1, x0 + 1);
      const wx = fx - x0;
      const k = h / 255;
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = filled[(y0 * fw + x0) * 3 + c]! * (1 - wx) + filled[(y0 * fw + x1) * 3 + c]! * wx;
        const bottom = filled[(y1 * fw + x0) * 3 + c]! * (1 - wx) + filled[(y1 * fw + x1) * 3 + c]! * wx;
        const value = top * (1 - wy) + bottom * wy;
        rgb[o + c] = Math.round(rgb[o + c]! * (1 - k) + value * k);
      }
    }
  }
}

/** The photo-pixel box of a map's non-zero part (x1/y1 exclusive), one map pixel of slack. */
function maskBox(map: MaskMap, width: number, height: number): PixelBox {
  let x0 = map.width;
  let y0 = map.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < map.height; y++) {
    for (let x = 0; x < map.width; x++) {
      if (map.data[y * map.width + x]! > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  const sx = width / map.width;
  const sy = height / map.height;
  return {
    x0: Math.floor((x0 - 1) * sx),
    y0: Math.floor((y0 - 1) * sy),
    x1: Math.ceil((x1 + 2) * sx),
    y1: Math.ceil((y1 + 2) * sy),
  };
}

/** Clamped to the photo, of even width and height (chroma is 2×2), even corners where the photo allows. */
function evenBox(box: PixelBox, width: number, height: number): PixelBox {
  if (box.x1 <= box.x0) return box;
  const [x0, x1] = evenSpan(box.x0, box.x1, width);
  const [y0, y1] = evenSpan(box.y0, box.y1, height);
  return { x0, y0, x1, y1 };
}

function evenSpan(start: number, end: number, limit: number): [number, number] {
  let a = Math.max(0, Math.floor(start / 2) * 2);
  let b = Math.min(limit, Math.ceil(end / 2) * 2);
  // An odd-sized photo: give up its last pixel (or widen at the start) to keep the span even.
  if ((b - a) % 2 !== 0) {
    if (a > 0) a -= 1;
    else b -= 1;
  }
  return [a, b];
}

/**
 * Bilinear resize of a 0–1 map to bytes 0–255 for the part `region` of a `width`×`height` image (pixel
 * centres aligned), written row by row into `out`.
 */
function upsampleInto(map: MaskMap, width: number, height: number, region: PixelBox, out: Uint8Array): void {
  const rw = region.x1 - region.x0;
  const sx = map.width / width;
  const sy = map.height / height;
  const xIndex = new Int32Array(rw);
  const xWeight = new Float32Array(rw);
  for (let i = 0; i < rw; i++) {
    const fx = Math.min(map.width - 1, Math.max(0, (region.x0 + i + 0.5) * sx - 0.5));
    xIndex[i] = Math.max(0, Math.min(map.width - 2, Math.floor(fx)));
    xWeight[i] = fx - xIndex[i]!;
  }
  for (let y = region.y0; y < region.y1; y++) {
    const fy = Math.min(map.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.max(0, Math.min(map.height - 2, Math.floor(fy)));
    const wy = fy - y0;
    const r0 = y0 * map.width;
    const r1 = r0 + map.width;
    const row = (y - region.y0) * rw;
    for (let i = 0; i < rw; i++) {
      const k = xIndex[i]!;
      const wx = xWeight[i]!;
      const top = map.data[r0 + k]! * (1 - wx) + map.data[r0 + k + 1]! * wx;
      const bottom = map.data[r1 + k]! * (1 - wx) + map.data[r1 + k + 1]! * wx;
      out[row + i] = Math.round((top * (1 - wy) + bottom * wy) * 255);
    }
  }
}

/** 1 wherever a map pixel within `radius` is above `threshold`, else 0. */
function growMap(map: MaskMap, threshold: number, radius: number): MaskMap {
  const { width, height } = map;
  const rows = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let on = 0;
      for (let k = Math.max(0, x - radius); k <= Math.min(width - 1, x + radius); k++) {
        if (map.data[y * width + k]! > threshold) {
          on = 1;
          break;
        }
      }
      rows[y * width + x] = on;
    }
  }
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let on = 0;
      for (let k = Math.max(0, y - radius); k <= Math.min(height - 1, y + radius); k++) {
        if (rows[k * width + x]) {
          on = 1;
          break;
        }
      }
      data[y * width + x] = on;
    }
  }
  return { data, width, height };
}

/** Area-average shrink of packed RGB to floats. */
function shrinkRgb(rgb: Uint8Array, width: number, height: number, tw: number, th: number): Float32Array {
  const sums = new Float32Array(tw * th * 3);
  const counts = new Float32Array(tw * th);
  for (let y = 0; y < height; y++) {
    const ty = Math.min(th - 1, Math.floor((y * th) / height));
    for (let x = 0; x < width; x++) {
      const t = ty * tw + Math.min(tw - 1, Math.floor((x * tw) / width));
      const o = (y * width + x) * 3;
      sums[t * 3]! += rgb[o]!;
      sums[t * 3 + 1]! += rgb[o + 1]!;
      sums[t * 3 + 2]! += rgb[o + 2]!;
      counts[t]! += 1;
    }
  }
  for (let t = 0; t < counts.length; t++) {
    const n = counts[t]! || 1;
    sums[t * 3]! /= n;
    sums[t * 3 + 1]! /= n;
    sums[t * 3 + 2]! /= n;
  }
  return sums;
}

/**
 * Push-pull hole filling: average known pixels down a pyramid until every level-pixel has some
 * weight, then on the way up fill each pixel's missing weight from the coarser level.
 */
export function pushPull(
  rgb: Float32Array,
  weights: Float32Array,
  width: number,
  height: number,
): Float32Array {
  const colour = new Float32Array(rgb.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    colour[i * 3] = rgb[i * 3]! * w;
    colour[i * 3 + 1] = rgb[i * 3 + 1]! * w;
    colour[i * 3 + 2] = rgb[i * 3 + 2]! * w;
  }
  return fillLevel(colour, weights.slice(), width, height);
}

/** `colour` is premultiplied by `weight` (0–1); returns straight colour with every pixel filled. */
function fillLevel(colour: Float32Array, weight: Float32Array, width: number, height: number): Float32Array {
  let missing = false;
  for (let i = 0; i < weight.length && !missing; i++) missing = weight[i]! < 1;
  if (!missing || (width <= 1 && height <= 1)) {
    const out = new Float32Array(colour.length);
    for (let i = 0; i < weight.length; i++) {
      const w = weight[i]! || 1;
      out[i * 3] = colour[i * 3]! / w;
      out[i * 3 + 1] = colour[i * 3 + 1]! / w;
      out[i * 3 + 2] = colour[i * 3 + 2]! / w;
    }
    return out;
  }
  const cw = Math.max(1, Math.ceil(width / 2));
  const ch = Math.max(1, Math.ceil(height / 2));
  const coarseColour = new Float32Array(cw * ch * 3);
  const coarseWeight = new Float32Array(cw * ch);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const c = (y >> 1) * cw + (x >> 1);
      coarseWeight[c]! += weight[i]!;
      coarseColour[c * 3]! += colour[i * 3]!;
      coarseColour[c * 3 + 1]! += colour[i * 3 + 1]!;
      coarseColour[c * 3 + 2]! += colour[i * 3 + 2]!;
    }
  }
  // Normalise to at most full weight, keeping colour premultiplied.
  for (let c = 0; c < coarseWeight.length; c++) {
    const w = coarseWeight[c]!;
    if (w > 1) {
      coarseWeight[c] = 1;
      coarseColour[c * 3]! /= w;
      coarseColour[c * 3 + 1]! /= w;
      coarseColour[c * 3 + 2]! /= w;
    }
  }
  const coarse = fillLevel(coarseColour, coarseWeight, cw, ch);
  const out = new Float32Array(colour.length);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(ch - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(ch - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(cw - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(cw - 1, x0 + 1);
      const wx = fx - x0;
      const i = y * width + x;
      const w = Math.min(1, weight[i]!);
      for (let k = 0; k < 3; k++) {
        const top = coarse[(y0 * cw + x0) * 3 + k]! * (1 - wx) + coarse[(y0 * cw + x1) * 3 + k]! * wx;
        const bottom = coarse[(y1 * cw + x0) * 3 + k]! * (1 - wx) + coarse[(y1 * cw + x1) * 3 + k]! * wx;
        const fill = top * (1 - wy) + bottom * wy;
        out[i * 3 + k] = colour[i * 3 + k]! + (1 - w) * fill;
      }
    }
  }
  return out;
}
