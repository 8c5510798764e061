import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** The incoming photo slides in from the top over the outgoing one, which stays still. */
export const transition: TransitionImplementation = {
  name: 'slide-down',
  render: ({ progress, width, height, layer, out }) => {
    const placement = directionOffset('down', progress - 1);
    const incoming = layer('b', placement);
    mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
  },
};
