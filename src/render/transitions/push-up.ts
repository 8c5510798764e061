import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** Both photos move up together: the outgoing one is pushed out as the incoming one enters from the bottom. */
export const transition: TransitionImplementation = {
  name: 'push-up',
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('up', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('up', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
