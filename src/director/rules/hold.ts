import type { Draft } from '../../model/index.js';
import { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import { takePositions } from '../values.js';
import type { Family } from './types.js';

/**
 * "don't change anything yet, I'm still thinking", "hold on", "先别动，我再想想": the person is not ready to
 * ask for anything. The words are taken before the other families read them ("still" is no static
 * camera, "别动" no "no motion"), so they ask for nothing, and the reply waits kindly.
 */
const HOLD = new RegExp(
  [
    "\\b(?:please\\s+)?(?:don'?t|do\\s+not|dont)\\s+(?:change|touch|edit|do|move)\\s+(?:anything|a\\s+thing|stuff|it|that)(?:\\s+(?:just\\s+)?(?:yet|for\\s+now|right\\s+now|at\\s+the\\s+moment|for\\s+a\\s+(?:bit|sec|moment)))?\\b",
    '\\b(?:leave|keep)\\s+(?:it|everything|things)\\s+(?:as\\s+(?:it\\s+)?is|alone|like\\s+(?:this|that)|the\\s+way\\s+it\\s+is)\\s+for\\s+now\\b',
    '\\b(?:hold|hang)\\s+on(?:\\s+a\\s+(?:sec(?:ond)?|minute|moment|bit))?\\b',
    '\\bgive\\s+me\\s+a\\s+(?:sec(?:ond)?|minute|moment|bit)\\b',
    '\\bwait\\s+a\\s+(?:sec(?:ond)?|minute|moment|bit)\\b',
    '\\bnot\\s+(?:yet|just\\s+yet|right\\s+now)\\b',
    '\\blet\\s+me\\s+(?:think|decide|sleep\\s+on\\s+it|mull\\s+it\\s+over)(?:\\s+(?:about\\s+it|a\\s+bit|for\\s+a\\s+(?:bit|sec|second|moment|minute)|it\\s+over))?\\b',
    "\\b(?:i'?m|i\\s+am)\\s+(?:still\\s+)?(?:thinking|deciding|undecided|not\\s+sure(?:\\s+yet)?)(?:\\s+(?:about\\s+it|it\\s+over))?\\b",
    '\\bstill\\s+thinking(?:\\s+about\\s+it)?\\b',
    "\\bi'?ll\\s+(?:think\\s+about\\s+it|get\\s+back\\s+to\\s+you|let\\s+you\\s+know|decide\\s+later)\\b",
    '^\\s*(?:wait|hmm+|um+)\\s*[.!…]*\\s*$',
    // "先别改竖屏": not yet, whatever it would have been.
    '先(?:别|不要|不用|不|暂时别|暂时不)(?:动|改|弄|碰|变|剪|换)(?:成|到)?(?:竖屏|竖版|横屏|横版|方形|正方形|比例|格式|尺寸|顺序|音乐|转场|滤镜|标题|字幕|时长)?(?:了|它|吧)*',
    '暂时(?:别|不要|不)(?:动|改|弄|换)(?:成|到)?(?:竖屏|竖版|横屏|横版|方形|正方形|比例|格式|尺寸|顺序|音乐|转场|滤镜|标题|字幕|时长)?(?:了|它|吧)*',
    '先(?:这样|放着|搁着|等等|等一下)(?:吧)?',
    '等(?:一下|一会儿?|等|下)(?:吧)?',
    '(?:我|让我|容我)(?:再)?(?:想想|想一想|想一下|考虑(?:一下|考虑)?|琢磨(?:一下)?)(?:吧)?',
    '还没想好|还在想|我再看看',
  ].join('|'),
);

/**
 * "leave the middle one alone", "don't touch photo 2", "keep the last photo as it is", "中间那张不动": a photo
 * kept out of the rest of the message. The words are taken, so no other instruction reaches that photo.
 */
const PHOTO_REF =
  '(?:the\\s+)?(?:(?:first|second|third|fourth|fifth|last|final|middle|centre|center|other|\\d{1,2}(?:st|nd|rd|th))\\s+)?(?:photos?|pictures?|pics?|images?|shots?|slides?|ones?)(?:\\s+\\d{1,2})?';
const KEEP_PHOTO = new RegExp(
  [
    `\\b(?:leave|keep)\\s+${PHOTO_REF}\\s+(?:alone|as\\s+(?:it|they)\\s+(?:is|are|was|were)|as\\s+is|unchanged|untouched|the\\s+same|the\\s+way\\s+(?:it|they)\\s+(?:is|are))\\b`,
    `\\b(?:don'?t|do\\s+not|dont|never)\\s+(?:touch|change|edit|mess\\s+with)\\s+${PHOTO_REF}\\b`,
    `\\b${PHOTO_REF}\\s+(?:stays?|remains?|can\\s+stay)\\s+(?:as\\s+(?:it\\s+)?is|unchanged|untouched|the\\s+same|alone)\\b`,
    '(?:中间|第\\d+|最后一|第一|其他|其余|剩下)(?:的)?(?:那|这)?(?:一)?(?:张|几张)?(?:照片|图片|相片|图)?(?:就|都)?(?:不变|保持不变|保持原样|不用改|别改|不要改|不要管|别管)',
  ].join('|'),
);

/** The photos a message keeps out of its edits ("…, but leave photo 2 alone"), by index. */
export function keptPhotos(text: string, draft: Draft): number[] {
  const kept = new Set<number>();
  for (const match of matchesOf(text, new RegExp(KEEP_PHOTO.source, 'g'))) {
    const said = match[0];
    const probe = new Clause({ text: said, map: [...said].map((_, i) => i).concat(said.length) }, said, []);
    for (const position of takePositions(probe, draft, true))
      if (position.index >= 0 && position.index < draft.video.length) kept.add(position.index);
  }
  return kept.size < draft.video.length ? [...kept] : [];
}

/** Whether a message, as the rules read it, only asks to wait. */
export function holdsOn(text: string): boolean {
  return new RegExp(HOLD.source).test(text);
}

export const hold: Family = (clause, _ctx, out) => {
  clause.takeAll(new RegExp(HOLD.source, 'g'));
  if (clause.takeAll(new RegExp(KEEP_PHOTO.source, 'g')).length > 0) out.understood = true;
};

addVocabulary(HOLD, KEEP_PHOTO);
