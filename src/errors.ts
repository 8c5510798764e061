import { type Lang, type Phrase, phrase, sayPhrase } from './messages/index.js';

/**
 * One error class for the whole project. `code` is stable and machine-readable; the HTTP layer maps it to
 * the wire code and status of API.md, the CLI prints `message` (and `hint`) as one sentence.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_draft'
  | 'invalid_command'
  | 'unsupported_type'
  | 'file_too_large'
  | 'image_too_large'
  | 'corrupt_media'
  | 'empty_file'
  | 'not_found'
  | 'range_not_satisfiable'
  | 'missing_client_id'
  | 'bad_token'
  | 'session_not_found'
  | 'no_credits'
  | 'plan_blocked'
  | 'rate_limited'
  | 'fetch_refused'
  | 'encoder_failed'
  | 'render_failed'
  | 'canceled'
  | 'draft_conflict'
  | 'request_timeout'
  | 'link_refused'
  | 'unavailable'
  | 'internal';

export interface JoyErrorOptions {
  /** A next step a person can take. */
  hint?: string;
  /** Dotted path of the offending field, e.g. `video[2].motion.strength`. */
  field?: string;
  /** The file the error is about, by the name the user gave it. */
  file?: string;
  /** Extra data the API may return (e.g. `bind_id`, `retry_after`). */
  details?: Record<string, unknown>;
  cause?: unknown;
  /** The message as a catalogue phrase, so it can be said in the reader's language. */
  phrase?: Phrase;
  /** The hint as a catalogue phrase (its English is `hint`). */
  hintPhrase?: Phrase;
}

export class JoyError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly field: string | undefined;
  readonly file: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly phrase: Phrase | undefined;
  readonly hintPhrase: Phrase | undefined;

  constructor(code: ErrorCode, message: string, options: JoyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JoyError';
    this.code = code;
    this.hint = options.hint;
    this.field = options.field;
    this.file = options.file;
    this.details = options.details;
    this.phrase = options.phrase;
    this.hintPhrase = options.hintPhrase;
  }

  /** The message in `lang`: its catalogue phrase when it has one, else the message as written. */
  messageIn(lang: Lang): string {
    return this.phrase ? sayPhrase(lang, this.phrase) : this.message;
  }

  /** The hint in `lang`, when there is one. */
  hintIn(lang: Lang): string | undefined {
    return this.hintPhrase ? sayPhrase(lang, this.hintPhrase) : this.hint;
  }
}

/**
 * A JoyError whose message (and hint, when it is a phrase too) comes from the catalogue: English in
 * `message` and `hint`, any language by `messageIn` and `hintIn`.
 */
export function phrasedError(
  code: ErrorCode,
  said: Phrase,
  options: Omit<JoyErrorOptions, 'phrase' | 'hint' | 'hintPhrase'> & { hint?: string | Phrase } = {},
): JoyError {
  const { hint, ...rest } = options;
  const hints: Pick<JoyErrorOptions, 'hint' | 'hintPhrase'> =
    typeof hint === 'object' ? { hint: sayPhrase('en', hint), hintPhrase: hint } : hint ? { hint } : {};
  return new JoyError(code, sayPhrase('en', said), { ...rest, ...hints, phrase: said });
}

export function isJoyError(value: unknown): value is JoyError {
  return value instanceof JoyError;
}

/** Wraps anything thrown into a JoyError so callers deal with one shape. */
export function toJoyError(value: unknown, fallback: ErrorCode = 'internal'): JoyError {
  if (value instanceof JoyError) return value;
  if (value instanceof Error && value.name === 'AbortError') {
    return phrasedError('canceled', phrase('error.canceled'), { cause: value });
  }
  const message = value instanceof Error ? value.message : String(value);
  return new JoyError(fallback, message, { cause: value });
}
