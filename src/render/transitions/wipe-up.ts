import { mixWipe } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** A soft edge travels up across the picture, revealing the next photo from the bottom; nothing moves. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'wipe-up',
  title: 'Wipe up',
  description: 'A soft edge sweeps up across the picture, revealing the next photo from the bottom.',
  aliases: ['wipe-from-bottom'],
  params: {
    softness: {
      type: 'number',
      min: 0,
      max: 0.5,
      default: 0.08,
      description: 'Width of the soft edge, as a share of the picture height',
      animatable: true,
    },
  },
  render: ({ progress, params, height, layer, out }) => {
    const band = Number(params.softness) * height;
    mixWipe(out, layer('a'), layer('b'), 'up', progress, band);
  },
};
