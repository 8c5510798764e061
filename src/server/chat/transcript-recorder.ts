import { readPhrase } from '../../messages/index.js';
import type { SessionEvents } from '../session-events.js';
import type { ChangeLine, Transcript } from '../transcript.js';

/** What the recorder reads of an ADK event (the shape `/run_sse` streams). */
interface TurnEvent {
  partial?: boolean;
  content?: { parts?: readonly unknown[] };
  errorCode?: string;
  errorMessage?: string;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/**
 * Keeps one chat turn in the session's transcript: the message and a pending reply are written when
 * the turn starts (so every tab lists them in that order), then the reply is completed from the
 * events the turn streams: finished text (partial progress such as "Rendering… 40%" is not kept), one
 * change line per edit, the error code when the turn stopped early. Each write is announced.
 */
export class TurnRecorder {
  private readonly replyId: string;
  private text: string[] = [];
  private readonly changes: ChangeLine[] = [];
  private error: string | undefined;

  constructor(
    private readonly transcript: Transcript,
    private readonly events: SessionEvents,
    private readonly sessionId: string,
    message: string,
  ) {
    transcript.add(sessionId, { role: 'user', text: message });
    this.replyId = transcript.add(sessionId, { role: 'assistant', pending: true }).id;
    events.publish(sessionId, 'transcript');
  }

  observe(event: TurnEvent): void {
    if (event.errorCode) this.error = event.errorCode;
    for (const part of event.content?.parts ?? []) {
      const value = obj(part);
      if (typeof value.text === 'string' && value.text.trim() && !event.partial)
        this.text.push(value.text.trim());
      const response = obj(obj(value.functionResponse).response);
      // "Already so": the line names what was asked, not a change, and is not kept as one.
      if (typeof response.change === 'string' && response.change && response.changed !== false) {
        const said = readPhrase({ key: response.change_key, vars: response.change_vars });
        this.changes.push({ text: response.change, ok: response.status !== 'error', ...said });
      }
    }
  }

  /** Completes the reply; `stopped` names why the turn ended early (the page closed, a timeout…). */
  finish(options: { historyVersion?: number | undefined; stopped?: string | undefined } = {}): void {
    // A turn that saved its edit, or answered (an export that goes on), before the page left did
    // something: no "nothing changed" note.
    const saved = this.changes.some((line) => line.ok) || this.text.length > 0;
    const error = this.error ?? (saved && options.stopped === 'disconnected' ? undefined : options.stopped);
    this.transcript.update(this.replyId, {
      text: this.text.join('\n\n'),
      changes: this.changes,
      error: error ?? null,
      pending: false,
      historyVersion: this.changes.some((line) => line.ok) ? (options.historyVersion ?? null) : null,
    });
    this.events.publish(this.sessionId, 'transcript');
  }
}
