import type { Draft, EditCommand } from '../model/index.js';
import type { Mapped } from './text.js';
import { matchesOf } from './text.js';

/** "alternate", "alternating", "in turn", "one after the other", "交替", "轮流", "依次". */
const ALTERNATE =
  /\balternat(?:e|es|ed|ing|ingly|ely)\b|\bin\s+turns?\b|\btake\s+turns\b|\bback\s+and\s+forth\b|\bone\s+after\s+(?:the\s+)?other\b|交替(?:着|使用|用)?|轮流(?:用)?|轮换|依次|交错/g;
/** "zoom in and out", "放大缩小", "推拉": two motions said as one. */
const IN_AND_OUT =
  /\bzoom(?:ing)?\s+in\s*(?:and|&|\/|,|then|和|跟|与|、|再|然后)\s*(?:zoom(?:ing)?\s+)?out\b|放大(?:和|、|再|然后)?缩小|推拉/;
const OUT_AND_IN =
  /\bzoom(?:ing)?\s+out\s*(?:and|&|\/|,|then|和|跟|与|、|再|然后)\s*(?:zoom(?:ing)?\s+)?in\b|缩小(?:和|、|再|然后)?放大|拉推/;

/** Whether the message asks for a pattern that alternates; blanks the word so it is not left unread. */
export function takeAlternation(norm: Mapped): { norm: Mapped; found: boolean } {
  ALTERNATE.lastIndex = 0;
  if (!ALTERNATE.test(norm.text)) return { norm, found: false };
  ALTERNATE.lastIndex = 0;
  const text = norm.text.replace(ALTERNATE, (word) => ' '.repeat(word.length));
  return { norm: { text, map: norm.map }, found: true };
}

/**
 * "alternate: zoom in, zoom out, zoom in", "交替放大缩小", "alternate crossfade and wipe": the motions or
 * transitions said in order, repeated across the photos (or the transitions) as a pattern. `said` is
 * what each instruction asked for on its own; undefined when fewer than two motions (or transitions)
 * were said.
 */
export function alternation(
  said: readonly EditCommand[][],
  text: string,
  draft: Draft,
): { commands: EditCommand[]; kind: 'setMotion' | 'setTransition' } | undefined {
  for (const kind of ['setMotion', 'setTransition'] as const) {
    const pattern = said
      .flat()
      .filter((command) => command.type === kind && (command as { index?: number }).index === undefined);
    let names = pattern.map((command) => (command as { name: string }).name);
    if (kind === 'setMotion' && names.length < 2) {
      if (IN_AND_OUT.test(text)) names = ['zoom-in', 'zoom-out'];
      else if (OUT_AND_IN.test(text)) names = ['zoom-out', 'zoom-in'];
      else names = motionsInOrder(text);
    }
    if (names.length < 2) continue;
    const count = kind === 'setMotion' ? draft.video.length : draft.video.length - 1;
    const template = pattern[0];
    // "alternate crossfades and fades to black, 0.4 s each": one length said for the pattern is every kind's.
    const lengths = new Set(
      pattern.flatMap((command) =>
        command.type === 'setTransition' && command.durationMs !== undefined ? [command.durationMs] : [],
      ),
    );
    const shared = lengths.size === 1 ? { durationMs: [...lengths][0]! } : {};
    const commands = Array.from({ length: Math.max(0, count) }, (_, index) =>
      kind === 'setMotion'
        ? ({ type: 'setMotion', name: names[index % names.length]!, index } as EditCommand)
        : ({
            ...shared,
            ...(pattern[index % pattern.length] ?? template),
            index,
          } as EditCommand),
    );
    return { commands, kind };
  }
  return undefined;
}

/** Motion words one clause may list together ("放大和平移", "zoom in 和 pan left"), in the order they are said. */
const MOTION_WORDS: [RegExp, string][] = [
  [/放大|推近|推进|\bzoom(?:ing)?\s+in\b/g, 'zoom-in'],
  [/缩小|拉远|\bzoom(?:ing)?\s+out\b/g, 'zoom-out'],
  [/(?:向|往)?左(?:平)?移|左摇|向左平移|\bpan(?:ning)?\s+(?:to\s+the\s+)?left\b/g, 'pan-left'],
  [/(?:向|往)?右(?:平)?移|右摇|(?<![左右向往])平移|\bpan(?:ning)?\s+(?:to\s+the\s+)?right\b/g, 'pan-right'],
  [/静止|不动/g, 'static'],
];

function motionsInOrder(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const [re, name] of MOTION_WORDS)
    for (const match of matchesOf(text, re)) found.push({ at: match.index, name });
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.name);
}
