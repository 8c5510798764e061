import { type Mapped, rewrite } from './text.js';

/** A length said for every photo: the number and unit an exception with its own number borrows. */
const ALL_LENGTH = String.raw`(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b`;
/** The photo set apart: "the last one", "the first photo", "the city one", "photo 2". */
const SET_APART = String.raw`(the\s+(?:very\s+)?[a-z]+(?:\s+(?:one|photo|picture|pic|shot|image|slide))?|(?:photo|picture|pic|slide)\s+\d+)`;
/** Words joining the photo set apart to its own number: "give that one", "keep it at", "at", "which gets". */
const ITS_OWN = String.raw`\s*,?\s*(?:(?:give|make|keep|leave|have)\s+(?:that(?:\s+one)?|it|this(?:\s+one)?)\s+(?:at\s+|to\s+)?|(?:at|to|with|gets?|is|should\s+be|for|which\s+gets)\s+|:\s*)?`;
const EXCEPT_VALUE = new RegExp(
  String.raw`${ALL_LENGTH}([^,;.!?]*?)\s*,?\s*\b(?:except(?:\s+for)?|apart\s+from|other\s+than|but(?:\s+(?:keep|leave|make|give|have))?)\s+${SET_APART}${ITS_OWN}(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)?(?=\s*(?:$|[,;.!?]|\band\b|\bthen\b))`,
  'g',
);

/**
 * "all photos 3s except the first one 5s", "two seconds a photo except the last one, give that one four",
 * "every photo 4 seconds but keep the city one at 3": the exception has a length of its own, so it is
 * said after the rule for all ("all photos 3s, the first one 5s"), and the later edit wins for that photo.
 */
export function exceptionWithValue(source: Mapped): Mapped {
  return rewrite(source, EXCEPT_VALUE, (m) => {
    const [, value, unit, rest, photo, own, ownUnit] = m;
    return `${value} ${unit}${rest}, ${photo} ${own} ${ownUnit ?? unit}`;
  });
}
