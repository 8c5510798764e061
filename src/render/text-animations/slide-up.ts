import type { TextAnimationPlugin } from '../plugin-types.js';

/** Rises into place while fading in (ease-out), fades out in place. */
export const animation: TextAnimationPlugin = {
  kind: 'text-animation',
  name: 'slide-up',
  title: 'Slide up',
  description: 'Rises gently into place while fading in, then fades out.',
  aliases: ['rise', 'slide-in', 'float-up', 'move-up'],
  params: {
    durationMs: {
      type: 'number',
      min: 0,
      max: 3000,
      default: 500,
      description: 'Length of the entrance',
      unit: 'ms',
    },
    distance: {
      type: 'number',
      min: 0,
      max: 3,
      default: 0.8,
      description: 'How far below its place it starts, in line heights',
    },
  },
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
