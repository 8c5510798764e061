import { STYLES, type StyleDescriptor } from '../../catalog/styles.js';
import { addVocabulary } from '../fuzzy.js';
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
const ZH = `(${ZH_ALIASES.map(([alias]) => pattern(alias)).join('|')})`;
const KIND =
  '(?:video|style|theme|vibe|vlog|edit|montage|feel|look|reel|slideshow|movie|film|version|mode|preset|clip|story|recap)';
const MUSIC = '(?:music|song|songs|track|tracks|bgm|soundtrack|beats?|tune)';

/** The ways a person asks for a style, each with the group that names it. */
const ASKS: RegExp[] = [
  new RegExp(`\\b${EN}\\s+${KIND}s?\\b`),
  new RegExp(
    `\\b(?:make\\s+(?:it|this|them)?\\s*(?:into\\s+)?(?:a|an)?|turn\\s+(?:it|this|them)\\s+into\\s+(?:a|an)?|(?:feel|look)s?\\s+like\\s+(?:a|an)?|for\\s+(?:a|an|the|my|our)|as\\s+(?:a|an)|style\\s*:?|go\\s+(?:for\\s+)?(?:a|an)?|do\\s+(?:a|an)?|a|an)\\s+${EN}\\b(?!\\s+${MUSIC})`,
  ),
  new RegExp(`^\\s*(?:please\\s+)?${EN}\\s*(?:please|pls)?\\s*$`),
  new RegExp(`${ZH}\\s*(?:的)?\\s*(?:视频|风格|主题|vlog|感觉|感|短片|相册|片子|影片|模板|style|video)`),
  new RegExp(
    `(?:做成|做一个|做个|弄成|改成|变成|换成|来个|来一个|套用|用)\\s*(?:一个|个)?\\s*${ZH}(?!\\s*(?:音乐|歌|曲|配乐))`,
  ),
  new RegExp(`(?:做成|改成|来个)\\s*(?:一个|个)?\\s*${EN}`),
  new RegExp(`${EN}\\s*(?:的)?\\s*(?:风格|视频|主题|感觉)`),
  new RegExp(`^\\s*${ZH}\\s*(?:吧|的)?\\s*$`),
  /\bin\s+(?:loving\s+)?memory\s+of\b/,
];

function styleOf(word: string): StyleDescriptor | undefined {
  const key = word.replace(/\s+/g, ' ').trim();
  return (
    EN_ALIASES.find(([alias]) => alias.replace(/\s+/g, '') === key.replace(/\s+/g, ''))?.[1] ??
    ZH_ALIASES.find(([alias]) => alias === key)?.[1]
  );
}

/** "…, but keep the music": the style leaves the music alone. */
const KEEP_MUSIC =
  /\b(?:keep|don'?t\s+(?:change|touch|replace|swap)|do\s+not\s+(?:change|touch|replace))\s+(?:the\s+|my\s+)?(?:music|song|track|soundtrack)\b|(?:不要|别|不用)(?:换|改|动)(?:背景)?(?:音乐|歌|配乐)|保留(?:原来的)?(?:背景)?(?:音乐|歌|配乐)/;

/** "alias + video" may already be taken by the family that makes the video ("做一个纪念视频"). */
const NAMED_KIND = [ASKS[0]!, ASKS[3]!];

export const styles: Family = (clause, ctx, out) => {
  for (const re of [...ASKS, ...NAMED_KIND]) {
    const match = NAMED_KIND.includes(re) && !clause.has(re) ? re.exec(clause.source) : clause.take(re);
    if (!match) continue;
    const style = match[1] ? styleOf(match[1]) : STYLES.find((s) => s.id === 'memorial');
    if (!style) continue;
    clause.take(new RegExp(`\\b${KIND}\\b|视频|风格`));
    out.understood = true;
    if (ctx.draft.video.length === 0 && ctx.media.every((media) => media.kind === 'audio')) {
      out.notes.push(
        note(
          `Upload some photos first; then “${style.title.toLowerCase()}” sets the pacing, motion, transitions, look and music together.`,
          `请先上传照片，然后“${style.titleZh}”风格会一起设置节奏、运动、转场、滤镜和音乐。`,
        ),
      );
      return;
    }
    out.commands.push({
      type: 'applyStyle',
      style: style.id,
      ...(KEEP_MUSIC.test(clause.message) ? { keepMusic: true } : {}),
    });
    return;
  }
};

addVocabulary(
  STYLES.flatMap((style) => style.aliases.en),
  'video style theme vibe vlog montage feel look reel slideshow movie version preset memory loving',
);
