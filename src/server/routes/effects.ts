import type { FastifyPluginAsync } from 'fastify';
import { effectCatalog } from '../../catalog/index.js';
import type { RouteDeps } from '../app-deps.js';
import { ok } from '../envelope.js';

/** `GET /api/effects`: the effect catalogue (transitions, motions, looks, text styles…). */
export const effectRoutes: FastifyPluginAsync<RouteDeps> = async (app) => {
  app.get('/api/effects', async () => ok(effectCatalog()));
};
