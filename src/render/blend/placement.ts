import type { Placement } from '../plugin-types.js';
/** Where a moved layer lands: direction offsets and the rectangle a placed layer covers. */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Placement that moves a layer `amount` canvas-lengths in `direction` (negative moves it back). */
export function directionOffset(direction: Direction, amount: number): Placement {
  switch (direction) {
    case 'left':
      return { dx: -amount, dy: 0 };
    case 'right':
      return { dx: amount, dy: 0 };
    case 'up':
      return { dx: 0, dy: -amount };
    case 'down':
      return { dx: 0, dy: amount };
  }
}

/**
 * The rectangle (canvas pixels, may reach past the edges) a full-canvas layer covers once placed.
 * Transitions turn it into a coverage mask with `buildRectMask`.
 */
export function placedRect(
  width: number,
  height: number,
  placement: Placement | undefined,
): { left: number; top: number; right: number; bottom: number } {
  const s = placement?.scale ?? 1;
  const ox = (placement?.dx ?? 0) * width;
  const oy = (placement?.dy ?? 0) * height;
  const cx = width / 2;
  const cy = height / 2;
  return { left: cx - cx * s + ox, right: cx + cx * s + ox, top: cy - cy * s + oy, bottom: cy + cy * s + oy };
}
