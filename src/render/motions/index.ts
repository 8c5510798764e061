import type { MotionImplementation } from '../plugin-types.js';
import { motion as drift } from './drift.js';
import { motion as panDown } from './pan-down.js';
import { motion as panLeft } from './pan-left.js';
import { motion as panRight } from './pan-right.js';
import { motion as panUp } from './pan-up.js';
import { motion as parallax } from './parallax.js';
import { motion as pushIn } from './push-in.js';
import { motion as rotate } from './rotate.js';
import { motion as staticMotion } from './static.js';
import { motion as zoomIn } from './zoom-in.js';
import { motion as zoomOut } from './zoom-out.js';

export const motionImplementations: readonly MotionImplementation[] = [
  staticMotion,
  zoomIn,
  zoomOut,
  panLeft,
  panRight,
  panUp,
  panDown,
  drift,
  pushIn,
  rotate,
  parallax,
];
