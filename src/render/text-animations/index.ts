import type { TextAnimationPlugin } from '../plugin-types.js';
import { animation as fade } from './fade.js';
import { animation as none } from './none.js';

export const textAnimationPlugins: readonly TextAnimationPlugin[] = [none, fade];
