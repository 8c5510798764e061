import { type Mapped, rewrite } from './text.js';

/**
 * "4 seconds per photo; also the first one can be 5", "the coffee one 5 seconds — and the dog one can be
 * 4", "每张4秒，第一张可以5": once a length in seconds is said, a bare number said of one photo later in the
 * message is that photo's length in seconds too. Spelled out with its unit, so the clause reads on its own
 * and is never joined to the length before it.
 */
const BARE_LENGTHS: [RegExp, string][] = [
  [
    /(?<=\d\s*(?:s|secs?|seconds?)\b[\s\S]*?)(\b(?:the|that|this)\s+(?:[a-z]+\s+){1,2}(?:one|photo|picture|pic|image|shot|slide)(?:\s*\([^()]{0,40}\))?(?:\s+(?:at|in)\s+the\s+(?:end|start|beginning|front|back))?\s+(?:(?:can|could|should|will|may|might|must)\s+(?:be|get|last|stay|have)\s+|gets?\s+|is\s+|[:=]\s*)?)(\d+(?:\.\d+)?)(?!\.?\d)(?=\s*(?:[,;.!?—–)]|\s-\s|$|\b(?:and|but|instead|then|please|too|though)\b))/g,
    ' seconds',
  ],
  // "all 2.5s, last one 4", "every photo 3 s, the first pic 5": a photo counted from an end, given a bare number.
  [
    /(?<=\d\s*(?:s|secs?|seconds?)\b[\s\S]*?)(\b(?:the\s+)?(?:first|last|final|second|third|fourth|fifth|opening|closing)\s+(?:one|photo|picture|pic|image|shot|slide)\s+(?:(?:is|at|to|=|gets?)\s+)?)(\d{1,2}(?:\.\d+)?)(?!\.?\d|\s*(?:s\b|secs?\b|seconds?\b|%|x\b))(?=\s*(?:[,;.!]|$))/g,
    ' seconds',
  ],
  // "actually make the first one 4", "set the last photo to 2.5": a photo given a bare number is its seconds.
  [
    /(\b(?:make|set|give|change|have)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d(?:st|nd|rd|th))\s+(?:one|photo|picture|pic|image|shot|slide)\s+(?:to\s+)?)(\d{1,2}(?:\.\d+)?)(?!\.?\d)(?=\s*(?:[,;.!?—–)]|$|\b(?:and|but|instead|then|please|too|though)\b))/g,
    ' seconds',
  ],
  [
    /(?<=\d\s*秒[\s\S]*?)((?:第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片|相片|图)?(?:可以|就|要|改成|改为|也)?\s*)(\d+(?:\.\d+)?)(?!\.?\d)(?=\s*(?:吧|就行|就好|好了)?\s*(?:[，,。；;！!？?]|$))/g,
    '秒',
  ],
];

export function unitForBareLengths(source: Mapped): Mapped {
  let out = source;
  for (const [re, unit] of BARE_LENGTHS) out = rewrite(out, re, (match) => `${match[1]}${match[2]}${unit}`);
  return out;
}
