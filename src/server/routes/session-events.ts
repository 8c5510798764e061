import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../app-deps.js';
import { authenticate } from '../request-auth.js';
import { SseStream } from '../sse.js';

/**
 * `GET /api/studio/<sid>/events`: a Server-Sent Events stream of the changes made to a session anywhere
 * (`data: {"type":"changed","what":"draft"|"transcript"|"media"|"render","draft_version"?:n}`), with
 * `: heartbeat` comments. Pages reload the session state when told, so every tab and device stays in step.
 * The token and the session are checked before the stream opens (errors are ordinary JSON answers).
 */
export const sessionEventRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const open = new Set<SseStream>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  app.get<{ Params: { sid: string } }>('/api/studio/:sid/events', async (request, reply) => {
    const account = authenticate(deps.accounts, request);
    const session = deps.sessions.require(account.id, request.params.sid);
    reply.hijack();
    const stream = new SseStream(reply.raw, deps.config.heartbeatMs);
    open.add(stream);
    stream.comment('connected');
    const stop = deps.sessionEvents.subscribe(session.id, (event) => stream.send(event));
    reply.raw.on('close', () => {
      stop();
      open.delete(stream);
      stream.close();
    });
  });
};
