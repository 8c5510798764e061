import { mixWipe } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** A soft edge travels down across the picture, revealing the next photo from the top; nothing moves. */
export const transition: TransitionImplementation = {
  name: 'wipe-down',
  render: ({ progress, params, height, layer, out }) => {
    const band = Number(params.softness) * height;
    mixWipe(out, layer('a'), layer('b'), 'down', progress, band);
  },
};
