import { parentPort } from 'node:worker_threads';
import { analysePhoto } from './analyse-photo.js';
import { detectBeats } from './beats.js';
import { loadFaceModels } from './faces.js';
import { loadPeopleSegmenter } from './people-segmenter.js';

/**
 * The analysis worker thread: photos (faces, subject, person layer, sharpness, hash, date) and music
 * (beats), one job at a time, so the face models load once and the main thread never waits on them.
 */
export interface AnalysisJob {
  id: number;
  kind: 'photo' | 'audio';
  path: string;
}

export type AnalysisReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string; code?: string };

// The models load as soon as the worker starts, while the main thread ingests and the first photo
// decodes; a failure is reported by the photo jobs that need them.
const models = loadFaceModels().then(loadPeopleSegmenter);
models.catch(() => undefined);

// One job at a time: interleaved jobs would only slow each other down (and blur their timings).
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (job: AnalysisJob) => {
  const work = queue.then(
    (): Promise<unknown> => (job.kind === 'photo' ? analysePhoto(job.path) : detectBeats(job.path)),
  );
  queue = work.catch(() => undefined);
  work.then(
    (result) => parentPort?.postMessage({ id: job.id, ok: true, result } satisfies AnalysisReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: (error as { code?: string })?.code,
      } satisfies AnalysisReply),
  );
});
