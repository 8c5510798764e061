// Split renders against the whole render of the same draft, on this machine: the chunks rendered by
// `workers` processes at once (as `joy worker`s on one machine would), then joined. With fewer cores
// than workers the gain is small; what matters then is the seam overhead (the 1-worker line: the same
// chunks one after another, plus the join). Redis is left out (its round trips are milliseconds);
// test/jobs/scale-out.test.ts covers the queue.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chunkFileName } from '../src/encode/chunk-args.js';
import type { Draft } from '../src/model/index.js';
import { frameCount } from '../src/model/timeline.js';
import type { Quality } from '../src/render/pipeline-types.js';
import { planChunks } from '../src/render/render-chunk.js';
import { videoFacts } from '../test/helpers/frames-compare.js';

const run = promisify(execFile);
const job = new URL('./chunk-job.mjs', import.meta.url).pathname;

export interface ChunkedMeasure {
  workers: number;
  chunks: number;
  wallS: number;
  joinS: number;
  /** Chunked wall time over the whole render's. */
  ratio: number;
  framesEqual: boolean;
  durationEqual: boolean;
}

async function framesOf(path: string): Promise<{ frames: number; duration: number }> {
  const facts = await videoFacts(path);
  return { frames: facts.frames, duration: facts.formatDurationS };
}

/** Renders `draft` split for `workers` (1: the 2-worker plan, one chunk after another) and joins. */
export async function chunkedRender(
  draft: Draft,
  draftPath: string,
  quality: Quality,
  workers: number,
  folder: string,
  whole: { path: string; wallS: number },
): Promise<ChunkedMeasure> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const ranges = planChunks(frameCount(draft), draft.canvas.fps, {
    workers: Math.max(2, workers),
    minSplitFrames: 0,
  });
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < ranges.length) {
      const index = next++;
      const range = ranges[index]!;
      await run(process.execPath, [
        job,
        'chunk',
        draftPath,
        join(folder, chunkFileName(index)),
        quality,
        String(range.start),
        String(range.end),
      ]);
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  const joinStarted = performance.now();
  const output = join(folder, 'joined.mp4');
  await run(process.execPath, [
    job,
    'join',
    draftPath,
    output,
    ...ranges.map((_, k) => join(folder, chunkFileName(k))),
  ]);
  const ended = performance.now();
  const [a, b] = await Promise.all([framesOf(whole.path), framesOf(output)]);
  const wallS = (ended - started) / 1000;
  return {
    workers,
    chunks: ranges.length,
    wallS,
    joinS: (ended - joinStarted) / 1000,
    ratio: wallS / whole.wallS,
    framesEqual: a.frames === b.frames,
    durationEqual: a.duration === b.duration,
  };
}
