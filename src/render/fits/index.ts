import type { FitImplementation } from '../plugin-types.js';
import { fit as blur } from './blur.js';
import { fit as color } from './color.js';
import { fit as cover } from './cover.js';

export const fitImplementations: readonly FitImplementation[] = [cover, blur, color];
