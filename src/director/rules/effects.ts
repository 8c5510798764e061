import type { EffectDescriptor, ParamValues, Registry } from '../../catalog/index.js';
import { effectTitle } from '../../messages/index.js';
import type { Clause } from '../clause.js';
import { fuzzyFind } from '../fuzzy.js';
import { matchesOf } from '../text.js';

/** Shared helpers for rules that name registry effects. */

/** Words no effect name starts or ends with; phrases edged by them are skipped. */
const EDGE_WORDS = new Set(
  'a an the and or to of on in at for with my me it its them this that these those please make set use add put all every each is be'.split(
    ' ',
  ),
);

export interface EffectHit<T> {
  plugin: T;
  start: number;
  end: number;
}

/**
 * Finds registry names or aliases (or near misses) among the clause's words, longest phrase first.
 * `accept` decides whether a hit counts (e.g. only distinctive words without a keyword nearby).
 */
export function findEffects<T extends EffectDescriptor>(
  clause: Clause,
  registry: Registry<T>,
  accept: (phrase: string, plugin: T) => boolean = () => true,
): EffectHit<T>[] {
  // A unit after a number (the s of "2s", "0.3 s") is no word: it must not join an effect's name and be taken with it.
  const words = [
    ...matchesOf(clause.text, /(?<![a-z0-9.])(?<!\d\s{1,3}(?=(?:s|secs?|seconds?|ms)\b))[a-z][a-z0-9&]*/g),
  ].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hits: EffectHit<T>[] = [];
  const used = new Set<number>();
  for (let size = Math.min(4, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      if (Array.from({ length: size }, (_, k) => i + k).some((k) => used.has(k))) continue;
      const slice = words.slice(i, i + size);
      if (EDGE_WORDS.has(slice[0]!.word) || EDGE_WORDS.has(slice[slice.length - 1]!.word)) continue;
      const phrase = slice.map((w) => w.word).join(' ');
      if (phrase.length < 3) continue;
      const plugin = fuzzyFind(registry, phrase);
      if (!plugin || !accept(phrase, plugin)) continue;
      for (let k = i; k < i + size; k++) used.add(k);
      hits.push({ plugin, start: slice[0]!.start, end: slice[slice.length - 1]!.end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Picks the hit nearest to a keyword position (or the first), and takes it from the clause. */
export function takeNearest<T>(
  clause: Clause,
  hits: EffectHit<T>[],
  keywordAt: number | undefined,
): EffectHit<T> | undefined {
  if (hits.length === 0) return undefined;
  const chosen =
    keywordAt === undefined
      ? hits[0]!
      : hits.reduce((best, hit) => (distance(hit, keywordAt) < distance(best, keywordAt) ? hit : best));
  clause.blank(chosen.start, chosen.end);
  return chosen;
}

function distance(hit: { start: number; end: number }, at: number): number {
  return at >= hit.end ? at - hit.end : at < hit.start ? hit.start - at : 0;
}

const DIRECTIONS: [RegExp, string][] = [
  [/\b(?:left|leftward|leftwards)\b|向左|往左|左/, 'left'],
  [/\b(?:right|rightward|rightwards)\b|向右|往右|右/, 'right'],
  [/\b(?:up|upward|upwards)\b|向上|往上/, 'up'],
  [/\b(?:down|downward|downwards)\b|向下|往下/, 'down'],
];

/** Direction words fill an enum parameter that lists them (e.g. a slide's `direction`). */
export function directionParams(plugin: EffectDescriptor, clause: Clause): ParamValues | undefined {
  for (const [key, spec] of Object.entries(plugin.params)) {
    if (spec.type !== 'enum') continue;
    for (const [re, value] of DIRECTIONS) {
      if (spec.values.includes(value) && clause.take(re)) return { [key]: value };
    }
  }
  return undefined;
}

/** The first registry entry among candidate names, in order (names or aliases). */
export function firstAvailable<T extends EffectDescriptor>(
  registry: Registry<T>,
  candidates: readonly string[],
): T | undefined {
  for (const candidate of candidates) {
    const found = registry.find(candidate);
    if (found) return found;
  }
  return undefined;
}

/** The registry's effects listed for a reply: their names in English, their Chinese titles in Chinese. */
export function effectList(
  kind: 'transition' | 'look' | 'motion',
  registry: Registry<EffectDescriptor>,
  exclude: readonly string[] = [],
): { en: string; zh: string } {
  const names = registry.names().filter((name) => !exclude.includes(name));
  return {
    en: names.join(', '),
    zh: names.map((name) => effectTitle('zh', kind, name)).join('、'),
  };
}
