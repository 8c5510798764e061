import type { TextAnimationPlugin } from '../plugin-types.js';

export const animation: TextAnimationPlugin = {
  kind: 'text-animation',
  name: 'none',
  title: 'None',
  description: 'Text appears and disappears at once.',
  aliases: ['static', 'still'],
  params: {},
  state: () => ({ opacity: 1, dy: 0, visibleChars: Number.POSITIVE_INFINITY }),
};
