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

/** "the one after it", "它前面那张", "前一张也这样": counted from the photo just talked about. */
const EN_NEIGHBOUR_OF_IT =
  /\b(?:the|that)\s+(?:one|photo|picture|pic|image|shot|slide)\s+(?:right\s+|just\s+|directly\s+|immediately\s+)?(after|before|following|preceding)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\b/g;
const ZH_NEIGHBOUR_OF_IT =
  /(?:(?:它|这张|那张)(?:的)?|(?<=^|[^\u4e00-\u9fff\d]|[把将给让也再是要对]))(后面|后边|之后|后|前面|前边|之前|前)(?:的)?(?:那|这)?(?:一|1)?(?:张|幅)(?:照片|图片|相片|图)?/g;

export function spellNamedNeighbours(norm: Mapped, draft: Draft, earlier?: number): Mapped {
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
  const chinese = rewrite(english, ZH_NEIGHBOUR, (m) => {
    const named = m[1] !== undefined ? Number(m[1]) - 1 : segmentBySubject(draft, m[2]!);
    const n = neighbour(named, m[3]!.startsWith('后') || m[3] === '之后');
    return n === undefined ? undefined : `第${n}张`;
  });
  if (earlier === undefined) return chinese;
  const ofIt = rewrite(chinese, EN_NEIGHBOUR_OF_IT, (m) => {
    const n = neighbour(earlier, /^(?:after|following)$/.test(m[1]!));
    return n === undefined ? undefined : `photo ${n}`;
  });
  return rewrite(ofIt, ZH_NEIGHBOUR_OF_IT, (m) => {
    const n = neighbour(earlier, m[1]!.startsWith('后') || m[1] === '之后');
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

/** Words for a transition: what makes "from the beach to the city" the gap between two photos. */
const TRANSITION_SAID =
  /\b(?:transitions?|crossfade|cross-fade|dissolve|fade|wipe|slide|whip[\s-]?pan|cut)\b|转场|过渡|叠化|溶解|淡入淡出|擦除|滑动|甩镜|硬切/;
const EN_SPAN =
  /\bfrom\s+(?:the\s+|that\s+|my\s+|our\s+)?([a-z0-9][a-z0-9_-]{2,})(?:\s+(?:one|photo|picture|pic|image|shot|slide))?\s+(?:to|into)\s+(?:the\s+|that\s+|my\s+|our\s+)?([a-z0-9][a-z0-9_-]{2,})(?:\s+(?:one|photo|picture|pic|image|shot|slide))?\b/g;
const ZH_SPAN = new RegExp(
  `(?:从)?(${ZH_SUBJECT}|[a-z][a-z0-9_-]{2,})(?:那张|照片|图片)?(?:到|切到|换到|转到)(${ZH_SUBJECT}|[a-z][a-z0-9_-]{2,})(?:那张|照片|图片)?(?:的)?(?:那里|那儿|这里|这儿|的地方|那块|那段|那一下|之间|中间)?`,
  'g',
);

/**
 * "crossfade from the beach to the city", "海边到城市那里加个叠化": the gap between two neighbouring
 * photos named by what they show, said by their places ("between photo 1 and photo 2", "第1张和第2张之间").
 */
export function spellSubjectSpans(norm: Mapped, draft: Draft): Mapped {
  if (draft.video.length < 2 || !TRANSITION_SAID.test(norm.text)) return norm;
  const pair = (a: string, b: string) => {
    const from = segmentBySubject(draft, a);
    const to = segmentBySubject(draft, b);
    return from !== undefined && to !== undefined && Math.abs(from - to) === 1
      ? ([Math.min(from, to) + 1, Math.max(from, to) + 1] as const)
      : undefined;
  };
  const english = rewrite(norm, EN_SPAN, (m) => {
    const found = pair(m[1]!, m[2]!);
    return found ? `between photo ${found[0]} and photo ${found[1]}` : undefined;
  });
  return rewrite(english, ZH_SPAN, (m) => {
    const found = pair(m[1]!, m[2]!);
    return found ? `第${found[0]}张和第${found[1]}张之间` : undefined;
  });
}

/**
 * "它们都改成静止", "make them both static", "这两张都放大" after several photos were edited: those photos, said in
 * full ("第2张和第4张", "photo 2 and photo 4").
 */
const THEM_EN =
  /\b(?:both\s+of\s+them|them\s+both|(?:all\s+)?(?:those|these)\s+(?:two|three|four|photos|pictures|pics)|the\s+two\s+of\s+them)\b/g;
const THEM_ZH = /(?:它们|这两张|那两张|这俩|那俩|这几张|那几张)(?:照片|图片)?/g;

export function spellThemPhotos(norm: Mapped, earlier: readonly number[] = []): Mapped {
  if (earlier.length < 2) return norm;
  const english = rewrite(
    norm,
    THEM_EN,
    () =>
      `${earlier
        .slice(0, -1)
        .map((index) => `photo ${index + 1}`)
        .join(', ')} and photo ${earlier.at(-1)! + 1}`,
  );
  return rewrite(english, THEM_ZH, () => earlier.map((index) => `第${index + 1}张`).join('和'));
}

/**
 * "前三张每张2秒，后面两张每张4秒", "第一张放大，最后一张缩小，中间的都向右平移": the latter few, the first few and the
 * photos in between, said by place ("最后2张", "前2张", "第2张到第4张").
 */
export function spellZhGroups(norm: Mapped, draft: Draft): Mapped {
  const count = draft.video.length;
  if (count < 3 || !/后面|前面|中间|\bmiddle\b/.test(norm.text)) return norm;
  // "pan right on the ones in the middle", "the middle photos": every photo but the first and the last.
  norm = rewrite(
    norm,
    /\bthe\s+(?:ones|photos|pics|pictures|shots|images)\s+in\s+(?:the\s+)?(?:middle|between)\b|\bthe\s+middle\s+(?:ones|photos|pics|pictures|shots|images)\b/g,
    () => (count === 3 ? 'the second photo' : `photos 2 to ${count - 1}`),
  );
  let out = rewrite(norm, /后面(?:的)?([两二三四五2-5])张/g, (m) => `最后${m[1]}张`);
  out = rewrite(out, /前面(?:的)?([两二三四五2-5])张/g, (m) => `前${m[1]}张`);
  return rewrite(
    out,
    /中间(?:的)?(?:几张|那几张|那些|照片|这些)?(?=\s*(?:都|也|全|每张|往|向|放大|缩小|静止|不动))/g,
    () => (count === 3 ? '第2张' : `第2张到第${count - 1}张`),
  );
}
