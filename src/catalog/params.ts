import { z } from 'zod';
import { hexColorSchema } from './color.js';
import type { EffectDescriptor, ParamSpec, ParamValues } from './types.js';

export function paramSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case 'number':
      return z.number().min(spec.min).max(spec.max);
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'color':
      return hexColorSchema;
  }
}

const schemaCache = new WeakMap<EffectDescriptor, z.ZodObject>();

/** zod schema for an effect's parameters: every key optional, unknown keys refused. Built once per effect. */
export function paramsSchema(descriptor: EffectDescriptor): z.ZodObject {
  const cached = schemaCache.get(descriptor);
  if (cached) return cached;
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(descriptor.params)) shape[key] = paramSchema(spec).optional();
  const schema = z.strictObject(shape);
  schemaCache.set(descriptor, schema);
  return schema;
}

/** Parameters with defaults filled in, as the renderer reads them. */
export function resolveParams(descriptor: EffectDescriptor, values: ParamValues | undefined): ParamValues {
  const resolved: ParamValues = {};
  for (const [key, spec] of Object.entries(descriptor.params)) resolved[key] = values?.[key] ?? spec.default;
  return resolved;
}
