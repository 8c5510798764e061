import type { Point, Size } from './types.js';

/**
 * Where a camera (zoom, pan, rotation on a photo's plate) looks, in plate pixels. Everything is
 * continuous: no rounding to pixels anywhere, so motion is smooth. The renderer samples this view;
 * face checks and text placement test boxes against the very same view.
 */
export interface PlateGeometry extends Size {
  /** Where the subject is, as fractions of the plate. */
  focus: Point;
}

/** The parts of a camera the view depends on (see the renderer's Camera). */
export interface CameraPose {
  zoom: number;
  x: number;
  y: number;
  rotation: number;
  focus?: Point | undefined;
  reach?: Point | undefined;
}

export interface ViewRect {
  /** View centre in plate pixels (continuous coordinates). */
  cx: number;
  cy: number;
  /** View width in plate pixels (before rotation). */
  width: number;
  height: number;
  rotation: number;
}

/** Share of the view a pan may travel to each side, so a wide panorama is not crossed in a blur. */
const MAX_TRAVEL = 0.6;

export function viewRect(
  plate: PlateGeometry,
  canvasWidth: number,
  canvasHeight: number,
  camera: CameraPose,
): ViewRect {
  const aspect = canvasWidth / canvasHeight;
  const { width: pw, height: ph } = plate;
  const [baseW, baseH] = pw / ph > aspect ? [ph * aspect, ph] : [pw, pw / aspect];
  const cos = Math.abs(Math.cos(camera.rotation));
  const sin = Math.abs(Math.sin(camera.rotation));
  // A rotated view must still fit inside the photo: zoom in by what the rotation's bounding box needs.
  const rotationZoom = Math.max(cos + sin / aspect, cos + sin * aspect);
  const zoom = Math.max(1, camera.zoom) * rotationZoom;
  const width = baseW / zoom;
  const height = baseH / zoom;
  const boundW = width * cos + height * sin;
  const boundH = width * sin + height * cos;
  const focus = camera.focus ?? plate.focus;
  const reach = camera.reach ?? { x: 1, y: 1 };
  const cx = travel(focus.x * pw, boundW / 2, pw - boundW / 2, camera.x, width * MAX_TRAVEL, reach.x);
  const cy = travel(focus.y * ph, boundH / 2, ph - boundH / 2, camera.y, height * MAX_TRAVEL, reach.y);
  return { cx, cy, width, height, rotation: camera.rotation };
}

/**
 * Position along one axis: `amount` in −1…1 moves linearly around a centre chosen so the whole travel
 * (up to ±`reach`) stays inside [lo, hi]. Linear in `amount`, so eased input gives eased motion with no
 * kink; with no travel (reach 0) the centre is the target itself, pushed inside [lo, hi].
 */
function travel(target: number, lo: number, hi: number, amount: number, cap: number, reach = 1): number {
  if (hi <= lo) return (lo + hi) / 2;
  const half = Math.min(cap, (hi - lo) / 2);
  const room = half * Math.min(1, Math.max(Math.abs(amount), reach));
  const centre = Math.min(hi - room, Math.max(lo + room, target));
  return centre + amount * half;
}
