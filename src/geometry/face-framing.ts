import type { Box, Point, Size } from './types.js';
import { clamp, windowAt, windowSize } from './view-window.js';

/**
 * Framing from faces: which faces a window of the target aspect keeps, where the camera centres, and
 * how far a zoom may go before a kept face leaves the frame. Faces and results are fractions of the
 * upright photo; `aspect` is the output's width / height.
 */

export interface FramingOptions {
  /** Room kept around each face, as a share of its width and height on every side (default 0.25). */
  margin?: number;
  /** Zoom never goes past this (default 3). */
  maxZoom?: number;
  /** Where to centre when there are no faces (default the middle). */
  fallback?: Point;
}

export interface Framing {
  /** What the frame shows at zoom 1: a window of the target aspect. */
  crop: Box;
  /** Where the camera centres (a face group's middle, or the fallback). */
  focus: Point;
  /** Indices of the faces kept in frame. */
  faces: number[];
  /** Whether every face (with its margin) fits in the frame. */
  allFacesFit: boolean;
  /** Zooms about `focus` at which every kept face stays in frame, with its margin. */
  zoom: { min: number; max: number };
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The faces to keep in frame for `aspect`: all of them when they fit (with margin) in the window, else the
 * group that fits and carries the most face area (so one main face beats a few small ones behind it).
 */
export function chooseFaceGroup(
  size: Size,
  aspect: number,
  faces: readonly Box[],
  options: FramingOptions = {},
): number[] {
  if (faces.length === 0) return [];
  const { width, height } = windowSize(size, aspect);
  const rects = faces.map((face) => expanded(face, size, options.margin ?? 0.25));
  const weight = faces.map((face) => face.w * face.h * ((face as { score?: number }).score ?? 1));
  const slack = 1e-9 * Math.max(size.width, size.height);
  let best: number[] = [];
  let bestWeight = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  // A window holding a best group can always be slid until its left and top edges touch some face.
  for (const left of rects) {
    for (const top of rects) {
      const x0 = left.x0;
      const y0 = top.y0;
      const group: number[] = [];
      rects.forEach((r, i) => {
        if (
          r.x0 >= x0 - slack &&
          r.x1 <= x0 + width + slack &&
          r.y0 >= y0 - slack &&
          r.y1 <= y0 + height + slack
        )
          group.push(i);
      });
      if (group.length === 0) continue;
      const total = group.reduce((sum, i) => sum + weight[i]!, 0);
      const u = union(group.map((i) => rects[i]!));
      const distance = Math.hypot((u.x0 + u.x1) / 2 - size.width / 2, (u.y0 + u.y1) / 2 - size.height / 2);
      if (
        total > bestWeight * (1 + 1e-9) ||
        (Math.abs(total - bestWeight) <= bestWeight * 1e-9 && distance < bestDistance)
      ) {
        best = group;
        bestWeight = total;
        bestDistance = distance;
      }
    }
  }
  if (best.length > 0) return best;
  // Not even one face fits with its margin (a close-up): keep the most important face.
  let top = 0;
  weight.forEach((w, i) => {
    if (w > weight[top]!) top = i;
  });
  return [top];
}

/** Where the camera should centre for `aspect`: the middle of the kept faces (with margins), else the fallback. */
export function focusPoint(
  size: Size,
  aspect: number,
  faces: readonly Box[],
  options: FramingOptions = {},
): Point {
  const group = chooseFaceGroup(size, aspect, faces, options);
  if (group.length === 0) return options.fallback ?? { x: 0.5, y: 0.5 };
  const u = union(group.map((i) => expanded(faces[i]!, size, options.margin ?? 0.25)));
  return { x: (u.x0 + u.x1) / 2 / size.width, y: (u.y0 + u.y1) / 2 / size.height };
}

/**
 * Zooms about `focusPoint` that keep every kept face (with margin) in frame. The window centred on the
 * group's middle holds the group exactly when it is at least as large as the group, also when pushed back
 * from an edge, so the limit is the ratio of window to group size on the tighter axis.
 */
export function safeZoomRange(
  size: Size,
  aspect: number,
  faces: readonly Box[],
  options: FramingOptions = {},
): { min: number; max: number } {
  const maxZoom = Math.max(1, options.maxZoom ?? 3);
  const group = chooseFaceGroup(size, aspect, faces, options);
  if (group.length === 0) return { min: 1, max: maxZoom };
  const u = union(group.map((i) => expanded(faces[i]!, size, options.margin ?? 0.25)));
  const { width, height } = windowSize(size, aspect);
  const fit = Math.min(width / Math.max(1e-9, u.x1 - u.x0), height / Math.max(1e-9, u.y1 - u.y0));
  return { min: 1, max: clamp(fit, 1, maxZoom) };
}

/** Everything at once: kept faces, focus, crop at zoom 1, and the safe zoom range. */
export function frameForAspect(
  size: Size,
  aspect: number,
  faces: readonly Box[],
  options: FramingOptions = {},
): Framing {
  const focus = focusPoint(size, aspect, faces, options);
  return {
    crop: windowAt(size, aspect, focus, 1),
    focus,
    faces: chooseFaceGroup(size, aspect, faces, options),
    allFacesFit: fitsAll(size, aspect, faces, options),
    zoom: safeZoomRange(size, aspect, faces, options),
  };
}

function fitsAll(size: Size, aspect: number, faces: readonly Box[], options: FramingOptions): boolean {
  if (faces.length === 0) return true;
  const u = union(faces.map((face) => expanded(face, size, options.margin ?? 0.25)));
  const { width, height } = windowSize(size, aspect);
  const slack = 1e-9 * Math.max(size.width, size.height);
  return u.x1 - u.x0 <= width + slack && u.y1 - u.y0 <= height + slack;
}

/** A face box grown by its margin, in pixels, kept inside the photo. */
function expanded(face: Box, size: Size, margin: number): Rect {
  const mx = face.w * margin;
  const my = face.h * margin;
  return {
    x0: clamp((face.x - mx) * size.width, 0, size.width),
    y0: clamp((face.y - my) * size.height, 0, size.height),
    x1: clamp((face.x + face.w + mx) * size.width, 0, size.width),
    y1: clamp((face.y + face.h + my) * size.height, 0, size.height),
  };
}

function union(rects: readonly Rect[]): Rect {
  return {
    x0: Math.min(...rects.map((r) => r.x0)),
    y0: Math.min(...rects.map((r) => r.y0)),
    x1: Math.max(...rects.map((r) => r.x1)),
    y1: Math.max(...rects.map((r) => r.y1)),
  };
}

/** What analysis knows of a photo that framing needs (a draft's media reference has these fields). */
export interface FramedPhoto {
  width?: number | undefined;
  height?: number | undefined;
  faces?: readonly Box[] | undefined;
  focus?: Point | undefined;
}

export interface PhotoFraming {
  /** Where the camera centres for this canvas. */
  focus: Point;
  /** Indices into the photo's faces of those kept in frame, and of those left out. */
  kept: number[];
  left: number[];
}

/**
 * The framing of a photo with faces for a canvas shape: the faces kept (all when they fit with their
 * margin, else the group carrying the most face area) and the focus at their middle. Derived from the
 * analysis each time, never written back to it, so a later canvas shape can keep faces this one could not.
 */
export function photoFraming(photo: FramedPhoto, canvas: Size): PhotoFraming | undefined {
  const faces = photo.faces ?? [];
  if (faces.length === 0 || !photo.width || !photo.height) return undefined;
  const size = { width: photo.width, height: photo.height };
  const aspect = canvas.width / canvas.height;
  const kept = chooseFaceGroup(size, aspect, faces);
  const focus = focusPoint(size, aspect, faces, photo.focus ? { fallback: photo.focus } : {});
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return {
    focus: { x: round(focus.x), y: round(focus.y) },
    kept,
    left: faces.map((_, i) => i).filter((i) => !kept.includes(i)),
  };
}
