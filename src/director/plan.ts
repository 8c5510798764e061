import { type JoyError, toJoyError } from '../errors.js';
import {
  applyCommand,
  applyCommands,
  applyCommandsUnvalidated,
  applyCommandUnvalidated,
  type Change,
  type Draft,
  type DraftHistory,
  draftDurationMs,
  type EditCommand,
  type MediaRef,
  validateDraft,
} from '../model/index.js';
import { alternation, takeAlternation } from './alternate.js';
import { unitForBareLengths } from './bare-length.js';
import { Clause } from './clause.js';
import { createFromMedia } from './create.js';
import { expandEditorShorthand } from './editor-shorthand.js';
import { exceptionWithValue } from './exception-value.js';
import { correctChinese, correctDirections, correctSpelling } from './fuzzy.js';
import { spellLeftOut } from './left-out.js';
import { spreadLengthList } from './length-list.js';
import { splitListItems } from './list-items.js';
import { toMandarin } from './mandarin.js';
import { aimAt, type Memory, photoOf, remember } from './memory.js';
import { spellNamedMoves } from './named-moves.js';
import {
  spellBetweenThem,
  spellNamedNeighbours,
  spellSubjectSpans,
  spellThemPhotos,
  spellZhGroups,
} from './named-neighbour.js';
import { orderMoves, takeNamedOrder } from './named-order.js';
import {
  addVerbToCaptionList,
  colonAfterBareTextNoun,
  nameTextsByWords,
  spellTextsByLook,
} from './named-text.js';
import { spellEveryOther } from './photo-sets.js';
import { ASKED_WITH_BU, readContext } from './reading.js';
import {
  aimsAtPhoto,
  lastTransition,
  moveBack,
  neighbourOutside,
  OPPOSITE_ASK,
  oppositeOf,
  otherWay,
  REPEAT_THERE,
  redirect,
  repeatOnPhotos,
  repeatOnTransition,
  SEVERAL_PHOTOS,
  spellBoth,
  spellNeighbour,
  spellOut,
  touchesTopic,
  turnMovesRound,
  withMoveVerb,
  withoutExcept,
  withTopicNoun,
} from './references.js';
import { settleComparisons, settleCondition } from './relative-length.js';
import { remediesComplaint } from './remedy.js';
import { restoreThing } from './restore.js';
import { describesFlaw } from './rules/curation.js';
import { keptPhotos, type RuleOutput, readClause, type Topic } from './rules/index.js';
import { reverseAmong } from './rules/order.js';
import { makesTheFilm, maySayCreate } from './rules/routes.js';
import { TEXT_ASIDE, TEXT_TIME_BY, textTimeChange } from './rules/text.js';
import { differentTransition, SOMETHING_ELSE, turnsTheSameKind } from './rules/transitions.js';
import { note } from './rules/types.js';
import { sequence, takeSequence } from './sequence.js';
import { spellTerse } from './terse.js';
import {
  detectLang,
  digitizeNumbers,
  extractQuotes,
  identity,
  lowerSameLength,
  type Mapped,
  matchesOf,
  narrow,
  rewrite,
  sliceMapped,
} from './text.js';
import { spellTransitionExceptions } from './transition-exceptions.js';
import type { AnswerRoute, Lang, Note } from './types.js';
import { needsThePhoto, photoNames, unseenSubject } from './unseen.js';
import { COLOR_WORD, EVERY_PHOTO, mediaName, takePositions } from './values.js';

/** The longest message the rules read; the rest is ignored (and said so). */
export const MAX_MESSAGE = 2000;

export interface Prepared {
  /** The message with quotes lifted out, as typed: titles are cut from it. */
  raw: string;
  /** The same, lowercase, narrow and in Simplified Mandarin: what rules that look at the whole message read. */
  said: string;
  quotes: string[];
  lang: Lang;
  norm: Mapped;
}

/** Words of the uploaded files' names: never "corrected", so "summer vibes" still names Summer Vibes.mp3. */
export function nameWords(ctx: PlanContext): Set<string> {
  const words = new Set<string>();
  const names = [
    ...ctx.media.map(mediaName),
    ...ctx.draft.video.map((segment) => mediaName(segment.media)),
    ...ctx.draft.audio.map((a) => mediaName(a.media)),
  ];
  for (const name of names)
    for (const match of matchesOf(name.toLowerCase(), /[a-z]{4,}/g)) words.add(match[0]);
  return words;
}

/**
 * "add three captions: Day 1, Day 2, Day 3", "加三个字幕：第一天、第二天、第三天": a list after the colon is one
 * caption per item, as if each were quoted.
 */
function quoteCaptionList(message: string): string {
  const list =
    /^(.*?(?:\badd\b|\bput\b|加上?|添加)[^:："“”'‘’「」『』]{0,16}?(?:\bcaptions\b|\bsubtitles\b|字幕)\s*[:：]\s*)([^"“”'‘’「」『』]+)$/i.exec(
      message,
    ) ?? perPhotoList(message);
  if (!list) return message;
  const [body, tail] = splitInstructionTail(list[2]!);
  if (tail) return message;
  const items = body
    .replace(/[.。!！]\s*$/, '')
    .split(/\s*(?:,|，|、|;|；|\band\b|和)\s*/i)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < 2 || items.some((item) => item.length > 40)) return message;
  return `${list[1]}${items.map((item) => `"${item}"`).join(', ')}`;
}

/** "each photo", "per pic", "每张": words said of the photos one by one. */
const PER_PHOTO =
  /\b(?:every|each)\s+(?:photo|picture|image|pic|shot|slide|one)s?\b|\bper\s+(?:photo|picture|image|pic|shot|slide)\b|每(?:一)?(?:张|个|幅)|一张一(?:个|句|条)/i;

/**
 * "add caption for each photo: Day 1, Day 2, Day 3", "captions on every pic: …": a caption said of each photo
 * before the colon lists one per photo, even in the singular or with no verb.
 */
function perPhotoList(message: string): RegExpExecArray | null {
  const list =
    /^([^:："“”'‘’「」『』]*?(?:\bcaptions?\b|\bsubtitles?\b|\btexts?\b|字幕|文字)[^:："“”'‘’「」『』]{0,24}?[:：]\s*)([^"“”'‘’「」『』]+)$/i.exec(
      message,
    );
  return list && PER_PHOTO.test(list[1]!) ? list : null;
}

/**
 * "caption on photo 3: golden hour", "title card: Summer", "第三张的字幕：黄金时刻": what follows a text's colon
 * (to the end of the sentence) is the text's own words, as if quoted, so no rule reads a colour, a look or
 * a song in them. A colon after a property ("title colour: red") or between digits ("9:16") is not one.
 */
const TEXT_COLON =
  /^([^:："“”'‘’]{0,60}?(?:\b(?:titles?(?:\s+card)?|captions?|subtitles?|text|end\s+card|lower\s+third|heading)\b|标题|字幕|文字|片尾|片头)(?:(?!\b(?:colou?rs?|size|font|position|style|animation|look|transitions?|music|duration|length|time|timing)\b|颜色|大小|字体|位置|样式|时长|时间)[^:："“”'‘’.!?。！？\n]){0,40}?(?:(?<!\d)[:：]|[:：](?!\d))\s*)((?:[^"“”'‘’.!?。！？;；\n]|(?<=[a-z])['’](?=[a-z]))*[^\s"“”'‘’.!?。！？;；\n](?:[!?！？]+(?=\s*$))?)/i;

/**
 * "put my grandson's name, Oliver, at the top", "the name Oliver as a heading", "我孙子的名字叫乐乐，放在上面": a
 * name said without quotes is the words to show.
 */
const NAME_SAID = [
  /\b((?:my|our|his|her|their|the)\s+(?:[a-z]+['’]s\s+|[a-z]+\s+)?name(?:\s*[,:]\s*|\s+(?:is\s+)?))([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2})(?=\s*[,.!?;]|\s+(?:at|on|in|as|to|please|for|and)\b|\s*$)/u,
  // "put our names at the very beginning: Anna & Tom", "名字放开头：小明和小红": the words after the colon are the names.
  /\b((?:my|our|his|her|their|the\s+(?:couple|kids|family)['’]?s?)\s+(?:[a-z]+['’]s\s+)?names?\b[^:："“”'‘’.!?\n]{0,40}?[:：]\s*)([^"“”'‘’.!?。！？;；\n]*[^\s"“”'‘’.!?。！？;；\n])/u,
  /((?:我们|我|他们|她们|俩人|两个人)?的?名字[^:："“”'‘’。！？\n]{0,12}?[:：]\s*)([^"“”'‘’。！？;；，,\n]*[^\s"“”'‘’。！？;；，,\n])/,
  /(名字(?:叫|是)[，,：:]?\s*)([\u4e00-\u9fff]{1,4}?|[A-Za-z][A-Za-z'-]*)(?=\s*[，,。；;！!]|\s*$)/,
];

function quoteNameSaid(message: string): string {
  if (/["“”'‘’「」『』]/.test(message.replace(/\b\w+['’]\w+\b/g, ''))) return message;
  for (const re of NAME_SAID) {
    const found = re.exec(message);
    if (found) {
      // The pauses around the name ("name, Oliver, at the top") are not where one instruction ends.
      const lead = found[1]!.replace(/\s*[,:]\s*$/, ' ');
      const rest = message.slice(found.index + found[0].length).replace(/^\s*,\s*(?=[a-z])/, ' ');
      return `${message.slice(0, found.index)}${lead}"${found[2]}"${rest}`;
    }
  }
  return message;
}

/** "加个片尾，写上“谢谢观看”", "加个标题，就写毕业快乐": the words after the comma are that text's, as after a colon. */
const TEXT_THEN_WORDS =
  /((?:加|加上|添加|来|做|弄|放)(?:一)?个?(?:标题|字幕|片尾文字|片尾字幕|片尾|片头文字|片头|结尾文字))\s*[，,]\s*(?:就|内容|文字)?(?:写上|写着|写|内容是|文字是)\s*(?=\S)/g;

/** "text: none", "字幕：不要": a key: value line that switches the text off names no words to show. */
const NO_TEXT = /^\s*(?:none|nothing|off|no|n\/a|无|没有|不要|不用)\s*$/i;

function quoteTextAfterColon(message: string): string {
  // Words already quoted ("标题改成「第一天：伏见」") are the text as typed, colon and all.
  if (/["“”'‘’「」『』]/.test(message.replace(/\b\w+['’]\w+\b/g, ''))) return message;
  const found = TEXT_COLON.exec(message);
  if (!found || NO_TEXT.test(found[2]!)) return message;
  // "caption typo: change Day one to Day One", "字幕有个错别字：…": a mistake announced, then the change that mends it.
  if (/\btypos?\b|\bmisspel|\bspelling\b|错别字|错字|打错/i.test(found[1]!)) return message;
  // "title: Our Trip, caption on the last photo: The End": another text's label ends this one's words.
  const next = NEXT_TEXT_LABEL.exec(found[2]!);
  const own = next ? found[2]!.slice(0, next.index) : found[2]!;
  const [said, tail] = splitInstructionTail(own);
  // "title: Summer Trip, because that's what it was": a remark said to Joy, neither the words nor a request.
  const aside = TEXT_ASIDE.exec(said);
  const words = aside ? said.slice(0, aside.index) : said;
  const after = message.slice(found[0].length);
  return next
    ? `${found[1]}"${words}"${tail}${quoteTextAfterColon(found[2]!.slice(next.index) + after)}`
    : `${found[1]}"${words}"${tail}${after}`;
}

const NEXT_TEXT_LABEL =
  /[,，;；]\s*(?:and\s+)?(?:(?:a|the|an)\s+)?(?:(?:title|caption|subtitle|end\s+card|text)\b|标题|字幕|片尾|片头)[^:："“”]{0,40}[:：]/i;

const TEXT_COLOURS_EN = 'white|black|yellow|red|blue|green|pink|orange|purple|gold(?:en)?|gr[ae]y|silver';
/**
 * "太空之旅，放在上面", "Space Trip, at the top", "…, for 3 seconds", "…, in yellow", "…，大一点": a clause after
 * the text's words that says where, how long or how it shows is an instruction, not more of the words
 * ("我们的夏天，永远记得" stays whole).
 */
const INSTRUCTION_TAIL = new RegExp(
  [
    `^(?:and\\s+)?(?:(?:put|place|move|show|keep|have|make|display|set)\\s+(?:it|that|them|this)\\s+)?(?:please\\s+)?(?:` +
      `(?:at|on|in|to|across|along|near)\\s+the\\s+(?:very\\s+)?(?:top|bottom|middle|center|centre|upper|lower)\\b.*` +
      `|(?:top|bottom|centered|centred|center|centre|middle|lower[\\s-]third)(?:\\s+of\\s+the\\s+\\w+)?` +
      `|(?:for|over|during)\\s+(?:the\\s+first\\s+)?\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?)\\b.*` +
      `|(?:in|with)\\s+(?:bold|italics?|big|large|small|${TEXT_COLOURS_EN})\\b.*` +
      `|(?:a\\s+(?:bit|little)\\s+)?(?:bigger|larger|smaller|big|large|small|bold|italic)(?:\\s+(?:text|font|letters))?` +
      `|(?:${TEXT_COLOURS_EN})(?:\\s+(?:text|font|letters))?)\\s*(?:please|pls)?$`,
    '^(?:并且|然后|再|要|请|就)?(?:把它|它)?(?:放|摆|移|挪|显示|出现|居)?(?:在|到)?(?:屏幕|画面|视频)?(?:的)?(?:最)?' +
      '(?:上面|上方|顶部|顶上|上边|底部|下面|下方|底下|下边|中间|居中|正中间?|中央|左上角|右上角|左下角|右下角)(?:显示|位置)?(?:吧|哦|啊|呀)?$',
    '^(?:显示|持续|停留|出现|停|留)?\\d+(?:\\.\\d+)?秒钟?(?:吧|哦)?$',
    '^(?:字|字体|字号)?(?:再|稍微)?(?:大|小)(?:一点|一些|点)(?:吧|哦)?$',
    '^(?:用|要|改成|换成|字是|字用)?(?:黄|白|黑|红|蓝|绿|粉|橙|紫|金|灰|银)色(?:的)?(?:字|字体)?(?:吧|哦)?$',
    '^(?:加粗|粗体|居中)(?:吧|哦)?$',
  ].join('|'),
  'i',
);

/** The text's words and, from the first clause that is an instruction about them, the rest. */
function splitInstructionTail(words: string): [string, string] {
  // "海边日落 放在顶部 黄色": between Chinese words a space is a pause as much as a comma is.
  const parts = words.split(/(?=[,，])|(?<=[\u4e00-\u9fff])(?=\s+[\u4e00-\u9fff])/);
  for (let i = 1; i < parts.length; i++) {
    if (INSTRUCTION_TAIL.test(parts[i]!.replace(/^[,，]\s*/, '').trim()))
      return [
        parts.slice(0, i).join('').trim(),
        ` ${parts
          .slice(i)
          .join('')
          .replace(/^[,，]\s*/, '')}`,
      ];
  }
  return [words, ''];
}

/**
 * The messages prepared while one message is directed, by message and the names kept from spelling
 * correction. A message is planned more than once (against the empty studio and the video it makes,
 * against the draft before a removal it corrects), and its reading is the same each time; nothing
 * downstream changes a reading. `direct` forgets them when the next message comes, so a message said
 * again is read again (and timed honestly).
 */
const prepared = new Map<string, Prepared>();
const PREPARED_KEPT = 16;

export function forgetPrepared(): void {
  prepared.clear();
}

export function prepare(message: string, protect: ReadonlySet<string> = new Set()): Prepared {
  const key = `${[...protect].sort().join('\u0001')}\u0000${message}`;
  // A copy each time: a plan replaces the reading's working text (`norm`) with what it has taken out.
  const known = prepared.get(key);
  if (known) return { ...known };
  const reading = prepareOnce(message, protect);
  if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, reading);
  return { ...reading };
}

/** A camera move said in one character, said in full. */
const MOVE_VERB: Record<string, string> = { 推: '推近', 拉: '拉远' };

function prepareOnce(message: string, protect: ReadonlySet<string>): Prepared {
  const clean = message
    .slice(0, MAX_MESSAGE)
    .replace(/[\uE000-\uF8FF]/g, ' ')
    .replace(/\r\n?/g, '\n')
    // "标题 黄", "字幕 红 顶部": a colour said in one character after the text is its colour, not its words.
    .replace(/(标题|字幕|文字)\s+([黄白黑红蓝绿粉橙紫金灰])(?=\s|$|[，,；;|/])/g, '$1$2色')
    .replace(TEXT_THEN_WORDS, '$1：')
    // "band name in red at the top: THE NIGHT OWLS", "add the price at the bottom: $450,000": words on screen
    // named by what they are, before a colon, are a caption's.
    .replace(
      /^\s*(?:(?:please\s+)?(?:add|put|show|write)\s+)?(?:the\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:[a-z]+(?:'s|s'|')?\s+){0,2}?(?:names?|price|prices|slogan|tagline|date|address|website|phone\s+number|hashtag|handle|opening\s+hours)\b([^:："“\n]{0,50}?)\s*[:：]\s*(?=\S)/i,
      (said: string, place: string) =>
        /\b(?:titles?|captions?|texts?|subtitles?|heading|end\s+card)\b/i.test(said)
          ? said
          : `caption${place}: `,
    )
    // "change the caption to say Day two": "say" introduces the words, it is none of them.
    .replace(/\b(captions?|titles?|texts?|subtitles?|end\s+card)\s+to\s+(?:say|read)\s+(?=\S)/gi, '$1 to ')
    // 'write "Happy Birthday!" as the title': the role said after the words.
    .replace(
      /\b(?:write|put|add)\s+(?:the\s+(?:words?|text|line)\s+)?(["“'‘][^"”'’]+["”'’])\s+as\s+(?:the\s+|a\s+|an\s+)?(title|caption|subtitle|end\s+card|heading)\b/gi,
      'add the $2 $1',
    )
    // "first 2 seconds need to grab ppl", "开头要抓人": why the opening matters, which asks for nothing itself.
    .replace(
      /\b(?:the\s+)?first\s+(?:\d+|few|couple(?:\s+of)?|two|three)\s+(?:seconds?|secs?|s)\s+(?:need|needs|has|have|should|must|gotta|got\s+to)\s+(?:to\s+)?(?:grab|hook|catch|stop|get|pull)\b[^,.;!?]*[,.;!]?\s*/gi,
      '',
    )
    .replace(
      /(?:开头|前\d+秒|前几秒|前[两三]秒)(?:要|得|必须|一定要)(?:抓人|吸引人|抓眼球|吸睛)[，,\s]*/g,
      '',
    )
    // "支持4k导出不": a question said with a trailing 不.
    .replace(ASKED_WITH_BU, '$1$2吗')
    // "先放大后缩小", "先推后拉": a run of moves, the first and then the second.
    .replace(
      /先(放大|缩小|推近|拉远|推|拉|左移|右移|平移|往左移?|往右移?)(?:一点|一些)?(?:然后|再|后)(放大|缩小|推近|拉远|推|拉|左移|右移|平移|往左移?|往右移?)/g,
      (_m, first: string, then: string) => `先${MOVE_VERB[first] ?? first}，后${MOVE_VERB[then] ?? then}`,
    )
    // "三张分别配字幕：…": a caption for each photo, listed.
    .replace(/(?:[两三四五六]|\d)张(?:照片|图片)?(?:分别|各)(?:配|加)(?:上)?(?:个)?字幕/g, '每张加字幕')
    // "在每张图片上分别写上：早上、中午、晚上": words for each photo, listed.
    .replace(/在?每(?:一)?张(?:图片|照片)?上?(?:分别|各)(?:写|打|标)(?:上)?(?=\s*[:：])/g, '每张加字幕')
    // "caption should say Day two instead": what the text should say is its new words.
    .replace(
      /^\s*(?:the\s+)?(captions?|titles?|subtitles?|end\s+card)\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:say|read)\s+(?=\S)/i,
      'change the $1 to ',
    )
    // "remove the caption, music down to 40%": the music's level is a request of its own, not removed too.
    .replace(
      /[,;]\s*(?:and\s+)?(?:the\s+)?(?:music|song|bgm)\s+(?:down|up)?\s*(?:to|at)?\s*(\d+)\s*%/gi,
      (said, level: string, at: number, whole: string) =>
        /\b(?:remove|delete|drop|cut|no)\b/i.test(whole.slice(0, at))
          ? `; set the music volume to ${level}%;`
          : said,
    )
    // "视频总长改成15秒吧，抖音上太长没人看": a platform named in the reason is no request for its format.
    .replace(
      /[，,]\s*(?:在|发)?(?:抖音|小红书|快手|视频号|[bB]站|朋友圈|微博)(?:上|里)?[^，,。！!？?]{0,10}(?:没人看|看不完|划走|不行|太长|太短|会被划走)[^，,。！!？?]*/g,
      '',
    )
    // "other direction now" after a pan: the other way.
    .replace(/\b(?:the\s+)?(?:other|opposite)\s+direction\b/gi, 'the other way')
    // "往回撤两步": undo, so many steps.
    .replace(/往回撤(?:销)?([两二三四\d])步/g, '撤销$1步')
    // "reverse everything but keep the first photo first": the others reversed among themselves.
    .replace(
      /\b(?:reverse|flip)\s+(?:everything|all(?:\s+of\s+them)?|the\s+order|them|the\s+photos)\s*,?\s*but\s+keep\s+the\s+(first|last)\s+(?:photo|one|pic|picture)\s+(?:first|last|where\s+it\s+is|in\s+place|at\s+the\s+(?:start|end))\b/gi,
      'reverse everything except the $1 photo',
    )
    // "黑白的不好看，还原吧": what was just done taken back.
    .replace(
      /^[^，,。]*(?:不好看|不喜欢|不行|难看)[，,]\s*(?:还是)?(?:还原|恢复|改回去|变回去|换回去)(?:吧|一下)?\s*[。!！]?\s*$/,
      '撤销',
    )
    // "whats on the timeline": what's.
    .replace(/\bwhats\b/gi, "what's")
    // "photograph" is a photo.
    .replace(/\bphotographs\b/gi, 'photos')
    .replace(/\bphotograph\b/gi, 'photo')
    // "别弄成黑白的哈": a particle at the end is tone, not words.
    .replace(/(?<=[\u4e00-\u9fff])(?:哈哈|哈|嘿|呗|哦|噢|喔)(?=\s*[。.!！~～]*\s*$)/, '')
    // "加标题：十年同学会，配点欢快的音乐": unquoted words end where the next request begins.
    .replace(
      /((?:标题|字幕|片尾|片头)\s*[:：]\s*)([^，,。；;“”"'‘’「」\n]{1,30}?)\s*[，,]\s*(?=(?:再|然后|并且|还要|也)?(?:配|加|改|换|放|用|每张|转场|音乐|背景音乐|滤镜|竖屏|横屏|方形|调|设|做成|弄成|整体))/g,
      '$1“$2”，',
    )
    // "刚才那步撤回": the last step undone, whatever it touched.
    .replace(
      /^\s*(?:刚才|刚刚)(?:的)?(?:那|这)?(?:一)?步(?:操作|修改)?(?:给我)?(?:撤回|撤销|撤掉)(?:吧|了)?\s*[。!！]?\s*$/,
      '撤销',
    )
    // "结尾加一张片尾卡，写“下次见”": an end card, and its words.
    .replace(
      /(?:结尾|最后)?(?:加|放)(?:一张|一个|个|张)?片尾卡(?:片)?[，,]?\s*(?:写|写上|内容是|写着)?\s*[:：]?\s*/g,
      '片尾：',
    )
    // "片尾加一句 谢谢收看", "标题写一行：…": a measure of words is no part of them.
    .replace(
      /(标题|字幕|片尾|片头)(?:上|里)?(?:加|写|放|打)(?:上)?(?:一句|一行|句|行|几个字)\s*[:：]?\s*(?=\S)/g,
      '$1：',
    )
    // "del title | cap red": a bar between spaces separates requests as a semicolon does.
    .replace(/(?<=\S)\s+\|\s+(?=\S)/g, '; ')
    // "photo 1 4s / photo 2 2s / photo 3 2s": a slash between spaces separates requests as a semicolon does.
    .replace(/(?<=\S)\s+\/\s+(?=\S)/g, '; ')
    // "captions, one per photo: …": the comma between the noun and how many there are is no pause.
    .replace(/\b(captions?|subtitles?|titles?)\s*,\s*(?=one\s+(?:per|for\s+each|on\s+each|each)\b)/gi, '$1 ');
  const { text, quotes } = extractQuotes(
    quoteTextAfterColon(quoteNameSaid(quoteCaptionList(spreadLengthList(splitListItems(clean))))),
  );
  const raw = text;
  const lang = detectLang(raw);
  const mandarin = toMandarin(identity(lowerSameLength(narrow(raw))));
  const said = mandarin.text;
  const norm = unitForBareLengths(
    readContext(
      exceptionWithValue(
        correctChinese(
          correctDirections(
            correctSpelling(
              spellNamedMoves(expandEditorShorthand(digitizeNumbers(mandarin)), protect),
              protect,
            ),
          ),
        ),
      ),
    ),
  );
  return { raw, said, quotes, lang, norm };
}

/**
 * "竖屏 20秒": a space before a number apart from the words before it starts an instruction of its own —
 * unless those words take the number ("淡入 1 秒", "每张 3 秒", "音量调到 30%", "第 2 张").
 */
const NUMBER_TAKER =
  '(?:每(?:一)?[张个幅页段]?(?:照片|图片|相片|图)?|各|淡入|淡出|渐入|渐出|音量|时长|长度|总长|一共|总共|共|到|为|成|至|是|用|调|设|改|加|减|延长|缩短|加长|停留|停|放|展示|显示|持续|留|晚|早|提前|推迟|大概|大约|约|第|前|后|再|多|少|其他的|其余的|剩下的|其他|其余|剩下)';
/** "音乐 50%": a percentage after the music is how loud it plays. */
const LOUD_THING = '(?:音乐|配乐|背景音乐|歌|歌曲|bgm)';
/**
 * "first pic 2s second 3s third 4s", "last one 4s the rest 2s": typed without commas, a length then the next
 * photo with its own length starts another instruction, as "第一张2秒 第二张3秒" does.
 */
const LENGTH_THEN_PHOTO = String.raw`(?<=\d\s*(?:s|secs?|seconds?))(?=\s+(?:the\s+|and\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|final|next|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|photo|picture|pic|image|shot|slide))?|(?:photo|picture|pic|image|slide)\s*#?\d{1,2}|rest|others?|other\s+ones|everything\s+else)\s+(?:(?:is|are|to|at|for|gets?|=|:)\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?(?![\w.]))`;
/**
 * "黑边 不要", "第三张 也这样", "狗 和 火箭 互换": a refusal, a "the same" or a swap alone after a space is said
 * of the words before it.
 */
const ZH_BARE_PREDICATE = String.raw`(?:不要|去掉|删掉|删了|不用|拿掉|去了|也(?:这样|一样|是|要|这么(?:做|弄|改)?|照做)|同样|一样|互换|对调|交换|调换|换一下)(?:了|吧|啊|呀)*(?:\s|$|[，,。！!；;])`;
/**
 * "第1张 放大", "除了最后一个转场 全部黑场", "狗 和 火箭", "配乐 欢快": words that go on past a space — a photo
 * named alone, an exception, "and", the music before its mood.
 */
const ZH_HOLDS_ON = String.raw`第\d+张|最后(?:1|一)?张|倒数第\d+张|除了[^，,。；;\s]{1,12}|[和跟与]|配乐|音乐|背景音乐|bgm`;
/**
 * "第一张 zoom in 第二张 zoom out", "第一张 4s 其他的 2s": after a photo named in Chinese and English words or a
 * length, a space before the next photo named in Chinese starts another instruction.
 */
const LATIN_THEN_ZH_PHOTO = String.raw`(?<=(?:第\d+张|最后(?:1|一)?张|倒数第\d+张)[^，,。；;]*?[a-z%])\s+(?=第\d+张|最后(?:1|一)?张|倒数第\d+张|其他|其余|剩下|另外(?:\d|几)张)`;
const HARD = new RegExp(
  `(?:${LENGTH_THEN_PHOTO}|${LATIN_THEN_ZH_PHOTO}|(?<=\\d\\s*秒钟?)(?=\\s*第\\d+张)|(?<!\\d),|(?<=[\\u4e00-\\u9fff])(?<!${ZH_HOLDS_ON})\\s+(?=[\\u4e00-\\u9fff])(?![和跟与])(?!${ZH_BARE_PREDICATE})|(?<=[\\u4e00-\\u9fff])(?<!${NUMBER_TAKER})\\s+(?=\\d+(?:\\.\\d+)?\\s*[秒s])|(?<=[\\u4e00-\\u9fff])(?<!${NUMBER_TAKER}|${LOUD_THING})\\s+(?=\\d+(?:\\.\\d+)?\\s*%)|,(?!\\d)|[;，；。！？!?\\n、]|\\.(?=\\s|$)|(?<=\\s)[-–—](?=\\s)|\\s*\\+\\s*(?=\\D)|然后|并且|同时|另外|还有|以及|接着|顺便|(?<![张个幅长度体频])再(?=把|给|加|添|换|删|改|用|放|调|设))+`,
  'g',
);
// "fade it in and out" is one thing said of both ends, not two instructions.
const SOFT =
  /\s+(?:and\s+then|and\s+also|and(?!\s+(?:fade\s+)?out\b)|(?<!\b(?:fade[sd]?|fading)\b[^,.;]{0,40}\bin\s+)and(?=\s+(?:fade\s+)?out\b)|then|also|plus|as\s+well\s+as|(?<!\ball\s+)but|&)\s+/g;

interface Piece {
  start: number;
  end: number;
}

/** "the first and second photos", "the 2nd and 3rd shot": one list of photos, never two instructions. */
const ORDINAL_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))$/;
/** "the first, third and fifth photos": after a list's comma, another ordinal of the same list. */
const ORDINAL_LIST_GOES_ON =
  /^\s*(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\b(?=\s*,|\s+and\b|\s+(?:photo|picture|pic|image|shot|slide|one|transition)s?\b)/;
const ORDINAL_AFTER =
  /^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|slide|one|transition)s?\b/;

const BETWEEN_BEFORE =
  /\bbetween\s+(?:the\s+)?(?:(?:photos?|pictures?|pics?|images?|slides?|shots?)\s*)?#?\d{1,2}$/;

function cut(text: string, re: RegExp, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  const part = text.slice(start, end);
  for (const match of matchesOf(part, re)) {
    if (
      re === HARD &&
      /^\s*,\s*$/.test(match[0]) &&
      ORDINAL_BEFORE.test(part.slice(0, match.index).trimEnd()) &&
      ORDINAL_LIST_GOES_ON.test(part.slice(match.index + match[0].length))
    )
      continue;
    if (
      re === SOFT &&
      /^\s+and\s+$/.test(match[0]) &&
      ORDINAL_BEFORE.test(part.slice(0, match.index)) &&
      ORDINAL_AFTER.test(part.slice(match.index + match[0].length))
    )
      continue;
    // "make the title appear after 1 second and last 3 seconds": how long the text lasts, not the last photo.
    if (
      /^\s*(?:and\s+)?$|^\s+and\s+$/.test(match[0]) &&
      /\b(?:title|caption|text|subtitle|words|lower\s+third)\b/.test(part.slice(0, match.index)) &&
      /^\s*(?:and\s+)?(?:last|lasts|stay|stays|remain|remains)\s+(?:on\s+screen\s+)?(?:for\s+)?(?:about\s+|only\s+|just\s+)?\d/.test(
        part.slice(match.index + match[0].length),
      )
    )
      continue;
    // "black and white" is one look: its "and" joins no two instructions.
    if (
      re === SOFT &&
      /\bblack\s*$/.test(part.slice(0, match.index)) &&
      /^white\b/.test(part.slice(match.index + match[0].length))
    )
      continue;
    // "between 2 and 3", "between photo 1 and photo 2": the two photos a transition joins.
    if (
      re === SOFT &&
      /^\s+and\s+$/.test(match[0]) &&
      BETWEEN_BEFORE.test(part.slice(0, match.index)) &&
      /^(?:(?:the\s+)?(?:photo|picture|pic|image|slide|shot)\s*)?#?\d/.test(
        part.slice(match.index + match[0].length),
      )
    )
      continue;
    pieces.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  pieces.push({ start: from, end });
  return pieces.filter((piece) => text.slice(piece.start, piece.end).trim().length > 0);
}

/** Edits that change photos or what lies between them: on a draft with none, there is nothing for them to do. */
const NEEDS_PHOTOS = new Set<EditCommand['type']>([
  'setSegmentDuration',
  'setDuration',
  'setTransition',
  'setMotion',
  'setFit',
  'setVideoFade',
  'reverseSegments',
  'moveSegment',
  'swapSegments',
  'removeSegment',
  'sortByDate',
  'syncToBeats',
]);
/** Notes that say the same as "upload photos first", one edit at a time. */
const NO_PHOTO_NOTES = ['note.timing.noPhotos', 'note.beats.noPhotos'] as const;

const IDEMPOTENT = /^(?:set|applyPreset|removeText|removeMusic|sortByDate)/;

export interface PlanContext {
  draft: Draft;
  media: readonly MediaRef[];
  /** What the conversation was about before this message. */
  topic?: Topic;
  /** What earlier messages pointed at: the photo, the text, the last one-photo edit. */
  memory?: Memory;
  /** Earlier versions of the draft, where "bring the music back" finds the music. */
  history?: DraftHistory;
}

function clauseOf(prep: Prepared, piece: Piece): Clause {
  return new Clause(sliceMapped(prep.norm, piece.start, piece.end), prep.raw, prep.quotes, prep.said);
}

interface Read {
  clause: Clause;
  out: RuleOutput;
  leftover: number;
}

function dryRun(prep: Prepared, piece: Piece, ctx: PlanContext): Read {
  const clause = clauseOf(prep, piece);
  const out = readClause(clause, { draft: ctx.draft, media: ctx.media, lang: prep.lang, topic: undefined });
  return { clause, out, leftover: clause.leftover().length };
}

/**
 * "and the third one too; also zoom out on it", "第四张也一样，然后其他的…", "no, I meant photo 3 — and …": a
 * clause that only points the last message's edit somewhere else is whole, however few words it reads
 * without that memory, so the request after it is not joined to it.
 */
function followsUp(prep: Prepared, piece: Piece, ctx: PlanContext): boolean {
  const memory = ctx.memory;
  if (!memory?.last?.length) return false;
  const source = prep.norm.text.slice(piece.start, piece.end);
  const found = (commands: EditCommand[] | undefined) => (commands?.length ?? 0) > 0;
  return (
    found(repeatOnPhotos(clauseOf(prep, piece), ctx.draft, memory)) ||
    found(redirect(clauseOf(prep, piece), ctx.draft, memory)) ||
    (memory.last.some((command) => /Text$/.test(command.type)) &&
      found(redirect(clauseOf(prep, piece), ctx.draft, memory, REPEAT_THERE))) ||
    found(repeatOnTransition(source, ctx.draft, memory))
  );
}

/**
 * Splits a message into instructions: at punctuation and Chinese connectives first, then at "and",
 * "then", "also". Two neighbours are joined again when together they leave fewer words unread than apart
 * ("swap photo 1 | and 3", "black | and white", "a title Rock | and Roll"), so splitting never breaks
 * an instruction the rules understand whole. Returns each piece with its reading against the input draft.
 */
export function splitMessage(prep: Prepared, ctx: PlanContext): { piece: Piece; read: Read }[] {
  const text = prep.norm.text;
  const pieces: Piece[] = [];
  for (const hard of cut(text, HARD, 0, text.length)) pieces.push(...cut(text, SOFT, hard.start, hard.end));
  const merged: { piece: Piece; read: Read }[] = [];
  for (const piece of pieces) {
    const alone = dryRun(prep, piece, ctx);
    const previous = merged[merged.length - 1];
    // "please", "thanks" ask for nothing; "remove it" leans on what was named before, so it stays.
    const leans =
      /\b(?:remove|delete|drop|cut|move|make|put|zoom|pan|swap|take|lose|ditch|get\s+rid\s+of|toss|nix|axe|bin|trash)\b[^,]*\b(?:it|them)\b|[删去移放]\S*[它]|^\s*(?:就|那就|直接|帮我)?(?:删掉|去掉|拿掉|删了|去了|删除|不要了|不想要了|不用了)(?:吧|呗|了吧)?\s*$/.test(
        text.slice(piece.start, piece.end),
      );
    if (!alone.out.understood && alone.leftover === 0 && pieces.length > 1 && !leans) continue;
    // "the caption is too low, raise it a bit": a remedy stays apart from its complaint, which it repeats.
    const remedy =
      previous !== undefined &&
      remediesComplaint(
        previous.read.out.commands,
        previous.read.clause.source,
        text.slice(piece.start, piece.end),
      );
    if (
      previous &&
      !remedy &&
      !followsUp(prep, previous.piece, ctx) &&
      (alone.leftover > 0 || previous.read.leftover > 0) &&
      piece.end - previous.piece.start <= 400
    ) {
      const joinedPiece = { start: previous.piece.start, end: piece.end };
      const joined = dryRun(prep, joinedPiece, ctx);
      if (joined.leftover < alone.leftover + previous.read.leftover) {
        merged[merged.length - 1] = { piece: joinedPiece, read: joined };
        continue;
      }
    }
    merged.push({ piece, read: alone });
  }
  return merged;
}

export interface RulePlan {
  lang: Lang;
  routes: AnswerRoute[];
  /** The message asked for a video to be made. */
  createAsked: boolean;
  /** How many of the first commands made the video from the uploads. */
  createCount: number;
  commands: EditCommand[];
  changes: Change[];
  /** The draft after the commands, or the input draft when one failed. */
  draft: Draft;
  notes: Note[];
  /** Instructions nobody understood, as typed. */
  unread: string[];
  error?: JoyError;
  failed?: EditCommand;
  truncated: boolean;
  /** Some instruction was understood (even when it needed no change). */
  understood: boolean;
  /** What the message was last about, for the next message ("make them longer"). */
  topic?: Topic;
  /** What the conversation points at after this message ("make that one longer"). */
  memory: Memory;
  /** The index of the command that fitted the photos back to the length the person set, if any. */
  kept?: number;
  /** The commands move the last message's edits elsewhere ("no, I meant photo 3"): take those back first. */
  corrects?: boolean;
  /** The message asked for the last step again ("a bit more"): the memory keeps that step's message. */
  repeated?: boolean;
}

/** What a message that brought something back is about, for "make it quieter" next. */
const RESTORED_TOPIC: Partial<Record<EditCommand['type'], Topic>> = {
  setMusic: 'music',
  addText: 'text',
  setLook: 'look',
  setTransition: 'transition',
  setMotion: 'motion',
};

/** "a bit more", "even more", "more please", "再多一点", "再来点": the last step again. */
const AGAIN =
  /^\s*(?:(?:ok|okay|yes|yeah|hmm|and)[,\s]+)?(?:(?:a\s+(?:bit|little|touch|tad)|even|much|way|some|just\s+a\s+(?:bit|little)|slightly|still)\s+)?more(?:\s+(?:please|pls|still))?\s*[.!]*\s*$|^\s*(?:再|还要|还得)(?:多|来)?(?:一点|一些|点|些)(?:吧|儿)?\s*$|^\s*(?:(?:ok|okay|yes|yeah|and|now)[,\s]+)?(?:again|one\s+more\s+time|once\s+more|(?:the\s+)?same\s+again|(?:do|same)\s+(?:it|that|the\s+same)\s+again|repeat\s+(?:it|that)|(?:one\s+)?more\s+time)(?:\s+(?:please|pls|plz|thanks))?\s*[.!]*$|^\s*(?:再|在)(?:来|做|弄|改|调)?(?:一次|一遍|一下)(?:吧|呗)?\s*$|^\s*(?:同样|一样)(?:的)?再(?:来)?(?:一次|一遍)\s*$/;
/** Changes a "more" can repeat: steps of a length, a transition, a volume or a text. */
const STEPS = new Set(['setSegmentDuration', 'setDuration', 'setTransition', 'setMusicVolume', 'updateText']);

const HEDGE =
  /^\s*(?:(?:like|about|say|maybe|(?:go\s+|set\s+(?:it|them)\s+|put\s+(?:it|them)\s+)?back\s+to|nah|nope|scratch\s+that|i\s+mean|hold\s+on|on\s+second\s+thought|no\s+wait|around|roughly|approximately|approx|perhaps|something\s+like|more\s+like|to|make\s+(?:it|them)|at|~|actually|no|wait|sorry|oops|hmm|ok|okay|instead|then|set\s+(?:it|them)\s+to|change\s+(?:it|them)\s+to|(?:those|these|they|it|that|each(?:\s+one)?)\s+(?:should|could|can|will|must|need\s+to)\s+(?:last|be|take)|(?:those|these|they|it)\s+(?:last|take)|(?:shorten|lengthen|extend|trim|cut|reduce|bring|drop|raise|turn|knock|make|bump|push|take|put)\s+(?:it|them|that|those|these|this)\s+(?:down\s+|up\s+|back\s+)?to|(?:make|set|change)\s+(?:that|this|those|these)|(?:shorten|lengthen|trim|cut|extend)\s+to)[\s,]+)*/;
const HEDGE_ZH =
  /^\s*(?:不对|算了|还是|其实|哦不|噢不|啊不|不不|大概|大约|比如|差不多|约|就|改成|改为|改到|改回|换回|调回|变回|调成|调到|换成|设成|改|调|到|设为|弄成|[，,\s])+/;
const EACH =
  /\s*(?:each|apiece|a\s+piece|per\s+(?:one|transition|photo)|each\s+one|(?:for\s+)?all\s+of\s+them|for\s+(?:them\s+)?all|across\s+the\s+board|每个|每张|各|都是?)\s*$/;
/** "the duration 1 s", "时间改成1秒", "时长改成一秒": a word for "how long" that leaves the thing to the topic. */
const GENERIC_LENGTH =
  /^\s*(?:(?:make\s+|set\s+|change\s+)?(?:the\s+)?(?:duration|time|timing|length)\s+(?:to\s+|is\s+|=\s*|should\s+be\s+|of\s+)?|(?:时间|持续时间|时长|长度)(?:改成|改为|设为|调成|调到|设置为|设成|是|为|要)?)/;
const HEDGE_END =
  /\s*(?:or\s+so|ish|tops|max|please|instead|then|(?:is|are|would\s+be|should\s+be)\s+(?:(?:more\s+than|plenty|quite|just)\s+)?(?:enough|plenty|fine|good|ok|okay)|will\s+do|左右|吧|上下|的样子|就行了?|就好了?|就够了?|就可以了?|够了|即可)?\s*$/;

/** "keep it at 9 s", "has to stay 9s", "保持9秒", "时长9秒不变": the number is a length to hold. */
const HOLD_AT =
  /(?:\b(?:the\s+)?(?:total(?:\s+length)?|runtime|run\s*time|length|duration|video)\s+(?:must|should|has\s+to|needs\s+to|will|is\s+to|to)?\s*)?\b(?:keep|keeps|stay|stays|remain|remains|hold|holds|leave)\b(?:\s+(?:it|the\s+(?:video|runtime|length|duration|total(?:\s+length)?)))?\s+(?:at\s+|to\s+|as\s+)?(?:exactly\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b(?:\s+long\b)?|(?:保持|维持|固定|控制)(?:在)?(\d+(?:\.\d+)?)\s*秒|(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:保持)?不(?:要)?变/;
/** "don't change the runtime", "keep the length the same", "总时长不变", "别改时长": the length as it is. */
const HOLD_SAME =
  /\b(?:don'?t|do\s+not|dont|without|never|no)\s+(?:chang\w*|touch\w*|mess\w*\s+with|alter\w*)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:runtime|run\s*time|length|duration|timing)\b|\b(?:keep|leave)\s+(?:the\s+|its\s+)?(?:overall\s+|total\s+)?(?:runtime|length|duration)\s+(?:the\s+same|as\s+(?:is|it\s+is)|unchanged|where\s+it\s+is)\b|(?<!\b(?:one|ones|photo|photos|picture|pictures|pic|pics|image|images|slide|slides|shot|shots|first|second|third|fourth|fifth|last|all|them|each|every|they|equal)\s+(?:all\s+)?(?:the\s+|a\s+)?)\bsame\s+(?:overall\s+|total\s+)?(?:runtime|length|duration)\b|(?:视频)?(?:总时长|总长度|总长|时长|长度)(?:保持)?不(?:要)?变|(?:视频)?(?:总时长|总长度|总长|时长|长度)(?:别|不要|不能)(?:变|动|改)|(?:别|不要|不能)(?:改|动|变)(?:视频)?(?:总时长|总长度|总长|时长|长度)|保持(?:原来的)?(?:视频)?(?:总时长|总长度|总长|时长|长度)(?:不变|一样)?/;
/** Things with lengths of their own: a number said of them is theirs to keep ("the rest stay at 3 s"). */
const HOLD_OTHER =
  /\b(?:rest|others|remaining|everything\s+else|transitions?|crossfades?|fades?|photos?|pictures?|images?|pics?|shots?|slides?|title|caption|text|music|song|volume)\b|\b(?:the|that|this)\s+(?:[a-z]+\s+)?one\b|转场|过渡|照片|图片|每张|第\d+张|其他|其余|剩下|标题|字幕|音乐|音量/;

/** A text named: a length held after it in the same sentence is the text's. */
const TEXT_SAID = /\b(?:title|caption|subtitles?|text|words|headline)\b|标题|字幕|文字|大字/;

/** A single photo named ("the rocket one", "photo 2", "that pic"), which "it" after it is. */
const ONE_PHOTO_SAID =
  /\b(?:one(?!\s+(?:more|last|thing|sec(?:ond)?|minute))|photo|picture|pic|shot|image|slide|clip)\b(?!s)(?:\s*#?\d+)?\s*[,:;—–-]?\s*$|(?:那|这|第\d+)张(?:照片|图片|相片|图)?\s*[,，:：]?\s*$/;
/** Where a phrase's own instruction starts and ends: punctuation and "but". */
const HOLD_BOUNDS = /[,，;；。.!?！？\n]|\b(?:but|and|while)\b|但是?|不过|可是|并且|同时|而且/g;

/**
 * "…but don't change the runtime, it has to stay 9s", "总时长保持9秒不变": a length to hold, not to set
 * now — whatever else the message changes, the video ends at it. Returns the total in ms and blanks
 * the words, so no rule reads the number as a transition's or a photo's.
 */
function takeHeldLength(prep: Prepared, draft: Draft): number | undefined {
  if (draft.video.length === 0) return undefined;
  let held: number | undefined;
  for (const re of [HOLD_AT, HOLD_SAME]) {
    // "don't change the runtime" is already read as asking for nothing, so it is looked for as typed.
    const text = re === HOLD_SAME ? prep.raw.toLowerCase() : prep.norm.text;
    const match = re.exec(text);
    if (!match) continue;
    const cuts = [...matchesOf(text, HOLD_BOUNDS)].map((cut) => cut.index);
    const from = Math.max(0, ...cuts.filter((at) => at < match.index));
    const to = Math.min(text.length, ...cuts.filter((at) => at >= match.index + match[0].length));
    if (HOLD_OTHER.test(text.slice(from, to))) continue;
    // "title at 2s and stays 3 seconds", "字幕1秒出来，保持3秒": a hold with no subject of its own, after a
    // text in the same sentence, is how long that text stays.
    const sentence = Math.max(
      0,
      ...[...matchesOf(text.slice(0, match.index), /[.;!?。；！？\n]/g)].map((stop) => stop.index + 1),
    );
    if (
      !/\b(?:total|runtime|run\s*time|length|duration|video)\b/.test(match[0]) &&
      TEXT_SAID.test(text.slice(sentence, Math.max(sentence, from)))
    )
      continue;
    // "the rocket one, hold it 4s": "it" is the photo just named, and a photo is held on screen, not kept.
    if (/\bit\b/.test(match[0]) && ONE_PHOTO_SAID.test(text.slice(0, match.index))) continue;
    const said = match[1] ?? match[2] ?? match[3];
    const ms = said === undefined ? draftDurationMs(draft) : Math.round(Number(said) * 1000);
    if (ms < 1000 || ms > 3_600_000) continue;
    held ??= ms;
    // The words go, with a "but" before them ("但是时长别变"), so nothing reads them again.
    const norm = prep.norm.text;
    const found = re === HOLD_AT ? match : re.exec(norm);
    if (found) {
      const lead =
        /(?:\b(?:but|and)\s+)?(?:\b(?:keep|keeping|with|stay|staying|remain)\s+(?:the\s+|its\s+|it\s+(?:at\s+)?(?:the\s+)?)?)?$|(?:但是?|不过|可是)$/.exec(
          norm.slice(0, found.index),
        );
      const start = lead?.[0] ? lead.index : found.index;
      const end = found.index + found[0].length;
      prep.norm = {
        text: norm.slice(0, start) + ' '.repeat(end - start) + norm.slice(end),
        map: prep.norm.map,
      };
    }
  }
  return held;
}

/** Lengths of the video or its photos, and transitions: what a bare number of seconds can restate. */
const LENGTH_GROUP = new Set(['setDuration', 'setSegmentDuration']);

function sameGroup(a: EditCommand, b: EditCommand): boolean {
  return a.type === b.type || (LENGTH_GROUP.has(a.type) && LENGTH_GROUP.has(b.type));
}

/** What a text's change can set; two changes of a text are the same step only when they set one of them. */
const TEXT_FIELDS = ['text', 'size', 'color', 'position', 'style', 'startMs', 'endMs'] as const;

/**
 * Whether a value replaces the step said before it ("longer transitions, like 1.5 s"). "字幕改成黄色，字大一点":
 * the size after a colour is another change of the same text, kept beside it.
 */
function restatesStep(step: EditCommand, value: EditCommand): boolean {
  if (step.type === 'updateText' && value.type === 'updateText')
    return TEXT_FIELDS.some((field) => field in step && field in value);
  return sameGroup(step, value);
}

/**
 * A value said again in the shape of the edit it corrects: "last transition a zoom, 600ms" keeps that
 * transition and its kind; "every photo 2 s — scratch that, 1.8" stays a length for every photo;
 * "每张4秒" then "改回3秒" is still each photo's length. The latest such edit of this message wins, else
 * the last message's; a length for each photo said outright ("2 s each") is never turned into another.
 */
function restate(
  value: EditCommand,
  made: readonly EditCommand[],
  last: readonly EditCommand[] | undefined,
): EditCommand[] {
  const group = (commands: readonly EditCommand[]) => {
    const at = commands.findLastIndex((command) => sameGroup(command, value));
    if (at < 0) return [];
    let from = at;
    while (from > 0 && commands[from - 1]!.type === commands[at]!.type) from--;
    return commands.slice(from, at + 1);
  };
  const template = group(made).length > 0 ? group(made) : group(last ?? []);
  if (template.length === 0 || template.length > 20) return [value];
  if (value.type === 'setTransition' && value.durationMs !== undefined)
    return template.map((command) =>
      command.type === 'setTransition' && command.name !== 'cut'
        ? { ...command, durationMs: value.durationMs }
        : value,
    );
  if (value.type === 'setDuration' && template.every((command) => command.type === 'setSegmentDuration'))
    return template.map((command) => ({ ...command, durationMs: value.totalMs }) as EditCommand);
  return [value];
}

/** "全部0.6秒", "all of them 0.4 s": a length for every one of the things, not only those just named. */
const ALL_OF_THEM =
  /^\s*(?:全部|统统|一律|统一|都|all\b)|\ball\s+of\s+them\b|\bfor\s+(?:them\s+)?all\b|全部|统一/;

/**
 * A length for every transition, each keeping its kind ("第1、2张之间用黑场，其余用叠化，全部0.6秒"): one
 * command when they are all one kind.
 */
function everyTransitionAt(value: EditCommand, draft: Draft): EditCommand[] {
  if (value.type !== 'setTransition' || value.durationMs === undefined) return [value];
  const slots = draft.video.slice(0, -1).flatMap((segment, index) =>
    segment.transition && segment.transition.name !== 'cut'
      ? [
          {
            type: 'setTransition',
            name: segment.transition.name,
            durationMs: value.durationMs,
            index,
          } as EditCommand,
        ]
      : [],
  );
  const kinds = new Set(slots.map((command) => (command as { name: string }).name));
  if (slots.length === 0 || (kinds.size === 1 && slots.length === draft.video.length - 1)) return [value];
  return slots;
}

/** A clause of feel words alone ("soft and dreamy", "柔和梦幻一点"): how the thing asked for should feel. */
const FEEL_ONLY =
  /^\s*(?:(?:and|but|so|very|really|super|more|nice|kinda|a\s+bit|a\s+little|all|,|、|和|又|很|更|有点|一点|一些|的|感觉|要)\s*)*(?:(?:soft|softer|dreamy|dreamier|gentle|gentler|smooth|smoother|subtle|airy|ethereal|hazy|floaty|delicate|elegant|magical|romantic|柔和|梦幻|温柔|轻柔|唯美|朦胧|浪漫|丝滑|顺滑)\s*(?:(?:and|,|、|和|又|一点|一些|的)\s*)*)+$/;

/**
 * "that one", "it", "那个": the one thing a clause before singled out. "— that should fade to black": a
 * bare "that" opening the clause is its subject, the one left out.
 */
const THAT_ONE_LEFT =
  /\b(?:that|this)\s+(?:one|transition)\b|\bit\b|^\s*(?:and\s+|but\s+|so\s+)?(?:that|this)\s+(?:should|must|can|could|will|would|needs?|has\s+to|gets?|is|'s|becomes?|goes)\b|那个|这个|那一个|它/;

/** The one transition a clause that set all the others left as it was ("…except the last one"). */
function sparedSlot(commands: readonly EditCommand[], draft: Draft): number | undefined {
  const slots = draft.video.length - 1;
  if (
    slots < 2 ||
    !commands.every((command) => command.type === 'setTransition' && command.index !== undefined)
  )
    return undefined;
  const set = new Set(commands.map((command) => (command as { index: number }).index));
  if (set.size !== slots - 1) return undefined;
  return Array.from({ length: slots }, (_, k) => k).find((k) => !set.has(k));
}

/** An amount of time added or taken ("再加两秒", "add 2 seconds", "1 second less"), not a length to reach. */
const AMOUNT_ADDED = /(?:再|多|加|减|少)\s*\d+(?:\.\d+)?\s*秒|\b(?:add|plus|another|extra|more|less|fewer)\b/;

/** The video's own length complained of ("视频太长了", "the video is too long"). */
const VIDEO_TOO_LONG =
  /(?:视频|片子|整个|总时长|时长)(?:还是|有点|有些|太|也)*(?:太|有点|有些)?(?:长|短)了|\b(?:the\s+)?(?:video|whole\s+thing|clip|reel|movie)\s+(?:is|was|feels|seems)\s+(?:still\s+|way\s+|a\s+bit\s+|much\s+)?too\s+(?:long|short)\b/;

/** Words that name the video itself as what a length is of. */
const VIDEO_ITSELF =
  /\b(?:it|video|movie|clip|film|whole|entire|total|overall|altogether|runtime|run\s*time|duration)\b|视频|总|整个|全片|时长|一共/;

/** A length said as a step ("longer", "再放久一点"). */
const RELATIVE_STEP = /\b(?:longer|shorter|slower|faster|quicker)\b|[长久慢短快](?:一点|一些|点|些)/;

/** Words that make a length the video's own, whatever the edit before it was about. */
const VIDEO_LENGTH =
  /\b(?:it|video|movie|clip|film|whole|entire|total|overall|altogether|runtime|run\s*time|length|long|duration)\b|视频|总|整个|全片|时长|长度|一共/;

/** Whether a clause says the number of seconds a length command has (so it is absolute, not a step). */
function saysSeconds(source: string, ms: number): boolean {
  for (const match of matchesOf(source, /(\d+(?:\.\d+)?)\s*(?:s\b|secs?\b|seconds?\b|秒)/g))
    if (Math.round(Number(match[1]) * 1000) === ms) return true;
  return false;
}

/** "that one", "this photo", "那张" said with a value ("make that one 4", "4 for that one", "那张改成4"). */
const THAT_ONE_VALUE =
  /^\s*(?:(?:hmm|um|ok|okay|ugh|so|then|and|but|actually|no|nah)[\s,]+)*(?:(?:make|set|change|put|keep|have)\s+)?(?:that|this)\s+(?:one|photo|picture|pic|image|shot|slide)\s+(?:(?:should|could|can|will|must|needs?\s+to)\s+(?:be|last|take|stay)\s+|to\s+|at\s+|is\s+|=\s*|:\s*)?(?=[\d.])|\s+(?:for|on)\s+(?:that|this)\s+(?:one|photo|picture|pic|image|shot|slide)\s*[.!]*\s*$|^\s*(?:把)?(?:那|这)(?:一)?张(?:照片|图片|相片|图)?\s*(?=(?:改成|改为|设成|设为|调成|调到|弄成|要|就|是)?\s*[\d.])/;

/** "stays", "should remain on screen for", "停留": words before how long a text stays. */
const TEXT_STAYS =
  /^\s*(?:(?:and|then)\s+)?(?:(?:it|that|which|they)\s+)?(?:(?:should|will|must|can|could|needs?\s+to|has\s+to)\s+)?(?:stays?|remains?|lasts?|shows?|lingers?|(?:is\s+)?on\s+screen|be\s+(?:shown|visible|on\s+screen)|(?:is\s+)?shown|(?:is\s+)?visible)(?:\s+(?:up|on(?:\s+(?:the\s+)?screen)?|visible))?(?:\s+for)?\s*|^\s*(?:然后|并且|再)?(?:保持|停留|持续|显示|停|留|挂)(?:了|个|住)?\s*/;

/**
 * The command a bare value ("like 1.5 seconds", "say 30%", "大概1.2秒") asks for under the topic of the
 * clause before it, or undefined when the clause is more than a value.
 */
/** A direction said alone: "left", "to the left", "向左", "是往左边". */
const MOVE_WAY =
  /^\s*(?:(?:no|nope|sorry|i\s+meant|actually)[,\s]+)*(?:(?:to\s+the|towards?\s+the|to)\s+)?(left|right|up|down|in|out)(?:wards?)?(?:\s+(?:instead|please))?\s*[.!]*\s*$|^\s*(?:是|要|应该是)?(?:向|往|朝)?(左|右|上|下)(?:边|面)?(?:平移|移动|移|走)?(?:吧|才对)?\s*$/;
const MOVE_WAYS: Record<string, string> = {
  left: 'left',
  right: 'right',
  up: 'up',
  down: 'down',
  in: 'in',
  out: 'out',
  左: 'left',
  右: 'right',
  上: 'up',
  下: 'down',
};

function valueForTopic(
  source: string,
  topic: Topic,
  draft: Draft,
  photo: number | undefined,
  role?: Memory['text'],
): EditCommand | undefined {
  // "title … at the top, 0.5s to 2.5s", "字幕…，3秒到6秒": after a text, a span of time is when it shows.
  if (topic === 'text' && role) {
    const span =
      /^\s*(?:from\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:to|-|–|until|till)\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*[.!]*\s*$|^\s*(?:从|在)?第?(\d+(?:\.\d+)?)\s*秒?\s*(?:到|至|-|–)\s*第?(\d+(?:\.\d+)?)\s*秒\s*$/.exec(
        source,
      );
    const index = span ? draft.texts.findLastIndex((entry) => entry.role === role) : -1;
    if (span && index >= 0) {
      const from = Math.round(Number(span[1] ?? span[3]) * 1000);
      const to = Math.round(Number(span[2] ?? span[4]) * 1000);
      if (to > from) return { type: 'updateText', index, startMs: from, durationMs: to - from };
    }
  }
  // "第二张向右平移" then "不对，是向左", "pan photo 2 right" then "no, to the left": a direction alone after a
  // photo's move is that move's direction.
  if (topic === 'motion' && photo !== undefined) {
    const way = MOVE_WAY.exec(source);
    const said = way && (MOVE_WAYS[way[1] ?? ''] ?? MOVE_WAYS[way[2] ?? '']);
    const current = draft.video[photo]?.motion.name ?? '';
    if (said) {
      const name = /^(?:in|out)$/.test(said)
        ? `zoom-${said}`
        : /^zoom-/.test(current)
          ? undefined
          : `pan-${said}`;
      if (name) return { type: 'setMotion', name, index: photo };
    }
  }
  // "时长改成10秒" after one photo's length is the video's length; only transitions lend it their own.
  if (topic !== 'transition' && /时长|长度|\blength\b/.test(source)) return undefined;
  // "make that one 4", "那张改成4": the photo just talked about, given a value; with none talked about
  // the words point at nothing, and the value is no one's.
  const pointed = source.replace(THAT_ONE_VALUE, ' ');
  if (pointed !== source && (photo === undefined || (topic !== 'timing' && topic !== 'motion')))
    return undefined;
  const unqualified = pointed.replace(GENERIC_LENGTH, '');
  const generic = unqualified !== pointed;
  // "(quick ones, 0.3s)": the brackets around an aside hold a value as plainly as commas do.
  let text = unqualified
    .replace(/^\s*[(（[]|[)）\]]\s*$/g, ' ')
    .replace(HEDGE, '')
    .replace(HEDGE_ZH, '')
    .replace(HEDGE_END, '');
  // "caption from 1s, stays 4 seconds", "标题两秒出来，停留3秒": after a text, how long it stays is its own.
  if (topic === 'text') text = text.replace(TEXT_STAYS, '');
  // "每张2秒" names the photos; "每个0.5秒" each of the things just talked about.
  if (topic !== 'timing' && /^\s*每(?:一)?张/.test(text)) return undefined;
  // "全部0.6秒", "all 0.6 s", "统一1秒": all of the things just talked about, each at that length.
  const eachFirst =
    /^\s*(?:每(?:一)?个|各|全部(?:都)?|统统|一律|统一|都|all(?:\s+of\s+them)?(?:\s+at)?)\s*/.exec(text);
  if (eachFirst) text = text.slice(eachFirst[0].length);
  // "…, 1 second each": each of the things just talked about; "2s per photo" names the photos instead.
  const each = eachFirst !== null || EACH.test(text);
  if (topic !== 'timing' && /photo|每张/.test(EACH.exec(text)?.[0] ?? '')) return undefined;
  text = text.replace(EACH, '').replace(HEDGE_END, '');
  // "…fade to black, a second long", "…黑场，一秒长": the length of the transition or fade just named.
  // "make it 20 seconds long" is the video's, whatever was said before it.
  if ((topic === 'transition' || topic === 'fade') && !VIDEO_ITSELF.test(source))
    text = text.replace(/(?<=\S)\s*(?:\blong|长)$/, '');
  text = text.replace(/^half\s+(?:a\s+)?sec(?:ond)?$/, '0.5 s').replace(/^(?:a|one)\s+sec(?:ond)?$/, '1 s');
  // "actually make it 4": a bare number takes the unit the topic's values have (seconds, or % for music).
  const bare = /^\d+(?:\.\d+)?$/.test(text.trim());
  const unit = bare ? (topic === 'music' ? '%' : ' s') : '';
  const seconds = /^(\d+(?:\.\d+)?)\s*-?\s*(ms|milliseconds?|毫秒|s|secs?|seconds?|秒钟?)$/.exec(
    `${text.trim()}${unit}`,
  );
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(`${text.trim()}${unit}`);
  if (
    bare &&
    topic !== 'music' &&
    topic !== 'transition' &&
    topic !== 'timing' &&
    topic !== 'motion' &&
    topic !== 'fade'
  )
    return undefined;
  if (seconds) {
    const ms = Math.round(Number(seconds[1]) * (/^(?:m|毫)/.test(seconds[2]!) ? 1 : 1000));
    // "fade to black at the end, 3 seconds": the length of the fades just set (the end's, unless only the start has one).
    if (topic === 'fade') {
      const { inMs, outMs } = draft.fade;
      return {
        type: 'setVideoFade',
        ...(inMs > 0 ? { inMs: Math.min(ms, 10_000) } : {}),
        ...(outMs > 0 || inMs === 0 ? { outMs: Math.min(ms, 10_000) } : {}),
      };
    }
    if (topic === 'transition') {
      // "时间改成1秒": a word for "how long" names the transitions only at a transition's length.
      if (generic && ms > 5000) return undefined;
      // "1 second crossfades, and 20 seconds long", "don't touch the transitions, just make it 20 seconds":
      // longer than any transition is the video's length.
      if (ms > 5000) return undefined;
      const current = draft.video.find((segment) => segment.transition && segment.transition.name !== 'cut');
      // "no transitions, 2 sec each": after hard cuts there is no transition to have a length; it is the photos'.
      if (!current?.transition) return undefined;
      return {
        type: 'setTransition',
        name: current.transition.name,
        durationMs: Math.min(ms, 10_000),
      };
    }
    // "title显示久一点 5秒": after a text's time, a bare length is how long that text shows.
    if (topic === 'text' && role && ms >= 300) {
      const index = draft.texts.findLastIndex((entry) => entry.role === role);
      const text = draft.texts[index];
      if (text && !each)
        return {
          type: 'updateText',
          index,
          durationMs: Math.min(ms, Math.max(300, draftDurationMs(draft) - text.startMs)),
        };
    }
    if ((topic === 'timing' || topic === 'motion' || topic === 'text') && photo !== undefined && ms >= 300)
      return { type: 'setSegmentDuration', durationMs: Math.min(ms, 600_000), index: photo };
    if (topic === 'timing' && each && ms >= 300) return { type: 'setSegmentDuration', durationMs: ms };
    if (topic === 'timing' && ms >= 1000) return { type: 'setDuration', totalMs: ms };
  }
  if (percent && topic === 'music' && draft.audio.length > 0)
    return { type: 'setMusicVolume', volume: Math.min(2, Number(percent[1]) / 100) };
  // "black and white, 40%", "make it sepia" then "say 30%": how strong the look is.
  if (percent && topic === 'look' && draft.look.name !== 'none' && Number(percent[1]) <= 100)
    return {
      type: 'setLook',
      name: draft.look.name,
      strength: Number(percent[1]) / 100,
      params: draft.look.params,
    };
  return undefined;
}

/** "double it", "twice as loud", "halve it", "翻倍": a share of the music's level said alone. */
/** "a quarter of what it is now", "half of that": a share of the level there is, by its word. */
const PART_OF_LEVEL =
  /^\s*(?:(?:to|at|make\s+it)\s+)?(?:(?:a|one)\s+(quarter|third)|(half))\s+(?:of\s+)?(?:what\s+it\s+is(?:\s+now)?|that|it|the\s+(?:current\s+)?(?:volume|level))\s*[.!]*\s*$/;
const PARTS: Record<string, number> = { quarter: 1 / 4, third: 1 / 3, half: 1 / 2 };
const MUSIC_SHARE: [RegExp, number][] = [
  [
    /^\s*(?:(?:so|just|then|ok|okay)\s+)*(?:double\s+(?:it|that|the\s+volume|the\s+level)|make\s+it\s+twice\s+as\s+loud|twice\s+as\s+loud|(?:x\s*2|2\s*x))(?:\s+(?:please|pls))?\s*[.!]*\s*$|^\s*(?:再)?(?:翻倍|加倍|大一倍|调大一倍)(?:吧)?\s*$/,
    2,
  ],
  [
    /^\s*(?:(?:so|just|then|ok|okay)\s+)*(?:halve\s+(?:it|that|the\s+volume)|half\s+as\s+loud|cut\s+it\s+in\s+half)(?:\s+(?:please|pls))?\s*[.!]*\s*$|^\s*(?:再)?(?:减半|小一半)(?:吧)?\s*$/,
    0.5,
  ],
];

/**
 * "I can barely hear it now, double it": after a complaint about the level took its step, a share said next
 * is of the level there was before the step, which it replaces.
 */
function shareOfMusic(source: string, topic: Topic, before: Draft): EditCommand | undefined {
  if (topic !== 'music' || before.audio.length === 0) return undefined;
  const part = PART_OF_LEVEL.exec(source);
  const factor = part ? PARTS[part[1] ?? part[2]!] : MUSIC_SHARE.find(([re]) => re.test(source))?.[1];
  if (factor === undefined) return undefined;
  const volume = Math.round(Math.min(2, before.audio[0]!.volume * factor) * 100) / 100;
  return { type: 'setMusicVolume', volume };
}

/** "two times", "2x", "x2", "twice as big", "两倍": a share said alone, of a text's size. */
const TEXT_SHARE =
  /^\s*(?:(?:make\s+it|by)\s+)?(?:(\d+(?:\.\d+)?|two|three|four)\s*(?:times|x|×)|(?:x|×)\s*(\d+(?:\.\d+)?)|(twice))(?:\s+(?:bigger|larger|as\s+big))?\s*(?:please|pls)?\s*[.!]*\s*$|^\s*(?:再)?(?:放大|大)?(?:到|成)?(\d+(?:\.\d+)?)倍(?:大)?(?:吧|就行)?\s*$/;
const SHARE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, twice: 2 };

/**
 * "make it bigger, two times" after a title: the share is of the size the text had before the step
 * guessed for "bigger" (`before`), which the value then replaces.
 */
function shareOfText(
  source: string,
  topic: Topic,
  before: Draft,
  role?: Memory['text'],
): EditCommand | undefined {
  if (topic !== 'text' || before.texts.length === 0) return undefined;
  const share = TEXT_SHARE.exec(source);
  if (!share) return undefined;
  const word = share.slice(1).find((said) => said !== undefined)!;
  const factor = SHARE_WORDS[word] ?? Number(word);
  if (!(factor > 1 && factor <= 10)) return undefined;
  const named = role ? before.texts.findLastIndex((entry) => entry.role === role) : -1;
  const index = named >= 0 ? named : before.texts.length - 1;
  return {
    type: 'updateText',
    index,
    size: Math.min(3, Math.round(before.texts[index]!.size * factor * 10) / 10),
  };
}

/** "on all of them", "to each of them": what a camera move is put on. */
const ON_THEM =
  /\b(?:on|to|for)\s+(?:all\s+of\s+|each\s+of\s+|every\s+one\s+of\s+|both\s+of\s+)?them\b|\ball\s+of\s+them\b/;
/** Words that correct the last edit rather than add one. */
const CORRECTING =
  /^\s*(?:(?:no|nope|nah|wait|sorry|oops|hmm|actually|instead|rather|on\s+second\s+thought|make\s+that)\b|算了|不对|还是|其实|换成|改成|改为)|\binstead\b|还是.*吧\s*$/;
/** Words that name the transitions themselves, or all of them ("the transitions", "every fade", "转场都"). */
const NAMES_TRANSITIONS =
  /\b(?:transitions|fades|crossfades|dissolves|wipes|cuts|all|every|each|everywhere)\b|转场|过渡|全部|所有|每个|都/;
/** Words beside a place that say nothing more ("right after it"). */
const PLACE_FILLER = /^(?:right|just|directly|immediately|straight|please|pls|too|then|紧|就)$/;
/** "remove every photo", "删掉其他的": with an exception, every other photo goes. */
const REMOVE_ALL =
  /\b(?:remove|delete|drop|cut|get\s+rid\s+of)\s+(?:all|every(?:thing)?|the\s+(?:rest|others))\b|(?:删掉|删除|去掉|删了|不要)(?:其他|其余|别的|剩下)|(?:其他|其余|别的|剩下)的?(?:照片|图片)?(?:都|全)?(?:删掉|删除|去掉|删了|不要了?)/;
/** "其他的不动", "别的都别动": the others left alone. */
const OTHERS_UNTOUCHED =
  /^\s*(?:但是?|而)?(?:其他|其它|其余|剩下|别)(?:的)?(?:转场|过渡|照片|图片|几张|几个)?\s*(?:都|就|也|全)?(?:不动|别动|不用动|不要动|别碰|不要碰|不用管|别管)(?:了|吧|啊|哦)?\s*$/;
/** A word left over that only says "the others" ("rest", "其他"). */
const OTHERS_WORD = /^(?:rest|others?|remaining|其他|其它|其余|剩下|别)$/;
/** The photos a step of several photos' lengths was taken on ("这两张再长一点"), when that is all it did. */
function severalPhotosStepped(commands: readonly EditCommand[]): number[] | undefined {
  const photos = commands.flatMap((command) =>
    command.type === 'setSegmentDuration' && command.index !== undefined ? [command.index] : [],
  );
  return photos.length > 1 && photos.length === commands.length ? photos : undefined;
}

/** Photos named by their place ("第2张和第3张", "photos 2 and 3"): numbers that are no value. */
const PHOTO_ORDINALS = /第\d+张|\b(?:photos?|pictures?|pics?)\s+\d+(?:\s*(?:,|and|&)\s*\d+)*/g;
/** Words for every photo of the video, not only those just talked about. */
const ALL_PHOTOS_SAID = /\b(?:all|every)\b|所有|全部|整个|全都/;
/** "make them 5 seconds", "they should be 4 s", "它们各五秒": the several photos the last edit was about. */
const THEM_PHOTOS = new RegExp(String.raw`\bthey\b|` + SEVERAL_PHOTOS.source);
/** "the rest", "the others", "其他的", "剩下的": every photo but the one just named. */
const THE_OTHERS =
  /\b(?:the\s+)?(?:rest|others|(?:other|remaining)\s+(?:ones|photos|pictures|pics)|everything\s+else|all\s+else)\b|\bthe\s+other\b|其他|其余|剩下/;
/** "前两张放大 后面的拉远", "the first two 2 s, the ones after 4 s": every photo after those just named. */
const THE_LATER_ONES =
  /^(?:(?:and|then|but)\s+)?(?:the\s+)?(?:ones?|photos?|pictures?|pics?|shots?)\s+after(?:\s+(?:that|those|them|it))?\b|\bthe\s+(?:later|following)\s+(?:ones|photos|pictures|pics)\b|\beverything\s+after\b|^(?:然后|再|而)?(?:后面|后边|後面|之后|以后|後)(?:的|那?几张|那些)/;

/**
 * "the rest 2", "others 2 seconds", "everything else 2s", "其他的2秒" after one photo's length: each other
 * photo that long (seconds), the number alone enough since a length is what was just said.
 */
const OTHERS_LENGTH =
  /^\s*(?:(?:ok|okay|and|then|now|but)[,\s]+)*(?:(?:make|set|put|give)\s+)?(?:all\s+)?(?:the\s+rest|(?:the\s+)?others?|(?:the\s+)?other\s+(?:ones|photos|pictures|pics|slides)|everything\s+else|all\s+the\s+others|every\s+other\s+(?:one|photo|picture))(?:\s+of\s+them)?\s*(?:to|at|for|are|get|(?:should|can|will)\s+(?:be|stay(?:\s+at)?)|(?:stay|remain|keep)(?:\s+at)?|=|:|-)?\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?(?:\s+(?:each|apiece))?\s*(?:please|pls)?\s*[.!]*\s*$|^\s*(?:其他|其余|剩下)(?:的|几张|那几张|照片|图片)*(?:都|全部|统一|就)?(?:改成|改为|设成|设为|是|用|给)?\s*(\d+(?:\.\d+)?)\s*(?:秒钟?|s|secs?|seconds?)?(?:吧|就行|就好)?\s*$/;
/** Words for several photos or all of them: a clause with one names its own photos. */
const MANY_PHOTOS =
  /\b(?:photos|pictures|images|pics|slides|shots|them|all|every|each|everything|both)\b|所有|全部|每|都|它们|他们|两张|几张/;

/** A size said as a share of what it is ("放大到两倍", "twice as big"). */
const SIZE_SHARE = /\d\s*倍|一倍|\b(?:twice|double|\d+\s+times)\b/;

/** A length said as a share of what it was ("half as long", "twice as long", "一半长", "减半"). */
/** An amount said as a change ("多停两秒", "take a second off"): after a vague step it is from the length before the guess. */
const LENGTH_CHANGE = /\b(?:more|less|extra|another|off|longer|shorter)\b|多|少|加|减|再停|延长|缩短/;
const LENGTH_SHARE = /\b(?:half|halve|twice|double|triple)\b|一半|减半|加倍|翻倍|\d\s*倍|一倍/;

/**
 * "淡出长一点，4秒", "fade the music in at the start, 2 sec": a bare length after a fade of the song this
 * message set is that fade's length (the end or ends it set).
 */
function musicFadeLength(
  source: string,
  topic: Topic,
  made: readonly EditCommand[],
): EditCommand | undefined {
  if (topic !== 'music' || !ONLY_A_LENGTH.test(source)) return undefined;
  const last = made.at(-1);
  if (last?.type !== 'setMusicFade') return undefined;
  const said = /(\d+(?:\.\d+)?)/.exec(source);
  const ms = Math.min(60_000, Math.round(Number(said![1]) * 1000));
  return {
    type: 'setMusicFade',
    ...(last.fadeInMs !== undefined ? { fadeInMs: ms } : {}),
    ...(last.fadeOutMs !== undefined ? { fadeOutMs: ms } : {}),
  };
}

/** A clause that is a length and nothing else ("4秒", "like 4s", "大概3秒吧", "改成2秒"). */
const ONLY_A_LENGTH =
  /^\s*(?:(?:like|about|around|say|maybe|more\s+like|ok|okay|make\s+(?:it|that)|to)\s+)*(?:改成|改为|调成|换成|设成|变成|大概|大约|差不多|就)?\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒钟?)\s*(?:吧|左右|就行|please|pls)?\s*[.!。！]*\s*$/;

/** A value said, in numbers or as a share in words ("cut it in half", "twice as loud"): not a vague step. */
const SAID_VALUE =
  /\d|\b(?:half|third|quarter|twice|double|triple|halve|(?:two|three|four)\s+times)\b|一半|加倍|翻倍|减半/;

type StepGroup = 'length' | 'volume' | 'transitions' | 'textSize';

/** A text made bigger or smaller and nothing else ("the words are too small", "看不清"). */
function sizesText(command: EditCommand): boolean {
  return (
    command.type === 'updateText' &&
    command.size !== undefined &&
    Object.keys(command).every((key) => ['type', 'id', 'index', 'size'].includes(key))
  );
}

/**
 * Lengths, the music's level, every transition's length or a text's size: what a value said after a vague
 * step of it can replace.
 */
function stepGroup(commands: readonly EditCommand[]): StepGroup | undefined {
  if (commands.length > 0 && commands.every(sizesText)) return 'textSize';
  if (commands.every((command) => LENGTH_GROUP.has(command.type))) return 'length';
  if (commands.every((command) => command.type === 'setMusicVolume')) return 'volume';
  if (
    commands.every(
      (command) =>
        command.type === 'setTransition' &&
        command.index === undefined &&
        command.name !== 'cut' &&
        command.durationMs !== undefined,
    )
  )
    return 'transitions';
  return undefined;
}

/** Every transition's length changed and nothing else: the kind kept, no way of it said. */
function retimesTransitions(command: EditCommand, draft: Draft): boolean {
  if (stepGroup([command]) !== 'transitions' || command.type !== 'setTransition' || command.params)
    return false;
  const current = draft.video.find((segment) => segment.transition && segment.transition.name !== 'cut');
  return current?.transition?.name === command.name;
}

/**
 * "the coffee one 5 s and the dog one 4 s; the rest 3 s": every photo this message gave a length of its
 * own is left out of "the rest", with the one last talked about.
 */
function photosGivenLengths(made: readonly EditCommand[], last: number | undefined): Set<number> {
  const named = new Set(
    made.flatMap((command) =>
      command.type === 'setSegmentDuration' && command.index !== undefined ? [command.index] : [],
    ),
  );
  if (last !== undefined) named.add(last);
  return named;
}

/**
 * A step asked of the whole video in so many words ("make it faster", "整体慢一点"), not a complaint a
 * photo's value may answer ("the hook is too slow — first shot 1.5 s").
 */
const WHOLE_VIDEO_STEP =
  /\b(?:make|get|have)\s+(?:it|this|the\s+(?:video|whole\s+thing|slideshow))\b|\b(?:overall|whole|entire|everything|all\s+of\s+it)\b|整体|整个|全部|全片|总体/;

/** Edits each made to one photo, after a step that was made to none of them (the whole video or every photo). */
function namesOtherPhotos(said: readonly EditCommand[], step: readonly EditCommand[]): boolean {
  const stepPhotos = new Set(step.map(photoOf));
  return (
    step.length > 0 &&
    said.every((command) => photoOf(command) !== undefined && !stepPhotos.has(photoOf(command)))
  );
}

/** The photo a clause's edits were all made to, if they were made to one. */
function onePhoto(commands: readonly EditCommand[]): number | undefined {
  const photos = new Set(commands.map(photoOf));
  const [only] = photos;
  return photos.size === 1 ? only : undefined;
}

/** Edits made to one photo that can be aimed at another. */
const ONE_PHOTO = new Set(['setSegmentDuration', 'setMotion', 'setFit']);

/** Lengths and volumes a vague "faster" or "quieter" would scale. */
const RESTATABLE = new Set(['setDuration', 'setSegmentDuration', 'setMusicVolume']);
/** Edits whose number, once said, a vague word beside it only describes ("1.5 s, slow and soft"). */
const VALUED_KINDS = new Set([...RESTATABLE, 'setTransition']);

/** A step of a length or level only: a transition of another kind ("actually push up") is a change of its own. */
function onlyPace(command: EditCommand, draft: Draft): boolean {
  if (command.type !== 'setTransition') return VALUED_KINDS.has(command.type);
  const current = draft.video.find((segment) => segment.transition && segment.transition.name !== 'cut');
  return current?.transition?.name === command.name;
}

/** Words that name a subject of their own: with one, a clause does not lean on the topic before it. */
const OWN_SUBJECT =
  /\b(?:video|movie|clip|photos?|pictures?|images?|slides?|transitions?|crossfades?|fades?|music|song|track|volume|title|text|caption|look|filter|colou?rs?)\b|视频|照片|图片|转场|过渡|音乐|歌|音量|标题|字幕|文字|滤镜|颜色/;
const LONGER_REL =
  /\b(?:longer|slower|lengthen|extend)\b|长一点|长一些|慢一点|慢一些|再长|再慢|加长|久一点|久一些|再久|放久|留久/;
const SHORTER_REL = /\b(?:shorter|faster|quicker|snappier)\b|短一点|短一些|快一点|快一些|再短|再快|缩短/;
const REMOVE_REL =
  /\b(?:remove|delete|drop|get\s+rid\s+of|take\s+(?:it|that)\s+(?:out|off))\b|删掉|删除|去掉|拿掉|不要了/;
const TEXT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const TEXT_ORDINAL = /(?<!\d\s*)\b(first|second|third|fourth|fifth|sixth|last)\b/;
const BIGGER_REL = /\b(?:bigger|larger)\b|大一点|大一些|再大/;
const SMALLER_REL = /\b(?:smaller|tinier)\b|小一点|小一些|再小/;

/**
 * What a clause with no subject of its own ("make them longer", "remove it", "再长一点") asks of the
 * topic before it — in this message or the one before — or undefined.
 */
/** "a second longer", "2 more seconds", "再多停一秒吧", "少1秒": an amount that moves a length, said alone. */
const PHOTO_DELTA =
  /^\s*(?:(?:and|maybe|just|ok|okay|actually|hmm)[,\s]+)*(?:(?:(\d+(?:\.\d+)?)|an?|one)\s*(?:seconds?|secs?|s)\s+(longer|shorter|more|less)|(?:(?:(\d+(?:\.\d+)?)|an?|one)\s+)?(more|extra|less|fewer)\s+(?:seconds?|secs?))(?:\s+(?:please|pls))?\s*[.!]*\s*$|^\s*(?:再)?(?:多|少|长|短|加|减)(?:停|放|显示|停留|留)?(\d+(?:\.\d+)?)\s*秒钟?(?:吧|呗|啊)?\s*$/;

function relativeForTopic(
  text: string,
  topic: Topic,
  draft: Draft,
  photo: number | undefined,
  role?: Memory['text'],
  /** The piece before this one changed something: an amount said next replaces its step (read elsewhere). */
  stepped = false,
): EditCommand | undefined {
  if (OWN_SUBJECT.test(text) || text.trim().split(/\s+/).length > 6) return undefined;
  if ((topic === 'timing' || topic === 'motion') && photo !== undefined && draft.video[photo]) {
    // "森林那张改成4秒" then "再多停一秒吧", "a second longer": the amount moves that photo's length.
    const delta = stepped ? null : PHOTO_DELTA.exec(text);
    if (delta && !/\bit\b/.test(text)) {
      const said = delta[1] ?? delta[3] ?? delta[5];
      const amount = Math.round((said === undefined ? 1 : Number(said)) * 1000);
      const less = /shorter|less|少|短|减/.test(delta[2] ?? delta[4] ?? '');
      const durationMs = draft.video[photo]!.durationMs + (less ? -amount : amount);
      if (durationMs >= 300 && durationMs <= 600_000)
        return { type: 'setSegmentDuration', durationMs, index: photo };
    }
    // "第二张照片停4秒" then "再长一点": that photo, not the whole video.
    const factor = LONGER_REL.test(text) ? 4 / 3 : SHORTER_REL.test(text) ? 0.75 : undefined;
    if (factor === undefined || /\bit\b/.test(text)) return undefined;
    // "…and the third one 1 second shorter": an amount or another photo is a clause of its own.
    if (
      /\d|\b(?:first|second|third|fourth|fifth|sixth|last|final|next|other|rest)\b|第|最后|其他|其余/.test(
        text,
      )
    )
      return undefined;
    const current = draft.video[photo]!.durationMs;
    // To 50 ms, as every step of a photo's length.
    const durationMs = Math.min(600_000, Math.max(300, Math.round((current * factor) / 50) * 50));
    return { type: 'setSegmentDuration', durationMs, index: photo };
  }
  if (topic === 'transition') {
    // "make it longer" means the video; "make them longer" the transitions just talked about.
    if (/\bit\b/.test(text)) return undefined;
    const current = draft.video.find((segment) => segment.transition && segment.transition.name !== 'cut');
    if (!current?.transition) return undefined;
    const factor = LONGER_REL.test(text) ? 1.5 : SHORTER_REL.test(text) ? 0.6 : undefined;
    if (factor === undefined) return undefined;
    // Rounded to 0.1 s, like every relative step.
    const durationMs = Math.max(
      100,
      Math.min(10_000, Math.round((current.transition.durationMs * factor) / 100) * 100),
    );
    return { type: 'setTransition', name: current.transition.name, durationMs };
  }
  if (topic === 'text' && draft.texts.length > 0) {
    // 张 counts photos ("把第二张删掉", "删掉最后一张" after adding a title), whatever the topic.
    if (/张/.test(text)) return undefined;
    // "delete the second one" after texts: that text when there are that many, else the photo.
    const ordinal = TEXT_ORDINAL.exec(text)?.[1];
    if (ordinal) {
      const at = ordinal === 'last' ? draft.texts.length - 1 : TEXT_ORDINALS.indexOf(ordinal);
      if (!REMOVE_REL.test(text) || at < 0 || draft.texts.length < 2 || at >= draft.texts.length)
        return undefined;
      return { type: 'removeText', index: at };
    }
    // "nah remove it" after changing the title: the text just discussed, else the newest one.
    const named = role ? draft.texts.findLastIndex((entry) => entry.role === role) : -1;
    const index = named >= 0 ? named : draft.texts.length - 1;
    const last = draft.texts[index]!;
    if (REMOVE_REL.test(text)) return { type: 'removeText', index };
    // "title in yellow, and 1 second longer": the text's own time.
    // "片尾多停两秒" after an end card: the ending is where the last photo holds, not the card's own time.
    const by = /片尾|片头|结尾|开头|\b(?:intro|outro|ending|opening)\b/.test(text)
      ? null
      : TEXT_TIME_BY.exec(text);
    if (by)
      return { type: 'updateText', index, durationMs: Math.max(300, last.durationMs + textTimeChange(by)) };
    if (BIGGER_REL.test(text))
      return { type: 'updateText', index, size: Math.min(3, Math.round(last.size * 13) / 10) };
    if (SMALLER_REL.test(text))
      return { type: 'updateText', index, size: Math.max(0.3, Math.round(last.size * 7.7) / 10) };
  }
  return undefined;
}

/**
 * A length the person set ("make it 20 seconds") is kept when transitions change later: the director
 * records it in the draft (`meta.targetDuration`, so undo takes it back and `joy inspect` shows it) with
 * the photo lengths it gave, and after a transition change on those same photo lengths it fits the photos
 * to it again. Setting photo lengths, a style or the number of photos lets it go.
 */
function keepLength(
  plan: RulePlan,
  before: Draft,
  current: () => Draft,
  apply: (command: EditCommand) => boolean,
  setTarget: (value: Target | undefined) => void,
): void {
  const made = plan.commands.slice(plan.createCount);
  const last = [...made].reverse().find((command) => LENGTH_SETTERS.test(command.type));
  const recorded = readTarget(current());
  const record = (totalMs: number) =>
    setTarget({ totalMs, photosMs: current().video.map((segment) => segment.durationMs) });
  if (last?.type === 'setDuration') {
    record(draftDurationMs(current()));
    return;
  }
  if (last) {
    if (recorded) setTarget(undefined);
    return;
  }
  if (!recorded || !made.some((command) => command.type === 'setTransition')) return;
  if (draftDurationMs(current()) === recorded.totalMs) return;
  // Only when nothing but transitions moved the total since it was set (a hand edit lets it go).
  const photosBefore = before.video.map((segment) => segment.durationMs);
  if (JSON.stringify(recorded.photosMs) !== JSON.stringify(photosBefore)) return;
  const refit: EditCommand = { type: 'setDuration', totalMs: recorded.totalMs };
  try {
    applyCommand(current(), refit);
  } catch {
    return; // the photos cannot take it (too short): the transitions decide the length
  }
  plan.kept = plan.commands.length;
  if (apply(refit)) record(recorded.totalMs);
}

/** Where the director keeps the length a person set, in the draft's metadata. */
export const TARGET_KEY = 'targetDuration';
/** Commands that decide the photo lengths themselves. */
const LENGTH_SETTERS = /^(?:setDuration|setSegmentDuration|applyStyle|syncToBeats|addMedia|removeSegment)$/;

/** The length a person set, with the photo lengths that made it. */
export interface Target {
  totalMs: number;
  photosMs: number[];
}

export function readTarget(draft: Draft): Target | undefined {
  const value = draft.meta[TARGET_KEY] as { totalMs?: unknown; photosMs?: unknown } | null | undefined;
  if (!value || typeof value.totalMs !== 'number' || !Array.isArray(value.photosMs)) return undefined;
  return { totalMs: value.totalMs, photosMs: value.photosMs as number[] };
}

/** The role of the text an edit added or changed, so "it" can name it next. */
function textRole(commands: readonly EditCommand[], draft: Draft): Memory['text'] {
  for (const command of [...commands].reverse()) {
    if (command.type === 'addText') return command.role ?? 'caption';
    if (command.type === 'updateText') {
      const target = command.id
        ? draft.texts.find((text) => text.id === command.id)
        : draft.texts[command.index ?? 0];
      if (target) return target.role;
    }
  }
  return undefined;
}

/** Reads a message with the rules and applies what it asks to a copy of the draft (all or nothing). */
const EVERYWHERE = /\b(?:all|every|everywhere|each|others?|rest|elsewhere)\b|所有|全部|其他|其余|每个|都/;

/**
 * "no transitions on the last one, just cut": a kind said again without a place, after the same kind was
 * put on one transition, restates that one — unless the message says all, every or the others.
 */
function restatesOneTransition(command: EditCommand, earlier: readonly EditCommand[], text: string): boolean {
  if (command.type !== 'setTransition' || command.index !== undefined || EVERYWHERE.test(text)) return false;
  return earlier.some(
    (done) => done.type === 'setTransition' && done.index !== undefined && done.name === command.name,
  );
}

/**
 * "put it at the top" after a caption was added beside another: "it" is one text — the one the last
 * message changed, or else the one it added (the newest of its role) — never every text of the role.
 */
function oneTextForIt(commands: EditCommand[], said: string, draft: Draft, memory: Memory): EditCommand[] {
  if (!/\bit\b|它/.test(said) || commands.length < 2) return commands;
  if (!commands.every((command) => command.type === 'updateText')) return commands;
  const last = memory.last ?? [];
  const changed = last.find((command) => command.type === 'updateText');
  const ids = commands.map((command) => (command as { id?: string }).id);
  let id = changed?.type === 'updateText' ? changed.id : undefined;
  if (!id && last.some((command) => command.type === 'addText'))
    id = draft.texts.findLast((text) => ids.includes(text.id))?.id;
  const kept = commands.filter((command) => (command as { id?: string }).id === id);
  return kept.length > 0 ? kept : commands;
}

/** "the same", "do that", "same thing" before a place: the last edit's kind, said again there. */
const SAME_THERE =
  /^\s*(?:(?:and|also|now|then|ok|okay|please)\s+)*(?:(?:do|use|put|apply|repeat)\s+)?(?:(?:the\s+)?same(?:\s+(?:thing|one|transition))?|that(?:\s+(?:one|transition))?|it)(?=\s+(?:between|after|before|into|going\s+into|at|on|for)\b)/;

/** "and between the last two as well": only the place, with "too" for the same thing there. */
const PLACE_TOO =
  /^\s*(?:(?:and|also|now|then|ok|okay)\s+)*(?=(?:between|after|before|into|going\s+into)\b[^.;!?]*\b(?:as\s+well|too|also)\s*[.!]*\s*$)/;

/**
 * "use a circle transition between the first two photos" then "and the same between the last two": the
 * transitions the last message put in one or more places, put where this one names, read by the
 * transition rules with the kind spelled out.
 */
function sameTransitionThere(
  source: Mapped,
  prep: Prepared,
  draft: Draft,
  ctx: PlanContext,
): EditCommand[] | undefined {
  const last = ctx.memory?.last;
  const template = last?.[last.length - 1];
  if (!template || template.type !== 'setTransition' || template.index === undefined) return undefined;
  if (!last!.every((command) => command.type === 'setTransition' && command.index !== undefined))
    return undefined;
  const kind = () => `a ${template.name} transition `;
  const mapped = SAME_THERE.test(source.text)
    ? rewrite(source, new RegExp(SAME_THERE.source, 'g'), kind)
    : PLACE_TOO.test(source.text)
      ? rewrite(
          rewrite(source, new RegExp(PLACE_TOO.source, 'g'), kind),
          /\s*\b(?:as\s+well|too|also)\s*[.!]*\s*$/g,
          () => '',
        )
      : undefined;
  if (!mapped) return undefined;
  const clause = new Clause(mapped, prep.raw, prep.quotes, prep.said);
  const read = readClause(clause, { draft, media: ctx.media, lang: prep.lang, topic: undefined });
  if (
    read.commands.length === 0 ||
    !read.commands.every(
      (command) =>
        command.type === 'setTransition' && command.index !== undefined && command.name === template.name,
    )
  )
    return undefined;
  return read.commands.map((command) =>
    template.durationMs !== undefined
      ? ({ ...command, durationMs: template.durationMs } as EditCommand)
      : command,
  );
}

/** The draft the uploads make, as the plan's first commands will make it. */
function madeFrom(draft: Draft, media: readonly MediaRef[]): Draft {
  // One validation at the end, not one a command: the create commands are many and the draft whole.
  try {
    return applyCommands(draft, createFromMedia(media, draft.canvas)).draft;
  } catch {
    return draft;
  }
}

/**
 * `checked`: validate the draft after every command. The plan first projects its commands without that
 * (a command is still checked, and one that cannot apply still fails) and validates the result once; only
 * a result that does not validate is planned again checked, so the command that broke it is named.
 */
export function planWithRules(message: string, ctx: PlanContext, checked = false): RulePlan {
  // "标题 周年快乐 白色 居中": the words after a bare text noun, as after a colon.
  // "three captions please: Sun, Sea, Trees": a list of captions, one per photo.
  // "pic 3 out": a fragment typed in a hurry, said in full.
  const prep = prepare(
    spellTerse(addVerbToCaptionList(colonAfterBareTextNoun(message, COLOR_WORD))),
    nameWords(ctx),
  );
  const plan: RulePlan = {
    lang: prep.lang,
    routes: [],
    createAsked: false,
    createCount: 0,
    commands: [],
    changes: [],
    draft: ctx.draft,
    notes: [],
    unread: [],
    truncated: message.length > MAX_MESSAGE,
    understood: false,
    memory: { ...ctx.memory, ...(ctx.topic ? { topic: ctx.topic } : {}) },
  };
  // "as long as the first one", "match the video length to the song": the seconds those are now.
  prep.norm = settleComparisons(prep.norm, ctx.draft);
  // "the 'Day one' text", "写着Day one的那张": the text or photo those words name, said plainly.
  prep.norm = nameTextsByWords(prep.norm, ctx.draft, prep.quotes);
  // "the words at the start", "the little words", "那行小字": texts named by how they look, said by role.
  prep.norm = spellTextsByLook(prep.norm, ctx.draft, ctx.memory?.text, ctx.memory?.topic === 'text');
  // Photos are counted on the video about to be made when the studio is empty ("make a video, every other
  // photo zooms out").
  const counted =
    ctx.draft.video.length === 0 && ctx.media.some((media) => media.kind !== 'audio')
      ? madeFrom(ctx.draft, ctx.media)
      : ctx.draft;
  // "the one after the beach", "海边后面那张": the photo counted from the one named, said in full.
  prep.norm = spellNamedNeighbours(prep.norm, counted, ctx.memory?.photo);
  // "crossfade from the beach to the city", "海边到城市那里": the gap between those two photos.
  prep.norm = spellSubjectSpans(prep.norm, counted);
  // "后面两张", "中间的都…": the latter few and the photos in between.
  prep.norm = spellZhGroups(prep.norm, counted);
  // "swap the first two and add a crossfade between them": the two photos named, said in full.
  prep.norm = spellBetweenThem(prep.norm, counted, ctx.memory?.photos);
  // "它们都改成静止" after two photos were edited: those photos.
  if (!/之间|中间|\bbetween\b/.test(prep.norm.text))
    prep.norm = spellThemPhotos(prep.norm, ctx.memory?.photos);
  // "transitions 0.5s except the last one, which should be 1.5s": the one transition set apart, said plainly.
  prep.norm = spellTransitionExceptions(prep.norm);
  // "use every photo except the city one", "城市那张不用": those photos removed.
  prep.norm = spellLeftOut(prep.norm, counted);
  // "every other photo, starting with the second", "单数张": those photos, said in full.
  prep.norm = spellEveryOther(prep.norm, counted);
  // "if it's over 10 s cut it to 10": asked only when the video is; otherwise the reply says why not.
  const condition = settleCondition(prep.norm, ctx.draft);
  if (condition) {
    prep.norm = condition.norm;
    plan.understood = true;
    if (condition.note) plan.notes.push(condition.note);
  }
  /** The length the message says to keep ("don't change the runtime", "has to stay 9s"). */
  const hold = takeHeldLength(prep, ctx.draft);
  if (hold !== undefined) plan.understood = true;
  /** Photos named in a row as their order ("city first, then the woods, then the beach"). */
  const named = takeNamedOrder(prep.norm, ctx.draft);
  if (named) prep.norm = named.norm;
  const alternating = takeAlternation(prep.norm);
  prep.norm = alternating.norm;
  const sequenced = alternating.found ? { marks: [] } : takeSequence(prep.norm);
  if ('norm' in sequenced) prep.norm = sequenced.norm;
  const visual = ctx.media.filter((media) => media.kind !== 'audio');
  // "做一个生日视频：方形、每张2秒、标题「生日快乐」": read the wishes against the video about to be made, where
  // "每张2秒" is the photos' own; against no photos it reads as nothing and joins the title as its length.
  // A message in the empty studio that says the words of making one is read that way first (one reading,
  // not two); only if it asks for no video after all is it read again against the empty studio.
  const makes = ctx.draft.video.length === 0 && visual.length > 0;
  const madeCtx = makes ? { ...ctx, draft: madeFrom(ctx.draft, ctx.media) } : ctx;
  const madeFirst = makes && maySayCreate(prep.norm.text);
  let pieces = splitMessage(prep, madeFirst ? madeCtx : ctx);
  let dry = pieces.map((entry) => entry.read.out);
  plan.createAsked = dry.some((out) => out.create);
  if (madeFirst && !plan.createAsked) {
    pieces = splitMessage(prep, ctx);
    dry = pieces.map((entry) => entry.read.out);
    plan.createAsked = dry.some((out) => out.create);
  }
  if (plan.createAsked) plan.understood = true;
  if (plan.createAsked && makes && !madeFirst) pieces = splitMessage(prep, madeCtx);
  const wantsEdits = dry.some(
    (out) =>
      out.commands.length > 0 || (out.understood && out.routes.length === 0 && out.topic !== undefined),
  );
  let projection = ctx.draft;

  /** Edits asked of a draft with no photos and no uploads to make one from ("开头淡入" in a fresh studio). */
  let photoless = false;
  // The draft before the last command applied, while that command is still the plan's last.
  let beforeLast: { draft: Draft; command: EditCommand } | undefined;
  // The edits a correction in this message moved ("不对，是第二张"), as JSON.
  const corrected: string[] = [];
  const apply = (said: EditCommand): boolean => {
    let command = said;
    if (projection.video.length === 0 && visual.length === 0 && NEEDS_PHOTOS.has(command.type)) {
      photoless = true;
      return true;
    }
    // "chill music, not too loud": a volume said with the song is the song's own — one change, not a
    // song at 100 % and then a second line taking it down.
    const last = plan.commands.at(-1);
    if (command.type === 'setMusicVolume' && last?.type === 'setMusic' && beforeLast?.command === last) {
      plan.commands.pop();
      plan.changes.pop();
      projection = beforeLast.draft;
      command = { ...last, volume: command.volume };
    }
    // "warmer and cozier": two words for the same look are one look, at the stronger of the two.
    if (
      command.type === 'setLook' &&
      last?.type === 'setLook' &&
      last.name === command.name &&
      beforeLast?.command === last &&
      command.params === undefined &&
      last.params === undefined
    ) {
      plan.commands.pop();
      plan.changes.pop();
      projection = beforeLast.draft;
      if ((last.strength ?? 1) > (command.strength ?? 1)) command = last;
    }
    try {
      const applied = checked
        ? applyCommand(projection, command)
        : applyCommandUnvalidated(projection, command);
      beforeLast = { draft: projection, command };
      projection = applied.draft;
      plan.commands.push(command);
      plan.changes.push(applied.change);
      return true;
    } catch (error) {
      plan.error = toJoyError(error, 'invalid_command');
      plan.failed = command;
      return false;
    }
  };

  if (ctx.draft.video.length === 0 && (plan.createAsked || wantsEdits)) {
    if (visual.length > 0) {
      const creates = createFromMedia(ctx.media, ctx.draft.canvas);
      // The same drafts as applying them one by one, without a copy of the draft for each command.
      const made = checked ? undefined : applyCommandsUnvalidated(projection, creates);
      if (made) {
        beforeLast = { draft: made.before, command: creates[creates.length - 1]! };
        projection = made.draft;
        plan.commands.push(...creates);
        plan.changes.push(...made.changes);
      } else for (const command of creates) if (!apply(command)) break;
      plan.createCount = plan.commands.length;
    } else if (plan.createAsked) {
      plan.notes.push(note('note.create.noPhotos'));
    }
  }

  let topic: Topic | undefined = ctx.topic;
  if (named) {
    plan.understood = true;
    const moves = orderMoves(projection.video.length, named.order);
    for (const command of moves) if (!apply(command)) break;
    plan.memory = remember(plan.memory, moves, 'order');
    topic = 'order';
    plan.topic = 'order';
  }
  /** Clauses that only described a photo ("the second photo is blurry"), read as the referent of "it". */
  const descriptions: string[] = [];
  let previous = { projection, commands: plan.commands.length };
  /** The last clause's vague length step ("太慢了"), which a number said next replaces. */
  let vagueStep:
    | { projection: Draft; commands: number; end: number; group: StepGroup; memory?: Memory }
    | undefined;
  /** The last clause's edits, which the next may refine into one step. */
  let lastStep: { projection: Draft; commands: number; end: number; source: string } | undefined;
  /** This message's edits so far, less a vague step a number may still replace (it sets no scope). */
  const madeSoFar = () =>
    plan.commands
      .slice(
        plan.createCount,
        vagueStep && vagueStep.end === plan.commands.length ? vagueStep.commands : plan.commands.length,
      )
      .filter((command) => command.type === 'setTransition' || numeric.has(command));
  /** Length edits said with a number ("每张4秒"), not moods ("chill"): only these set a scope to keep. */
  const numeric = new Set<EditCommand>();
  /** Lengths taken as a vague step ("it drags"): a guess, which a later number is not fitted back to. */
  const guessed = new Set<EditCommand>();
  /** The last message's edits, when they were lengths said with a number. */
  // "视频太长了，抖音放不下，改成15秒" after "each photo 5 s": a message that complains of the video's own
  // length asks for the video's length, whatever scope the last one had.
  const lastSaid =
    ctx.memory?.lengthScope === 'each' && !VIDEO_TOO_LONG.test(prep.norm.text) ? ctx.memory.last : undefined;
  /** Topics this message gave a number for ("每张图都1秒"). */
  const valued = new Set<Topic>();
  /** Vague steps this message already took ("quieter"), so a second way of saying it adds nothing. */
  const stepped = new Set<string>();
  // "alternate: zoom in, zoom out, zoom in": the motions said, in turn across the photos.
  const pattern = alternating.found
    ? alternation(
        pieces.map((entry) => entry.read.out.commands),
        prep.norm.text,
        projection,
      )
    : undefined;
  let patterned = false;
  // "first zoom in then zoom out", "start with a pan left and end with a zoom out": moves laid out in order.
  const ordered = pattern
    ? undefined
    : sequence(
        pieces.map(({ piece, read }) => ({
          ...piece,
          commands: read.out.commands,
          text: prep.norm.text.slice(piece.start, piece.end),
        })),
        sequenced.marks,
        projection,
        prep.norm.text,
      );
  const kept = keptPhotos(prep.said, projection);
  /** The one photo the clause before named ("最后一张别动了"), for a clause after it that names none. */
  let saidPhoto: number | undefined;
  /** The last message's edits, when this one repeated them elsewhere ("same for the first one"). */
  let repeatedFrom: readonly EditCommand[] = [];
  /**
   * The photos "the rest" leaves out: those this message named, and those of the edit it repeated
   * ("zoom out on the last" → "same for the first, and the rest still"); with none named, the last
   * message's ("第一张放大" then "其他的缩小").
   */
  const spokenPhotos = () =>
    new Set(
      (plan.commands.length > plan.createCount
        ? [...repeatedFrom, ...plan.commands.slice(plan.createCount)]
        : (ctx.memory?.last ?? [])
      ).flatMap((command) =>
        ONE_PHOTO.has(command.type) && (command as { index?: number }).index !== undefined
          ? [(command as { index: number }).index]
          : [],
      ),
    );
  // "the slow zoom, can it go the opposite way?": with no edit before it to turn round, the moves the
  // video has, turned round — the whole message, which names the move in one part and the way in another.
  const turnedRound =
    !ctx.memory?.last?.length && !ordered && !pattern && pieces.length <= 2
      ? turnMovesRound(prep.norm.text, projection)
      : undefined;
  if (turnedRound) {
    plan.understood = true;
    for (const command of turnedRound) if (!apply(command)) break;
    plan.memory = remember(plan.memory, turnedRound, 'motion');
  }
  let clauseStart = plan.commands.length;
  for (const [at, { piece, read }] of turnedRound ? [] : pieces.entries()) {
    const lastClause = plan.commands.slice(clauseStart);
    if (lastClause.length > 0) saidPhoto = onePhoto(lastClause);
    const leftOut = lastClause.length > 0 ? sparedSlot(lastClause, projection) : undefined;
    clauseStart = plan.commands.length;
    if (ordered?.pieces.has(at)) {
      plan.understood = true;
      if (!patterned) for (const command of ordered.commands) if (!apply(command)) break;
      patterned = true;
      continue;
    }
    if (
      pattern &&
      read.out.commands.length > 0 &&
      read.out.commands.every(
        (command) => command.type === pattern.kind && (command as { index?: number }).index === undefined,
      )
    ) {
      plan.understood = true;
      if (!patterned) for (const command of pattern.commands) if (!apply(command)) break;
      patterned = true;
      // "alternate crossfades and wipes, 0.5 s": a value said after the pattern is its things'.
      topic = pattern.kind === 'setTransition' ? 'transition' : 'motion';
      continue;
    }
    if (plan.error) break;
    // "too long, make that one 4": a complaint about the whole video points at nothing new, so "that
    // one" and "it" after it still mean what the conversation was about before it.
    const open = vagueStep && vagueStep.end === plan.commands.length ? vagueStep : undefined;
    const heard = open?.memory ?? plan.memory;
    // "…, like 1.5 seconds": a bare value after a comma belongs to the topic before it.
    const source = topic ? prep.norm.text.slice(piece.start, piece.end) : '';
    // "the title is too small, make it bigger", "too bright, tone it down": the complaint already took the
    // step its remedy asks for, on the thing complained of.
    if (
      lastStep &&
      lastStep.end === plan.commands.length &&
      lastStep.end > lastStep.commands &&
      remediesComplaint(
        plan.commands.slice(lastStep.commands, lastStep.end),
        lastStep.source,
        prep.norm.text.slice(piece.start, piece.end),
      )
    ) {
      plan.understood = true;
      continue;
    }
    // "…, can we try something else" after talking about the transitions: another kind, once.
    if (
      topic === 'transition' &&
      SOMETHING_ELSE.test(prep.norm.text.slice(piece.start, piece.end)) &&
      !OWN_SUBJECT.test(prep.norm.text.slice(piece.start, piece.end))
    ) {
      plan.understood = true;
      if (!plan.commands.some((command) => command.type === 'setTransition')) {
        const other = differentTransition(projection);
        if (other && !apply(other)) break;
      }
      continue;
    }
    // "最后一个转场改成黑场，别的不动": after anything but a camera move, "the others don't move" leaves
    // them as they are (after "第一张放大" it is still photos).
    if (topic && topic !== 'motion' && OTHERS_UNTOUCHED.test(source)) {
      plan.understood = true;
      continue;
    }
    // "drop the city one and make the others 4 seconds": after a photo is taken out, the others are every
    // photo left.
    const removed =
      plan.commands.at(-1)?.type === 'removeSegment' && plan.commands.length > previous.commands;
    const afterRemoval = removed ? OTHERS_LENGTH.exec(source) : null;
    const afterRemovalMs = afterRemoval ? Math.round(Number(afterRemoval[1] ?? afterRemoval[2]) * 1000) : 0;
    if (afterRemoval && afterRemovalMs >= 300 && afterRemovalMs <= 600_000) {
      const command: EditCommand = { type: 'setSegmentDuration', durationMs: afterRemovalMs };
      if (apply(command)) {
        plan.understood = true;
        numeric.add(command);
        continue;
      }
    }
    // "first photo 2 s, the rest 4", "the first three photos 2 seconds each, the rest 4": the photos not given one.
    const givenLengths =
      plan.memory.photo !== undefined ||
      photosGivenLengths(plan.commands.slice(plan.createCount), undefined).size > 0;
    const others = topic === 'timing' && givenLengths ? OTHERS_LENGTH.exec(source) : null;
    const othersMs = others ? Math.round(Number(others[1] ?? others[2]) * 1000) : 0;
    if (others && othersMs >= 300 && othersMs <= 600_000) {
      plan.understood = true;
      const kept = plan.memory.photo;
      const lengthened = photosGivenLengths(plan.commands.slice(plan.createCount), kept);
      // "第二张6秒" → "第四张也一样，然后其他的2秒": both photos said keep their length.
      if (repeatedFrom.length > 0) for (const index of spokenPhotos()) lengthened.add(index);
      const lengths = projection.video.flatMap((_, index) =>
        lengthened.has(index)
          ? []
          : [{ type: 'setSegmentDuration', durationMs: othersMs, index } as EditCommand],
      );
      let failed = false;
      for (const command of lengths) {
        if (!apply(command)) failed = true;
        numeric.add(command);
      }
      if (failed) break;
      plan.memory = { ...remember(plan.memory, lengths, topic), photo: kept };
      continue;
    }
    // "make that one longer" after one transition was changed names it: read in full below, not as the topic's.
    // "move both of them to the top" after "the caption too": both texts, read in full below.
    const named =
      (topic === 'transition' &&
        spellNeighbour(sliceMapped(prep.norm, piece.start, piece.end), plan.memory)) ||
      spellBoth(sliceMapped(prep.norm, piece.start, piece.end), { ...heard, topic });
    const inherited =
      topic && !named
        ? (musicFadeLength(
            source,
            topic,
            plan.commands.length > 0 ? plan.commands : (plan.memory.last ?? []),
          ) ??
          valueForTopic(source, topic, projection, heard.photo, heard.text) ??
          (plan.commands.length > previous.commands && plan.commands.slice(previous.commands).every(sizesText)
            ? shareOfText(source, topic, previous.projection, heard.text)
            : undefined) ??
          (plan.commands.length > previous.commands &&
          plan.commands.slice(previous.commands).every((command) => command.type === 'setMusicVolume')
            ? shareOfMusic(source, topic, previous.projection)
            : undefined) ??
          relativeForTopic(
            source,
            topic,
            projection,
            heard.photo,
            heard.text ?? plan.memory.text,
            plan.commands.length > previous.commands,
          ))
        : undefined;
    if (inherited && topic) {
      plan.understood = true;
      // "make them 1.5 seconds, slow and soft": a vague word beside a number just said for the same thing
      // only describes that number.
      const inheritedVague = !SAID_VALUE.test(source);
      if (inheritedVague && valued.has(topic) && onlyPace(inherited, projection)) continue;
      if (!inheritedVague && VALUED_KINDS.has(inherited.type)) valued.add(topic);
      // "longer transitions, like 1.5 s": the value replaces the step the clause before guessed.
      const guessed = plan.commands.slice(previous.commands);
      // "每张放久一点，四秒", "make each photo longer, like 4 s": after a step of every photo, a bare
      // length is each photo's, not the video's.
      const stated: EditCommand =
        inherited.type === 'setDuration' &&
        !VIDEO_LENGTH.test(source) &&
        guessed.length > 0 &&
        guessed.every((command) => command.type === 'setSegmentDuration' && command.index === undefined)
          ? { type: 'setSegmentDuration', durationMs: inherited.totalMs }
          : inherited;
      // "fade from white at the start, 1.5s": the length replaces the guessed fade's, not the colour said.
      const colour = guessed
        .flatMap((command) => (command.type === 'setVideoFade' && command.color ? [command.color] : []))
        .at(-1);
      const value: EditCommand =
        stated.type === 'setVideoFade' && stated.color === undefined && colour
          ? { ...stated, color: colour }
          : stated;
      // "last transition a zoom, 600ms", "every photo 2 s — nah, 1.8": a bare value keeps the shape of
      // the edit it restates (which transition, which photos), from this message or the one before.
      // "make it 12 seconds" after "each photo 4 seconds" is the video's length; "改回3秒" is each photo's.
      // "…except the last one — that one a fade to black, 1.5 s": a length right after a clause of
      // transitions is those transitions', not the ones set before it.
      const lastTransitions =
        value.type === 'setTransition' && lastStep && lastStep.end === plan.commands.length
          ? plan.commands.slice(lastStep.commands)
          : [];
      // "它们再久一点，各五秒", "make them 5 seconds" after an edit of several photos: those photos, each.
      const lengthMs =
        value.type === 'setDuration' && !VIDEO_LENGTH.test(source)
          ? value.totalMs
          : value.type === 'setSegmentDuration' && value.index === undefined
            ? value.durationMs
            : undefined;
      const themPhotos =
        lengthMs === undefined
          ? undefined
          : (severalPhotosStepped(guessed) ??
            ((heard.photos?.length ?? 0) > 1 && THEM_PHOTOS.test(source) ? heard.photos : undefined));
      const restating = themPhotos
        ? themPhotos.map(
            (index) => ({ type: 'setSegmentDuration', durationMs: lengthMs!, index }) as EditCommand,
          )
        : ALL_OF_THEM.test(source)
          ? everyTransitionAt(value, projection)
          : lastTransitions.length > 0 && lastTransitions.every((command) => command.type === 'setTransition')
            ? restate(value, lastTransitions, undefined)
            : restate(value, madeSoFar(), VIDEO_LENGTH.test(source) ? undefined : lastSaid);
      if (guessed.length > 0 && guessed.every((command) => restatesStep(command, value))) {
        projection = previous.projection;
        plan.commands.length = previous.commands;
        plan.changes.length = previous.commands;
        if (open?.memory && open.commands === previous.commands) plan.memory = open.memory;
      }
      let failed = false;
      const stepBefore = { projection, commands: plan.commands.length };
      for (const command of restating) {
        if (!apply(command)) failed = true;
        numeric.add(command);
      }
      if (failed) break;
      plan.memory = remember(plan.memory, restating, topic);
      lastStep = { ...stepBefore, end: plan.commands.length, source };
      continue;
    }
    previous = { projection, commands: plan.commands.length };
    // "a bit more", "even more", "再多一点": the last step again ("make photo 1 longer" → longer still).
    if (
      plan.commands.length === 0 &&
      ctx.memory?.said &&
      AGAIN.test(prep.norm.text.slice(piece.start, piece.end))
    ) {
      const again = planWithRules(ctx.memory.said, {
        ...ctx,
        draft: projection,
        memory: { ...ctx.memory, said: undefined },
      });
      if (
        !again.error &&
        again.commands.length > 0 &&
        again.commands.every((command) => STEPS.has(command.type))
      ) {
        plan.understood = true;
        for (const command of again.commands) if (!apply(command)) break;
        plan.memory = { ...again.memory, said: ctx.memory.said };
        plan.repeated = true;
        continue;
      }
    }
    // "make it faster" then "now do the opposite": the last step, turned round.
    const oppositeAsked =
      plan.commands.length === 0 &&
      ctx.memory !== undefined &&
      OPPOSITE_ASK.test(prep.norm.text.slice(piece.start, piece.end));
    const opposite = oppositeAsked && ctx.memory?.said ? oppositeOf(ctx.memory.said) : undefined;
    // "zoom in on photo 2" then "do the opposite": a move with a way to go goes the other way.
    const flipped =
      oppositeAsked && !opposite && ctx.memory
        ? otherWay('the other way', { ...ctx.memory, topic })
        : undefined;
    if (flipped) {
      plan.understood = true;
      for (const command of flipped) if (!apply(command)) break;
      plan.memory = remember(plan.memory, flipped, topic);
      continue;
    }
    if (opposite) {
      const turned = planWithRules(opposite, {
        ...ctx,
        draft: projection,
        memory: { ...ctx.memory, said: undefined },
      });
      if (
        !turned.error &&
        turned.commands.length > 0 &&
        turned.commands.every((command) => STEPS.has(command.type))
      ) {
        plan.understood = true;
        for (const command of turned.commands) if (!apply(command)) break;
        plan.memory = turned.memory;
        continue;
      }
    }
    // "bring the music back", "把标题加回来": what an earlier version had, added again.
    let restored = restoreThing(prep.norm.text.slice(piece.start, piece.end), projection, ctx.history, topic);
    // "bring the zoom back but only on photo 1", "只把第一张的动效加回来": only on the photos named.
    const backOn = restored ? takePositions(clauseOf(prep, piece), projection).map((p) => p.index) : [];
    if (restored && backOn.length > 0 && restored.commands.some((command) => ONE_PHOTO.has(command.type))) {
      const commands = restored.commands.filter(
        (command) =>
          !ONE_PHOTO.has(command.type) || backOn.includes((command as { index?: number }).index ?? -1),
      );
      // None of them had it: read as usual ("zoom in on photo 1").
      restored = commands.length > 0 ? { ...restored, commands } : undefined;
    }
    if (restored) {
      // "bring the music back, and make it 50%": a volume said in the same clause is the returning song's.
      const volume = read.out.commands.find(
        (command) =>
          command.type === 'setMusicVolume' || (command.type === 'setMusic' && command.volume !== undefined),
      ) as { volume?: number } | undefined;
      if (volume?.volume !== undefined)
        restored = {
          ...restored,
          commands: restored.commands.map((command) =>
            command.type === 'setMusic' ? { ...command, volume: volume.volume } : command,
          ),
        };
      plan.understood = true;
      plan.notes.push(...restored.notes);
      const done = plan.commands.length;
      for (const command of restored.commands) if (!apply(command)) break;
      const made = plan.commands.slice(done);
      const about = made[0] ? RESTORED_TOPIC[made[0].type] : undefined;
      plan.memory = remember(plan.memory, made, about, textRole(made, projection));
      if (about) topic = about;
      continue;
    }
    // "no, I meant photo 3", "不是标题，是字幕": the last message's edits, moved to what is meant.
    const moved =
      plan.commands.length === 0 ? redirect(clauseOf(prep, piece), projection, plan.memory) : undefined;
    if (moved) {
      plan.understood = true;
      plan.corrects = true;
      corrected.push(...moved.map((command) => JSON.stringify(command)));
      for (const command of moved) if (!apply(command)) break;
      plan.memory = remember(
        plan.memory,
        plan.commands,
        plan.memory.topic,
        textRole(plan.commands, projection),
      );
      continue;
    }
    // "the title too", "same for the caption", "标题也一样": the last text edit again, on that text.
    const textAgain =
      plan.commands.length === 0 && ctx.memory?.last?.some((command) => /Text$/.test(command.type))
        ? redirect(clauseOf(prep, piece), projection, plan.memory, REPEAT_THERE)
        : undefined;
    if (textAgain?.every((command) => /Text$/.test(command.type))) {
      plan.understood = true;
      const first = plan.memory.text;
      for (const command of textAgain) if (!apply(command)) break;
      const then = textRole(plan.commands, projection);
      plan.memory = remember(plan.memory, plan.commands, 'text', then);
      // "the caption too — and move both of them to the top": both texts are "them" next.
      if (first && then && first !== then) plan.memory = { ...plan.memory, texts: [first, then] };
      continue;
    }
    // "第一个转场改成叠化" then "第二个也是": the same change on the transition counted.
    // "put the forest pic first" then "actually put it back where it was": that move, undone.
    const echoed =
      plan.commands.length === 0 && ctx.memory
        ? (repeatOnTransition(prep.norm.text.slice(piece.start, piece.end), projection, ctx.memory) ??
          moveBack(prep.norm.text.slice(piece.start, piece.end), ctx.memory))
        : undefined;
    if (echoed) {
      plan.understood = true;
      for (const command of echoed) if (!apply(command)) break;
      const earlier = ctx.memory?.last ?? [];
      plan.memory = remember(
        plan.memory,
        echoed,
        echoed[0]!.type === 'setTransition' ? 'transition' : 'order',
      );
      // "the next one too, and make both of those fades 1.2 s": the transitions of both edits are "those".
      const counted = [...earlier, ...echoed].map((command) =>
        command.type === 'setTransition' ? command.index : undefined,
      );
      if (echoed[0]!.type === 'setTransition' && counted.every((index) => index !== undefined)) {
        const transitions = [...new Set(counted as number[])].sort((a, b) => a - b);
        if (transitions.length > 1) plan.memory = { ...plan.memory, transitions };
      }
      continue;
    }
    // "the other way", "反方向" after a pan left or a slide left: the same moves, turned round.
    const turned =
      plan.commands.length === 0 && ctx.memory
        ? otherWay(prep.norm.text.slice(piece.start, piece.end), { ...ctx.memory, topic })
        : undefined;
    if (turned) {
      plan.understood = true;
      for (const command of turned) if (!apply(command)) break;
      plan.memory = remember(plan.memory, turned, topic);
      continue;
    }
    // "the next one" after the last photo: there is none, and the reply says so.
    const outside = neighbourOutside(
      sliceMapped(prep.norm, piece.start, piece.end),
      { ...plan.memory, topic },
      projection.video.length,
    );
    if (outside) {
      plan.understood = true;
      plan.notes.push(note(outside === 'next' ? 'note.photo.noNext' : 'note.photo.noPrevious'));
      continue;
    }
    // "and the same between the last two", "do that after photo 3 too": the last transition, elsewhere.
    const sameThere =
      plan.commands.length === 0 && ctx.memory
        ? sameTransitionThere(sliceMapped(prep.norm, piece.start, piece.end), prep, projection, ctx)
        : undefined;
    if (sameThere) {
      plan.understood = true;
      for (const command of sameThere) if (!apply(command)) break;
      plan.memory = remember(plan.memory, sameThere, 'transition');
      continue;
    }
    // "and the third one too": the last one-photo edit again, on the photos named.
    const again = repeatOnPhotos(clauseOf(prep, piece), projection, plan.memory);
    if (again && again.length > 0) {
      plan.understood = true;
      repeatedFrom = ctx.memory?.last ?? [];
      const done = plan.commands.length;
      for (const command of again) if (!apply(command)) break;
      plan.memory = remember(plan.memory, plan.commands.slice(done), plan.memory.topic);
      continue;
    }
    // The dry reading still holds while nothing has changed the draft and no topic carries over.
    const reuse = projection === ctx.draft && topic === undefined;
    let clause = reuse ? read.clause : clauseOf(prep, piece);
    const ruleCtx = { draft: projection, media: ctx.media, lang: prep.lang, topic };
    let out = reuse ? read.out : readClause(clause, ruleCtx);
    // "zoom in on every photo except the last", "除了第一张其他都放大": every photo but those.
    const except = withoutExcept(sliceMapped(prep.norm, piece.start, piece.end), projection);
    if (except) {
      const alt = new Clause(except.mapped, prep.raw, prep.quotes, prep.said);
      let altOut = readClause(alt, ruleCtx);
      // "everything except the July one gets 2 seconds": with photos set apart, a length is each photo's,
      // never the whole video's.
      const overAll = /\b(?:all|every|everything|each)\b|其他|其余|剩下|都|所有|全部/.test(
        except.mapped.text,
      );
      altOut = {
        ...altOut,
        commands: altOut.commands.map((command) =>
          overAll && command.type === 'setDuration' && command.totalMs !== undefined
            ? { type: 'setSegmentDuration', durationMs: command.totalMs }
            : command,
        ),
      };
      const kept = projection.video
        .map((_, index) => index)
        .filter((index) => !except.excluded.includes(index));
      const spread = altOut.commands.every(
        (command) => ONE_PHOTO.has(command.type) && (command as { index?: number }).index === undefined,
      );
      if (altOut.commands.length > 0 && spread) {
        clause = alt;
        out = {
          ...altOut,
          commands: kept.flatMap((index) => altOut.commands.map((command) => aimAt(command, index))),
        };
      } else if (altOut.commands.length === 1 && altOut.commands[0]!.type === 'reverseSegments') {
        // "reverse everything except the first photo": the others among themselves.
        clause = alt;
        out = { ...altOut, commands: reverseAmong(projection.video.length, kept) };
      } else if (REMOVE_ALL.test(except.mapped.text)) {
        // "remove every photo except the first two": the others go.
        clause = alt;
        alt.blank(0, alt.text.length);
        out = {
          ...altOut,
          understood: true,
          topic: 'order',
          commands: [...kept].reverse().map((index) => ({ type: 'removeSegment', index }) as EditCommand),
        };
      }
    }
    // "make that one longer", "change it to a wipe": read again with the reference spelled out.
    const spelt = spellOut(sliceMapped(prep.norm, piece.start, piece.end), { ...heard, topic });
    if (spelt) {
      const alt = new Clause(spelt.mapped, prep.raw, prep.quotes, prep.said);
      const altOut = readClause(alt, ruleCtx);
      const left = { plain: clause.leftover().length, spelt: alt.leftover().length };
      // "slow zoom out on all of them" after crossfades: a camera move is put on the photos, never the transitions.
      const onPhotos =
        topic === 'transition' &&
        out.commands.length > 0 &&
        out.commands.every((command) => command.type === 'setMotion') &&
        ON_THEM.test(clause.source);
      const better =
        altOut.understood &&
        !onPhotos &&
        (spelt.strong ||
          !out.understood ||
          left.spelt < left.plain ||
          (left.spelt <= left.plain &&
            (spelt.photo
              ? aimsAtPhoto(altOut.commands)
              : // "make it a bit more romantic" after music: the video's mood, its music with it, is no
                // less about the music than the music alone.
                touchesTopic(altOut.commands, topic) && !touchesTopic(out.commands, topic, 'some'))));
      if (better) {
        clause = alt;
        out = altOut;
        out = {
          ...out,
          commands: oneTextForIt(
            out.commands,
            prep.norm.text.slice(piece.start, piece.end),
            projection,
            plan.memory,
          ),
        };
      }
    }
    // "改成红色" after adding a title: a clause that names nothing is about the topic's thing.
    // "change the color to blue" after a title: a colour or size is the text's own when text is the topic.
    const ownSubject = OWN_SUBJECT.test(
      topic === 'text'
        ? clause.source.replace(
            /\b(?:colou?rs?|text|photos?|pictures?|images?|pics?|slides?)\b|颜色|文字|照片|图片/g,
            ' ',
          )
        : clause.source,
    );
    /** The clause said again with the topic's noun, when that is how it was read. */
    let lentTo: Mapped | undefined;
    // "字幕太小了，放大到两倍": after a text, a size said as a share is the text's, not a camera zoom.
    const textZoom =
      topic === 'text' &&
      SIZE_SHARE.test(clause.source) &&
      out.commands.length > 0 &&
      out.commands.every((command) => command.type === 'setMotion' && command.index === undefined);
    if ((!out.understood || textZoom) && !ownSubject) {
      const lent = withTopicNoun(sliceMapped(prep.norm, piece.start, piece.end), { ...plan.memory, topic });
      if (lent) {
        const alt = new Clause(lent, prep.raw, prep.quotes, prep.said);
        const altOut = readClause(alt, ruleCtx);
        // Only as a change to that thing, read whole ("add a unicorn" is no change to the title).
        // "其他的改成擦除" after one transition: "the others" is for the step below that names them.
        const left = alt.leftover().filter((word) => !OTHERS_WORD.test(word));
        if (altOut.understood && touchesTopic(altOut.commands, topic) && left.length === 0) {
          clause = alt;
          out = altOut;
          lentTo = lent;
        }
      }
    }
    // "move the dog to the front" then "and the rocket right after it": another move, its verb left out.
    // ("火箭那张第二": 那张 after a name is that photo, not the one talked about, so the words as said go too.)
    if (!out.understood && topic === 'order') {
      const plainText = sliceMapped(prep.norm, piece.start, piece.end);
      for (const source of spelt ? [spelt.mapped, plainText] : [plainText]) {
        const lent = withMoveVerb(source);
        if (!lent) continue;
        const alt = new Clause(lent, prep.raw, prep.quotes, prep.said);
        const altOut = readClause(alt, ruleCtx);
        if (
          altOut.commands.length > 0 &&
          altOut.commands.every((command) => command.type === 'moveSegment') &&
          alt.leftover().every((word) => PLACE_FILLER.test(word))
        ) {
          clause = alt;
          out = altOut;
          break;
        }
      }
    }
    // "the cat photo first", "猫那张放到最前面": a photo named by what it shows, which no file name says.
    const said = prep.norm.text.slice(piece.start, piece.end);
    // A reading that found its photo only by spelling out "那张" as the one before is no reading of it.
    const loose = out.commands.length === 0 || read.out.commands.length === 0;
    const unseen = unseenSubject(said, projection, ctx.media, loose);
    if (unseen && needsThePhoto(out.commands)) {
      plan.understood = true;
      const example = mediaName(projection.video[0]!.media);
      const names = { en: photoNames(projection, 'en'), zh: photoNames(projection, 'zh') };
      plan.notes.push(note('note.photo.unseen', { what: unseen, names, example }));
      continue;
    }
    // "最后一张别动了，保持静止", "zoom in on photo 2, slowly": a clause that names no photo of its own goes on
    // with the one the clause before it named.
    // ("subtler motion" said of every photo comes one command a photo: the named photo's is kept.)
    const indexes = out.commands.map((command) => (command as { index?: number }).index);
    if (
      saidPhoto !== undefined &&
      out.commands.length > 0 &&
      out.commands.every((command) => ONE_PHOTO.has(command.type)) &&
      (indexes.every((index) => index === undefined) ||
        (indexes.length > 1 && new Set(indexes).size === indexes.length && indexes.includes(saidPhoto))) &&
      !MANY_PHOTOS.test(clause.source) &&
      !EVERY_PHOTO.test(clause.source) &&
      !THE_OTHERS.test(clause.source) &&
      takePositions(clauseOf(prep, piece), projection).length === 0
    ) {
      const photo = saidPhoto;
      out = {
        ...out,
        commands: out.commands
          .filter((command) => [undefined, photo].includes((command as { index?: number }).index))
          .map((command) => aimAt(command, photo)),
      };
    }
    // "那张再放久一点，再加两秒吧", "make that one longer, add 2 seconds": an amount added with no subject of
    // its own, right after a clause about one photo, is that photo's (from where it was before a vague step).
    const added = out.commands[0];
    if (
      saidPhoto !== undefined &&
      out.commands.length === 1 &&
      added?.type === 'setDuration' &&
      AMOUNT_ADDED.test(clause.source) &&
      !VIDEO_LENGTH.test(clause.source) &&
      !MANY_PHOTOS.test(clause.source) &&
      takePositions(clauseOf(prep, piece), projection).length === 0
    ) {
      // A step just before ("再放久一点") is only how the amount was meant: the amount is from where it was.
      const step =
        lastStep &&
        lastStep.end === plan.commands.length &&
        lastStep.end - lastStep.commands === 1 &&
        RELATIVE_STEP.test(lastStep.source) &&
        !/\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|秒)/.test(lastStep.source)
          ? lastStep
          : undefined;
      const from = (step?.projection ?? projection).video[saidPhoto]?.durationMs ?? 0;
      const durationMs = from + added.totalMs - draftDurationMs(projection);
      if (durationMs >= 300 && step) {
        projection = step.projection;
        plan.commands.length = step.commands;
        plan.changes.length = step.commands;
      }
      if (durationMs >= 300)
        out = { ...out, commands: [{ type: 'setSegmentDuration', durationMs, index: saidPhoto }] };
    }
    // "第二张改成4秒" then "再加一秒", "add another second": a bare amount added, right after a message that
    // changed one photo's length, is more for that photo (not the whole video).
    const more = out.commands[0];
    const lastEdit = ctx.memory?.last;
    const lengthened =
      lastEdit?.length === 1 && lastEdit[0]?.type === 'setSegmentDuration' ? lastEdit[0].index : undefined;
    if (
      saidPhoto === undefined &&
      lengthened !== undefined &&
      plan.commands.length === plan.createCount &&
      out.commands.length === 1 &&
      more?.type === 'setDuration' &&
      AMOUNT_ADDED.test(clause.source) &&
      !VIDEO_LENGTH.test(clause.source) &&
      !MANY_PHOTOS.test(clause.source) &&
      !EVERY_PHOTO.test(clause.source) &&
      takePositions(clauseOf(prep, piece), projection).length === 0
    ) {
      const durationMs =
        (projection.video[lengthened]?.durationMs ?? 0) + more.totalMs - draftDurationMs(projection);
      if (durationMs >= 300 && projection.video[lengthened])
        out = { ...out, commands: [{ type: 'setSegmentDuration', durationMs, index: lengthened }] };
    }
    // "that one's still too short, give it another second": an amount given to the photo a vague step
    // just lengthened says how much that step meant, counted from where the photo was before it.
    const given = out.commands[0];
    const stepOf =
      lastStep && lastStep.end === plan.commands.length && lastStep.end - lastStep.commands === 1
        ? plan.commands[lastStep.commands]
        : undefined;
    if (
      lastStep &&
      out.commands.length === 1 &&
      given?.type === 'setSegmentDuration' &&
      given.index !== undefined &&
      stepOf?.type === 'setSegmentDuration' &&
      stepOf.index === given.index &&
      AMOUNT_ADDED.test(clause.source) &&
      !/\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|秒)/.test(lastStep.source)
    ) {
      const amount = given.durationMs - (projection.video[given.index]?.durationMs ?? 0);
      const durationMs = (lastStep.projection.video[given.index]?.durationMs ?? 0) + amount;
      if (durationMs >= 300) {
        projection = lastStep.projection;
        plan.commands.length = lastStep.commands;
        plan.changes.length = lastStep.commands;
        out = { ...out, commands: [{ ...given, durationMs }] };
      }
    }
    // "第二张放大" then "算了，改成拉远", "actually zoom out": a correction of a one-photo edit, said without
    // a photo, is for that photo (not every photo).
    const lastPhoto = plan.memory.photo;
    if (
      lastPhoto !== undefined &&
      plan.memory.repeat &&
      out.commands.length > 0 &&
      (CORRECTING.test(clause.source) || CORRECTING.test(prep.norm.text)) &&
      !EVERY_PHOTO.test(clause.source) &&
      out.commands.every(
        (command) =>
          ONE_PHOTO.has(command.type) &&
          (command as { index?: number }).index === undefined &&
          plan.memory.repeat!.some((earlier) => earlier.type === command.type),
      )
    )
      out = { ...out, commands: out.commands.map((command) => aimAt(command, lastPhoto)) };
    // "第一个转场换成闪白" then "换成擦除吧", "actually make it a wipe": a correction of a one-transition edit,
    // said without naming the transitions, is for that transition (not every one).
    const lastOne = plan.memory.topic === 'transition' ? lastTransition(plan.memory) : undefined;
    if (
      lastOne !== undefined &&
      lastOne < projection.video.length - 1 &&
      out.commands.length > 0 &&
      (CORRECTING.test(clause.source) || CORRECTING.test(prep.norm.text)) &&
      !NAMES_TRANSITIONS.test(clause.source) &&
      out.commands.every((command) => command.type === 'setTransition' && command.index === undefined)
    )
      out = {
        ...out,
        commands: out.commands.map((command) => ({ ...command, index: lastOne }) as EditCommand),
      };
    // "zoom in on the first photo, zoom out on the rest": every photo this message has not named yet.
    // ("第一张放大" then "其他的缩小": the photos the message before named.)
    const namedPhotos = spokenPhotos();
    const clauseText = prep.norm.text.slice(piece.start, piece.end).trim();
    const later = THE_LATER_ONES.test(clauseText) && !THE_OTHERS.test(clauseText);
    // "后面那几张拉远" may have been read as "those" (the photos just named): they are the ones after.
    const aimedAt = (command: EditCommand) => (command as { index?: number }).index;
    if (
      namedPhotos.size > 0 &&
      (later || THE_OTHERS.test(clauseText)) &&
      out.commands.length > 0 &&
      out.commands.every(
        (command) =>
          ONE_PHOTO.has(command.type) &&
          (aimedAt(command) === undefined || (later && namedPhotos.has(aimedAt(command)!))),
      )
    ) {
      const lastNamed = Math.max(...namedPhotos);
      const rest = projection.video
        .map((_, index) => index)
        .filter((index) => (later ? index > lastNamed : !namedPhotos.has(index)));
      const said = out.commands.filter(
        (command, k) =>
          out.commands.findIndex((other) => other.type === command.type) === k ||
          aimedAt(command) === undefined,
      );
      out = {
        ...out,
        commands: rest.flatMap((index) => said.map((command) => aimAt(command, index))),
      };
    }
    // "dissolve between the photos, 1 second each, soft and dreamy", "叠化转场，每个1秒，柔和梦幻一点": feel
    // words after the transitions were named describe them; the kind, pace or look the words could name
    // on their own ("dreamy" → blur dissolve, 柔和 → slower) is not asked for.
    if (
      FEEL_ONLY.test(clause.source) &&
      out.commands.length > 0 &&
      plan.commands
        .slice(plan.createCount, clauseStart)
        .some((command) => command.type === 'setTransition' && command.name !== 'cut')
    ) {
      plan.understood = true;
      continue;
    }
    // "every transition a crossfade except the last one — that one a fade to black", "除了最后一个都用叠化，
    // 那个用黑场": "that one" is the transition the clause before left out.
    if (
      leftOut !== undefined &&
      THAT_ONE_LEFT.test(clause.source) &&
      out.commands.length > 0 &&
      out.commands.every((command) => command.type === 'setTransition' && command.index === undefined)
    )
      out = {
        ...out,
        commands: out.commands.map((command) => ({ ...command, index: leftOut }) as EditCommand),
      };
    // "最后一个转场改成黑场，其他的改成白场", "the last transition a fade to black, the rest wipes": every
    // transition not named yet. "其他保持叠化", "keep the rest as crossfades": those already so stay as they are.
    const namedTransitions = new Set(
      (plan.commands.length > plan.createCount
        ? plan.commands.slice(plan.createCount)
        : (ctx.memory?.last ?? [])
      ).flatMap((command) =>
        command.type === 'setTransition' && command.index !== undefined ? [command.index] : [],
      ),
    );
    if (
      namedTransitions.size > 0 &&
      THE_OTHERS.test(prep.norm.text.slice(piece.start, piece.end)) &&
      out.commands.length > 0 &&
      out.commands.every((command) => command.type === 'setTransition' && command.index === undefined)
    ) {
      const slots = projection.video.slice(0, -1);
      out = {
        ...out,
        commands: out.commands.flatMap((command) =>
          slots.flatMap((segment, index) => {
            if (command.type !== 'setTransition' || namedTransitions.has(index)) return [];
            const now = segment.transition ?? { name: 'cut', durationMs: 0 };
            const same =
              now.name === command.name &&
              (command.durationMs === undefined || command.durationMs === now.durationMs);
            return same ? [] : [{ ...command, index }];
          }),
        ),
      };
    }
    // "2 seconds each, but leave the middle one alone": every photo the message does not keep as it is.
    if (
      kept.length > 0 &&
      out.commands.length > 0 &&
      out.commands.every(
        (command) => ONE_PHOTO.has(command.type) && (command as { index?: number }).index === undefined,
      )
    ) {
      const rest = projection.video.map((_, index) => index).filter((index) => !kept.includes(index));
      out = {
        ...out,
        commands: rest.flatMap((index) => out.commands.map((command) => aimAt(command, index))),
      };
    }
    // "the first photo 2 seconds and the rest 4 seconds": the others than the photo just named.
    // "photo 2 five seconds, everything after 2 seconds", "第三张4秒，后面几张2秒": those after it.
    const afterNamed = lastPhoto !== undefined && THE_LATER_ONES.test(clause.source.trim());
    if (
      lastPhoto !== undefined &&
      (afterNamed || THE_OTHERS.test(clause.source)) &&
      /\d/.test(clause.source) &&
      out.commands.length === 1 &&
      (out.commands[0]!.type === 'setDuration' ||
        (out.commands[0]!.type === 'setSegmentDuration' &&
          (out.commands[0]!.index === undefined || (afterNamed && out.commands[0]!.index === lastPhoto))))
    ) {
      const said = out.commands[0]!;
      const ms =
        said.type === 'setDuration' ? said.totalMs : said.type === 'setSegmentDuration' ? said.durationMs : 0;
      const lengthened = photosGivenLengths(plan.commands.slice(plan.createCount), lastPhoto);
      const after = Math.max(...lengthened);
      out = {
        ...out,
        commands: projection.video.flatMap((_, index) =>
          lengthened.has(index) || (afterNamed && index < after)
            ? []
            : [{ type: 'setSegmentDuration', durationMs: ms, index } as EditCommand],
        ),
      };
    }
    // "每张4秒" then "刚才那个太慢了，改回3秒": a plain length with no word for the video keeps the scope
    // of the last length edit (each photo), in this message or the one before.
    const plain = out.commands[0];
    if (
      out.commands.length === 1 &&
      plain?.type === 'setDuration' &&
      !VIDEO_LENGTH.test(clause.source) &&
      saysSeconds(clause.source, plain.totalMs)
    ) {
      // "中间那张有点拖，缩到2秒": the photo a vague step was just taken on is the one the number is for.
      const stepped =
        vagueStep && plan.commands.length === vagueStep.end
          ? onePhoto(plan.commands.slice(vagueStep.commands, vagueStep.end))
          : undefined;
      out = {
        ...out,
        commands:
          stepped === undefined
            ? restate(plain, madeSoFar(), lastSaid)
            : [{ type: 'setSegmentDuration', durationMs: plain.totalMs, index: stepped }],
      };
    }
    // "这两张再长一点吧，每张4秒": "each" is each of the photos the step just before was taken on, which
    // the value replaces.
    const steppedNow =
      lastStep &&
      lastStep.end === plan.commands.length &&
      !SAID_VALUE.test(lastStep.source.replace(PHOTO_ORDINALS, ' '))
        ? severalPhotosStepped(plan.commands.slice(lastStep.commands, lastStep.end))
        : undefined;
    const only = out.commands[0];
    if (
      lastStep &&
      steppedNow &&
      out.commands.length === 1 &&
      only?.type === 'setSegmentDuration' &&
      only.index === undefined &&
      SAID_VALUE.test(clause.source) &&
      !ALL_PHOTOS_SAID.test(clause.source)
    ) {
      out = {
        ...out,
        commands: steppedNow.map(
          (index) => ({ type: 'setSegmentDuration', durationMs: only.durationMs, index }) as EditCommand,
        ),
      };
      projection = lastStep.projection;
      plan.commands.length = lastStep.commands;
      plan.changes.length = lastStep.commands;
    }
    // "太慢了，改回3秒", "the music's too loud, cut it in half": a value right after a vague step of the same
    // length or level replaces that step.
    // ("make it faster, but the last photo should be 3 s", "整体慢一点，然后第二张再加一秒": a value for photos
    // the step was not about is said beside the step, and both are kept.)
    if (
      vagueStep &&
      plan.commands.length === vagueStep.end &&
      SAID_VALUE.test(clause.source) &&
      out.commands.length > 0 &&
      stepGroup(out.commands) === vagueStep.group &&
      !(
        namesOtherPhotos(out.commands, plan.commands.slice(vagueStep.commands, vagueStep.end)) &&
        (plan.commands
          .slice(vagueStep.commands, vagueStep.end)
          .some((command) => photoOf(command) !== undefined) ||
          (lastStep?.end === vagueStep.end && WHOLE_VIDEO_STEP.test(lastStep.source)))
      )
    ) {
      const group = vagueStep.group;
      // "the second pic is too short, double it": "it" is the one photo the complaint was about.
      const stepped = new Set(
        plan.commands
          .slice(vagueStep.commands, vagueStep.end)
          .map((command) => (command.type === 'setSegmentDuration' ? command.index : -1)),
      );
      const steppedPhoto = stepped.size === 1 ? [...stepped][0] : undefined;
      projection = vagueStep.projection;
      plan.commands.length = vagueStep.commands;
      plan.changes.length = vagueStep.commands;
      if (vagueStep.memory) plan.memory = vagueStep.memory;
      // "a bit longer? like 50% longer", "too loud, half as loud": a share is of the value before the guess.
      // "视频太长，一半长就好", "too long, cut it in half": a share after a complaint is of the length before it.
      if (
        /%|percent|per\s+cent/.test(clause.source) ||
        group === 'volume' ||
        group === 'textSize' ||
        (group === 'transitions' && LENGTH_SHARE.test(clause.source)) ||
        (group === 'length' && (LENGTH_SHARE.test(clause.source) || LENGTH_CHANGE.test(clause.source)))
      ) {
        const said = sliceMapped(prep.norm, piece.start, piece.end);
        const itsPhoto =
          !lentTo &&
          group === 'length' &&
          steppedPhoto !== undefined &&
          steppedPhoto >= 0 &&
          /\bit\b|它/.test(said.text)
            ? rewrite(said, /\bit\b|它/g, (m) =>
                m[0] === '它' ? `第${steppedPhoto + 1}张` : `photo ${steppedPhoto + 1}`,
              )
            : undefined;
        const again = lentTo
          ? new Clause(lentTo, prep.raw, prep.quotes, prep.said)
          : itsPhoto
            ? new Clause(itsPhoto, prep.raw, prep.quotes, prep.said)
            : clauseOf(prep, piece);
        const reread = readClause(again, { ...ruleCtx, draft: projection });
        if (reread.commands.length > 0 && stepGroup(reread.commands) === group) {
          clause = again;
          out = reread;
        }
      }
    }
    // "太短了 她眼神不好 放慢点吧 改成每张5秒": words read as nothing, or a vague step said again, keep the
    // first vague step open for a number said later.
    // "划像转场，从左往右划", "wipes, left to right": the way said next turns the kind just set, one step.
    if (
      lastStep &&
      lastStep.end === plan.commands.length &&
      lastStep.end - lastStep.commands === 1 &&
      out.commands.length === 1 &&
      turnsTheSameKind(plan.commands[lastStep.commands]!, out.commands[0]!)
    ) {
      projection = lastStep.projection;
      plan.commands.length = lastStep.commands;
      plan.changes.length = lastStep.commands;
    }
    const openStep = vagueStep && plan.commands.length === vagueStep.end ? vagueStep : undefined;
    vagueStep = undefined;
    topic = out.topic ?? topic;
    if (out.topic) plan.topic = out.topic;
    for (const route of out.routes) {
      // "出片：16:9，每张3秒" on an empty draft: the video made here is the film asked for, not an export.
      if (route === 'export' && plan.createCount > 0 && makesTheFilm(clause.source)) continue;
      if (!plan.routes.includes(route)) plan.routes.push(route);
    }
    plan.notes.push(...out.notes);
    if (!out.understood) {
      vagueStep = openStep;
      // "the second photo is blurry, remove it": a clause that only describes one photo names what "it" is next.
      const described = clauseOf(prep, piece);
      const named = takePositions(described, projection);
      if (named.length === 1 && /\b(?:is|looks|seems|was|are)\b|这张|那张|有点|太/.test(described.source)) {
        plan.memory = { ...plan.memory, photo: named[0]!.index };
        descriptions.push(clause.typed());
      } else if (describesFlaw(described.source)) descriptions.push(clause.typed());
      if (clause.leftover().length > 0) plan.unread.push(clause.typed());
      continue;
    }
    plan.understood = true;
    const done = plan.commands.length;
    const stepBefore = projection;
    // "每张图都1秒，快一点": a vague "faster" beside a value just given for the same thing restates it.
    // A step of the video and a step of every photo ("太短了 … 每张都放慢点") are the same step.
    const stepKey = (command: EditCommand) =>
      command.type === 'updateText'
        ? `updateText:${command.id ?? command.index}`
        : `${command.type === 'setSegmentDuration' ? 'setDuration' : command.type}:${'index' in command && command.index !== undefined ? command.index : 'all'}`;
    // "字幕的字也太小了，看不清": a text's size complained of twice is one step.
    // "转场太长了，拖拖拉拉的": the transitions' length complained of twice is one step too.
    const steppable = (command: EditCommand) =>
      RESTATABLE.has(command.type) || sizesText(command) || retimesTransitions(command, projection);
    const vague = !SAID_VALUE.test(clause.source);
    const restated =
      (out.topic !== undefined &&
        valued.has(out.topic) &&
        vague &&
        out.commands.length > 0 &&
        out.commands.every(
          (command) =>
            VALUED_KINDS.has(command.type) &&
            !('index' in command && command.index !== undefined) &&
            onlyPace(command, projection),
        )) ||
      // "音乐有点吵，能小声一点吗": a complaint and a request for the same step are one step.
      (vague &&
        out.commands.length > 0 &&
        out.commands.every((command) => steppable(command) && stepped.has(stepKey(command))));
    if (
      out.topic &&
      /\d/.test(clause.source) &&
      out.commands.some((command) => VALUED_KINDS.has(command.type))
    )
      valued.add(out.topic);
    if (vague) for (const command of out.commands) if (steppable(command)) stepped.add(stepKey(command));
    for (const command of restated ? [] : out.commands) {
      // "no transitions, hard cuts" and "calm and relaxed" say the same thing twice: apply it once.
      if (
        IDEMPOTENT.test(command.type) &&
        plan.commands.some(
          (earlier, at) =>
            JSON.stringify(earlier) === JSON.stringify(command) &&
            // "square, for instagram": a platform's preset between them undid the shape said first.
            !plan.commands.slice(at + 1).some((later) => later.type === 'applyPreset'),
        )
      )
        continue;
      if (restatesOneTransition(command, plan.commands, prep.norm.text)) continue;
      // "不对，是第二张，删第二张": the corrected edit said again in full is that edit, not a second one.
      if (corrected.includes(JSON.stringify(command))) continue;
      if (!apply(command)) break;
    }
    const applied = plan.commands.slice(done);
    if (!vague) for (const command of applied) numeric.add(command);
    else for (const command of applied) guessed.add(command);
    const group = vague && applied.length > 0 ? stepGroup(applied) : undefined;
    // A step of the whole video keeps what was talked about before it; one of a photo names that photo.
    const before = applied.every((command) => photoOf(command) === undefined) ? plan.memory : undefined;
    if (group)
      vagueStep = {
        projection: stepBefore,
        commands: done,
        end: plan.commands.length,
        group,
        memory: before,
      };
    else if (applied.length === 0 && openStep && stepGroup(out.commands) === openStep.group)
      vagueStep = openStep;
    plan.memory = remember(plan.memory, applied, out.topic, textRole(applied, projection));
    lastStep = { projection: stepBefore, commands: done, end: plan.commands.length, source: clause.source };
  }
  const noPhotos = NO_PHOTO_NOTES.map((key) => note(key).en);
  if (
    ctx.draft.video.length === 0 &&
    visual.length === 0 &&
    (photoless || plan.notes.some((said) => noPhotos.includes(said.en)))
  ) {
    // One plain answer: upload photos first (not "already so", nor why each edit could not be done).
    plan.notes = plan.notes.filter((said) => !noPhotos.includes(said.en));
    plan.notes.push(note('note.edit.needsPhotos'));
  }
  if (plan.commands.length > 0) plan.unread = plan.unread.filter((typed) => !descriptions.includes(typed));
  // What is left of the story that named the photos ("we went to the …") asked for nothing.
  if (named) {
    const told = prep.raw.slice(prep.norm.map[named.told.start], prep.norm.map[named.told.end]);
    plan.unread = plan.unread.filter((typed) => !told.includes(typed));
  }
  if (!plan.error && hold !== undefined && draftDurationMs(projection) !== hold)
    apply({ type: 'setDuration', totalMs: hold });
  // Transitions and photo lengths asked for after "make it 20 seconds" change the total: ask again.
  const lengths = plan.commands.filter(
    (command): command is Extract<EditCommand, { type: 'setDuration' }> =>
      command.type === 'setDuration' && !guessed.has(command),
  );
  const wanted = lengths[lengths.length - 1];
  // "double the length, then take 2 seconds off the last photo", "faster, but the last photo 3 s": a
  // length worked out from the one before is a step, not a total to keep; a photo's length after it
  // is said on the result.
  const stepThenPhoto =
    wanted !== undefined &&
    !saysSeconds(prep.norm.text, wanted.totalMs) &&
    plan.commands
      .slice(plan.commands.lastIndexOf(wanted) + 1)
      .some((command) => command.type === 'setSegmentDuration' && command.index !== undefined);
  if (
    !plan.error &&
    wanted &&
    !stepThenPhoto &&
    draftDurationMs(projection) !== wanted.totalMs &&
    plan.commands[plan.commands.length - 1] !== wanted
  ) {
    apply(wanted);
  }
  if (!plan.error)
    keepLength(
      plan,
      ctx.draft,
      () => projection,
      apply,
      (value) => {
        // Bookkeeping, not an edit: kept in the draft (so undo and `joy inspect` see it), never a command.
        const meta = { ...projection.meta };
        if (value) meta[TARGET_KEY] = value;
        else delete meta[TARGET_KEY];
        projection = { ...projection, meta };
      },
    );
  if (plan.error) {
    plan.draft = ctx.draft;
    return plan;
  }
  if (!checked) {
    try {
      projection = validateDraft(projection);
    } catch {
      return planWithRules(message, ctx, true);
    }
  }
  plan.draft = projection;
  // What this message did, for a correction in the next one ("no, I meant photo 3").
  const made = plan.commands.slice(plan.createCount);
  if (made.length > 0 && made.length <= 8) plan.memory = { ...plan.memory, last: made };
  else delete plan.memory.last;
  // Whether the last length said with a number was each photo's ("每张4秒"), for "改回3秒" next.
  const sized = made.filter((command) => numeric.has(command) && LENGTH_GROUP.has(command.type));
  const scoped = sized[sized.length - 1];
  if (scoped?.type === 'setSegmentDuration' && scoped.index === undefined) plan.memory.lengthScope = 'each';
  else if (made.some((command) => LENGTH_GROUP.has(command.type) || command.type === 'applyStyle'))
    delete plan.memory.lengthScope;
  delete plan.memory.at;
  // A step ("longer", "quieter") can be asked again with "a bit more".
  if (!plan.repeated) {
    if (made.length > 0 && made.every((command) => STEPS.has(command.type)) && message.length <= 300)
      plan.memory.said = message;
    else delete plan.memory.said;
  }
  return plan;
}
