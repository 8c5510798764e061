import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import { parseDraft } from '../../model/upgrade.js';
import type { Quality } from '../../render/pipeline-types.js';
import type { RouteDeps } from '../app-deps.js';
import { ok, parseWith } from '../envelope.js';
import { authenticate, linksFor } from '../request-auth.js';
import { renderView } from '../views.js';
import { waitingForWorker } from '../worker-wait.js';

/** Quality names clients send, and the render quality each means. */
const QUALITY: Record<string, Quality> = {
  draft: 'draft',
  low: 'draft',
  standard: 'standard',
  medium: 'standard',
  high: 'high',
};

const renderBody = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, 'must be letters, digits, - _ . :'),
  sessionId: z.string().min(1).max(128).optional(),
  session_id: z.string().min(1).max(128).optional(),
  draft: z.unknown().optional(),
  output: z
    .object({
      format: z.literal('mp4').optional(),
      quality: z.enum(Object.keys(QUALITY) as [string, ...string[]]).optional(),
    })
    .passthrough()
    .optional(),
});

/** Exports: `POST /api/render/proxy/lambda` submits, `GET`/`DELETE …/<id>` read and cancel. */
export const renderRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { accounts, sessions, renders, config } = deps;

  app.post('/api/render/proxy/lambda', async (request) => {
    const account = authenticate(accounts, request);
    const body = parseWith(renderBody, request.body);
    const sessionId = body.sessionId ?? body.session_id;
    if (!sessionId)
      throw phrasedError('invalid_input', phrase('request.noSessionId'), {
        field: 'sessionId',
      });
    const session = sessions.require(account.id, sessionId);
    const fromSession = body.draft === undefined || body.draft === null;
    const draft = fromSession ? sessions.draft(session.id) : parseDraft(body.draft);
    if (!draft) throw phrasedError('invalid_draft', phrase('render.noSessionDraft'), { field: 'draft' });
    const submitted = await renders.submit({
      account,
      sessionId: session.id,
      renderId: body.id,
      draft,
      quality: QUALITY[body.output?.quality ?? 'high'] ?? 'high',
      draftVersion: fromSession ? session.draftVersion : null,
    });
    deps.sessionEvents.publish(session.id, 'render');
    return ok(renderView(submitted.record, submitted.job, linksFor(deps.links, config.publicUrl, request)));
  });

  app.get<{ Params: { id: string } }>('/api/render/proxy/lambda/:id', async (request) => {
    const account = authenticate(accounts, request);
    const { record, job } = await renders.status(account, request.params.id);
    return ok(
      renderView(
        record,
        job,
        linksFor(deps.links, config.publicUrl, request),
        await deps.renderFacts.of(job),
        await waitingForWorker(deps.queue, [job]),
      ),
    );
  });

  app.delete<{ Params: { id: string } }>('/api/render/proxy/lambda/:id', async (request) => {
    const account = authenticate(accounts, request);
    const { record, job } = await renders.cancel(account, request.params.id);
    return ok(renderView(record, job, linksFor(deps.links, config.publicUrl, request)));
  });
};
