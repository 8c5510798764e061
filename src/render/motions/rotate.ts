import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'rotate',
  camera: (t, strength) => ({
    zoom: 1 + 0.08 * strength * t,
    x: 0,
    y: 0,
    rotation: ((-1 + 2 * t) * 3 * strength * Math.PI) / 180,
  }),
};
