/**
 * Lifts the people off a photo for parallax: an alpha matte at the photo's size, and a copy of the
 * photo with the people removed and the hole filled from its surroundings, so that when the people
 * move against the background what appears behind them is plausible background, not a copy of them.
 *
 * The fill is push-pull (a pyramid of weighted averages): smooth colour that continues the edges of
 * the hole. Parallax moves the layers only a few percent apart, so only a thin band of it is ever seen.
 * Pure pixel work on packed RGB; the person map comes from the segmenter.
 */
export interface MaskMap {
  /** 0–1, in fractions of the photo (any resolution). */
  data: Float32Array;
  width: number;
  height: number;
}

export interface LiftedSubject {
  /** The photo with the people removed and the hole filled, packed RGB. */
  background: Uint8Array;
  /** The people's opacity, 0–255, one byte per photo pixel. */
  alpha: Uint8Array;
  /** Bounding box of the opaque part, pixels (x1, y1 exclusive). */
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** Longest side of the working copy the fill is computed at (it is smooth: more would be wasted). */
const FILL_SIZE = 384;
/** How far past the person's soft edge the background is replaced, in mask pixels of a 256 map. */
const HOLE_MARGIN = 3;

export function liftSubject(rgb: Uint8Array, width: number, height: number, mask: MaskMap): LiftedSubject {
  const alpha = upsample(mask, width, height);
  const box = opaqueBox(alpha, width, height);

  // The hole: everything the person might have tinted, a little past the soft edge.
  const margin = Math.max(1, Math.round((HOLE_MARGIN * Math.max(mask.width, mask.height)) / 256));
  const grown = growMap(mask, 0.02, margin);
  const hole = upsample(grown, width, height);

  // Fill at a small size, then blend it in where the hole is.
  const scale = Math.min(1, FILL_SIZE / Math.max(width, height));
  const fw = Math.max(1, Math.round(width * scale));
  const fh = Math.max(1, Math.round(height * scale));
  const small = shrinkRgb(rgb, width, height, fw, fh);
  const smallHole = upsample(grown, fw, fh);
  const weights = new Float32Array(fw * fh);
  for (let i = 0; i < weights.length; i++) weights[i] = smallHole[i]! > 0 ? 0 : 1;
  const filled = pushPull(small, weights, fw, fh);

  const background = new Uint8Array(rgb.length);
  const sx = fw / width;
  const sy = fh / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(fh - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(fh - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const h = hole[p]!;
      const o = p * 3;
      if (h === 0) {
        background[o] = rgb[o]!;
        background[o + 1] = rgb[o + 1]!;
        background[o + 2] = rgb[o + 2]!;
        continue;
      }
      const fx = Math.min(fw - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(fw - 1, x0 + 1);
      const wx = fx - x0;
      const k = h / 255;
      for (let c = 0; c < 3; c++) {
        const top = filled[(y0 * fw + x0) * 3 + c]! * (1 - wx) + filled[(y0 * fw + x1) * 3 + c]! * wx;
        const bottom = filled[(y1 * fw + x0) * 3 + c]! * (1 - wx) + filled[(y1 * fw + x1) * 3 + c]! * wx;
        const value = top * (1 - wy) + bottom * wy;
        background[o + c] = Math.round(rgb[o + c]! * (1 - k) + value * k);
      }
    }
  }
  return { background, alpha, box };
}

/** Bilinear resize of a 0–1 map to bytes 0–255 (pixel centres aligned). */
function upsample(map: MaskMap, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const sx = map.width / width;
  const sy = map.height / height;
  const xIndex = new Int32Array(width);
  const xWeight = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(map.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    xIndex[x] = Math.min(map.width - 2, Math.floor(fx));
    xWeight[x] = fx - xIndex[x]!;
  }
  for (let y = 0; y < height; y++) {
    const fy = Math.min(map.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.min(map.height - 2, Math.floor(fy));
    const wy = fy - y0;
    const r0 = y0 * map.width;
    const r1 = r0 + map.width;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = xIndex[x]!;
      const wx = xWeight[x]!;
      const top = map.data[r0 + i]! * (1 - wx) + map.data[r0 + i + 1]! * wx;
      const bottom = map.data[r1 + i]! * (1 - wx) + map.data[r1 + i + 1]! * wx;
      out[row + x] = Math.round((top * (1 - wy) + bottom * wy) * 255);
    }
  }
  return out;
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

function opaqueBox(alpha: Uint8Array, width: number, height: number): LiftedSubject['box'] {
  let x0 = width;
  let y0 = height;
  let x1 = 0;
  let y1 = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (alpha[row + x]! > 0) {
        if (x < x0) x0 = x;
        if (x >= x1) x1 = x + 1;
        if (y < y0) y0 = y;
        y1 = y + 1;
      }
    }
  }
  return x1 === 0 ? { x0: 0, y0: 0, x1: 0, y1: 0 } : { x0, y0, x1, y1 };
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
