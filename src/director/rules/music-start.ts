import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';

/**
 * Where the song comes in on the timeline, said outright ("music starts at 3s", "音乐从第3秒开始") or moved
 * ("push the music back 2 seconds", "start the music 2 seconds later", "音乐晚两秒进", "comes in too
 * early"): never the video's length.
 */

const SECONDS = String.raw`(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b`;
const ZH_SECONDS = String.raw`(\d+(?:\.\d+)?)\s*秒钟?`;

const AT = new RegExp(
  [
    String.raw`\b(?:start|begin|come\s+in|kick\s+in|fade\s+in|starts|begins|comes\s+in|kicks\s+in|fades\s+in|starting|coming\s+in|kicking\s+in)\s+(?:the\s+(?:music|song|track)\s+|playing\s+)?(?:at|after|from)\s+(?:the\s+)?${SECONDS}(?:\s+mark)?`,
    String.raw`(?:^|\b(?:music|song|track|bgm|audio)\s+)in\s+at\s+${SECONDS}`,
    String.raw`\b(?:start|begin|come\s+in|kick\s+in|starts|begins|comes\s+in|kicks\s+in|bring)\s+(?:(?:the\s+(?:music|song|track|bgm|audio)|it)\s+(?:in\s+)?)?${SECONDS}\s+in(?:to\s+the\s+(?:video|clip))?\b`,
    String.raw`(?:从|在)?第?${ZH_SECONDS}(?:处|后|以后|之后)?(?:再|才)?(?:开始|进来|进|响起|出来|出现|切入|起)`,
  ].join('|'),
);

const LATER_WORD = String.raw`(?:later|after(?:wards)?|back)`;
const EARLIER_WORD = String.raw`(?:earlier|sooner|forward|forwards|up)`;
/** "2 seconds later", "push … back 2 s", "delay it by 2s", "晚两秒", "推迟2秒", "往后挪一秒". */
const LATER = new RegExp(
  [
    String.raw`${SECONDS}\s+${LATER_WORD}\b`,
    String.raw`\b(?:push|move|shift|nudge|slide|bump)\s+(?:(?:it|the\s+(?:music|song|track|audio|bgm)|the\s+start(?:\s+of\s+the\s+(?:music|song))?)\s+)?back(?:\s+(?:by\s+)?${SECONDS})?`,
    String.raw`\bdelay(?:ed)?\b(?:\s+(?:it|the\s+(?:music|song|track|audio|bgm|start)))?(?:\s+by)?(?:\s+${SECONDS})?`,
    String.raw`(?:晚|推迟|延后|延迟|往后推|向后推|往后挪|向后挪|往后移|向后移)(?:了)?${ZH_SECONDS}`,
  ].join('|'),
);
const EARLIER = new RegExp(
  [
    String.raw`${SECONDS}\s+${EARLIER_WORD}\b`,
    String.raw`\b(?:bring|move|shift|nudge|pull|slide|bump)\s+(?:(?:it|the\s+(?:music|song|track|audio|bgm))\s+)?(?:forward|earlier|up)(?:\s+(?:by\s+)?${SECONDS})?`,
    String.raw`(?:早|提前|提早|往前推|向前推|往前挪|向前挪|往前移|向前移)(?:了)?${ZH_SECONDS}`,
  ].join('|'),
);
/**
 * "start the music after the title", "bring the song in once the title is gone", "wait till the title is
 * over before the music starts", "音乐等标题结束再进", "等标题结束了再进音乐", "标题放完再放音乐": where the
 * title ends.
 */
export const AFTER_TITLE =
  /\b(?:start|begin|come\s+in|kick\s+in|fade\s+in|starts|begins|comes\s+in|kicks\s+in|fades\s+in|play|plays|bring\s+(?:it|the\s+(?:music|song|track))\s+in)\s+(?:the\s+(?:music|song|track)\s+)?(?:(?:only|just|right)\s+)?(?:once|after|when|as\s+soon\s+as)\s+the\s+title(?:\s+(?:ends|has\s+ended|finishes|has\s+finished|is\s+(?:gone|over|done|finished)|disappears|goes(?:\s+away)?|fades(?:\s+out)?))?\b|\bwait\s+(?:until|till|for)\s+the\s+title\s+(?:ends|finishes|is\s+(?:gone|over|done|finished)|disappears|to\s+(?:end|finish|disappear|go(?:\s+away)?))\b(?:\s+(?:before|to)\s+(?:start(?:ing)?|bring(?:ing)?\s+in|play(?:ing)?))?|(?:等(?:到)?)?(?:片头)?标题(?:结束|消失|完了|过了|放完|播完|出完|过去|走了|没了|之后|以后|后)(?:了)?(?:之后|以后|后)?(?:再|才)?(?:开始|进来|进|响起|出来|出现|放|播)?/;
const PHOTO_ORDINALS: Record<string, number> = {
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
  last: -1,
  final: -1,
  最后: -1,
  最后一: -1,
  最后1: -1,
};
const PHOTO_EN = String.raw`(?:(?:the\s+)?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d{1,3})(?:st|nd|rd|th)?\s+(?:photo|picture|pic|image|slide|shot|one)|(?:photo|picture|pic|image|slide|shot)\s+#?(\d{1,3})))`;
/**
 * "the music should start when the second photo starts", "bring the song in on photo 3", "音乐从第二张开始",
 * "第三张出来的时候再放音乐": where that photo comes on screen.
 */
const AT_PHOTO = new RegExp(
  [
    String.raw`\b(?:start|begin|come\s+in|kick\s+in|fade\s+in|starts|begins|comes\s+in|kicks\s+in|fades\s+in|starting|coming\s+in|play|plays|playing|bring\s+(?:it|the\s+(?:music|song|track))\s+in)\s+(?:the\s+(?:music|song|track)\s+)?(?:playing\s+)?(?:when|once|as|as\s+soon\s+as|at|on|with|from|after)\s+${PHOTO_EN}(?:\s+(?:starts|begins|comes\s+(?:in|up|on)|appears|shows(?:\s+up)?|is\s+(?:on|shown)))?`,
    String.raw`(?:从|在|等|到)?第(\d{1,3})张(?:照片|图片|相片|图)?(?:出来|出现|开始|播放|进来)?(?:的时候|时|后|以后|之后)?(?:再|才)?(?:开始|进来|进|响起|出来|出现|放|播|起)`,
    '(?:从|在|等|到)(最后[一1]?)张(?:照片|图片|相片|图)?(?:出来|出现|开始)?(?:的时候|时|后)?(?:再|才)?(?:开始|进来|进|响起|出来|出现|放|播|起)',
  ].join('|'),
);

/**
 * "kick in once the city picture comes up", "start with the beach one": where a photo named by what it
 * shows comes on screen.
 */
const AT_NAMED =
  /\b(?:start|begin|come\s+in|kick\s+in|fade\s+in|starts|begins|comes\s+in|kicks\s+in|fades\s+in|starting|coming\s+in|kicking\s+in|play|plays|playing)\s+(?:the\s+(?:music|song|track)\s+)?(?:playing\s+)?(?:when|once|as\s+soon\s+as|as|with|on)\s+(?:the|that|this)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:photo|picture|pic|image|slide|shot|one)(?:\s+(?:starts|begins|comes\s+(?:in|up|on)|appears|shows(?:\s+up)?|is\s+(?:on|shown)|pops\s+up))?\b|(?:等|到|从)?([\u4e00-\u9fff]{1,4}?)那张(?:照片|图片|图)?(?:出来|出现|开始)(?:的时候|时|后|以后)?(?:再|才)?(?:开始|进来|进|响起|放|播)?/;

/** Said without an amount: a second's step. */
const LATER_VAGUE =
  /\b(?:start|begin|come\s+in|kick\s+in|starts|begins|comes\s+in|kicks\s+in)\s+(?:the\s+(?:music|song)\s+)?(?:a\s+(?:bit|little|touch)\s+|slightly\s+)?later\b|\b(?:starts?|begins?|comes?\s+in|kicks?\s+in|is)\s+too\s+(?:early|soon)\b|\bmusic\s+later\b|(?:晚|迟)(?:一)?点(?:儿)?(?:再)?(?:进|进来|开始|出来|响起|出现|切入)?|(?:推迟|延后|往后推|往后挪)(?:一)?点|(?:进|进来|开始|出来|响起)(?:得)?太早/;
const EARLIER_VAGUE =
  /\b(?:start|begin|come\s+in|kick\s+in|starts|begins|comes\s+in|kicks\s+in)\s+(?:the\s+(?:music|song)\s+)?(?:a\s+(?:bit|little|touch)\s+|slightly\s+)?(?:earlier|sooner)\b|\b(?:starts?|begins?|comes?\s+in|kicks?\s+in|is)\s+too\s+late\b|(?:早|提前)(?:一)?点(?:儿)?(?:进|进来|开始|出来|响起|出现|切入)?|(?:进|进来|开始|出来|响起)(?:得)?太晚/;

/**
 * The new start of the music on the timeline, in ms, taken from the clause: said outright, or the
 * current start moved. Undefined when the clause says nothing about where the music comes in.
 */
export function takeMusicStart(
  clause: Clause,
  currentMs: number,
  titleEndMs: number | undefined,
  photoStartsMs: readonly number[] = [],
  named: (word: string) => number | undefined = () => undefined,
): number | undefined {
  const at = clause.take(AT);
  if (at) return seconds(at);
  const byName = AT_NAMED.exec(clause.text);
  const index = byName ? named((byName[1] ?? byName[2] ?? '').trim()) : undefined;
  if (index !== undefined && photoStartsMs[index] !== undefined) {
    clause.take(AT_NAMED);
    return photoStartsMs[index];
  }
  const onPhoto = photoStartsMs.length > 0 ? AT_PHOTO.exec(clause.text) : null;
  if (onPhoto) {
    const said = onPhoto.slice(1).find((group) => group !== undefined) ?? '';
    const number = PHOTO_ORDINALS[said] ?? Number.parseInt(said, 10);
    const index = number < 0 ? photoStartsMs.length - 1 : number - 1;
    if (index >= 0 && index < photoStartsMs.length) {
      clause.take(AT_PHOTO);
      return photoStartsMs[index];
    }
  }
  if (titleEndMs !== undefined && clause.take(AFTER_TITLE)) return titleEndMs;
  const later = clause.take(LATER);
  if (later) return currentMs + (seconds(later) ?? 1000);
  const earlier = clause.take(EARLIER);
  if (earlier) return Math.max(0, currentMs - (seconds(earlier) ?? 1000));
  if (clause.take(LATER_VAGUE)) return currentMs + 1000;
  if (clause.take(EARLIER_VAGUE)) return Math.max(0, currentMs - 1000);
  return undefined;
}

/** The first number of seconds a match caught, in ms. */
function seconds(match: RegExpExecArray): number | undefined {
  const said = match.slice(1).find((group) => group !== undefined);
  return said === undefined ? undefined : Math.round(Number(said) * 1000);
}

addVocabulary(LATER_VAGUE, EARLIER_VAGUE, 'later earlier sooner delay push back forward');
