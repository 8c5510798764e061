import { GENRES, pickTrack, TRACKS, type TrackDescriptor, trackOfUri } from '../../catalog/music.js';
import { STYLES } from '../../catalog/styles.js';
import type { Clause } from '../clause.js';
import { addVocabulary, editDistance } from '../fuzzy.js';
import { simplifiedText } from '../mandarin.js';

/**
 * Choosing from Joy's own music library by the words of a message: mood words (English and Chinese,
 * mapped to the catalogue's moods), a track's title, and "something more upbeat" / "calmer" / "another
 * one" relative to the track playing now.
 */

/** Words people use → the catalogue mood they mean. */
const MOODS: [RegExp, string][] = [
  [/\blo[\s-]?fi\b|低保真/, 'lo-fi'],
  [/\b(?:chill(?:ed|y)?|relax(?:ed|ing)?|laid[\s-]back|mellow|study)\b|放松|轻松|慵懒|惬意|学习/, 'chill'],
  // 燃, 嗨, 炸, 带感: the high-energy end of the library (an editor's words for a hype track).
  [
    /\b(?:hype|hyped|pumped|pump[\s-]up|banger|hard[\s-]hitting|high[\s-]energy|intense)\b|燃(?!料)|嗨(?=\s*(?:一点|点|的|歌|曲|翻|起来|爆))|炸(?=\s*(?:一点|点|的|裂))|炸裂|热血|带感|燃爆|上头/,
    'energetic',
  ],
  // "slow tempo", "a faster tempo", "节奏慢一点的": a tempo said of the song is its mood, never the photos' pace.
  [/\b(?:slow|slower|gentle|relaxed|easy|low)\s+(?:tempo|bpm)\b|慢节奏|节奏(?:慢|舒缓)/, 'calm'],
  [
    /\b(?:fast|faster|quick|quicker|high|higher|upbeat|driving)\s+(?:tempo|bpm)\b|快节奏|节奏感强|节奏(?:快|强)/,
    'upbeat',
  ],
  // The library's own word for Sunday Morning (src/catalog/music.ts), not the brightest pop track.
  [/\bcheerful\b/, 'cheerful'],
  [/\b(?:upbeat|energetic|lively|catchy|bouncy|exciting)\b|欢快|动感|活泼|有活力|热闹|轻快/, 'upbeat'],
  [/\b(?:happy|joyful|joyous|bright|sunny|summery?)\b|开心|快乐|愉快|阳光|明快/, 'happy'],
  [/\bpop\b|流行/, 'pop'],
  [
    /\b(?:calm|peaceful|quiet|soft|gentle|soothing|serene|tranquil|ambient)\b|平静|安静|舒缓|轻柔|治愈/,
    'calm',
  ],
  [/\bpiano\b|钢琴/, 'piano'],
  [
    /\b(?:cinematic|epic|dramatic|inspiring|inspirational|grand|orchestral|heroic|trailer)\b|史诗|电影感|大气|震撼|励志|激昂|磅礴/,
    'cinematic',
  ],
  [/\b(?:acoustic|guitar|folk(?:y|sy)?|campfire|country)\b|吉他|民谣|原声|乡村/, 'acoustic'],
  [
    /\b(?:electronic|electro|edm|dance|techno|house|trance|dubstep|synth(?:wave|pop)?|club)\b|电子|电音|舞曲|劲爆|蹦迪|夜店/,
    'electronic',
  ],
  // Kinds of music the library has no track of, read as the nearest one it has: rock is the high-energy
  // track, classical the piano, jazz and blues the laid-back one, hip-hop the lo-fi beat.
  [
    /\brock(?=\s*(?:music|songs?|tracks?|tunes?|bgm|vibes?|(?:and|n|'n'|&)\s*roll)\b)|\b(?:(?<=\b(?:some|more|classic|punk|hard|indie)\s)rock|punk|heavy\s+metal)\b|摇滚|重金属|朋克/,
    'energetic',
  ],
  [/\b(?:classical|baroque|mozart|bach|chopin|beethoven)\b|古典|巴洛克|肖邦|莫扎特|贝多芬/, 'piano'],
  [/\b(?:jazz(?:y)?|blues|bossa\s*nova|swing)\b|爵士|蓝调/, 'chill'],
  [/\b(?:hip[\s-]?hop|rap)\b|嘻哈|说唱/, 'lo-fi'],
  [/\b(?:birthday|party|celebration|celebrate|festive|fun)\b|生日|派对|庆祝|聚会|欢乐/, 'birthday'],
  // "love it!" is praise, not a love song. 温柔 is the catalogue's word for First Dance (tender), not for
  // the quiet piano (轻柔, soft).
  [
    /\b(?:romantic|romance|love(?!\s+(?:it|this|that|them|the\s+\w+))|wedding|tender|sweet)\b(?<!\bi\s+love)|浪漫|婚礼|甜蜜|爱情|温馨浪漫|温柔/,
    'romantic',
  ],
  [
    /\b(?:sad|memorial|melancholy|melancholic|nostalgic|reflective|emotional|solemn|somber|sombre|touching)\b|伤感|悲伤|怀念|纪念|感人|怀旧|追思/,
    'sad',
  ],
  [/\b(?:travel|adventure|road\s*trip|vlog|journey|holiday|vacation)\b|旅行|旅游|冒险|出游/, 'travel'],
  [/\b(?:corporate|product|business|modern|tech|minimal|clean)\b|产品|科技|商务|简约|现代/, 'product'],
  [/\b(?:family|kids|children|playful|cute|light)\b|温馨|家庭|可爱|俏皮|亲子/, 'family'],
];

const MORE_UPBEAT =
  /\btoo\s+(?:sleepy|boring|calm|mellow|sad|dull|slow|quiet\s+a\s+song)\b|\b(?:not\s+so|less|not\s+as)\s+(?:sleepy|boring|calm|mellow|sad|dull|slow|gloomy)\b|(?:不要|别|没)(?:那么|太)(?:安静|平淡|伤感|悲伤|沉闷|慢)|太(?:闷|沉闷|平淡|伤感|催眠)了?|\b(?:more\s+(?:upbeat|energetic|energy|lively|happy|fun|exciting|cheerful|uplifting|dynamic|fast|pep|punch)|faster|livelier|happier|peppier|punchier|higher[\s-]energy|hype[dr]?)\b|更(?:欢快|动感|有活力|热闹|快乐|开心|燃|嗨|带感|炸)|(?:欢快|动感|热闹|快|燃|嗨|带感|炸)一点/;
const CALMER =
  /\b(?:less|fewer|not\s+(?:so|as)\s+much|without\s+(?:the|so\s+many|all\s+the))\s+(?:drums?|percussion|bass|beats?)\b|鼓点?(?:少|轻|弱)(?:一)?点|少(?:一)?点鼓|\btoo\s+(?:intense|energetic|busy|hype|aggressive|upbeat|hectic|frantic|loud\s+and\s+fast)\b|\b(?:not\s+so|less|not\s+as)\s+(?:intense|energetic|upbeat|lively|loud\s+and\s+fast|busy|hype|aggressive|fast)\b|(?:不要|别|没)(?:那么|太)(?:燃|激烈|吵闹|动感|欢快|嗨)|太(?:燃|激烈|嗨|闹腾)了?|\b(?:calmer|more\s+(?:calm|relaxed|chill|gentle|quiet|peaceful|mellow|soothing|relaxing)|slower|softer|quieter\s+(?:song|track|one)|less\s+(?:intense|energetic|busy))\b|更(?:安静|舒缓|平静|轻柔|放松|慢)|(?:安静|舒缓|平静|轻柔|慢)一点/;
const DIFFERENT =
  /\b(?:different|another|other|change|switch|swap|replace|new)\b|换(?:一|1)?首|换(?:一|1)?个|换成|换/;
/** What "换个…" changes when it is not the music: "换个位置", "换个颜色". */
const NOT_MUSIC =
  '位置|顺序|地方|比例|颜色|滤镜|转场|风格|标题|字幕|样子|方向|效果|画幅|照片|图片|图|背景色|字体|运动|镜头|时长';
/** A swap asked for without naming music: "something more upbeat", "换一首欢快的". */
export const SWAP_ALONE = new RegExp(
  String.raw`\bsomething\s+(?:with\s+)?(?:a\s+(?:bit|little)\s+)?(?:more\s+|less\s+)?[a-z-]+|\b(?:a\s+)?(?:different|another|new)\s+(?:one|tune)\b|换(?:一|1)?首|换(?:一|1)?个(?!\s*(?:${NOT_MUSIC}))(?:音乐|歌|曲)?`,
);

/**
 * "it is for a memorial", "this is for my mum's birthday", "是给奶奶的": what the video is for. Said about a
 * song just chosen, it narrows the choice; it never takes away the kind of music asked for (piano stays).
 */
const PURPOSE =
  /\b(?:is|are|'s|was)\s+(?:\w+\s+)?for\b|^\s*(?:it'?s\s+|this\s+is\s+)?for\s+(?:a|an|the|my|our|his|her|their)\b|是(?:给|为了?|用在|用于|拿来)|用于|用来/;

export interface LibraryChoice {
  track: TrackDescriptor;
  /** Why it was chosen, for the reply: the moods heard, or the swap. */
  moods: string[];
}

/** Style names ("road trip"): a track title that is one is never the track on its capitals alone. */
const STYLE_NAMES = new Set(STYLES.flatMap((style) => style.aliases.en));

/** A title as compared: lowercase Simplified, without spaces, marks or 的. */
function titleKey(text: string): string {
  return simplifiedText(text)
    .toLowerCase()
    .replace(/[\s\-_·.,，。《》〈〉「」『』"'“”‘’!！]|的/g, '');
}

/**
 * The track a quoted name in a music clause means: its title in either language, a near miss of it
 * (《第一只舞》, "Quite Piano"), or else the kind of music the name says (《安静的钢琴曲》 → Quiet Piano).
 */
function quotedTrack(quote: string): TrackDescriptor | undefined {
  const key = titleKey(quote);
  if (!key) return undefined;
  for (const track of TRACKS)
    if (key === titleKey(track.title) || key === titleKey(track.titleZh)) return track;
  const han = /^[\u3400-\u9fff]+$/.test(key);
  for (const track of TRACKS) {
    const title = titleKey(han ? track.titleZh : track.title);
    const slack = han ? 1 : 2;
    if (key.length >= (han ? 3 : 6) && editDistance(key, title, slack) <= slack) return track;
  }
  const moods = MOODS.flatMap(([re, mood]) => (re.test(simplifiedText(quote).toLowerCase()) ? [mood] : []));
  if (moods.length === 0) return undefined;
  let best: TrackDescriptor | undefined;
  let most = 0;
  for (const track of TRACKS) {
    const shared = moods.filter((mood) => track.moods.en.includes(mood)).length;
    if (shared > most) {
      most = shared;
      best = track;
    }
  }
  return best;
}

/** Whether a quoted name is the track's own title, in either language. */
function isTitle(quote: string, track: TrackDescriptor): boolean {
  const key = titleKey(quote);
  return key === titleKey(track.title) || key === titleKey(track.titleZh);
}

/** A music word: a quoted name beside one is a song's. */
const MUSIC_WORD = /\b(?:music|song|track|tune|bgm|soundtrack)\b|音乐|歌|曲|配乐|这首|那首|一首/;
/** A text or style word: a quoted name beside one is the text's words or the style ("标题改成《第一支舞》"). */
const TEXT_WORD =
  /\b(?:title|caption|text|subtitles?|heading|card|style|preset|theme|template|look|filter)\b|标题|字幕|文字|片尾|片头|风格|样式|模板|主题|滤镜/;

/** Each track's title as typed, and after a play verb: compiled once, not for every clause read. */
const TRACK_SAID = TRACKS.map((track) => ({
  track,
  title: new RegExp(`\\b${track.title.toLowerCase().replace(/[\s-]+/g, '[\\s-]*')}\\b|${track.titleZh}`),
  played: new RegExp(
    `\\b(?:use|play|put\\s+on|switch\\s+to|go\\s+with|pick|choose)\\s+(?:the\\s+)?(?:${track.title.toLowerCase().replace(/[\s-]+/g, '[\\s-]*')})\\b`,
  ),
}));

/** The library track a clause names by title ("the First Dance track", "《怀念》", "库里的《静谧钢琴》"). */
export function namedTrack(clause: Clause): TrackDescriptor | undefined {
  // A quote that is a title exactly is the track with no music word ("换成《静谧钢琴》"), unless a text is named.
  const musical = clause.has(MUSIC_WORD);
  if (musical || !clause.has(TEXT_WORD)) {
    for (const quote of clause.quoteSpans()) {
      const track = quotedTrack(quote.text);
      // (A title that is also a style's name, "《公路旅行》", needs the music word.)
      if (track && (musical || (isTitle(quote.text, track) && !STYLE_NAMES.has(track.title.toLowerCase())))) {
        clause.blank(quote.start, quote.start + 1);
        return track;
      }
    }
  }
  for (const { track, title, played } of TRACK_SAID) {
    // "Road Trip" and "Horizon" are also ordinary words: a title counts next to a music word.
    // "use Quiet Piano", "play Neon Pulse": a title of two words after a play verb is the track too.
    if (
      clause.has(title) &&
      (clause.has(/\b(?:music|song|track|tune|bgm)\b|音乐|歌|曲/) ||
        track.id === 'first-dance' ||
        (/\s/.test(track.title) && clause.has(played)) ||
        // "Sunny Pop at 60%": a title of two words typed with its capitals is a name.
        (/\s/.test(track.title) &&
          !STYLE_NAMES.has(track.title.toLowerCase()) &&
          clause.typed().includes(track.title)))
    ) {
      clause.take(title);
      return track;
    }
  }
  return undefined;
}

const NOT_MOOD = /(?:\b(?:less|not\s+so|not\s+as|not\s+too|too)\s+|(?:不要|别|没)?(?:那么|太))$/;

/** Mood words of the clause, taken so no other family reads them as pacing or a look. */
export function takeMoods(clause: Clause): string[] {
  const moods: string[] = [];
  for (const [re, mood] of MOODS) {
    const said = new RegExp(re.source).exec(clause.text);
    if (!said) continue;
    // "less energetic", "not so upbeat", "没那么欢快": the mood said is the one not wanted (CALMER reads it).
    if (NOT_MOOD.test(clause.text.slice(0, said.index))) continue;
    clause.take(re);
    moods.push(mood);
  }
  return moods;
}

/**
 * The track to play: by title, by mood and the video's length, or relative to the current library
 * track ("more upbeat", "calmer", "another one"). `current` is the uri playing now.
 */
export function chooseTrack(
  clause: Clause,
  videoMs: number,
  current: string | undefined,
  moods: readonly string[],
): LibraryChoice {
  const playing = current ? trackOfUri(current) : undefined;
  // "加点钢琴曲，要安静一点": a mood the song playing already has, said of it, keeps it.
  if (
    playing &&
    moods.length > 0 &&
    moods.every((mood) => playing.moods.en.includes(mood)) &&
    !swapWords(clause) &&
    !DIFFERENT.test(clause.source.toLowerCase()) &&
    !relativeMood(clause)
  )
    return { track: playing, moods: [...moods] };
  const options: Parameters<typeof pickTrack>[2] = {};
  const wanted = [...moods];
  // "soft piano music, it is for a memorial": the purpose adds its mood to the kind of music playing.
  if (playing && PURPOSE.test(clause.source) && !swapWords(clause))
    wanted.unshift(...playing.moods.en.filter((mood) => GENRES.has(mood)));
  if (!playing) {
    // "swap the song for something calmer" over a song of the person's own: calmer is the mood asked for.
    if (clause.take(MORE_UPBEAT)) wanted.push('upbeat');
    else if (clause.take(CALMER)) wanted.push('calm');
  }
  if (playing) {
    // "more chill" while a chill track plays: the mood word was read already, the comparative still counts.
    // "livelier", "too sleepy": with no mood named, the direction is the mood.
    if (clause.take(MORE_UPBEAT) || MORE_UPBEAT.test(clause.source.toLowerCase())) {
      options.minEnergy = playing.energy;
      if (wanted.length === 0) wanted.push('upbeat');
    } else if (clause.take(CALMER) || CALMER.test(clause.source.toLowerCase())) {
      options.maxEnergy = playing.energy;
      if (wanted.length === 0) wanted.push('calm');
    }
    if (
      clause.take(DIFFERENT) ||
      options.minEnergy !== undefined ||
      options.maxEnergy !== undefined ||
      moods.length === 0
    )
      options.exclude = playing.id;
  }
  let track = pickTrack(wanted, videoMs, options);
  if (options.exclude && track.id === options.exclude)
    track = pickTrack(wanted, videoMs, { exclude: options.exclude });
  return { track, moods: wanted };
}

/** "calmer", "more upbeat", "less intense", "欢快点": a mood said relative to the song playing. */
export function relativeMood(clause: Clause): boolean {
  return clause.has(MORE_UPBEAT) || clause.has(CALMER);
}

/** A mood complaint or comparative that is not only a level word ("softer" alone is the volume). */
export function moodComplaint(clause: Clause): boolean {
  // "something softer", "a softer one" name another song; "softer" alone stays the level.
  const text = clause.text.replace(
    /\b(?<!\bsomething\s+(?:a\s+(?:bit|little)\s+)?)(?:softer|quieter)\b(?!\s+(?:song|track|one|tune))/g,
    ' ',
  );
  return MORE_UPBEAT.test(text) || CALMER.test(text);
}

export function swapWords(clause: Clause): boolean {
  return clause.has(MORE_UPBEAT) || clause.has(CALMER) || clause.has(DIFFERENT);
}

addVocabulary(
  MOODS.map(([re]) => re),
  MORE_UPBEAT,
  CALMER,
  DIFFERENT,
  TRACKS.map((track) => track.title),
);
