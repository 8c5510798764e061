import { type Draft, type MediaRef, PALETTE } from '../model/index.js';
import type { Clause } from './clause.js';
import { addVocabulary } from './fuzzy.js';
import { SUBJECTS } from './subjects.js';
import { matchesOf } from './text.js';

/** Durations, percentages, photo positions and colours, as people write them. */

const DURATION_COMPOUND =
  /(\d+)\s*(?:minutes?|mins?|min|分钟|分)\s*(?:and\s*)?(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s|秒钟?)(?![a-z])/;
const DURATION =
  /(\d+(?:\.\d+)?)\s*-?\s*(milliseconds?|millis|ms|毫秒|seconds?|secs?|sec|s|minutes?|mins?|min|秒钟|秒|分钟)(?![a-z])/;

export interface Span {
  start: number;
  end: number;
}

export interface DurationMatch extends Span {
  ms: number;
}

function unitMs(unit: string): number {
  if (/^(ms|millis|milliseconds?|毫秒)$/.test(unit)) return 1;
  if (/^(minutes?|mins?|min|分钟)$/.test(unit)) return 60_000;
  return 1000;
}

/** Takes the first duration ("15 seconds", "1.5s", "800 ms", "1 min 30 s", "20秒", "1分钟"). */
export function takeDuration(clause: Clause, where?: RegExp): DurationMatch | undefined {
  for (const re of [DURATION_COMPOUND, DURATION]) {
    re.lastIndex = 0;
    const match = re.exec(clause.text);
    if (!match) continue;
    if (where && !where.test(clause.text)) return undefined;
    clause.blank(match.index, match.index + match[0].length);
    const ms =
      re === DURATION_COMPOUND
        ? Number(match[1]) * 60_000 + Number(match[2]) * 1000
        : Number(match[1]) * unitMs(match[2]!);
    return { ms: Math.round(ms), start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** The first duration inside words a rule already took whole ("fade out 2 second at the end"), in ms. */
export function durationIn(text: string): number | undefined {
  const match = DURATION.exec(text);
  return match ? Math.round(Number(match[1]) * unitMs(match[2]!)) : undefined;
}

export function hasDuration(text: string): boolean {
  return DURATION.test(text);
}

const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent|pct)/;

/** Takes a percentage ("35%", "20 percent", "百分之二十" after normalising) as a fraction. */
export function takePercent(clause: Clause): number | undefined {
  const match = clause.take(PERCENT);
  return match ? Number(match[1]) / 100 : undefined;
}

export function hasPercent(text: string): boolean {
  return PERCENT.test(text);
}

export function mediaName(media: MediaRef): string {
  return media.name ?? media.uri.split(/[\\/]/).pop() ?? media.uri;
}

/** A file name reduced for comparison: lowercase letters and digits of the stem. */
export function stemKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.[a-z0-9]{2,5}$/, '')
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '');
}

export const FILE_NAME =
  /[^\s,;:'"“”()（），。、]+\.(?:jpe?g|png|webp|heic|heif|gif|tiff?|bmp|avif|mp4|mov|m4v|avi|webm|mkv|mp3|wav|m4a|aac|flac|ogg|opus)\b/g;
const AUDIO_EXT = /\.(?:mp3|wav|m4a|aac|flac|ogg|opus)$/i;

export function isAudioName(name: string): boolean {
  return AUDIO_EXT.test(name);
}

/**
 * Full file names (with their extension) of the given media that appear in the text, longest first —
 * this finds names with spaces ("Summer Vibes.mp3") or right after Chinese words ("删掉beach.jpg").
 */
export function namesIn(
  text: string,
  list: readonly MediaRef[],
): { media: MediaRef; start: number; end: number }[] {
  const found: { media: MediaRef; start: number; end: number }[] = [];
  const sorted = [...list].sort((a, b) => mediaName(b).length - mediaName(a).length);
  let rest = text;
  for (const media of sorted) {
    const name = mediaName(media).toLowerCase();
    if (name.length < 5 || !/\.[a-z0-9]{2,5}$/.test(name)) continue;
    const at = rest.indexOf(name);
    if (at < 0) continue;
    found.push({ media, start: at, end: at + name.length });
    rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The media whose name (or file stem) the text names, if exactly one does. */
export function matchMedia(list: readonly MediaRef[], text: string): MediaRef | undefined {
  const lower = text.trim().toLowerCase();
  const exact = list.filter(
    (media) => mediaName(media).toLowerCase() === lower || media.uri.toLowerCase() === lower,
  );
  if (exact.length > 0) return exact[0];
  const key = stemKey(lower);
  if (key.length < 2) return undefined;
  const byStem = list.filter((media) => stemKey(mediaName(media)) === key);
  if (byStem.length > 0) return byStem.length === 1 ? byStem[0] : undefined;
  // "the party photo" for party night.jpg: the first word of a name of several words, when only one has it.
  if (!/^[a-z]{4,}$/.test(lower)) return undefined;
  const byFirstWord = list.filter((media) => {
    if (media.kind === 'audio') return false;
    const words = mediaName(media)
      .toLowerCase()
      .split(/[\s_-]+/);
    return words.length > 1 && words[0] === lower;
  });
  return byFirstWord.length === 1 ? byFirstWord[0] : undefined;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
export const ORDINAL_WORD = `(?:${Object.keys(ORDINALS).join('|')}|\\d{1,4}(?:st|nd|rd|th))`;
export const PHOTO_NOUN = '(?:photo|picture|image|pic|shot|slide|clip|segment|item|frame|one)s?';
const ZH_NOUN = '(?:照片|图片|相片|图|视频|片段)?';
const ZH_CLASSIFIER = '(?:张|个|幅|段|位)?';

export interface PositionMatch extends Span {
  index: number;
}

/** "first" for 1 … "twelfth" for 12, then "13th", "21st", "22nd". */
export function ordinalWord(n: number): string {
  const word = Object.keys(ORDINALS).find((key) => ORDINALS[key] === n);
  if (word) return word;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Photos by number (1-based) said in Chinese, one list: "第1张和第3张". */
export const zhPhotoList = (numbers: readonly number[]): string => numbers.map((n) => `第${n}张`).join('和');

export function ordinalValue(word: string): number {
  return ORDINALS[word] ?? Number.parseInt(word, 10);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_WORD = '\\d{1,2}';
/**
 * A photo named by the day it was taken: "the pic from july 1st", "the one taken on 3rd July", "the july 2
 * photo", "7月1日那张". Only a date framed as a photo ("the pic from …", "… one", "那张") names one — a bare
 * date may be a title's words — and then a day no photo was taken on names none (never "1st" as photo 1).
 */
const TAKEN_ON = new RegExp(
  [
    `(?<lead>\\b(?:the\\s+)?(?:${PHOTO_NOUN})\\s+(?:(?:that|which)\\s+)?(?:(?:was|were|i|we)\\s+)?(?:(?:taken|shot|took|snapped|from|of)\\s+)?(?:on\\s+|from\\s+)?(?:the\\s+)?)?`,
    `(?:\\b(?<m1>${MONTH_WORD})\\.?\\s+(?:the\\s+)?(?<d1>${DAY_WORD})(?:st|nd|rd|th)?\\b|\\b(?<d2>${DAY_WORD})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_WORD})\\b|(?<zm>\\d{1,2})月(?<zd>\\d{1,2})(?:日|号))`,
    `(?:,?\\s*\\d{4})?(?<tail>\\s+(?:${PHOTO_NOUN})\\b|\\s*(?:拍)?的?(?:那|这)?(?:一)?(?:张|幅)(?:照片|图片|相片|图)?|\\s*(?:拍)?的(?:照片|图片|相片))?`,
  ].join(''),
  'g',
);

/** The photos taken on a month and day (the date as the camera wrote it). */
function takenOn(draft: Draft, month: number, day: number): number[] {
  const found: number[] = [];
  draft.video.forEach((segment, index) => {
    const date = /^\d{4}-(\d{2})-(\d{2})/.exec(segment.media.takenAt ?? '');
    if (date && Number(date[1]) === month && Number(date[2]) === day) found.push(index);
  });
  return found;
}

/**
 * A photo named by the day of the trip it was taken on: "the photo from the first day", "the last day's
 * pic", "day 2 photo", "第一天拍的那张", "最后一天的照片", "第二天的" — the nth of the dates the photos were taken
 * on — or by the day of the month alone ("the photo from the 2nd"). Only a day framed as a photo names one.
 */
const DAY_OF_TRIP = new RegExp(
  [
    `(?<lead>\\b(?:the\\s+)?(?:${PHOTO_NOUN})\\s+(?:(?:that|which)\\s+)?(?:(?:was|were|i|we)\\s+)?(?:(?:taken|shot|took|snapped)\\s+)?(?:on|from)\\s+)?`,
    `(?:\\b(?:the\\s+)?(?:(?:very\\s+)?(?<nth>${ORDINAL_WORD}|last|final)\\s+day|day\\s+(?<num>one|two|three|four|five|six|seven|\\d{1,2}))(?:\\s+of\\s+(?:the|our|my)\\s+(?:trip|holiday|vacation|journey|tour))?(?<own>'s)?`,
    `(?<tail>\\s+(?:${PHOTO_NOUN})\\b)?`,
    `|(?<=\\b(?:photo|picture|image|pic|shot|one)s?\\s+(?:(?:taken|shot)\\s+)?(?:on|from)\\s+)the\\s+(?<date>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:${PHOTO_NOUN}|position|place|spot|slot|day)\\b)`,
    `|(?:第(?<zh>\\d+)|(?<zhLast>最后(?:一|1)))天(?:拍(?:摄)?)?(?:的)?(?<zhTail>(?:那|这)?(?:一)?(?:张|幅)(?:照片|图片|相片|图)?|(?<=的)(?:照片|图片|相片|(?=\\s*(?:$|[，,。.！!？?、和跟与放移挪换删去改调都也要用加变排])))))`,
  ].join(''),
  'g',
);
const DAY_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The photos taken on the nth day (1-based; 0 is the last) of the dates the photos were taken on. */
function takenOnDayOfTrip(draft: Draft, nth: number): number[] {
  const dayOf = (index: number) => /^\d{4}-\d{2}-\d{2}/.exec(draft.video[index]!.media.takenAt ?? '')?.[0];
  const days = [
    ...new Set(draft.video.map((_, index) => dayOf(index)).filter((day) => day !== undefined)),
  ].sort();
  const day = nth === 0 ? days.at(-1) : days[nth - 1];
  return day ? draft.video.flatMap((_, index) => (dayOf(index) === day ? [index] : [])) : [];
}

/** takePositions' patterns with the g flag, by source: compiled once, not on every clause read. */
const GLOBAL_COPIES = new Map<string, RegExp>();
/** Photo names make patterns of their own: a bound keeps a long session's from piling up. */
const MAX_GLOBAL_COPIES = 500;

/** `new RegExp(re.source, 'g')`, shared: `matchesOf` leaves its lastIndex at 0, so no caller sees another's. */
function globalCopy(re: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(re.source);
  if (!copy) {
    if (GLOBAL_COPIES.size >= MAX_GLOBAL_COPIES) GLOBAL_COPIES.clear();
    copy = new RegExp(re.source, 'g');
    GLOBAL_COPIES.set(re.source, copy);
  }
  return copy;
}

/**
 * Takes every reference to a photo in the clause: "the second photo", "photo 3", "#2", "the last one",
 * "second to last", "beach.jpg", "the beach photo", "第二张", "最后一张", "倒数第二张". `loose` also accepts
 * bare ordinals and numbers ("swap 1 and 3", "swap the first and the last").
 */
export function takePositions(clause: Clause, draft: Draft, loose = false): PositionMatch[] {
  const count = draft.video.length;
  const found: PositionMatch[] = [];
  const add = (re: RegExp, index: (m: RegExpExecArray) => number | undefined, keepUnknown = false) => {
    for (const match of [...matchesOf(clause.text, globalCopy(re))]) {
      const value = index(match);
      if (value === undefined && keepUnknown) continue;
      clause.blank(match.index, match.index + match[0].length);
      if (value !== undefined)
        found.push({ index: value, start: match.index, end: match.index + match[0].length });
    }
  };
  const last = Math.max(0, count - 1);
  for (const match of /\d/.test(clause.text) ? [...matchesOf(clause.text, TAKEN_ON)] : []) {
    const said = match.groups ?? {};
    const monthWord = said.m1 ?? said.m2;
    const month = monthWord ? MONTHS[monthWord.slice(0, 3)]! : Number(said.zm);
    const day = Number(said.d1 ?? said.d2 ?? said.zd);
    if (!said.lead && !said.tail) continue;
    const photos = takenOn(draft, month, day);
    clause.blank(match.index, match.index + match[0].length);
    for (const index of photos) found.push({ index, start: match.index, end: match.index + match[0].length });
  }
  for (const match of [...matchesOf(clause.text, DAY_OF_TRIP)]) {
    const said = match.groups ?? {};
    // "the first day" alone may be a caption's words; said as a photo ("…'s", a photo noun, 拍/的) it is one.
    if (said.nth !== undefined || said.num !== undefined)
      if (!said.lead && !said.tail && !(said.own && loose)) continue;
    let photos: number[];
    if (said.date !== undefined) {
      const day = Number(said.date);
      photos = draft.video.flatMap((segment, index) =>
        Number(/^\d{4}-\d{2}-(\d{2})/.exec(segment.media.takenAt ?? '')?.[1]) === day ? [index] : [],
      );
    } else {
      const word = said.nth ?? said.num;
      const nth =
        said.zhLast !== undefined || (word !== undefined && /^(?:last|final)$/.test(word))
          ? 0
          : said.zh !== undefined
            ? Number(said.zh)
            : (DAY_WORDS[word!] ?? ordinalValue(word!));
      photos = nth >= 0 ? takenOnDayOfTrip(draft, nth) : [];
    }
    clause.blank(match.index, match.index + match[0].length);
    for (const index of photos) found.push({ index, start: match.index, end: match.index + match[0].length });
  }
  // "photos 1 and 3", "pictures 2, 3 and 4", "the first and second photos": several at once.
  const lists: [RegExp, (word: string) => number][] = [
    [
      /\b(?:photos?|pictures?|images?|pics?|shots?|slides?|clips?)\s+(?:number\s+|#)?(\d{1,4}(?:\s*(?:,|and|&|\+)\s*(?:#)?\d{1,4})+)\b(?!\s*(?:s\b|sec|seconds?|%))/g,
      (word) => Number(word) - 1,
    ],
    [
      new RegExp(
        `\\b(?:the\\s+)?(${ORDINAL_WORD}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?(?:${ORDINAL_WORD}|last|final))+)\\s+(?:photo|picture|image|pic|shot|slide|one|clip)s?\\b`,
        'g',
      ),
      (word) => (/^(?:last|final)$/.test(word) ? count - 1 : ordinalValue(word) - 1),
    ],
  ];
  // "photos 1 to 3", "from the second to the fourth photo", "第一张到第三张": every photo in the range.
  const range = new RegExp(
    `\\b(?:from\\s+)?(?:the\\s+)?(?:(?:photos?|pictures?|pics?|images?|slides?)\\s+)?(\\d{1,3}|${ORDINAL_WORD})(?:\\s+(?:photo|picture|pic|image|slide|one))?\\s*(?:to|through|thru|-|–)\\s*(?:the\\s+)?(\\d{1,3}|${ORDINAL_WORD}|last)(?:\\s+(?:photos?|pictures?|pics?|images?|slides?|ones?))?\\b(?!\\s*(?:s\\b|sec|seconds?|%|:))|第(\\d+)张?(?:照片|图片)?\\s*(?:到|至|-|–)\\s*第?(\\d+)张`,
    'g',
  );
  for (const match of [...matchesOf(clause.text, range)]) {
    const said = (word: string) =>
      word === 'last' ? count : /^\d+$/.test(word) ? Number(word) : ordinalValue(word);
    const from = said(match[1] ?? match[3]!);
    const to = said(match[2] ?? match[4]!);
    // Only photos: "from 2 to 5" with no photo word is more likely seconds, so it needs a photo noun or 第…张.
    if (!/photo|picture|pic|image|slide|one|张/.test(match[0]) || !(from >= 1 && to > from && to <= count))
      continue;
    // "the second to last photo", "third to the last one": counted from the end. A range says "from", a
    // plural or "through".
    if (
      match[2] === 'last' &&
      /\bto\b/.test(match[0]) &&
      !/\bfrom\b|s\b\s*$|\b(?:photos|pictures|pics|images|slides|ones)\b/.test(match[0])
    )
      continue;
    clause.blank(match.index, match.index + match[0].length);
    for (let k = from; k <= to; k++)
      found.push({ index: k - 1, start: match.index, end: match.index + match[0].length });
  }
  // "the first two photos", "the last 3 pictures", "前两张", "最后两张", "倒数两张".
  // Learner English drops the plural ("only keep first three photo"): the count says it is several.
  // Mixed in one message ("last 两张", "first 3 张", "最后 2 张") the classifier stands for the noun.
  const runs =
    /\b(?:the\s+)?(first|last|final)\s+(\d)(?:\s+(?:photo|picture|image|pic|shot|slide|one|clip)s?\b|\s*张(?:照片|图片|相片|图)?|(?=\s*(?:[,.;!?]|$|\b(?:and|then|please|pls|too|also)\b)))|(前|后|最后|倒数)\s*(\d)\s*张(?:照片|图片|相片|图)?/g;
  for (const match of [...matchesOf(clause.text, runs)]) {
    const n = Math.min(count, Number(match[2] ?? match[4]));
    const fromEnd = /last|final|后|倒数/.test(match[1] ?? match[3] ?? '');
    clause.blank(match.index, match.index + match[0].length);
    for (let k = 0; k < n; k++)
      found.push({
        index: fromEnd ? count - n + k : k,
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  for (const [re, value] of lists) {
    for (const match of [...matchesOf(clause.text, re)]) {
      clause.blank(match.index, match.index + match[0].length);
      for (const word of match[1]!.split(/\s*(?:,|and|&|\+)\s*(?:the\s+|#)?/))
        if (word.trim())
          found.push({ index: value(word.trim()), start: match.index, end: match.index + match[0].length });
    }
  }
  add(new RegExp(`倒数第(\\d+)${ZH_CLASSIFIER}${ZH_NOUN}`), (m) => Math.max(0, count - Number(m[1])));
  // "第一天" is day one, "第二次" the second time: not photos.
  add(
    new RegExp(
      `第(\\d+)(?!\\s*(?:天|次|步|名|集|期|季|年|个月|月|周|日|号|遍|章|节|部))${ZH_CLASSIFIER}(?!\\s*(?:秒|分钟|s\\b))${ZH_NOUN}`,
    ),
    (m) => Number(m[1]) - 1,
  );
  add(
    /最后(?:的)?(?:那|这)?(?:一|1)?(?:张|个|幅|段)(?:照片|图片|相片|图)?|最后面的?(?:那张)?(?:照片|图片|相片)|末尾的?(?:照片|图片)|尾张|末张/,
    () => last,
  );
  add(
    /最前面的?(?:那张)?(?:照片|图片|相片)|开头的?(?:那张)?(?:照片|图片)|(?:开头|最前面|最开始)(?:的)?(?:那|这)(?:一)?张(?:照片|图片|相片|图)?|首张/,
    () => 0,
  );
  // "the intro photo", "the opening shot", "the middle photo", "the closing picture", "中间那张".
  add(new RegExp(`\\b(?:the\\s+)?(?:intro|opening|starting)\\s+${PHOTO_NOUN}\\b`), () => 0);
  add(new RegExp(`\\b(?:the\\s+)?(?:closing|outro|ending)\\s+${PHOTO_NOUN}\\b`), () => last);
  add(
    new RegExp(
      `\\b(?:the\\s+)?(?:middle|center|centre)\\s+${PHOTO_NOUN}\\b|中间(?:的)?(?:那|这)?(?:一)?张(?:照片|图片|相片|图)?`,
    ),
    () => Math.floor((count - 1) / 2),
  );
  const noun = loose ? `(?:\\s+${PHOTO_NOUN})?` : `\\s+${PHOTO_NOUN}`;
  add(
    new RegExp(
      `(?:the\\s+)?(?:(${ORDINAL_WORD})[\\s-]+(?:to|from)[\\s-]+(?:the\\s+)?last|penultimate|next[\\s-]to[\\s-]last|last[\\s-]but[\\s-]one)${noun}`,
    ),
    (m) => Math.max(0, count - (m[1] ? ordinalValue(m[1]) : 2)),
  );
  add(new RegExp(`(?<!\\d\\s*)(?:the\\s+)?(?:very\\s+)?(last|final)${noun}\\b`), () => last);
  add(new RegExp(`(?<!\\d\\s*)(?:the\\s+)?(${ORDINAL_WORD})${noun}\\b`), (m) => ordinalValue(m[1]!) - 1);
  // "the second pans left", "third zoom out", "the last stays still": an ordinal that opens a clause and
  // is followed by what the photo does is a photo, noun or not.
  add(
    new RegExp(
      `(?:^\\s*|\\band\\s+)(?:the\\s+)?(${ORDINAL_WORD}|last|final)(?=\\s*$|\\s+(?:zooms?|zoomed|pans?|panned|tilts?|drifts?|pushe?s?|pulls?|stays?|remains?|keeps?|holds?|moves?|goes|go|should|is|be|still|static|\\d))`,
    ),
    (m) => (/^(?:last|final)$/.test(m[1]!) ? last : ordinalValue(m[1]!) - 1),
  );
  // "'Day 2' on the second", "to the last": a place on the timeline is a photo, noun or not.
  add(
    new RegExp(
      `(?<=\\b(?:on|onto|over|under|for|to)\\s+)the\\s+(${ORDINAL_WORD}|last|final)\\b(?!\\s*(?:[a-z]|\\d))`,
    ),
    (m) => (/^(?:last|final)$/.test(m[1]!) ? last : ordinalValue(m[1]!) - 1),
  );
  add(
    /(?:photo|picture|image|pic|shot|slide|clip|segment|item|number|no\.|#)s?\s*(?:number\s*|no\.?\s*|#\s*)?(\d{1,4})\b(?!\s*(?:s\b|sec|seconds?|%|fps|p\b|:\s*\d))/,
    (m) => Number(m[1]) - 1,
  );
  // File names and quoted file names.
  for (const hit of namesIn(
    clause.text,
    draft.video.map((segment) => segment.media),
  )) {
    const index = draft.video.findIndex((segment) => segment.media === hit.media);
    clause.blank(hit.start, hit.end);
    found.push({ index, start: hit.start, end: hit.end });
  }
  add(FILE_NAME, (m) => segmentByName(draft, m[0]), true);
  // "the party night one", "party night那张": a name of several words, said without its extension.
  draft.video.forEach((segment, index) => {
    const words = mediaName(segment.media)
      .toLowerCase()
      .replace(/\.[a-z0-9]{2,5}$/, '')
      .split(/[\s_-]+/)
      .filter(Boolean);
    if (words.length < 2 || words.some((word) => !/^[a-z0-9]+$/.test(word))) return;
    const name = new RegExp(
      `(?:the\\s+)?\\b${words.join('[\\s_-]*')}\\b(?:\\s+${PHOTO_NOUN}\\b|\\s*(?:的)?(?:那|这)?(?:一)?(?:张|幅)(?:照片|图片|相片|图)?)?`,
    );
    add(name, () => index);
  });
  for (const quote of clause.quoteSpans()) {
    const index = segmentByName(draft, quote.text);
    if (index !== undefined && /\.[a-z0-9]{2,5}$/i.test(quote.text)) {
      clause.blank(quote.start, quote.start + 1);
      found.push({ index, start: quote.start, end: quote.start + 1 });
    }
  }
  // "between the city and forest photos", "城市和森林之间": the first of two stems sharing one noun.
  add(
    /\b([a-z0-9][a-z0-9_-]{2,})(?=\s+(?:and|&)\s+(?:the\s+)?[a-z0-9][a-z0-9_-]{2,}\s+(?:photos|pictures|pics|shots|images|ones)\b)/,
    (m) => segmentBySubject(draft, m[1]!),
    true,
  );
  add(
    new RegExp(
      `(${ZH_SUBJECT})(?=(?:的)?(?:照片|图片)?\\s*(?:和|与|跟|到)\\s*(?:${ZH_SUBJECT})(?:的)?(?:照片|图片)?\\s*(?:之间|中间))|(?<=(?:和|与|跟|到)\\s*)(${ZH_SUBJECT})(?=(?:的)?(?:照片|图片)?\\s*(?:之间|中间))`,
    ),
    (m) => {
      return segmentBySubject(draft, m[1] ?? m[2]!);
    },
    true,
  );
  // "the beach photo": a word that is exactly one photo's file stem.
  add(
    new RegExp(`(?:the\\s+)?\\b([a-z0-9][a-z0-9_-]{2,})\\s+${PHOTO_NOUN}\\b`),
    (m) => segmentBySubject(draft, m[1]!),
    true,
  );
  // "the Bali sunset should drift slowly", "make the forest zoom out": a file stem said as what the clause is
  // about, after a determiner (past a place word or two) and before what it should do or be.
  add(
    /\b(?:the|that|this|my|our)\s+(?:[a-z]+\s+){0,2}?([a-z0-9][a-z0-9_-]{2,})(?=\s+(?:should|must|could|can|will|needs?|has\s+to|is|gets?|zooms?|pans?|drifts?|stays?|goes|go|comes?|moves?|slides?|tilts?|fades?|lasts?)\b)/,
    (m) => segmentBySubject(draft, m[1]!),
    true,
  );
  // "slow zoom on the rocket only", "a title for the coffee": a bare file stem after on/for names that photo.
  add(
    /\b(?:on|for|onto)\s+(?:the\s+|that\s+|my\s+)?([a-z0-9][a-z0-9_-]{2,})\b(?!\s+(?:and|&|or)\b)(?:\s+(?:only|alone))?/,
    (m) => segmentBySubject(draft, m[1]!),
    true,
  );
  // "only the rocket", "just the coffee", "the rocket alone": "only" names that one photo.
  add(
    /\b(?:only|just)\s+(?:the\s+)?([a-z0-9][a-z0-9_-]{2,})\b(?!\s+(?:and|&|or)\b)|\b(?:the\s+)?([a-z0-9][a-z0-9_-]{2,})\s+(?:only|alone)\b/,
    (m) => segmentBySubject(draft, (m[1] ?? m[2])!),
    true,
  );
  // "the one from the beach", "the picture with the forest": a file stem after the photo word.
  add(
    /(?:the\s+)?\b(?:one|photo|picture|pic|shot|image)\s+(?:from|of|with|at|in|showing)\s+(?:the\s+)?([a-z0-9][a-z0-9_-]{2,})\b/,
    (m) => segmentBySubject(draft, m[1]!),
    true,
  );
  // "the oldest photo", "最新的那张": one photo by the date it was taken.
  add(
    /\b(?:the\s+)?(oldest|earliest|newest|latest|most\s+recent)\s+(?:one|photo|picture|pic|shot|image|foto)\b(?!s)|(最早|最旧|最老|最新|最近)(?:拍)?的(?:那|这)?(?:一)?(?:张|幅)(?:照片|图片|相片)?/,
    (m) => byDate(draft, /oldest|earliest|最早|最旧|最老/.test(m[1] ?? m[2]!) ? 'oldest' : 'newest'),
    true,
  );
  // "the vertical photo", "the square one", "竖的那张": one photo by its shape, when only one has it.
  add(SHAPE_REFERENCE, (m) => byShape(draft, m[1] ?? m[2] ?? m[3]!), true);
  // "森林那张", "海边的照片": a photo named by what it shows, when one photo's file name says it in English.
  add(
    new RegExp(
      `(${ZH_SUBJECT})(?:的)?(?:那|这)?(?:一|1)?(?:张|幅|个)(?:照片|图片|相片|图)?|(${ZH_SUBJECT})的?(?:照片|图片|相片)`,
    ),
    (m) => {
      return segmentBySubject(draft, m[1] ?? m[2]!);
    },
    true,
  );
  if (loose) {
    // "put the forest first", "beach last": a bare word that is exactly one photo's file stem.
    add(/\b([a-z][a-z0-9_-]{2,})\b/, (m) => segmentByName(draft, m[1]!), true);
    add(
      /(?<![\d.:])\b(\d{1,4})\b(?![\d.:]|\s*(?:s\b|sec|seconds?|%|fps|p\b|x\b|×))/,
      (m) => Number(m[1]) - 1,
    );
    add(/第(\d+)(?!\s*(?:天|次|步|名|集|期|季|年|个月|月|周|日|号|遍|章|节|部))/, (m) => Number(m[1]) - 1);
    // "在海滩后面": what a photo shows, said bare.
    add(
      new RegExp(`(${Object.keys(SUBJECTS_ZH).join('|')})`),
      (m) => {
        for (const word of SUBJECTS_ZH[m[1]!] ?? []) {
          const index = segmentByName(draft, word);
          if (index !== undefined) return index;
        }
        return undefined;
      },
      true,
    );
  }
  return found.filter((p) => p.index >= 0).sort((a, b) => a.start - b.start);
}

/** Bare words that are exactly a photo's file stem ("make beach 4s"), as positions, taken. */
export function takeStems(clause: Clause, draft: Draft): PositionMatch[] {
  const found: PositionMatch[] = [];
  for (const match of [...matchesOf(clause.text, /\b[a-z][a-z0-9_-]{2,}\b/g)]) {
    const index = segmentByName(draft, match[0]);
    if (index === undefined) continue;
    clause.blank(match.index, match.index + match[0].length);
    found.push({ index, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The video's ends said as parts of it: "the intro", "the opening", "the ending", "outro", "片头", "开头",
 * "结尾" — the first or the last photo (a title or an end card is words over that photo, not a card of
 * its own). A place ("at the end", "from the start") is where something goes, never a part to change;
 * a text or music noun after the word ("intro music", "片尾字幕") names that instead.
 */
const ENDS = new RegExp(
  [
    `(?<!\\b(?:at|in|from|to|towards?|near|till|until|by|before|after|since|of|with)\\s+(?:the\\s+)?(?:very\\s+)?)`,
    `(?:\\b(?:the\\s+|my\\s+|our\\s+|your\\s+)?(intro|outro|opening|closing|ending|finale)|\\bthe\\s+(?:very\\s+)?(beginning|start|end|final\\s+part)|\\b(?:the\\s+)?(start|end|last|first)(?=\\s+(?:part|section|bit|scene|segment)))`,
    `(?:\\s+(?:part|section|bit|scene|segment|${PHOTO_NOUN}))?\\b`,
    `(?!\\s+(?:text|title|card|caption|credits?|screen|music|song|track|audio|transition|fade|with|on)s?\\b)`,
    `|(片头|开头|开场|结尾|片尾|收尾|尾声)(?:的)?(?:那|这)?(?:一)?(?:张|个|幅|段|部分)?(?:照片|图片|相片|镜头|画面)?`,
    `(?!\\s*(?:的)?(?:文字|字幕|标题|卡片|音乐|歌|配乐|转场|淡|加|写|用|是|放(?!久|长|一会|一下)|以|不要|别))`,
    '|(最后|最开始|一开始)(?:的)?(?:那|这)?(?:一)?个?(?:镜头|画面)',
  ].join(''),
);

/** The first or last photo named as the video's intro or outro ("give the intro a second more"), taken. */
export function takeEnds(clause: Clause, draft: Draft): PositionMatch[] {
  if (draft.video.length === 0) return [];
  const match = clause.take(ENDS);
  if (!match) return [];
  const word = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]!;
  const first = /^(?:intro|opening|beginning|start|first|片头|开头|开场|最开始|一开始)$/.test(word);
  return [
    { index: first ? 0 : draft.video.length - 1, start: match.index, end: match.index + match[0].length },
  ];
}

/**
 * A photo named by its shape: "the vertical photo", "that portrait one", "the square pic", "the wide shot",
 * "竖的那张", "横拍的照片", "方形那张" — a reference to the one photo of that shape, never a format to set.
 */
export const SHAPE_REFERENCE =
  /\b(?:the|that|this)\s+(?:only\s+|one\s+)?(vertical|portrait|upright|tall|horizontal|landscape|wide|widescreen|panoramic|panorama|square)\s+(?:one|photo|picture|pic|shot|image|foto)\b(?!s)|(竖|横|方)(?:拍|版|屏|形|着)?(?:的)?(?:那|这)(?:一)?(?:张|幅)(?:照片|图片|相片|图)?|(?<![做改换变成弄调用要])(竖|横|方)(?:拍|版|形)的(?:照片|图片|相片)/;

type Shape = 'portrait' | 'landscape' | 'square';

function shapeOf(media: MediaRef): Shape | undefined {
  const { width, height } = media;
  if (!width || !height) return undefined;
  if (Math.abs(width - height) <= 0.05 * Math.max(width, height)) return 'square';
  return height > width ? 'portrait' : 'landscape';
}

/** The one photo of the shape a word names ("wide": the one landscape photo, else the one widest). */
export function byShape(draft: Draft, word: string): number | undefined {
  const shape: Shape = /vertical|portrait|upright|tall|竖/.test(word)
    ? 'portrait'
    : /square|方/.test(word)
      ? 'square'
      : 'landscape';
  const matching = draft.video.flatMap((segment, index) => (shapeOf(segment.media) === shape ? [index] : []));
  if (matching.length === 1) return matching[0];
  if (shape !== 'landscape' || !/wide|panoram/.test(word)) return undefined;
  const ratio = (index: number) => {
    const { width = 0, height = 1 } = draft.video[index]!.media;
    return width / height;
  };
  const widest = Math.max(...matching.map(ratio));
  const widestOnes = matching.filter((index) => ratio(index) === widest);
  return widestOnes.length === 1 ? widestOnes[0] : undefined;
}

/** The index of the photo taken first or last (photos without a date are left out). */
function byDate(draft: Draft, which: 'oldest' | 'newest'): number | undefined {
  let best: { index: number; time: number } | undefined;
  draft.video.forEach((segment, index) => {
    const time = Date.parse(segment.media.takenAt ?? '');
    if (Number.isNaN(time)) return;
    if (!best || (which === 'oldest' ? time < best.time : time > best.time)) best = { index, time };
  });
  return best?.index;
}

/** What a photo shows, said in Chinese, as the English words its file name may use (longest first). */
const SUBJECTS_ZH: Record<string, readonly string[]> = Object.fromEntries(
  SUBJECTS.flatMap((group) => group.zh.map((word) => [word, group.en] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  ),
);
/** An English word for what a photo shows, as the other words its file name may use ("woods" → forest). */
const SUBJECTS_EN: Record<string, readonly string[]> = Object.fromEntries(
  SUBJECTS.flatMap((group) => group.en.map((word) => [word, group.en] as const)),
);
export const ZH_SUBJECT = Object.keys(SUBJECTS_ZH).join('|');

/** The photos named in `text` by a bare Chinese word for what they show ("咖啡和火箭换一下位置"), distinct. */
export function photosNamedZh(text: string, draft: Draft): number[] {
  const found = new Set<number>();
  for (const match of matchesOf(text, new RegExp(ZH_SUBJECT, 'g'))) {
    const index = segmentBySubject(draft, match[0]);
    if (index !== undefined) found.add(index);
  }
  return [...found];
}

/** The photo whose file name says what `word` names, in either language. */
export function segmentBySubject(draft: Draft, word: string): number | undefined {
  const media = mediaBySubject(
    draft.video.map((segment) => segment.media),
    word,
  );
  if (!media) return undefined;
  const index = draft.video.findIndex((segment) => segment.media === media);
  return index >= 0 ? index : undefined;
}

/** Of a list of media, the one whose file name says what `word` names, in either language. */
export function mediaBySubject(list: readonly MediaRef[], word: string): MediaRef | undefined {
  const direct = matchMedia(list, word);
  if (direct) return direct;
  const words = SUBJECTS_ZH[word] ?? SUBJECTS_EN[word] ?? [];
  for (const other of words) {
    const found = matchMedia(list, other);
    if (found) return found;
  }
  // "聚会那张" for "party night.jpg": one photo whose name has the word among others.
  const named = list.filter((media) =>
    mediaName(media)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((part) => words.includes(part)),
  );
  return named.length === 1 ? named[0] : undefined;
}

export function segmentByName(draft: Draft, text: string): number | undefined {
  const media = matchMedia(
    draft.video.map((segment) => segment.media),
    text,
  );
  if (!media) return undefined;
  const index = draft.video.findIndex((segment) => segment.media === media);
  return index >= 0 ? index : undefined;
}

/** "on every photo", "all photos", "每张" — the whole timeline. */
export const EVERY_PHOTO =
  /\b(?:on\s+|for\s+|to\s+)?(?:every|each|all(?:\s+the)?|all\s+of\s+the|the\s+whole|throughout(?:\s+the)?)\s+(?:photos?|pictures?|images?|pics?|shots?|slides?|ones?|clips?|video|timeline)\b|\b(?:on|for)\s+(?:all|everything)\b|每(?:一)?(?:张|个|幅)(?:照片|图片|图)?|所有(?:的)?(?:照片|图片|图)|全部(?:的)?(?:照片|图片)/;

/** Colour words (both languages) and the colours they name, from the model's palette. */
export const COLORS: Record<string, string> = Object.fromEntries(
  PALETTE.flatMap((colour) => [...colour.en, ...colour.zh].map((word) => [word, colour.hex])),
);

export const COLOR_WORD = new RegExp(
  `#[0-9a-f]{6}\\b|\\b(?:${Object.keys(COLORS)
    .filter((k) => /^[a-z]/.test(k))
    .join('|')})\\b|(?:${Object.keys(COLORS)
    .filter((k) => !/^[a-z]/.test(k))
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);

export function colorHex(word: string): string | undefined {
  if (/^#[0-9a-f]{6}$/.test(word)) return word;
  return COLORS[word];
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const round100 = (ms: number) => Math.round(ms / 100) * 100;
/** A length step's result: to the 50 ms a whole-video step rounds each photo to, so every step agrees. */
export const round50 = (ms: number) => Math.round(ms / 50) * 50;

addVocabulary(
  Object.keys(COLORS),
  SUBJECTS.map((group) => group.en),
  Object.keys(ORDINALS),
  PHOTO_NOUN,
  EVERY_PHOTO,
  'milliseconds millis seconds second secs minutes mins percent photo picture image slide clip segment item frame second last final penultimate number',
);
