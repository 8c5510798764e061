import { Encoder } from '../encode/encoder.js';
import { type AudioInput, encodeJob } from '../encode/ffmpeg-args.js';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { findPreset } from '../model/presets.js';
import { draftDurationMs, segmentTimings } from '../model/timeline.js';
import { bindAudioInputs } from './bind-audio.js';
import { CompositePool, defaultWorkerCount } from './composite-pool.js';
import { encodeAtomically } from './encode-atomically.js';
import { createFrame, frameByteLength } from './frame.js';
import { createFrameRenderer, type FrameRenderer } from './frame-renderer.js';
import type { MediaResolver, Quality, RenderOptions, RenderResult } from './pipeline-types.js';
import { createTextOverlays as textOverlays } from './text/draft-texts.js';

/** Short side of `--quality draft` renders. */
export const DRAFT_SHORT_SIDE = 540;

export function renderScale(draft: Draft, quality: Quality): number {
  const short = Math.min(draft.canvas.width, draft.canvas.height);
  return quality === 'draft' && short > DRAFT_SHORT_SIDE ? DRAFT_SHORT_SIDE / short : 1;
}

/** Every sound in the draft as encoder inputs: music segments and video clips' own sound. */
export function audioInputs(draft: Draft, resolve: MediaResolver): AudioInput[] {
  const total = draftDurationMs(draft);
  const inputs: AudioInput[] = draft.audio.map((segment) => ({
    path: resolve(segment.media.uri),
    startMs: segment.startMs,
    durationMs: Math.max(0, Math.min(segment.durationMs ?? total - segment.startMs, total - segment.startMs)),
    trimStartMs: segment.trimStartMs,
    volume: segment.volume,
    fadeInMs: segment.fadeInMs,
    fadeOutMs: segment.fadeOutMs,
    loop: segment.loop,
    normalize: draft.loudness.normalize,
  }));
  const timings = segmentTimings(draft);
  draft.video.forEach((segment, index) => {
    if (segment.media.kind !== 'video' || segment.volume <= 0 || segment.media.hasAudio === false) return;
    const timing = timings[index]!;
    inputs.push({
      path: resolve(segment.media.uri),
      startMs: timing.startMs,
      durationMs: segment.durationMs,
      trimStartMs: segment.trimStartMs,
      volume: segment.volume,
      fadeInMs: Math.min(300, timing.inMs),
      fadeOutMs: Math.min(300, timing.outMs || 300),
      loop: false,
      normalize: draft.loudness.normalize,
    });
  });
  return inputs.filter((input) => input.durationMs > 0);
}

/** Frames start (inclusive) to end (exclusive) of a draft. */
export interface FrameRange {
  start: number;
  end: number;
}

export async function renderDraft(
  draft: Draft,
  output: string,
  options: RenderOptions,
): Promise<RenderResult> {
  const started = performance.now();
  const quality = options.quality ?? 'standard';
  if (draft.video.length === 0 && draft.texts.length === 0) {
    throw phrasedError('invalid_draft', phrase('draft.nothingToShow'));
  }
  const renderer = createFrameRenderer(draft, {
    resolve: options.resolve,
    scale: renderScale(draft, quality),
    overlays: textOverlays(draft),
    decodeCache: options.decodeCache,
    ...(options.pending ? { pending: options.pending } : {}),
  });
  const durationMs = draftDurationMs(draft);
  // The first frame's photo decodes while the song is probed and the encoder starts.
  if (renderer.frameCount > 0) renderer.plan(0).catch(() => undefined);
  try {
    await encodeAtomically(
      output,
      options.signal,
      async (partial) =>
        new Encoder(
          encodeJob({
            width: renderer.width,
            height: renderer.height,
            fps: renderer.fps,
            durationMs,
            quality,
            maxBitrateKbps: findPreset(String(draft.meta.preset ?? ''))?.maxBitrateKbps,
            audio: await bindAudioInputs(audioInputs(draft, options.resolve)),
            targetLufs: draft.loudness.targetLufs,
            output: partial,
          }),
          options.signal,
        ),
      (encoder) => pumpFrames(renderer, encoder, options, started, { start: 0, end: renderer.frameCount }),
    );
  } finally {
    renderer.close();
  }
  return {
    output,
    frames: renderer.frameCount,
    durationMs,
    width: renderer.width,
    height: renderer.height,
    fps: renderer.fps,
    elapsedMs: performance.now() - started,
  };
}

/**
 * Frames are composed ahead by the pool's threads into a ring of shared buffers and written to the
 * encoder in order; a buffer is reused only after the encoder has taken its frame. The main thread
 * only plans frames and prepares photos, which overlaps with compositing and encoding.
 */
export async function pumpFrames(
  renderer: FrameRenderer,
  encoder: Encoder,
  options: RenderOptions,
  started: number,
  range: FrameRange,
): Promise<void> {
  const pool = new CompositePool(renderer.width, renderer.height, options.workers ?? defaultWorkerCount());
  const depth = Math.max(3, pool.threads * 2 + 1);
  const size = frameByteLength(renderer.width, renderer.height);
  const ring = Array.from({ length: depth }, () =>
    createFrame(renderer.width, renderer.height, new SharedArrayBuffer(size)),
  );
  const total = range.end - range.start;
  const composed: Promise<void>[] = [];
  const written: Promise<void>[] = [];
  let lastReport = 0;
  try {
    for (let n = 0; n < total + depth - 1; n++) {
      if (options.signal?.aborted) throw phrasedError('canceled', phrase('render.canceled'));
      if (n < total) {
        if (n >= depth) await written[n - depth];
        const plan = await renderer.plan(range.start + n);
        composed[n] = pool.compose(plan, ring[n % depth]!);
        composed[n]!.catch(() => undefined);
      }
      const w = n - (depth - 1);
      if (w < 0 || w >= total) continue;
      await composed[w];
      written[w] = encoder.write(ring[w % depth]!.data);
      written[w]!.catch(() => undefined);
      const now = performance.now();
      if (options.onProgress && (now - lastReport > 200 || w === total - 1)) {
        lastReport = now;
        const done = w + 1;
        const elapsed = now - started;
        options.onProgress({
          state: 'rendering',
          progress: done / total,
          frame: done,
          frames: total,
          etaMs: done > 5 ? (elapsed / done) * (total - done) : undefined,
        });
      }
    }
    await Promise.all(written);
  } finally {
    await pool.close();
  }
}
