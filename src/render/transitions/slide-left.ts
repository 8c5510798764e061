import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** The incoming photo slides in from the right over the outgoing one, which stays still. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'slide-left',
  title: 'Slide left',
  description: 'The next photo slides in from the right, over the current one.',
  aliases: ['slide', 'slide-from-right'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const placement = directionOffset('left', progress - 1);
    const incoming = layer('b', placement);
    mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
  },
};
