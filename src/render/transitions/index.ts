import type { TransitionImplementation } from '../plugin-types.js';
import { transition as blurDissolve } from './blur-dissolve.js';
import { transition as circle } from './circle.js';
import { transition as crossfade } from './crossfade.js';
import { transition as cut } from './cut.js';
import { directionalTransitions } from './directional.js';
import { transition as fadeBlack } from './fade-black.js';
import { transition as fadeWhite } from './fade-white.js';
import { transition as whipPan } from './whip-pan.js';
import { transition as zoomIn } from './zoom-in.js';
import { transition as zoomOut } from './zoom-out.js';

/** Listed in any order: the catalogue (src/catalog/transitions.ts) decides the order people see. */
export const transitionImplementations: readonly TransitionImplementation[] = [
  cut,
  crossfade,
  fadeBlack,
  fadeWhite,
  ...directionalTransitions,
  zoomIn,
  zoomOut,
  circle,
  blurDissolve,
  whipPan,
];
