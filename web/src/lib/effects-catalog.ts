import { catalog, type EffectDescriptor, type Registry } from '../../../src/catalog/index.js';
import { effectTitle, type Lang } from '../../../src/messages/index.js';

/**
 * The effects the settings panel offers, straight from the catalogue the server validates against — one
 * build, one list, so the studio never offers a name the draft would refuse.
 */
export interface EffectChoice {
  name: string;
  title: string;
}

export interface EffectCatalog {
  motions: EffectChoice[];
  transitions: EffectChoice[];
}

const choices = (registry: Registry<EffectDescriptor>, lang: Lang): EffectChoice[] =>
  registry.list().map(({ kind, name }) => ({ name, title: effectTitle(lang, kind, name) }));

/** The choices with their names in the studio's language. */
export function effectChoices(lang: Lang): EffectCatalog {
  return { motions: choices(catalog.motions, lang), transitions: choices(catalog.transitions, lang) };
}
