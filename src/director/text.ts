import type { Lang } from './types.js';

/**
 * Text preparation for the rules. Quoted text is lifted out first (so titles are never split or
 * rewritten) and replaced by one private-use character each. The rest is width-normalised, lowercased,
 * numbers in words become digits and misspelt keywords are corrected — every rewrite keeps a map back
 * to the original characters, so unquoted titles are still cut from what the person typed.
 */
export interface Mapped {
  text: string;
  /** `map[i]` is the index in the original string of `text[i]`; one extra entry for the end. */
  map: number[];
}

/** First and last placeholder characters for quoted text. */
export const QUOTE_BASE = 0xe000;
export const MAX_QUOTES = 64;
export const QUOTE_CLASS = '[\\uE000-\\uE03F]';
const QUOTE_CHAR = /[\uE000-\uE03F]/;

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHAR.test(ch);
}

export function identity(text: string): Mapped {
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/**
 * Every match of a global regex, as `[...text.matchAll(re)]` finds them. matchAll runs a copy of the regex,
 * and V8 compiles that copy afresh whenever a garbage collection has emptied its regex cache: for the long
 * phrase tables here that is milliseconds a message. This runs the regex itself, collects every match before
 * the caller sees one, and leaves its `lastIndex` as it was, so callers cannot tell the difference.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  // matchAll refuses a regex without the g flag; so does this, with the same error.
  if (!re.global) return [...text.matchAll(re)];
  const saved = re.lastIndex;
  const unicode = /[uv]/.test(re.flags);
  const out: RegExpExecArray[] = [];
  try {
    for (let match = re.exec(text); match; match = re.exec(text)) {
      out.push(match);
      // An empty match steps on one character (one code point with the u or v flag), as matchAll does.
      if (match[0] === '') re.lastIndex = stepOn(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

function stepOn(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/** Replaces every match of a global regex; `fn` returns the replacement or undefined to keep it. */
export function rewrite(
  source: Mapped,
  re: RegExp,
  fn: (match: RegExpExecArray) => string | undefined,
): Mapped {
  let text = '';
  const map: number[] = [];
  let last = 0;
  let changed = false;
  for (const match of matchesOf(source.text, re)) {
    const start = match.index;
    const end = start + match[0].length;
    const replacement = fn(match);
    if (replacement === undefined || replacement === match[0] || end === start) continue;
    changed = true;
    text += source.text.slice(last, start);
    for (let k = last; k < start; k++) map.push(source.map[k]!);
    text += replacement;
    for (let k = 0; k < replacement.length; k++) map.push(source.map[start]!);
    last = end;
  }
  // Most rewrites find nothing to change: the text and its map stay as they are, uncopied.
  if (!changed) return source;
  text += source.text.slice(last);
  for (let k = last; k <= source.text.length; k++) map.push(source.map[k]!);
  return { text, map };
}

export function sliceMapped(source: Mapped, start: number, end: number): Mapped {
  return { text: source.text.slice(start, end), map: source.map.slice(start, end + 1) };
}

/** Lowercase that never changes the length (characters whose lowercase is longer stay as they are). */
export function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Full-width ASCII (ＡＢＣ１２３：，) to ASCII and the ideographic space to a space; keeps the length. */
export function narrow(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['‘', '’'],
  ['„', '“'],
  ['«', '»'],
];

/**
 * Quotes said aloud, as voice input writes them: "quote Paris in spring end quote", "open quote … close
 * quote", "quote … unquote", "引号巴黎之春引号结束", "前引号…后引号".
 */
const DICTATED_QUOTES = [
  /\b(?:open(?:ing)?\s+)?quote[\s,:]+([^\n]{1,2000}?)[\s,]+(?:(?:end|close|closing)\s+(?:of\s+)?(?:the\s+)?quote|unquote|quote\s+(?:end|close)s?)\b/gi,
  /(?:前|左|开|上)?引号[，,：:\s]*([^\n]{1,200}?)[，,\s]*(?:引号结束|结束引号|后引号|右引号|下引号|关引号|引号)/g,
];

/** Every kind of quote, in the order they are lifted; compiled once, not for every message. */
const QUOTE_PATTERNS = [
  ...PAIRS.map(
    ([open, close]) =>
      new RegExp(`${escapeRegex(open)}([^${escapeRegex(close)}\\n]{1,2000}?)${escapeRegex(close)}`, 'g'),
  ),
  /(?<=^|[\s:：(（,，=\-—\u3400-\u9fff])'((?:[^'\n]|'(?=[\p{L}\p{N}])){1,2000}?)'(?=$|[\s.,!?;:，。！？）)、\-—\u3400-\u9fff])/gu,
  /(?<=^|[\s:：(（,，=\-—])`([^`\n]{1,2000}?)`/g,
  ...DICTATED_QUOTES,
];

/**
 * Lifts quoted text out of a message. ASCII single quotes count only at word edges, so "don't" and
 * "Mom's" stay words; a Chinese character is an edge too ("标题改成'出发'", "字幕'海边'吧"), since
 * Chinese has no apostrophe. A quote with nothing inside is ignored.
 */
export function extractQuotes(message: string): { text: string; quotes: string[] } {
  const quotes: string[] = [];
  const wholes: string[] = [];
  let text = message;
  for (const re of QUOTE_PATTERNS) {
    text = text.replace(re, (whole: string, inner: string) => {
      // A quote inside this one was lifted already: put its words back.
      const trimmed = inner
        .replace(/ ?[\uE000-\uE03F] ?/g, (m) => wholes[m.trim().charCodeAt(0) - QUOTE_BASE] ?? '')
        .trim();
      if (!trimmed || quotes.length >= MAX_QUOTES) return whole;
      quotes.push(trimmed);
      wholes.push(
        whole.replace(/ ?[\uE000-\uE03F] ?/g, (m) => wholes[m.trim().charCodeAt(0) - QUOTE_BASE] ?? ''),
      );
      return ` ${String.fromCharCode(QUOTE_BASE + quotes.length - 1)} `;
    });
  }
  // Number the quotes in the order they appear.
  const ordered: string[] = [];
  text = text.replace(/[\uE000-\uE03F]/g, (ch) => {
    ordered.push(quotes[ch.charCodeAt(0) - QUOTE_BASE]!);
    return String.fromCharCode(QUOTE_BASE + ordered.length - 1);
  });
  return { text, quotes: ordered };
}

function escapeRegex(ch: string): string {
  return ch.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
}

export function detectLang(textWithoutQuotes: string): Lang {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(textWithoutQuotes) ? 'zh' : 'en';
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十五 → 25, 一百零五 → 105, 十 → 10. Undefined when it is not a number up to 9999. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (!unit) return undefined;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  if (digit >= 0) total += digit;
  return text.length > 0 ? total : undefined;
}

const CN_NUM = '[零〇一二两三四五六七八九十百千]+';
const CN_UNITS = '秒|分钟|分|张|个|幅|帧|倍|号|小时|遍|段|%|度|位|首|p|P|k|K';

const EN_SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_UNIT_AFTER =
  '(?=[\\s-]*(?:seconds?|secs?|s\\b|minutes?|mins?|photos?|pictures?|images?|pics?|percent|per\\s*cent|%|fps|frames?|hundred))';
const EN_NOUN_BEFORE = '(?<=(?:photo|picture|image|pic|slide|number|position|place|spot|#)s?\\s*)';
/** "photos one to three", "one through four": the start of a range of photos is a number too. */
const EN_RANGE_START =
  '(?=\\s+(?:to|through|thru|till|until)\\s+(?:\\d|two|three|four|five|six|seven|eight|nine|ten)\\b)';

const EN_COUNT = '\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const EN_TIME_UNIT = '(sec(?:ond)?s?|s\\b|min(?:ute)?s?)';
const CN_TIME_UNIT = '(秒钟?|分钟|小时)';
const QUARTERS: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
};

function enCount(word: string): number | undefined {
  if (/^an?$/.test(word)) return 1;
  return /^\d+$/.test(word) ? Number(word) : EN_SMALL[word];
}

/** The unit as it was written, so "2 and a half secs" becomes "2.5 secs" and "一秒半" "1.5秒". */
function enUnit(unit: string): string {
  return /^s$/.test(unit) ? 's' : /^min/.test(unit) ? 'minutes' : 'seconds';
}

/**
 * Fractions of a time unit become decimals: "two and a half seconds", "a second and a half", "2 and a half
 * secs", "three-quarters of a second", "half a second", "one and a quarter seconds", "两秒半", "一秒半",
 * "两个半秒", "零点五秒", "两点五秒", "半秒".
 */
function fractions(input: Mapped): Mapped {
  let source = input;
  const part = '(half|quarter|three[\\s-]quarters)';
  const glyphs: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
  source = rewrite(source, /(\d*)\s*([½¼¾])/g, (m) => String(Number(m[1] || 0) + glyphs[m[2]!]!));
  // "two and a half seconds", "2 and a half secs", "one and three quarters seconds".
  let out = rewrite(
    source,
    new RegExp(
      `\\b(${EN_COUNT})\\s+and\\s+(?:a\\s+|one\\s+)?${part}\\s+(?:of\\s+an?\\s+)?${EN_TIME_UNIT}`,
      'g',
    ),
    (m) => {
      const whole = enCount(m[1]!);
      return whole === undefined
        ? undefined
        : `${whole + QUARTERS[m[2]!.replace(/\s/, ' ')]!} ${enUnit(m[3]!)}`;
    },
  );
  // "a second and a half", "two seconds and a half", "a minute and a half".
  out = rewrite(
    out,
    new RegExp(`\\b(${EN_COUNT})\\s+${EN_TIME_UNIT}\\s+and\\s+(?:a\\s+|one\\s+)?${part}\\b`, 'g'),
    (m) => {
      const whole = enCount(m[1]!);
      return whole === undefined
        ? undefined
        : `${whole + QUARTERS[m[3]!.replace(/\s/, ' ')]!} ${enUnit(m[2]!)}`;
    },
  );
  // "an extra second and a half": one more unit and the part, still more.
  out = rewrite(
    out,
    new RegExp(
      `\\b(extra|additional|another|further)\\s+${EN_TIME_UNIT}\\s+and\\s+(?:a\\s+|one\\s+)?${part}\\b`,
      'g',
    ),
    (m) => `${m[1]} ${1 + QUARTERS[m[3]!.replace(/\s/, ' ')]!} ${enUnit(m[2]!)}`,
  );
  // "half a second", "three-quarters of a second", "a quarter of a second", "a quarter second".
  out = rewrite(
    out,
    new RegExp(`\\b(?:an?\\s+|one\\s+)?${part}\\s+(?:of\\s+)?(?:an?\\s+)?(second|sec|minute|min)\\b`, 'g'),
    (m) => `${QUARTERS[m[1]!.replace(/\s/, ' ')]!} ${enUnit(m[2]!)}`,
  );
  // "两秒半", "一秒半", "三分钟半" — and "两个半秒", "一个半小时" — are n and a half of that unit.
  out = rewrite(
    out,
    new RegExp(`(${CN_NUM}|\\d+)${CN_TIME_UNIT}半|(${CN_NUM}|\\d+)个半${CN_TIME_UNIT}`, 'g'),
    (m) => {
      const whole = chineseNumber(m[1] ?? m[3]!);
      const unit = (m[2] ?? m[4]!).replace('秒钟', '秒');
      return whole === undefined ? undefined : `${whole + 0.5}${unit}`;
    },
  );
  // "零点五秒", "两点五秒": a decimal said in numerals.
  out = rewrite(
    out,
    new RegExp(`(${CN_NUM}|\\d+)点([零〇一二三四五六七八九\\d]+)(?=\\s*${CN_TIME_UNIT})`, 'g'),
    (m) => {
      const whole = chineseNumber(m[1]!);
      const digits = [...m[2]!].map((ch) => (/\d/.test(ch) ? ch : String(CN_DIGITS[ch] ?? 0))).join('');
      return whole === undefined ? undefined : `${whole}.${digits}`;
    },
  );
  // "半秒" alone (not the 半 of "两秒半", already read).
  return rewrite(out, /(?<![一二两三四五六七八九十\d]|[一二两三四五六七八九十\d]个)半秒/g, () => '0.5秒');
}

const SHARE_WORDS: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5 };
const percentOf = (share: number) => `${Math.round(share * 1_000_000) / 10_000}%`;
/** A change of length that follows "原来的" (of what it was): a share, a fraction or a multiple. */
const ZH_SHARE =
  '(一半|([一二两三四五六七八九十\\d]+)分之([一二三四五六七八九\\d])|([两二三四五]|\\d+(?:\\.\\d+)?)倍)';

/** The share said after 原来的 as a factor on the length (一半 0.5, 三分之二 ⅔, 两倍 2). */
function zhShare(m: RegExpExecArray, at: number): number | undefined {
  if (m[at] === '一半') return 0.5;
  if (m[at + 1] !== undefined) {
    const whole = chineseNumber(m[at + 1]!);
    const part = chineseNumber(m[at + 2]!);
    return whole && part && part < whole ? part / whole : undefined;
  }
  const said = m[at + 3]!;
  const times = /\d/.test(said) ? Number(said) : chineseNumber(said);
  return times && times > 1 && times <= 10 ? times : undefined;
}

/**
 * A share said as a fraction or a change of level, which the length and music rules read as a percentage: "a third
 * shorter" (33.33% shorter), "shorten it by a quarter" (by 25%), "缩短到原来的一半" (缩短50%), "时长变成原来的两倍"
 * (加长100%), "缩短三分之一" (缩短33.33%). A share of a size ("变成原来的两倍大") is left as said.
 */
function sharesSaid(source: Mapped): Mapped {
  let out = rewrite(
    source,
    /\b(?:a|one)\s+(half|third|quarter|fifth)\s+(shorter|longer|faster|slower|quicker)\b/g,
    (m) => `${percentOf(SHARE_WORDS[m[1]!]!)} ${m[2]}`,
  );
  out = rewrite(
    out,
    /\b(two\s+thirds|three\s+quarters)\s+(shorter|longer)\b/g,
    (m) => `${percentOf(m[1]!.startsWith('two') ? 2 / 3 : 3 / 4)} ${m[2]}`,
  );
  out = rewrite(out, /\bby\s+(?:(?:a|one)\s+(third|quarter|fifth)|(half))\b(?!\s+(?:a|an)\b)/g, (m) =>
    m[2] ? 'by 50%' : `by ${percentOf(SHARE_WORDS[m[1]!]!)}`,
  );
  out = rewrite(
    out,
    /\b(?:only\s+)?(?:(?:a|one)\s+(third|quarter)|(two\s+thirds|three\s+quarters))\s+(?:as\s+long|of\s+the\s+(?:length|duration|time))\b/g,
    (m) => {
      const share = m[1] ? SHARE_WORDS[m[1]]! : m[2]!.startsWith('two') ? 2 / 3 : 3 / 4;
      return `${percentOf(1 - share)} shorter`;
    },
  );
  // "1.5 times as long", "make every photo 1.5x longer", "2x the length": a multiple of the length.
  out = rewrite(
    out,
    /\b(\d+(?:\.\d+)?)\s*(?:x|×|times)\s+(?:as\s+long(?:\s+as\s+(?:now|before|it\s+is))?|longer|the\s+(?:length|duration))\b/g,
    (m) => {
      const factor = Number(m[1]);
      if (!(factor > 0 && factor <= 10) || factor === 1) return undefined;
      return factor > 1 ? `${percentOf(factor - 1)} longer` : `${percentOf(1 - factor)} shorter`;
    },
  );
  const longer = (factor: number) =>
    factor < 1 ? `缩短${percentOf(1 - factor)}` : `加长${percentOf(factor - 1)}`;
  // A verb of length ("缩短到原来的一半"), or any change said of a length ("时长变成原来的两倍").
  out = rewrite(
    out,
    new RegExp(
      `(?:(?:缩短|延长|加长|拉长|剪短?)(?:了)?\\s*(?:到|成|为|至)?|(?:时长|长度|视频|片子|影片|总长|每张(?:照片)?|第\\d+张|照片)(?:的)?(?:时长|长度|时间)?(?:要|得)?(?:变|改|调|设|减少|减|剪|砍|压缩)(?:了)?\\s*(?:到|成|为|至))\\s*(?:(?:原来|之前|现在|原先|原本|目前)的?|(?=(?:[两二三四五]|\\d+(?:\\.\\d+)?)倍|一半))\\s*${ZH_SHARE}(?!\\s*(?:大|小|宽|高|粗|细|亮|暗|响|声))(?:长|的长度|的时长)?`,
      'g',
    ),
    (m) => {
      const factor = zhShare(m, 1);
      if (factor === undefined) return undefined;
      // The noun said before the verb stays ("时长缩短50%"), so the change keeps its subject.
      const noun = /^(时长|长度|视频|片子|影片|总长|每张(?:照片)?|第\d+张|照片)/.exec(m[0])?.[1] ?? '';
      return `${noun}${longer(factor)}`;
    },
  );
  // The music turned down to a share of itself ("音量调到原来的一半", "把音乐调小到原来的三分之一", "音量降低一半").
  if (/音量|音乐|声音|配乐|bgm|歌/i.test(out.text))
    out = rewrite(
      out,
      new RegExp(
        `(?:调小|调低|降低|降|减小|减少|减|小|调|改|变)(?:了)?\\s*(?:(?:到|成|为|至)\\s*(?:原来|之前|现在|原先|原本|目前)的?\\s*${ZH_SHARE}|(一半))`,
        'g',
      ),
      (m) => {
        const factor = m[5] !== undefined ? 0.5 : zhShare(m, 1);
        return factor === undefined || factor >= 1 ? undefined : `减少${percentOf(1 - factor)}`;
      },
    );
  // "music volume up 20%", "turn the music up 20%", "音量调大20%": a change of level by that share, never the level.
  out = rewrite(
    out,
    /\b(?:(?:the\s+)?(?:music|song|bgm|track|audio)\s+)?volume\s+(up|down)\s+(?:by\s+)?(\d+(?:\.\d+)?)\s*(%|percent|per\s*cent)|\b(?:music|song|bgm)\s+(up|down)\s+(?:by\s+)?(\d+(?:\.\d+)?)\s*(%|percent|per\s*cent)|(?<=\b(?:turn|bring|crank|pump|knock)\s+(?:it|the\s+(?:music|song|track|audio|volume|bgm))\s+)(up|down)\s+(\d+(?:\.\d+)?)\s*(%|percent|per\s*cent)/g,
    (m) => {
      const way = m[1] ?? m[4] ?? m[7]!;
      const amount = m[2] ?? m[5] ?? m[8]!;
      return m[7] !== undefined ? `${way} by ${amount}%` : `turn the music ${way} by ${amount}%`;
    },
  );
  out = rewrite(
    out,
    /(调大|调小|调高|调低|加大|减小|放大|开大|关小)(\d+(?:\.\d+)?)\s*%/g,
    (m) => `${m[1]}了${m[2]}%`,
  );
  // "bgm volume 0.5", "set the volume to 0.3": a level said as a fraction is that share.
  out = rewrite(
    out,
    /\b(volume|level)(\s+(?:to|at|of|=|:)?\s*)(0?\.\d{1,2})\b(?!\s*(?:s\b|sec|seconds?|%))|(音量)((?:调到|调成|调为|改成|改为|改到|设为|设成|设到|到|为|是)?\s*)(0?\.\d{1,2})(?![\d秒%])/g,
    (m) => `${m[1] ?? m[4]}${m[2] ?? m[5]}${percentOf(Number(m[3] ?? m[6]))}`,
  );
  return rewrite(
    out,
    /(缩短|减少|减掉|剪掉|砍掉|延长|加长|增加|拉长)(?:了)?\s*([一二两三四五六七八九十\d]+)分之([一二三四五六七八九\d])(?![\d秒])/g,
    (m) => {
      const whole = chineseNumber(m[2]!);
      const part = chineseNumber(m[3]!);
      if (!whole || !part || part >= whole) return undefined;
      return `${/^(?:缩短|减少|减掉|剪掉|砍掉)$/.test(m[1]!) ? '缩短' : '加长'}${percentOf(part / whole)}`;
    },
  );
}

const SECOND_FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  quarter: 1 / 4,
  third: 1 / 3,
  'three quarters': 3 / 4,
  'two thirds': 2 / 3,
};
const secondsOf = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * "make each photo too seconds", "for seconds each", "every for beats": a word that sounds like a number,
 * as voice input writes it, right before a unit that needs one.
 */
const DICTATED_NUMBER =
  /(?<!\b(?:a|an|few|several|many|some|of|the|more|extra|those|these)\s+)\b(?:too|to|for|fore)\b(?=[\s-]+(?:and\s+a\s+half\s+)?(?:seconds|secs|minutes|mins|beats)\b)/g;

/** Numbers written as words or Chinese numerals become digits, where a unit or a noun says they are numbers. */
export function digitizeNumbers(source: Mapped): Mapped {
  let out = rewrite(source, DICTATED_NUMBER, (m) => (/^f/.test(m[0]) ? 'four' : 'two'));
  // "至少要二十秒", "最少也得20秒", "最多只能15秒": a bound said with a verb is the bound (少 alone is "less").
  out = rewrite(
    out,
    /(至少|最少|起码|最起码|最多|顶多|最长|最短)(?:也)?(?:就)?(?:要|得|需要|是|有|只能|可以)(?:有|是|到|达到)?(?=\s*[\d一二两三四五六七八九十半])/g,
    (m) => (/^(?:至少|最少|起码|最起码|最短)$/.test(m[1]!) ? '至少' : '最多'),
  );
  // "slow the photos down", "speed things up": the pace of the photos, said as a step.
  out = rewrite(
    out,
    /\b(slow|speed)\s+(?:the\s+)?(photos|pictures|pics|slides|images|things|everything)\s+(down|up)\b/g,
    (m) =>
      `make the ${/^(?:things|everything)$/.test(m[2]!) ? 'video' : m[2]} ${m[1] === 'slow' ? 'slower' : 'faster'}`,
  );
  // "俩" is 两个, typed as 两 before a classifier ("前俩张") and as 两张 after 前/后/这/那 ("前俩放大").
  out = rewrite(out, /俩(?=\s*(?:张|个|秒|幅|首|段|位|次|遍))|(?<=前|后|这|那|最后|头)俩/g, (m) =>
    /^\s*(?:张|个|秒|幅|首|段|位|次|遍)/.test(m.input.slice(m.index + 1)) ? '两' : '两张',
  );
  // "three-ish seconds", "5ish secs": a number said loosely is still that number.
  out = rewrite(out, /\b(\w+?)-?ish\b(?=[\s-]*(?:seconds?|secs?|s\b|minutes?|mins?))/g, (m) => m[1]);
  out = rewrite(out, /half\s+a\s+minute|half\s+minute|半分钟/g, (m) =>
    /半分钟/.test(m[0]) ? '30秒' : '30 seconds',
  );
  out = fractions(out);
  out = sharesSaid(out);
  // "1-second fades", "a 2.5-sec hold": a length said as an adjective is the same length.
  out = rewrite(out, /(?<=\d)-(?=(?:seconds?|secs?|s|ms|milliseconds?|minutes?|mins?)\b)/g, () => ' ');
  // "a third of a second", "quarter-second", "a half second", "四分之一秒", "三分之一秒".
  out = rewrite(
    out,
    /\b(?:(?:a|one)[\s-]+)?(half|quarter|third|(?:three|3)[\s-]+quarters|two[\s-]+thirds)(?:[\s-]+of)?(?:[\s-]+a)?[\s-]+sec(?:ond)?s?\b/g,
    (m) => `${secondsOf(SECOND_FRACTIONS[m[1]!.replace(/[\s-]+/, ' ').replace(/^3/, 'three')]!)} seconds`,
  );
  out = rewrite(out, /([一二两三四五六七八九\d])分之([一二三四五六七八九\d])秒/g, (m) => {
    const whole = chineseNumber(m[1]!);
    const part = chineseNumber(m[2]!);
    return whole && part && part < whole ? `${secondsOf(part / whole)}秒` : undefined;
  });
  // "一秒二" is 1.2 s: the tenths said after the unit.
  out = rewrite(
    out,
    /(?<![\d.一二两三四五六七八九十])([一二两三四五六七八九\d])秒([一二三四五六七八九])(?![\d一二两三四五六七八九十秒张个次倍])/g,
    (m) => {
      const whole = chineseNumber(m[1]!);
      const tenths = chineseNumber(m[2]!);
      return whole === undefined || tenths === undefined ? undefined : `${whole}.${tenths}秒`;
    },
  );
  out = rewrite(out, /\ba\s+minute\b|\ban\s+hour\b|一分半钟?/g, (m) =>
    m[0].startsWith('一') ? '90秒' : m[0].includes('hour') ? '60 minutes' : '1 minute',
  );
  out = rewrite(out, new RegExp(`百分之(${CN_NUM}|\\d+(?:\\.\\d+)?)`, 'g'), (m) => {
    const value = chineseNumber(m[1]!);
    return value === undefined ? undefined : `${value}%`;
  });
  // "调到六成", "音量五成": tenths said as 成.
  out = rewrite(out, /(?<=到|为|在|至|是|开|留|用|量|^|\s)([一二两三四五六七八九])成(?![为功立了])/g, (m) => {
    const value = chineseNumber(m[1]!);
    return value === undefined ? undefined : `${value * 10}%`;
  });
  // "九比十六", "四比五", "一比一": an aspect ratio said in Chinese numerals.
  out = rewrite(out, new RegExp(`(${CN_NUM})比(${CN_NUM})`, 'g'), (m) => {
    const a = chineseNumber(m[1]!);
    const b = chineseNumber(m[2]!);
    return a === undefined || b === undefined ? undefined : `${a}:${b}`;
  });
  out = rewrite(out, /(\d{1,2})比(\d{1,2})/g, (m) => `${m[1]}:${m[2]}`);
  // "帧率改成二十四", "音量调到五十": a value set to a bare numeral, with nothing after it.
  out = rewrite(
    out,
    new RegExp(
      `(?<=(?:改成|改为|调成|调到|调为|设为|设成|设置为|设置成|设到|变成|换成|降到|提到|升到|加到|减到|到|为)\\s*)(${CN_NUM})(?=\\s*(?:[，,。；;！!？?\\s]|吧|左右|就行|就好|$))`,
      'g',
    ),
    (m) => {
      const value = chineseNumber(m[1]!);
      return value === undefined || value < 2 ? undefined : String(value);
    },
  );
  // "3、4两张对调", "第2和第5这两张", "一、二、三这三张": the count after a list of photos only counts them.
  // A list is up to ten photos, so a long run of numbers is read in one pass.
  const item = '第?(?:[零〇一二两三四五六七八九十百千]{1,4}|\\d{1,3})';
  const listed = `(?<![零〇一二两三四五六七八九十百千\\d])(${item}(?:\\s*张?\\s*[、,，和跟与及]\\s*${item}){1,9})`;
  out = rewrite(
    out,
    new RegExp(`${listed}\\s*(?:这|那)?\\s*[两二三四五六七八九](?=\\s*张)`, 'g'),
    (m) => m[1],
  );
  // "三、四张": each photo of a list before 张 is a number too.
  out = rewrite(
    out,
    new RegExp(
      `(?<=^|[^零〇一二两三四五六七八九十百千])(${CN_NUM})(?=\\s*[、,，和跟与及]\\s*第?(?:${CN_NUM}|\\d+)\\s*张)`,
      'g',
    ),
    (m) => {
      const value = chineseNumber(m[1]!);
      return value === undefined ? undefined : String(value);
    },
  );
  out = rewrite(out, new RegExp(`(${CN_NUM})(?=\\s*(?:${CN_UNITS}))|(?<=第|倒数第)(${CN_NUM})`, 'g'), (m) => {
    const value = chineseNumber(m[0]);
    return value === undefined ? undefined : String(value);
  });
  // "第1、2张", "3、4、5张": a list sharing one 张 is each photo said in full ("第1张和第2张").
  out = rewrite(out, /(?<!\d)第?\d{1,3}(?:\s*[、,，和跟与及]\s*第?\d{1,3}){1,9}\s*(?=张)/g, (m) =>
    m[0]
      .split(/\s*[、,，和跟与及]\s*/)
      .map((item) => `第${item.replace(/^第|\s+$/g, '')}`)
      .join('张和'),
  );
  const tens = Object.keys(EN_TENS).join('|');
  const small = Object.keys(EN_SMALL).join('|');
  // "the pic of the two of us", "all 4 of us": how many people, never a photo's number.
  out = rewrite(out, /\b(?:the\s+|all\s+)?(?:two|three|four|five|six|\d)\s+of\s+(us|you)\b/g, (m) => m[1]);
  out = rewrite(
    out,
    new RegExp(`\\b(${tens})(?:[\\s-]+(one|two|three|four|five|six|seven|eight|nine))?\\b`, 'g'),
    (m) => {
      return String(EN_TENS[m[1]!]! + (m[2] ? EN_SMALL[m[2]]! : 0));
    },
  );
  out = rewrite(
    out,
    new RegExp(
      `\\b(?:${small.replace('one|', '')})\\b|\\bone\\b${EN_UNIT_AFTER}|${EN_NOUN_BEFORE}\\bone\\b|\\bone\\b${EN_RANGE_START}`,
      'g',
    ),
    (m) => String(EN_SMALL[m[0]]),
  );
  return out;
}
