import type { TextAnimationImplementation } from '../plugin-types.js';

export const animation: TextAnimationImplementation = {
  name: 'none',
  state: () => ({ opacity: 1, dy: 0, visibleChars: Number.POSITIVE_INFINITY }),
};
