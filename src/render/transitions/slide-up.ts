import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** The incoming photo slides in from the bottom over the outgoing one, which stays still. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'slide-up',
  title: 'Slide up',
  description: 'The next photo slides in from the bottom, over the current one.',
  aliases: ['slide-from-bottom'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const placement = directionOffset('up', progress - 1);
    const incoming = layer('b', placement);
    mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
  },
};
