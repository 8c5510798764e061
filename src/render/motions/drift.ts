import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'drift',
  camera: (t, strength) => ({
    zoom: 1 + 0.1 * strength + 0.08 * strength * t,
    x: 2 * t - 1,
    y: 2 * t - 1,
    rotation: 0,
  }),
};
