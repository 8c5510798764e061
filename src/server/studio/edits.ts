import { JoyError } from '../../errors.js';
import { applyCommands } from '../../model/commands.js';
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
  changes: string[];
}

export function editDraft(draft: Draft | undefined, history: DraftHistory, commands: unknown[]): Edited {
  const applied = applyCommands(draft ?? emptyDraft(), commands);
  history.push(applied.draft);
  return { draft: applied.draft, changes: applied.changes };
}

export type HistoryStep = 'undo' | 'redo';

export function stepHistory(history: DraftHistory, step: HistoryStep): Edited {
  const possible = step === 'undo' ? history.canUndo() : history.canRedo();
  const draft = possible ? (step === 'undo' ? history.undo() : history.redo()) : undefined;
  if (!draft) throw new JoyError('invalid_command', `There is nothing to ${step}.`);
  const label = step === 'undo' ? 'Undo' : 'Redo';
  return { draft, changes: [`${label} → version ${history.version}`] };
}
