import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderJob } from '../jobs/types.js';
import { probe } from '../media/probe.js';

/** What a finished export's file is: its size, length and picture size, as measured on the file. */
export interface RenderFacts {
  size_bytes: number;
  duration_ms: number;
  width: number;
  height: number;
}

/**
 * Measures finished exports once each (the file never changes after its job completes) so a session's
 * state can list them with size and duration without probing on every read.
 */
export class RenderFactsCache {
  private readonly known = new Map<string, Promise<RenderFacts | undefined>>();

  constructor(private readonly dataDir: string) {}

  of(job: RenderJob): Promise<RenderFacts | undefined> {
    if (job.state !== 'completed' || !job.output) return Promise.resolve(undefined);
    let facts = this.known.get(job.id);
    if (!facts) {
      facts = this.measure(join(this.dataDir, job.output));
      this.known.set(job.id, facts);
      // A file that could not be read now (moved, still being copied) is measured again next time.
      void facts.then((value) => {
        if (!value) this.known.delete(job.id);
      });
    }
    return facts;
  }

  private async measure(path: string): Promise<RenderFacts | undefined> {
    try {
      const [file, info] = await Promise.all([stat(path), probe(path)]);
      const video = info.streams.find((stream) => stream.codec_type === 'video');
      return {
        size_bytes: file.size,
        duration_ms: Math.round(Number(info.format.duration ?? 0) * 1000),
        width: video?.width ?? 0,
        height: video?.height ?? 0,
      };
    } catch {
      return undefined;
    }
  }
}
