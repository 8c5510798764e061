import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { relativizeMedia } from '../make/local-files.js';
import type { Draft } from '../model/draft.js';
import { DraftHistory } from '../model/history.js';
import { parseDraft } from '../model/upgrade.js';
import { toWire } from '../model/wire.js';

/**
 * `joy edit` keeps the versions of a draft beside it (`draft.json.history.json`), so "undo" and "redo"
 * work across separate commands. When the draft file was changed by something else since, that state
 * becomes the newest version, so undo still steps back to what Joy last wrote.
 */
export const HISTORY_SUFFIX = '.history.json';
/** Versions kept: enough to walk back a session, small enough to stay a small file. */
const LIMIT = 30;

export function historyPath(draftPath: string): string {
  return `${draftPath}${HISTORY_SUFFIX}`;
}

function wire(draft: Draft, draftPath: string): unknown {
  return toWire(relativizeMedia(draft, dirname(resolve(draftPath))));
}

function same(a: Draft, b: Draft, draftPath: string): boolean {
  return JSON.stringify(wire(a, draftPath)) === JSON.stringify(wire(b, draftPath));
}

export async function loadHistory(draftPath: string, draft: Draft): Promise<DraftHistory> {
  try {
    const stored = JSON.parse(await readFile(historyPath(draftPath), 'utf8')) as {
      versions: unknown[];
      position: number;
      topic?: string;
    };
    const history = DraftHistory.fromJSON(
      {
        versions: stored.versions.map((version) => parseDraft(version)),
        position: stored.position,
        ...(stored.topic ? { topic: stored.topic } : {}),
      },
      LIMIT,
    );
    if (!same(history.current, draft, draftPath)) {
      // Changed outside Joy (by hand, or replaced by another file): undo can still go back to the
      // versions kept, but what the conversation was about belongs to a draft that no longer is.
      history.push(draft);
      history.topic = undefined;
    }
    return history;
  } catch {
    // No history yet, or one that cannot be read: start again from the file as it is.
    return new DraftHistory(draft, LIMIT);
  }
}

export async function saveHistory(draftPath: string, history: DraftHistory): Promise<void> {
  const { versions, position, topic } = history.toJSON();
  const data = { versions: versions.map((version) => wire(version, draftPath)), position, topic };
  await writeFile(historyPath(draftPath), `${JSON.stringify(data)}\n`);
}

export async function removeHistory(draftPath: string): Promise<void> {
  await rm(historyPath(draftPath), { force: true });
}
