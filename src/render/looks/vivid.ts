import type { LookImplementation } from '../plugin-types.js';

/** More saturation (about luma, so greys stay grey) and a gentle S-curve. */
export const look: LookImplementation = {
  name: 'vivid',
  color(r, g, b, strength, params) {
    const s = Number(params.saturation);
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const curve = (v: number) => {
      const x = Math.min(1, Math.max(0, v / 255));
      return 255 * (x + 0.3 * (x * x * (3 - 2 * x) - x));
    };
    const vr = curve(luma + (r - luma) * s);
    const vg = curve(luma + (g - luma) * s);
    const vb = curve(luma + (b - luma) * s);
    return [r + (vr - r) * strength, g + (vg - g) * strength, b + (vb - b) * strength];
  },
};
