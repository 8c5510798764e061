import { mixWipe } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** A soft edge travels left across the picture, revealing the next photo from the right; nothing moves. */
export const transition: TransitionImplementation = {
  name: 'wipe-left',
  render: ({ progress, params, width, layer, out }) => {
    const band = Number(params.softness) * width;
    mixWipe(out, layer('a'), layer('b'), 'left', progress, band);
  },
};
