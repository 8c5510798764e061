import { mixColor } from '../blend.js';
import { rgbToYuv } from '../frame.js';
import type { TransitionPlugin } from '../plugin-types.js';

const COLOR = rgbToYuv(0, 0, 0);

/** Fades out to black, then in from black; `hold` keeps the screen black for part of the middle. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'fade-black',
  title: 'Fade through black',
  description: 'Fades to black, then the next photo fades in.',
  aliases: ['fade-to-black', 'fade-through-black', 'dip-to-black'],
  params: {
    hold: {
      type: 'number',
      min: 0,
      max: 0.8,
      default: 0.1,
      description: 'Share of the transition spent fully black',
    },
  },
  render: ({ progress, params, layer, out }) => {
    const hold = Number(params.hold);
    const half = (1 - hold) / 2;
    if (progress < half) mixColor(out, layer('a'), COLOR, progress / half);
    else if (progress > 1 - half) mixColor(out, layer('b'), COLOR, (1 - progress) / half);
    else mixColor(out, layer('a'), COLOR, 1);
  },
};
