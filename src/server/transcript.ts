import { randomBytes } from 'node:crypto';
import { type MessageKey, type Phrase, type PhrasePart, readPhrase } from '../messages/index.js';
import { type Db, migrate } from './db.js';

/**
 * The conversation of a session as its owner saw it, kept by the server so a reload, a second tab or
 * another device shows the same transcript in the same order: what the person said, Joy's replies with
 * their change lines, and hand edits (as change lines). A chat turn writes its two entries when it
 * starts (the reply pending) and completes the reply when it ends, so the order never depends on which
 * tab is watching.
 */
export type TranscriptRole = 'user' | 'assistant' | 'edit';

/**
 * One change line: its English `text`, and the catalogue phrase it was said from (`key`, `vars`) so each
 * reader sees it in their own language. Lines kept before phrases existed have only the text.
 */
export interface ChangeLine {
  text: string;
  ok: boolean;
  key?: MessageKey;
  vars?: Phrase['vars'];
}

/** The line as a part of another phrase ("Undid: …"): its phrase when it has one, else its text. */
export function linePart(line: ChangeLine): PhrasePart {
  return (line.key && readPhrase({ key: line.key, vars: line.vars })) || line.text;
}

export interface TranscriptEntry {
  id: string;
  seq: number;
  sessionId: string;
  role: TranscriptRole;
  text: string;
  changes: ChangeLine[];
  error: string | null;
  pending: boolean;
  /** The history version (undo/redo position) this entry's changes produced, when it changed the draft. */
  historyVersion: number | null;
  createdAt: number;
}

export type NewEntry = Pick<TranscriptEntry, 'role'> &
  Partial<Pick<TranscriptEntry, 'text' | 'changes' | 'error' | 'pending' | 'historyVersion'>>;

const MIGRATIONS = [
  `
  CREATE TABLE transcript (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    role TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    pending INTEGER NOT NULL DEFAULT 0,
    history_version INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX transcript_session ON transcript(session_id, seq);
  `,
];

/** How many of the latest entries a session's state lists. */
export const TRANSCRIPT_KEEP = 200;

interface Row {
  seq: number;
  id: string;
  session_id: string;
  role: TranscriptRole;
  text: string;
  changes: string;
  error: string | null;
  pending: number;
  history_version: number | null;
  created_at: number;
}

function parseChanges(text: string): ChangeLine[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as ChangeLine[]) : [];
  } catch {
    return [];
  }
}

const toEntry = (row: Row): TranscriptEntry => ({
  id: row.id,
  seq: row.seq,
  sessionId: row.session_id,
  role: row.role,
  text: row.text,
  changes: parseChanges(row.changes),
  error: row.error,
  pending: row.pending === 1,
  historyVersion: row.history_version,
  createdAt: row.created_at,
});

export class Transcript {
  constructor(private readonly db: Db) {
    migrate(db, 'transcript', MIGRATIONS);
    // Replies that were being written when the service stopped will never be completed.
    db.prepare(
      "UPDATE transcript SET pending = 0, error = COALESCE(error, 'interrupted') WHERE pending = 1",
    ).run();
  }

  add(sessionId: string, entry: NewEntry, now = Date.now()): TranscriptEntry {
    const id = `t_${randomBytes(9).toString('base64url')}`;
    this.db
      .prepare(
        'INSERT INTO transcript (id, session_id, role, text, changes, error, pending, history_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        id,
        sessionId,
        entry.role,
        entry.text ?? '',
        JSON.stringify(entry.changes ?? []),
        entry.error ?? null,
        entry.pending ? 1 : 0,
        entry.historyVersion ?? null,
        now,
      );
    return this.get(id)!;
  }

  /** Completes or corrects an entry (a reply when its turn ends). */
  update(id: string, change: Partial<Omit<NewEntry, 'role'>>): void {
    const current = this.get(id);
    if (!current) return;
    const next = { ...current, ...change };
    this.db
      .prepare(
        'UPDATE transcript SET text = ?, changes = ?, error = ?, pending = ?, history_version = ? WHERE id = ?',
      )
      .run(
        next.text,
        JSON.stringify(next.changes),
        next.error ?? null,
        next.pending ? 1 : 0,
        next.historyVersion ?? null,
        id,
      );
  }

  get(id: string): TranscriptEntry | undefined {
    const row = this.db.prepare('SELECT * FROM transcript WHERE id = ?').get(id) as Row | undefined;
    return row ? toEntry(row) : undefined;
  }

  /** The latest entries of a session, oldest first. */
  list(sessionId: string, limit = TRANSCRIPT_KEEP): TranscriptEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM transcript WHERE session_id = ? ORDER BY seq DESC LIMIT ?')
      .all(sessionId, limit) as Row[];
    return rows.reverse().map(toEntry);
  }

  /** The change lines that produced history version `version` (the most recent such entry). */
  changesFor(sessionId: string, version: number): ChangeLine[] {
    const row = this.db
      .prepare(
        "SELECT * FROM transcript WHERE session_id = ? AND history_version = ? AND changes != '[]' ORDER BY seq DESC LIMIT 1",
      )
      .get(sessionId, version) as Row | undefined;
    return row ? toEntry(row).changes.filter((line) => line.ok) : [];
  }
}

/** A transcript entry as `state.transcript` lists it. */
export function transcriptView(entry: TranscriptEntry): Record<string, unknown> {
  return {
    id: entry.id,
    seq: entry.seq,
    role: entry.role,
    text: entry.text,
    changes: entry.changes,
    ...(entry.error ? { error: entry.error } : {}),
    ...(entry.pending ? { pending: true } : {}),
    created_at: new Date(entry.createdAt).toISOString(),
  };
}
