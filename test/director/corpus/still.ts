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
  'last one 4s the rest 2s',
  'wipe into the 3rd pic',
  'title 2x bigger cant read it on phone',
  'title should go away after 2 secs',
  'lower third on pic 1 that says @mika.eats',
  '加个转场音效 嗖的那种',
  'first pic 2s second 3s third 4s',
  '加个标题：海边日落 放在顶部 黄色',
  'make it vertical and put some chill bgm on it and the title should say gym diaries',
  'make a vid from my pics pls',
  'first photo 5 seconds → too much, make it 2',
  // Blind set 20, first scored 191/223.
  'can make it shorter or not',
  '视频太长，一半长就好',
  'can you do the transitions more slowly?',
  'make wipe transition from left to right',
  'fade in from black 1 second at beginning, and fade out 2 second at the end',
  'Kindly apply a slow zoom-out to the final image.',
  'the forest photo, camera go up',
  'less color, more muted',
  'add caption for each photo: Day 1, Day 2, Day 3',
  'write "Sale 50% off" on the top for whole video',
  'style for memorial of my grandfather please',
  'no black border, photo fill full the screen',
  'make vertical, 15 second and music more happy',
  'black white and no transition and title "Memory"',
  'vintage look, slow zoom in on all photo, 20 second',
  'change to wipe transition → make them more quick, 0.5 second',
  'add title "Welcome" → make it bigger, two times',
  'Kindly remove the watermark from the second photograph.',
]);
