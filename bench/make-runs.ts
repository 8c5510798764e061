import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Quality } from '../src/render/pipeline-types.js';

/**
 * `joy make` as a person runs it — ingest, analysis, plan, render — on the benchmark photos (six photos,
 * 26 s, 9:16), first with an empty analysis cache and then again with the cache it left, each against
 * x264 alone encoding the same frames (the floor).
 */
export interface MakeRun {
  wallS: number;
  /** CPU of the whole process tree: what competes with x264 for the cores. */
  cpuS: number;
  maxRssMb: number;
}

export interface MakeReport {
  first: MakeRun;
  second: MakeRun;
  floorS: number;
  floorCpuS: number;
  firstRatio: number;
  secondRatio: number;
}

export async function benchMake(
  photos: readonly string[],
  music: string,
  dir: string,
  tools: {
    timed(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ measure: MakeRun }>;
    floor(draftPath: string, video: string, quality: Quality): Promise<{ wallS: number; cpuS: number }>;
  },
): Promise<MakeReport> {
  const cache = mkdtempSync(join(dir, 'analysis-cache-'));
  const output = join(dir, 'make.mp4');
  const draft = join(dir, 'make.json');
  const bin = new URL('../bin/joy.js', import.meta.url).pathname;
  const args = [bin, 'make', ...photos, '--music', music, '--aspect', '9:16', '--duration', '26'];
  const run = async () =>
    (
      await tools.timed(process.execPath, [...args, '-o', output, '--save-draft', draft], {
        ...process.env,
        JOY_CACHE_DIR: cache,
      })
    ).measure;
  try {
    const first = await run();
    const second = await run();
    const floor = await tools.floor(draft, output, 'standard');
    return {
      first,
      second,
      floorS: floor.wallS,
      floorCpuS: floor.cpuS,
      firstRatio: first.wallS / floor.wallS,
      secondRatio: second.wallS / floor.wallS,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
