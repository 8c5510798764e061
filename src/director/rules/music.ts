import { libraryTrackRef, moodWords, trackOfUri } from '../../catalog/music.js';
import { draftDurationMs, type EditCommand, type MediaRef, segmentTimings } from '../../model/index.js';
import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import {
  clamp,
  FILE_NAME,
  matchMedia,
  mediaName,
  namesIn,
  segmentBySubject,
  stemKey,
  takeDuration,
  takePercent,
} from '../values.js';
import {
  chooseTrack,
  moodComplaint,
  namedTrack,
  relativeMood,
  SWAP_ALONE,
  swapWords,
  takeMoods,
} from './library-music.js';
import { AFTER_TITLE, takeMusicStart } from './music-start.js';
import { type Family, note, type RuleContext } from './types.js';

/** A fade made longer or shorter: "淡出长一点", "a longer fade out", "fade out slower". */
const FADE_LONGER =
  /\b(?:longer|slower|more\s+gradual(?:ly)?|gentler)\b|长一点|长一些|久一点|慢一点|再长|更长|拉长/;
const FADE_SHORTER = /\b(?:shorter|quicker|faster)\b|短一点|短一些|快一点|再短|更短/;

/**
 * Music as one more thing in a list: "9:16 and some music", "…，还有黑白的，还有音乐". The list word is
 * read off the clause, so the clause is the music alone and the message has the list word before it.
 */
const BARE_MUSIC =
  /^\s*(?:(?:some|nice|good|a\s+bit\s+of)\s+)*(?:background\s+)?(?:music|bgm|soundtrack)\s*(?:too|also|please|pls)?\s*[.!]*\s*$|^\s*(?:点|一点|一些|些|首)?(?:背景)?(?:音乐|配乐|bgm)\s*$/;
const LISTED_MUSIC =
  /(?:\b(?:and|plus|with|also)\s+|[&+]\s*|还有|还要|也要|以及|另外)(?:(?:some|nice|good|a\s+bit\s+of)\s+)*(?:点|一点|一些|些|首)?(?:background\s+|背景)?(?:music|bgm|soundtrack|音乐|配乐)/;
/** Background music: add by file name, volume, fades, remove, loudness. */

const NOUN =
  /\b(?:some|any)thing\s+(?:with\s+(?:an?\s+|some\s+)?)?(?:(?:calm|soft|gentle|quiet|slow|light|upbeat|mellow|warm)\s+)?(?=(?:acoustic|guitar|folk(?:y|sy)?|piano|classical)(?:\s+(?:guitar|piano|vibes?|feel|sound|strumming))?\s*(?:please|pls)?\s*[.!]*\s*$)|\b(?:some|a\s+(?:little\s+)?bit\s+of|a\s+little|a\s+touch\s+of|more|with(?=\s+(?:(?:calm|soft|gentle|quiet|slow|light|upbeat|happy|sad|relaxing|peaceful|soothing|cheerful|romantic|epic)\s+)?(?:lo[\s-]?fi|piano|acoustic|guitar|folk|classical)\b))\s+(?:(?:calm|soft|gentle|quiet|slow|light|upbeat|happy|sad|relaxing|peaceful|soothing|cheerful|romantic|epic)\s+)?(?=(?:lo[\s-]?fi|piano|acoustic|guitar|folk|classical|electronic|ambient|synth[a-z]*|r&b|soul|funk|reggae|country|bossa\s*nova|blues)(?:\s+(?:on|under|over|beneath|underneath|behind|in\s+the\s+background)\b|\s+(?:at|@)\s*\d+(?:\.\d+)?\s*%|\s*(?:please|pls)?\s*$))|\b(?:(?:calm|soft|gentle|quiet|slow|light|upbeat|happy|sad|relaxing|peaceful|soothing|cheerful|romantic|epic)\s+)?(?=(?:lo[\s-]?fi|piano|acoustic|guitar|folk|classical|jazz|electronic)\s+(?:at|@)\s*\d+(?:\.\d+)?\s*%)|(?:来|放|配|加|整|垫)(?:一)?点(?:儿)?\s*(?=lo[\s-]?fi|钢琴|吉他|古典|民谣|电子|蓝调|爵士)|\b(?:background\s+music|music|song|songs|soundtrack|audio|bgm|tune|tunes|track|beat|beats|sound(?:track)?|edm|techno|jazz|hip[\s-]?hop|(?:classic|punk|hard|indie)\s+rock)\b|\b(?:(?:some|any)thing\s+(?:[a-z]+\s+){0,2})?(?:to|we\s+can|i\s+can)\s+listen\s+to\b|\b(?:some|any)thing\s+(?:[a-z-]+\s+){0,2}(?:playing\s+)?(?:in\s+the\s+background|underneath|under\s+(?:it|them|everything|the\s+(?:photos|pictures|pics|video|slideshow)))\b|(?:背景里|底下|下面)(?:放|垫|配)(?:点|一点|一首|首|个)?|垫(?:一首|首|个|点)?(?=[^，,。]*(?:的|歌|乐))|(?:好听|耐听|可以听)的(?:东西)?(?=$|[\s,，。！!吧呀啊])|\b(?:(?:piano|guitar|classical|orchestral|instrumental|acoustic|musical)\s+pieces?|pieces?\s+of\s+music)\b|(?:来|放|配|加|整|垫)(?:一|1)?首(?!先)|背景音乐|音乐|配乐|歌曲|歌|bgm|音频|曲子|钢琴曲|吉他曲|曲|声音|音量|电子乐|纯音乐|轻音乐|古典乐|爵士乐?|民谣|摇滚|说唱|嘻哈|电音|舞曲/;
const ADD =
  /\b(?:add|use|put|play|set|with|include|want|needs?|pick|choose|change|switch|replace|swap|give\s+(?:it|us|me)|throw(?:\s+in)?|slap|stick|pop\s+in|chuck)\b|添加|加上|配上|加|换成|换|来点|来首|配|放|用|要有|得有|需要|带上|带点|带着|带/;
const REMOVE =
  /\b(?:remove|delete|drop|no|without|get\s+rid\s+of|turn\s+off|stop|kill|lose|take\s+(?:out|off|away))\b|(?<=\b(?:music|song|soundtrack|audio|bgm|sound)\s+)(?:off|out)\b(?!\s+(?:at|after|by|in)\b)|(?<=\b(?:music|song|soundtrack|audio|bgm|sound)\s*[:：=]\s*)(?:none|nothing|off)\b|(?<=(?:音乐|配乐|背景音乐|bgm)\s*[:：]\s*)(?:无|没有|不要|不用)|删除|删掉|去掉|去除|移除|不想要|不需要|不要|取消|关掉|关闭|拿掉/;
const MUTE = /\bmute\b|\bsilence\b|静音/;
/** "加标题「…」放在底部，配一首音乐": the verb of a text named right after it adds the text, not the song. */
const ADD_MUSIC = new RegExp(
  `(?:${ADD.source})(?!\\s*(?:个|一个|上|a\\s+|an\\s+)?\\s*(?:大|主|副)?(?:标题|字幕|文字|片尾|titles?\\b|captions?\\b|text\\b))`,
);
/** "switch the music to piano", "换成钢琴曲": another track asked for by its kind. */
const SWAP_VERB = /\b(?:change|switch|replace|swap)\b|换/;
const QUIETER =
  /\b(?:lower|quieter|softer|(?:turn|bring|take|knock)\s+(?:it|the(?:\s+\w+){0,2})?\s*down|reduce|decrease|less\s+loud|quiet|soft)\b|调小|调低|放低|压低|小声|小一点|小一些|降低|低一点|低一些|轻一点|轻一些|小点/;
const LOUDER =
  /\b(?:louder|(?:turn|bring|crank|pump)\s+(?:it|the(?:\s+\w+){0,2})?\s*up|raise|increase|boost|loud)\b|调大|调高|开大|大声|大一点|大一些|提高|高一点|高一些|响一点|响一些|大点/;
const VOLUME = /\bvolume\b|\blevel\b|音量/;
/** Words only sound can be ("make it quieter", "louder please", "大声点"): the music's level, whatever "it" is. */
const SOUND_ONLY = /\b(?:quieter|louder|less\s+loud)\b|小声|大声/;
/** A step down in volume ("quieter", "音量小一点", "too loud"): this much of the level before. */
const QUIETER_STEP = 0.6;
/**
 * "quiet in the background", "play it softly", "at a low volume", "轻轻的", "小声地放": how loud the music
 * is, said beside the song — never its mood. It brings the music down to what one step down from full
 * volume gives ("音量小一点"), and never up; a number beside the word ("soft (20%)", "quiet, 20%", "轻柔一点，
 * 20%") is the level itself.
 */
const BACKGROUND_LEVEL =
  /\b(?:quiet(?:-ish)?|soft|low|gentle)\b(?=\s*[,，(（:：]?\s*(?:at\s+|@\s*)?\d+(?:\.\d+)?\s*%)|(?:小声|轻声|轻柔|安静)(?:一点|点)?(?:的)?(?=\s*[,，(（:：]?\s*\d+(?:\.\d+)?\s*%)|(?:^|[,，;；]|\bbut\b)\s*(?:(?:and|but|just|nice\s+and|really|very|super|kinda|kind\s+of|pretty|keep\s+it|make\s+it)\s+)*(?:quiet|soft|low|subtle|low[\s-]key)(?:\s+(?:please|pls|though))?\s*[.!]*\s*$|\b(?:(?:(?:nice\s+and|really|very|super|kinda|kind\s+of|pretty)\s+)?(?:quiet(?:ly)?|soft(?:ly)?|low|gentl[ey]|subtl[ey])\s+)?(?:in|into|to)\s+the\s+background\b|\bquietly\b|\b(?:at\s+(?:a\s+)?)?(?:low|quiet|soft)\s+(?:volume|level)\b|\b(?:keep|play|have|put|leave)\s+(?:it|them|the\s+(?:music|song|track|audio))\s+(?:quiet|soft|low|down|subtle)\b|\b(?:but\s+)?not\s+(?:too|so)\s+loud\b|\b(?:barely|just)\s+audible\b|小声(?:地|的)|低音量|音量(?:小|低)(?:小|低)?的|(?:别|不要|不用)(?:太|那么)(?:吵|大声|响)|(?:在)?背景(?:里|中)(?:轻轻|小声|淡淡)?(?:地|的)?(?:放|播|响)/;
/**
 * "down to a whisper", "barely audible", "just in the background", "几乎听不见": a level well below one step
 * down — the words name how faint, so the level is set, never stepped from what it was.
 */
const FAINT_LEVELS: [RegExp, number][] = [
  [
    /\b(?:(?:down\s+)?to\s+)?(?:a|an?\s+almost|like\s+a)\s+whisper\b|\bwhisper(?:[\s-]?(?:quiet|soft|level))?\b|\b(?:barely|hardly)\s+(?:audible|there|hear(?:able)?)\b|\bjust\s+(?:a\s+(?:hint|murmur)|audible)\b|几乎听不(?:见|到|出来)|隐约(?:能)?听(?:得)?(?:见|到)|若有若无/,
    0.15,
  ],
  [
    /\b(?:just|only|far)\s+(?:(?:quiet(?:ly)?|soft(?:ly)?|low)\s+)?(?:in|into|to)\s+the\s+(?:very\s+)?background\b|\b(?:very|really|super|extremely)\s+(?:quiet|soft|low)\b|小小声|很小声|非常小声|特别小声|超小声/,
    0.2,
  ],
];

/** The faint level a clause names, its words taken; undefined when it names none. */
function takeFaint(clause: Clause): number | undefined {
  for (const [re, level] of FAINT_LEVELS) if (clause.take(re)) return level;
  return undefined;
}

/** "softly", "gently", "轻轻的": how loud only beside the music or a song's name ("zoom in gently" is a camera move). */
const SOFTLY = /\b(?:softly|gently|subtly)\b|轻轻(?:的|地)|轻柔地/;
const TOO_LOUD =
  /\btoo\s+(?:loud|noisy|much)\b|\boverpowering\b|\bdrowns?\b|太吵|太响|太大声|声音太大|(?:有点|很|好|真|挺)(?:吵|响)/;
const TOO_QUIET =
  /\btoo\s+(?:quiet|soft|low|faint)\b|\b(?:can'?t|cannot|can\s+barely|can\s+hardly|hard\s+to)\s+hear\b|太小声|(?<!几乎)听不见|听不清|听不太清|太轻|声音太小/;
const FADE_OUT =
  /\bfade(?:s|d)?[\s-]*(?:the\s+)?(?:music|song|audio|track|sound|it)?\s*out\b|\bfade[\s-]?out\b|\bfading\s+out\b|淡出|渐弱|渐隐|渐出/;
/** "too", "as well", "也": a music fade said after the video's takes its length. */
const LIKE_THE_VIDEO = /\b(?:too|also|as\s+well)\b|也|一起|同样/;
const FADE_IN =
  /\bfade(?:s|d)?[\s-]*(?:the\s+)?(?:music|song|audio|track|sound|it)?\s*in\b|\bfade[\s-]?in\b|\bfading\s+in\b|淡入|渐强|渐入/;
/** The other end of a fade said once: "… in over 1.5s and out over 3", "… out over 3 and in over 1". */
const OTHER_END_OUT =
  /\b(?:and|then)\s+out\b(?=\s*(?:over|in|for|across|at|\d|$))|^\s*out\b(?=\s*(?:over|for|across|\d))/;
const OTHER_END_IN =
  /\b(?:and|then)\s+in\b(?=\s*(?:over|for|across|\d))|^\s*in\b(?=\s*(?:over|for|across|\d))/;
/**
 * "don't fade the music out at the end", "the song shouldn't fade in", "no fade at the end", "音乐结尾不要淡出",
 * "别淡入": a negated fade sets that end to none (both ends when it names neither).
 */
const NEGATED_FADE =
  /\b(?:don'?t|do\s+not|dont|never|shouldn'?t|should\s+not|mustn'?t|must\s+not|won'?t|no\s+need\s+to|without)\s+(?:want\s+(?:it|the\s+(?:music|song|track|audio))\s+to\s+|let\s+(?:it|the\s+(?:music|song|track|audio))\s+|have\s+(?:it|the\s+(?:music|song|track|audio))\s+)?fad(?:e|es|ed|ing)\b(?:[\s-]+(?:the\s+)?(?:music|song|audio|track|sound|it))?(?:[\s-]+(in|out|away))?(?:\s+(?:at|in|toward|towards|near)\s+the\s+(end|ending|finish|close|start|beginning|opening))?|\b(?:no|without)\s+(?:a\s+|any\s+)?fad(?:e|es|ing)\s+(?:at|in)\s+the\s+(end|ending|finish|close|start|beginning|opening)\b|(?:(开头|开始|结尾|最后|末尾|结束)(?:的)?(?:时候)?(?:音乐|歌|配乐)?(?:的)?)?(?:不要|别|不用|不需要|不想|无需|不必)(?:再)?(?:让)?(?:音乐|歌|配乐)?(?:的)?(?:(淡入淡出|淡出淡入|渐强渐弱)|(?:淡|渐)(出|入|弱|强|隐))/;

/** Which end a negated fade names: "out", "at the end", 结尾, 淡出 are the end; "in", "at the start", 开头, 淡入 the start. */
function negatedEnd(match: RegExpExecArray): 'in' | 'out' | 'both' {
  const said = match.slice(1).filter((part) => part !== undefined);
  if (said.some((part) => /^(?:淡入淡出|淡出淡入|渐强渐弱)$/.test(part))) return 'both';
  if (said.some((part) => /^(?:out|away|end|ending|finish|close|结尾|最后|末尾|结束|出|弱|隐)$/.test(part)))
    return 'out';
  if (said.some((part) => /^(?:in|start|beginning|opening|开头|开始|入|强)$/.test(part))) return 'in';
  return 'both';
}
const NO_FADE = /\b(?:no|without)\s+fades?\b(?![\s-]*(?:in|out)\b)|不要淡出|不要淡入|取消淡出/;
const REMOVE_NAMED_FADE =
  /\b(?:no|without|remove|drop|cancel|kill|lose|get\s+rid\s+of|take\s+(?:off|away|out)|turn\s+off|stop)\s+(?:the\s+|any\s+)?(?:music'?s?\s+|song'?s?\s+)?fade[\s-]?(?:out|in)\b|(?:去掉|删掉|删除|取消|不要|拿掉)(?:音乐的?)?(?<!淡入)淡[出入](?!淡)|(?<!淡入)淡[出入](?:效果)?(?:去掉|删掉|不要了|取消)/;
const REMOVE_FADE = new RegExp(
  `${REMOVE_NAMED_FADE.source}|\\b(?:no|without|remove|drop|cancel|kill|lose|get\\s+rid\\s+of|take\\s+(?:off|away|out)|turn\\s+off|stop)\\s+(?:the\\s+|any\\s+)?(?:music'?s?\\s+|song'?s?\\s+)?fad(?:e|es|ing)\\b`,
);
const TRANSITION_CONTEXT =
  /transition|转场|过渡|淡入淡出|叠化|cross-?fade|between\s+(?:the\s+)?photos|title|caption|text|标题|字幕|文字/;

/** "to a quarter", "调到一半", "三分之一": a level said as a fraction. */
const FRACTION =
  /\b(?:to|at)\s+(?:a\s+|one\s+)?(quarter|third|half|(?:three|3)\s+quarters)\b(?!\s+(?:of\s+a\s+)?(?:second|sec|minute))|(?<=到|成|为)(一半|[三3]分之[一1]|[四4]分之[一1]|[三3]分之[二2]|[四4]分之[三3])/;
const FRACTIONS: Record<string, number> = {
  quarter: 0.25,
  third: 0.33,
  half: 0.5,
  'three quarters': 0.75,
  一半: 0.5,
  三分之一: 0.33,
  四分之一: 0.25,
  三分之二: 0.67,
  四分之三: 0.75,
};

/** Shares said in words, for a level said relative to the one there is ("a third as loud"). */
const SHARE_WORDS: Record<string, number> = {
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  twice: 2,
  double: 2,
  triple: 3,
};
const QUIET_WORD = /^(?:quiet|quieter|soft|softer|low|lower|down|less\s+loud|降低|调低|减少|调小|减小|小)/;
/**
 * The music's level said relative to the one it has: "half as loud", "a third as loud", "twice as loud",
 * "50% quieter", "turn it down by 20%", "25% louder", "cut the volume in half", "halve the music",
 * "double the volume", "音量加倍", "音量降低20%". The factor of the level there is, or undefined.
 */
const RELATIVE_LEVELS: [RegExp, (m: RegExpExecArray) => number][] = [
  [
    /\b(?:(half|(?:a|1|one)\s+(?:third|quarter)|(?:3|three)\s+quarters|twice|(\d+(?:\.\d+)?)\s*(?:x|times))\s+as\s+(loud|quiet|soft|high|low))\b/,
    (m) => {
      const said = m[1]!.replace(/^(?:a|1|one)\s+/, '');
      const share = m[2] !== undefined ? Number(m[2]) : /quarters/.test(said) ? 0.75 : SHARE_WORDS[said]!;
      return /loud|high/.test(m[3]!) ? share : 1 / share;
    },
  ],
  [
    /\b(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent|pct)\s+(louder|higher|quieter|softer|lower|less\s+loud)\b/,
    (m) => 1 + (QUIET_WORD.test(m[2]!) ? -1 : 1) * (Number(m[1]) / 100),
  ],
  [
    /\b(?:(?:turn|bring|take|knock|crank|pump)\s+(?:it|the\s+(?:music|song|track|audio|volume)|the\s+(?:music|song)\s+volume)?\s*(up|down)|(lower|raise|reduce|decrease|increase|boost|drop|cut)(?:\s+(?:it|the\s+(?:music|song|track|audio|volume)|the\s+(?:music|song)\s+volume|the\s+volume\s+of\s+the\s+(?:music|song)))?|(louder|quieter|softer))\s+(?:by\s+(?:(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent|pct)|(half|a\s+third|a\s+quarter)\b)|(?<!\bto\s+)(?:another\s+|a\s+further\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent|pct))/,
    (m) => {
      const way = m[1] ?? m[2] ?? m[3]!;
      const said = m[4] ?? m[6];
      const share = said !== undefined ? Number(said) / 100 : SHARE_WORDS[m[5]!.replace(/^a\s+/, '')]!;
      const down = /^(?:down|lower|reduce|decrease|drop|cut|quieter|softer)$/.test(way);
      return down ? 1 - share : 1 + share;
    },
  ],
  [
    /\b(?:cut|reduce|drop|bring|turn)\s+(?:it|the\s+(?:music|song|track|audio|volume)(?:\s+volume)?|the\s+volume\s+of\s+the\s+(?:music|song))?\s*(?:down\s+)?(?:in|by)\s+half\b|\bhalve\s+(?:it|(?:the\s+)?(?:music|song|track|audio|volume)(?:'?s)?(?:\s+volume)?)\b/,
    () => 0.5,
  ],
  [
    /\b(double|triple)\s+(?:the\s+)?(?:(?:music|song|track|audio)(?:'?s)?\s+)?volume(?:\s+of\s+the\s+(?:music|song|track))?\b|\b(double|triple)\s+(?:the\s+)?(?:music|song|track)\b(?!\s+(?:length|duration))/,
    (m) => SHARE_WORDS[m[1] ?? m[2]!]!,
  ],
  [/音量(?:加倍|翻倍|大一倍)|(?:加倍|翻倍)音量/, () => 2],
  [
    /(?:音量|声音)?(降低|调低|减少|减小|调小|提高|调高|增加|加大|调大)(?:了)?\s*(\d+(?:\.\d+)?)\s*%/,
    (m) => 1 + (QUIET_WORD.test(m[1]!) ? -1 : 1) * (Number(m[2]) / 100),
  ],
];

function takeRelativeLevel(clause: Parameters<Family>[0]): number | undefined {
  for (const [re, factor] of RELATIVE_LEVELS) {
    const said = clause.take(re);
    if (said) return factor(said);
  }
  return undefined;
}

function audioFiles(ctx: RuleContext): MediaRef[] {
  return ctx.media.filter(
    (media) =>
      media.kind === 'audio' || (media.kind === 'video' && /\.(?:mp3|wav|m4a|aac)$/i.test(mediaName(media))),
  );
}

/** The uploaded audio file the clause names: a file name, a quoted name or a file stem among its words. */
function namedAudio(clause: Parameters<Family>[0], ctx: RuleContext): { media?: MediaRef; asked?: string } {
  const audio = audioFiles(ctx);
  for (const quote of clause.quoteSpans()) {
    const media = matchMedia(audio, quote.text);
    if (media) {
      clause.blank(quote.start, quote.start + 1);
      return { media };
    }
  }
  const named = namesIn(clause.text, audio)[0];
  if (named) {
    clause.blank(named.start, named.end);
    return { media: named.media };
  }
  const file = new RegExp(FILE_NAME.source).exec(clause.text);
  if (file && /\.(?:mp3|wav|m4a|aac|flac|ogg|opus)$/.test(file[0])) {
    clause.blank(file.index, file.index + file[0].length);
    const media = matchMedia(audio, file[0]);
    return media ? { media } : { asked: file[0] };
  }
  // A stem among the words ("use lofi", "add the summer vibes track").
  const words = [...matchesOf(clause.text, /[a-z0-9][a-z0-9_-]*|[\u3400-\u9fff]+/g)];
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const first = words[i]!;
      const last = words[i + size - 1]!;
      const key = stemKey(clause.original(first.index, last.index + last[0].length));
      if (key.length < 3) continue;
      const media = audio.find((m) => stemKey(mediaName(m)) === key);
      if (media) {
        clause.blank(first.index, last.index + last[0].length);
        return { media };
      }
    }
  }
  return {};
}

/** Blanks the name of the song that plays ("drums" for drums.wav, "lo-fi drift") when the clause says it. */
function playingNamed(clause: Parameters<Family>[0], name: string): boolean {
  const stem = name
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .trim();
  if (stem.length < 3) return false;
  const words = stem.split(/\s+/).map((word) => word.replace(/[^\p{L}\p{N}]/gu, '\\$&'));
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s_-]*')}(?![\\p{L}\\p{N}])`, 'u').exec(
    clause.text,
  );
  if (!match) return false;
  clause.blank(match.index, match.index + match[0].length);
  return true;
}

/** "…, but keep the music", "music留着": the music stays as it is (a style said beside it brings no song). */
export const KEEP_MUSIC =
  /(?<!\b(?:don'?t|do\s+not|not|never)\s+)\b(?:keep(?:ing)?|don'?t\s+(?:change|touch|replace|swap)|do\s+not\s+(?:change|touch|replace)|leave|stick\s+with|stay\s+with)\s+(?:the\s+|my\s+|our\s+|their\s+|his\s+|her\s+|your\s+)?(?:[a-z]+(?:'s|s'|’s)\s+)?(?:own\s+|current\s+|existing\s+|original\s+|same\s+)?(?:music|song|track|soundtrack|bgm|audio)\b|\b(?:music|song|track|bgm)\s+(?:i|we|they|he|she|(?:the\s+)?[a-z]+)\s+(?:picked|chose|uploaded|added|sent|wanted)\b|\b(?:the\s+|my\s+)?(?:music|song|track)\s+(?:stays|as\s+is)\b|(?:不要|别|不用)(?:换|改|动)(?:背景)?(?:音乐|歌|配乐)|(?:音乐|歌|配乐|歌曲)(?:不要|别|不用)(?:换|改|动)|保留(?:[\u4e00-\u9fff]{1,4}的)?(?:背景)?(?:音乐|歌|配乐)|(?:还是?|继续|照样)用(?:[\u4e00-\u9fff]{1,4}的)?(?:那首)?(?:音乐|歌|配乐)|(?:音乐|歌|配乐)(?:保留|留着|不变)|用我(?:自己)?的(?:音乐|歌)/;
/** A clause that says nothing but that the music stays: "keep my own song", "音乐 keep", "歌别换". */
const KEEP_ONLY = new RegExp(
  `^\\s*(?:but\\s+|and\\s+|just\\s+|please\\s+|但是?|不过|而且?|就)?\\s*(?:${KEEP_MUSIC.source}|(?:the\\s+|my\\s+)?(?:music|song|bgm|背景音乐|音乐|歌曲?|配乐)\\s*(?:keep|stays?|as\\s+is|留着|保留|不变|不动|别动|留下|照旧))\\s*(?:\\s+(?:i|we)\\s+(?:picked|chose|uploaded|added|have|had))?\\s*(?:it|please|pls|吧|哦|啊|着|的)?\\s*$`,
);

/**
 * "let it stop with the video", "the song should end when the video ends", "音乐跟视频一起结束": the music
 * ends where the video does (as it always does), so nothing is removed.
 */
const ENDS_WITH_VIDEO =
  /(?:\b(?:let|have|make)\s+)?(?:\bit\s+|\bthe\s+(?:music|song|track|audio)\s+)?(?:\bjust\s+)?(?:\b(?:should|can|will|must)\s+)?\b(?:stop|stops|end|ends|cut\s+off|cuts\s+off|finish|finishes)\s+(?:right\s+)?(?:with|when|as|at\s+the\s+same\s+time\s+as|together\s+with)\s+the\s+(?:video|clip|movie|slideshow|last\s+(?:photo|frame|picture|shot))(?:\s+(?:ends|does|stops|finishes))?\b|(?:音乐|歌|配乐)?(?:跟|和|随)(?:着)?视频(?:一起|同时)?(?:结束|停)/;

const MOODS = moodWords();
/**
 * "put on something upbeat and happy", "play something romantic", "放点欢快的": a mood to play is a song, though
 * no music word is said (and never the pace "something upbeat" alone may be).
 */
const PLAY_MOOD = new RegExp(
  `\\b(?:put\\s+on|play|throw\\s+on|stick\\s+on|pop\\s+on|chuck\\s+on)\\s+(?=(?:some(?:thing)?|a\\s+bit\\s+of)\\s+(?:(?:more|really|nice|very)\\s+)?(?:${MOODS.en.join('|')})\\b)|(?:放|播|配|垫)(?:一)?点(?:儿)?(?=(?:${MOODS.zh.join('|')})(?:一点|点)?的)`,
);
/** Things other than the music a time may be said of ("the title 2 seconds later"). */
const OTHER_THING =
  /\b(?:title|caption|text|words|photos?|pictures?|pics?|images?|slides?|transitions?|video)\b|标题|字幕|文字|照片|图片|转场|视频|第\d+张/;

export const music: Family = (clause, ctx, out) => {
  if (
    (ctx.topic === 'music' || /\b(?:music|song|track|audio)\b|音乐|歌|配乐/.test(clause.text)) &&
    !/\b(?:title|caption|text)\b|标题|字幕|文字/.test(clause.text) &&
    clause.take(ENDS_WITH_VIDEO)
  ) {
    out.understood = true;
    out.topic = 'music';
  }
  if (KEEP_ONLY.test(clause.text)) {
    clause.blank(0, clause.text.length);
    out.understood = true;
    out.topic = 'music';
    return;
  }
  // "旅行vlog 保留我的音乐": the music said to stay is no request for a song.
  if (!ctx.topic && clause.take(KEEP_MUSIC)) out.understood = true;
  const draft = ctx.draft;
  const hasMusic = draft.audio.length > 0;
  const nounMatch = NOUN.exec(clause.text) ?? PLAY_MOOD.exec(clause.text);
  // "a title Summer Music": the music word belongs to the title.
  const textWord = nounMatch
    ? /\b(?:title|caption|text|heading)\b|标题|字幕|文字/.exec(clause.text.slice(0, nounMatch.index))
    : null;
  if (
    nounMatch &&
    textWord &&
    clause.quoteSpans().length === 0 &&
    // "等标题结束了再进音乐": the title's end is where the music comes in, not the title's words.
    !AFTER_TITLE.test(clause.text) &&
    // "remove the title and music": a list of things, not a title's words.
    !/\b(?:and|&|plus|or)\b|和|与|跟|[,，、]/.test(
      clause.text.slice(textWord.index + textWord[0].length, nounMatch.index),
    )
  )
    return;
  // "chill music, quiet in the background": "quiet" is how loud, not which song (nor "Quiet Piano").
  const levelSaid = !TOO_QUIET.test(clause.text) && !TOO_LOUD.test(clause.text);
  const faint =
    levelSaid && (nounMatch !== null || ctx.topic === 'music' || hasMusic) ? takeFaint(clause) : undefined;
  const quietNamed =
    levelSaid &&
    ((nounMatch !== null && clause.take(SOFTLY) !== null) ||
      ((nounMatch !== null || ctx.topic === 'music') && clause.take(BACKGROUND_LEVEL) !== null));
  const named = namedAudio(clause, ctx);
  // "bring the drums down to 80%": the playing song called by its own name is the music.
  const playing = !named.media && hasMusic && playingNamed(clause, mediaName(draft.audio[0]!.media));
  const library = named.media ? undefined : namedTrack(clause);
  // "play Quiet Piano softly": a song called by its name is the music too.
  const quietly =
    quietNamed ||
    ((named.media !== undefined || library !== undefined || playing) &&
      levelSaid &&
      (clause.take(BACKGROUND_LEVEL) ?? clause.take(SOFTLY)) !== null);
  // "something more upbeat" while music plays: the music, though no music word is said.
  const swapAlone = hasMusic && nounMatch === null && SWAP_ALONE.test(clause.text) && swapWords(clause);
  // "the music is too quiet", "can barely hear it": a level, never a calm song.
  const levelTalk = TOO_QUIET.test(clause.text) || TOO_LOUD.test(clause.text);
  const moods = (nounMatch !== null || swapAlone) && !levelTalk ? takeMoods(clause) : [];
  const noun =
    nounMatch !== null ||
    playing ||
    named.media !== undefined ||
    named.asked !== undefined ||
    library !== undefined ||
    swapAlone;
  const onTopic = noun || ctx.topic === 'music';
  const commands: EditCommand[] = [];
  const notes = out.notes;

  if (
    clause.take(
      /\b(?:normali[sz]e|even\s+out)\s+(?:the\s+)?(?:loudness|volume|audio|sound)\b|\bloudness\s+normali[sz]ation\b|响度(?:标准化|统一|均衡)/,
    )
  ) {
    out.understood = true;
    out.topic = 'music';
    commands.push({ type: 'setLoudness', normalize: true });
  }

  // "music should start after 2 seconds", "音乐从第3秒开始": where the song comes in, never the video's length.
  // "音乐小声一点，然后晚两秒进": said after the music, without naming it again, it is still the music's.
  let startMs: number | undefined;
  if ((noun || (ctx.topic === 'music' && !OTHER_THING.test(clause.text))) && !named.media && !library) {
    const playingNow = draft.audio[0];
    const title = draft.texts.find((entry) => entry.role === 'title');
    const start = takeMusicStart(
      clause,
      playingNow?.startMs ?? 0,
      title ? title.startMs + title.durationMs : undefined,
      segmentTimings(draft).map((timing) => timing.startMs),
      (word) => segmentBySubject(draft, word),
    );
    const stop =
      start !== undefined
        ? null
        : clause.take(
            /\b(?:stop|end|cut|finish)s?\s+(?:the\s+(?:music|song|track)\s+)?(?:off\s+)?(?:at|after)\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?:\s+mark)?\b|(?:在|到)?第?(\d+(?:\.\d+)?)\s*秒(?:时|的时候|处)?(?:就)?(?:停|结束|停止|断|截断|切掉|没了)/,
          );
    if (start !== undefined) {
      out.understood = true;
      out.topic = 'music';
      const length = draftDurationMs(draft);
      // Music that comes in after the video has ended is never heard.
      if (length > 0 && start >= length) {
        clause.take(NOUN);
        out.notes.push(note('note.music.startPastEnd', { s: start / 1000, length: { ms: length } }));
        return;
      }
      // "加背景音乐：民谣，音量30%，从第2秒开始": the level, fades and song said beside it are read below,
      // and the start goes with them.
      startMs = start;
    }
    if (stop && playingNow) {
      clause.take(NOUN);
      out.understood = true;
      out.topic = 'music';
      out.notes.push(note('note.music.noEnd'));
      return;
    }
  }

  // Removal.
  if (noun && !named.media && startMs === undefined) {
    const remove = REMOVE.exec(clause.text);
    // "drop the song to a quarter": a level to go down to, not a removal.
    const toLevel =
      remove &&
      /^[^,，]*?(?:\b(?:to|down)\s+(?:\d|a\s+(?:quarter|third)|half)|到|成\s*\d)/.test(
        clause.text.slice(remove.index),
      );
    if (
      remove &&
      !toLevel &&
      remove.index < (nounMatch?.index ?? 0) + 20 &&
      !FADE_OUT.test(clause.text) &&
      !/\bfade|淡/.test(clause.text)
    ) {
      // The verb stays for the next family: "get rid of the music and the title".
      if (nounMatch) clause.take(NOUN);
      out.understood = true;
      out.topic = 'music';
      if (hasMusic) commands.push({ type: 'removeMusic' });
      else if (/without|no\b|不要/.test(remove[0])) {
        // "a video without music" on a draft that has none: nothing to do.
      } else notes.push(note('note.music.nothingToRemove'));
      out.commands.push(...commands);
      return;
    }
  }

  let volume: number | undefined;
  let relativeLevel = false;
  // "turn the music up to 80", "music to 25": a bare number the music is brought to is a percentage.
  const broughtTo =
    hasMusic &&
    nounMatch !== null &&
    /\b(?:to|at)\s+\d{1,3}\b(?![\d.]|\s*(?:s\b|sec|seconds?|ms|%))/.test(clause.text);
  const percentAllowed =
    faint !== undefined ||
    onTopic ||
    VOLUME.test(clause.text) ||
    broughtTo ||
    (hasMusic && (QUIETER.test(clause.text) || LOUDER.test(clause.text)));
  if (percentAllowed && !TRANSITION_CONTEXT.test(clause.text)) {
    const relative = takeRelativeLevel(clause);
    const percent = relative === undefined ? takePercent(clause) : undefined;
    // "set the volume to 50", "音量调到50": a bare number after the word volume is a percentage.
    const bare = broughtTo
      ? clause.take(/(?<=\b(?:to|at)\s+)(\d{1,3})\b(?![\d.]|\s*(?:s\b|sec|seconds?|ms|%))/)
      : VOLUME.test(clause.text)
        ? clause.take(
            /(?<=(?:\bvolume|\blevel|音量)\s*(?:(?:to|at|of|is|=|:)\s*|(?:调到|调成|改成|改为|设为|设成|降到|提到|开到|到|为|在)\s*)?)(\d{1,3})(?![\d.]|\s*(?:%|s\b|sec|seconds?|秒|db|分))/,
          )
        : null;
    if (faint !== undefined && relative === undefined && percent === undefined && !bare)
      volume = Math.min(draft.audio[0]?.volume ?? 1, faint);
    else if (relative !== undefined) {
      volume = (draft.audio[0]?.volume ?? 1) * relative;
      relativeLevel = true;
    } else if (percent !== undefined) volume = percent;
    else if (bare && Number(bare[1]) <= 200) volume = Number(bare[1]) / 100;
    else if (clause.take(/\bhalf(?:\s+the)?\s+volume\b|音量减半|一半音量/)) volume = 0.5;
    else if (clause.has(FRACTION)) {
      const said = clause.take(FRACTION)!;
      const key = (said[1] ?? said[2] ?? '')
        .replace(/\s+/g, ' ')
        .replace(/^3 /, 'three ')
        .replace(/\d/g, (digit) => '零一二三四'[Number(digit)] ?? digit);
      volume = FRACTIONS[key] ?? 1;
    } else if (clause.take(/减半|小一半/)) volume = (draft.audio[0]?.volume ?? 1) * 0.5;
    else if (clause.take(/\bfull\s+volume\b|最大音量/)) volume = 1;
    else if (clause.take(MUTE)) volume = 0;
    else if (clause.take(TOO_LOUD)) volume = (draft.audio[0]?.volume ?? 1) * QUIETER_STEP;
    else if (clause.take(TOO_QUIET)) volume = (draft.audio[0]?.volume ?? 1) * 1.4;
    else {
      const current = draft.audio[0]?.volume ?? 1;
      const zhContext = /[\u3400-\u9fff]/.test(clause.text)
        ? /音乐|音量|声音|配乐|歌|bgm/.test(clause.text) || ctx.topic === 'music'
        : true;
      // "the song is too intense, something softer": the song's mood, not its level.
      const mood = !VOLUME.test(clause.text) && moodComplaint(clause);
      if (mood) {
        // left for the choice of a track below
      } else if (
        zhContext &&
        (onTopic || VOLUME.test(clause.text) || SOUND_ONLY.test(clause.text)) &&
        clause.take(QUIETER)
      )
        volume = current * QUIETER_STEP;
      else if (
        zhContext &&
        (onTopic || VOLUME.test(clause.text) || SOUND_ONLY.test(clause.text)) &&
        clause.take(LOUDER)
      )
        volume = current * 1.4;
      // "背景音乐小一点" with no music: a step of a level there is none of, not a new song.
      if (volume !== undefined) relativeLevel = true;
    }
    if (volume === undefined && quietly) volume = Math.min(draft.audio[0]?.volume ?? 1, QUIETER_STEP);
    if (volume !== undefined) {
      clause.take(VOLUME);
      if (volume > 2) {
        notes.push(note('note.music.maxVolume'));
        volume = 2;
      }
      volume = clamp(Math.round(volume * 100) / 100, 0, 2);
    }
  }

  let fadeInMs: number | undefined;
  let fadeOutMs: number | undefined;
  const fadeAllowed = onTopic || (hasMusic && !TRANSITION_CONTEXT.test(clause.text));
  if (fadeAllowed) {
    const negated = clause.take(NEGATED_FADE);
    if (negated) {
      const which = negatedEnd(negated);
      if (which !== 'in') fadeOutMs = 0;
      if (which !== 'out') fadeInMs = 0;
    }
    if (clause.take(NO_FADE)) {
      fadeInMs = 0;
      fadeOutMs = 0;
    }
    // "remove the fade" after a music fade, "no fade out", "去掉淡出": that fade goes, the other stays.
    const removed = clause.take(onTopic ? REMOVE_FADE : REMOVE_NAMED_FADE);
    if (removed) {
      const which = /out|出/.test(removed[0]) ? 'out' : /\bin\b|入/.test(removed[0]) ? 'in' : 'both';
      if (which !== 'in') fadeOutMs = 0;
      if (which !== 'out') fadeInMs = 0;
    }
    // "fade out over 4": a bare number after over/in/for is seconds.
    const bareSeconds = () => {
      const said = clause.take(
        /\b(?:over|in|for|of|across)\s+(\d+(?:\.\d+)?)\b(?![\d.]|\s*(?:%|ms|percent))/,
      );
      return said ? Math.round(Number(said[1]) * 1000) : undefined;
    };
    // "fade to black at the end, 2s, and fade the music out too": the music fades as long as the video.
    const alike = LIKE_THE_VIDEO.test(clause.text);
    const outLike = alike && draft.fade.outMs > 0 ? draft.fade.outMs : undefined;
    const inLike = alike && draft.fade.inMs > 0 ? draft.fade.inMs : undefined;
    // "淡出长一点", "make the fade out shorter": a step of the fade the song has (× 1.5 or × 0.6, as a
    // transition's), never the video's length.
    const playing = draft.audio[0];
    const stepped = (current: number | undefined, fallback: number) => {
      const step = clause.take(FADE_LONGER) ? 1.5 : clause.take(FADE_SHORTER) ? 0.6 : undefined;
      if (step === undefined) return fallback;
      return Math.round(((current && current > 0 ? current : fallback) * step) / 100) * 100;
    };
    // "fade in 1s, fade out 3s": each end takes the length said after it, so they are read in the order said.
    const readOut = () => {
      if (clause.take(FADE_OUT))
        fadeOutMs = takeDuration(clause)?.ms ?? bareSeconds() ?? outLike ?? stepped(playing?.fadeOutMs, 3000);
    };
    const readIn = () => {
      if (clause.take(FADE_IN))
        fadeInMs = takeDuration(clause)?.ms ?? bareSeconds() ?? inLike ?? stepped(playing?.fadeInMs, 2000);
    };
    const outAt = FADE_OUT.exec(clause.text)?.index ?? -1;
    const inAt = FADE_IN.exec(clause.text)?.index ?? -1;
    if (inAt >= 0 && outAt >= 0 && inAt < outAt) {
      readIn();
      readOut();
    } else {
      readOut();
      readIn();
    }
    // "fade the music in over 1.5s and out over 3", "淡入1.5秒，淡出3秒": one fade verb, both ends.
    // "…, and out 4s" as a clause of its own after a fade: the other end of it.
    const lone = fadeInMs === undefined && fadeOutMs === undefined && ctx.topic === 'music';
    if (lone && clause.take(/^\s*(?:and\s+|then\s+)?out\b(?=\s*(?:over|for|across|\d))/))
      fadeOutMs = takeDuration(clause)?.ms ?? bareSeconds() ?? 3000;
    else if (lone && clause.take(/^\s*(?:and\s+|then\s+)?in\b(?=\s*(?:over|for|across|\d))/))
      fadeInMs = takeDuration(clause)?.ms ?? bareSeconds() ?? 2000;
    // "fade the music out" then "over 5 seconds": how long the fade the music has takes.
    else if (
      lone &&
      draft.audio.length > 0 &&
      /^\s*(?:(?:ok|okay|and|make\s+it)\s+)?(?:over|across)\s+(?:about\s+)?\d/.test(clause.text)
    ) {
      const ms = takeDuration(clause)?.ms ?? bareSeconds();
      if (ms !== undefined) {
        const playing = draft.audio[0]!;
        if (playing.fadeInMs > 0 && playing.fadeOutMs === 0) fadeInMs = ms;
        else fadeOutMs = ms;
      }
    }
    if (fadeInMs !== undefined && fadeOutMs === undefined && clause.take(OTHER_END_OUT))
      fadeOutMs = takeDuration(clause)?.ms ?? bareSeconds() ?? 3000;
    if (fadeOutMs !== undefined && fadeInMs === undefined && clause.take(OTHER_END_IN))
      fadeInMs = takeDuration(clause)?.ms ?? bareSeconds() ?? 2000;
    for (const value of [fadeInMs, fadeOutMs]) {
      if (value !== undefined && value > 60_000) notes.push(note('note.music.maxFade'));
    }
    if (fadeInMs !== undefined) fadeInMs = Math.min(fadeInMs, 60_000);
    if (fadeOutMs !== undefined) fadeOutMs = Math.min(fadeOutMs, 60_000);
  }

  // The verb of the song's own instruction: after the last pause before the music noun ("放在底部，配一首" is
  // not "放" the song).
  const addFrom = nounMatch
    ? Math.max(
        0,
        ...[...matchesOf(clause.text.slice(0, nounMatch.index), /[,，;；\n]/g)].map((m) => m.index + 1),
      )
    : 0;
  const addVerb =
    [...matchesOf(clause.text, new RegExp(ADD_MUSIC.source, 'g'))].find((m) => m.index >= addFrom) ?? null;
  const wantsTrack =
    named.media !== undefined ||
    named.asked !== undefined ||
    library !== undefined ||
    swapAlone ||
    (nounMatch !== null && (moods.length > 0 || relativeMood(clause)) && !/音量|volume/.test(nounMatch[0])) ||
    (nounMatch !== null && hasMusic && swapWords(clause) && !/音量|volume/.test(nounMatch[0])) ||
    (nounMatch !== null && addVerb !== null && !/音量|volume/.test(nounMatch[0])) ||
    // "…，还有黑白的，还有音乐", "9:16 and some music": music named alone at the end of a list is more of it.
    (nounMatch !== null && !hasMusic && BARE_MUSIC.test(clause.text) && LISTED_MUSIC.test(clause.message)) ||
    // "music at 20 percent" on a video with none: a track of Joy's own at that volume.
    (nounMatch !== null &&
      !hasMusic &&
      volume !== undefined &&
      !levelTalk &&
      !relativeLevel &&
      !/音量|volume/.test(nounMatch[0]));
  const fromLibrary = () =>
    libraryTrackRef(
      library ?? chooseTrack(clause, draftDurationMs(draft), draft.audio[0]?.media.uri, moods).track,
    );
  if (wantsTrack) {
    out.understood = true;
    out.topic = 'music';
    if (nounMatch) clause.take(NOUN);
    if (addVerb) clause.blank(addVerb.index, addVerb.index + addVerb[0].length);
    let media: MediaRef | undefined = named.media ?? (library ? libraryTrackRef(library) : undefined);
    const audio = audioFiles(ctx);
    if (!media && named.asked) {
      const list = audio.map(mediaName).join(', ');
      notes.push(
        list
          ? note('note.music.notFound.list', { name: named.asked, list })
          : note('note.music.notFound.upload', { name: named.asked }),
      );
    } else if (
      !media &&
      hasMusic &&
      ((volume === undefined && fadeInMs === undefined && fadeOutMs === undefined) ||
        // "音乐换成钢琴曲，音量30%": a kind of music swapped in takes the level said beside it.
        (moods.length > 0 && SWAP_VERB.test(clause.source)))
    ) {
      // "with music" when it already has some: nothing to change.
      const others = audio.filter((m) => m.uri !== draft.audio[0]!.media.uri);
      const playingLibrary = trackOfUri(draft.audio[0]!.media.uri) !== undefined;
      // "something calmer for the music", "a more upbeat song": a mood relative to the song playing.
      if (moods.length > 0 || swapAlone || relativeMood(clause)) media = fromLibrary();
      else if (/\b(?:change|switch|replace|swap|different|another|other|new)\b|换/.test(clause.source)) {
        // Another upload when there is one; otherwise another track of Joy's library.
        media = others[0] && !playingLibrary ? others[0] : fromLibrary();
      }
    } else if (!media && !hasMusic) {
      // An uploaded song when the person has one and asked for no mood; else Joy's own library.
      media = audio[0] && moods.length === 0 && !relativeMood(clause) ? audio[0] : fromLibrary();
    }
    if (media) {
      commands.push({
        type: 'setMusic',
        media,
        ...(volume !== undefined ? { volume } : {}),
        ...(fadeInMs !== undefined ? { fadeInMs } : {}),
        ...(fadeOutMs !== undefined ? { fadeOutMs } : {}),
      });
      volume = undefined;
      fadeInMs = undefined;
      fadeOutMs = undefined;
    }
  }
  const willHaveMusic = hasMusic || commands.some((c) => c.type === 'setMusic');
  if (startMs !== undefined) {
    if (nounMatch) clause.take(NOUN);
    const added = commands.findLast((c) => c.type === 'setMusic');
    if (added?.type === 'setMusic') added.startMs = startMs;
    else if (hasMusic) {
      const playingNow = draft.audio[0]!;
      commands.push({
        type: 'setMusic',
        media: playingNow.media,
        startMs,
        trimStartMs: playingNow.trimStartMs,
        volume: volume ?? playingNow.volume,
        fadeInMs: fadeInMs ?? playingNow.fadeInMs,
        fadeOutMs: fadeOutMs ?? playingNow.fadeOutMs,
        loop: playingNow.loop,
      });
      volume = undefined;
      fadeInMs = undefined;
      fadeOutMs = undefined;
    } else if (volume === undefined && fadeInMs === undefined && fadeOutMs === undefined)
      notes.push(note('note.music.none.upload'));
    if (willHaveMusic) notes.push(note('note.music.startsAt', { s: startMs / 1000 }));
  }
  if (volume !== undefined || fadeInMs !== undefined || fadeOutMs !== undefined) {
    out.understood = true;
    out.topic = 'music';
    if (nounMatch) clause.take(NOUN);
    if (!willHaveMusic) {
      notes.push(
        audioFiles(ctx)[0]
          ? note('note.music.none.say', { name: mediaName(audioFiles(ctx)[0]!) })
          : note('note.music.none.upload'),
      );
    } else {
      if (volume !== undefined) commands.push({ type: 'setMusicVolume', volume });
      if (fadeInMs !== undefined || fadeOutMs !== undefined)
        commands.push({
          type: 'setMusicFade',
          ...(fadeInMs !== undefined ? { fadeInMs } : {}),
          ...(fadeOutMs !== undefined ? { fadeOutMs } : {}),
        });
    }
  }
  if (!out.understood && nounMatch && /\b(?:sync|beat|rhythm)\b|卡点|踩点|节拍/.test(clause.text)) {
    clause.take(/\b(?:sync(?:ed)?|to|the|beat|beats|rhythm)\b|卡点|踩点|节拍/);
    out.understood = true;
    notes.push(note('note.music.noBeatCut'));
  }
  out.commands.push(...commands);
};

addVocabulary(
  TOO_LOUD,
  TOO_QUIET,
  NOUN,
  ADD,
  REMOVE,
  ENDS_WITH_VIDEO,
  MUTE,
  QUIETER,
  LOUDER,
  BACKGROUND_LEVEL,
  SOFTLY,
  VOLUME,
  FADE_OUT,
  FADE_IN,
  NO_FADE,
  NEGATED_FADE,
  TRANSITION_CONTEXT,
  'normalize normalise even loudness normalization normalisation half full volume change switch replace swap different another other sync synced beat beats rhythm title caption text heading',
);
