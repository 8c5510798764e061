import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../app-deps.js';
import { ok } from '../envelope.js';
import { authenticate } from '../request-auth.js';

/** `GET /api/credits/balance/simple`: the caller's available, frozen and total credits. */
export const creditRoutes: FastifyPluginAsync<RouteDeps> = async (app, { accounts }) => {
  app.get('/api/credits/balance/simple', async (request) => {
    const account = authenticate(accounts, request);
    return ok(accounts.balance(account.id));
  });
};
