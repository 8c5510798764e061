import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'zoom-out',
  camera: (t, strength) => ({ zoom: 1 + 0.3 * strength * (1 - t), x: 0, y: 0, rotation: 0 }),
};
