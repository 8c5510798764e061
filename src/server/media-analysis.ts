import { join } from 'node:path';
import { Analyser } from '../analyse/analyser.js';
import type { CachedAnalysis } from '../analyse/cache.js';
import { analyseFile } from '../analyse/media-analysis.js';
import type { MediaRecord, Sessions } from './sessions.js';

/**
 * Background analysis of uploads: right after an upload is stored, each photo (faces, subject, blur,
 * hash, date) and song (beats) is analysed in one process of its own; the result is saved with the asset
 * (the `analysis` column of `media`), and reused for any later upload with the same content hash.
 * The upload's answer never waits for it; a chat turn waits a few seconds for its session's pending
 * analyses, then goes on without them.
 */
export interface AnalysisLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export class MediaAnalysis {
  private readonly analyser = new Analyser();
  private readonly pending = new Map<string, Set<Promise<void>>>();
  private closed = false;

  constructor(
    private readonly sessions: Sessions,
    private readonly dataDir: string,
    private readonly log: AnalysisLog,
  ) {}

  /** Starts analysis of freshly stored media; returns at once. */
  enqueue(records: readonly MediaRecord[]): void {
    for (const record of records) {
      if (record.kind === 'video' || this.closed) continue;
      const job = this.analyse(record).finally(() => {
        const set = this.pending.get(record.sessionId);
        set?.delete(job);
        if (set?.size === 0) this.pending.delete(record.sessionId);
      });
      const set = this.pending.get(record.sessionId) ?? new Set();
      set.add(job);
      this.pending.set(record.sessionId, set);
    }
  }

  /** Waits for the session's pending analyses, at most `timeoutMs`; true when none is left. */
  async settled(sessionId: string, timeoutMs: number): Promise<boolean> {
    const set = this.pending.get(sessionId);
    if (!set || set.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...set]).then(() => true);
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return result && !(this.pending.get(sessionId)?.size ?? 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.analyser.close();
  }

  private async analyse(record: MediaRecord): Promise<void> {
    const kind = record.kind === 'audio' ? 'audio' : 'photo';
    const cache = {
      get: (hash: string): CachedAnalysis | undefined => this.sessions.analysisByHash(hash),
      put: () => undefined,
    };
    const result = await analyseFile(join(this.dataDir, record.path), kind, {
      analyser: this.analyser,
      cache,
    });
    if (this.closed) return;
    if (!result.entry) {
      if (result.error) this.log.warn({ media: record.id, err: result.error }, 'analysis failed');
      return;
    }
    try {
      this.sessions.setAnalysis(record.id, result.hash ?? null, result.entry);
      this.log.info(
        { media: record.id, kind, ms: result.analysisMs, cached: result.cached },
        'media analysed',
      );
    } catch (error) {
      // The database closed under us (shutdown): the analysis is simply lost.
      this.log.warn({ media: record.id, err: (error as Error).message }, 'analysis not saved');
    }
  }
}
