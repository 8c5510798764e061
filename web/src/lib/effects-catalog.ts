import { catalog, type EffectDescriptor, type Registry } from '../../../src/catalog/index.js';

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

const choices = (registry: Registry<EffectDescriptor>): EffectChoice[] =>
  registry.list().map(({ name, title }) => ({ name, title }));

export const STUDIO_CATALOG: EffectCatalog = {
  motions: choices(catalog.motions),
  transitions: choices(catalog.transitions),
};
