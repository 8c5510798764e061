import type { Entry, TextStyleDescriptor } from './types.js';

export const textStyles: readonly Entry<TextStyleDescriptor>[] = [
  {
    name: 'clean',
    description: 'White text with a soft shadow that reads on any photo.',
    aliases: ['simple', 'plain', 'default'],
    params: {},
  },
  {
    name: 'bold-outline',
    description: 'Bold text with a thick dark outline that reads on any background.',
    aliases: ['outline', 'outlined', 'stroke', 'meme', 'subtitle'],
    params: {
      outline: {
        type: 'color',
        default: '#000000',
        description: 'Colour of the outline',
      },
      thickness: {
        type: 'number',
        min: 0.02,
        max: 0.3,
        default: 0.14,
        description: 'Outline width, in font sizes',
      },
    },
  },
  {
    name: 'boxed',
    description: 'Text on a rounded, semi-transparent box.',
    aliases: ['box', 'label', 'background', 'highlight', 'caption-box'],
    params: {
      boxColor: {
        type: 'color',
        default: '#000000',
        description: 'Colour of the box',
      },
      boxOpacity: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.6,
        description: 'Opacity of the box',
      },
      radius: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.3,
        description: 'Corner radius, in font sizes',
      },
    },
  },
  {
    name: 'lower-third',
    description: 'Left-aligned text on a plate with an accent bar, like a news or vlog name tag.',
    aliases: ['name-tag', 'nametag', 'news', 'lower-3rd', 'bar'],
    params: {
      accent: {
        type: 'color',
        default: '#ffc400',
        description: 'Colour of the accent bar',
      },
      plateOpacity: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.55,
        description: 'Opacity of the dark plate',
      },
      align: {
        type: 'enum',
        values: ['left', 'right'],
        default: 'left',
        description: 'Side of the picture it sits on',
      },
    },
  },
  {
    name: 'end-card',
    description: 'Big centred closing text with a short line under it, for the last frames.',
    aliases: ['endcard', 'outro', 'closing', 'the-end', 'title-card'],
    params: {
      accent: {
        type: 'color',
        default: '#ffffff',
        description: 'Colour of the rule under the text',
      },
    },
  },
];
