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
  // Blind set 13, first scored 178/215.
  'make the last photo 6 seconds → hmm too long, make that one 4',
  'social style, fast and punchy',
  "make every photo static / zoom transitions → no I don't want zoom transitions, I want the photos themselves to zoom",
  '第二张改成5秒 → 不对，是第三张',
  'move the dog to the front → and the rocket right after it',
]);
