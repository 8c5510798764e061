import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MUSIC_URI_PREFIX, trackOfUri } from '../catalog/music.js';
import { JoyError, phrasedError } from '../errors.js';
import { outputPathFor } from '../jobs/render-executor.js';
import { queueUnavailable, queueUnreachable, type RenderJob, type RenderQueue } from '../jobs/types.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { toWire } from '../model/wire.js';
import type { Quality } from '../render/pipeline-types.js';
import { type Account, randomId } from './accounts.js';
import { KeyedMutex } from './mutex.js';
import { ASSET_URI_PREFIX, type RenderRecord, type Sessions } from './sessions.js';

/**
 * Exports: a render id from the client maps (per account) to a queue job. The same render id twice is
 * one render; the same draft twice (hash of the canonical wire draft + media ids + quality) reuses
 * the job that rendered or is rendering it. Outputs are served at `/media/renders/<job id>.mp4`; the
 * job id is 144 random bits, so the URL works for a plain HTTP client and cannot be guessed.
 */
export interface SubmitRender {
  account: Account;
  sessionId: string;
  renderId: string;
  draft: Draft;
  quality: Quality;
  draftVersion: number | null;
}

export interface Submitted {
  record: RenderRecord;
  job: RenderJob;
  /** True when this call queued a new job (the caller may cancel it); false when it reused one. */
  created: boolean;
}

/** JSON with sorted keys, so equal drafts hash equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function draftMediaUris(draft: Draft): string[] {
  return [...new Set([...draft.video.map((s) => s.media.uri), ...draft.audio.map((s) => s.media.uri)])];
}

export function renderHash(draft: Draft, mediaIds: string[], quality: Quality): string {
  return createHash('sha256')
    .update(canonicalJson({ draft: toWire(draft), media: [...mediaIds].sort(), quality }))
    .digest('hex');
}

export class RenderService {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly sessions: Sessions,
    private readonly queue: RenderQueue,
    private readonly options: { dataDir: string; exportRequiresPlan: boolean },
  ) {}

  checkPlan(account: Account): void {
    if (this.options.exportRequiresPlan && account.plan === 'anonymous') {
      throw phrasedError('plan_blocked', phrase('render.planBlocked'), {
        hint: phrase('render.planBlocked.hint'),
        details: { bind_id: account.bindId },
      });
    }
  }

  /** The session's uploads a draft uses, as uri → data-dir-relative path; anything else is refused. */
  mediaMap(sessionId: string, draft: Draft): { map: Record<string, string>; ids: string[] } {
    const map: Record<string, string> = {};
    const ids: string[] = [];
    for (const uri of draftMediaUris(draft)) {
      // Joy's own music is no upload: the render resolves `music:<id>` itself (src/music).
      if (uri.startsWith(MUSIC_URI_PREFIX) && trackOfUri(uri)) continue;
      const id = uri.startsWith(ASSET_URI_PREFIX) ? uri.slice(ASSET_URI_PREFIX.length) : undefined;
      const record = id ? this.sessions.mediaById(id) : undefined;
      if (!record || record.sessionId !== sessionId) {
        throw phrasedError('invalid_draft', phrase('service.media.notUpload', { uri }), {
          field: 'draft',
          hint: 'Upload the file to this session and refer to it as asset:<id> (see state.video_infos[].uri).',
        });
      }
      map[uri] = record.path;
      ids.push(record.id);
    }
    return { map, ids };
  }

  async submit(input: SubmitRender): Promise<Submitted> {
    return this.mutex.run('submit', async () => {
      const existing = this.sessions.render(input.account.id, input.renderId);
      if (existing) {
        const job = await this.queue.get(existing.jobId);
        if (job) return { record: existing, job, created: false };
      }
      // Refuse at once when the queue cannot take it: nothing is recorded, nothing runs later.
      if (!this.queue.available()) throw queueUnavailable();
      this.checkPlan(input.account);
      if (input.draft.video.length === 0 && input.draft.texts.length === 0) {
        throw phrasedError('invalid_draft', phrase('render.emptyDraft'), {
          field: 'draft',
        });
      }
      const { map, ids } = this.mediaMap(input.sessionId, input.draft);
      const hash = renderHash(input.draft, ids, input.quality);
      let job: RenderJob | undefined;
      for (const jobId of this.sessions.jobsForHash(hash)) {
        const candidate = await this.queue.get(jobId);
        if (!candidate || candidate.state === 'failed' || candidate.state === 'canceled') continue;
        if (
          candidate.state === 'completed' &&
          !(candidate.output && existsSync(join(this.options.dataDir, candidate.output)))
        )
          continue;
        job = candidate;
        break;
      }
      const created = job === undefined;
      // The record is written before the job is queued, with the job id a retry will use again: a
      // submission whose answer was lost (Redis slow, client gone) and is sent again queues one job.
      const jobId = job?.id ?? (existing && existing.hash === hash ? existing.jobId : randomId('r', 18));
      const record: RenderRecord = {
        accountId: input.account.id,
        id: input.renderId,
        sessionId: input.sessionId,
        jobId,
        hash,
        draftVersion: input.draftVersion,
        createdAt: Date.now(),
      };
      if (existing) this.sessions.replaceRenderJob(record);
      else this.sessions.addRender(record);
      job ??= await this.queue.enqueue({
        id: jobId,
        hash,
        sessionId: input.sessionId,
        draft: toWire(input.draft),
        media: map,
        quality: input.quality,
      });
      return { record, job, created };
    });
  }

  /**
   * A render's job as the queue knows it; when the queue has forgotten it (Redis restarted without its
   * data, a finished job past its keep time) or cannot answer (Redis down), a finished video still on
   * disk is that render, completed: the MP4 is moved into `renders/` only once whole. Null when the
   * queue cannot answer and nothing is on disk; undefined when nothing is known of it.
   */
  async jobOf(record: RenderRecord): Promise<RenderJob | null | undefined> {
    let job: RenderJob | null | undefined;
    try {
      job = await this.queue.get(record.jobId);
    } catch (error) {
      if (!(error instanceof JoyError && error.code === 'unavailable')) throw error;
      job = null;
    }
    if (job) return job;
    const output = outputPathFor(record.jobId);
    if (!existsSync(join(this.options.dataDir, output))) return job;
    return {
      id: record.jobId,
      hash: record.hash,
      sessionId: record.sessionId,
      state: 'completed',
      progress: 1,
      output,
      attempts: 1,
      createdAt: record.createdAt,
      updatedAt: record.createdAt,
    };
  }

  async status(account: Account, renderId: string): Promise<{ record: RenderRecord; job: RenderJob }> {
    const record = this.sessions.render(account.id, renderId);
    const job = record ? await this.jobOf(record) : undefined;
    if (job === null) throw queueUnreachable();
    if (!record || !job)
      throw phrasedError('not_found', phrase('render.noSuchRender', { id: renderId }), {
        hint: phrase('render.noSuchRender.hint'),
      });
    return { record, job };
  }

  async cancel(account: Account, renderId: string): Promise<{ record: RenderRecord; job: RenderJob }> {
    const { record } = await this.status(account, renderId);
    const job = await this.queue.cancel(record.jobId);
    if (!job) throw phrasedError('not_found', phrase('render.noSuchRender', { id: renderId }));
    return { record, job };
  }
}
