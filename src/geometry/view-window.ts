import type { Box, Point, Size } from './types.js';

/**
 * The view window, the one model every part of Joy frames a photo with: at zoom z the view is the
 * largest window of the target aspect that fits the photo, divided by z, centred on a focus and pushed
 * back inside the photo where it would cross an edge. Sizes are pixels; boxes and points fractions.
 */

/** Size in pixels of the largest window of `aspect` inside the photo (zoom 1), divided by `zoom`. */
export function windowSize(size: Size, aspect: number, zoom = 1): Size {
  checkInputs(size, aspect);
  const [w, h] =
    size.width / size.height > aspect
      ? [size.height * aspect, size.height]
      : [size.width, size.width / aspect];
  const z = Math.max(1, zoom);
  return { width: w / z, height: h / z };
}

/** The window shown at `zoom` when the camera centres on `focus`: fractions of the photo. */
export function windowAt(size: Size, aspect: number, focus: Point, zoom = 1): Box {
  const { width, height } = windowSize(size, aspect, zoom);
  const cx = clamp(focus.x * size.width, width / 2, size.width - width / 2);
  const cy = clamp(focus.y * size.height, height / 2, size.height - height / 2);
  return {
    x: (cx - width / 2) / size.width,
    y: (cy - height / 2) / size.height,
    w: width / size.width,
    h: height / size.height,
  };
}

/** Whether `inner` lies inside `outer` (fractions), allowing a hair of rounding. */
export function contains(outer: Box, inner: Box, tolerance = 1e-9): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.w <= outer.x + outer.w + tolerance &&
    inner.y + inner.h <= outer.y + outer.h + tolerance
  );
}

/** `value` kept in [lo, hi]; the middle when the range is empty. */
export function clamp(value: number, lo: number, hi: number): number {
  return hi <= lo ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, value));
}

function checkInputs(size: Size, aspect: number): void {
  if (!(size.width > 0 && size.height > 0))
    throw new RangeError(`photo size must be positive, got ${size.width}×${size.height}`);
  if (!(aspect > 0 && Number.isFinite(aspect)))
    throw new RangeError(`aspect must be a positive number, got ${aspect}`);
}
