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
  if (!fit && !sync) return;
  out.understood = true;
  out.topic = 'timing';
  const problem = beatSyncProblem(ctx);
  if (problem) {
    out.notes.push(problem);
    return;
  }
  const command: EditCommand = fit ? { type: 'syncToBeats', fitMusic: true } : { type: 'syncToBeats' };
  out.commands.push(command);
};

addVocabulary(SYNC, FIT, 'sync synchronise synchronize beat beats rhythm tempo align snap');
