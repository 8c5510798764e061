import type { LookImplementation } from '../plugin-types.js';

/** Cool white balance: bluer shadows and highlights, a little less red. */
export const look: LookImplementation = {
  name: 'cool',
  color(r, g, b, strength) {
    const cr = r * 0.9;
    const cg = Math.min(255, g * 0.99 + 3);
    const cb = Math.min(255, b * 1.06 + 14);
    return [r + (cr - r) * strength, g + (cg - g) * strength, b + (cb - b) * strength];
  },
};
