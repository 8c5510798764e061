import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import type { RouteDeps } from '../app-deps.js';
import { ok, parseWith } from '../envelope.js';
import { authenticate, linksFor } from '../request-auth.js';
import type { MediaRecord } from '../sessions.js';
import { receiveMultipart, receiveUrls } from '../uploads.js';
import { mediaView } from '../views.js';

const urlBody = z.object({
  urls: z.array(z.string().min(1).max(4096)).min(1),
  source_type: z.literal('url').optional(),
});

/** `POST /api/upload-video/…/<session>`: files as multipart, or URLs the service downloads. */
export const uploadRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { accounts, sessions, config } = deps;

  app.post<{ Params: { sessionId: string } }>(
    '/api/upload-video/:app/:user/:sessionId',
    async (request, reply) => {
      const account = authenticate(accounts, request);
      const session = sessions.require(account.id, request.params.sessionId);
      const common = {
        dataDir: config.dataDir,
        sessionId: session.id,
        maxBytes: Math.round(config.maxFileMb * 1024 * 1024),
        maxFiles: config.maxUploadFiles,
        ...(deps.env ? { env: deps.env } : {}),
      };
      let records: MediaRecord[];
      if (request.isMultipart()) {
        records = await receiveMultipart(request, {
          ...common,
          maxRequestBytes: Math.round((config.maxUploadMb ?? config.maxFileMb + 1) * 1024 * 1024),
          idleTimeoutMs: config.bodyTimeoutMs,
        });
      } else {
        const body = parseWith(urlBody, request.body);
        if (body.urls.length > config.maxUrlsPerRequest) {
          throw phrasedError(
            'invalid_input',
            phrase('request.tooManyUrls', { n: config.maxUrlsPerRequest }),
            {
              field: 'urls',
            },
          );
        }
        // The client going away stops the downloads (the request's own 'close' fires once its body is read).
        const controller = new AbortController();
        reply.raw.on('close', () => {
          if (!reply.raw.writableFinished) controller.abort();
        });
        records = await receiveUrls({
          ...common,
          urls: body.urls,
          timeoutMs: config.urlTimeoutMs,
          maxRedirects: config.urlMaxRedirects,
          resolver: deps.resolver,
          isAllowedAddress: deps.isAllowedAddress,
          signal: controller.signal,
        });
      }
      sessions.addMedia(records);
      deps.analysis?.enqueue(records);
      deps.sessionEvents.publish(session.id, 'media');
      request.log.info({ session: session.id, files: records.map((r) => r.id) }, 'media uploaded');
      const linkTo = linksFor(deps.links, config.publicUrl, request);
      return ok({ files: records.map((record) => mediaView(record, linkTo)) });
    },
  );
};
