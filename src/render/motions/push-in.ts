import type { MotionImplementation } from '../plugin-types.js';

/** A stronger zoom that travels toward a point: the subject found in the photo, or the given x/y. */
export const motion: MotionImplementation = {
  name: 'push-in',
  camera: (t, strength, params) => ({
    zoom: 1 + 0.55 * strength * t,
    x: 0,
    y: 0,
    rotation: 0,
    focus: params.toward === 'point' ? { x: Number(params.x), y: Number(params.y) } : undefined,
  }),
};
