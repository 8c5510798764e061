/**
 * The chat log of a project, kept in the browser (the API keeps drafts, not conversations) so a
 * reload shows what was said and changed. Finished messages only, the latest ones.
 */
import type { ChatMessage } from './chat.js';

export const CHAT_KEEP = 60;

export function chatKey(sessionId: string): string {
  return `joy.chat.${sessionId}`;
}

export function serializeChat(messages: readonly ChatMessage[]): string {
  const done = messages.filter((message) => !message.pending).slice(-CHAT_KEEP);
  return JSON.stringify(done.map(({ streaming: _s, working: _w, ...rest }) => rest));
}

export function parseChat(text: string | null): ChatMessage[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value)) return [];
    return value
      .filter((item): item is Record<string, unknown> => Boolean(item) && typeof item === 'object')
      .filter(
        (item) => typeof item.id === 'string' && ['user', 'assistant', 'edit'].includes(String(item.role)),
      )
      .map((item) => ({
        id: String(item.id),
        role: item.role as ChatMessage['role'],
        text: typeof item.text === 'string' ? item.text : '',
        streaming: '',
        edits: Array.isArray(item.edits) ? (item.edits as ChatMessage['edits']) : [],
        working: [],
        pending: false,
        error: typeof item.error === 'string' ? item.error : undefined,
      }));
  } catch {
    return [];
  }
}
