import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'pan-left',
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 1 - 2 * t, y: 0, rotation: 0 }),
};
