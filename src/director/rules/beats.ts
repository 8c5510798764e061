import { phrase } from '../../messages/phrase.js';
import type { EditCommand } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { type Family, note, type RuleContext } from './types.js';

/** Beat sync: cuts on the music's beats ("sync to the music", "卡点"), length following the song. */

const MUSIC = '(?:the\\s+)?(?:music|beats?|rhythm|song|tempo|bgm|track|soundtrack)';
const SYNC = new RegExp(
  [
    `\\b(?:sync(?:hroni[sz]e)?|synced|match|time|timed|cut|cuts|edit|align|snap|pace)\\s+(?:it\\s+|them\\s+|(?:the\\s+)?(?:cuts|photos|pictures|transitions|video|slides)\\s+)?(?:to|with|on)\\s+${MUSIC}\\b`,
    `\\bon\\s+the\\s+beats?\\b`,
    `\\bbeat[\\s-]?(?:sync(?:ed)?|matched)\\b`,
    `\\bin\\s+(?:sync|time)\\s+with\\s+${MUSIC}\\b`,
    '卡点',
    '踩点',
    '跟着节奏',
    '跟着节拍',
    '跟着音乐(?:节奏)?(?:切换|剪辑|切)?',
    '对齐节拍',
    '按节拍',
    '合拍',
    '卡节奏',
  ].join('|'),
);
const FIT = new RegExp(
  [
    `\\bas\\s+long\\s+as\\s+${MUSIC}\\b`,
    `\\b(?:the\\s+)?(?:same\\s+)?length\\s+(?:as|of)\\s+${MUSIC}\\b`,
    `\\blength\\s+(?:follows?|matches?|fits?)\\s+${MUSIC}\\b`,
    `\\b(?:match|fit|follow)\\s+(?:the\\s+)?(?:length|duration)\\s+of\\s+${MUSIC}\\b`,
    `\\b(?:match|fit|follow)\\s+(?:the\\s+)?(?:music|song|track)(?:'s)?\\s+(?:length|duration)\\b`,
    '(?:跟|和|与)(?:音乐|歌曲?|配乐|背景音乐)(?:的)?(?:时长|长度)一样',
    `\\b(?:last|run)\\s+(?:for\\s+)?(?:the\\s+)?(?:whole|entire|full)\\s+(?:music|song|track)\\b`,
    '(?:跟|和|与)(?:音乐|歌曲?|配乐|背景音乐)一样长',
    '(?:时长|长度)(?:跟随|跟着|匹配|等于)(?:音乐|歌曲?|配乐|背景音乐)',
  ].join('|'),
);

/**
 * "change photos every 4 beats", "a new photo on every other beat", "2 beats per photo", "每四拍换一张",
 * "一拍一张": the cuts on every Nth beat of the music.
 */
const EVERY_NTH =
  /\b(?:every|each|per)\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+|(other|second|third|fourth|fifth|sixth|eighth|single)\s+)?beats?\b|\b(\d{1,2})\s+beats?\s+(?:per|a|each|for\s+each|for\s+every)\s+(?:photo|picture|image|pic|shot|slide|one)\b|\b(\d{1,2})\s+beats?\s+(?:each|apiece)\b|每(?:隔)?([一二两三四五六八\d]{1,2})?个?拍|([一二两三四五六八\d]{1,2})个?拍(?:[一1]张|换[一1]张|切[一1]张|一换|一切)/;
const NTH: Record<string, number> = {
  other: 2,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  eighth: 8,
  single: 1,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  八: 8,
};
/** The words around "every 4 beats" that say the photos change there. */
const CHANGE_ON =
  /\b(?:change|switch|swap|flip|cut|move\s+on|new)\b(?:\s+(?:the\s+)?(?:photos?|pictures?|images?|pics?|slides?|shots?))?(?:\s+(?:on|at))?|(?:换|切|切换)(?:一张|一次|照片|图片)?/;

function takeEveryNth(clause: Parameters<Family>[0]): number | undefined {
  const match = clause.take(EVERY_NTH);
  if (!match) return undefined;
  const said = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6];
  const n = said === undefined ? 1 : (NTH[said] ?? Number.parseInt(said, 10));
  if (!Number.isInteger(n) || n < 1 || n > 64) return undefined;
  clause.take(CHANGE_ON);
  return n;
}

/** Why the cuts cannot follow the music, or undefined when they can. */
export function beatSyncProblem(ctx: RuleContext): ReturnType<typeof note> | undefined {
  if (ctx.draft.video.length === 0) return note('note.beats.noPhotos');
  const music = ctx.draft.audio[0];
  if (!music) return note('note.beats.noMusic');
  if (!music.media.beatsMs || music.media.beatsMs.length < 2)
    return note('note.beats.noBeatData', { name: music.media.name ?? phrase('note.theMusic') });
  return undefined;
}

export const beats: Family = (clause, ctx, out) => {
  const fit = clause.take(FIT);
  const sync = clause.take(SYNC);
  const per = takeEveryNth(clause);
  if (!fit && !sync && per === undefined) return;
  out.understood = true;
  out.topic = 'timing';
  const problem = beatSyncProblem(ctx);
  if (problem) {
    out.notes.push(problem);
    return;
  }
  const command: EditCommand = {
    type: 'syncToBeats',
    ...(fit ? { fitMusic: true } : {}),
    ...(per !== undefined ? { beatsPerPhoto: per } : {}),
  };
  out.commands.push(command);
};

addVocabulary(SYNC, FIT, 'sync synchronise synchronize beat beats rhythm tempo align snap');
