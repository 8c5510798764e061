/**
 * The studio's state and the one reducer that changes it. Everything the server says (session state,
 * edits, history, uploads, chat events, export jobs) comes in as an action; components only read.
 * Pure and synchronous, so it is unit-tested without a browser.
 */
import {
  type Credits,
  type ExportItem,
  type HistoryInfo,
  type MediaItem,
  type MediaKind,
  type RenderJob,
  readExports,
  readHistory,
  readMediaList,
  readTranscript,
} from './api-core.js';
import {
  type AdkEvent,
  applyAdkEvent,
  assistantMessage,
  type ChangeText,
  type ChatMessage,
  changeLines,
  editMessage,
  finishMessage,
  fromTranscript,
  userMessage,
} from './chat.js';
import { type Draft, decodeDraft } from './draft.js';
import type { Library } from './library.js';

export type Selection = { kind: 'video' | 'text' | 'audio'; id: string };

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  kind: MediaKind | 'unknown';
  /** 0–1 of the bytes sent. */
  progress: number;
  status: 'queued' | 'uploading' | 'processing' | 'done' | 'failed';
  error?: string | undefined;
  /** Object URL of the local file, for an instant thumbnail (images the browser can show). */
  localUrl?: string | undefined;
  mediaId?: string | undefined;
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface StudioState {
  status: 'connecting' | 'ready' | 'offline';
  sessionId: string | undefined;
  credits: Credits | undefined;
  draft: Draft | undefined;
  /** The draft exactly as the server sent it (wire form), for export: nothing lost in decoding. */
  wire: unknown;
  /** Bumped whenever the draft's content changes: preview frames are cached per revision. */
  revision: number;
  /** The server's version of the session draft this page shows; edits are made against it. */
  draftVersion: number;
  draftJson: string;
  media: MediaItem[];
  exports: ExportItem[];
  uploads: UploadItem[];
  chat: ChatMessage[];
  chatBusy: boolean;
  editBusy: boolean;
  history: HistoryInfo;
  selection: Selection | undefined;
  exportJob: RenderJob | undefined;
  notices: Notice[];
  /** Waveform peaks per media id (computed in the browser from the audio). */
  waveforms: Record<string, Waveform>;
  /** Joy's built-in music and styles, once listed. */
  library: Library | undefined;
}

export interface Waveform {
  peaks: Float32Array;
  durationMs: number;
}

export type Action =
  | { type: 'connecting' }
  | { type: 'offline' }
  | { type: 'session'; sessionId: string }
  | { type: 'credits'; credits: Credits | undefined }
  | { type: 'state'; data: unknown }
  | { type: 'edited'; data: unknown; changes?: ChangeText[] }
  | { type: 'history'; history: HistoryInfo }
  | { type: 'select'; selection: Selection | undefined }
  | {
      type: 'uploadStart';
      key: string;
      name: string;
      size: number;
      kind: MediaKind | 'unknown';
      localUrl?: string;
    }
  | { type: 'uploadProgress'; key: string; progress: number }
  | { type: 'uploadDone'; key: string; media: MediaItem[] }
  | { type: 'uploadFailed'; key: string; error: string }
  | { type: 'uploadDismiss'; key: string }
  | { type: 'chatSend'; id: string; replyId: string; text: string }
  | { type: 'chatEvent'; replyId: string; event: AdkEvent }
  | { type: 'chatDone'; replyId: string; error?: string }
  | { type: 'editBusy'; busy: boolean }
  | { type: 'exportJob'; job: RenderJob | undefined }
  | { type: 'notice'; kind: Notice['kind']; text: string }
  | { type: 'dismiss'; id: number }
  | { type: 'waveform'; id: string; waveform: Waveform }
  | { type: 'library'; library: Library };

export function initialState(): StudioState {
  return {
    status: 'connecting',
    sessionId: undefined,
    credits: undefined,
    draft: undefined,
    wire: undefined,
    revision: 0,
    draftVersion: 0,
    draftJson: '',
    media: [],
    exports: [],
    uploads: [],
    chat: [],
    chatBusy: false,
    editBusy: false,
    history: { canUndo: false, canRedo: false, version: 0 },
    selection: undefined,
    exportJob: undefined,
    notices: [],
    waveforms: {},
    library: undefined,
  };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

/** A new draft: bumps the revision only when the content changed, drops a selection that is gone. */
function withDraft(state: StudioState, wire: unknown): StudioState {
  const draft = decodeDraft(wire);
  const draftJson = draft ? JSON.stringify(draft) : '';
  if (draftJson === state.draftJson) return state;
  const selection =
    state.selection && draft && selectionExists(draft, state.selection) ? state.selection : undefined;
  return {
    ...state,
    draft,
    wire: draft ? wire : undefined,
    draftJson,
    revision: state.revision + 1,
    selection,
  };
}

export function selectionExists(draft: Draft, selection: Selection): boolean {
  const list =
    selection.kind === 'video' ? draft.video : selection.kind === 'text' ? draft.texts : draft.audio;
  return list.some((item) => item.id === selection.id);
}

/** Media from the state response, keeping the local thumbnails of files uploaded in this page. */
function mergeMedia(state: StudioState, media: MediaItem[]): MediaItem[] {
  return media.map((item) => {
    const local = state.uploads.find((upload) => upload.mediaId === item.id)?.localUrl;
    return local && item.kind === 'image' && !item.thumbnailUrl ? { ...item, thumbnailUrl: local } : item;
  });
}

/** Applies `GET /api/state/.../latest` data: `state.draft` (wire), `video_infos`, `generated_media`. */
export function applyStateData(state: StudioState, data: unknown): StudioState {
  const root = obj(data);
  const inner = obj(root.state ?? root);
  let next = 'draft' in inner ? withDraft(state, inner.draft) : state;
  if ('video_infos' in inner) next = { ...next, media: mergeMedia(next, readMediaList(inner.video_infos)) };
  if ('generated_media' in inner) next = { ...next, exports: readExports(inner.generated_media) };
  if (typeof inner.draft_version === 'number') next = { ...next, draftVersion: inner.draft_version };
  // The transcript is the server's; while this page's own turn streams, its bubbles stay as they are.
  const transcript = readTranscript(inner.transcript);
  if (transcript && !next.chatBusy) next = { ...next, chat: transcript.map(fromTranscript) };
  const history = readHistory(inner.history ?? root.history ?? inner);
  if (history) next = { ...next, history };
  return next;
}

function updateUpload(state: StudioState, key: string, change: Partial<UploadItem>): StudioState {
  return {
    ...state,
    uploads: state.uploads.map((item) => (item.key === key ? { ...item, ...change } : item)),
  };
}

function updateMessage(
  state: StudioState,
  id: string,
  change: (message: ChatMessage) => ChatMessage,
): StudioState {
  return { ...state, chat: state.chat.map((message) => (message.id === id ? change(message) : message)) };
}

let noticeId = 0;

export function reduce(state: StudioState, action: Action): StudioState {
  switch (action.type) {
    case 'connecting':
      return { ...state, status: 'connecting' };
    case 'offline':
      return { ...state, status: 'offline' };
    case 'session':
      if (action.sessionId === state.sessionId) return { ...state, status: 'ready' };
      return {
        ...initialState(),
        status: 'ready',
        sessionId: action.sessionId,
        credits: state.credits,
        notices: state.notices,
        waveforms: state.waveforms,
        library: state.library,
      };
    case 'credits':
      return { ...state, credits: action.credits };
    case 'state':
      return applyStateData(state, action.data);
    case 'edited': {
      // Response of a studio command, undo or redo: `{ draft, changes, change_lines, can_undo, can_redo, version }`.
      const data = obj(action.data);
      let next = withDraft(state, data.draft);
      if (typeof data.draft_version === 'number') next = { ...next, draftVersion: data.draft_version };
      const history = readHistory(data);
      if (history) next = { ...next, history };
      const changes = action.changes ?? changeLines(data);
      if (changes.length > 0)
        next = {
          ...next,
          chat: [...next.chat, editMessage(`edit-${next.chat.length}-${Date.now()}`, changes)],
        };
      return { ...next, editBusy: false };
    }
    case 'history':
      return { ...state, history: action.history };
    case 'select':
      return { ...state, selection: action.selection };
    case 'uploadStart':
      return {
        ...state,
        uploads: [
          ...state.uploads,
          {
            key: action.key,
            name: action.name,
            size: action.size,
            kind: action.kind,
            progress: 0,
            status: 'queued',
            localUrl: action.localUrl,
          },
        ],
      };
    case 'uploadProgress':
      return updateUpload(state, action.key, {
        progress: Math.max(0, Math.min(1, action.progress)),
        status: action.progress >= 1 ? 'processing' : 'uploading',
      });
    case 'uploadDone': {
      const first = action.media[0];
      let next = updateUpload(state, action.key, {
        progress: 1,
        status: 'done',
        mediaId: first?.id,
        kind: first?.kind ?? state.uploads.find((u) => u.key === action.key)?.kind ?? 'unknown',
      });
      const known = new Set(next.media.map((item) => item.id));
      const added = action.media.filter((item) => !known.has(item.id));
      next = { ...next, media: mergeMedia(next, [...next.media, ...added]) };
      return next;
    }
    case 'uploadFailed':
      return updateUpload(state, action.key, { status: 'failed', error: action.error });
    case 'uploadDismiss':
      return { ...state, uploads: state.uploads.filter((item) => item.key !== action.key) };
    case 'chatSend':
      return {
        ...state,
        chatBusy: true,
        chat: [...state.chat, userMessage(action.id, action.text), assistantMessage(action.replyId)],
      };
    case 'chatEvent':
      return updateMessage(state, action.replyId, (message) => applyAdkEvent(message, action.event));
    case 'chatDone':
      return {
        ...updateMessage(state, action.replyId, (message) => finishMessage(message, action.error)),
        chatBusy: false,
      };
    case 'editBusy':
      return { ...state, editBusy: action.busy };
    case 'exportJob':
      return { ...state, exportJob: action.job };
    case 'notice': {
      if (state.notices.some((notice) => notice.text === action.text)) return state;
      noticeId += 1;
      return {
        ...state,
        notices: [...state.notices.slice(-2), { id: noticeId, kind: action.kind, text: action.text }],
      };
    }
    case 'dismiss':
      return { ...state, notices: state.notices.filter((notice) => notice.id !== action.id) };
    case 'waveform':
      return { ...state, waveforms: { ...state.waveforms, [action.id]: action.waveform } };
    case 'library':
      return { ...state, library: action.library };
  }
}

/** A minimal observable store around `reduce`. */
export class Store {
  private state: StudioState;
  private readonly listeners = new Set<(state: StudioState) => void>();

  constructor(initial: StudioState = initialState()) {
    this.state = initial;
  }

  get(): StudioState {
    return this.state;
  }

  dispatch = (action: Action): void => {
    const next = reduce(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  };

  subscribe(listener: (state: StudioState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The item a selection points at, with its index. */
export function selectedItem(
  state: StudioState,
):
  | { kind: 'video'; index: number; item: Draft['video'][number] }
  | { kind: 'text'; index: number; item: Draft['texts'][number] }
  | { kind: 'audio'; index: number; item: Draft['audio'][number] }
  | undefined {
  const { draft, selection } = state;
  if (!draft || !selection) return undefined;
  if (selection.kind === 'video') {
    const index = draft.video.findIndex((s) => s.id === selection.id);
    return index < 0 ? undefined : { kind: 'video', index, item: draft.video[index]! };
  }
  if (selection.kind === 'text') {
    const index = draft.texts.findIndex((s) => s.id === selection.id);
    return index < 0 ? undefined : { kind: 'text', index, item: draft.texts[index]! };
  }
  const index = draft.audio.findIndex((s) => s.id === selection.id);
  return index < 0 ? undefined : { kind: 'audio', index, item: draft.audio[index]! };
}

/** True while any upload is still in flight. */
export function uploading(state: StudioState): boolean {
  return state.uploads.some(
    (item) => item.status === 'queued' || item.status === 'uploading' || item.status === 'processing',
  );
}
