import type { LookPlugin } from '../plugin-types.js';
import { look as none } from './none.js';

export const lookPlugins: readonly LookPlugin[] = [none];
