import type { ZodType } from 'zod';
import { type ErrorCode, JoyError, phrasedError, toJoyError } from '../errors.js';
import { type Lang, phrase, t } from '../messages/index.js';
import { describeIssues, formatPath } from '../model/validate.js';

/** Every JSON answer: `{ code, message, data }`, code 0 on success (API.md). */
export interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T | null;
}

export function ok<T>(data: T, message = 'success'): Envelope<T> {
  return { code: 0, message, data };
}

/** The wire code and HTTP status of each error code; the only place that decides them. */
const WIRE: Record<ErrorCode, { code: number; status: number }> = {
  invalid_input: { code: 400, status: 400 },
  invalid_draft: { code: 400, status: 400 },
  invalid_command: { code: 400, status: 400 },
  missing_client_id: { code: 400, status: 400 },
  fetch_refused: { code: 400, status: 400 },
  bad_token: { code: 1001, status: 401 },
  session_not_found: { code: 1002, status: 404 },
  no_credits: { code: 2001, status: 402 },
  plan_blocked: { code: 402, status: 402 },
  unsupported_type: { code: 4001, status: 415 },
  corrupt_media: { code: 4001, status: 415 },
  empty_file: { code: 4001, status: 415 },
  file_too_large: { code: 4002, status: 413 },
  image_too_large: { code: 4002, status: 413 },
  rate_limited: { code: 429, status: 429 },
  not_found: { code: 404, status: 404 },
  range_not_satisfiable: { code: 416, status: 416 },
  canceled: { code: 409, status: 409 },
  draft_conflict: { code: 409, status: 409 },
  request_timeout: { code: 408, status: 408 },
  link_refused: { code: 403, status: 403 },
  encoder_failed: { code: 500, status: 500 },
  render_failed: { code: 500, status: 500 },
  internal: { code: 500, status: 500 },
  unavailable: { code: 503, status: 503 },
};

export function wireOf(code: ErrorCode): { code: number; status: number } {
  return WIRE[code] ?? WIRE.internal;
}

interface FrameworkError {
  code?: string;
  statusCode?: number;
  message: string;
  headers?: Record<string, string>;
}

/** Fastify's own errors (bad JSON, body too large, range past the end, …) as JoyErrors. */
function fromFastify(error: FrameworkError): JoyError | undefined {
  const code = error.code ?? '';
  if (error instanceof SyntaxError) {
    return phrasedError('invalid_input', phrase('service.request.badJson', { reason: error.message }));
  }
  if (error.statusCode === 416) {
    // A file's range request (reply.sendFile) past its end: the size is in the Content-Range header.
    const size = Number(/\/(\d+)$/.exec(String(error.headers?.['Content-Range'] ?? ''))?.[1]);
    return phrasedError('range_not_satisfiable', phrase('service.request.range'), {
      details: Number.isFinite(size) ? { size } : {},
    });
  }
  if (
    code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    code === 'FST_REQ_FILE_TOO_LARGE' ||
    error.statusCode === 413
  ) {
    return phrasedError('file_too_large', phrase('service.request.tooLarge'));
  }
  if (
    code.startsWith('FST_ERR_CTP') ||
    code === 'FST_ERR_VALIDATION' ||
    code === 'FST_INVALID_MULTIPART_CONTENT_TYPE'
  ) {
    return new JoyError('invalid_input', error.message);
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return phrasedError('invalid_input', phrase('service.request.tooManyParts', { reason: error.message }));
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new JoyError('invalid_input', error.message);
  }
  return undefined;
}

export interface ErrorAnswer {
  status: number;
  body: Envelope<Record<string, unknown>>;
  headers: Record<string, string>;
  joy: JoyError;
}

/**
 * The HTTP answer for anything thrown: status, envelope, headers. Never a stack trace. A message from the
 * catalogue is said in `lang` (the request's language); others are as written (English).
 */
export function errorAnswer(error: unknown, lang: Lang = 'en'): ErrorAnswer {
  const joy = error instanceof JoyError ? error : (fromFastify(error as FrameworkError) ?? toJoyError(error));
  const wire = wireOf(joy.code);
  const headers: Record<string, string> = {};
  const data: Record<string, unknown> = { error: joy.code };
  if (joy.field) data.field = joy.field;
  const hint = joy.hintIn(lang);
  if (hint) data.hint = hint;
  if (joy.file) data.file = joy.file;
  if (joy.details) Object.assign(data, joy.details);
  if (joy.code === 'rate_limited') {
    const retry = Number(joy.details?.retry_after ?? 60);
    headers['retry-after'] = String(Math.max(1, Math.ceil(retry)));
  }
  if (joy.code === 'range_not_satisfiable' && typeof joy.details?.size === 'number') {
    headers['content-range'] = `bytes */${joy.details.size}`;
  }
  // Internal errors keep their detail in the log, not in the answer.
  const message =
    wire.status >= 500 && joy.code === 'internal' ? t(lang, 'service.internal') : joy.messageIn(lang);
  return { status: wire.status, body: { code: wire.code, message, data }, headers, joy };
}

/** Validates a request body (or query) with zod; the error names the field. */
export function parseWith<T>(schema: ZodType<T>, value: unknown, what = 'body'): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw phrasedError(
    'invalid_input',
    phrase('request.invalid', { what, reason: describeIssues(result.error) }),
    {
      field: first ? formatPath(first.path) : undefined,
    },
  );
}
