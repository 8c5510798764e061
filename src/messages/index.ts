/**
 * Every word a person reads, in English and Chinese: one catalogue for the director, the chat replies,
 * the CLI and the studio.
 *
 *   t('zh', 'upload.count', { n: 3 })        → '3 个文件'
 *   t('en', 'upload.count', { n: 1 })        → '1 file'      (plurals through Intl.PluralRules, count `n`)
 *   effectTitle('zh', 'transition', 'cut')   → '硬切'
 *
 * Adding text: put the key and its English in the `en` object of the area file (studio.ts, chat.ts,
 * director.ts, director-notes.ts, changes.ts, effects.ts, errors.ts, service.ts, ingest.ts, refusals.ts,
 * cli.ts, summary.ts, media.ts), and its Chinese in that file's `zh` object — a missing Chinese
 * entry is a type error, and a test fails when Chinese equals English or the `{parameters}` differ. A
 * message with a count is `{ one: '{n} file', other: '{n} files' }` (`'=0'` for an exact count).
 */
import * as changes from './changes.js';
import * as chat from './chat.js';
import * as cli from './cli.js';
import * as director from './director.js';
import * as directorNotes from './director-notes.js';
import * as effects from './effects.js';
import * as errors from './errors.js';
import { format } from './format.js';
import * as ingest from './ingest.js';
import * as media from './media.js';
import * as refusals from './refusals.js';
import * as service from './service.js';
import * as studio from './studio.js';
import * as summary from './summary.js';
import type { Lang, Template, Vars } from './types.js';

export { fill, format, placeholders, secondsFigure } from './format.js';
export { type Phrase, type PhrasePart, phrase, readPhrase, sayPhrase } from './phrase.js';
export type { Lang, Plural, Template, Texts, Vars } from './types.js';

/** The areas, for the tests that check each one is complete. */
export const AREAS = {
  studio,
  chat,
  director,
  directorNotes,
  changes,
  effects,
  errors,
  service,
  ingest,
  refusals,
  cli,
  summary,
  media,
} as const;

export const en = {
  ...studio.en,
  ...chat.en,
  ...director.en,
  ...directorNotes.en,
  ...changes.en,
  ...effects.en,
  ...errors.en,
  ...service.en,
  ...ingest.en,
  ...refusals.en,
  ...cli.en,
  ...summary.en,
  ...media.en,
};
export type MessageKey = keyof typeof en;
export const zh: Record<MessageKey, Template> = {
  ...studio.zh,
  ...chat.zh,
  ...director.zh,
  ...directorNotes.zh,
  ...changes.zh,
  ...effects.zh,
  ...errors.zh,
  ...service.zh,
  ...ingest.zh,
  ...refusals.zh,
  ...cli.zh,
  ...summary.zh,
  ...media.zh,
};

export const dictionaries: Record<Lang, Record<MessageKey, Template>> = { en, zh };

/** The text of `key` in `lang`, parameters filled. */
export function t(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  return format(lang, dictionaries[lang][key], vars);
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => t(lang, key, vars);
}

/** An effect's name for people (`kind` as in the catalogue); a name no catalogue knows is shown as it is. */
export function effectTitle(lang: Lang, kind: string, name: string): string {
  const key = `${kind}.${name}`;
  return key in effects.en ? t(lang, key as MessageKey) : name;
}

/** `zh`, `zh-CN`, `zh-Hant-TW` → Chinese; anything else → English. */
export function detectLang(languages: readonly string[] | string | undefined): Lang {
  const list = typeof languages === 'string' ? [languages] : (languages ?? []);
  for (const tag of list) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/**
 * The language a person wrote in: Chinese when the text has Chinese characters, else English (how the
 * service answers a chat message before the director has read it).
 */
export function langOfText(text: string): Lang {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? 'zh' : 'en';
}
