import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import type { RouteDeps } from '../app-deps.js';
import { ok, parseWith } from '../envelope.js';
import { attributionOf, header } from '../request-auth.js';
import { tokenView } from '../views.js';

const clientIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[\w.:-]+$/, 'must be letters, digits, - _ . :');

/** `POST /api/auth/anonymous-token`: a token (and its own account) for a client id. */
export const tokenRoutes: FastifyPluginAsync<RouteDeps> = async (app, { accounts }) => {
  app.post('/api/auth/anonymous-token', async (request) => {
    const raw = header(request, 'x-client-id');
    if (!raw)
      throw phrasedError('missing_client_id', phrase('token.noClientId'), {
        hint: phrase('token.noClientId.hint'),
      });
    const clientId = parseWith(clientIdSchema, raw, 'header X-Client-Id');
    const issued = accounts.issueToken(clientId, attributionOf(request), Date.now(), request.ip);
    request.log.info({ client: clientId, skill: attributionOf(request) }, 'anonymous token issued');
    return ok(tokenView(issued));
  });
};
