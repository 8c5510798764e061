import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** Both photos move left together: the outgoing one is pushed out as the incoming one enters from the right. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'push-left',
  title: 'Push left',
  description: 'The next photo enters from the right and pushes the current one out.',
  aliases: ['push', 'push-from-right'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const incomingPlacement = directionOffset('left', progress - 1);
    const incoming = layer('b', incomingPlacement);
    const outgoing = layer('a', directionOffset('left', progress));
    mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
  },
};
