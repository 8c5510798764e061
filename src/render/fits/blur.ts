import type { FitPlugin } from '../plugin-types.js';

export const fit: FitPlugin = {
  kind: 'fit',
  name: 'blur',
  title: 'Fit on blurred background',
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
  layout: (params) => ({
    mode: 'contain',
    background: 'blur',
    blurRadius: Number(params.blur),
    dim: Number(params.dim),
  }),
};
