import { mix } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

export const transition: TransitionImplementation = {
  name: 'crossfade',
  render: ({ progress, layer, out }) => mix(out, layer('a'), layer('b'), progress),
};
