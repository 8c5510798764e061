import type { Entry, TransitionDescriptor } from './types.js';

export const transitions: readonly Entry<TransitionDescriptor>[] = [
  {
    name: 'cut',
    description: 'A hard cut with no overlap.',
    aliases: ['none', 'hard-cut', 'no-transition'],
    params: {},
  },
  {
    name: 'crossfade',
    description: 'The next photo dissolves in over the current one.',
    aliases: ['fade', 'dissolve', 'cross-dissolve', 'mix'],
    params: {},
  },
  {
    name: 'fade-black',
    description: 'Fades to black, then the next photo fades in.',
    aliases: ['fade-to-black', 'fade-through-black', 'dip-to-black', 'black-flash', 'dip-black'],
    params: {
      hold: {
        type: 'number',
        min: 0,
        max: 0.8,
        default: 0.1,
        description: 'Share of the transition spent fully black',
      },
    },
  },
  {
    name: 'fade-white',
    description: 'Fades to white, then the next photo fades in.',
    aliases: [
      'fade-to-white',
      'fade-through-white',
      'dip-to-white',
      'white-flash',
      'flash-white',
      'flash',
      'white-dip',
    ],
    params: {
      hold: {
        type: 'number',
        min: 0,
        max: 0.8,
        default: 0.1,
        description: 'Share of the transition spent fully white',
      },
    },
  },
  {
    name: 'slide-left',
    description: 'The next photo slides in from the right, over the current one.',
    aliases: ['slide', 'slide-from-right'],
    params: {},
  },
  {
    name: 'slide-right',
    description: 'The next photo slides in from the left, over the current one.',
    aliases: ['slide-from-left'],
    params: {},
  },
  {
    name: 'slide-up',
    description: 'The next photo slides in from the bottom, over the current one.',
    aliases: ['slide-from-bottom'],
    params: {},
  },
  {
    name: 'slide-down',
    description: 'The next photo slides in from the top, over the current one.',
    aliases: ['slide-from-top'],
    params: {},
  },
  {
    name: 'push-left',
    description: 'The next photo enters from the right and pushes the current one out.',
    aliases: ['push', 'push-from-right'],
    params: {},
  },
  {
    name: 'push-right',
    description: 'The next photo enters from the left and pushes the current one out.',
    aliases: ['push-from-left'],
    params: {},
  },
  {
    name: 'push-up',
    description: 'The next photo enters from the bottom and pushes the current one out.',
    aliases: ['push-from-bottom'],
    params: {},
  },
  {
    name: 'push-down',
    description: 'The next photo enters from the top and pushes the current one out.',
    aliases: ['push-from-top'],
    params: {},
  },
  {
    name: 'wipe-left',
    description: 'A soft edge sweeps left across the picture, revealing the next photo from the right.',
    aliases: ['wipe', 'wipe-from-right'],
    params: {
      softness: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.08,
        description: 'Width of the soft edge, as a share of the picture width',
      },
    },
  },
  {
    name: 'wipe-right',
    description: 'A soft edge sweeps right across the picture, revealing the next photo from the left.',
    aliases: ['wipe-from-left'],
    params: {
      softness: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.08,
        description: 'Width of the soft edge, as a share of the picture width',
      },
    },
  },
  {
    name: 'wipe-up',
    description: 'A soft edge sweeps up across the picture, revealing the next photo from the bottom.',
    aliases: ['wipe-from-bottom'],
    params: {
      softness: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.08,
        description: 'Width of the soft edge, as a share of the picture height',
      },
    },
  },
  {
    name: 'wipe-down',
    description: 'A soft edge sweeps down across the picture, revealing the next photo from the top.',
    aliases: ['wipe-from-top'],
    params: {
      softness: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.08,
        description: 'Width of the soft edge, as a share of the picture height',
      },
    },
  },
  {
    name: 'zoom-in',
    description: 'The current photo zooms in toward you while it fades into the next one.',
    aliases: ['zoom', 'zoom-transition', 'zoom-blend', 'zoom-through', 'zoom-fade'],
    params: {
      amount: {
        type: 'number',
        min: 0.05,
        max: 2,
        default: 0.4,
        description: 'How much larger the outgoing photo grows by the end (0.4 = 140 %)',
      },
    },
  },
  {
    name: 'zoom-out',
    description: 'The current photo shrinks away while it fades into the next one.',
    aliases: ['zoom-away', 'pull-back', 'shrink'],
    params: {
      amount: {
        type: 'number',
        min: 0.05,
        max: 0.9,
        default: 0.3,
        description: 'How much smaller the outgoing photo gets by the end (0.3 = 70 %)',
      },
    },
  },
  {
    name: 'circle',
    description: 'A circle opens from the centre and reveals the next photo (an iris).',
    aliases: ['iris', 'iris-open', 'iris-in', 'circle-open', 'circle-reveal', 'circle-wipe'],
    params: {
      softness: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.06,
        description: 'Width of the soft edge, as a share of the picture’s short side',
      },
      x: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.5,
        description: 'Centre of the circle, share of the width',
      },
      y: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.5,
        description: 'Centre of the circle, share of the height',
      },
    },
  },
  {
    name: 'blur-dissolve',
    description: 'Both photos go soft while they dissolve into each other, then the next one sharpens.',
    aliases: ['blur', 'blur-transition', 'blur-fade', 'dreamy', 'soft-dissolve'],
    params: {
      blur: {
        type: 'number',
        min: 0,
        max: 0.1,
        default: 0.025,
        description: 'Blur at the midpoint, as a share of the picture’s short side',
      },
    },
  },
  {
    name: 'whip-pan',
    description: 'A fast sideways swing with motion blur from the current photo to the next.',
    aliases: ['whip', 'swish', 'swish-pan', 'whip-transition', 'flick', 'whip-pans', 'whippan'],
    params: {
      direction: {
        type: 'enum',
        values: ['left', 'right'],
        default: 'left',
        description: 'Which way the pictures rush',
      },
      blur: {
        type: 'number',
        min: 0,
        max: 0.5,
        default: 0.18,
        description: 'Length of the motion blur at full speed, as a share of the picture width',
      },
    },
  },
];
