import { type Lang, type Phrase, readPhrase, sayPhrase } from '../../../src/messages/index.js';
import type { TranscriptEntry } from './api-core.js';

/**
 * Turns the ADK events of one chat turn (`/run_sse`) into what the studio shows: the reply text as it
 * streams, and one readable line per applied edit (carried by each edit's functionResponse).
 */
export interface AdkPart {
  text?: string;
  thought?: boolean;
  functionCall?: { id?: string; name: string; args?: Record<string, unknown> };
  functionResponse?: { id?: string; name: string; response?: unknown };
}

export interface AdkEvent {
  id?: string;
  invocationId?: string;
  author?: string;
  timestamp?: number;
  partial?: boolean;
  turnComplete?: boolean;
  content?: { role?: string; parts?: AdkPart[] };
  actions?: { stateDelta?: Record<string, unknown> };
  errorCode?: string | number;
  errorMessage?: string;
  error_message?: string;
}

/**
 * A change line as the server sends it: the English `text`, and the catalogue phrase it was said from
 * (absent from other agents' responses and from lines kept before phrases existed).
 */
export interface ChangeText {
  text: string;
  phrase?: Phrase | undefined;
}

export interface EditLine extends ChangeText {
  id: string;
  tool: string;
  ok: boolean;
}

/** The line in `lang`: said from its phrase with the shared catalogue, else the text as the server wrote it. */
export function changeLineText(line: ChangeText, lang: Lang): string {
  return line.phrase ? sayPhrase(lang, line.phrase) : line.text;
}

export interface ChatMessage {
  id: string;
  /** `edit`: a change made by hand on the timeline, listed with the chat's. */
  role: 'user' | 'assistant' | 'edit';
  /** Text from finished model responses. */
  text: string;
  /** Text still streaming in (partial events since the last finished response). */
  streaming: string;
  edits: EditLine[];
  /** Tools called whose response has not arrived yet. */
  working: string[];
  pending: boolean;
  error?: string | undefined;
}

export function userMessage(id: string, text: string): ChatMessage {
  return { id, role: 'user', text, streaming: '', edits: [], working: [], pending: false };
}

export function assistantMessage(id: string): ChatMessage {
  return { id, role: 'assistant', text: '', streaming: '', edits: [], working: [], pending: true };
}

/** What a person reads: finished text plus what is streaming. */
export function visibleText(message: ChatMessage): string {
  if (!message.streaming) return message.text;
  return message.text ? `${message.text}\n\n${message.streaming}` : message.streaming;
}

const LINE_KEYS = ['change', 'line', 'summary', 'message', 'result', 'text'] as const;

/**
 * The readable line(s) an edit's functionResponse carries, e.g. `Aspect → 9:16`, with the phrase Joy's
 * server sends beside it (`change_key`, `change_vars`).
 */
export function editLines(response: unknown): (ChangeText & { ok: boolean })[] {
  if (typeof response === 'string') return response.trim() ? [{ text: response.trim(), ok: true }] : [];
  if (!response || typeof response !== 'object') return [];
  const value = response as Record<string, unknown>;
  const failed = value.ok === false || value.status === 'error' || value.success === false;
  if (typeof value.error === 'string' && value.error) return [{ text: value.error, ok: false }];
  if (value.error && typeof value.error === 'object') {
    const message = (value.error as Record<string, unknown>).message;
    if (typeof message === 'string') return [{ text: message, ok: false }];
  }
  // The draft was already so: the line names what was asked, and showing it would claim a change.
  if (value.changed === false) return [];
  if (Array.isArray(value.changes)) {
    const lines = value.changes.filter(
      (line): line is string => typeof line === 'string' && line.trim() !== '',
    );
    if (lines.length > 0) return lines.map((text) => ({ text, ok: !failed }));
  }
  for (const key of LINE_KEYS) {
    const line = value[key];
    if (typeof line !== 'string' || !line.trim()) continue;
    const phrase =
      key === 'change' ? readPhrase({ key: value.change_key, vars: value.change_vars }) : undefined;
    return [{ text: line.trim(), ok: !failed, ...(phrase ? { phrase } : {}) }];
  }
  return [];
}

/** Folds one event into the assistant message of the turn. Pure: returns a new message. */
export function applyAdkEvent(message: ChatMessage, event: AdkEvent): ChatMessage {
  const next: ChatMessage = { ...message, edits: [...message.edits], working: [...message.working] };
  const error = event.errorMessage ?? event.error_message;
  if (typeof error === 'string' && error) next.error = error;
  const parts = event.content?.parts ?? [];
  let text = '';
  for (const part of parts) {
    if (typeof part.text === 'string' && !part.thought) text += part.text;
    if (part.functionCall) next.working.push(part.functionCall.id ?? part.functionCall.name);
    if (part.functionResponse) {
      const { id, name, response } = part.functionResponse;
      const key = id ?? name;
      const at = next.working.indexOf(key);
      if (at >= 0) next.working.splice(at, 1);
      editLines(response).forEach((line, k) => {
        next.edits.push({ ...line, id: `${key}:${next.edits.length}:${k}`, tool: name });
      });
    }
  }
  if (event.partial) {
    next.streaming += text;
  } else if (text) {
    next.text = next.text ? `${next.text}\n\n${text}` : text;
    next.streaming = '';
  } else if (parts.length > 0 && next.streaming) {
    // A final event without text closes the streamed text as it stands.
    next.text = visibleText(next);
    next.streaming = '';
  }
  return next;
}

/** Marks the turn over: streamed text that never got its final event is kept. */
export function finishMessage(message: ChatMessage, error?: string): ChatMessage {
  const text = visibleText(message);
  return { ...message, text, streaming: '', working: [], pending: false, error: error ?? message.error };
}

/** The render id when an event reports an export started from the chat (`export_video`). */
export function exportStarted(event: AdkEvent): string | undefined {
  for (const part of event.content?.parts ?? []) {
    const response = part.functionResponse;
    if (response?.name !== 'export_video' || !response.response || typeof response.response !== 'object')
      continue;
    const id = (response.response as Record<string, unknown>).render_id;
    if (typeof id === 'string' && id) return id;
  }
  return undefined;
}

/** Parses one SSE `data:` payload; anything that is not an event object is ignored. */
export function parseAdkEvent(data: string): AdkEvent | undefined {
  try {
    const value = JSON.parse(data) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as AdkEvent) : undefined;
  } catch {
    return undefined;
  }
}

/** A transcript entry from the server as the chat log shows it. */
export function fromTranscript(entry: TranscriptEntry): ChatMessage {
  return {
    id: entry.id,
    role: entry.role,
    text: entry.text,
    streaming: '',
    edits: entry.changes.map((line, k) => ({ ...line, id: `${entry.id}:${k}`, tool: '' })),
    working: [],
    pending: entry.pending,
    error: entry.error,
  };
}

/**
 * The change lines of a studio edit's answer: `change_lines` (each with its phrase) from Joy's server,
 * else the plain `changes` strings.
 */
export function changeLines(answer: Record<string, unknown>): ChangeText[] {
  if (Array.isArray(answer.change_lines)) {
    const lines: ChangeText[] = [];
    for (const item of answer.change_lines) {
      if (!item || typeof item !== 'object') continue;
      const line = item as Record<string, unknown>;
      if (typeof line.text !== 'string' || !line.text) continue;
      const phrase = readPhrase({ key: line.key, vars: line.vars });
      lines.push({ text: line.text, ...(phrase ? { phrase } : {}) });
    }
    return lines;
  }
  if (!Array.isArray(answer.changes)) return [];
  return answer.changes
    .filter((c): c is string => typeof c === 'string' && c !== '')
    .map((text) => ({ text }));
}

/** A hand edit (timeline, settings, undo) shown in the chat log as its change lines. */
export function editMessage(id: string, changes: readonly ChangeText[]): ChatMessage {
  return {
    id,
    role: 'edit',
    text: '',
    streaming: '',
    edits: changes.map((line, k) => ({ ...line, id: `${id}:${k}`, tool: 'studio', ok: true })),
    working: [],
    pending: false,
  };
}
