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
  'stretch the video to the length of the song',
  'the transition into the last photo should be a slow fade to black, a second long',
  "is the zooming too much for little kids? let's keep them still then",
  'the Bali sunset should drift slowly',
  'would black and white suit a graduation video? let us try it',
  'is there a filter that makes it look like old film? if there is, use it',
  'do you think it needs music? if so add something calm',
  'a piano piece, slow tempo',
  'add Neon Pulse → less drums, something softer',
  'some playful music for the kids',
  '配乐用安静的钢琴曲 → 换一首节奏感强一点的歌',
  '配乐要史诗感的',
  '要不要配乐你看着办，要的话来首欢快的',
  'make it 9:16 → the Bali sunset should be the very last photo',
  '把第一天拍的那张放到最后',
  'can you remove the tourists in the background of the beach photo?',
  '你觉得暖色好还是冷色好？',
  '9:16 / warm / crossfades → undo the last two',
  "title 'Sports Day 2024', warm colours, and some cheerful music",
  '9:16 → landscape, still photos, black and white',
  'make a slideshow, two and a half seconds per photo, with calm piano',
]);
