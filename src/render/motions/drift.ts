import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'drift',
  title: 'Diagonal drift',
  description: 'Drifts diagonally while easing in a little closer.',
  aliases: ['diagonal', 'diagonal-drift', 'float'],
  params: {},
  camera: (t, strength) => ({
    zoom: 1 + 0.1 * strength + 0.08 * strength * t,
    x: 2 * t - 1,
    y: 2 * t - 1,
    rotation: 0,
  }),
};
