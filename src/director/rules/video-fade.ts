import type { Clause } from '../clause.js';
import { durationIn, takeDuration } from '../values.js';
import type { Family } from './types.js';

/**
 * "a fade to black at the very end", "fade in from black at the start", "结尾淡出到黑", "最后渐黑", "开头淡入":
 * a fade of the whole video at its ending or opening, not the transitions between photos.
 */
const VIDEO_END_FADE = new RegExp(
  [
    // "fade in from black at the start and out to black at the end": both ends in one breath.
    String.raw`\bfade\s+in\b[^,;.]*?\band\s+(?:fade\s+)?out\b[^,;.]*?\b(?:at|in)\s+the\s+(?:very\s+)?(?:end|ending)\b`,
    String.raw`\b(?:fade|fading|fades|fade-out|fade-in|dip|dips|dipping)\b(?:(?!\btransitions?\b)(?:[^,;.]|(?<=\d)\.(?=\d)))*?\b(?:at|in|on|for)\s+the\s+(?:very\s+)?(?:end|ending|finish|close|start|beginning|opening)\b(?!\s+of\s+(?:each|every|the\s+(?:first|second|third|fourth|fifth|\d)))`,
    String.raw`\b(?:at|in)\s+the\s+(?:very\s+)?(?:end|ending|start|beginning)\b[\s,]*(?:(?:can\s+you|please|just)\s+)?(?:add\s+)?(?:an?\s+)?(?:fade|fades|fade-out|fade-in)\b`,
    String.raw`\b(?:end|finish|close|open|start)\s+(?:it\s+|the\s+video\s+)?(?:on|with)\s+(?:an?\s+)?(?:fade|fade-out|fade-in)\b`,
    // "end of video fade to black 2 secs", "at the start of the video, fade in".
    String.raw`\b(?:(?:at|in)\s+the\s+)?(?:very\s+)?(?:end|ending|start|beginning)\s+of\s+(?:the\s+)?(?:video|clip|film|movie|slideshow|vid)\b[\s,:]*(?:(?:can\s+you|please|just|do\s+a|put\s+a)\s+)?(?:add\s+)?(?:an?\s+)?(?:fade|fades|fade-out|fade-in)\b`,
    // "结尾慢慢变黑", "最后2秒渐渐黑下去", "结尾的时候用2秒钟慢慢暗下去": the picture going dark as it ends.
    '(?:结尾|最后|末尾|片尾|结束|收尾)(?:的)?(?:时候|时|处)?(?:(?:用|花)?\\s*\\d+(?:\\.\\d+)?\\s*秒钟?(?:的时间)?)?(?:不要|别|不用|不需要|再|要|加个?|来个?|加上)?(?:黑场)?(?:慢慢|渐渐|缓缓|逐渐|一点点)?(?:地|的)?(?:淡出|渐黑|变黑|淡出到黑|淡入黑|黑场|黑屏|渐隐|黑下去|暗下去|变暗|黑掉|暗掉|变成黑色|变成黑屏)',
    // "slowly go dark at the end", "at the end it should fade to darkness".
    String.raw`\b(?:slowly\s+|gradually\s+|gently\s+)?(?:go|goes|going|turn|turns|turning|get|gets|getting|fade|fades|fading)\s+(?:slowly\s+|gradually\s+)?(?:to\s+|into\s+)?(?:dark|darker|black|darkness)\b[^,;.]*?\b(?:at|in|towards?)\s+the\s+(?:very\s+)?(?:end|ending|close|finish)\b`,
    String.raw`\b(?:at|in|towards?)\s+the\s+(?:very\s+)?(?:end|ending)\b[\s,]*(?:(?:it\s+|the\s+video\s+)?(?:should|could|can|to|will)\s+)?(?:slowly\s+|gradually\s+|gently\s+)?(?:go|turn|get|fade)\s+(?:slowly\s+|gradually\s+)?(?:to\s+|into\s+)?(?:dark|darker|black|darkness)\b`,
    // "开头的时候能不能慢慢地亮起来": asked, and slowly, between the start and what it does.
    '(?:开头|开始|片头|一开始)(?:的)?(?:时候|时|处)?(?:能不能|可不可以|可以|能|请)?(?:不要|别|不用|不需要|再|要|加个?|来个?|加上)?(?:从黑(?:场|屏)?)?(?:慢慢|缓缓|渐渐|逐渐|一点点)?(?:地|的)?(?:淡入|渐显|渐入|亮起)',
    '(?:去掉|删掉|删除|取消|拿掉)(?:视频)?(?:结尾|最后|末尾|片尾|开头|片头)的?(?:黑场|淡出|淡入|渐黑)',
    '(?:淡出到黑|渐黑|变黑)(?:结束|收尾|作结)',
    String.raw`\bfade\s+(?:the\s+(?:whole\s+|entire\s+)?(?:video|movie|clip|film)\s+|it\s+|everything\s+)in\s+and\s+out\b`,
    String.raw`\b(?:fade[\s-]in\s+and\s+(?:fade[\s-])?out|fade\s+in\/out)\s+(?:for|on|of)\s+the\s+(?:whole\s+|entire\s+)?(?:video|movie|clip|film)\b`,
    String.raw`\bfade[\s-]?(?:in|out)(?:\s+and\s+(?:fade[\s-]?)?(?:in|out))?\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:video|movie|film|slideshow|everything)\b`,
    String.raw`\bfade\s+(?:the\s+(?:whole\s+|entire\s+)?(?:video|movie|film|slideshow)|everything)\s+(?:in|out)\b`,
    '(?:首尾|片头片尾|开头(?:和|与)?结尾|头尾)(?:都)?(?:加(?:个|上)?)?(?:淡入淡出|淡入和淡出|渐显渐隐)',
    '(?:从黑(?:场|屏)?(?:里)?)(?:淡入|渐显|渐入)',
    // "白色淡入", "开头从白场淡入", "结尾淡出到白色": the whole video's fade through white.
    '(?:开头|开始|片头)?(?:的)?(?:从)?白(?:色|场|屏)?(?:里)?(?:慢慢|渐渐|缓缓)?(?:淡入|渐显|渐入)',
    '(?:结尾|最后|末尾|片尾)?(?:的)?(?:淡出|渐隐)(?:到|成)白(?:色|场|屏)?',
    // "fade in from black 1s", "fade up from black": only the opening comes out of black.
    String.raw`\b(?:fade|fades|fading)(?:[\s-]+(?:in|up))?\s+(?:from|out\s+of)\s+(?:black|white)\b`,
    // "fade out the end over 3 seconds": the end named as what fades.
    String.raw`\bfade\s+out\s+the\s+(?:very\s+)?(?:end|ending|last\s+(?:bit|part|few\s+seconds))\b`,
    // "fade out to black: 2s": going out to black is the ending, as coming in from black is the opening.
    String.raw`\b(?:fade|fades|fading)[\s-]+out\s+(?:to|into)\s+(?:black|white)\b(?!\s+(?:between|after|before|on|into\s+(?:the\s+)?(?:next|photo|picture)))`,
  ].join('|'),
);
/** Which end of the video a fade's words name: the start, the end, or both. */
function videoFadeEnds(said: string): { in: boolean; out: boolean } {
  const both =
    /\bin\s+and\s+out\b|\bin\/out\b|首尾|片头片尾|开头(?:和|与)?结尾|头尾|淡入淡出|淡入和淡出|渐显渐隐/.test(
      said,
    );
  const start =
    /\b(?:start|beginning|opening|open|fade[\s-]in|fading\s+in|from\s+black|from\s+white|out\s+of\s+(?:black|white))\b|开头|开始|片头|淡入|渐显|渐入|亮起/.test(
      said,
    );
  const end =
    /\b(?:end|ending|finish|close|fade[\s-]out|fading\s+out|to\s+black|to\s+white|into\s+black)\b|结尾|最后|末尾|片尾|结束|收尾|淡出|渐黑|变黑|渐隐/.test(
      said,
    ) ||
    (!start && /黑场|黑屏/.test(said));
  if (both || (start && end)) return { in: true, out: true };
  return { in: start, out: !start || end };
}
/** "no fade at the end", "remove the fade to black", "去掉结尾的黑场": the video's fade goes. */
const VIDEO_FADE_OFF =
  /\b(?:no|without|remove|delete|drop|cancel|lose|ditch|kill|get\s+rid\s+of|take\s+(?:off|out|away)|turn\s+off|don'?t|do\s+not|dont|never|shouldn'?t|stop)\b|去掉|删掉|删除|取消|不要|别|拿掉|不用|不需要/;
/**
 * "fade it out over 2 seconds", "fade out over 3 s": with no music, what fades out is the video, at its
 * end (with music, the song's family reads it).
 */
const BARE_FADE_OUT =
  /\bfade\s+(?:it|everything|things|the\s+(?:whole\s+)?(?:video|thing))\s+out\b|\bfade\s+out\b(?=\s+(?:over|across|for|in)\s+(?:\d|a\b|one\b|two\b|three\b|half\b))/;
/** A fade of the whole video is one second unless a length is said. */
const VIDEO_FADE_MS = 1000;
const NOT_VIDEO_FADE =
  /\b(?:music|song|track|audio|sound|volume|transitions?|title|text|caption)\b|音乐|歌|配乐|音量|声音|转场|过渡|标题|字幕|文字/;

/** "fade out to black over 2": a bare number after "over" is the fade's seconds. */
const BARE_OVER =
  /\b(?:over|across|lasting)\s+(\d+(?:\.\d+)?)(?![\d.]|\s*(?:%|ms|fps|photos?|pictures?|pics?|shots?))/;

function takeBareOver(clause: Clause): number | undefined {
  const said = clause.take(BARE_OVER);
  return said ? Math.round(Number(said[1]) * 1000) : undefined;
}

/** "the fade out", "淡出": a fade named bare, which only the video's own fade at that end can be. */
const BARE_FADE = /\bfade[\s-]?(in|out)\b|(淡入)|(淡出)/;
const SHORTER_FADE = /\bshorter\b|\bquicker\b|短一?点|短一些|快一?点/;
const LONGER_FADE = /\blonger\b|\bslower\b|长一?点|长一些|慢一?点/;

/**
 * "不是不要淡出，是短一点，1秒" after a fade to black at the end: with no music playing, a bare fade is the
 * video's fade the draft has at that end; a step without a length is a step of the one it has.
 */
function fadeHad(clause: Clause, ctx: Parameters<Family>[1], out: Parameters<Family>[2]): boolean {
  if (ctx.draft.audio.length > 0 || VIDEO_END_FADE.test(clause.text) || NOT_VIDEO_FADE.test(clause.text))
    return false;
  const bare = BARE_FADE.exec(clause.text);
  // "make the fade 3 seconds" after the video was given one fade: that fade.
  const theFade = bare ? null : /\b(?:the|that)\s+fade\b(?!\s+(?:in|out|to|from))/.exec(clause.text);
  const { inMs, outMs } = ctx.draft.fade;
  if (!bare && !(theFade && inMs > 0 !== outMs > 0)) return false;
  const opening = bare ? bare[1] === 'in' || bare[2] !== undefined : inMs > 0;
  const had = opening ? ctx.draft.fade.inMs : ctx.draft.fade.outMs;
  if (had <= 0 || VIDEO_FADE_OFF.test(clause.text)) return false;
  clause.take(bare ? BARE_FADE : /\b(?:the|that)\s+fade\b/);
  const step = clause.take(SHORTER_FADE) ? 0.75 : clause.take(LONGER_FADE) ? 4 / 3 : 1;
  const length = Math.min(10_000, takeDuration(clause)?.ms ?? Math.round((had * step) / 100) * 100);
  out.understood = true;
  out.topic = 'fade';
  out.commands.push({ type: 'setVideoFade', ...(opening ? { inMs: length } : { outMs: length }) });
  return true;
}

/**
 * The whole video's fade. Read before the music: "结尾淡出" / "fade out at the end" with no music word is
 * the picture (and the music with it), unless the talk was already about the music.
 */
export const videoFade: Family = (clause: Clause, ctx, out) => {
  // Right after the music, "结尾淡出" is the song's; going dark or black is only ever the picture's.
  if (ctx.topic === 'music' && !/黑|暗|\b(?:dark|darker|darkness|black)\b/.test(clause.text)) return;
  if (fadeHad(clause, ctx, out)) return;
  // With no music, "fade it out over 2 seconds" can only be the video's fade-out.
  const fadeWords = VIDEO_END_FADE.test(clause.text)
    ? VIDEO_END_FADE
    : ctx.draft.audio.length === 0 && !/\b(?:between|each|every)\b/.test(clause.text)
      ? BARE_FADE_OUT
      : undefined;
  if (fadeWords?.test(clause.text) && !NOT_VIDEO_FADE.test(clause.text)) {
    const off = VIDEO_FADE_OFF.test(clause.text);
    const ends = videoFadeEnds(fadeWords.exec(clause.text)![0]);
    // "no fade at the end" where only the music fades: the music's fade.
    const { inMs, outMs } = ctx.draft.fade;
    if (off && ctx.draft.audio.length > 0 && !((ends.in && inMs > 0) || (ends.out && outMs > 0))) return;
    // "fade in … for 1 second at the start and out … over 2 seconds at the end": each end its own length,
    // in the order the ends were said.
    const apart = ends.in && ends.out && !off ? lengthsApart(clause.text) : undefined;
    const said = clause.take(fadeWords)!;
    // "最后2秒渐渐黑下去", "fade out 2 second at the end": the length can sit inside the words of the fade.
    const inside = durationIn(said[0]);
    const length = off
      ? 0
      : Math.min(10_000, inside ?? takeDuration(clause)?.ms ?? takeBareOver(clause) ?? VIDEO_FADE_MS);
    const white = /\bwhite\b|白/.test(`${said[0]} ${clause.text}`) && !off;
    clause.take(VIDEO_FADE_OFF);
    clause.takeAll(
      /\b(?:black|white|to|from|out|in|and|the|whole|entire|video|movie|clip|film|it|add|a|an|very|end|start|please|slow|gentle|soft|nice)\b|到黑|黑|白|视频|整个|的|加|个|一个|上|都/,
    );
    out.understood = true;
    out.topic = 'fade';
    out.commands.push({
      type: 'setVideoFade',
      ...(ends.in ? { inMs: apart?.inMs ?? length } : {}),
      ...(ends.out ? { outMs: apart?.outMs ?? length } : {}),
      ...(white ? { color: '#ffffff' } : off ? {} : { color: '#000000' }),
    });
    // The picture fading out under music that plays on at full volume ends on a jolt: the music fades too.
    const music = ctx.draft.audio[0];
    if (ends.out && !off && music && music.fadeOutMs < length)
      out.commands.push({ type: 'setMusicFade', fadeOutMs: length });
  }
};

/** Two lengths said for the two ends, matched to "in"/"淡入" and "out"/"淡出" by the order they were said. */
function lengthsApart(text: string): { inMs: number; outMs: number } | undefined {
  const lengths = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?|秒)(?![a-z])/g)].map((m) =>
    Math.min(10_000, Math.round(Number(m[1]) * 1000)),
  );
  if (lengths.length !== 2 || lengths[0] === lengths[1]) return undefined;
  const inAt = text.search(/\bin\b|淡入|开头/);
  const outAt = text.search(/\bout\b|淡出|结尾/);
  if (inAt < 0 || outAt < 0) return undefined;
  const [first, second] = lengths as [number, number];
  return inAt < outAt ? { inMs: first, outMs: second } : { inMs: second, outMs: first };
}
