import { blurFrameSmooth, mix } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/**
 * Both photos blur toward the middle of the transition while they mix, then the incoming one sharpens.
 * Blurring is linear, so blurring the mix equals mixing the two blurred photos, at half the cost.
 */
export const transition: TransitionImplementation = {
  name: 'blur-dissolve',
  render: ({ progress, params, width, height, layer, out }) => {
    mix(out, layer('a'), layer('b'), progress);
    const peak = 1 - Math.abs(2 * progress - 1);
    blurFrameSmooth(out, Number(params.blur) * Math.min(width, height) * peak);
  },
};
