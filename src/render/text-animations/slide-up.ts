import type { TextAnimationImplementation } from '../plugin-types.js';

/** Rises into place while fading in (ease-out), fades out in place. */
export const animation: TextAnimationImplementation = {
  name: 'slide-up',
  state: (elapsedMs, remainingMs, _length, params) => {
    const d = Math.max(1, Number(params.durationMs));
    const t = Math.min(1, Math.max(0, elapsedMs / d));
    const eased = 1 - (1 - t) ** 3;
    const fadeOut = Math.min(1, Math.max(0, remainingMs / Math.min(d, 400)));
    return {
      opacity: Math.min(1, 1.5 * t, fadeOut),
      dy: Number(params.distance) * (1 - eased),
      visibleChars: Number.POSITIVE_INFINITY,
    };
  },
};
