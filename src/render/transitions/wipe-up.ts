import { mixWipe } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** A soft edge travels up across the picture, revealing the next photo from the bottom; nothing moves. */
export const transition: TransitionImplementation = {
  name: 'wipe-up',
  render: ({ progress, params, height, layer, out }) => {
    const band = Number(params.softness) * height;
    mixWipe(out, layer('a'), layer('b'), 'up', progress, band);
  },
};
