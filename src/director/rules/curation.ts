import { t } from '../../messages/index.js';
import { phrase } from '../../messages/phrase.js';
import type { Draft, EditCommand, MediaRef } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import type { Lang } from '../types.js';
import { segmentBySubject } from '../values.js';
import { type Family, note } from './types.js';

/**
 * Curation: drop the photos analysis flagged (near-duplicates, blurred), and say which were dropped and
 * why. The flags live on each photo's MediaRef; what was dropped is kept in `draft.meta.curation`.
 */
const VERB =
  '(?:remove|delete|drop|get\\s+rid\\s+of|take\\s+out|lose|cut|leave\\s+out|skip|ditch|filter\\s+out)';
const DUPES = new RegExp(
  `\\b${VERB}\\s+(?:the\\s+|any\\s+|all\\s+(?:the\\s+)?)?(?:near[\\s-]?)?(?:duplicates?|duplicated\\s+(?:photos|ones|pictures)|duplicates+(?:one|photo|picture|shot)|dupes?|repeats?|cop(?:y|ies)|similar\\s+(?:photos|ones|pictures|shots)|same\\s+(?:photos|ones))\\b|(?:去掉|删掉|删除|去除|移除|拿掉|删了|删)(?:那些|那张|这张|那几张)?重复的?(?:那|这)?(?:些|张)?(?:照片|图片)?|去重|重复的?(?:那|这)?(?:些|张|几张|一张)?(?:照片|图片)?(?:都|也)?(?:去掉|删掉|删除|删了|拿掉|不要了?)`,
);
const BLURRY = new RegExp(
  `\\b${VERB}\\s+(?:the\\s+|any\\s+|all\\s+(?:the\\s+)?)?(?:blurry|blurred|out[\\s-]of[\\s-]focus|shaky|fuzzy|unsharp)(?:\\s+(?:ones|photos|pictures|shots|images))?\\b|(?:去掉|删掉|删除|去除|移除|拿掉|删了|删)(?:那些|那张|这张|那几张)?模糊的?(?:那|这)?(?:些|张)?(?:照片|图片)?|模糊的(?:那|这)?(?:些|张)?(?:照片|图片)?(?:都|也)?(?:去掉|删掉|删除|删了|拿掉|不要了?)`,
);
const FLAGGED = new RegExp(
  `\\b${VERB}\\s+(?:the\\s+)?(?:flagged|bad|weak)\\s+(?:ones|photos|pictures|shots)\\b`,
);
const ZH_BOTH =
  /(?:把|将)?(?:去掉|删掉|删除|去除|拿掉)?(?:模糊|重复)的?(?:那张|那些|照片|图片)?(?:和|跟|与|还有|以及)(?:模糊|重复)的?(?:那张|那些|照片|图片)?(?:都|也)?(?:去掉|删掉|删除|去除|删了|拿掉|不要了?)?/;
const REMOVING = new RegExp(`\\b${VERB}\\b`);
/**
 * "那张糊掉的删了吧", "the out of focus shot can go, delete it", "重复的那张不要了": a photo named by its flaw
 * anywhere in a clause that removes something — never a blurred background or a blur transition, and never
 * when the clause names the photo by its place.
 */
const BLUR_WORD =
  /\b(?:blurry|blurred|out[\s-]of[\s-]focus|fuzzy|unsharp|not\s+sharp|soft[\s-]focus)\b(?!\s+(?:background|backdrop|border|edges?|bars?|fill|transitions?|effect|look|filter))(?:\s+(?:one|ones|photos?|pictures?|pics?|shots?|images?))?|(?:那|这)?(?:一)?(?:张|些|几张)?(?:拍)?(?:糊|模糊|虚焦|失焦|不清楚|不清晰|不够清晰)(?:掉|了)?(?:的)?(?!背景|转场|效果|滤镜|边|过渡)(?:那|这)?(?:一)?(?:张|些|几张)?(?:照片|图片|相片)?/;
const DUPE_WORD =
  /\b(?:(?:near[\s-]?)?duplicate[sd]?|dupes?|repeated)\b(?:\s+(?:one|ones|photos?|pictures?|pics?|shots?|images?))?|(?:那|这)?(?:一)?(?:张|些|几张)?(?:重复|一模一样|雷同)(?:了)?(?:的)?(?:那|这)?(?:一)?(?:张|些|几张)?(?:照片|图片|相片)?/;
const REMOVING_ANY = new RegExp(
  `\\b${VERB}\\b|\\bcan\\s+go\\b|去掉|删掉|删除|去除|移除|拿掉|删了|删|不要了?|丢掉|扔掉`,
);
/** "remove the blurry background", "不要模糊的背景": a blur that is no photo's flaw. */
const BLUR_NOT_PHOTO =
  /(?:\bblurr?y|\bblurred|模糊|糊)(?:的)?\s*(?:background|backdrop|border|edges?|bars?|fill|transitions?|effect|look|filter|背景|转场|效果|滤镜|边|过渡)/;
/** A photo named by its place ("the second", "第三张", "photo 2"): then the flaw describes that one. */
const PLACE_NAMED = /\b(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)?)\b|第|最后/;
const DUPE_ALONE =
  /^\s*(?:and\s+)?(?:also\s+)?(?:the\s+|any\s+)?(?:near[\s-]?)?(?:duplicates?|duplicated\s+(?:one|photo)|dupes?|cop(?:y|ies)|repeats?)(?:\s+(?:one|ones|photos?|pictures?|shots?))?\s*(?:too|as\s+well)?\s*$/;
const BLURRY_ALONE =
  /^\s*(?:and\s+)?(?:also\s+)?(?:the\s+|any\s+)?(?:blurry|blurred|out[\s-]of[\s-]focus|fuzzy)(?:\s+(?:one|ones|photos?|pictures?|shots?))?\s*(?:too|as\s+well)?\s*$/;
/**
 * Flaws described rather than named as what to remove: "there's a blurry one in there", "one of them is out
 * of focus", "I put the same beach pic in twice by accident", "有一张重复了". A removal of "those", "them" or
 * "it" in the same message ("can you get rid of those") removes the photos analysis flagged for them.
 */
const BLUR_SAID =
  /\b(?:blurry|blurred|out[\s-]of[\s-]focus|fuzzy|unsharp|not\s+(?:sharp|in\s+focus)|soft[\s-]focus)\b|糊|模糊|虚焦|失焦|不清楚|不清晰/;
const DUPE_SAID =
  /\b(?:(?:near[\s-]?)?duplicates?|duplicated|dupes?)\b|\b(?:double|copy|second\s+copy)\s+of\s+(?:the|that|this|my)\b|\b(?:same|identical)\s+(?:[a-z]+\s+){0,2}?(?:photo|picture|pic|image|shot|one)\b[^.!?]*?\btwice\b|\b(?:twice|two\s+times)\s+by\s+(?:accident|mistake)\b|\b(?:in(?:\s+there)?|uploaded|added|included)\s+twice\b|\b(?:one|photo|picture|pic|shot|image)\s+twice\b|\btwo\s+of\s+the\s+same\b|\b(?:two|2|several)\s+(?:copies|versions)\s+of\b|重复|一模一样|传了两次|放了两次|两张一样/;
const THOSE =
  /\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|toss|bin|cut|take\s+out|kill|axe)\s+(?:both\s+of\s+)?(?:those|them|these|both|it|that|the\s+two|the\s+(?:extra|spare|second|other)\s+(?:one|copy|pic|photo|picture))(?:\s+(?:both|two|ones?|too))?\b|\btake\s+(?:those|them|it|these|both)(?:\s+(?:two|2|both))?\s+out\b|\bclean\s+(?:that|it|them|those|this)\s+up\b|\bclean\s+up\s+(?:that|those|them|the\s+mess)\b|\b(?:those|they|it)\s+(?:can|should)\s+go\b|(?:把)?(?:它们|它|这两张|那两张|这些|那些)(?:都)?(?:删掉|删了|去掉|拿掉|删除|不要了?)|(?:删掉|删除|去掉|拿掉)(?:它们|它|这两张|那两张|这些|那些)/;

/** Whether a message names one of the draft's photos by what it shows or its file name ("the beach pic"). */
function namesPhoto(message: string, draft: Draft): boolean {
  return (
    (message
      .match(/[a-z][a-z0-9_-]{2,}|[\u4e00-\u9fff]{1,4}/g)
      ?.some((word) => segmentBySubject(draft, word) !== undefined) ??
      false) ||
    [...matchesOf(message, /([\u4e00-\u9fff]{1,4}?)(?:的)?(?:那|这)(?:一)?张/g)].some(
      (match) => segmentBySubject(draft, match[1]!) !== undefined,
    )
  );
}

/** Whether a clause only describes a flaw of some photo ("there's a blurry one in there"). */
export function describesFlaw(text: string): boolean {
  return (
    (DUPE_SAID.test(text) || (BLUR_SAID.test(text) && !BLUR_NOT_PHOTO.test(text))) && !REMOVING_ANY.test(text)
  );
}

export const WHICH_DROPPED =
  /\b(?:which|what)\s+(?:photos?|pictures?|images?|ones|shots)\s+(?:did\s+you|were|have\s+you|got)\s+(?:drop|dropp?ed|remov\w*|delet\w*|cut|left\s+out|leave\s+out|skip\w*)\b|\bwhy\s+(?:did\s+you|were)\b.*\b(?:drop|dropped|remove|removed|left\s+out|leave\s+out)\b|你删了哪些|删了哪些(?:照片|图片)?|去掉了哪些(?:照片|图片)?|哪些(?:照片|图片)(?:被)?(?:删|去掉)|为什么(?:删|去掉)/;

type Flag = NonNullable<MediaRef['flags']>[number];

export interface CurationMeta {
  dropped: { name: string; reason: string }[];
  flagged: { name: string; reason: string }[];
}

export function curationOf(draft: Draft): CurationMeta {
  const meta = (draft.meta.curation ?? {}) as Partial<CurationMeta>;
  return { dropped: [...(meta.dropped ?? [])], flagged: [...(meta.flagged ?? [])] };
}

function reasonFor(media: MediaRef): string {
  const parts: string[] = [];
  if (media.flags?.includes('duplicate'))
    parts.push(media.duplicateOf ? `near-duplicate of ${media.duplicateOf}` : 'near-duplicate');
  if (media.flags?.includes('blurry')) parts.push('blurred');
  return parts.join(', ');
}

export const curation: Family = (clause, ctx, out) => {
  if (clause.take(WHICH_DROPPED)) {
    if (!out.routes.includes('curation')) out.routes.push('curation');
    out.understood = true;
    return;
  }
  const wanted = new Set<Flag>();
  // "把模糊的和重复的去掉", "去掉模糊的那张和重复的那张": both flaws named with one verb.
  if (clause.take(ZH_BOTH)) {
    wanted.add('duplicate');
    wanted.add('blurry');
  }
  // "leave out the blurry one and the duplicate": a flaw after "and" shares the verb before it.
  if (REMOVING.test(clause.message)) {
    if (clause.take(DUPE_ALONE)) wanted.add('duplicate');
    if (clause.take(BLURRY_ALONE)) wanted.add('blurry');
  }
  // "there's a blurry one in there …, can you get rid of those": the flaws the message described.
  // "the beach photo is blurry, delete it": "it" is the photo named, not every blurry one.
  const those = THOSE.exec(clause.text);
  const it = those !== null && /\b(?:it|that)\b|它(?!们)/.test(those[0]);
  if (those && !PLACE_NAMED.test(clause.message) && !(it && namesPhoto(clause.message, ctx.draft))) {
    const said = clause.message;
    if (BLUR_SAID.test(said) && !BLUR_NOT_PHOTO.test(said)) wanted.add('blurry');
    if (DUPE_SAID.test(said)) wanted.add('duplicate');
    if (wanted.size > 0) clause.take(THOSE);
  }
  if (clause.take(DUPES)) wanted.add('duplicate');
  const blurPhoto = !BLUR_NOT_PHOTO.test(clause.text);
  if (blurPhoto && clause.take(BLURRY)) wanted.add('blurry');
  // "the beach photo is blurry, drop it", "海边那张糊了，删掉": the flaw is why the photo named goes (the order
  // family removes it), not a call for every photo analysis flagged.
  if (
    wanted.size === 0 &&
    REMOVING_ANY.test(clause.text) &&
    !PLACE_NAMED.test(clause.text) &&
    !namesPhoto(clause.text, ctx.draft)
  ) {
    if (blurPhoto && clause.take(BLUR_WORD)) wanted.add('blurry');
    if (clause.take(DUPE_WORD)) wanted.add('duplicate');
    if (wanted.size > 0) clause.take(REMOVING_ANY);
  }
  if (clause.take(FLAGGED)) {
    wanted.add('duplicate');
    wanted.add('blurry');
  }
  if (wanted.size === 0) return;
  out.understood = true;
  out.topic = 'order';
  const video = ctx.draft.video;
  const hits = video
    .map((segment, index) => ({ segment, index }))
    .filter(({ segment }) => segment.media.flags?.some((flag) => wanted.has(flag)));
  if (hits.length === 0) {
    const analysed = video.some((segment) => segment.media.focus || segment.media.faces);
    const what = phrase(
      wanted.size === 2
        ? 'note.curation.both'
        : wanted.has('duplicate')
          ? 'note.curation.duplicate'
          : 'note.curation.blurry',
    );
    out.notes.push(
      analysed ? note('note.curation.noneFound', { what }) : note('note.curation.notAnalysed', { what }),
    );
    return;
  }
  if (hits.length >= video.length) {
    out.notes.push(note('note.curation.allFlagged'));
    return;
  }
  const meta = curationOf(ctx.draft);
  const commands: EditCommand[] = [...hits]
    .reverse()
    .map(({ index }) => ({ type: 'removeSegment', index }) as EditCommand);
  for (const { segment } of hits)
    meta.dropped.push({ name: segment.media.name ?? segment.media.uri, reason: reasonFor(segment.media) });
  commands.push({ type: 'setMeta', key: 'curation', value: meta });
  out.commands.push(...commands);
};

/** The answer to "which photos did you drop and why", from `draft.meta.curation` and the flags still in the draft. */
export function curationReply(draft: Draft, lang: Lang): string {
  const { dropped } = curationOf(draft);
  const kept = draft.video.filter((segment) => segment.media.flags?.length);
  const separator = lang === 'zh' ? '、' : '; ';
  const named = (name: string, reason: string) =>
    lang === 'zh' ? `${name}（${sayReason(reason, lang)}）` : `${name} (${sayReason(reason, lang)})`;
  const parts: string[] = [];
  if (dropped.length === 0) parts.push(t(lang, 'director.curation.none'));
  else
    parts.push(
      t(lang, 'director.curation.dropped', {
        n: dropped.length,
        list: dropped.map((d) => named(d.name, d.reason)).join(separator),
      }),
    );
  if (kept.length > 0)
    parts.push(
      t(lang, 'director.curation.flagged', {
        n: kept.length,
        list: kept.map((s) => named(s.media.name ?? s.media.uri, reasonFor(s.media))).join(separator),
      }),
    );
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** A stored reason ("near-duplicate of a.jpg, blurred": data in the draft) said in the reader's language. */
function sayReason(reason: string, lang: Lang): string {
  return reason
    .split(', ')
    .map((part) => {
      const of = /^near-duplicate of (.+)$/.exec(part);
      if (of) return t(lang, 'director.curation.duplicateOf', { name: of[1]! });
      if (part === 'near-duplicate') return t(lang, 'director.curation.duplicate');
      if (part === 'blurred') return t(lang, 'director.curation.blurred');
      return part;
    })
    .join(lang === 'zh' ? '，' : ', ');
}

addVocabulary(DUPES, BLURRY, FLAGGED, WHICH_DROPPED, 'duplicates duplicate dupes blurry blurred flagged');
