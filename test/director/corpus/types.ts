import type { Route } from '../../../src/director/types.js';
import type { DraftView } from '../../../src/model/index.js';
import type { DraftName } from '../fixtures.js';

/** What a message is mostly about, for per-family scores. */
export type Family =
  | 'length'
  | 'transition'
  | 'motion'
  | 'look'
  | 'text'
  | 'music'
  | 'style'
  | 'format'
  | 'order'
  | 'question'
  | 'negation'
  | 'history'
  | 'multi'
  | 'create'
  | 'reference';

/**
 * One corpus message: the draft it is sent to (as `joy edit` sees it: the draft's own media, no other
 * uploads), earlier turns of the same conversation, and the state the draft must reach — properties of
 * `draftView()` (what `joy inspect --json` prints), the route, or that nothing changed.
 */
export interface CorpusCase {
  m: string;
  f: Family;
  on?: DraftName;
  /** The uploads hold the two songs (lo-fi.mp3, Summer Vibes.mp3) beside the photos. */
  songs?: boolean;
  /** Messages sent before this one, in the same conversation (their results are not checked). */
  before?: string[];
  v?: Partial<Record<keyof DraftView, unknown>>;
  route?: Route;
  /** The draft must come back unchanged. */
  same?: boolean;
  /** The reply must match. */
  reply?: RegExp;
}

export const each = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
