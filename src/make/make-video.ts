import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { Analyser } from '../analyse/analyser.js';
import { DirCache, defaultCacheDir } from '../analyse/cache.js';
import {
  analyseFile,
  type CurationFlag,
  describeFlag,
  type FileAnalysis,
  flagBatch,
  withAnalysis,
} from '../analyse/media-analysis.js';
import type { PhotoAnalysis } from '../analyse/types.js';
import { phrasedError } from '../errors.js';
import { type DecodeCache, defaultDecodeCache, ingestBatch, type MediaInfo } from '../ingest/index.js';
import { type Lang, phrase, sayPhrase, t } from '../messages/index.js';
import { applyCommands } from '../model/commands.js';
import { defaultPlanCommands, photoPlan } from '../model/default-plan.js';
import type { Draft, MediaRef, VideoSegment } from '../model/draft.js';
import { emptyDraft } from '../model/new-draft.js';
import type { Quality, RenderOptions, RenderResult } from '../render/pipeline-types.js';
import { renderDraft } from '../render/render-draft.js';
import { fileResolver } from './local-files.js';
import { aspectForMedia, mediaRefFromInfo } from './media-refs.js';
import { type CanvasOptions, canvasCommands, type StyleOptions, styleCommands } from './options.js';
import { applyPrompt } from './prompt.js';

/**
 * Photos (and clips, and music) in, a draft and an MP4 out: what `joy make` does, as a library function.
 * Ingest decides by content, analysis (faces, subject, blur, duplicates, beats) runs in a process of its
 * own while ingest reads, the default plan or the director (for a prompt) builds the draft, and the style
 * options apply on top.
 */
export interface PlanVideoOptions extends CanvasOptions, StyleOptions {
  /** What you want, in plain words (English or Chinese), for the director. */
  prompt?: string;
  /** Background music file. */
  music?: string;
  /** Faces, subject, blur, duplicates and beats; default true. */
  analyse?: boolean;
  /** Leave out photos flagged as near-duplicates or blurred. */
  dropFlagged?: boolean;
  /** Progress lines for a person (`info`) and things that went wrong but did not stop the video (`warn`). */
  onMessage?: (line: string, level: 'info' | 'warn') => void;
  /** The language of those lines (default English). */
  lang?: Lang;
  /** Recorded in the draft's meta. */
  createdWith?: string;
}

export interface MakeVideoOptions extends PlanVideoOptions {
  /** Where to write the MP4. */
  output: string;
  /** draft (fast 540p preview), standard (default) or high. */
  quality?: Quality;
  signal?: AbortSignal;
  onProgress?: RenderOptions['onProgress'];
}

export interface Curation {
  dropped: { name: string; reason: string }[];
  flagged: CurationFlag[];
}

export interface PlannedVideo {
  draft: Draft;
  /** Inputs Joy could not use, with why. */
  skipped: { name: string; message: string }[];
  /** Photos analysis flagged; absent when analysis was off. */
  curation?: Curation;
}

export interface MadeVideo extends PlannedVideo {
  result: RenderResult;
}

/** Names that usually hold photos: only a hint to start analysing early; ingest decides by content. */
const LIKELY_PHOTO = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

/**
 * Starts analysis of the likely photos (and the music) in the analysis process right away, so it runs
 * while ingest probes the files; `add` covers photos whose names gave no hint once ingest has read them.
 * Results come from the content-hash cache when the file was seen before.
 */
function startAnalysis(
  files: readonly string[],
  music: string | undefined,
): {
  results: Map<string, Promise<FileAnalysis>>;
  add(path: string, kind: 'photo' | 'audio'): void;
  close(): Promise<void>;
} {
  const analyser = new Analyser();
  const cache = new DirCache(defaultCacheDir());
  const results = new Map<string, Promise<FileAnalysis>>();
  // Photos are analysed in the order of the inputs, which is the video's order when it renders while
  // they are analysed (see `startVideo`), HEIC photos found by ingest included.
  const orderOf = new Map(files.map((file, index) => [resolve(file), index]));
  const add = (path: string, kind: 'photo' | 'audio') => {
    const order = orderOf.get(path) ?? orderOf.size;
    if (!results.has(path)) results.set(path, analyseFile(path, kind, { analyser, cache, order }));
  };
  for (const file of files) {
    const path = resolve(file);
    if (music && path === resolve(music)) add(path, 'audio');
    else if (LIKELY_PHOTO.has(extname(file).toLowerCase())) add(path, 'photo');
  }
  return { results, add, close: () => analyser.close() };
}

function curationLine(flag: CurationFlag, dropped: boolean, lang: Lang): string {
  return t(lang, dropped ? 'make.flag.dropped' : 'make.flag.kept', { flag: describeFlag(flag, lang) });
}

/** Directories expand to the files in them (sorted); shells expand globs before we see them. */
function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    try {
      if (statSync(input).isDirectory()) {
        return readdirSync(input)
          .filter((name) => !name.startsWith('.'))
          .sort()
          .map((name) => join(input, name));
      }
    } catch {
      // Missing paths are reported by ingest with the rest of the batch.
    }
    return [input];
  });
}

/** The draft `makeVideo` would render, without rendering it. */
export async function planVideo(
  inputs: readonly string[],
  options: PlanVideoOptions = {},
): Promise<PlannedVideo> {
  const started = await startVideo(inputs, options, false);
  return started.finish();
}

/**
 * A video ready to render, maybe before its analysis is done: with `overlap` and nothing asked for that
 * depends on analysis (no prompt, motion, fit, title or --drop-flagged), the draft is planned from the
 * photos alone and `pending` gives each segment once its photo's analysis is in (same timing), so the
 * first photo renders while the others are analysed. `finish()` waits for every analysis and returns
 * the draft with all of it, and the curation flags; it also stops the analysis process.
 */
export interface StartedVideo extends PlannedVideo {
  pending?: RenderOptions['pending'];
  finish(): Promise<PlannedVideo>;
}

/** Options whose result depends on what analysis finds (motion, fit, and a title the renderer places off faces). */
const OVERLAP_BLOCKERS = new Set(['setMotion', 'setFit', 'addText']);

export async function startVideo(
  inputs: readonly string[],
  options: PlanVideoOptions = {},
  overlap = true,
): Promise<StartedVideo> {
  const say = options.onMessage ?? (() => undefined);
  const lang = options.lang ?? 'en';
  const files = expandInputs(inputs);
  if (options.music) files.push(options.music);
  const analysis = options.analyse === false ? undefined : startAnalysis(files, options.music);
  const late =
    overlap &&
    analysis !== undefined &&
    !options.prompt &&
    !options.dropFlagged &&
    !styleCommands(options).some((command) => OVERLAP_BLOCKERS.has(command.type));
  const started = performance.now();
  let batch: Awaited<ReturnType<typeof ingestBatch>>;
  const analysed = new Map<string, FileAnalysis>();
  try {
    batch = await ingestBatch(
      files.map((path) => ({ path: resolve(path), name: basename(path) })),
      { decodeCache: photoCache() },
    );
    const ingestMs = performance.now() - started;
    // Photos are what ingest found by content, HEIC included.
    for (const info of batch.media) {
      if (info.kind === 'image') analysis?.add(resolve(info.path), 'photo');
    }
    if (!late) for (const [path, pending] of analysis?.results ?? []) analysed.set(path, await pending);
    const photos = [...analysed.values()].filter((a) => a.entry?.kind === 'photo');
    if (photos.length > 0) {
      const fresh = photos.filter((a) => !a.cached);
      const times = fresh
        .map((a) => (a.entry?.kind === 'photo' ? a.entry.photo.analysisMs : 0))
        .sort((x, y) => x - y);
      const perPhoto = times.length ? times[Math.floor(times.length / 2)]! : 0;
      const waited = Math.max(0, performance.now() - started - ingestMs);
      const how = fresh.length
        ? t(lang, 'make.analysed.median', { ms: perPhoto })
        : t(lang, 'make.analysed.cached');
      say(t(lang, 'make.analysed', { n: photos.length, how, waited: Math.round(waited) }), 'info');
    }
  } finally {
    if (!late) await analysis?.close();
  }
  for (const failure of batch.failed) {
    const reason = failure.phrase ? sayPhrase(lang, failure.phrase) : failure.message;
    say(t(lang, 'cli.skipped', { file: failure.name, reason }), 'warn');
  }
  let media: MediaRef[] = batch.media.map((info) =>
    withAnalysis(mediaRefFromInfo(info), analysed.get(resolve(info.path))?.entry),
  );
  const curation: Curation = { dropped: [], flagged: [] };
  if (analysis && !late) {
    const photoAnalyses = batch.media.map((info) => {
      const entry = analysed.get(resolve(info.path))?.entry;
      return entry?.kind === 'photo' ? entry.photo : undefined;
    });
    const flagged = flagBatch(media, photoAnalyses);
    media = flagged.refs;
    curation.flagged = flagged.flagged;
    for (const flag of flagged.flagged) say(curationLine(flag, Boolean(options.dropFlagged), lang), 'info');
    if (options.dropFlagged && flagged.flagged.length > 0) {
      const names = new Set(flagged.flagged.map((flag) => flag.name));
      curation.dropped = flagged.flagged.map((flag) => ({ name: flag.name, reason: flag.reason }));
      media = media.filter((item) => !(item.kind === 'image' && names.has(item.name ?? item.uri)));
    }
  }
  const visual = media.filter((item) => item.kind !== 'audio');
  if (visual.length === 0) {
    throw phrasedError('invalid_input', phrase('make.noVisual'), {
      hint: phrase('make.noVisual.hint'),
    });
  }
  let draft = emptyDraft({ aspect: aspectForMedia(visual) });
  draft = applyCommands(draft, canvasCommands(options)).draft;
  const musicName = options.music ? basename(options.music) : undefined;
  const planMedia = musicName
    ? [...visual, ...media.filter((item) => item.kind === 'audio' && item.name === musicName)]
    : [...visual, ...media.filter((item) => item.kind === 'audio').slice(0, 1)];
  if (options.prompt) {
    // The director makes the first video itself (the same default plan) and applies the rest of the
    // message on top, so its reply describes what was made.
    const result = await applyPrompt(draft, options.prompt, planMedia, (line) => say(line, 'warn'));
    draft = result.draft;
    if (result.reply) say(result.reply, 'info');
  }
  if (draft.video.length === 0)
    draft = applyCommands(draft, defaultPlanCommands(planMedia, draft.canvas)).draft;
  draft = applyCommands(draft, styleCommands(options)).draft;
  draft.meta = {
    ...draft.meta,
    createdWith: options.createdWith ?? 'joy makeVideo',
    ...(analysis ? { curation } : {}),
    ...(options.prompt ? { prompt: options.prompt } : {}),
  };
  const planned: PlannedVideo = { draft, skipped: batch.failed, ...(analysis ? { curation } : {}) };
  if (!late || !analysis) return { ...planned, finish: async () => planned };
  const later = lateAnalysis(draft, batch.media, analysis.results);
  // The analysis process (its models and TensorFlow's heap) ends as soon as the last photo is analysed,
  // not when the render ends.
  void Promise.allSettled(analysis.results.values()).then(() => analysis.close());
  return {
    ...planned,
    pending: later.segment,
    async finish() {
      try {
        const complete = await later.draft();
        const flagged = flagBatch(
          complete.video.map((segment) => segment.media),
          await later.photos(),
        );
        for (const flag of flagged.flagged) say(curationLine(flag, false, lang), 'info');
        complete.video = complete.video.map((segment, k) => ({ ...segment, media: flagged.refs[k]! }));
        const done: Curation = { dropped: [], flagged: flagged.flagged };
        complete.meta = { ...complete.meta, curation: done };
        return { draft: complete, skipped: batch.failed, curation: done };
      } finally {
        await analysis.close();
      }
    },
  };
}

/**
 * Rendering while analysing: the draft was planned from the photos alone; `segment(k)` is segment k
 * once its photo's analysis is in (faces, focus, people layer, and the default plan's motion and fit
 * for them — timing never changes), and `draft()` the whole draft with every analysis.
 */
function lateAnalysis(
  draft: Draft,
  infos: readonly MediaInfo[],
  results: Map<string, Promise<FileAnalysis>>,
): {
  segment(index: number): Promise<VideoSegment> | undefined;
  draft(): Promise<Draft>;
  photos(): Promise<(PhotoAnalysis | undefined)[]>;
} {
  const pathOf = new Map(infos.map((info) => [mediaRefFromInfo(info).uri, resolve(info.path)]));
  const entryOf = (uri: string) => {
    const path = pathOf.get(uri);
    const pending = path ? results.get(path) : undefined;
    return pending ? pending.then((result) => result.entry) : Promise.resolve(undefined);
  };
  const still = draft.video.map(
    (_, k) => draft.video.slice(0, k).filter((s) => s.media.kind === 'image').length,
  );
  const final = new Map<number, Promise<VideoSegment>>();
  const segment = (index: number): Promise<VideoSegment> | undefined => {
    const planned = draft.video[index];
    if (!planned || planned.media.kind !== 'image') return undefined;
    let done = final.get(index);
    if (!done) {
      done = entryOf(planned.media.uri).then((entry) => {
        const media = withAnalysis(planned.media, entry);
        const plan = photoPlan(media, still[index]!, draft.canvas);
        return {
          ...planned,
          media,
          motion: { ...planned.motion, name: plan.motion },
          fit: { name: plan.fit, params: {} },
        };
      });
      final.set(index, done);
    }
    return done;
  };
  return {
    segment,
    async draft() {
      const video = await Promise.all(draft.video.map((planned, k) => segment(k) ?? planned));
      const audio = await Promise.all(
        draft.audio.map(async (track) => ({
          ...track,
          media: withAnalysis(track.media, await entryOf(track.media.uri)),
        })),
      );
      return { ...draft, video, audio };
    },
    async photos() {
      return Promise.all(
        draft.video.map(async (planned) => {
          const entry = await entryOf(planned.media.uri);
          return entry?.kind === 'photo' ? entry.photo : undefined;
        }),
      );
    },
  };
}

/** Decoded photos are kept for the process's later renders and for the next run (see `DecodeCache`). */
let decodeCache: DecodeCache | undefined;
const photoCache = () => {
  decodeCache ??= defaultDecodeCache();
  return decodeCache;
};

/**
 * Makes an MP4 from photos (and clips, and music): plans the draft and renders it to `output`, the
 * rendering overlapping the analysis where the plan allows (see `startVideo`).
 */
export async function makeVideo(inputs: readonly string[], options: MakeVideoOptions): Promise<MadeVideo> {
  const started = await startVideo(inputs, options);
  let result: RenderResult;
  try {
    result = await renderDraft(started.draft, resolve(options.output), {
      resolve: fileResolver(process.cwd()),
      quality: options.quality ?? 'standard',
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(started.pending ? { pending: started.pending } : {}),
      decodeCache: photoCache(),
    });
  } catch (error) {
    await started.finish().catch(() => undefined); // stops the analysis process
    throw error;
  }
  const planned = await started.finish();
  return { ...planned, result };
}
