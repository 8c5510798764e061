import type { LookPlugin } from '../plugin-types.js';

export const look: LookPlugin = {
  kind: 'look',
  name: 'none',
  title: 'Original',
  description: 'The photos’ own colours.',
  aliases: ['original', 'natural', 'no-filter'],
  params: {},
};
