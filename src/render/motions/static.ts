import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'static',
  title: 'Static',
  description: 'Holds the photo still.',
  aliases: ['still', 'none', 'no-motion'],
  params: {},
  camera: () => ({ zoom: 1, x: 0, y: 0, rotation: 0 }),
};
