import type { FastifyRequest } from 'fastify';
import { phrasedError } from '../../errors.js';
import { jobResolver } from '../../jobs/render-executor.js';
import { type PhrasePart, phrase } from '../../messages/index.js';
import type { Change } from '../../model/commands.js';
import type { Draft } from '../../model/draft.js';
import type { DraftHistory } from '../../model/history.js';
import { emptyDraft } from '../../model/new-draft.js';
import { toWire } from '../../model/wire.js';
import type { MediaResolver } from '../../render/pipeline-types.js';
import type { Accounts } from '../accounts.js';
import type { KeyedMutex } from '../mutex.js';
import type { SessionEvents } from '../session-events.js';
import { ASSET_URI_PREFIX, type Sessions } from '../sessions.js';
import { linePart, type Transcript } from '../transcript.js';
import { changeView } from '../views.js';

/** What the studio's routes need of the service, so they also run on a bare app with in-memory deps. */
export interface StudioSession {
  /** The session's current draft; undefined before it has one (commands then start from an empty draft). */
  draft: Draft | undefined;
  /** The session's undo/redo history (its `current` is `draft` when there is one). */
  history: DraftHistory;
  /** The session's draft version, when the store keeps one (edits made against an older one are refused). */
  draftVersion?: number;
}

/** A saved hand edit, for the session's transcript and the pages watching it. */
export interface RecordedEdit {
  changes: Change[];
  /** The history version the edit made; undefined for undo and redo (they make none). */
  historyVersion: number | undefined;
  draftVersion: number | undefined;
}

export interface StudioDeps {
  /**
   * Checks the bearer token and that the session belongs to it; throws JoyError `bad_token` (1001) or
   * `session_not_found` (1002) otherwise.
   */
  getSession(token: string, sid: string): StudioSession | Promise<StudioSession>;
  /** Stores `draft` as the session's current draft together with `history` (already updated). */
  saveDraft(sid: string, draft: Draft, history: DraftHistory): unknown;
  /** Media resolver for this session's drafts (`asset:<id>` → local path; refuses anything else). */
  resolveMedia(sid: string): MediaResolver;
  /**
   * Runs a read-modify-write of a session's draft exclusively (the chat's per-session mutex), so a
   * hand edit and a chat turn never overwrite each other. Optional: without it edits run unguarded.
   */
  withLock?<T>(sid: string, work: () => Promise<T>): Promise<T>;
  /** Keeps a saved edit in the transcript and tells the pages watching the session. Optional. */
  recordEdit?(sid: string, edit: RecordedEdit): void;
  /** The changes that made history version `version`, for undo and redo to say what they did. */
  changesFor?(sid: string, version: number): PhrasePart[];
}

/** StudioDeps from the service's own accounts and sessions. */
export function studioDeps(services: {
  accounts: Pick<Accounts, 'authenticate'>;
  sessions: Pick<Sessions, 'require' | 'draft' | 'history' | 'saveDraft' | 'media'>;
  dataDir: string;
  mutex?: Pick<KeyedMutex, 'run'>;
  transcript?: Pick<Transcript, 'add' | 'changesFor'>;
  sessionEvents?: Pick<SessionEvents, 'publish'>;
}): StudioDeps {
  const { accounts, sessions, dataDir, mutex, transcript, sessionEvents } = services;
  return {
    getSession(token, sid) {
      const account = accounts.authenticate(token);
      const session = sessions.require(account.id, sid);
      const draft = sessions.draft(session.id);
      return {
        draft,
        history: sessions.history(session.id, draft ?? emptyDraft()),
        draftVersion: session.draftVersion,
      };
    },
    saveDraft(sid, draft, history) {
      return sessions.saveDraft(sid, draft, history);
    },
    resolveMedia(sid) {
      const media = Object.fromEntries(
        sessions.media(sid).map((record) => [`${ASSET_URI_PREFIX}${record.id}`, record.path]),
      );
      return jobResolver(dataDir, media);
    },
    ...(mutex ? { withLock: <T>(sid: string, work: () => Promise<T>) => mutex.run(sid, work) } : {}),
    recordEdit(sid, edit) {
      transcript?.add(sid, {
        role: 'edit',
        changes: edit.changes.map((change) => ({ ...changeView(change), ok: true })),
        historyVersion: edit.historyVersion ?? null,
      });
      sessionEvents?.publish(sid, 'draft', edit.draftVersion);
    },
    changesFor(sid, version) {
      return transcript?.changesFor(sid, version).map(linePart) ?? [];
    },
  };
}

function studioBearer(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw phrasedError('bad_token', phrase('token.malformed'), {
      hint: phrase('token.malformed.hint'),
    });
  }
  return match[1];
}

/** The caller's session of a studio route (token checked first), its draft and history. */
export async function studioSession(
  deps: StudioDeps,
  request: FastifyRequest<{ Params: { sid: string } }>,
): Promise<StudioSession & { sid: string }> {
  const found = await deps.getSession(studioBearer(request), request.params.sid);
  // A draft saved without going through the history (should not happen) still becomes undoable.
  if (found.draft && JSON.stringify(toWire(found.history.current)) !== JSON.stringify(toWire(found.draft))) {
    found.history.push(found.draft);
  }
  return { sid: request.params.sid, ...found };
}
