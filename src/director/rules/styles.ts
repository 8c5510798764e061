import { libraryTrackRef, pickTrack, trackOfUri } from '../../catalog/music.js';
import { STYLES, type StyleDescriptor } from '../../catalog/styles.js';
import { draftDurationMs } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { KEEP_MUSIC } from './music.js';
import { type Family, note } from './types.js';

/** Style presets: "make a birthday video", "travel vlog", "wedding style", "纪念", "做成旅行vlog". */

const pattern = (word: string) =>
  word.replace(/[.*+?^${}()|[\]\\-]/g, (ch) => `\\${ch}`).replace(/\s+/g, '\\s*');
const byLength = (a: string, b: string) => b.length - a.length;
const EN_ALIASES = STYLES.flatMap((style) => style.aliases.en.map((alias) => [alias, style] as const)).sort(
  (a, b) => byLength(a[0], b[0]),
);
const ZH_ALIASES = STYLES.flatMap((style) => style.aliases.zh.map((alias) => [alias, style] as const)).sort(
  (a, b) => byLength(a[0], b[0]),
);
const EN = `(${EN_ALIASES.map(([alias]) => pattern(alias)).join('|')})`;
/** "毕业纪念", "旅行纪念": 纪念 after an occasion is a keepsake of it, not a memorial. */
const KEEPSAKE = '(?<!毕业|旅行|旅游|生日|婚礼|结婚|周年|宝宝|亲子|家庭|入学|成长|青春|校园|假期|度假)';
const ZH = `(${ZH_ALIASES.map(([alias]) => (alias === '纪念' ? KEEPSAKE : '') + pattern(alias)).join('|')})`;
const KIND =
  '(?:video|style|theme|vibe|vlog|edit|montage|feel|look|reel|slideshow|movie|film|version|mode|preset|clip|story|recap)';
const MUSIC = '(?:music|song|songs|track|tracks|bgm|soundtrack|beats?|tune)';

/** "a fast hype montage", "a fun little travel vlog": words that describe the style, read with it. */
const STYLE_ADJECTIVES =
  '(?:(?:fast|quick|fast-paced|fun|short|little|hype|hyped|epic|big|cool|nice|proper|real|high[\\s-]energy|energetic|punchy|cute|sweet|simple)\\s+){0,3}';

/** The ways a person asks for a style, each with the group that names it. */
/** "a vintage film look", "old movie feel": a colour look word before the name makes it a look, not a style. */
const LOOK_BEFORE =
  '(?<!\\b(?:vintage|retro|old|old[\\s-]school|analog|analogue|grainy|classic|faded|sepia|warm|cool|black\\s+and\\s+white|b&w|noir|kodak|polaroid)\\s+)';
const ASKS: RegExp[] = [
  new RegExp(`\\b${LOOK_BEFORE}${EN}\\s+${KIND}s?\\b`),
  new RegExp(
    `\\b(?:make\\s+(?:it|this|them)?\\s*(?:into\\s+)?(?:a|an)?|turn\\s+(?:it|this|them)\\s+into\\s+(?:a|an)?|(?:feel|look)s?\\s+like\\s+(?:a|an)?|for\\s+(?:a|an|the|my|our|his|her|their)(?:\\s+[a-z]+['’]s)?|as\\s+(?:a|an)|style\\s*:?|go\\s+(?:for\\s+)?(?:a|an)?|do\\s+(?:a|an)?|a|an)\\s+${STYLE_ADJECTIVES}${EN}\\b(?!\\s+${MUSIC})`,
  ),
  // "travel vlog", "product showcase for my etsy shop", "quick product promo": the style named first (in one
  // or two of its names, after words that describe it), alone or with its purpose.
  new RegExp(
    `^\\s*(?:please\\s+)?(?:a\\s+|an\\s+)?${STYLE_ADJECTIVES}${EN}(?:\\s+${EN})?\\s*(?:please|pls)?\\s*(?:$|(?=for\\b))`,
  ),
  new RegExp(
    `${ZH}\\s*(?:的)?\\s*(?:纪念|留念|快乐|主题)?\\s*(?:视频|风格|主题|vlog|感觉|感|短片|相册|片子|影片|模板|style|video|快剪|混剪|剪辑|合集|版本|mv)`,
  ),
  new RegExp(
    `(?:做成|做一个|做个|弄成|改成|变成|换成|来个|来一个|套用|用)\\s*(?:一个|个)?\\s*${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(
    `(?:做成|改成|来个|整成|搞成|剪成|弄成|变成|换成|出一版|出个|做个|做一个)\\s*(?:一个|个|一版)?\\s*${EN}`,
  ),
  new RegExp(`${EN}\\s*(?:的)?\\s*(?:风格|视频|主题|感觉|一点|一些|点|风|那种|的样子|样子)`),
  // "整成产品展示的样子", "做成抖音那种快节奏混剪", "像电影预告片": the style said with a frame of its own —
  // a look-alike (样子, 那种, 风), a likeness (像, 那种), or a few words after 做成/弄成 (only the name is taken).
  new RegExp(`${ZH}\\s*(?:的)?\\s*(?:样子|那种|那样|风(?!景)|类型|款)`),
  new RegExp(
    `(?:像|类似|那种|这种|那样的|一样的)\\s*(?:一个|个|一部|部)?\\s*${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(
    `(?<=(?:做成|弄成|改成|变成|整成|搞成|剪成|做个|做一个|整个|搞个|来个|来一个)[^，,。；;！!？?]{0,8}?)${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(`(?:整成|搞成|剪成|整个|搞个)\\s*(?:一个|个)?\\s*${ZH}`),
  new RegExp(`^\\s*${ZH}\\s*(?:纪念|留念)?\\s*(?:吧|的)?\\s*$`),
  /\bin\s+(?:loving\s+)?memory\s+of\b/,
  // "change the style to travel", "switch the theme to wedding".
  new RegExp(`\\b(?:style|theme|vibe|preset)\\s+(?:to|into|as)\\s+(?:a\\s+|an\\s+|the\\s+)?${EN}`),
  // "make it feel like a movie", "more cinematic", "a bit more epic": the style said as a likeness or a degree.
  /\b(?:feel|look|seem)s?\s+(?:more\s+)?like\s+(?:a|an)\s+(?:real\s+|proper\s+|hollywood\s+|actual\s+)?(movie|film)\b/,
  new RegExp(
    `^\\s*(?:make\\s+(?:it|this|the\\s+video)\\s+)?(?:a\\s+(?:bit|little|touch)\\s+|much\\s+|way\\s+|even\\s+|slightly\\s+)?more\\s+${EN}\\s*(?:please|pls)?\\s*$`,
  ),
  // "纪念奶奶的视频": 纪念 someone, then the video; the person sits between (a keepsake of an occasion does not).
  new RegExp(`${KEEPSAKE}(纪念|悼念|缅怀)(?=[^，。,！!？?]{1,6}的(?:视频|短片|影片|相册|片子))`),
];

/**
 * Mood words that pick a style (words the pacing rules read, such as "energetic" or "calm", are left
 * to them) when they are said as a style ("换成温馨的风格", "a cozy vibe", "make it
 * feel romantic"). Alone ("活泼一点") they stay what the pacing and music rules make of them.
 */
const MOODS: [string, string[], string[]][] = [
  [
    'family',
    [
      'cozy',
      'cosy',
      'heartwarming',
      'heart-warming',
      'homey',
      'homely',
      'wholesome',
      'tender',
      'sweet and warm',
    ],
    ['温馨', '温情', '暖心', '亲切', '温暖', '有爱', '家的'],
  ],
  [
    'wedding',
    ['romantic', 'sweet', 'lovey', 'loving', 'lovely', 'dreamy romantic', 'elegant'],
    ['浪漫', '甜蜜', '唯美', '爱情', '优雅', '甜美'],
  ],
  [
    'birthday',
    ['playful', 'cheerful', 'festive', 'joyful', 'happy', 'cute', 'bubbly', 'celebratory'],
    ['活泼', '欢快', '热闹', '喜庆', '开心', '快乐', '可爱', '俏皮', '欢乐', '节日'],
  ],
  [
    'memorial',
    ['sad', 'melancholy', 'melancholic', 'nostalgic and sad', 'bittersweet'],
    ['伤感', '悲伤', '感伤', '忧伤', '怀旧伤感', '难过'],
  ],
  // Solemn is how a memorial feels: "风格庄重一点" after "纪念奶奶的视频" keeps the memorial.
  ['memorial', ['somber', 'sombre', 'solemn', 'mournful'], ['沉重', '肃穆', '庄重']],
  [
    'cinematic',
    ['epic', 'dramatic', 'grand', 'majestic', 'movielike', 'movie-like'],
    ['大气', '震撼', '史诗', '高级感', '高级', '壮观', '磅礴'],
  ],
  [
    'social',
    ['edgy', 'trendy', 'hyped-up'],
    ['动感', '炫酷', '酷炫', '燃', '潮', '带感', '劲爆', '酷', '帅气'],
  ],
  [
    'product',
    ['clean', 'professional', 'minimal', 'minimalist', 'sleek', 'corporate', 'business'],
    ['简约', '干净', '商务', '专业', '简洁'],
  ],
];
const moodWords = (lang: 1 | 2) =>
  MOODS.flatMap(([, ...words]) => words[lang - 1]!)
    .sort(byLength)
    .map(pattern)
    .join('|');
const MOOD_FRAME = '(?:style|vibe|mood|feel|feeling|theme|atmosphere|tone|video|edit|version)';
const MOOD_ASKS: RegExp[] = [
  new RegExp(
    `\\b(?:a\\s+|an\\s+|more\\s+|really\\s+|very\\s+|super\\s+)?(${moodWords(1)})\\s+(?:and\\s+\\w+\\s+)?${MOOD_FRAME}\\b`,
  ),
  new RegExp(
    `\\bmake\\s+(?:it|this|the\\s+(?:video|whole\\s+thing))\\s+(?:feel\\s+|look\\s+|seem\\s+)?(?:more\\s+|really\\s+|very\\s+|super\\s+|a\\s+(?:bit|little)\\s+(?:more\\s+)?)?(${moodWords(1)})\\b`,
  ),
  new RegExp(`\\b(?:feel|feels|vibe|mood)\\s+(?:more\\s+|really\\s+|very\\s+)?(${moodWords(1)})\\b`),
  new RegExp(
    `(?:更|很|比较|有点|一点)?(${moodWords(2)})(?:一点|一些|点)?\\s*(?:的)?\\s*(?:风格|感觉|氛围|调调|基调|主题|视频|味道|调性|style|vibe)`,
  ),
  new RegExp(
    `(?:换成|改成|做成|弄成|变成|来点|来个|来一个)\\s*(?:一个|个|一种|种|点|更)?\\s*(${moodWords(2)})`,
  ),
  // "more dramatic", "make it a bit more romantic": the mood said as a degree, nothing else.
  new RegExp(
    `^\\s*(?:make\\s+(?:it|this|the\\s+video)\\s+)?(?:a\\s+(?:bit|little|touch)\\s+|much\\s+|way\\s+|even\\s+|slightly\\s+)?more\\s+(${moodWords(1)})\\s*(?:please|pls)?\\s*$`,
  ),
  // "风格庄重一点", "感觉再温馨些": the frame first, then the mood.
  new RegExp(`(?:风格|感觉|氛围|基调)\\s*(?:要|更|再|就)?\\s*(${moodWords(2)})\\s*(?:一点|一些|点|些)`),
];

const MOOD_NAMED_KIND = [MOOD_ASKS[0]!, MOOD_ASKS[3]!];

/**
 * "浪漫一点", "做得温馨一点", "酷一点", "更伤感些": a mood said as a degree, with no style named, changes how the
 * video feels — the colour look of the style that mood picks, and its kind of music when the music is
 * Joy's own — and leaves the pacing, motion and text as they are. Moods that are a pace ("活泼", "燃") are
 * the pacing rules'.
 */
const LOOK_MOOD_STYLES = new Set(['family', 'wedding', 'memorial', 'cinematic', 'social']);
const PACE_MOODS = new Set(['动感', '燃', '带感', '劲爆']);
const LOOK_MOOD_WORDS = MOODS.filter(([id]) => LOOK_MOOD_STYLES.has(id))
  .flatMap(([, , zh]) => zh)
  .filter((word) => !PACE_MOODS.has(word))
  .sort(byLength)
  .map(pattern)
  .join('|');
const MOOD_DEGREE = new RegExp(
  `(?:(?:做|弄|搞|整|剪|调|变|拍)得\\s*)?(?:再|更加|更|稍微|有一点|多一点|多点)?\\s*(${LOOK_MOOD_WORDS})\\s*(?:一点点|一点|一些|点|些|一丢丢)?(?=\\s*(?:的|吧|啊|呀|啦|嘛|吗|么|呢)?\\s*[?？]?\\s*$)`,
);
/** Said with nothing else, the mood word needs a degree or a verb of making to be a request. */
const MOOD_ASKED = /(?:做|弄|搞|整|剪|调|变|拍)得|再|更|稍微|一点|一些|点|些|一丢丢/;

function moodLook(
  clause: Parameters<Family>[0],
  ctx: Parameters<Family>[1],
  out: Parameters<Family>[2],
): void {
  const match = MOOD_DEGREE.exec(clause.text);
  if (!match || !MOOD_ASKED.test(match[0])) return;
  const style = moodStyle(match[1]!);
  if (!style || ctx.draft.video.length === 0) return;
  clause.blank(match.index, match.index + match[0].length);
  out.understood = true;
  out.topic = 'look';
  out.commands.push({ type: 'setLook', name: style.look.name, strength: style.look.strength });
  // The music follows the mood only when it is Joy's own: a song the person chose stays.
  const current = ctx.draft.audio[0];
  const playing = current ? trackOfUri(current.media.uri) : undefined;
  if (!current || !playing) return;
  const track = pickTrack(style.musicMoods, draftDurationMs(ctx.draft));
  if (track.id === playing.id) return;
  out.commands.push({
    type: 'setMusic',
    media: libraryTrackRef(track),
    volume: current.volume,
    fadeInMs: current.fadeInMs,
    fadeOutMs: current.fadeOutMs,
  });
}

function moodStyle(word: string): StyleDescriptor | undefined {
  const key = word.replace(/\s+/g, ' ').trim();
  const mood = MOODS.find(([, en, zh]) => en.includes(key) || zh.includes(key));
  return mood ? STYLES.find((style) => style.id === mood[0]) : undefined;
}

function styleOf(word: string): StyleDescriptor | undefined {
  const key = word.replace(/\s+/g, ' ').trim();
  // "feel like a movie": a movie is what the cinematic style looks like.
  if (key === 'movie') return STYLES.find((style) => style.id === 'cinematic');
  return (
    EN_ALIASES.find(([alias]) => alias.replace(/\s+/g, '') === key.replace(/\s+/g, ''))?.[1] ??
    ZH_ALIASES.find(([alias]) => alias === key)?.[1]
  );
}

/** "without music", "不要音乐": the style is asked for with no song. */
const NO_MUSIC =
  /\b(?:without|no)\s+(?:any\s+)?(?:background\s+)?(?:music|songs?|bgm|soundtrack)\b|(?:不要|不用|不加|别加|没有)(?:背景)?(?:音乐|配乐|歌)/;

/** "alias + video" may already be taken by the family that makes the video ("做一个纪念视频"). */
const NAMED_KIND = [ASKS[0]!, ASKS[3]!];

export const styles: Family = (clause, ctx, out) => {
  const readings: [RegExp, 'ask' | 'named' | 'mood' | 'mood-named'][] = [
    ...ASKS.map((re) => [re, 'ask'] as [RegExp, 'ask']),
    ...NAMED_KIND.map((re) => [re, 'named'] as [RegExp, 'named']),
    ...MOOD_ASKS.map((re) => [re, 'mood'] as [RegExp, 'mood']),
    ...MOOD_NAMED_KIND.map((re) => [re, 'mood-named'] as [RegExp, 'mood-named']),
  ];
  for (const [re, how] of readings) {
    let match: RegExpExecArray | null;
    if (how === 'named') match = clause.has(re) ? clause.take(re) : re.exec(clause.source);
    else if (how === 'mood-named') {
      // "做成伤感的视频": the family that makes the video took "做成…视频"; the mood word is still here.
      match = re.exec(clause.source);
      const at = match ? clause.text.indexOf(match[1]!) : -1;
      if (!match || at < 0) continue;
      clause.blank(at, at + match[1]!.length);
    } else match = clause.take(re);
    if (!match) continue;
    const style =
      how === 'mood' || how === 'mood-named'
        ? moodStyle(match[1]!)
        : match[1]
          ? styleOf(match[1])
          : STYLES.find((s) => s.id === 'memorial');
    if (!style) continue;
    clause.take(new RegExp(`\\b${KIND}\\b|视频|风格`));
    // "快节奏混剪", "product promo": the other names of the same style said beside it are the same request.
    for (const alias of style.aliases.zh) clause.take(new RegExp(pattern(alias)));
    for (const alias of style.aliases.en) clause.take(new RegExp(`\\b${pattern(alias)}\\b`));
    clause.take(/(?:的)?(?:样子|那种|那样|一点)/);
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
  moodLook(clause, ctx, out);
};

addVocabulary(
  STYLES.flatMap((style) => style.aliases.en),
  MOODS.map(([, en]) => en),
  'video style theme vibe vlog montage feel look reel slideshow movie version preset memory loving',
);
