import type { TextStylePlugin } from '../plugin-types.js';
import { style as clean } from './clean.js';

export const textStylePlugins: readonly TextStylePlugin[] = [clean];
