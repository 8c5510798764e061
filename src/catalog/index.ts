import type { Lang } from '../messages/index.js';
import { fits } from './fits.js';
import { looks } from './looks.js';
import { motions } from './motions.js';
import { describe, Registry } from './registry.js';
import { textAnimations } from './text-animations.js';
import { textStyles } from './text-styles.js';
import { transitions } from './transitions.js';
import type {
  DescribedEffect,
  EffectDescriptor,
  EffectKind,
  Entry,
  FitDescriptor,
  LookDescriptor,
  MotionDescriptor,
  TextAnimationDescriptor,
  TextStyleDescriptor,
  TransitionDescriptor,
} from './types.js';

export { HEX_COLOR, hexColorSchema } from './color.js';
export * from './music.js';
export { paramSchema, paramsSchema, resolveParams } from './params.js';
export { describe, normalizeName, Registry } from './registry.js';
export * from './styles.js';
export * from './types.js';

function table<D extends EffectDescriptor>(kind: D['kind'], entries: readonly Entry<D>[], fallback: string) {
  return new Registry<D>(
    kind,
    entries.map((entry) => ({ kind, ...entry }) as D),
    fallback,
  );
}

/**
 * Every effect Joy knows, by kind. The fallbacks are what a saved draft's unknown effect is drawn as: it
 * stays in the draft, is reported, and renders as the plainest effect of its kind.
 */
export const catalog = {
  motions: table<MotionDescriptor>('motion', motions, 'static'),
  transitions: table<TransitionDescriptor>('transition', transitions, 'crossfade'),
  looks: table<LookDescriptor>('look', looks, 'none'),
  fits: table<FitDescriptor>('fit', fits, 'blur'),
  textStyles: table<TextStyleDescriptor>('text-style', textStyles, 'clean'),
  textAnimations: table<TextAnimationDescriptor>('text-animation', textAnimations, 'none'),
};

export type EffectGroup = keyof typeof catalog;

export const EFFECT_GROUPS = Object.keys(catalog) as EffectGroup[];

/** The group that holds effects of a kind. */
export const GROUP_OF_KIND: Record<EffectKind, EffectGroup> = {
  motion: 'motions',
  transition: 'transitions',
  look: 'looks',
  fit: 'fits',
  'text-style': 'textStyles',
  'text-animation': 'textAnimations',
};

/** Every descriptor as plain JSON, grouped and titled in `lang` — for `joy effects --json` and the API. */
export function effectCatalog(lang: Lang = 'en'): Record<EffectGroup, DescribedEffect[]> {
  const out = {} as Record<EffectGroup, DescribedEffect[]>;
  for (const group of EFFECT_GROUPS)
    out[group] = (catalog[group] as Registry<EffectDescriptor>).list().map((entry) => describe(entry, lang));
  return out;
}
