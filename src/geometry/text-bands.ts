import type { PlateGeometry, ViewRect } from './camera-view.js';
import type { Box } from './types.js';

/**
 * Where a text may sit without covering a face: the vertical band each text position takes on screen,
 * the span a face box covers in a camera's view, and the free position nearest to the one wanted. The
 * renderer's text placement pass feeds it the face boxes through each photo's motion.
 */
export type TextBand = 'top' | 'center' | 'bottom' | 'lower-third';

/** Rough vertical band of each text position, fractions of the canvas height (see render/text/layout.ts). */
export const TEXT_BANDS: Record<TextBand, [number, number]> = {
  top: [0.04, 0.24],
  center: [0.4, 0.6],
  'lower-third': [0.66, 0.84],
  bottom: [0.78, 0.96],
};

/**
 * The vertical span (fractions of the view height, top to bottom, unclamped) a face box (plate
 * fractions) covers in a camera's view of the plate.
 */
export function spanInView(box: Box, geometry: PlateGeometry, view: ViewRect): [number, number] {
  const viewTop = view.cy - view.height / 2;
  return [
    (box.y * geometry.height - viewTop) / view.height,
    ((box.y + box.h) * geometry.height - viewTop) / view.height,
  ];
}

/** The text position nearest to `wanted` whose band covers no face span; `wanted` when none is free. */
export function positionAwayFromFaces(wanted: TextBand, spans: readonly [number, number][]): TextBand {
  const overlap = (position: TextBand) => {
    const [a, b] = TEXT_BANDS[position];
    return spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
  };
  if (overlap(wanted) === 0) return wanted;
  const order: TextBand[] =
    wanted === 'top' ? ['bottom', 'lower-third', 'center'] : ['bottom', 'top', 'lower-third', 'center'];
  return order.find((position) => overlap(position) === 0) ?? wanted;
}
