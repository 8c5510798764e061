import { randomUUID } from 'node:crypto';
import { toJoyError } from '../../errors.js';
import { type Lang, langOfText, t } from '../../messages/index.js';
import { changeText } from '../../model/commands.js';
import { summarizeDraft } from '../../model/summary.js';
import { SseStream } from '../sse.js';
import { apiStatus, draftWire, renderView } from '../views.js';
import { sendFinal, sendFunctionPair } from './adk-events.js';
import { directEdit } from './direct-edit.js';
import { exportTurn } from './export.js';
import { TurnRecorder } from './transcript-recorder.js';
import type { ChatDeps, ChatRequest, ChatTurn, TurnContext } from './types.js';

export type { ChatDeps, ChatRequest, ChatTurn, DirectFn } from './types.js';

/** How a turn ends when it cannot finish: the service's own sentences (not the director's), in `lang`. */
const turnEnding = (lang: Lang, why: 'shutdown' | 'internal' | 'timeout') => t(lang, `service.turn.${why}`);

/**
 * One chat turn of `POST /run_sse`: the director turns the message into edit commands on the
 * session's draft (one functionCall/functionResponse pair per command), the reply text follows with
 * `actions.stateDelta` carrying the new draft version, then the stream closes. "export" queues a
 * render and streams its progress until it is done. Heartbeat comments run the whole time. If the
 * client goes away before the edit is saved, nothing is saved or charged; an edit saved before it left
 * is kept, charged and in the transcript (docs/api.md says so). A render this turn started is canceled. Credits (`chatCost`) are frozen before the stream opens and spent only when the turn
 * actually edited the draft; every other outcome gives them back.
 *
 * Validation and credits happen before the stream opens, so their errors are plain JSON answers.
 */
export function startChatTurn(deps: ChatDeps, request: ChatRequest): ChatTurn {
  const invocationId = `e-${randomUUID()}`;
  const hold = deps.accounts.freeze(request.account.id, deps.chatCost, `chat:${invocationId}`);
  const { reply } = request;
  const lang = langOfText(request.text);
  reply.hijack();
  const recorder =
    deps.transcript && deps.sessionEvents
      ? new TurnRecorder(deps.transcript, deps.sessionEvents, request.session.id, request.text)
      : undefined;
  const stream = new SseStream(
    reply.raw,
    deps.heartbeatMs,
    {},
    recorder && ((event) => recorder.observe(event)),
  );
  const controller = new AbortController();
  let finished = false;
  reply.raw.on('close', () => {
    if (!finished) controller.abort('client-disconnected');
  });
  const timer = setTimeout(() => controller.abort('timeout'), deps.sseMaxMs);
  timer.unref();
  const context: TurnContext = { stream, invocationId, signal: controller.signal };
  const turn: ChatTurn = {
    shutdown() {
      if (finished) return;
      sendFinal(stream, invocationId, turnEnding(lang, 'shutdown'), {
        errorCode: 'shutdown',
        errorMessage: 'server shutting down',
      });
      controller.abort('shutdown');
      stream.close();
    },
    done: Promise.resolve(),
  };
  deps.turns.add(turn);
  turn.done = (async () => {
    try {
      try {
        await runTurn(deps, request, context, () => hold.settle());
      } catch (error) {
        const joy = toJoyError(error);
        if (!controller.signal.aborted) {
          if (joy.code === 'internal')
            deps.log.error({ err: joy.message, stack: (error as Error)?.stack }, 'chat turn failed');
          const message = joy.code === 'internal' ? turnEnding(lang, 'internal') : joy.messageIn(lang);
          sendFinal(stream, invocationId, message, { errorCode: joy.code, errorMessage: message });
        }
      }
      if (controller.signal.aborted && controller.signal.reason === 'timeout') {
        sendFinal(stream, invocationId, turnEnding(lang, 'timeout'), {
          errorCode: 'timeout',
          errorMessage: 'turn timed out',
        });
      }
    } finally {
      hold.release();
      recorder?.finish({
        historyVersion: context.historyVersion,
        stopped: controller.signal.aborted ? stopReason(controller.signal.reason) : undefined,
      });
      finished = true;
      clearTimeout(timer);
      stream.close();
      deps.turns.delete(turn);
    }
  })();
  return turn;
}

/** Why a turn stopped early, as the transcript keeps it (the studio says it in the person's language). */
function stopReason(reason: unknown): string {
  if (reason === 'client-disconnected') return 'disconnected';
  if (reason === 'shutdown') return 'interrupted';
  return typeof reason === 'string' ? reason : 'stopped';
}

/** The director's edit as events, then the reply, an export or the latest export's status. */
async function runTurn(
  deps: ChatDeps,
  request: ChatRequest,
  turn: TurnContext,
  charge: () => void,
): Promise<void> {
  const { stream, invocationId, signal } = turn;
  const outcome = await directEdit(deps, request, signal);
  // Nothing was saved (the client left before the save): nothing to tell or charge. Once saved, the edit
  // is kept even if the client has left since: it is charged and its events still reach the transcript
  // (the stream skips writing them), so the studio shows the change when it reloads the session.
  if (!outcome) return;
  const { result, changed, version } = outcome;
  if (changed) turn.historyVersion = outcome.historyVersion;
  result.commands.forEach((command, index) => {
    const change = result.changes[index];
    // `change` is the English line (as API clients read it); the phrase lets the studio say it in Chinese.
    // A command that found the draft already so is marked, so no client shows it as a change made.
    sendFunctionPair(stream, invocationId, command.type, command as unknown as Record<string, unknown>, {
      status: 'ok',
      change: change ? changeText(change) : '',
      ...(change ? { change_key: change.key, change_vars: change.vars ?? {} } : {}),
      ...(changed ? {} : { changed: false }),
      draft_version: version,
    });
  });
  if ((result.route === 'undo' || result.route === 'redo') && changed) {
    sendFunctionPair(stream, invocationId, result.route, {}, { status: 'ok', draft_version: version });
  }
  if (changed && result.commands.length > 0) charge();
  const stateDelta: Record<string, unknown> = { draft_version: version, route: result.route };
  if (changed) {
    stateDelta.draft = draftWire(result.draft);
    stateDelta.summary = summarizeDraft(result.draft);
  }
  if (result.route === 'export') {
    if (signal.aborted) return;
    await exportTurn(deps, request, turn, result, stateDelta);
    return;
  }
  let text = result.reply;
  if (result.route === 'status') {
    const latest = deps.sessions.renders(request.session.id).at(-1);
    const job = latest ? await deps.queue.get(latest.jobId) : undefined;
    if (latest && job) {
      const view = renderView(latest, job, request.linkTo);
      const link = view.output ? ` — ${view.output.url}` : '';
      text += ` ${t(result.lang, 'reply.latestExport', { id: latest.id, status: apiStatus(job), link })}`;
    }
  }
  sendFinal(stream, invocationId, text, { stateDelta });
}
