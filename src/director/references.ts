import type { Draft, EditCommand } from '../model/index.js';
import { Clause } from './clause.js';
import { aimAt, type Memory } from './memory.js';
import { type Mapped, matchesOf, rewrite } from './text.js';
import { takePositions } from './values.js';

/**
 * References back to earlier turns, resolved by saying them again in full: "make that one longer"
 * after talking about photo 2 is read as "make photo 2 longer", "change it to a wipe" after adding
 * crossfades as "change the transitions to a wipe", "move it to the top" after the title as "move the
 * title to the top". The families then read the plain sentence as always.
 */

/**
 * "that one", "this photo", "the same picture", "那张", "这张": always a photo. Not the 那张 of "狗那张", "咖啡
 * 那张": a photo named by what it shows, after a word for it (function words such as 把 may come before).
 */
const THAT_PHOTO =
  /\b(?:that|this|the\s+same)\s+(?:one|photo|picture|image|pic|shot|slide)\b|(?:(?<![\u4e00-\u9fffA-Za-z0-9])|(?<=[把将让给对就再也和跟是到从在用最而但]))(?:那|这)(?:一)?张(?:照片|图片|相片|图)?/g;
/** "them", "both", "those two", "它们", "这两张": the several photos the last edit was about. */
export const SEVERAL_PHOTOS =
  /\b(?:both(?:\s+of\s+them)?|them(?:\s+both)?|(?:these|those)(?:\s+(?:two|three|ones|photos|pictures|pics))?)\b|它们|(?:这|那)(?:两|几|三|2|3)张(?:照片|图片)?/;
const SEVERAL = new RegExp(SEVERAL_PHOTOS.source, 'g');
/** "both of them", "them", "those two", "它们", "这两个": the two texts the last edits changed. */
const BOTH_TEXTS =
  /\bboth(?:\s+of\s+(?:them|those|these))?\b|\bthem(?:\s+both)?\b|\b(?:these|those)(?:\s+two)?\b|它们|(?:这|那)?两个(?:文字)?/g;
/** "both of those fades", "them", "these two", "它们", "这两个转场": the transitions the last edits changed. */
const BOTH_TRANSITIONS =
  /\bboth(?:\s+of\s+(?:them|those|these))?(?:\s+(?:fades|transitions|ones))?\b|\bthem(?:\s+both)?\b|\b(?:these|those)(?:\s+(?:two|three|2|3))?(?:\s+(?:fades|transitions|ones))?\b|它们|(?:这|那)?(?:两|几|2|3)个(?:转场|过渡)?/g;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/**
 * "刚才那个", "刚加的那个", "the one you just added", "what you just made": the text the last message added or
 * changed (never "刚才那个转场", which names its own noun).
 */
const JUST_NOW =
  /\b(?:the\s+(?:one|thing|text|words?)|what)\s+(?:you\s+)?just\s+(?:added|made|put\s+(?:in|on)|wrote|changed|did)\b|(?:(?:刚才|刚刚|刚)(?:(?:添)?加的|写的|弄的|改的|那个加的)?(?:那个|这个|那句|那行)?|(?:刚才|刚刚|刚)?(?:(?:添)?加的|写的)(?:那个|这个|那句|那行))(?!转场|过渡|照片|图片|相片|图|张|音乐|歌|配乐|滤镜|[\s]*(?:标题|字幕|文字|片尾))/g;
/** "it", "them", "它": whatever the conversation was about. */
const IT = /\b(?:it|them)\b|它们?/g;

/**
 * "the next one", "the one after", "the previous transition", "下一张", "上一个转场": counted from the last one
 * (never the 后一张 inside 最后一张, the last photo).
 */
const NEXT_ONE =
  /\b(?:the\s+)?(next|following|previous|prior)\s+(?:one|photo|picture|pic|image|shot|slide|transition)\b|\bthe\s+one\s+(after|before)(?:\s+(?:it|that|this))?\b|(?<!最)(下|后|上|前)(?:一|1)(?:个|张|幅)(?:照片|图片|相片|图|转场|过渡)?/g;
/** "that one", "this transition", "那个转场": the transition just changed. */
const THAT_TRANSITION = /\b(?:that|this|the\s+same)\s+(?:one|transition)\b|(?:那|这)(?:一)?个(?:转场|过渡)/g;

/** The one transition (0-based) the last message changed, when it changed exactly one. */
export function lastTransition(memory: Memory): number | undefined {
  const last = memory.last;
  if (!last || last.length === 0) return undefined;
  const indexes = new Set(last.map((command) => (command.type === 'setTransition' ? command.index : -1)));
  const [index] = [...indexes];
  return indexes.size === 1 && index !== undefined && index >= 0 ? index : undefined;
}

/**
 * "and a circle for the next one", "make that one longer" after one transition was changed; "a zoom out for
 * the next one", "下一张放大" after one photo was: the transition or photo counted from it, said in full.
 */
export function spellNeighbour(source: Mapped, memory: Memory): Mapped | undefined {
  const transition = memory.topic === 'transition' ? lastTransition(memory) : undefined;
  const from = transition ?? memory.photo;
  if (from === undefined) return undefined;
  const said = (n: number, chinese: boolean) =>
    transition !== undefined
      ? chinese
        ? `第${n}个转场`
        : `transition ${n}`
      : chinese
        ? `第${n}张`
        : `photo ${n}`;
  let mapped = rewrite(source, NEXT_ONE, (m) => {
    const way = m[1] ?? m[2] ?? m[3] ?? '';
    const step = /^(?:next|following|after|下|后)$/.test(way) ? 1 : -1;
    const n = from + step + 1;
    return n >= 1 ? said(n, m[3] !== undefined) : undefined;
  });
  if (transition !== undefined)
    mapped = rewrite(mapped, THAT_TRANSITION, (m) => said(transition + 1, /[\u4e00-\u9fff]/.test(m[0])));
  NEXT_ONE.lastIndex = 0;
  THAT_TRANSITION.lastIndex = 0;
  return mapped.text === source.text ? undefined : mapped;
}

/**
 * "both of them", "它们" after a follow-up that repeated the last edit on a second text or transition ("the
 * caption too", "the next one too"): those two, said in full. Undefined when the memory has no such pair.
 */
export function spellBoth(source: Mapped, memory: Memory): Mapped | undefined {
  let mapped = source;
  // "the caption too — and move both of them to the top", "它们都放到顶部": the two texts just changed.
  if (memory.topic === 'text' && memory.texts?.length === 2) {
    const [a, b] = memory.texts;
    const both = (m: RegExpExecArray) =>
      /[\u4e00-\u9fff]/.test(m[0])
        ? `${ZH_NOUNS[a!]}和${ZH_NOUNS[b!]}`
        : `the ${a === 'end-card' ? 'end card' : a} and the ${b === 'end-card' ? 'end card' : b}`;
    const before = mapped;
    mapped = rewrite(mapped, BOTH_TEXTS, both);
    BOTH_TEXTS.lastIndex = 0;
    if (mapped.text !== before.text) return mapped;
  }
  // "the next one too, and make both of those fades 1.2 s", "它们都1秒": the transitions just changed.
  if (memory.topic === 'transition' && memory.transitions && memory.transitions.length > 1) {
    const counted = memory.transitions;
    const said = (m: RegExpExecArray) =>
      /[\u4e00-\u9fff]/.test(m[0])
        ? `${counted.map((index) => `第${index + 1}个`).join('和')}转场`
        : counted.every((index) => index < ORDINAL_WORDS.length)
          ? `the ${counted
              .map((index) => ORDINAL_WORDS[index])
              .join(', ')
              .replace(/, ([a-z]+)$/, ' and $1')} transitions`
          : undefined;
    const before = mapped;
    mapped = rewrite(mapped, BOTH_TRANSITIONS, said);
    BOTH_TRANSITIONS.lastIndex = 0;
    if (mapped.text !== before.text) return mapped;
  }
  return undefined;
}

/**
 * The clause's text with its references spelled out; undefined when it has none this memory resolves.
 * `strong`: it named "that one" (only ever a photo); otherwise it said "it", which may also mean the video.
 */
export function spellOut(
  source: Mapped,
  memory: Memory,
): { mapped: Mapped; strong: boolean; photo: boolean } | undefined {
  const neighbour = spellNeighbour(source, memory);
  if (neighbour) return { mapped: neighbour, strong: true, photo: lastTransition(memory) === undefined };
  const photo = memory.photo !== undefined ? `photo ${memory.photo + 1}` : undefined;
  let mapped = source;
  let strong = false;
  const both = spellBoth(source, memory);
  if (both) return { mapped: both, strong: true, photo: false };
  // "make them longer", "both 5 seconds", "它们再久一点" after an edit of several photos: those photos.
  if (memory.photos && memory.photos.length > 1) {
    const several = `photos ${memory.photos.map((index) => index + 1).join(' and ')}`;
    // "这两张再各停4秒": said in Chinese, so the clause is not split at an English "and".
    const severalZh = memory.photos.map((index) => `第${index + 1}张`).join('和');
    const before = mapped;
    mapped = rewrite(mapped, SEVERAL, (m) => (/[\u4e00-\u9fff]/.test(m[0]) ? severalZh : several));
    if (mapped !== before) return { mapped, strong: true, photo: true };
  }
  THAT_PHOTO.lastIndex = 0;
  if (photo && THAT_PHOTO.test(source.text)) {
    THAT_PHOTO.lastIndex = 0;
    mapped = rewrite(mapped, THAT_PHOTO, () => photo);
    strong = true;
  }
  const noun = nounFor(memory, photo);
  let pronoun = false;
  if (memory.topic === 'text' && noun) {
    JUST_NOW.lastIndex = 0;
    const before = mapped;
    mapped = rewrite(mapped, JUST_NOW, () => noun);
    JUST_NOW.lastIndex = 0;
    pronoun = mapped !== before;
  }
  IT.lastIndex = 0;
  if (noun && IT.test(mapped.text)) {
    IT.lastIndex = 0;
    const before = mapped;
    mapped = rewrite(mapped, IT, (m) => (m[0] === 'them' && noun === photo ? undefined : noun));
    pronoun = mapped !== before;
  }
  THAT_PHOTO.lastIndex = 0;
  IT.lastIndex = 0;
  if (!strong && !pronoun) return undefined;
  return { mapped, strong, photo: strong || noun === photo };
}

function nounFor(memory: Memory, photo: string | undefined): string | undefined {
  switch (memory.topic) {
    case 'text':
      return memory.text ? `the ${memory.text === 'end-card' ? 'end card' : memory.text}` : 'the text';
    case 'transition':
      return 'the transitions';
    case 'music':
      return 'the music';
    case 'timing':
    case 'motion':
      return photo;
    default:
      return photo;
  }
}

/**
 * Whether commands change the thing a topic names (the text, the transitions, the music) in place: all of
 * them, or (`some`) any of them.
 */
export function touchesTopic(
  commands: readonly EditCommand[],
  topic: string | undefined,
  how: 'every' | 'some' = 'every',
): boolean {
  const kinds: Record<string, RegExp> = {
    text: /^(?:updateText|removeText)$/,
    transition: /^setTransition$/,
    music: /^(?:setMusicVolume|setMusicFade|removeMusic|setMusic)$/,
  };
  const re = topic ? kinds[topic] : undefined;
  return re !== undefined && commands.length > 0 && commands[how]((command) => re.test(command.type));
}

/** Whether an alternative reading is about one photo (its commands carry an index, or move one). */
export function aimsAtPhoto(commands: readonly EditCommand[]): boolean {
  return commands.some(
    (command) =>
      ('index' in command && command.index !== undefined) ||
      (command.type === 'addText' && command.segmentIndex !== undefined) ||
      command.type === 'moveSegment',
  );
}

/** "and the rocket right after it", "then the coffee one last": a photo and a place, the verb left out. */
const VERBLESS_MOVE =
  /^\s*(?:(?:and|then|also|now|plus|ok|okay|oh|and\s+then)[\s,]+)*(?=(?:the\s+)?[a-z])(?!(?:move|put|place|swap|switch|make|set|add|remove|delete|use|give|change|turn)\b)/;
/** "火箭那张第二", "然后咖啡那张最后": a photo and then its place, with no 放 between. */
const VERBLESS_MOVE_ZH =
  /(?<=^\s*(?:然后|再|还有|接着|那)?[\u4e00-\u9fffa-z]{1,6}?(?:那张|这张|的照片|的图)?)\s*(?=(?:第\d+(?:张|个|位)?|最后(?:一个|一张|面)?|最前面?)\s*(?:吧|了)?\s*$)/;

/**
 * After a move, a clause that names a photo and a place but no verb ("and the rocket right after it",
 * "then the coffee one last", "火箭那张第二") is another move: the clause with the verb said. Undefined for
 * any other clause.
 */
export function withMoveVerb(source: Mapped): Mapped | undefined {
  const english = VERBLESS_MOVE.exec(source.text);
  if (english) {
    const at = source.map[english[0].length] ?? 0;
    const verb = 'move ';
    return {
      text: verb + source.text.slice(english[0].length),
      map: [...Array.from({ length: verb.length }, () => at), ...source.map.slice(english[0].length)],
    };
  }
  const chinese = VERBLESS_MOVE_ZH.exec(source.text);
  if (!chinese) return undefined;
  const cut = chinese.index + chinese[0].length;
  const at = source.map[cut] ?? 0;
  const verb = '放到';
  return {
    text: source.text.slice(0, cut) + verb + source.text.slice(cut),
    map: [
      ...source.map.slice(0, cut),
      ...Array.from({ length: verb.length }, () => at),
      ...source.map.slice(cut),
    ],
  };
}

/** What is left of "and the third one too", "same for photo 2", "第三张也一样" once the photos are taken. */
const REPEAT_FILLER =
  /^(?:\s|[,.!?，。！？]|\b(?:and|also|too|as\s+well|same|but|the|for|to|with|do|please|pls|now|then|that|thing|one|ones|photo|photos|picture|pictures|make|give|it|as|length|long|duration|time|timing|could|can|would|will|you|kindly|maybe|on|apply|repeat|same|add|put|there)\b|也|一样|同样|这样|照样|要|是|如此|照做|的|和|还有|再|把|给|长度?|时长|时间|设成|改成|弄成|吧|啦|呀|啊|哦|嘛|喔|对|做|处理|操作|上|加|添|放|来|一个|个|下)*$/;
const REPEAT_MARK = /\b(?:too|also|as\s+well|same)\b|也|一样|同样|照样/;

/** "same for the others", "now the rest", "其他的也一样": every photo but the one the edit was on. */
/** "the others", "the rest", "all the other photos", "the remaining ones". */
const OTHERS_NOUN = String.raw`(?:others?|rest|(?:other|remaining)\s+(?:photos|pictures|pics|images|slides|shots|ones))`;
const THE_REST = new RegExp(
  String.raw`^\s*(?:(?:and|now|then|ok|okay|please|do)\s+)*(?:the\s+)?(?:same\s+(?:for|with|on)\s+(?:the\s+|all\s+(?:the\s+)?)?${OTHERS_NOUN}|(?:the\s+)?${OTHERS_NOUN}(?:\s+of\s+them)?(?:\s+(?:too|as\s+well|also))?|(?:do\s+)?(?:all|every)\s+(?:the\s+)?${OTHERS_NOUN}(?:\s+(?:too|as\s+well))?)(?:\s+(?:please|pls|too))?\s*[.!]*\s*$|^\s*(?:(?:and|now|then|ok|okay|please|can\s+you|could\s+you)\s+)*(?:do|apply|repeat|use|put)\s+(?:that|this|it|the\s+same(?:\s+thing)?)\s+(?:on|to|for|with)\s+(?:the\s+|all\s+(?:the\s+)?|each\s+of\s+the\s+)?${OTHERS_NOUN}(?:\s+of\s+them)?(?:\s+(?:too|as\s+well|also|please))*\s*[.!]*\s*$|^\s*(?:(?:and|now|then|ok|okay|please|pls|can\s+you|could\s+you)\s+)*(?:make|set|do|change|turn)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?${OTHERS_NOUN}(?:\s+of\s+them)?\s+(?:all\s+)?(?:the\s+)?same(?:\s+(?:too|also|please|pls))*\s*[.!]*\s*$|^\s*(?:其他|其余|剩下)(?:的|几张|那几张)?(?:照片|图片)?(?:也|都)(?:一样|这样|照做|同样)(?:吧|了)?\s*$`,
);

/**
 * "do that on all of them", "all of them too", "same for every photo", "全部都这样", "每张都一样": the last
 * one-photo edit on every photo. A word for doing it again (that, same, too, 这样) must be said with it.
 */
const ALL_OF_THEM =
  /^\s*(?:(?:and|now|then|ok|okay|please|pls|can\s+you|could\s+you|actually|just)[\s,]+)*(?:(?:(?:do|apply|repeat|use|put|make)\s+(?:that|this|it|the\s+same(?:\s+thing)?)|(?:the\s+)?same(?:\s+thing)?)\s+(?:(?:on|to|for|with)\s+)?(?:all|every|each)(?:\s+(?:of\s+)?(?:them|the\s+(?:photos|pictures|pics|images|slides)|photos?|pictures?|pics?|images?|slides?|ones?))?|(?:on\s+|for\s+)?(?:all|every|each)(?:\s+(?:of\s+)?(?:them|the\s+(?:photos|pictures|pics|images|slides)|photos?|pictures?|pics?|images?|slides?|ones?))?\s+(?:too|also|as\s+well|the\s+same))(?:\s+(?:too|also|as\s+well|please|pls|then))*\s*[.!]*\s*$|^\s*(?:那|那就|就)?(?:把)?(?:全部|所有|每张|每一张|整个|全)(?:的)?(?:照片|图片|图)?(?:都|也|全)*(?:这样|一样|照做|这么做|这么弄|同样|如此)(?:处理|弄)?(?:吧|了|啊|哦|呀)*\s*$|^\s*(?:全部|所有)?(?:的)?(?:照片|图片)?都(?:这样|一样|照做|这么做|这么弄)(?:吧|了|啊|哦|呀)*\s*$/;

/**
 * "the next one", "this one", "下一张", "这张", "上一个": a photo counted from the one the last edit was on.
 * With no photo picked in a chat, "this one" after an edit is the one after it, as people go through their
 * photos in order (the one before it when the edit was on the last).
 */
const NEIGHBOUR =
  /(?<!\b(?:do|apply|repeat|try|use)\s+)\b(?:the\s+)?(next|following|previous|prior|this|that)(?:\s+(?:one|photo|picture|pic|image|shot|slide))?\b|\b(?:the\s+)?(one)\s+(after|before)(?:\s+(?:it|that|this))?\b|(?<![最第倒])(下|后|上|前)(?:一|1)?(?:张|个|幅)(?:照片|图片|相片|图)?|(?:(?<![\u4e00-\u9fffA-Za-z0-9])|(?<=[把将让给对就再也和跟是到从在用最而但]))(这|那)(?:一|1)?(?:张|个|幅)(?:照片|图片|相片|图)?/;
const STEP: Record<string, -1 | 0 | 1> = {
  next: 1,
  following: 1,
  after: 1,
  下: 1,
  后: 1,
  previous: -1,
  prior: -1,
  before: -1,
  上: -1,
  前: -1,
};

/** "the next one", "the one before", "下一张": a photo counted from another (not "this one", "那张"). */
const COUNTED_FROM =
  /\b(?:next|following|previous|prior)\b|\bone\s+(?:after|before)\b|(?<![最第倒])[下上](?:一|1)?(?:张|个|幅)/;

function takeNeighbour(clause: Clause, draft: Draft, memory: Memory): number | undefined {
  if (memory.photo === undefined) return undefined;
  const match = clause.take(NEIGHBOUR);
  if (!match) return undefined;
  const step = STEP[match[1] ?? match[3] ?? match[4] ?? match[5] ?? ''] ?? 0;
  const count = draft.video.length;
  const index =
    step !== 0 ? memory.photo + step : memory.photo + 1 < count ? memory.photo + 1 : memory.photo - 1;
  return index >= 0 && index < count && index !== memory.photo ? index : undefined;
}

/** The last one-photo edit again, on the photos this clause names ("and the third one too"). */
export function repeatOnPhotos(clause: Clause, draft: Draft, memory: Memory): EditCommand[] | undefined {
  if (memory.repeat && memory.photo !== undefined && ALL_OF_THEM.test(clause.text)) {
    clause.blank(0, clause.text.length);
    // Said of every photo, without an index: "each photo to 5s", "motion to Zoom out (all photos)".
    return memory.repeat.map((command) => {
      const { index: _one, ...every } = command as EditCommand & { index?: number };
      return every as EditCommand;
    });
  }
  if (memory.repeat && memory.photo !== undefined && THE_REST.test(clause.text)) {
    clause.blank(0, clause.text.length);
    return draft.video.flatMap((_, index) =>
      index === memory.photo ? [] : memory.repeat!.map((command) => aimAt(command, index)),
    );
  }
  // "the third one the same length": the words for the length may already be read as the video's.
  const sameLength = /\bsame\s+(?:length|duration|time)\b/i.test(clause.typed());
  // "and the last one": the message goes on with the list the last edit began.
  const goesOn = /^\s*and\b/.test(clause.text);
  if (!memory.repeat || !(REPEAT_MARK.test(clause.text) || sameLength || goesOn)) return undefined;
  const saved = clause.snapshot();
  const beside = takeNeighbour(clause, draft, memory);
  if (beside !== undefined) {
    if (REPEAT_FILLER.test(clause.text)) return memory.repeat.map((command) => aimAt(command, beside));
    clause.restoreSnapshot(saved);
    return undefined;
  }
  // Nothing but photos and "too": a bare "the first" is a photo here.
  const positions = takePositions(clause, draft, true);
  if (positions.length === 0 || !REPEAT_FILLER.test(clause.text)) {
    clause.restoreSnapshot(saved);
    return undefined;
  }
  const indexes = [...new Set(positions.map((position) => position.index))].filter(
    (index) => index < draft.video.length,
  );
  return indexes.flatMap((index) => memory.repeat!.map((command) => aimAt(command, index)));
}

const ZH_NOUNS: Record<string, string> = {
  title: '标题',
  caption: '字幕',
  'end-card': '片尾文字',
  text: '文字',
  transition: '转场',
  music: '音乐',
};

/**
 * The clause with the topic's noun put in front, for a clause that names nothing ("改成红色" after adding
 * a title, "再快一点" after transitions): undefined when the topic has no noun to lend.
 */
export function withTopicNoun(source: Mapped, memory: Memory): Mapped | undefined {
  const key =
    memory.topic === 'text'
      ? (memory.text ?? 'text')
      : memory.topic === 'transition' || memory.topic === 'music'
        ? memory.topic
        : undefined;
  if (!key) return undefined;
  const chinese = /[\u3400-\u9fff]/.test(source.text);
  const noun = chinese
    ? ZH_NOUNS[key]!
    : `the ${key === 'end-card' ? 'end card' : key === 'transition' ? 'transitions' : key} `;
  const at = source.map[0] ?? 0;
  return { text: noun + source.text, map: [...Array.from({ length: noun.length }, () => at), ...source.map] };
}

/** What a correction that names only the right thing leaves besides it: "no, I meant photo 3", "是第三张". */
const REDIRECT_FILLER =
  /^(?:\s|[,.!?:;'’，。！？：；]|\b(?:instead|the|one|ones|please|pls|i|it|is|was|that|this|to|on|for|of|with|oh|ok|okay|sorry|no|nope|wait|actually|photo|picture|image|pic|slide|shot|and|too|also|as|well|same|but|do|now|m|am|so|very|really|my|bad|oops|apologies)\b|是|的|啊|呀|吧|了|哦|嗯|我|那个|这个|也|一样|同样|照做|要|和|把)*$/;
/** "the title too", "same for the caption", "标题也一样": the last edit again, on another thing. */
export const REPEAT_THERE = /\b(?:too|also|as\s+well|same)\b|也|一样|同样|照做/;
const TEXT_ROLE =
  /\b(?:the\s+)?(title|caption|subtitles?|end\s+card|text)\b|(标题|字幕|片尾(?:文字)?|结尾文字|文字)/;
const ROLE_OF: Record<string, Memory['text'] | 'any'> = {
  title: 'title',
  caption: 'caption',
  subtitle: 'caption',
  subtitles: 'caption',
  'end card': 'end-card',
  text: 'any',
  标题: 'title',
  字幕: 'caption',
  片尾: 'end-card',
  片尾文字: 'end-card',
  结尾文字: 'end-card',
  文字: 'any',
};
const ORDINAL_TRANSITION =
  /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|last|\d(?:st|nd|rd|th))(?:\s+(?:one|transition|crossfade|fade|wipe))?\b|\b(?:transition\s+)(?:#|number\s+)?(\d)\b|第(\d+)个(?:转场|过渡)?|(最后)(?:一|1)?个(?:转场|过渡)?/;
const COUNT: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/**
 * A correction that names only the right thing — "no, I meant photo 3", "I said the title, not the caption",
 * "不是标题，是字幕" (read as "instead …" by reading.ts) — moves the last message's edits there: the same
 * commands aimed at that photo, that text or that transition. Undefined when the clause is more than that
 * or the last edits were about no such thing.
 */
export function redirect(
  clause: Clause,
  draft: Draft,
  memory: Memory,
  mark: RegExp = /\binstead\b/,
): EditCommand[] | undefined {
  const last = memory.last;
  if (!last || last.length === 0 || !mark.test(clause.text)) return undefined;
  const saved = clause.snapshot();
  const fail = () => {
    clause.restoreSnapshot(saved);
    return undefined;
  };
  clause.takeAll(new RegExp(mark.source, 'g'));
  let out: EditCommand[] | undefined;
  const role = clause.take(TEXT_ROLE);
  if (role) {
    const wanted = ROLE_OF[(role[1] ?? role[2] ?? '').replace(/\s+/g, ' ')] ?? 'any';
    const index =
      wanted === 'any' ? draft.texts.length - 1 : draft.texts.findIndex((text) => text.role === wanted);
    out = last.flatMap((command): EditCommand[] => {
      if (command.type === 'addText')
        return wanted === 'any' || !command.role || command.role === wanted
          ? []
          : [{ ...command, role: wanted }];
      if (command.type === 'updateText' || command.type === 'removeText') {
        if (index < 0) return [];
        const { id: _id, role: _role, ...rest } = command as EditCommand & { id?: string; role?: string };
        return [{ ...rest, index } as EditCommand];
      }
      return [];
    });
  } else if (last.some((command) => command.type === 'setTransition' && command.index !== undefined)) {
    const match = clause.take(ORDINAL_TRANSITION);
    const count = draft.video.length - 1;
    const word = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
    const n =
      word === undefined
        ? undefined
        : word === 'last' || word === '最后'
          ? count
          : (COUNT[word] ?? Number.parseInt(word, 10));
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > count) return fail();
    out = last.map((command) => (command.type === 'setTransition' ? { ...command, index: n - 1 } : command));
  } else {
    // "不是这张，是下一张", "no, the next one": a photo counted from the one the wrong edit was on.
    const beside = COUNTED_FROM.test(clause.text) ? takeNeighbour(clause, draft, memory) : undefined;
    const positions = beside === undefined ? takePositions(clause, draft, true) : [{ index: beside }];
    const indexes = [...new Set(positions.map((position) => position.index))].filter(
      (index) => index < draft.video.length,
    );
    if (indexes.length === 0) return fail();
    const aimed = (command: EditCommand, index: number): EditCommand | undefined => {
      switch (command.type) {
        case 'setSegmentDuration':
        case 'setMotion':
        case 'setFit':
        case 'removeSegment':
          return command.index === undefined ? undefined : ({ ...command, index } as EditCommand);
        case 'addText':
          return command.segmentIndex === undefined ? undefined : { ...command, segmentIndex: index };
        case 'moveSegment':
          return { ...command, from: index };
        default:
          return undefined;
      }
    };
    const swap = last.length === 1 && last[0]!.type === 'swapSegments';
    // "不对，是第三张和第四张" after two photos were swapped: the two named are the ones to swap.
    out =
      swap && indexes.length === 2
        ? [{ type: 'swapSegments', a: indexes[0]!, b: indexes[1]! }]
        : indexes.flatMap((index) =>
            last.map((command) => aimed(command, index)).filter((command) => command !== undefined),
          );
  }
  // "不对，删第三张", "no, remove the third one" after a removal: the verb says again what the last edit did.
  const said = last.every((command) => command.type === 'removeSegment')
    ? clause.text.replace(/删(?:掉|除)?|去掉|\b(?:remove|delete|drop)\b/g, ' ')
    : clause.text;
  if (!out || out.length === 0 || !REDIRECT_FILLER.test(said)) return fail();
  return out;
}

/** "every photo except the last", "all but the first", "除了第一张其他都…": the photos left out. */
const EXCEPT =
  /\s*,?\s*\b(?:except(?:\s+for)?|but\s+not|other\s+than|apart\s+from|save\s+for|excluding)\s+((?:the\s+)?(?:(?!(?:gets?|getting|should|stays?|is|are|be|becomes?|goes|go|make|makes|have|has|can|could|will|would|needs?|must|to|at|for|then|lasts|runs?|seconds?|secs?|each|every|all)\b)(?:very\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th)?(?!\s*(?:s|secs?|seconds?|%)\b)|#?\d{1,2}(?!\s*(?:s|secs?|seconds?|%)\b)|photos?|pictures?|pics?|images?|ones?|(?:on|in|of)(?=\s+[a-z0-9])|[a-z][a-z0-9_-]{2,})\s*(?:,|and|&)?\s*){1,6})|(?<=\ball)\s+but\s+((?:the\s+)?(?:(?:very\s+)?(?:first|second|third|fourth|fifth|last|final|\d{1,2}(?:st|nd|rd|th)?|#?\d{1,2}|two|three)\s*(?:,|and|&)?\s*){1,4}(?:photos?|pictures?|pics?|images?|ones?)?)|除了((?:第\d+张|最后(?:一|1)?张|前\d张|后\d张|[\u4e00-\u9fff]{1,4}那张|[a-z]+(?:\s+[a-z]+)?(?:那张)?|[和、,，])+)(?:照片|图片)?(?:以外|之外)?[，,]?\s*/;

/**
 * The clause without its exception, and the photos excepted: "zoom in on every photo except the last"
 * is "zoom in on every photo" for all photos but the last. Undefined when the clause excepts nothing.
 */
export function withoutExcept(
  source: Mapped,
  draft: Draft,
): { mapped: Mapped; excluded: number[] } | undefined {
  const match = EXCEPT.exec(source.text);
  if (!match) return undefined;
  const said = (match[1] ?? match[2] ?? match[3] ?? '').trim();
  if (!said) return undefined;
  const probe = new Clause({ text: said, map: [...said].map((_, i) => i).concat(said.length) }, said, []);
  const runs = /^(?:the\s+)?(first|last)\s+(two|three|four|\d)\b/.exec(said);
  let excluded: number[];
  if (runs) {
    const n = Math.min(
      draft.video.length,
      { two: 2, three: 3, four: 4 }[runs[2] as 'two'] ?? Number(runs[2]),
    );
    excluded = Array.from({ length: n }, (_, k) => (runs[1] === 'first' ? k : draft.video.length - n + k));
  } else excluded = takePositions(probe, draft, true).map((position) => position.index);
  excluded = [...new Set(excluded)].filter((index) => index >= 0 && index < draft.video.length);
  if (excluded.length === 0 || excluded.length >= draft.video.length) return undefined;
  const mapped = rewrite(source, new RegExp(EXCEPT.source, 'g'), () => ' ');
  return { mapped, excluded };
}

/** "the second one too", "same for the third", "the next one as well", "第二个也是", "下一个也一样". */
const TRANSITION_AGAIN =
  /^\s*(?:(?:and|also|now|ok|okay|then|do|make|set|change|turn)\s+)*(?:(?:the\s+)?same\s+(?:for|with|on)\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|last|next|following|previous|preceding|\d(?:st|nd|rd|th))(?:\s+(?:one|transition|crossfade|cut))?(?:[\s,]+(?:too|also|as\s+well|please|pls|(?:the\s+)?same(?:\s+(?:way|thing|kind|one))?))*\s*[.!]*\s*$|^\s*(?:第(\d+)|(最后)(?:一|1)?|(下|后)(?:一|1))个?(?:转场|过渡)?(?:也是|也一样|也这样|也要|同样|也)(?:换成|改成|变成|弄成|设成|用)?(?:一样|同样|这样|相同)?(?:的|吧|一样|了|啊)*\s*$/;
const TRANSITION_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
};

/**
 * After an edit of one transition ("第一个转场改成叠化"), "第二个也是" / "the next one too" / "same for the
 * third" make the same change to the transition counted; undefined when the clause is not that.
 */
export function repeatOnTransition(source: string, draft: Draft, memory: Memory): EditCommand[] | undefined {
  const last = memory.last;
  if (!last || last.length === 0 || !last.every((c) => c.type === 'setTransition' && c.index !== undefined))
    return undefined;
  // "and the one after that as well": the next one.
  const said = source
    .replace(/\b(?:the\s+)?one\s+(?:right\s+)?after\s+(?:that|it|this)(?:\s+one)?\b/, 'the next one')
    .replace(/\b(?:the\s+)?one\s+(?:right\s+)?before\s+(?:that|it|this)(?:\s+one)?\b/, 'the previous one');
  const match = TRANSITION_AGAIN.exec(
    said.replace(/^\s*(?:lovely|great|nice|perfect|good|thanks|thank\s+you)[,!.\s]+/, ''),
  );
  if (!match) return undefined;
  // "the second one too" names it on its own; "too", "也" or "same" say it repeats.
  // "and the last one" adds it to the list the last edit began.
  if (match[1] && !/\b(?:too|also|as\s+well|same)\b|^\s*and\b/.test(said)) return undefined;
  const count = draft.video.length - 1;
  const previous = Math.max(...last.map((c) => (c.type === 'setTransition' ? (c.index ?? 0) : 0)));
  const word = match[1];
  let index: number;
  if (word === 'last' || match[3]) index = count - 1;
  else if (word === 'next' || word === 'following' || match[4]) index = previous + 1;
  else if (word === 'previous' || word === 'preceding') index = previous - 1;
  else if (match[2]) index = Number(match[2]) - 1;
  else index = (TRANSITION_ORDINALS[word!] ?? Number.parseInt(word!, 10)) - 1;
  if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
  const template = last[last.length - 1]!;
  return [{ ...template, index } as EditCommand];
}

/** "put it back where it was", "move it back", "放回原来的位置", "挪回去": the last move, undone. */
const MOVE_BACK =
  /\b(?:put|move|bring|take|set|place|switch)\s+(?:it|that|this|them|the\s+[a-z]+(?:\s+(?:one|photo|pic|picture|shot))?)\s+back\b|\bback\s+(?:where|to\s+where)\s+it\s+was\b|\b(?:its|the)\s+(?:old|original|previous|former)\s+(?:place|position|spot)\b|(?:放|挪|移|调|换)回(?:原来的?(?:位置|地方)?|原处|原位|去|原地)|回到原来的位置/;

/** After moving a photo, "put it back where it was" moves it back; undefined otherwise. */
export function moveBack(source: string, memory: Memory): EditCommand[] | undefined {
  const last = memory.last;
  if (!last || last.length === 0 || !last.every((command) => command.type === 'moveSegment'))
    return undefined;
  if (!MOVE_BACK.test(source)) return undefined;
  return [...last]
    .reverse()
    .map((command) =>
      command.type === 'moveSegment' ? { type: 'moveSegment', from: command.to, to: command.from } : command,
    );
}

/**
 * "the other way", "opposite direction", "反方向", "反过来" after a camera move or a slide, wipe or push that
 * goes one way: the last message's moves, each turned to go the other way ("reverse the order" stays the
 * photo order, read as usual).
 */
const OTHER_WAY =
  /^\s*(?:(?:no|nah|ok|okay|and|now|actually|wait|hmm|um|but|sorry)[,\s]+)*(?:(?:go|do\s+it|move(?:\s+it)?|pan(?:\s+it)?|slide(?:\s+it)?|zoom(?:\s+it)?|make\s+it|turn\s+it|switch\s+it|flip\s+it|(?:it\s+)?should\s+go|can\s+(?:it|you)\s+go)\s+)?(?:(?:the|to\s+the|in\s+the)\s+)?(?:other|opposite|reverse)\s+(?:way|direction|side)(?:\s+(?:round|around))?(?:\s+(?:please|pls|plz|instead|then|now|this\s+time))*\s*[.!]*\s*$|^\s*(?:reverse|flip|switch)\s+(?:the\s+)?direction(?:s)?(?:\s+(?:please|pls|plz))?\s*[.!]*\s*$|^\s*(?:(?:不对|算了|那|那就|还是)[，,\s]*)*(?:方向)?(?:反方向|反过来|倒过来|换个方向|换一个方向|方向反过来|方向反一下|反着来|反一下|反向|往反方向)(?:走|动|移|来)?(?:吧|呢|一下|啊)?\s*$/;
const OPPOSITE: Record<string, string> = {
  left: 'right',
  right: 'left',
  up: 'down',
  down: 'up',
  in: 'out',
  out: 'in',
};

export function otherWay(source: string, memory: Memory): EditCommand[] | undefined {
  if (!OTHER_WAY.test(source) || !memory.last) return undefined;
  if (memory.topic !== 'motion' && memory.topic !== 'transition') return undefined;
  const flipped = memory.last.flatMap((command): EditCommand[] => {
    if (command.type !== 'setMotion' && command.type !== 'setTransition') return [];
    const way = /-(left|right|up|down|in|out)$/.exec(command.name);
    if (!way) return [];
    const name = `${command.name.slice(0, way.index)}-${OPPOSITE[way[1]!]}`;
    return [{ ...command, name } as EditCommand];
  });
  return flipped.length > 0 ? flipped : undefined;
}

/** "the zoom, can it go the opposite way?", "平移反过来": a move of the video named, and turned round. */
const MOVE_NAMED = /\b(zoom|pan|slide|glide|drift)|(放大|缩小|缩放|推近|拉远|推拉|平移|移动)/;
const TURNED_ROUND =
  /\b(?:the\s+)?(?:opposite|other|reverse)\s+(?:way|direction)\b|\bthe\s+other\s+way\s+(?:round|around)\b|\breversed?\b|\bbackwards\b|反方向|方向反|反过来|反着|倒过来/;

/**
 * Without an edit before it to turn round, the moves of that kind on the video now, each turned round
 * ("zoom in" becomes "zoom out", "pan left" "pan right"). Undefined when the message is not that or no
 * photo moves that way.
 */
export function turnMovesRound(source: string, draft: Draft): EditCommand[] | undefined {
  const named = MOVE_NAMED.exec(source);
  if (!named || !TURNED_ROUND.test(source) || /顺序|\border\b|\bsequence\b/.test(source)) return undefined;
  const kind = /^(?:zoom|放大|缩小|缩放|推近|拉远|推拉)$/.test(named[1] ?? named[2]!)
    ? 'zoom'
    : /^(?:pan|glide|slide|平移)$/.test(named[1] ?? named[2]!)
      ? 'pan'
      : undefined;
  const flipped = draft.video.flatMap((segment, index): EditCommand[] => {
    const name = segment.motion?.name ?? '';
    const way = /^(zoom|pan)-(left|right|up|down|in|out)$/.exec(name);
    if (!way || (kind && way[1] !== kind)) return [];
    return [{ type: 'setMotion', name: `${way[1]}-${OPPOSITE[way[2]!]}`, index }];
  });
  return flipped.length > 0 ? flipped : undefined;
}

/**
 * "the next one" after the last photo, "the one before" after the first: no such photo, said plainly
 * (nothing is changed). Undefined when the neighbour is there, or when no photo is being talked about.
 */
export function neighbourOutside(
  source: Mapped,
  memory: Memory,
  count: number,
): 'next' | 'previous' | undefined {
  if (memory.photo === undefined || (memory.topic === 'transition' && lastTransition(memory) !== undefined))
    return undefined;
  NEXT_ONE.lastIndex = 0;
  for (const m of matchesOf(source.text, NEXT_ONE)) {
    const way = m[1] ?? m[2] ?? m[3] ?? '';
    if (/transition|转场|过渡/.test(m[0])) continue;
    const step = /^(?:next|following|after|下|后)$/.test(way) ? 1 : -1;
    const at = memory.photo + step;
    if (at >= count) return 'next';
    if (at < 0) return 'previous';
  }
  return undefined;
}

/** "now do the opposite", "the opposite please", "反着来一下", "做相反的": the last step, turned round. */
export const OPPOSITE_ASK =
  /^\s*(?:(?:no|nah|ok|okay|and|now|actually|wait|hmm|um|but|sorry|then|so)[,\s]+)*(?:(?:do|try|make\s+it|go)\s+)?(?:the\s+|just\s+the\s+)?opposite(?:\s+(?:of\s+(?:that|this|it)|then|instead|now|please|pls|plz|this\s+time))*\s*[.!]*\s*$|^\s*(?:(?:那|那就|现在|还是)[，,\s]*)*(?:做|来|改成|弄成|换成)?(?:个)?相反(?:的|一下)?(?:吧|呢|啊)?\s*$/;
/** Step words and their opposites, both ways: a step is asked again with these swapped. */
const OPPOSITE_WORDS: Record<string, string> = {
  faster: 'slower',
  quicker: 'slower',
  slower: 'faster',
  longer: 'shorter',
  shorter: 'longer',
  louder: 'quieter',
  quieter: 'louder',
  softer: 'louder',
  bigger: 'smaller',
  larger: 'smaller',
  smaller: 'bigger',
  up: 'down',
  down: 'up',
  快: '慢',
  慢: '快',
  长: '短',
  久: '短',
  短: '长',
  大: '小',
  小: '大',
};
const OPPOSITE_WORD = new RegExp(
  `\\b(?:${Object.keys(OPPOSITE_WORDS)
    .filter((word) => /^[a-z]/.test(word))
    .join('|')})\\b|[${Object.keys(OPPOSITE_WORDS)
    .filter((word) => !/^[a-z]/.test(word))
    .join('')}]`,
  'gi',
);

/** The last step's message with its step words turned round ("make it faster" → "make it slower"), if it has any. */
export function oppositeOf(said: string): string | undefined {
  const turned = said.replace(OPPOSITE_WORD, (word) => OPPOSITE_WORDS[word.toLowerCase()] ?? word);
  return turned === said ? undefined : turned;
}
