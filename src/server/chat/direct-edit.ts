import { setTimeout as sleep } from 'node:timers/promises';
import type { DirectorResult, LlmConfig } from '../../director/types.js';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import { emptyDraft } from '../../model/new-draft.js';
import { sessionMediaRefs } from './media-refs.js';
import type { ChatDeps, ChatRequest, DirectFn } from './types.js';

/**
 * How long a turn waits before saving, for a connection the client already closed to be noticed: the
 * reply's headers went out when the turn started, and a gone client answers them with a reset.
 */
const CLOSE_NOTICE_MS = 5;

/** How long a chat turn waits for analyses still running on its session's uploads. */
export const ANALYSIS_WAIT_MS = 4000;

let directorModule:
  | Promise<{ direct: DirectFn; llm: (env: NodeJS.ProcessEnv) => LlmConfig | null }>
  | undefined;
/** The director loads on the first chat turn, not at start: a service without chat never pays for it. */
function loadDirector() {
  directorModule ??= import('../../director/index.js').then((module) => ({
    direct: module.direct as DirectFn,
    llm: module.llmConfigFromEnv,
  }));
  return directorModule;
}

/** The client closed its connection (or its side of it) after sending the message. */
function clientGone(request: ChatRequest): boolean {
  const socket = request.reply.raw.socket;
  return !socket || socket.destroyed || socket.readableEnded;
}

/**
 * Whether the message would edit the draft, asked of the rules alone on the current draft without
 * saving anything: how a turn at 0 credits tells a free answer (credits, help, status) from an edit.
 */
export async function wouldEdit(deps: ChatDeps, request: ChatRequest): Promise<boolean> {
  const director = await loadDirector();
  const direct = deps.direct ?? director.direct;
  const current = deps.sessions.draft(request.session.id) ?? emptyDraft();
  const result = await direct(
    request.text,
    {
      draft: current,
      media: sessionMediaRefs(deps.sessions.media(request.session.id)),
      history: deps.sessions.history(request.session.id, current),
    },
    { surface: 'chat', llm: null, credits: () => deps.accounts.balance(request.account.id) },
  );
  return result.commands.length > 0;
}

export interface DirectedEdit {
  result: DirectorResult;
  /** The director changed the draft (and it was saved as a new version). */
  changed: boolean;
  /** The session's draft version after the turn. */
  version: number;
  /** The undo/redo history's version after the turn. */
  historyVersion: number;
}

/**
 * The director on the session's draft, under the session's lock so a hand edit and a chat turn never
 * overwrite each other; the new draft is saved with its history. Undefined when the client left first:
 * then nothing is saved.
 */
export async function directEdit(
  deps: ChatDeps,
  request: ChatRequest,
  signal: AbortSignal,
): Promise<DirectedEdit | undefined> {
  const { account, session } = request;
  const director = await loadDirector();
  const direct = deps.direct ?? director.direct;
  const llm = director.llm(deps.env ?? process.env);
  // Analyses of fresh uploads usually finish within a second or two; never wait long for them.
  await deps.analysis?.settled(session.id, ANALYSIS_WAIT_MS);
  return deps.mutex.run(session.id, async () => {
    if (signal.aborted) return undefined;
    const current = deps.sessions.draft(session.id) ?? emptyDraft();
    const history = deps.sessions.history(session.id, current);
    const media = sessionMediaRefs(deps.sessions.media(session.id));
    const result = await direct(
      request.text,
      { draft: current, media, history },
      {
        signal,
        surface: 'chat',
        llm,
        logger: { warn: (message, details) => deps.log.warn({ ...details }, `director: ${message}`) },
        credits: () => deps.accounts.balance(account.id),
      },
    );
    if (deps.answersOnly && result.commands.length > 0) {
      throw phrasedError('no_credits', phrase('credits.noEdit'), {
        hint: phrase('credits.none.hint'),
        details: { bind_id: account.bindId, required: deps.chatCost },
      });
    }
    // The client left while the director worked: keep nothing.
    await sleep(CLOSE_NOTICE_MS);
    if (signal.aborted || clientGone(request)) return undefined;
    const changed = result.draft !== current;
    const version = changed
      ? deps.sessions.saveDraft(session.id, result.draft, history)
      : deps.sessions.require(account.id, session.id).draftVersion;
    return { result, changed, version, historyVersion: history.version };
  });
}
