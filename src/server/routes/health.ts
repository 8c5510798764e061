import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../app-deps.js';
import { ok } from '../envelope.js';
import { healthView } from '../views.js';

/** `GET /health`: liveness, version and the render queue's counts. */
export const healthRoutes: FastifyPluginAsync<RouteDeps> = async (app, { queue, version }) => {
  app.get('/health', async () => {
    const counts = await queue.counts().catch(() => ({}));
    return ok(healthView(version, { kind: queue.kind, counts }));
  });
};
