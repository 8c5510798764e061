import { mixRect, placedRect } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/**
 * The outgoing photo shrinks away from the viewer while fading; the incoming one shows through it and
 * around it (the shrinking picture's edges are anti-aliased by their pixel coverage).
 */
export const transition: TransitionImplementation = {
  name: 'zoom-out',
  render: ({ progress, params, width, height, layer, out }) => {
    const placement = { scale: 1 - Number(params.amount) * progress };
    const outgoing = layer('a', placement);
    mixRect(out, layer('b'), outgoing, placedRect(width, height, placement), 1 - progress);
  },
};
