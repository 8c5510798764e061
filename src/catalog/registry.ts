import { effectTitle, type Lang } from '../messages/index.js';
import type { DescribedEffect, EffectDescriptor, EffectKind } from './types.js';

/** An effect's name as people write it: lower case, dashes for spaces and underscores. */
export function normalizeName(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Effects of one kind by name and alias. The catalogue holds descriptors; `render/` builds one over its
 * implementations with the same names. `fallback` is what a saved draft's unknown name is drawn as.
 */
export class Registry<T extends { kind: EffectKind; name: string; aliases?: readonly string[] }> {
  readonly kind: EffectKind;
  readonly fallback: string;
  private readonly byName = new Map<string, T>();
  private readonly byAlias = new Map<string, T>();

  constructor(kind: EffectKind, entries: readonly T[], fallback: string) {
    this.kind = kind;
    for (const entry of entries) this.add(entry);
    if (!this.byName.has(fallback)) throw new Error(`The ${kind} fallback "${fallback}" is not in the list`);
    this.fallback = fallback;
  }

  private add(entry: T): void {
    if (entry.kind !== this.kind) throw new Error(`${entry.name} is a ${entry.kind}, not a ${this.kind}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.name))
      throw new Error(`Effect name must be kebab-case: ${entry.name}`);
    if (this.byName.has(entry.name)) throw new Error(`Duplicate ${this.kind} "${entry.name}"`);
    this.byName.set(entry.name, entry);
    for (const alias of entry.aliases ?? []) this.byAlias.set(normalizeName(alias), entry);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  list(): T[] {
    return [...this.byName.values()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Exact name lookup; throws with the list of valid names. */
  get(name: string): T {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`Unknown ${this.kind} "${name}". Choose one of: ${this.names().join(', ')}`);
    return entry;
  }

  /** The named effect, or the fallback for a name this version does not know (from a newer or older Joy). */
  resolve(name: string): T {
    return this.byName.get(name) ?? this.byName.get(this.fallback)!;
  }

  /** Lenient lookup for people's words: name, alias, spaces or underscores for dashes. */
  find(word: string): T | undefined {
    const key = normalizeName(word);
    return this.byName.get(key) ?? this.byAlias.get(key);
  }
}

/** Descriptor as plain JSON (for `joy effects --json`, the API and the studio), titled in `lang`. */
export function describe(descriptor: EffectDescriptor, lang: Lang = 'en'): DescribedEffect {
  const { kind, name, description, aliases, params } = descriptor;
  return { kind, name, title: effectTitle(lang, kind, name), description, aliases: aliases ?? [], params };
}
