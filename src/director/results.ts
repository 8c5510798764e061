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
  '(?:照片|图片|相片|画面|镜头|图)?(?:一直|老是|总是|不停地?)?(?:在)?(?:放大|缩小|推近|拉远|推来推去|推拉|变焦|缩放)(?:效果)?(?:的|个不停)?';

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
  [new RegExp(`${SWAYING_ZH}(?:\\s*[,，。]?\\s*${QUEASY_ZH})?`, 'g'), '照片不要动'],
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
    /\b(?:the\s+)?(last|final|first)\s+(?:thing|picture|photo|image)\s+(?:people|they|you|viewers|customers|everyone|we)\s+(?:see|should\s+see)\s+(?:should\s+be|is|needs\s+to\s+be|has\s+to\s+be)\s+(?:the\s+)?([a-z][\w-]*(?:\s+(?:one|photo|picture|pic|shot))?)\b/g,
    '$2 $1',
  ],
  [
    /\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+be\s+the\s+(last|final|first)\s+(?:thing|picture|photo|image)\s+(?:people|they|you|viewers|customers|everyone|we)\s+(?:see|should\s+see)\b/g,
    ' $1',
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
  [new RegExp(`${ZOOMING_ZH}\\s*[,，。]?\\s*(?:${QUEASY_ZH})`, 'g'), '照片不要动'],
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
