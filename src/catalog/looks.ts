import type { Entry, LookDescriptor } from './types.js';

export const looks: readonly Entry<LookDescriptor>[] = [
  {
    name: 'none',
    description: 'The photos’ own colours.',
    aliases: ['original', 'natural', 'no-filter'],
    params: {},
  },
  {
    name: 'black-and-white',
    description: 'Classic monochrome with a touch of extra contrast.',
    aliases: ['bw', 'b-w', 'mono', 'monochrome', 'grayscale', 'greyscale', 'noir'],
    params: {
      contrast: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.25,
        description: 'Extra contrast of the S-curve',
      },
    },
  },
  {
    name: 'warm',
    description: 'Golden, sunny tones.',
    aliases: ['golden', 'sunny', 'golden-hour', 'warm-tone'],
    params: {},
  },
  {
    name: 'cool',
    description: 'Fresh, blue-ish tones.',
    aliases: ['cold', 'blue', 'cool-tone', 'icy'],
    params: {},
  },
  {
    name: 'vintage',
    description: 'Faded, warm film colours with grain and a soft vignette.',
    aliases: ['film', 'retro', 'old-film', 'analog', 'nostalgic', 'old'],
    params: {
      grain: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.35,
        description: 'Amount of film grain',
      },
      vignette: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.4,
        description: 'Darkening toward the corners',
      },
      fade: {
        type: 'number',
        min: 0,
        max: 0.3,
        default: 0.1,
        description: 'How far blacks lift toward grey',
      },
    },
  },
  {
    name: 'vivid',
    description: 'Punchy colour and contrast.',
    aliases: ['punchy', 'saturated', 'pop', 'vibrant'],
    params: {
      saturation: {
        type: 'number',
        min: 1,
        max: 2,
        default: 1.35,
        description: 'Saturation multiplier',
      },
    },
  },
  {
    name: 'bright',
    description: 'Brighter exposure: shadows and midtones lifted, highlights and colour kept.',
    aliases: ['brighten', 'brighter', 'light', 'airy', 'exposure'],
    params: {
      lift: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.5,
        description: 'How much shadows and midtones brighten (0.5 lifts middle grey by about 30%)',
      },
    },
  },
  {
    name: 'dark',
    description: 'Darker exposure: shadows and midtones deepened, black, white and colour kept.',
    aliases: ['darken', 'darker', 'dim', 'moody', 'low-key'],
    params: {
      depth: {
        type: 'number',
        min: 0,
        max: 1,
        default: 0.5,
        description: 'How much shadows and midtones darken (0.5 lowers middle grey by about 30%)',
      },
    },
  },
  {
    name: 'matte',
    description: 'Soft, faded blacks and muted colour.',
    aliases: ['faded', 'flat', 'soft', 'washed-out'],
    params: {
      fade: {
        type: 'number',
        min: 0,
        max: 0.3,
        default: 0.12,
        description: 'How far blacks lift toward grey',
      },
    },
  },
];
