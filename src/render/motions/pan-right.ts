import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'pan-right',
  title: 'Pan right',
  description: 'Glides from left to right across the photo.',
  aliases: ['pan', 'pan-left-to-right'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.12 * strength, x: 2 * t - 1, y: 0, rotation: 0 }),
};
