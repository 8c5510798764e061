import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { phrasedError } from '../errors.js';
import { DecodeCache, defaultDecodeCache } from '../ingest/decode-cache.js';
import { phrase, t } from '../messages/index.js';
import { parseDraft } from '../model/upgrade.js';
import { resolveMusicUri } from '../music/index.js';
import type { MediaResolver, RenderDraft } from '../render/pipeline-types.js';
import { CHUNKS_DIR, RENDER_TMP_DIR, RENDERS_DIR } from './storage.js';
import type { ChunkExecutors, RenderExecutor, RenderJobSpec } from './types.js';

/**
 * The executor both queues run: renders a job's draft with `renderDraft` into a temporary file and
 * moves it to `<data>/renders/<job id>.mp4` only when complete, so a crash or cancel never leaves a
 * partial output where downloads look. Media resolve only through the job's own media map.
 */
export interface RenderExecutorOptions {
  dataDir: string;
  /** Injected in tests; default loads src/render/render-draft.ts on first use. */
  renderDraft?: RenderDraft;
  /** Compositing threads per render. */
  workers?: number;
}

export const MUSIC_DIR = 'music';
export { CHUNKS_DIR, RENDER_TMP_DIR, RENDERS_DIR } from './storage.js';

export function outputPathFor(jobId: string): string {
  return `${RENDERS_DIR}/${jobId}.mp4`;
}

/** A resolver that only knows the job's media map; anything else (paths, file: URLs, other sessions) throws. */
export function jobResolver(dataDir: string, media: Record<string, string>): MediaResolver {
  return (uri: string) => {
    // Library tracks are synthesised into the service's own data folder on first use.
    const library = resolveMusicUri(uri, join(dataDir, MUSIC_DIR));
    if (library) return library;
    const relative = Object.hasOwn(media, uri) ? media[uri] : undefined;
    if (relative === undefined) {
      throw phrasedError('invalid_draft', phrase('service.media.notUpload', { uri }), {
        hint: t('en', 'service.media.notUpload.hint'),
      });
    }
    const clean = normalize(relative);
    if (isAbsolute(clean) || clean.startsWith('..') || !clean.startsWith(`media${sep}`)) {
      throw phrasedError('invalid_draft', phrase('service.media.outside', { uri }));
    }
    return join(dataDir, clean);
  };
}

/** Where renders keep the photos they decoded, so an export after an edit reads them back (see `DecodeCache`). */
export const DECODE_CACHE_DIR = join('cache', 'decoded');
const decodeCaches = new Map<string, DecodeCache>();
function decodeCacheFor(dataDir: string): DecodeCache {
  let cache = decodeCaches.get(dataDir);
  if (!cache) {
    cache = new DecodeCache(join(dataDir, DECODE_CACHE_DIR), defaultDecodeCache().maxBytes);
    decodeCaches.set(dataDir, cache);
  }
  return cache;
}

let loaded: Promise<RenderDraft> | undefined;
let chunkModule: Promise<typeof import('../render/render-chunk.js')> | undefined;
const renderChunkModule = () => {
  chunkModule ??= import('../render/render-chunk.js');
  return chunkModule;
};
async function defaultRenderDraft(): Promise<RenderDraft> {
  loaded ??= import('../render/render-draft.js').then((module) => module.renderDraft as RenderDraft);
  return loaded;
}

export function createRenderExecutor(options: RenderExecutorOptions): RenderExecutor {
  return async (spec: RenderJobSpec, context) => {
    const draft = parseDraft(spec.draft);
    const render = options.renderDraft ?? (await defaultRenderDraft());
    const tmpDir = join(options.dataDir, RENDER_TMP_DIR);
    await mkdir(tmpDir, { recursive: true });
    await mkdir(join(options.dataDir, RENDERS_DIR), { recursive: true });
    const tmp = join(tmpDir, `${spec.id}.mp4`);
    const output = outputPathFor(spec.id);
    try {
      await render(draft, tmp, {
        resolve: jobResolver(options.dataDir, spec.media),
        quality: spec.quality,
        signal: context.signal,
        onProgress: (status) => context.onProgress(status.progress),
        ...(options.workers ? { workers: options.workers } : {}),
        decodeCache: decodeCacheFor(options.dataDir),
      });
      if (context.signal.aborted) throw phrasedError('canceled', phrase('render.canceled'));
      await rename(tmp, join(options.dataDir, output));
      return { output };
    } finally {
      await rm(tmp, { force: true });
    }
  };
}

/** Removes partial outputs of renders that were running when a process died. */
export async function cleanRenderTmp(dataDir: string): Promise<void> {
  await rm(join(dataDir, RENDER_TMP_DIR), { recursive: true, force: true });
}

/** Where a split render's chunks wait for the join (relative to the data dir). */
export function chunkFolderFor(renderId: string): string {
  return join(CHUNKS_DIR, renderId);
}

/**
 * The executors of split renders: a chunk renders its frame range into the render's chunk folder (each
 * chunk file written atomically, so a retried chunk simply replaces it), and the join stream-copies them
 * into `renders/<id>.mp4` with the audio, then removes the folder.
 */
export function createChunkExecutors(
  options: Pick<RenderExecutorOptions, 'dataDir' | 'workers'>,
): ChunkExecutors {
  return {
    async render(spec, range, context) {
      const { chunkFileName } = await import('../encode/chunk-args.js');
      const { renderChunk } = await renderChunkModule();
      const folder = chunkFolderFor(spec.id);
      await mkdir(join(options.dataDir, folder), { recursive: true });
      const output = join(folder, chunkFileName(range.index));
      const result = await renderChunk(parseDraft(spec.draft), range, join(options.dataDir, output), {
        resolve: jobResolver(options.dataDir, spec.media),
        quality: spec.quality,
        signal: context.signal,
        onProgress: (status) => context.onProgress(status.progress),
        ...(options.workers ? { workers: options.workers } : {}),
        decodeCache: decodeCacheFor(options.dataDir),
      });
      return { output, frames: result.frames };
    },
    async join(spec, chunks, context) {
      const { joinChunks } = await renderChunkModule();
      const folder = join(options.dataDir, chunkFolderFor(spec.id));
      const missing = chunks.filter((chunk) => !existsSync(join(options.dataDir, chunk)));
      const output = outputPathFor(spec.id);
      // A join that finished but died before it could say so: its output is complete (renamed into place).
      if (missing.length === chunks.length && existsSync(join(options.dataDir, output))) return { output };
      if (missing.length > 0)
        throw phrasedError('render_failed', phrase('service.chunks.missing', { chunks: missing.join(', ') }));
      await mkdir(join(options.dataDir, RENDERS_DIR), { recursive: true });
      await joinChunks(
        parseDraft(spec.draft),
        chunks.map((chunk) => join(options.dataDir, chunk)),
        join(options.dataDir, output),
        { resolve: jobResolver(options.dataDir, spec.media), signal: context.signal },
      );
      await rm(folder, { recursive: true, force: true });
      return { output };
    },
  };
}
