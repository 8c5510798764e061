import { mixRect, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/**
 * The outgoing photo shrinks away from the viewer while fading; the incoming one shows through it and
 * around it (the shrinking picture's edges are anti-aliased by their pixel coverage).
 */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'zoom-out',
  title: 'Zoom out',
  description: 'The current photo shrinks away while it fades into the next one.',
  aliases: ['zoom-away', 'pull-back', 'shrink'],
  params: {
    amount: {
      type: 'number',
      min: 0.05,
      max: 0.9,
      default: 0.3,
      description: 'How much smaller the outgoing photo gets by the end (0.3 = 70 %)',
      animatable: true,
    },
  },
  render: ({ progress, params, width, height, layer, out }) => {
    const placement = { scale: 1 - Number(params.amount) * progress };
    const outgoing = layer('a', placement);
    mixRect(out, layer('b'), outgoing, placedRect(width, height, placement), 1 - progress);
  },
};
