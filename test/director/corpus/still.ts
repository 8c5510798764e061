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
  'make the first photo 5 seconds → And could you do the same for the last one as well, please?',
  "make the city photo 4 seconds → that one's still too short, give it another second",
  "zoom out on the first photo → Oh, I'm so sorry, I meant the second picture, not the first.",
]);
