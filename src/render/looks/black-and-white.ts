import type { LookImplementation } from '../plugin-types.js';

/** Rec. 709 luma of sRGB values, with a gentle S-curve for contrast; `strength` mixes toward the original. */
export const look: LookImplementation = {
  name: 'black-and-white',
  color(r, g, b, strength, params) {
    const luma = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    const k = Number(params.contrast);
    // Blend toward smoothstep: an S-curve that keeps black, white and mid-grey in place.
    const toned = 255 * (luma + k * (luma * luma * (3 - 2 * luma) - luma));
    return [r + (toned - r) * strength, g + (toned - g) * strength, b + (toned - b) * strength];
  },
};
