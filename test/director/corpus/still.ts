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
  '把音乐换成《第一支舞》，淡出4秒，音量70%',
  'school sports day highlight reel, square, 20 seconds',
  'add a caption "Arrived in Kyoto" on the third photo → put it at the top',
  'use a circle transition between the first two photos → and the same between the last two',
  'pan left on the first photo → do that on the others as well',
]);
