import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'pan-down',
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 0, y: 2 * t - 1, rotation: 0 }),
};
