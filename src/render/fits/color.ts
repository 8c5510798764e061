import type { FitImplementation } from '../plugin-types.js';

export const fit: FitImplementation = {
  name: 'color',
  layout: (params) => ({ mode: 'contain', background: 'color', color: String(params.color) }),
};
