import { parseDraft } from '../model/upgrade.js';
import { type ChunkPlanOptions, chunkSettings, planChunks } from '../render/render-chunk.js';
import type { ChunkRange, ChunkStatus, JobState, RenderJobSpec } from './types.js';

/**
 * Split renders on BullMQ, as a flow: a parent `join` job (id = the render id) whose children are
 * `chunk` jobs (`<render id>-c<k>`). BullMQ runs the join only once every chunk has completed, and a
 * chunk that fails for good fails the render. Progress is the sum of the chunks' frames.
 */
export const RENDER_JOB = 'render';
export const CHUNK_JOB = 'chunk';
export const JOIN_JOB = 'join';

/** When renders split, in seconds of video (the planner works in frames). */
export interface SplitOptions {
  /** Videos shorter than this render whole (default 20). */
  minSplitSeconds?: number;
  /** The shortest chunk (default 6; at least one 2 s keyframe interval). */
  minChunkSeconds?: number;
  chunksPerWorker?: number;
}

export interface ChunkJobData {
  spec: RenderJobSpec;
  range: ChunkRange;
}

export type JoinJobData = RenderJobSpec & { ranges: ChunkRange[] };

/** What a chunk job returns and records as progress. */
export interface ChunkProgress {
  frames: number;
  worker?: string;
}

export function chunkJobId(renderId: string, index: number): string {
  return `${renderId}-c${index}`;
}

/** The render a chunk job belongs to (undefined for render and join jobs). */
export function renderIdOfChunk(jobId: string): string | undefined {
  const match = /^(.+)-c\d+$/.exec(jobId);
  return match?.[1];
}

/** The chunks a render is cut into for `workers` live workers (one range: render it whole). */
export function planRender(spec: RenderJobSpec, workers: number, options: SplitOptions = {}): ChunkRange[] {
  const { frames, fps } = chunkSettings(parseDraft(spec.draft), spec.quality);
  const plan: ChunkPlanOptions = { workers };
  if (options.minSplitSeconds !== undefined) plan.minSplitFrames = Math.round(options.minSplitSeconds * fps);
  if (options.minChunkSeconds !== undefined) plan.minChunkFrames = Math.round(options.minChunkSeconds * fps);
  if (options.chunksPerWorker !== undefined) plan.chunksPerWorker = options.chunksPerWorker;
  return planChunks(frames, fps, plan).map((range, index) => ({
    index,
    ...range,
  }));
}

/** Frames done as recorded in a job's progress (a number 0–1 of `frames`, or `{ frames }`). */
export function framesDone(progress: unknown, frames: number): number {
  if (typeof progress === 'number') return Math.round(Math.min(1, Math.max(0, progress)) * frames);
  if (progress && typeof progress === 'object' && typeof (progress as ChunkProgress).frames === 'number')
    return Math.min(frames, Math.max(0, (progress as ChunkProgress).frames));
  return 0;
}

export function workerOf(progress: unknown, result?: unknown): string | undefined {
  for (const value of [result, progress]) {
    if (value && typeof value === 'object' && typeof (value as ChunkProgress).worker === 'string')
      return (value as ChunkProgress).worker;
  }
  return undefined;
}

/** Share of a split render's progress given to the join (the rest is the chunks' frames). */
const JOIN_SHARE = 0.03;

/** A split render's state and progress from its join job's state and its chunks. */
export function splitRenderState(
  joinState: string,
  chunks: ChunkStatus[],
): { state: JobState; progress: number } {
  const total = chunks.reduce((sum, chunk) => sum + (chunk.end - chunk.start), 0) || 1;
  const done = chunks.reduce((sum, chunk) => sum + chunk.framesDone, 0);
  const rendered = (1 - JOIN_SHARE) * (done / total);
  if (joinState === 'completed') return { state: 'completed', progress: 1 };
  if (joinState === 'failed' || chunks.some((chunk) => chunk.state === 'failed'))
    return { state: 'failed', progress: rendered };
  const started = chunks.some((chunk) => chunk.state !== 'queued' || chunk.framesDone > 0);
  if (joinState === 'waiting-children' && !started) return { state: 'queued', progress: rendered };
  return { state: 'rendering', progress: rendered };
}
