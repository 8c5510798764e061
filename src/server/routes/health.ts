import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../app-deps.js';
import { ok } from '../envelope.js';
import { healthView } from '../views.js';

/** `GET /health`: liveness, version, the render queue's counts, live workers and waiting jobs; quick even with Redis down. */
export const healthRoutes: FastifyPluginAsync<RouteDeps> = async (app, { queue, version }) => {
  app.get('/health', async () => {
    return ok(healthView(version, { kind: queue.kind, health: await queue.health() }));
  });
};
