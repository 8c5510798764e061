import type { FitImplementation } from '../plugin-types.js';

export const fit: FitImplementation = {
  name: 'cover',
  layout: () => ({ mode: 'cover' }),
};
