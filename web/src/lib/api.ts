/**
 * The studio talks to Joy through the same HTTP API as any client (API.md), plus the studio routes
 * (`/api/studio/<sid>/…`) for hand edits, undo/redo and preview frames. Browser-only (fetch, XHR,
 * localStorage); the pure parts live in api-core.ts.
 */
import { ApiError, apiHeaders, type MediaItem, parseEnvelope, readMediaList } from './api-core.js';
import type { EditCommand } from './edits.js';
import { readSse, type SseItem } from './sse.js';

const APP = 'nemo_agent';
const KEYS = {
  clientId: 'joy.clientId',
  token: 'joy.token',
  expires: 'joy.tokenExpires',
  session: 'joy.sessionId',
};

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class Api {
  private readonly base: string;
  private tokenPromise: Promise<string> | undefined;
  /** The studio's language: the service words its refusals in it (`Accept-Language`). */
  language = 'en';

  constructor(base = '') {
    this.base = base.replace(/\/$/, '');
  }

  get clientId(): string {
    const store = storage();
    let id = store?.getItem(KEYS.clientId) ?? '';
    if (!id) {
      id = uuid();
      store?.setItem(KEYS.clientId, id);
    }
    return id;
  }

  get sessionId(): string | undefined {
    return storage()?.getItem(KEYS.session) ?? undefined;
  }

  set sessionId(value: string | undefined) {
    if (value) storage()?.setItem(KEYS.session, value);
    else storage()?.removeItem(KEYS.session);
  }

  private storedToken(): string | undefined {
    const store = storage();
    const token = store?.getItem(KEYS.token);
    const expires = Date.parse(store?.getItem(KEYS.expires) ?? '');
    if (!token) return undefined;
    if (!Number.isNaN(expires) && expires - Date.now() < 60_000) return undefined;
    return token;
  }

  private forgetToken(): void {
    storage()?.removeItem(KEYS.token);
    storage()?.removeItem(KEYS.expires);
    this.tokenPromise = undefined;
  }

  /** The anonymous token, asked for once per client id and kept in localStorage. */
  token(): Promise<string> {
    const stored = this.storedToken();
    if (stored) return Promise.resolve(stored);
    this.tokenPromise ??= (async () => {
      const response = await fetch(`${this.base}/api/auth/anonymous-token`, {
        method: 'POST',
        headers: { 'X-Client-Id': this.clientId, 'X-Skill-Source': 'joy-studio', 'X-Skill-Platform': 'web' },
      });
      const data = parseEnvelope<{ token: string; expires_at?: string | number }>(
        response.status,
        await response.text(),
        response.headers.get('Retry-After'),
      );
      const store = storage();
      store?.setItem(KEYS.token, data.token);
      if (data.expires_at !== undefined) {
        const expires =
          typeof data.expires_at === 'number'
            ? new Date(data.expires_at * (data.expires_at < 1e12 ? 1000 : 1))
            : new Date(data.expires_at);
        if (!Number.isNaN(expires.getTime())) store?.setItem(KEYS.expires, expires.toISOString());
      }
      return data.token;
    })().finally(() => {
      this.tokenPromise = undefined;
    });
    return this.tokenPromise;
  }

  private async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    return { ...apiHeaders(await this.token(), this.language), ...extra };
  }

  /** A JSON API call; a rejected token is replaced once and the call repeated. */
  async call<T = unknown>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const headers = await this.headers(body === undefined ? {} : { 'Content-Type': 'application/json' });
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, 0, error instanceof Error ? error.message : 'network error');
    }
    try {
      return parseEnvelope<T>(response.status, await response.text(), response.headers.get('Retry-After'));
    } catch (error) {
      if (!retried && error instanceof ApiError && error.code === 1001) {
        this.forgetToken();
        return this.call<T>(method, path, body, true);
      }
      throw error;
    }
  }

  newSession(language: string): Promise<{ task_id?: string; session_id: string; bind_id?: string }> {
    return this.call('POST', `/api/tasks/me/with-session/${APP}`, { task_name: 'project', language });
  }

  state(sid: string): Promise<unknown> {
    return this.call('GET', `/api/state/${APP}/me/${encodeURIComponent(sid)}/latest`);
  }

  /** Joy's built-in music tracks (with the URL to hear each) and style presets. */
  music(): Promise<unknown> {
    return this.call('GET', '/api/music');
  }

  credits(): Promise<unknown> {
    return this.call('GET', '/api/credits/balance/simple');
  }

  /** Hand edits, made against the draft version this page shows (refused with 409 if it moved on). */
  commands(sid: string, commands: EditCommand[], baseVersion: number): Promise<unknown> {
    return this.call('POST', `/api/studio/${encodeURIComponent(sid)}/commands`, {
      commands,
      base_version: baseVersion,
    });
  }

  undo(sid: string, baseVersion: number): Promise<unknown> {
    return this.call('POST', `/api/studio/${encodeURIComponent(sid)}/undo`, { base_version: baseVersion });
  }

  redo(sid: string, baseVersion: number): Promise<unknown> {
    return this.call('POST', `/api/studio/${encodeURIComponent(sid)}/redo`, { base_version: baseVersion });
  }

  /**
   * The session's event stream (`GET /api/studio/<sid>/events`, SSE): `onEvent` for every change
   * announced, `onOpen` once connected. Resolves when the stream ends.
   */
  async events(
    sid: string,
    onEvent: (data: string) => void,
    signal: AbortSignal,
    onOpen: () => void,
  ): Promise<void> {
    const response = await fetch(`${this.base}/api/studio/${encodeURIComponent(sid)}/events`, {
      headers: await this.headers({ Accept: 'text/event-stream' }),
      signal,
    });
    if (!response.ok || !response.body) {
      parseEnvelope(response.status, await response.text());
      throw new ApiError(response.status, response.status, '');
    }
    onOpen();
    await readSse(
      response.body,
      (item) => {
        if (item.kind === 'event') onEvent(item.data);
      },
      signal,
    );
  }

  history(sid: string): Promise<unknown> {
    return this.call('GET', `/api/studio/${encodeURIComponent(sid)}/history`);
  }

  startRender(sid: string, draft: unknown): Promise<unknown> {
    return this.call('POST', '/api/render/proxy/lambda', {
      id: `render_${Date.now()}`,
      sessionId: sid,
      draft,
      output: { format: 'mp4', quality: 'high' },
    });
  }

  job(id: string): Promise<unknown> {
    return this.call('GET', `/api/render/proxy/lambda/${encodeURIComponent(id)}`);
  }

  /** One preview frame as a JPEG blob, with the server's render time (Server-Timing) when given. */
  async previewFrame(
    sid: string,
    ms: number,
    height: number,
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; serverMs: number | undefined }> {
    const query = `ms=${Math.max(0, Math.round(ms))}&height=${height}`;
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/studio/${encodeURIComponent(sid)}/preview?${query}`, {
        headers: await this.headers(),
        signal: signal ?? null,
      });
    } catch (error) {
      throw new ApiError(0, 0, error instanceof Error ? error.message : 'network error');
    }
    if (!response.ok) parseEnvelope(response.status, await response.text());
    const timing = /dur=([\d.]+)/.exec(response.headers.get('Server-Timing') ?? '');
    return { blob: await response.blob(), serverMs: timing ? Number(timing[1]) : undefined };
  }

  /** Fetches a media URL with the token (for files the server only gives to their owner). */
  async media(url: string, signal?: AbortSignal): Promise<Blob> {
    const sameOrigin =
      url.startsWith('/') || url.startsWith(location.origin) || (this.base && url.startsWith(this.base));
    const response = await fetch(url.startsWith('/') ? `${this.base}${url}` : url, {
      headers: sameOrigin ? await this.headers() : {},
      signal: signal ?? null,
    });
    if (!response.ok) parseEnvelope(response.status, await response.text());
    return response.blob();
  }

  /** Uploads one file (field `files`), reporting the share of bytes sent; resolves to the stored media. */
  async upload(sid: string, file: File, onProgress: (share: number) => void): Promise<MediaItem[]> {
    const token = await this.token();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${this.base}/api/upload-video/${APP}/me/${encodeURIComponent(sid)}`);
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('X-Skill-Source', 'joy-studio');
      // The refusal of a file is said in the studio's language, not the browser's.
      xhr.setRequestHeader('Accept-Language', this.language);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.upload.onload = () => onProgress(1);
      xhr.onerror = () => reject(new ApiError(0, 0, 'network error'));
      xhr.onabort = () => reject(new ApiError(0, 0, 'aborted'));
      xhr.onload = () => {
        try {
          const data = parseEnvelope<{ files?: unknown }>(
            xhr.status,
            xhr.responseText,
            xhr.getResponseHeader('Retry-After'),
          );
          resolve(readMediaList(data?.files));
        } catch (error) {
          reject(error);
        }
      };
      const form = new FormData();
      form.append('files', file, file.name);
      xhr.send(form);
    });
  }

  /** Sends a chat message; every SSE event and comment of the reply goes to `onItem`. */
  async chat(
    sid: string,
    text: string,
    onItem: (item: SseItem) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    const body = {
      app_name: APP,
      user_id: 'me',
      session_id: sid,
      new_message: { role: 'user', parts: [{ text }] },
      streaming: true,
    };
    let response: Response;
    try {
      response = await fetch(`${this.base}/run_sse`, {
        method: 'POST',
        headers: await this.headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
        body: JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (error) {
      throw new ApiError(0, 0, error instanceof Error ? error.message : 'network error');
    }
    if (!response.ok || !response.body) {
      parseEnvelope(response.status, await response.text(), response.headers.get('Retry-After'));
      throw new ApiError(response.status, response.status, '');
    }
    await readSse(response.body, onItem, signal);
  }
}
