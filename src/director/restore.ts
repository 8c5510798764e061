import type { MessageKey } from '../messages/index.js';
import type { Draft, DraftHistory, EditCommand, TextSegment } from '../model/index.js';
import { note, type Topic } from './rules/types.js';
import type { Note } from './types.js';

/**
 * "bring the music back", "put the title back", "restore the captions", "把音乐加回来": the thing as it was
 * in the latest earlier version that had it, added again as one new step. Unlike an undo, the edits made
 * since (the black and white, the 9:16) stay.
 */
interface Thing {
  /** Its name in a reply ("There was no music earlier…"). */
  name: MessageKey;
  words: RegExp;
  /** Whether a draft has any of it. */
  has(draft: Draft): boolean;
  /** The commands that bring back what `from` had and `now` lacks (none when nothing is missing). */
  restore(from: Draft, now: Draft): EditCommand[];
}

/** Texts of `from` (of the roles given) that `now` no longer has, each put back where it was in the list. */
function missingTexts(from: Draft, now: Draft, roles: readonly TextSegment['role'][]): EditCommand[] {
  const kept = new Set(now.texts.map((text) => text.id));
  const order = now.texts.map((text) => text.id);
  const total = now.video.reduce((sum, segment) => sum + segment.durationMs, 0);
  const commands: EditCommand[] = [];
  for (const [k, text] of from.texts.entries()) {
    if (kept.has(text.id) || !roles.includes(text.role)) continue;
    // After the nearest earlier text that is still there (or brought back just before it).
    const before = from.texts
      .slice(0, k)
      .map((earlier) => order.indexOf(earlier.id))
      .filter((at) => at >= 0);
    const at = before.length > 0 ? Math.max(...before) + 1 : 0;
    order.splice(at, 0, text.id);
    const durationMs = Math.min(text.durationMs, Math.max(300, total));
    commands.push({
      type: 'addText',
      text: text.text,
      role: text.role,
      startMs: Math.max(0, Math.min(text.startMs, total - durationMs)),
      durationMs,
      style: text.style.name,
      animation: text.animation.name,
      ...(text.autoPosition ? {} : { position: text.position }),
      size: text.size,
      color: text.color,
      at,
    });
  }
  return commands;
}

const THINGS: readonly Thing[] = [
  {
    name: 'note.restore.music',
    words: /\b(?:music|songs?|soundtrack|tunes?|track|audio|bgm)\b|音乐|歌|配乐/,
    has: (draft) => draft.audio.length > 0,
    restore(from, now) {
      const track = from.audio[0];
      if (!track || now.audio[0]?.media.uri === track.media.uri) return [];
      const { media, volume, fadeInMs, fadeOutMs, startMs, trimStartMs, loop } = track;
      return [{ type: 'setMusic', media, volume, fadeInMs, fadeOutMs, startMs, trimStartMs, loop }];
    },
  },
  {
    name: 'note.restore.endCard',
    words: /\b(?:end(?:ing)?\s+(?:card|text|title|screen)|outro\s+(?:card|text))\b|片尾/,
    has: (draft) => draft.texts.some((text) => text.role === 'end-card'),
    restore: (from, now) => missingTexts(from, now, ['end-card']),
  },
  {
    name: 'note.restore.title',
    words: /\b(?:titles?(?:\s+card)?|heading)\b|标题/,
    has: (draft) => draft.texts.some((text) => text.role === 'title'),
    restore: (from, now) => missingTexts(from, now, ['title']),
  },
  {
    name: 'note.restore.captions',
    words: /\b(?:captions?|subtitles?|subs)\b|字幕/,
    has: (draft) => draft.texts.some((text) => text.role === 'caption'),
    restore: (from, now) => missingTexts(from, now, ['caption']),
  },
  {
    name: 'note.restore.texts',
    words: /\b(?:texts?|words|writing|lettering)\b|文字|文本/,
    has: (draft) => draft.texts.length > 0,
    restore: (from, now) => missingTexts(from, now, ['title', 'caption', 'end-card']),
  },
  {
    name: 'note.restore.look',
    words: /\b(?:filters?|look|colou?r\s+grad(?:e|ing)|grade|lut)\b|滤镜|调色/,
    has: (draft) => draft.look.name !== 'none',
    restore(from, now) {
      const look = from.look;
      if (look.name === 'none' || look.name === now.look.name) return [];
      return [{ type: 'setLook', name: look.name, strength: look.strength, params: look.params }];
    },
  },
  {
    name: 'note.restore.transitions',
    words: /\btransitions?\b|转场|过渡/,
    has: (draft) =>
      draft.video.some(
        (segment, k) => k < draft.video.length - 1 && (segment.transition?.name ?? 'cut') !== 'cut',
      ),
    restore(from, now) {
      const old = from.video.slice(0, -1).map((segment) => segment.transition);
      const some = old.find((transition) => transition && transition.name !== 'cut');
      if (!some) return [];
      const command = (transition: NonNullable<(typeof old)[number]>, index?: number): EditCommand => ({
        type: 'setTransition',
        name: transition.name,
        durationMs: transition.durationMs,
        ...(transition.easing ? { easing: transition.easing } : {}),
        params: transition.params,
        ...(index === undefined ? {} : { index }),
      });
      // The same photos: each transition as it was; photos added or taken away since, or one transition on
      // all of them before: the one kind on all.
      const alike = old.every((transition) => JSON.stringify(transition) === JSON.stringify(some));
      if (old.length !== now.video.length - 1 || old.length === 0 || alike)
        return now.video.some(
          (segment, k) => k < now.video.length - 1 && segment.transition?.name !== some.name,
        )
          ? [command(some)]
          : [];
      return old.flatMap((transition, index) =>
        transition && transition.name !== (now.video[index]!.transition?.name ?? 'cut')
          ? [command(transition, index)]
          : [],
      );
    },
  },
  {
    name: 'note.restore.motion',
    words:
      /\b(?:motions?|movement|zoom(?:s|ing)?|ken\s+burns|camera\s+moves?|animations?)\b|动效|运动|缩放|镜头/,
    has: (draft) => draft.video.some((segment) => segment.motion.name !== 'static'),
    restore(from, now) {
      const before = new Map(from.video.map((segment) => [segment.id, segment.motion]));
      return now.video.flatMap((segment, index): EditCommand[] => {
        const motion = before.get(segment.id);
        if (!motion || motion.name === 'static' || motion.name === segment.motion.name) return [];
        const { name, strength, easing, params } = motion;
        return [{ type: 'setMotion', name, strength, ...(easing ? { easing } : {}), params, index }];
      });
    },
  },
];

/** Words that ask for something to come back, not to move back ("push the music back 2 s", "back to 50%"). */
const BACK =
  /\b(?:back|restore|reinstate|re-?add|undelete)\b|(?:加|放|拿|找|要|弄|还|调|改|换)回(?:来|去)?|恢复|重新(?:加|放|用)上?|还是(?:要|留着|加上|用)(?=(?:它|它们|那个)?\s*(?:吧|了|啊|呀)?\s*$)/;
const NOT_BACK =
  /\bback\s+(?:to|up|down|by|off|\d)|\b(?:move|moved|push|shift|delay|nudge|slide|step|go|went|come|cut|scale|dial|tone|pull|play|sit|lean|set|roll)\b[^,.;]*\bback\b|[改调换]回\S{0,4}\d|[回恢]复?到/;

/**
 * "算了 还是加回去吧", "add them back", "put it back in", "恢复一下": a thing brought back without naming it. It
 * is what the conversation was about (the transitions just taken out), so only a clause that says nothing
 * else counts.
 */
const BACK_ALONE =
  /^\s*(?:(?:算了|还是|那就|就|要不|要不然|不如|嗯|哎|唉|actually|ok(?:ay)?|no|nah|hmm+|wait|on\s+second\s+thought|never\s?mind|you\s+know\s+what|please|pls|can\s+you|could\s+you|just)[\s,，.!]*)*(?:把|给我)?(?:它|它们|他们|那个|这个|那些|这些)?(?:都|全)?(?:(?:重新)?(?:加|放|拿|弄|要|找|装|添)回(?:来|去)|恢复(?:一下|回来)?|重新(?:加|放|用)上?(?:吧)?|还是(?:要|留着|加上|用)(?:它|它们|那个)?|(?:add|put|bring|stick|throw)\s+(?:it|them|those|that|these|they)\s+(?:all\s+)?back(?:\s+(?:in|on))?|restore\s+(?:it|them|those|that)|(?:i\s+)?want\s+(?:it|them|those)\s+back)(?:\s*(?:吧|了|啊|呀|嘛|please|pls|again|then|after\s+all))*[\s.!~～。！]*$/;
/** The thing a topic names, for "加回去" said after an edit about it. */
const TOPIC_THING: Partial<Record<Topic, MessageKey>> = {
  music: 'note.restore.music',
  transition: 'note.restore.transitions',
  look: 'note.restore.look',
  motion: 'note.restore.motion',
  text: 'note.restore.texts',
};

/**
 * "算了，还是原来的音量吧", "back to the old volume", "the original look please": a setting as it was before
 * it last changed, set again as one new step (later edits of other things stay).
 */
interface Setting {
  words: RegExp;
  /** The commands that give `now` the setting `from` had, or none when they already agree. */
  restore(from: Draft, now: Draft): EditCommand[];
}

const SETTINGS: readonly Setting[] = [
  {
    words: /\b(?:volume|level)\b|音量|声音|大小声/,
    restore(from, now) {
      const [was, is] = [from.audio[0], now.audio[0]];
      if (!was || !is || was.media.uri !== is.media.uri || was.volume === is.volume) return [];
      return [{ type: 'setMusicVolume', volume: was.volume }];
    },
  },
  {
    words: /\b(?:look|filter|colou?rs?|grade|grading)\b|滤镜|颜色|色调|调色/,
    restore(from, now) {
      const [was, is] = [from.look, now.look];
      if (was.name === is.name && was.strength === is.strength) return [];
      return [{ type: 'setLook', name: was.name, strength: was.strength, params: was.params }];
    },
  },
  {
    words: /\b(?:lengths?|durations?|timings?|pace|pacing|speed)\b|时长|长度|节奏|速度|秒数/,
    restore(from, now) {
      const before = new Map(from.video.map((segment) => [segment.id, segment.durationMs]));
      const lengths = now.video.flatMap((segment, index): EditCommand[] => {
        const durationMs = before.get(segment.id);
        return durationMs === undefined || durationMs === segment.durationMs
          ? []
          : [{ type: 'setSegmentDuration', durationMs, index }];
      });
      // Every photo back to one length is said as one step ("each photo to 3s").
      const one = new Set(lengths.map((command) => (command as { durationMs: number }).durationMs));
      return lengths.length === now.video.length && lengths.length > 1 && one.size === 1
        ? [{ type: 'setSegmentDuration', durationMs: [...one][0]! }]
        : lengths;
    },
  },
];

/** Where a setting is said to go back to how it was. */
const AS_BEFORE =
  /\b(?:the\s+)?(?:original|old|previous|earlier|former)\s+(?:music\s+|song\s+)?(?:volume|level|look|filter|colou?rs?|grade|lengths?|durations?|timings?|pace|pacing|speed)\b|\b(?:volume|level|look|filter|colou?rs?|lengths?|durations?|timings?|pace|pacing|speed)\s+(?:back\s+)?(?:to\s+)?(?:how|the\s+way|what|as)\s+it\s+was\b|(?:原来|之前|原先|本来|以前|刚才)(?:那样)?的(?:音乐)?(?:音量|声音|大小声|滤镜|颜色|色调|调色|时长|长度|节奏|速度|秒数)|(?:音量|声音|滤镜|颜色|色调|时长|长度|节奏|速度)(?:还是|要|就)?(?:改回|调回|换回|变回|恢复|回到|用)?(?:到|成)?(?:原来|之前|原先|本来|以前)(?:的|那样)?/;

function settingBack(text: string, draft: Draft, history: DraftHistory | undefined): Restored | undefined {
  const said = AS_BEFORE.exec(text);
  if (!said || !history) return undefined;
  const setting = SETTINGS.find((candidate) => candidate.words.test(said[0]));
  const from = setting && history.latest((version) => setting.restore(version, draft).length > 0);
  return setting && from ? { commands: setting.restore(from, draft), notes: [] } : undefined;
}

export interface Restored {
  commands: EditCommand[];
  notes: Note[];
}

/**
 * What "bring the X back" asks for, read from the clause's text: undefined when the clause asks for nothing
 * to come back, or when nothing of the kind is missing now (then the clause is read as usual: "put the
 * title back at the top" moves the title that is there).
 */
export function restoreThing(
  text: string,
  draft: Draft,
  history: DraftHistory | undefined,
  topic?: Topic,
): Restored | undefined {
  const setting = settingBack(text, draft, history);
  if (setting) return setting;
  if (!BACK.test(text) || NOT_BACK.test(text)) return undefined;
  const named = THINGS.find((candidate) => candidate.words.test(text));
  const about = topic && BACK_ALONE.test(text) ? TOPIC_THING[topic] : undefined;
  const thing = named ?? THINGS.find((candidate) => candidate.name === about);
  if (!thing) return undefined;
  const from = history?.latest((version) => thing.restore(version, draft).length > 0);
  if (from) return { commands: thing.restore(from, draft), notes: [] };
  // "put them back" with nothing of the topic missing: read as usual (a redo, say).
  if (!named) return undefined;
  // Nothing to restore from: said so only when there is none now either (it was never there).
  if (thing.has(draft)) return undefined;
  return { commands: [], notes: [note('note.restore.never', { what: { key: thing.name } })] };
}
