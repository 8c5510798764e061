import type { FitPlugin } from '../plugin-types.js';

export const fit: FitPlugin = {
  kind: 'fit',
  name: 'color',
  title: 'Fit on a colour',
  description: 'Shows the whole photo on a solid colour.',
  aliases: ['contain', 'letterbox', 'fit'],
  params: { color: { type: 'color', default: '#000000', description: 'Background colour' } },
  layout: (params) => ({ mode: 'contain', background: 'color', color: String(params.color) }),
};
