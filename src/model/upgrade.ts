import { JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { DRAFT_SCHEMA_NAME, DRAFT_VERSION, type Draft } from './draft.js';
import { validateDraft } from './validate.js';
import { fromWire, isWireDraft } from './wire.js';

/**
 * Drafts are stored in wire form. When the schema changes, bump DRAFT_VERSION and register an upgrader
 * from the previous version here; loading runs them in order so old files keep working.
 */
export interface Upgrader {
  from: number;
  to: number;
  description: string;
  upgrade(wire: Record<string, unknown>): Record<string, unknown>;
}

export const upgraders: Upgrader[] = [];

export function upgradeWire(
  wire: Record<string, unknown>,
  steps: readonly Upgrader[] = upgraders,
  target = DRAFT_VERSION,
): Record<string, unknown> {
  let current = wire;
  let version = typeof current.v === 'number' ? current.v : Number.NaN;
  if (!Number.isInteger(version)) {
    throw phrasedError('invalid_draft', phrase('draft.noVersion'), { field: 'v' });
  }
  if (version > target) {
    throw phrasedError('invalid_draft', phrase('draft.tooNew', { version, target }), {
      field: 'v',
      hint: phrase('draft.tooNew.hint'),
    });
  }
  while (version < target) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) throw phrasedError('invalid_draft', phrase('draft.noUpgrade', { version }), { field: 'v' });
    current = { ...step.upgrade(structuredClone(current)), v: step.to };
    version = step.to;
  }
  return current;
}

/** Any draft JSON (wire of any known version, or readable) → a validated, current draft. */
export function parseDraft(value: unknown): Draft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw phrasedError('invalid_draft', phrase('draft.notObject'), { field: '(root)' });
  }
  const record = value as Record<string, unknown>;
  if (record.schema !== undefined && record.schema !== DRAFT_SCHEMA_NAME) {
    throw phrasedError(
      'invalid_draft',
      phrase('draft.wrongSchema', { expected: DRAFT_SCHEMA_NAME, got: JSON.stringify(record.schema) }),
      { field: 'schema' },
    );
  }
  if (isWireDraft(record)) {
    let readable: Record<string, unknown>;
    try {
      readable = fromWire(upgradeWire({ schema: DRAFT_SCHEMA_NAME, ...(record as Record<string, unknown>) }));
    } catch (error) {
      if (error instanceof JoyError) throw error;
      throw phrasedError('invalid_draft', phrase('draft.invalid', { reason: (error as Error).message }), {
        field: 't',
      });
    }
    return validateDraft(readable);
  }
  return validateDraft({ schema: DRAFT_SCHEMA_NAME, version: DRAFT_VERSION, ...record });
}
