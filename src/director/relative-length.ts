/**
 * Lengths said by comparison ("as long as the first one", "match the video length to the song",
 * "第二张跟第一张一样长") and lengths asked for on a condition ("if it's over 10 s cut it to 10",
 * "如果超过10秒就剪到10秒"). Both are settled against the draft before the rules read the message: a
 * comparison becomes the seconds it names, and a condition is checked, then dropped (it held) or dropped
 * with what it governed (it did not, and a note says why).
 */
import { type Draft, draftDurationMs } from '../model/index.js';
import { Clause } from './clause.js';
import { note } from './rules/types.js';
import { identity, type Mapped, rewrite } from './text.js';
import type { Note } from './types.js';
import { takePositions } from './values.js';

/** Words for the song, the title or the caption, each with how long it lasts in the draft. */
const THINGS: [RegExp, (draft: Draft) => number | undefined][] = [
  [
    /^(?:the\s+|this\s+|that\s+|my\s+)?(?:song|music|track|audio|soundtrack|tune|bgm)$|^(?:背景)?(?:音乐|歌曲?|配乐|bgm)$/,
    (draft) => {
      const song = draft.audio[0];
      return song?.media.durationMs ? song.media.durationMs - song.trimStartMs : undefined;
    },
  ],
  [/^(?:the\s+)?title$|^标题$/, (draft) => draft.texts.find((text) => text.role === 'title')?.durationMs],
  [
    /^(?:the\s+)?(?:caption|subtitle)$|^字幕$/,
    (draft) => draft.texts.find((text) => text.role === 'caption')?.durationMs,
  ],
];

/** What a length is compared to: a photo ("the first one", "photo 2", "第一张"), the song, the title. */
const REF_EN = String.raw`(?:the\s+|this\s+|that\s+|my\s+)?(?:(?:very\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|opening|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|photo|picture|pic|image|shot|slide))?|(?:photo|picture|pic|image|shot|slide)\s*(?:#|number\s+)?\d{1,2}|[a-z][a-z0-9_-]{2,}\s+(?:one|photo|picture|pic|image|shot|slide)|song|music|track|audio|soundtrack|tune|bgm|title|caption|subtitle)(?:'s)?(?:\s+(?:is|does|lasts|length|duration))?`;
const REF_ZH = String.raw`(?:第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张|(?:背景)?(?:音乐|歌曲?|配乐)|标题|字幕)(?:照片|图片|相片|图)?(?:的?(?:时长|长度|时间))?`;
/** "as long as the first one", "twice as long as photo 1", "跟第一张一样长", "第一张的两倍长". */
const COMPARED = new RegExp(
  String.raw`\b(?:(?:just|exactly)\s+)?(?:(twice|double|2\s+times|3\s+times|triple|half)\s+)?(?:as\s+long\s+as|(?:the\s+)?same\s+(?:length|duration|time)\s+as|equal\s+in\s+length\s+to)\s+(${REF_EN})\b|(?:跟|和|与|同)(${REF_ZH})(?:一样|相同|同样)(?:长|久)?(?:的?(?:时长|长度|时间))?|(?:是|为|改成|变成)?(${REF_ZH})的(2|3|两|一半)(?:倍)?(?:长|久)?`,
  'g',
);
const SHARES: Record<string, number> = {
  twice: 2,
  double: 2,
  '2 times': 2,
  '3 times': 3,
  triple: 3,
  half: 0.5,
  2: 2,
  两: 2,
  3: 3,
  一半: 0.5,
};
/**
 * "match the video length to the song", "fit the length to the music", "stretch the video to the length of
 * the song", "把视频拉长到音乐的长度": the video as long as that.
 */
const MATCH_TO = new RegExp(
  [
    String.raw`\b(?:match|fit|sync|set|make)\s+(?:the\s+)?(?:(?:video|whole\s+thing|clip|movie|total)(?:'s)?\s+)?(?:length|duration|runtime)(?:\s+of\s+the\s+(?:video|clip|movie))?\s+(?:to|with)\s+(?:the\s+(?:length\s+of\s+(?:the\s+)?)?)?(${REF_EN})\b`,
    String.raw`\b(?:make|have)\s+(?:the\s+(?:video|clip|movie)|it)\s+(?:match|fit)\s+(?:the\s+)?(${REF_EN})(?:'s)?\s+(?:length|duration)\b`,
    // A verb that changes the video's length, brought to another thing's length.
    String.raw`\b(?:stretch|extend|lengthen|shorten|trim|cut|make|set|bring|change|pad)\s+(?:out\s+|down\s+)?(?:the\s+(?:whole\s+|entire\s+)?(?:video|clip|movie|slideshow|reel|thing)|it|everything)\s+(?:out\s+|down\s+)?to\s+(?:(?:the\s+)?(?:full\s+|whole\s+|entire\s+|same\s+)?(?:length|duration)\s+(?:of|as)\s+|(?:match|fit)\s+|(?=(?:the\s+|my\s+)?(?:song|music|track|audio|soundtrack|tune|bgm)'s\s+(?:length|duration)\b))(${REF_EN})\b`,
    '(?:把)?(?:整个)?(?:视频|片子|影片|总时长|时长)(?:的?(?:时长|长度))?(?:拉长|延长|缩短|加长|拉|剪|调整?|改|变|设)(?:到|成|为|至)(?:和|跟|与)?((?:背景)?(?:音乐|歌曲?|配乐)的?(?:时长|长度))',
  ].join('|'),
  'g',
);

/** How long the thing a comparison names lasts, or undefined when the draft has no such thing. */
function lengthOf(ref: string, draft: Draft): number | undefined {
  const bare = ref
    .trim()
    .replace(/(?:'s)?(?:\s+(?:is|does|lasts|length|duration))?$|的?(?:时长|长度|时间)$/, '')
    .trim();
  for (const [re, length] of THINGS) if (re.test(bare)) return length(draft);
  const clause = new Clause(identity(bare), bare, []);
  const positions = [...new Set(takePositions(clause, draft, true).map((position) => position.index))];
  if (positions.length !== 1 || clause.leftover().length > 0) return undefined;
  return draft.video[positions[0]!]?.durationMs;
}

function seconds(ms: number, zh: boolean): string {
  const value = `${Math.round(ms / 10) / 100}`;
  return zh ? `${value}秒` : `${value} seconds`;
}

/**
 * The message with each comparison replaced by the seconds it names ("make the last pic 5 seconds"), read
 * against the draft as it is before the message; comparisons to nothing the draft has are left as said.
 */
export function settleComparisons(norm: Mapped, draft: Draft): Mapped {
  const matched = rewrite(norm, MATCH_TO, (match) => {
    const ms = lengthOf(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', draft);
    return ms ? `make the video ${seconds(ms, false)}` : undefined;
  });
  return rewrite(matched, COMPARED, (match) => {
    const ms = lengthOf(match[2] ?? match[3] ?? match[4] ?? '', draft);
    const share = SHARES[(match[1] ?? match[5] ?? '').replace(/\s+/g, ' ')] ?? 1;
    // "twice as long as the others": a share of something no one photo is stays as said.
    return ms ? ` ${seconds(Math.round(ms * share), match[2] === undefined)} ` : undefined;
  });
}

/**
 * "if it's over 10 s", "if the video is longer than 12 seconds", "if it's under 8s", "如果超过10秒",
 * "要是短于8秒": a condition on the video's length. Its words and what it asks for run to the end of the
 * sentence; "otherwise leave it" after them asks for nothing more.
 */
const CONDITION =
  /\b(?:if|when|in\s+case)\s+(?:it'?s|its|it\s+is|the\s+(?:video|vid|clip|movie|reel|whole\s+thing)(?:'s|\s+is)?|(?:the\s+)?(?:length|runtime|duration)(?:'s|\s+is)?)\s+(?:(?:still|currently|now|any)\s+)?(?:(over|more\s+than|longer\s+than|above|past|greater\s+than|bigger\s+than|beyond)|(under|less\s+than|shorter\s+than|below))\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\b\s*,?\s*(?:then\s+)?|(?:如果|要是|若是?|假如|万一)(?:视频|片子|影片|总时长|时长|长度)?(?:的?(?:时长|长度))?(?:还是)?(?:(超过|多于|大于|长于|超出)|(不到|少于|小于|短于|不足))(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:长)?(?:的话)?[，,\s]*(?:就|那就|那么|则)?/;
/** The end of what a condition governs: the next sentence, or "and" before another request. */
const GOVERNED_END = /[.;!?。；！？\n,，]|\band\s+(?=(?:make|add|put|use|set|change|turn)\b)/;
/** "otherwise leave it", "else keep it as is", "否则不用动", "不然就别改": nothing asked. */
const OTHERWISE =
  /^\s*[,，]?\s*(?:(?:otherwise|else|or\s+else)\s*,?\s*(?:just\s+)?(?:leave|keep|don'?t\s+(?:touch|change))\s+(?:it|that|the\s+(?:video|length))?(?:\s+(?:alone|as\s+(?:is|it\s+is)|be))?|(?:否则|不然)(?:就)?(?:不用|不要|别)?(?:动|改|管|变)?(?:了|吧)?)\s*[.!。！]?/;

export interface Condition {
  norm: Mapped;
  /** Why nothing was done for it, when it did not hold. */
  note?: Note;
}

/**
 * Checks a length condition against the draft. When it holds, its words go and the request stands; the
 * bare number of the request ("cut it to 10") is then seconds, as the condition's was. When it does not,
 * the request goes with it and the note says how long the video is. Undefined when there is no condition.
 */
export function settleCondition(norm: Mapped, draft: Draft): Condition | undefined {
  const found = CONDITION.exec(norm.text);
  if (!found) return undefined;
  const over = found[1] ?? found[4];
  const limit = Math.round(Number(found[3] ?? found[6]) * 1000);
  const length = draftDurationMs(draft);
  const holds = over ? length > limit : length < limit;
  const start = found.index;
  const after = start + found[0].length;
  const rest = norm.text.slice(after);
  const endAt = GOVERNED_END.exec(rest);
  const governedEnd = after + (endAt ? endAt.index : rest.length);
  const otherwise = OTHERWISE.exec(norm.text.slice(governedEnd));
  const otherwiseEnd = otherwise ? governedEnd + otherwise[0].length : governedEnd;
  const blank = (from: number, to: number) => rewriteAt(norm, from, to, ' '.repeat(to - from));
  if (!holds) {
    return {
      norm: blank(start, otherwiseEnd),
      note: note(over ? 'note.length.notOver' : 'note.length.notUnder', {
        limit: { ms: limit },
        now: { ms: length },
      }),
    };
  }
  // "cut it to 10": with the condition in seconds, a bare number after it is seconds too.
  const governed = norm.text.slice(after, governedEnd);
  const bareAt =
    /\b(?:to|at|down\s+to|up\s+to)\s+(\d+(?:\.\d+)?)(?!\s*(?:[\d.%:]|s\b|secs?\b|seconds?\b|秒|x\b))|(?:到|成|为)(\d+(?:\.\d+)?)(?!\s*(?:[\d.%:]|秒|张|个))/.exec(
      governed,
    );
  let out = blank(start, after);
  if (otherwise) out = rewriteAt(out, governedEnd, otherwiseEnd, ' '.repeat(otherwiseEnd - governedEnd));
  if (bareAt) {
    const numberEnd = after + bareAt.index + bareAt[0].length;
    out = rewriteAt(out, numberEnd, numberEnd, bareAt[1] !== undefined ? ' seconds' : '秒');
  }
  return { norm: out };
}

/** The mapped text with the span [from, to) replaced. */
function rewriteAt(source: Mapped, from: number, to: number, by: string): Mapped {
  const text = source.text.slice(0, from) + by + source.text.slice(to);
  const map = [
    ...source.map.slice(0, from),
    ...Array.from({ length: by.length }, () => source.map[from]!),
    ...source.map.slice(to),
  ];
  return { text, map };
}
