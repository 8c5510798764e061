/**
 * The browser-independent half of the API client: the `{code, message, data}` envelope, errors as
 * sentences a person reads (never raw JSON), and tolerant readers for the shapes in API.md.
 */
import { type MessageKey, type Phrase, readPhrase, type Translate } from '../../../src/messages/index.js';

export class ApiError extends Error {
  /** API.md error code (1001, 4001, …); 0 when the request never got an answer. */
  readonly code: number;
  /** HTTP status; 0 for network failures. */
  readonly status: number;
  readonly data: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: number, status: number, message: string, data?: unknown, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.data = data;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Reads an API response body; throws ApiError for error envelopes, non-JSON bodies and HTTP errors. */
export function parseEnvelope<T = unknown>(status: number, body: string, retryAfter?: string | null): T {
  let value: unknown;
  try {
    value = body ? JSON.parse(body) : undefined;
  } catch {
    value = undefined;
  }
  const envelope = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  const code = typeof envelope?.code === 'number' ? envelope.code : undefined;
  const message = typeof envelope?.message === 'string' ? envelope.message : '';
  const retry = retryAfter ? Number.parseInt(retryAfter, 10) : undefined;
  if (code === 0 && status < 400) return envelope!.data as T;
  if (code !== undefined)
    throw new ApiError(code, status, message, envelope!.data, Number.isNaN(retry) ? undefined : retry);
  if (status >= 200 && status < 300 && envelope) return envelope as T;
  throw new ApiError(status || -1, status, '', undefined, retry);
}

/** A server message is shown only when it reads like a sentence, not like JSON or a stack trace. */
function readable(message: string): string | undefined {
  const text = message.trim();
  if (!text || text.length > 300 || /^[[{<]/.test(text) || /\bat .+:\d+:\d+/.test(text)) return undefined;
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/**
 * The headers of every authorised call: the token, the studio's attribution, and its language, in which
 * the service words the refusals it takes from the catalogue.
 */
export function apiHeaders(token: string, language: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'Accept-Language': language,
    'X-Skill-Source': 'joy-studio',
    'X-Skill-Platform': 'web',
  };
}

/** The server's message with the hint it gave (`data.hint`: what to do about it), when there is one. */
function withHint(message: string, data: unknown): string {
  const raw = data && typeof data === 'object' ? (data as Record<string, unknown>).hint : undefined;
  const hint = typeof raw === 'string' ? readable(raw) : undefined;
  return hint && !message.includes(hint) ? `${message} ${hint}` : message;
}

/**
 * One sentence for any error, in the interface language. `name` is the file the error is about. The
 * server's own sentence comes first (it is said in the studio's language): it knows the precise reason
 * (a photo of too many megapixels, an empty or damaged file), where the studio could only guess from the
 * status; the studio's wording is for answers without one.
 */
export function errorSentence(error: unknown, t: Translate, name?: string): string {
  if (error instanceof ApiError) {
    const file = name ?? '';
    const known: Record<number, MessageKey> = {
      1001: 'error.badToken',
      1002: 'error.sessionNotFound',
      2001: 'error.noCredits',
      402: 'error.planBlocked',
    };
    if (error.code === 429 || error.status === 429)
      return t('error.rateLimited', { s: error.retryAfterSeconds ?? 60 });
    const key = known[error.code];
    if (key) return t(key);
    if (error.status === 0) return t('error.network');
    const message = readable(error.message);
    if (message) {
      const said = withHint(message, error.data);
      return name && !said.includes(name) ? t('error.uploadFailed', { name, reason: said }) : said;
    }
    if (error.code === 4001 || error.status === 415)
      return t('error.unsupported', { name: file || 'This file' });
    if (error.code === 4002 || error.status === 413)
      return t('error.tooLarge', { name: file || 'This file' });
    if (error.status >= 500) return t('error.server');
    return t('error.generic', { reason: '' }).trim();
  }
  if (error instanceof TypeError) return t('error.network');
  const message = error instanceof Error ? readable(error.message) : undefined;
  return t('error.generic', { reason: message ?? '' }).trim();
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export type MediaKind = 'image' | 'video' | 'audio';

/** An uploaded file as the studio lists it. */
export interface MediaItem {
  id: string;
  name: string;
  kind: MediaKind;
  width?: number | undefined;
  height?: number | undefined;
  durationMs?: number | undefined;
  url?: string | undefined;
  thumbnailUrl?: string | undefined;
}

export function readMediaItem(value: unknown): MediaItem | undefined {
  const v = obj(value);
  const id = str(v.id) ?? str(v.asset_id) ?? str(v.file_id);
  if (!id) return undefined;
  const kindText = str(v.kind) ?? str(v.type) ?? str(v.media_type) ?? '';
  const kind: MediaKind = kindText.startsWith('audio')
    ? 'audio'
    : kindText.startsWith('video')
      ? 'video'
      : 'image';
  return {
    id,
    name: str(v.name) ?? str(v.filename) ?? str(v.file_name) ?? id,
    kind,
    width: num(v.width),
    height: num(v.height),
    durationMs: num(v.duration_ms) ?? num(v.durationMs),
    url: str(v.url) ?? str(v.src),
    thumbnailUrl: str(v.thumbnail_url) ?? str(v.thumbnailUrl) ?? str(v.thumb_url),
  };
}

export function readMediaList(value: unknown): MediaItem[] {
  const items = Array.isArray(value) ? value : Object.values(obj(value));
  return items.map(readMediaItem).filter((item): item is MediaItem => item !== undefined);
}

export type JobStatus = 'queued' | 'rendering' | 'completed' | 'failed' | 'canceled';

export interface RenderJob {
  id: string;
  status: JobStatus;
  progress: number;
  url?: string | undefined;
  error?: string | undefined;
  /** Unfinished while no render worker runs: it goes on when one does. */
  waitingForWorker?: boolean | undefined;
  /** The last status read went unanswered (network, the queue's Redis): shown as it was, read again. */
  unreachable?: boolean | undefined;
}

export function readRenderJob(value: unknown): RenderJob {
  const v = obj(value);
  const output = obj(v.output);
  const status = (str(v.status) ?? 'queued') as JobStatus;
  const error = v.error;
  const errorText = str(error) ?? str(obj(error).message);
  const progress = num(v.progress) ?? (status === 'completed' ? 1 : 0);
  return {
    id: str(v.id) ?? '',
    status,
    progress: Math.max(0, Math.min(1, progress > 1 ? progress / 100 : progress)),
    url: str(output.url) ?? str(v.url),
    error: errorText,
    waitingForWorker: v.waiting_for_worker === true,
  };
}

/** An export of the session from `state.generated_media`: running (with its progress) or finished. */
export interface ExportItem {
  id: string;
  status: JobStatus;
  progress: number;
  url?: string | undefined;
  name: string;
  createdAt?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  durationMs?: number | undefined;
  sizeBytes?: number | undefined;
  error?: string | undefined;
}

export function readExports(value: unknown): ExportItem[] {
  const items = Array.isArray(value) ? value : Object.values(obj(value));
  const out: ExportItem[] = [];
  items.forEach((item, index) => {
    const v = obj(item);
    const job = readRenderJob(v);
    const url = job.url ?? str(v.video_url);
    // Identical drafts reuse one render: list each file once.
    if (url && out.some((known) => known.url === url)) return;
    if (!url && job.status === 'completed') return;
    const created = v.created_at ?? v.createdAt ?? v.timestamp;
    const output = obj(v.output);
    out.push({
      id: job.id || (str(v.render_id) ?? `export-${index}`),
      status: job.status,
      progress: job.progress,
      url,
      error: job.error,
      name: str(v.name) ?? str(v.filename) ?? url?.split('/').pop()?.split('?')[0] ?? 'video.mp4',
      createdAt:
        typeof created === 'number'
          ? new Date(created < 1e12 ? created * 1000 : created).toISOString()
          : (str(created) ?? undefined),
      width: num(v.width) ?? num(output.width),
      height: num(v.height) ?? num(output.height),
      durationMs: num(v.duration_ms) ?? num(v.durationMs) ?? num(output.duration_ms),
      sizeBytes: num(v.size_bytes) ?? num(output.size_bytes) ?? num(output.size),
    });
  });
  return out;
}

/** True while an export is queued or rendering. */
export function exportRunning(item: { status: JobStatus } | undefined): boolean {
  return item?.status === 'queued' || item?.status === 'rendering';
}

export interface Credits {
  available: number;
  frozen: number;
  total: number;
}

export function readCredits(value: unknown): Credits | undefined {
  const v = obj(value);
  const available = num(v.available);
  if (available === undefined) return undefined;
  return { available, frozen: num(v.frozen) ?? 0, total: num(v.total) ?? available };
}

/** One entry of the session's transcript (`state.transcript`), as the server keeps it. */
export interface TranscriptEntry {
  id: string;
  role: 'user' | 'assistant' | 'edit';
  text: string;
  /** Each change's English `text`, and its catalogue phrase when the server kept one. */
  changes: { text: string; ok: boolean; phrase?: Phrase }[];
  error?: string | undefined;
  pending: boolean;
}

export function readTranscript(value: unknown): TranscriptEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: TranscriptEntry[] = [];
  for (const item of value) {
    const v = obj(item);
    const id = str(v.id) ?? (num(v.seq) !== undefined ? `t${num(v.seq)}` : undefined);
    const role = v.role === 'user' || v.role === 'assistant' || v.role === 'edit' ? v.role : undefined;
    if (!id || !role) continue;
    const changes = Array.isArray(v.changes) ? v.changes : [];
    out.push({
      id,
      role,
      text: typeof v.text === 'string' ? v.text : '',
      changes: changes
        .map((line) => (typeof line === 'string' ? { text: line, ok: true } : obj(line)))
        .filter((line) => typeof line.text === 'string' && line.text !== '')
        .map((line) => {
          const phrase = readPhrase({ key: line.key, vars: line.vars });
          return { text: String(line.text), ok: line.ok !== false, ...(phrase ? { phrase } : {}) };
        }),
      error: str(v.error),
      pending: v.pending === true,
    });
  }
  return out;
}

export interface HistoryInfo {
  canUndo: boolean;
  canRedo: boolean;
  version: number;
}

export function readHistory(value: unknown): HistoryInfo | undefined {
  const v = obj(value);
  if (typeof v.can_undo !== 'boolean' && typeof v.canUndo !== 'boolean') return undefined;
  return {
    canUndo: Boolean(v.can_undo ?? v.canUndo),
    canRedo: Boolean(v.can_redo ?? v.canRedo),
    version: num(v.version) ?? 0,
  };
}
