/**
 * Several instructions written as a list: "1) reverse the order 2) fade to black 3) lofi music",
 * "steps: 1. delete the last pic 2. crossfades 1s", "① 直式 ② 第一張加字幕 ③ 音樂 50%", "(a) … (b) …",
 * "一、竖屏 二、每张2秒", "第一、… 第二、…", "• 9:16 • 2s each", "* warm * 3s each". A list marker only
 * separates items: it is never a photo's number, a length or a volume. Numbered and lettered markers
 * count as a list only when they run in order from the first (1, 2 …; a, b …), so "photo 1) " or
 * "3、4两张对调" stay what they were.
 */

/** Markers that are a list on their own: circled and parenthesised numbers, bullets. */
const ALWAYS =
  /[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2789\u278a-\u2793]|(?<=^|\s)[•·▪◦‣*](?=\s)|(?<=^|\n)[ \t]*[-–—](?=\s)/g;

import { matchesOf } from './text.js';

const ZH_DIGITS = '一二三四五六七八九十';

/** Counted markers: each family's pattern, and the place in its list a match stands for (1 is the first). */
const COUNTED: { re: RegExp; place: (match: RegExpExecArray) => number }[] = [
  // "1)", "(1)", "1）", "（1）", "step 1:", "step 2 -"
  {
    re: /(?<=^|[\s:：;；,，.。])(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})[)）]|step\s*(\d{1,2})\s*[:：.)-])/gi,
    place: (m) => Number(m[1] ?? m[2] ?? m[3]),
  },
  // "1. delete", "2. crossfades 1s" (never "1.5s")
  { re: /(?<=^|[\s:：;；,，])(\d{1,2})\.(?=\s)/g, place: (m) => Number(m[1]) },
  // "1、竖屏" (never "1、2、3张", a list of photos)
  {
    re: new RegExp(`(?<=^|[\\s:：;；,，.。])(\\d{1,2})、(?!\\s*[\\d${ZH_DIGITS}第])`, 'g'),
    place: (m) => Number(m[1]),
  },
  // "一、竖屏", "第一、…", "第二：…", "（一）"
  {
    re: new RegExp(
      `(?<=^|[\\s:：;；,，.。])(?:第([${ZH_DIGITS}]|\\d{1,2})[、:：,，]|([${ZH_DIGITS}])、(?!\\s*[\\d${ZH_DIGITS}第])|[(（]([${ZH_DIGITS}])[)）])`,
      'g',
    ),
    place: (m) => {
      const said = m[1] ?? m[2] ?? m[3]!;
      return /\d/.test(said) ? Number(said) : ZH_DIGITS.indexOf(said) + 1;
    },
  },
  // "(a)", "a)", "（b）"
  {
    re: /(?<=^|[\s:：;；,，.。])(?:[(（]([a-h])[)）]|([a-h])[)）])/gi,
    place: (m) => (m[1] ?? m[2])!.toLowerCase().charCodeAt(0) - 96,
  },
];

/**
 * "steps:", "to do:", "改动：", "three things —", "几点：" before the list names it; it is no instruction (and
 * its count is no photo's number).
 */
const LIST_NAME =
  /(?:^|(?<=[\s,，.。]))(?:(?:(?:the\s+)?(?:steps?|to[\s-]?dos?|list|changes|edits|tasks?|requests?|notes?|here(?:'s|\s+is)\s+what\s+i\s+want)|步骤|要求|需求|改动|修改)\s*[:：]|(?:(?:just\s+|only\s+)?(?:a\s+few|few|some|several|two|three|four|five|six|\d)\s+(?:quick\s+|small\s+|little\s+)?(?:things|changes|edits|tweaks|requests|points|fixes)(?:\s+(?:please|pls))?|(?:几|[两二三四五六\d])(?:件事|点|个(?:要求|改动|地方))(?:哈|啊)?)\s*(?:[:：]|[-–—]+)?)\s*$/i;

/** Quoted words, where a marker is part of the text to show. */
const QUOTED =
  /"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|《[^》\n]*》|‘[^’\n]*’|(?<=^|[\s:：(（,，=])'[^'\n]*'(?=$|[\s.,!?;:，。！？)）])/g;

/** The message with each list marker turned into a line break, where a list starts a new instruction. */
export function splitListItems(message: string): string {
  const masked = message.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
  const spans: { start: number; end: number }[] = [];
  for (const match of matchesOf(masked, ALWAYS))
    spans.push({ start: match.index, end: match.index + match[0].length });
  for (const { re, place } of COUNTED) {
    const found = [...matchesOf(masked, re)];
    // The longest run 1, 2, 3 … in order of writing; a lone "1)" is no list.
    const run: RegExpExecArray[] = [];
    for (const match of found) if (place(match) === run.length + 1) run.push(match);
    if (run.length < 2) continue;
    for (const match of run) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (spans.length === 0) return message;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    if (start < last) continue;
    let before = message.slice(last, start);
    if (out === '' && LIST_NAME.test(before)) before = before.replace(LIST_NAME, '');
    out += `${before}\n`;
    last = end;
  }
  return out + message.slice(last);
}
