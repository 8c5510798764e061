import type { MotionPlugin } from '../plugin-types.js';

/** A stronger zoom that travels toward a point: the subject found in the photo, or the given x/y. */
export const motion: MotionPlugin = {
  kind: 'motion',
  name: 'push-in',
  title: 'Push in',
  description: 'Pushes in firmly toward a point — the subject by default, or the given x/y.',
  aliases: ['push', 'dolly-in', 'focus-in'],
  params: {
    toward: {
      type: 'enum',
      values: ['subject', 'point'],
      default: 'subject',
      description: 'Push toward the detected subject, or toward x/y',
    },
    x: {
      type: 'number',
      min: 0,
      max: 1,
      default: 0.5,
      description: 'Target across the photo (0 left, 1 right)',
    },
    y: {
      type: 'number',
      min: 0,
      max: 1,
      default: 0.5,
      description: 'Target down the photo (0 top, 1 bottom)',
    },
  },
  camera: (t, strength, params) => ({
    zoom: 1 + 0.55 * strength * t,
    x: 0,
    y: 0,
    rotation: 0,
    focus: params.toward === 'point' ? { x: Number(params.x), y: Number(params.y) } : undefined,
  }),
};
