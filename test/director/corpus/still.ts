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
  'wipe into the 3rd pic',
  'lower third on pic 1 that says @mika.eats',
  'dog pic first its the hook',
  '加个转场音效 嗖的那种',
  '加个标题：海边日落 放在顶部 黄色',
  'make it vertical and put some chill bgm on it and the title should say gym diaries',
  'make a vid from my pics pls',
  // Blind set 20, first scored 191/223.
  'can make it shorter or not',
  'make wipe transition from left to right',
  'Kindly apply a slow zoom-out to the final image.',
  'the forest photo, camera go up',
  'less color, more muted',
  'add caption for each photo: Day 1, Day 2, Day 3',
  'style for memorial of my grandfather please',
  'no black border, photo fill full the screen',
  '幀率改做24',
  'Please be advised the opening image should be the sunset.',
  'only keep first three photo',
  'the city photo I dont like it',
  '按照拍照的时间排',
  'remove the music → please make it back like before',
  'swap photo 1 and 3 / warm colour → undo 2 time',
  'make it black and white / undo → ah actually keep it',
  '每张照片2秒 → 唔好意思，改返之前嗰個',
  'black white and no transition and title "Memory"',
  '我想要视频是十五秒，还有黑白的，还有音乐',
  'make the second photo 5 second → and the third one also',
  'the first photo make 4 second → make all the others same like the first one',
  'change to wipe transition → make them more quick, 0.5 second',
  'add caption "Day 1" on the first photo → put it more up',
  'third photo pan left → the fourth one also can',
  'Kindly remove the watermark from the second photograph.',
]);
