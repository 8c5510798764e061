import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** Both photos move left together: the outgoing one is pushed out as the incoming one enters from the right. */
export const transition: TransitionImplementation = {
  name: 'push-left',
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('left', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('left', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
