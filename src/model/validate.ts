import type { z } from 'zod';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { type Draft, draftSchema } from './draft.js';

/** `video[2].motion.strength` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more`);
  return lines.join('; ');
}

/** Validates a draft in readable form; the error names the first offending field. */
export function validateDraft(value: unknown): Draft {
  const result = draftSchema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw phrasedError('invalid_draft', phrase('draft.invalid', { reason: describeIssues(result.error) }), {
    field: first ? formatPath(first.path) : undefined,
    hint: phrase('draft.invalid.hint'),
  });
}
