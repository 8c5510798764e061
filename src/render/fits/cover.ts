import type { FitPlugin } from '../plugin-types.js';

export const fit: FitPlugin = {
  kind: 'fit',
  name: 'cover',
  title: 'Crop to fill',
  description: 'Fills the frame, cropping around the subject.',
  aliases: ['crop', 'fill'],
  params: {},
  layout: () => ({ mode: 'cover' }),
};
