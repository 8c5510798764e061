import { catalog, type EffectGroup } from '../catalog/index.js';
import type { Draft } from './draft.js';

/** An effect a saved draft names that this version of Joy does not know, and what it is drawn as. */
export interface UnknownEffect {
  /** Where it sits in the draft, e.g. `video.2.transition`. */
  path: string;
  group: EffectGroup;
  name: string;
  /** The catalogue's fallback for its kind, which the renderer draws instead. */
  drawnAs: string;
}

/** Every effect in the draft the catalogue does not know, in draft order. */
export function unknownEffects(draft: Draft): UnknownEffect[] {
  const found: UnknownEffect[] = [];
  const check = (path: string, group: EffectGroup, name: string | undefined) => {
    if (name === undefined || catalog[group].has(name)) return;
    found.push({ path, group, name, drawnAs: catalog[group].fallback });
  };
  check('look', 'looks', draft.look.name);
  draft.video.forEach((segment, index) => {
    check(`video.${index}.motion`, 'motions', segment.motion.name);
    check(`video.${index}.fit`, 'fits', segment.fit.name);
    check(`video.${index}.transition`, 'transitions', segment.transition?.name);
  });
  draft.texts.forEach((text, index) => {
    check(`texts.${index}.style`, 'textStyles', text.style.name);
    check(`texts.${index}.animation`, 'textAnimations', text.animation.name);
  });
  return found;
}
