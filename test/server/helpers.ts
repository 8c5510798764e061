import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/server/index.js';

/** Test helpers for the HTTP service: a server on a free port with its own data dir, and a client. */
export function tempDir(prefix = 'joy-server-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function serve(options: StartServerOptions = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    webRoot: join(dataDir, 'no-web'),
    env: {},
    // Background analysis costs a worker and the face models; the tests about it turn it on.
    analyse: false,
    ...options,
    dataDir,
  });
  return { ...server, dataDir };
}

/** A small JPEG (a colour field with a marker so frames differ). */
export async function jpeg(seed: number, width = 320, height = 240): Promise<Buffer> {
  const marker = await sharp({
    create: {
      width: Math.round(width / 4),
      height: Math.round(height / 4),
      channels: 3,
      background: { r: 255, g: 255, b: 255 },
    },
  })
    .png()
    .toBuffer();
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 70) % 256, g: 90 + ((seed * 40) % 120), b: 200 - ((seed * 50) % 150) },
    },
  })
    .composite([
      { input: marker, left: Math.round((width / 8) * (1 + (seed % 4))), top: Math.round(height / 3) },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A JPEG of noise: does not compress, so its size is about width × height × 3 / 4 bytes at quality 90. */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  code: number;
  message: string;
  data: T;
}

export interface RenderView {
  id: string;
  status: string;
  progress?: number;
  output?: { url: string };
  error?: string;
}

export class Client {
  token: string | undefined;
  readonly clientId = randomUUID();

  constructor(readonly base: string) {}

  /** Polls a render job until it is completed or failed. */
  waitForRender(id: string, timeoutMs = 30_000): Promise<RenderView> {
    return poll(
      () => this.call<RenderView>('GET', `/api/render/proxy/lambda/${id}`).then((a) => a.data),
      (view) => view.status === 'completed' || view.status === 'failed',
      timeoutMs,
    );
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`;
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.base}${path}`, init);
    const text = await response.text();
    let json: { code: number; message: string; data: T };
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(
        `Not JSON (${response.status} ${response.headers.get('content-type')}): ${text.slice(0, 200)}`,
      );
    }
    return {
      status: response.status,
      headers: response.headers,
      code: json.code,
      message: json.message,
      data: json.data,
    };
  }

  async login(): Promise<this> {
    const answer = await this.call<{ token: string }>('POST', '/api/auth/anonymous-token', undefined, {
      'x-client-id': this.clientId,
    });
    if (answer.code !== 0) throw new Error(`token: ${answer.code} ${answer.message}`);
    this.token = answer.data.token;
    return this;
  }

  async session(): Promise<string> {
    const answer = await this.call<{ session_id: string }>('POST', '/api/tasks/me/with-session/nemo_agent', {
      task_name: 'project',
      language: 'en',
    });
    if (answer.code !== 0) throw new Error(`session: ${answer.code} ${answer.message}`);
    return answer.data.session_id;
  }

  upload(sessionId: string, files: { name: string; data: Buffer; type?: string }[]) {
    const form = new FormData();
    for (const file of files)
      form.append(
        'files',
        new Blob([new Uint8Array(file.data)], { type: file.type ?? 'image/jpeg' }),
        file.name,
      );
    return this.call<{ files: MediaInfoView[] }>(
      'POST',
      `/api/upload-video/nemo_agent/me/${sessionId}`,
      form,
    );
  }

  state(sessionId: string) {
    return this.call<{ state: StateView }>('GET', `/api/state/nemo_agent/me/${sessionId}/latest`);
  }

  /** Sends a chat message and reads the whole SSE stream. */
  async chat(sessionId: string, text: string): Promise<ChatAnswer> {
    const response = await this.chatResponse(sessionId, text);
    const body = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      raw: body,
      ...parseSse(body),
    };
  }

  chatResponse(sessionId: string, text: string, signal?: AbortSignal): Promise<Response> {
    return fetch(`${this.base}/run_sse`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({
        app_name: 'nemo_agent',
        user_id: 'me',
        session_id: sessionId,
        new_message: { role: 'user', parts: [{ text }] },
      }),
      ...(signal ? { signal } : {}),
    });
  }
}

export interface MediaInfoView {
  id: string;
  uri: string;
  name: string;
  kind: string;
  width: number;
  height: number;
  duration_ms: number | null;
  size: number;
  url: string;
  thumbnail_url?: string;
}

export interface StateView {
  draft: Record<string, unknown> | null;
  draft_version: number;
  summary: string | null;
  video_infos: MediaInfoView[];
  generated_media: {
    id: string;
    status: string;
    progress: number;
    output?: { url: string };
    error?: string;
  }[];
}

export interface PartView {
  text?: string;
  functionCall?: { id: string; name: string; args: Record<string, unknown> };
  functionResponse?: { id: string; name: string; response: Record<string, unknown> };
}

export interface StateDeltaView {
  draft_version?: number;
  draft?: Record<string, unknown>;
  render?: {
    id: string;
    status: string;
    state: string;
    progress: number;
    output?: { url: string };
    error?: string;
  };
  [key: string]: unknown;
}

export interface AdkEventView {
  id: string;
  invocationId: string;
  author: string;
  timestamp: number;
  partial: boolean;
  content: { role: string; parts: PartView[] };
  actions: { stateDelta: StateDeltaView };
  errorCode?: string;
  errorMessage?: string;
}

export interface ChatAnswer {
  status: number;
  contentType: string;
  raw: string;
  events: AdkEventView[];
  comments: string[];
}

/** Parses an SSE body the way a client does: messages split on blank lines, `data:` lines joined, `:` comments. */
export function parseSse(body: string): { events: AdkEventView[]; comments: string[] } {
  const events: AdkEventView[] = [];
  const comments: string[] = [];
  for (const block of body.split(/\r?\n\r?\n/)) {
    if (!block.trim()) continue;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push(JSON.parse(data.join('\n')) as AdkEventView);
  }
  return { events, comments };
}

/** Text of the final (non-partial) text events. */
export function replyText(answer: { events: AdkEventView[] }): string {
  return answer.events
    .filter((event) => !event.partial)
    .flatMap((event) =>
      event.content.parts.filter((part) => typeof part.text === 'string').map((part) => part.text as string),
    )
    .join(' ');
}

export async function poll<T>(
  fn: () => Promise<T>,
  until: (value: T) => boolean,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (until(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A wire draft of the given photos (asset uris), tiny canvas for fast renders. */
export function tinyDraft(
  uris: string[],
  options: { width?: number; height?: number; fps?: number; durationMs?: number; title?: string } = {},
) {
  return {
    schema: 'joy.draft',
    v: 1,
    w: options.width ?? 160,
    h: options.height ?? 120,
    fps: options.fps ?? 10,
    t: [
      {
        tt: 0,
        sg: uris.map((uri, i) => ({
          id: `v${i}`,
          src: { u: uri, k: 'image' },
          d: options.durationMs ?? 600,
          mo: { n: 'zoom-in' },
          ...(i < uris.length - 1 ? { tr: { n: 'crossfade', d: 200 } } : {}),
        })),
      },
    ],
    m: options.title ? { title: options.title } : {},
  };
}
