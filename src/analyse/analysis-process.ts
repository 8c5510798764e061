import sharp from 'sharp';
import { analysePhoto } from './analyse-photo.js';
import { detectBeats } from './beats.js';
import { loadFaceModels } from './faces.js';
import { loadPeopleSegmenter } from './people-segmenter.js';

/**
 * The analysis process (started by `Analyser`): photos (faces, subject, person layer, sharpness, hash,
 * date) and music (beats), one job at a time, so the face models load once and the caller never waits
 * on them. It ends when its caller goes.
 */
export interface AnalysisJob {
  id: number;
  kind: 'photo' | 'audio';
  path: string;
  /** When the caller needs it: of the photos waiting, the lowest goes first. */
  order: number;
}

export type AnalysisReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string; code?: string };

// Photos are decoded once each: libvips' cache of recent operations would only hold memory here.
sharp.cache(false);
process.on('disconnect', () => process.exit(0));
const reply = (message: AnalysisReply) => process.send?.(message);

// The models load as soon as the process starts, while the caller ingests and the first photo
// decodes; a failure is reported by the photo jobs that need them.
const models = loadFaceModels().then(loadPeopleSegmenter);
models.catch(() => undefined);

// One job at a time: interleaved jobs would only slow each other down (and blur their timings). Photos
// go before songs, in the order the caller needs them (not the order sent: the caller sends each once
// its file is hashed, larger files later): a render waits on each photo in turn, while beats are only
// needed once it is done. Nothing starts before the models are in, so the jobs sent meanwhile are all
// sorted.
const waiting: AnalysisJob[] = [];
let busy = false;

async function next(): Promise<void> {
  if (busy || waiting.length === 0) return;
  busy = true;
  await models.catch(() => undefined);
  const photo = waiting.reduce(
    (best, job, i) => (job.kind === 'photo' && (best < 0 || job.order < waiting[best]!.order) ? i : best),
    -1,
  );
  const [job] = waiting.splice(photo >= 0 ? photo : 0, 1);
  try {
    const result = job!.kind === 'photo' ? await analysePhoto(job!.path) : await detectBeats(job!.path);
    reply({ id: job!.id, ok: true, result } satisfies AnalysisReply);
  } catch (error) {
    reply({
      id: job!.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      code: (error as { code?: string })?.code,
    } satisfies AnalysisReply);
  } finally {
    busy = false;
    void next();
  }
}

process.on('message', (job: AnalysisJob) => {
  waiting.push(job);
  void next();
});
