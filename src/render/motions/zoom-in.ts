import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'zoom-in',
  camera: (t, strength) => ({ zoom: 1 + 0.3 * strength * t, x: 0, y: 0, rotation: 0 }),
};
