import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'pan-up',
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 0, y: 1 - 2 * t, rotation: 0 }),
};
