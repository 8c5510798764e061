import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { JoyError, phrasedError } from '../../errors.js';
import { supportedFormat } from '../../ingest/formats.js';
import { phrase, t } from '../../messages/index.js';
import type { RouteDeps } from '../app-deps.js';
import { requestLang } from '../request-lang.js';
import type { LinkSigner } from '../signed-links.js';
import { Thumbnails } from '../thumbnails.js';

const RENDER_FILE = /^(r[\w-]{16,64})\.mp4$/;
const MEDIA_ID = /^m_[\w-]{10,64}$/;

/**
 * Sends a stored file with range requests (players seek, downloads resume), ETag and Last-Modified.
 * The type comes from what Joy knows of the file, not its extension; a missing file is a JSON 404.
 */
async function sendStored(
  reply: FastifyReply,
  path: string,
  contentType: string,
  downloadName?: string,
): Promise<FastifyReply> {
  const found = await stat(path).catch(() => undefined);
  if (!found?.isFile()) throw phrasedError('not_found', phrase('media.noSuchFile'));
  reply.header('content-type', contentType);
  reply.header('cache-control', 'private, max-age=3600');
  reply.header('x-content-type-options', 'nosniff');
  if (downloadName)
    reply.header('content-disposition', `inline; filename="${downloadName.replace(/[^\w.-]/g, '_')}"`);
  return reply.sendFile(basename(path), dirname(path), { contentType: false, cacheControl: false });
}

/**
 * Refuses (403) a request for `path` without a valid signed link: missing, altered, made with another
 * secret or for another file, or expired. Checked before anything is looked up, so an unsigned request
 * learns nothing, not even whether the file exists.
 */
function requireSigned(links: LinkSigner, request: FastifyRequest, path: string): void {
  const query = request.query as Record<string, unknown>;
  const verdict = links.check(path, query.exp, query.sig);
  if (verdict === 'ok') return;
  const lang = requestLang(request);
  const message =
    verdict === 'expired'
      ? t(lang, 'link.expired', { at: new Date(Number(query.exp) * 1000).toISOString() })
      : t(lang, verdict === 'missing' ? 'link.missing' : 'link.invalid');
  throw new JoyError('link_refused', message, { details: { reason: verdict } });
}

/** Files: finished renders, uploads and their thumbnails, under `/media/`, each by a signed link. */
export const mediaFileRoutes: FastifyPluginAsync<RouteDeps> = async (app, { config, sessions, links }) => {
  await app.register(fastifyStatic, { serve: false });
  const thumbnails = new Thumbnails(config.dataDir);

  app.get<{ Params: { file: string } }>('/media/renders/:file', async (request, reply) => {
    const match = RENDER_FILE.exec(request.params.file);
    if (!match?.[1]) throw phrasedError('not_found', phrase('media.noSuchRender'));
    const jobId = match[1];
    requireSigned(links, request, `/media/renders/${jobId}.mp4`);
    return sendStored(
      reply,
      join(config.dataDir, 'renders', `${jobId}.mp4`),
      'video/mp4',
      `joy-${jobId.slice(0, 8)}.mp4`,
    );
  });

  app.get<{ Params: { id: string } }>('/media/assets/:id', async (request, reply) => {
    if (!MEDIA_ID.test(request.params.id)) throw phrasedError('not_found', phrase('media.noSuchMedia'));
    requireSigned(links, request, `/media/assets/${request.params.id}`);
    const record = sessions.mediaById(request.params.id);
    if (!record) throw phrasedError('not_found', phrase('media.noSuchMedia'));
    const type = supportedFormat(record.format)?.mime ?? 'application/octet-stream';
    return sendStored(reply, join(config.dataDir, record.path), type);
  });

  app.get<{ Params: { id: string } }>('/media/assets/:id/thumb', async (request, reply) => {
    if (!MEDIA_ID.test(request.params.id)) throw phrasedError('not_found', phrase('media.noSuchPhoto'));
    requireSigned(links, request, `/media/assets/${request.params.id}/thumb`);
    const record = sessions.mediaById(request.params.id);
    if (record?.kind !== 'image') throw phrasedError('not_found', phrase('media.noSuchPhoto'));
    return sendStored(reply, await thumbnails.pathFor(record), 'image/jpeg');
  });
};
