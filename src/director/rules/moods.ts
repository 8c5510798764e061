import { libraryTrackRef, pickTrack, trackOfUri } from '../../catalog/music.js';
import { draftDurationMs } from '../../model/index.js';
import type { Family } from './types.js';

/**
 * How a video feels, said in words. Said as a frame ("a romantic style", "温馨的风格", "a cozy vibe") a mood
 * picks the whole style (`style`); said as a degree ("a bit more romantic", "cozier", "feel more cheerful",
 * "浪漫一点", "更伤感些") it changes only how the video looks (`look`) and, when the music is Joy's own, the
 * kind of music (`music`): the pacing, motion, transitions and text stay. A mood with no look is only ever
 * a style; words that are a pace ("活泼", "动感", "calm", "energetic") are the pacing rules' as degrees.
 */
export interface Mood {
  id: string;
  /** The style the mood picks when it is named as a frame. */
  style?: string;
  en: readonly string[];
  /** "cozier", "sadder": the mood already said as a degree. */
  comparatives?: readonly string[];
  zh: readonly string[];
  look?: { name: string; strength?: number };
  /** Moods of library music; none: the music stays whatever the look. */
  music?: readonly string[];
  /** Words of the mood that, said as a degree, are a pace and not a look. */
  pace?: readonly string[];
}

export const MOODS: readonly Mood[] = [
  {
    id: 'cozy',
    style: 'family',
    en: [
      'cozy',
      'cosy',
      'heartwarming',
      'heart-warming',
      'homey',
      'homely',
      'wholesome',
      'tender',
      'sweet and warm',
      'snug',
    ],
    comparatives: ['cozier', 'cosier', 'homier', 'snugger'],
    zh: ['温馨', '温情', '暖心', '亲切', '温暖', '有爱', '家的'],
    look: { name: 'warm', strength: 0.5 },
    music: ['family', 'cheerful'],
  },
  {
    id: 'romantic',
    style: 'wedding',
    en: ['romantic', 'sweet', 'lovey', 'loving', 'lovely', 'dreamy romantic', 'elegant'],
    comparatives: ['sweeter', 'lovelier'],
    zh: ['浪漫', '甜蜜', '唯美', '爱情', '优雅', '甜美'],
    look: { name: 'matte', strength: 0.6 },
    music: ['wedding', 'romantic'],
  },
  {
    id: 'cheerful',
    style: 'birthday',
    en: [
      'playful',
      'cheerful',
      'festive',
      'joyful',
      'happy',
      'cute',
      'bubbly',
      'celebratory',
      'jolly',
      'cheery',
    ],
    comparatives: ['happier', 'cheerier', 'jollier', 'cuter'],
    zh: ['活泼', '欢快', '热闹', '喜庆', '开心', '快乐', '可爱', '俏皮', '欢乐', '节日', '高兴', '愉快'],
    look: { name: 'vivid', strength: 0.6 },
    music: ['happy', 'upbeat'],
    pace: ['活泼'],
  },
  {
    id: 'sad',
    style: 'memorial',
    en: ['sad', 'melancholy', 'melancholic', 'nostalgic and sad', 'bittersweet', 'wistful'],
    comparatives: ['sadder'],
    zh: ['伤感', '悲伤', '感伤', '忧伤', '怀旧伤感', '难过'],
    look: { name: 'black-and-white', strength: 0.7 },
    music: ['memorial', 'sad'],
  },
  // Solemn is how a memorial feels: "风格庄重一点" after "纪念奶奶的视频" keeps the memorial.
  {
    id: 'solemn',
    style: 'memorial',
    en: ['somber', 'sombre', 'solemn', 'mournful'],
    zh: ['沉重', '肃穆', '庄重'],
    look: { name: 'black-and-white', strength: 0.7 },
    music: ['memorial', 'solemn'],
  },
  {
    id: 'epic',
    style: 'cinematic',
    en: ['epic', 'dramatic', 'grand', 'majestic', 'movielike', 'movie-like', 'cinematic'],
    comparatives: ['grander'],
    zh: ['大气', '震撼', '史诗', '高级感', '高级', '壮观', '磅礴'],
    look: { name: 'cool', strength: 0.5 },
    music: ['cinematic', 'epic'],
  },
  {
    id: 'edgy',
    style: 'social',
    en: ['edgy', 'trendy', 'hyped-up'],
    comparatives: ['edgier', 'trendier'],
    zh: ['动感', '炫酷', '酷炫', '燃', '潮', '带感', '劲爆', '酷', '帅气'],
    look: { name: 'vivid', strength: 0.7 },
    music: ['electronic', 'energetic'],
    pace: ['动感', '燃', '带感', '劲爆'],
  },
  // Moody is a darker exposure; the music stays (no library track is moody without being sad or loud).
  {
    id: 'moody',
    en: ['moody', 'gloomy', 'brooding', 'dark and moody'],
    comparatives: ['moodier', 'gloomier'],
    zh: ['阴郁', '暗调', '压抑', '暗黑'],
    look: { name: 'dark' },
  },
  {
    id: 'nostalgic',
    en: ['nostalgic', 'old-timey'],
    zh: ['怀旧', '有年代感', '年代感'],
    look: { name: 'vintage', strength: 0.7 },
    music: ['nostalgic'],
  },
  {
    id: 'clean',
    style: 'product',
    en: ['clean', 'professional', 'minimal', 'minimalist', 'sleek', 'corporate', 'business'],
    zh: ['简约', '干净', '商务', '专业', '简洁'],
  },
];

const literal = (word: string) =>
  word.replace(/[.*+?^${}()|[\]\\-]/g, (ch) => `\\${ch}`).replace(/\s+/g, '\\s*');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');

const LOOK_MOODS = MOODS.filter((mood) => mood.look);
const EN_WORDS = alternatives(LOOK_MOODS.flatMap((mood) => mood.en));
const EN_COMPARATIVES = alternatives(LOOK_MOODS.flatMap((mood) => mood.comparatives ?? []));
const ZH_WORDS = alternatives(
  LOOK_MOODS.flatMap((mood) => mood.zh.filter((word) => !mood.pace?.includes(word))),
);

/** "a bit", "much", "even": how far, before "more" or a comparative. */
const EN_DEGREE =
  '(?:(?:a\\s+(?:little\\s+|tiny\\s+|wee\\s+)?bit|a\\s+little|a\\s+touch|a\\s+tad|slightly|somewhat|much|way|even|a\\s+lot|far|just|kinda|kind\\s+of|a\\s+little\\s+bit)\\s+)?';
/** "feel", "vibe": a soft frame after a degree still only asks for the feel ("a more romantic feel"). */
const EN_SOFT_FRAME = '(?:\\s+(?:feel(?:ing)?|vibes?|mood|atmosphere|tone|look))?';
/** What may follow the mood: the end, a courtesy, another request joined on. */
const EN_END =
  '(?=\\s*(?:$|[,.!?;~]|\\b(?:please|pls|plz|now|overall|instead|too|as\\s+well|and|but|than|for\\s+(?:me|us)|if\\s+(?:you|possible))\\b))';
const EN_DEGREE_READINGS: RegExp[] = [
  // "a bit more romantic", "feel more cheerful", "a more romantic feel".
  new RegExp(`\\b${EN_DEGREE}more\\s+(${EN_WORDS})\\b${EN_SOFT_FRAME}${EN_END}`),
  // "cozier", "a bit sadder", "feel moodier".
  new RegExp(`\\b${EN_DEGREE}(${EN_COMPARATIVES})\\b${EN_SOFT_FRAME}${EN_END}`),
  // "a bit romantic please", "slightly moody": softened, without "more".
  new RegExp(
    `\\b(?:a\\s+(?:little\\s+)?bit|a\\s+little|a\\s+touch|slightly|somewhat)\\s+(${EN_WORDS})\\b${EN_END}`,
  ),
];

const ZH_MAKE = '(?:做|弄|搞|整|剪|调|变|拍)得';
const ZH_MORE = '(?:再|更加|更|稍微|稍稍|有一点|多一点|多点|还要|要)';
const ZH_AMOUNT = '(?:一点点|一点|一些|点|些|一丢丢|一點|啲|一啲)';
const ZH_READINGS: RegExp[] = [
  // "浪漫一点", "做得温馨一点", "感觉再温馨些", "更浪漫一点的感觉", "可以温馨一点吗？": the mood, and nothing after it
  // but its feel or a particle.
  new RegExp(
    `(?:(?:感觉|氛围|基调|调调|整体|画面)\\s*)?(?:${ZH_MAKE}\\s*)?${ZH_MORE}?\\s*(${ZH_WORDS})\\s*${ZH_AMOUNT}?(?:\\s*的?\\s*(?:感觉|氛围|调调|味道|vibe))?(?=\\s*(?:的|吧|啊|呀|啦|嘛|吗|么|呢|哦|喔|咯)?\\s*[?？!！~。.]*\\s*$)`,
  ),
];
/** Said with nothing else, the mood word needs a degree or a verb of making to be a request. */
const ZH_ASKED = new RegExp(`${ZH_MAKE}|${ZH_MORE}|${ZH_AMOUNT}|感觉|氛围|基调|调调`);

/** A mood said of the music, a transition or a text is theirs, not the whole video's. */
const OTHER_SUBJECT =
  /\b(?:music|songs?|tracks?|bgm|soundtrack|tunes?|transitions?|titles?|captions?|text|fonts?|intro|outro)\b|音乐|歌|配乐|曲子|转场|标题|字幕|文字|字体/;

export function moodOf(word: string): Mood | undefined {
  const key = word.replace(/\s+/g, ' ').trim();
  return (
    MOODS.find((mood) => mood.en.includes(key) || mood.zh.includes(key)) ??
    MOODS.find((mood) => mood.comparatives?.includes(key))
  );
}

/** The mood said as a degree in this clause: the words, where they are, and the mood. */
function degreeOf(text: string): { match: RegExpExecArray; mood: Mood } | undefined {
  for (const re of EN_DEGREE_READINGS) {
    const match = re.exec(text);
    const mood = match ? moodOf(match[1]!) : undefined;
    if (match && mood) return { match, mood };
  }
  for (const re of ZH_READINGS) {
    const match = re.exec(text);
    if (!match || !ZH_ASKED.test(match[0])) continue;
    const mood = moodOf(match[1]!);
    if (mood) return { match, mood };
  }
  return undefined;
}

/**
 * "a bit more romantic", "cozier", "浪漫一点", "更伤感些": the mood's look, and its kind of music when the
 * music is Joy's own (a song the person chose stays).
 */
export const moodDegree: Family = (clause, ctx, out) => {
  const found = degreeOf(clause.text);
  if (!found?.mood.look || ctx.draft.video.length === 0) return;
  const { match, mood } = found;
  if (OTHER_SUBJECT.test(clause.source.slice(0, match.index))) return;
  clause.blank(match.index, match.index + match[0].length);
  out.understood = true;
  // "标题换个字体，要可爱一点的", "a cuter font for the title": a feel wanted of the text just talked about
  // describes the letters, not the picture.
  if (
    (ctx.topic === 'text' || /字体|\b(?:fonts?|typefaces?|lettering)\b/i.test(clause.message)) &&
    !/滤镜|色调|画面|整体|视频|照片|\b(?:look|filter|video|photos?|picture|colou?rs?|grade)\b/.test(
      clause.source,
    )
  )
    return;
  out.topic = 'look';
  out.commands.push({
    type: 'setLook',
    name: mood.look!.name,
    ...(mood.look!.strength !== undefined ? { strength: mood.look!.strength } : {}),
  });
  const current = ctx.draft.audio[0];
  const playing = current ? trackOfUri(current.media.uri) : undefined;
  if (!current || !playing || !mood.music) return;
  const track = pickTrack(mood.music, draftDurationMs(ctx.draft));
  if (track.id === playing.id) return;
  out.commands.push({
    type: 'setMusic',
    media: libraryTrackRef(track),
    volume: current.volume,
    fadeInMs: current.fadeInMs,
    fadeOutMs: current.fadeOutMs,
  });
};
