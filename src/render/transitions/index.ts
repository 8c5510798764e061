import type { TransitionPlugin } from '../plugin-types.js';
import { transition as crossfade } from './crossfade.js';
import { transition as cut } from './cut.js';
import { transition as fadeBlack } from './fade-black.js';
import { transition as fadeWhite } from './fade-white.js';

export const transitionPlugins: readonly TransitionPlugin[] = [cut, crossfade, fadeBlack, fadeWhite];
