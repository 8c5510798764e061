import type { TextAnimationImplementation } from '../plugin-types.js';

export const animation: TextAnimationImplementation = {
  name: 'fade',
  state: (elapsedMs, remainingMs, _length, params) => {
    const d = Math.max(1, Number(params.durationMs));
    return {
      opacity: Math.min(1, elapsedMs / d, remainingMs / d),
      dy: 0,
      visibleChars: Number.POSITIVE_INFINITY,
    };
  },
};
