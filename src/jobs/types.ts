import { type JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { WireDraft } from '../model/wire.js';
import type { Quality } from '../render/pipeline-types.js';

/**
 * Render jobs. One interface, two implementations: the embedded queue (SQLite, in-process, the
 * default) and BullMQ + Redis for many workers. Both run a `RenderExecutor`, persist jobs across
 * restarts, and treat a job id submitted twice as one job.
 */
export type JobState = 'queued' | 'rendering' | 'completed' | 'failed' | 'canceled';

/** What to render. Everything a worker needs travels here, so workers need no database. */
export interface RenderJobSpec {
  /** Job id; unique and unguessable (it also names the output file). */
  id: string;
  /** Hash of the canonical wire draft, media and quality (identical exports share a job). */
  hash: string;
  sessionId: string;
  draft: WireDraft;
  /**
   * The only media this job may read: draft uri (`asset:<id>`) → path relative to the data dir.
   * Built by the server from the session's own uploads.
   */
  media: Record<string, string>;
  quality: Quality;
}

/** One chunk of a split render (BullMQ only). */
export interface ChunkStatus {
  index: number;
  /** Frames start (inclusive) to end (exclusive) of the video. */
  start: number;
  end: number;
  state: JobState;
  /** Frames of this chunk rendered so far (never goes down, even when the chunk is retried). */
  framesDone: number;
  /** The worker that rendered it (or is rendering it). */
  worker?: string;
  /** Times a worker picked it up. */
  attempts: number;
  /** Why it failed, when it did. */
  error?: string;
}

export interface RenderJob {
  id: string;
  hash: string;
  sessionId: string;
  state: JobState;
  /** 0–1. */
  progress: number;
  /** Output path relative to the data dir (`renders/<id>.mp4`) once completed. */
  output?: string;
  /** Why it failed, in words (the render error's message). */
  error?: string;
  /** Times a worker picked it up (a crash mid-render counts). */
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** A split render's chunks in frame order (absent when the video renders whole). */
  chunks?: ChunkStatus[];
  /** The worker that rendered (or is rendering) a whole render, or joined a split one. */
  worker?: string;
}

/** What /health shows of the queue. */
export interface QueueHealth {
  /** Whether the queue's store answers (always true for the embedded queue). */
  reachable: boolean;
  /** Processes able to take render jobs now (undefined when unknown). */
  workers?: number;
  workerNames?: string[];
  /** Jobs (whole renders, chunks and joins) waiting for a worker. */
  waiting: number;
  /** Age of the oldest waiting job, ms (0 when none wait). */
  oldestWaitingMs: number;
  counts: Partial<Record<JobState, number>>;
}

export interface ExecutorContext {
  signal: AbortSignal;
  /** 0–1. */
  onProgress(progress: number): void;
}

/** Runs one render; resolves with the output path relative to the data dir. */
export type RenderExecutor = (spec: RenderJobSpec, context: ExecutorContext) => Promise<{ output: string }>;

/** A chunk of a split render: frames start (inclusive) to end (exclusive), and its place in the video. */
export interface ChunkRange {
  index: number;
  start: number;
  end: number;
}

/** Split renders: render one chunk (output relative to the data dir), join them all. */
export interface ChunkExecutors {
  render(
    spec: RenderJobSpec,
    range: ChunkRange,
    context: ExecutorContext,
  ): Promise<{ output: string; frames: number }>;
  join(spec: RenderJobSpec, chunks: string[], context: ExecutorContext): Promise<{ output: string }>;
}

export type JobListener = (job: RenderJob) => void;

export interface RenderQueue {
  readonly kind: 'embedded' | 'bullmq';
  /** Adds a job; a job with this id already present is returned as it is (submitted twice = rendered once). */
  enqueue(spec: RenderJobSpec): Promise<RenderJob>;
  get(id: string): Promise<RenderJob | undefined>;
  /** Cancels a queued or running job; returns it afterwards (undefined when unknown). */
  cancel(id: string): Promise<RenderJob | undefined>;
  /** Called on every change of state or progress of any job; returns an unsubscribe function. */
  onProgress(listener: JobListener): () => void;
  /** Counts by state, for /health. */
  counts(): Promise<Partial<Record<JobState, number>>>;
  /** Workers, depth and age of the queue, for /health; answers quickly even when Redis is down. */
  health(): Promise<QueueHealth>;
  /** False when submissions would fail now (Redis unreachable); they are then refused at once. */
  available(): boolean;
  /** Stops taking work; running jobs are interrupted and go back to the queue. */
  close(): Promise<void>;
}

/** Thrown by executors when a render was aborted: for shutdown (re-queue) or by cancel. */
export const SHUTDOWN_REASON = 'joy:shutdown';
export const CANCEL_REASON = 'joy:cancel';

/** What a submission hears when the queue's store (Redis) does not answer (its text from the catalogue). */
export function queueUnavailable(cause?: unknown): JoyError {
  return phrasedError(
    'unavailable',
    phrase('service.queueUnavailable'),
    cause === undefined ? {} : { cause },
  );
}

/**
 * The same for a read or a cancel: "nothing was queued" would be false there (the render asked about may
 * be queued, or running on a worker that does not need Redis this moment).
 */
export function queueUnreachable(cause?: unknown): JoyError {
  return phrasedError(
    'unavailable',
    phrase('service.queueUnreachable'),
    cause === undefined ? {} : { cause },
  );
}
