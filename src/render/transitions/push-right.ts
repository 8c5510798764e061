import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** Both photos move right together: the outgoing one is pushed out as the incoming one enters from the left. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'push-right',
  title: 'Push right',
  description: 'The next photo enters from the left and pushes the current one out.',
  aliases: ['push-from-left'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('right', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('right', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
