import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** Both photos move down together: the outgoing one is pushed out as the incoming one enters from the top. */
export const transition: TransitionImplementation = {
  name: 'push-down',
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('down', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('down', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
