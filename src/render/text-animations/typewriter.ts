import type { TextAnimationImplementation } from '../plugin-types.js';

/** Characters appear one after another over `durationMs`, then the text fades out at its end. */
export const animation: TextAnimationImplementation = {
  name: 'typewriter',
  state: (elapsedMs, remainingMs, length, params) => {
    const d = Number(params.durationMs);
    const fade = Number(params.fadeOutMs);
    const opacity = fade > 0 ? Math.min(1, Math.max(0, remainingMs / fade)) : 1;
    const visibleChars =
      d <= 0 || elapsedMs >= d ? Number.POSITIVE_INFINITY : Math.floor((Math.max(0, length) * elapsedMs) / d);
    return { opacity, dy: 0, visibleChars };
  },
};
