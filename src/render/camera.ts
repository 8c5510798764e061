import type { Camera, Placement } from './plugin-types.js';
import type { Affine } from './sampler.js';

/**
 * Turns a camera (zoom, pan, rotation on a photo) into the affine maps that sample the photo's planes
 * for a canvas. Everything is continuous: no rounding to pixels anywhere, so motion is smooth.
 */
export interface PlateGeometry {
  width: number;
  height: number;
  /** Where the subject is, as fractions of the plate. */
  focus: { x: number; y: number };
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
  camera: Camera,
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

/**
 * Affine maps (index space) from canvas pixels to plate pixels for the luma plane and the chroma planes.
 * Placement moves/scales the whole layer on the canvas (transitions).
 */
export function layerAffines(
  view: ViewRect,
  canvasWidth: number,
  canvasHeight: number,
  placement: Placement | undefined,
): { luma: Affine; chroma: Affine } {
  const scale = placement?.scale ?? 1;
  const k = view.width / canvasWidth / scale;
  const cos = Math.cos(view.rotation);
  const sin = Math.sin(view.rotation);
  // Continuous coordinates: plate = M·canvas + T.
  const m11 = k * cos;
  const m12 = -k * sin;
  const m21 = k * sin;
  const m22 = k * cos;
  const ox = canvasWidth / 2 + (placement?.dx ?? 0) * canvasWidth;
  const oy = canvasHeight / 2 + (placement?.dy ?? 0) * canvasHeight;
  const tx = view.cx - (m11 * ox + m12 * oy);
  const ty = view.cy - (m21 * ox + m22 * oy);
  // Luma index space: pixel i has its centre at i + 0.5.
  const luma: Affine = {
    a: m11,
    b: m12,
    c: m11 * 0.5 + m12 * 0.5 + tx - 0.5,
    d: m21,
    e: m22,
    f: m21 * 0.5 + m22 * 0.5 + ty - 0.5,
  };
  // Chroma pixel j covers luma [2j, 2j+2): its centre is at 2j + 1; the plate's chroma is half size too.
  const chroma: Affine = {
    a: m11,
    b: m12,
    c: (m11 + m12 + tx) / 2 - 0.5,
    d: m21,
    e: m22,
    f: (m21 + m22 + ty) / 2 - 0.5,
  };
  return { luma, chroma };
}
