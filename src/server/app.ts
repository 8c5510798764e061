import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { t } from '../messages/index.js';
import type { AppDeps, RouteDeps } from './app-deps.js';
import { addBodyDeadline } from './body-deadline.js';
import type { ServerConfig } from './config.js';
import { errorAnswer } from './envelope.js';
import { KeyedMutex } from './mutex.js';
import { requestLang } from './request-lang.js';
import { chatRoutes } from './routes/chat.js';
import { creditRoutes } from './routes/credits.js';
import { effectRoutes } from './routes/effects.js';
import { healthRoutes } from './routes/health.js';
import { mediaFileRoutes } from './routes/media-files.js';
import { musicRoutes } from './routes/music.js';
import { renderRoutes } from './routes/renders.js';
import { sessionEventRoutes } from './routes/session-events.js';
import { sessionRoutes } from './routes/sessions.js';
import { studioRoutes } from './routes/studio.js';
import { tokenRoutes } from './routes/tokens.js';
import { uploadRoutes } from './routes/uploads.js';
import { webRoutes } from './routes/web.js';

export type { AppDeps } from './app-deps.js';
export { defaultWebRoot } from './routes/web.js';

/**
 * The HTTP API of API.md on Fastify: every answer is the `{code, message, data}` envelope (errors
 * too, 404 for unknown routes included), bodies are checked with zod, and the web studio is served
 * at `/` when it has been built. This file only assembles: one route plugin per resource under
 * routes/, the response shapes in views.ts, error mapping in envelope.ts.
 */
const ROUTES = [
  healthRoutes,
  effectRoutes,
  tokenRoutes,
  sessionRoutes,
  creditRoutes,
  uploadRoutes,
  chatRoutes,
  renderRoutes,
  mediaFileRoutes,
  studioRoutes,
  sessionEventRoutes,
  musicRoutes,
  // Last: its wildcard serves the studio's files, never an API path.
  webRoutes,
];

// Fastify's own refusals come before any route has read the request: English, as the API speaks.
const badRequest = (error: Error) => ({
  code: 400,
  message: t('en', 'service.request.bad', { reason: error.message }),
  data: null,
});

/** The config's trust setting as Fastify takes it (a hop count becomes "the nearest n hops"). */
function proxyTrust(
  setting: ServerConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    forceCloseConnections: 'idle',
    // Keys that would reach an object's prototype are dropped from JSON bodies, not refused.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    // Fastify's own answers (bad URL, closing, malformed HTTP) in the envelope too.
    return503OnClosing: false,
    frameworkErrors: (error, _request, reply) => {
      void (reply as unknown as FastifyReply).code(400).send(badRequest(error));
    },
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify(badRequest(error));
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    // Off unless configured: a stranger's X-Forwarded-For must not choose the address that per-address
    // limits count.
    trustProxy: proxyTrust(config.trustProxy),
  });

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (closing) {
      return reply
        .code(503)
        .header('connection', 'close')
        .send({ code: 503, message: t(requestLang(request), 'service.shuttingDown'), data: null });
    }
  });

  // Fastify's JSON parser, except that an empty body reads as {} (clients send Content-Type with no body
  // on the token call).
  const parseJson = app.getDefaultJsonParser('remove', 'remove');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') done(null, {});
    else parseJson(request, text, done);
  });
  await app.register(multipart, { throwFileSizeLimit: true });
  addBodyDeadline(app, config.bodyTimeoutMs);

  app.setErrorHandler((error, request, reply) => {
    const answer = errorAnswer(error, requestLang(request));
    // A store that is down (503) is a state the service answers plainly, not a fault: one warning
    // line each, without the stack, so an outage does not bury the log.
    if (answer.joy.code === 'unavailable')
      request.log.warn({ code: answer.joy.code, msg: answer.joy.message }, 'request refused: unavailable');
    else if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: answer.joy.code, msg: answer.joy.message }, 'request refused');
    if ((error as { closeConnection?: boolean }).closeConnection) reply.header('connection', 'close');
    void reply.code(answer.status).headers(answer.headers).send(answer.body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({
      code: 404,
      message: t(requestLang(request), 'service.request.noRoute', {
        method: request.method,
        path: request.url.split('?')[0]!,
      }),
      data: null,
    });
  });

  const routeDeps: RouteDeps = { ...deps, sessionLock: new KeyedMutex() };
  for (const routes of ROUTES) await app.register(routes, routeDeps);
  return app;
}
