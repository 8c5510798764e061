import type { LookPlugin } from '../plugin-types.js';

/** Rec. 709 luma of sRGB values, with a gentle S-curve for contrast; `strength` mixes toward the original. */
export const look: LookPlugin = {
  kind: 'look',
  name: 'black-and-white',
  title: 'Black and white',
  description: 'Classic monochrome with a touch of extra contrast.',
  aliases: ['bw', 'b-w', 'mono', 'monochrome', 'grayscale', 'greyscale', 'noir'],
  params: {
    contrast: { type: 'number', min: 0, max: 1, default: 0.25, description: 'Extra contrast of the S-curve' },
  },
  color(r, g, b, strength, params) {
    const luma = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    const k = Number(params.contrast);
    // Blend toward smoothstep: an S-curve that keeps black, white and mid-grey in place.
    const toned = 255 * (luma + k * (luma * luma * (3 - 2 * luma) - luma));
    return [r + (toned - r) * strength, g + (toned - g) * strength, b + (toned - b) * strength];
  },
};
