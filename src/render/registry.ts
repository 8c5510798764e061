import { z } from 'zod';

/**
 * Every effect is a plug-in with a descriptor. From the descriptor come the zod schema that validates a
 * draft, the JSON schema the chat tools and the studio use, the CLI listing and the docs — so adding an
 * effect means adding one file (and its test) to its folder's list.
 */
export type ParamSpec =
  | {
      type: 'number';
      min: number;
      max: number;
      default: number;
      description: string;
      unit?: string;
      animatable?: boolean;
    }
  | { type: 'enum'; values: readonly string[]; default: string; description: string; animatable?: false }
  | { type: 'boolean'; default: boolean; description: string; animatable?: false }
  | { type: 'color'; default: string; description: string; animatable?: false };

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValues = Record<string, number | string | boolean>;

export type EffectKind = 'motion' | 'transition' | 'look' | 'fit' | 'text-style' | 'text-animation';

export interface EffectDescriptor {
  kind: EffectKind;
  /** kebab-case, the word a person types: `slide-left`, `zoom-in`. */
  name: string;
  title: string;
  description: string;
  /** Other words people use for it (`fade` for `crossfade`); the director and CLI accept them. */
  aliases?: readonly string[];
  params: ParamSpecs;
}

export const EASINGS = ['linear', 'ease-in', 'ease-out', 'ease-in-out'] as const;
export type EasingName = (typeof EASINGS)[number];

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function paramSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case 'number':
      return z.number().min(spec.min).max(spec.max);
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'color':
      return z.string().regex(HEX_COLOR, 'must be a colour like #ffcc00');
  }
}

const schemaCache = new WeakMap<EffectDescriptor, z.ZodObject>();

/** zod schema for a plug-in's parameters: every key optional, unknown keys refused. Built once per plug-in. */
export function paramsSchema(descriptor: EffectDescriptor): z.ZodObject {
  const cached = schemaCache.get(descriptor);
  if (cached) return cached;
  const schema = buildParamsSchema(descriptor);
  schemaCache.set(descriptor, schema);
  return schema;
}

function buildParamsSchema(descriptor: EffectDescriptor): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(descriptor.params)) shape[key] = paramSchema(spec).optional();
  return z.strictObject(shape);
}

/** Parameters with defaults filled in, as the renderer reads them. */
export function resolveParams(descriptor: EffectDescriptor, values: ParamValues | undefined): ParamValues {
  const resolved: ParamValues = {};
  for (const [key, spec] of Object.entries(descriptor.params)) resolved[key] = values?.[key] ?? spec.default;
  return resolved;
}

export class Registry<T extends EffectDescriptor> {
  readonly kind: EffectKind;
  private readonly byName = new Map<string, T>();
  private readonly byAlias = new Map<string, T>();

  constructor(kind: EffectKind, plugins: readonly T[]) {
    this.kind = kind;
    for (const plugin of plugins) this.add(plugin);
  }

  private add(plugin: T): void {
    if (plugin.kind !== this.kind) throw new Error(`${plugin.name} is a ${plugin.kind}, not a ${this.kind}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(plugin.name))
      throw new Error(`Effect name must be kebab-case: ${plugin.name}`);
    if (this.byName.has(plugin.name)) throw new Error(`Duplicate ${this.kind} "${plugin.name}"`);
    this.byName.set(plugin.name, plugin);
    for (const alias of plugin.aliases ?? []) this.byAlias.set(normalizeName(alias), plugin);
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
    const plugin = this.byName.get(name);
    if (!plugin) throw new Error(`Unknown ${this.kind} "${name}". Choose one of: ${this.names().join(', ')}`);
    return plugin;
  }

  /** Lenient lookup for people's words: name, alias, spaces or underscores for dashes. */
  find(word: string): T | undefined {
    const key = normalizeName(word);
    return this.byName.get(key) ?? this.byAlias.get(key);
  }
}

export function normalizeName(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Descriptor as plain JSON (for `joy effects --json`, the API and the studio). */
export function describe(descriptor: EffectDescriptor): Omit<EffectDescriptor, never> {
  const { kind, name, title, description, aliases, params } = descriptor;
  return { kind, name, title, description, aliases: aliases ?? [], params };
}
