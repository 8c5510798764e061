import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'pan-left',
  title: 'Pan left',
  description: 'Glides from right to left across the photo.',
  aliases: ['pan-right-to-left'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 1 - 2 * t, y: 0, rotation: 0 }),
};
