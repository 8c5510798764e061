/**
 * Corpus and blind-set messages the director still misreads, kept as to-dos until a fix moves them out
 * (the corpus test checks each still fails). Keyed by the message, after its earlier turns when it has some (`caseKey`).
 */
import type { CorpusCase } from './types.js';

export const caseKey = (item: CorpusCase): string =>
  item.before?.length ? `${item.before.join(' / ')} → ${item.m}` : item.m;

export const stillMisread = new Set<string>([
  // Blind set 10, first scored 141/170.
  '标题「小区运动会」，只显示前4秒',
  '音乐音量调到20% → 算了，还是原来的音量吧',
  '把第一张删掉 → 删错了，恢复一下',
  // Blind set 14, first scored 158/214.
  "the rocket one doesn't fit with the rest, take it out",
  '每张6秒 → 刚才那样改了以后我觉得不太好，还是恢复到原来的样子吧',
  // Blind set 15, first scored 192/215.
  'make the fades twice as long',
  'move the caption to the top, its covering the sand',
  '字幕全部删掉',
  'can you add a J-cut between shot 2 and 3 so the audio leads in',
  '1) reverse the order 2) 2 second fade to black at the end 3) lofi music at 25%',
  'ngl the pace is mid and the colors are dull, fix both',
  'steps: 1. delete the last pic 2. crossfades 1s 3. piano music',
  '1) music 40% 2) fade it out over 5s 3) title at the bottom',
  '① 直式 ② 第一張加字幕「出發」 ③ 音樂 50%',
  '幫我用這些相片做一支影片，要有音樂',
]);
