import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { hasPercent, takePercent } from '../values.js';

/**
 * How strongly a look colours the video, said in words: an amount ("at half strength", "30%", "not too
 * strong", "淡淡的") or a step from where it is ("stronger", "tone it down", "再浓一点", "淡一点").
 */

/** "but not too strong", "别太浓": a light touch (read before "too strong" and "strong" can take part of it). */
const NOT_TOO =
  /\b(?:but\s+)?not\s+(?:too|so|that|overly|very|super)\s+(?:strong|heavy|intense|much|obvious|overpowering|dramatic|extreme)\b|(?:但是?|不过)?(?:别|不要|不用|不太|没那么|不必)(?:太|那么)?(?:浓|重|强|明显|夸张)(?:了)?/;
/** "subtle", "a hint of", "淡淡的": a light touch, whatever the look was before. */
const LIGHT =
  /\b(?:subtle|slight|slightly|light|a\s+little|a\s+bit|touch\s+of|hint\s+of|gentle|mild|soft)\b|淡淡的?|淡雅|轻微|轻度|一点点|稍微|微微/;
/** "at half strength", "一半": half the look. */
const HALF =
  /\bhalf[\s-]+(?:strength|intensity|power|way)\b|\bhalfway\b|\b(?:at|to)\s+half\b|一半|半强度|五成/;
/** "full strength", "强烈": all of it. */
const FULL =
  /\b(?:full|max(?:imum)?|100\s*%)\s+(?:strength|intensity|power)\b|\b(?:strong|heavy|full|intense|very)\b|强烈|浓烈|浓(?![一些点])|(?<![严尊])重(?![新复来做一些点])/;
/** "weaker", "tone it down", "the filter is too strong", "淡一点", "减弱": less than it is now. */
const WEAKER =
  /\b(?:weaker|subtler|gentler|milder|fainter|softer)\b|\bmore\s+subtle\b|\bless\s+(?:strong|intense|heavy|obvious|noticeable|pronounced|visible|dramatic)\b|\blighter\s+(?:look|filter|grade|tint)\b|\b(?:look|filter|grade|grading|tint|effect)\s+(?:a\s+(?:bit|little|touch)\s+)?lighter\b|\b(?:tone|dial|turn|scale|pull|back|ease)\s+(?:(?:it|that|this|the\s+(?:look|filter|grade|grading|effect|tint|colou?r\s+grade))\s+)?(?:down|back|off\s+a\s+(?:bit|little|touch))\b|\b(?:reduce|lower|decrease|soften|lessen)\s+(?:the\s+|its\s+)?(?:strength|intensity|amount|look|filter|effect|grade|grading|tint)\b|\b(?:strength|intensity)\s+down\b|\btoo\s+(?:strong|heavy|intense|much|obvious|overpowering|dramatic|extreme)\b|\bback\s+off\b|(?:往回)?收(?:一点|一些|些|点|着点|一收)|过了(?=\s*[，,。!！]|\s*$)|(?:更|再)?淡(?:一点|一些|些|点)|更淡|轻(?:一点|一些|些|点)|弱(?:一点|一些|些|点)|减弱|减轻|太(?:浓|重|强|明显|夸张)了?|(?:强度|力度|浓度|程度)(?:调|降|减|再)?(?:低|小|弱)(?:一点|一些|些|点)?|降低(?:强度|力度|浓度)/;
/** "stronger", "crank the filter up", "I can barely see it", "再浓一点", "加强": more than it is now. */
const STRONGER =
  /(?:^|\b(?:a\s+(?:bit|little|touch|tad)|even|some|slightly)\s+)\bmore(?=\s*(?:please|pls)?\s*[.!]*\s*$)|\b(?:stronger|heavier|more\s+(?:intense|strong|obvious|noticeable|pronounced|visible|dramatic|of\s+(?:it|the\s+(?:look|filter|effect)))|intensify|amplify)\b|\b(?:crank|turn|dial|bump|pump|ramp|amp)\s+(?:(?:it|that|this|the\s+(?:look|filter|grade|grading|effect|tint))\s+)?up\b|\b(?:increase|raise|boost)\s+(?:the\s+|its\s+)?(?:strength|intensity|amount|look|filter|effect|grade|grading|tint)\b|\b(?:strength|intensity)\s+up\b|\btoo\s+(?:subtle|weak|faint|light|soft)\b|\bnot\s+(?:strong|intense|noticeable|visible|obvious)\s+enough\b|\b(?:barely|hardly|can'?t\s+(?:really\s+)?)\s*(?:see|notice)\s+(?:it|the\s+(?:look|filter|effect))\b|(?:更|再)?浓(?:一点|一些|些|点)|更浓|(?:更|再)?重(?:一点|一些|些|点)|(?:更|再)?强(?:一点|一些|些|点)|更强|加强|加重|增强|更明显|明显(?:一点|一些|些|点)|太淡了?|太弱了?|不够(?:浓|明显|强)|看不(?:太)?出来|(?:强度|力度|浓度|程度)(?:调|加|提|再)?(?:高|大|强)(?:一点|一些|些|点)?|(?:提高|增加|加大)(?:强度|力度|浓度)/;
/** Words that say a number is the look's strength, not something else's ("30%" alone may be the music's). */
const STRENGTH_WORD =
  /\b(?:strength|intensity|look|filter|grade|grading|tint|lut)\b|强度|浓度|力度|滤镜|调色|色调/;

/** Rounded to 5 %, like a slider. */
const round = (value: number) => Math.round(Math.min(1, Math.max(0.05, value)) * 20) / 20;

/** A step down: about half of a full look, then smaller steps, never to nothing. */
export const weaker = (current: number) => round(current - Math.max(0.2, current / 2));
/** A step up, a quarter at a time, to full. */
export const stronger = (current: number) => round(current + 0.25);

/** Whether the clause says anything about how strong the look is (without taking it). */
export function saysStrength(clause: Clause): boolean {
  return (
    [NOT_TOO, LIGHT, HALF, FULL, WEAKER, STRONGER].some((re) => clause.has(re)) ||
    (hasPercent(clause.text) && clause.has(STRENGTH_WORD))
  );
}

/**
 * Takes the strength the clause asks for. `current` is the strength of the look now; `same` whether the
 * clause keeps that look (a step is from `current`), otherwise a step names a light or a full new look.
 * Only a number said with a look word counts unless `anyNumber` ("vintage at 30%").
 */
export function takeStrength(
  clause: Clause,
  current: number,
  same: boolean,
  anyNumber: boolean,
): number | undefined {
  if (anyNumber || clause.has(STRENGTH_WORD)) {
    const percent = takePercent(clause);
    if (percent !== undefined) return Math.min(1, Math.max(0, percent));
  }
  // The negated and comparative forms first: "not too strong" is no "strong", "less intense" no "intense".
  if (clause.take(HALF) || clause.take(NOT_TOO)) return 0.5;
  if (clause.take(WEAKER)) return same ? weaker(current) : 0.5;
  if (clause.take(STRONGER)) return same ? stronger(current) : 1;
  if (clause.take(LIGHT)) return 0.5;
  if (clause.take(FULL)) return 1;
  return undefined;
}

addVocabulary(NOT_TOO, LIGHT, HALF, FULL, WEAKER, STRONGER, STRENGTH_WORD);
