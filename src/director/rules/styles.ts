import { STYLES, type StyleDescriptor } from '../../catalog/styles.js';
import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { MOODS, moodDegree, moodOf } from './moods.js';
import { KEEP_MUSIC } from './music.js';
import { type Family, note } from './types.js';

/** Style presets: "make a birthday video", "travel vlog", "wedding style", "纪念", "做成旅行vlog". */

const pattern = (word: string) =>
  word.replace(/[.*+?^${}()|[\]\\-]/g, (ch) => `\\${ch}`).replace(/\s+/g, '\\s*');
const byLength = (a: string, b: string) => b.length - a.length;
/** A style's names: its aliases and the title Joy calls it by ("Family moments", "家庭时光"). */
const names = (style: StyleDescriptor, lang: 'en' | 'zh') => [
  ...new Set([...style.aliases[lang], lang === 'en' ? style.title.toLowerCase() : style.titleZh]),
];
const EN_ALIASES = STYLES.flatMap((style) => names(style, 'en').map((alias) => [alias, style] as const)).sort(
  (a, b) => byLength(a[0], b[0]),
);
const ZH_ALIASES = STYLES.flatMap((style) => names(style, 'zh').map((alias) => [alias, style] as const)).sort(
  (a, b) => byLength(a[0], b[0]),
);
const EN = `(${EN_ALIASES.map(([alias]) => pattern(alias)).join('|')})`;
/** "毕业纪念", "旅行纪念": 纪念 after an occasion is a keepsake of it, not a memorial. */
const KEEPSAKE = '(?<!毕业|旅行|旅游|生日|婚礼|结婚|周年|宝宝|亲子|家庭|入学|成长|青春|校园|假期|度假)';
/** "老电影那种", "旧电影的感觉": an old film is the vintage look (looks.ts), not the cinematic style. */
const OLD_FILM = '(?<![老旧]|老式)';
const ZH_GUARDS: Record<string, string> = {
  纪念: KEEPSAKE,
  电影: OLD_FILM,
  电影感: OLD_FILM,
  大片: OLD_FILM,
};
/** "用派对那张开场", "派对的照片放第一": a name that says what a photo shows names the photo, not a style. */
const A_PHOTO = '(?!\\s*(?:的)?\\s*(?:那张|这张|那一张|这一张|那幅|照片|图片|相片))';
const ZH = `(${ZH_ALIASES.map(([alias]) => (ZH_GUARDS[alias] ?? '') + pattern(alias)).join('|')})${A_PHOTO}`;
/**
 * Words said between a style's name and "风格"/"视频" that leave it the same style: "家庭日常风格", "亲子时光",
 * "宝宝成长记录vlog", "生日派对的视频", "毕业季".
 */
const ZH_AFTER =
  '(?:纪念|留念|快乐|主题|时光|日常|记录|纪录|回忆|生活|时刻|故事|瞬间|点滴|成长|趣事|之旅|旅程|出游|聚会|季|合影|写真)';
/** The same in English: "family time style", "kids moments video", "travel memories montage". */
const EN_AFTER =
  '(?:times?|moments?|memories|days?|life|fun|stor(?:y|ies)|adventures?|diar(?:y|ies)|highlights|recap)';
const KIND =
  '(?:video|style|theme|vibe|vlog|blog|edit|montage|feel|look|reel|slideshow|movie|film|version|mode|preset|clip|story|recap)';
/** Names of two words or more that end in a kind of video: "highlight reel", "hype video", "travel vlog". */
const KIND_NAMES = EN_ALIASES.map(([alias]) => alias)
  .filter((alias) => /\s/.test(alias) && new RegExp(`\\s${KIND}$`).test(alias))
  .map(pattern)
  .join('|');
const MUSIC = '(?:music|song|songs|track|tracks|bgm|soundtrack|beats?|tune)';
/** "for the shop window screen", "for our store's tv": where the video plays, not what style it is. */
const PLACE =
  '(?:window|screens?|displays?|counter|front|wall|tv|televisions?|monitors?|doors?|signs?|floor|entrance|till|register)\\b';

/** "a fast hype montage", "a fun little travel vlog": words that describe the style, read with it. */
const STYLE_ADJECTIVES =
  '(?:(?:fast|quick|fast-paced|fun|short|little|hype|hyped|epic|big|cool|nice|proper|real|high[\\s-]energy|energetic|punchy|cute|sweet|simple)\\s+){0,3}';

/** "for grandpa's memorial", "for mum's birthday": a relative named without "my" is still whose occasion it is. */
const KIN =
  '(?:grand(?:pa|ma|dad|mum|mom|mother|father)|gran|granny|nana|nan|papa|pop|mum|mom|mommy|mummy|dad|daddy|mother|father|uncle|aunt|auntie|aunty)';

/** "for my son's 7th birthday", "for dad's sixtieth": which one the occasion is, said before it. */
const AGE =
  '(?:\\d{1,3}\\s*(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|sixteenth|eighteenth|twenty[\\s-]?first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)(?=\\s)';

/** The ways a person asks for a style, each with the group that names it. */
/** "a vintage film look", "old movie feel": a colour look word before the name makes it a look, not a style. */
const LOOK_BEFORE =
  '(?<!\\b(?:vintage|retro|old|old[\\s-]school|analog|analogue|grainy|classic|faded|sepia|warm|cool|black\\s+and\\s+white|b&w|noir|kodak|polaroid)\\s+)';
const ASKS: RegExp[] = [
  // "a more romantic feel" is the mood's look; "a more romantic video" still names the style (below).
  new RegExp(`\\b${LOOK_BEFORE}(?<!\\bmore\\s+)${EN}(?:\\s+${EN_AFTER})?\\s+${KIND}s?\\b`),
  new RegExp(
    `\\b(?:make\\s+(?:it|this|them)?\\s*(?:into\\s+)?(?:a|an)?|turn\\s+(?:it|this|them)\\s+into\\s+(?:a|an)?|(?:feel|look)s?\\s+like\\s+(?:a|an)?|for\\s+(?:(?:a|an|the|my|our|his|her|their)(?:\\s+(?:late\\s+|dear\\s+|beloved\\s+|dearly\\s+departed\\s+)?[a-z]+['’]s)?|${KIN}(?:['’]s)?)(?:\\s+${AGE})?|as\\s+(?:a|an)|style\\s*:?|go\\s+(?:for\\s+)?(?:a|an)?|do\\s+(?:a|an)?|a|an)\\s+${STYLE_ADJECTIVES}${EN}\\b(?!\\s+${MUSIC})(?!(?:'s)?\\s+${PLACE})`,
  ),
  // "travel vlog", "product showcase for my etsy shop", "quick product promo": the style named first (in one
  // or two of its names, after words that describe it), alone or with its purpose.
  new RegExp(
    `^\\s*(?:please\\s+)?(?:a\\s+|an\\s+)?${STYLE_ADJECTIVES}${EN}(?:\\s+${EN})?\\s*(?:please|pls)?\\s*(?:$|(?=for\\b))`,
  ),
  new RegExp(
    `${ZH}\\s*(?:的)?\\s*(?:${ZH_AFTER}{1,2}\\s*(?:的)?)?\\s*(?:视频|风格|主题|vlog|感觉|感|短片|相册|片子|影片|模板|style|video|快剪|混剪|剪辑|合集|版本|mv)`,
  ),
  new RegExp(
    `(?:做成|做[一1]个|做个|弄成|改成|变成|换成|来个|来[一1]个|套用|用)\\s*(?:[一1]个|个)?\\s*${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(
    `(?:做成|改成|来个|整成|搞成|剪成|弄成|变成|换成|出一版|出个|做个|做[一1]个)\\s*(?:[一1]个|个|一版)?\\s*${EN}`,
  ),
  new RegExp(`${EN}\\s*(?:的)?\\s*(?:风格|视频|主题|感觉|一点|一些|点|风|那种|的样子|样子)`),
  // "整成产品展示的样子", "做成抖音那种快节奏混剪", "像电影预告片": the style said with a frame of its own —
  // a look-alike (样子, 那种, 风), a likeness (像, 那种), or a few words after 做成/弄成 (only the name is taken).
  new RegExp(`${ZH}\\s*(?:的)?\\s*(?:样子|那种|那样|风(?!景)|类型|款)`),
  new RegExp(
    `(?:像|类似|那种|这种|那样的|一样的)\\s*(?:[一1]个|个|一部|部)?\\s*${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(
    `(?<=(?:做成|弄成|改成|变成|整成|搞成|剪成|做个|做[一1]个|整个|搞个|来个|来[一1]个)[^，,。；;！!？?]{0,8}?)${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(`(?:整成|搞成|剪成|整个|搞个)\\s*(?:[一1]个|个)?\\s*${ZH}`),
  new RegExp(`^\\s*${ZH}\\s*(?:${ZH_AFTER}{1,2})?\\s*(?:吧|的)?\\s*$`),
  /\bin\s+(?:loving\s+)?memory\s+of\b/,
  // "style for memorial of my grandfather", "a theme of wedding": a learner's word order, the kind of video
  // first and the style after "for" or "of", with or without an article.
  new RegExp(
    `\\b(?:style|theme|preset|template|vibe)\\s+(?:for|of)\\s+(?:(?:a|an|the|my|our)\\s+)?${EN}\\b(?!\\s+${MUSIC})`,
  ),
  // "change the style to travel", "switch the theme to wedding".
  new RegExp(`\\b(?:style|theme|vibe|preset)\\s+(?:to|into|as)\\s+(?:a\\s+|an\\s+|the\\s+)?${EN}`),
  // "make it feel like a movie": the style said as a likeness ("more cinematic", a degree, is the mood's look).
  /\b(?:feel|look|seem)s?\s+(?:more\s+)?like\s+(?:a|an)\s+(?:real\s+|proper\s+|hollywood\s+|actual\s+)?(movie|film)\b/,
  // "a more cinematic video": a degree, but the style is named.
  new RegExp(`\\bmore\\s+${EN}\\s+(?:style|theme|video|edit|version)s?\\b`),
  // "school sports day highlight reel, square": a name that is itself a kind of video ("highlight reel",
  // "hype video") is the style wherever it is said.
  new RegExp(`\\b${LOOK_BEFORE}(${KIND_NAMES})\\b`),
  // "这是给爷爷的追思会用的", "婚礼上放的": the occasion the video is shown at is its style, as "for a memorial" is.
  new RegExp(`${ZH}(?:(?:会|典礼|仪式)(?:上)?|上)(?:用|放|播)`),
  // "这是我儿子7岁生日派对用的", "这是给女儿生日会做的": what the video is made for, said as what it is.
  new RegExp(
    `(?:这是|是)[^，,。；;！!？?]{0,12}?${ZH}(?:派对|聚会|会|典礼|仪式|宴|趴)?(?:上)?(?:用|放|播|做|准备)的`,
  ),
  // "纪念奶奶的视频": 纪念 someone, then the video; the person sits between (a keepsake of an occasion does not).
  new RegExp(`${KEEPSAKE}(纪念|悼念|缅怀)(?=[^，。,！!？?]{1,6}的(?:视频|短片|影片|相册|片子))`),
];

/**
 * Mood words (moods.ts) pick a style when they are said as a style ("换成温馨的风格", "a cozy vibe", "make it
 * feel romantic"); said as a degree ("a bit more romantic", "浪漫一点") they are the mood's look.
 */
const STYLE_MOODS = MOODS.filter((mood) => mood.style);
const moodWords = (lang: 'en' | 'zh') =>
  STYLE_MOODS.flatMap((mood) => mood[lang])
    .sort(byLength)
    .map(pattern)
    .join('|');
const MOOD_FRAME = '(?:style|vibe|mood|feel|feeling|theme|atmosphere|tone|video|edit|version)';
/** A frame that names a style even after a degree ("a more romantic style"); "feel", "vibe" after one do not. */
const STYLE_FRAME = '(?:style|theme|video|edit|version)';
const ZH_STYLE_FRAME = '(?:风格|主题|视频|调性|style)';
const ZH_SOFT_FRAME = '(?:感觉|氛围|调调|基调|味道|vibe)';
const MOOD_ASKS: RegExp[] = [
  new RegExp(
    `\\b(?:a\\s+|an\\s+|really\\s+|very\\s+|super\\s+)?(?<!\\bmore\\s+)(${moodWords('en')})\\s+(?:and\\s+\\w+\\s+)?${MOOD_FRAME}\\b`,
  ),
  new RegExp(
    `\\bmake\\s+(?:it|this|the\\s+(?:video|whole\\s+thing))\\s+(?:feel\\s+|look\\s+|seem\\s+)?(?:really\\s+|very\\s+|super\\s+)?(${moodWords('en')})\\b`,
  ),
  new RegExp(`\\b(?:feel|feels|vibe|mood)\\s+(?:really\\s+|very\\s+)?(${moodWords('en')})\\b`),
  new RegExp(
    `(?:更|很|比较|有点|一点)?(${moodWords('zh')})(?:一点|一些|点)?\\s*(?:的)?\\s*${ZH_STYLE_FRAME}`,
  ),
  new RegExp(
    `(?:换成|改成|做成|弄成|变成|来点|来个|来一个)\\s*(?:一个|个|一种|种|点|更)?\\s*(${moodWords('zh')})`,
  ),
  // "a more romantic style", "a more cinematic video": a degree, but the style is named.
  new RegExp(`\\bmore\\s+(${moodWords('en')})\\s+(?:and\\s+\\w+\\s+)?${STYLE_FRAME}s?\\b`),
  // "浪漫的感觉", "温馨的氛围": a feel with no degree is the style; "更浪漫一点的感觉" is the mood's look.
  new RegExp(
    `(?<!更|再|稍微|有点|更加)(${moodWords('zh')})(?!一点|一些|点|些)\\s*(?:的)?\\s*${ZH_SOFT_FRAME}`,
  ),
  // "风格庄重一点": the style named first, then the mood ("感觉再温馨些" is the mood's look).
  new RegExp(`风格\\s*(?:要|更|再|就)?\\s*(${moodWords('zh')})\\s*(?:一点|一些|点|些)`),
];

const MOOD_NAMED_KIND = [MOOD_ASKS[0]!, MOOD_ASKS[3]!];

function moodStyle(word: string): StyleDescriptor | undefined {
  const id = moodOf(word)?.style;
  return id ? STYLES.find((style) => style.id === id) : undefined;
}

function styleOf(word: string): StyleDescriptor | undefined {
  const key = word.replace(/\s+/g, ' ').trim();
  // "feel like a movie": a movie is what the cinematic style looks like.
  if (key === 'movie') return STYLES.find((style) => style.id === 'cinematic');
  return (
    EN_ALIASES.find(([alias]) => alias.replace(/\s+/g, '') === key.replace(/\s+/g, ''))?.[1] ??
    ZH_ALIASES.find(([alias]) => alias.replace(/\s+/g, '') === key.replace(/\s+/g, ''))?.[1]
  );
}

/** "without music", "不要音乐": the style is asked for with no song. */
const NO_MUSIC =
  /\b(?:without|no)\s+(?:any\s+)?(?:background\s+)?(?:music|songs?|bgm|soundtrack)\b|(?:不要|不用|不加|别加|没有)(?:背景)?(?:音乐|配乐|歌)/;

/**
 * "alias + video" may already be taken by the family that makes the video ("做一个纪念视频", "做一个悼念外婆的视频"):
 * these read the words as said.
 */
/** "做个vlog", "make a vlog": the kind of video that is also a style's name (the travel vlog), said alone. */
const VLOG_ASKED =
  /(?:(?:做成|做个|做[一1]个|来个|来[一1]个|剪个|剪[一1]个|弄个|弄成|整个|出个|出[一1]个)\s*|\b(?:make|do|turn\s+(?:it|this|them)\s+into|shoot|edit)\s+(?:(?:it|this|them)\s+)?(?:a|an|my|our)\s+(?:(?:little|quick|short|fun|cute|nice)\s+)?)(vlog)\b/;
const NAMED_KIND = [ASKS[0]!, ASKS[3]!, ASKS.at(-1)!, VLOG_ASKED];

/**
 * Words that say how a style feels: "social style, fast and punchy", "婚礼风格，优雅一点", "做成旅行vlog，快节奏".
 * Said in a clause of their own beside a style named in the same message, they describe that style — no
 * pace, look or second style of their own.
 */
const DESCRIBES_STYLE =
  /\b(?:(?:very|really|super|extra|so|quite|nice|and|more|a\s+bit|a\s+little)\s+)*(?:fast(?:[\s-]paced)?|quick|punchy|snappy|energetic|high[\s-]energy|upbeat|lively|dynamic|exciting|bold|vibrant|fun|playful|calm|calming|relaxed|relaxing|chill|gentle|soft|slow|quiet|peaceful|serene|tranquil|hushed|subdued|understated|respectful|dignified|elegant|classy|refined|sophisticated|graceful|emotional|dramatic|moody|sweet|heartfelt|clean|minimal|modern|simple|stylish|trendy)\b|快节奏|节奏(?:快|感强|感)|动感|有活力|活力满满|活泼|欢快|热闹|炫酷|酷炫|燃|安静|平静|舒缓|轻松|温柔|优雅|高级感?|大气|简洁|干净|唯美|精致|时尚|潮/;

/**
 * "This is for my son's birthday, can you style it for that?", "按这个风格做": asking for the style the rest of
 * the message names, by pointing back at it.
 */
const POINTS_BACK =
  /\b(?:style|theme|design|do|make|set\s+up|dress\s+up|edit|decorate|tailor|adapt|gear)\s+(?:it|this|the\s+video|everything|things)\s+(?:up\s+)?(?:for|to\s+(?:suit|match|fit)|towards?)\s+(?:that|this|it|the\s+(?:occasion|party|event|day|theme))\b|\b(?:style|theme|do|make|edit)\s+(?:it|this)\s+accordingly\b|\bmake\s+it\s+(?:fit|suit|match)\s+(?:that|this|it|the\s+(?:occasion|party|event|day))\b|(?:就|请)?(?:按|照|按照|根据|配合|适合|符合)(?:着)?(?:这个|那个|这|那)(?:主题|风格|场合|氛围|感觉|场景)(?:来)?(?:做|弄|剪|设计|布置|调|搞|整)?(?:一下|下)?(?:吧)?|(?:做|弄|剪|调)(?:成|得)(?:适合|符合|配得上)(?:这个|那个)(?:场合|主题|氛围|场景)的?(?:样子|风格)?/;

/** The clause only describes a style the rest of the message names: its words are taken, nothing changes. */
function describesStyle(clause: Clause): boolean {
  const rest = clause.message.replace(clause.typed().toLowerCase(), ' ');
  if (![...ASKS, ...MOOD_ASKS].some((re) => re.test(rest))) return false;
  const saved = clause.snapshot();
  const pointsBack = clause.take(POINTS_BACK) !== null;
  if ((clause.takeAll(DESCRIBES_STYLE).length === 0 && !pointsBack) || clause.leftover().length > 0) {
    clause.restoreSnapshot(saved);
    return false;
  }
  return true;
}

/** A style's name said as the occasion an edit suits or a song is for, not as the style asked for. */
const SUITS_BEFORE = new RegExp(
  `\\b(?:suit|suits|suited\\s+to|fit|fits|match|matches|right\\s+for|good\\s+for|ok(?:ay)?\\s+for|appropriate\\s+for|suitable\\s+for|works?\\s+for|nice\\s+for|${MUSIC}(?:\\s+\\w+)?\\s+for)\\s+(?:a|an|the|my|our|this|his|her|their)?\\s*$`,
);
const ZH_MUSIC = /音乐|配乐|歌|曲子|曲/;
function occasionOnly(before: string, said: string, text: string): boolean {
  if (SUITS_BEFORE.test(before)) return true;
  if (
    /^(?:for|suits?|fits?)\b/.test(said) &&
    new RegExp(`\\b(?:${MUSIC}|suit|suits|fit|fits)\\s*$`).test(before)
  )
    return true;
  // "配乐要史诗感的", "歌要温馨一点的": a feel said of the music is the song's mood.
  return (
    ZH_MUSIC.test(before) && !/视频|风格|主题|片子|短片/.test(said) && !/做成|改成|弄成|变成|套用/.test(text)
  );
}

export const styles: Family = (clause, ctx, out) => {
  if (describesStyle(clause)) {
    out.understood = true;
    return;
  }
  const readings: [RegExp, 'ask' | 'named' | 'mood' | 'mood-named'][] = [
    ...ASKS.map((re) => [re, 'ask'] as [RegExp, 'ask']),
    ...NAMED_KIND.map((re) => [re, 'named'] as [RegExp, 'named']),
    ...MOOD_ASKS.map((re) => [re, 'mood'] as [RegExp, 'mood']),
    ...MOOD_NAMED_KIND.map((re) => [re, 'mood-named'] as [RegExp, 'mood-named']),
  ];
  for (const [re, how] of readings) {
    let match: RegExpExecArray | null;
    const before = clause.snapshot();
    if (how === 'named') match = clause.has(re) ? clause.take(re) : re.exec(clause.source);
    else if (how === 'mood-named') {
      // "做成伤感的视频": the family that makes the video took "做成…视频"; the mood word is still here.
      match = re.exec(clause.source);
      const at = match ? clause.text.indexOf(match[1]!) : -1;
      if (!match || at < 0) continue;
      clause.blank(at, at + match[1]!.length);
    } else match = clause.take(re);
    if (!match) continue;
    // "would black and white suit a graduation video?", "playful music for the kids", "配乐要史诗感的":
    // the occasion is why, and only what is asked beside it is done.
    // "its a gym promo not a funeral", "又不是婚礼": a style said to be what the video is not.
    if (
      /\b(?:not|isn'?t|ain'?t|never)\s+(?:(?:a|an|the|some|for\s+(?:a|an|the))\s+)?$|(?:不是|又不是|并不是|不是在|又不是在)\s*$/.test(
        clause.source.slice(0, match.index),
      )
    ) {
      clause.restoreSnapshot(before);
      continue;
    }
    if (occasionOnly(clause.source.slice(0, match.index), match[0], clause.source)) {
      clause.restoreSnapshot(before);
      continue;
    }
    const style =
      how === 'mood' || how === 'mood-named'
        ? moodStyle(match[1]!)
        : match[1]
          ? styleOf(match[1])
          : STYLES.find((s) => s.id === 'memorial');
    if (!style) continue;
    // "a fun birthday video": the words that describe the style are read with it, not as a pace of their own.
    if (how === 'ask' || how === 'named') {
      const lead = new RegExp(`\\b${STYLE_ADJECTIVES}$`).exec(clause.text.slice(0, match.index));
      if (lead?.[0]) clause.blank(lead.index, lead.index + lead[0].length);
    }
    clause.take(new RegExp(`\\b${KIND}\\b|视频|风格`));
    // "快节奏混剪", "product promo": the other names of the same style said beside it are the same request.
    for (const alias of style.aliases.zh) clause.take(new RegExp(pattern(alias)));
    for (const alias of style.aliases.en) clause.take(new RegExp(`\\b${pattern(alias)}\\b`));
    clause.take(/(?:的)?(?:样子|那种|那样|一点)/);
    // "punchy social style": words beside the name that only describe it go with it ("with slow zooms" stays).
    const described = clause.snapshot();
    if (clause.takeAll(DESCRIBES_STYLE).length > 0 && clause.leftover().length > 0)
      clause.restoreSnapshot(described);
    out.understood = true;
    if (ctx.draft.video.length === 0 && ctx.media.every((media) => media.kind === 'audio')) {
      out.notes.push(
        note('note.style.needsPhotos', { title: { en: style.title.toLowerCase(), zh: style.titleZh } }),
      );
      return;
    }
    out.commands.push({
      type: 'applyStyle',
      style: style.id,
      // "family style without music": the style brings no song of its own.
      ...(KEEP_MUSIC.test(clause.message) || NO_MUSIC.test(clause.source) ? { keepMusic: true } : {}),
    });
    return;
  }
  moodDegree(clause, ctx, out);
};

addVocabulary(
  STYLES.flatMap((style) => names(style, 'en')),
  'time times moment moments memories day days life fun story stories adventure adventures diary diaries highlights recap',
  MOODS.map((mood) => [...mood.en, ...(mood.comparatives ?? [])].join(' ')),
  'video style theme vibe vlog montage feel look reel slideshow movie version preset memory loving',
);
