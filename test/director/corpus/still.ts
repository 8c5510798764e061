/**
 * Corpus and blind-set messages the director still misreads, kept as to-dos until a fix moves them out
 * (the corpus test checks each still fails). Keyed by the message, after its earlier turns when it has some (`caseKey`).
 */
import type { CorpusCase } from './types.js';

export const caseKey = (item: CorpusCase): string =>
  item.before?.length ? `${item.before.join(' / ')} → ${item.m}` : item.m;

export const stillMisread = new Set<string>([
  // Blind set 15, first scored 192/215.
  'make the fades twice as long',
  // Blind set 16, first scored 180/213.
  // Blind set 17, first scored 183/223.
  // Blind set 18, first scored 235/237.
  // Blind set 19, first scored 215/227.
  'dog pic first its the hook',
  // Blind set 20, first scored 191/223.
  'can make it shorter or not',
  '幀率改做24',
  'Please be advised the opening image should be the sunset.',
  'only keep first three photo',
  'the city photo I dont like it',
  '按照拍照的时间排',
  'remove the music → please make it back like before',
  'swap photo 1 and 3 / warm colour → undo 2 time',
  'make it black and white / undo → ah actually keep it',
  '每张照片2秒 → 唔好意思，改返之前嗰個',
  '我想要视频是十五秒，还有黑白的，还有音乐',
  'make the second photo 5 second → and the third one also',
  'the first photo make 4 second → make all the others same like the first one',
  'add caption "Day 1" on the first photo → put it more up',
  'third photo pan left → the fourth one also can',
]);
