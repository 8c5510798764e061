import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'zoom-in',
  title: 'Zoom in',
  description: 'Moves slowly closer to the subject (Ken Burns).',
  aliases: ['ken-burns', 'zoom'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.3 * strength * t, x: 0, y: 0, rotation: 0 }),
};
