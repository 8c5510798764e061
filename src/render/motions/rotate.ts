import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'rotate',
  title: 'Gentle rotate',
  description: 'Turns the photo a few degrees while zooming slightly, never showing an edge.',
  aliases: ['rotation', 'spin', 'tilt'],
  params: {},
  camera: (t, strength) => ({
    zoom: 1 + 0.08 * strength * t,
    x: 0,
    y: 0,
    rotation: ((-1 + 2 * t) * 3 * strength * Math.PI) / 180,
  }),
};
