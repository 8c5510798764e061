import type { RenderJob, RenderQueue } from '../jobs/types.js';

/**
 * Whether a render that has not finished is waiting for a worker that does not exist: the queue answers
 * and counts no process able to take jobs. A client then says so instead of showing 0 % forever (a
 * killed worker's job stays "rendering" until its lock expires, and a queued one never starts).
 */
export async function waitingForWorker(
  queue: RenderQueue,
  jobs: readonly (RenderJob | null | undefined)[],
): Promise<boolean> {
  const unfinished = jobs.some((job) => job && (job.state === 'queued' || job.state === 'rendering'));
  if (!unfinished) return false;
  const health = await queue.health().catch(() => undefined);
  return health?.reachable === true && health.workers === 0;
}
