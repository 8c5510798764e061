import type { LookImplementation } from '../plugin-types.js';

/**
 * A brighter exposure without clipping: each channel follows 1 − (1 − x)^(1 + lift), which lifts shadows
 * and midtones most and keeps black at black and white at white, so bright skies stay detailed. Every
 * channel gets the same curve, so greys stay grey.
 */
export const look: LookImplementation = {
  name: 'bright',
  color(r, g, b, strength, params) {
    const power = 1 + Number(params.lift);
    const curve = (v: number) => 255 * (1 - (1 - Math.min(1, Math.max(0, v / 255))) ** power);
    return [r + (curve(r) - r) * strength, g + (curve(g) - g) * strength, b + (curve(b) - b) * strength];
  },
};
