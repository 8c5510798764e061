/**
 * Corpus and blind-set messages the director still misreads, kept as to-dos until a fix moves them out
 * (the corpus test checks each still fails). Keyed by the message, after its earlier turns when it has some (`caseKey`).
 */
import type { CorpusCase } from './types.js';

export const caseKey = (item: CorpusCase): string =>
  item.before?.length ? `${item.before.join(' / ')} → ${item.m}` : item.m;

export const stillMisread = new Set<string>([
  // Blind set 14, first scored 158/214.
  'make the first photo 5 seconds → And could you do the same for the last one as well, please?',
  "make the city photo 4 seconds → that one's still too short, give it another second",
  "zoom out on the first photo → Oh, I'm so sorry, I meant the second picture, not the first.",
  // Blind set 15, first scored 192/215.
  "if it's over 10 s cut it to 10",
  'if its longer than 12s trim it down to 12, otherwise leave it',
  'match the video length to the song',
  '影片長度跟音樂一樣長',
  'first photo 5 seconds → make the last pic as long as the first one',
  'first photo 4s → now make every photo as long as the first one',
  '第一张5秒 → 第二张跟第一张一样长',
  'make the fades twice as long',
  'tighten the crossfades to 0.3',
  "add a title 'Hi' for 1 second → make the title last as long as the first photo",
  'make it faster → now do the opposite',
  "make it 9:16 and if it's over 10 s cut it to 10",
  'make the first transition a circle → and the last one',
  '城市那张改成4秒 → 再放久一点，加一秒',
]);
