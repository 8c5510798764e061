import { fitPlugins } from './fits/index.js';
import { lookPlugins } from './looks/index.js';
import { motionPlugins } from './motions/index.js';
import type {
  FitPlugin,
  LookPlugin,
  MotionPlugin,
  TextAnimationPlugin,
  TextStylePlugin,
  TransitionPlugin,
} from './plugin-types.js';
import { describe, type EffectDescriptor, Registry } from './registry.js';
import { textAnimationPlugins } from './text-animations/index.js';
import { textStylePlugins } from './text-styles/index.js';
import { transitionPlugins } from './transitions/index.js';

/** All effect registries. Each folder's `index.ts` lists its plug-ins. */
export const effects = {
  motions: new Registry<MotionPlugin>('motion', motionPlugins),
  transitions: new Registry<TransitionPlugin>('transition', transitionPlugins),
  looks: new Registry<LookPlugin>('look', lookPlugins),
  fits: new Registry<FitPlugin>('fit', fitPlugins),
  textStyles: new Registry<TextStylePlugin>('text-style', textStylePlugins),
  textAnimations: new Registry<TextAnimationPlugin>('text-animation', textAnimationPlugins),
};

export type EffectGroup = keyof typeof effects;

/** Every descriptor as plain JSON, grouped — for `joy effects --json`, the API and the studio. */
export function effectCatalog(): Record<EffectGroup, EffectDescriptor[]> {
  const out = {} as Record<EffectGroup, EffectDescriptor[]>;
  for (const [group, registry] of Object.entries(effects) as [EffectGroup, Registry<EffectDescriptor>][]) {
    out[group] = registry.list().map(describe);
  }
  return out;
}
