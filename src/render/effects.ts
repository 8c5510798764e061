import { catalog, type EffectDescriptor, type EffectGroup, Registry } from '../catalog/index.js';
import { fitImplementations } from './fits/index.js';
import { lookImplementations } from './looks/index.js';
import { motionImplementations } from './motions/index.js';
import type {
  FitPlugin,
  LookPlugin,
  MotionPlugin,
  TextAnimationPlugin,
  TextStylePlugin,
  TransitionPlugin,
} from './plugin-types.js';
import { textAnimationImplementations } from './text-animations/index.js';
import { textStyleImplementations } from './text-styles/index.js';
import { transitionImplementations } from './transitions/index.js';

/**
 * Joins each catalogue entry to the implementation registered under its name. A catalogue entry with
 * no implementation, or an implementation the catalogue does not list, stops Joy at start-up.
 */
function implement<D extends EffectDescriptor, I extends { name: string }>(
  descriptors: Registry<D>,
  implementations: readonly I[],
): Registry<D & I> {
  const byName = new Map(implementations.map((implementation) => [implementation.name, implementation]));
  const stray = implementations.filter((implementation) => !descriptors.has(implementation.name));
  if (stray.length > 0)
    throw new Error(`No catalogue entry for the ${descriptors.kind} ${stray.map((i) => i.name).join(', ')}`);
  const plugins = descriptors.list().map((descriptor) => {
    const implementation = byName.get(descriptor.name);
    if (!implementation) throw new Error(`The ${descriptor.kind} "${descriptor.name}" has no implementation`);
    return { ...descriptor, ...implementation };
  });
  return new Registry<D & I>(descriptors.kind, plugins, descriptors.fallback);
}

/** Every effect with its pixels: look up by catalogue name; `resolve` draws unknown names as the fallback. */
export const effects = {
  motions: implement(catalog.motions, motionImplementations) as Registry<MotionPlugin>,
  transitions: implement(catalog.transitions, transitionImplementations) as Registry<TransitionPlugin>,
  looks: implement(catalog.looks, lookImplementations) as Registry<LookPlugin>,
  fits: implement(catalog.fits, fitImplementations) as Registry<FitPlugin>,
  textStyles: implement(catalog.textStyles, textStyleImplementations) as Registry<TextStylePlugin>,
  textAnimations: implement(
    catalog.textAnimations,
    textAnimationImplementations,
  ) as Registry<TextAnimationPlugin>,
} satisfies Record<EffectGroup, Registry<EffectDescriptor>>;

/** The implementations registered per group, for the check that they match the catalogue one for one. */
export const implementedNames: Record<EffectGroup, string[]> = {
  motions: motionImplementations.map((i) => i.name),
  transitions: transitionImplementations.map((i) => i.name),
  looks: lookImplementations.map((i) => i.name),
  fits: fitImplementations.map((i) => i.name),
  textStyles: textStyleImplementations.map((i) => i.name),
  textAnimations: textAnimationImplementations.map((i) => i.name),
};
