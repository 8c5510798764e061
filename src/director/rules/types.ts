import type { MessageKey } from '../../messages/index.js';
import { type PhrasePart, phrase, sayPhrase } from '../../messages/phrase.js';
import type { Draft, EditCommand, MediaRef } from '../../model/index.js';
import type { Clause } from '../clause.js';
import type { AnswerRoute, Lang, Note } from '../types.js';

/** What the previous instruction was about, so "lower it to 20%" after "add music" means the music. */
export const TOPICS = [
  'music',
  'text',
  'transition',
  'motion',
  'look',
  'order',
  'format',
  'timing',
  'fade',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface RuleContext {
  /** The draft as it will be when this clause runs (earlier clauses already applied). */
  draft: Draft;
  media: readonly MediaRef[];
  lang: Lang;
  topic: Topic | undefined;
}

/** What the families found in one clause. */
export interface RuleOutput {
  commands: EditCommand[];
  notes: Note[];
  routes: AnswerRoute[];
  /** The clause asks for a video to be made from the uploaded media. */
  create: boolean;
  /** Something was understood (even when it needs no command, e.g. "with transitions" on a new video). */
  understood: boolean;
  topic: Topic | undefined;
}

export type Family = (clause: Clause, ctx: RuleContext, out: RuleOutput) => void;

export function emptyOutput(): RuleOutput {
  return { commands: [], notes: [], routes: [], create: false, understood: false, topic: undefined };
}

/**
 * An explanation from the message catalogue (src/messages/director-notes.ts), said in both languages so
 * the reply can use the message's: `note('note.timing.range')`, `note('note.order.how', { n: 5 })`.
 */
export function note(key: MessageKey, vars?: Record<string, PhrasePart>): Note {
  const said = phrase(key, vars);
  return { en: sayPhrase('en', said), zh: sayPhrase('zh', said) };
}
