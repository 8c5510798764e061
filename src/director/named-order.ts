import type { Draft, EditCommand } from '../model/index.js';
import { Clause } from './clause.js';
import { SUBJECTS } from './subjects.js';
import { type Mapped, matchesOf, sliceMapped } from './text.js';
import { segmentBySubject, takePositions } from './values.js';

/**
 * Photos named in a row are the order they go in:
 * - after a cue: "put them in this order: forest, beach, city", "the order should be city, forest, beach",
 *   "按这个顺序排：森林、海边、城市", "顺序改成城市、森林、海滩";
 * - before one, in a story of the day: "the city one is where we started, then we went to the woods, then
 *   ended up at the beach. can you put them in that order";
 * - as a chain with no cue, in a clause of its own: "city first, then the woods, then the beach", "start
 *   with the forest, then the beach", "beach, then city, then forest", "forest → city → beach",
 *   "先放城市，再放森林，最后海边" (never "zoom in on the beach, then the city").
 * Photos are named the way the rules name them anywhere (by what they show — "the woods" is forest.jpg —,
 * file name, place or date). The photos named come first, in that order; the others follow in theirs.
 */

interface Mention {
  index: number;
  start: number;
  end: number;
}

/** Said after the photos: "… in that order", "in the order I said". */
const CUE_BEFORE =
  /(?:\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|just\s+|so\s+)*(?:put|arrange|order|sort|reorder|rearrange|have|get|line\s+up|set\s+up|organi[sz]e|place|do)\s+(?:(?:them|they|it|everything|things|all\s+of\s+them|the\s+(?:photos|pictures|pics|images|slides|shots))\s+)?(?:all\s+)?)?\b(?:in|into)\s+(?:that|this|the\s+following|this\s+exact|that\s+exact|the\s+same|exactly\s+that|exactly\s+this)\s+order\b(?:\s*(?:please|pls))?|\bin\s+the\s+order\s+(?:i\s+(?:said|listed|wrote|gave|described|mentioned|just\s+said)|above|they\s+happened)\b|\b(?:put|arrange|order|sort|reorder|rearrange|line\s+up|do)\s+(?:them|it|everything|the\s+(?:photos|pictures|pics|images|slides|shots))\s+(?:like\s+that|that\s+way|the\s+same\s+way|accordingly|in\s+the\s+(?:right|correct|proper)\s+order)\b|(?:(?:就|请|帮我)?(?:按|按照)(?:这个|这样的?|上面的?|我说的|刚才说的)?顺序(?:来|排|放|排列|排序|调整|调)?(?:一下)?)/;
/** Said before the photos: "the order should be …", "in this order:", "顺序改成…". */
const CUE_AFTER =
  /(?:\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|just\s+)*(?:put|arrange|order|sort|reorder|rearrange|have|get|line\s+up|organi[sz]e|place|do)\s+(?:(?:them|they|it|everything|things|all\s+of\s+them|the\s+(?:photos|pictures|pics|images|slides|shots))\s+)?(?:all\s+)?)?\b(?:in|into)\s+(?:this|the\s+following|this\s+exact)\s+order\b\s*:?|\b(?:the\s+)?(?:new\s+)?(?:photo\s+)?(?:order|sequence)\s+(?:should\s+be|be|to\s+be|is\s+going\s+to\s+be|will\s+be|would\s+be|needs\s+to\s+be|must\s+be|has\s+to\s+be|i\s+want\s+is|goes)\s*:?|\b(?:re)?(?:order|sequence|arrange)\s*[:=]|\b(?:order|arrange|sort|reorder|rearrange|line\s+up)\s+(?:them|the\s+(?:photos|pictures|pics|images|slides|shots))\s+(?:(?:like\s+(?:this|so)|as\s+follows)\s*:?|:)|\b(?:it|they|the\s+(?:photos|pictures|pics|order))\s+should\s+go\s*:?|(?:(?:按|按照)(?:这个|这样的?|下面的?)?顺序(?:来|排|放|排列|排序)?(?:一下)?\s*[:：]|顺序(?:改成|改为|换成|调成|调整为|应该是|是|要|就)\s*[:：]?|顺序\s*[:：])/;

/** Where a sentence ends ("beach.jpg" is a name, not an end). */
const SENTENCE_END = /(?:[.!?;]+(?=\s|$)|[\n。！？；]+|\s[-–—]+\s)/g;

/** Words between two photos of a chain that only link them. */
const LINK =
  /^(?:\s|[,，、:：]|→|->|=>|>|\b(?:the|one|ones|photo|photos|pic|pics|picture|pictures|image|shot|slide|first|and|then|next|after\s+that|afterwards|followed\s+by|finally|lastly|last|comes?|goes|should\s+(?:come|go|be)|put|place|with)\b|放|再|然后|接着|之后|最后|是|那张|这张|的|照片|图片|接)*$/;
/** Something in the links that says "in this order". */
const SEQUENCE = /\b(?:then|next|after\s+that|afterwards|followed\s+by)\b|→|->|=>|>|然后|再|接着|之后/;
const ARROWS = /→|->|=>|>/;
/** How a chain starts: "start with …", "first …", "put … first", "先…". */
const CHAIN_LEAD =
  /(?:\b(?:(?:please|pls|can\s+you|could\s+you|just|ok(?:ay)?|so)\s+)*(?:(?:start|begin|open|kick\s+off)(?:s|ning|ing)?\s+(?:it\s+|things\s+|the\s+(?:video|slideshow)\s+)?(?:off\s+)?with|first(?:ly)?,?|(?:put|place|have|show)(?:\s+me)?|i\s+(?:want|need)|i'?d\s+(?:like|prefer)|let'?s\s+(?:do|go|have)|how\s+about|(?:can|could)\s+(?:we|you)\s+(?:do|have|go))\s+(?:the\s+)?|先(?:放|是|用)?)$/;
const CHAIN_TAIL =
  /^(?:\s+(?:one|photo|pic|picture|image|shot|last|at\s+the\s+end|to\s+finish|please|pls))*(?=\s*(?:[.!?;,，。！？；]|$|\band\b|\bthen\b|\bplease\b))|^(?:那张|的|照片|图片)*(?=\s*(?:[，,。！？；;]|$))/;
const LEAD_VERB =
  /(?:\b(?:put|arrange|order|sort|reorder|rearrange|have|place)\s+(?:them\s+|the\s+(?:photos|pictures|pics)\s+)?(?:like\s+)?|(?:按|按照)?(?:顺序)?(?:排成|排|放)?)$/;

const ZH_SUBJECTS = new RegExp(
  SUBJECTS.flatMap((group) => group.zh)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
/** Words too common to name a photo by themselves, whatever a file is called. */
const NOT_NAMES = new Set(
  'the and then one ones photo photos pic pics picture pictures image images shot shots slide slides video first last next day way put them that this order should can you could please'.split(
    ' ',
  ),
);

/** Every photo the text names, in the order it names them. */
function mentionsIn(text: Mapped, draft: Draft): Mention[] {
  const clause = new Clause(text, text.text, []);
  const found: Mention[] = takePositions(clause, draft).map(({ index, start, end }) => ({
    index,
    start,
    end,
  }));
  for (const match of matchesOf(clause.text, /\b[a-z][a-z0-9_-]{2,}\b/g)) {
    if (NOT_NAMES.has(match[0])) continue;
    const index = segmentBySubject(draft, match[0]);
    if (index !== undefined) found.push({ index, start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesOf(clause.text, ZH_SUBJECTS)) {
    const index = segmentBySubject(draft, match[0]);
    if (index !== undefined) found.push({ index, start: match.index, end: match.index + match[0].length });
  }
  return found
    .filter((mention) => mention.index >= 0 && mention.index < draft.video.length)
    .sort((a, b) => a.start - b.start);
}

/** The photos in the order first named, each once. */
function orderOf(mentions: readonly Mention[]): number[] {
  const order: number[] = [];
  for (const { index } of mentions) if (!order.includes(index)) order.push(index);
  return order;
}

function sentenceStarts(text: string): number[] {
  return [0, ...[...matchesOf(text, SENTENCE_END)].map((match) => match.index + match[0].length)];
}

export interface NamedOrder {
  /** The text with the photos, the cue and the words linking them blanked. */
  norm: Mapped;
  /** Photo indexes in the order named (at least two). */
  order: number[];
  /** Where the story that named them was told, in the normalised text: what is left of it asks for nothing. */
  told: { start: number; end: number };
}

function blank(source: Mapped, spans: readonly { start: number; end: number }[]): Mapped {
  let text = source.text;
  for (const { start, end } of spans) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return { text, map: source.map };
}

/** Spans from a cue: the photos after it to the sentence's end, or those told before it. */
function fromCue(norm: Mapped, draft: Draft): NamedOrder | undefined {
  const text = norm.text;
  const starts = sentenceStarts(text);
  const sentenceOf = (at: number) => starts.filter((start) => start <= at).pop() ?? 0;
  const nextEnd = (at: number) => {
    const end = [...matchesOf(text, SENTENCE_END)].find((match) => match.index >= at);
    return end ? end.index : text.length;
  };
  const after = CUE_AFTER.exec(text);
  if (after) {
    const from = after.index + after[0].length;
    const to = nextEnd(from);
    const named = mentionsIn(sliceMapped(norm, from, to), draft).map((m) => ({
      ...m,
      start: m.start + from,
      end: m.end + from,
    }));
    const order = orderOf(named);
    if (order.length >= 2) {
      const last = named[named.length - 1]!.end;
      return {
        norm: blank(norm, [{ start: after.index, end: last }]),
        order,
        told: { start: after.index, end: last },
      };
    }
  }
  const before = CUE_BEFORE.exec(text);
  if (!before) return undefined;
  // The sentence with the cue, then the sentences before it while each names a photo.
  let from = sentenceOf(before.index);
  let named = mentionsIn(sliceMapped(norm, from, before.index), draft).map((m) => ({
    ...m,
    start: m.start + from,
    end: m.end + from,
  }));
  for (let back = 0; back < 4 && orderOf(named).length < draft.video.length; back++) {
    if (from === 0) break;
    const start = sentenceOf(Math.max(0, from - 1));
    const earlier = mentionsIn(sliceMapped(norm, start, from), draft).map((m) => ({
      ...m,
      start: m.start + start,
      end: m.end + start,
    }));
    if (earlier.length === 0) break;
    named = [...earlier, ...named];
    from = start;
  }
  const order = orderOf(named);
  if (order.length < 2) return undefined;
  // "… and put city, forest, beach in that order": an order verb before the first photo goes with it.
  const lead = LEAD_VERB.exec(text.slice(from, named[0]!.start));
  const spans = [
    ...named.map(({ start, end }) => ({ start, end })),
    { start: before.index, end: before.index + before[0].length },
  ];
  if (lead?.[0]) spans.push({ start: from + lead.index, end: named[0]!.start });
  return {
    norm: blank(norm, spans),
    order,
    told: { start: from, end: before.index + before[0].length },
  };
}

/** A chain of photos linked by "then" or arrows, with nothing else between them. */
function fromChain(norm: Mapped, draft: Draft): NamedOrder | undefined {
  const text = norm.text;
  if (!SEQUENCE.test(text)) return undefined;
  const named = mentionsIn(norm, draft);
  for (let i = 0; i < named.length - 1; i++) {
    let j = i;
    while (j + 1 < named.length && LINK.test(text.slice(named[j]!.end, named[j + 1]!.start))) j++;
    if (j === i) continue;
    const run = named.slice(i, j + 1);
    const links = run.slice(1).map((m, k) => text.slice(run[k]!.end, m.start));
    const starts = sentenceStarts(text);
    const boundary = Math.max(
      starts.filter((start) => start <= run[0]!.start).pop() ?? 0,
      text.lastIndexOf(',', run[0]!.start) + 1,
      text.lastIndexOf('，', run[0]!.start) + 1,
    );
    const before = text.slice(boundary, run[0]!.start);
    const lead = CHAIN_LEAD.exec(before);
    const arrows = links.every((link) => ARROWS.test(link));
    const linked = links.some((link) => SEQUENCE.test(link));
    const clean = before.trim() === '' || (lead !== null && before.slice(0, lead.index).trim() === '');
    const tail = CHAIN_TAIL.exec(text.slice(run[run.length - 1]!.end));
    const order = orderOf(run);
    // A clause that is nothing but photos linked by "then" is an order too ("beach, then city, then forest").
    if (order.length < 2 || !clean || !tail || !(arrows || linked)) {
      i = j;
      continue;
    }
    const start = lead ? boundary + lead.index : run[0]!.start;
    const end = run[run.length - 1]!.end + tail[0].length;
    return { norm: blank(norm, [{ start, end }]), order, told: { start, end } };
  }
  return undefined;
}

/** The photos a message puts in order by naming them in a row, with the words that said it taken. */
export function takeNamedOrder(norm: Mapped, draft: Draft): NamedOrder | undefined {
  if (draft.video.length < 2) return undefined;
  return fromCue(norm, draft) ?? fromChain(norm, draft);
}

/** Moves that put the photos named first, in the order named, and the others after them in theirs. */
export function orderMoves(count: number, named: readonly number[]): EditCommand[] {
  const wanted = [...named, ...Array.from({ length: count }, (_, k) => k).filter((k) => !named.includes(k))];
  const current = Array.from({ length: count }, (_, k) => k);
  const moves: EditCommand[] = [];
  for (let to = 0; to < count; to++) {
    const from = current.indexOf(wanted[to]!);
    if (from === to) continue;
    const [moved] = current.splice(from, 1);
    current.splice(to, 0, moved!);
    moves.push({ type: 'moveSegment', from, to });
  }
  return moves;
}
