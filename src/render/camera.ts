import type { ViewRect } from '../geometry/index.js';
import type { Placement } from './plugin-types.js';
import type { Affine } from './sampler.js';

/**
 * Samples a camera's view (src/geometry's `viewRect`) for a canvas: the affine maps from canvas pixels
 * to the photo's planes. Continuous throughout, so motion is smooth.
 */
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
