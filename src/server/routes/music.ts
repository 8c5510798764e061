import { basename, dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { findTrack } from '../../catalog/music.js';
import { MUSIC_DIR } from '../../jobs/render-executor.js';
import { listStyles, listTracks, trackFile } from '../../music/index.js';
import type { RouteDeps } from '../app-deps.js';
import { ok } from '../envelope.js';
import { authenticate, baseUrl } from '../request-auth.js';

/**
 * Joy's own music and styles:
 *
 *   GET /api/music                  { tracks: [{ id, uri, title, title_zh, moods, bpm, duration_ms, beats_ms,
 *                                     energy, url }], styles: [{ id, title, title_zh, description }] }
 *   GET /media/music/<id>.wav       the track itself (synthesised on first use into the data folder, the
 *                                   same file exports use), with range requests so players can seek
 *
 * A track goes into a draft as `setMusic` with the track's `uri` (`music:<id>`); a style as `applyStyle`.
 */
export const musicRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  await app.register(fastifyStatic, { serve: false });
  const dir = join(deps.config.dataDir, MUSIC_DIR);

  app.get('/api/music', async (request) => {
    authenticate(deps.accounts, request);
    const base = baseUrl(deps.config.publicUrl, request);
    return ok({
      tracks: listTracks().map((track) => ({
        id: track.id,
        uri: track.uri,
        title: track.title,
        title_zh: track.titleZh,
        moods: track.moods,
        bpm: track.bpm,
        duration_ms: track.durationMs,
        beats_ms: track.beatsMs,
        energy: track.energy,
        url: `${base}/media/music/${track.id}.wav`,
      })),
      styles: listStyles().map((style) => ({
        id: style.id,
        title: style.title,
        title_zh: style.titleZh,
        description: style.description,
      })),
    });
  });

  app.get<{ Params: { file: string } }>('/media/music/:file', async (request, reply) => {
    const id = /^([a-z0-9-]{1,64})\.wav$/.exec(request.params.file)?.[1];
    const track = id ? findTrack(id) : undefined;
    if (!track || track.id !== id) {
      return reply.code(404).send({ code: 404, message: 'There is no such library track.', data: null });
    }
    const path = trackFile(track.id, dir);
    reply.header('content-type', 'audio/wav');
    reply.header('cache-control', 'public, max-age=86400');
    return reply.sendFile(basename(path), dirname(path), { contentType: false, cacheControl: false });
  });
};
