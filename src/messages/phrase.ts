import { secondsFigure } from './format.js';
import { effectTitle, en as english, type MessageKey, t } from './index.js';
import type { Lang } from './types.js';

/**
 * A message kept as its key and parameters rather than as text, so it can be said later in whichever
 * language the reader uses: the change line an edit command returns, an error a command refuses with.
 * It is plain JSON, so the server sends it to the studio as it is and the studio says it with the same
 * catalogue.
 *
 *   sayPhrase('zh', { key: 'change.motion.all', vars: { name: { effect: 'motion', name: 'zoom-in' } } })
 *     → '所有照片的运动改为推近放大'
 */
export interface Phrase {
  key: MessageKey;
  vars?: Record<string, PhrasePart>;
}

/**
 * A parameter of a phrase: text said the same in every language (numbers, file names, what a person
 * typed), or something each language says its own way.
 */
export type PhrasePart =
  | string
  | number
  /** Another message (a role, an order, a nested detail). */
  | Phrase
  /** A length in milliseconds: `1.5s`, `1.5秒`. */
  | { ms: number }
  /** An effect's name from the catalogue: `{ effect: 'transition', name: 'crossfade' }`. */
  | { effect: string; name: string }
  /** A name that carries its own translation (Joy's music tracks and styles). */
  | { en: string; zh: string }
  /** Several parts, joined the way the language lists them. */
  | { list: PhrasePart[] };

/** How each language strings a list of change lines together. */
const LIST_SEPARATOR: Record<Lang, string> = { en: '; ', zh: '；' };

export function phrase(key: MessageKey, vars?: Record<string, PhrasePart>): Phrase {
  return vars ? { key, vars } : { key };
}

/** The phrase as text in `lang`. */
export function sayPhrase(lang: Lang, said: Phrase): string {
  const vars: Record<string, string | number> = {};
  for (const [name, part] of Object.entries(said.vars ?? {})) {
    vars[name] = typeof part === 'number' ? part : sayPart(lang, part);
  }
  return t(lang, said.key, vars);
}

function sayPart(lang: Lang, part: PhrasePart): string {
  if (typeof part === 'string' || typeof part === 'number') return String(part);
  if ('key' in part) return sayPhrase(lang, part);
  if ('ms' in part) return t(lang, 'unit.seconds', { s: secondsFigure(part.ms) });
  if ('effect' in part) return effectTitle(lang, part.effect, part.name);
  if ('list' in part) return part.list.map((item) => sayPart(lang, item)).join(LIST_SEPARATOR[lang]);
  return part[lang];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function readPart(value: unknown, depth: number): PhrasePart | undefined {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (!isObject(value) || depth > 6) return undefined;
  if ('key' in value) return readPhraseAt(value, depth + 1);
  if (typeof value.ms === 'number' && Number.isFinite(value.ms)) return { ms: value.ms };
  if (typeof value.effect === 'string' && typeof value.name === 'string')
    return { effect: value.effect, name: value.name };
  if (typeof value.en === 'string' && typeof value.zh === 'string') return { en: value.en, zh: value.zh };
  if (Array.isArray(value.list)) {
    const list = value.list.map((item) => readPart(item, depth + 1));
    return list.every((item) => item !== undefined) ? { list: list as PhrasePart[] } : undefined;
  }
  return undefined;
}

function readPhraseAt(value: unknown, depth: number): Phrase | undefined {
  if (!isObject(value) || typeof value.key !== 'string' || !Object.hasOwn(english, value.key))
    return undefined;
  if (value.vars === undefined) return { key: value.key as MessageKey };
  if (!isObject(value.vars)) return undefined;
  const vars: Record<string, PhrasePart> = {};
  for (const [name, part] of Object.entries(value.vars)) {
    const read = readPart(part, depth);
    if (read === undefined) return undefined;
    vars[name] = read;
  }
  return { key: value.key as MessageKey, vars };
}

/**
 * A phrase read from JSON someone sent (the studio reading the server's answers): undefined when the key
 * is not in this catalogue or a parameter has a shape no language can say, so the caller shows the
 * English text that travels beside it.
 */
export function readPhrase(value: unknown): Phrase | undefined {
  return readPhraseAt(value, 0);
}
