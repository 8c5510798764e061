import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { Box } from '../../src/geometry/index.js';
import { BENCH_DIR } from '../inputs.js';

/**
 * The recall set: photos where people are easy to lose — a face at the very edge of a landscape, a small
 * face (or two, far apart, one in grey), two people at opposite edges, a tilted head, a real group photo in grey — made from the real
 * photographs in test/fixtures/analyse and examples/photos, with the true face boxes known because the
 * faces were put there (or marked by hand on the real photo).
 */
export interface RecallPhoto {
  name: string;
  path: string;
  width: number;
  height: number;
  /** True face boxes, fractions of the photo. */
  faces: Box[];
}

const FIXTURES = new URL('../../test/fixtures/analyse/', import.meta.url).pathname;
const EXAMPLES = new URL('../../examples/photos/', import.meta.url).pathname;
const DIR = join(BENCH_DIR, 'recall');
const W = 1800;
const H = 1000;

/** Real faces to place: the photo and the face box marked by hand (px: left, top, right, bottom). */
const SOURCES = {
  astronaut: { file: 'astronaut.jpg', face: [175, 75, 270, 190] },
  groupLeft: { file: 'group.jpg', face: [135, 110, 215, 195] },
  groupRight: { file: 'group.jpg', face: [485, 65, 560, 150] },
} as const;

interface Placement {
  source: keyof typeof SOURCES;
  /** Face width on the composite, px, and where its centre goes. */
  faceWidth: number;
  cx: number;
  cy: number;
  /** Degrees, clockwise. */
  angle?: number;
}

interface Composite {
  name: string;
  background: string;
  grey?: boolean;
  faces: Placement[];
}

const COMPOSITES: Composite[] = [
  {
    name: 'edge-left',
    background: 'rocket.jpg',
    faces: [{ source: 'astronaut', faceWidth: 70, cx: 50, cy: 420 }],
  },
  {
    name: 'edge-right',
    background: 'hubble.jpg',
    faces: [{ source: 'groupRight', faceWidth: 80, cx: W - 55, cy: 380 }],
  },
  {
    name: 'small-face',
    background: 'coffee.jpg',
    faces: [{ source: 'astronaut', faceWidth: 36, cx: 1350, cy: 330 }],
  },
  {
    name: 'opposite-edges',
    background: 'rocket.jpg',
    faces: [
      { source: 'astronaut', faceWidth: 120, cx: 110, cy: 400 },
      { source: 'groupLeft', faceWidth: 100, cx: W - 120, cy: 420 },
    ],
  },
  {
    name: 'tilted',
    background: 'hubble.jpg',
    faces: [{ source: 'astronaut', faceWidth: 110, cx: 1450, cy: 420, angle: 28 }],
  },
  {
    name: 'small-pair',
    background: 'hubble.jpg',
    faces: [
      { source: 'groupRight', faceWidth: 28, cx: 420, cy: 640 },
      { source: 'groupLeft', faceWidth: 34, cx: 1560, cy: 260 },
    ],
  },
  {
    name: 'small-grey',
    background: 'rocket.jpg',
    grey: true,
    faces: [{ source: 'astronaut', faceWidth: 32, cx: 260, cy: 720 }],
  },
  {
    name: 'grey-edge',
    background: 'coffee.jpg',
    grey: true,
    faces: [{ source: 'groupRight', faceWidth: 90, cx: 120, cy: 300 }],
  },
];

/** The head and shoulders around a marked face, as a crop of its photo. */
function headCrop(face: readonly number[], size: { width: number; height: number }) {
  const [x0, y0, x1, y1] = face as [number, number, number, number];
  const w = x1 - x0;
  const h = y1 - y0;
  const left = Math.max(0, Math.round(x0 - 0.7 * w));
  const top = Math.max(0, Math.round(y0 - 0.6 * h));
  const right = Math.min(size.width, Math.round(x1 + 0.7 * w));
  const bottom = Math.min(size.height, Math.round(y1 + 1.2 * h));
  return { left, top, width: right - left, height: bottom - top };
}

async function makeComposite(spec: Composite, path: string): Promise<Box[]> {
  const layers: OverlayOptions[] = [];
  const boxes: Box[] = [];
  for (const place of spec.faces) {
    const source = SOURCES[place.source];
    const file = join(FIXTURES, source.file);
    const meta = await sharp(file).metadata();
    const crop = headCrop(source.face, { width: meta.width!, height: meta.height! });
    const [fx0, fy0, fx1, fy1] = source.face as readonly number[] as [number, number, number, number];
    const k = place.faceWidth / (fx1 - fx0);
    const cw = Math.round(crop.width * k);
    const ch = Math.round(crop.height * k);
    let head = sharp(file).extract(crop).resize(cw, ch).ensureAlpha();
    // Face centre within the scaled crop.
    let px = ((fx0 + fx1) / 2 - crop.left) * k;
    let py = ((fy0 + fy1) / 2 - crop.top) * k;
    let fw = (fx1 - fx0) * k;
    let fh = (fy1 - fy0) * k;
    let outW = cw;
    let outH = ch;
    if (place.angle) {
      const a = (place.angle * Math.PI) / 180;
      outW = Math.ceil(Math.abs(cw * Math.cos(a)) + Math.abs(ch * Math.sin(a)));
      outH = Math.ceil(Math.abs(cw * Math.sin(a)) + Math.abs(ch * Math.cos(a)));
      const dx = px - cw / 2;
      const dy = py - ch / 2;
      px = outW / 2 + dx * Math.cos(a) - dy * Math.sin(a);
      py = outH / 2 + dx * Math.sin(a) + dy * Math.cos(a);
      // The upright box that holds the turned face, shrunk to about the face's own area.
      const bw = Math.abs(fw * Math.cos(a)) + Math.abs(fh * Math.sin(a));
      const bh = Math.abs(fw * Math.sin(a)) + Math.abs(fh * Math.cos(a));
      const shrink = Math.sqrt((fw * fh) / (bw * bh));
      fw = bw * shrink;
      fh = bh * shrink;
      head = sharp(await head.png().toBuffer()).rotate(place.angle, {
        background: { r: 0, g: 0, b: 0, alpha: 0 },
      });
    }
    const headPng = await head.png().toBuffer();
    const turned = await sharp(headPng).metadata();
    // sharp rounds the turned size its own way: keep the face centre relative to the middle.
    px += (turned.width! - outW) / 2;
    py += (turned.height! - outH) / 2;
    outW = turned.width!;
    outH = turned.height!;
    const left = Math.round(place.cx - px);
    const top = Math.round(place.cy - py);
    // A head cut by the photo's edge is kept cut (as a person at the edge of a real photo).
    const visible = {
      left: Math.max(0, -left),
      top: Math.max(0, -top),
      right: Math.min(outW, W - left),
      bottom: Math.min(outH, H - top),
    };
    const buffer = await sharp(headPng)
      .extract({
        left: visible.left,
        top: visible.top,
        width: visible.right - visible.left,
        height: visible.bottom - visible.top,
      })
      .png()
      .toBuffer();
    layers.push({ input: buffer, left: left + visible.left, top: top + visible.top });
    const x0 = Math.max(0, place.cx - fw / 2);
    const y0 = Math.max(0, place.cy - fh / 2);
    const x1 = Math.min(W, place.cx + fw / 2);
    const y1 = Math.min(H, place.cy + fh / 2);
    boxes.push({ x: x0 / W, y: y0 / H, w: (x1 - x0) / W, h: (y1 - y0) / H });
  }
  let image = sharp(join(EXAMPLES, spec.background)).resize(W, H, { fit: 'cover' }).composite(layers);
  if (spec.grey) image = sharp(await image.png().toBuffer()).greyscale();
  await image.jpeg({ quality: 88 }).toFile(path);
  return boxes;
}

/** The real group photo, enlarged and in grey (three faces, marked by hand). */
async function greyGroup(path: string): Promise<RecallPhoto> {
  const marked = [
    [135, 110, 215, 195],
    [270, 145, 335, 215],
    [485, 65, 560, 150],
  ];
  if (!existsSync(path))
    await sharp(join(FIXTURES, 'group.jpg')).resize(1600).greyscale().jpeg({ quality: 90 }).toFile(path);
  return {
    name: 'grey-group',
    path,
    width: 1600,
    height: 1068,
    faces: marked.map(([x0, y0, x1, y1]) => ({
      x: x0! / 640,
      y: y0! / 427,
      w: (x1! - x0!) / 640,
      h: (y1! - y0!) / 427,
    })),
  };
}

export async function recallPhotos(): Promise<RecallPhoto[]> {
  mkdirSync(DIR, { recursive: true });
  const photos: RecallPhoto[] = [];
  for (const spec of COMPOSITES) {
    const path = join(DIR, `${spec.name}.jpg`);
    const faces = await makeComposite(spec, path);
    photos.push({ name: spec.name, path, width: W, height: H, faces });
  }
  photos.push(await greyGroup(join(DIR, 'grey-group.jpg')));
  return photos;
}
