import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { flagBatch, withAnalysis } from '../analyse/media-analysis.js';
import type { DirectOptions, DirectorResult, LlmConfig } from '../director/types.js';
import { toJoyError } from '../errors.js';
import type { RenderJob, RenderQueue } from '../jobs/types.js';
import { t } from '../messages/index.js';
import type { Draft, MediaRef } from '../model/draft.js';
import type { DraftHistory } from '../model/history.js';
import { emptyDraft } from '../model/new-draft.js';
import { summarizeDraft } from '../model/summary.js';
import { toWire } from '../model/wire.js';
import type { Quality } from '../render/pipeline-types.js';
import type { Account, Accounts } from './accounts.js';
import type { MediaAnalysis } from './media-analysis.js';
import type { KeyedMutex } from './mutex.js';
import { apiStatus, type RenderService } from './renders.js';
import { ASSET_URI_PREFIX, type MediaRecord, type Session, type Sessions } from './sessions.js';
import { adkEvent, SseStream } from './sse.js';

/**
 * One chat turn of `POST /run_sse`: the director turns the message into edit commands on the
 * session's draft (one functionCall/functionResponse pair per command), the reply text follows with
 * `actions.stateDelta` carrying the new draft version, then the stream closes. "export" queues a
 * render and streams its progress until it is done. Heartbeat comments run the whole time. If the
 * client goes away, the turn stops: nothing is saved after that point and a render this turn started
 * is canceled. Credits (`chatCost`) are frozen before the stream opens and spent only when the turn
 * actually edited the draft; every other outcome gives them back.
 */
export type DirectFn = (
  message: string,
  context: { draft: Draft; media: readonly MediaRef[]; history?: DraftHistory },
  options?: DirectOptions,
) => Promise<DirectorResult>;

export interface ChatDeps {
  accounts: Accounts;
  sessions: Sessions;
  renders: RenderService;
  queue: RenderQueue;
  mutex: KeyedMutex;
  /** Open turns, so shutdown can end them. */
  turns: Set<ChatTurn>;
  heartbeatMs: number;
  sseMaxMs: number;
  chatCost: number;
  exportQuality: Quality;
  direct?: DirectFn;
  /** Background analysis of uploads: a turn waits up to `ANALYSIS_WAIT_MS` for its session's. */
  analysis?: Pick<MediaAnalysis, 'settled'>;
  /** Environment the language-model planner is configured from (JOY_LLM_URL, …). */
  env?: NodeJS.ProcessEnv;
  log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

export interface ChatTurn {
  /** Ends the turn (shutdown): the stream gets a last event and closes. */
  shutdown(): void;
  done: Promise<void>;
}

let directorModule:
  | Promise<{ direct: DirectFn; llm: (env: NodeJS.ProcessEnv) => LlmConfig | null }>
  | undefined;
function loadDirector() {
  directorModule ??= import('../director/index.js').then((module) => ({
    direct: module.direct as DirectFn,
    llm: module.llmConfigFromEnv,
  }));
  return directorModule;
}

/** How long a chat turn waits for analyses still running on its session's uploads. */
export const ANALYSIS_WAIT_MS = 4000;

export function mediaRef(record: MediaRecord): MediaRef {
  const ref: MediaRef = { uri: `${ASSET_URI_PREFIX}${record.id}`, kind: record.kind, name: record.name };
  if (record.width) ref.width = record.width;
  if (record.height) ref.height = record.height;
  if (record.durationMs !== null) ref.durationMs = record.durationMs;
  if (record.hasAudio !== null) ref.hasAudio = record.hasAudio;
  if (record.takenAt) ref.takenAt = record.takenAt;
  return withAnalysis(ref, record.analysis ?? undefined);
}

/** The session's media for the director, with analysis results, flags for near-duplicates and blur. */
export function sessionMediaRefs(records: readonly MediaRecord[]): MediaRef[] {
  const refs = records.map(mediaRef);
  const photos = records.map((record) =>
    record.analysis?.kind === 'photo' ? record.analysis.photo : undefined,
  );
  return flagBatch(refs, photos).refs;
}

const callId = () => `call_${randomBytes(9).toString('base64url')}`;

function functionPair(
  stream: SseStream,
  invocationId: string,
  name: string,
  args: Record<string, unknown>,
  response: Record<string, unknown>,
) {
  const id = callId();
  stream.send(adkEvent(invocationId, [{ functionCall: { id, name, args } }]));
  stream.send(adkEvent(invocationId, [{ functionResponse: { id, name, response } }], { role: 'user' }));
}

export interface ChatRequest {
  reply: FastifyReply;
  account: Account;
  session: Session;
  text: string;
  baseUrl: string;
}

/** Validation and credits happen before the stream opens, so their errors are plain JSON answers. */
export function startChatTurn(deps: ChatDeps, request: ChatRequest): ChatTurn {
  const invocationId = `e-${randomUUID()}`;
  const hold = deps.accounts.freeze(request.account.id, deps.chatCost, `chat:${invocationId}`);
  const { reply } = request;
  reply.hijack();
  const stream = new SseStream(reply.raw, deps.heartbeatMs);
  const controller = new AbortController();
  let finished = false;
  reply.raw.on('close', () => {
    if (!finished) controller.abort('client-disconnected');
  });
  const timer = setTimeout(() => controller.abort('timeout'), deps.sseMaxMs);
  timer.unref();
  const log = deps.log;
  const turn: ChatTurn = {
    shutdown() {
      if (finished) return;
      stream.send(
        adkEvent(
          invocationId,
          [{ text: 'The service is restarting; this turn ended early. Ask again in a moment.' }],
          {
            errorCode: 'shutdown',
            errorMessage: 'server shutting down',
            turnComplete: true,
          },
        ),
      );
      controller.abort('shutdown');
      stream.close();
    },
    done: Promise.resolve(),
  };
  deps.turns.add(turn);
  turn.done = (async () => {
    try {
      try {
        await runTurn(deps, request, stream, invocationId, controller.signal, () => hold.settle());
      } catch (error) {
        const joy = toJoyError(error);
        if (!controller.signal.aborted) {
          if (joy.code === 'internal')
            log.error({ err: joy.message, stack: (error as Error)?.stack }, 'chat turn failed');
          const message =
            joy.code === 'internal'
              ? 'Something went wrong on the server; the draft was not changed.'
              : joy.message;
          stream.send(
            adkEvent(invocationId, [{ text: message }], {
              errorCode: joy.code,
              errorMessage: message,
              turnComplete: true,
            }),
          );
        }
      }
      if (controller.signal.aborted && controller.signal.reason === 'timeout') {
        const text =
          'This turn took too long and was stopped. A render it started goes on; ask for the status later.';
        stream.send(
          adkEvent(invocationId, [{ text }], {
            errorCode: 'timeout',
            errorMessage: 'turn timed out',
            turnComplete: true,
          }),
        );
      }
    } finally {
      hold.release();
      finished = true;
      clearTimeout(timer);
      stream.close();
      deps.turns.delete(turn);
    }
  })();
  return turn;
}

async function runTurn(
  deps: ChatDeps,
  request: ChatRequest,
  stream: SseStream,
  invocationId: string,
  signal: AbortSignal,
  charge: () => void,
): Promise<void> {
  const { account, session } = request;
  const director = await loadDirector();
  const direct = deps.direct ?? director.direct;
  const llm = director.llm(deps.env ?? process.env);
  // Analyses of fresh uploads usually finish within a second or two; never wait long for them.
  await deps.analysis?.settled(session.id, ANALYSIS_WAIT_MS);
  const outcome = await deps.mutex.run(session.id, async () => {
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
    // The client left while the director worked: keep nothing.
    if (signal.aborted) return undefined;
    const changed = result.draft !== current;
    const version = changed
      ? deps.sessions.saveDraft(session.id, result.draft, history)
      : deps.sessions.require(account.id, session.id).draftVersion;
    return { result, changed, version };
  });
  if (!outcome || signal.aborted) return;
  const { result, changed, version } = outcome;
  result.commands.forEach((command, index) => {
    functionPair(stream, invocationId, command.type, command as unknown as Record<string, unknown>, {
      status: 'ok',
      change: result.changes[index] ?? '',
      draft_version: version,
    });
  });
  if ((result.route === 'undo' || result.route === 'redo') && changed) {
    functionPair(stream, invocationId, result.route, {}, { status: 'ok', draft_version: version });
  }
  if (result.commands.length > 0) charge();
  const stateDelta: Record<string, unknown> = { draft_version: version, route: result.route };
  if (changed) {
    stateDelta.draft = toWire(result.draft);
    stateDelta.summary = summarizeDraft(result.draft);
  }
  if (result.route === 'export') {
    await exportTurn(deps, request, stream, invocationId, signal, result, stateDelta);
    return;
  }
  let text = result.reply;
  if (result.route === 'status') {
    const latest = deps.sessions.renders(session.id).at(-1);
    const job = latest ? await deps.queue.get(latest.jobId) : undefined;
    if (latest && job) {
      const view = deps.renders.view(latest, job, request.baseUrl) as { output?: { url: string } };
      const link = view.output ? ` — ${view.output.url}` : '';
      text += ` ${t(result.lang, 'reply.latestExport', { id: latest.id, status: apiStatus(job), link })}`;
    }
  }
  stream.send(adkEvent(invocationId, [{ text }], { stateDelta, turnComplete: true }));
}

async function exportTurn(
  deps: ChatDeps,
  request: ChatRequest,
  stream: SseStream,
  invocationId: string,
  signal: AbortSignal,
  result: DirectorResult,
  stateDelta: Record<string, unknown>,
): Promise<void> {
  const { account, session } = request;
  const draft = deps.sessions.draft(session.id);
  if (!draft || (draft.video.length === 0 && draft.texts.length === 0)) {
    const text = t(result.lang, 'reply.nothingToExport');
    stream.send(adkEvent(invocationId, [{ text }], { stateDelta, turnComplete: true }));
    return;
  }
  try {
    deps.renders.checkPlan(account);
  } catch (error) {
    const joy = toJoyError(error);
    stream.send(
      adkEvent(invocationId, [{ text: `${joy.message} ${joy.hint ?? ''}`.trim() }], {
        errorCode: '402',
        errorMessage: joy.message,
        stateDelta: { ...stateDelta, bind_id: account.bindId },
        turnComplete: true,
      }),
    );
    return;
  }
  const renderId = `render_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const version = deps.sessions.require(account.id, session.id).draftVersion;
  const submitted = await deps.renders.submit({
    account,
    sessionId: session.id,
    renderId,
    draft,
    quality: deps.exportQuality,
    draftVersion: version,
  });
  const callIdValue = callId();
  stream.send(
    adkEvent(invocationId, [
      {
        functionCall: {
          id: callIdValue,
          name: 'export_video',
          args: { render_id: renderId, quality: deps.exportQuality },
        },
      },
    ]),
  );
  stream.send(
    adkEvent(
      invocationId,
      [
        {
          functionResponse: {
            id: callIdValue,
            name: 'export_video',
            response: { render_id: renderId, status: apiStatus(submitted.job) },
          },
        },
      ],
      { role: 'user' },
    ),
  );
  if (result.reply) stream.send(adkEvent(invocationId, [{ text: result.reply }], { partial: true }));
  const job = await waitForJob(deps.queue, submitted.job, signal, (progress) => {
    const view = deps.renders.view(submitted.record, progress, request.baseUrl);
    stream.send(
      adkEvent(
        invocationId,
        [{ text: t(result.lang, 'reply.rendering', { pct: Math.round(progress.progress * 100) }) }],
        {
          partial: true,
          stateDelta: { render: view },
        },
      ),
    );
  });
  if (!job) {
    // The client went away: stop the render this turn started (not one it merely reused).
    if (signal.reason === 'client-disconnected' && submitted.created) {
      await deps.queue.cancel(submitted.job.id).catch(() => undefined);
      deps.log.info({ job: submitted.job.id, render: renderId }, 'chat client left; render canceled');
    }
    return;
  }
  const view = deps.renders.view(submitted.record, job, request.baseUrl) as {
    output?: { url: string };
    error?: string;
  };
  const size = `${draft.canvas.width}×${draft.canvas.height}`;
  const text =
    job.state === 'completed'
      ? t(result.lang, 'reply.exportReady', { size, url: String(view.output?.url), id: renderId })
      : t(result.lang, 'reply.exportFailed', { error: view.error ?? t(result.lang, 'reply.unknownError') });
  stream.send(
    adkEvent(invocationId, [{ text }], {
      stateDelta: { ...stateDelta, render: view },
      turnComplete: true,
      ...(job.state === 'completed'
        ? {}
        : { errorCode: 'render_failed', errorMessage: view.error ?? 'render failed' }),
    }),
  );
}

/** Resolves with the finished job, or undefined if the signal aborts first. Progress is throttled. */
export function waitForJob(
  queue: RenderQueue,
  initial: RenderJob,
  signal: AbortSignal,
  onProgress: (job: RenderJob) => void,
): Promise<RenderJob | undefined> {
  const terminal = (job: RenderJob) =>
    job.state === 'completed' || job.state === 'failed' || job.state === 'canceled';
  if (terminal(initial)) return Promise.resolve(initial);
  return new Promise((resolve) => {
    let lastSent = -1;
    let lastAt = 0;
    let settled = false;
    const finish = (job: RenderJob | undefined) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearInterval(poll);
      signal.removeEventListener('abort', onAbort);
      resolve(job);
    };
    const handle = (job: RenderJob) => {
      if (job.id !== initial.id || settled) return;
      if (terminal(job)) {
        finish(job);
        return;
      }
      const now = Date.now();
      if (
        job.state === 'rendering' &&
        (job.progress - lastSent >= 0.1 || now - lastAt >= 1000) &&
        job.progress !== lastSent
      ) {
        lastSent = job.progress;
        lastAt = now;
        onProgress(job);
      }
    };
    const unsubscribe = queue.onProgress(handle);
    // Events can be missed (another process's worker); polling is the safety net.
    const poll = setInterval(() => {
      void queue.get(initial.id).then((job) => job && handle(job));
    }, 1000);
    const onAbort = () => finish(undefined);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}
