import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** The incoming photo slides in from the left over the outgoing one, which stays still. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'slide-right',
  title: 'Slide right',
  description: 'The next photo slides in from the left, over the current one.',
  aliases: ['slide-from-left'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const placement = directionOffset('right', progress - 1);
    const incoming = layer('b', placement);
    mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
  },
};
