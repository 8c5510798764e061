import { mix } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'crossfade',
  title: 'Crossfade',
  description: 'The next photo dissolves in over the current one.',
  aliases: ['fade', 'dissolve', 'cross-dissolve', 'mix'],
  params: {},
  render: ({ progress, layer, out }) => mix(out, layer('a'), layer('b'), progress),
};
