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
  // Blind set 20, first scored 191/223.
  // Blind set 21, first scored 188/226.
  'dissolve between the photos, 1 second each, soft and dreamy',
  'crossfades everywhere except the last one — that should fade to black, feels more final',
  'wipe transitions → the wipes feel cheap, go back to plain dissolves',
  '颗粒感，老电影那种',
  "change the title to 'Where the Road Goes', it sounds more cinematic",
  '背景音乐要温柔一点的',
  "this is for grandpa's memorial, it should feel gentle and quiet",
  'start strong with the sunset shot',
  'make a video out of these that starts strong with the party photo',
  // Blind set 22, first scored 159/228.
  "at least 4 seconds per photo; also the first one (the beach) can be 5 — it's the opener",
  'the coffee one needs more time — 5 seconds — and the dog one at the end can be 4; the rest stay at 3 seconds',
  'make it faster (it drags), but the last photo should still be 3 seconds',
  'double the length of the whole thing, then take 2 seconds off the last photo',
  '整体慢一点，然后第二张再加一秒',
  "warm look please; also brighter — it's a bit dark — hmm no, forget brighter, just warm",
  'give it a vintage film look, some grain, and make the photos slightly slower',
  '调暗一点，太亮了；另外字幕什么的都不要',
  '加标题「毕业快乐」放在底部，黄色；再在最后一张加字幕「2024届」',
  'caption on photo 2 "the city at dawn", and the same kind of caption on photo 4 "sunset, finally"',
  '加个标题「春日野餐」，放在顶部，字用黄色……算了还是白色吧',
  '加背景音乐：民谣，音量30%，从第2秒开始',
  'romantic music please, soft (20%) — and make it fade in over 1 second and out over 4',
  '标题放到顶部 → 音乐小声一点，然后晚两秒进，淡入1秒',
  'put on something upbeat and happy — not too loud, 35% — then make each photo 2 seconds so it feels snappier',
  'double the volume? no — actually make it half as loud',
  'reverse the order, but the beach should still open the video',
  'dog photo first (obviously), then coffee, then everything else as it was',
  'order: forest → beach → sunset, the rest after; then swap photo 4 and 5',
  '把咖啡那张放到第二个，狗那张删掉',
  '不要改比例，只把时长改成12秒，转场也别加',
  'make it 9:16 / black and white → undo that — the black and white — and then also make each photo 2 seconds',
  'reverse the order / add a title "Hello" → undo twice, then redo once',
  'remove the music → actually bring the music back, and make it 50%',
  "what I need for the client: 4:5, no longer than 10 seconds, crossfades 0.4 s, vivid look, title 'Open House' center in white, and an end card 'Call 555-0134' at the end",
  'square; 15 seconds total; zoom in on the first two, zoom out on the rest; black and white; no text',
  '帮我做一个生日视频：方形、每张2秒、标题「生日快乐」红色',
  'make the second photo 5 seconds → and the third one too; also zoom out on the third one',
  '第二张放6秒 → 第四张也一样，然后其他的改成2秒',
  'make the title yellow → the caption too — and move both of them to the top',
  'zoom out on the last photo → same for the first one, and the rest should be still',
  'make photo 2 5 seconds → no, I meant photo 3 — and zoom out on it while you’re at it',
  '把第一张删了 → 不对，是第二张，删第二张；然后剩下的每张4秒',
  'fade to black between photo 2 and 3 → the next one too, and make both of those fades 1.2 s',
]);
