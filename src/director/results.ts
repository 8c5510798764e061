import { ZH_COLOUR_CHARS } from '../model/palette.js';
import { addVocabulary } from './fuzzy.js';

/**
 * Results described instead of settings: people say what they see ("the heads are cut off", "照片晃来晃去的，
 * 看得我头晕", "the beach should be the last thing people see") and not which setting makes it so. Each
 * complaint is rewritten into the words of the edit that fixes it, which the rules already read; the cause
 * said beside it ("it ends on the wrong picture, …") is only the reason and goes.
 *
 * | what they see                                   | the edit                        |
 * |-------------------------------------------------|---------------------------------|
 * | photos sway about / it makes me dizzy · 晃来晃去、头晕 | no motion · 照片不要动           |
 * | the blurry bit between the photos · 中间模糊的那段   | the transitions · 转场            |
 * | go straight from one to the next · 直接跳到下一张    | hard cuts · 直接切                |
 * | heads are cut off, show the whole picture · 头被切掉 | don't crop · 不要裁剪             |
 * | X should be the last thing people see · 最后看到X   | X last · X放最后                  |
 * | the first thing people see · 一开始看到X            | X first · X放最前面               |
 * | 没什么精神 (of the colours)                         | 鲜艳                              |
 * | the jump (between X and Y) is too sudden · 切得太硬了 | smooth transitions (between X and Y) · 转场柔和一点 |
 * | 画面一直在放大，看着晕 · the constant zooming makes me dizzy | 照片不要动 · no motion        |
 * | the ending is too abrupt · 结尾太突然了               | fade out to black at the end · 结尾淡出到黑 |
 * | the song ends too abruptly · 音乐结尾太突然          | a longer music fade-out · 音乐淡出长一点 |
 * | the music starts too suddenly · 音乐一下子响起来     | a music fade-in · 音乐淡入          |
 */

/** "the photos", "画面", "照片": what moves, when a complaint names it. */
const PICTURES_EN =
  '(?:the\\s+|all\\s+the\\s+|my\\s+)?(?:photos|pictures|pics|images|slides|shots|video|camera|it|they|everything)';
const QUEASY_EN =
  "(?:(?:is\\s+|are\\s+|it'?s\\s+|that'?s\\s+)?(?:making|makes?|made|gives?|giving|got)\\s+me\\s+(?:(?:feel|a\\s+bit|a\\s+little|kinda|so|really|super|quite|slightly)\\s+)*(?:dizzy|sick|nauseous|queasy|seasick|motion[\\s-]?sick|car[\\s-]?sick|woozy|a\\s+headache)|i\\s+(?:get|feel|got|am|'m)\\s+(?:(?:a\\s+bit|a\\s+little|so|really|quite)\\s+)?(?:dizzy|seasick|queasy|woozy|sick)(?:\\s+(?:watching|looking\\s+at)\\s+(?:it|them))?)";
const QUEASY_ZH =
  '(?:(?:看得|看着|看了)(?:我|人)?(?:有点|有些|好|很|真|都)?晕(?:了|死了)?|(?:看得|看着|看了|弄得|搞得|放得|推得|拉得|转得|晃得|动得|让|使)?(?:我|人)?(?:头都?(?:好|有点|很)?晕(?:了|死了)?|头昏眼花|眼睛?都?(?:花|晕)了?|晕乎乎的?|犯晕|想吐|恶心))';
const SWAYING_ZH =
  '(?:照片|图片|相片|画面|镜头|图)?(?:一直|老是|总是|不停地?)?(?:在)?(?:晃来晃去|晃晃悠悠|晃个不停|晃得(?:厉害|太厉害|很厉害)|动来动去|摇来摇去|飘来飘去|一直在?晃|一直在?动)(?:的|个不停)?';
const SWAYING_EN = `${PICTURES_EN}\\s+(?:keep|keeps|kept|won'?t\\s+stop|never\\s+stop)\\s+(?:moving|swaying|zooming|bouncing|floating|wobbling|drifting|sliding)(?:\\s+(?:about|around))?|${PICTURES_EN}\\s+(?:moving|swaying|zooming|bouncing|wobbling)\\s+(?:about|around)\\s+(?:all\\s+the\\s+time|so\\s+much|too\\s+much|constantly|non[\\s-]?stop)|${PICTURES_EN}\\s+won'?t\\s+(?:stay|keep|hold)\\s+still`;
/** "all this swaying about", "the zooming": what moves, named as a thing — a complaint only with what it does to them. */
const SWAYING_NOUN =
  '(?:all\\s+)?(?:the|this|that)\\s+(?:moving\\s+(?:about|around)|swaying(?:\\s+(?:about|around))?|zooming(?:\\s+(?:in\\s+and\\s+out|about|around))?|wobbling|bouncing\\s+around|panning)';

/** How a cut from one photo to the next is felt when it is too hard ("too sudden", "jarring", 生硬, 太硬). */
const HARSH_EN =
  '(?:(?:a\\s+bit|a\\s+little|kinda|kind\\s+of|so|really|too|way\\s+too|very|pretty|quite|super|rather|just|a\\s+tad)\\s+)*(?:sudden|abrupt|jarring|harsh|jerky|jumpy|jolting|rough)\\b';
/** What goes from one photo to the next, said as a jump rather than a transition ("the jump cuts", "the switch"). */
const JUMP_EN =
  '\\b(?:the\\s+|those\\s+|these\\s+|all\\s+(?:the\\s+|those\\s+)?|that\\s+)?(?:(?:jump|hard|straight)\\s+)?(?:jumps?|cuts?|switch(?:es)?|changes?|change-?overs?)';
const HARSH_ZH = '(?:的|得)?(?:有点|有些|太|很|好|比较|过于|特别|非常)?(?:生硬|硬|突然|突兀|跳)(?:了|啊|呀)?';
/** A zoom said as what it keeps doing ("画面一直在放大"), with how it makes the viewer feel. */
const ZOOMING_ZH =
  '(?:照片|图片|相片|画面|镜头|图)?(?:一直|老是|总是|不停地?)?(?:在)?(?:放大又?缩小|缩小又?放大|放大|缩小|推近|拉远|推来推去|推拉|变焦|缩放)(?:效果)?(?:的|个不停)?';

/** The video's ending felt as too abrupt (never the song's: "the song ends abruptly" is the music's fade). */
const ABRUPT_END_EN =
  '\\b(?:the\\s+(?:ending|end|outro|finish)|the\\s+(?:video|slideshow|movie|reel)\\s+end(?:ing)?)\\s+(?:is|feels?|seems?|looks?|was)\\s+(?:(?:a\\s+bit|a\\s+little|kinda|kind\\s+of|so|really|too|way\\s+too|very|pretty|quite|super|rather|just)\\s+)*(?:abrupt|sudden)\\b|\\bthe\\s+(?:video|slideshow|movie|reel)\\s+(?:ends|stops|finishes)\\s+(?:(?:a\\s+bit|kinda|so|really|too|way\\s+too|very|pretty|quite|super|rather|just)\\s+)*(?:abruptly|suddenly)\\b';
const ABRUPT_END_ZH =
  '(?<!音乐|歌|歌曲|配乐|曲子|声音)(?:结尾|片尾|结束)(?:的地方|得)?(?:有点|有些|太|很|好|比较|过于)?(?:突然|突兀|仓促)(?:了|啊|呀)?';

/**
 * "the jump between the beach and the city is too sudden", "the cuts from photo 1 to 2 are jarring": smooth
 * transitions where the jump is, between the photos named or everywhere.
 */
function smoothJump(match: RegExpExecArray): string {
  const place = match[1]?.trim();
  if (!place) return 'smooth transitions';
  const from = /^(?:the\s+)?(.+?)\s+(?:to|and|into|->|→)\s+(.+)$/.exec(place);
  return from
    ? `smooth transitions between ${from[1]} and ${from[2]}`
    : `smooth transitions between ${place}`;
}

/** The fade said after an ending felt as abrupt, put at the video's end ("fade it out" is the video). */
function fadeAtEnd(match: RegExpExecArray): string {
  const remedy = match[1]!.trim().replace(/\bfade\s+it\s+out\b/, 'fade the video out');
  return /\b(?:end|ending|video)\b/.test(remedy) ? remedy : `${remedy} at the end`;
}

export const RESULTS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // "the song ends too abruptly", "the music just cuts off at the end", "音乐结尾太突然": the music's fade-out;
  // "the music starts too suddenly", "音乐一下子就响起来": its fade-in.
  [
    /\b(?:the\s+)?(?:song|music|track|tune|bgm|soundtrack|audio)\s+(?:(?:just|kind\s+of|kinda|sort\s+of)\s+)?(?:ends|stops|finishes|cuts\s+(?:off|out)|ending|stopping)(?:\s+at\s+the\s+end)?\s+(?:(?:a\s+bit|a\s+little|kinda|so|really|too|way\s+too|very|pretty|quite|super|rather|just)\s+)*(?:abruptly|suddenly|sharply|harshly|hard)\b|\b(?:the\s+)?(?:song|music|track|tune|bgm|soundtrack|audio)\s+(?:just\s+)?(?:cuts|stops)\s+(?:off|out|dead)(?:\s+at\s+the\s+end)?\b|\b(?:the\s+)?(?:song|music)'?s?\s+end(?:ing)?\s+(?:is|feels|was)\s+(?:(?:a\s+bit|too|so|really|very)\s+)*(?:abrupt|sudden|harsh)\b/g,
    'fade the music out longer',
  ],
  [
    /(?:音乐|歌|歌曲|配乐|曲子|背景音乐|bgm)(?:的)?(?:结尾|最后|结束|收尾)(?:的地方|得)?(?:有点|有些|太|很|好|比较|过于)?(?:突然|突兀|生硬|硬|戛然而止)(?:了|啊|呀)?|(?:音乐|歌|配乐|背景音乐)(?:一下子|突然)?(?:就)?(?:断了|没了|停了|戛然而止)/g,
    '音乐淡出长一点',
  ],
  // "音乐结尾的时候慢慢变小", "let the music fade away at the end": the music's fade-out, said as what is heard.
  [
    /(?:音乐|歌|歌曲|配乐|曲子|背景音乐|bgm|声音)(?:在)?(?:的)?(?:结尾|最后|快结束|结束)(?:的时候|时|那里)?(?:慢慢|渐渐|逐渐|一点点)(?:地)?(?:变小|变轻|小下去|弱下去|消失|没了|淡出)(?:声)?/g,
    '音乐淡出',
  ],
  [
    /(?:音乐|歌|配乐|背景音乐|bgm)(?:在)?(?:开头|一开始|开始)(?:的时候|时)?(?:慢慢|渐渐|逐渐|一点点)(?:地)?(?:变大|变响|响起来|出来|进来|淡入)/g,
    '音乐淡入',
  ],
  [
    /\b(?:the\s+)?(?:song|music|track|tune|bgm|soundtrack|audio)\s+(?:(?:just|kind\s+of|kinda)\s+)?(?:starts|comes\s+in|kicks\s+in|begins)\s+(?:(?:a\s+bit|a\s+little|kinda|so|really|too|way\s+too|very|pretty|quite|super|rather|just)\s+)*(?:abruptly|suddenly|loud|loudly|harshly)\b/g,
    'fade the music in',
  ],
  [
    /(?:音乐|歌|配乐|背景音乐|bgm)(?:的)?(?:开头|一开始|开始)(?:有点|有些|太|很|好|比较|过于)?(?:突然|突兀|生硬|吵)(?:了|啊|呀)?|(?:音乐|歌|配乐|背景音乐)一下子(?:就)?(?:响起来|出来|冒出来)(?:了)?/g,
    '音乐淡入',
  ],
  // "晃得太厉害了，轻一点": asked to be gentler, the moves stay and only calm down.
  [
    new RegExp(
      `(?:${SWAYING_ZH})(?=\\s*了?\\s*[,，。]?\\s*(?:所以|那就|就)?\\s*(?:再)?(?:调|弄|变|放)?(?:得)?(?:轻|弱|小|柔和|温柔|缓|慢|稳)(?:一)?[点些])`,
      'g',
    ),
    '运动太猛',
  ],
  // "照片晃来晃去的，看得我头晕", "the pictures keep swaying about, it makes me dizzy": the camera moves go.
  [new RegExp(`${SWAYING_ZH}(?:\\s*[,，。]?\\s*(?:[^，,。]{1,4}说)?${QUEASY_ZH})?`, 'g'), '照片不要动'],
  [
    new RegExp(
      `\\b(?:${SWAYING_EN})\\b(?:\\s*[,.;]?\\s*(?:and\\s+)?(?:it|that|this|which)?\\s*${QUEASY_EN})?\\b`,
      'g',
    ),
    'no motion',
  ],
  [new RegExp(`\\b${SWAYING_NOUN}\\s+${QUEASY_EN}\\b`, 'g'), 'no motion'],
  // "…, it makes me feel dizzy" after the moves were named: only how it feels.
  [
    new RegExp(
      `(?<=^\\s*|[,.;!?]\\s*)(?:and\\s+)?(?:it|that|this)\\s+${QUEASY_EN}(?=\\s*(?:[,.;!?]|$))`,
      'g',
    ),
    '',
  ],
  [
    /\b(?:the\s+|that\s+|this\s+)?(?:blurr?y|fuzzy|black|white|fad(?:ing|ey|y))\s+(?:bit|part|thing|stuff|effect|moment|bits|parts)\s+(?:between|in\s+between)\s+(?:the\s+|each\s+)?(?:photos|pictures|pics|images|slides|shots)\b/g,
    'the transitions',
  ],
  [
    /(?:照片|图片|两张)?(?:之间|中间)(?:那个|那段|的)?(?:模糊|发黑|黑屏|闪白)(?:的)?(?:部分|那段|那一下|效果|过渡)/g,
    '转场',
  ],
  // "the fading from one picture to the next", "the blend into the very last picture", "the black flash between
  // pictures": the transitions, named by what is seen of them.
  [
    /\b(?:the|that|this)\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:fading|blend(?:ing)?|dissolv(?:e|ing)|change(?:over)?|switch(?:ing)?|black\s+flash(?:es)?|white\s+flash(?:es)?|flash(?:es)?)\s+(?:from\s+(?:one|1)\s+(?:photo|picture|pic|image|slide)\s+to\s+the\s+next|between\s+(?:the\s+|each\s+|all\s+the\s+)?(?:photos|pictures|pics|images|slides)|in\s+between)\b/g,
    'the transitions',
  ],
  [
    /\b(?:the|that)\s+(?:fade|fading|blend(?:ing)?|dissolve)\s+(?=into\s+(?:the\s+)?(?:very\s+)?(?:last|first|second|third|fourth|fifth|sixth|next|final|\d|photo|picture|pic))/g,
    'the transition ',
  ],
  // "Between the sunset and the party picture, could it go to black?": the place said first goes with the
  // transition asked after the comma.
  [
    /\bbetween\s+((?:the\s+)?[a-z0-9#' -]{2,40}?\s+and\s+(?:the\s+)?[a-z0-9#' -]{2,40}?)\s*,\s*(?=[^.;!?]*\b(?:fade|black|white|wipe|crossfade|cut|transition|blend|dissolve|slide)\b)/g,
    (m) => `between ${m[1]} `,
  ],
  // "…is over too quickly", "…is gone too fast": too short.
  [/\b(?:is|are)\s+(?:over|gone|done|finished)\s+(?:way\s+)?too\s+(?:quickly|fast|soon)\b/g, 'is too quick'],
  // "could it go to black for a moment", "dip to black between them": a fade through black.
  [
    /\b(?:go|goes|turn|turns|dip|dips|fade|fades|cut|cuts)\s+(?:to\s+)?black\s+(?:for\s+a\s+(?:moment|second|bit|beat)|briefly|in\s+between)\b|\b(?:go|goes|dip|dips)\s+to\s+black\b/g,
    'fade to black',
  ],
  // "could they blend softly instead", "let one picture melt into the next": a crossfade.
  [
    /\b(?:blend|melt|dissolve|fade)\s+(?:softly|gently|smoothly|nicely)?\s*(?:into\s+(?:each\s+other|one\s+another|the\s+next(?:\s+(?:one|photo|picture))?))\b|\b(?:blend|melt)\s+(?:softly|gently|smoothly|nicely)\b/g,
    'crossfade',
  ],
  // "could it be a plain change instead", "just switch straight over": hard cuts.
  [/\b(?:a\s+)?(?:plain|simple|straight|clean|normal)\s+(?:change|switch|changeover|swap)\b/g, 'a hard cut'],
  // "wipe across from left to right, like turning a page": the wipe's direction, the likeness only why.
  [/\bwipe\s+across\s+(?=from\s+(?:the\s+)?(?:left|right))/g, 'wipe '],
  [/\s*,?\s*like\s+(?:turning|flipping)\s+(?:a|the)\s+pages?\b/g, ''],
  // "…shorter please, they slow everything down": why, not a pace of its own.
  [
    /(?<=[,;—–]\s*)(?:because\s+)?(?:they|it|those|that|these)\s+(?:(?:really|just|kind\s+of)\s+)?(?:(?:slow|slows|drag|drags)\s+(?:everything|things|it|the\s+(?:whole\s+)?(?:video|thing))\s+down|make\s+the\s+video\s+slower)\b/g,
    '',
  ],
  // "just go straight from one to the next", "jump straight to the next picture": cuts, nothing between.
  [
    /\b(?:just\s+)?(?:go|jump|change|switch|cut|move|flick)\s+(?:straight|directly|right)\s+(?:from\s+(?:one|each)(?:\s+(?:photo|picture|pic|image|slide|shot))?\s+)?(?:to|into|on\s+to|onto)\s+the\s+next(?:\s+(?:one|photo|picture|pic|image|slide|shot))?\b/g,
    'hard cuts',
  ],
  [/直接(?:跳|换|切)(?:到|成)?(?:下[一1]张|下[一1]个|下张)/g, '直接切'],
  // "the tops of people's heads are cut off", "the edges get cropped", "头被切掉了": show the whole photo.
  [
    /\b(?:the\s+)?(?:(?:tops?|sides?|edges?|bottoms?)\s+of\s+)?(?:(?:people'?s|their|our|everyone'?s|the)\s+)?(?:heads?|faces?|feet|edges?|sides?|tops?|people|bits?\s+of\s+the\s+(?:photos?|pictures?))\s+(?:are|is|get|gets|got|keep\s+getting)\s+(?:being\s+)?(?:cut\s+off|cropped(?:\s+(?:off|out))?|chopped\s+off|cut\s+out|missing)(?:\s+now)?\b/g,
    "don't crop",
  ],
  // "the photos are cropped weird", "you can't see our heads", "裁得很奇怪", "看不到我们的头": a crop complained of.
  [
    /\b(?:(?:the\s+)?(?:photos?|pictures?|pics?|images?|shots?|they|it|everything)\s+(?:are|is|get|gets|look|looks|got)\s+)?cropped\s+(?:(?:really|so|too|kind\s+of|kinda|a\s+bit|very|all)\s+)?(?:weird(?:ly)?|wrong(?:ly)?|badly|strange(?:ly)?|odd(?:ly)?|awkward(?:ly)?|funny|much|tight(?:ly)?)\b/g,
    "don't crop",
  ],
  [
    /(?<!\b(?:dark|darker|bright|dim|blurr?y|small|tiny|fast|quick)\b[^.;!?]{0,20})\b(?:you|i|we|people|they|nobody|no\s+one|one)\s+(?:can'?t|cannot|can\s+not|don'?t|couldn'?t|can)\s+(?:even\s+|really\s+|actually\s+)?see\s+(?:(?:our|their|people'?s|everyone'?s|the|my|his|her|your)\s+)?(?:heads?|faces?|feet)\b(?!\s+(?:because|since|as)\b[^,.;]*\b(?:dark|bright|blurr?y|dim|small|light)\b)/g,
    "don't crop",
  ],
  [/(?:裁|切|剪)得(?:很|太|有点|好|真)?(?:奇怪|怪|不对|太多|太狠|不好)了?/g, '不要裁剪'],
  [
    /(?<!(?:暗|亮|模糊|小|快)[^。！？]{0,6})(?:看不到|看不见|没有)(?:我们|我|人|大家|他们|她们)?的?(?:头|脸|脑袋|头顶)了?(?!.*(?:暗|亮|黑|模糊|小))/g,
    '不要裁剪',
  ],
  [
    /\bshow\s+(?:the\s+)?(?:whole|entire|full|complete)\s+(?:photos?|pictures?|images?|pics?|shots?|thing)\b/g,
    'show the whole photo',
  ],
  [/(?:头|脸|人|脑袋|头顶|边缘)(?:都)?(?:被)?(?:切掉|裁掉|切没|裁没|剪掉|切|裁)了/g, '不要裁剪'],
  // "the beach should be the last thing people see", "最后大家看到的应该是海边那张": that photo last.
  [
    /\b(?:the\s+)?(?:very\s+)?(last|final|first)\s+(?:thing|picture|photo|image)\s+(?:people|they|you|viewers|customers|everyone|we)\s+(?:see|should\s+see)\s+(?:should\s+be|is|needs\s+to\s+be|has\s+to\s+be)\s+(?:the\s+)?([a-z][\w-]*(?:\s+(?:one|photo|picture|pic|shot))?)\b/g,
    '$2 $1',
  ],
  [
    /\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+be\s+the\s+(?:very\s+)?(last|final|first)\s+(?:thing|picture|photo|image)\s+(?:people|they|you|viewers|customers|everyone|we)\s+(?:see|should\s+see)\b/g,
    ' $1',
  ],
  // "I don't really like the third photo", "我不太喜欢第三张": that photo out (said of a photo alone, at the end).
  [
    /\b(?:i|we)\s+(?:really\s+)?(?:don'?t|do\s+not|didn'?t)\s+(?:really\s+|much\s+|particularly\s+|quite\s+)?(?:like|love|care\s+for)\s+((?:the|that|this)\s+(?:[a-z0-9]+\s+){0,2}(?:photo|picture|pic|image|shot|one))(?=\s*(?:[.!,;]|$))/g,
    'remove $1',
  ],
  [
    /(?:我)?(?:不太|不怎么|不是很|不)喜欢((?:第\d+|最后(?:一|1)?|倒数第\d+)张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片)?(?=\s*(?:[。！!，,]|$))/g,
    '删掉$1',
  ],
  // "could the coffee one come right after the rocket?": where a photo should go, asked as a question.
  [
    /\b(?:could|can|would)\s+((?:the|that|my|our)\s+[^?.,;]{1,30}?)\s+(come|go|appear|show\s+up)\s+(?=(?:right\s+|just\s+|directly\s+)?(?:after|before)\b)/g,
    '$1 should $2 ',
  ],
  // "倒过来放，从最后一张开始", "reverse it so it starts with the last one": the reversal, said twice.
  [
    /(倒过来|倒着|倒序|反过来)(放|排)?\s*[，,]?\s*(?:就是|也就是)?从最后(?:一|1)张(?:开始|放起)(?:放)?/g,
    '$1$2',
  ],
  [
    /\b(reverse(?:\s+(?:the\s+order|it|them|everything))?|backwards)\s*,?\s*(?:so\s+(?:that\s+)?it\s+|and\s+)?(?:starts?|starting|begins?|beginning)\s+(?:with|from|on)\s+the\s+last\s+(?:one|photo|picture|pic)\b/g,
    '$1',
  ],
  // "could it say 'We will miss you'": words to show, asked of the video.
  [
    /\b(?:could|can|would|will)\s+(?:it|the\s+video|the\s+screen|the\s+picture|we)\s+(?:say|read|show|have)\b(?=\s*\S)/g,
    'add',
  ],
  // "Let's try 5 for each one", "make it 4 a picture": a bare number given to each photo is its seconds.
  [
    /\b(\d{1,2}(?:\.\d+)?)\s+(?:for\s+)?(?:each(?:\s+one)?|apiece|a\s+(?:photo|picture|pic|slide)|per\s+(?:photo|picture|pic|slide))\b/g,
    '$1 seconds each',
  ],
  // "move in closer", "glide from right to left", "shouldn't move at all": camera moves in a person's words.
  [
    /\b(?:move|moves|go|goes|come|comes|get|gets|creep|creeps|push|pushes)\s+(?:in\s+)?closer\b|\bmove\s+in\b(?!\s+(?:front|between|after|before))/g,
    'zoom in',
  ],
  [
    /\b(?:move|moves|go|goes|get|gets|pull|pulls)\s+(?:further|farther)\s+(?:away|back|out)\b|\bget\s+further\s+away\b/g,
    'zoom out',
  ],
  [
    /\b(?:glide|glides|gliding|drift|drifts|float|floats|slide|slides|sweep|sweeps|travel|travels|move|moves)\s+(?:slowly\s+|gently\s+)?(?:across\s+)?from\s+(?:the\s+)?(left|right)\s+to\s+(?:the\s+)?(right|left)\b(?![^,.;!?]*\b(?:transitions?|wipe|between)\b)/g,
    (m) => `pan ${m[2]}`,
  ],
  [
    /\b(?:should|must|does|do|need\s+to|needs\s+to)\s*(?:n'?t|\s+not|\s+never)\s+move\s+at\s+all\b|\bnot\s+move\s+at\s+all\b/g,
    'stay still',
  ],
  // "could each one stay 4 seconds": each photo, the only things that stay.
  [
    /\beach\s+one\s+(?=(?:should\s+|could\s+|can\s+|to\s+|will\s+)?(?:stay|last|show|linger|be\s+(?:on\s+screen|shown|up)))/g,
    'each photo ',
  ],
  // "the pictures are cut off", "you can't see the tops of our heads": show each photo whole.
  [
    /\b(?:the\s+|my\s+|our\s+)?(?:photos|pictures|pics|images)\s+(?:are|get|look|seem)\s+(?:being\s+|all\s+)?(?:cut\s+off|cropped|chopped(?:\s+off)?)\b/g,
    "don't crop",
  ],
  [
    /\b(?:you|i|we|people)\s+(?:can'?t|cannot|can\s+not|couldn'?t)\s+see\s+(?:the\s+)?(?:tops?\s+of\s+)?(?:our|their|my|his|her|people'?s|everyone'?s|the)\s+(?:heads?|feet|hair)\b/g,
    "don't crop",
  ],
  // "还是改回白色吧": back to a colour said is that colour.
  [
    new RegExp(`(?:还是)?(?:改回|换回|变回|调回)(?:成|到)?(?=\\s*(?:原来的)?${ZH_COLOUR_CHARS}色)`, 'g'),
    '改成',
  ],
  // "photos 2 to 4 at 2s each; 1 and 5 stay at 3": after photos were named by number, bare numbers are photos too.
  [
    /(?<=\b(?:photos?|pics?|pictures?)\b[\s\S]*?[;,.]\s*)\b(\d{1,2})\s*(?:and|&|,)\s*(\d{1,2})\s+(?:stay|stays|remain|remains|keep|are|at)\s+(?:at\s+)?(\d+(?:\.\d+)?)(?:\s*(?:s|secs?|seconds?))?\b/g,
    (m) => `photos ${m[1]} and ${m[2]} ${m[3]} seconds`,
  ],
  // "music -6 dB", "音量-10dB": a level in decibels is that gain (−6 dB is half as loud in amplitude, 50 %).
  [
    /(?<=\b(?:music|song|track|bgm|volume|audio)\b[^,.;!?]{0,20}?|(?:音乐|音量|配乐|背景音乐)[^，,。；;]{0,10}?)(?<![\w.])([+-−]?\d+(?:\.\d+)?)\s*db\b/gi,
    (m) => {
      const db = Number(m[1]!.replace('−', '-'));
      return db >= -60 && db <= 6 ? `${Math.round(10 ** (db / 20) * 100)}%` : m[0];
    },
  ],
  // "remove the last photo and the caption", "删掉最后一张和字幕": one verb for things of two kinds, said twice.
  [
    /\b(remove|delete|drop|cut|get\s+rid\s+of|take\s+out|lose|ditch)\s+((?:the\s+)?(?:(?:very\s+)?(?:last|first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:photo|picture|pic|one|image|slide|shot)|[a-z]+\s+(?:photo|picture|pic|one|shot))|photo\s+#?\d{1,2})\s+(?:and|&|plus)\s+(?=(?:the\s+|that\s+)?(?:title|caption|captions|text|music|song|soundtrack|end\s+card)\b)/g,
    (m) => `${m[1]} ${m[2]} and ${m[1]} `,
  ],
  [
    /(删掉|删除|去掉|删了|拿掉)((?:第\d+|最后(?:一|1)?|倒数第\d+)张(?:照片|图片)?|[\u4e00-\u9fff]{1,4}那张)(?:和|跟|还有|以及|、)(?=(?:标题|字幕|音乐|背景音乐|片尾文字|配乐))/g,
    '$1$2，$1',
  ],
  // "…, leave 1 and 3 as they are": photos named to stay as they are ask for nothing.
  [
    /\b(?:and\s+)?(?:leave|keep)\s+(?:photos?\s+|pics?\s+)?#?\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*\s+(?:as\s+(?:they|it)\s+(?:are|is|were|was)|alone|unchanged|untouched|the\s+same)\b/g,
    '',
  ],
  // "same title, same timing, but red": what stays the same, said before what changes, asks for nothing.
  [
    /\b(?:(?:keep\s+(?:the\s+)?)?same\s+(?:title|text|caption|words|wording|timing|times?|position|place|spot|size|font|length|duration|music|song|transitions?|everything(?:\s+else)?)\s*(?:[,;&]|and)\s*)+(?:but\s+|just\s+|only\s+)?(?=\S)/g,
    '',
  ],
  // "3 seconds is too quick. let's try 4 for each one": the length there is, complained of before the one wanted.
  [
    /\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s+(?:a|per|each)\s+(?:photo|picture|pic|slide))?\s+(?:is|are|feels?|seems?)\s+(?:(?:a\s+bit|a\s+little|way|much|kind\s+of|kinda|so|really)\s+)*(?:too\s+)?(?:quick|fast|short|long|slow)\b(?:\s+for\s+[^.;!?]*)?\s*[,.;!]+\s*(?=\S)/g,
    '',
  ],
  // "最后那个转场", "这个转场": the last one, as 最后一个转场.
  [/最后(?:那|这)个(?=\s*(?:转场|过渡))/g, '最后一个'],
  // "转场一个都不要", "一个转场也不要": no transitions at all.
  [/(?:转场|过渡)(?:[一1]个)?(?:也|都)不要了?|[一1]个(?:转场|过渡)(?:也|都)不要了?/g, '不要转场'],
  // "ok so this is for my sister's engagement dinner, …, anyway could you …": the occasion told first, then
  // "anyway" and the request, is why (no style of its own).
  [
    /^\s*(?:ok(?:ay)?\s+)?(?:so\s+)?(?:this|it)(?:'s|\s+is)\s+(?:(?:just|all)\s+)?for\s+[^.;!?]*?\banyway\b\s*,?\s*/g,
    '',
  ],
  // "every slide 2.5 seconds": with every or each, a slide is a photo.
  [/\b(every|each)\s+slide\b(?!\s*(?:transition|effect))/g, '$1 photo'],
  // "a full second", "a whole minute": one of them.
  [/\ba\s+(?:full|whole|entire)\s+(second|minute)\b/g, '1 $1'],
  // "除了标题，其他文字都删掉", "remove all the text except the title": the other text goes.
  [
    /除了(标题|字幕)(?:以外|之外)?[，,]?\s*(?:其他|其余|别的)(?:的)?(?:文字|字幕|标题|字|文本)?(?:都|全)?(?:删掉|删了|去掉|不要了?)/g,
    (m) => (m[1] === '标题' ? '删掉字幕' : '删掉标题'),
  ],
  [
    /\b(remove|delete|drop|get\s+rid\s+of)\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:text|texts|words|writing)\s+(?:except|but|apart\s+from|other\s+than|besides)\s+(?:for\s+)?the\s+(title|caption)\b/g,
    (m) => `${m[1]} the ${m[2] === 'title' ? 'caption' : 'title'}`,
  ],
  // "flip the whole thing around, last photo first": the reversal said again by what comes first.
  [
    /(?<=\b(?:reverse|reversed|flip|flipped|backwards|around)\b[^.;!?]{0,30}?)\s*[,;—–-]\s*(?:so\s+(?:that\s+)?)?(?:the\s+)?last\s+(?:photo|one|picture|pic)\s+(?:comes?\s+|goes\s+|is\s+)?first\b/g,
    '',
  ],
  // "could every photo get, like, two and a half seconds": a filler set off by commas is no pause.
  [/\s*,\s*(?:like|um+|uh+|erm|you\s+know|i\s+guess|maybe)\s*,\s*/g, ' '],
  // "fill the screen, I hate the blurry edges": the blurred sides complained of are why the photo should fill it.
  [
    /\b(?:i\s+(?:hate|don'?t\s+like|dislike|can'?t\s+stand)\s+)?(?:the|those|these)\s+(?:blurry|blurred|fuzzy)\s+(?:edges|borders|sides|bars|background|bits\s+at\s+the\s+sides)\b/g,
    'fill the frame',
  ],
  // "turn the music off for the first 3 seconds", "前3秒不要音乐": the music comes in after them.
  [
    /\b(?:turn|switch|keep)\s+(?:the\s+)?(?:music|song|bgm)\s+off\s+(?:for|during)\s+the\s+first\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|\bno\s+(?:music|song|bgm)\s+(?:for|during|in)\s+the\s+first\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b/g,
    (m) => `start the music ${m[1] ?? m[2]} seconds in`,
  ],
  [/前(\d+(?:\.\d+)?)秒(?:钟)?(?:先)?(?:不要|别放|没有|不放)(?:背景)?(?:音乐|配乐|歌)/g, '音乐从第$1秒开始'],
  // "the music should come in later, like 3 seconds", "音乐晚点进 like 3秒": the amount said after "later" is
  // where it comes in.
  [
    /\b(?:the\s+)?(?:music|song|bgm|track)\s+(?:should\s+|to\s+|can\s+|could\s+|needs\s+to\s+)?(?:start|begin|come\s+in|kick\s+in|starts|begins|comes\s+in|kicks\s+in)\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?later\s*[,，:;?-]?\s*(?:like|about|around|say|maybe|roughly|at)?\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b/g,
    'start the music $1 seconds in',
  ],
  [
    /(?:音乐|配乐|背景音乐|歌|bgm)(?:晚|迟)(?:一)?点(?:儿)?(?:再)?(?:进|进来|开始|出来|响起?)(?:来)?\s*[，,]?\s*(?:like|about|大概|大约|差不多|在)?\s*(?:第)?(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:左右|吧)?/g,
    '音乐从第$1秒开始',
  ],
  // "the blur one", "the blurred pic": the photo that is blurry.
  [/\b(?:the|that|this)\s+blur(?:red)?\s+(?=(?:one|photo|pic|picture|image|shot)s?\b)/g, 'the blurry '],
  // "the city one is too dark, drop it": what is wrong with the photo is why it goes, not a look to change.
  [
    /\b((?:the|that|this)\s+(?:[a-z-]+\s+){0,2}(?:one|photo|pic|picture|shot|image)|photo\s+\d+)\s+(?:is|looks|seems)\s+(?:way\s+|a\s+bit\s+|so\s+|really\s+|kinda\s+)?(?:too\s+)?(?:dark|bright|blurry|blurred|ugly|bad|boring|grainy|dull|out\s+of\s+focus)\s*[,;.—–-]+\s*(?:so\s+|just\s+|please\s+)*(drop|remove|delete|cut|lose|ditch|bin|scrap|take\s+out)\s+it\b/g,
    '$2 $1',
  ],
  // "最后两张之间不要转场", "前两张用擦除转场": between two photos at one end is the one transition there.
  [
    /(最后|前)(?:2|两)张(?:照片|图片)?(?:((?:之间|中间)的?)(?![^，,。；;！!]{0,6}(?:转场|过渡))|(?:之间|中间)?的?(?=[^，,。；;！!]{0,6}(?:转场|过渡)))/g,
    (m) => `${m[1] === '前' ? '第1个' : '最后1个'}${m[2] ? '转场' : ''}`,
  ],
  // "a 16 second video with each photo the same length": the length is the video's, shared out evenly.
  [
    /(?<=\d\s*-?\s*(?:s|secs?|seconds?)\b[^.;!?]*?)\s*,?\s*\b(?:with\s+|and\s+)?(?:each|every|all(?:\s+(?:of\s+)?the)?)\s+(?:photo|picture|pic|image|slide|shot)s?\s+(?:(?:being|at|of)\s+)?(?:the\s+same\s+length|equally\s+long|(?:of\s+)?equal\s+length|the\s+same\s+duration|evenly)\b/g,
    ', split evenly',
  ],
  // "take the title off after 2 seconds", "remove the caption at 5s": when it goes, not that it goes.
  [
    /\b(?:take|get|pull)\s+(?:the\s+)?(title|caption|subtitle|text|words)\s+(?:off|away|down)\s+(after|at)\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|\b(?:remove|hide|drop)\s+(?:the\s+)?(title|caption|subtitle|text|words)\s+(after|at)\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b/g,
    (m) => `${m[1] ?? m[4]} gone ${m[2] ?? m[5]} ${m[3] ?? m[6]} seconds`,
  ],
  // "除了最后一个转场 全部黑场", "除了第一个转场，其他全部擦除": the transition spared, then what the others become.
  [
    /除了?(最后|第\d+)(?:1|一)?个(?:转场)[，,\s]*(?:其他|其余|别的)?(?:的)?(?:转场)?(?:全部|全都|都)?/g,
    (m) => `除了${m[1] === '最后' ? '最后1' : m[1]}个，其他转场都`,
  ],
  // "half it pls": the verb is halve.
  [/(?<!\b(?:about|like|around|roughly|maybe|just|only|to|at|by)\s+)\bhalf\s+(?=(?:it|them)\b)/g, 'halve '],
  // "end of video put text …", "start of video fade in": the place, said without "at the".
  [
    /(?<!\b(?:the|at|to|by|until|till|near|towards?|of|in|very)\s+)\b(end|start|beginning)\s+of\s+(?:the\s+)?(?:video|vid|clip|film|movie)\b/g,
    'at the $1 of the video',
  ],
  // "caption show too long, 2 sec enough": the length that is enough for what was said to stay too long.
  [
    /\b(?:the\s+)?(title|caption|subtitle|text|words|end\s+card)s?\s+(?:shows?|stays?|is\s+on|are\s+on|is\s+shown|are\s+shown|lasts?)(?:\s+up)?\s+(?:for\s+)?(?:way\s+|a\s+bit\s+|much\s+)?too\s+long\s*[,，;]\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:is\s+)?(?:enough|is\s+plenty|plenty|fine|ok)\b/g,
    'show the $1 for $2 seconds',
  ],
  // "it ends on the wrong picture, …", "it starts with the wrong photo, …": the reason for the move said next.
  [
    /\b(?:it|the\s+video)\s+(?:ends|finishes|starts|begins|opens|closes)\s+(?:on|with)\s+the\s+wrong\s+(?:photo|picture|pic|image|one|shot)\s*[,.;]\s*(?=\S)/g,
    '',
  ],
  [/(?:最后|结尾)(?:让)?(?:大家|观众|别人|人|客人|顾客)?(?:看到|看见)的?(?:应该|要|得)?是/g, '最后放'],
  // "the jump between the beach and the city is too sudden", "the jump cuts are jarring": no hard cut there.
  [
    new RegExp(
      `${JUMP_EN}(?:\\s+(?:between|from)\\s+([^,.;!?]{1,40}?))?\\s+(?:is|are|was|were|feels?|looks?|seems?)\\s+${HARSH_EN}`,
      'g',
    ),
    smoothJump,
  ],
  // "海边到城市那里切得太硬了", "照片之间切换太生硬了": the transition there made gentle.
  [
    new RegExp(
      `(?<=[^\\s，,。；;！!？?])(?:那里|那儿|这里|这儿|那块|那一下|的地方)?(?:之间|中间)?(?:的)?(?:切换|切|跳转|跳)${HARSH_ZH}`,
      'g',
    ),
    '之间转场柔和一点',
  ],
  [new RegExp(`(?<![^\\s，,。；;！!？?])(?:切换|切|跳转)${HARSH_ZH}`, 'g'), '转场柔和一点'],
  // "画面一直在放大，看着晕", "放大看得我头晕": the camera moves go.
  [new RegExp(`${ZOOMING_ZH}\\s*[,，。]?\\s*(?:[^，,。]{1,4}说)?(?:${QUEASY_ZH})`, 'g'), '照片不要动'],
  // "the ending is too abrupt, fade it out over 3 seconds", "结尾太突然了，淡出两秒": the fade said next is the
  // remedy, at the video's end (its "it" is the video); the complaint is only the reason.
  [
    new RegExp(
      `(?:${ABRUPT_END_EN})\\s*[,;:—–-]+\\s*((?:(?:so|please|just|maybe|and|then|add|give\\s+it|use)\\s+)*(?:an?\\s+)?(?:\\d+(?:\\.\\d+)?[\\s-]*(?:s|secs?|seconds?)[\\s-]+)?(?:fade|dip)\\b[^,.;!?]*)`,
      'g',
    ),
    fadeAtEnd,
  ],
  [
    new RegExp(`(?:${ABRUPT_END_ZH})\\s*[，,；;]\\s*(?=(?:那就|就|帮我|给它)?(?:淡出|渐黑|变黑))`, 'g'),
    '结尾',
  ],
  // "the ending is too abrupt", "the video ends so abruptly", "结尾太突然了": the video fades out at its end.
  [new RegExp(ABRUPT_END_EN, 'g'), 'fade out to black at the end'],
  [
    new RegExp(
      `(?:${ABRUPT_END_ZH})\\s*[，,；;]\\s*(?=(?:那就|就|帮我|给它)?(?:加个?|来个?|用)?(?:\\d+(?:\\.\\d+)?|[一两二三四五])?\\s*(?:秒钟?)?(?:的)?(?:淡出|渐黑|黑场|变黑))`,
      'g',
    ),
    '',
  ],
  [new RegExp(ABRUPT_END_ZH, 'g'), '结尾淡出到黑'],
  // "没什么精神" said of the picture: livelier colour.
  [/(?:颜色|画面|照片|色彩)?(?:没什么|没有|没|不够)(?:精神|活力|生气)/g, '鲜艳'],
];

addVocabulary(
  'dizzy seasick queasy woozy nauseous swaying sway wobbling bouncing blurry fuzzy straight heads head cropped chopped viewers customers wrong ends finishes weird weirdly awkward see faces',
);
