import { directionOffset, mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** The incoming photo slides in from the top over the outgoing one, which stays still. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'slide-down',
  title: 'Slide down',
  description: 'The next photo slides in from the top, over the current one.',
  aliases: ['slide-from-top'],
  params: {},
  render: ({ progress, width, height, layer, out }) => {
    const placement = directionOffset('down', progress - 1);
    const incoming = layer('b', placement);
    mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
  },
};
