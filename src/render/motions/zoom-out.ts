import type { MotionPlugin } from '../plugin-types.js';

export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'zoom-out',
  title: 'Zoom out',
  description: 'Starts close on the subject and slowly reveals the whole photo.',
  aliases: ['pull-out', 'pull-back'],
  params: {},
  camera: (t, strength) => ({ zoom: 1 + 0.3 * strength * (1 - t), x: 0, y: 0, rotation: 0 }),
};
