import type { MotionImplementation } from '../plugin-types.js';

/**
 * 2.5D parallax ("bring photos to life"): the people are lifted onto a layer of their own and move
 * against the background as if the camera travelled through the scene — nearer things move more. The
 * layers part by at most 4% of the view (half that at the default strength), so the filled gap behind the
 * people stays a thin band. Photos without a trustworthy person shape get the camera move alone.
 */
const GROW = 0.035;
const SHIFT = 0.02;

export const motion: MotionImplementation = {
  name: 'parallax',
  camera: (t, strength, params) => {
    const s = strength;
    switch (params.direction) {
      case 'left':
      case 'right': {
        // The camera glides sideways; the scene slides the other way, the people faster than the rest.
        const way = params.direction === 'left' ? 1 : -1;
        return {
          zoom: 1 + 0.1 * s,
          x: way * 0.5 * (1 - 2 * t),
          y: 0,
          rotation: 0,
          subject: { grow: 0.2 * GROW * s, dx: way * SHIFT * s * (2 * t - 1), dy: 0 },
        };
      }
      case 'up':
        return {
          zoom: 1 + 0.1 * s,
          x: 0,
          y: 0.5 * (1 - 2 * t),
          rotation: 0,
          subject: { grow: 0.2 * GROW * s, dx: 0, dy: SHIFT * s * (2 * t - 1) },
        };
      default:
        // A dolly in: the whole view closes in a little, the people come closer faster.
        return {
          zoom: 1 + 0.12 * s * t,
          x: 0,
          y: 0,
          rotation: 0,
          subject: { grow: GROW * s * t, dx: 0, dy: 0 },
        };
    }
  },
};
