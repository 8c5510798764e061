import { moodWords } from '../catalog/music.js';
import { STYLES } from '../catalog/styles.js';
import { BRIEFS } from './briefs.js';
import { EVERYDAY } from './everyday.js';
import { addVocabulary } from './fuzzy.js';
import { RESULTS } from './results.js';
import { SHARE_LISTS } from './rules/share.js';
import { STATED } from './stated.js';
import { type Mapped, matchesOf, rewrite } from './text.js';
import { COLOR_WORD, ZH_SUBJECT } from './values.js';

/**
 * Context rules that work on the whole message before the families read it: what a negation governs,
 * which words are nouns rather than commands, and whether the message asks a question. Each is a table
 * of (pattern, replacement), applied in order on the normalised text (positions stay mapped to what the
 * person typed).
 */

/**
 * "title? get rid of it", "the caption — delete it", "没有标题，删掉", "字幕？去掉": the thing named first (even as
 * a question), then a removal that leans on it — the removal of that thing.
 */
const NAMED_THEN_REMOVED: [RegExp, string][] = [
  // "the filter's a bit much, take it off", "that tint is too strong — lose it", "滤镜有点过了，去掉吧": the thing
  // complained of, then removed — the removal, not a softer version.
  [
    /\b(?:the\s+|that\s+|this\s+)?(filter|look|tint|colou?r\s+grade|grade|effect|music|song|soundtrack|title|caption|subtitles?|text|transitions?|crossfades?|zoom(?:ing)?|motion)(?:'s|\s+is|\s+are|'re)\s+(?:(?:a\s+bit|a\s+little|kind\s+of|kinda|just|way|really|honestly|so|too)\s+)*(?:much|too\s+much|overkill|over\s+the\s+top|ott|too\s+strong|too\s+heavy|too\s+intense|cheesy|tacky|distracting|annoying|ugly|awful|not\s+working|not\s+it)\s*[,;:—–-]+\s*(?:(?:just|please|honestly|so|yeah)\s*,?\s*)*(?:get\s+rid\s+of|remove|delete|drop|lose|ditch|kill|bin|scrap|take\s+(?:out|off|away)|turn\s+off)\s+(?:it|that|this|them)\b(?:\s+(?:off|out|away))?/g,
    'remove the $1',
  ],
  [
    /(滤镜|色调|音乐|配乐|背景音乐|标题|字幕|文字|转场|特效)(?:有点|有些|太|好像|感觉)?(?:过了|过头了?|太重了?|太浓了?|太多了?|太强了?|太夸张了?|难看|好丑|很丑|不好看)(?:了)?\s*[，,；;]\s*(?:就|还是|直接)?(?:给我|帮我)?(?:删掉|删了|删除|去掉|去了|拿掉|不要了|关掉)(?:它|吧|了|掉)*/g,
    '去掉$1',
  ],
  // "the second photo is too dark, remove it", "第二张太暗了，不要了": a photo's flaw is why it goes — the
  // removal, not a look for one photo.
  [
    /\b((?:the\s+|that\s+|this\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|one)|(?:photo|picture|pic|image|shot)\s*#?\d+|[a-z]+\s+(?:photo|picture|pic|image|shot)))(?:'s|\s+is|\s+looks?|\s+came\s+out)\s+(?:(?:a\s+bit|a\s+little|kind\s+of|kinda|way|really|so|too|pretty|super|totally|just|all)\s+)*(?:dark|bright|blurry|blurred|fuzzy|ugly|bad|awful|terrible|washed[\s-]out|over-?exposed|under-?exposed|grainy|out\s+of\s+focus|weird|meh|boring|crooked|not\s+(?:good|great|sharp))\s*[,;:—–-]+\s*(?:(?:just|please|so|yeah|honestly)\s*,?\s*)*(?:get\s+rid\s+of|remove|delete|drop|lose|ditch|kill|bin|scrap|take\s+out|toss)\s+(?:it|that|this)(?:\s+one)?\b(?:\s+out)?/g,
    'remove $1',
  ],
  [
    /(第[一二三四五六七八九十两\d]+张|最后[一1]张|倒数第[一二三四五\d]张|这张|那张|[^\s，,。；;！!？?把]{1,6}?那张)(?:照片|图片)?(?:拍得?|有点|有些|太|好|真|感觉|看起来|实在)*(?:暗|亮|黑|糊|模糊|不好看|难看|丑|不清楚|不清晰|过曝|曝光过度|闭眼了?|歪了?|不行)(?:了|啊|呀)?\s*[，,；;]\s*(?:就|还是|直接)?(?:给我|帮我)?(?:删掉|删了|删除|去掉|去了|拿掉|不要了|不要|不用了)(?:它|吧|了|掉)*/g,
    '删掉$1',
  ],
  [
    /\b(?:the\s+|that\s+|this\s+)?((?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?))\s*[?,:;—–-]+\s*(?:(?:just|please|yeah|nah|no)\s*,?\s*)*(?:get\s+rid\s+of|remove|delete|drop|lose|ditch|kill|bin|scrap|take\s+(?:out|off|away)|cut)\s+(?:it|that|this|them)\b(?:\s+(?:off|out|away))?/g,
    'remove the $1',
  ],
  [
    /(?<!(?:去掉|删掉|删除|拿掉|关掉|取消)(?:所有的?|全部的?)?)(?:没有|不要|那个|这个)?(标题|字幕|文字|背景音乐|音乐|配乐|滤镜|转场)(?:的话|嘛|呢)?\s*[？?，,：:、]+\s*(?:就|也|直接)?(?:给我|帮我)?(?:删掉|删了|删除|去掉|去了|拿掉|不要了|不要(?=\s*(?:[，,。；;！!]|$))|删)(?:它|吧|了|掉)*(?![\u4e00-\u9fff])/g,
    '去掉$1',
  ],
];

/** NAMED_THEN_REMOVED's patterns without their flags, compiled once rather than on every question. */
const NAMED_THEN_REMOVED_TESTS = NAMED_THEN_REMOVED.map(([re]) => new RegExp(re.source));

/** The message names a thing and then removes it ("title? get rid of it"): a request, not a question. */
export function namesThenRemoves(text: string): boolean {
  const lower = text.toLowerCase();
  return NAMED_THEN_REMOVED_TESTS.some((re) => re.test(lower));
}

/** Who a video is for: never a style's name ("for my family" is the family style) nor a platform's. */
const AUDIENCE_EN =
  '(?:mum|mom|mummy|mommy|mother|dad|daddy|father|parents|grandma|grandmother|granny|gran|nan|nana|nanna|grandpa|grandad|granddad|grandfather|grandparents|wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|son|daughter|sister|brother|aunt|auntie|uncle|cousin|niece|nephew|friends?|best\\s+friend|boss|team|colleagues|co-?workers|class|classmates|teacher|students|clients?|customers?|followers|fans|neighbou?rs?|church|club|group\\s+chat)';
/** A page of one's own a video goes on ("the shop's page", "our website"); a platform's name is the format family's. */
const OWN_PAGE =
  "(?:(?:[a-z]+['’]s\\s+)?(?:page|website|web\\s*site|site|newsletter|blog|window|screen|display|account|wall))";
const SOCIAL_ZH = '(?:朋友圈|微信群?|家族群|家庭群|班级群|群里|群聊|微博|公众号)';
const AUDIENCE_ZH =
  '(?:妈妈?|爸爸?|爸妈|父母|老妈|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老人家?|长辈|家人|家里人|亲戚|孩子们?|女儿|儿子|老婆|老公|媳妇|女朋友|男朋友|对象|朋友们?|闺蜜|同事|领导|老板|客户|老师|同学|粉丝)';
/** Where a purpose ends: the clause's end, or a pause. */
const PURPOSE_END = '(?=\\s*(?:[,.;!?，。；！？~～]|$|\\b(?:please|pls|thanks|thank\\s+you)\\b))';
/**
 * What the video is for, said as context: "for my mum", "it's for the shop's page", "发朋友圈用", "给我妈看的".
 * It asks for nothing; a platform whose shape it implies ("for Instagram", "发抖音用") is read by the format
 * family, and a post to one ("帮我发到朋友圈") by the share family.
 */
const PURPOSES: [RegExp, string][] = [
  [
    new RegExp(
      `\\b(?:(?:it'?s|it\\s+is|this\\s+is|this'?s|that'?s|which\\s+is|(?:it'?s|this\\s+is)\\s+(?:just|mainly|mostly|going\\s+to\\s+be))\\s+)?(?:just\\s+|mainly\\s+|mostly\\s+)?for\\s+(?:my|our|his|her|their|the|a|an)\\s+(?:(?:little|lovely|dear|old|new|whole)\\s+)?(?:${AUDIENCE_EN}(?:\\s+to\\s+(?:watch|see|enjoy|keep))?|${OWN_PAGE})${PURPOSE_END}`,
      'g',
    ),
    '',
  ],
  [
    new RegExp(
      `\\b(?:so\\s+(?:that\\s+)?(?:my|our)\\s+${AUDIENCE_EN}\\s+can\\s+(?:watch|see|enjoy)\\s+it|to\\s+(?:show|send\\s+to)\\s+(?:my|our)\\s+${AUDIENCE_EN})${PURPOSE_END}`,
      'g',
    ),
    '',
  ],
  [
    new RegExp(
      `(?:这是|是|主要是|这个是|我)?(?:要|想|准备|打算)?(?:发|发到|发在|放到|放在|传到|分享到)(?:我的)?${SOCIAL_ZH}(?:里|上)?(?:用的|用|的)(?:吧|哦|啊|呀)?|(?:我)?(?:要|想|准备|打算)(?:发|发到|发在|传到|分享到)(?:我的)?${SOCIAL_ZH}(?:里|上)?|${SOCIAL_ZH}(?:里|上)?用的?`,
      'g',
    ),
    '',
  ],
  [
    new RegExp(
      `(?:这是|是|主要是|这个是)?(?:给|送给|做给|拿给|放给|发给)(?:我|我们)?(?:的)?${AUDIENCE_ZH}(?:们)?(?:看|用|听)?(?:的)?(?:吧|哦|啊|呀)?(?=\\s*(?:[，,。；;！!？?~～]|$))`,
      'g',
    ),
    '',
  ],
];

const REASON_SUBJECT =
  "(?:it'?s|it\\s+is|it|that'?s|that\\s+is|they'?re|they\\s+are|they|(?:the|that)\\s+(?:caption|title|text|words|subtitle|lower\\s+third)s?(?:'s|\\s+is|\\s+are)?)";
/** Who is said to read a text ("my dad", "grandma", "nobody", "old people"), in a reason after a request. */
const READER =
  "(?:(?:my|our|his|her|their)\\s+(?:old\\s+|elderly\\s+|grand\\s*)?[a-z'-]+|grandma|grandpa|granny|nana|mom|mum|dad|nobody|no\\s+one|noone|(?:old|older|elderly)\\s+(?:people|folks)|people|everyone|everybody|i|we|they|he|she)";
const REASON_HOW =
  '(?:(?:kinda|kind\\s+of|literally|totally|completely|partly|partially|half|a\\s+bit|still|currently|right\\s+now|rn|now|lowkey|always|right|directly|just|smack)\\s+)*';
const COVERS =
  '(?:covering|covers|cover|blocking|blocks|block|hiding|hides|obscuring|obscures|overlapping|overlaps|(?:sitting|sits|sat|right|directly|smack)\\s+(?:(?:right|directly|smack)\\s+)?(?:on|over)(?:\\s+top\\s+of)?|on\\s+top\\s+of|in\\s+the\\s+way\\s+of|cutting\\s+off|cuts\\s+off)';
/** What a text is said to cover ("faces", "her face", "the sand"): a thing in the photo, never a text's words. */
const COVERED =
  "faces?|heads?|eyes|people|(?:the\\s+)?(?:kids?|baby|dog|cat|sky|sunset|sand|sea|beach|view|cake|bride|groom|couple)|[a-z'-]+(?:\\s+[a-z'-]+){0,3}?(?=\\s*(?:[,.;!?]|$))|[a-z'-]+";

/**
 * Why a change is asked, said after it: "move the caption to the top, its covering the sand", "…because
 * it's blocking her face", "…so it doesn't cover the sunset", "字幕移到上面，挡住沙滩了". The reason asks for
 * nothing, and its words are never a text's.
 */
const REASONS: [RegExp, string][] = [
  // "The crossfades are lovely. Could you make it 15 seconds?", "转场很好看，帮我改成15秒": praise of what is
  // there, before a request, keeps it as it is and sets no topic.
  [
    /(?<=^\s*|[.!?]\s+)(?:(?:oh|ah|wow|ok|okay|lovely|great)[,!.\s]+)?(?:the|those|these|that|this|your|my)\s+(?:[a-z]+\s+){0,2}?(?:is|are|look|looks|seem|seems)\s+(?:(?:so|really|very|just|quite|absolutely|rather)\s+)?(?:lovely|great|nice|perfect|beautiful|gorgeous|amazing|fine|good|wonderful|fantastic|brilliant|pretty)\s*[.!]+\s*(?=\S)/g,
    '',
  ],
  [
    /(?<=^\s*|[。！!]\s*)[^，,。！!？?]{1,8}(?:很|真|挺|好|太|超)(?:好看|漂亮|棒|不错|美)(?:了|的|呀|啊|哦)?[。！!]\s*(?=\S)/g,
    '',
  ],
  // "My daughter will put it on Instagram.": where someone else will share it, said after a request, is why.
  [
    /(?<=[.!?,;]\s*)(?:my|our|his|her|their)\s+(?:[a-z]+\s+){1,2}?(?:will|is\s+going\s+to|wants\s+to|would\s+like\s+to|'ll)\s+(?:put|post|share|upload|send)\s+(?:it|this|them)\s+(?:on|to)\s+[^.!?]*[.!]?/g,
    '',
  ],
  // "more colourful pls, its for a kids party", "make it square, it's for my grandma", "调亮一点，这是给孩子派对用的":
  // what the video is for, said after a request, is why; it asks for nothing of its own.
  [
    /(?<=\S\s*[,;—–]\s*)\b(?:it'?s|its|it\s+is|this\s+is|this'?s|that'?s|the\s+video\s+is)\s+(?:(?:just|only|all|mainly|mostly)\s+)?for\s+(?!(?:\d|a\s+(?:few|couple)\s+(?:seconds|secs))|(?:instagram|insta|ig|tiktok|reels?|stories|story|youtube|shorts|小红书|抖音)\b)[^,.;!?]*$/g,
    '',
  ],
  [
    /(?<=\S\s*[，,；;]\s*)(?:这|这个)?(?:是)(?:给|为)[^，,。；;！!？?]{1,14}(?:用|做|准备|放)的\s*[。.!！]*$/g,
    '',
  ],
  // "the dog one should be first hes our mascot", "…, she's the birthday girl": who someone is, said as why,
  // asks for nothing.
  [
    /(?:\s*[,;—–-]\s*|\s+)(?:(?:he|she|they)(?:'s|’s|\s+is|\s+are|'re|’re)|hes|shes|theyre)\s+(?:our|my|the|their|his|her|so)\s+[^,.;!?]*/g,
    '',
  ],
  // "it feels like a slideshow from 2005", "looks like something out of the 90s", "像2005年的幻灯片": a year
  // (or a decade) in a sentence dates a comparison; it is never a photo, a length or any other value. Not
  // inside a text's words ("a caption saying Summer 2005").
  [
    /(?<!\b(?:title|caption|text|subtitle|say|says|saying|write|writes|reads?|words?|called|named)\b[^,.;!?]*)\b(?:from|in|since|of|back\s+in|out\s+of|circa|around)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:year\s+)?(?:(?:19|20)\d\d|'\d0s|\d0s)(?:'?s)?\b(?!\s*(?:ms|s|secs?|seconds?|x|×|by|p|fps|k|frames?|px|[:x×*/]))/g,
    '',
  ],
  [
    /(?<!(?:字幕|标题|文字|写|写着|叫|名字)[^，,。；;！!？?]*)(?<![\d.])(?:(?:19|20)\d\d|\d0)年代?(?:初|末|中期)?(?:的|那种)?(?![\d月])/g,
    '',
  ],
  // "it feels like an old slideshow, …", "感觉像PPT，…": what the video reminds them of is why the request
  // after it is made; it asks for nothing (and "slideshow" there never makes a new video).
  [
    /(?<=^|[,.;!?]\s*)(?:(?:it|this|that|the\s+(?:video|whole\s+thing))(?:'s|\s+is)?\s+)?(?:feels?|looks?|seems?)\s+(?:(?:so|very|kinda|kind\s+of|a\s+bit|super|really|just|too\s+much)\s+)*like\s+(?:a|an|some|one\s+of\s+those|something\s+(?:out\s+of|from)|those|my)\s+(?:[a-z'-]+\s+){0,3}?(?:slide\s*shows?|power\s*points?|ppts?|presentations?|photo\s+albums?|screen\s*savers?)\b[^,.;!?]{0,30}\s*[,;—–]\s*(?=\S)/g,
    '',
  ],
  [
    /(?<=^|[，,。；;！!？?]\s*)(?:感觉|看起来|看着)?(?:就|有点|好)?像(?:是)?(?:个|一个|那种)?[^，,。；;！!？?\d]{0,6}?(?:幻灯片|ppt|电子相册|相册)(?:一样|似的)?\s*[，,；;]\s*(?=\S)/g,
    '',
  ],
  [
    new RegExp(
      `(?:(?<=[,;—–]\\s*)${REASON_SUBJECT}\\s+|(?<=\\S\\s*[,;—–]?\\s*)\\b(?:because|cause|'cause|cuz|coz|bc|since)\\s+(?:${REASON_SUBJECT}\\s+)?)${REASON_HOW}${COVERS}\\s+(?:up\\s+)?(?:(?:the|her|his|their|my|our|your|its|everyone'?s|people'?s|a|some|all)\\s+)?(?:${COVERED})\\b[^,.;!?]*`,
      'g',
    ),
    '',
  ],
  [
    new RegExp(
      `(?<=\\S\\s*[,;—–]?\\s*)\\bso\\s+(?:that\\s+)?(?:(?:it|they)\\s+(?:doesn'?t|don'?t|does\\s+not|do\\s+not|won'?t|isn'?t|is\\s+not|aren'?t|are\\s+not)\\s+${COVERS}|(?:you|we|people|i|everyone)\\s+can\\s+(?:actually\\s+)?see)\\s+(?:the|her|his|their|my|our|your|its|everyone'?s|people'?s)\\b[^,.;!?]*`,
      'g',
    ),
    '',
  ],
  // "dog pic first its the hook", "…, it's the best one", "…because thats my favourite": what the photo
  // is to them, never an edit. Not inside a text's words ("caption it's the best day").
  [
    /(?<=\S\s*[,;—–]?\s*)(?<!\b(?:title|caption|text|subtitle|say|says|saying|write|writes|reads?|words?|called|named)\b[^,.;!?]*)\b(?:(?:because|cause|'cause|cuz|coz|bc|since|as)\s+)?(?:it'?s|its|it\s+is|that'?s|thats|that\s+is|they'?re|theyre|they\s+are|this\s+is)\s+(?:(?:literally|really|honestly|definitely|def|obviously|clearly|totally|so|kinda)\s+)?(?:the|my|our|their|his|her)\s+(?:[a-z'-]+\s+){0,3}?(?:hook|opener|intro|best|favou?rite|fave|fav|highlight|money\s+shot|star|strongest|cutest|prettiest|nicest|main|hero|cover|thumbnail|one|shot|pic|photo|picture|moment|part|climax|ending|finale|closer)\b[^,.;!?]*/g,
    '',
  ],
  // "…, it has to stand out", "…, so it pops", "…, it needs to be readable": what the change is for.
  [
    /(?<=[,;—–]\s*)(?:(?:because|cause|since|so\s+(?:that\s+)?)\s*)?(?:it|that|they|the\s+(?:title|caption|text|words))\s+(?:(?:has|have|needs?|got|must|should|wants?)\s+to\s+(?:really\s+)?(?:stand\s+out|pop|(?:grab|hook)\s+(?:people|them|viewers|the\s+viewers?|attention)|be\s+(?:seen|visible|readable|legible|noticed|clear|obvious|eye-?catching))|(?:stands?|pops?)(?:\s+out)?|(?:can\s+be|is)\s+(?:seen|read|visible|readable|legible))\b[^,.;!?]*/g,
    '',
  ],
  // "make the title twice as big, my dad can't read it", "…because grandma can barely see it on her phone",
  // "…, my mom has bad eyes", "…so my dad can read it": who cannot read the text is why it should change,
  // never the text's words; the complaint itself still says the text is too small.
  [
    new RegExp(
      `(?:(?<=[,;—–]\\s*)|\\b(?:because|cause|'cause|cuz|coz|bc|since)\\s+)(?:${READER}\\s+(?:(?:really|just|literally|honestly|still|actually)\\s+)?(?:can'?t|cannot|can\\s+not|couldn'?t|could\\s+not|can\\s+barely|can\\s+hardly|(?:has|have)\\s+(?:trouble|a\\s+hard\\s+time)|struggles?\\s+to)|(?:nobody|no\\s+one|noone)\\s+(?:can|could))\\s+(?:read|see|reading|seeing)(?:\\s+(?:it|them|that|this|the\\s+(?:title|caption|text|words|letters|writing)))?(?:\\s+(?:well|properly|at\\s+all|anymore|clearly))?(?:\\s+on\\s+(?:the|a|my|his|her|their|our)\\s+(?:phone|tv|screen|tablet|ipad|laptop))?(?=\\s*(?:[,.;!?]|$))`,
      'g',
    ),
    "can't read",
  ],
  [
    new RegExp(
      `(?:(?<=[,;—–]\\s*)|\\b(?:because|cause|'cause|cuz|coz|bc|since)\\s+)${READER}(?:'s|\\s+(?:has|have|has\\s+got|'s\\s+got)\\s+(?:really\\s+|such\\s+|very\\s+)?(?:bad|poor|weak|terrible|awful|old)\\s+(?:eyes|eyesight|vision)|(?:'s|s)?\\s+(?:eyes|eyesight|vision)\\s+(?:is|are|isn'?t|aren'?t)\\s+(?:(?:not\\s+)?(?:great|good|bad|poor|weak|terrible|the\\s+best)|what\\s+(?:it|they)\\s+used\\s+to\\s+be))(?=\\s*(?:[,.;!?]|$))|\\bso\\s+(?:that\\s+)?${READER}\\s+can\\s+(?:actually\\s+|really\\s+|finally\\s+)?(?:read|see)(?:\\s+(?:it|them|that|this|the\\s+(?:title|caption|text|words|letters|writing)))?(?:\\s+(?:well|properly|better|clearly))?(?=\\s*(?:[,.;!?]|$))`,
      'g',
    ),
    '',
  ],
  // "标题放大一倍，我爸看不清", "字幕大一点，因为奶奶眼神不好": 谁看不清是理由，不是字的内容；看不清仍说字太小。
  [
    /(?<=[，,；;]\s*)(?:因为)?(?:我|我们|我的|他|她)?(?:爸|妈|老爸|老妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人家?|长辈|父母|爸妈|老公|老婆|他们|她们|大家|别人|观众|家人|亲戚)(?:们)?(?:都|会|根本|有点|老是|总是)?(?:看不清(?:楚)?|看不见|看不到)(?:字|标题|字幕)?/g,
    '看不清',
  ],
  [
    /(?<=[，,；;]\s*)(?:因为)?(?:我|我们|我的|他|她)?(?:爸|妈|老爸|老妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人家?|长辈|父母|爸妈)(?:们)?(?:的)?(?:眼神|眼睛|视力)(?:有点|不太|很|都|比较)?(?:不好|差|不行|花了?|不太好)(?=\s*(?:[，,。；;！!？?]|$))/g,
    '',
  ],
  // "change the title to 'Where the Road Goes', it sounds more cinematic", "…, sounds better", "标题改成…，
  // 听起来更有电影感": how the new words sound is why they were chosen; it asks for no look or style. A
  // complaint ("it sounds too sad") still asks.
  [
    /(?<=[,;—–]\s*)(?:(?:it|that|this|which|the\s+(?:title|caption|name|words|text))(?:'s|\s+is)?\s+)?(?:(?:'ll|will|would)\s+)?(?:sounds?|reads?|sounding)\s+(?!(?:(?:a\s+bit|kinda|way|much|so)\s+)?too\b)[^,.;!?]*/g,
    '',
  ],
  [
    /(?<=[，,；;]\s*)(?:这样|这个|它|标题|名字)?(?:听起来|听着|读起来|念起来)(?!太)[^，,。；;！!？?]{0,12}/g,
    '',
  ],
  // "crossfades everywhere except the last one — that should fade to black, feels more final", "…，感觉更有
  // 结束感": how an ending will feel is why it was asked for, never an edit of its own.
  [
    /(?<=[,;—–]\s*)(?:(?:it|that|this|which)(?:'ll|\s+will|\s+would)?\s+)?(?:feels?|seems?)\s+(?:(?:a\s+bit|much|way|so|even|a\s+lot)\s+)?(?:more\s+)?(?:final|finished|complete|conclusive|closed|resolved|like\s+(?:an|the)\s+(?:ending|end|finale))\b[^,.;!?]*/g,
    '',
  ],
  [
    /(?<=[，,；;]\s*)(?:这样|感觉|这样感觉)?(?:更|比较)?(?:有结束感|有收尾的感觉|像结尾|像个结尾|有终结感|完整)(?:一点|一些)?(?=\s*(?:[，,。；;！!？?]|$))/g,
    '',
  ],
  // "the title is hard to read over the sky": where it is hard to read says why, it names no words.
  [
    /\b((?:hard|difficult|impossible|tough|tricky)\s+to\s+(?:read|see|make\s+out)|(?:can'?t|cannot|can\s+barely|can\s+hardly)\s+(?:read|see)(?:\s+(?:it|them))?|unreadable|illegible|invisible|lost)\s+(?:over|on|against|in\s+front\s+of|on\s+top\s+of|with)\s+(?:(?:the|that|this|all\s+the|those)\s+)?[a-z'-]+(?:\s+(?:background|part|area|bit))?(?=\s*(?:[,.;!?—–]|$))/g,
    '$1',
  ],
  // "标题在天空上看不清": where it is hard to see says why, never the text's words.
  [
    /(?:在|放在|压在)[^，,。；;！!？?\s]{1,6}?(?:上面?|里面?|中间?|前面?)(?=(?:有点|有些|太|都|就)?(?:看不清|看不见|看不到|不清楚|不明显))/g,
    '',
  ],
  // "派对那张放第一，要抓人", "用日落那张开场，要有冲击力": what the opening should do, after the photo that does it.
  [
    /(?<=\S\s*[，,；;]\s*)(?:开头|开场|一开始)?(?:就)?(?:要|得|需要|必须)?(?:够|更)?(?:抓人|吸睛|抓眼球|有冲击力|冲击力强|惊艳|有气势)(?:一点|一些)?(?=\s*(?:[，,。；;！!？?]|$))/g,
    '',
  ],
  // "有狗的那张多放一会儿", "把有猫的那张放最后": the photo that has X is the one X那张 names (its file name).
  [
    /(?<=^|[\s，,。；;！!？?把将用让])有((?:(?![的字])[\u4e00-\u9fff]){1,4})的(?:那一?张|那幅)(?:照片|图片|相片|图)?/g,
    '$1那张',
  ],
  // "trim it to 10, reels under 10 do better", "…, tiktok likes short ones": what a platform rewards is why;
  // it asks for no format.
  [
    /(?<=[,;—–]\s*)(?:(?:because|since|cuz|cause)\s+)?(?:(?:on\s+)?(?:tiktok|reels?|instagram|insta|ig|youtube|yt|shorts|douyin)(?:'s)?)\s+(?:videos?\s+|clips?\s+|posts?\s+)?[^,.;!?]{0,24}?\b(?:do|does|did|perform|performs|work|works|get|gets|like|likes|prefer|prefers|favou?rs?|reward|rewards|want|wants|push|pushes)\b[^,.;!?]*/g,
    '',
  ],
  // "…, I'll add a trending sound in the app", "…, I'm gonna record a voiceover myself": what they will do
  // themselves asks Joy for nothing.
  [
    /(?<=[,;—–]\s*)(?:(?:and|but|cause|because|since)\s+)?(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|we'?ll|we\s+will|i\s+can)\s+(?:just\s+)?(?:add|put|use|record|do|dub|insert|pick|choose|find|sort)\b[^,.;!?]*/g,
    '',
  ],
  [
    /(?<=[，,；;]\s*)我(?:自己|待会儿?|等下|等会儿?|回头|之后)(?:再|会|要)?(?:在|去|用)?[^，,。；;！!？?]{1,14}/g,
    '',
  ],
  // "make the caption black, it's on a white wall": where the text sits is why its colour changes.
  [
    /(?<=[,;—–]\s*)(?:(?:because|since|cuz|cause)\s+)?(?:it'?s|its|it\s+is|they'?re|the\s+(?:caption|title|text|words)\s+(?:is|are))\s+(?:on|over|against|in\s+front\s+of|on\s+top\s+of)\s+(?:a|an|the|some)\s+[^,.;!?]*/g,
    '',
  ],
  // "标题加个描边，背景太亮了看不清", "…, the background is too bright": the photo behind a text is why the text
  // changes, never a look for the video.
  [
    /(?<=(?:标题|字幕|文字|字|描边|阴影)[^。；;！!？?]*[，,；;]\s*)(?:因为)?(?:背景|底色|底下|画面|天空|照片|后面)(?:太|有点|比较|很)?(?:亮|暗|花|乱|白|黑|杂)(?:了)?(?:看不清楚?|看不见|看不太清)?/g,
    '',
  ],
  [
    /(?<=\b(?:title|caption|text|outline|shadow)\b[^.;!?]*[,;—–]\s*)(?:(?:because|since|cuz|cause)\s+)?(?:the\s+)?(?:background|photo|picture|sky)\s+(?:is|'s)\s+(?:way\s+|too\s+|so\s+|really\s+)*(?:bright|busy|dark|white|light)\b[^,.;!?]*/g,
    '',
  ],
  // "hard cuts only, crossfades feel so 2015": a year said of what they dislike is why; the request came first.
  [
    /(?<=[,;—–]\s*)[^,.;!?]{0,30}?\b(?:feel|feels|look|looks|seem|seems|are|is)\s+(?:so\s+|very\s+|really\s+|kinda\s+|super\s+)?(?:19|20)\d\d\b/g,
    '',
  ],
  // "转场炫一点，现在太普通了", "make the transitions fancier, they're too plain right now": the state now is why.
  [
    /(?<=[，,；;]\s*)(?:因为)?(?:现在|目前|原来|之前)(?:的)?(?:太|有点|好|很|比较)?(?:普通|平淡|单调|无聊|土|俗|一般|没意思|素)(?:了)?/g,
    '',
  ],
  [
    /(?<=[,;—–]\s*)(?:(?:it'?s|its|it\s+is|they'?re|they\s+are)\s+)(?:too|so|really|kinda|pretty)\s+(?:plain|boring|basic|bland|dull)\s+(?:right\s+now|now|currently|at\s+the\s+moment|as\s+is)\b/g,
    '',
  ],
  // "音乐别换，我妈就喜欢这首", "keep the song, my mom loves this one": who loves it is why it stays.
  [
    /(?<=[，,；;]\s*)(?:因为)?(?:我|我们)?(?:妈|爸|老妈|老爸|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|老婆|老公|女儿|儿子|孩子们?|朋友们?|大家|家人)(?:们)?(?:就|很|最|特别|超|都|也)*(?:喜欢|爱|爱听|喜欢听)(?:这首|这个|这张|它|这段)(?:歌|音乐|曲子)?(?:了|啊|呀)?/g,
    '',
  ],
  // "black and white please, my dad loved old photos": what someone loves is why, whatever it is.
  [
    /(?<=[,;—–]\s*)(?:(?:because|since|cuz|cause)\s+)?(?:my|our|his|her)\s+(?:late\s+)?(?:mom|mum|dad|grandma|grandpa|granny|nan|nana|kids?|wife|husband|daughter|son|friends?|family|boss|girlfriend|boyfriend|partner)\s+(?:really\s+|just\s+|always\s+)?(?:loves?|loved|likes?|liked|adores?|adored|enjoys?|enjoyed)\b[^,.;!?]*/g,
    '',
  ],
  // "转场用叠化，抖音上大家都这么剪": what people on a platform do is why; it asks for no format.
  [
    /(?<=[，,；;]\s*)(?:因为)?(?:抖音|小红书|快手|视频号|B站|b站|ins|tiktok|油管)(?:上)?(?:的)?(?:大家|别人|博主|网红|他们|很多人|都)[^，,。；;！!？?]{0,12}/g,
    '',
  ],
  // "撤销，黑白不好看": what they disliked is why they undo.
  [
    /(?<=(?:撤销|撤回|回退|改回去|undo)[^，,。]*[，,；;]\s*)[^，,。；;！!？?]{1,8}?(?:不好看|难看|太丑|丑|不喜欢|不行|不好)(?:了)?/g,
    '',
  ],
  // "狗那张放第一，因为它最吸睛", "…，毕竟它是亮点": a reason after the request, never an edit.
  [/(?<=\S\s*[，,；;]\s*)(?:因为|毕竟|由于)(?:它|这张|那张|这个)[^，,。；;！!？?]{1,12}/g, ''],
  [
    /(?<=[，,;；。]\s*)(?:因为|不然|要不然|否则|免得|省得|别|不要)?(?:它|字幕|标题|文字|字)?(?:现在|都|会)?[^，,。；;！!？?\s]{0,12}?(?:挡住|遮住|盖住|挡到|遮到|盖到|压住|挡着|遮着|盖着|压着)(?:了)?[^，,。；;！!？?]{0,10}/g,
    '',
  ],
];

/**
 * A comparison qualifies what is asked; it asks for nothing itself: "a gentle fading, as they do on the
 * television", "a fade to black, like at the end of a film", "像电视上那样", "好似戏院入面咁". The likeness of a
 * style ("make it feel like a movie", "像电影一样") is a request and stays.
 */
const COMPARISONS: [RegExp, string][] = [
  // "make all the others same like the first one", "the rest same as that one", "其他的都跟第一张一样": the
  // likeness names the photo the last edit was on, so it is the last edit again on the others.
  [
    /\b(?:(?:make|set|do|change|turn)\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(others?|rest|(?:other|remaining)\s+(?:photos?|pictures?|pics?|images?|slides?|ones?))(?:\s+of\s+them)?\s+(?:(?:also|too|all)\s+)?(?:(?:the\s+)?same\s+)?(?:like|as)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d(?:st|nd|rd|th)|that|this|it)(?:\s+(?:one|photo|picture|pic|image))?\b/g,
    'same for the $1',
  ],
  [
    /(?:把)?(其他|其余|剩下)(?:的|几张|那几张)?(?:照片|图片)?(?:也|都)?(?:跟|和|同|像)(?:第[\d一二三四五六七八九十]+张|最后(?:一|1)?张|这张|那张|它)(?:照片|图片)?(?:也|都)?(?:一样|相同)/g,
    '$1的也一样',
  ],
  [
    /(?<!\b(?:feel|feels|look|looks|seem|seems|sound|sounds)\s+(?:more\s+|a\s+bit\s+(?:more\s+)?)?)\b(?:just\s+|exactly\s+)?(?:like|as)\s+(?:(?:they|you|people|we|one|it)\s+(?:do|does|did|see|saw|get|have|had|show|use)\b|(?:at|in|on)\s+(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\b|(?:in|on|at)\s+(?:an?|the)\s+(?:old\s+)?(?:film|movie|tv|television|telly|cinema|show|series|news|ad|advert|commercial|documentary|programme|program)s?\b|(?:on|in)\s+(?:tv|television|films|movies|the\s+movies|the\s+telly|the\s+news|the\s+pictures|the\s+cinema)\b)[^,.;!?:，。；！？：]*/g,
    '',
  ],
  // "black and white like the old days", "fade into each other like in a slideshow at a wedding": a likeness
  // after what is asked. Not the verb ("I'd like …"), a hedge ("like 1.5 seconds", "like this"), a likeness
  // that is the request ("make it like a movie", "look like an old film", "something like a vlog") or a text.
  [
    /(?<=[a-z0-9)]\s+|[,，]\s*)(?<!\b(?:i|we|you|they|u|would|d|t|dont|not|never|do|does|did|really|also|still|to|feel|feels|felt|feeling|look|looks|looked|looking|seem|seems|sound|sounds|something|anything|nothing|more|less|it|them|be|is|are|was|make|just|exactly|kind|sort|things?|stuff|one|ones|title|caption|text)\s+)\blike\s+(?:in|at|on|when|how|an?|the|my|our|his|her|their|old|they|you|people|we|someone|somebody)\b(?!\s+(?:this|that|these|those|before|it\s+was|\d))[^,.;!?:，。；！？：\uE000-\uE03F]*/g,
    '',
  ],
  // Asides and politeness that ask for nothing: "as my grandson said", "the kind they play in lifts",
  // "would you be so kind as to …", "if it's not too much trouble".
  [
    /\bas\s+(?:my|our|his|her|their|the|a|you|he|she|someone|somebody|people|they)\b(?:\s+[a-z']+){0,3}?\s+(?:said|says|told\s+me|asked|wanted|suggested|showed\s+me|recommended)\b|\b(?:the|a)\s+(?:kind|sort|type)\s+(?:that\s+|which\s+)?(?:they|you|people|we|one)\s+(?:play|hear|use|have|get)\b[^,.;!?:，。；！？：]*|\b(?:would|could|will)\s+you\s+be\s+(?:so\s+kind|kind\s+enough|good\s+enough)\s+(?:as\s+)?to\b|\bif\s+(?:it'?s|it\s+is)\s+not\s+too\s+much\s+(?:trouble|bother)\b|\bif\s+you\s+(?:don'?t|do\s+not)\s+mind\b|\bif\s+you\s+(?:would|could|can)\b(?=\s*(?:[,.;!?]|$))/g,
    '',
  ],
  // "黑白的，像老照片一样", "转场柔和一点，像电视剧那样": a likeness in a clause of its own after the request.
  [
    /(?<=[,，;；]\s*)(?:就)?(?:像|好像|好似|跟)[^，,。；;！!？?]{1,14}?(?:一样|那样|这样|那种|似的)(?:的)?(?=\s*(?:[，,。；;！!？?]|$))/g,
    '',
  ],
  [
    /(?:就)?(?:像|好像|好似|似|跟|和)(?:在)?(?:电视|电影|戏院|节目|广告|新闻|戏)(?:里面?|上面?|入面|中|度|结尾|开头|最后|尾)[^，,。；;！!？?]{0,8}?(?:一样|那样|这样|咁|那种)(?:的)?/g,
    '',
  ],
  ...PURPOSES,
  ...REASONS,
];

/** Things a person says are to stay ("keep the texts", "the music can stay"). */
const KEPT =
  '(?:the\\s+|my\\s+|our\\s+|those\\s+|these\\s+)?(?:captions?|titles?|subtitles?|texts?|words|lettering|end\\s+cards?|transitions?|crossfades?|fades?|filters?|looks?|grade|order|sequence|aspect(?:\\s+ratio)?|format|photos?|pictures?|pics|images?|music|songs?|bgm|soundtrack|audio|track|everything(?:\\s+else)?|the\\s+rest|(?:all\\s+)?the\\s+others?|the\\s+other\\s+(?:ones|transitions?|photos?)|all\\s+(?:the\\s+)?(?:rest|else)|it\\s+all|length|duration|timing|colou?rs?|motion|zooms?|camera\\s+moves?|ken\\s+burns)';

/**
 * Edit verbs that a "don't" before them turns into nothing to do: "don't reverse it, just move …",
 * "don't shuffle, only …", "别打乱顺序，只把…", "不要删照片". (Verbs whose refusal is a choice of its own — "don't
 * zoom" (no motion), "don't crop" (the whole photo), "don't add music" (no music) — are read elsewhere.)
 */
const NEGATABLE_EN =
  '(?:reverse|flip|invert|shuffle|randomi[sz]e|scramble|mix\\s+up|sort|re-?order|rearrange|re-?arrange|remove|delete|get\\s+rid\\s+of|drop|swap|switch\\s+around|rotate|speed\\s+(?:it\\s+|them\\s+)?up|slow\\s+(?:it\\s+|them\\s+)?down|shorten|lengthen|extend|trim|stretch|mute|silence|rename|retitle|replace|recolou?r|resize|re-?size|duplicate|export|render|touch|change|alter|modify|mess\\s+with|adjust|(?:put|place|have|keep|show)\\s+(?:it|them|the\\s+[a-z]+(?:\\s+[a-z]+)?)\\s+(?:at|on|in|to)\\s+the\\s+(?:very\\s+)?(?:bottom|top|middle|centre|center|left|right|end|start|beginning|front|back))';
const NEGATABLE_ZH =
  '(?:打乱|乱序|随机排|倒序|倒过来|倒放|反转|颠倒|翻转|旋转|重新排|排序|重排|删(?:除|掉|了)?|去掉|移除|拿掉|调换|交换|换位置|挪动?|静音|(?:放|摆|挪)(?:在|到)?(?:屏幕|画面)?(?:的)?(?:最)?(?:底部|底下|下面|下方|顶部|顶上|上面|上方|中间|左边|右边|开头|结尾|最后|最前面?|前面|后面)|加速|减速|缩短|加长|延长|替换|导出)';
/** A thing a refused edit may name, which the request after it goes on about ("don't remove the music, just make it quieter"). */
const REFUSED_THING =
  /\b(?:background\s+)?(music|song|soundtrack|title|captions?|subtitles?|text|transitions?)\b|(背景音乐|音乐|配乐|歌|标题|字幕|文字|转场)/;

/**
 * A refused edit asks for nothing; the thing it named stays, as the subject of what follows, when a
 * request follows.
 */
function refusedEdit(match: RegExpExecArray): string {
  const thing = REFUSED_THING.exec(match[0]);
  const rest = match.input.slice(match.index + match[0].length);
  const follows = /[\p{L}\d]/u.test(rest);
  // Kept for the request after it, which goes on about it ("…, just make it quieter", "不要把音乐删了，小声一点"),
  // unless that request names a thing of its own: "don't touch the music, just remove the caption" names the
  // music only to leave it alone.
  const pointsBack = !REFUSED_THING.test(rest);
  if (!thing || !follows || !pointsBack) return '';
  return thing[1] ? `the ${thing[1]}` : thing[2]!;
}

/** What "don't …" and "不要…" govern, said the way the families already understand ("no X"). */
const SHAPES = 'vertical|portrait|square|landscape|horizontal|widescreen';
const LOOK_NAMES =
  'black\\s+and\\s+white|black\\s*&\\s*white|b&w|b\\s*n\\s*w|monochrome|gr[ae]yscale|sepia|vintage|retro|warm|cool|vivid|matte|cinematic|faded';
/** What "undo the …" can name: a look, the music, a text, the transitions or the camera moves. */
const UNDOABLE = `(?:${LOOK_NAMES}|filter|look|colou?r\\s+grad(?:e|ing)|grade|music|song|soundtrack|bgm|title|captions?|subtitles?|text|transitions?|crossfades?|fades?|motion|zooms?|zooming|ken\\s+burns)`;

const NEGATIONS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // "undo the black and white", "revert the filter", "cancel the music I added": that one thing taken off,
  // not the last step. "undo the vertical": away from that shape.
  [
    new RegExp(
      `\\b(?:undo|revert|cancel|reverse|take\\s+back|roll\\s+back)\\s+(?:the\\s+|that\\s+|my\\s+|your\\s+)?(${SHAPES})(?:\\s+(?:format|mode|change|thing|one|aspect))?\\b`,
      'g',
    ),
    'not $1',
  ],
  [
    new RegExp(
      `\\b(?:undo|revert|cancel|take\\s+back|roll\\s+back)\\s+(?:the\\s+|that\\s+|my\\s+|your\\s+)?(${UNDOABLE}(?:\\s+(?:filter|look|effect|thing|change))?)\\b(?:\\s+(?:i|you|we)\\s+(?:just\\s+)?(?:added|put\\s+on|chose|picked|made|did|set|asked\\s+for))?`,
      'g',
    ),
    'remove the $1',
  ],
  [/(?:撤销|撤回|取消|撤掉)(?:刚才|刚刚)?(?:的|那个)?(竖屏|竖版|方形|正方形|横屏)/g, '不要$1'],
  [
    /把?(黑白|复古|暖色|冷色|胶片|褪色|鲜艳)(?:滤镜|效果|的滤镜)?(?:都|也|全)?(?:给)?(?:去掉|删掉|删除|拿掉|取消|关掉|撤销|撤掉|撤回|去了|删了)(?:了|吧|掉)*/g,
    '去掉$1',
  ],
  [
    /(?:撤销|撤回|撤掉)(?:刚才|刚刚)?(?:的|那个)?(黑白|复古|暖色|冷色|滤镜|音乐|配乐|标题|字幕|转场)/g,
    '去掉$1',
  ],
  // "don't make it vertical", "I don't want it vertical", "don't make it black and white": that shape or look
  // refused, so the reply can say the video is not so already.
  [
    new RegExp(
      `\\b(?:please\\s+)?(?:don'?t|do\\s+not|dont|never)\\s+(?:make|turn|change|set|put|switch)\\s+(?:it|this|the\\s+video)\\s+(?:to\\s+|into\\s+|in\\s+)?(?:a\\s+)?(${SHAPES})\\b`,
      'g',
    ),
    'not $1',
  ],
  [
    new RegExp(
      `\\b(?:please\\s+)?(?:don'?t|do\\s+not|dont|never)\\s+(?:make|turn|change|set|put|switch)\\s+(?:it|this|the\\s+video)\\s+(?:to\\s+|into\\s+|in\\s+)?(${LOOK_NAMES})\\b`,
      'g',
    ),
    'no $1',
  ],
  [
    new RegExp(
      `\\b(?:i\\s+)?(?:don'?t|do\\s+not|dont)\\s+(?:want|need|like)\\s+(?:it|this|the\\s+video)\\s+(?:to\\s+be\\s+)?(?:in\\s+)?(${SHAPES})(?=\\s*(?:[.!;]|$|\\b(?:anymore|any\\s+more|please|pls)\\b))`,
      'g',
    ),
    'not $1',
  ],
  // "don't reverse it, just move the forest one to the front", "don't shuffle, only …", "never sort them":
  // a refused edit asks for nothing; the words after it ("just …") are the request.
  [
    new RegExp(
      `\\b(?:but\\s+)?(?:please\\s+)?(?:don'?t|dont|do\\s+not|never|no\\s+need\\s+to|you\\s+don'?t\\s+(?:need|have)\\s+to)\\s+(?:(?:go\\s+and|ever|even)\\s+)?${NEGATABLE_EN}\\b([^,.;:!?，。；：！？—–]*?)(?=\\s*(?:[,.;:!?，。；：！？—–]|\\s-\\s|\\bbut\\b|\\bjust\\b|\\bonly\\b|\\binstead\\b|\\band\\s+(?=(?:just|only|instead|make|set|add|put|use|move|turn|give|bring|switch)\\b)|$))`,
      'g',
    ),
    refusedEdit,
  ],
  [
    new RegExp(
      `(?:但是?|可是)?(?:请)?(?:先)?(?:别|不要|不用|无需|不必|不需要|用不着)(?:再|去|给我|帮我)?(?:把)?([^，,。；;！!？?\\s只就]{0,6}?)${NEGATABLE_ZH}([^，,。；;！!？?\\s只就]{0,8}?)(?=[，,。；;！!？?\\s]|只|就|$)`,
      'g',
    ),
    refusedEdit,
  ],
  // "不要任何转场", "我不想要任何滤镜", "不需要一切特效": none of them at all is "不要X" ("不要所有字幕都在下面"
  // is about where they are).
  [
    /(?:我)?(?:不要|不想要|不需要|不用|别用|别加|没有)(?:任何|一切|所有|全部)(?:的)?(?=\s*(?:转场|过渡|滤镜|运动|动效|动画|运镜|镜头运动|背景音乐|音乐|配乐|歌|标题|字幕|文字|字|特效|效果)(?![^，,。；;！!]*[都全]))/g,
    '不要',
  ],
  // "don't change the aspect, just …": a hands-off clause asks for nothing.
  [
    /\b(?:but\s+)?(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:change|touch|alter|modify|mess\s+with|adjust)\s+(?:the\s+|my\s+|any\s+of\s+the\s+)?(?:[a-z:0-9-]+\s*){1,3}?(?=,|;|\.|\bbut\b|\bjust\b|\band\b|\bonly\b|$)/g,
    '',
  ],
  [
    /(?:但是?|可是)?(?:不要|别|不用|无需)(?:改|动|换|调整|修改)(?:一下)?(?:比例|画幅|音乐|背景音乐|配乐|标题|文字|字幕|滤镜|转场|顺序|时长|格式)(?=[，,。；;]|只|就|$)/g,
    '',
  ],
  // "don't want it black and white anymore", "I no longer want the music": undoing what is there → "no X".
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:want|need|like)\s+(?:it\s+|this\s+|the\s+video\s+)?(?:to\s+be\s+)?(?:in\s+)?(?:the\s+|any\s+)?([a-z&][a-z&\s-]{1,30}?)\s+(?:any\s*more|no\s+more)\b/g,
    'no $1',
  ],
  [/\b(?:i\s+)?no\s+longer\s+(?:want|need)\s+(?:it\s+)?(?:to\s+be\s+)?(?:the\s+|any\s+)?/g, 'no '],
  // "I don't want it vertical, make it square": the refused choice is dropped, the other one stays.
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:want|need|like)\s+(?:it|this|the\s+video)\s+(?:to\s+be\s+)?(?:in\s+)?(?:vertical|horizontal|square|portrait|landscape|black\s+and\s+white|b&w|widescreen)\s*,?\s*(?=\w)/g,
    '',
  ],
  // "the city photo I dont like it", "that beach pic, not a fan": the photo said first, the dislike after
  // it (a topic first, as learners and phone typists put it), goes as well.
  [
    /\b((?:the\s+|that\s+|this\s+)?(?:[a-z0-9]+\s+){0,2}(?:photo|picture|pic|image|shot|one))\s*[,-]?\s*(?:i\s+)?(?:really\s+|just\s+|honestly\s+)*(?:(?:don'?t|do\s+not|dont)\s+(?:like|want|need|love)|hate|dislike|not\s+(?:a\s+)?fan(?:\s+of)?)(?:\s+(?:it|that|this|this\s+one|that\s+one))?(?:\s+(?:at\s+all|very\s+much|much|so\s+much|any\s*more|tbh|honestly))*(?=\s*(?:[,.;!?]|$))/g,
    'remove $1',
  ],
  // "第二张我不喜欢", "城市那张不太喜欢", "我不喜欢最后一张": the same dislike of one photo, in Chinese.
  [
    /((?:第[\d一二三四五六七八九十]+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片|相片|图)?)\s*[，,]?\s*(?:我)?(?:真的|实在|有点)?(?:不太|不怎么|不是很|不)喜欢(?:它|这张|那张)?(?=\s*(?:[，,。！!；;]|$))/g,
    '删掉$1',
  ],
  [
    /(?:我)?(?:真的|实在|有点)?(?:不太|不怎么|不是很|不)喜欢(?=(?:这|那)?(?:第[\d一二三四五六七八九十]+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片|相片|图)?\s*(?:[，,。！!；;]|$))/g,
    '删掉',
  ],
  // "I don't like the third photo", "I don't want the beach one": that photo goes.
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:like|want|need)\s+(?=(?:the\s+|that\s+|this\s+)?(?:[a-z0-9]+\s+){0,2}(?:photo|picture|pic|image|shot|one)\b)/g,
    'remove ',
  ],
  // "don't crossfade into the last photo", "never dissolve between 2 and 3": no such transition there.
  [
    /\b(?:please\s+)?(?:don'?t|do\s+not|dont|never)\s+(?=(?:cross-?fade|dissolve|wipe|fade\s+(?:to|through)\s+black)\b)/g,
    'no ',
  ],
  // "I don't want any transitions", "don't use music", "I don't like the filter" → "no …".
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:want|need|like|use|add|include|put)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?=[a-z])/g,
    'no ',
  ],
  // "keep the music but at 50%", "保留音乐，音量小一点": the music stays, at the level said after it.
  [
    /\b(?:but\s+)?keep\s+(?:the\s+|my\s+)?(music|song|soundtrack|bgm)\s*[,，]?\s*(?:(?:but|just|only|and)\s+)*(?=(?:at|to|down\s+to|around|about)\s+\d|(?:a\s+(?:bit|little|lot)\s+|much\s+)?(?:quieter|softer|lower|louder)\b|(?:turn|bring)\s+it\s+(?:down|up)\b)/g,
    '$1 ',
  ],
  [
    /(?:但是?)?保留(?:原来的)?(?:背景)?(音乐|歌|配乐)\s*[，,]?\s*(?:但是?|不过|就是|只是)?(?=(?:音量)?(?:调到|调成|改成|降到|开到|在)?\s*\d|(?:音量|声音)?(?:小声|调小|调低|小一点|小点|轻一点|低一点|大声|调大|大一点))/g,
    '$1',
  ],
  [/\b(?:but\s+)?keep\s+(?:the\s+|my\s+)?(?:music|song|soundtrack)(?:\s+as\s+it\s+is)?\b/g, ''],
  // "keep the crossfades but 1 s", "keep the wipes, just 0.4 each", "保留叠化，但改成1秒": the kind stays, at
  // the length said after it — the transitions', never the video's.
  [
    /\b(?:but\s+)?keep\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(transitions?|crossfades?|fades?|dissolves?|wipes?|slides?|whip[\s-]?pans?)\s*[,，]?\s*(?:(?:but|just|only|and|make\s+them|at)\s+)*(?=(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms)\b)/g,
    '$1 ',
  ],
  [
    /(?:但是?)?(?:保留|留着|保持)(?:原来的)?(转场|过渡|叠化|黑场|白场|闪白)\s*[，,]?\s*(?:但是?|不过|就是|只是)?(?:把?(?:时长|时间)?(?:改成|改为|调成|调到|换成|缩短到|延长到|变成)?)(?=\s*\d+(?:\.\d+)?\s*秒)/g,
    '$1',
  ],
  // "把转场去掉", "滤镜都删了": the thing named first, then the verb — said the way the families read it.
  [
    /把?(转场|过渡效果|过渡|滤镜|运动效果|动效|动画|镜头运动|背景音乐|音乐|配乐)(?:都|也|全)?(?:给)?(?:去掉|删掉|删除|拿掉|取消|关掉|去除|删)(?:了|吧|掉)*/g,
    '去掉$1',
  ],
  [
    /(?:所有的?|全部的?)?文?字(?![幕体号])(?:都|也|全)?(?:不想要|不要|不需要|不用)(?:了|吧|啦)*(?=[，,。；;！!\s]|$)|(?:所有的?|全部的?)文?字(?![幕体号])(?:都|也|全)?(?:删掉|删了|去掉|删除)(?:了|吧|啦)*(?=[，,。；;！!\s]|$)/g,
    '去掉所有文字',
  ],
  // "别加音乐，只要…": not adding something asks for nothing; what follows is the request.
  [
    /(?:但是?)?(?:别|不要|不用|无需|不必)(?:再)?(?:加|放|配|添加|加上|配上)(?:任何)?(?:背景音乐|音乐|配乐|歌曲?|转场|滤镜|标题|字幕|文字)(?:了)?(?=[，,。；;！!\s]|只|就|$)/g,
    '',
  ],
  // "音乐先不加", "配乐暂时不用加", "hold off on the music for now": music left for later asks for nothing now
  // (never the library's first song, and never taking off a song already there).
  [
    /(?:但是?)?(?:背景音乐|音乐|配乐|歌曲?|bgm)(?:我们)?(?:先|暂时|暂且|现在|这次|就)+(?:不|别|不用|不要|不必)(?:加|放|配|添加|加上|配上)(?:了|吧|啦)*(?=[，,。；;！!\s]|$)/g,
    '不要音乐',
  ],
  // "转场也别加", "滤镜就不用加了", "字幕先不要加": the thing first, then not adding it — as "别加转场", it asks
  // for nothing (never the default kind, and never taking off what is there).
  [
    /(?:但是?)?(?:转场|过渡效果|过渡|滤镜|特效|标题|字幕|文字|运镜|动效|动画)(?:我们)?(?:也|都|先|暂时|暂且|现在|这次|就)*(?:不|别|不用|不要|不必|无需|用不着)(?:再)?(?:加|放|添加|加上|配上|上)(?:了|吧|啦)*(?=[，,。；;！!\s]|$)/g,
    '',
  ],
  // "转场也别用", "滤镜就不要用了": not using it is none of it, as "转场不要了".
  [
    /(?:但是?)?(转场|过渡效果|过渡|滤镜|特效|运镜|动效|动画)(?:我们)?(?:也|都|就)*(?:别|不要|不用|不必|无需)(?:再)?(?:用|使用)(?:了|吧|啦)*(?=[，,。；;！!\s]|$)/g,
    '去掉$1',
  ],
  [
    /\b(?:hold\s+off\s+on|no\s+need\s+for|leave\s+off|wait\s+on|don'?t\s+bother\s+with)\s+(?:the\s+|any\s+)?(?:background\s+)?(?:music|song|soundtrack|bgm)(?:\s+(?:for\s+now|yet|just\s+yet|until\s+later|for\s+the\s+moment))?\b/g,
    'no music',
  ],
  // "这首歌不想要了", "字都不要", "转场也不需要了": the thing first, then a refusal that ends the clause.
  [
    /(?:这首|那首)?(转场|过渡效果|过渡|滤镜|黑白|复古|运动效果|动效|动画|背景音乐|音乐|配乐|歌曲?|标题|字幕|文字|字)(?:我)?(?:都|也|全|就)?(?:不想要|不要|不需要|不用|用不着)(?:了|吧|啦|掉)*(?=[，,。；;！!\s]|$)/g,
    '去掉$1',
  ],
  [/(?:但是?)?保留(?:原来的)?(?:背景)?(?:音乐|歌|配乐)/g, ''],
  // "keep the caption", "leave the music alone", "keep everything else", "keep the texts and the music",
  // "the titles can stay", "字幕保留": what is to stay asks for nothing.
  [
    new RegExp(
      `\\b(?:but\\s+)?(?:(?:keep|leave)\\s+(?:all\\s+)?(?:of\\s+)?${KEPT}(?:\\s*(?:,|\\band\\b|&)\\s*${KEPT})*(?:\\s+(?:as\\s+(?:it\\s+is|they\\s+are|is)|alone|there|in|on|in\\s+place|unchanged|untouched|intact|the\\s+same|how\\s+they\\s+are))?|${KEPT}(?:\\s*(?:,|\\band\\b|&)\\s*${KEPT})*\\s+(?:(?:can|should|will|must|may)\\s+)?(?:stay|stays|remain|remains)(?:\\s+(?:as\\s+(?:it\\s+is|they\\s+are|is)|there|in|on|in\\s+place|unchanged|intact|the\\s+same))?)(?=\\s*(?:[,.;!]|$|\\bbut\\b|\\band\\b|\\bjust\\b|\\bonly\\b))`,
      'g',
    ),
    '',
  ],
  // "don't make it vertical", "don't turn it black and white": a choice refused asks for nothing.
  [
    /\b(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:make|turn|change|set|put|switch)\s+(?:it|this|the\s+video)\s+(?:to\s+|into\s+|in\s+)?(?:[a-z0-9:&-]+\s*){1,3}?(?=$|[,.;!]|\bbut\b|\bjust\b|\binstead\b)/g,
    '',
  ],
  [
    /(?:别|不要|不用)(?:改成|弄成|变成|做成|换成)(?:竖屏|横屏|方形|黑白|复古|1:1|9:16|16:9)(?:的)?(?=[，,。；;！!\s]|$)/g,
    '',
  ],
  ...NAMED_THEN_REMOVED,
  // "forget the title", "never mind the music", "the title isn't needed": take it off.
  [
    /\b(?:forget(?:\s+about)?|never\s*mind(?:\s+about)?|scrap|ditch)\s+(?:the\s+)?(?=(?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?)\b)/g,
    'remove the ',
  ],
  [
    /\b(?:the\s+)?((?:(?:first|second|third|fourth|last|final|\d{1,2}(?:st|nd|rd|th))\s+)?(?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?))\s+(?:(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:really\s+)?(?:needed|necessary|required|working)|(?:is\s+|are\s+)?no\s+need(?:ed)?)\b/g,
    'remove the $1',
  ],
  // "filter remove pls", "music off", "title delete": the thing first, then the verb, as in 滤镜去掉.
  [
    /(?<!\b(?:cut|turn|switch|take|fade|put|set|shut|leave|keep|have|get|let|make)\s+(?:the\s+|that\s+|this\s+)?)\b(?:the\s+)?((?:(?:first|second|third|fourth|last|final|\d{1,2}(?:st|nd|rd|th))\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?))\s+(?:remove|delete|off|away|gone)\b(?!\s+(?:the|a|an|it|them|this|that|from|to|at|after|for|in|when|before|until|by|during|on)\b)/g,
    'remove the $1',
  ],
  // "no need for the last transition", "don't need the title": take it off.
  [
    /\b(?:there'?s\s+|there\s+is\s+)?no\s+need\s+(?:for|of)\s+(?:the\s+|a\s+|any\s+)?(?=(?:(?:first|second|third|fourth|last|final|\d{1,2}(?:st|nd|rd|th))\s+)?(?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?)\b)/g,
    'remove the ',
  ],
  [
    /(?:但是?|可是)?(?:保留|留着|留下)(?:原来的)?(?:字幕|标题|文字|转场|滤镜|顺序)(?=[，,。；;！!\s]|$)|(?:caption|captions|title|subtitles?|text|字幕|标题|文字|转场|滤镜|顺序|颜色|色彩|色调|调色|比例|画幅)\s*(?:就|还是|要|先)?(?:保留|留着|不动|别动|不变|不用动|不要动|别改|不要改|不用改)(?:吧|着|啊)?(?=[，,。；;！!\s]|$)/g,
    '',
  ],
  // "don't touch the others", "the rest stay the same", "the others are fine": the rest left as it is.
  [
    /\b(?:but\s+)?(?:don'?t|do\s+not)\s+(?:touch|change)\s+(?:the\s+)?(?:rest|others?|other\s+ones)\b|\b(?:and\s+|but\s+)?(?:the\s+)?(?:rest|others?|other\s+ones)\s+(?:(?:can|should|will)\s+)?(?:stays?|remains?|is|are|be)\s+(?:the\s+same|as\s+(?:is|they\s+are)|unchanged|fine|ok)\b/g,
    '',
  ],
  // "其他不变", "其余的保持原样", "别的都不用改": the rest left as it is asks for nothing (不动 alone is a still photo).
  [
    /(?:但是?|而)?(?:其他|其它|其余|剩下|别)(?:的)?(?:照片|图片|几张|地方|部分|设置)?\s*(?:都|就|全|也)?(?:保持|维持)?(?:不变|照旧|原样|不用改|别改|不要改|不改)(?:吧|着|啊|哦)?(?=[，,。；;！!\s]|$)/g,
    '',
  ],
  // "不要字了", "去掉字": 字 alone (not 字幕, 字体) is all the text.
  [
    /(?:不要|不想要|不需要|不用|去掉|删掉)(?:所有的?|全部的?)?(?:文)?字(?![幕体号])(?:了|吧|啦)*/g,
    '去掉所有文字',
  ],
  [
    /\b(?:no|without|stop|don'?t\s+want|lose|drop|remove|kill|get\s+rid\s+of|turn\s+off)\s+(?:the\s+|any\s+)?ken\s*burns?(?:\s+(?:effect|zoom|motion|pan))?\b/g,
    'no motion',
  ],
  [
    /\b(?:lose|drop|kill|get\s+rid\s+of)\s+(?:the\s+|any\s+)?(?:zoom(?:ing)?|motion|movement|panning)\b/g,
    'no motion',
  ],
  [/(?:不要|去掉|别加|取消)\s*ken\s*burns?(?:效果)?/g, '不要动'],
  // "去掉第二张的运动": the photo's motion taken off, not the photo.
  [
    /(?:去掉|删掉|删除|取消|关掉|拿掉|不要)(第\d+张|这张|那张|最后一张)(?:照片|图片)?的?(?:运动效果|运动|动效|动画|镜头运动|缩放|推拉)/g,
    '$1不要动',
  ],
  // "skip the music", "I'd rather not have a title", "take the title off", "the caption can go".
  [
    /\b(?:i'?d\s+rather\s+not\s+(?:have|use|add)|(?:let'?s\s+)?skip|leave\s+out)\s+(?:the\s+|any\s+|a\s+)?(?=(?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?|crossfades?)\b)/g,
    'no ',
  ],
  [
    /\btake\s+(?:the\s+)?((?:background\s+)?(?:music|song|soundtrack|title|caption|subtitles?|text|words|filter|look|transitions?|crossfades?))\s+(?:off|out|away)\b/g,
    'remove the $1',
  ],
  // "the title should go" is a removal; "should go away after 2 secs", "should go more slowly" say when or how.
  [
    /\b(?:the\s+)?((?:background\s+)?(?:music|song|soundtrack|bgm|title|caption|subtitles?|text|words|filter|look|transitions?|crossfades?))\s+(?:(?:can|could|should|must|has\s+to|have\s+to|gotta)\s+go\b(?!\s+(?:away\s+|off\s+)?(?:after|at|by|once|when|before|slower|faster|quicker|more|slowly|quickly|longer|shorter|to|up|down)\b)|goes(?=\s*(?:[,.;!]|$|\bbut\b|\band\b)))/g,
    'remove the $1',
  ],
  [
    /(?:不用|别要|不需要|用不着)(转场|过渡|滤镜|运动效果|动效|背景音乐|音乐|配乐|歌|标题|字幕|文字)(?:了|啦|吧)*(?=[，,。；;！!\s]|$)/g,
    '去掉$1',
  ],
  [
    /(转场|过渡|滤镜|运动效果|动效|背景音乐|音乐|配乐|歌|标题|字幕|文字)(?:就|也)?算了(?:吧)?(?:[，,]?\s*(?:不要了|不用了))?/g,
    '去掉$1',
  ],
  // "I'm done with the caption": finished with it means take it off.
  [/\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:done|finished)\s+with\s+/g, 'remove '],
  // "no more zooming please", "no more transitions": stop it, not "no more than there is".
  [
    /\bno\s+more\s+(?:of\s+(?:the|these|those|that|this)\s+)?(?=(?:zoom(?:ing|s)?|pan(?:ning|s)?|motion|movement|moving|ken\s*burns|transitions?|crossfades?|fades?|dissolves?|wipes?|music|songs?|title|captions?|text|filters?)\b)/g,
    'no ',
  ],
  // "no zoom transitions" is about the transitions, not the camera.
  [
    /\bno\s+zoom(?:ing|s)?\b(?!\s+(?:(?:in|out)\s+)?(?:transitions?|crossfades?))|\bdon'?t\s+zoom\b/g,
    'no motion',
  ],
  [/\bstop\s+(?:the\s+)?(?:photos?|pictures?|images?|them|it)\s+(?:from\s+)?moving\b/g, 'no motion'],
  // "just let the photos sit", "let them stay still": no camera move.
  [
    /\blet\s+(?:the\s+)?(?:photos?|pictures?|images?|pics?|them|it)\s+(?:just\s+)?(?:sit(?:\s+still)?|stay\s+still|be\s+still|stand\s+still|rest)\b/g,
    'no motion',
  ],
  // "not vertical, square": the negated choice is dropped, the other one stays.
  [
    /\bnot\s+(?:vertical|horizontal|square|portrait|landscape|black\s+and\s+white|b&w)\s*,?\s*(?=\w)(?!(?:please|pls|plz|thanks|thx|anymore|any\s+more|mode|format|video|one)\b)/g,
    '',
  ],
  [/\bdon'?t\s+make\s+it\s+(?:[a-z:0-9-]+\s*){1,3}?,\s*(?=make|use|go)/g, ''],
];

/** Kinds of transition and camera move a complaint can be about, and what taking each away is called. */
const DISLIKED =
  '(cross-?fades?|fades?|fading|blend(?:s|ing)?|dissolves?|transitions?|wipes?|whip[\\s-]?pans?|zooms?|zooming|zoom(?:ing)?\\s+(?:in|out|effect)s?|pans?|panning|ken\\s+burns(?:\\s+effect)?|motion|movement|moving|camera\\s+(?:moves?|movement|motion)|filter)';
const DETERMINER = '(?:(?:the|these|those|this|that|all|any|of|my)\\s+)*';
const DEGREE_WORDS =
  '(?:(?:kinda|kind\\s+of|sort\\s+of|a\\s+bit|a\\s+little(?:\\s+bit)?|bit|so|too|really|very|pretty|super|quite|way|honestly|just|like|lowkey|rather|somewhat|a\\s+tad|tbh|literally|actually)\\s+)*';
/** Where the disliked thing is ("between photo 2 and 3", "on the first photo"): kept with the taking away. */
const PLACE = '(\\s+(?:between|on|in|after|before|into|for)\\s+[^,.;!?]{1,40}?)?';
/** "no crossfades" cuts, "no motion" stills, "no filter" drops the look: how the families say taking it away. */
function takeAway(match: RegExpExecArray): string {
  const thing = match[1]!;
  const place = match[2] ?? '';
  if (/^(?:zoom|pan|ken|motion|movement|moving|camera)/.test(thing)) return `no motion${place}`;
  if (/^filter/.test(thing)) return 'no filter';
  if (/^blend/.test(thing)) return `no crossfades${place}`;
  return `no ${thing}${place}`;
}
/**
 * Complaints about a kind of transition or camera move take it away: "not a fan of the crossfades", "I
 * hate the fades", "the dissolves look kinda cheesy", "the zooming is making me dizzy". What was liked
 * once ("I know I said I liked the zooming earlier", "I loved the crossfades before") and praise that only
 * denies a fault ("I don't hate it", "the rest is 🔥") ask for nothing; "X instead of Y" asks for X.
 */
const COMPLAINTS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [
    new RegExp(
      `\\b(?:i'?m\\s+|i\\s+am\\s+|i\\s+)?(?:(?:really|just|honestly|totally|so|still|kinda|also)\\s+)*(?:not\\s+(?:a\\s+|the\\s+)?(?:big\\s+|huge\\s+|massive\\s+|great\\s+)?fan\\s+of|(?:over|tired\\s+of|sick\\s+of|sick\\s+and\\s+tired\\s+of|fed\\s+up\\s+with)|not\\s+(?:loving|liking|feeling|into|keen\\s+on|crazy\\s+about|sold\\s+on)|hate|dislike|can'?t\\s+stand|cannot\\s+stand|(?:don'?t|do\\s+not)\\s+(?:love|care\\s+for|dig))\\s+${DETERMINER}${DISLIKED}${PLACE}(?=\\s*(?:[,.;!?]|$|\\b(?:but|and|so|tbh|honestly|anymore|any\\s+more|though)\\b))`,
      'g',
    ),
    takeAway,
  ],
  [
    new RegExp(
      `\\b${DETERMINER}${DISLIKED}${PLACE}\\s+(?:is|are|look|looks|looking|feel|feels|feeling|seem|seems|get|gets|getting|were|was|kinda)\\s+${DEGREE_WORDS}(?:cheesy|tacky|cringe|cringey|cringy|ugly|dated|corny|naff|cheap|amateurish|amateur|old[\\s-]fashioned|outdated|awful|terrible|horrible|distracting|annoying|jarring|overdone|unnecessary|pointless|nauseating|dizzying|gimmicky|bad)\\b`,
      'g',
    ),
    takeAway,
  ],
  [
    new RegExp(
      `\\b${DETERMINER}${DISLIKED}${PLACE}\\s+(?:is\\s+|are\\s+)?${DEGREE_WORDS}(?:making|makes|made|make|gives?|giving)\\s+me\\s+(?:(?:feel|a\\s+bit|a\\s+little|kinda|so|really|super|quite|slightly)\\s+)*(?:dizzy|sick|nauseous|queasy|seasick|motion[\\s-]?sick|car[\\s-]?sick|a\\s+headache|headaches|vertigo)\\b`,
      'g',
    ),
    takeAway,
  ],
  [
    new RegExp(
      `\\b(?:there'?s\\s+|we\\s+have\\s+|i\\s+see\\s+)?no\\s+(?:real\\s+)?need\\s+for\\s+${DETERMINER}${DISLIKED}\\b`,
      'g',
    ),
    takeAway,
  ],
  // "I know I said I liked the zooming earlier but …", "I loved the crossfades before, but …": once, not now.
  [
    /\b(?:i\s+(?:know|think|realise|realize|remember)\s+)?i\s+(?:said|told\s+you)\s+(?:that\s+)?i\s+(?:liked|loved|wanted|was\s+into|enjoyed|preferred)\b[^,.;!?]*?(?=\s*(?:[,.;!?]|$|\bbut\b))/g,
    '',
  ],
  [
    /\bi\s+(?:liked|loved|enjoyed|wanted|preferred|used\s+to\s+like)\b[^,.;!?]*?\b(?:earlier|before|at\s+first|initially|last\s+time|yesterday|originally|previously)\b(?=\s*(?:[,.;!?]|$|\bbut\b))/g,
    '',
  ],
  // "I don't hate it!!", "not bad at all", "the rest is 🔥", "everything else is great": nothing to change.
  [/\b(?:i\s+)?(?:don'?t|do\s+not)\s+(?:hate|mind|dislike)\s+(?:it|this|that)\b/g, ''],
  [
    /(?<=^|[,.!?;]\s*)(?:it'?s\s+|that'?s\s+|this\s+is\s+)?not\s+(?:too\s+|that\s+|half\s+)?bad(?:\s+at\s+all)?(?=\s*(?:[,.!?;]|$))/g,
    '',
  ],
  [
    /\b(?:but\s+|and\s+)?(?:the\s+rest(?:\s+of\s+it)?|everything\s+else|all\s+else|otherwise\s+it)\s+(?:is|are|looks?|seems?|'s)\s+(?:(?:so|really|very|super|pretty|totally|absolutely|just|honestly)\s+)*(?:great|perfect|fine|good|amazing|awesome|lovely|nice|ok|okay|fire|lit|spot\s+on|gorgeous|beautiful|fantastic|brilliant|\p{Extended_Pictographic}+)/gu,
    '',
  ],
  // "the pace is mid and the colors are dull, fix both", "节奏拖，颜色也灰，都改一下": the complaints said
  // before are what to fix, each read on its own; the request adds nothing to them.
  [
    /(?<=[\s,.;!?]\s*)(?:(?:so|and|pls|please|plz|can\s+you|could\s+you|just|now)\s+)*(?:fix|sort|deal\s+with|handle|address|tweak|do\s+something\s+about|take\s+care\s+of)\s+(?:(?:them|'em|em|those|these)(?:\s+(?:both|all|two|2))?|both(?:\s+of\s+(?:them|those|these|em|'em))?|all\s+(?:of\s+)?(?:that|this|those|these|them|three)|the\s+(?:two|2|both|lot))(?:\s+(?:out|up|too))?(?:\s+(?:pls|please|plz|thx|thanks|ty))?(?=\s*(?:[,.;!?]|$))/g,
    '',
  ],
  [
    /(?<=[\s,，;；。.!！])(?:那就|那|就|请|麻烦)?(?:这)?(?:两个|两样|两处|2个|2样|2处|俩|这些|它们)?(?:都|一起|全都|全部|统统)(?:帮我|给我)?(?:修|改|调|处理|解决|优化|搞|弄)(?:一下|下|一改|改|调|修|好|掉)?(?:吧|呗|哈|啊|呀)?(?=\s*(?:[,，。；;!！?？~～]|$))/g,
    '',
  ],
  // "cuts instead of fades", "zoom out instead of in", "square rather than widescreen", "0.3 instead of 0.4":
  // the one after goes, a decimal whole.
  [
    /\s*\b(?:instead\s+of|rather\s+than)\s+(?:(?:the|a|an|my|all|those|these|that|this|any)\s+)*[a-z0-9:'’&-]+(?:\.\d+)?(?:\s+(?!(?:for|on|in|at|to|between|after|before|with|from|and|but|please|pls|then|so|make|use|set)\b)[a-z0-9:'’&-]+){0,2}/g,
    '',
  ],
];

// The words of a complaint are never "corrected" ("cheesy" is not "cheery", "tacky" not "tack").
addVocabulary(
  'cheesy tacky cringe cringey cringy ugly dated corny naff cheap amateurish amateur fashioned outdated awful terrible horrible distracting annoying jarring overdone unnecessary pointless nauseating dizzying gimmicky dizzy nauseous queasy seasick headache headaches vertigo',
);

/**
 * Filler that asks for nothing, typed in a hurry or said to a phone: "um", "uh", "i guess", "kinda", "lol",
 * "嗯", "呃", "那个", "就是". Blanked (positions kept), so "make it like um 10 seconds i guess" reads as "make
 * it like 10 seconds" and "lol" never becomes a title's words. "那个" and "就是" only where they stand
 * alone ("那个，加个标题"), never before what they name ("那个转场", "就是第二张").
 */
const FILLERS: [RegExp, string][] = [
  [
    /\b(?:u+m+|u+h+m*|e+r+m+|hm+|lo+l+|lmf?ao+|rofl|(?:ha){2,}h?|(?:he){2,}h?|xd+|ngl|tbh|idk|ikr|i\s+guess|i\s+suppose|i\s+reckon|you\s+know|y'?know|kinda|sorta|basically|literally)\b/g,
    '',
  ],
  // "like, 10 seconds", "like um make it square": a "like" that only fills, before a pause or at the start.
  [
    /(?<=^\s*|[,.;!?]\s*)like\b(?:\s*,)?(?=\s+(?:make|set|put|add|change|use|can|could|just|the|it|um|uh|\d))/g,
    '',
  ],
  [/\blike\s*,(?=\s)/g, ''],
  // "start strong with the sunset", "let's start off strong with the city", "kick it off big with the
  // forest": how the opening should land is what that photo is for; the request is the photo in that place.
  [
    /\b(start|begin|open|lead|end|finish|close)(s|ning|ing|ed)?(?:\s+(?:it|things|the\s+(?:video|slideshow|reel)))?(?:\s+off)?\s+(?:(?:(?:really|super|very|real)\s+)?(?:strong|strongly|big|bold|hard|powerful|with\s+(?:a\s+)?(?:bang|punch|impact))\s+)?(?=(?:with|on)\b)/g,
    '$1$2 ',
  ],
  [
    /\bkick(s|ing|ed)?\s+(?:it\s+|things\s+)?off\s+(?:(?:really|super|very|real)\s+)?(?:strong|strongly|big|bold|hard|powerful|with\s+(?:a\s+)?(?:bang|punch|impact))?\s*(?=(?:with|on)\b)/g,
    'kick$1 off ',
  ],
  // "the fourth one also can", "this one also ok lah": Singlish for "that one too" — the "can" asks nothing.
  [/\b(also|too|same)\s+(?:can|ok|okay|sure)(?:\s+(?:lah|la|leh|one))?(?=\s*[.!]*\s*$)/g, '$1'],
  [
    /[嗯呃]+|(?<=^\s*|[,，。.!！?？~～;；]\s*)(?:额+|唔+|emm+|啊+|哎+|那个|就是说?|然后呢?)(?=\s*[,，。.!！?？~～\s])/g,
    '',
  ],
  // "the last photo should still be 3 seconds", "photo 2 is still 4 s": "still" before a length says it
  // stays so, never that the photo stands still.
  [
    /\bstill\s+(?=(?:(?:be|is|are|stays?|remains?|gets?|lasts?|takes?|runs?|holds?)\s+)?(?:(?:at|for|about|around|on)\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)/g,
    '',
  ],
];

/**
 * Courtesy and backstory around a request, which ask for nothing: "Hello dear.", "I hope this isn't a silly
 * thing to ask, but …", "I'm sorry to bother you, but …", "I don't know the proper word for it, but …",
 * "Would you kindly …", "Thank you kindly.", "… would be lovely", "My son says …", "我想请问一下，能不能…",
 * "我女儿说…". Blanked, so the request in the middle is read alone and nothing polite is reported unread;
 * what the grandchild said stays when it is the request ("My son says it ought to be wide").
 */
const COURTESY: [RegExp, string][] = [
  [
    /(?<=^\s*)(?:hello|hi|hey|good\s+(?:morning|afternoon|evening|day)|dear|excuse\s+me|pardon\s+me)(?:\s+(?:dear|there|love|again|joy))?(?=\s*[,.!]+\s*\S)/g,
    '',
  ],
  [
    /\b(?:i\s+hope\s+(?:this|it)\s+(?:isn'?t|is\s+not|won'?t\s+be)\s+a\s+(?:silly|stupid|daft|dumb|foolish)\s+(?:thing\s+to\s+ask|question|request)|(?:this\s+)?(?:may|might)\s+be\s+a\s+(?:silly|stupid|daft|dumb|foolish)\s+(?:thing\s+to\s+ask|question|request)|(?:i'?m\s+|i\s+am\s+)?(?:so\s+|very\s+|terribly\s+|awfully\s+|really\s+)?sorry\s+to\s+(?:bother|trouble|pester)\s+you(?:\s+again)?|i\s+(?:don'?t|do\s+not)\s+know\s+(?:the\s+|what\s+the\s+)?(?:proper|right|correct|technical)\s+(?:word|term|name)\s+(?:for\s+(?:it|this|that)|is)|forgive\s+me\s+for\s+asking)(?:\s*,?\s*but\b)?/g,
    '',
  ],
  // "Would you kindly put …", "kindly make …": the request without the kindly.
  [/(?<=^\s*|\b(?:you|please)\s+)kindly\b/g, ''],
  [
    /\b(?:thank\s+you|thanks|many\s+thanks)(?:\s+(?:kindly|very\s+much|so\s+much|ever\s+so\s+much|in\s+advance|dear|a\s+lot))*(?=\s*(?:[.!,]|$))|\b(?:that|it|this)?\s*(?:would|will)\s+be\s+(?:lovely|wonderful|marvell?ous|grand|smashing|brilliant|much\s+appreciated|appreciated)\b/g,
    '',
  ],
  // "My son says the pictures ought to be wide": what was said, without who said it.
  [
    /\b(?:my|our)\s+(?:son|daughter|grandson|granddaughter|grandchildren|grandkids|kids|children|husband|wife|nephew|niece|friend|neighbou?r)\s+(?:says|said|tells\s+me|told\s+me|thinks|reckons)(?:\s+that)?\b/g,
    '',
  ],
  [
    /我(?:的)?(?:女儿|儿子|孙子|孙女|外孙女?|老伴|老公|老婆|朋友|邻居|家里人)(?:跟我)?(?:说|讲|告诉我)(?:过)?/g,
    '',
  ],
  // "goes away before I've had a proper look at it", "so that you see the whole building", "before I can read
  // it": when or why someone sees it, not where a photo goes ("before photo 2") or what to do.
  [
    /\b(?:before|until|till|so\s+that|so)\s+(?:i|you|we|one|anyone|people|they|he|she|everyone|everybody)(?:'ve|'d|'m|'ll)?\s+(?:(?:can|could|will|would|have|had|get|got|even|actually|properly|really|finally)\s+)*(?:see|seen|read|look|looked|had|take|taken|notice|noticed|make\s+out|enjoy|catch|spot|take\s+in)\b[^,.;!?]*/g,
    '',
  ],
  // "挺有感觉的", "能不能也给我弄成那样，每两张之间黑一下": an opinion, and "like that" said before the request
  // says it again.
  [/(?:挺|很|蛮|特别|真)(?:有感觉|好看|漂亮|不错)(?:的)?(?=\s*[，,。])/g, ''],
  [
    /(?:能不能|可不可以|可以)?(?:也)?(?:给我|帮我)?(?:弄|做|改|搞)成(?:那样|这样)(?:子)?(?=\s*[，,]\s*\S)/g,
    '',
  ],
  // "a fade at the end, so that it doesn't just stop dead": why, not a refusal of anything.
  [
    /\bso\s+(?:that\s+)?(?:it|the\s+(?:video|film|slideshow|music|song|ending|end))\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|isn'?t|is\s+not)\s+(?:just\s+)?(?:stop|stops|end|ends|finish|cut\s+off|come\s+to\s+an?\s+(?:abrupt\s+)?end|so\s+(?:sudden|abrupt)|sudden|abrupt)\b[^,.;!?]*/g,
    '',
  ],
  // "rather than all at once", "不要一下子就出来": the opposite of what is asked, said again; it asks nothing.
  [
    /\b(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:all\s+at\s+once|(?:all\s+)?(?:of\s+a\s+)?sudden(?:ly)?|in\s+one\s+go|straight\s+away|with\s+a\s+(?:bang|jolt))\b/g,
    '',
  ],
  [
    /(?:不要|别|不是)(?:一下子|突然|猛地)(?:就)?(?:出来|出现|冒出来|跳出来|蹦出来|响起来|响|开始|结束|没了|黑了)(?:了)?/g,
    '',
  ],
  // "I'm afraid I've got it wrong somehow", "I must have pressed something": owning a mistake asks nothing.
  [
    /\b(?:i'?m\s+afraid\s+|i\s+think\s+|i\s+fear\s+)?i(?:'ve|\s+have|\s+must\s+have)?\s+(?:got|gotten|done|made|set)\s+(?:it|something|that)\s+(?:all\s+)?(?:wrong|muddled|mixed\s+up)(?:\s+somehow)?\b|\bi\s+must\s+have\s+(?:pressed|clicked|touched)\s+(?:the\s+wrong\s+(?:thing|button)|something)(?:\s+by\s+mistake)?\b/g,
    '',
  ],
  // "把第一张删了吧，拍得不好看", "remove the first one, it's not a good one": why, beside a removal.
  [/(?:拍得|照得|拍的|照的)(?:不好看|不好|不太好|不怎么样|太丑了?|很丑|难看)(?:了)?/g, ''],
  [
    /\b(?:it'?s|it\s+is|that'?s|that\s+is|that\s+one'?s|that\s+one\s+is)\s+(?:not\s+(?:a\s+)?(?:very\s+)?(?:good|nice)(?:\s+(?:one|photo|picture|shot))?|(?:a\s+)?(?:bad|poor|terrible|awful|rubbish)\s+(?:one|photo|picture|shot))\b/g,
    '',
  ],
  // "Whatever you think is best!", "I'll leave it up to you", "你看着办": the choice left to Joy.
  [
    /\b(?:whatever|however)\s+you\s+(?:think|feel|reckon)(?:\s+(?:is|would\s+be|looks?)\s+(?:best|good|right|nicest))?|\b(?:i'?ll|i\s+will)\s+leave\s+it\s+(?:up\s+)?to\s+you|\b(?:it'?s\s+)?(?:entirely\s+|totally\s+)?up\s+to\s+you|\byou\s+(?:know|decide)\s+best\b/g,
    '',
  ],
  // "要不要配乐你看着办": whether to have it at all, left to Joy; the request said after it is what is asked.
  [/(?:要不要|需不需要|加不加|用不用)[^，,。！!？?]{0,6}?(?=(?:你)?看着(?:办|弄|来))/g, ''],
  [/(?:你)?看着(?:办|弄|来)(?:吧|就行|就好)?|(?:随便你|你决定|你来定|你说了算)(?:吧|就行|就好)?/g, ''],
  // "我想请问一下，能不能…", "请问可以…吗": asking leave to ask, before a request.
  [
    /(?:我)?(?:想)?请问(?:一下|下)?(?=[，,\s]*(?:是不是|能不能|可不可以|可以|能否|能|你能|你可以|帮我|把))/g,
    '',
  ],
];

/**
 * "if so, add something calm", "if there is, use it", "要的话来首欢快的": the condition a request after an
 * opinion question hangs on. The person has already decided to ask; the request is done as said.
 */
export const CONDITIONAL_LEAD =
  /(?<=^|[,.!?;:，。！？；：\s])(?:if\s+(?:so|yes|there\s+is(?:\s+one)?|there\s+are(?:\s+some)?|it\s+does|it\s+is|you\s+think\s+so|you\s+agree|that'?s\s+(?:the\s+case|true|right))|(?:如果)?(?:要|需要|有|可以|行)的话|(?:如果)?(?:要|需要)(?=\s*[，,]))[\s,，]*/g;
COURTESY.push([CONDITIONAL_LEAD, '']);

// Words of a likeness and of courtesy are never "corrected" ("windscreen" is not "widescreen").
addVocabulary('windscreen windshield wiper wipers wiped wiping kindly silly bother');
// "linger" is read as itself (SHORTHAND), never corrected to "longer" before that.
addVocabulary('linger lingers lingering');

/** The message without its courtesy, for telling a question from a request ("sorry to bother you, but what …"). */
function withoutCourtesy(text: string): string {
  return COURTESY.reduce((out, [re]) => out.replace(re, ' '), text).trim();
}

/** "would you mind moving …", "do u mind swapping …": the verb asked for, as a plain request. */
const GERUNDS: Record<string, string> = {
  moving: 'move',
  swapping: 'swap',
  switching: 'switch',
  putting: 'put',
  making: 'make',
  adding: 'add',
  removing: 'remove',
  deleting: 'delete',
  changing: 'change',
  taking: 'take',
  setting: 'set',
  turning: 'turn',
  reversing: 'reverse',
  shortening: 'shorten',
  lengthening: 'lengthen',
  using: 'use',
  dropping: 'drop',
  bringing: 'bring',
  giving: 'give',
  placing: 'place',
  cutting: 'cut',
};

/**
 * Annoyed openers that ask nothing and change nothing: "ugh", "seriously??", "come on", "how many times do I
 * have to say it", "说了多少次了", "怎么回事", "搞什么". They are no question ("说了多少次了 不要转场!!" asks for no
 * transitions), and no words left unread.
 */
export const RHETORIC =
  /(?<=^|[,.!?;:，。！？；：\s])(?:(?:ugh+|u+gh|argh+|omg|oh\s+my\s+(?:god|gosh)|jeez|geez|sheesh|smh|wtf|come\s+on|seriously|for\s+real|bruh|ffs|for\s+god'?s\s+sake)\b|how\s+many\s+times\s+(?:do\s+i\s+(?:have|need)\s+to|must\s+i|have\s+i|did\s+i)\s+(?:say|tell\s+you|ask(?:\s+you)?)(?:\s+(?:this|that|it))?\b|(?:我)?(?:都|已经)*(?:跟你)?说(?:了|过)(?:多少|好几|几|无数)(?:次|遍)(?:了)?|到底要我说几(?:次|遍)|怎么回事(?:啊|呀|嘛)?|搞什么(?:鬼|呢|啊|呀)?|什么鬼|烦死了?|服了|无语(?:了)?|真是的|天哪|我的天)[\s,.!?~～，。！？]*/g;

const RHETORIC_TABLE: [RegExp, string][] = [[RHETORIC, '']];

/** The message without its annoyed openers. */
export function withoutRhetoric(text: string): string {
  return text.replace(RHETORIC, ' ').trim();
}

/**
 * Values of one kind, for "from X to Y" and "X改成Y": lengths, shares, shapes, transitions, looks, camera moves.
 * The value said last is the one wanted; the one it replaces is only named.
 */
const VALUE_KINDS: readonly string[] = [
  String.raw`\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|秒钟?|毫秒)(?![a-z])`,
  String.raw`\d+(?:\.\d+)?\s*(?:%|percent)`,
  String.raw`\d{1,2}\s*[:：比]\s*\d{1,2}|(?:vertical|horizontal|square|portrait|landscape|widescreen)(?![a-z])|竖屏|横屏|正?方形|宽屏`,
  String.raw`(?:hard\s+)?cuts?(?![a-z])|cross-?fades?|dissolves?|wipes?|slides?|whip[\s-]?pans?|fades?\s+to\s+(?:black|white)|叠化|淡入淡出|黑场|白场|硬切|直切|滑动|擦除|推移|甩镜|模糊溶解|圆形`,
  String.raw`black\s+(?:and|&|n)\s+white|b&w|sepia|vintage|warm|cool|vivid|matte|mono(?:chrome)?|黑白|复古|暖色调?|冷色调?|鲜艳|哑光|胶片`,
  String.raw`zoom(?:ing)?\s+(?:in|out)|pan(?:ning)?\s+(?:left|right)|static|推近|放大|拉远|缩小|向左平移|向右平移|左移|右移|静止`,
];
/** "change 3s to 4s", "from crossfades to wipes", "3秒改成4秒", "叠化换成黑场": the first value goes, the verb stays. */
/** Times of a text or the music: "a caption from 2s to 5s", "字幕从2秒到5秒" is when it shows, not a change. */
const TIMED_EN = String.raw`(?<!\b(?:captions?|titles?|texts?|subtitles?|words|music|song|track|audio|bgm)\b[^,.;!?]*(?:,[^,.;!?]*)?)`;
const TIMED_ZH = '(?<!(?:字幕|标题|文字|音乐|歌|配乐)[^，,。；;！!？?]*)';
const FROM_TO: [RegExp, string][] = VALUE_KINDS.flatMap((kind, k): [RegExp, string][] => [
  [
    new RegExp(
      String.raw`${k === 0 ? TIMED_EN : ''}(?<![\d.]|\b(?:photo|picture|pic|image|slide|shot|number|#)\s*)\b(?:from\s+)?(?:the\s+)?(?<!\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|final|middle|next|previous)\s+)(?:${kind})\s+(?:to|into|->|→)\s+(?=(?:the\s+|a\s+|an\s+)?(?:${kind}))`,
      'g',
    ),
    'to ',
  ],
  [
    new RegExp(
      String.raw`${k === 0 ? TIMED_ZH : ''}(?<![\d.]|第\d+[个张]的?|最后一[个张]的?|中间的?)(?:从)?(?:${kind})\s*(?=(?:改成|改为|换成|换为|变成|变为|调成|调到|调整为|调整到|改到|设成|设为)\s*(?:${kind}))`,
      'g',
    ),
    '',
  ],
]);

/** "linger", "lingers", "lingering" said as the same form of "stay". */
const STAY_FORMS: Record<string, string> = { '': 'stay', s: 'stays', ing: 'staying' };
const stayFor = (match: RegExpExecArray): string => STAY_FORMS[match[1] ?? '']!;

/** Texting shorthand and sayings, said the way the families read them. */
const SHORTHAND: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // "switch photos every 2 seconds", "a new photo every 2 s", "(faster?) like every 2 seconds", "每2秒换一张",
  // "照片每两秒切换一次": how often the photo changes is each photo's length, never the video's.
  [
    /\b(?:(?:change|switch|swap|flip|cut|advance|move\s+on|go)\s+(?:to\s+)?(?:(?:the|a)\s+)?(?:(?:new|next)\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?)\s+|(?:a\s+)?(?:new|next|different)\s+(?:photo|picture|pic|image|slide|shot)\s+|(?:the\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?)\s+(?:should\s+|to\s+|can\s+)?(?:change|switch|flip|advance|move\s+on|go\s+by|cycle)\s+)every\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b/g,
    'each photo $1 $2',
  ],
  [
    /(?<=(?:^|[,;?!.]\s*|\b(?:like|say|about|maybe|roughly|around)\s+))every\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b(?=\s*(?:or\s+so|please|then|instead)?\s*(?:$|[,;?!.]))/g,
    'each photo $1 $2',
  ],
  [
    /(?:照片|图片)?每(?:隔)?\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:就)?(?:换|切|切换|跳|翻|变)(?:到)?(?:一|1)?(?:次|张|下)?(?:照片|图片)?/g,
    '每张$1秒',
  ],
  // "lower the music so the title feels calmer", "make it quieter so people can hear the voice": what an
  // edit is for is no edit of its own (a look or a style named there still is: "so it looks vintage").
  [
    /\s*,?\s*\bso\s+(?:that\s+)?(?:(?:the|my|our)\s+(?:title|caption|text|words|photos?|pictures?|video|music|song|voice|ending|start|intro|whole\s+thing|thing)|it|everything|things|people|viewers|everyone|you|we|i|they)(?:(?:'s|\s+(?:feels?|seems?|sounds?|reads?|looks?|is|are|gets?|comes?\s+across(?:\s+as)?))\s+(?:(?:a\s+(?:bit|little)|more|less|much|way|even|a\s+lot)\s+)?(?:calm(?:er)?|relax(?:ed|ing)?|better|nicer|cleaner|clearer|balanced|smoother|softer|gentler|quieter|less\s+[a-z]+|easier\s+to\s+[a-z]+|readable|legible|not\s+so\s+[a-z]+|right|okay|ok|fine|natural|professional|polished|cohesive|consistent|in\s+sync)\b|\s+(?:can|could|will|would)\s+(?:(?:actually|still|easily|better)\s+)?(?:hear|read|see|follow|understand|be\s+(?:heard|read|seen))\b)[^,.;!?]*/g,
    '',
  ],
  // "第一张放大第二张向左平移最后一张不动": unpunctuated, each photo's instruction ends where the next photo is
  // named after a word that ends one (a move, a length, a step).
  [
    /(?<!除)(大|小|移|动|止|秒|点|些|远|近|快|慢|长|短|亮|暗|色|白|黑)(?=(?:第\d+张|最后1张|倒数第\d+张))/g,
    '$1,',
  ],
  // "控制在15秒左右", "20秒上下": about that long is that long.
  [/(\d+(?:\.\d+)?\s*秒钟?)\s*(?:左右|上下|的样子)/g, '$1'],
  // "控制在15秒以内", "压缩到10秒之内": a bound, as "不超过15秒" (a video already shorter stays as it is).
  [/(?:控制在|压缩到|剪到|缩短到|保持在|在)?\s*(\d+(?:\.\d+)?\s*秒钟?)\s*(?:以内|之内)/g, '不超过$1'],
  // "音乐小一点，别盖过画面", "免得抢了人声": what a quieter song is for asks for nothing more.
  [
    /[，,]?\s*(?:别|不要|免得|以免|省得)(?:把)?(?:盖过|压过|抢了?|盖住|吵到)(?:了)?(?:画面|人声|声音|照片|视频|主角|字幕)(?:的风头)?(?:了)?/g,
    '',
  ],
  // "把标题去掉，只留字幕": what is left after a removal asks for nothing.
  [/[，,]\s*(?:只|就)(?:留|保留|剩)(?:下)?(?:字幕|标题|音乐|文字|配乐)(?:就行|就好|就可以)?(?:了)?/g, ''],
  // "swap the order of the first two", "switch the positions of photo 2 and 3": a swap, not a reversal.
  // "flip the order of everything", "switch the order of the photos": all of them, which is a reversal.
  [
    /\b(swap|switch|exchange|flip)\s+(?:the\s+)?(?:order|places|positions|spots)\s+of\s+(?!(?:everything|all|them|the\s+(?:photos|pictures|images|pics|slides|whole))\b)/g,
    '$1 ',
  ],
  // "开头加个黑场淡入", "结尾来个黑场淡出": the video's own fade at that end, not black between the photos.
  [
    /(开头|片头|一开始|开场|视频开始)(?:的时候|处)?(?:加|加上|来|做|用|弄)?(?:一|1)?(?:个|下)?黑场(?:的)?淡入(?:的?效果)?/g,
    '$1从黑场淡入',
  ],
  [
    /(结尾|片尾|末尾|视频结束|最后)(?:的时候|处)?(?:加|加上|来|做|用|弄)?(?:一|1)?(?:个|下)?黑场(?:的)?淡出(?:的?效果)?/g,
    '$1淡出到黑',
  ],
  // "转场换成黑场淡入淡出": a dip to black between the photos, not a crossfade.
  [/黑场(?:的)?(?:淡入淡出|淡出淡入)/g, '黑场过渡'],
  // "换成适合发朋友圈的方形": the platform it is for, never words for a text ("适合").
  [
    /适合(?:发|放|传|上传|投|发布)?(?:到|在|去)?(?=\s*(?:朋友圈|抖音|小红书|视频号|快手|b站|微博|ins\b|instagram|tiktok|youtube|油管|reels))/gi,
    '给',
  ],
  // "不要超过10秒", "总长别超过15秒", "不能超过20秒": a bound on the length, never a photo refused ("不要…10").
  [
    /(?:不要|别|不能|不可以|不得|不许|最好不要|尽量不要)(?:再)?超过(?=\s*\d+(?:\.\d+)?\s*(?:秒|分钟|s\b))/g,
    '不超过',
  ],
  // "let the title linger", "linger on each photo": to stay longer, on whatever it is said of (a text's
  // time or a photo's). "lingers too long" keeps its own measure.
  [/\blinger(s|ing)?\b(?!\s+(?:a\s+(?:bit|little)\s+)?too\b)/g, (m) => `${stayFor(m)} longer`],
  [/\blinger(s|ing)?\b/g, stayFor],
  // "caption typo: change Day one to Day One", "there's a typo in the title, …", "字幕有个错别字：…": what the
  // change mends is said before it; the words of the text are named next.
  [
    /(?<=^|[,.;!?]\s*)(?:(?:there'?s|there\s+is|i\s+(?:made|have)|(?:i\s+)?(?:found|spotted|noticed))\s+)?(?:an?\s+|the\s+|one\s+)?(?:(?:little|small|tiny|quick|spelling)\s+)?(?:(?:caption|title|subtitle|text)(?:'s)?\s+)?(?:typo|spelling\s+mistake|misspelling)s?(?:\s+(?:in|on)\s+(?:the\s+)?(?:caption|title|subtitle|text|words))?(?:\s+fix)?\s*(?:[:,;—–-]+\s*|$)/g,
    '',
  ],
  [
    /\bfix\s+(?:the|a|that|this)\s+typo(?:\s+(?:in|on)\s+(?:the\s+)?(?:caption|title|subtitle|text))?\s*(?:[:,;—–-]+\s*|$)/g,
    '',
  ],
  [
    /(?<=^|[，,。；;！!？?]\s*)(?:标题|字幕|文字)?(?:里|上)?(?:有)?(?:个|一个)?(?:错别字|错字|打错了?(?:字)?)\s*(?:[：:，,；;]+\s*|$)/g,
    '',
  ],
  // "the title hangs around too long", "it sticks around forever": how long a thing stays on screen.
  [/\b(?:hang|stick)(s|ing)?\s+(?:around|about)\b/g, stayFor],
  // "slow it all down", "speed everything all up": the whole video's pace, said with "all".
  [/\b(slow|speed)\s+(it|them|things|everything)\s+all\s+(down|up)\b/g, '$1 $2 $3'],
  // "a crossfade (1 s)", "叠化（0.5秒）": a length in brackets beside a thing is that thing's, as if said plainly.
  [
    /\(\s*((?:about\s+|around\s+|~\s*)?\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?|秒钟?)(?:\s+(?:each|long))?)\s*\)/g,
    ', $1 ',
  ],
  [
    new RegExp(
      `\\b(?:would|do|d)\\s+(?:you|u|ya)\\s+(?:mind|be\\s+able\\s+to)\\s+(?:(?:maybe|just|quickly|please|pls|plz)\\s+)*(${Object.keys(GERUNDS).join('|')})\\b`,
      'g',
    ),
    (match) => GERUNDS[match[1]!]!,
  ],
  // "the one before that, 2s", "下一张，5秒": a neighbour named, then what it gets.
  [
    /((?:\bthe\s+)?(?:\bone\s+(?:before|after)(?:\s+(?:that|it|this))?|\b(?:next|previous|following|prior)\s+(?:one|photo|picture|pic|image|shot|slide))|(?<!最)(?:下|后|上|前)(?:一|1)张(?:照片|图片|图)?)\s*[,，:：;；-]\s*(?=(?:like\s+|about\s+|也|就)?\d)/g,
    (match) => (/[\u4e00-\u9fff]$/.test(match[1]!) ? match[1]! : `${match[1]} `),
  ],
  [/\bthru\b/g, 'through'],
  // "put it more up", "move the caption more down": learner English for higher and lower.
  [
    /\bmore\s+(?:to\s+the\s+)?(up|down)(?:wards?)?\b(?!\s+(?:the|to|than)\b)/g,
    (match) => (match[1] === 'up' ? 'higher' : 'lower'),
  ],
  // "a little warmer in colour", "cooler in tone": the look, not colour as against black and white.
  [
    /\b(warmer|cooler|colder|brighter|darker|richer|softer|more\s+vivid|more\s+vibrant|warm|cool)\s+in\s+(?:its\s+|the\s+)?(?:colou?rs?|tones?|hue)\b/g,
    '$1',
  ],
  // "the shape of the television", "long and wide rather than tall", "the shape of a phone": a format said by
  // the screen it fits or by its sides.
  [
    /\b(?:the\s+)?(?:shape|size)\s+of\s+(?:a|an|the|my|our)\s+(?:television|telly|tv|computer\s+screen|laptop(?:\s+screen)?|cinema\s+screen|widescreen\s+tv)\b|\b(?:(?:long|nice)\s+and\s+)?wide\s+(?:rather\s+than|instead\s+of|and\s+not|not)\s+tall\b|\bwider\s+than\s+(?:it\s+is\s+)?tall\b/g,
    'landscape',
  ],
  [
    /\b(?:the\s+)?(?:shape|size)\s+of\s+(?:a|an|the|my|our)\s+(?:phone|mobile(?:\s+phone)?|smartphone|iphone)(?:\s+screen)?\b|\btall\s+(?:rather\s+than|instead\s+of|and\s+not|not)\s+wide\b|\btaller\s+than\s+(?:it\s+is\s+)?wide\b/g,
    'portrait',
  ],
  // "could you take it away, please?": a removal of what was named.
  [/\btake\s+(it|them|that|those|these|this)\s+(?:away|off)\b/g, 'remove $1'],
  // "I don't think we need it, so could you remove it": why, before the removal.
  [
    /\b(?:i\s+(?:don'?t|do\s+not)\s+think\s+(?:we|i|you)\s+(?:really\s+)?need|(?:we|i)\s+(?:don'?t|do\s+not)\s+(?:really\s+)?need)\s+(?:it|that|them|this)(?:\s+any\s*more)?\s*,?\s*(?=so\b)/g,
    '',
  ],
  [
    /(?:做成|改成|弄成|要)?(?:和|跟|像)(?:家里的)?电视(?:机)?(?:屏幕)?(?:一样|那样)(?:的)?(?:形状|比例|尺寸|大小)?/g,
    '横屏',
  ],
  [/(?:做成|改成|弄成|要)?(?:和|跟|像)手机(?:屏幕)?(?:一样|那样)(?:的)?(?:形状|比例|尺寸|大小)/g, '竖屏'],
  // "a couple of seconds would be lovely": two.
  [/\ba\s+couple\s+(?:of\s+)?(?=(?:sec(?:ond)?s|minutes)\b)/g, '2 '],
  // "could the photos just not move at all?", "make them not move", "I don't want the pictures moving",
  // "the photos moving around is making me dizzy", "they should stay put": still photos.
  [
    /\b(?:the\s+|all\s+the\s+)?(?:photos|pictures|pics|images|slides)\s+(?:moving|zooming|panning)(?:\s+(?:around|about))?\s+(?:is\s+|are\s+)?(?:(?:honestly|kinda|kind\s+of|really|literally|just|a\s+bit|actually)\s+)*(?:making|makes|made|gives?|giving)\s+me\s+(?:(?:feel|a\s+bit|a\s+little|kinda|so|really|super|quite|slightly)\s+)*(?:dizzy|sick|nauseous|queasy|seasick|motion[\s-]?sick|car[\s-]?sick|a\s+headache|headaches|vertigo)\b/g,
    'no motion',
  ],
  // "a double of the beach one", "a copy of the beach pic": a duplicate, never twice the length.
  [/\b(?:an?\s+)?(?:double|copy|second\s+copy)\s+of\s+(?=(?:the|that|this|my)\b)/g, 'a duplicate of '],
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not)\s+want\s+(?:the\s+|my\s+)?(?:photos|pictures|pics|images|slides|them)\s+(?:to\s+)?(?:move|moving|zoom|zooming|pan|panning)(?:\s+(?:at\s+all|around|anymore|any\s+more|about))?\b|\b(?:the\s+)?(?:photos|pictures|pics|images|slides|them|they)\s+(?:(?:should|could|can|would|to|just|please|will|need\s+to|ever)\s+)*(?:not|never|don'?t|do\s+not|won'?t|wouldn'?t|shouldn'?t)\s+(?:(?:need|have|want)\s+to\s+)?(?:move|moving|zoom|zooming|pan|panning)(?:\s+(?:at\s+all|around|anymore|any\s+more|about))?\b/g,
    'no motion',
  ],
  // "I don't want any of the moving about, just the pictures themselves": no camera motion.
  [
    /\b(?:i\s+)?(?:don'?t|do\s+not)\s+(?:want|need|like)\s+(?:any\s+(?:of\s+)?|all\s+)?(?:the\s+|that\s+|this\s+)?(?:moving|movement|zooming|panning|swaying|wobbling|jiggling)(?:\s+(?:about|around))?(?:\s+(?:at\s+all|any\s*more))?\b/g,
    'no motion',
  ],
  [/\bjust\s+the\s+(?:photos|pictures|pics|images)\s+(?:themselves|on\s+their\s+own|as\s+they\s+are)\b/g, ''],
  [/\b(stay|stays|staying|remain|remains|keep\s+them|keep\s+it)\s+put\b/g, '$1 still'],
  // "can the pictures move a little bit?", "make the photos move about": camera motion on the photos, not a
  // move to another place ("move photo 2 to the end", "move the title up").
  [
    /\b(photos|pictures|pics|images|slides|them)\s+(?:(?:should|can|could|to)\s+)?mov(?:e|ing)(?:\s+(?:about|around))?(?:\s+(?:a\s+(?:little\s+)?bit|a\s+little|slightly|gently|a\s+touch))?(?:\s+(?:again|once\s+more))?(?=\s*(?:[,.;!?]|please\b|$))/g,
    '$1 subtle motion',
  ],
  // A camera move described by where it goes: "could it move slowly from the bottom up to the top", "start
  // up close and then slowly pull back", "从近到远", "从下面慢慢移到上面" — never a photo moved to the top.
  [
    /\b(?:(?:move|moves|moving|go|goes|going|travel|travels|glide|glides|scroll|scrolls|slide|slides|drift|drifts|pan|pans)\s+)?(?:(?:slowly|gently|gradually|smoothly|steadily)\s+)?(?:up\s+)?from\s+(?:the\s+)?(?:very\s+)?bottom\s+(?:(?:all\s+the\s+way\s+)?up\s+)?(?:to|towards|till|until)\s+(?:the\s+)?(?:very\s+)?top\b/g,
    'pan up',
  ],
  [
    /\b(?:(?:move|moves|moving|go|goes|going|travel|travels|glide|glides|scroll|scrolls|slide|slides|drift|drifts|pan|pans)\s+)?(?:(?:slowly|gently|gradually|smoothly|steadily)\s+)?(?:down\s+)?from\s+(?:the\s+)?(?:very\s+)?top\s+(?:(?:all\s+the\s+way\s+)?down\s+)?(?:to|towards|till|until)\s+(?:the\s+)?(?:very\s+)?bottom\b/g,
    'pan down',
  ],
  [
    /\b(?:start|starts|starting|begin|begins|beginning)\s+(?:off\s+)?(?:up\s+close|close\s+up|close(?:\s+in)?|zoomed\s+in|near)\s+(?:and|then|before)\s+(?:then\s+)?(?:(?:slowly|gently|gradually|smoothly)\s+)?(?:pull|pulls|zoom|zooms|move|moves|draw|draws|go|goes|come|comes)\s+(?:back|out|away)\b/g,
    'zoom out',
  ],
  [
    /\b(?:start|starts|starting|begin|begins|beginning)\s+(?:off\s+)?(?:far\s+away|far\s+off|far|wide|zoomed\s+out|from\s+afar)\s+(?:and|then|before)\s+(?:then\s+)?(?:(?:slowly|gently|gradually|smoothly)\s+)?(?:push|pushes|zoom|zooms|move|moves|draw|draws|go|goes|come|comes|get|gets)\s+(?:in|closer|nearer)\b/g,
    'zoom in',
  ],
  [/(?:先近后远|从近到远|由近及远|从近处(?:慢慢)?(?:拉|退)到远处)/g, '拉远'],
  [/(?:先远后近|从远到近|由远及近|从远处(?:慢慢)?(?:推|走|移)到近处)/g, '推近'],
  [
    /从(?:下面|底下|底部|最下面)(?:慢慢)?(?:地)?(?:往上|向上)?(?:移|走|摇|扫|挪)(?:动)?到(?:上面|顶上|顶部|最上面)/g,
    '从下往上',
  ],
  [
    /从(?:上面|顶上|顶部|最上面)(?:慢慢)?(?:地)?(?:往下|向下)?(?:移|走|摇|扫|挪)(?:动)?到(?:下面|底下|底部|最下面)/g,
    '从上往下',
  ],
  // "each picture wiped away by the next one", "like a windscreen wiper going from left to right": a wipe,
  // the way it goes kept.
  [
    /\b(?:wiped|wipes?|wiping)\s+(?:away|off|across|over)(?:\s+by\s+the\s+(?:next|following)(?:\s+(?:one|photo|picture|pic|image|slide))?)?|\b(?:(?:just\s+)?like\s+)?(?:an?\s+|the\s+)?(?:windscreen|windshield|car)\s+wipers?\b/g,
    'wipe transitions',
  ],
  // "the music to start softly, coming in gradually over …", "let the song come in slowly", "音乐慢慢进来": the
  // music fading in.
  [
    /(?<=\b(?:music|song|track|bgm|soundtrack|tune)\b[^,.;!?]{0,30}?)\b(?:(?:start|starts|starting|begin|begins|beginning)\s+(?:off\s+)?(?:very\s+)?(?:softly|quietly|gently|gradually|slowly|low|soft|quiet)(?:\s*,?\s*(?:and\s+)?(?:(?:then\s+)?(?:come|comes|coming|build|builds|building|get|gets|getting|grow|grows|growing)\s+(?:in\s+|up\s+|louder\s+)?)?(?:gradually|slowly|gently|softly|bit\s+by\s+bit|louder))?|(?:come|comes|coming|build|builds|building|creep|creeps|creeping|ease|eases|easing)\s+(?:in|up)\s+(?:(?:very|more|nice\s+and)\s+)?(?:gradually|slowly|gently|softly|bit\s+by\s+bit))\b/g,
    'fade in',
  ],
  [
    /(?<=(?:音乐|配乐|歌|背景音乐)[^，,。；;！!？?]{0,6}?)(?:慢慢|渐渐|逐渐|一点点)(?:地)?(?:进来|响起来?|出来|变大|大起来|起来)/g,
    '淡入',
  ],
  // "sorry, one more thing", "oh and one last thing": what comes next is the request.
  [/\b(?:one|1)\s+(?:more|last|other)\s+thing\b/g, ''],
  // "the pictures fade into each other", "blend into one another": a crossfade between the photos.
  [
    /\b(?:(?:to|should|can|could)\s+)?(?:fade|fades|fading|blend|blends|blending|melt|melts|melting|dissolve|dissolves|dissolving)\s+(?:in)?to\s+(?:each\s+other|one\s+another)\b/g,
    'crossfades',
  ],
  // "for a faster export", "so it uploads quicker": the purpose of a format change, not the pace.
  [
    /\b(?:for\s+(?:a\s+)?|so\s+it\s+)?(?:faster|quicker)\s+(?:export(?:ing)?|render(?:ing)?|upload(?:ing)?|download(?:ing)?|processing)\b/g,
    '',
  ],
  // "lower quality", "smaller file": a lower resolution.
  [
    /\b(?:lower|reduce|drop)\s+(?:the\s+)?quality\b|\bsmaller\s+file(?:\s+size)?\b|\breduce\s+(?:the\s+)?file\s+size\b/g,
    '720p',
  ],
  // "make more long the photos", "the music more quiet": a comparative built with "more", as second-language
  // writers say it (not "no more long pauses", nor "more long photos" as in more of them).
  [
    /(?<!\b(?:no|any|much|far|lot|even)\s+)\bmore\s+(long|short|fast|slow|quick|quiet|loud|small|bright|dark|warm|cool|soft|calm|strong|light)\b(?!\s+(?:ones?|photos?|pictures?|pics?|shots?|slides?|songs?|tracks?|transitions?)\b)/g,
    '$1er',
  ],
  [
    /(?<!\b(?:no|any|much|far|lot|even)\s+)\bmore\s+big\b(?!\s+(?:ones?|photos?|pictures?|pics?|shots?|slides?)\b)/g,
    'bigger',
  ],
  // "the forest b-roll", "the beach snap": editors' and phone words for one photo.
  [
    /\b(?:b[\s-]?roll|snap(?:shot)?)(s?)\b(?!\s+(?:shots?|photos?|pictures?|pics?|clips?|footage)\b)/g,
    'shot$1',
  ],
  // Short slips the spelling check leaves alone (it corrects words of 4+ letters): "adn", "teh", "mak".
  [/\b(?:adn|nad|annd)\b/g, 'and'],
  [/\b(?:teh|hte|th)\b/g, 'the'],
  [/\bmak\b/g, 'make'],
  // "the video is to long": "to" before a degree word is "too".
  [
    /\b(?<=(?:is|are|way|much|bit|kinda|far|little|just)\s+)to(?=\s+(?:long|short|fast|slow|quick|loud|quiet|big|small|dark|bright|much)\b)/g,
    'too',
  ],
  // "write Hello World on the first slide": writing words on a photo is a caption.
  [
    /^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:write|type|print)\s+(?!(?:a|an|the|some)\s+(?:title|caption|text|subtitle|heading)s?\b)(?=\S)/g,
    'add text saying ',
  ],
  // Apostrophes left out: "cant", "doesnt", "wont".
  [/\b(can|won|didn|doesn|isn|aren|shouldn|couldn|wouldn|hasn|haven|wasn)t\b/g, "$1't"],
  // "the song is annoying", "I hate this music", "这首歌太难听": another song.
  [
    /\b(?:the|this|that)\s+(?:song|music|track|bgm|tune)\s+(?:is|sounds|feels)\s+(?:so\s+|too\s+|really\s+|kinda\s+|a\s+bit\s+|pretty\s+)?(?:annoying|boring|bad|terrible|awful|cheesy|lame|meh|corny|weird|wrong|not\s+(?:good|great|right))\b|\bi\s+(?:hate|can'?t\s+stand)\s+(?:the|this|that)\s+(?:song|music|track|bgm|tune)\b|\b(?:the|this)\s+(?:song|music|track)\s+sucks\b/g,
    'change the music',
  ],
  [
    /(?:这首|这个)?(?:歌|音乐|配乐|bgm)(?:有点|太|好|真|也太)?(?:难听|不好听|土|俗气|烦人)(?:了|啊|吧)?/g,
    '换一首',
  ],
  // "mute it", "unmute": only the music has a volume.
  [/^\s*(?:please\s+)?mute(?:\s+(?:it|that|everything|the\s+sound))?\s*[.!]*\s*$/g, 'mute the music'],
  [
    /^\s*(?:please\s+)?un-?mute(?:\s+(?:it|that|the\s+music|the\s+sound))?\s*[.!]*\s*$|^\s*取消静音\s*$/g,
    'music volume 100%',
  ],
  [/\bvolume\s+(?:to\s+|at\s+)?(?:a\s+)?half\b/g, 'half volume'],
  // "…too loud, like half that", "maybe half of what it is", "…too quiet, double that": a share of the level
  // (or length) just complained of, as "halve it" / "double it".
  [
    /\b(?:(?:like|maybe|about|around|roughly|more\s+like|so|just|at)\s+)?half\s+(?:of\s+)?(?:that|this|what\s+it\s+is(?:\s+now)?|the\s+current\s+(?:level|volume|one))(?:\s+(?:maybe|or\s+so|please|pls))?(?=\s*(?:[,.;!?]|$))/g,
    'halve it',
  ],
  [
    /\b(?:(?:like|maybe|about|around|roughly|more\s+like|so|just)\s+)?(?:double|twice)\s+(?:of\s+)?(?:that|this|what\s+it\s+is(?:\s+now)?)(?:\s+(?:maybe|or\s+so|please|pls))?(?=\s*(?:[,.;!?]|$))/g,
    'double it',
  ],
  // "lower 50", "music lower 30", "volume quieter, 40", "音量低一点 50": a level said after which way, the
  // music's volume in per cent ("lower the title" has no number and stays a position).
  [
    /\b(?:the\s+)?(?:music|song|volume|bgm|sound|audio|track)\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?(?:lower|quieter|softer|louder|higher|down|up)\s*[,:-]?\s*(?:to\s+|at\s+)?(?:like\s+|about\s+|around\s+)?(\d{1,3})\s*(?:%|percent|per\s+cent)?(?![\d.]|\s*(?:s\b|secs?\b|seconds?\b|x\b))/g,
    'music volume $1%',
  ],
  [
    /^\s*(?:(?:a\s+(?:bit|little)|slightly)\s+)?(?:lower|quieter|softer|louder)\s*[,:-]?\s*(?:to\s+)?(?:like\s+|about\s+)?(\d{1,3})\s*(?:%|percent|per\s+cent)?\s*(?:please|pls|plz)?\s*[.!]*\s*$/g,
    'music volume $1%',
  ],
  [
    /(?:背景音乐|音乐|音量|声音|配乐|歌)(?:再)?(?:调)?(?:低|小|轻|高|大|响|小声|轻声)(?:一点|一些|点|些)?(?:声)?(?:吧)?\s*[,，]?\s*(?:到|成|为)?\s*(\d{1,3})\s*(?:%|％)?(?![\d.]|\s*(?:秒|张|s\b))/g,
    '音量$1%',
  ],
  [/\bw\/o(?=\s)/g, 'without'],
  [/\bw\/(?=\s|[a-z])/g, 'with '],
  // "add a stroke to the title", "标题加描边": an outline is the title's style, not a new title's words.
  [
    /\b(?:add|put|give\s+it|use)\s+(?:an?\s+)?(?:black\s+|white\s+|thin\s+|thick\s+)?(?:stroke|outline|border)\s+(?:to|around|on)\s+(?:the\s+)?(title|caption|end\s+card|text)(?:\s+text)?\b/g,
    'outlined $1',
  ],
  [
    /(?:给)?(标题|字幕|文字|片尾文字)(?:上)?加(?:个|上|一个|一圈|点)?(?:黑色|白色|黑|白)?的?(描边|勾边|轮廓)/g,
    '$1$2',
  ],
  [/给(标题|字幕|文字)加(?:个|上|一个|一圈|点)?(?:黑色|白色|黑|白)?的?(描边|勾边|轮廓)/g, '$1$2'],
];

/** A thing a correction names: a photo by its place or name, a transition by its count, or a text or the music. */
const TARGET_EN =
  '(?:(?:the|that|this)\\s+)?(?:(?:very\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|previous|other|\\d{1,2}(?:st|nd|rd|th))(?:\\s+(?:one|photo|picture|image|pic|slide|shot|transition|crossfade|fade|text|caption)s?)?|(?:photo|picture|image|pic|slide|shot|transition)\\s*(?:#|number\\s+)?\\d{1,2}|(?:one|photo|picture|image|pic|shot)\\b(?!\\s*(?:#|number\\s+)?\\d)|title|caption|subtitles?|end\\s+card|text|music|song|transitions?|[a-z]{3,}\\s+(?:one|photo|picture|image|pic|shot))\\b';
const TARGET_ZH =
  '(?:第\\d+(?:张|个|幅)(?:照片|图片|相片|图|转场|过渡)?|最后(?:一|1)?(?:张|个)(?:照片|图片|转场|过渡)?|这张|那张|这个|那个|标题|字幕|文字|片尾(?:文字)?|音乐|配乐|转场|过渡)';

/**
 * Corrections: "not the first photo, the second one …", "I said the title, not the caption", "不是第一张，
 * 是第二张…", "no, I meant photo 3", "我说的是字幕". The wrong thing is dropped and what is meant is marked
 * "instead", so the families read only the right one, and a message that is nothing but the right one
 * ("instead photo 3") moves the last edit there (plan.ts, `redirect`).
 */
const CORRECTIONS: [RegExp, string][] = [
  // "not the first photo, the second one …", "not the caption but the title".
  [
    new RegExp(
      `\\b(?:no[,\\s]+|nope[,\\s]+|wait[,\\s]+|sorry[,\\s]+)?(?:it'?s\\s+|i\\s+meant\\s+|i\\s+said\\s+)?not\\s+(?:on\\s+|for\\s+|to\\s+)?${TARGET_EN}\\s*(?:[,;:]|-|\\.(?=\\s))?\\s*(?:but\\s+|rather\\s+|i\\s+meant\\s+|i\\s+mean\\s+|it'?s\\s+|instead\\s+)?(?=\\S)`,
      'g',
    ),
    'instead ',
  ],
  // "… the title, not the caption", "photo 3 not photo 2": the wrong one said after the right one.
  [
    new RegExp(
      `\\s*[,;]?\\s*(?:and\\s+|but\\s+)?not\\s+(?:on\\s+|for\\s+|to\\s+)?${TARGET_EN}(?=\\s*(?:[,;.!]|$))`,
      'g',
    ),
    ' instead',
  ],
  // "no, I meant photo 3", "I said the title", "wrong photo, the third one", "I was talking about the caption".
  [
    /\b(?:(?:no|nope|nah|wait|sorry|oops|oh|actually)[,!.\s]+)*(?:i\s+)?(?:meant|mean(?=\s+(?:the|photo|picture|image|pic|slide|shot|transition|#?\d))|said|was\s+(?:talking|asking)\s+about|was\s+referring\s+to|wanted\s+(?=(?:the\s+)?(?:other|\d|first|second|third|fourth|fifth|last|photo|picture))|(?:that'?s|that\s+was|you\s+(?:changed|edited|did|picked|got))\s+the\s+wrong\s+(?:one|photo|picture|image|pic|text|transition)|wrong\s+(?:one|photo|picture|image|pic|text|transition))\b[,:!.\s—–-]*/g,
    'instead ',
  ],
  // "no, the first one", "oops, photo 3": a bare right thing after "no" corrects the last edit.
  [
    /^\s*(?:(?:no|nope|nah|oops|sorry|wait|err?|oh|hmm|actually)\b[,!.]*\s+)*(?:no|nope|nah|oops|sorry|wait|err?)\b[,!.]+\s*(?=(?:the|photo|picture|pic|image|slide|shot|that|this|#?\d|title|caption|transition)\b)/g,
    'instead ',
  ],
  [/\b(?:it\s+)?should\s+have\s+been\s+(?=(?:the|photo|picture|pic|image|slide|shot|#?\d)\b)/g, 'instead '],
  // "that should have gone on the third picture, not the second".
  [
    /\b(?:(?:oh|sorry|i'?m\s+sorry)[,!.\s]+)*(?:that|it)\s+should\s+have\s+(?:gone|been\s+put|been|come)\s+(?:on|onto|to|with|under)\s+(?=(?:the|photo|picture|pic|image|slide|shot|#?\d)\b)/g,
    'instead ',
  ],
  // "不对，是第三张", "哦不 第三张", "不是，要第四张": a bare right thing after "不对" corrects the last edit, as "no, …" does.
  [
    new RegExp(
      `^\\s*(?:(?:不对|不是(?=[，,！!。.\\s])|哦不|噢不|啊不|呃不|不不|错了|搞错了|弄错了|(?:我)?(?:说|打|写|讲)错了)(?:不对|啦|了|呀|啊)?[，,！!。.\\s]*)+(?:我)?(?:(?:要)?(?:删|改|动|换|调|移)的)?(?:是说|指的是|说的是|应该是|要的是|应该(?:删|改|动|换|调|移)(?:掉)?|是|要)?(?=(?:倒数)?第\\d+(?:张|个|幅)|最后(?:一|1)?(?:张|个)|[这那](?:一)?张|[下上前后](?:一|1)(?:张|个)|(?:前面|后面|前边|后边)(?:的)?(?:那|这)?(?:一|1)?张|[\\u4e00-\\u9fff]{1,4}那张|(?:标题|字幕|片尾)(?:[，,。.!！\\s]|$)|另(?:外)?(?:一|1)?个|(?:${ZH_SUBJECT})(?:那张|照片)?\\s*[。.!！]*\\s*$)`,
      'g',
    ),
    'instead ',
  ],
  // "不对，删第三张" after a removal: the right one, with the verb said again.
  [
    /^\s*(?:不对|错了|不是)[，,！!\s]*(?=(?:删|删掉|去掉|删除)(?:掉)?(?:第\d+张|最后(?:1|一)?张))/g,
    'instead ',
  ],
  // "应该是第三张", "第三张才对".
  [new RegExp(`(?:应该|其实)是(?=${TARGET_ZH})`, 'g'), 'instead '],
  [new RegExp(`(${TARGET_ZH})才对`, 'g'), 'instead $1'],
  // "不是第一张，是第二张…", "不是标题，而是字幕".
  [
    new RegExp(`(?:不对|错了)?[，,]?\\s*不是${TARGET_ZH}(?:的)?[，,、\\s]*(?:而)?(?:是|要|改)?(?=\\S)`, 'g'),
    'instead ',
  ],
  // "是第三张，不是第二张", "改字幕不是标题": the wrong one said after the right one.
  [new RegExp(`[，,\\s]*(?:而)?不是${TARGET_ZH}(?:的)?(?=[，,。；;！!\\s]|$)`, 'g'), ' instead'],
  // "我说的是字幕", "我是说第三张", "错了，是第三张", "第二张不对，是第三张".
  [
    new RegExp(
      `(?:${TARGET_ZH}不对|(?:你)?(?:弄|搞|改|选)?错了(?:${TARGET_ZH})?)[，,！!\\s]*(?:我)?(?:说的是|是说|指的是|要的是|要改的是|想改的是|是)?|(?:不对|不是这样)?[，,\\s]*我(?:说的是|是说|指的是|要的是|要改的是|想改的是)`,
      'g',
    ),
    ' instead ',
  ],
];

/**
 * Self-corrections said in one breath, where the later words win: "each photo 4 seconds, no wait, 5",
 * "9:16 no 4:5", "crossfade, no, actually a wipe", "make photo 2 longer, no, photo 3", "title 'Tokyo' —
 * sorry, 'Kyoto'", "每张4秒，不对，5秒", "第二张，不对，第三张放慢点", "暖色，呃不，冷色". A marker that takes
 * back what was just said (`TAKE_BACK`) followed by a thing of the same kind (`CORRECTED`) as one said before
 * it: the earlier one is dropped and the later one read in its place. The other order — the wrong thing
 * named after "not" or "不是" ("not the first photo, the second", "第三张拉远，不是第二张") — and a correction of
 * the last message ("no, I meant photo 3") are `CORRECTIONS` above.
 *
 * A marker with no such thing after it is no correction: "no music", "no, don't add music", "no ken burns",
 * "不对劲", "no no no, that's wrong, undo" keep their meaning. Bare "no" corrects only a value ("9:16 no
 * 4:5"); before a word it negates it ("warm, no vintage" is a refusal of vintage).
 */
const TAKE_BACK: { words: string; bare?: true }[] = [
  { words: "(?<![a-z'])(?:no|nope|nah)(?![a-z'])", bare: true },
  {
    words:
      "(?<![a-z'])(?:wait|hold\\s+on|actually|sorry|oops|or\\s+rather|rather|i\\s+mean|i\\s+meant|make\\s+that|scratch\\s+that)(?![a-z'])",
  },
  // 不对 but not 不对劲, 不对称, or 对不对 (asking "right?").
  {
    words:
      '(?<!对)不对(?![劲称])|不是(?=\\s*[,.!…~])|哦不对?|噢不对?|呃不对?|啊不对?|额不对?|嗯不对?|不不|算了|我说的是|我是说|我的意思是|应该是|说错了|错了',
  },
];
const TAKE_BACK_WORD = TAKE_BACK.map(({ words }) => words).join('|');
const TAKE_BACK_WORDS = new RegExp(TAKE_BACK_WORD, 'g');
const BARE_NO = new RegExp(
  `^(?:(?:${TAKE_BACK.filter((marker) => marker.bare)
    .map(({ words }) => words)
    .join('|')})\\s*)+$`,
);
/** Punctuation between what was said and what takes it back. */
const PAUSE = '[\\s,.;:!…—–\\-~]';
/** Markers said one after another ("no wait", "no, actually", "哦不对"), with the pause after them. */
const TAKE_BACK_RUN = new RegExp(`(?:${TAKE_BACK_WORD})(?:${PAUSE}*(?:${TAKE_BACK_WORD}))*${PAUSE}*`, 'g');
/** Words before the thing that replaces: "no, make it 5", "actually a wipe", "不对，是最后一张", "算了还是叠化". */
const TAKE_BACK_LEAD =
  /^(?:(?:make|set|change)\s+(?:it|them|that|those)\s+(?:to\s+)?|(?:let'?s\s+)?(?:go\s+with|use|do)\s+|it'?s\s+|to\s+|an?\s+|(?:only|just)\s+|(?:plain|simple|regular|normal|ordinary)\s+|是|用|改成|改为|换成|还是|要|就|只要|只有|只改|只|统一|全部|全都|都|\s+)*/;
/** A lead that is a verb of its own: "…everything. scratch that, use wipes" keeps "use" when the earlier thing had none. */
const LEAD_VERB = /^(?:(?:let'?s\s+)?(?:go\s+with|use)|用|换成|改成)\b/;

const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d{1,2}(?:st|nd|rd|th))';
/** Words before "one" that pick a photo by place or kind, not by what it shows. */
const NOT_A_SUBJECT =
  'every|each|this|that|these|those|other|another|next|previous|which|same|new|old|the|any|some|only|right|left|wrong|whole|single|one|all|middle|main|good|bad|nice|best|better|worse|slow|fast|long|short|quick|first|second|third|fourth|fifth|sixth|last|final';
/** Names as words of a pattern, longest first so "travel vlog" wins over "travel". */
const wordsOf = (names: readonly string[]) =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
const STYLE_WORDS = {
  en: wordsOf(STYLES.flatMap((style) => style.aliases.en)),
  zh: wordsOf(STYLES.flatMap((style) => style.aliases.zh)),
};
const MOOD_WORDS = { en: wordsOf(moodWords().en), zh: wordsOf(moodWords().zh) };
const MUSIC_FRAME = '(?:music|songs?|tracks?|tunes?|bgm|one|stuff)';

/** Kinds of thing a self-correction replaces; `value` kinds can follow a bare "no". */
const CORRECTED: { kind: string; re: string; value?: true }[] = [
  { kind: 'quote', re: '[\\uE000-\\uE03F]', value: true },
  {
    kind: 'seconds',
    re: '(?<![\\d.:])\\d+(?:\\.\\d+)?\\s*(?:ms|milliseconds?|s|secs?|seconds?|毫秒|秒钟?)(?![a-z])',
    value: true,
  },
  { kind: 'percent', re: '(?<![\\d.:])\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)', value: true },
  { kind: 'aspect', re: '(?<![\\d.])\\d{1,2}\\s*[:x×]\\s*\\d{1,2}(?![\\d.])', value: true },
  {
    kind: 'aspect',
    re: '\\b(?:square|vertical|portrait|horizontal|landscape|widescreen)\\b|竖屏|横屏|竖版|横版|正方形|方形',
  },
  // One photo or a few ("photo 2 and 3", "the second and third photos", "第2张和第3张").
  {
    kind: 'photo',
    re: `\\b(?:the\\s+)?(?:${ORDINAL}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${ORDINAL})*(?:\\s+(?<noun>photo|picture|pic|image|shot|slide|one|transition)s?)?|(?<noun2>photo|picture|pic|image|shot|slide|transition)s?\\s*(?:#|number\\s+)?\\d{1,2}(?![\\d.]|\\s*(?:ms|s|secs?|seconds?|%|percent)\\b)(?:\\s*(?:,|and|&)\\s*\\d{1,2}(?![\\d.]|\\s*(?:ms|s|secs?|seconds?|%|percent)\\b))*)\\b|第\\d+(?:(?:张|个|幅)?(?:和|跟|与|、)第?\\d+)*(?:张|个|幅)|最后(?:一|1)?(?:张|个|幅)`,
  },
  { kind: 'role', re: '\\b(?:the\\s+)?(?:title|caption|subtitles?|end\\s+card)\\b|标题|字幕|片尾文字' },
  {
    kind: 'look',
    re: '\\b(?:warm|cool|cold|black\\s+and\\s+white|b&w|vintage|retro|sepia|vivid|matte|moody)\\b|暖色调?|冷色调?|暖调|冷调|黑白|复古|鲜艳|胶片',
  },
  {
    kind: 'transition',
    // "random transitions — no, scratch that, just crossfades": a mix of kinds is a kind to take back too.
    re: '\\b(?:cross-?fades?|(?:blur\\s+)?dissolves?|wipes?|whip[\\s-]?pans?|fades?\\s+(?:to|through)\\s+(?:black|white)|hard\\s+cuts?|(?:random|mixed|varied|different|assorted)\\s+transitions?|(?:a\\s+)?mix\\s+of\\s+transitions)\\b|叠化|擦除|划像|黑场|白场|闪白|溶解|硬切|随机(?:的)?转场|(?:各种|不同)(?:的)?转场',
  },
  {
    kind: 'motion',
    re: '\\b(?:zoom(?:ing)?[\\s-]+(?:in|out)|pan(?:ning)?\\s+(?:left|right|up|down)|push(?:ing)?\\s+in|pull(?:ing)?\\s+(?:out|back)|ken\\s+burns|static)\\b|放大|缩小|推近|拉远|左移|右移|上移|下移|静止',
  },
  // A way alone ("pan left on all, no wait, right"), never "right after" or "all right".
  {
    kind: 'direction',
    re: '(?<!\\ball\\s)\\b(?<name>left|right|up|down)\\b(?!\\s+(?:after|before|now|away|there|here|next|behind)\\b)|(?:向|往|朝)(?<name2>左|右|上|下)',
  },
  // Where a photo goes: "to the end", "at the front", "放到最后", "放第1".
  {
    kind: 'position',
    re: '\\b(?:(?:to|at|in)\\s+)?the\\s+(?:very\\s+)?(?<name>end|start|beginning|front|back|middle|centre|center)\\b|(?:放|移|挪|排)(?:到|在)?(?:最后面?|最前面?|第\\d+(?:个|位|张)?|中间|开头|结尾|前面|后面)',
  },
  // A style is named with its frame ("wedding style", "the family one", "生日的").
  {
    kind: 'style',
    re: `\\b(?:the\\s+)?(?<name>${STYLE_WORDS.en})\\s+(?:style|one|theme|preset|template|vibe)\\b|(?<name2>${STYLE_WORDS.zh})(?:风格|风|主题|模板|的|那个|那种)`,
  },
  // The music's kind: "chill music", "something upbeat", "the piano song", "the acoustic guitar one", "欢快的".
  {
    kind: 'mood',
    re: `\\b(?:something|some|an?|the)\\s+(?:more\\s+)?(?<name>(?:${MOOD_WORDS.en})(?:\\s+(?:${MOOD_WORDS.en}))?)\\b(?:\\s+${MUSIC_FRAME}\\b)?|\\b(?<name3>(?:${MOOD_WORDS.en})(?:\\s+(?:${MOOD_WORDS.en}))?)\\s+${MUSIC_FRAME}\\b|(?<name2>${MOOD_WORDS.zh})(?:一点|一些|点)?(?:的(?:音乐|歌|曲子|配乐)?|音乐|歌|曲子|配乐|那首)`,
  },
  // A photo by what it shows: "the forest one", "the dog photo" (after the style and the music, whose
  // "the family one", "the upbeat one" it would otherwise take).
  {
    kind: 'photo',
    re: `\\b(?:the\\s+)?(?<name>(?!(?:${NOT_A_SUBJECT})\\b)[a-z]{3,})\\s+(?:one|photo|picture|pic|image|shot)\\b`,
  },
  // Music wanted or not: "no music. wait, yes music", "不要音乐 啊不对 要音乐" (要 may be read as the lead).
  {
    kind: 'music',
    re: '\\b(?:no|without|remove(?:\\s+the)?|yes|with|keep(?:\\s+the)?|want)\\s+(?:the\\s+)?music\\b|(?:不要|去掉|删掉|别加|没有|要|保留|留着)(?:背景)?(?:音乐|配乐)|(?<=要)(?:背景)?(?:音乐|配乐)',
  },
  // A text's colour: "字用黄色……算了还是白色吧", "yellow letters — no, actually white".
  { kind: 'colour', re: COLOR_WORD.source },
  // How loud the music is, as a step or a share: "double the volume? no — actually half as loud",
  // "音量加倍？不对，还是减半吧" (only the share changes, so "the volume", 音量 stay with it).
  {
    kind: 'level',
    re: "\\b(?<name>double|triple|halve|half)\\s+(?:the\\s+)?(?:(?:music|song)(?:'?s)?\\s+)?volume\\b|\\b(?<name2>half|twice|double|three\\s+times)\\s+as\\s+loud\\b|\\b(?:louder|quieter)\\b|音量(?<name3>加倍|翻倍|减半)|(?<name4>加倍|翻倍|减半)|(?:大声|小声)(?:一)?点",
  },
  // A bare number ("no wait, 5") replaces the last number said, in the unit it had.
  { kind: 'number', re: '(?<![\\d.:])\\d+(?:\\.\\d+)?(?![\\d.:])', value: true },
];
const CORRECTED_AT = CORRECTED.map((entry) => ({
  ...entry,
  at: new RegExp(entry.re, 'yd'),
  every: new RegExp(entry.re, 'gd'),
}));
/** Where the name in a thing is ("forest" in "the forest one"): a correction swaps only that. */
function nameSpan(match: RegExpExecArray): [number, number] | undefined {
  const span = Object.entries(match.indices?.groups ?? {}).find(
    ([group, at]) => group.startsWith('name') && at,
  )?.[1];
  return span ? [span[0] - match.index, span[1] - match.index] : undefined;
}
/** A thing said as refused ("not photo 1", "不是第一张", "no crossfades"): a correction never replaces it. */
const REFUSED_BEFORE = /(?:\b(?:not|no|never|without)\s+(?:on\s+|for\s+|to\s+|the\s+)?|不是|不要|别)\s*$/;
/** What may follow the replacing thing and still leave the rest of the first words standing. */
const CORRECTION_TAIL =
  /^(?:\s|[,.!;…]|\b(?:each|apiece|please|pls|instead|then)\b|吧|了|的|就行|就好|才对)*/;
/** Where one instruction ends and another starts. */
const CLAUSE_BREAK = /[,;.!?，。；！？]|\b(?:and|then)\b|然后|并且/;
/** "photo 1 3 seconds, sorry, photo 2 also": more, not instead. */
const ALSO = /\b(?:too|also|as\s+well)\b|也|同样|一样/;

/** The text with `start`–`end` replaced by `text`, whose characters map to `from` in what was typed. */
function splice(source: Mapped, start: number, end: number, text = '', from = 0): Mapped {
  return {
    text: source.text.slice(0, start) + text + source.text.slice(end),
    map: [
      ...source.map.slice(0, start),
      ...new Array<number>(text.length).fill(from),
      ...source.map.slice(end),
    ],
  };
}

type Corrector = (typeof CORRECTED_AT)[number];

/** The last thing of a kind said in `before`, not one refused ("not photo 1"). */
function lastSaid(before: string, kind: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const entry of CORRECTED_AT) {
    if (entry.kind !== kind) continue;
    for (const match of matchesOf(before, entry.every)) {
      if (REFUSED_BEFORE.test(before.slice(0, match.index))) continue;
      if (
        !last ||
        match.index > last.index ||
        (match.index === last.index && match[0].length > last[0].length)
      )
        last = match;
    }
  }
  return last;
}

/** A value with a unit may take back a bare number said just before: "musci 50... no 40%". */
const BARE_NUMBER_BEFORE = /(?<![\d.:])\d+(?:\.\d+)?(?=[\s,.;:!…—–~-]*$)/;
/** Where an instruction starts, so a verb said with the correction ("use wipes") can lead it. */
const CLAUSE_START = /(?:^|[,.!?;，。！？；]\s*|\b(?:and|then|ok|okay|um|uh|so)\s+)$/;

/**
 * "…and start with the forest one — no wait, leave the order alone, just the half second", "森林那张放第一，
 * 不对，顺序别动": the thing said to stay as it is takes back the instruction just before the marker that
 * changed it (with the words saying so, and a "just the …" that only points back at the rest).
 */
const LEFT_ALONE: { thing: RegExp; change: RegExp }[] = [
  {
    thing: /\b(?:order|sequence)\b|顺序|排序/,
    change:
      /\b(?:start|begin|open|end|finish|close)\s+with\b|\b(?:first|last|move|put|swap|switch|reverse|shuffle|order|sequence)\b|放(?:到|在)?(?:第|最)|开头|顺序|倒序|调换|交换|挪/,
  },
  {
    thing: /\b(?:transitions?|crossfades?)\b|转场|过渡/,
    change:
      /\b(?:transitions?|crossfades?|fades?|wipes?|dissolves?|whip|slides?|cuts?)\b|转场|过渡|叠化|黑场|白场|闪白|擦除/,
  },
  {
    thing: /\b(?:colou?rs?|look|filter|grade)\b|颜色|色调|滤镜/,
    change: new RegExp(`\\b(?:${LOOK_NAMES}|filter|look|grade|colou?rs?)\\b|色调|滤镜|黑白|复古|暖|冷`),
  },
  {
    thing: /\b(?:music|song|soundtrack)\b|音乐|配乐|歌/,
    change: /\b(?:music|song|soundtrack|track)\b|音乐|配乐|歌/,
  },
];
const LEAVE_IT =
  /^(?:(?:just|please)\s+)?(?:(?:leave|keep)\s+(?:the\s+)?(?<en>[a-z]+)\s+(?:alone|as\s+(?:it\s+)?is|the\s+same|unchanged|untouched|as\s+it\s+was)|(?:don'?t|do\s+not|never\s+mind)\s+(?:change|touch|mess\s+with|bother\s+with)?\s*(?:the\s+)?(?<en2>[a-z]+))\b|^(?:(?<zh>顺序|转场|过渡|颜色|色调|滤镜|音乐|配乐)(?:就|也|还是)?(?:别动|不动|不变|不用动|不要动|别改|不用改|不要改|保持不变|保持原样)|(?:别|不要|不用)(?:动|改|换)(?<zh2>顺序|转场|过渡|颜色|色调|滤镜|音乐|配乐))/;
const ONLY_THE_REST =
  /^[\s,;.…—–-]*(?:(?:just|only)\s+(?:the\s+)?(?:[^,.;!?]|\.\d)*|只(?:要|改)?[^，,。；;！!？?]*)/;

function dropTakenBack(source: Mapped, marker: RegExpExecArray): Mapped | undefined {
  const { text } = source;
  const after = marker.index + marker[0].length;
  const leave = LEAVE_IT.exec(text.slice(after));
  if (!leave) return undefined;
  const named = leave.groups?.en ?? leave.groups?.en2 ?? leave.groups?.zh ?? leave.groups?.zh2 ?? '';
  const kind = LEFT_ALONE.find((entry) => entry.thing.test(named));
  if (!kind) return undefined;
  const before = text.slice(0, marker.index).replace(/[\s,;.…—–-]+$/, '');
  // The instruction just before: from the last break (punctuation, "and also", "then", 然后) on.
  const breaks = [
    ...matchesOf(before, /[,;.!?，。；！？]|\b(?:and(?:\s+also)?|also|then|plus)\b|然后|并且|还有|再/g),
  ];
  const last = breaks.at(-1);
  const start = last ? last.index + last[0].length : 0;
  if (!kind.change.test(before.slice(start))) return undefined;
  let end = after + leave[0].length;
  const rest = ONLY_THE_REST.exec(text.slice(end));
  if (rest) end += rest[0].length;
  // The break before it goes too ("… and also"), so the instruction before it stands alone.
  return splice(source, last ? last.index : start, end);
}

/** The first self-correction in the text read: the earlier thing dropped, the later one in its place. */
function correctOnce(source: Mapped): Mapped | undefined {
  const { text } = source;
  for (const marker of matchesOf(text, TAKE_BACK_RUN)) {
    const dropped = dropTakenBack(source, marker);
    if (dropped) return dropped;
    const words = marker[0].replace(new RegExp(`${PAUSE}+$`), '');
    const bare = BARE_NO.test(words) && !/[^\s]/.test(marker[0].slice(words.length));
    const lead = TAKE_BACK_LEAD.exec(text.slice(marker.index + marker[0].length))![0];
    const at = marker.index + marker[0].length + lead.length;
    // What follows may be read as more than one kind ("the family one" is a style or a photo): the first
    // kind also said before the marker is the one corrected.
    for (const entry of CORRECTED_AT) {
      entry.at.lastIndex = at;
      const later = entry.at.exec(text);
      if (!later) continue;
      const out = correctWith(source, marker, { words, bare, lead, at }, entry, later);
      if (out) return out;
    }
  }
  return undefined;
}

function correctWith(
  source: Mapped,
  marker: RegExpExecArray,
  { words, bare, lead, at }: { words: string; bare: boolean; lead: string; at: number },
  said: Corrector,
  later: RegExpExecArray,
): Mapped | undefined {
  const { text } = source;
  // "no the third one" corrects; "no ken burns", "no vintage" refuse.
  const named = /^the\s/.test(later[0]);
  if (bare && !said.value && !named) return undefined;
  const laterEnd = at + later[0].length;
  const rest = text.slice(laterEnd).split(CLAUSE_BREAK)[0]!;
  if (ALSO.test(rest)) return undefined;
  const tail = CORRECTION_TAIL.exec(rest)![0];
  // A bare number stands alone ("no wait, 5"); "sorry, 2 more things" is no correction.
  if (said.kind === 'number' && tail.length < rest.length) return undefined;
  const before = text.slice(0, marker.index);
  const bareNumber =
    said.kind === 'seconds' || said.kind === 'percent' ? BARE_NUMBER_BEFORE.exec(before) : null;
  const earlier = lastSaid(before, said.kind) ?? bareNumber ?? undefined;
  if (!earlier) return undefined;
  const earlierEnd = earlier.index + earlier[0].length;
  // A marker follows a pause ("…, no, …"), comes right after what it corrects ("9:16 no 4:5"), is a run
  // ("15 seconds no sorry 20") or a Chinese one, or is sure of what follows ("3s actually 4s", "no the third").
  const gap = text.slice(earlierEnd, marker.index);
  const adjacent = /^[\s,.;:!?？…—–~-]*$/.test(gap);
  const sure =
    (words.match(TAKE_BACK_WORDS)?.length ?? 0) > 1 ||
    /[\u3400-\u9fff]/.test(words) ||
    (bare ? named : said.value);
  if (!adjacent && !/[,.;:!?？…—–~-]\s*$/.test(before) && !sure) return undefined;
  // "…everything. scratch that, use wipes": the verb said with the correction leads when nothing did.
  const verb = LEAD_VERB.test(lead) && CLAUSE_START.test(text.slice(0, earlier.index)) ? lead : '';
  // "double the volume? no — …": the question mark of what is taken back goes with it.
  const cut = marker.index - (/[\s,.;:!?？…—–~-]*$/.exec(before)?.[0].length ?? 0);
  // "pan left, no wait, right", "the piano song, no, the acoustic guitar one", "婚礼风格 不对 是生日的": only
  // the name changes, so what was said around it ("pan", "song", "风格") stays.
  const earlierName = nameSpan(earlier);
  const laterName = nameSpan(later);
  if (earlierName && laterName && tail.length === rest.length) {
    const renamed =
      earlier[0].slice(0, earlierName[0]) +
      later[0].slice(laterName[0], laterName[1]) +
      earlier[0].slice(earlierName[1]);
    return splice(splice(source, cut, laterEnd), earlier.index, earlierEnd, renamed, source.map[at]);
  }
  // Said right after it, or with more of the same instruction after it ("第二张，不对，第三张放慢点",
  // "photo 1 3 seconds, wait, photo 2 4 seconds"): what was said from the earlier thing on goes.
  if (adjacent) return splice(source, earlier.index, at - verb.length);
  if (tail.length < rest.length) {
    if (CLAUSE_BREAK.test(gap.replace(/[\s,.;:!…—–~-]+$/, ''))) return undefined;
    return splice(source, earlier.index, at - verb.length);
  }
  // "make photo 2 longer, no, photo 3": photo 3 takes photo 2's place, and keeps its noun.
  let replacing = verb + later[0];
  const noun = earlier.groups?.noun ?? earlier.groups?.noun2;
  if (said.kind === 'photo' && !(later.groups?.noun ?? later.groups?.noun2) && !laterName && noun)
    replacing = `${replacing} ${noun}`;
  const removed = splice(source, cut, laterEnd);
  if (said.kind === 'number') {
    // A bare number keeps the unit of the one it replaces ("4 seconds" → "5 seconds").
    const digits = /\d+(?:\.\d+)?/.exec(earlier[0])!;
    const start = earlier.index + digits.index;
    return splice(removed, start, start + digits[0].length, replacing, source.map[at]);
  }
  return splice(removed, earlier.index, earlierEnd, replacing, source.map[at]);
}

/**
 * "…also brighter — it's a bit dark — hmm no, forget brighter, just warm", "再调亮一点，算了，不要调亮了，暖色就行":
 * after a take-back marker, a wish named again to be forgotten takes back the instruction that asked for it
 * — that one only, found by its word — and what follows ("just warm") stands.
 */
const FORGET = new RegExp(
  `(?:${TAKE_BACK_WORD})(?:${PAUSE}*(?:${TAKE_BACK_WORD}))*${PAUSE}*(?:(?<![a-z'])(?:forget(?:\\s+about)?|never\\s*mind|skip|scrap|ditch|drop)\\s+(?:the\\s+|all\\s+the\\s+)?(?<en>[a-z]{3,})(?![a-z'])|(?:不要|不用|别)(?:再)?(?<zh>[\\u4e00-\\u9fff]{1,4}?)了)`,
  'g',
);
/**
 * Where one wish ends and the next starts, for the one a "forget" takes back ("black and white with a slow zoom":
 * the zoom is "with a slow zoom"; "black and white", "in and out" are one wish).
 */
const WISH_BREAK =
  /[,;.!?，。；！？]|\b(?:and(?:\s+(?:also|then))?(?!\s+(?:white|out|back)\b)|also|then|plus|with)\b|然后|并且|还有|再/g;

function forgetOnce(source: Mapped): Mapped | undefined {
  const { text } = source;
  for (const forget of matchesOf(text, FORGET)) {
    const { en, zh } = forget.groups ?? {};
    // "brightness" and "brighter", "加颗粒" and "加点颗粒": the word's root, without its ending or verb.
    const root = en
      ? en.replace(/(?:ness|er|est|ing|s)$/, '')
      : zh!.replace(/^(?:加|调|用|放|弄|要|再)+/, '') || zh!;
    if (root.length < (en ? 3 : 1)) continue;
    const said = en ? new RegExp(`\\b${root}`) : { test: (part: string) => part.includes(root) };
    const before = text.slice(0, forget.index);
    const breaks = [...matchesOf(before, WISH_BREAK)];
    // The wishes before the marker, last first: the nearest one that names it is the one taken back.
    for (let k = breaks.length; k >= 0; k--) {
      const start = k === 0 ? 0 : breaks[k - 1]!.index;
      const end = k === breaks.length ? before.length : breaks[k]!.index;
      const from = k === 0 ? 0 : start + breaks[k - 1]![0].length;
      if (!said.test(before.slice(from, end))) continue;
      const without = splice(source, forget.index, forget.index + forget[0].length);
      return splice(without, start, end);
    }
  }
  return undefined;
}

/** Every self-correction of the message, one after another. */
function selfCorrect(source: Mapped): Mapped {
  let out = source;
  for (let k = 0; k < 4; k++) {
    const next = forgetOnce(out) ?? correctOnce(out);
    if (!next) break;
    out = next;
  }
  return out;
}

/** Words that name things rather than ask for them. */
const NOUNS: [RegExp, string][] = [
  // "There's a little bit of writing … that says 'Day one'. … could you remove it?": the text is named first, as
  // there being one, and "it" is that text.
  [
    /\bthere(?:'s|\s+is)\s+(?:(?:a|some)\s+(?:little\s+)?(?:bit|line|piece)\s+of\s+|some\s+|an?\s+)?(?:little\s+)?((?:writing|text|words|lettering|caption|title|heading)\b[^.!?;]*?\b(?:that|which)\s+(?:says?|reads?)\s+[\uE000-\uE03F])[^.!?;]*[.!?;]?([^.!?;]*?)\b(remove|delete|get\s+rid\s+of|hide)\s+it\b/g,
    '$2 $3 the $1',
  ],
  // "第二张上面的字", "the text on the second photo", "the words on photo 2": that photo's caption (not the
  // title "上面的字" alone names).
  [
    /(第\d+张|最后一张|第一张|这张|那张)(?:照片|图片|相片|图)?(?:上面|上边|上|里面|里)?(?:的|那)?(?:行|句|段)?(?:字|文字|小字|文案)(?![幕体号])/g,
    '$1的字幕',
  ],
  [
    /\b(?:the\s+)?(?:text|words|writing|lettering|wording)\s+(?:on|over|in|of)\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|slide|shot|one)\b|(?:photo|picture|pic|image|slide|shot)\s*(?:#|number\s+)?\d)/g,
    'the caption on ',
  ],
  // "字幕什么的都不要", "标题字幕之类的都去掉", "no captions or anything like that": a kind of text and the
  // like is every text on screen.
  [
    /(?:标题|字幕|文字|文案|片尾字?)(?:(?:和|、|跟|或者?)?(?:标题|字幕|文字|文案|片尾字?))*(?:什么的|之类的?|等等)/g,
    '所有文字',
  ],
  [
    /\b(?:(?:the|any)\s+)?(?:titles?|captions?|subtitles?|texts?)\s+(?:or|and)\s+(?:anything|stuff|whatever|the\s+like|such)(?:\s+(?:like\s+that|else))?\b/g,
    'all text',
  ],
  // "下面那行小字" is the caption, "上面那行大字" the title: text named by where it sits.
  [/(?:下面|底下|底部|下方|最下面)(?:的|那|那一|这)?(?:行|排)?的?(?:小字|字|文字)/g, '字幕'],
  [/(?:上面|中间|顶部|上方|最上面)(?:的|那|那一|这)?(?:行|排)?的?(?:大字|字|文字)/g, '标题'],
  // "the very last picture, the one of the forest, …", "the picture of the city, the tall one, …", "第二张，就是
  // 那张城市的，…": the photo said again another way names the same photo; the request goes on about it.
  [
    /(?<=\b(?:photo|picture|pic|image|shot|slide|one)s?(?:\s+(?:of|with)\s+(?:the\s+|my\s+|our\s+)?[a-z'-]+)?)\s*,\s*(?:the|that)\s+(?:(?:tall|wide|long|big|small|little|square|dark|bright|blurry|blurred|nice|pretty|lovely|old|new|narrow|upright)\s+one|(?:one|picture|photo|pic|image|shot)\s+(?:of|with|from)\s+(?:the\s+|my\s+|our\s+)?[a-z'-]+(?:\s+[a-z'-]+)?)\s*,/g,
    '',
  ],
  [
    /(?<=张|照片|图片|相片)\s*[，,]\s*(?:就是|也就是)(?:那张|这张)?[^，,。；;！!？?]{1,12}?(?:的|那张)?\s*[，,]/g,
    '',
  ],
  // "before I've had a proper look at it", "so I can get a good look": seeing, not the colour look.
  [
    /\b(?:have|had|having|get|got|getting|take|took|taking)\s+(?:a\s+)?(?:(?:proper|good|close|closer|better|quick|long|real|decent|nice)\s+)?look\s+at\b/g,
    '',
  ],
  // "put 'Oliver' at the top of the first picture, as a sort of heading": the kind of text, said after a pause,
  // belongs to the text put.
  [
    /\s*,\s*(?=as\s+(?:a|an|the|my|our)\s+(?:(?:sort|kind|type)\s+of\s+|little\s+|big\s+|main\s+)?(?:title|heading|headline|header|caption|subtitle|label)\b)/g,
    ' ',
  ],
  [
    /(?<=\bas\s+(?:a|an|the|my|our)\s+)(?:sort|kind|type)\s+of\s+(?=(?:title|heading|headline|header|caption|subtitle|label)\b)/g,
    '',
  ],
  // English and Chinese in one message: "第二个 transition", "最后一张 photo", "每张 pic" are the Chinese nouns.
  [
    /((?:第|倒数第)(?:\d+|[一二三四五六七八九十]+)个|(?:最后|最后面|头|前|后)(?:一|\d+)个|这个|那个|每个)\s*(?:transitions?|crossfades?|fades?|dissolves?)\b(?:\s+(?=[\u4e00-\u9fff]))?/g,
    '$1转场',
  ],
  [
    /((?:第|倒数第)(?:\d+|[一二三四五六七八九十]+)张|(?:最后|最后面|头|前|后)(?:一|\d+)张|这张|那张|每张|每一张)\s*(?:photos?|pictures?|pics?|images?|slides?|shots?)\b(?:\s+(?=[\u4e00-\u9fff]))?/g,
    '$1照片',
  ],
  // "newest 的放前面", "oldest 的在前": an English superlative before 的 is the Chinese one.
  [/\b(?:newest|latest|most\s+recent)\s*(?=的)/g, '最新'],
  [/\b(?:oldest|earliest)\s*(?=的)/g, '最早'],
  // "still too loud", "still a bit slow": "still" says it is not yet right, never a still photo.
  [
    /\bstill\s+(?=(?:too|so|a\s+(?:bit|little|tad)|kinda|kind\s+of|pretty|very|really|way|quite|not|(?:lou|quiet|dark|bright|long|short|slow|fast|small|big|dull|boring)[a-z]*)\b)/g,
    '',
  ],
  // "still photos" are photos, not a request for no motion — unless it is an item of its own in a list of
  // settings ("landscape, still photos, black and white").
  [
    /\bstill\s+(?=(?:photos?|pictures?|images?|pics?|shots?|frames?)\b)(?!(?<=(?:[,;，；]|\band)\s*still\s+)(?:photos?|pictures?|images?|pics?|shots?)(?:\s+(?:please|pls|only))?\s*(?:[,;，；.!]|$|\band\b))/g,
    '',
  ],
  // "dynamic videos" / "animated video" describe what Joy makes.
  [/\b(?:dynamic|animated|moving|lively)\s+(?=(?:videos?|slideshows?|movies?|clips?)\b)/g, ''],
];

/** Words that ask for the photos' order turned around. */
const REVERSE_SAID = /倒过来|反过来|倒序|颠倒|倒着|\b(?:reverse|backwards|flip\s+the\s+order)\b/;

/**
 * "最后一张放第一个，以此类推", "the last one first, then the one before it, and so on": the reversed order told
 * by its first step. Beside words that already ask for the reversal it only explains them.
 */
const BY_EXAMPLE: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /(?:把)?最后(?:1|一)张(?:照片|图片)?(?:放|排|挪|移|变成|当|做)(?:到|在|成)?(?:第(?:1|一)(?:个|张|位)?|最前面?|开头)[^。.!！?？]*?(?:以此类推|依此类推|依次类推|这样类推)|\b(?:(?:put|make)\s+)?(?:the\s+)?last\s+(?:(?:photo|picture|pic|one)\s+)?(?:goes\s+|becomes\s+|comes\s+|is\s+)?first\b[^.!?]*?\b(?:and\s+so\s+(?:on|forth)|etc)\b\.?/g,
    (match) => {
      const rest = match.input.slice(0, match.index) + match.input.slice(match.index + match[0].length);
      if (REVERSE_SAID.test(rest)) return ' '.repeat(match[0].length);
      return /[\u4e00-\u9fff]/.test(match[0]) ? '倒过来' : 'reverse the order';
    },
  ],
];

function apply(
  source: Mapped,
  table: readonly [RegExp, string | ((match: RegExpExecArray) => string)][],
): Mapped {
  let out = source;
  for (const [re, replacement] of table) {
    out = rewrite(out, re, (match) => {
      if (typeof replacement === 'function') return replacement(match);
      if (replacement !== '') return replacement.replace(/\$(\d)/g, (_, k: string) => match[Number(k)] ?? '');
      // Blank the words but keep the width, so positions of what follows stay near what was typed.
      return ' '.repeat(match[0].length);
    });
  }
  return out;
}

/** Things a removal can name, so "remove X and Y" can say the removal of each. */
const REMOVABLE_EN =
  '(?:(?:the|all(?:\\s+the)?|any|my)\\s+)?(?:camera\\s+(?:motion|movement|moves?)|motion|movements?|moves|zooms?|zooming|ken\\s+burns|panning|animations?|transitions?|crossfades?|fades?|music|songs?|soundtrack|bgm|titles?|captions?|texts?|filters?|looks?|effects?|parallax|3d(?:\\s+effect)?)';
const REMOVABLE_ZH =
  '(?:运镜|镜头运动|镜头移动|动效|动画|缩放|转场|过渡|背景音乐|音乐|配乐|标题|字幕|文字|滤镜|特效|视差|立体效果)';
/**
 * "remove the motion and the transitions", "no zooms or transitions", "运镜和转场都去掉", "去掉标题和字幕":
 * a removal over a list covers every item, said as one removal each.
 */
const REMOVAL_LISTS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    new RegExp(
      `\\b(remove|delete|drop|ditch|kill|lose|get\\s+rid\\s+of|turn\\s+off|disable|take\\s+out|strip(?:\\s+out)?|cut\\s+out|no|without)\\s+(?:both\\s+)?(${REMOVABLE_EN}(?:\\s*(?:,|\\band\\b|\\bor\\b|\\bnor\\b|&|\\+)\\s*(?:(?:and|or)\\s+)?${REMOVABLE_EN})+)\\b`,
      'g',
    ),
    (match) =>
      match[2]!
        .split(/\s*(?:,|\band\b|\bor\b|\bnor\b|&|\+)\s*(?:(?:and|or)\s+)?/)
        .filter((item) => item.trim())
        .map((item) => `${match[1]} ${item.trim()}`)
        .join(', '),
  ],
  [
    new RegExp(
      `(${REMOVABLE_ZH}(?:(?:和|跟|与|、|还有|以及)${REMOVABLE_ZH})+)(?:都|全都|全部|也)?(去掉|删掉|删除|不要了?|取消|关掉|拿掉|去了|删了|关了)`,
      'g',
    ),
    (match) =>
      match[1]!
        .split(/和|跟|与|、|还有|以及/)
        .map((item) => `去掉${item}`)
        .join('，'),
  ],
  [
    new RegExp(
      `(去掉|删掉|删除|不要|取消|关掉|拿掉)(?:所有的?|全部的?)?(${REMOVABLE_ZH}(?:(?:和|跟|与|、|还有|以及)(?:所有的?|全部的?)?${REMOVABLE_ZH})+)`,
      'g',
    ),
    (match) =>
      match[2]!
        .split(/和|跟|与|、|还有|以及/)
        .map((item) => `${match[1]}${item.replace(/^(?:所有的?|全部的?)/, '')}`)
        .join('，'),
  ],
];

function distributeRemovals(source: Mapped): Mapped {
  let out = source;
  for (const [re, say] of REMOVAL_LISTS) out = rewrite(out, re, say);
  return out;
}

export function readContext(source: Mapped): Mapped {
  const read = apply(
    apply(
      apply(
        apply(
          apply(
            apply(
              apply(
                apply(
                  apply(
                    distributeRemovals(apply(apply(apply(selfCorrect(source), STATED), FILLERS), COURTESY)),
                    RHETORIC_TABLE,
                  ),
                  FROM_TO,
                ),
                [...EVERYDAY, ...RESULTS, ...BRIEFS],
              ),
              SHORTHAND,
            ),
            COMPARISONS,
          ),
          COMPLAINTS,
        ),
        CORRECTIONS,
      ),
      NOUNS,
    ),
    NEGATIONS,
  );
  return apply(apply(read, BY_EXAMPLE), SHARE_LISTS);
}

const NAMED_ALONE =
  /^\s*(?:and\s+)?(?:the\s+)?(?:transitions?|music|song|bgm|look|filter|motion|camera\s+moves?|length|duration|titles?|captions?|aspect(?:\s+ratio)?|timeline)\s*(?:now|rn|right\s+now|currently|atm|so\s+far)?\s*[?？]\s*$|^\s*(?:那|现在的?|目前的?)?(?:转场|音乐|配乐|滤镜|标题|字幕|时长|比例|时间线)(?:呢|是啥|是什么)\s*[?？]?\s*$/;
/** "这样可以吗？", "看看怎么样", "is this ok now?", "how's it looking?": asking how the draft is now. */
const CHECK_IN =
  /^\s*(?:(?:那|那么|嗯|好|你觉得|你看)[，,\s]*)*(?:现在)?(?:这样子?|这个|这版|这一版|现在这样)(?:的话)?(?:可以|行|好|ok|还行|怎么样|如何|咋样|好看|没问题)(?:了)?(?:吗|不|么|嘛|吧|没|呢)?\s*[?？]?\s*$|^\s*(?:你|帮我)?看(?:看|一下|下|一看)?(?:现在|效果|这样|这版)?(?:的)?(?:效果)?(?:怎么样|如何|咋样|行不行|可以吗|好不好)(?:了)?\s*[?？]?\s*$|^\s*(?:那|那么|你觉得)?(?:现在|目前|这次)(?:的)?(?:效果|视频|样子|成品|这版)(?:看起来)?(?:怎么样|如何|咋样|还行吗?|可以吗|好吗|行吗|好看吗)(?:了)?\s*[?？]?\s*$|^\s*(?:so\s+|ok\s+|and\s+)?(?:is|does)\s+(?:this|it|that)\s+(?:look\s+)?(?:ok|okay|good|fine|alright|right|better)(?:\s+now)?\s*[?？]?\s*$|^\s*(?:so\s+)?how(?:'s|\s+is|\s+does)\s+(?:it|this|that)\s+(?:look(?:ing)?|now)(?:\s+now)?\s*[?？]?\s*$/;
const ASKS_FOR_EDIT =
  /[，,]\s*(?:好吗|好不好|行吗|行不行|好么|行么)\s*[?？]?\s*$|\bdo\s+you\s+have\s+(?:something|anything)\s+(?:a\s+bit\s+|a\s+little\s+)?(?:calmer|quieter|softer|happier|slower|livelier|gentler|more\s+\w+)\b|^\s*(?:(?:can|could|would|will)\s+(?:you|we|u|i)|please|pls|is\s+it\s+possible|(?:is\s+there\s+)?(?:a|any|some)\s+way\s+(?:to|for\s+(?:you|me|us)\s+to|(?:you|i|we)\s+(?:can|could))|any\s+chance\s+(?:to|you\s+(?:can|could))|how\s+about|what\s+about|what\s+if|why\s+not|let'?s|maybe|do\s+you\s+mind)\b|能不能|能否|可不可以|可以(?!做什么)|能(?=[\u4e00-\u9fff])(?!做什么|干什么|用什么|告诉|说说|说一下|看看|查)|帮我|有(?:没有)?(?:什么)?办法(?:让|把|能|可以|给)|请|麻烦|试试|来个|改成|换成|加(?!了)/;
const TELL_ME =
  /^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:tell|let|show)\s+me\s+(?:know\s+|see\s+)?(?:how|what|which|if|whether|where|when|who)\b|^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:show|let)\s+me\s+(?:see\s+)?(?:the\s+|my\s+)?(?:timeline|tracks|draft|settings|video\s+details)\b|^\s*(?:(?:do|did)\s+you\s+know|i'?d\s+(?:like|love)\s+to\s+know|i\s+(?:want|need|would\s+like)\s+to\s+know|i'?m\s+(?:curious|wondering)|i\s+wonder|just\s+wondering|curious)\s+(?:about\s+)?(?:how|what|which|if|whether|where|when|who)\b|(?:能|可以)?(?:告诉我|说说|说一下)(?:现在|目前|当前)?|^\s*(?:我)?(?:想知道|想问一下|想问问|请问)(?!(?:一下|下)?[，,\s]*(?:是不是可以|能不能|可不可以|可以|能否|能(?!告诉)|你能|你可以|帮我|把))/;
const HOW_TO =
  /^\s*how\s+(?:do|can|could|should|would)\s+(?:i|we|one)\b|^\s*how\s+to\b|(?:怎么|如何|怎样)(?!样|回事|还|又|这么|那么|会|都|没|不)(?:才能|才可以|能|可以)?(?=\s*[\u4e00-\u9fffa-z])|怎么(?:弄|做|办|搞)\s*[?？]?\s*$/;
/** "how do I export?", "如何撤销？": asking how to do something, never doing it. */
export function asksHowTo(text: string): boolean {
  const message = text.trim().toLowerCase();
  return HOW_TO.test(message) && !/[,，;；]/.test(message);
}
const QUESTION_START = /^\s*(?:what|what's|whats|how|which|where|when|why|who|tell\s+me|describe)\b/;
/** "When one picture changes over to the next it's all very sudden": a time said, not a question, unless asked. */
const WHEN_SAID =
  /^\s*(?:when|whenever|where)\s+(?:one|the|a|an|it|they|i|we|you|my|our|this|that|each|every|there|he|she)\b/;
/** "what I need for the client: 4:5, …", "how we want it — square": a brief led by what is wanted, not a question, unless asked. */
const WANT_SAID =
  /^\s*(?:so\s+|ok(?:ay)?\s+|here'?s\s+|this\s+is\s+)?(?:what|how)\s+(?:i|we|they|you|the\s+\w+|my\s+\w+|our\s+\w+)\s+(?:really\s+|actually\s+|basically\s+)?(?:need|needs|want|wants|'d\s+like|would\s+like|am\s+after|'m\s+after|are\s+after|is\s+after|am\s+looking\s+for|'m\s+looking\s+for|are\s+looking\s+for|have\s+in\s+mind|had\s+in\s+mind|asked\s+for|expects?|imagine|picture)\b/;
const YES_NO_START =
  /^\s*(?:is|are|does|do|did|has|have|was|were|would(?!\s+(?:you|u|it\s+be\s+possible)\b))\b/;
/** "does it have a title", "is there music": yes/no questions that need no question mark. */
const YES_NO_PLAIN =
  /[^?]*,\s*(?:is|isn'?t|are|aren'?t|does|doesn'?t|do|don'?t|was|wasn'?t|has|hasn'?t)\s+(?:it|they|there|that)\s*\?\s*$|^\s*(?:does\s+(?:it|the\s+video|this)|did\s+(?:you|it)|is\s+there|are\s+there|is\s+it|are\s+they|has\s+it|have\s+(?:we|you)|do\s+(?:we|i|you)\s+have|(?:does|is|did)\s+the\s+(?:music|song|track|bgm|audio|title|caption|end\s+card|text)\s+(?:fade|fading|faded|start|stop|end|come|play|playing|show|appear|stay|last|loop)\w*|(?:do|are)\s+the\s+(?:photos|pictures|transitions|captions)\s+(?:zoom|move|pan|fade|last|stay)\w*)\b/;
/** "…right now", "现在用的": about this draft, not about what Joy offers. */
const ABOUT_DRAFT =
  /\b(?:(?<!\bfor\s+)now|right\s+now|currently|at\s+the\s+moment|in\s+(?:the|my|this)\s+(?:video|draft|timeline)|used|using)\b|现在|目前|当前|用了|用的/;
/** "is it vertical or horizontal": a choice asked without a question mark. */
const CHOICE = /^\s*(?:is|are)\s+(?:it|this|the\s+\w+)\s+\w+\s+or\s+\w+\s*$/;
const QUESTION_ZH =
  /(?:没|不)[^，,。？?]{1,12}吧\s*[?？]\s*$|(?:为啥|干嘛|怎么)(?=还|又|这么|那么|会|都|没|不)|(?:吗|呢|么)\s*[?？]?\s*$|(?:是|现在)(?:怎样|怎么样)\s*[?？]?\s*$|(?<!没有?|不|不要|别|不用|别搞|别弄)什么(?!(?<!是什么)的(?:都|也|全|就|一概|统统|通通|之类|[，,。；;！!\s]|$))|多长|多久|多少|多大(?![一点些])|多响|多高(?![一点些])|哪些|哪个|(?<![这那前后面边下他余])几张|几秒|是不是|有没有|怎么样了|是[^，,。；;]{1,12}还是|(?:好|合适|好看|更好)还是[^，,。；;]{1,12}(?:好|合适|好看|更好)\s*[?？]?\s*$|^\s*(?:你觉得|你看|你认为|您觉得)[^，,。；;！!]*(?:好|合适|好看|更好|需要)\s*[?？]\s*$/;
/** Questions about what Joy offers rather than about this draft. */
const OFFERS =
  /\bwhat\s+(?:can|could)\s+(?:you|i)\b|\b(?:motion|camera(?:\s+move)?|transition|look|filter|style|music|song|effect|font|animation)s?\s+(?:options|choices)\b|\b(?:options|choices)\s+(?:for|of)\s+(?:the\s+)?(?:motions?|camera\s+moves?|transitions?|looks?|filters?|styles?|music|songs?|effects?|fonts?)\b|\b(?:styles?|presets?|music|songs?|tracks?|effects?|transitions?|looks?|filters?)\s+(?:(?:do\s+)?(?:you|u|ya)\s+(?:have|offer|support|got)|have\s+(?:you|u)\s+got|has\s+joy\s+got)\b|\b(?:can|could|will)\s+(?:i|we)\s+(?:still\s+)?(?:change|edit|swap|fix|adjust|redo)\b[^?.!]{0,60}\b(?:later(?:\s+on)?|afterwards|again|after\s+(?:that|exporting|it'?s\s+done))\b|\b(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|other\s+)?(?:styles?|presets?|songs?|tracks?|music|transitions?|looks?|filters?|effects?|motions?|camera\s+moves?)\s+(?:are\s+there|can\s+i|could\s+i|is\s+there|are\s+available|do\s+you|does\s+joy|exist)|\b(?:list|show\s+me)\s+(?:the\s+|all\s+(?:the\s+)?|your\s+)?(?:styles?|presets?|songs?|tracks?|music|transitions?|looks?|filters?|motions?)\b(?!\s+(?:on|of|in)\b)|(?:(?:有|都有|还有)|(?:可以|能)(?:用|选|加|换)(?:成)?)(?:哪些|什么|啥)(?:样的)?[^，,。？?]{0,6}?(?:曲风|情绪|氛围|风格|音乐|歌|曲子|配乐|转场|过渡|滤镜|效果|运动|动效|功能|styles?|music|songs?|transitions?|looks?|filters?|effects?|motions?)|(?:能|可以|会)(?:帮我|帮你|给我)?(?:做|剪|干|弄)(?:些|点)?(?:什么|啥)|(?:能|可以|会)(?:帮我|帮你|给我)?干(?:嘛|吗)|\b(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+)?(?:music\s+|song\s+)?(?:moods?|genres?|vibes?)\s+(?:(?:do|does)\s+(?:you|joy|the\s+library)\s+)?(?:have|offer|got|are\s+there)\b/;

/** "so how long is it now?", "ok and what song is that?": words that lead into what is asked, asking nothing. */
const LEAD_IN =
  /^(?:(?:so|and|ok(?:ay)?|well|alright|right|hmm+|um+|oh|cool|great|nice|then)\b[\s,.!]*)+(?=\S)/;

/**
 * A message that only asks — "what does the timeline look like now?", "现在是竖屏吗？" — gets an answer
 * about the draft (status) or about what Joy can do (help), never an edit. Requests phrased as questions
 * ("can you make it 9:16?", "how about black and white?") are not questions here.
 */
export function questionRoute(text: string): 'status' | 'help' | undefined {
  const message = withoutCourtesy(withoutRhetoric(text.trim().toLowerCase())).replace(LEAD_IN, '');
  if (!message) return undefined;
  const asked = /[?？]\s*$/.test(message);
  // "有哪些背景音乐可以选？": asking what there is, even with "可以" in it.
  if (
    OFFERS.test(message) &&
    !ABOUT_DRAFT.test(message) &&
    (asked || /哪些|什么|啥|\bwhat\b|\bwhich\b|^\s*(?:list|show\s+me)\b/.test(message))
  )
    return 'help';
  // "how do I add captions?", "怎么加字幕？": asking how, which the help answers; the words after it
  // ("add", "加") would otherwise read as a request.
  if (HOW_TO.test(message) && !/[,，;；]/.test(message)) return 'help';
  // "can you tell me how long the video is", "能告诉我现在的设置吗": asking to be told is a question.
  if (TELL_ME.test(message)) return OFFERS.test(message) && !ABOUT_DRAFT.test(message) ? 'help' : 'status';
  // "这样可以吗？", "看看怎么样", "is this ok?": checking in on the draft is asking what it is now.
  if (CHECK_IN.test(message)) return 'status';
  if (ASKS_FOR_EDIT.test(message)) return undefined;
  // "transitions rn?", "音乐呢？": a thing of the draft named alone and asked about.
  if (NAMED_ALONE.test(message)) return 'status';
  const english =
    (QUESTION_START.test(message) &&
      (!WHEN_SAID.test(message) || /^[^.!;。！；]*[?？]/.test(message)) &&
      (!WANT_SAID.test(message) || asked)) ||
    (YES_NO_START.test(message) && asked) ||
    YES_NO_PLAIN.test(message) ||
    CHOICE.test(message);
  const chinese = /[\u3400-\u9fff]/.test(message) && QUESTION_ZH.test(message);
  if (!english && !chinese) return undefined;
  // "what a nice video, make it square": an exclamation followed by a request is not a question.
  if (/[,，;；]\s*(?:make|add|use|set|change|put|remove|加|改|换|做)/.test(message)) return undefined;
  return OFFERS.test(message) && !ABOUT_DRAFT.test(message) ? 'help' : 'status';
}

/** A format an export can be asked in: a resolution, a frame rate or a kind of file. */
const EXPORT_FORMAT =
  '(?:4k|uhd|2160p?|2k|1440p?|qhd|full\\s*hd|fhd|1080p?|720p?|540p?|\\d{2,3}\\s*(?:fps|帧|frames?\\s+(?:per|a)\\s+second)|mp4|mov|gif|webm|avi|mkv|prores|hdr|超高清|超清|全高清|高清|蓝光|无损)';
const EXPORT_VERB_ZH = '(?:导出|输出|渲染|导|出)';
const EXPORT_ASKS: RegExp[] = [
  // "能导出 4K 吗？", "可以输出60帧吗", "能不能导出gif", "支不支持导出4K", "能用4K导出吗".
  new RegExp(
    `(?:能不能|可不可以|能否|支不支持|能|可以|支持|会)(?:帮我|给我)?(?:用|以|按)?\\s*(?:${EXPORT_VERB_ZH}(?:成|为)?(?:一个|个)?\\s*${EXPORT_FORMAT}|${EXPORT_FORMAT}(?:的)?(?:分辨率|画质|格式)?\\s*${EXPORT_VERB_ZH})[^，,。；;！!]*?(?:吗|么|嘛|[?？])\\s*[?？]?\\s*$`,
  ),
  new RegExp(
    `(?:能不能|可不可以|能否|支不支持)(?:帮我|给我)?(?:用|以|按)?\\s*(?:${EXPORT_VERB_ZH}(?:成|为)?\\s*${EXPORT_FORMAT}|${EXPORT_FORMAT}\\s*${EXPORT_VERB_ZH})`,
  ),
  // "支持4K吗？", "有4K导出吗", "4K能导出吗".
  new RegExp(
    `^\\s*(?:joy\\s*)?(?:支持|有)\\s*${EXPORT_FORMAT}(?:的)?\\s*(?:导出|输出|格式)?\\s*(?:吗|么|嘛)\\s*[?？]?\\s*$|^\\s*${EXPORT_FORMAT}\\s*(?:的)?(?:导出|输出)?\\s*(?:能|可以|行)(?:导出|输出)?\\s*(?:吗|么|嘛)\\s*[?？]?\\s*$`,
  ),
  // "导出可以选4K吗？", "导出的时候能设成60帧吗".
  new RegExp(
    `(?:导出|输出)(?:时|的时候)?\\s*(?:能|可以)(?:选|用|支持|设|设置|调)?(?:成|为|到)?\\s*${EXPORT_FORMAT}[^，,。；;！!]*?(?:吗|么|嘛)\\s*[?？]?\\s*$`,
  ),
  // "can you export in 4K?", "could it render at 60fps?", "is it possible to export as a GIF?".
  new RegExp(
    `^\\s*(?:(?:can|could)\\s+(?:you|it|joy|i|we)|is\\s+it\\s+possible\\s+to)\\s+(?:export|render|output|save|deliver|download)\\s+(?:it\\s+|this\\s+|the\\s+video\\s+|my\\s+video\\s+)?(?:(?:in|at|as|to|into)\\s+)?(?:an?\\s+)?${EXPORT_FORMAT}\\b[^,.;!]*\\?\\s*$`,
  ),
  // "does Joy support 4K?", "is 60 fps supported?", "is 4K export available?".
  new RegExp(
    `\\b(?:do|does)\\s+(?:you|it|joy|this|the\\s+app)\\s+(?:support|do|offer|have)\\s+${EXPORT_FORMAT}|^\\s*is\\s+${EXPORT_FORMAT}\\s+(?:export\\s+)?(?:supported|possible|available)\\b`,
  ),
];
/** "导出什么格式？", "最高能导出多少分辨率", "what resolutions can you export?": what exports there are. */
const EXPORT_OPTIONS =
  /(?:能|可以|支持)?(?:导出|输出)(?:成)?(?:什么|哪些|啥|多少)(?:样的)?(?:格式|分辨率|清晰度|帧率|画质)|支持(?:什么|哪些|啥)(?:导出)?(?:格式|分辨率|帧率)|(?:最高|最大)(?:能|可以|支持)?(?:导出|输出)?(?:多少|什么|多高|多大)(?:的)?(?:分辨率|帧率|清晰度|画质)|(?:分辨率|帧率|清晰度|画质)(?:最高|最大)(?:能|可以)?(?:到|是|支持)?(?:多少|多高|什么)|\bwhat\s+(?:export\s+)?(?:resolutions?|formats?|frame\s*rates?|fps|qualit(?:y|ies)|file\s+types?)\s+(?:can|do|does|are|is)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:max(?:imum)?|highest|best|top)\s+(?:export\s+)?(?:resolution|quality|fps|frame\s*rate)\b|\bhow\s+high\s+(?:a\s+)?(?:resolution|quality|frame\s*rate)\b/;

/** What an export question asks: the options, or whether one format can be had. */
export type ExportQuestion = { kind: 'options' } | { kind: 'format'; said: string };

/**
 * "能导出 4K 吗？", "can you export in 4K?", "支持60帧吗", "what resolutions can you export?": asking what Joy
 * can export is answered, and nothing is exported or changed. Asking for it is still done: "导出4K",
 * "export in 4K", "能把视频改成4K吗" (a change, not an export), "能导出吗" (no format asked about).
 */
/** "支持4k导出不", "能加音乐不": a question said with a trailing 不, which is 吗. */
export const ASKED_WITH_BU = /^(支持|能|可以|会)([^，,。！!？?]{1,14}?)不\s*[？?]?\s*$/;

export function exportQuestion(text: string): ExportQuestion | undefined {
  // "支持4k导出不": a question said with a trailing 不 (as 吗).
  const message = text.trim().toLowerCase().replace(ASKED_WITH_BU, '$1$2吗');
  if (!message || /[,，;；]/.test(message)) return undefined;
  if (EXPORT_OPTIONS.test(message)) return { kind: 'options' };
  if (!EXPORT_ASKS.some((re) => re.test(message))) return undefined;
  const said = new RegExp(EXPORT_FORMAT).exec(message)?.[0];
  return said ? { kind: 'format', said } : undefined;
}
