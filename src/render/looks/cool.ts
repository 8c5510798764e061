import type { LookPlugin } from '../plugin-types.js';

/** Cool white balance: bluer shadows and highlights, a little less red. */
export const look: LookPlugin = {
  kind: 'look',
  name: 'cool',
  title: 'Cool',
  description: 'Fresh, blue-ish tones.',
  aliases: ['cold', 'blue', 'cool-tone', 'icy'],
  params: {},
  color(r, g, b, strength) {
    const cr = r * 0.9;
    const cg = Math.min(255, g * 0.99 + 3);
    const cb = Math.min(255, b * 1.06 + 14);
    return [r + (cr - r) * strength, g + (cg - g) * strength, b + (cb - b) * strength];
  },
};
