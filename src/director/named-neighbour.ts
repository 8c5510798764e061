import type { Draft } from '../model/index.js';
import { Clause } from './clause.js';
import { identity, type Mapped, rewrite } from './text.js';
import { ORDINAL_WORD, ordinalValue, segmentBySubject, takePositions, ZH_SUBJECT } from './values.js';

/**
 * A photo named by its neighbour: "the one after the beach", "the photo before the city", "the pic right
 * after photo 2", "海边后面那张", "城市前一张", "第二张后面的那张". Said in full ("photo 2", "第2张") before the
 * rules read the message, so every family takes it as any other photo. Only "the one"/"the photo" is
 * counted from a neighbour: "move the dog photo before the beach" is an order, and stays one.
 */
const EN_NEIGHBOUR = new RegExp(
  `\\b(?:the|that)\\s+(?:one|photo|picture|pic|image|shot|slide)\\s+(?:(?:that|which)\\s+(?:comes?|is|goes|shows?)\\s+)?(?:right\\s+|just\\s+|directly\\s+|immediately\\s+)?(after|before|following|preceding)\\s+(?:the\\s+|that\\s+|my\\s+|our\\s+)?(?:(?:photo|picture|pic|image|shot|slide)\\s*#?(\\d{1,3})\\b|(${ORDINAL_WORD})\\s+(?:one|photo|picture|pic|image|shot|slide)\\b|([a-z0-9][a-z0-9_-]{2,})(?:\\s+(?:one|photo|picture|pic|image|shot|slide))?\\b)`,
  'g',
);
const ZH_NEIGHBOUR = new RegExp(
  `(?:第(\\d{1,3})张|(${ZH_SUBJECT}|[a-z][a-z0-9_-]{2,}))(?:的)?(?:那张|照片|图片|相片)?(?:的)?(后面|后边|之后|后|前面|前边|之前|前)(?:的)?(?:那|这)?(?:一|1)?(?:张|幅)(?:照片|图片|相片|图)?`,
  'g',
);

export function spellNamedNeighbours(norm: Mapped, draft: Draft): Mapped {
  const count = draft.video.length;
  if (
    count < 2 ||
    !/\b(?:after|before|following|preceding)\b|后面|后边|之后|前面|前边|之前|[前后](?:一|1)?(?:张|幅)/.test(
      norm.text,
    )
  )
    return norm;
  const neighbour = (index: number | undefined, after: boolean) => {
    if (index === undefined || index < 0 || index >= count) return undefined;
    const next = index + (after ? 1 : -1);
    return next >= 0 && next < count ? next + 1 : undefined;
  };
  const english = rewrite(norm, EN_NEIGHBOUR, (m) => {
    const named =
      m[2] !== undefined
        ? Number(m[2]) - 1
        : m[3] !== undefined
          ? ordinalValue(m[3]) - 1
          : segmentBySubject(draft, m[4]!);
    const n = neighbour(named, /^(?:after|following)$/.test(m[1]!));
    return n === undefined ? undefined : `photo ${n}`;
  });
  return rewrite(english, ZH_NEIGHBOUR, (m) => {
    const named = m[1] !== undefined ? Number(m[1]) - 1 : segmentBySubject(draft, m[2]!);
    const n = neighbour(named, m[3]!.startsWith('后') || m[3] === '之后');
    return n === undefined ? undefined : `第${n}张`;
  });
}

/**
 * "swap the first two photos and add a crossfade between them", "它们之间用叠化" after two photos were talked
 * about: the two photos named before, said in full ("between photo 1 and photo 2").
 */
const BETWEEN_THEM =
  /\b(?:in\s+)?between\s+(?:them|those\s+two|these\s+two|the\s+two(?:\s+of\s+them)?|both(?:\s+of\s+them)?)\b|(?:它们|这两张|那两张|两张)(?:照片)?(?:之间|中间)/g;

export function spellBetweenThem(norm: Mapped, draft: Draft, earlier: readonly number[] = []): Mapped {
  if (!/\bbetween\b|之间|中间/.test(norm.text)) return norm;
  return rewrite(norm, BETWEEN_THEM, (m) => {
    const before = new Clause(identity(m.input.slice(0, m.index)), m.input.slice(0, m.index), []);
    const named = [...new Set(takePositions(before, draft).map((position) => position.index))];
    const pair = (named.length === 2 ? named : earlier.length === 2 ? [...earlier] : []).sort(
      (a, b) => a - b,
    );
    if (pair.length !== 2 || pair[1]! - pair[0]! !== 1) return undefined;
    const [a, b] = pair as [number, number];
    return /[\u4e00-\u9fff]/.test(m[0])
      ? `第${a + 1}张和第${b + 1}张之间`
      : `between photo ${a + 1} and photo ${b + 1}`;
  });
}
