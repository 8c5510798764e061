import type { TextAnimationPlugin } from '../plugin-types.js';

export const animation: TextAnimationPlugin = {
  kind: 'text-animation',
  name: 'fade',
  title: 'Fade',
  description: 'Fades in and out.',
  aliases: ['fade-in', 'fade-in-out'],
  params: {
    durationMs: { type: 'number', min: 0, max: 3000, default: 400, description: 'Fade length', unit: 'ms' },
  },
  state: (elapsedMs, remainingMs, _length, params) => {
    const d = Math.max(1, Number(params.durationMs));
    return {
      opacity: Math.min(1, elapsedMs / d, remainingMs / d),
      dy: 0,
      visibleChars: Number.POSITIVE_INFINITY,
    };
  },
};
