import type { MotionImplementation } from '../plugin-types.js';

export const motion: MotionImplementation = {
  name: 'static',
  camera: () => ({ zoom: 1, x: 0, y: 0, rotation: 0 }),
};
