import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import type { DraftHistory } from '../../model/history.js';
import type { RouteDeps } from '../app-deps.js';
import { errorAnswer, ok, parseWith } from '../envelope.js';
import { requestLang } from '../request-lang.js';
import { type StudioDeps, studioDeps, studioSession } from '../studio/deps.js';
import { checkBaseVersion, type Edited, editDraft, stepHistory } from '../studio/edits.js';
import { PreviewRenderers, previewHeight } from '../studio/preview-renderers.js';
import { editView, historyView } from '../views.js';

export type { StudioDeps, StudioSession } from '../studio/deps.js';

/**
 * Routes the web studio needs beyond API.md: hand edits as typed edit commands, undo/redo, and
 * preview frames of the export renderer.
 *
 *   POST /api/studio/<sid>/commands   { commands: EditCommand[] } → { draft (wire), changes, can_undo, can_redo, version, summary }
 *   POST /api/studio/<sid>/undo       → same shape, changes: ['Undo …']
 *   POST /api/studio/<sid>/redo       → same shape
 *   GET  /api/studio/<sid>/history    → { can_undo, can_redo, version }
 *   GET  /api/studio/<sid>/preview?ms=<t>&height=360 → image/jpeg
 *
 * Every route takes `Authorization: Bearer <token>`; errors are API.md envelopes (1001, 1002, 400…),
 * answered here so the routes keep that shape on any Fastify app.
 */
/** The draft version the page shows: an edit of a draft changed since is refused (409), not applied. */
const baseVersion = z.number().int().min(0).optional();
const commandsBody = z.object({
  commands: z.array(z.unknown()).min(1, 'send at least one command').max(100),
  base_version: baseVersion,
});
const stepBody = z.object({ base_version: baseVersion }).passthrough();
const previewQuery = z.object({
  ms: z.coerce.number().min(0).default(0),
  height: z.coerce.number().int().min(64).max(2160).default(360),
});

async function send(reply: FastifyReply, work: () => Promise<unknown>): Promise<FastifyReply> {
  try {
    const data = await work();
    if (reply.sent) return reply;
    return reply.send(ok(data));
  } catch (error) {
    const answer = errorAnswer(error, requestLang(reply.request));
    if (answer.status >= 500) reply.log.error({ err: error }, 'studio route failed');
    return reply.status(answer.status).headers(answer.headers).send(answer.body);
  }
}

export function registerStudioRoutes(app: FastifyInstance, deps: StudioDeps): void {
  const previews = new PreviewRenderers();
  app.addHook('onClose', async () => previews.closeAll());

  const locked = <T>(sid: string, work: () => Promise<T>): Promise<T> =>
    deps.withLock ? deps.withLock(sid, work) : work();

  /** A saved edit: kept in the transcript, announced, and answered with the new draft version. */
  const recorded = (
    sid: string,
    edited: Edited,
    history: DraftHistory,
    saved: unknown,
    historyVersion: number | undefined,
  ) => {
    const draftVersion = typeof saved === 'number' ? saved : undefined;
    deps.recordEdit?.(sid, { changes: edited.changes, historyVersion, draftVersion });
    return {
      ...editView(edited.draft, history, edited.changes),
      ...(draftVersion !== undefined ? { draft_version: draftVersion } : {}),
    };
  };

  app.post<{ Params: { sid: string } }>('/api/studio/:sid/commands', (request, reply) =>
    send(reply, () =>
      locked(request.params.sid, async () => {
        // Token and session first, then the body: a stranger learns nothing from validation errors.
        const { sid, draft, history, draftVersion } = await studioSession(deps, request);
        const body = parseWith(commandsBody, request.body);
        checkBaseVersion(body.base_version, draftVersion);
        const edited = editDraft(draft, history, body.commands);
        const saved = await deps.saveDraft(sid, edited.draft, history);
        return recorded(sid, edited, history, saved, history.version);
      }),
    ),
  );

  for (const step of ['undo', 'redo'] as const) {
    app.post<{ Params: { sid: string } }>(`/api/studio/:sid/${step}`, (request, reply) =>
      send(reply, () =>
        locked(request.params.sid, async () => {
          const { sid, history, draftVersion } = await studioSession(deps, request);
          checkBaseVersion(parseWith(stepBody, request.body ?? {}).base_version, draftVersion);
          const edited = stepHistory(history, step, (version) => deps.changesFor?.(sid, version) ?? []);
          const saved = await deps.saveDraft(sid, edited.draft, history);
          return recorded(sid, edited, history, saved, undefined);
        }),
      ),
    );
  }

  app.get<{ Params: { sid: string } }>('/api/studio/:sid/history', (request, reply) =>
    send(reply, async () => historyView((await studioSession(deps, request)).history)),
  );

  app.get<{ Params: { sid: string }; Querystring: Record<string, string> }>(
    '/api/studio/:sid/preview',
    (request, reply) =>
      send(reply, async () => {
        const { sid, draft } = await studioSession(deps, request);
        const query = parseWith(previewQuery, request.query, 'query');
        if (!draft || (draft.video.length === 0 && draft.texts.length === 0)) {
          throw phrasedError('invalid_draft', phrase('draft.nothingToShow'));
        }
        const started = performance.now();
        const jpeg = await previews.frame(
          sid,
          draft,
          previewHeight(query.height),
          query.ms,
          deps.resolveMedia(sid),
        );
        return reply
          .header('content-type', 'image/jpeg')
          .header('cache-control', 'private, no-store')
          .header('server-timing', `render;dur=${(performance.now() - started).toFixed(1)}`)
          .send(jpeg);
      }),
  );
}

/** The studio routes on the service's own accounts and sessions, sharing the chat's session lock. */
export const studioRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  registerStudioRoutes(
    app,
    studioDeps({
      accounts: deps.accounts,
      sessions: deps.sessions,
      dataDir: deps.config.dataDir,
      mutex: deps.sessionLock,
      transcript: deps.transcript,
      sessionEvents: deps.sessionEvents,
    }),
  );
};
