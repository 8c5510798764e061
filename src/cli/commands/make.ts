import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Analyser } from '../../analyse/analyser.js';
import { DirCache, defaultCacheDir } from '../../analyse/cache.js';
import {
  analyseFile,
  type CurationFlag,
  describeFlag,
  type FileAnalysis,
  flagBatch,
  withAnalysis,
} from '../../analyse/media-analysis.js';
import type { PhotoAnalysis } from '../../analyse/types.js';
import { JoyError } from '../../errors.js';
import { ingestBatch, type MediaInfo } from '../../ingest/index.js';
import { applyCommands } from '../../model/commands.js';
import { defaultPlanCommands, photoPlan } from '../../model/default-plan.js';
import type { Draft, MediaRef, VideoSegment } from '../../model/draft.js';
import { emptyDraft } from '../../model/new-draft.js';
import { summarizeDraft } from '../../model/summary.js';
import { writeDraftFile } from '../draft-file.js';
import { aspectForMedia, mediaRefFromInfo } from '../media-refs.js';
import {
  type CanvasOptions,
  canvasCommands,
  type StyleOptions,
  styleCommands,
} from '../options-to-commands.js';
import { createReporter, reportError } from '../output.js';
import { applyPrompt } from '../prompt.js';
import { fileResolver } from '../resolver.js';
import { parseQuality, renderToFile } from './render-to-file.js';

interface MakeOptions extends CanvasOptions, StyleOptions {
  prompt?: string;
  output: string;
  music?: string;
  quality?: string;
  saveDraft?: string;
  render: boolean;
  json?: boolean;
  /** `--no-analyse` sets this false: no faces, subject, blur or beat analysis. */
  analyse?: boolean;
  dropFlagged?: boolean;
}

/** Names that usually hold photos: only a hint to start analysing early; ingest decides by content. */
const LIKELY_PHOTO = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

/**
 * Starts analysis of the likely photos (and the music) in the worker thread right away, so it runs
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
  const add = (path: string, kind: 'photo' | 'audio') => {
    if (!results.has(path)) results.set(path, analyseFile(path, kind, { analyser, cache }));
  };
  for (const file of files) {
    const path = resolve(file);
    if (music && path === resolve(music)) add(path, 'audio');
    else if (LIKELY_PHOTO.has(extname(file).toLowerCase())) add(path, 'photo');
  }
  return { results, add, close: () => analyser.close() };
}

/** Options whose commands depend on what analysis finds (motion, fit and a title placed off faces). */
const OVERLAP_BLOCKERS = new Set(['setMotion', 'setFit', 'addText']);

/**
 * Rendering while analysing: the draft was planned from the photos alone; `segment(k)` is segment k
 * once its photo's analysis is in (faces, focus, people layer, and the default plan's motion and fit
 * for them — timing never changes), and `draft()` the whole draft with every analysis, for saving.
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

function curationLine(flag: CurationFlag, dropped: boolean): string {
  return dropped
    ? `${describeFlag(flag)}; it was left out (--drop-flagged)`
    : `${describeFlag(flag)}; it was kept — add --drop-flagged to leave such photos out`;
}

/** Directories expand to the files in them (sorted); shells expand globs before we see them. */
function expandInputs(inputs: string[]): string[] {
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

export async function makeCommand(inputs: string[], options: MakeOptions): Promise<number> {
  const json = Boolean(options.json);
  const reporter = createReporter({ json });
  try {
    const quality = parseQuality(options.quality);
    const files = expandInputs(inputs);
    if (options.music) files.push(options.music);
    const analysis = options.analyse === false ? undefined : startAnalysis(files, options.music);
    // With no instructions that depend on what analysis finds, rendering starts at once: each photo
    // is planned and rendered as soon as its own analysis is in, while the others are analysed.
    const overlap =
      analysis !== undefined &&
      options.render &&
      !options.prompt &&
      !options.dropFlagged &&
      !styleCommands(options).some((command) => OVERLAP_BLOCKERS.has(command.type));
    const started = performance.now();
    let batch: Awaited<ReturnType<typeof ingestBatch>>;
    const analysed = new Map<string, FileAnalysis>();
    try {
      batch = await ingestBatch(
        files.map((path) => ({ path: resolve(path), name: basename(path) })),
        {},
      );
      const ingestMs = performance.now() - started;
      // Photos are what ingest found by content, HEIC included.
      for (const info of batch.media) {
        if (info.kind === 'image') analysis?.add(resolve(info.path), 'photo');
      }
      if (!overlap) for (const [path, pending] of analysis?.results ?? []) analysed.set(path, await pending);
      const photos = [...analysed.values()].filter((a) => a.entry?.kind === 'photo');
      if (photos.length > 0) {
        const fresh = photos.filter((a) => !a.cached);
        const times = fresh
          .map((a) => (a.entry?.kind === 'photo' ? a.entry.photo.analysisMs : 0))
          .sort((x, y) => x - y);
        const perPhoto = times.length ? times[Math.floor(times.length / 2)]! : 0;
        const waited = Math.max(0, performance.now() - started - ingestMs);
        reporter.info(
          `Analysed ${photos.length} photo${photos.length === 1 ? '' : 's'} in a worker thread (${fresh.length ? `median ${perPhoto} ms per photo` : 'all from the cache'}; waited ${Math.round(waited)} ms after ingest)`,
        );
      }
    } finally {
      if (!overlap) await analysis?.close();
    }
    for (const failure of batch.failed) reporter.warn(`skipped ${failure.name}: ${failure.message}`);
    let media: MediaRef[] = batch.media.map((info) =>
      withAnalysis(mediaRefFromInfo(info), analysed.get(resolve(info.path))?.entry),
    );
    const curation: { dropped: { name: string; reason: string }[]; flagged: CurationFlag[] } = {
      dropped: [],
      flagged: [],
    };
    if (analysis && !overlap) {
      const photoAnalyses = batch.media.map((info) => {
        const entry = analysed.get(resolve(info.path))?.entry;
        return entry?.kind === 'photo' ? entry.photo : undefined;
      });
      const flagged = flagBatch(media, photoAnalyses);
      media = flagged.refs;
      curation.flagged = flagged.flagged;
      for (const flag of flagged.flagged) reporter.info(curationLine(flag, Boolean(options.dropFlagged)));
      if (options.dropFlagged && flagged.flagged.length > 0) {
        const names = new Set(flagged.flagged.map((flag) => flag.name));
        curation.dropped = flagged.flagged.map((flag) => ({ name: flag.name, reason: flag.reason }));
        media = media.filter((item) => !(item.kind === 'image' && names.has(item.name ?? item.uri)));
      }
    }
    const visual = media.filter((item) => item.kind !== 'audio');
    if (visual.length === 0) {
      throw new JoyError('invalid_input', 'None of the inputs is a photo or video clip Joy can use.', {
        hint: 'Joy accepts JPG, PNG, WEBP, AVIF, GIF, HEIC photos and MP4, MOV, WEBM, MKV, AVI clips.',
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
      const result = await applyPrompt(draft, options.prompt, planMedia, (line) => reporter.warn(line));
      draft = result.draft;
      if (result.reply) reporter.info(result.reply);
    }
    if (draft.video.length === 0)
      draft = applyCommands(draft, defaultPlanCommands(planMedia, draft.canvas)).draft;
    draft = applyCommands(draft, styleCommands(options)).draft;
    draft.meta = {
      ...draft.meta,
      createdWith: 'joy make',
      ...(analysis ? { curation } : {}),
      ...(options.prompt ? { prompt: options.prompt } : {}),
    };
    reporter.info(summarizeDraft(draft));
    if (options.saveDraft && !overlap) {
      await writeDraftFile(options.saveDraft, draft);
      reporter.info(`Draft saved to ${options.saveDraft}`);
    }
    let rendered: Awaited<ReturnType<typeof renderToFile>> | undefined;
    if (options.render) {
      const late = overlap && analysis ? lateAnalysis(draft, batch.media, analysis.results) : undefined;
      try {
        rendered = await renderToFile(draft, options.output, {
          quality,
          resolve: fileResolver(process.cwd()),
          reporter,
          ...(late ? { pending: late.segment } : {}),
        });
        if (late) {
          draft = await late.draft();
          const flagged = flagBatch(
            draft.video.map((segment) => segment.media),
            await late.photos(),
          );
          for (const flag of flagged.flagged) reporter.info(curationLine(flag, false));
          draft.video = draft.video.map((segment, k) => ({ ...segment, media: flagged.refs[k]! }));
          draft.meta = { ...draft.meta, curation: { dropped: [], flagged: flagged.flagged } };
        }
      } finally {
        if (overlap) await analysis?.close();
      }
      reporter.info(
        `Wrote ${options.output} (${rendered.width}×${rendered.height}, ${(rendered.durationMs / 1000).toFixed(1)} s) in ${(rendered.elapsedMs / 1000).toFixed(1)} s`,
      );
      if (options.saveDraft && overlap) {
        await writeDraftFile(options.saveDraft, draft);
        reporter.info(`Draft saved to ${options.saveDraft}`);
      }
    }
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ ok: true, output: rendered ? resolve(options.output) : null, draft: options.saveDraft ?? null, skipped: batch.failed, result: rendered ?? null })}\n`,
      );
    }
    return 0;
  } catch (error) {
    return reportError(error, json);
  }
}

export function registerMake(program: Command): void {
  program
    .command('make')
    .description('Make a video from photos (and clips, and music) in one step.')
    .argument('<inputs...>', 'photos, video clips, audio files or folders')
    .option('-p, --prompt <text>', 'what you want, in plain words (English or Chinese)')
    .option('-o, --output <file>', 'where to write the MP4', 'joy.mp4')
    .option('--aspect <ratio>', 'canvas shape: 9:16, 16:9, 1:1, 4:5')
    .option('--preset <name>', 'platform: tiktok, reels, shorts, youtube, instagram-feed, square')
    .option('--resolution <name>', 'short side: 720p, 1080p (default), 1440p, 2160p')
    .option('--fps <n>', 'frames per second: 24, 25, 30 (default), 60')
    .option('--seconds-per-photo <s>', 'how long each photo shows')
    .option('--duration <s>', 'total length of the video in seconds')
    .option('--transition <name>', 'transition between photos (see `joy effects transitions`)')
    .option('--transition-duration <s>', 'transition length in seconds')
    .option('--motion <name>', 'motion for every photo (see `joy effects motions`)')
    .option('--fit <name>', 'how photos of another shape fill the frame: cover, blur, color')
    .option('--look <name>', 'colour look (see `joy effects looks`)')
    .option('--title <text>', 'a title over the first seconds')
    .option('--music <file>', 'background music (faded out at the end)')
    .option('--music-volume <0-1>', 'music volume, 0–1 or a percentage like 35%')
    .option('--quality <q>', 'draft (fast 540p preview), standard (default), high', 'standard')
    .option('--save-draft <file>', 'also save the timeline as a draft JSON file')
    .option('--no-render', 'stop after planning (use with --save-draft)')
    .option('--no-analyse', 'skip photo and music analysis (faces, subject, blur, duplicates, beats)')
    .option('--drop-flagged', 'leave out photos flagged as near-duplicates or blurred')
    .option('--json', 'print a JSON result on stdout')
    .addHelpText(
      'after',
      `
Examples:
  joy make photos/*.jpg -o trip.mp4
  joy make photos/ -p "turn my photos into a smooth animated video with transitions" -o trip.mp4
  joy make a.jpg b.heic c.png --preset tiktok --duration 20 --title "Road Trip" --music song.mp3
  joy make photos/ --save-draft trip.json --no-render && joy render trip.json -o trip.mp4`,
    )
    .action(async (inputs: string[], options: MakeOptions) => {
      process.exitCode = await makeCommand(inputs, options);
    });
}
