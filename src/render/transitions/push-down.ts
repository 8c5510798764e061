import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** Both photos move down together: the outgoing one is pushed out as the incoming one enters from the top. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'push-down',
  title: 'Push down',
  description: 'The next photo enters from the top and pushes the current one out.',
  aliases: ['push-from-top'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('down', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('down', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
