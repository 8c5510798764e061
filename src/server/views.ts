import type { QueueHealth, RenderJob } from '../jobs/types.js';
import { type Change, changeText } from '../model/commands.js';
import type { Draft } from '../model/draft.js';
import type { DraftHistory } from '../model/history.js';
import { summarizeDraft } from '../model/summary.js';
import { parseDraft } from '../model/upgrade.js';
import { toWire } from '../model/wire.js';
import { placedTexts } from '../render/text-placement-pass.js';
import type { RenderFacts } from './render-facts.js';
import { ASSET_URI_PREFIX, type MediaRecord, type RenderRecord, type Session } from './sessions.js';
import type { LinkTo } from './signed-links.js';
import { type TranscriptEntry, transcriptView } from './transcript.js';

/**
 * Every JSON shape the API answers with (API.md), built from the service's records. Routes and the chat
 * stream pick from here; nothing else shapes a response.
 */

/** Status names of API.md; `canceled` reads as failed (with the reason) for clients that know four. */
export function apiStatus(job: RenderJob): 'queued' | 'rendering' | 'completed' | 'failed' {
  return job.state === 'canceled' ? 'failed' : job.state;
}

export interface RenderView {
  id: string;
  status: ReturnType<typeof apiStatus>;
  state: RenderJob['state'];
  progress: number;
  session_id: string;
  draft_version: number | null;
  created_at: string;
  output?: { format: 'mp4'; url: string } & Partial<RenderFacts>;
  error?: string;
  /** The process that rendered it (or joined its chunks). */
  worker?: string;
  /** Unfinished while no worker is running: it starts (or resumes) when one does. */
  waiting_for_worker?: true;
  /** A render split across workers: its chunks in frame order. */
  chunks?: {
    total: number;
    done: number;
    list: {
      index: number;
      frames: [number, number];
      state: RenderJob['state'];
      frames_done: number;
      attempts: number;
      worker?: string;
      error?: string;
    }[];
  };
}

/** A render whose state cannot be read now (Redis unreachable), as the session state lists it. */
export interface UnknownRenderView {
  id: string;
  status: 'unknown';
  session_id: string;
}

export function unknownRenderView(record: RenderRecord): UnknownRenderView {
  return { id: record.id, status: 'unknown', session_id: record.sessionId };
}

/** A render (POST/GET answers, generated_media, chat). */
export function renderView(
  record: RenderRecord,
  job: RenderJob,
  linkTo: LinkTo,
  facts?: RenderFacts,
  noWorker = false,
): RenderView {
  const out: RenderView = {
    id: record.id,
    status: apiStatus(job),
    state: job.state,
    progress: Math.round(job.progress * 1000) / 1000,
    session_id: record.sessionId,
    draft_version: record.draftVersion,
    created_at: new Date(record.createdAt).toISOString(),
  };
  if (job.state === 'completed')
    out.output = { format: 'mp4', url: linkTo(`/media/renders/${job.id}.mp4`), ...facts };
  if (job.state === 'failed' || job.state === 'canceled') out.error = job.error ?? 'The render failed.';
  if (job.worker) out.worker = job.worker;
  if (noWorker && (job.state === 'queued' || job.state === 'rendering')) out.waiting_for_worker = true;
  if (job.chunks) {
    out.chunks = {
      total: job.chunks.length,
      done: job.chunks.filter((chunk) => chunk.state === 'completed').length,
      list: job.chunks.map((chunk) => ({
        index: chunk.index,
        frames: [chunk.start, chunk.end],
        state: chunk.state,
        frames_done: chunk.framesDone,
        attempts: chunk.attempts,
        ...(chunk.worker ? { worker: chunk.worker } : {}),
        ...(chunk.error ? { error: chunk.error } : {}),
      })),
    };
  }
  return out;
}

/**
 * What analysis learnt about an asset, for `video_infos`: focus, faces, sharpness and whether the people
 * can be lifted for parallax of a photo; tempo of a song.
 */
function analysisView(record: MediaRecord): Record<string, unknown> {
  const analysis = record.analysis;
  if (!analysis) return {};
  if (analysis.kind === 'audio')
    return analysis.beats.beatsMs.length > 1
      ? { bpm: analysis.beats.bpm, beat_count: analysis.beats.beatsMs.length }
      : {};
  const photo = analysis.photo;
  return {
    focus: photo.focus,
    faces: photo.faces.map(({ x, y, w, h }) => ({ x, y, w, h })),
    sharpness: photo.sharpness,
    subject: photo.subjectSource,
    ...(photo.subjectMask
      ? {
          people_layer: photo.subjectMask.reliable,
          ...(photo.subjectMask.reason ? { people_layer_note: photo.subjectMask.reason } : {}),
        }
      : {}),
  };
}

/** An upload (upload answers and `state.video_infos`); its links are signed and expire. */
export function mediaView(record: MediaRecord, linkTo: LinkTo) {
  return {
    id: record.id,
    uri: `${ASSET_URI_PREFIX}${record.id}`,
    name: record.name,
    kind: record.kind,
    format: record.format,
    width: record.width,
    height: record.height,
    duration_ms: record.durationMs,
    size: record.sizeBytes,
    orientation: record.orientation,
    has_audio: record.hasAudio,
    taken_at: record.takenAt,
    ...analysisView(record),
    url: linkTo(`/media/assets/${record.id}`),
    ...(record.kind === 'image' ? { thumbnail_url: linkTo(`/media/assets/${record.id}/thumb`) } : {}),
    ...(record.sourceUrl ? { source_url: record.sourceUrl } : {}),
  };
}

export function tokenView(issued: { token: string; expiresAt: number; credits: number }, now = Date.now()) {
  return {
    token: issued.token,
    expires_at: new Date(issued.expiresAt).toISOString(),
    expires_in: Math.round((issued.expiresAt - now) / 1000),
    credits: issued.credits,
  };
}

export function sessionCreatedView(session: Session, bindId: string) {
  return { task_id: session.taskId, session_id: session.id, bind_id: bindId };
}

/** A draft as clients see it (wire form): each text where the renderer's placement pass puts it. */
export function draftWire(draft: Draft) {
  return toWire(placedTexts(draft));
}

/** A stored draft shown: placed as the renderer will place it, and its summary; as stored when unreadable. */
function shownDraft(wire: unknown): { draft: unknown; summary: string | null } {
  if (!wire) return { draft: wire, summary: null };
  try {
    const draft = parseDraft(wire);
    const placed = draft.texts.some((text) => text.autoPosition) ? draftWire(draft) : wire;
    return { draft: placed, summary: summarizeDraft(draft) };
  } catch {
    return { draft: wire, summary: null };
  }
}

/** `GET /api/state/…/latest`: the draft (wire), its summary, the uploads and the renders. */
export function sessionStateView(
  session: Session,
  wire: unknown,
  media: readonly MediaRecord[],
  renders: readonly (RenderView | UnknownRenderView)[],
  linkTo: LinkTo,
  transcript: readonly TranscriptEntry[] = [],
) {
  const shown = shownDraft(wire);
  return {
    session_id: session.id,
    task_id: session.taskId,
    state: {
      draft: shown.draft,
      draft_version: session.draftVersion,
      summary: shown.summary,
      video_infos: media.map((record) => mediaView(record, linkTo)),
      generated_media: renders,
      transcript: transcript.map(transcriptView),
    },
  };
}

export function historyView(history: DraftHistory): {
  can_undo: boolean;
  can_redo: boolean;
  version: number;
} {
  return { can_undo: history.canUndo(), can_redo: history.canRedo(), version: history.version };
}

/** A change as the API sends it: the English line and the catalogue phrase readers say in their language. */
export function changeView(change: Change): { text: string; key: Change['key']; vars?: Change['vars'] } {
  return { text: changeText(change), ...change };
}

/**
 * A studio edit's answer: the new draft (wire), the change lines (`changes` in English, `change_lines` with
 * each line's phrase), the history and the summary.
 */
export function editView(draft: Draft, history: DraftHistory, changes: readonly Change[]) {
  return {
    draft: draftWire(draft),
    changes: changes.map((change) => changeText(change)),
    change_lines: changes.map(changeView),
    ...historyView(history),
    summary: summarizeDraft(draft),
  };
}

/** `/health`: liveness, version, and whether renders can be taken (Redis reachable, live workers). */
export function healthView(version: string, queue: { kind: string; health: QueueHealth }) {
  const { health } = queue;
  return {
    status: health.reachable ? 'ok' : 'degraded',
    version,
    uptime_s: Math.round(process.uptime()),
    queue: {
      kind: queue.kind,
      reachable: health.reachable,
      ...health.counts,
      workers: health.workers,
      ...(health.workerNames ? { worker_names: health.workerNames } : {}),
      waiting: health.waiting,
      oldest_waiting_s: Math.round(health.oldestWaitingMs / 100) / 10,
    },
  };
}
