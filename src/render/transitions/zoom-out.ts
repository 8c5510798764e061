import { buildRectMask, mixMasked, placedRect } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/**
 * The outgoing photo shrinks away from the viewer while fading; the incoming one shows through it and
 * around it (the shrinking picture's edge is anti-aliased through its coverage mask).
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
    const incoming = layer('b');
    // Weight of the incoming photo: 1 − (coverage of the shrunk photo) × (its remaining opacity).
    const mask = buildRectMask(width, height, placedRect(width, height, placement));
    const keep = 256 - Math.round(Math.min(1, Math.max(0, progress)) * 256);
    for (const plane of [mask.y, mask.c]) {
      for (let i = 0; i < plane.length; i++) plane[i] = 256 - ((plane[i]! * keep + 128) >> 8);
    }
    mixMasked(out, outgoing, incoming, mask);
  },
};
