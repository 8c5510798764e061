import { blurFrameSmooth, mix } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/**
 * Both photos blur toward the middle of the transition while they mix, then the incoming one sharpens.
 * Blurring is linear, so blurring the mix equals mixing the two blurred photos, at half the cost.
 */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'blur-dissolve',
  title: 'Blur dissolve',
  description: 'Both photos go soft while they dissolve into each other, then the next one sharpens.',
  aliases: ['blur', 'blur-transition', 'blur-fade', 'dreamy', 'soft-dissolve'],
  params: {
    blur: {
      type: 'number',
      min: 0,
      max: 0.1,
      default: 0.025,
      description: 'Blur at the midpoint, as a share of the picture’s short side',
      animatable: true,
    },
  },
  render: ({ progress, params, width, height, layer, out }) => {
    mix(out, layer('a'), layer('b'), progress);
    const peak = 1 - Math.abs(2 * progress - 1);
    blurFrameSmooth(out, Number(params.blur) * Math.min(width, height) * peak);
  },
};
