import type { Entry, TextAnimationDescriptor } from './types.js';

export const textAnimations: readonly Entry<TextAnimationDescriptor>[] = [
  {
    name: 'none',
    description: 'Text appears and disappears at once.',
    aliases: ['static', 'still'],
    params: {},
  },
  {
    name: 'fade',
    description: 'Fades in and out.',
    aliases: ['fade-in', 'fade-in-out'],
    params: {
      durationMs: {
        type: 'number',
        min: 0,
        max: 3000,
        default: 400,
        description: 'Fade length',
        unit: 'ms',
      },
    },
  },
  {
    name: 'slide-up',
    description: 'Rises gently into place while fading in, then fades out.',
    aliases: ['rise', 'slide-in', 'float-up', 'move-up'],
    params: {
      durationMs: {
        type: 'number',
        min: 0,
        max: 3000,
        default: 500,
        description: 'Length of the entrance',
        unit: 'ms',
      },
      distance: {
        type: 'number',
        min: 0,
        max: 3,
        default: 0.8,
        description: 'How far below its place it starts, in line heights',
      },
    },
  },
  {
    name: 'typewriter',
    description: 'Types the text out character by character.',
    aliases: ['typing', 'type', 'type-on', 'typed'],
    params: {
      durationMs: {
        type: 'number',
        min: 0,
        max: 10000,
        default: 1200,
        description: 'Time to type the whole text',
        unit: 'ms',
      },
      fadeOutMs: {
        type: 'number',
        min: 0,
        max: 3000,
        default: 300,
        description: 'Fade at the end',
        unit: 'ms',
      },
    },
  },
  {
    name: 'pop',
    description: 'Pops in quickly with a small bounce, fades out quickly.',
    aliases: ['pop-in', 'bounce', 'spring', 'bounce-in'],
    params: {
      durationMs: {
        type: 'number',
        min: 0,
        max: 2000,
        default: 380,
        description: 'Length of the entrance',
        unit: 'ms',
      },
    },
  },
];
