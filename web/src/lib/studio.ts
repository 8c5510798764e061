/**
 * The studio's controller: it calls the API and feeds the store. Components call its methods and
 * read the store; they never call the API themselves.
 */

import { type Lang, type Translate, translator } from '../../../src/messages/index.js';
import { toWire } from '../../../src/model/wire.js';
import { Api } from './api.js';
import {
  ApiError,
  errorSentence,
  exportRunning,
  type MediaItem,
  type MediaKind,
  readCredits,
  readHistory,
  readRenderJob,
} from './api-core.js';
import { exportStarted, parseAdkEvent } from './chat.js';
import { assetId } from './draft.js';
import type { EditCommand } from './edits.js';
import { type EffectCatalog, effectChoices } from './effects-catalog.js';
import { type PollStep, pollDelay, pollStep } from './exports.js';
import { readLibrary } from './library.js';
import { earliestExpiry, linkRefreshDelay } from './links.js';
import { type Selection, Store } from './store.js';
import { computePeaks } from './waveform.js';

/** One file at a time, so media keep the order they were picked in (the video follows it). */
const UPLOAD_CONCURRENCY = 1;
/** Waits between tries to reopen the session's event stream (it closes on sleep, network changes…). */
const EVENTS_RETRY_MS = [1000, 2000, 5000, 10_000];
/** API.md code of an edit made against a draft version that is no longer the session's. */
const CONFLICT = 409;

function kindOf(file: File): MediaKind | 'unknown' {
  if (file.type.startsWith('image/') || /\.(heic|heif)$/i.test(file.name)) return 'image';
  if (file.type.startsWith('video/')) return 'video';
  if (file.type.startsWith('audio/')) return 'audio';
  return 'unknown';
}

/** Images the browser can draw itself get an instant local thumbnail (HEIC usually cannot). */
function canShowLocally(file: File): boolean {
  return /^image\/(jpeg|png|webp|gif|avif|bmp)$/.test(file.type);
}

export class Studio {
  readonly store = new Store();
  readonly api: Api;
  private t: Translate;
  private lang: Lang;
  private readonly files = new Map<string, File>();
  private readonly uploadQueue: (() => Promise<void>)[] = [];
  private activeUploads = 0;
  private chatAbort: AbortController | undefined;
  private polling: ReturnType<typeof setTimeout> | undefined;
  private linkRefresh: ReturnType<typeof setTimeout> | undefined;
  private keySeq = 0;

  private events: AbortController | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;

  constructor(lang: Lang, base = '') {
    this.api = new Api(base);
    this.api.language = lang;
    this.lang = lang;
    this.t = translator(lang);
  }

  /** The motions and transitions to offer, named in the studio's language. */
  get catalog(): EffectCatalog {
    return effectChoices(this.lang);
  }

  setLang(lang: Lang): void {
    this.api.language = lang;
    this.lang = lang;
    this.t = translator(lang);
  }

  private fail(error: unknown, name?: string): string {
    const text = errorSentence(error, this.t, name);
    this.store.dispatch({ type: 'notice', kind: 'error', text });
    return text;
  }

  /** Token, session (kept in localStorage), state, credits and effect catalog. */
  async start(): Promise<void> {
    this.store.dispatch({ type: 'connecting' });
    try {
      await this.api.token();
      let sid = this.api.sessionId;
      if (sid) {
        try {
          this.store.dispatch({ type: 'session', sessionId: sid });
          await this.refresh();
        } catch (error) {
          if (!(error instanceof ApiError) || (error.code !== 1002 && error.code !== 1001)) throw error;
          sid = undefined;
        }
      }
      if (!sid) await this.newProject();
      this.listen();
      void this.loadLibrary();
    } catch (error) {
      this.store.dispatch({ type: 'offline' });
      this.fail(error);
    }
  }

  async newProject(): Promise<void> {
    this.chatAbort?.abort();
    this.stopPolling();
    const data = await this.api.newSession(this.lang);
    this.api.sessionId = data.session_id;
    this.store.dispatch({ type: 'session', sessionId: data.session_id });
    await this.refresh();
    this.listen();
  }

  async startNewProject(): Promise<void> {
    try {
      await this.newProject();
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Session state (draft, transcript, media, exports), undo/redo availability and credits. Calls that
   * arrive while one runs are folded into one more run after it, so a burst of events costs two.
   */
  async refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          await this.refreshOnce();
        } while (this.refreshAgain);
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const sid = this.store.get().sessionId;
    if (!sid) return;
    const data = await this.api.state(sid);
    if (sid !== this.store.get().sessionId) return;
    this.store.dispatch({ type: 'state', data });
    this.refreshLinksBeforeExpiry();
    await Promise.all([this.refreshHistory(), this.refreshCredits()]);
    this.loadWaveforms();
    this.followExports();
  }

  /** Reads the state again before the first signed link it holds expires (a tab left open for a day). */
  private refreshLinksBeforeExpiry(): void {
    if (this.linkRefresh) clearTimeout(this.linkRefresh);
    const { media, exports } = this.store.get();
    const expiresAt = earliestExpiry([
      ...media.flatMap((item) => [item.url, item.thumbnailUrl]),
      ...exports.map((item) => item.url),
    ]);
    this.linkRefresh =
      expiresAt === undefined
        ? undefined
        : setTimeout(() => void this.refresh().catch(() => undefined), linkRefreshDelay(expiresAt));
  }

  private async loadLibrary(): Promise<void> {
    try {
      this.store.dispatch({ type: 'library', library: readLibrary(await this.api.music()) });
      this.loadWaveforms();
    } catch {
      // Without the list the studio works as before: music comes from uploads.
    }
  }

  /**
   * The session's event stream: any change made anywhere (another tab, another device, the chat, an
   * export) is announced, and this page reloads the session state. Reopened when it drops.
   */
  private listen(): void {
    this.events?.abort();
    const sid = this.store.get().sessionId;
    if (!sid) return;
    const controller = new AbortController();
    this.events = controller;
    let attempt = 0;
    const open = async () => {
      while (!controller.signal.aborted) {
        const opened = Date.now();
        try {
          await this.api.events(
            sid,
            () => void this.refresh().catch(() => undefined),
            controller.signal,
            () => {
              attempt = 0;
              // Changes made while the stream was down are picked up once it is back.
              void this.refresh().catch(() => undefined);
            },
          );
        } catch {
          // Dropped or refused: tried again below.
        }
        if (controller.signal.aborted) return;
        if (Date.now() - opened > 30_000) attempt = 0;
        const wait = EVENTS_RETRY_MS[Math.min(attempt++, EVENTS_RETRY_MS.length - 1)]!;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    };
    void open();
  }

  /** An export running on the server (started here before a reload, or in another tab) is followed. */
  private followExports(): void {
    const { exports, exportJob } = this.store.get();
    const running = [...exports].reverse().find(exportRunning);
    if (!running || this.polling) return;
    if (exportJob && exportRunning(exportJob) && exportJob.id !== running.id) return;
    this.store.dispatch({
      type: 'exportJob',
      job: { id: running.id, status: running.status, progress: running.progress },
    });
    this.poll(running.id);
  }

  async refreshCredits(): Promise<void> {
    try {
      this.store.dispatch({ type: 'credits', credits: readCredits(await this.api.credits()) });
    } catch {
      // Credits are shown quietly; a failure leaves the last value.
    }
  }

  private async refreshHistory(): Promise<void> {
    const sid = this.store.get().sessionId;
    if (!sid) return;
    try {
      const history = readHistory(await this.api.history(sid));
      if (history) this.store.dispatch({ type: 'history', history });
    } catch {
      // Undo/redo stay as they were.
    }
  }

  // ---- uploads -------------------------------------------------------------------------------

  upload(files: Iterable<File>): void {
    if (!this.store.get().sessionId) return;
    for (const file of files) {
      const key = `u${++this.keySeq}`;
      const localUrl = canShowLocally(file) ? URL.createObjectURL(file) : undefined;
      this.store.dispatch({
        type: 'uploadStart',
        key,
        name: file.name,
        size: file.size,
        kind: kindOf(file),
        ...(localUrl ? { localUrl } : {}),
      });
      this.uploadQueue.push(() => this.uploadOne(key, file));
    }
    this.pump();
  }

  private pump(): void {
    while (this.activeUploads < UPLOAD_CONCURRENCY && this.uploadQueue.length > 0) {
      const next = this.uploadQueue.shift()!;
      this.activeUploads++;
      void next().finally(() => {
        this.activeUploads--;
        this.pump();
        if (this.activeUploads === 0 && this.uploadQueue.length === 0)
          void this.refresh().catch(() => undefined);
      });
    }
  }

  private async uploadOne(key: string, file: File): Promise<void> {
    const sid = this.store.get().sessionId;
    if (!sid) return;
    try {
      this.store.dispatch({ type: 'uploadProgress', key, progress: 0 });
      const media = await this.api.upload(sid, file, (share) =>
        this.store.dispatch({ type: 'uploadProgress', key, progress: share }),
      );
      for (const item of media) this.files.set(item.id, file);
      this.store.dispatch({ type: 'uploadDone', key, media });
      // The thumbnail now sits in the media grid; the finished row goes after a moment.
      setTimeout(() => this.store.dispatch({ type: 'uploadDismiss', key }), 4000);
    } catch (error) {
      this.store.dispatch({ type: 'uploadFailed', key, error: errorSentence(error, this.t, file.name) });
    }
  }

  dismissUpload(key: string): void {
    this.store.dispatch({ type: 'uploadDismiss', key });
  }

  // ---- chat ----------------------------------------------------------------------------------

  async send(text: string): Promise<void> {
    const message = text.trim();
    const state = this.store.get();
    if (!message || !state.sessionId || state.chatBusy) return;
    const id = `m${++this.keySeq}`;
    const replyId = `m${++this.keySeq}`;
    this.store.dispatch({ type: 'chatSend', id, replyId, text: message });
    this.chatAbort = new AbortController();
    let error: string | undefined;
    // "export" in the chat starts a render: its progress then shows in the export panel.
    let exportId: string | undefined;
    try {
      await this.api.chat(
        state.sessionId,
        message,
        (item) => {
          if (item.kind !== 'event') return;
          const event = parseAdkEvent(item.data);
          if (!event) return;
          this.store.dispatch({ type: 'chatEvent', replyId, event });
          exportId = exportStarted(event) ?? exportId;
        },
        this.chatAbort.signal,
      );
    } catch (caught) {
      if (!this.chatAbort.signal.aborted) error = errorSentence(caught, this.t);
    } finally {
      this.store.dispatch({ type: 'chatDone', replyId, ...(error ? { error } : {}) });
    }
    if (exportId) {
      this.stopPolling();
      this.store.dispatch({ type: 'exportJob', job: { id: exportId, status: 'queued', progress: 0 } });
      this.poll(exportId);
    }
    try {
      await this.refresh();
    } catch (caught) {
      this.fail(caught);
    }
  }

  // ---- hand edits ----------------------------------------------------------------------------

  async edit(commands: EditCommand[]): Promise<boolean> {
    const { sessionId, draftVersion } = this.store.get();
    if (!sessionId || commands.length === 0) return false;
    this.store.dispatch({ type: 'editBusy', busy: true });
    try {
      this.store.dispatch({
        type: 'edited',
        data: await this.api.commands(sessionId, commands, draftVersion),
      });
      return true;
    } catch (error) {
      this.store.dispatch({ type: 'editBusy', busy: false });
      await this.editFailed(error);
      return false;
    }
  }

  async undo(): Promise<void> {
    await this.step('undo');
  }

  async redo(): Promise<void> {
    await this.step('redo');
  }

  private async step(direction: 'undo' | 'redo'): Promise<void> {
    const { sessionId, draftVersion } = this.store.get();
    if (!sessionId) return;
    this.store.dispatch({ type: 'editBusy', busy: true });
    try {
      const data =
        direction === 'undo'
          ? await this.api.undo(sessionId, draftVersion)
          : await this.api.redo(sessionId, draftVersion);
      this.store.dispatch({ type: 'edited', data });
    } catch (error) {
      this.store.dispatch({ type: 'editBusy', busy: false });
      await this.editFailed(error);
    }
  }

  /** A stale page's edit is refused by the server: say so and show what the session is now. */
  private async editFailed(error: unknown): Promise<void> {
    if (error instanceof ApiError && error.code === CONFLICT) {
      this.store.dispatch({ type: 'notice', kind: 'info', text: this.t('error.conflict') });
      await this.refresh().catch((caught) => this.fail(caught));
      return;
    }
    this.fail(error);
  }

  select(selection: Selection | undefined): void {
    this.store.dispatch({ type: 'select', selection });
  }

  /** Media from the library into the timeline: photos/clips appended, audio as music. */
  async useMedia(item: MediaItem): Promise<void> {
    const media = {
      uri: `asset:${item.id}`,
      kind: item.kind,
      name: item.name,
      ...(item.width ? { width: item.width } : {}),
      ...(item.height ? { height: item.height } : {}),
      ...(item.durationMs ? { durationMs: item.durationMs } : {}),
    };
    await this.edit(
      item.kind === 'audio' ? [{ type: 'setMusic', media }] : [{ type: 'addMedia', media: [media] }],
    );
  }

  // ---- export --------------------------------------------------------------------------------

  async exportVideo(): Promise<void> {
    const { sessionId, draft, wire } = this.store.get();
    if (!sessionId || !draft) return;
    this.stopPolling();
    this.store.dispatch({ type: 'exportJob', job: { id: '', status: 'queued', progress: 0 } });
    try {
      // The session draft as the server sent it (nothing lost to decoding); the server checks it.
      const job = readRenderJob(await this.api.startRender(sessionId, wire ?? toWire(draft)));
      this.store.dispatch({ type: 'exportJob', job });
      this.poll(job.id);
    } catch (error) {
      this.store.dispatch({ type: 'exportJob', job: undefined });
      this.fail(error);
    }
  }

  /** Follows render `id` until it completes, fails or is canceled; reads that go unanswered back off. */
  private poll(id: string, misses = 0): void {
    const timer = setTimeout(async () => {
      let step: PollStep;
      try {
        step = pollStep(id, this.store.get().exportJob, { answer: await this.api.job(id) }, this.t);
      } catch (error) {
        step = pollStep(id, this.store.get().exportJob, { error }, this.t);
      }
      // Another export started (or a new project opened) while this read was under way.
      if (this.polling !== timer) return;
      this.store.dispatch({ type: 'exportJob', job: step.job });
      if (step.finished) {
        this.polling = undefined;
        void this.refresh().catch(() => undefined);
        return;
      }
      this.poll(id, step.missed ? misses + 1 : 0);
    }, pollDelay(misses));
    this.polling = timer;
  }

  private stopPolling(): void {
    if (this.polling) clearTimeout(this.polling);
    this.polling = undefined;
  }

  // ---- waveforms -----------------------------------------------------------------------------

  private readonly waveformsLoading = new Set<string>();

  /** Computes peaks (WebAudio) for the music on the timeline, from the uploaded file or its URL. */
  private loadWaveforms(): void {
    const { draft, media, waveforms, library } = this.store.get();
    for (const segment of draft?.audio ?? []) {
      const track = library?.tracks.find((item) => item.uri === segment.media.uri);
      const id = assetId(segment.media.uri) ?? track?.uri;
      if (!id || waveforms[id] || this.waveformsLoading.has(id)) continue;
      const file = this.files.get(id);
      const url = track?.url ?? media.find((item) => item.id === id)?.url;
      if (!file && !url) continue;
      this.waveformsLoading.add(id);
      void (async () => {
        try {
          const bytes = file ? await file.arrayBuffer() : await (await this.api.media(url!)).arrayBuffer();
          const Context =
            window.AudioContext ??
            (window as unknown as { webkitAudioContext: typeof AudioContext }).webkitAudioContext;
          const context = new Context();
          const buffer = await context.decodeAudioData(bytes);
          void context.close();
          const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) =>
            buffer.getChannelData(c),
          );
          const peaks = computePeaks(
            channels,
            Math.min(4000, Math.max(200, Math.round(buffer.duration * 50))),
          );
          this.store.dispatch({
            type: 'waveform',
            id,
            waveform: { peaks, durationMs: buffer.duration * 1000 },
          });
        } catch {
          // No waveform: the music row shows a plain bar.
        } finally {
          this.waveformsLoading.delete(id);
        }
      })();
    }
  }
}
