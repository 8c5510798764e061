import { copyFrame } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** A hard cut. The timeline gives it no overlap, so `render` only runs if a draft forces a duration. */
export const transition: TransitionImplementation = {
  name: 'cut',
  render: ({ progress, layer, out }) => copyFrame(out, layer(progress < 0.5 ? 'a' : 'b')),
};
