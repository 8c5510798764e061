import type { TextStyleImplementation } from '../plugin-types.js';
import { style as boldOutline } from './bold-outline.js';
import { style as boxed } from './boxed.js';
import { style as clean } from './clean.js';
import { style as endCard } from './end-card.js';
import { style as lowerThird } from './lower-third.js';

export const textStyleImplementations: readonly TextStyleImplementation[] = [
  clean,
  boldOutline,
  boxed,
  lowerThird,
  endCard,
];
