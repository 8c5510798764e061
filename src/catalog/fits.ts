import type { Entry, FitDescriptor } from './types.js';

export const fits: readonly Entry<FitDescriptor>[] = [
  {
    name: 'cover',
    description: 'Fills the frame, cropping around the subject.',
    aliases: ['crop', 'fill'],
    params: {},
  },
  {
    name: 'blur',
    description: 'Shows the whole photo over a blurred, dimmed copy of itself — no black bars.',
    aliases: ['contain-blur', 'blurred', 'blur-fill'],
    params: {
      blur: {
        type: 'number',
        min: 4,
        max: 120,
        default: 40,
        description: 'Blur of the background, in pixels at 1080p',
      },
      dim: {
        type: 'number',
        min: 0,
        max: 0.9,
        default: 0.35,
        description: 'How much darker the background is',
      },
    },
  },
  {
    name: 'color',
    description: 'Shows the whole photo on a solid colour.',
    aliases: ['contain', 'letterbox', 'fit'],
    params: {
      color: {
        type: 'color',
        default: '#000000',
        description: 'Background colour',
      },
    },
  },
];
