import type { TransitionImplementation } from '../plugin-types.js';
import { transition as blurDissolve } from './blur-dissolve.js';
import { transition as circle } from './circle.js';
import { transition as crossfade } from './crossfade.js';
import { transition as cut } from './cut.js';
import { transition as fadeBlack } from './fade-black.js';
import { transition as fadeWhite } from './fade-white.js';
import { transition as pushDown } from './push-down.js';
import { transition as pushLeft } from './push-left.js';
import { transition as pushRight } from './push-right.js';
import { transition as pushUp } from './push-up.js';
import { transition as slideDown } from './slide-down.js';
import { transition as slideLeft } from './slide-left.js';
import { transition as slideRight } from './slide-right.js';
import { transition as slideUp } from './slide-up.js';
import { transition as whipPan } from './whip-pan.js';
import { transition as wipeDown } from './wipe-down.js';
import { transition as wipeLeft } from './wipe-left.js';
import { transition as wipeRight } from './wipe-right.js';
import { transition as wipeUp } from './wipe-up.js';
import { transition as zoomIn } from './zoom-in.js';
import { transition as zoomOut } from './zoom-out.js';

export const transitionImplementations: readonly TransitionImplementation[] = [
  cut,
  crossfade,
  fadeBlack,
  fadeWhite,
  slideLeft,
  slideRight,
  slideUp,
  slideDown,
  pushLeft,
  pushRight,
  pushUp,
  pushDown,
  wipeLeft,
  wipeRight,
  wipeUp,
  wipeDown,
  zoomIn,
  zoomOut,
  circle,
  blurDissolve,
  whipPan,
];
