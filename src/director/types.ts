import type { Change, Draft, DraftHistory, EditCommand, MediaRef } from '../model/index.js';

/** What a message was about. `edit` and `create` change the draft; the others only answer. */
export type Route =
  | 'edit'
  | 'export'
  | 'credits'
  | 'status'
  | 'undo'
  | 'redo'
  | 'help'
  | 'unsupported'
  | 'create'
  | 'curation';

/** Routes a message can ask for without editing. */
export type AnswerRoute = Extract<
  Route,
  'export' | 'credits' | 'status' | 'undo' | 'redo' | 'help' | 'curation'
>;

export type Lang = 'en' | 'zh';

export interface DirectorContext {
  /** The draft the message applies to. */
  draft: Draft;
  /** Media the user uploaded (photos, clips and audio files), with their names. */
  media: readonly MediaRef[];
  /** Versions of the draft; when given, every applied message pushes one, and undo/redo walk it. */
  history?: DraftHistory;
}

export interface DirectorResult {
  route: Route;
  /** The commands that were applied (none when the draft did not change). */
  commands: EditCommand[];
  /** One or two plain sentences in the language of the message. */
  reply: string;
  /** What each command changed, one per command (`changeText(change, lang)` says it). */
  changes: Change[];
  /** The draft after the message (the same object as the input when nothing changed). */
  draft: Draft;
  /** Which planner produced the commands. */
  planner: 'rules' | 'llm';
  /** Why the language-model planner was not used, when it was configured but failed. */
  fallback?: string;
  lang: Lang;
}

/** An explanation, in both languages, of something understood but not possible. */
export interface Note {
  en: string;
  zh: string;
}

export interface LlmConfig {
  /** Base URL or full `/v1/chat/completions` URL of an OpenAI-compatible server. */
  url: string;
  model: string;
  apiKey?: string;
  /** Give up after this long (default 20 s) and fall back to the rules. */
  timeoutMs?: number;
}

export interface DirectorLogger {
  warn(message: string, details?: Record<string, unknown>): void;
}

export interface CreditsInfo {
  available: number;
  frozen?: number;
  total?: number;
}

export interface DirectOptions {
  /** The language-model planner; absent or null means rules only (the default). */
  llm?: LlmConfig | null;
  /** Where planner fallbacks are logged (default: stderr unless JOY_LOG_LEVEL is silent). */
  logger?: DirectorLogger;
  signal?: AbortSignal;
  /** Lets the credits route answer with numbers. */
  credits?: () => Promise<CreditsInfo> | CreditsInfo;
  /** Where the message came from; the CLI has no session history and no render queue. */
  surface?: 'chat' | 'cli';
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}
