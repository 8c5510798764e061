import type { TextAnimationImplementation } from '../plugin-types.js';

/**
 * A quick entrance with a springy overshoot: the text grows from 60 % past its full size and settles,
 * rising a touch and fading in fast.
 */
export const animation: TextAnimationImplementation = {
  name: 'pop',
  state: (elapsedMs, remainingMs, _length, params) => {
    const d = Math.max(1, Number(params.durationMs));
    const t = Math.min(1, Math.max(0, elapsedMs / d));
    // easeOutBack: overshoots about 10 % before settling.
    const c = 1.70158;
    const back = 1 + (c + 1) * (t - 1) ** 3 + c * (t - 1) ** 2;
    return {
      opacity: Math.min(1, 3 * t, Math.max(0, remainingMs / 150)),
      dy: 0.15 * (1 - back),
      visibleChars: Number.POSITIVE_INFINITY,
      scale: 0.6 + 0.4 * back,
    };
  },
};
