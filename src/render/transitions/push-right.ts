import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** Both photos move right together: the outgoing one is pushed out as the incoming one enters from the left. */
export const transition: TransitionImplementation = {
  name: 'push-right',
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('right', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('right', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
