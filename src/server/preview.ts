import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { z } from 'zod';
import { JoyError } from '../errors.js';
import { jobResolver } from '../jobs/render-executor.js';
import { applyCommands } from '../model/commands.js';
import type { Draft } from '../model/draft.js';
import type { DraftHistory } from '../model/history.js';
import { emptyDraft } from '../model/new-draft.js';
import { summarizeDraft } from '../model/summary.js';
import { msToFrame } from '../model/time.js';
import { toWire } from '../model/wire.js';
import { frameToRgba } from '../render/frame.js';
import { createFrameRenderer, type FrameRenderer } from '../render/frame-renderer.js';
import type { MediaResolver } from '../render/pipeline-types.js';
import { createTextOverlays as textOverlays } from '../render/text/draft-texts.js';
import type { Accounts } from './accounts.js';
import { errorAnswer, ok, parseWith } from './envelope.js';
import type { KeyedMutex } from './mutex.js';
import { ASSET_URI_PREFIX, type Sessions } from './sessions.js';

/**
 * Routes the web studio needs beyond API.md: hand edits as typed edit commands (the same commands the
 * chat director produces, so chat and hand edits mix in one history), undo/redo, and preview frames —
 * a JPEG of exactly the frame the export would show at a time, rendered by the export's own renderer
 * at a small size.
 *
 *   POST /api/studio/<sid>/commands   { commands: EditCommand[] } → { draft (wire), changes, can_undo, can_redo, version, summary }
 *   POST /api/studio/<sid>/undo       → same shape, changes: ['Undo …']
 *   POST /api/studio/<sid>/redo       → same shape
 *   GET  /api/studio/<sid>/history    → { can_undo, can_redo, version }
 *   GET  /api/studio/<sid>/preview?ms=<t>&height=360 → image/jpeg
 *
 * Every route takes `Authorization: Bearer <token>`; errors are API.md envelopes (1001, 1002, 400…).
 */
export interface StudioSession {
  /** The session's current draft; undefined before it has one (commands then start from an empty draft). */
  draft: Draft | undefined;
  /** The session's undo/redo history (its `current` is `draft` when there is one). */
  history: DraftHistory;
}

export interface StudioDeps {
  /**
   * Checks the bearer token and that the session belongs to it; throws JoyError `bad_token` (1001) or
   * `session_not_found` (1002) otherwise.
   */
  getSession(token: string, sid: string): StudioSession | Promise<StudioSession>;
  /** Stores `draft` as the session's current draft together with `history` (already updated). */
  saveDraft(sid: string, draft: Draft, history: DraftHistory): unknown;
  /** Media resolver for this session's drafts (`asset:<id>` → local path; refuses anything else). */
  resolveMedia(sid: string): MediaResolver;
  /**
   * Runs a read-modify-write of a session's draft exclusively (the chat's per-session mutex), so a
   * hand edit and a chat turn never overwrite each other. Optional: without it edits run unguarded.
   */
  withLock?<T>(sid: string, work: () => Promise<T>): Promise<T>;
}

/**
 * StudioDeps from the service's own accounts and sessions, so wiring is one line in buildApp:
 * `registerStudioRoutes(app, studioDeps({ accounts, sessions, dataDir: config.dataDir, mutex: chatMutex }))`.
 */
export function studioDeps(services: {
  accounts: Pick<Accounts, 'authenticate'>;
  sessions: Pick<Sessions, 'require' | 'draft' | 'history' | 'saveDraft' | 'media'>;
  dataDir: string;
  mutex?: Pick<KeyedMutex, 'run'>;
}): StudioDeps {
  const { accounts, sessions, dataDir, mutex } = services;
  return {
    getSession(token, sid) {
      const account = accounts.authenticate(token);
      const session = sessions.require(account.id, sid);
      const draft = sessions.draft(session.id);
      return { draft, history: sessions.history(session.id, draft ?? emptyDraft()) };
    },
    saveDraft(sid, draft, history) {
      return sessions.saveDraft(sid, draft, history);
    },
    resolveMedia(sid) {
      const media = Object.fromEntries(
        sessions.media(sid).map((record) => [`${ASSET_URI_PREFIX}${record.id}`, record.path]),
      );
      return jobResolver(dataDir, media);
    },
    ...(mutex ? { withLock: <T>(sid: string, work: () => Promise<T>) => mutex.run(sid, work) } : {}),
  };
}

const commandsBody = z.object({
  commands: z.array(z.unknown()).min(1, 'send at least one command').max(100),
});
const previewQuery = z.object({
  ms: z.coerce.number().min(0).default(0),
  height: z.coerce.number().int().min(64).max(2160).default(360),
});

/** Preview heights are rounded to a few sizes so renderers and cached frames are shared. */
const PREVIEW_HEIGHTS = [180, 240, 360, 480, 540, 720, 1080];
const FRAME_CACHE_LIMIT = 300;
const IDLE_CLOSE_MS = 120_000;
const MAX_RENDERERS = 4;

function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    throw new JoyError('bad_token', 'Missing or malformed Authorization header.', {
      hint: 'Send Authorization: Bearer <token> from POST /api/auth/anonymous-token.',
    });
  }
  return match[1]!;
}

async function send(reply: FastifyReply, work: () => Promise<unknown>): Promise<FastifyReply> {
  try {
    const data = await work();
    if (reply.sent) return reply;
    return reply.send(ok(data));
  } catch (error) {
    const answer = errorAnswer(error);
    if (answer.status >= 500) reply.log.error({ err: error }, 'studio route failed');
    return reply.status(answer.status).headers(answer.headers).send(answer.body);
  }
}

function historyData(history: DraftHistory): { can_undo: boolean; can_redo: boolean; version: number } {
  return { can_undo: history.canUndo(), can_redo: history.canRedo(), version: history.version };
}

function editAnswer(draft: Draft, history: DraftHistory, changes: string[]) {
  return { draft: toWire(draft), changes, ...historyData(history), summary: summarizeDraft(draft) };
}

interface CachedRenderer {
  key: string;
  renderer: FrameRenderer;
  /** Frames are rendered one at a time per renderer; this chains them. */
  queue: Promise<unknown>;
  jpegs: Map<number, Buffer>;
  timer: NodeJS.Timeout | undefined;
}

/** Keeps one frame renderer per session and preview size, reused while the draft stays the same. */
class PreviewRenderers {
  private readonly bySession = new Map<string, CachedRenderer>();

  async frame(
    sid: string,
    draft: Draft,
    height: number,
    ms: number,
    resolve: MediaResolver,
  ): Promise<Buffer> {
    const scale = Math.min(1, height / draft.canvas.height);
    const key = createHash('sha1')
      .update(JSON.stringify(toWire(draft)))
      .update(`@${scale}`)
      .digest('hex');
    let entry = this.bySession.get(sid);
    if (!entry || entry.key !== key) {
      if (entry) this.close(sid);
      entry = {
        key,
        renderer: createFrameRenderer(draft, { resolve, scale, overlays: textOverlays(draft) }),
        queue: Promise.resolve(),
        jpegs: new Map(),
        timer: undefined,
      };
      this.bySession.set(sid, entry);
      this.trim();
    }
    this.touch(sid, entry);
    const { renderer } = entry;
    const n = Math.max(0, Math.min(Math.max(0, renderer.frameCount - 1), msToFrame(ms, renderer.fps)));
    const cached = entry.jpegs.get(n);
    if (cached) return cached;
    const current = entry;
    const job = current.queue.then(async () => {
      const again = current.jpegs.get(n);
      if (again) return again;
      const frame = await renderer.renderFrame(n);
      const rgba = frameToRgba(frame);
      const jpeg = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
        raw: { width: frame.width, height: frame.height, channels: 4 },
      })
        .jpeg({ quality: 78, mozjpeg: false })
        .toBuffer();
      current.jpegs.set(n, jpeg);
      if (current.jpegs.size > FRAME_CACHE_LIMIT) current.jpegs.delete(current.jpegs.keys().next().value!);
      return jpeg;
    });
    current.queue = job.catch(() => undefined);
    return job;
  }

  private touch(sid: string, entry: CachedRenderer): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.close(sid), IDLE_CLOSE_MS);
    entry.timer.unref();
    // Most recently used last.
    this.bySession.delete(sid);
    this.bySession.set(sid, entry);
  }

  private trim(): void {
    while (this.bySession.size > MAX_RENDERERS) this.close(this.bySession.keys().next().value!);
  }

  close(sid: string): void {
    const entry = this.bySession.get(sid);
    if (!entry) return;
    this.bySession.delete(sid);
    if (entry.timer) clearTimeout(entry.timer);
    // Let frames in flight finish before the renderer lets go of its plates.
    void entry.queue.finally(() => entry.renderer.close());
  }

  closeAll(): void {
    for (const sid of [...this.bySession.keys()]) this.close(sid);
  }
}

export function registerStudioRoutes(app: FastifyInstance, deps: StudioDeps): void {
  const previews = new PreviewRenderers();
  app.addHook('onClose', async () => previews.closeAll());

  const locked = <T>(sid: string, work: () => Promise<T>): Promise<T> =>
    deps.withLock ? deps.withLock(sid, work) : work();

  const session = async (request: FastifyRequest<{ Params: { sid: string } }>) => {
    const token = bearer(request);
    const found = await deps.getSession(token, request.params.sid);
    // A draft saved without going through the history (should not happen) still becomes undoable.
    if (
      found.draft &&
      JSON.stringify(toWire(found.history.current)) !== JSON.stringify(toWire(found.draft))
    ) {
      found.history.push(found.draft);
    }
    return { sid: request.params.sid, ...found };
  };

  app.post<{ Params: { sid: string } }>('/api/studio/:sid/commands', (request, reply) =>
    send(reply, () =>
      locked(request.params.sid, async () => {
        // Token and session first, then the body: a stranger learns nothing from validation errors.
        const { sid, draft, history } = await session(request);
        const { commands } = parseWith(commandsBody, request.body);
        const applied = applyCommands(draft ?? emptyDraft(), commands);
        history.push(applied.draft);
        await deps.saveDraft(sid, applied.draft, history);
        return editAnswer(applied.draft, history, applied.changes);
      }),
    ),
  );

  for (const direction of ['undo', 'redo'] as const) {
    app.post<{ Params: { sid: string } }>(`/api/studio/:sid/${direction}`, (request, reply) =>
      send(reply, () =>
        locked(request.params.sid, async () => {
          const { sid, history } = await session(request);
          const possible = direction === 'undo' ? history.canUndo() : history.canRedo();
          if (!possible) throw new JoyError('invalid_command', `There is nothing to ${direction}.`);
          const draft = direction === 'undo' ? history.undo()! : history.redo()!;
          await deps.saveDraft(sid, draft, history);
          const label = direction === 'undo' ? 'Undo' : 'Redo';
          return editAnswer(draft, history, [`${label} → version ${history.version}`]);
        }),
      ),
    );
  }

  app.get<{ Params: { sid: string } }>('/api/studio/:sid/history', (request, reply) =>
    send(reply, async () => historyData((await session(request)).history)),
  );

  app.get<{ Params: { sid: string }; Querystring: Record<string, string> }>(
    '/api/studio/:sid/preview',
    (request, reply) =>
      send(reply, async () => {
        const { sid, draft } = await session(request);
        const query = parseWith(previewQuery, request.query, 'query');
        if (!draft || (draft.video.length === 0 && draft.texts.length === 0)) {
          throw new JoyError('invalid_draft', 'The draft has nothing to show yet: add photos first.');
        }
        const height = PREVIEW_HEIGHTS.find((h) => h >= query.height) ?? PREVIEW_HEIGHTS.at(-1)!;
        const started = performance.now();
        const jpeg = await previews.frame(sid, draft, height, query.ms, deps.resolveMedia(sid));
        return reply
          .header('content-type', 'image/jpeg')
          .header('cache-control', 'private, no-store')
          .header('server-timing', `render;dur=${(performance.now() - started).toFixed(1)}`)
          .send(jpeg);
      }),
  );
}
