/**
 * Announces changes to a session to every page watching it (`GET /api/studio/<sid>/events`), so two
 * tabs or two devices stay in step: a draft edited by hand or by chat, a chat turn started or ended,
 * media uploaded, an export started or finished. Pages reload the session state when told; the event
 * says what changed, not the new data. In-process: pages connected to another instance of the service
 * are told by their own instance only about changes made there.
 */
export type SessionChange = 'draft' | 'transcript' | 'media' | 'render';

export interface SessionEvent {
  type: 'changed';
  what: SessionChange;
  /** The session's draft version when known (pages that already show it need not reload the draft). */
  draft_version?: number;
}

type Listener = (event: SessionEvent) => void;

export class SessionEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(sessionId: string, listener: Listener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) {
      set = new Set();
      this.listeners.set(sessionId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  publish(sessionId: string, what: SessionChange, draftVersion?: number): void {
    const set = this.listeners.get(sessionId);
    if (!set) return;
    const event: SessionEvent = {
      type: 'changed',
      what,
      ...(draftVersion !== undefined ? { draft_version: draftVersion } : {}),
    };
    for (const listener of [...set]) listener(event);
  }

  /** Pages watching a session (for tests and health). */
  watchers(sessionId: string): number {
    return this.listeners.get(sessionId)?.size ?? 0;
  }
}
