/**
 * The export panel's logic, kept apart from the browser: how a status read of a running export is taken
 * (a queue that does not answer for a while is not a failed render), and which finished video the panel
 * may call ready.
 */
import type { Translate } from '../../../src/messages/index.js';
import { ApiError, type ExportItem, errorSentence, type RenderJob, readRenderJob } from './api-core.js';

/** Between status reads while they are answered. */
export const POLL_MS = 1000;
/** Between status reads that go unanswered: soon at first, then every few seconds, never giving up. */
const RETRY_MS = [1000, 2000, 5000];

export function pollDelay(misses: number): number {
  return misses === 0 ? POLL_MS : RETRY_MS[Math.min(misses, RETRY_MS.length) - 1]!;
}

/**
 * A read that failed for a reason the render does not share: no network, the queue's Redis paused, a
 * server restarting or busy. The render goes on meanwhile (a worker does not need the server), so its
 * status is asked again rather than reported failed.
 */
export function transientPollError(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

export interface PollStep {
  /** What the panel shows now. */
  job: RenderJob;
  /** No more reads: the render completed, failed or was canceled, or it cannot be read at all. */
  finished: boolean;
  /** The read went unanswered: the next one waits longer. */
  missed: boolean;
}

/**
 * One status read of render `id`: its answer, or the error it met. `shown` is the job the panel shows,
 * kept (with its progress) while the queue cannot be reached.
 */
export function pollStep(
  id: string,
  shown: RenderJob | undefined,
  outcome: { answer: unknown } | { error: unknown },
  t: Translate,
): PollStep {
  if ('answer' in outcome) {
    const job = readRenderJob(outcome.answer);
    const finished = job.status === 'completed' || job.status === 'failed' || job.status === 'canceled';
    return { job: { ...job, id: job.id || id }, finished, missed: false };
  }
  if (transientPollError(outcome.error)) {
    const base: RenderJob = shown?.id === id ? shown : { id, status: 'queued', progress: 0 };
    return { job: { ...base, unreachable: true }, finished: false, missed: true };
  }
  return {
    job: { id, status: 'failed', progress: 0, error: errorSentence(outcome.error, t) },
    finished: true,
    missed: false,
  };
}

export interface ExportShelf {
  /** The video the panel says is ready: the export just finished, or the newest when none is under way. */
  latest: ExportItem | undefined;
  /** Every other finished video, newest first, numbered in the order they were made. */
  earlier: (ExportItem & { n: number })[];
}

/**
 * While a newer export is under way, or after it failed, the last finished video is not "ready": it is
 * listed with the earlier ones so it cannot pass for the export just asked for.
 */
export function exportShelf(job: RenderJob | undefined, exports: readonly ExportItem[]): ExportShelf {
  const finished = exports.filter((item) => item.status === 'completed' && item.url);
  // The server's entry has the file's facts; the job's own URL stands in until the state lists it.
  const latest =
    job === undefined
      ? finished.at(-1)
      : job.status !== 'completed'
        ? undefined
        : (finished.find((item) => item.id === job.id) ??
          (job.url
            ? ({ id: job.id, status: 'completed', progress: 1, url: job.url, name: '' } satisfies ExportItem)
            : undefined));
  const earlier = finished
    .map((item, index) => ({ ...item, n: index + 1 }))
    .filter((item) => item.url !== latest?.url)
    .reverse();
  return { latest, earlier };
}
