import { catalog as effects } from '../../catalog/index.js';
import { type Phrase, phrase } from '../../messages/phrase.js';
import {
  type Draft,
  draftDurationMs,
  type EditCommand,
  MAX_TEXT_LENGTH,
  PALETTE,
  segmentTimings,
  ZH_COLOUR_CHARS,
} from '../../model/index.js';
import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { simplifiedText } from '../mandarin.js';
import { matchesOf } from '../text.js';
import { COLOR_WORD, colorHex, EVERY_PHOTO, matchMedia, takeDuration, takePositions } from '../values.js';
import { findEffects } from './effects.js';
import { type Family, note, type RuleContext } from './types.js';

const STYLE_WORDS: [RegExp, string][] = [
  [
    /(?:(?:粗体|加粗|粗的)[^，,。]{0,4})?(?:描边|勾边|边框|黑边框|轮廓)(?:[^，,。]{0,4}(?:粗体|加粗))?(?:的)?(?:字体?|文字|效果|样式)?/,
    'bold-outline',
  ],
  // "字幕加底框", "字幕条", "加个背景条", "captions on a dark box": the words on a box of their own.
  [
    /(?:底框|背景框|文字框|底色块|背景条|背景色块|底条|底板|(?<=字幕\s*)条)(?:字|样式)?|(?:底下?|下面)?加(?:个|一个|上)?框(?=\s*(?:吧|啊|呀|了)?\s*$)|带底(?:色|框)的?字?|(?:黑|白|深|暗|半透明|透明)?(?:色|的)?(?:底色|背景色?)(?=\s*(?:吧|啊|呀|了)?\s*$)|\b(?:on|in|inside|with|over|onto|against)\s+(?:a|an|some)?\s*(?:dark|black|white|semi[\s-]?transparent|translucent|solid)?\s*(?:background\s+)?(?:box|bar|banner|strip|backdrop|background|plate)\b|\b(?:background|backing)\s+(?:box|bar|strip|banner|colou?r)\b|\b(?:box|bar|banner|strip|backdrop|background)(?:es|s)?\s+(?:behind|under(?:neath)?|beneath)\b(?!\s+(?:(?:the|all|of|each|every|my)\s+)*(?:photos?|pictures?|pics?|images?|shots?|them)\b)/,
    'boxed',
  ],
  [/人名条|名字条|姓名条|新闻条/, 'lower-third'],
];

/** Titles, captions and end cards: add, change, move, restyle and remove. */

type Role = 'title' | 'caption' | 'end-card';

// 片头/片尾 alone name the title or end card, but "片头多停两秒", "片头太长了" are how long the opening photo stays.
const NOUNS: [RegExp, Role, boolean][] = [
  [
    /\b(?:end|ending|closing|outro|final)[\s-]*(?:card|screen|text|title|slide|caption|message|line|words|note|quote|credits?)s?\b|\b(?:roll(?:ing)?\s+)?credits?(?=\s+(?:at|to|in|on|for|roll|saying|that|with|:))|片尾(?:卡片|卡|字幕|文字|标题|(?!\s*(?:(?:那|这)(?:一)?张|的)?\s*(?:再|要|太|有点|有些|好|很|稍微|略|还是)?(?:多|少|长|短|停|久|快|慢(?!慢)|一闪|一下就|延长|加长|缩短|拉长))(?!\s*(?:的)?(?:加个?|来个?|加上|要|再)?(?:黑场|黑屏|淡出|渐黑|渐隐|变黑)))|结尾(?:文字|字幕|标题|卡片|卡)|结束语/,
    'end-card',
    false,
  ],
  [
    /\b(?:titles?|heading|headline|opening\s+(?:title|text)|intro\s+(?:text|title)|main\s+title)\b|(?:大|主|副)?标题|片头(?:文字|字幕|(?!\s*(?:(?:那|这)(?:一)?张|的)?\s*(?:再|要|太|有点|有些|好|很|稍微|略|还是)?(?:多|少|长|短|停|久|快|慢(?!慢)|一闪|一下就|延长|加长|缩短|拉长)))|题目/,
    'title',
    false,
  ],
  [
    /\b(?:captions?|subtitles?|labels?|tagline|overlay)\b|(?<!\b(?:in|at|to|on|into)\s+the\s+)\b(?:lower[\s-](?:thirds?|3rds?)|name[\s-]?(?:tags?|plates?|straps?|supers?|bars?)|chyrons?)(?:\s+text)?\b(?!\s+of)|字幕|标语|说明文字|配文/,
    'caption',
    false,
  ],
  // "结尾加一句 谢谢观看", "add a line at the end": a line of words is text too.
  [
    /\b(?:text|texts|words|writing|lettering|message|quote)\b|\ba\s+(?:line|sentence)\b|文字|文案|文本|一句话?|一行字?|一段话|字体|字号|(?<=^|[\s把将让的这那些])字(?![幕母条])/,
    'caption',
    true,
  ],
];

/** A list of two things: "the title and the caption", "both", "标题和字幕都". */
const BOTH = /\b(?:and|&|both)\b|和|跟|与|及|都/;
/** What may stand between two texts named together: "and the", "&", "和", "、". */
const BETWEEN_NOUNS = /^\s*(?:,|&|\band\b|和|跟|与|及|以及|、)\s*(?:the\s+)?$/;

/** Words for any words on screen, not only a caption: 字幕, "subtitles". */
const SUBTITLE_WORD = /\bsubtitles?\b|字幕/;
const ADD =
  /\b(?:add|put|write|insert|place|show|display|include|type|overlay|stick|give\s+(?:it|me)|with|needs?|want|create|slap|have)\b|添加|加上|加个|加一个|加|写上|写|打上|配上|配|放上|放|显示|插入/;
/** A place on screen: quoted words said with one are words to show there. */
const QUOTE_PLACED =
  /\b(?:at|on|in|across|along|over)\s+the\s+(?:very\s+)?(?:top|bottom|middle|centre|center|lower\s+third)\b|\b(?:top|bottom)\s+(?:left|right|corner)\b|顶部|底部|上方|下方|最上面|最下面|中间|正中|左上角?|右上角?|左下角?|右下角?/;
/** "our name", "the shop's name", "店名": what the quoted words are, not more words to read. */
const NAME_FRAME =
  /\b(?:(?:our|my|the)\s+)?(?:(?:shop|store|business|brand|company|cafe|café|bakery)(?:'s)?\s+)?name\b|(?:我们的|我们)?(?:店名|店铺名|名字|品牌名)/;
// "caption off", "titles off", "text: none" in a list: switched off, as "music off" is.
const REMOVE =
  /\b(?:remove|delete|clear|drop|erase|get\s+rid\s+of|take\s+(?:out|off|away)|hide|no|without|kill|lose|strip)\b|(?<=\b(?:captions?|titles?|subtitles?|texts?|end\s+cards?)\s+)off\b(?!\s+(?:at|after|by|in|for|on)\b)|(?<=\b(?:captions?|titles?|subtitles?|texts?)\s*[:：=]\s*)(?:none|nothing|off)\b|(?<=(?:标题|字幕|文字)\s*[:：]\s*)(?:无|没有|不要|不用)|删除|删掉|去掉|去除|清除|清空|移除|不要|取消|拿掉|删/;
const UPDATE =
  /\b(?:change|rename|edit|update|replace|switch|set|make|move|turn|reword|fix)\b|改成|改为|换成|修改|变成|改|换|移到|放到|挪到/;
const TITLE_NOUN = NOUNS.find(([, role]) => role === 'title')![0];
/**
 * "and the same kind of caption on photo 4 'sunset'", "a caption on photo 3 '…'", "第四张也来一条同样的字幕「…」":
 * more words like the ones there are, never those words changed.
 */
const ONE_MORE =
  /\b(?:the\s+same\s+(?:kind|sort|type|style)\s+of|an?\s+(?:similar|matching)|(?:a|one)\s+more)\s+(?:captions?|titles?|subtitles?|texts?|labels?|lines?|one)\b|(?<!\b(?:to|into|as|it|them)\s+)\ban?\s+(?:captions?|subtitles?|labels?)\b|(?:同样|一样|类似|相同)(?:的)?(?:一条|一个|一句)?(?:字幕|文字|标题)|也(?:来|要)(?:一)?(?:条|个|句)/;
/** A second title asked for, next to the one there is. */
const ANOTHER = /\b(?:another|second|extra|additional|also)\b|再加|另(?:外|一)|第二个|多加/;
/** "with a title …", "with the new title …": the words after the noun are the title's. */
const WITH_BEFORE = /\bwith\s+(?:a|an|the|my)?\s*(?:new\s+)?$/;
/** "the title should say gym diaries", "标题应该是健身日记": the words wished for, with or without a title yet. */
const SHOULD_SAY = String.raw`(?:should|must|shall|will|needs?\s+to|has\s+to)\s+(?:say|read|be\s+(?:called|named))\b|应该(?:是|写|叫)|应为`;
const NAMED_AFTER = new RegExp(
  String.raw`^\s*(?:(?:called|named|saying|that\s+says|which\s+says|reading|that\s+reads)\b|${SHOULD_SAY}|叫做|叫|是|为)\s*`,
);
const TITLE_IT = /\b(?:title|call|name)\s+(?:it|the\s+video|this|the\s+movie|the\s+film)\b/;
const LEAD_EN =
  /^[\s:=\-–—,]*(?:(?:that\s+says|which\s+says|saying|that\s+reads|which\s+reads|reading|reads|says|called|named|of|with\s+the\s+(?:text|words)|with|is|as|to|into|be|should\s+(?:say|be|read))\b[\s:]*)*/;
const LEAD_ZH =
  /^[\s:：]*(?:(?:改成|改为|换成|修改为|变成|内容是|内容为|应该是|应该写|应该叫|应为|是|为|叫做|叫作|叫|用|写着|写上|写|加上|显示|打上|放上)[\s:：]*)*/;

/** "标题：海岛三日", "字幕条：…", "一句：…": words that only announce the text, before a colon. */
const LEAD_COLON =
  /^\s*(?:加|加个|加一个|加上|写|写上|打上|放|配)?(?:个|一个|一句|一行|一段|一条|条|句|行)?(?:片头|片尾|开头|结尾)?(?:的)?(?:大|主|副)?(?:标题|字幕条?|文字|文案|字|话|句话|句子|标语|配文|title|caption|subtitle|text|line|words)?\s*[:：]\s*/i;

const POSITIONS: [RegExp, 'top' | 'bottom' | 'center' | 'lower-third'][] = [
  [/\blower[\s-](?:third|3rd)\b|下三分之一/, 'lower-third'],
  // A corner is its edge: "bottom left", "top right corner", "左上角" (texts sit centred on their line).
  [
    /\b(?:(?:at|on|in|to)\s+the\s+)?(?:top|upper)[\s-](?:left|right)(?:\s+corner)?\b|\b(?:left|right)[\s-](?:top|upper)\b|[左右]上角?|上[左右]角/,
    'top',
  ],
  [
    /\b(?:(?:at|on|in|to)\s+the\s+)?(?:bottom|lower)[\s-](?:left|right)(?:\s+corner)?\b|\b(?:left|right)[\s-](?:bottom|lower)\b|[左右]下角?|下[左右]角/,
    'bottom',
  ],
  [
    /\b(?:at|on|in|to)\s+the\s+(?:very\s+)?top(?:\s+of\s+the\s+(?:screen|frame|video))?\b|\btop\b|\bupper\b|顶部|上方|上面|顶端|最上面|最上方|最顶上|顶上|上边|顶边/,
    'top',
  ],
  [
    /\b(?:at|on|in|to)\s+the\s+(?:very\s+)?bottom(?:\s+of\s+the\s+(?:screen|frame|video))?\b|\bbottom\b|底部|下方|下面|底端|最下面|最下方|最底下|底下|下边|底边/,
    'bottom',
  ],
  [
    /\b(?:in|at|to)\s+the\s+(?:middle|center|centre)(?:\s+of\s+the\s+(?:screen|frame|video))?\b|\b(?:centered|centred|center|centre|middle)\b|中间|居中|正中|中央/,
    'center',
  ],
];

const SEC = '(?:s|secs?|seconds?|秒钟?)';
const NUM = '(\\d+(?:\\.\\d+)?)';

interface Placement {
  /** "disappear after 2 seconds": where it ends, on the video's clock. */
  endMs?: number;
  startMs?: number;
  durationMs?: number;
  segmentIndex?: number;
  atEnd?: boolean;
  /** "at the start", "开头": where the video opens. */
  atStart?: boolean;
  /** "on every photo": one text per photo when there are several, else one over the whole video. */
  everyPhoto?: boolean;
  /** "until the very end", "一直到结尾": it stays from where it starts to the end of the video. */
  untilEnd?: boolean;
  /** "1 second longer", "再多显示2秒", "短1秒": its time changed by that much. */
  deltaMs?: number;
  /** "晚一秒出来", "show up 2 seconds later": where it starts, moved by that much. */
  shiftMs?: number;
}

/** "晚一秒出来", "提前半秒出现", "come in 2 seconds later": the text's start moved by an amount. */
const TEXT_SHIFT_BY = new RegExp(
  `(?:晚|推迟|延后|往后推|往后挪)\\s*${NUM}\\s*秒钟?(?:再|才)?(?:出来|出现|显示)?|(?:早|提前|往前挪)\\s*${NUM}\\s*秒钟?(?:出来|出现|显示)?|\\b(?:(?:come|comes|show|shows|appear|appears|start|starts|pop|pops)\\s+(?:up\\s+|in\\s+)?)?${NUM}\\s*(?:s|secs?|seconds?)\\s+(later|earlier|sooner)\\b`,
);

/** "1 second longer", "2 s shorter", "再长1秒", "多显示2秒", "少停1秒": a text's time changed by an amount. */
export const TEXT_TIME_BY = new RegExp(
  `${NUM}\\s*${SEC}(?![a-z])\\s+(longer|more|extra|shorter|less)\\b|(?:再|多)(?:长|久|显示|停留?|留|放|出现)(?:了)?\\s*${NUM}\\s*秒钟?|(?:短|少)(?:显示|停留?|留|放|出现)?(?:了)?\\s*${NUM}\\s*秒钟?|(延长|加长|缩短)(?:了)?\\s*${NUM}\\s*秒钟?`,
);

/** The change in ms a TEXT_TIME_BY match asks for. */
export function textTimeChange(m: RegExpExecArray): number {
  const ms = (value: string) => Math.round(Number(value) * 1000);
  if (m[1] !== undefined) return /^(?:shorter|less)$/.test(m[2]!) ? -ms(m[1]) : ms(m[1]);
  if (m[3] !== undefined) return ms(m[3]);
  if (m[4] !== undefined) return -ms(m[4]);
  return m[5] === '缩短' ? -ms(m[6]!) : ms(m[6]!);
}

const UNTIL_END =
  /\b(?:(?:until|till|til|up\s+to|through\s+to|right\s+to|all\s+the\s+way\s+to)\s+the\s+(?:very\s+)?(?:end|finish|last\s+(?:second|frame|photo|picture|shot))|to\s+the\s+(?:very\s+)?(?:end|finish|last\s+(?:second|frame)))(?:\s+of\s+the\s+(?:video|clip|movie|slideshow))?\b|(?:一直|始终)?(?:显示|停留|保留|持续|挂|留)?(?:直)?(?:到|至)(?:视频)?(?:结束|最后|结尾|片尾)(?:都|为止)?/;

const FIRST = new RegExp(
  `\\b(?:for|during|in|over|within)?\\s*the\\s+first\\s+${NUM}\\s*${SEC}(?![a-z])|(?:只|仅)?(?:在)?(?:显示|出现|停留)?(?:在)?前${NUM}\\s*秒钟?(?:内)?(?:显示|出现)?`,
);
const LAST = new RegExp(
  `\\b(?:for|during|in|over|within)?\\s*the\\s+(?:last|final)\\s+${NUM}\\s*${SEC}(?![a-z])|(?:最后|后)${NUM}\\s*秒钟?`,
);
const RANGE = new RegExp(
  `\\b(?:from|between)\\s+${NUM}\\s*${SEC}?\\s*(?:to|and|until|till|-|–)\\s*${NUM}\\s*${SEC}(?![a-z])|(?<![\\d.:])\\b${NUM}\\s*(?:${SEC}\\s*(?:-|–|—|to|until|till)|(?:-|–|—))\\s*${NUM}\\s*${SEC}(?![a-z])|(?:从|在)?\\s*第?${NUM}\\s*秒?\\s*(?:到|至|-|–)\\s*第?${NUM}\\s*秒`,
);
const START = new RegExp(
  `\\b(?:at|starting\\s+at|start(?:ing)?\\s+from|from|after)\\s+${NUM}\\s*${SEC}(?![a-z])|\\bat\\s+(\\d+):(\\d{2})\\b|(?:在|从)?第?${NUM}\\s*秒钟?(?:开始|处|时|的时候|(?:后|之后|以后)?(?:再|才)?(?:出现|出来|进来|冒出来))`,
);

/** A photo named right before a length: "first photo 4 seconds", "photo 2 at 3s", "第1张4秒". */
const OF_PHOTO =
  /(?<!\b(?:on|for|to|at|in|over|under|onto|into|of)\s+(?:the\s+)?)(?:\b(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|slide|one)|\b(?:photo|picture|pic|image|shot|slide)\s*#?\d{1,2}|(?<![在到])第\d+张(?:照片|图片)?|(?<![在到])最后(?:一)?张(?:照片|图片)?)\s*(?:(?:is|gets?|=|:)\s*)?$/;
/** "on for only 2", "for just 3 please": a text's time in seconds with no unit, at the clause's end. */
const BARE_FOR =
  /\b(?:on\s+)?for\s+(?:only\s+|just\s+|about\s+)?(\d{1,2}(?:\.\d+)?)(?![\d.%:]|\s*(?:x\b|st\b|nd\b|rd\b|th\b|px\b|pt\b|photos?\b|pictures?\b|pics?\b|images?\b|slides?\b))(?=\s*(?:$|please\b|pls\b|instead\b|then\b|[,.;!?]))/;

const PLACE_ZH: Record<'top' | 'center' | 'bottom', string> = { top: '顶部', center: '中间', bottom: '底部' };

function takePlacement(clause: Clause, draft: Draft): Placement {
  const total = draftDurationMs(draft);
  const placement: Placement = {};
  const num = (value: string | undefined) => Math.round(Number(value) * 1000);
  const shifted = clause.take(TEXT_SHIFT_BY);
  if (shifted)
    placement.shiftMs =
      shifted[1] !== undefined
        ? num(shifted[1])
        : shifted[2] !== undefined
          ? -num(shifted[2])
          : shifted[4] === 'later'
            ? num(shifted[3])
            : -num(shifted[3]);
  // "the title should disappear after 2 seconds", "标题3秒后消失": where it ends, not where it starts.
  const ends = clause.take(
    new RegExp(
      `\\b(?:(?:should|can|could|must|will|to|has\\s+to|needs?\\s+to)\\s+)?(?:disappear|go\\s+away|vanish|end|fade\\s+(?:out|away)|leave|(?:be\\s+|is\\s+)?gone|stop)s?\\s+(?:after|at|by)\\s+${NUM}\\s*${SEC}(?![a-z])|(?<!显示|停留|持续|出现|停|留|保持)(?:在)?第?${NUM}\\s*秒(?:后|时|的时候)?(?:就)?(?:消失|结束|隐藏|淡出|不见)`,
    ),
  );
  if (ends) placement.endMs = num(ends[1] ?? ends[2]);
  const first = clause.take(FIRST);
  const last = first ? null : clause.take(LAST);
  const range = first || last ? null : clause.take(RANGE);
  const start = first || last || range ? null : clause.take(START);
  if (first) {
    placement.startMs = 0;
    placement.durationMs = num(first[1] ?? first[2]);
  } else if (last) {
    placement.durationMs = num(last[1] ?? last[2]);
    placement.startMs = Math.max(0, total - placement.durationMs);
  } else if (range) {
    const from = num(range[1] ?? range[3] ?? range[5]);
    const to = num(range[2] ?? range[4] ?? range[6]);
    if (to > from) {
      placement.startMs = from;
      placement.durationMs = to - from;
    }
  } else if (start) {
    placement.startMs =
      start[2] !== undefined ? (Number(start[2]) * 60 + Number(start[3])) * 1000 : num(start[1] ?? start[4]);
    // "from 9s to the end", "从第9秒到结尾": from there until the video ends.
    if (
      clause.take(
        /\b(?:to|until|till|through)\s+the\s+(?:very\s+)?end\b|(?:一直)?(?:到|至)(?:视频)?(?:结束|最后|结尾)(?:为止)?/,
      )
    )
      placement.untilEnd = true;
  }
  // "appear after 1 second and last 3 seconds", "lasts 2 s": how long it shows (not "the last 3 s").
  if (placement.durationMs === undefined) {
    const lasting = clause.take(
      new RegExp(
        `(?<!\\b(?:the|final)\\s+)\\b(?:last|lasts|lasting)\\s+(?:on\\s+(?:the\\s+)?screen\\s+)?(?:for\\s+)?(?:about\\s+|only\\s+|just\\s+)?${NUM}\\s*${SEC}(?![a-z])`,
      ),
    );
    if (lasting) placement.durationMs = num(lasting[1]);
  }
  const by = placement.durationMs === undefined ? clause.take(TEXT_TIME_BY) : null;
  if (by) placement.deltaMs = textTimeChange(by);
  if (placement.durationMs === undefined && placement.deltaMs === undefined) {
    const lasting = clause.take(
      /(?:只|仅|就)?(?:持续|显示|停留|保持|出现|留)\s*(\d+(?:\.\d+)?)\s*秒钟?(?:(?:后|之后)?(?:就)?(?:消失|结束|隐藏|淡出|不见了?))?/,
    );
    if (lasting) placement.durationMs = num(lasting[1]);
    else {
      const saved = clause.snapshot();
      const duration = takeDuration(clause);
      // "a 20s vertical video with a title": a length said of the video is the video's, not the text's.
      const ofVideo =
        duration &&
        /^[\s-]*(?:long\s+)?(?:[a-z]+\s+){0,2}(?:video|clip|movie|slideshow|reel|tiktok|film|montage|edit)\b|^\s*(?:的)?(?:[\u4e00-\u9fff]{0,4})(?:视频|短片|影片)/.test(
          clause.source.slice(duration.end),
        );
      // "first photo 4 seconds and keep the title on for only 2": a length said right after a photo is the photo's.
      const ofPhoto =
        duration && OF_PHOTO.test(clause.source.slice(Math.max(0, duration.start - 40), duration.start));
      if (ofVideo || ofPhoto) clause.restoreSnapshot(saved);
      else if (duration) placement.durationMs = duration.ms;
      // "keep the title on for only 2", "title for just 3": the seconds go without saying.
      if (placement.durationMs === undefined) {
        const bare = clause.take(BARE_FOR);
        if (bare) {
          placement.durationMs = num(bare[1]);
          clause.take(/\b(?:keep|leave|show)\b/);
        }
      }
    }
  }
  // "stay until the very end", "显示到结尾": a text that is kept on screen, not one put at the end.
  if (
    placement.durationMs === undefined &&
    placement.endMs === undefined &&
    clause.has(
      /\b(?:stays?|staying|remains?|lasts?|keep|kept|show(?:s|n|ing)?|display(?:s|ed)?|on\s+screen|up|visible|run|runs|go(?:es)?|hold)\b|显示|停留|保留|留|持续|挂/,
    ) &&
    clause.take(UNTIL_END)
  ) {
    placement.untilEnd = true;
    clause.takeAll(
      /\b(?:(?:stays?|staying|remains?|keep|kept|hold)\s+(?:it\s+|them\s+)?)?(?:up|on\s+screen|visible)\b/g,
    );
  }
  // "for the whole video", "for whole video" (no article), "the whole time", "一直显示", "全程": from start to end.
  if (
    placement.startMs === undefined &&
    placement.durationMs === undefined &&
    clause.take(
      /\b(?:for|during|throughout|over|across|in)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:video|thing|time|clip|movie|slideshow)\b|\b(?:the\s+)?(?:whole|entire|full)\s+(?:video|clip|movie|slideshow)\s+long\b|\b(?:the\s+)?(?:whole|entire)\s+time\b|\ball\s+the\s+way\s+through\b|\bthroughout(?:\s+the\s+video)?\b|一直|全程|从头到尾|整个视频(?:都)?/,
    ) &&
    total > 0
  ) {
    placement.startMs = 0;
    placement.durationMs = total;
  }
  if (clause.take(EVERY_PHOTO)) placement.everyPhoto = true;
  const positions = takePositions(clause, draft);
  if (positions[0] && placement.startMs === undefined) placement.segmentIndex = positions[0].index;
  if (
    clause.take(
      /\b(?:at|in|to|near|towards?)\s+the\s+(?:very\s+)?(?:end|ending|close|finish)\b|\bin\s+the\s+end\b|\bat\s+the\s+end\b|结尾|末尾|最后|片尾|结束时|结束的时候/,
    )
  ) {
    placement.atEnd = true;
  } else if (
    clause.take(
      /\b(?:at|in|from)\s+the\s+(?:very\s+)?(?:start|beginning)\b|\bat\s+first\b|\bto\s+start\b|开头|一开始|开始时|开始的时候/,
    )
  ) {
    placement.startMs ??= 0;
    placement.atStart = true;
  }
  return placement;
}

/**
 * "2x bigger", "bigger x2", "make it bigger, two times": the share typed short, or said after the comparative
 * (alone in its clause, it is read as the text's when a text was just resized).
 */
const TIMES_AFTER = String.raw`\b(\d+(?:\.\d+)?|two|three|four)\s*(?:x|×)\s+(?:as\s+)?(?:big|large|bigger|larger)\b|\b(?:bigger|larger)\s*,?\s*(?:by\s+)?(?:(\d+(?:\.\d+)?|two|three|four)\s*(?:times|x|×)|(twice)|(?:x|×)\s*(\d+(?:\.\d+)?))(?![\w.])|\b(\d+(?:\.\d+)?|two|three|four)\s*(?:times|x|×)(?=\s*(?:please|pls)?\s*$)`;
/**
 * "twice as big", "double the size", "three times as large", "half the size", "放大到两倍", "放大一倍", "缩小一半":
 * a size said as a share of the size the text has.
 */
const SIZE_TIMES = new RegExp(
  String.raw`\b(?:twice|double)\s+(?:as\s+)?(?:big|large|the\s+size)\b|\bdouble\s+(?:the\s+|its\s+)?(?:size|font(?:\s+size)?|text\s+size)\b|\b(\d+(?:\.\d+)?|two|three|four)\s+times\s+(?:as\s+)?(?:big|large|bigger|larger|the\s+size)\b|\b(half)\s+(?:as\s+(?:big|large)|the\s+size)\b|(?:放大|变大|调大|加大|大)?(?:到|成|为)?(?:原来的)?(\d+(?:\.\d+)?)倍(?:大)?|(?:缩小|小)(?:到)?(?:原来的)?(一半)|${TIMES_AFTER}`,
);
const WORD_TIMES: Record<string, number> = { two: 2, three: 3, four: 4, twice: 2, half: 0.5, 一半: 0.5 };

/** "的捏", "黄色哈~", "并": what is left after a colour when it was said with a particle or "and", never words. */
const ONLY_A_PARTICLE = new RegExp(
  `^\\s*(?:${ZH_COLOUR_CHARS}色?)?的?\\s*(?:[捏呢哈啦呀嘛哦噢喔咯呗吧啊了嗷哇嘞叭]\\s*)*(?:并且?|然后|同时|还有|再|和)?\\s*[!！~～。.…]*\\s*$`,
);

/** The text's colour now, said as hard to see ("现在白色的看不清", "the white is hard to read"). */
const CONTRAST = new RegExp(
  `(?:现在|目前|原来)?(?:是|的)?(?:${COLOR_WORD.source}|${ZH_COLOUR_CHARS}(?=的))(?:的)?(?:字|文字)?(?:在[^，,。；;！!？?]{1,8}?|\\s+)?(?:有点|太|都|也|根本)?(?:看不(?:太)?清(?:楚)?|看不见|不(?:太)?清楚|不(?:太)?明显)|(?:现在|目前)?(?:这个)?(?:背景|底色|画面|照片|图)(?:的颜色)?(?:太|有点|比较|很|特别)?(?:花|乱|杂|亮|浅|复杂|白)了?[，,\\s]*(?:字|文字)?(?:都|也|根本)?(?:看不(?:太)?清(?:楚)?|看不见)|\\b(?:the\\s+)?(?:${COLOR_WORD.source})(?:\\s+(?:text|letters|writing|words|title|caption))?\\s+(?:is|are)\\s+(?:(?:really|too|so|a\\s+bit|kind\\s+of|just)\\s+)?(?:hard|difficult|impossible|tough)\\s+to\\s+(?:see|read|make\\s+out)\\b`,
);

/**
 * "the title is too yellow", "标题太黄了": the colour it has is the complaint; the letters go back to white,
 * the colour every text starts in (a colour asked for in the same breath still wins).
 */
const TOO_COLOUR = new RegExp(
  `\\b(?:too|way\\s+too|a\\s+bit\\s+too|rather\\s+too)\\s+(?:${COLOR_WORD.source})(?:ish)?\\b|(?:太|过于|有点太)(?:${PALETTE.flatMap((colour) => colour.zh.map((word) => word.replace(/色$/, ''))).join('|')})色?了?`,
);

/** "too small", "can't read it", "看不清": a text said to be too small to read. */
const TOO_SMALL =
  /\btoo\s+(?:small|tiny|little)\b|\b(?:hard\s+to|(?:i\s+)?(?:can'?t|cannot|can\s+barely|can\s+hardly))\s+(?:read|see)\b|太小|看不清/;

/** One step of "bigger" / "smaller": about a third larger, and back again. */
const SIZE_UP = 1.3;
const SIZE_DOWN = 0.77;

/**
 * The style a clause asks of a text. `scale.step` is set when the size said is a step ("bigger", "字小一点",
 * "太小了") rather than a size: an existing text then grows or shrinks from the size it has.
 */
function takeStyle(
  clause: Clause,
  ctx: RuleContext,
  scale: { step?: boolean } = {},
): Partial<Extract<EditCommand, { type: 'addText' }>> {
  const style: Partial<Extract<EditCommand, { type: 'addText' }>> = {};
  for (const [re, position] of POSITIONS) {
    if (clause.take(re)) {
      style.position = position;
      // "放底下吧", "放在底部，黄色": the placing verb goes with the place.
      clause.take(/(?:放|挪|移|摆)(?:到|在)?(?=\s*(?:吧|啊|呀|了|就行|就好)?\s*(?:[,，;；。.!！]|$))/);
      break;
    }
  }
  // "现在白色的看不太清楚", "the white is hard to see": the colour it has now, said as why another is wanted,
  // is neither the colour asked for nor a size.
  clause.take(CONTRAST);
  const tooColoured = clause.take(TOO_COLOUR);
  const color = clause.take(
    new RegExp(
      // "black and white" is a look, never the letters' colour ("a title 'July' and black and white").
      `(?:\\b(?:in|colou?r(?:ed)?|to)\\s+)?(?!black\\s*(?:and|&|n|-and-)\\s*white\\b)(?<!\\bblack\\s*(?:and|&|n|-and-)\\s*)(?:${COLOR_WORD.source})(?:\\s+(?:colou?r|text|letters))?`,
    ),
  );
  // "黑色背景", "a black box behind it": the colour is the box's (black is the box's own), not the letters'.
  const after = color ? clause.text.slice(color.index + color[0].length) : '';
  // "黑色字幕条": the text's own noun may sit between the colour and the box.
  const lead = /^\s*(?:的\s*)?(?:字幕|标题|文字|(?:the\s+)?(?:captions?|subtitles?|text|title))?\s*/.exec(
    after,
  )![0].length;
  const ofBox =
    color !== null &&
    STYLE_WORDS.some(([re, name]) => {
      const box = name === 'boxed' ? re.exec(after) : null;
      return box !== null && box.index <= lead;
    });
  if (color && !ofBox) {
    const word = /#[0-9a-f]{6}|[a-z]+|[\u3400-\u9fff]+色/.exec(
      color[0].replace(/\b(?:in|colou?r(?:ed)?|to|text|letters)\b/g, ' ').trim(),
    );
    const hex = word ? colorHex(word[0]) : undefined;
    if (hex) {
      style.color = hex;
      // "change the color to blue", "颜色改成红色": the word for colour goes with the colour.
      clause.take(/\b(?:the\s+|its\s+)?(?:font\s+|text\s+)?colou?r\b|(?:字体|文字|字的)?颜色/);
    }
  }
  if (tooColoured && !style.color) style.color = '#ffffff';
  // "粗体有边框那种", "加描边", "字幕加底框": a text style said in Chinese (bold letters with an outline
  // are the outlined style, not a bigger size).
  for (const [re, name] of STYLE_WORDS) {
    if (ctx && clause.take(re)) {
      style.style = name;
      break;
    }
  }
  const times = clause.take(SIZE_TIMES);
  if (times) {
    const said = times.slice(1).find((word) => word !== undefined);
    // "放大一倍" grows by the size it has: twice as big.
    const factor =
      said === undefined || /^(?:放大|大)(?:了)?1倍/.test(times[0]) ? 2 : (WORD_TIMES[said] ?? Number(said));
    // Said as a share of the size it has, so it scales each text from there.
    if (factor > 0 && factor <= 10) {
      style.size = factor;
      scale.step = true;
    }
    // "2x bigger cant read it on phone": the complaint is the reason for the share, not a word of its own.
    clause.take(TOO_SMALL);
  } else if (clause.take(TOO_SMALL)) style.size = SIZE_UP;
  else if (clause.take(/\btoo\s+(?:big|large|huge)\b|太大/)) style.size = SIZE_DOWN;
  else if (clause.take(/\b(?:huge|giant|very\s+big|really\s+big)\b|超大|特大/)) style.size = 2;
  else if (
    clause.take(
      /\b(?:big|bigger|large|larger|bold|enlarge)\b|\b(?:bump|turn|scale|size)\s+(?:the\s+(?:size|text|font)\s+)?up\b|\bsize\s+up\b|\bincrease\s+the\s+(?:size|font(?:\s+size)?)\b|大字|大号|(?:调|变|弄|放|整)?大一点|(?:调|变|弄|放|整)?大一些|放大|加大|调大|更大|大点|加粗|粗体|粗一点/,
    )
  )
    style.size = SIZE_UP;
  else if (clause.take(/\b(?:tiny|very\s+small)\b|超小|特小/)) style.size = 0.5;
  else if (
    clause.take(
      /\b(?:small|smaller|little|shrink)\b|小字|小号|(?:调|变|弄|整)?小一点|(?:调|变|弄|整)?小一些|缩小|调小|更小|小点/,
    )
  )
    style.size = SIZE_DOWN;
  if (style.size === SIZE_UP || style.size === SIZE_DOWN) scale.step = true;
  const animation = findEffects(
    clause,
    effects.textAnimations,
    (phrase, plugin) => plugin.name !== 'none' || /no\s+animation/.test(phrase),
  )[0];
  if (animation) {
    clause.blank(animation.start, animation.end);
    style.animation = animation.plugin.name;
  }
  // A style already said in words ("on a background bar") is not overruled by a name in the noun ("subtitles").
  const textStyle = style.style
    ? undefined
    : findEffects(
        clause,
        effects.textStyles,
        (phrase) => phrase.length >= 5 && !/^(?:default|plain)$/.test(phrase),
      )[0];
  if (textStyle && ctx) {
    clause.blank(textStyle.start, textStyle.end);
    style.style = textStyle.plugin.name;
  }
  return style;
}

/** Letter case asked for a text: "all caps", "in capitals", "标题用大写字母", "lowercase", "title case". */
const CASES: [RegExp, (text: string) => string][] = [
  [
    /\b(?:(?:in\s+)?title\s*-?\s*case|capitali[sz]e(?:d)?(?:\s+(?:each|every)\s+word)?)\b|首字母大写/,
    (text) =>
      text
        .toLowerCase()
        .replace(/(^|[\s\-(])(\p{L})/gu, (_, lead: string, ch: string) => lead + ch.toUpperCase()),
  ],
  [
    /\b(?:(?:in\s+)?all\s+caps|in\s+caps|caps(?=\s+(?:for|on|please|pls)\b|\s*$)|(?:in\s+)?(?:all\s+)?capitals?(?:\s+letters)?|(?:in\s+)?upper\s*-?\s*case|(?:in\s+)?block\s+letters|shouty)\b|(?:全部?|都)?(?:用|改成|换成|变成|改为)?(?:全)?大写(?:字母)?/,
    (text) => text.toUpperCase(),
  ],
  [
    /\b(?:(?:in\s+)?(?:all\s+)?lower\s*-?\s*case|(?:in\s+)?small\s+letters|no\s+caps)\b|(?:全部?|都)?(?:用|改成|换成|变成|改为)?(?:全)?小写(?:字母)?/,
    (text) => text.toLowerCase(),
  ],
];

function takeCase(clause: Clause): ((text: string) => string) | undefined {
  for (const [re, change] of CASES) if (clause.take(re)) return change;
  return undefined;
}

function isMediaQuote(text: string, ctx: RuleContext): boolean {
  return /\.[a-z0-9]{2,5}$/i.test(text) && matchMedia(ctx.media, text) !== undefined;
}

const SECOND_INSTRUCTION =
  /^\s*(?:and|then|also|but|plus)\s+(?:move|make|put|set|change|add|remove|use|turn|give|place|bring|shift|drop|delete)\b/;

/**
 * "change the title to Summer, my dad will love it", "标题改成夏天，我爸肯定喜欢": after a comma, a reason or
 * a remark about someone (a pronoun or a person, then a verb) is said to Joy, not part of the words.
 */
const ASIDE_VERB =
  "(?:will|would|is\\s+going\\s+to|gonna|loves?|loved|likes?|liked|enjoyed|wanted|asked|said|can'?t\\s+wait)";
// Only a reason, or someone else's reaction: "we love you", "I miss you", "it's been a blast" are words
// people put in titles; "我们想念您" too, while "我爸肯定喜欢" foretells a reaction.
export const TEXT_ASIDE = new RegExp(
  `\\s*[,，]\\s*(?:(?:because|since|cause|cuz|so\\s+that|hopefully|lol|haha)\\b|(?:my|his|her|our|their)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+${ASIDE_VERB}\\b|(?:he|she|they|the\\s+kids?|kids|mom|mum|dad|grandma|grandpa|everyone|everybody)(?:'(?:ll|d)|\\s+${ASIDE_VERB})\\b|(?:the\\s+)?(?:whole\\s+)?(?:office|team|class|family|school|company|guests|crowd|room)\\s+(?:${ASIDE_VERB}|'ll)\\s+(?:watch|see|love|like|enjoy|cry)\\b|因为|哈哈|(?:我|他|她|他们|她们|爸爸?|妈妈?|老爸|老妈|孩子们?|大家)[^，,]{0,4}?(?:肯定|一定|应该)会?(?:喜欢|爱|开心|高兴|哭|感动)).*$`,
  'i',
);

/** The small words titles keep lower-case between capitalised ones ("Best of 2024", "Fish & Chips"). */
const TITLE_SMALL_WORDS = '&|and|of|the|for|a|an|in|on|at|to|with|de|la|le|du';
/** Words typed as a name: capitalised or numbered, joined by those small words. */
const NAME_RUN = new RegExp(
  `^\\s+((?:[A-Z0-9][\\w'’&.!-]*)(?:\\s+(?:[A-Z0-9][\\w'’&.!-]*|${TITLE_SMALL_WORDS}))*)`,
);
const TRAILING_SMALL_WORDS = new RegExp(`(?:\\s+(?:${TITLE_SMALL_WORDS}))+$`);

/** The words typed as a name right after `from`, taken; undefined when none follow. */
function takeNameRun(clause: Clause, from: number): string | undefined {
  const run = NAME_RUN.exec(clause.original(from, clause.text.length));
  if (!run) return undefined;
  // Trailing small words ("… in") belong to what follows ("in yellow").
  const words = run[1]!.replace(TRAILING_SMALL_WORDS, '');
  const span = run[0].length - (run[1]!.length - words.length);
  if (clause.text.slice(from, from + span).toLowerCase() !== run[0].slice(0, span).toLowerCase())
    return undefined;
  clause.blank(from, from + span);
  return words;
}

/** The unquoted words after the noun (or after "title it"), up to the next thing a rule took. */
function capture(clause: Clause, from: number): string | undefined {
  for (const whole of clause.freeRuns(from)) {
    // "标题叫周末 用黄色 放顶部": in Chinese, a space ends the words (what follows is the next instruction).
    const gap =
      /[\u4e00-\u9fff](\s+)(?=用|放|改|加|换|调|去掉|删|每张|第|转场|音乐|配乐|滤镜|竖屏|横屏|方形|黑白|复古|背景|字体|颜色|大一点|小一点|时长|总长|视频|做成|弄成|\d)/.exec(
        clause.text.slice(whole.start, whole.end),
      );
    const run = gap ? { start: whole.start, end: whole.start + gap.index + 1 } : whole;
    const original = clause.original(run.start, run.end);
    // The announcing words are matched as Simplified ("標題：" is "标题："), the words kept as typed.
    const typed = original.slice(LEAD_COLON.exec(simplifiedText(original))?.[0].length ?? 0);
    const afterEn = typed.slice(LEAD_EN.exec(typed.toLowerCase())?.[0].length ?? 0);
    const text = afterEn
      .slice(LEAD_ZH.exec(simplifiedText(afterEn))?.[0].length ?? 0)
      .replace(/^(?:write|type|print)\s+/i, '')
      .replace(TEXT_ASIDE, '')
      // "change the title to Summer 2024 and make it bigger": an instruction after the words ends them.
      .replace(
        /\s+(?:and|then|also|but|plus)\s+(?:move|make|put|set|change|add|remove|use|turn|give|place|bring|shift|drop|delete)\s+(?:it|them|the\s+(?:title|caption|text|words))\b.*$/i,
        '',
      )
      .replace(/[\s.。,，;；]+$/, '')
      // "Hello World on | the first slide": the place was taken, its preposition stays behind.
      .replace(/\s+(?:on|at|in|over|onto|to|for)$/i, '')
      .replace(/\s+(?:instead|please|pls|plz|thanks|thx|ty)$/i, '')
      .trim();
    // "… and move it to the top": a second instruction, not the words of the text.
    if (SECOND_INSTRUCTION.test(typed.toLowerCase())) return undefined;
    // "title改成黄色 pls": an English please or thanks after a change said in Chinese is no text.
    if (
      /^(?:pls|plz|please|thanks|thx|ty)[\s!！.。~]*$/i.test(text) &&
      /[\u4e00-\u9fff](?<!改成|换成|改为|变成|叫|叫做|写|写上|是|为|成)\s+(?:pls|plz|please|thanks|thx|ty)[\s!！.。~]*$/i.test(
        clause.source,
      )
    )
      return undefined;
    // What the rules read there: a Cantonese or Traditional particle ("喺" → "在") is judged as read.
    const read = clause.text.slice(run.start, run.end).trim();
    clause.blank(run.start, run.end);
    // A lone particle left by a verb ("放到底部" → "到") is no text.
    // A lone particle left by a verb ("放到底部" → "到") or a joining word ("in white and bigger") is no text.
    // A question's particle ("能加字幕吗？" → "吗") is no text either.
    // Nor is a word that names the text itself or a side ("make the caption text white", "bottom left"),
    // nor the pronoun a verb left behind ("the title is hard to read, move it to the bottom" → "it").
    if (
      text &&
      !/^(?:it|them|this|that|these|those)$/i.test(text) &&
      ![text, read].some((said) =>
        /^(?:[到在成为的吧了呢啊吗么嘛呀给把往向改换调][?？]?|and|or|with|then|also|plus|but|in|on|at|over|onto|for|to|the|an?)$/i.test(
          said,
        ),
      ) &&
      !/^(?:(?:the\s+)?(?:text|words?|font|letters?|size|colou?rs?|left|right|side|corner|one)\s*)+$/i.test(
        text,
      )
    )
      return text.slice(0, 500);
  }
  return undefined;
}

const RENAME_MARK =
  /^\s*(?:(?:to|into|as|for|with|should\s+(?:be|say|read)|is\s+(?:supposed|meant)\s+to\s+(?:be|say|read))\b|改成|改为|换成|变成|修改为|应该是|→|->|=>)/;

/**
 * "把 Day one 改成「第一天」", 'change "Day one" to "Day 1"': a text named by its own words, right before
 * the word that changes it, gets the new words.
 */
/** Where a text of the draft is named by its own words, quoted or not ("Day one", "「Day one」"). */
function wordsSpan(
  clause: Clause,
  target: Draft['texts'][number],
  quotes: { text: string; start: number }[],
): { start: number; end: number } | undefined {
  const words = target.text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (words.length < 2) return undefined;
  const quoted = quotes.find((quote) => quote.text.toLowerCase().replace(/\s+/g, ' ').trim() === words);
  if (quoted) return { start: quoted.start, end: quoted.start + 1 };
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const found = new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).exec(clause.text);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

/**
 * "把「Day one」那行字删掉", "remove the 'Day one' caption", "delete Day one": a text named by its own words,
 * with a verb that takes it away, goes (that text alone).
 */
function removeByWords(
  clause: Clause,
  draft: Draft,
  quotes: { text: string; start: number }[],
): EditCommand | undefined {
  for (const target of draft.texts) {
    const span = wordsSpan(clause, target, quotes);
    if (!span || RENAME_MARK.test(clause.text.slice(span.end))) continue;
    const verb = REMOVE.exec(clause.text);
    if (!verb || (verb.index < span.end && verb.index + verb[0].length > span.start)) continue;
    clause.blank(span.start, span.end);
    clause.blank(verb.index, verb.index + verb[0].length);
    clause.take(/(?:把|将)/);
    clause.take(
      /(?:那|这)?(?:一)?(?:行|句|条|段|个)?(?:的)?(?:字幕|标题|文字|字)|\b(?:the\s+)?(?:caption|title|text|line|words|subtitle)\b/,
    );
    return { type: 'removeText', id: target.id };
  }
  return undefined;
}

function renameByWords(
  clause: Clause,
  draft: Draft,
  quotes: { text: string; start: number }[],
): EditCommand | undefined {
  for (const target of draft.texts) {
    const span = wordsSpan(clause, target, quotes);
    if (!span) continue;
    const mark = RENAME_MARK.exec(clause.text.slice(span.end));
    if (!mark) continue;
    const saved = clause.snapshot();
    const from = span.end + mark[0].length;
    clause.blank(span.start, from);
    const next = quotes.find((quote) => quote.start >= from);
    let text: string | undefined;
    if (next) {
      text = next.text;
      clause.blank(next.start, next.start + 1);
    } else text = capture(clause, from);
    // "Road Trip should be Road Trips" names new words; "the title called Road Trip should be bigger" a look:
    // unquoted words after "should be" are new words only when typed as a name (a capital, a digit, Chinese).
    const described =
      /should|supposed|meant|应该/.test(mark[0]) && !next && !/^[A-Z0-9\u4e00-\u9fff]/.test(text ?? '');
    // "change Day one to Day One": a change of case alone is a change of the words.
    if (!text || described || text.trim() === target.text.replace(/\s+/g, ' ').trim()) {
      clause.restoreSnapshot(saved);
      continue;
    }
    clause.take(/(?:把|将)|\b(?:change|rename|edit|switch|replace|make|turn)\b/);
    return { type: 'updateText', id: target.id, text };
  }
  return undefined;
}

/** The role as a word in a sentence ("title", "标题"); a text of no named role is a caption. */
function roleWord(role: Role | undefined): Phrase {
  return phrase(`role.${role ?? 'caption'}.lower`);
}

export const text: Family = (clause, ctx, out) => {
  const draft = ctx.draft;
  let noun: { role: Role; generic: boolean; start: number; end: number } | undefined;
  for (const [re, role, generic] of NOUNS) {
    const match = re.exec(clause.text);
    if (match && (!noun || match.index < noun.start))
      noun = { role, generic, start: match.index, end: match.index + match[0].length };
  }
  const titleIt = TITLE_IT.exec(clause.text);
  const quotes = clause.quoteSpans().filter((quote) => !isMediaQuote(quote.text, ctx));
  // The draft holds at most MAX_TEXT_LENGTH characters a text: say so, rather than cut the words or lose them.
  const longest = Math.max(0, ...quotes.map((quote) => quote.text.length));
  if (longest > MAX_TEXT_LENGTH && (noun || titleIt || ADD.test(clause.text))) {
    out.understood = true;
    out.topic = 'text';
    const role = noun && !noun.generic ? noun.role : titleIt ? 'title' : undefined;
    out.notes.push(note('note.text.tooLong', { role: roleWord(role), max: MAX_TEXT_LENGTH, n: longest }));
    return;
  }
  const renamed = renameByWords(clause, draft, quotes) ?? removeByWords(clause, draft, quotes);
  if (renamed) {
    out.understood = true;
    out.topic = 'text';
    out.commands.push(renamed);
    return;
  }
  const addVerb = ADD.test(clause.text);
  // "加个背景条", "put them on a dark box": a look only text has, said with no text named, is the captions'
  // (every text's when there are none).
  const styleWord = !noun && !titleIt ? STYLE_WORDS.find(([re]) => re.test(clause.text)) : undefined;
  if (styleWord) {
    const at = styleWord[0].exec(clause.text)!.index;
    const captions = draft.texts.some((entry) => entry.role === 'caption');
    noun = { role: 'caption', generic: !captions, start: at, end: at };
  }
  // "our name 'Bloom Florist' at the top", "'Open 7 Days' at the bottom the whole time", "顶部'花店'": quoted
  // words put somewhere on screen are a text to add, with no verb.
  const placed = quotes.length > 0 && !noun && !titleIt && QUOTE_PLACED.test(clause.text);
  if (placed) clause.take(NAME_FRAME);
  if (!noun && !titleIt && !(quotes.length > 0 && (addVerb || placed || ctx.topic === 'text'))) return;
  // "title it NYC": the noun found is the verb's own word, so the whole "title it" is the noun and "it" no text.
  const insideTitleIt =
    noun && titleIt && noun.start >= titleIt.index && noun.end <= titleIt.index + titleIt[0].length;
  if ((!noun || insideTitleIt) && titleIt)
    noun = { role: 'title', generic: false, start: titleIt.index, end: titleIt.index + titleIt[0].length };
  let role = noun && !noun.generic ? noun.role : undefined;
  let roleName = roleWord(role);

  // Removal: "remove all text", "no captions", "删除标题".
  const removeVerb = REMOVE.exec(clause.text);
  if (
    noun &&
    removeVerb &&
    quotes.length === 0 &&
    !/\b(?:to|into)\b|改成|换成/.test(clause.text.slice(noun.end))
  ) {
    clause.blank(noun.start, noun.end);
    // "把标题和字幕都删了", "remove the title and the caption": every role named goes.
    const others = NOUNS.filter(
      ([re, other, generic]) => !generic && other !== noun.role && re.test(clause.text),
    );
    if (!noun.generic && others.length > 0 && quotes.length === 0) {
      for (const [re] of others) clause.take(re);
      clause.take(/\b(?:and|&|both)\b|和|跟|与|都|也/);
      out.understood = true;
      out.topic = 'text';
      for (const named of [noun.role, ...others.map(([, other]) => other)])
        if (draft.texts.some((entry) => entry.role === named))
          out.commands.push({ type: 'removeText', role: named });
      return;
    }
    // "no text on the last one", "remove the text on photo 2": the words on that photo, not every text.
    const everyText = clause.take(/\b(?:all|every)\b|所有|全部/) !== null;
    const any = everyText || clause.take(/\bany\b/) !== null;
    // "字幕全部删掉", "remove all the captions": every text of that role, the title kept; on a draft with
    // no text at all it is all text, already gone.
    const all = noun.generic || (any && (role === undefined || draft.texts.length === 0));
    out.understood = true;
    out.topic = 'text';
    // "get rid of the words in the middle", "remove the text at the bottom": the texts shown there.
    const placeSaid =
      noun.generic && !everyText
        ? /\b(?:at|in|on|across)\s+the\s+(top|middle|center|centre|bottom)\b|\b(top|bottom|middle)\s+(?:text|words|line)\b/.exec(
            clause.text,
          )
        : null;
    if (placeSaid) {
      const word = placeSaid[1] ?? placeSaid[2]!;
      const place = word === 'top' ? 'top' : word === 'bottom' ? 'bottom' : 'center';
      const hits = draft.texts.filter(
        (t) => t.position === place || (place === 'bottom' && t.position === 'lower-third'),
      );
      clause.blank(placeSaid.index, placeSaid.index + placeSaid[0].length);
      for (const hit of hits) out.commands.push({ type: 'removeText', id: hit.id });
      if (hits.length === 0)
        out.notes.push(
          note('note.text.noneAtPlace', {
            place: { en: place === 'center' ? 'middle' : place, zh: PLACE_ZH[place] },
          }),
        );
      return;
    }
    const positions = takePositions(clause, draft);
    if (positions.length > 0 && !everyText) {
      const timings = segmentTimings(draft);
      for (const position of positions) {
        const timing = timings[position.index];
        const hits = draft.texts.filter(
          (t) =>
            timing &&
            (role === undefined || t.role === role) &&
            // Any text named by role that shows there; words of no role only where they start.
            (role === undefined
              ? t.startMs >= timing.startMs &&
                t.startMs < (timings[position.index + 1]?.startMs ?? timing.endMs)
              : t.startMs < timing.endMs && t.startMs + t.durationMs > timing.startMs),
        );
        if (hits.length === 0)
          out.notes.push(note('note.text.noneOnPhoto', { role: roleName, n: position.index + 1 }));
        for (const hit of hits) out.commands.push({ type: 'removeText', id: hit.id });
      }
    } else if (all || !role) out.commands.push({ type: 'removeText', all: true });
    // "memorial style, and no title", "不要标题" on a draft with none: what is wished is already so, like
    // "without music" — nothing to refuse the rest of the message for.
    else if (
      !draft.texts.some((entry) => entry.role === role) &&
      /\b(?:no|without|nor)\b|不要|不用|不需要|别加|不加/.test(removeVerb[0])
    )
      return;
    else out.commands.push({ type: 'removeText', role });
    return;
  }

  // Changing an existing text: its words, place, colour, size or timing.
  // "字幕加底框", "add a box behind the captions": what is added is a look of the text, not more text.
  const addsStyle =
    quotes.length === 0 && STYLE_WORDS.some(([re, name]) => name === 'boxed' && re.test(clause.text));
  const wantsAdd =
    (/\b(?:add|another|new|insert|include|also)\b|加(?!粗|大|长|快|慢|亮|深)|添加|再加|新/.test(
      clause.text,
    ) ||
      (quotes.length > 0 && ONE_MORE.test(clause.text))) &&
    !/改成|改为|换成/.test(clause.text) &&
    !addsStyle;
  // "字幕颜色改成黄色", "make the subtitles yellow" with only a title: 字幕 and "subtitles" are any words
  // on screen, so with no caption they are the texts there are, when those are all of one role.
  if (
    noun &&
    role === 'caption' &&
    quotes.length === 0 &&
    !wantsAdd &&
    SUBTITLE_WORD.test(clause.text.slice(noun.start, noun.end)) &&
    !draft.texts.some((entry) => entry.role === 'caption')
  ) {
    const shown = new Set(draft.texts.map((entry) => entry.role));
    if (shown.size === 1) {
      role = [...shown][0]!;
      roleName = roleWord(role);
      // …and the word names those texts, not the outlined subtitle look.
      clause.blank(noun.start, noun.end);
    }
  }
  // "move the title and the caption to the top", "标题和字幕都放到顶部": every role named changes the same way.
  // Said side by side ("the title and the caption"), never in two requests ("标题放顶部和字幕改黄色").
  const besideNoun = (re: RegExp): boolean => {
    const match = new RegExp(re.source, 'g');
    for (const other of matchesOf(clause.text, match)) {
      const end = other.index + other[0].length;
      const between =
        end <= noun!.start
          ? clause.text.slice(end, noun!.start)
          : other.index >= noun!.end
            ? clause.text.slice(noun!.end, other.index)
            : undefined;
      if (between !== undefined && BETWEEN_NOUNS.test(between)) return true;
    }
    return false;
  };
  const alsoNamed =
    noun && !noun.generic && quotes.length === 0 && !wantsAdd
      ? NOUNS.filter(
          ([re, other, generic]) =>
            !generic &&
            other !== noun!.role &&
            draft.texts.some((entry) => entry.role === other) &&
            besideNoun(re),
        )
      : [];
  const roles = new Set([role, ...alsoNamed.map(([, other]) => other)]);
  const targets = draft.texts.filter((t) => (role ? roles.has(t.role) : true));
  const update = UPDATE.exec(clause.text);
  // 'caption the last photo "2 bed, 1 bath"': new words for a photo no text of that kind is on are a new text.
  const onPhotoWithout = (() => {
    if (!noun || quotes.length === 0 || update || targets.length === 0) return false;
    // "caption" as a verb, its object the photo; "caption on photo 3 'b'" names the caption there is.
    if (
      !/^\s*(?:the\s+|this\s+|that\s+|photo|pic|picture|image|slide|shot)/.test(clause.text.slice(noun.end))
    )
      return false;
    const saved = clause.snapshot();
    const positions = takePositions(clause, draft);
    clause.restoreSnapshot(saved);
    if (positions.length !== 1) return false;
    const timing = segmentTimings(draft)[positions[0]!.index];
    return (
      timing !== undefined && !targets.some((t) => t.startMs >= timing.startMs && t.startMs < timing.endMs)
    );
  })();
  if (
    noun &&
    targets.length > 0 &&
    !wantsAdd &&
    !onPhotoWithout &&
    (update || !addVerb || quotes.length === 0)
  ) {
    const saved = clause.snapshot();
    if (alsoNamed.length > 0) {
      clause.blank(noun.start, noun.end);
      for (const [re] of alsoNamed) clause.take(re);
      clause.take(BOTH);
    }
    const before = clause.text;
    const placement = takePlacement(clause, draft);
    // "放在第三张": the placing verb goes with the photo it places the text on.
    if (placement.segmentIndex !== undefined)
      clause.take(/(?:放|挪|移|摆|加)(?:到|在)|\b(?:put|move|place)\b/);
    const letterCase = takeCase(clause);
    const scale: { step?: boolean } = {};
    const style = takeStyle(clause, ctx, scale);
    // "move the caption up a bit", "字幕往上挪一点": one step up or down from where each text sits.
    // "the title is too low", "字幕太靠下了": the step away from where it is said to sit.
    const step = style.position
      ? 0
      : clause.take(
            /\btoo\s+(?:low|far\s+down)\b|太(?:靠)?(?:下|低)(?:面|边)?了?|\b(?:move|shift|push|nudge|bring|put|raise)?\s*(?:it\s+)?(?:up(?:wards)?(?!\s+(?:for|until|till|through|longer|on\s+screen)\b)|higher)\b|(?:往|向)上(?:挪|移|放|提)?|上移|上提|挪上去|放高/,
          )
        ? -1
        : clause.take(
              /\btoo\s+(?:high|far\s+up)\b|太(?:靠)?(?:上|高)(?:面|边)?了?|\b(?:move|shift|push|nudge|bring|put|lower)?\s*(?:it\s+)?(?:down(?:wards)?|lower)\b|(?:往|向)下(?:挪|移|放)?|下移|挪下去|放低/,
            )
          ? 1
          : 0;
    if (step !== 0) clause.take(/\b(?:a\s+(?:bit|little|touch))\b|一点|一些|点/);
    // "the title shows too long", "show the caption longer", "comes in too early", "标题晚一点出来":
    // the text's own time, never the video's length. "keep it up for 5 seconds": up on screen, not higher.
    const stays =
      /\b(?:shows?|stays?|is\s+on(?:\s+screen)?|appears?|lasts?|lingers?|display(?:ed|s)?|on\s+screen|(?:hangs?|hanging)\s+(?:around|about))\b|\bup\s+(?:for|until|till|through|longer)\b|显示|停留|多停|多留|停久|留久|出现|停(?:得|的)?(?:太|好|很)久/;
    const timeScale = !stays.test(clause.source)
      ? 1
      : clause.take(
            /\btoo\s+long\b|\b(?:shorter|less\s+time)\b|\bforever\b|\bfor\s+(?:ages|ever)\b|太长|太久|短一点|短一些|短点/,
          )
        ? 0.6
        : clause.take(
              /\btoo\s+(?:short|quick(?:ly)?|fast|briefly)\b|\b(?:longer|more\s+time)\b|太短|太快|长一点|久一点|长一些|久一些|多(?:停留?|留)(?:一会儿?|一下|一点|久一点)?|久一会儿?/,
            )
          ? 1.5
          : 1;
    const shift = clause.take(
      /\b(?:come|comes|coming|appear|appears|show|shows|start|starts)?\s*(?:up\s+|in\s+)?(?:too\s+early|later)\b|晚一点|晚点|晚些|推迟|太早/,
    )
      ? 1000
      : clause.take(
            /\b(?:come|comes|coming|appear|appears|show|shows|start|starts)?\s*(?:up\s+|in\s+)?(?:too\s+late|earlier|sooner)\b|早一点|早点|早些|提前|太晚/,
          )
        ? -1000
        : 0;
    if (timeScale !== 1 || shift !== 0) clause.take(stays);
    clause.blank(noun.start, noun.end);
    if (update) clause.blank(update.index, update.index + update[0].length);
    let newText = quotes[0]?.text;
    if (newText) clause.blank(quotes[0]!.start, quotes[0]!.start + 1);
    else if (update) {
      // The new words follow "to/as/:/改成" ("change the title to Summer"), never a second instruction
      // nor a ratio's colon ("make it 9:16 with a title Hi")
      // ("make the title bigger and move it to the top": "to the top" is a place, not the words).
      // A marker a rule already read is not one ("twice as big": the "as" is the size's).
      const marker = [
        ...matchesOf(
          before.slice(noun.end),
          /\b(?:to|into|as|say|says|read|reads|saying)\b|(?<!\d)[:：]|[:：](?!\d)|改成|改为|换成|修改为|变成/g,
        ),
      ].find((found) => {
        const at = noun!.end + found.index;
        const inUpdate = update !== null && at >= update.index && at < update.index + update[0].length;
        return inUpdate || clause.text.slice(at, at + found[0].length) === found[0];
      });
      if (marker) newText = capture(clause, noun.end + marker.index + marker[0].length);
    }
    // "make it 9:16 with a title Hi", "title it Summer", "a title called Hi": a title said with its words
    // when the video has one already is that title, with these words.
    if (!newText && role === 'title') {
      const named = NAMED_AFTER.exec(before.slice(noun.end));
      if (named || titleIt || WITH_BEFORE.test(before.slice(0, noun.start)))
        newText = capture(clause, noun.end + (named?.[0].length ?? 0));
      // "the title called Road Trip should be bigger": the title there is, named by its words.
      const current = targets[0]?.text.toLowerCase();
      if (current && newText?.toLowerCase().startsWith(current)) newText = undefined;
    }
    // "标题改成黑色的字", "make the title white letters": once the colour is read, the word for letters is
    // what was coloured, never the new words.
    if (newText && /^(?:的)?(?:文字|字体?|字儿|letters?|text|font|writing|lettering)$/i.test(newText.trim()))
      newText = undefined;
    // "标题换成黄色的捏", "改成红色哈": a particle after the colour is how it was said, not words.
    if (newText && style.color && ONLY_A_PARTICLE.test(newText)) newText = undefined;
    // "标题能不能改成红色的，现在白色的看不太清楚": what follows the colour past a comma is another sentence.
    if (newText && style.color && /^\s*(?:的|了|吧|啊|呀)*\s*[,，。.;；!！?？]/.test(newText))
      newText = undefined;
    if (newText && !style.color) {
      const asColor = COLOR_WORD.exec(newText.toLowerCase());
      if (asColor && asColor[0] === newText.toLowerCase().replace(/\s*colou?r$/, '')) {
        style.color = colorHex(asColor[0]);
        newText = undefined;
      }
    }
    const fields: Record<string, unknown> = { ...style };
    if (newText) fields.text = newText;
    const total = draftDurationMs(draft);
    // "change the words at the start to 'Our Summer'", "把结尾的字改成…": the words said by where they show
    // are the text that opens (or closes) the video — the title, or the end card.
    let placed: Draft['texts'][number] | undefined;
    if (newText && !role && targets.length > 1 && (placement.atStart || placement.atEnd)) {
      const ends = (t: Draft['texts'][number]) => t.startMs + t.durationMs;
      const edge = placement.atStart
        ? Math.min(...targets.map((t) => t.startMs))
        : Math.max(...targets.map(ends));
      const there = targets.filter((t) => (placement.atStart ? t.startMs : ends(t)) === edge);
      placed =
        there.find((t) => t.role === (placement.atStart ? 'title' : 'end-card')) ??
        (there.length === 1 ? there[0] : undefined);
      if (placed) {
        if (placement.atStart && placement.startMs === 0) placement.startMs = undefined;
        placement.atStart = undefined;
        placement.atEnd = undefined;
      }
    }
    const list = placed
      ? [placed]
      : newText && !role && targets.length > 1
        ? []
        : newText
          ? [targets[0]!]
          : targets;
    if (newText && !role && targets.length > 1 && !placed) {
      out.understood = true;
      out.notes.push(note('note.text.which'));
      return;
    }
    const count = out.commands.length;
    for (const target of list) {
      const own: Record<string, unknown> = { ...fields };
      if (placement.endMs !== undefined) {
        // "starts at 1s and ends at 4s": from the start said in the same breath.
        const from = placement.startMs ?? (own.startMs as number | undefined) ?? target.startMs;
        own.durationMs = Math.max(300, placement.endMs - from);
      }
      if (placement.untilEnd) {
        const from = (own.startMs as number | undefined) ?? target.startMs;
        own.durationMs = Math.max(300, total - from);
      }
      // "字再大一点": a step grows the text from the size it has, so saying it twice grows it twice
      // (rounded to a tenth, like every relative step).
      if (scale.step && style.size !== undefined) {
        const size = Math.min(3, Math.max(0.3, Math.round(target.size * style.size * 10) / 10));
        if (size !== target.size) own.size = size;
        else delete own.size;
      }
      if (timeScale !== 1 && own.durationMs === undefined)
        own.durationMs = Math.max(300, Math.round((target.durationMs * timeScale) / 100) * 100);
      if (placement.shiftMs !== undefined && own.startMs === undefined) {
        const length = (own.durationMs as number | undefined) ?? target.durationMs;
        own.startMs = Math.min(Math.max(0, target.startMs + placement.shiftMs), Math.max(0, total - length));
      }
      if (shift !== 0 && own.startMs === undefined) {
        const length = (own.durationMs as number | undefined) ?? target.durationMs;
        const startMs = Math.min(Math.max(0, target.startMs + shift), Math.max(0, total - length));
        if (startMs !== target.startMs) own.startMs = startMs;
      }
      if (step !== 0) {
        const ladder = ['top', 'center', 'lower-third', 'bottom'] as const;
        const at = ladder.indexOf(target.position);
        const next = ladder[Math.min(ladder.length - 1, Math.max(0, (at < 0 ? 1 : at) + step))]!;
        if (next !== target.position) own.position = next;
      }
      if (letterCase) {
        const cased = letterCase((own.text as string | undefined) ?? target.text);
        if (cased !== target.text) own.text = cased;
      }
      if (placement.segmentIndex !== undefined) {
        const timing = segmentTimings(draft)[placement.segmentIndex];
        if (timing)
          Object.assign(own, { startMs: timing.startMs, durationMs: timing.endMs - timing.startMs });
      }
      if (placement.startMs !== undefined) own.startMs = placement.startMs;
      if (placement.durationMs !== undefined) own.durationMs = Math.max(300, placement.durationMs);
      // "the caption should be on every photo": a text there is, shown from the first photo to the last.
      if (
        placement.everyPhoto &&
        placement.startMs === undefined &&
        placement.durationMs === undefined &&
        placement.segmentIndex === undefined &&
        total > 0
      )
        Object.assign(own, { startMs: 0, durationMs: total });
      if (placement.deltaMs !== undefined)
        own.durationMs = Math.max(300, target.durationMs + placement.deltaMs);
      if (placement.atEnd) {
        const length = (own.durationMs as number | undefined) ?? target.durationMs;
        own.startMs = Math.max(0, total - length);
      }
      if (Object.keys(own).length === 0) continue;
      out.commands.push({ type: 'updateText', id: target.id, ...own } as EditCommand);
    }
    if (
      out.commands.length > count ||
      letterCase ||
      step !== 0 ||
      timeScale !== 1 ||
      shift !== 0 ||
      placement.shiftMs !== undefined
    ) {
      out.understood = true;
      out.topic = 'text';
    } else clause.restoreSnapshot(saved); // "the title" alone: leave the words for others, and for "didn't understand"
    return;
  }

  // Adding.
  const placement = takePlacement(clause, draft);
  const addCase = takeCase(clause);
  // "lower third on shot 1 that says …": the noun names a caption, not a place to move one.
  const lowerThird =
    noun !== undefined && /lower|name|chyron/.test(clause.source.slice(noun.start, noun.end));
  if (noun && lowerThird) clause.blank(noun.start, noun.end);
  // "vertical, 15 seconds, title Spring Menu": in a list of settings, the noun then words typed as a name
  // (capitalised, or a digit first) is a text to add when there is none of that kind — read before the
  // style words, so "Spring" stays a word of it.
  const namedWords =
    noun &&
    quotes.length === 0 &&
    !clause.text.slice(0, noun.start).trim() &&
    !draft.texts.some((text) => text.role === noun!.role)
      ? takeNameRun(clause, noun.end)
      : undefined;
  const style = takeStyle(clause, ctx);
  // …and a lower third is the name-tag look, unless another look is said.
  if (lowerThird && !style.style) style.style = 'lower-third';
  let texts = quotes.map((quote) => {
    clause.blank(quote.start, quote.start + 1);
    return quote.text;
  });
  // "make the title last 3 seconds", "标题显示3秒", "add a title that lasts 3 s" with no words: a time for a
  // text there is not (or whose words are not said), never a title that reads "last".
  const timed =
    placement.durationMs !== undefined || placement.startMs !== undefined || placement.untilEnd === true;
  if (texts.length === 0 && noun && timed && targets.length === 0) {
    const after = clause.text.slice(noun.end);
    const staysAfter =
      /^\s*(?:(?:that|which|to|should|will|must|can|could)\s+)*(?:stays?|lasts?|remains?|shows?|appears?|lingers?|display(?:s|ed)?|be\s+(?:on\s+screen|shown|visible)|(?:is\s+)?on\s+screen|go(?:es)?\s+away|disappears?)\b|^\s*(?:要|得|就)?(?:显示|停留|出现|持续|保留|消失)/.test(
        after,
      ) || /^\s*(?:for|during|of)?\s*(?:就行|就好|就可以|就够了|吧|please|pls)?\s*$/.test(after);
    if (staysAfter) {
      const adding =
        /\b(?:add|put|write|insert|create|include|type|overlay)\b|添加|加上|加个|加一个|写上|打上|配上/.test(
          clause.source,
        );
      out.understood = true;
      out.topic = 'text';
      out.notes.push(note(adding ? 'note.text.whatToSay' : 'note.text.noneYet', { role: roleName }));
      return;
    }
  }
  const verb = ADD.exec(clause.text);
  if (verb) clause.blank(verb.index, verb.index + verb[0].length);
  if (noun) clause.blank(noun.start, noun.end);
  if (texts.length === 0 && noun) {
    const CONNECTOR = new RegExp(
      String.raw`^[\s]*(?:[:=：]|that\s+says|which\s+says|saying|reading|that\s+reads|called|named|of|with\s+the\s+(?:text|words)|是|为|叫|用|内容|写着|${SHOULD_SAY})`,
    );
    // "caption on the 2nd pic: best day ever": the place taken, a colon still introduces the words.
    // "片头标题：海岛三日": a second word for the text before the colon announces it too.
    const colon =
      /^\s*(?:(?:on|for|over|under|at|in|to|of)\s+(?:(?:it|this|the\s+video)\s*)?)*(?:的)?(?:标题|字幕条?|文字|一句话?|一行字?)?\s*[:=：]/.exec(
        clause.text.slice(noun.end),
      );
    // "lower third on pic 1 that says …": with the place taken, the words follow the noun all the same.
    const connector =
      CONNECTOR.test(clause.source.slice(noun.end)) ||
      CONNECTOR.test(clause.text.slice(noun.end).replace(/^\s*(?:(?:on|for|over|under|at|in|to)\s+)+/, '')) ||
      colon !== null;
    if (namedWords) texts = [namedWords];
    else if (verb || connector || titleIt || update) {
      if (colon) clause.blank(noun.end, noun.end + colon[0].length);
      const words = capture(clause, colon ? noun.end + colon[0].length : noun.end);
      if (words) texts = [words];
    } else {
      // "标题大一点" with no title yet: say so, rather than leave the words unread.
      if (Object.keys(style).length > 0 && targets.length === 0) {
        out.understood = true;
        out.topic = 'text';
        out.notes.push(note('note.text.noneYet', { role: roleName }));
      }
      return;
    }
  }
  out.understood = true;
  out.topic = 'text';
  const restyle =
    Object.keys(style).length > 0 || (update !== null && !/^(?:make|set|turn)$/.test(update[0]));
  if (texts.length === 0 && restyle && noun && targets.length === 0) {
    out.notes.push(note('note.text.noneYet', { role: roleName }));
    return;
  }
  if (texts.length === 0) {
    out.notes.push(note('note.text.whatToSay', { role: roleName }));
    return;
  }
  let chosenRole: Role = role ?? (noun?.role === 'title' ? 'title' : 'caption');
  if (placement.atEnd && !role) chosenRole = 'end-card';
  // "the words 'We Miss You, Grandpa' at the start": words of no role that open the video are its title.
  if (
    placement.atStart &&
    !role &&
    noun?.generic !== false &&
    placement.segmentIndex === undefined &&
    texts.length === 1 &&
    !draft.texts.some((entry) => entry.role === 'title')
  )
    chosenRole = 'title';
  const total = draftDurationMs(draft);
  // A video has one title: "加标题：你好", "add a title 'Hi'" when it has one give it these words (and the
  // look asked), unless another one is asked for or a time of its own.
  const title = draft.texts.find((entry) => entry.role === 'title');
  if (
    chosenRole === 'title' &&
    title &&
    texts.length === 1 &&
    // Said by the person, not lent by the conversation ("add a unicorn" after a title is no new title).
    TITLE_NOUN.test(simplifiedText(clause.typed().toLowerCase())) &&
    !ANOTHER.test(clause.source) &&
    placement.startMs === undefined &&
    placement.segmentIndex === undefined &&
    placement.durationMs === undefined &&
    placement.endMs === undefined &&
    !placement.atEnd
  ) {
    const words = texts[0]!;
    out.commands.push({ type: 'updateText', id: title.id, text: addCase ? addCase(words) : words, ...style });
    return;
  }
  texts.forEach((words, k) => {
    const command: Extract<EditCommand, { type: 'addText' }> = {
      type: 'addText',
      text: addCase ? addCase(words) : words,
      role: chosenRole,
      ...style,
    };
    if (placement.segmentIndex !== undefined)
      command.segmentIndex = placement.segmentIndex + (texts.length > 1 ? k : 0);
    else if (
      texts.length > 1 &&
      placement.startMs === undefined &&
      !placement.atEnd &&
      draft.video.length >= texts.length
    )
      command.segmentIndex = k;
    else if (placement.everyPhoto && placement.startMs === undefined && total > 0) {
      command.startMs = 0;
      command.durationMs = Math.max(300, total);
    } else {
      if (placement.durationMs !== undefined) command.durationMs = Math.max(300, placement.durationMs);
      if (placement.startMs !== undefined) command.startMs = placement.startMs;
      if (placement.endMs !== undefined && placement.durationMs === undefined)
        command.durationMs = Math.max(300, placement.endMs - (placement.startMs ?? 0));
      if (placement.atEnd && chosenRole !== 'end-card') {
        const length = command.durationMs ?? Math.min(3000, total || 3000);
        command.startMs = Math.max(0, total - length);
        command.durationMs = length;
      }
    }
    if (placement.untilEnd && total > 0) {
      const timing =
        command.segmentIndex !== undefined ? segmentTimings(draft)[command.segmentIndex] : undefined;
      const from = timing?.startMs ?? command.startMs ?? 0;
      delete command.segmentIndex;
      command.startMs = from;
      command.durationMs = Math.max(300, total - from);
    }
    out.commands.push(command);
  });
};

addVocabulary(
  NOUNS,
  ADD,
  REMOVE,
  UPDATE,
  TITLE_IT,
  LEAD_EN,
  POSITIONS,
  'first last final from between until till starting start after during over within very ending close finish beginning huge giant really bigger large larger bold tiny small smaller little colour color colored coloured letters another insert include also every',
);
