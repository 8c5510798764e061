import { mixRadial } from '../blend/index.js';
import type { TransitionImplementation } from '../plugin-types.js';

/** An iris opens from a point (the centre by default) with a soft edge, showing the next photo inside. */
export const transition: TransitionImplementation = {
  name: 'circle',
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
