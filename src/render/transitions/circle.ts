import { mixRadial } from '../blend.js';
import type { TransitionPlugin } from '../plugin-types.js';

/** An iris opens from a point (the centre by default) with a soft edge, showing the next photo inside. */
export const transition: TransitionPlugin = {
  kind: 'transition',
  name: 'circle',
  title: 'Circle reveal',
  description: 'A circle opens from the centre and reveals the next photo (an iris).',
  aliases: ['iris', 'iris-open', 'iris-in', 'circle-open', 'circle-reveal', 'circle-wipe'],
  params: {
    softness: {
      type: 'number',
      min: 0,
      max: 0.5,
      default: 0.06,
      description: 'Width of the soft edge, as a share of the picture’s short side',
      animatable: true,
    },
    x: {
      type: 'number',
      min: 0,
      max: 1,
      default: 0.5,
      description: 'Centre of the circle, share of the width',
    },
    y: {
      type: 'number',
      min: 0,
      max: 1,
      default: 0.5,
      description: 'Centre of the circle, share of the height',
    },
  },
  render: ({ progress, params, width, height, layer, out }) => {
    const cx = Number(params.x) * width;
    const cy = Number(params.y) * height;
    const band = Math.max(1, Number(params.softness) * Math.min(width, height));
    // Far enough to clear the farthest corner, so progress 1 shows only the next photo.
    const reach = Math.hypot(Math.max(cx, width - cx), Math.max(cy, height - cy));
    const radius = -band / 2 + progress * (reach + band);
    mixRadial(out, layer('a'), layer('b'), cx, cy, radius, band);
  },
};
