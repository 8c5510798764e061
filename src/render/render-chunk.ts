import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type ChunkEncodeSpec, chunkJob, concatList, joinJob } from '../encode/chunk-args.js';
import { Encoder } from '../encode/encoder.js';
import { keyframeInterval } from '../encode/ffmpeg-args.js';
import { JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { findPreset } from '../model/presets.js';
import { draftDurationMs, frameCount } from '../model/timeline.js';
import { bindAudioInputs } from './bind-audio.js';
import { encodeAtomically } from './encode-atomically.js';
import { createFrameRenderer, scaledCanvas } from './frame-renderer.js';
import type { Quality, RenderOptions } from './pipeline-types.js';
import { audioInputs, type FrameRange, pumpFrames, renderScale } from './render-draft.js';
import { createTextOverlays as textOverlays } from './text/draft-texts.js';

/**
 * Split renders: any frame range of a draft rendered on its own into a video-only chunk (frames are
 * pulled by number, so a chunk needs nothing of its neighbours), and the chunks joined by stream copy
 * with the whole timeline's audio mixed once. Joined, they hold exactly the frames of `renderDraft`.
 */

/** Frames per chunk: whole keyframe intervals, so every seam is a keyframe of a closed GOP. */
export interface ChunkPlanOptions {
  /** Workers that can take a chunk now. */
  workers: number;
  /** Videos with fewer frames than this stay whole (default 20 s of frames). */
  minSplitFrames?: number;
  /** Smallest chunk (default 6 s of frames); fewer, larger chunks keep the seam overhead low. */
  minChunkFrames?: number;
  /** Chunks per worker, so a fast worker can take another while a slow one finishes (default 2). */
  chunksPerWorker?: number;
}

/** Splits `total` frames at multiples of the keyframe interval; one range when splitting would not pay. */
export function planChunks(total: number, fps: number, options: ChunkPlanOptions): FrameRange[] {
  const gop = keyframeInterval(fps);
  const minSplit = options.minSplitFrames ?? Math.round(fps * 20);
  const minChunk = Math.max(gop, options.minChunkFrames ?? Math.round(fps * 6));
  const workers = Math.max(1, Math.floor(options.workers));
  if (workers < 2 || total < minSplit || total < 2 * minChunk) return [{ start: 0, end: total }];
  const wanted = workers * (options.chunksPerWorker ?? 2);
  const count = Math.max(2, Math.min(wanted, Math.floor(total / minChunk)));
  const size = Math.max(gop, Math.ceil(total / count / gop) * gop);
  const ranges: FrameRange[] = [];
  for (let start = 0; start < total; start += size)
    ranges.push({ start, end: Math.min(total, start + size) });
  return ranges;
}

export interface ChunkSettings {
  width: number;
  height: number;
  fps: number;
  frames: number;
  durationMs: number;
}

/** Canvas, rate and frame count a draft renders at (the chunk planner's input). */
export function chunkSettings(draft: Draft, quality: Quality): ChunkSettings {
  const { width, height } = scaledCanvas(draft, renderScale(draft, quality));
  return {
    width,
    height,
    fps: draft.canvas.fps,
    frames: frameCount(draft),
    durationMs: draftDurationMs(draft),
  };
}

/** Renders frames `range` of a draft into a video-only MP4, written atomically (temp + rename). */
export async function renderChunk(
  draft: Draft,
  range: FrameRange,
  output: string,
  options: RenderOptions,
): Promise<{ output: string; frames: number; elapsedMs: number }> {
  const started = performance.now();
  const quality = options.quality ?? 'standard';
  const renderer = createFrameRenderer(draft, {
    resolve: options.resolve,
    scale: renderScale(draft, quality),
    overlays: textOverlays(draft),
    decodeCache: options.decodeCache,
  });
  if (range.start < 0 || range.end > renderer.frameCount || range.end <= range.start) {
    renderer.close();
    throw phrasedError(
      'invalid_input',
      phrase('render.framesOutside', { start: range.start, end: range.end, frames: renderer.frameCount }),
    );
  }
  try {
    await encodeAtomically(
      output,
      options.signal,
      async (partial) => {
        const spec: ChunkEncodeSpec = {
          width: renderer.width,
          height: renderer.height,
          fps: renderer.fps,
          quality,
          maxBitrateKbps: findPreset(String(draft.meta.preset ?? ''))?.maxBitrateKbps,
          frames: range.end - range.start,
          output: partial,
        };
        return new Encoder(chunkJob(spec), options.signal);
      },
      (encoder) => pumpFrames(renderer, encoder, options, started, range),
    );
  } finally {
    renderer.close();
  }
  return { output, frames: range.end - range.start, elapsedMs: performance.now() - started };
}

/**
 * Joins chunk files (in frame order, all in one folder) into the final MP4: video packets copied, the
 * draft's audio mixed over the whole timeline, `+faststart`; written atomically.
 */
export async function joinChunks(
  draft: Draft,
  chunks: string[],
  output: string,
  options: Pick<RenderOptions, 'resolve' | 'signal'>,
): Promise<{ output: string }> {
  if (chunks.length === 0) throw new JoyError('render_failed', 'No chunks to join.');
  const folder = dirname(chunks[0]!);
  if (chunks.some((chunk) => dirname(chunk) !== folder))
    throw new JoyError('render_failed', 'The chunks of one render must share a folder.');
  const list = join(folder, `join-${randomBytes(4).toString('hex')}.ffconcat`);
  try {
    await encodeAtomically(output, options.signal, async (partial) => {
      await writeFile(list, concatList(chunks.map((chunk) => basename(chunk))));
      return new Encoder(
        joinJob({
          list,
          durationMs: draftDurationMs(draft),
          audio: await bindAudioInputs(audioInputs(draft, options.resolve)),
          targetLufs: draft.loudness.targetLufs,
          output: partial,
        }),
        options.signal,
      );
    });
    return { output };
  } finally {
    await rm(list, { force: true });
  }
}
