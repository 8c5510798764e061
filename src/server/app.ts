import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { effectCatalog } from '../catalog/index.js';
import { JoyError } from '../errors.js';
import { supportedFormat } from '../ingest/formats.js';
import type { RenderQueue } from '../jobs/types.js';
import { summarizeDraft } from '../model/summary.js';
import { parseDraft } from '../model/upgrade.js';
import type { Quality } from '../render/pipeline-types.js';
import type { Account, Accounts, Attribution } from './accounts.js';
import { type ChatTurn, type DirectFn, startChatTurn } from './chat.js';
import type { ServerConfig } from './config.js';
import { errorAnswer, ok, parseWith } from './envelope.js';
import type { MediaAnalysis } from './media-analysis.js';
import { KeyedMutex } from './mutex.js';
import type { HostResolver } from './net-guard.js';
import { registerStudioRoutes, studioDeps } from './preview.js';
import type { RenderService } from './renders.js';
import { sendFile } from './send-file.js';
import type { MediaRecord, Sessions } from './sessions.js';
import { ASSET_URI_PREFIX } from './sessions.js';
import { Thumbnails } from './thumbnails.js';
import { receiveMultipart, receiveUrls } from './uploads.js';

/**
 * The HTTP API of API.md on Fastify: every answer is the `{code, message, data}` envelope (errors
 * too, 404 for unknown routes included), bodies are checked with zod, and the web studio is served
 * at `/` when it has been built. Routes are thin: the work lives in accounts, sessions, uploads,
 * renders and chat.
 */
export interface AppDeps {
  config: ServerConfig;
  accounts: Accounts;
  sessions: Sessions;
  renders: RenderService;
  queue: RenderQueue;
  turns: Set<ChatTurn>;
  version: string;
  resolver?: HostResolver | undefined;
  isAllowedAddress?: ((ip: string) => boolean) | undefined;
  direct?: DirectFn | undefined;
  /** Background analysis of uploads; absent when turned off. */
  analysis?: MediaAnalysis;
  env?: NodeJS.ProcessEnv;
}

const QUALITY: Record<string, Quality> = {
  draft: 'draft',
  low: 'draft',
  standard: 'standard',
  medium: 'standard',
  high: 'high',
};

const clientIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[\w.:-]+$/, 'must be letters, digits, - _ . :');
const sessionBody = z
  .object({ task_name: z.string().max(200).optional(), language: z.string().max(32).optional() })
  .passthrough();
const urlBody = z.object({
  urls: z.array(z.string().min(1).max(4096)).min(1),
  source_type: z.literal('url').optional(),
});
const runSseBody = z.object({
  app_name: z.string().optional(),
  user_id: z.string().optional(),
  session_id: z.string().min(1).max(128),
  new_message: z.object({
    role: z.string().optional(),
    parts: z.array(z.object({ text: z.string().max(20_000).optional() }).passthrough()).min(1),
  }),
  streaming: z.boolean().optional(),
});
const renderBody = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, 'must be letters, digits, - _ . :'),
  sessionId: z.string().min(1).max(128).optional(),
  session_id: z.string().min(1).max(128).optional(),
  draft: z.unknown().optional(),
  output: z
    .object({
      format: z.literal('mp4').optional(),
      quality: z.enum(Object.keys(QUALITY) as [string, ...string[]]).optional(),
    })
    .passthrough()
    .optional(),
});

/**
 * What analysis learnt about an asset, for `video_infos`: focus, faces, sharpness and whether the people
 * can be lifted for parallax of a photo; tempo of a song.
 */
function analysisView(record: MediaRecord): Record<string, unknown> {
  const analysis = record.analysis;
  if (!analysis) return {};
  if (analysis.kind === 'audio')
    return analysis.beats.beatsMs.length > 1
      ? { bpm: analysis.beats.bpm, beat_count: analysis.beats.beatsMs.length }
      : {};
  const photo = analysis.photo;
  return {
    focus: photo.focus,
    faces: photo.faces.map(({ x, y, w, h }) => ({ x, y, w, h })),
    sharpness: photo.sharpness,
    subject: photo.subjectSource,
    ...(photo.subjectMask
      ? {
          people_layer: photo.subjectMask.reliable,
          ...(photo.subjectMask.reason ? { people_layer_note: photo.subjectMask.reason } : {}),
        }
      : {}),
  };
}

function summarizeDraftSafe(wire: unknown): string | null {
  try {
    return summarizeDraft(parseDraft(wire));
  } catch {
    return null;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim().slice(0, 200) : undefined;
}

function attributionOf(request: FastifyRequest): Attribution {
  return {
    source: header(request, 'x-skill-source'),
    version: header(request, 'x-skill-version'),
    platform: header(request, 'x-skill-platform'),
  };
}

function bearer(request: FastifyRequest): string | undefined {
  const value = header(request, 'authorization');
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1];
}

/** Web studio folder: configured, else `web/dist` of the package (next to src/ and dist/). */
export function defaultWebRoot(): string {
  return new URL('../../web/dist', import.meta.url).pathname;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, accounts, sessions, renders } = deps;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    forceCloseConnections: 'idle',
    // Fastify's own answers (bad URL, closing, malformed HTTP) in the envelope too.
    return503OnClosing: false,
    frameworkErrors: (error, _request, reply) => {
      const answer = reply as unknown as FastifyReply;
      void answer.code(400).send({ code: 400, message: `Bad request: ${error.message}`, data: null });
    },
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify({ code: 400, message: `Bad request: ${error.message}`, data: null });
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    trustProxy: false,
  });
  const chatMutex = new KeyedMutex();
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      return reply
        .code(503)
        .header('connection', 'close')
        .send({ code: 503, message: 'The service is shutting down; retry in a moment.', data: null });
    }
  });

  // JSON bodies: an empty body reads as {} (clients send Content-Type with no body on the token call).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body).trim();
    if (text === '') {
      done(null, {});
      return;
    }
    try {
      done(
        null,
        JSON.parse(text, (key, value) => (key === '__proto__' || key === 'constructor' ? undefined : value)),
      );
    } catch (error) {
      done(
        new JoyError('invalid_input', `The request body is not valid JSON: ${(error as Error).message}`),
        undefined,
      );
    }
  });
  await app.register(multipart, { throwFileSizeLimit: true });

  app.setErrorHandler((error, request, reply) => {
    const answer = errorAnswer(error);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: answer.joy.code, msg: answer.joy.message }, 'request refused');
    if ((error as { closeConnection?: boolean }).closeConnection) reply.header('connection', 'close');
    void reply.code(answer.status).headers(answer.headers).send(answer.body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send({ code: 404, message: `No route ${request.method} ${request.url.split('?')[0]}.`, data: null });
  });

  const authenticate = (request: FastifyRequest): Account =>
    accounts.authenticate(bearer(request), attributionOf(request));
  const baseUrl = (request: FastifyRequest) =>
    (config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');

  const mediaView = (record: MediaRecord, base: string) => ({
    id: record.id,
    uri: `${ASSET_URI_PREFIX}${record.id}`,
    name: record.name,
    kind: record.kind,
    format: record.format,
    width: record.width,
    height: record.height,
    duration_ms: record.durationMs,
    size: record.sizeBytes,
    orientation: record.orientation,
    has_audio: record.hasAudio,
    taken_at: record.takenAt,
    ...analysisView(record),
    url: `${base}/media/assets/${record.id}`,
    ...(record.kind === 'image' ? { thumbnail_url: `${base}/media/assets/${record.id}/thumb` } : {}),
    ...(record.sourceUrl ? { source_url: record.sourceUrl } : {}),
  });

  app.get('/health', async () => {
    const counts = await deps.queue.counts().catch(() => ({}));
    return ok({
      status: 'ok',
      version: deps.version,
      uptime_s: Math.round(process.uptime()),
      queue: { kind: deps.queue.kind, ...counts },
    });
  });

  app.get('/api/effects', async () => ok(effectCatalog()));

  app.post('/api/auth/anonymous-token', async (request) => {
    const raw = header(request, 'x-client-id');
    if (!raw)
      throw new JoyError('missing_client_id', 'Missing X-Client-Id header.', {
        hint: 'Generate a UUID, keep it, and send it as X-Client-Id.',
      });
    const clientId = parseWith(clientIdSchema, raw, 'header X-Client-Id');
    const issued = accounts.issueToken(clientId, attributionOf(request));
    request.log.info({ client: clientId, skill: attributionOf(request) }, 'anonymous token issued');
    return ok({
      token: issued.token,
      expires_at: new Date(issued.expiresAt).toISOString(),
      expires_in: Math.round((issued.expiresAt - Date.now()) / 1000),
      credits: issued.credits,
    });
  });

  app.post('/api/tasks/:user/with-session/:app', async (request) => {
    const account = authenticate(request);
    const body = parseWith(sessionBody, request.body);
    const session = sessions.create(account.id, body.task_name, body.language);
    return ok({ task_id: session.taskId, session_id: session.id, bind_id: account.bindId });
  });

  app.get('/api/credits/balance/simple', async (request) => {
    const account = authenticate(request);
    return ok(accounts.balance(account.id));
  });

  app.post<{ Params: { sessionId: string } }>(
    '/api/upload-video/:app/:user/:sessionId',
    async (request, reply) => {
      const account = authenticate(request);
      const session = sessions.require(account.id, request.params.sessionId);
      const base = baseUrl(request);
      const common = {
        dataDir: config.dataDir,
        sessionId: session.id,
        maxBytes: Math.round(config.maxFileMb * 1024 * 1024),
        maxFiles: config.maxUploadFiles,
        ...(deps.env ? { env: deps.env } : {}),
      };
      let records: MediaRecord[];
      if (request.isMultipart()) {
        records = await receiveMultipart(request, common);
      } else {
        const body = parseWith(urlBody, request.body);
        if (body.urls.length > config.maxUrlsPerRequest) {
          throw new JoyError('invalid_input', `At most ${config.maxUrlsPerRequest} URLs per request.`, {
            field: 'urls',
          });
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
      request.log.info({ session: session.id, files: records.map((r) => r.id) }, 'media uploaded');
      return ok({ files: records.map((record) => mediaView(record, base)) });
    },
  );

  app.get<{ Params: { sessionId: string } }>('/api/state/:app/:user/:sessionId/latest', async (request) => {
    const account = authenticate(request);
    const session = sessions.require(account.id, request.params.sessionId);
    const base = baseUrl(request);
    const wire = sessions.wireDraft(session.id);
    const generated = [];
    for (const record of sessions.renders(session.id)) {
      const job = await deps.queue.get(record.jobId);
      if (job) generated.push(renders.view(record, job, base));
    }
    return ok({
      session_id: session.id,
      task_id: session.taskId,
      state: {
        draft: wire,
        draft_version: session.draftVersion,
        summary: wire ? summarizeDraftSafe(wire) : null,
        video_infos: sessions.media(session.id).map((record) => mediaView(record, base)),
        generated_media: generated,
      },
    });
  });

  app.post('/run_sse', async (request, reply) => {
    const account = authenticate(request);
    const body = parseWith(runSseBody, request.body);
    const session = sessions.require(account.id, body.session_id);
    const text = body.new_message.parts
      .map((part) => part.text ?? '')
      .join('\n')
      .trim();
    if (!text)
      throw new JoyError('invalid_input', 'The message has no text.', { field: 'new_message.parts' });
    const turn = startChatTurn(
      {
        accounts,
        sessions,
        renders,
        queue: deps.queue,
        mutex: chatMutex,
        turns: deps.turns,
        heartbeatMs: config.heartbeatMs,
        sseMaxMs: config.sseMaxMs,
        chatCost: config.chatCost,
        exportQuality: 'high',
        log: request.log,
        ...(deps.direct ? { direct: deps.direct } : {}),
        ...(deps.analysis ? { analysis: deps.analysis } : {}),
        ...(deps.env ? { env: deps.env } : {}),
      },
      { reply, account, session, text, baseUrl: baseUrl(request) },
    );
    await turn.done;
    return reply;
  });

  app.post('/api/render/proxy/lambda', async (request) => {
    const account = authenticate(request);
    const body = parseWith(renderBody, request.body);
    const sessionId = body.sessionId ?? body.session_id;
    if (!sessionId)
      throw new JoyError('invalid_input', 'Invalid request body: sessionId: required', {
        field: 'sessionId',
      });
    const session = sessions.require(account.id, sessionId);
    const fromSession = body.draft === undefined || body.draft === null;
    const draft = fromSession ? sessions.draft(session.id) : parseDraft(body.draft);
    if (!draft)
      throw new JoyError(
        'invalid_draft',
        'The session has no draft yet: send one in "draft", or make one through chat.',
        { field: 'draft' },
      );
    const submitted = await renders.submit({
      account,
      sessionId: session.id,
      renderId: body.id,
      draft,
      quality: QUALITY[body.output?.quality ?? 'high'] ?? 'high',
      draftVersion: fromSession ? session.draftVersion : null,
    });
    return ok(renders.view(submitted.record, submitted.job, baseUrl(request)));
  });

  app.get<{ Params: { id: string } }>('/api/render/proxy/lambda/:id', async (request) => {
    const account = authenticate(request);
    const { record, job } = await renders.status(account, request.params.id);
    return ok(renders.view(record, job, baseUrl(request)));
  });

  app.delete<{ Params: { id: string } }>('/api/render/proxy/lambda/:id', async (request) => {
    const account = authenticate(request);
    const { record, job } = await renders.cancel(account, request.params.id);
    return ok(renders.view(record, job, baseUrl(request)));
  });

  const renderFile = /^(r[\w-]{16,64})\.mp4$/;
  const serveRender = async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
    const match = renderFile.exec(request.params.file);
    if (!match) throw new JoyError('not_found', 'No such render.');
    return sendFile(
      request,
      reply,
      join(config.dataDir, 'renders', `${match[1]}.mp4`),
      'video/mp4',
      `joy-${match[1]!.slice(0, 8)}.mp4`,
    );
  };
  app.get('/media/renders/:file', serveRender);

  const serveAsset = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const record = /^m_[\w-]{10,64}$/.test(request.params.id)
      ? sessions.mediaById(request.params.id)
      : undefined;
    if (!record) throw new JoyError('not_found', 'No such media.');
    const type = supportedFormat(record.format)?.mime ?? 'application/octet-stream';
    return sendFile(request, reply, join(config.dataDir, record.path), type);
  };
  app.get('/media/assets/:id', serveAsset);

  const thumbnails = new Thumbnails(config.dataDir);
  app.get<{ Params: { id: string } }>('/media/assets/:id/thumb', async (request, reply) => {
    const record = /^m_[\w-]{10,64}$/.test(request.params.id)
      ? sessions.mediaById(request.params.id)
      : undefined;
    if (record?.kind !== 'image') throw new JoyError('not_found', 'No such photo.');
    return sendFile(request, reply, await thumbnails.pathFor(record), 'image/jpeg');
  });

  // The studio's own calls: typed hand edits, undo/redo, and preview frames of the export renderer.
  registerStudioRoutes(app, studioDeps({ accounts, sessions, dataDir: config.dataDir, mutex: chatMutex }));

  const webRoot = config.webRoot ?? defaultWebRoot();
  if (existsSync(webRoot) && statSync(webRoot).isDirectory()) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: 'index.html',
      wildcard: true,
      decorateReply: false,
    });
  }
  return app;
}
