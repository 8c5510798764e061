import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { JoyError, phrasedError } from '../errors.js';
import { limitsFromEnv, probeMedia } from '../ingest/index.js';
import type { IngestLimits, MediaInfo } from '../ingest/types.js';
import { phrase } from '../messages/index.js';
import type { HostResolver } from './net-guard.js';
import { type MediaRecord, Sessions } from './sessions.js';
import { fetchUrlToFile } from './url-fetch.js';

/**
 * Uploads: multipart (field `files`, streamed to disk, never buffered whole) or a JSON list of URLs.
 * Each file is written to `<data>/tmp/uploads/` under a random name, counted while it streams, then
 * sniffed and probed by content (`probeMedia`), then moved to `<data>/media/<id>.<format>`. A request
 * is all or nothing: on any failure (too large, wrong type, client gone) every file it wrote is
 * removed and nothing is recorded, so earlier uploads are never disturbed.
 */
export const MEDIA_DIR = 'media';
export const UPLOAD_TMP_DIR = join('tmp', 'uploads');

export interface UploadContext {
  dataDir: string;
  sessionId: string;
  maxBytes: number;
  maxFiles: number;
  env?: NodeJS.ProcessEnv;
}

export interface MultipartContext extends UploadContext {
  /** Largest whole request, bytes, checked against Content-Length before a byte is read. */
  maxRequestBytes: number;
  /** A body that sends nothing for this long is refused with 408 and what it wrote removed. */
  idleTimeoutMs: number;
}

/** Errors of the multipart parser (busboy, @fastify/multipart) that mean the body itself is broken. */
const BROKEN_MULTIPART =
  /unexpected end of (form|multipart)|malformed|boundary|part terminated|premature close|multipart/i;

function brokenUpload(error: unknown): JoyError | undefined {
  if (error instanceof JoyError) return undefined;
  const { message = '', code = '' } = (error ?? {}) as { message?: string; code?: string };
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return undefined;
  if (!BROKEN_MULTIPART.test(message) && !code.startsWith('FST_')) return undefined;
  return phrasedError('invalid_input', phrase('service.upload.broken', { reason: message || code }), {
    hint: phrase('service.upload.broken.hint'),
    cause: error,
  });
}

export function requestTimeout(seconds: number): JoyError {
  const error = phrasedError('request_timeout', phrase('service.upload.stalled', { s: seconds }), {
    hint: phrase('service.upload.stalled.hint'),
  });
  (error as { closeConnection?: boolean }).closeConnection = true;
  return error;
}

export interface UrlUploadContext extends UploadContext {
  urls: string[];
  timeoutMs: number;
  maxRedirects: number;
  resolver?: HostResolver | undefined;
  isAllowedAddress?: ((ip: string) => boolean) | undefined;
  signal?: AbortSignal;
}

/**
 * A client's file name as Joy keeps and shows it: text only. Path separators, NUL, control characters and
 * bidirectional overrides (which make "gpj.exe" read as "exe.jpg") become "_"; NFC; at most 255
 * characters. It never names a file on disk (uploads are stored under ids), but clients save files
 * under it.
 */
export function displayName(raw: string | undefined, fallback = 'upload'): string {
  const name = (raw ?? '')
    .normalize('NFC')
    .replace(/[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '_')
    .trim()
    .slice(0, 255);
  return name || fallback;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

function tooLarge(name: string, maxBytes: number): JoyError {
  return phrasedError('file_too_large', phrase('service.upload.fileTooLarge', { name, max: mb(maxBytes) }), {
    file: name,
    hint: phrase('service.upload.fileTooLarge.hint'),
    details: { max_bytes: maxBytes },
  });
}

/** Bytes through a stream, failing as soon as the limit is passed. */
function byteLimit(maxBytes: number, name: string, onChunk?: () => void): Transform & { bytes: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onChunk?.();
      counter.bytes += chunk.length;
      if (counter.bytes > maxBytes) callback(tooLarge(name, maxBytes));
      else callback(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

class Batch {
  private readonly written: string[] = [];
  readonly records: MediaRecord[] = [];

  constructor(
    private readonly context: UploadContext,
    private readonly limits: IngestLimits,
  ) {}

  async tmpPath(): Promise<string> {
    const dir = join(this.context.dataDir, UPLOAD_TMP_DIR);
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${randomBytes(12).toString('hex')}.part`);
    this.written.push(path);
    return path;
  }

  private readonly files: WriteStream[] = [];

  /** A temporary file to write a part into, closed by `discard` before anything is removed. */
  writeTo(path: string): WriteStream {
    const file = createWriteStream(path, { flags: 'wx' });
    this.files.push(file);
    return file;
  }

  /** Probes a finished temporary file and moves it into the media folder. */
  async accept(tmp: string, name: string, sourceUrl: string | null): Promise<MediaRecord> {
    if (this.records.length >= this.context.maxFiles) {
      throw phrasedError(
        'invalid_input',
        phrase('service.upload.tooManyFiles', { n: this.context.maxFiles }),
        {
          field: 'files',
        },
      );
    }
    const info: MediaInfo = await probeMedia(tmp, { name, limits: this.limits, verify: true });
    const id = Sessions.newMediaId();
    const relative = `${MEDIA_DIR}/${id}.${info.format.replace(/[^a-z0-9]/gi, '') || 'bin'}`;
    await mkdir(join(this.context.dataDir, MEDIA_DIR), { recursive: true });
    const final = join(this.context.dataDir, relative);
    this.written.push(final);
    await rename(tmp, final);
    const record: MediaRecord = {
      id,
      sessionId: this.context.sessionId,
      name: name.slice(0, 255),
      kind: info.kind,
      format: info.format,
      sizeBytes: info.sizeBytes,
      width: info.width ?? null,
      height: info.height ?? null,
      durationMs: info.durationMs === undefined ? null : Math.round(info.durationMs),
      orientation: info.orientation ?? null,
      hasAudio: info.hasAudio ?? null,
      takenAt: info.takenAt ?? null,
      path: relative,
      sourceUrl,
      createdAt: Date.now() + this.records.length,
    };
    this.records.push(record);
    return record;
  }

  /** Removes every file this request wrote. */
  async discard(): Promise<void> {
    // A body cut short can fail the pipeline before its file has even opened; the file then appears
    // after a removal that ran too early. Each is closed first, so nothing is left behind.
    await Promise.all(
      this.files
        .filter((file) => !file.closed)
        .map((file) => {
          const closed = once(file, 'close').catch(() => undefined);
          file.destroy();
          return closed;
        }),
    );
    await Promise.all(this.written.map((path) => rm(path, { force: true })));
  }
}

function limitsFor(context: UploadContext): IngestLimits {
  return { ...limitsFromEnv(context.env ?? process.env), maxFileBytes: context.maxBytes };
}

/**
 * After a refused upload the client may still be sending: read and discard up to `cap` bytes so it
 * can see the answer; beyond that, the connection is closed after the answer.
 */
async function drainRequest(request: FastifyRequest, cap: number, timeoutMs = 5000): Promise<boolean> {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return true;
  raw.unpipe();
  return new Promise<boolean>((resolve) => {
    let seen = 0;
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('close', onClose);
      resolve(ok);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > cap) finish(false);
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(raw.readableEnded);
    const timer = setTimeout(() => finish(false), timeoutMs);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('close', onClose);
    raw.resume();
  });
}

/**
 * Watches a request body: `stalled` rejects when no byte arrived for `ms`, and the parser is told through
 * the request's 'error' (which ends the parts iterator and the file being written, without closing the
 * socket, so the 408 can still be sent).
 */
function idleWatch(request: FastifyRequest, ms: number) {
  const raw = request.raw;
  let fail: (error: JoyError) => void = () => undefined;
  const stalled = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  stalled.catch(() => undefined);
  const timer = setTimeout(() => {
    const error = requestTimeout(Math.round(ms / 1000));
    fail(error);
    if (raw.listenerCount('error') > 0) raw.emit('error', error);
  }, ms);
  const stop = () => clearTimeout(timer);
  raw.once('end', stop);
  // Progress is counted on the file bytes as they are written (a listener on the request itself would
  // start its flow before the parser is attached).
  return { stalled, stop, touch: () => timer.refresh() };
}

export async function receiveMultipart(
  request: FastifyRequest,
  context: MultipartContext,
): Promise<MediaRecord[]> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > context.maxRequestBytes) {
    const error = phrasedError(
      'file_too_large',
      phrase('service.upload.tooLarge', { size: mb(declared), max: mb(context.maxRequestBytes) }),
      {
        hint: phrase('service.upload.tooLarge.hint'),
        details: { max_bytes: context.maxRequestBytes },
      },
    );
    // Nothing was read: the rest of the body is not wanted either.
    (error as { closeConnection?: boolean }).closeConnection = true;
    throw error;
  }
  const batch = new Batch(context, limitsFor(context));
  const watch = idleWatch(request, context.idleTimeoutMs);
  try {
    const parts = request.parts({
      limits: {
        fileSize: context.maxBytes + 1,
        files: context.maxFiles,
        fields: 20,
        parts: context.maxFiles + 20,
        fieldSize: 64 * 1024,
        headerPairs: 100,
      },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'files' && part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      const name = displayName(part.filename);
      const tmp = await batch.tmpPath();
      const counter = byteLimit(context.maxBytes, name, watch.touch);
      await Promise.race([pipeline(part.file, counter, batch.writeTo(tmp)), watch.stalled]);
      if (part.file.truncated) throw tooLarge(name, context.maxBytes);
      await batch.accept(tmp, name, null);
    }
    watch.stop();
    if (batch.records.length === 0) {
      throw phrasedError('invalid_input', phrase('service.upload.noFile'), { field: 'files' });
    }
    return batch.records;
  } catch (caught) {
    watch.stop();
    await batch.discard();
    const error = brokenUpload(caught) ?? caught;
    if ((error as { code?: string }).code === 'request_timeout') throw error;
    const drained = await drainRequest(request, Math.max(context.maxBytes, 16 * 1024 * 1024));
    if (!drained) (error as { closeConnection?: boolean }).closeConnection = true;
    throw error;
  }
}

export async function receiveUrls(context: UrlUploadContext): Promise<MediaRecord[]> {
  const batch = new Batch(context, limitsFor(context));
  try {
    for (const url of context.urls) {
      const tmp = await batch.tmpPath();
      const fetched = await fetchUrlToFile(url, tmp, {
        timeoutMs: context.timeoutMs,
        maxBytes: context.maxBytes,
        maxRedirects: context.maxRedirects,
        ...(context.resolver ? { resolver: context.resolver } : {}),
        ...(context.isAllowedAddress ? { isAllowedAddress: context.isAllowedAddress } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
      });
      await batch.accept(tmp, displayName(fetched.name, 'download'), url);
    }
    return batch.records;
  } catch (error) {
    await batch.discard();
    throw error;
  }
}

/** Removes uploads that were streaming when a previous process died. */
export async function cleanUploadTmp(dataDir: string): Promise<void> {
  await rm(join(dataDir, UPLOAD_TMP_DIR), { recursive: true, force: true });
}
