import { phrasedError } from '../../errors.js';
import { type PhrasePart, phrase } from '../../messages/index.js';
import { applyCommands, type Change } from '../../model/commands.js';
import type { Draft } from '../../model/draft.js';
import type { DraftHistory } from '../../model/history.js';
import { emptyDraft } from '../../model/new-draft.js';

/**
 * Hand edits and their history: typed edit commands (the same the chat director produces, so chat and
 * hand edits mix in one history), undo and redo. Each returns the new draft and its change lines; the
 * history is updated in place and the caller saves both.
 */
export interface Edited {
  draft: Draft;
  changes: Change[];
}

export function editDraft(draft: Draft | undefined, history: DraftHistory, commands: unknown[]): Edited {
  const applied = applyCommands(draft ?? emptyDraft(), commands);
  history.push(applied.draft);
  return { draft: applied.draft, changes: applied.changes };
}

export type HistoryStep = 'undo' | 'redo';

/**
 * Undo or redo. `describe` gives the changes that made a history version (from the transcript), so the
 * answer says what was undone or redone ("Undid: Aspect → 9:16 (1080×1920)"); without them it names the
 * version reached.
 */
export function stepHistory(
  history: DraftHistory,
  step: HistoryStep,
  describe: (version: number) => PhrasePart[] = () => [],
): Edited {
  const possible = step === 'undo' ? history.canUndo() : history.canRedo();
  const left = history.version;
  const draft = possible ? (step === 'undo' ? history.undo() : history.redo()) : undefined;
  if (!draft)
    throw phrasedError(
      'invalid_command',
      phrase(step === 'undo' ? 'error.nothingToUndo' : 'error.nothingToRedo'),
    );
  const lines = describe(step === 'undo' ? left : history.version);
  if (lines.length > 0)
    return {
      draft,
      changes: [phrase(step === 'undo' ? 'change.undid' : 'change.redid', { lines: { list: lines } })],
    };
  return {
    draft,
    changes: [
      phrase(step === 'undo' ? 'change.undo.version' : 'change.redo.version', { n: history.version }),
    ],
  };
}

/** A page's edit made against a draft version that is no longer the session's is refused, not applied. */
export function checkBaseVersion(base: number | undefined, current: number | undefined): void {
  if (base === undefined || current === undefined || base === current) return;
  throw phrasedError('draft_conflict', phrase('draft.conflict'), {
    hint: phrase('draft.conflict.hint', { base, current }),
  });
}
