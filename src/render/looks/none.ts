import type { LookImplementation } from '../plugin-types.js';

export const look: LookImplementation = {
  name: 'none',
};
