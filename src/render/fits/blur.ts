import type { FitImplementation } from '../plugin-types.js';

export const fit: FitImplementation = {
  name: 'blur',
  layout: (params) => ({
    mode: 'contain',
    background: 'blur',
    blurRadius: Number(params.blur),
    dim: Number(params.dim),
  }),
};
