/**
 * The effect names the settings panel offers, from `GET /api/effects` (the registry's descriptors). The
 * fallback lists the built-ins so the panel works before the catalog arrives.
 */
export interface EffectChoice {
  name: string;
  title: string;
}

export interface EffectCatalog {
  motions: EffectChoice[];
  transitions: EffectChoice[];
}

const titled = (names: string[]): EffectChoice[] =>
  names.map((name) => ({ name, title: name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));

export const FALLBACK_CATALOG: EffectCatalog = {
  motions: titled([
    'static',
    'zoom-in',
    'zoom-out',
    'push-in',
    'pan-left',
    'pan-right',
    'pan-up',
    'pan-down',
    'drift',
    'rotate',
  ]),
  transitions: titled(['cut', 'crossfade', 'fade-black', 'fade-white']),
};

function choices(value: unknown): EffectChoice[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value
    .map((item): EffectChoice | undefined => {
      if (typeof item === 'string') return { name: item, title: titled([item])[0]!.title };
      if (item && typeof item === 'object' && typeof (item as EffectChoice).name === 'string') {
        const { name, title } = item as EffectChoice;
        return { name, title: typeof title === 'string' && title ? title : titled([name])[0]!.title };
      }
      return undefined;
    })
    .filter((item): item is EffectChoice => item !== undefined);
  return out.length > 0 ? out : undefined;
}

/** Reads `GET /api/effects` data (`{ motions: [...], transitions: [...], … }`, possibly under `effects`). */
export function readCatalog(data: unknown): EffectCatalog {
  const root = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const inner =
    root.effects && typeof root.effects === 'object' ? (root.effects as Record<string, unknown>) : root;
  return {
    motions: choices(inner.motions ?? inner.motion) ?? FALLBACK_CATALOG.motions,
    transitions: choices(inner.transitions ?? inner.transition) ?? FALLBACK_CATALOG.transitions,
  };
}
