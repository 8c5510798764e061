import type { Entry, MotionDescriptor } from './types.js';

export const motions: readonly Entry<MotionDescriptor>[] = [
  {
    name: 'static',
    description: 'Holds the photo still.',
    aliases: ['still', 'none', 'no-motion'],
    params: {},
  },
  {
    name: 'zoom-in',
    description: 'Moves slowly closer to the subject (Ken Burns).',
    aliases: ['ken-burns', 'zoom'],
    params: {},
  },
  {
    name: 'zoom-out',
    description: 'Starts close on the subject and slowly reveals the whole photo.',
    aliases: ['pull-out', 'pull-back'],
    params: {},
  },
  {
    name: 'pan-left',
    description: 'Glides from right to left across the photo.',
    aliases: ['pan-right-to-left'],
    params: {},
  },
  {
    name: 'pan-right',
    description: 'Glides from left to right across the photo.',
    aliases: ['pan', 'pan-left-to-right'],
    params: {},
  },
  {
    name: 'pan-up',
    description: 'Glides upward, from the bottom of the photo to the top.',
    aliases: ['tilt-up', 'pan-bottom-to-top'],
    params: {},
  },
  {
    name: 'pan-down',
    description: 'Glides downward, from the top of the photo to the bottom.',
    aliases: ['tilt-down', 'pan-top-to-bottom'],
    params: {},
  },
  {
    name: 'drift',
    description: 'Drifts diagonally while easing in a little closer.',
    aliases: ['diagonal', 'diagonal-drift', 'float'],
    params: {},
  },
  {
    name: 'push-in',
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
  },
  {
    name: 'rotate',
    description: 'Turns the photo a few degrees while zooming slightly, never showing an edge.',
    aliases: ['rotation', 'spin', 'tilt'],
    params: {},
  },
  {
    name: 'parallax',
    description:
      'Lifts the people off the background and moves them against it, like a camera travelling through the scene. Photos without people get a gentle camera move.',
    aliases: ['3d', '2.5d', 'depth', 'bring-to-life', 'live-photo'],
    layered: true,
    params: {
      direction: {
        type: 'enum',
        values: ['in', 'left', 'right', 'up'],
        default: 'in',
        description: 'Camera travel: toward the people, or across them to the left, right or upward',
      },
    },
  },
];
