import type { Draft } from '../model/index.js';
import { Clause } from './clause.js';
import { identity, type Mapped, rewrite } from './text.js';
import { ordinalWord, takePositions, ZH_SUBJECT, zhPhotoList } from './values.js';

/**
 * "every other photo", "every second picture, starting with the second", "the odd ones", "even-numbered
 * photos", "每隔一张", "单数张", "偶数张的照片": every other photo, from the first unless said otherwise, said in
 * full ("the first, third and fifth photos", "第1张和第3张和第5张") before the rules read the message.
 */
const START_EN =
  '(?:\\s*,?\\s*(?:starting|beginning|begin|start)\\s+(?:with|from|at|on)\\s+(?:the\\s+)?(?:(first|1st|one|photo\\s*1|#1)|(second|2nd|two|photo\\s*2|#2))(?:\\s+(?:one|photo|picture|pic))?)?';
const EN_EVERY_OTHER = new RegExp(
  `\\b(?:on\\s+|for\\s+|to\\s+)?(?:(?:every|each)\\s+(?:other|second|2nd|alternate)|alternate)\\s+(?:photo|picture|pic|image|shot|slide|one)s?\\b${START_EN}|\\b(?:the\\s+)?(odd|even)(?:[\\s-]+numbered)?\\s+(?:photo|picture|pic|image|shot|slide|one)s\\b`,
  'g',
);
const ZH_EVERY_OTHER =
  /(?:从第([12])张开始[，,]?\s*)?每隔(?:一|1)张(?:照片|图片)?(?:[，,]?\s*从第([12])张开始)?|(?:第)?(单数|奇数|双数|偶数)张(?:的)?(?:照片|图片)?/g;

/** Photos named earlier in the message. */
const NAMED_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\b|\b(?:photo|picture|pic|image|shot|slide)s?\s*#?\d|第\d+张/;

/**
 * "photos 1, 3 and 5", "pics 2, 4, 5": a numbered list said as ordinals ("the first, third and fifth
 * photos"), the one list form that no comma or "and" in it parts into separate instructions.
 */
const NUMBERED_LIST =
  /\b(?:the\s+)?(?:photos|pictures|pics|images|shots|slides|photo|picture|pic)\s+(?:#)?(\d{1,2}(?:(?:\s*,\s*(?:and\s+)?#?\d{1,2})+(?:\s*,?\s*(?:and|&)\s+#?\d{1,2})?|\s*(?:and|&)\s+#?\d{1,2}))\b(?!\s*(?:s\b|sec|seconds?|%|\.\d))/g;

/** Photos by number (1-based), said in full: " the second photo ", " the first, third and fifth photos ". */
export const listOf = (numbers: readonly number[]) =>
  numbers.length === 1
    ? ` the ${ordinalWord(numbers[0]!)} photo `
    : ` the ${numbers.slice(0, -1).map(ordinalWord).join(', ')} and ${ordinalWord(numbers.at(-1)!)} photos `;

/**
 * "all but the last photo", "every photo except the first", "all photos apart from the beach": the
 * photos left, said in full. What is excepted is one or a few photos ("the last", "the first two",
 * "photo 3", "the beach one"); a length after it ("… except the last 2 seconds") stays the message's.
 */
const EXCEPTED = String.raw`(?:the\s+)?(?:(?:first|last)\s+(?:two|three|four|\d)(?!\s*(?:s\b|secs?\b|seconds?\b|%))(?:\s+(?:photos|pictures|pics|ones))?|(?:very\s+)?(?:first|last|final|second|third|fourth|fifth|sixth|middle|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|photo|picture|pic|image|shot|slide))?|(?:photo|picture|pic|image|shot|slide)\s*#?\d{1,2}|[a-z][a-z0-9_-]{2,}(?:\s+(?:one|photo|picture|pic|image|shot|slide))?)`;
const EN_EXCEPT = new RegExp(
  String.raw`\b(?:on\s+|for\s+|to\s+)?(?:all|every|each|everything)(?:\s+(?:of\s+)?(?:the\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?|ones?))?\s*,?\s+(?:but|except(?:\s+for)?|apart\s+from|other\s+than|besides|save\s+for)\s+(${EXCEPTED}(?:\s*(?:,|and|&)\s*${EXCEPTED})*)`,
  'g',
);

/** "…except the rocket, that one zooms out", "…but the last, which fades": what is said of the photo set apart. */
const EXCEPTED_THEN_IT = new RegExp(
  String.raw`(?<=\b(?:all|every|everything|each)\b[^.;!?]*)(\b(?:but|except(?:\s+for)?|apart\s+from|other\s+than|besides|save\s+for)\s+(${EXCEPTED}))\s*(?:[,;—–-]\s*|\s+)(?:and\s+)?(?:that\s+one|this\s+one|which|it)\b`,
  'g',
);

/**
 * "除了最后一张，其他的都2秒", "除了第一张和海边那张都缩小": the photos left, said in full ("第1张和第2张都…"). Only
 * with 其他/都/每张 after it: "所有照片四秒，除了最后一张两秒" gives the excepted photo a value of its own.
 */
const ZH_EXCEPTED = `(?:第\\d+张|最后(?:一|1)?张|倒数第\\d+张|[前后]\\d+张|开头(?:那|的)?张|(?:${ZH_SUBJECT})(?:的)?(?:那张|照片)?)(?:照片|图片)?`;
const ZH_EXCEPT = new RegExp(
  `除了\\s*(${ZH_EXCEPTED}(?:\\s*(?:和|、|跟|及)\\s*${ZH_EXCEPTED})*)\\s*(?:以外|之外|外)?\\s*[，,]?\\s*(?:(?:其他|其余|剩下|别)(?:的)?(?:照片|图片|几张|那几张)?|(?=都|全|每(?:一)?张))`,
  'g',
);

/**
 * "ken burns on the dog photo only, keep the rest still", "第一张放大，其他的不动": after photos named in the
 * message, "the rest" of a camera move is the photos not named, said in full (lengths have their own reading).
 */
const THE_REST_MOVES =
  /\b(?:the\s+)?(?:rest|others|other\s+(?:photos|pictures|pics|ones|shots))(?:\s+of\s+them)?\b(?=[^,.;!?]*\b(?:still|static|zoom(?:s|ing)?|pan(?:s|ning)?|drift|ken\s+burns|move|moving)\b)|(?:其他|其余|剩下)(?:的)?(?:照片|图片|几张)?(?=[^，,。；;！!？?]*(?:不动|静止|放大|缩小|平移|推近|拉远|别动))/g;

/** Words without which none of these sets is said: most messages skip every pattern here. */
const MAY_SAY_A_SET =
  /\b(?:other|others|second|2nd|odd|even|alternate|but|except|apart|besides|save|rest|photos|pictures|pics|images|shots|slides)\b|每隔|单数|双数|奇数|偶数|除了|其他|其余|剩下/;

export function spellEveryOther(norm: Mapped, draft: Draft): Mapped {
  const count = draft.video.length;
  if (count < 2 || !MAY_SAY_A_SET.test(norm.text)) return norm;
  /** The photos left when those `said` names are set apart; undefined unless `said` is photos alone. */
  const leftWhenExcepting = (said: string): number[] | undefined => {
    const clause = new Clause(identity(said), said, []);
    const excepted = new Set(takePositions(clause, draft, true).map((position) => position.index));
    if (excepted.size === 0 || clause.leftover().length > 0) return undefined;
    const kept = draft.video.flatMap((_, index) => (excepted.has(index) ? [] : [index + 1]));
    return kept.length > 0 && kept.length < count ? kept : undefined;
  };
  // The photo set apart is named again for what is said of it, before the exception becomes the photos left.
  norm = rewrite(norm, EXCEPTED_THEN_IT, (m) => `${m[1]}; ${m[2]}`);
  norm = rewrite(norm, EN_EXCEPT, (m) => {
    const kept = leftWhenExcepting(m[1]!);
    return kept && listOf(kept);
  });
  norm = rewrite(norm, ZH_EXCEPT, (m) => {
    const kept = leftWhenExcepting(m[1]!);
    return kept && zhPhotoList(kept);
  });
  norm = rewrite(norm, NUMBERED_LIST, (m) => {
    const numbers = m[1]!
      .split(/\s*(?:,|and|&)\s*(?:and\s+)?#?/)
      .filter(Boolean)
      .map(Number);
    return numbers.every((n) => n >= 1 && n <= count) ? listOf(numbers) : undefined;
  });
  const pick = (start: number) => {
    const picked: number[] = [];
    for (let k = start; k <= count; k += 2) picked.push(k);
    return picked;
  };
  norm = rewrite(norm, THE_REST_MOVES, (m) => {
    const said = m.input.slice(0, m.index);
    // An exception or a repeat ("same for photo 4, and make the rest static") has its own reading.
    if (/除了|\b(?:except|but|apart\s+from|same|too|also|as\s+well)\b|也|同样/.test(said)) return undefined;
    const before = new Clause(identity(said), said, []);
    const named = new Set(takePositions(before, draft).map((position) => position.index));
    const rest = draft.video.flatMap((_, index) => (named.has(index) ? [] : [index + 1]));
    if (named.size === 0 || rest.length === 0) return undefined;
    return /[\u4e00-\u9fff]/.test(m[0]) ? zhPhotoList(rest) : listOf(rest);
  });
  const english = rewrite(norm, EN_EVERY_OTHER, (m) => {
    // "first photo 2 s, every other photo 4": after photos just named, "every other" is all the others.
    const unstarted = m[1] === undefined && m[2] === undefined && m[3] === undefined;
    if (unstarted && NAMED_BEFORE.test(m.input.slice(0, m.index)))
      return /\bevery\s+other\b/.test(m[0]) ? ' the rest ' : undefined;
    // "every second photo" counts to the second; "every other" starts with the first.
    const second = m[1] === undefined && m[2] === undefined && /\bevery\s+(?:second|2nd)\b/.test(m[0]);
    const start = m[2] !== undefined || m[3] === 'even' || second ? 2 : 1;
    return listOf(pick(start));
  });
  return rewrite(english, ZH_EVERY_OTHER, (m) => {
    const start = m[1] === '2' || m[2] === '2' || m[3] === '双数' || m[3] === '偶数' ? 2 : 1;
    return zhPhotoList(pick(start));
  });
}
