import { addVocabulary } from './fuzzy.js';

/**
 * Briefs said by the result and the feel, next to the edit that gives it: the feel names the thing, the
 * edit says what to do with it, and the feel alone must never add a second edit of its own. Each is
 * rewritten into the words of that one edit, which the rules already read.
 *
 * | said                                                   | read as                    |
 * |--------------------------------------------------------|----------------------------|
 * | 运镜太多了，全部去掉 · too much text, lose it all        | 去掉运镜 · remove the text  |
 * | 标题在天空上看不清，加个描边 · the title is hard to read, add an outline | 标题加个描边 · add an outline to the title |
 * | it feels empty without music · 没有音乐好空              | add music · 加背景音乐      |
 * | perfect, now some music                                | add some music             |
 * | 文件小一点，画质差点没关系 · smaller file                 | 720p                       |
 * | it feels backwards, flip the order · 顺序反了，倒过来     | flip the order · 倒过来     |
 * | hmm that feels too cold, undo · 太冷了，撤销              | undo · 撤销                 |
 * | less busy: no transitions … · 简单点：不要转场 …          | no transitions …           |
 */

/** What there can be too much of, and be taken away whole. */
const MANY_ZH = '(运镜|镜头运动|镜头移动|动效|动画|转场|过渡|特效|字幕|文字|字|标题)';
const MANY_EN =
  '(text|writing|words|captions|titles|camera\\s+(?:movement|motion|moves)|motion|movement|moving|zooming|zooms|panning|transitions|effects)';
/** "…，干净一点", "…, keep it clean": what the removal is for, no toning-down of its own. */
const CLEANER_ZH =
  '(?:\\s*[，,]\\s*(?:要|更|显得)?(?:干净|清爽|简洁|清楚|简单|清净)(?:一点|一些|点|些)?(?:吧)?)?';
const CLEANER_EN =
  '(?:\\s*[,;—–-]\\s*(?:(?:i\\s+want\\s+it|keep\\s+it|make\\s+it|it\\s+should\\s+be)\\s+)?(?:clean|cleaner|simpler|simple|less\\s+cluttered)(?:\\s+(?:look|please))?)?';

/** A text said to be hard to read: the complaint whose remedy follows. */
const TEXT_ZH = '(标题|字幕|文字|字)';
const UNREADABLE_ZH =
  '[^，,。；;！!？?]{0,10}?(?:有点|有些|太|都|根本|完全)?(?:看不清楚?|看不太清楚?|看不见|看不到|不清楚|不明显|不显眼)(?:了|啊|呀)?\\s*[，,]\\s*';
/** Remedies of a text hard to read: an outline, a box, a shadow, a place, a size, a colour. */
const TEXT_REMEDY_ZH =
  '(?=(?:那就|就|所以|帮我|给它|给)?(?:加|描|换|改|放|挪|移|调|变|弄)?(?:个|一个|上|一下|点|成|到|为)?(?:描边|黑边|边框|框|底|背景|阴影|粗体|到|在|上|下|大|黄|白|黑|红|颜色))';
const TEXT_EN = '(the\\s+(?:title|caption|text|words|subtitles?|writing))';
const UNREADABLE_EN =
  "\\s+(?:is|are|'s)\\s+(?:(?:really|a\\s+bit|kinda|kind\\s+of|so|too|just|pretty|quite)\\s+)*(?:(?:hard|difficult|impossible|tough|tricky)\\s+to\\s+(?:read|see|make\\s+out)|unreadable|illegible|lost)(?:\\s+(?:over|on|against|in\\s+front\\s+of|on\\s+top\\s+of|with)\\s+[^,.;!?—–]{1,30}?)?\\s*[,;—–]\\s*(?:so\\s+|please\\s+|just\\s+|maybe\\s+|can\\s+you\\s+)*";
const TEXT_REMEDY_EN =
  '((?:add|give|put|make|move|change|turn|outline|box|raise|lower|enlarge|push|shift|bring)\\b[^,.;!?]*)';

/** "move it to the bottom" → "move the title to the bottom"; "add an outline" → "add an outline to the title". */
function remedyOnText(match: RegExpExecArray): string {
  const text = match[1]!;
  const remedy = match[2]!.trim();
  // "the words are hard to read, make the caption bigger": the remedy names its text itself.
  if (/\b(?:title|caption|subtitles?|text)\b/.test(remedy)) return remedy;
  const leaning = /^(\w+)\s+(?:it|them)\b/.exec(remedy);
  if (leaning) return `${leaning[1]} ${text}${remedy.slice(leaning[0].length)}`;
  return `${remedy} to ${text}`;
}

/** A feel said before a colon, as a heading of the edits that follow: the edits say it all. */
const FEEL_HEADING =
  "(?<=^\\s*)(?:(?:i\\s+want|i'?d\\s+like|let'?s\\s+make|make|let)\\s+)?(?:(?:it|the\\s+(?:video|ending|end|opening|start|whole\\s+thing))\\s+)?(?:to\\s+|should\\s+)?(?:(?:feel|be|look|get)\\s+)?(?:(?:a\\s+(?:bit|little|lot)|much|way)\\s+)?(?:less\\s+(?:busy|cluttered|hectic|flashy|chaotic)|simpler|cleaner|calmer|quieter|linger|stay\\s+longer|breathe|more\\s+(?:final|relaxed|calm|peaceful|minimal))\\s*[:：]\\s*(?=\\S)|(?<=^\\s*)(?:要|想要|我想)?(?:更|再)?(?:简单|干净|清爽|安静|素|克制)(?:一点|一些|点|些)?\\s*[:：]\\s*(?=\\S)";

export const BRIEFS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [
    new RegExp(
      `${MANY_ZH}(?:也)?(?:太多|太多了|有点多|太杂|太乱)了?\\s*[，,。]?\\s*(?:就|那就|干脆|直接)?(?:全部|全都|都|统统|一律)?(?:给我)?(?:去掉|删掉|删了|去了|拿掉|不要了?)(?:吧)?${CLEANER_ZH}(?=\\s*(?:[，,。.!！;；]|$))`,
      'g',
    ),
    '去掉$1',
  ],
  [
    new RegExp(
      `\\b(?:there'?s\\s+|there\\s+is\\s+|it'?s\\s+|way\\s+)*too\\s+much\\s+${MANY_EN}(?:\\s+(?:on\\s+screen|going\\s+on|in\\s+it))?\\s*[,.;—–-]?\\s*(?:so\\s+|just\\s+|please\\s+)*(?:remove|lose|drop|ditch|kill|cut|get\\s+rid\\s+of|take\\s+out|strip)\\s+(?:it|them|all\\s+of\\s+(?:it|them)|it\\s+all|them\\s+all|everything)(?:\\s+(?:all|out|off))?${CLEANER_EN}`,
      'g',
    ),
    'remove the $1',
  ],
  [new RegExp(`${TEXT_ZH}${UNREADABLE_ZH}${TEXT_REMEDY_ZH}`, 'g'), '$1'],
  [new RegExp(`\\b${TEXT_EN}${UNREADABLE_EN}${TEXT_REMEDY_EN}`, 'g'), remedyOnText],
  // "it feels empty without music", "without music it's so flat", "没有音乐好空": a song wanted.
  [
    /\b(?:(?:it|this|the\s+video|everything)\s+)?(?:feels|sounds|seems|looks|is|'s)\s+(?:(?:a\s+bit|kinda|kind\s+of|so|really|too|pretty|very|quite|weirdly|way)\s+)*(?:empty|flat|bare|dead|lifeless|quiet|silent|boring|dull|naked)\s+without\s+(?:any\s+|some\s+)?(?:music|a\s+song|a\s+soundtrack|sound|a\s+tune)\b/g,
    'add music',
  ],
  [
    /\bwithout\s+(?:any\s+|some\s+)?(?:music|a\s+song|a\s+soundtrack)\s*,?\s*(?:it|this|the\s+video)\s*(?:feels|sounds|seems|looks|is|'s)\s+(?:(?:a\s+bit|kinda|kind\s+of|so|really|too|pretty|very|quite)\s+)*(?:empty|flat|bare|dead|lifeless|quiet|silent|boring|dull|naked)\b/g,
    'add music',
  ],
  [
    /(?:没有|没)(?:音乐|配乐|背景音乐|bgm|歌)(?:的话)?(?:感觉|总觉得|就|有点|好|太|很|显得|挺|怪)*(?:空|空荡荡|空落落|冷清|单调|干巴巴|干|无聊|闷|没意思|没劲)(?:的|了|啊|呀)*/g,
    '加背景音乐',
  ],
  // "perfect, now some music", "and now a bit of music please": a song, asked as the next thing.
  [
    /(?<=^\s*|[,.;!?]\s*)(?:(?:and|now|next|then|ok|okay)\s+)+(?:some|a\s+bit\s+of|a\s+little|a\s+touch\s+of|a\s+little\s+bit\s+of)\s+(music|song|soundtrack|background\s+music)\b/g,
    'add some $1',
  ],
  // "文件小一点，画质差点没关系", "the file should be smaller": a lower resolution (720p) is what makes it smaller.
  [
    /(?:文件|文档)(?:再|能|可以)?(?:小|轻)(?:一)?[点些](?:吧)?|(?:文件|文档)(?:有点|太)大了?|(?:压缩|减小|缩小)(?:一下)?(?:文件|文档|体积)(?:大小)?|体积(?:小|轻)(?:一)?[点些]/g,
    '720p',
  ],
  [
    /(?<=720p\s*[，,]\s*)画质(?:差|低|一般|糊)(?:一)?[点些]?(?:也)?(?:没关系|没事|无所谓|也行|可以|不要紧)/g,
    '',
  ],
  [/画质(?:差|低|一般)(?:一)?[点些]?(?:也)?(?:没关系|没事|无所谓|也行|不要紧)/g, '720p'],
  [
    /\b(?:make\s+)?the\s+file\s+(?:a\s+(?:bit|lot)\s+)?smaller\b|\b(?:the\s+)?file\s+(?:is\s+)?too\s+big\b/g,
    '720p',
  ],
  // "it feels backwards, flip the order", "顺序反了，倒过来": the complaint and its remedy are one reversal.
  [
    /\b(?:it|this|the\s+order|the\s+story)\s+(?:feels|looks|seems|is|'s|reads)\s+(?:(?:a\s+bit|kinda|kind\s+of|so|totally|all)\s+)*(?:backwards?|back\s+to\s+front|the\s+wrong\s+way\s+(?:round|around)|reversed|upside\s+down)\s*[,;.—–-]\s*(?=(?:so\s+|just\s+|please\s+|can\s+you\s+)*(?:flip|reverse|turn)\b)/g,
    '',
  ],
  [
    /(?:顺序|感觉|整个)?(?:好像|感觉)?(?:是)?(?:反了|倒了|颠倒了)\s*[，,]\s*(?=(?:那就|就|帮我)?(?:倒过来|反过来|颠倒|倒序))/g,
    '',
  ],
  // "hmm that feels too cold, undo", "太冷了，撤销吧": why it goes back; the undo is all.
  [
    /\b(?:(?:hmm+|hm+|ugh|nah|meh|oh)\s*,?\s*)?(?:that|it|this)\s+(?:feels|looks|seems|is|'s)\s+(?:(?:a\s+bit|kinda|kind\s+of|way|so|too|really|just)\s+)*[a-z-]+\s*[,;.—–-]\s*(?=(?:just\s+|please\s+|so\s+)*(?:undo|go\s+back|change\s+it\s+back|put\s+it\s+back|revert|take\s+it\s+back)\b)/g,
    '',
  ],
  [
    /(?:感觉|看着|好像)?(?:有点|太|过于)[\u4e00-\u9fff]{1,3}?了?\s*[，,]\s*(?=(?:算了|还是|那就)?(?:撤销|撤回|改回去|还原|恢复原样))/g,
    '',
  ],
  [new RegExp(FEEL_HEADING, 'g'), ''],
  // "放到上面去", "挪到下边来": the direction word after a place adds nothing to it.
  [
    /(?<=(?:放|挪|移|摆|搬)(?:到|在)?(?:最)?(?:上面|下面|上边|下边|上方|下方|顶部|底部|顶上|底下|中间|正中间))(?:去|来)(?=\s*(?:吧|啊|呀|了|呗)?\s*(?:[，,。.!！;；]|$))/g,
    '',
  ],
  // "too much, back off a little", "过了，收一点": the complaint and its remedy are one step back.
  [
    /\b(?:(?:that'?s|it'?s|way)\s+)*too\s+much\s*[,.;—–-]\s*(?=(?:so\s+|just\s+|please\s+)*(?:back\s+off|tone\s+it\s+down|dial\s+it\s+back|pull\s+it\s+back)\b)/g,
    '',
  ],
  [/过(?:头)?了\s*[，,]\s*(?=(?:再|往回|稍微)?(?:收|淡|减|弱|轻)(?:一点|一些|些|点|着点|一收))/g, ''],
];

addVocabulary('backwards outline illegible unreadable linger cluttered hectic');
