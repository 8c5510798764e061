import { mixColor } from '../blend/index.js';
import { rgbToYuv } from '../frame.js';
import type { TransitionImplementation } from '../plugin-types.js';

const COLOR = rgbToYuv(0, 0, 0);

/** Fades out to black, then in from black; `hold` keeps the screen black for part of the middle. */
export const transition: TransitionImplementation = {
  name: 'fade-black',
  render: ({ progress, params, layer, out }) => {
    const hold = Number(params.hold);
    const half = (1 - hold) / 2;
    if (progress < half) mixColor(out, layer('a'), COLOR, progress / half);
    else if (progress > 1 - half) mixColor(out, layer('b'), COLOR, (1 - progress) / half);
    else mixColor(out, layer('a'), COLOR, 1);
  },
};
