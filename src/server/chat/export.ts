import { randomBytes } from 'node:crypto';
import type { DirectorResult } from '../../director/types.js';
import { toJoyError } from '../../errors.js';
import type { RenderJob, RenderQueue } from '../../jobs/types.js';
import { t } from '../../messages/index.js';
import { apiStatus, renderView } from '../views.js';
import { adkEvent, callId, sendFinal } from './adk-events.js';
import type { ChatDeps, ChatRequest, TurnContext } from './types.js';

/**
 * "Export" in chat: queues a render of the session's draft and streams its progress until it is done;
 * the last event carries the video's URL or why it failed. If the client goes away the render goes on,
 * and the reply kept in the transcript says where to find it.
 */
export async function exportTurn(
  deps: ChatDeps,
  request: ChatRequest,
  turn: TurnContext,
  result: DirectorResult,
  stateDelta: Record<string, unknown>,
): Promise<void> {
  const { account, session } = request;
  const { stream, invocationId, signal } = turn;
  const draft = deps.sessions.draft(session.id);
  if (!draft || (draft.video.length === 0 && draft.texts.length === 0)) {
    sendFinal(stream, invocationId, t(result.lang, 'reply.nothingToExport'), { stateDelta });
    return;
  }
  try {
    deps.renders.checkPlan(account);
  } catch (error) {
    const joy = toJoyError(error);
    sendFinal(stream, invocationId, `${joy.message} ${joy.hint ?? ''}`.trim(), {
      errorCode: '402',
      errorMessage: joy.message,
      stateDelta: { ...stateDelta, bind_id: account.bindId },
    });
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
  deps.sessionEvents?.publish(session.id, 'render');
  const id = callId();
  const name = 'export_video';
  stream.send(
    adkEvent(invocationId, [
      { functionCall: { id, name, args: { render_id: renderId, quality: deps.exportQuality } } },
    ]),
  );
  stream.send(
    adkEvent(
      invocationId,
      [
        {
          functionResponse: {
            id,
            name,
            response: { render_id: renderId, status: apiStatus(submitted.job) },
          },
        },
      ],
      { role: 'user' },
    ),
  );
  if (result.reply) stream.send(adkEvent(invocationId, [{ text: result.reply }], { partial: true }));
  const job = await waitForJob(deps.queue, submitted.job, signal, (progress) => {
    const view = renderView(submitted.record, progress, request.linkTo);
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
    // The page closed or reloaded: the export goes on, as one started from the export button does. The
    // session lists it, the studio's export panel picks it up again, and the transcript's reply says so.
    if (signal.reason === 'client-disconnected') {
      deps.log.info({ job: submitted.job.id, render: renderId }, 'chat client left; the render goes on');
      sendFinal(stream, invocationId, t(result.lang, 'reply.exportGoesOn', { id: renderId }), {
        stateDelta: { ...stateDelta, render: renderView(submitted.record, submitted.job, request.linkTo) },
      });
    }
    return;
  }
  const view = renderView(submitted.record, job, request.linkTo);
  const size = `${draft.canvas.width}×${draft.canvas.height}`;
  const completed = job.state === 'completed';
  const text = completed
    ? t(result.lang, 'reply.exportReady', { size, url: String(view.output?.url), id: renderId })
    : t(result.lang, 'reply.exportFailed', { error: view.error ?? t(result.lang, 'reply.unknownError') });
  sendFinal(stream, invocationId, text, {
    stateDelta: { ...stateDelta, render: view },
    ...(completed ? {} : { errorCode: 'render_failed', errorMessage: view.error ?? 'render failed' }),
  });
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
