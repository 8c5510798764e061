import { blurFrameHorizontal, directionOffset, mixRect, placedRect } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/**
 * A fast camera swing: both photos rush sideways together (like a push) with horizontal motion blur
 * whose length follows the speed of an eased move: none at the ends, longest at the midpoint. The blur
 * runs along rows only (box filters with running sums, cost independent of length), so it reads as
 * motion, not soft focus.
 */
export const transition: TransitionImplementation = {
  name: 'whip-pan',
  render: ({ progress, params, width, height, layer, out }) => {
    const direction = params.direction === 'right' ? 'right' : 'left';
    const incomingPlacement = directionOffset(direction, progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset(direction, progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
    // Speed profile of an eased move: zero at both ends, greatest in the middle.
    const speed = 4 * progress * (1 - progress);
    blurFrameHorizontal(out, Number(params.blur) * width * speed);
  },
};
