import { mixWipe } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** A soft edge travels left across the picture, revealing the next photo from the right; nothing moves. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'wipe-left',
  title: 'Wipe left',
  description: 'A soft edge sweeps left across the picture, revealing the next photo from the right.',
  aliases: ['wipe', 'wipe-from-right'],
  params: {
    softness: {
      type: 'number',
      min: 0,
      max: 0.5,
      default: 0.08,
      description: 'Width of the soft edge, as a share of the picture width',
      animatable: true,
    },
  },
  render: ({ progress, params, width, layer, out }) => {
    const band = Number(params.softness) * width;
    mixWipe(out, layer('a'), layer('b'), 'left', progress, band);
  },
};
