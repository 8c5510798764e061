import type { LookImplementation } from '../plugin-types.js';

/** Golden-hour white balance: more red and yellow, less blue, a little extra saturation. */
export const look: LookImplementation = {
  name: 'warm',
  color(r, g, b, strength) {
    const wr = Math.min(255, r * 1.07 + 10);
    const wg = Math.min(255, g * 1.01 + 3);
    const wb = b * 0.86;
    return [r + (wr - r) * strength, g + (wg - g) * strength, b + (wb - b) * strength];
  },
};
