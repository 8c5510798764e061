import { mix } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** The outgoing photo grows toward the viewer while the incoming one fades in behind it. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'zoom-in',
  title: 'Zoom in',
  description: 'The current photo zooms in toward you while it fades into the next one.',
  aliases: ['zoom', 'zoom-transition', 'zoom-blend', 'zoom-through', 'zoom-fade'],
  params: {
    amount: {
      type: 'number',
      min: 0.05,
      max: 2,
      default: 0.4,
      description: 'How much larger the outgoing photo grows by the end (0.4 = 140 %)',
      animatable: true,
    },
  },
  render: ({ progress, params, layer, out }) => {
    const outgoing = layer('a', { scale: 1 + Number(params.amount) * progress });
    mix(out, outgoing, layer('b'), progress);
  },
};
