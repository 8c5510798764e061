import type { LookImplementation } from '../plugin-types.js';

/**
 * A darker exposure without crushing: each channel follows x^(1 + depth), the mirror of the bright
 * look's curve, which deepens shadows and midtones and keeps black at black and white at white, so
 * highlights stay bright and nothing clips. Every channel gets the same curve, so greys stay grey.
 */
export const look: LookImplementation = {
  name: 'dark',
  color(r, g, b, strength, params) {
    const power = 1 + Number(params.depth);
    const curve = (v: number) => 255 * Math.min(1, Math.max(0, v / 255)) ** power;
    return [r + (curve(r) - r) * strength, g + (curve(g) - g) * strength, b + (curve(b) - b) * strength];
  },
};
