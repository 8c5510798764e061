import { songName } from '../catalog/music.js';
import { type Phrase, type PhrasePart, phrase } from '../messages/phrase.js';
import { aspectOf, type Draft, draftDurationMs } from '../model/index.js';

/**
 * What an undo or redo changed, as change lines ("Transition → Wipe left 1s (all)"): the state the
 * step left, said as the edits that had made it. Worked out from the two drafts, so it needs no record
 * of the commands and works on a history read back from a file (`joy edit draft.json "undo"`).
 */
export function stepLines(left: Draft, reached: Draft): Phrase[] {
  const lines: Phrase[] = [];
  const ms = (value: number): PhrasePart => ({ ms: value });
  const size = `${left.canvas.width}×${left.canvas.height}`;
  if (left.canvas.width !== reached.canvas.width || left.canvas.height !== reached.canvas.height)
    lines.push(phrase('change.aspect', { aspect: aspectOf(left.canvas.width, left.canvas.height), size }));
  if (left.canvas.fps !== reached.canvas.fps) lines.push(phrase('change.fps', { fps: left.canvas.fps }));

  const sameMedia =
    left.video.length === reached.video.length &&
    left.video.every((segment, i) => segment.media.uri === reached.video[i]!.media.uri);
  if (left.video.length > reached.video.length)
    lines.push(
      phrase('change.addMedia', { n: left.video.length - reached.video.length, total: left.video.length }),
    );
  else if (left.video.length < reached.video.length) {
    const gone = reached.video.findIndex((segment, i) => left.video[i]?.media.uri !== segment.media.uri);
    const at = gone < 0 ? reached.video.length - 1 : gone;
    lines.push(
      phrase('change.removeSegment', {
        n: at + 1,
        name: reached.video[at]!.media.name ?? reached.video[at]!.media.uri,
      }),
    );
  } else if (!sameMedia) {
    const reversed = left.video.every(
      (segment, i) => segment.media.uri === reached.video[reached.video.length - 1 - i]!.media.uri,
    );
    const moved = movedOne(reached, left);
    lines.push(
      reversed
        ? phrase('change.reverseSegments')
        : moved
          ? phrase('change.moveSegment', { from: moved.from + 1, to: moved.to + 1 })
          : phrase('director.step.order'),
    );
  }

  if (sameMedia) {
    const changed = left.video
      .map((segment, i) => (segment.durationMs !== reached.video[i]!.durationMs ? i : -1))
      .filter((i) => i >= 0);
    const total = ms(draftDurationMs(left));
    const lengths = new Set(left.video.map((segment) => segment.durationMs));
    const evenBefore = new Set(reached.video.map((segment) => segment.durationMs)).size === 1;
    if (changed.length === 1)
      lines.push(
        phrase('change.photoLength.one', {
          n: changed[0]! + 1,
          length: ms(left.video[changed[0]!]!.durationMs),
          total,
        }),
      );
    // Photos made even ("each photo 2 s") say so; scaled together they changed the length; fitted to a
    // kept length they changed no total, and the transition line says what moved.
    else if (changed.length > 1 && lengths.size === 1 && !evenBefore)
      lines.push(phrase('change.photoLength.all', { length: ms(left.video[0]!.durationMs), total }));
    else if (changed.length > 1 && draftDurationMs(left) !== draftDurationMs(reached))
      lines.push(phrase('change.length', { length: total }));

    const moves = left.video
      .map((segment, i) => (segment.motion.name !== reached.video[i]!.motion.name ? i : -1))
      .filter((i) => i >= 0);
    const motions = new Set(left.video.map((segment) => segment.motion.name));
    if (moves.length > 0 && motions.size === 1)
      lines.push(
        phrase('change.motion.all', { name: { effect: 'motion', name: left.video[0]!.motion.name } }),
      );
    else
      for (const i of moves.slice(0, 3))
        lines.push(
          phrase('change.motion.one', {
            name: { effect: 'motion', name: left.video[i]!.motion.name },
            n: i + 1,
          }),
        );

    const cuts = left.video
      .slice(0, -1)
      .map((segment, i) => {
        const a = segment.transition;
        const b = reached.video[i]!.transition;
        return (a?.name ?? 'cut') !== (b?.name ?? 'cut') || (a?.durationMs ?? 0) !== (b?.durationMs ?? 0)
          ? i
          : -1;
      })
      .filter((i) => i >= 0);
    const kinds = new Set(
      left.video
        .slice(0, -1)
        .map((segment) => `${segment.transition?.name}/${segment.transition?.durationMs}`),
    );
    /** The transition after photo `i` as the line that would set it (for all, or for that one). */
    const transition = (i: number, one: boolean): Phrase => {
      const t = left.video[i]!.transition;
      const name: PhrasePart = { effect: 'transition', name: t?.name ?? 'cut' };
      const vars: Record<string, PhrasePart> = one ? { name, n: i + 1 } : { name };
      if (!t || t.name === 'cut')
        return phrase(one ? 'change.transition.one' : 'change.transition.all', { ...vars, seconds: '' });
      return phrase(one ? 'change.transition.one.timed' : 'change.transition.all.timed', {
        ...vars,
        length: ms(t.durationMs),
      });
    };
    if (cuts.length > 0 && kinds.size === 1) lines.push(transition(0, false));
    else for (const i of cuts.slice(0, 3)) lines.push(transition(i, true));
  }

  if (left.look.name !== reached.look.name || left.look.strength !== reached.look.strength)
    lines.push(
      left.look.name === 'none'
        ? phrase('change.look.none')
        : phrase('change.look', {
            name: { effect: 'look', name: left.look.name },
            pct: Math.round(left.look.strength * 100),
          }),
    );

  const texts = (draft: Draft) => draft.texts.map((text) => JSON.stringify(text));
  const before = new Set(texts(reached));
  const after = new Set(texts(left));
  const added = left.texts.filter((text) => !before.has(JSON.stringify(text)));
  const removed = reached.texts.filter((text) => !after.has(JSON.stringify(text)));
  for (const text of added.slice(0, 3)) {
    const was = reached.texts.find((other) => other.id === text.id);
    lines.push(
      was
        ? phrase('change.updateText', { text: text.text })
        : phrase('change.addText.plain', { role: phrase(`role.${text.role}`), text: text.text }),
    );
  }
  for (const text of removed.filter((text) => !left.texts.some((other) => other.id === text.id)).slice(0, 3))
    lines.push(phrase('change.removeText.one', { text: text.text }));

  const music = (draft: Draft) => draft.audio[0];
  const [a, b] = [music(left), music(reached)];
  if (!a && b) lines.push(phrase('change.removeMusic'));
  else if (a && (!b || a.media.uri !== b.media.uri)) {
    lines.push(
      phrase('change.music', {
        name: songName(a.media),
        pct: Math.round(a.volume * 100),
      }),
    );
  } else if (a && b) {
    if (a.volume !== b.volume) lines.push(phrase('change.musicVolume', { pct: Math.round(a.volume * 100) }));
    const fadeIn = a.fadeInMs !== b.fadeInMs;
    const fadeOut = a.fadeOutMs !== b.fadeOutMs;
    if (fadeIn && fadeOut)
      lines.push(phrase('change.musicFade.both', { in: ms(a.fadeInMs), out: ms(a.fadeOutMs) }));
    else if (fadeIn)
      lines.push(
        phrase('change.musicFade', { parts: phrase('change.musicFade.in', { length: ms(a.fadeInMs) }) }),
      );
    else if (fadeOut)
      lines.push(
        phrase('change.musicFade', { parts: phrase('change.musicFade.out', { length: ms(a.fadeOutMs) }) }),
      );
  }
  return lines;
}

/** The one photo whose move turns `from`'s order into `to`'s, if a single move does it. */
function movedOne(from: Draft, to: Draft): { from: number; to: number } | undefined {
  const a = from.video.map((segment) => segment.media.uri);
  const b = to.video.map((segment) => segment.media.uri);
  // From the end: of two readings of one neighbour swap, "moved photo 2 to position 1" is the usual ask.
  for (let i = a.length - 1; i >= 0; i--) {
    const rest = [...a.slice(0, i), ...a.slice(i + 1)];
    const j = b.indexOf(a[i]!);
    const placed = [...rest.slice(0, j), a[i]!, ...rest.slice(j)];
    if (j !== i && placed.every((uri, k) => uri === b[k])) return { from: i, to: j };
  }
  return undefined;
}
