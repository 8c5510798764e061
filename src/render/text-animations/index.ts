import type { TextAnimationImplementation } from '../plugin-types.js';
import { animation as fade } from './fade.js';
import { animation as none } from './none.js';
import { animation as pop } from './pop.js';
import { animation as slideUp } from './slide-up.js';
import { animation as typewriter } from './typewriter.js';

export const textAnimationImplementations: readonly TextAnimationImplementation[] = [
  none,
  fade,
  slideUp,
  typewriter,
  pop,
];
