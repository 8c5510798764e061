import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../app-deps.js';
import { ok, parseWith } from '../envelope.js';
import { authenticate, linksFor } from '../request-auth.js';
import {
  type RenderView,
  renderView,
  sessionCreatedView,
  sessionStateView,
  type UnknownRenderView,
  unknownRenderView,
} from '../views.js';
import { waitingForWorker } from '../worker-wait.js';

const sessionBody = z
  .object({ task_name: z.string().max(200).optional(), language: z.string().max(32).optional() })
  .passthrough();

/** Sessions: `POST /api/tasks/…/with-session/…` opens one, `GET /api/state/…/latest` reads its state. */
export const sessionRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { accounts, sessions, queue, config } = deps;

  app.post('/api/tasks/:user/with-session/:app', async (request) => {
    const account = authenticate(accounts, request);
    const body = parseWith(sessionBody, request.body);
    const session = sessions.create(account.id, body.task_name, body.language);
    return ok(sessionCreatedView(session, account.bindId));
  });

  app.get<{ Params: { sessionId: string } }>('/api/state/:app/:user/:sessionId/latest', async (request) => {
    const account = authenticate(accounts, request);
    const session = sessions.require(account.id, request.params.sessionId);
    const linkTo = linksFor(deps.links, config.publicUrl, request);
    const generated: (RenderView | UnknownRenderView)[] = [];
    const records = sessions.renders(session.id);
    // The session answers without the queue: with Redis unreachable its renders are listed as unknown,
    // but for the finished videos on disk, which stay listed with their links.
    const jobs = await Promise.all(records.map((record) => deps.renders.jobOf(record)));
    const noWorker = await waitingForWorker(queue, jobs);
    for (const [index, record] of records.entries()) {
      const job = jobs[index];
      if (job) generated.push(renderView(record, job, linkTo, await deps.renderFacts.of(job), noWorker));
      else if (job === null) generated.push(unknownRenderView(record));
    }
    return ok(
      sessionStateView(
        session,
        sessions.wireDraft(session.id),
        sessions.media(session.id),
        generated,
        linkTo,
        deps.transcript.list(session.id),
      ),
    );
  });
};
