import type { LookImplementation } from '../plugin-types.js';
import { look as blackAndWhite } from './black-and-white.js';
import { look as bright } from './bright.js';
import { look as cool } from './cool.js';
import { look as dark } from './dark.js';
import { look as matte } from './matte.js';
import { look as none } from './none.js';
import { look as vintage } from './vintage.js';
import { look as vivid } from './vivid.js';
import { look as warm } from './warm.js';

export const lookImplementations: readonly LookImplementation[] = [
  none,
  blackAndWhite,
  warm,
  cool,
  vintage,
  vivid,
  bright,
  dark,
  matte,
];
