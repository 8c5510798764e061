import { mix } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** The outgoing photo grows toward the viewer while the incoming one fades in behind it. */
export const transition: TransitionImplementation = {
  name: 'zoom-in',
  render: ({ progress, params, layer, out }) => {
    const outgoing = layer('a', { scale: 1 + Number(params.amount) * progress });
    mix(out, outgoing, layer('b'), progress);
  },
};
