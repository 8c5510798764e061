import type { LookPlugin } from '../plugin-types.js';

/** Golden-hour white balance: more red and yellow, less blue, a little extra saturation. */
export const look: LookPlugin = {
  kind: 'look',
  name: 'warm',
  title: 'Warm',
  description: 'Golden, sunny tones.',
  aliases: ['golden', 'sunny', 'golden-hour', 'warm-tone'],
  params: {},
  color(r, g, b, strength) {
    const wr = Math.min(255, r * 1.07 + 10);
    const wg = Math.min(255, g * 1.01 + 3);
    const wb = b * 0.86;
    return [r + (wr - r) * strength, g + (wg - g) * strength, b + (wb - b) * strength];
  },
};
