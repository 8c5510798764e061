import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'pan-up',
  title: 'Pan up',
  description: 'Glides upward, from the bottom of the photo to the top.',
  aliases: ['tilt-up', 'pan-bottom-to-top'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 0, y: 1 - 2 * t, rotation: 0 }),
};
