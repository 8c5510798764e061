import { join } from 'node:path';
import type { Box } from '../../src/analyse/index.js';

export const FIXTURES = new URL('../fixtures/analyse/', import.meta.url).pathname;

export const photo = (name: 'astronaut' | 'coffee' | 'rocket' | 'chelsea' | 'group') =>
  join(FIXTURES, `${name}.jpg`);

/** Pixel sizes of the fixtures and faces marked by hand (pixels: left, top, right, bottom). */
export const ANNOTATIONS = {
  astronaut: { width: 512, height: 512, faces: [[175, 75, 270, 190]] },
  group: {
    width: 640,
    height: 427,
    faces: [
      [135, 110, 215, 195],
      [270, 145, 335, 215],
      [485, 65, 560, 150],
    ],
  },
} as const;

/** A hand-marked face as a fractional box. */
export function markedBox(name: keyof typeof ANNOTATIONS, index: number): Box {
  const a = ANNOTATIONS[name];
  const [x0, y0, x1, y1] = a.faces[index]!;
  return { x: x0 / a.width, y: y0 / a.height, w: (x1 - x0) / a.width, h: (y1 - y0) / a.height };
}

/** Intersection over union of two boxes. */
export function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter / (a.w * a.h + b.w * b.h - inter);
}

export function inside(point: { x: number; y: number }, box: Box): boolean {
  return point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h;
}
