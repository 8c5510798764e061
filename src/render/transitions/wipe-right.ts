import { mixWipe } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** A soft edge travels right across the picture, revealing the next photo from the left; nothing moves. */
export const transition: TransitionImplementation = {
  name: 'wipe-right',
  render: ({ progress, params, width, layer, out }) => {
    const band = Number(params.softness) * width;
    mixWipe(out, layer('a'), layer('b'), 'right', progress, band);
  },
};
