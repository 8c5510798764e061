import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'pan-right',
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 2 * t - 1, y: 0, rotation: 0 }),
};
