import { type Mapped, rewrite } from './text.js';

/**
 * One transition set apart from the rest, said the way the rules read it: "transitions 0.5s except the
 * last one, which should be 1.5s" as "transitions 0.5s, the last transition 1.5s"; "last transition 1.5s,
 * the others 0.5s" as "transitions 0.5s, last transition 1.5s"; "最后一个转场1.5秒，其他的0.5秒" as "…，其他转场0.5秒".
 */
const TRANSITION_WORD = /\b(?:transitions?|crossfades?|fades?|dissolves?|wipes?)\b|转场|过渡/;
const LENGTH = String.raw`(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|milliseconds?)\b)`;
const ONE = String.raw`(?:the\s+)?(last|final|first|second|third|fourth|fifth|\d(?:st|nd|rd|th))(?:\s+(?:one|transition|fade|crossfade))?`;
const EXCEPT_ONE = new RegExp(
  String.raw`\s*,?\s*\b(?:except|but|apart\s+from|other\s+than|save)\s+(?:for\s+)?${ONE}\s*,?\s*(?:(?:which|that)\s+)?(?:(?:should|must|needs?\s+to|has\s+to)\s+be\s+|is\s+|at\s+|=\s*|gets?\s+|being\s+)?${LENGTH}`,
  'g',
);
const ONE_THEN_OTHERS = new RegExp(
  String.raw`^(\s*(?:make\s+|set\s+)?${ONE}[^,;]*?)(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:make|set)\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:others?|rest|other\s+(?:ones|transitions|fades))\s+(?:at\s+|to\s+|=\s*)?${LENGTH}\s*[.!]*\s*$`,
  'g',
);
/** "transitions 0.5s, the last one 1.5s": after a length of the transitions, "the last one" is the last of them. */
const THEN_ONE = new RegExp(
  String.raw`(?<=(?:transitions?|crossfades?|fades?|dissolves?|wipes?)\b[^,;!?]*\d[^,;!?]*)\s*[,;]\s*(?:and\s+|but\s+)?(?:the\s+)?(last|final|first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\s+one\s+(?:at\s+|is\s+|=\s*|gets?\s+|should\s+be\s+)?${LENGTH}`,
  'g',
);
const ZH_OTHERS =
  /(?<=转场[^，,；;。]*[，,；;]\s*)(?:其他|其余|剩下)(?:的)?(?=\s*(?:都|全部|统一)?\s*(?:改成|改为|设成|用|是)?\s*\d)/g;

/**
 * "the transition after the beach, make it a slide", "第一个转场，换成黑场": one transition named first, then
 * what it becomes — said as one request ("the transition after the beach should be a slide").
 */
const NAMED_THEN_KIND =
  /^(\s*(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|final|\d(?:st|nd|rd|th))\s+)?(?:transition|crossfade|fade|cut)(?:\s+(?:after|before|between|into|from)\s+[^,;:]+?)?)\s*[,;:—–-]\s*(?:(?:just|please|pls|can\s+you|could\s+you|and)\s+)*(?:make|change|turn|switch|set)\s+(?:it|that|this\s+one|that\s+one)\s+(?:to\s+|into\s+)?/g;
const ZH_NAMED_THEN_KIND =
  /^(\s*(?:第\d+个|最后(?:一个|1个)?|[^，,。；;]{1,8}(?:后面|前面|之间|中间)的)(?:转场|过渡))\s*[，,：:]\s*(?=换成|改成|改为|用|变成)/g;

/**
 * "hard cuts everywhere except between photo 4 and 5 — fade to black there, 1s": the transitions everywhere,
 * then the one between those two photos, said as two requests in that order.
 */
const EVERYWHERE_BUT_BETWEEN =
  /\b(everywhere|throughout|on\s+all(?:\s+of\s+them)?|for\s+all|between\s+all(?:\s+the\s+photos)?)\s+(?:except|but|apart\s+from|other\s+than|save\s+for)\s+(between\s+(?:photos?\s+)?\d{1,2}\s+(?:and|&)\s+(?:photo\s+)?\d{1,2})\s*[—–,;:-]+\s*(?:(?:use|with|make\s+it|do)\s+)?(?:an?\s+)?([^.;!?]*?)(?:\s+there)?(?=\s*(?:[,.;!?]|$))/g;

export function spellTransitionExceptions(norm: Mapped): Mapped {
  if (!TRANSITION_WORD.test(norm.text) && !/\bcuts?\b/.test(norm.text)) return norm;
  norm = rewrite(norm, EVERYWHERE_BUT_BETWEEN, (m) => `${m[1]}; ${m[3]} ${m[2]}`);
  let out = rewrite(norm, NAMED_THEN_KIND, (m) => `${m[1]} should be `);
  out = rewrite(out, ZH_NAMED_THEN_KIND, (m) => m[1]!);
  out = rewrite(out, EXCEPT_ONE, (m) => `, the ${m[1]} transition ${m[2]}`);
  out = rewrite(out, ONE_THEN_OTHERS, (m) => {
    if (!TRANSITION_WORD.test(m[1]!)) return undefined;
    return `transitions ${m[3]}, ${m[1]!.trim()}`;
  });
  out = rewrite(out, THEN_ONE, (m) => `, the ${m[1]} transition ${m[2]}`);
  return rewrite(out, ZH_OTHERS, () => '其他转场');
}
