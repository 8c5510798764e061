import type { TextAnimationPlugin } from '../plugin-types.js';

/** Characters appear one after another over `durationMs`, then the text fades out at its end. */
export const animation: TextAnimationPlugin = {
  kind: 'text-animation',
  name: 'typewriter',
  title: 'Typewriter',
  description: 'Types the text out character by character.',
  aliases: ['typing', 'type', 'type-on', 'typed'],
  params: {
    durationMs: {
      type: 'number',
      min: 0,
      max: 10_000,
      default: 1200,
      description: 'Time to type the whole text',
      unit: 'ms',
    },
    fadeOutMs: {
      type: 'number',
      min: 0,
      max: 3000,
      default: 300,
      description: 'Fade at the end',
      unit: 'ms',
    },
  },
  state: (elapsedMs, remainingMs, length, params) => {
    const d = Number(params.durationMs);
    const fade = Number(params.fadeOutMs);
    const opacity = fade > 0 ? Math.min(1, Math.max(0, remainingMs / fade)) : 1;
    const visibleChars =
      d <= 0 || elapsedMs >= d ? Number.POSITIVE_INFINITY : Math.floor((Math.max(0, length) * elapsedMs) / d);
    return { opacity, dy: 0, visibleChars };
  },
};
