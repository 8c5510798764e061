import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BeatAnalysis, PhotoAnalysis } from './types.js';

/** What analysis learns about one file: a photo's analysis or a song's beats. */
export type CachedAnalysis = { kind: 'photo'; photo: PhotoAnalysis } | { kind: 'audio'; beats: BeatAnalysis };

/** Bumped when the analysis changes, so stale entries are not reused. */
export const ANALYSIS_CACHE_VERSION = 3;

/** sha1 of a file's bytes, hex (streamed, never read whole). */
export async function contentHash(path: string): Promise<string> {
  const hash = createHash('sha1');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The CLI's cache folder: `$JOY_CACHE_DIR`, else `~/.cache/joy/analysis`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.JOY_CACHE_DIR || join(homedir(), '.cache', 'joy', 'analysis');
}

/** Analyses by content hash, one small JSON file each. A broken or missing entry reads as a miss. */
export class DirCache {
  constructor(readonly dir: string) {}

  async get(hash: string): Promise<CachedAnalysis | undefined> {
    try {
      const stored = JSON.parse(await readFile(this.path(hash), 'utf8')) as {
        v: number;
        entry: CachedAnalysis;
      };
      return stored.v === ANALYSIS_CACHE_VERSION ? stored.entry : undefined;
    } catch {
      return undefined;
    }
  }

  async put(hash: string, entry: CachedAnalysis): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = `${this.path(hash)}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ v: ANALYSIS_CACHE_VERSION, entry }));
      await rename(tmp, this.path(hash));
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  private path(hash: string): string {
    return join(this.dir, `${hash}.json`);
  }
}
