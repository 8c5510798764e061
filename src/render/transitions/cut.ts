import { copyFrame } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** A hard cut. The timeline gives it no overlap, so `render` only runs if a draft forces a duration. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'cut',
  title: 'Cut',
  description: 'A hard cut with no overlap.',
  aliases: ['none', 'hard-cut', 'no-transition'],
  params: {},
  render: ({ progress, layer, out }) => copyFrame(out, layer(progress < 0.5 ? 'a' : 'b')),
};
