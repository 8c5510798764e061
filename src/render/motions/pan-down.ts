import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'pan-down',
  title: 'Pan down',
  description: 'Glides downward, from the top of the photo to the bottom.',
  aliases: ['tilt-down', 'pan-top-to-bottom'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 0, y: 2 * t - 1, rotation: 0 }),
};
