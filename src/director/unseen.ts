import type { Draft, EditCommand, MediaRef } from '../model/index.js';
import { SUBJECTS } from './subjects.js';
import { matchesOf } from './text.js';
import { mediaBySubject, mediaName } from './values.js';

/**
 * A photo named by what it shows ("the cat photo", "猫那张", "the one with the dog") when no file name says
 * it: Joy sees file names, not pictures, so it asks which photo is meant instead of guessing.
 */

const SUBJECT_EN = new Set(SUBJECTS.flatMap((group) => group.en));
const SUBJECT_ZH = SUBJECTS.flatMap((group) => group.zh).sort((a, b) => b.length - a.length);
const ZH_SUBJECT = SUBJECT_ZH.join('|');

const NOUN = '(?:photo|picture|pic|image|shot|snap|one)s?';
/** "the last photo is the group shot": what a photo shows, said of a photo named already, names none. */
const SAID_OF = "(?<!\\b(?:is|are|was|were|be|been|as|it's|that's)\\s+)";
/** "the cat photo", "the kitten pic", "the photo of the cat", "the one with a dog in it". */
const EN_NAMED = [
  new RegExp(`${SAID_OF}\\b(?:the|that|this|my|our)\\s+([a-z]{3,})\\s+${NOUN}\\b`, 'g'),
  new RegExp(
    `${SAID_OF}\\b(?:the|that|this)\\s+${NOUN}\\s+(?:of|with|showing|that\\s+shows|where\\s+you\\s+can\\s+see)\\s+(?:the\\s+|a\\s+|an\\s+|my\\s+|our\\s+)?([a-z]{3,})\\b`,
    'g',
  ),
  // "move the cat to the end", "delete the cat", "the cat should come first": the bare word, in an order,
  // move or remove request (only a word of the photo vocabulary counts here).
  new RegExp(
    `${SAID_OF}\\b(?:move|put|place|bring|shift|delete|remove|drop|cut|lose|ditch|swap|take\\s+out|get\\s+rid\\s+of|start\\s+with|end\\s+with|open\\s+with|close\\s+with)\\s+(?:the|that|this|my|our)\\s+([a-z]{3,})\\b(?!\\s+${NOUN}\\b)`,
    'g',
  ),
  new RegExp(
    `${SAID_OF}\\b(?:the|that|this|my|our)\\s+([a-z]{3,})\\s+(?:(?:should|must|needs\\s+to|has\\s+to|can|could|will|to)\\s+)?(?:come|comes|go|goes|be|appear|appears|show|shows)\\s+(?:up\\s+)?(?:first|last|at\\b|to\\b|before|after|earlier|later|next)`,
    'g',
  ),
];
/** "猫那张", "猫的照片", "有猫的那张", "小狗那幅图". */
const ZH_NAMED = new RegExp(
  `(?<!是|为|作为)(?:有)?(${ZH_SUBJECT})(?:的)?(?:那|这)(?:一)?(?:张|幅)|(?:有)?(${ZH_SUBJECT})的(?:照片|图片|相片|图)|有(${ZH_SUBJECT})的(?:那|这)?(?:一)?(?:张|幅)`,
  'g',
);
/** "把猫放到最后", "删掉小猫", "猫要放在第一个": the bare word, in an order, move or remove request. */
const ZH_BARE = new RegExp(
  `(?:把|将)(${ZH_SUBJECT})(?=放|移|挪|排|调|提|换|删|去掉|拿掉)|(?:删掉|删除|去掉|拿掉|不要)(${ZH_SUBJECT})(?=$|[\\s，,。！!吧了])|^(${ZH_SUBJECT})(?=(?:要|应该|得|就)?(?:放|排)(?:在|到)?(?:最前|最后|第|开头|结尾|前面|后面))`,
  'g',
);
/** Words before "photo" that say which one by place, state or kind, never by what it shows. */
const NOT_CONTENT =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|previous|other|same|whole|new|old|oldest|newest|latest|earliest|current|only|main|cover|opening|closing|ending|blurry|blurred|dark|bright|vertical|horizontal|portrait|landscape|square|wide|tall|duplicate|best|worst|favourite|favorite|good|bad|nice|second-to-last|penultimate|middle|selected|entire|every|each|single|remaining|rest|following|above|below|above|uploaded|added|black|white|colour|color|title|text|caption|end|intro|outro|one|ones|this|that|these|those|which|what|any|some|more|less|few|many|all|video|slideshow|movie|clip|music|song|transition|look|filter|style|zoom|motion|static|still|moving|short|long|longer|shorter|faster|slower|bigger|smaller|big|small|large|little|other|another|whole|real|actual|original|edited|later|earlier|former|latter)$/;

/** "妈妈那张", "生日那张照片": any word before 那张, when nothing else in the clause was understood. */
const ZH_ANY = /(?<!是|为)([\u4e00-\u9fff]{1,6}?)(?:的)?(?:那|这)(?:一)?(?:张|幅)/g;
/** Words a Chinese request opens with, before the photo it names ("开头用派对那张": where, then with which). */
const ZH_LEAD =
  /^(?:请|帮我|麻烦|把|将|给|让|删掉|删除|去掉|移动|移到|挪|放|还有|然后|再|开头|开场|一开始|片头|结尾|片尾|用|以|先)+/;
/** Words that place a photo or point at it, never what it shows. */
const ZH_PLACE =
  /第|最|前|后|上|下|左|右|这|那|哪|每|其他|其余|剩下|所有|全部|同|刚|中间|之|张|个|一|两|几|别|另/;

/**
 * What the clause names a photo by that no photo's or upload's file name says, or undefined. `loose` (nothing else in
 * the clause was understood) counts any word in the place of what a photo shows, not only the known ones.
 */
export function unseenSubject(
  source: string,
  draft: Draft,
  uploads: readonly MediaRef[],
  loose = false,
): string | undefined {
  if (draft.video.length === 0) return undefined;
  // "put the sunset photo first" may bring in an upload not in the video yet.
  const known = [...draft.video.map((segment) => segment.media), ...uploads].filter(
    (media, at, all) => all.findIndex((other) => other.uri === media.uri) === at,
  );
  const missing = (word: string) => mediaBySubject(known, word) === undefined;
  for (const re of EN_NAMED) {
    for (const match of matchesOf(source, re)) {
      const word = match[1]!;
      if (NOT_CONTENT.test(word) || /^\d/.test(word)) continue;
      // A word of the photo vocabulary for sure; another only when nothing else was read in the clause.
      const bare = re !== EN_NAMED[0] && re !== EN_NAMED[1];
      if ((SUBJECT_EN.has(word) || (!bare && loose && !/(?:ed|ing|ly|est)$/.test(word))) && missing(word))
        return word;
    }
  }
  for (const match of matchesOf(source, ZH_NAMED)) {
    const word = match[1] ?? match[2] ?? match[3]!;
    if (missing(word)) return word;
  }
  for (const match of matchesOf(source, ZH_BARE)) {
    const word = match[1] ?? match[2] ?? match[3]!;
    if (missing(word)) return word;
  }
  if (!loose) return undefined;
  for (const match of matchesOf(source, ZH_ANY)) {
    const word = match[1]!.replace(ZH_LEAD, '');
    if (word && !ZH_PLACE.test(word) && missing(word)) return word;
  }
  return undefined;
}

/** Edits that change the whole video: a photo named beside them does not change where they go. */
const WHOLE_VIDEO = new Set<EditCommand['type']>([
  'setLook',
  'setMusic',
  'setMusicVolume',
  'setMusicFade',
  'removeMusic',
  'setLoudness',
  'setAspect',
  'setCanvas',
  'applyPreset',
  'applyStyle',
]);

/** Whether the clause's reading would put its edits somewhere the unseen photo was meant to decide. */
export function needsThePhoto(commands: readonly EditCommand[]): boolean {
  return commands.length === 0 || commands.some((command) => !WHOLE_VIDEO.has(command.type));
}

/** The photos' names, for the question: a few, then "…". */
export function photoNames(draft: Draft, lang: 'en' | 'zh'): string {
  const names = draft.video.map((segment) => mediaName(segment.media));
  const shown = names.slice(0, 6);
  return shown.join(lang === 'zh' ? '、' : ', ') + (names.length > shown.length ? '…' : '');
}
