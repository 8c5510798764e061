import type { LookImplementation } from '../plugin-types.js';

/** Lifted blacks, softened whites and slightly muted colour: the flat "matte" social-media look. */
export const look: LookImplementation = {
  name: 'matte',
  color(r, g, b, strength, params) {
    const lift = Number(params.fade) * 255;
    const top = 255 - lift * 0.35;
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const tone = (v: number) => lift + ((luma + (v - luma) * 0.85) * (top - lift)) / 255;
    const mr = tone(r);
    const mg = tone(g);
    const mb = tone(b);
    return [r + (mr - r) * strength, g + (mg - g) * strength, b + (mb - b) * strength];
  },
};
