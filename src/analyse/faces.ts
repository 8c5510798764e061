import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { leanFaceNets } from './face-nets.js';
import { clampBox } from './image.js';
import { loadTf, type Tfjs } from './tf.js';
import type { Box, FaceBox, RgbImage } from './types.js';

/**
 * Face detection with @vladmandic/face-api on TensorFlow.js's WebAssembly backend: CPU only, no native
 * add-on, nothing downloaded. The models and the .wasm files are read from node_modules, once per process.
 *
 * Two detectors vote: SSD MobileNet v1 finds faces (tight boxes, good on small and turned faces); the
 * Tiny Face Detector confirms the doubtful ones, so a cat or a patterned board is not taken for a face.
 */

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');

interface Models {
  faceapi: FaceApi;
  tf: Tfjs;
}

export interface FaceDetectionOptions {
  /** Lowest SSD score kept (0–1, default 0.5). */
  minScore?: number;
  /** SSD detections at or above this score (and of plausible size) need no second opinion (default 0.8). */
  sureScore?: number;
  /**
   * A larger copy of the same photo (about 1280 px on the long side): given, small faces the
   * whole-photo pass cannot see are looked for on it.
   */
  detail?: RgbImage | undefined;
}

const require = createRequire(import.meta.url);
let loading: Promise<Models> | undefined;

/** Loads TensorFlow.js (WebAssembly backend) and the face models, once per process; later calls reuse them. */
export async function loadFaceModels(): Promise<void> {
  await models();
}

function models(): Promise<Models> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // let a later call try again
    throw phrasedError('internal', phrase('analyse.faceModels'), {
      hint: phrase('analyse.faceModels.hint'),
      cause: error,
    });
  });
  return loading;
}

async function load(): Promise<Models> {
  const tf = await loadTf();
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  // Also runs each network once on a small blank input, so the first photo is not slower than the rest.
  leanFaceNets(faceapi, tf);
  return { faceapi, tf };
}

/** Faces in a working image, left to right, as fractions of the image. */
export async function detectFaces(image: RgbImage, options: FaceDetectionOptions = {}): Promise<FaceBox[]> {
  const minScore = options.minScore ?? 0.5;
  const sureScore = options.sureScore ?? 0.8;
  const { faceapi, tf } = await models();
  const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    // SSD's faint answers cost nothing more from the same pass: small ones are where the larger copy is
    // worth a closer look.
    const ssd = await faceapi.detectAllFaces(
      input as never,
      new faceapi.SsdMobilenetv1Options({
        minConfidence: options.detail ? Math.min(minScore, PROPOSAL_SCORE) : minScore,
        maxResults: 100,
      }),
    );
    const all = ssd.map((d) => ({
      box: toFraction(d.box, image.width, image.height),
      score: d.score,
    }));
    const found = all.filter((f) => f.score >= minScore).slice(0, 50);
    const proposals = all
      .filter((f) => f.score < minScore && f.box.w * image.width <= PROPOSAL_SIZE)
      .map((f) => ({ ...f.box, score: f.score }));
    const doubtful = found.filter((f) => f.score < sureScore || f.box.w * f.box.h > 0.35);
    let confirmations: Box[] = [];
    if (doubtful.length > 0) {
      const tiny = await faceapi.detectAllFaces(
        input as never,
        new faceapi.TinyFaceDetectorOptions({ inputSize: 608, scoreThreshold: 0.15 }),
      );
      confirmations = tiny.map((d) => toFraction(d.box, image.width, image.height));
    }
    const faces = found
      .filter((f) => !doubtful.includes(f) || confirmations.some((c) => sameFace(f.box, c)))
      .map((f) => ({ ...f.box, score: round(f.score, 3) }));
    if (options.detail)
      faces.push(...(await smallFaces(options.detail, image.width, faces, proposals, faceapi, tf)));
    return faces.sort((a, b) => a.x - b.x);
  } finally {
    input.dispose();
  }
}

/** A place the larger copy is looked at closely: what the tiny detector (on tiles) and SSD (faintly, on
 * the whole photo) said of it. */
interface Candidate extends Box {
  /** The tiny detector's score on the tiles, 0 where only SSD proposed it. */
  score: number;
  /** SSD's faint score on the whole photo, 0 where it said nothing there. */
  ssd: number;
}

/**
 * Faces too small for the whole-photo pass (a person at the edge of a landscape, a face of 24 px).
 * Candidates come from two places: the tiny detector on tiles of a larger copy of the photo (faces from
 * about 40 px of that copy), and SSD's faint answers on the whole photo (smaller faces, which the tiny
 * detector's 32 px grid cannot see). Each is kept only when detectors agree, shown the candidate
 * enlarged: SSD sure of it, so SSD at two scales or both detectors agree; or the tiny detector sure of
 * it at two scales; or, for turned and grey faces that SSD hardly knows, all three views — the tiny
 * detector at two scales and SSD's faint answer — agree. A pattern or a cat's face rarely convinces two
 * of them. The enlarged candidates are laid side by side in one 512 px mosaic, so four cost one SSD
 * pass.
 */
async function smallFaces(
  detail: RgbImage,
  wholeWidth: number,
  known: readonly Box[],
  proposals: readonly FaceBox[],
  faceapi: FaceApi,
  tf: Tfjs,
): Promise<FaceBox[]> {
  // A face as large as the whole-photo pass sees for sure was found or rejected there: a candidate
  // that large is a sky or a wall the tiny detector doubted, and not worth the mosaic's SSD pass.
  const largest = WHOLE_PASS_SURE_SIZE / wholeWidth;
  const candidates = joinCandidates(await tileCandidates(detail, faceapi, tf), proposals)
    .filter((box) => box.w <= largest && !known.some((face) => overlaps(face, box)))
    .sort((x, y) => priority(y) - priority(x))
    .slice(0, MOSAIC * MOSAIC);
  if (candidates.length === 0) return [];
  const cells = candidates.map((candidate) => cellAround(candidate, detail));
  const mosaic = tf.tidy(() => {
    const tiles = cells.map((cell) => {
      const part = cropTensor(tf, detail, cell.x0, cell.y0, cell.x1 - cell.x0, cell.y1 - cell.y0);
      const resized = tf.image.resizeBilinear(part as import('@tensorflow/tfjs').Tensor3D, [CELL, CELL]);
      return resized;
    });
    while (tiles.length < MOSAIC * MOSAIC) tiles.push(tf.zeros([CELL, CELL, 3]));
    const rows = Array.from({ length: MOSAIC }, (_, r) =>
      tf.concat(tiles.slice(r * MOSAIC, (r + 1) * MOSAIC), 1),
    );
    return tf.concat(rows, 0).round().toInt() as import('@tensorflow/tfjs').Tensor3D;
  });
  /** Confirmations, with how many views agree (the candidate's own and the enlarged one). */
  let seen: { box: Box; score: number; cell: number; agree: number }[];
  try {
    const ssd = await faceapi.detectAllFaces(
      mosaic as never,
      new faceapi.SsdMobilenetv1Options({ minConfidence: CONFIRM_SCORE, maxResults: 20 }),
    );
    seen = ssd.map((d) => ({ ...fromCell(d.box, d.score, cells, detail), agree: 2 }));
    // SSD misses some turned or laughing faces that the tiny detector, sure of them at two scales
    // (the whole photo and the enlarged candidate), still sees.
    const unconfirmed = candidates.some(
      (candidate, i) =>
        candidate.score >= TWO_SCALE_SCORE && !seen.some((d) => d.cell === i && overlaps(d.box, candidate)),
    );
    if (unconfirmed) {
      const tiny = await faceapi.detectAllFaces(
        mosaic as never,
        new faceapi.TinyFaceDetectorOptions({
          inputSize: CELL * MOSAIC,
          scoreThreshold: THREE_VIEW_CROP_SCORE,
        }),
      );
      for (const d of tiny) {
        const view = fromCell(d.box, d.score, cells, detail);
        const candidate = candidates[view.cell];
        if (!candidate || candidate.score < TWO_SCALE_SCORE) continue;
        if (view.score >= TWO_SCALE_CROP_SCORE) seen.push({ ...view, agree: candidate.ssd > 0 ? 3 : 2 });
        else if (candidate.ssd > 0) seen.push({ ...view, agree: 3 });
      }
    }
  } finally {
    mosaic.dispose();
  }
  const confirmed: { face: FaceBox; agree: number }[] = [];
  candidates.forEach((candidate, i) => {
    const best = seen
      .filter((d) => d.cell === i && overlaps(d.box, candidate) && sameFace(d.box, candidate))
      .sort((x, y) => y.agree - x.agree || y.score - x.score)[0];
    if (!best) return;
    const box = clampBox(best.box);
    const face = { x: round(box.x, 4), y: round(box.y, 4), w: round(box.w, 4), h: round(box.h, 4) };
    confirmed.push({ face: { ...face, score: round(best.score, 3) }, agree: best.agree });
  });
  // One head has one face: of confirmations close together (a chin or collar taken for a second
  // face), the one more views agree on stays, then the surest.
  const found: FaceBox[] = [];
  for (const { face } of confirmed.sort((x, y) => y.agree - x.agree || y.face.score - x.face.score))
    if (![...known, ...found].some((other) => overlaps(other, face) || near(other, face))) found.push(face);
  return found;
}

/**
 * The tiny detector's candidates and SSD's faint answers as one list: where both point at the same
 * place, one candidate that both support.
 */
function joinCandidates(tiles: readonly FaceBox[], proposals: readonly FaceBox[]): Candidate[] {
  const joined: Candidate[] = tiles.map((box) => ({ ...box, ssd: 0 }));
  for (const proposal of [...proposals].sort((x, y) => y.score - x.score)) {
    const same = joined
      .filter((candidate) => overlaps(candidate, proposal))
      .sort((x, y) => iou(y, proposal) - iou(x, proposal))[0];
    if (same) same.ssd = Math.max(same.ssd, proposal.score);
    else
      joined.push({
        x: proposal.x,
        y: proposal.y,
        w: proposal.w,
        h: proposal.h,
        score: 0,
        ssd: proposal.score,
      });
  }
  return joined;
}

/** Which candidates get the mosaic's cells: what both detectors said, SSD's faint score weighed up to the tiny detector's. */
function priority(candidate: Candidate): number {
  return candidate.score + candidate.ssd * SSD_WEIGHT;
}

/**
 * The tiny detector's candidates on the larger copy, looked for tile by tile: square tiles of
 * DETAIL_TILE px at full scale (as one pass over the whole copy would see them), overlapping by at least
 * TILE_OVERLAP px so a small face cut by one tile's edge lies whole in the next, and starting on the
 * detector's 32 px grid. One pass over a 1280 px copy needs about six times the memory of a 512 px tile,
 * and TensorFlow.js's WebAssembly heap never gives memory back. A face seen by two tiles counts once.
 */
async function tileCandidates(detail: RgbImage, faceapi: FaceApi, tf: Tfjs): Promise<FaceBox[]> {
  const found: FaceBox[] = [];
  for (const y0 of tileOrigins(detail.height))
    for (const x0 of tileOrigins(detail.width)) {
      const h = Math.min(DETAIL_TILE, detail.height - y0);
      const w = Math.min(DETAIL_TILE, detail.width - x0);
      // A tile past the photo's edge is filled with black, as one pass pads the photo to a square.
      const tile = cropTensor(tf, detail, x0, y0, w, h, DETAIL_TILE);
      try {
        const seen = await faceapi.detectAllFaces(
          tile as never,
          new faceapi.TinyFaceDetectorOptions({ inputSize: DETAIL_TILE, scoreThreshold: CANDIDATE_SCORE }),
        );
        for (const d of seen) {
          const box = {
            ...toFraction(
              { x: d.box.x + x0, y: d.box.y + y0, width: d.box.width, height: d.box.height },
              detail.width,
              detail.height,
            ),
            score: d.score,
          };
          if (box.w > 0 && box.h > 0) found.push(box);
        }
      } finally {
        tile.dispose();
      }
    }
  const kept: FaceBox[] = [];
  for (const box of found.sort((a, b) => b.score - a.score))
    if (!kept.some((other) => overlaps(other, box))) kept.push(box);
  return kept;
}

/**
 * Part of the larger copy as an int32 tensor, made from the photo's bytes: `w` × `h` px from (x0, y0),
 * padded with black to `side` × `side` when given. The larger copy (1280 px, 15 MB as int32) is never
 * a tensor as a whole: in TensorFlow's heap, which never shrinks, a block that size raised the
 * high-water mark by 28 MB.
 */
function cropTensor(
  tf: Tfjs,
  image: RgbImage,
  x0: number,
  y0: number,
  w: number,
  h: number,
  side?: number,
): import('@tensorflow/tfjs').Tensor3D {
  const width = side ?? w;
  const height = side ?? h;
  const values = new Int32Array(width * height * 3);
  for (let row = 0; row < h; row++) {
    const from = ((y0 + row) * image.width + x0) * 3;
    values.set(image.data.subarray(from, from + w * 3), row * width * 3);
  }
  return tf.tensor3d(values, [height, width, 3], 'int32');
}

/** Where tiles start along a side of `length` px: on the 32 px grid, overlapping, the last reaching the end. */
export function tileOrigins(length: number): number[] {
  if (length <= DETAIL_TILE) return [0];
  for (let count = 2; ; count++) {
    const stride = (length - DETAIL_TILE) / (count - 1);
    const origins = Array.from({ length: count }, (_, i) => Math.ceil((i * stride) / GRID) * GRID);
    if (origins.every((origin, i) => i === 0 || DETAIL_TILE - (origin - origins[i - 1]!) >= TILE_OVERLAP))
      return origins;
  }
}

/** Candidates per side of the mosaic, and the side of each enlarged candidate (SSD looks at 512 px). */
const MOSAIC = 2;
/** Side of the tiles the larger copy (1280 px, where faces of 25 px are found) is searched in. */
const DETAIL_TILE = 512;
/** Least overlap of neighbouring tiles, px of the larger copy: more than a small face. */
const TILE_OVERLAP = 64;
/** The tiny detector's cell: tiles start on it, so they see the photo as one whole pass would. */
const GRID = 32;
const CELL = 256;
/** The tiny detector's score a candidate needs before SSD is asked about it. */
const CANDIDATE_SCORE = 0.2;
/** SSD's score on the enlarged candidate for it to count as a face. */
const CONFIRM_SCORE = 0.5;
/** Else the tiny detector's own scores, on the whole photo and on the enlarged candidate. */
const TWO_SCALE_SCORE = 0.2;
const TWO_SCALE_CROP_SCORE = 0.6;
/** The tiny detector's score on the enlarged candidate that, with SSD's faint answer there too, suffices. */
const THREE_VIEW_CROP_SCORE = 0.4;
/** Faces at least this wide (px of the working copy) the whole-photo SSD pass sees by itself. */
const WHOLE_PASS_SURE_SIZE = 96;
/** SSD's faint answers on the whole photo that are candidates, and how large they may be (px of the working copy). */
const PROPOSAL_SCORE = 0.04;
const PROPOSAL_SIZE = 32;
/** SSD's faint scores are about a quarter of the tiny detector's for the same small face. */
const SSD_WEIGHT = 4;

interface Cell {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A square around the candidate, three times its size, inside the photo (pixels of `detail`). */
function cellAround(candidate: Box, detail: RgbImage): Cell {
  const side = Math.max(8, Math.max(candidate.w * detail.width, candidate.h * detail.height) * 3);
  const cx = (candidate.x + candidate.w / 2) * detail.width;
  const cy = (candidate.y + candidate.h / 2) * detail.height;
  const x0 = Math.max(0, Math.min(detail.width - 2, Math.round(cx - side / 2)));
  const y0 = Math.max(0, Math.min(detail.height - 2, Math.round(cy - side / 2)));
  return {
    x0,
    y0,
    x1: Math.max(x0 + 2, Math.min(detail.width, Math.round(cx + side / 2))),
    y1: Math.max(y0 + 2, Math.min(detail.height, Math.round(cy + side / 2))),
  };
}

/** A detection on the mosaic, back on the photo (fractions), with the cell it lies in. */
function fromCell(
  box: { x: number; y: number; width: number; height: number },
  score: number,
  cells: readonly Cell[],
  detail: RgbImage,
): { box: Box; score: number; cell: number } {
  const col = Math.min(MOSAIC - 1, Math.floor((box.x + box.width / 2) / CELL));
  const row = Math.min(MOSAIC - 1, Math.floor((box.y + box.height / 2) / CELL));
  const index = row * MOSAIC + col;
  const cell = cells[index];
  if (!cell) return { box: { x: 0, y: 0, w: 0, h: 0 }, score, cell: -1 };
  const kx = (cell.x1 - cell.x0) / CELL;
  const ky = (cell.y1 - cell.y0) / CELL;
  return {
    box: {
      x: (cell.x0 + (box.x - col * CELL) * kx) / detail.width,
      y: (cell.y0 + (box.y - row * CELL) * ky) / detail.height,
      w: (box.width * kx) / detail.width,
      h: (box.height * ky) / detail.height,
    },
    score,
    cell: index,
  };
}

/** Whether two face boxes' centres lie within one and a half face sizes of each other. */
function near(a: Box, b: Box): boolean {
  const size = Math.max(a.w, a.h, b.w, b.h);
  return Math.hypot(a.x + a.w / 2 - (b.x + b.w / 2), a.y + a.h / 2 - (b.y + b.h / 2)) < 1.5 * size;
}

function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return (ix * iy) / (a.w * a.h + b.w * b.h - ix * iy);
}

/** Whether two boxes share much of the smaller one (the same face seen twice). */
function overlaps(a: Box, b: Box): boolean {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return ix * iy >= 0.3 * Math.min(a.w * a.h, b.w * b.h);
}

function toFraction(
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): Box {
  const clamped = clampBox({
    x: box.x / width,
    y: box.y / height,
    w: box.width / width,
    h: box.height / height,
  });
  return { x: round(clamped.x, 4), y: round(clamped.y, 4), w: round(clamped.w, 4), h: round(clamped.h, 4) };
}

/**
 * Whether two detectors' boxes are the same face: they overlap mostly (the smaller lies at least half
 * inside the larger) and are of similar size (the tiny detector draws looser boxes, so up to 3× area).
 */
export function sameFace(a: Box, b: Box): boolean {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const areaA = a.w * a.h;
  const areaB = b.w * b.h;
  if (areaA <= 0 || areaB <= 0) return false;
  const overlap = (ix * iy) / Math.min(areaA, areaB);
  return overlap >= 0.5 && Math.max(areaA, areaB) / Math.min(areaA, areaB) <= 3;
}

function round(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}
