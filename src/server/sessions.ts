import { randomUUID } from 'node:crypto';
import type { CachedAnalysis } from '../analyse/cache.js';
import { ANALYSIS_CACHE_VERSION } from '../analyse/cache.js';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { DraftHistory } from '../model/history.js';
import { parseDraft } from '../model/upgrade.js';
import { toWire, type WireDraft } from '../model/wire.js';
import { randomId } from './accounts.js';
import type { Db } from './db.js';

/**
 * Sessions and what they hold: the draft (stored in wire form), its undo/redo history, uploaded
 * media and renders. A session belongs to one account; looking one up with another account's id
 * answers exactly like a missing session (1002).
 */
export interface Session {
  id: string;
  taskId: string;
  accountId: string;
  taskName: string | null;
  language: string | null;
  draftVersion: number;
  createdAt: number;
  updatedAt: number;
}

export interface MediaRecord {
  id: string;
  sessionId: string;
  name: string;
  kind: 'image' | 'video' | 'audio';
  format: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  orientation: number | null;
  hasAudio: boolean | null;
  takenAt: string | null;
  /** Path relative to the data dir, e.g. `media/<id>.jpg`. */
  path: string;
  sourceUrl: string | null;
  createdAt: number;
  /** What analysis learnt (faces, subject, beats), once it has run; null before or when it failed. */
  analysis?: CachedAnalysis | null;
}

export interface RenderRecord {
  accountId: string;
  id: string;
  sessionId: string;
  jobId: string;
  hash: string;
  draftVersion: number | null;
  createdAt: number;
}

interface SessionRow {
  id: string;
  task_id: string;
  account_id: string;
  task_name: string | null;
  language: string | null;
  draft: string | null;
  history: string | null;
  draft_version: number;
  created_at: number;
  updated_at: number;
}

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  taskId: row.task_id,
  accountId: row.account_id,
  taskName: row.task_name,
  language: row.language,
  draftVersion: row.draft_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

interface MediaRow {
  id: string;
  session_id: string;
  name: string;
  kind: MediaRecord['kind'];
  format: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  orientation: number | null;
  has_audio: number | null;
  taken_at: string | null;
  path: string;
  source_url: string | null;
  created_at: number;
  analysis?: string | null;
}

function parseAnalysis(text: string | null | undefined): CachedAnalysis | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as CachedAnalysis;
  } catch {
    return null;
  }
}

const toMedia = (row: MediaRow): MediaRecord => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  kind: row.kind,
  format: row.format,
  sizeBytes: row.size_bytes,
  width: row.width,
  height: row.height,
  durationMs: row.duration_ms,
  orientation: row.orientation,
  hasAudio: row.has_audio === null ? null : row.has_audio === 1,
  takenAt: row.taken_at,
  path: row.path,
  sourceUrl: row.source_url,
  createdAt: row.created_at,
  analysis: parseAnalysis(row.analysis),
});

interface StoredHistory {
  versions: WireDraft[];
  position: number;
}

export const ASSET_URI_PREFIX = 'asset:';

export class Sessions {
  constructor(private readonly db: Db) {}

  create(
    accountId: string,
    taskName: string | undefined,
    language: string | undefined,
    now = Date.now(),
  ): Session {
    const id = randomUUID();
    const taskId = randomUUID();
    this.db
      .prepare(
        'INSERT INTO sessions (id, task_id, account_id, task_name, language, draft_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
      )
      .run(id, taskId, accountId, taskName ?? null, language ?? null, now, now);
    return this.require(accountId, id);
  }

  /** The session if it exists and belongs to this account; otherwise 1002, the same either way. */
  require(accountId: string, sessionId: string): Session {
    const row = this.db
      .prepare('SELECT * FROM sessions WHERE id = ? AND account_id = ?')
      .get(sessionId, accountId) as SessionRow | undefined;
    if (!row) {
      throw phrasedError('session_not_found', phrase('session.notFound'), {
        hint: phrase('session.notFound.hint'),
      });
    }
    return toSession(row);
  }

  /** Current draft (validated, upgraded) or undefined when the session has none yet. */
  draft(sessionId: string): Draft | undefined {
    const row = this.db.prepare('SELECT draft FROM sessions WHERE id = ?').get(sessionId) as
      | { draft: string | null }
      | undefined;
    return row?.draft ? parseDraft(JSON.parse(row.draft)) : undefined;
  }

  wireDraft(sessionId: string): WireDraft | null {
    const row = this.db.prepare('SELECT draft FROM sessions WHERE id = ?').get(sessionId) as
      | { draft: string | null }
      | undefined;
    return row?.draft ? (JSON.parse(row.draft) as WireDraft) : null;
  }

  history(sessionId: string, initial: Draft): DraftHistory {
    const row = this.db.prepare('SELECT history FROM sessions WHERE id = ?').get(sessionId) as
      | { history: string | null }
      | undefined;
    if (!row?.history) return new DraftHistory(initial);
    const stored = JSON.parse(row.history) as StoredHistory;
    if (stored.versions.length === 0) return new DraftHistory(initial);
    return DraftHistory.fromJSON({
      versions: stored.versions.map((wire) => parseDraft(wire)),
      position: stored.position,
    });
  }

  /** Saves a new current draft and its history; returns the new draft version number. */
  saveDraft(sessionId: string, draft: Draft, history: DraftHistory, now = Date.now()): number {
    const plain = history.toJSON();
    const stored: StoredHistory = { versions: plain.versions.map(toWire), position: plain.position };
    this.db
      .prepare(
        'UPDATE sessions SET draft = ?, history = ?, draft_version = draft_version + 1, updated_at = ? WHERE id = ?',
      )
      .run(JSON.stringify(toWire(draft)), JSON.stringify(stored), now, sessionId);
    return (
      this.db.prepare('SELECT draft_version FROM sessions WHERE id = ?').get(sessionId) as {
        draft_version: number;
      }
    ).draft_version;
  }

  addMedia(records: MediaRecord[]): void {
    const insert = this.db.prepare(
      `INSERT INTO media (id, session_id, name, kind, format, size_bytes, width, height, duration_ms, orientation, has_audio, taken_at, path, source_url, created_at)
       VALUES (@id, @sessionId, @name, @kind, @format, @sizeBytes, @width, @height, @durationMs, @orientation, @hasAudio, @takenAt, @path, @sourceUrl, @createdAt)`,
    );
    this.db.transaction(() => {
      for (const { analysis: _analysis, ...record } of records)
        insert.run({ ...record, hasAudio: record.hasAudio === null ? null : record.hasAudio ? 1 : 0 });
    })();
  }

  media(sessionId: string): MediaRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM media WHERE session_id = ? ORDER BY created_at, rowid')
        .all(sessionId) as MediaRow[]
    ).map(toMedia);
  }

  /** Saves the analysis of a stored file, with the file's content hash for reuse. */
  setAnalysis(id: string, contentHash: string | null, analysis: CachedAnalysis): void {
    this.db
      .prepare('UPDATE media SET analysis = ?, content_hash = COALESCE(?, content_hash) WHERE id = ?')
      .run(JSON.stringify({ ...analysis, v: ANALYSIS_CACHE_VERSION }), contentHash, id);
  }

  /**
   * An analysis already made of a file with these bytes (any session: it holds no personal data beyond
   * the file's), by the current analysis version only.
   */
  analysisByHash(contentHash: string): CachedAnalysis | undefined {
    const rows = this.db
      .prepare(
        'SELECT analysis FROM media WHERE content_hash = ? AND analysis IS NOT NULL ORDER BY rowid DESC LIMIT 8',
      )
      .all(contentHash) as { analysis: string }[];
    for (const row of rows) {
      const parsed = parseAnalysis(row.analysis) as (CachedAnalysis & { v?: number }) | null;
      if (parsed && parsed.v === ANALYSIS_CACHE_VERSION) return parsed;
    }
    return undefined;
  }

  mediaById(id: string): MediaRecord | undefined {
    const row = this.db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined;
    return row ? toMedia(row) : undefined;
  }

  addRender(record: RenderRecord): void {
    this.db
      .prepare(
        'INSERT INTO renders (account_id, id, session_id, job_id, hash, draft_version, created_at) VALUES (@accountId, @id, @sessionId, @jobId, @hash, @draftVersion, @createdAt)',
      )
      .run(record);
  }

  replaceRenderJob(record: RenderRecord): void {
    this.db
      .prepare(
        'UPDATE renders SET job_id = @jobId, hash = @hash, session_id = @sessionId, draft_version = @draftVersion, created_at = @createdAt WHERE account_id = @accountId AND id = @id',
      )
      .run(record);
  }

  render(accountId: string, id: string): RenderRecord | undefined {
    const row = this.db.prepare('SELECT * FROM renders WHERE account_id = ? AND id = ?').get(accountId, id) as
      | RenderRow
      | undefined;
    return row ? toRender(row) : undefined;
  }

  renders(sessionId: string): RenderRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM renders WHERE session_id = ? ORDER BY created_at, rowid')
        .all(sessionId) as RenderRow[]
    ).map(toRender);
  }

  /** Job ids that rendered this hash before, newest first (for reuse of identical exports). */
  jobsForHash(hash: string): string[] {
    return (
      this.db
        .prepare('SELECT DISTINCT job_id FROM renders WHERE hash = ? ORDER BY created_at DESC')
        .all(hash) as { job_id: string }[]
    ).map((row) => row.job_id);
  }

  static newMediaId(): string {
    return randomId('m_', 15);
  }
}

interface RenderRow {
  account_id: string;
  id: string;
  session_id: string;
  job_id: string;
  hash: string;
  draft_version: number | null;
  created_at: number;
}

const toRender = (row: RenderRow): RenderRecord => ({
  accountId: row.account_id,
  id: row.id,
  sessionId: row.session_id,
  jobId: row.job_id,
  hash: row.hash,
  draftVersion: row.draft_version,
  createdAt: row.created_at,
});
