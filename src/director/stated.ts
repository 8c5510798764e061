import { addVocabulary } from './fuzzy.js';
import { QUOTE_CLASS } from './text.js';

/**
 * Requests said as statements, settings or double negatives, put the way the families already read them:
 * "the last photo is to be removed" (remove the last photo), "style = cinematic" (cinematic style),
 * "照片时长为2秒" (每张照片2秒), "不是不要音乐，是小声点" (音乐小声点), "the music isn't bad, I just don't need it"
 * (remove the music), "the TikTok cut" (a version, not a hard cut). Applied before the other context rules,
 * on the normalised text.
 */

/** Where a clause starts: what a statement of fact is said about begins there. */
const CLAUSE_START = '(?<=^|[,.;!?:，。；！？：]\\s*|\\b(?:and|but|also|then)\\s+)';
/** What a statement names: a few words, a quoted text among them ("the 'Day one' caption"). */
const SUBJECT = `((?:the|all(?:\\s+(?:of\\s+)?the)?|any|this|that|my|our|every)\\s+(?:[a-z0-9'’&-]+\\s+|${QUOTE_CLASS}\\s*){0,4}?[a-z0-9'’&-]+|all\\s+(?:text|texts|captions|titles)|(?:music|text|bgm|photos?\\s+\\d+))`;
const REMOVED =
  '(?:removed|deleted|taken\\s+(?:out|off|away)|dropped|cut\\s+out|gotten\\s+rid\\s+of|got\\s+rid\\s+of|left\\s+out|binned|scrapped)';
/** Things whose goodness a double negative grants before asking for something else about them. */
const GRANTED_EN =
  '(?:background\\s+)?(?:music|song|soundtrack|bgm|title|captions?|subtitles?|text|transitions?|crossfades?|fades?|filter|look|colou?rs?)';
/** Platforms a version of the video is named after. */
const PLATFORM_EN =
  '(?:tik\\s?tok|douyin|reels?|shorts|youtube|instagram|insta|ig|feed|story|stories|facebook|linkedin)';
const PLATFORM_ZH = '(?:抖音|快手|视频号|b站|小红书|油管|朋友圈|微博|公众号)';
/** The settings a key can name before a value in Chinese ("颜色为黄色", "位置：底部"). */
const TEXT_KEYS_ZH = '(颜色|字体颜色|文字颜色|字色|位置|字号|大小|字体大小)';

export const STATED: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // "the last photo is to be removed", "all text should be deleted", "the filter needs to be taken off".
  [
    new RegExp(
      `${CLAUSE_START}${SUBJECT}\\s+(?:is|are|has\\s+to|have\\s+to|needs?\\s+to|should|must|ought\\s+to|can|will|want(?:s)?\\s+to)\\s+(?:to\\s+)?be\\s+${REMOVED}\\b`,
      'g',
    ),
    'remove $1',
  ],
  // "the sunset photo should not be in the video", "the city photo isn't needed", "the music doesn't belong".
  [
    new RegExp(
      `${CLAUSE_START}${SUBJECT}\\s+(?:(?:should\\s*n[o'’]?t|must\\s*n[o'’]?t|shall\\s*n[o'’]?t|is\\s*n[o'’]?t|are\\s*n[o'’]?t|should\\s+not|must\\s+not|is\\s+not|are\\s+not)\\s+(?:be\\s+)?(?:in|part\\s+of|included\\s+in)\\s+(?:the|this|my)\\s+(?:video|slideshow|film|edit|cut|final\\s+(?:video|cut))|(?:does\\s*n[o'’]?t|do\\s*n[o'’]?t|does\\s+not|do\\s+not)\\s+belong(?:\\s+(?:in|there|here)(?:\\s+(?:the|this)\\s+video)?)?|(?:is\\s*n[o'’]?t|are\\s*n[o'’]?t|is\\s+not|are\\s+not)\\s+(?:really\\s+)?(?:needed|necessary|required|wanted))\\b`,
      'g',
    ),
    'remove $1',
  ],
  [
    /([^，,。；;！!？?\s]{1,12}?)(?:不应该|不该|不应|不需要|不用|不要)(?:出现)?(?:在)(?:视频|片子|成片)(?:里面?|中|里)?/g,
    '删掉$1',
  ],
  // "the music isn't bad, I just don't need it": granted good, then not wanted — it goes.
  [
    new RegExp(
      `\\b(?:the\\s+)?(${GRANTED_EN})\\s+(?:is\\s*n[o'’]?t|are\\s*n[o'’]?t|is\\s+not|are\\s+not|'s\\s+not)\\s+(?:bad|awful|terrible|ugly|the\\s+problem)\\s*[,;]?\\s*(?:but\\s+)?(?:i\\s+|we\\s+)?(?:just\\s+|simply\\s+)?(?:do\\s*n[o'’]?t|do\\s+not)\\s+(?:need|want)\\s+(?:it|them)(?:\\s+(?:anymore|any\\s+more|here|now))?`,
      'g',
    ),
    'remove the $1',
  ],
  // "the music isn't bad, just turn it down": the thing stays the subject of the request after it.
  [
    new RegExp(
      `\\b(?:the\\s+)?(${GRANTED_EN})\\s+(?:is\\s*n[o'’]?t|are\\s*n[o'’]?t|is\\s+not|are\\s+not|'s\\s+not)\\s+(?:bad|awful|terrible|ugly|the\\s+problem)\\s*[,;]\\s*(?:but\\s+)?(?:i\\s+|we\\s+)?(?:just\\s+)?(?:want\\s+(?:it|them)\\s+)?`,
      'g',
    ),
    'the $1, ',
  ],
  // "not that I don't like zooming in, but zoom out on the last one": what is granted asks for nothing; a
  // thing it names stays as the subject of what follows ("…the music, but turn it down").
  [
    /\b(?:(?:it'?s|it\s+is)\s+)?not\s+that\s+(?:i|we)\s+(?:do\s*n[o'’]?t|do\s+not)\s+(?:like|love|want|need|mind|enjoy)\s+([^,;.]{1,30}?)\s*[,;]?\s*(?:but|just|i\s+just\s+want|only)\s+/g,
    (match) => {
      const thing = new RegExp(`\\b${GRANTED_EN}\\b`).exec(match[1]!);
      return thing ? `the ${thing[0]}, ` : '';
    },
  ],
  // "不是不要音乐，是小声点", "并不是不喜欢转场，而是要短一点", "不是不要标题，是太大了，缩小一半": the thing stays; the
  // request after it is about it (a complaint before a change said with it is the change's reason).
  [
    /(?:我)?(?:并|也)?不是不(?:要|想要|喜欢|需要|想用|用)\s*([^，,。；;！!？?\s]{1,8}?)(?:了)?\s*[，,]\s*(?:我)?(?:而|就|只)?是(?:因为)?(?:(?:有点|有些)?太[^，,。；;！!？?\s]{1,3}?了?\s*[，,]\s*(?=\S))?(?:想|要(?=[^，,。；;！!？?\s]*?(?:点|些)))?/g,
    '$1',
  ],
  // "字幕不是不好看，就是位置太低了": granted good, then the request about it.
  // "放大也不是不好，但最后一张换成拉远": granted, then something else — only the request after it.
  [
    /([^，,。；;！!？?\s]{1,8}?)(?:也|倒)?(?:并)?不是不(?:好看|好听|好|行|喜欢|漂亮)(?:的)?\s*[，,]\s*(?:(但是?|可是|不过|只不过)|(?:而|就|只)?(?:是)?)/g,
    (match) => (match[2] ? '' : match[1]!),
  ],
  // Key: value. "style = cinematic", "风格：婚礼", "风格为纪念": the style named.
  [/\b(?:style|theme|preset|vibe)\s*[:=]\s*(?=[a-z])/g, 'style '],
  [/(?:风格|主题|模板)\s*(?:为|是|[：:=])\s*([^，,。；;！!？?\s\d]{1,6})/g, '$1风格'],
  // "photo length: 2s", "per photo = 2.5s", "照片时长为2秒", "每张照片时间：3秒": each photo's length.
  [
    new RegExp(
      `${CLAUSE_START}(?:(?:each|every|per)\\s+)?(?:photo|picture|image|slide)s?\\s*(?:length|duration|time)?\\s*[:=]\\s*(?=\\d)`,
      'g',
    ),
    'each photo ',
  ],
  [
    /(?:每张|每一张|单张)?(?:照片|图片|相片)(?:的)?(?:时长|时间|长度|停留时间|显示时间|显示时长)\s*(?:为|是|[：:=])\s*(?=\d)/g,
    '每张照片',
  ],
  // "fade in from black: 1s; fade out to black: 2s", "淡入：1秒；淡出为2秒": the video's fades, over that long.
  // A bare "fade in:" / "fade out:" key is the video's own, unless the music's ("music fade out: 4s").
  [
    /(?<!\b(?:music|song|track|audio|bgm|soundtrack)\s+)\b(fade[\s-]?(in|out)(\s+(?:from|to|into)\s+(?:black|white))?)\s*[:=]\s*(?=\d)/g,
    (match) =>
      match[3]
        ? `${match[1]} over `
        : match[2] === 'in'
          ? 'fade in from black over '
          : 'fade out to black over ',
  ],
  [/(?<!(?:音乐|歌|配乐|曲)的?)淡入(?:时长|时间)?\s*(?:为|是|[：:=])\s*(?=\d)/g, '开头淡入'],
  [/(?<!(?:音乐|歌|配乐|曲)的?)淡出(?:时长|时间)?\s*(?:为|是|[：:=])\s*(?=\d)/g, '结尾淡出'],
  // "…fade out to black at the end, over 3 seconds": the length said after a pause is the fade's.
  [/\b(fad(?:e|es|ing)\b[^,;.]{0,40}?)\s*[,;]\s*(?=(?:over|lasting|taking)\s+\d)/g, '$1 '],
  // "music start: 2s", "音乐开始时间为2秒": when the music comes in, not the video's length.
  [
    /\b(?:the\s+)?(?:music|song|track|bgm|audio)\s+(?:start|starts|begin|begins|entry|in)(?:\s+(?:time|point|at))?\s*[:=]\s*(?=\d)/g,
    'start the music at ',
  ],
  [
    /(背景音乐|音乐|配乐|歌)(?:的)?(?:开始|起始|进入|入场|响起)(?:时间|位置|点)?\s*(?:为|是|[：:=])\s*(?:在|从)?(?:第)?(\d+(?:\.\d+)?\s*秒)/g,
    '$1从$2开始',
  ],
  // "标题显示时间：前2秒", "字幕显示时长为3秒": how long that text shows.
  [/(标题|字幕|文字)(?:的)?(?:显示|出现|停留)(?:时间|时长)\s*(?:为|是|[：:=])\s*/g, '$1显示'],
  // "颜色为黄色，位置为底部", "位置：顶部": the text's setting, as a change.
  [new RegExp(`${TEXT_KEYS_ZH}\\s*(?:为|[：:=])\\s*`, 'g'), '$1改为'],
  // "their names 'Anna & Ben' centred at the start": a quoted name on screen is a title.
  [
    new RegExp(
      `\\b(?:their|his|her|our|my|the\\s+(?:couple|client|bride|groom)(?:'s|s'|s)?)\\s+names?\\s+(?=${QUOTE_CLASS})`,
      'g',
    ),
    'title ',
  ],
  // "the TikTok cut", "the Reels edit": a version for that platform, not a hard cut.
  [new RegExp(`\\b(${PLATFORM_EN})\\s+(?:cut|edit)\\b`, 'g'), '$1 version'],
  // "抖音版做完了", "the TikTok version is done": work reported finished asks for nothing.
  [
    new RegExp(
      `${PLATFORM_ZH}(?:的)?(?:版本?|那版|那个|那条)?(?:已经|都)?(?:做完|做好|弄好|完成|搞定|剪好|出好)(?:了)?`,
      'g',
    ),
    '',
  ],
  [
    new RegExp(
      `\\b(?:the\\s+)?${PLATFORM_EN}\\s+(?:version|one|cut|edit)\\s+(?:is|'s)\\s+(?:(?:all|now)\\s+)?(?:done|finished|ready|sorted|good\\s+to\\s+go|complete)\\b`,
      'g',
    ),
    '',
  ],
];

// The words of a statement are never "corrected" ("deleted" is not "delete", "necessary" not "unnecessary").
addVocabulary('deleted removed dropped scrapped binned necessary needed required belong theme preset');
