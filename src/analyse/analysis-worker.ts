import { parentPort } from 'node:worker_threads';
import { analysePhoto } from './analyse-photo.js';
import { detectBeats } from './beats.js';
import { segmentPeople } from './people-segmenter.js';
import type { GreyImage, RgbImage } from './types.js';

/**
 * The analysis worker thread: photos (faces, subject, sharpness, hash, date), music (beats) and person
 * maps for parallax layers, one job at a time, so the face models load once and the main thread never waits on them.
 */
export type AnalysisJob =
  | { id: number; kind: 'photo' | 'audio'; path: string }
  /** The person map of an image already decoded (rendering parallax layers). */
  | { id: number; kind: 'segment'; image: RgbImage };

export type AnalysisReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string; code?: string };

// One job at a time: interleaved jobs would only slow each other down (and blur their timings).
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (job: AnalysisJob) => {
  const work = queue.then(
    (): Promise<unknown> =>
      job.kind === 'segment'
        ? segmentPeople(job.image)
        : job.kind === 'photo'
          ? analysePhoto(job.path)
          : detectBeats(job.path),
  );
  queue = work.catch(() => undefined);
  work.then(
    (result) =>
      parentPort?.postMessage(
        { id: job.id, ok: true, result } satisfies AnalysisReply,
        // A person map goes back without a copy.
        job.kind === 'segment' ? [(result as GreyImage).data.buffer as ArrayBuffer] : [],
      ),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: (error as { code?: string })?.code,
      } satisfies AnalysisReply),
  );
});
