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
  // Blind set 22, first scored 159/228.
  'reverse the order, but the beach should still open the video',
  'dog photo first (obviously), then coffee, then everything else as it was',
  // Blind set 23, first scored 145/150.
  "keep the photos still, it's a product, no zooming",
  'can you make the song play faster, like speed up the tempo',
  // Blind set 24, first scored 157/161 (158/161 after the writer's own error was corrected).
  // Blind set 25, first scored 145/161.
  'more cinematic please',
  // Blind set 26, first scored 130/159 (131/159 after the writer's own error was corrected).
  // Blind set 27, first scored 151/155.
  // Blind set 28, first scored 156/159.
  // Blind set 29, first scored 149/156 (150/156 after the writer's own error was corrected). The writer read
  // docs' ×3/4 step of lengths as the transitions' too; a transition's step is ×0.6 (docs now say so).
  'the fades are too long make them quicker',
  // Blind set 30, first scored 136/153. Blind set 31, first scored 157/163.
  // Blind set 32, first scored 144/158: a sequence of moves over the photos ("first zoom in, then out").
  // Blind set 33, first scored 147/156: a remedy that says how much after a complaint that already stepped.
  'It all goes by a bit too quickly for me. Could you slow it down slightly?',
  // Blind set 34, first scored 146/152: "the one you just added" when another text has the same role.
  'add another caption "Day two" on the third photo → move the one you just added to the top',
  // Blind set 35, first scored 147/158. Blind set 36, first scored 144/158: a photo named by what it shows
  // where the file name does not say it (chelsea.jpg is a cat; Joy reads names, not pictures).
  '猫那张停五秒',
  // Blind sets 37–40 (first 123/160, 140/158, 150/156, 152/159): all fixed. Blind set 41, first scored 136/158:
  // a mood given as a likeness beside a level ("something gentle, like a lullaby, not too loud — 30%"), an occasion
  // word that names a style (百天), words counted before where they go (毕业快乐四个字放在开头), a bound said with
  // "but" after the photos got lengths, back to normal colours after a style (its pacing kept), the photos not used
  // yet added, a photo named by what it shows and then by place, a question with a platform's limit beside it.
  'music: something gentle, like a lullaby, not too loud — 30%',
  '百天照做成视频',
  '毕业快乐四个字放在开头，黄色',
  "每张照片6秒 → the ceremony was long but the video shouldn't be, 20 seconds max",
  'make it a birthday video → love it but the colours are too much, go back to the normal colours',
  '把没用上的两张照片也加进去',
  'no zooming on the group photo please, it is the last one',
  'how long is it right now? instagram stories cut off at 60s',
  // Blind set 42, first scored 151/158: a filler set off by commas before a photo's length.
  'Could every slide get, like, two and a half seconds?',
  // Blind sets 43 and 44 (first 134/158 and 145/158): all fixed. Blind set 45, first scored 97/158 (an editor's
  // shorthand): a sequence of moves said as 先推后拉, one colour character read as a text's new words (标题 黄),
  // captions listed with slashes, "+" between two removals, "both" after two separate turns.
  '标题 黄 底部',
  'captions: Day 1 / Day 2 / Day 3',
  'rm blurry + dupes',
  '标题 红 顶部 / 字幕 黄',
  'p1 4s / p2 4s → both 5s',
  // Blind set 46, first scored 121/158 (older people's rambling sentences): "it" as the forest named before a
  // comma with a zoom told as a story, a text named by where it is and what it says, a move taken back with
  // "I mean", a question followed by "I'm only asking", "now that I see it" before a direction.
  'On the picture of the forest, I would like it to start close up on the trees and then slowly pull back so you see the whole wood at the end.',
  "The words in the middle at the beginning, where it says Road Trip — could those say 'Our Trip to the Coast' instead?",
  'Could you put the city picture first — no, sorry, I mean the forest one.',
  "Excuse me, what kinds of changes between pictures can you do? I don't want to change anything yet, I'm only asking.",
  "the city picture should zoom out → Hmm, now that I see it, I'd rather it glided from right to left instead.",
  // Blind set 47, first scored 151/158 (153/158 after the writer's own errors): all fixed. Blind set 48, first
  // scored 146/158 (147/158 after the writer's own error): two photos described by what is wrong with them
  // before one verb, a photo uploaded but not in the video named as the opening one, a question about
  // exporting in 4K followed by a worry, "this colour" of the text edited before.
  '有张重复的 还有张拍虚了 都删掉',
  'sunset pic should open the video',
  '可以导4k的吗 画质会不会糊',
  '字幕改成黄色 → 标题也弄成这个颜色',
  // Blind set 49, first scored 149/158 (150/158 after the writer's own error): a complaint and its remedy as two
  // steps when the remedy is said with "em". Blind set 50, first scored 150/158 (one kind of video per session):
  // a bare length after a photo was moved, "a bit more upbeat" while the style's upbeat song plays.
  'the crossfades feel slow, make em quicker',
  '新品上市！咖啡那张放第一张，停4秒',
  '9:16 / travel vlog style → can the song be a bit more upbeat?',
  // Blind set 51, first scored 147/158 (texts and music in depth): words after "saying" without quotes, new words for
  // the text just added said as 改成“…”, a library song named by its title with a level. Blind set 52, first scored
  // 122/158 (negations, exceptions, limits): exceptions and narrowings of the last edit ("not that one — the other
  // ones", "all of them then", "not the last one though"), a transition named by the photo it leads into, 只要… and
  // 别… in one breath, "don't undo everything, just …", refusals of a kind before the kind asked for.
  'add a caption from 4s to 7s saying we made it',
  '加个标题“生日快乐” → 改成“爷爷八十大寿”',
  'play Horizon, 60 percent',
  'every photo 2 seconds, except the city one — give that 5',
  "don't touch the transitions, just make it 20 seconds",
  'make the first photo 5 seconds → no, not that one — the other ones',
  '转场能不能别拖这么久',
  '除了进城市那张的转场，其他都用黑场',
  'make the first transition a fade to white → the rest too',
  '其余的转场保持不变，只把最后一个改成1秒',
  '只要前两张动，后面的都别动',
  'pan left on every photo → hmm, not the last one though',
  '所有照片都缩小 → 不是全部，只要第一张',
  "don't delete the title, just change its words to 'Coast Drive'",
  '字幕不要放在第二张，挪到第三张上',
  '标题改成红色 → 不要只改标题，字幕也改成红色',
  'add some music, nothing upbeat though — calm piano',
  '加点背景音乐，不要电子的，要钢琴',
  '电影感的风格，但是颜色保持原样',
  'remove the second photo → no wait, not that one — the last one',
  '不是海边那张，是日落那张放最后',
  "black and white / warm look → don't undo everything, just the warm one",
  '每张两秒 / 转场换成擦除 → 别全撤，只撤转场那一步',
  "make it vertical / undo → never mind, don't undo it — put it back",
  // Blind set 53, first scored 154/158 (a month of ordinary chat-box messages): all fixed. Blind set 54, first
  // scored 127/158 (first-time users who describe effects instead of naming them): a zoom in then out told as
  // what the camera does, the music held back until a photo comes up, two photos described by what is wrong
  // with them, a removal redirected to "the one after it".
  '一开始慢慢靠近，后面慢慢拉远',
  'the music starts right away, can it wait until the second picture comes up?',
  '有一张照片放了两次，还有一张拍糊了，都去掉',
  '把海边那张删掉 → 不是这张，是它后面那张',
  // Blind set 55, first scored 151/158 (another month of the chat box): all fixed. Blind set 56, first scored
  // 141/158 (creators posting to TikTok, Reels, 抖音, 小红书 in their platforms' words): a platform named with
  // nothing uploaded sets its shape.
  'make me a tiktok',
  // Blind set 57, first scored 156/158 (a fresh cross-section): both fixed. Blind set 58, first scored 145/158
  // (whole sessions): a text's letter case, a number for "the first one too" after an exception with its own
  // value, "those two" after two turns, the text just added when another says the same, an undo after a turn
  // not understood, the music cut at a time.
  'all photos 2 seconds except the last one, give that 4 → the first one 4 too',
  'hold the city photo for 5 seconds / and the one after it too → hmm make those two 4 instead',
  '第一张加字幕“出发” / 最后一张也加个同样的 → 刚加的那个改成“到家”',
  'put the sunset one first / and the party pic right after it / hmm actually flip the whole order → undo that',
  '歌放到第5秒就掐掉',
  // Blind set 59, first scored 149/158 (another cross-section): all fixed. Blind set 60, first scored 148/158 (whole
  // sessions by new writers): "the two left" when only two are left, and the undo after it.
  '第二张照片拍得太暗，去掉它 / 不对，我说的是第三张 → 再把剩下两张换一下位置',
  '第二张照片拍得太暗，去掉它 / 不对，我说的是第三张 / 再把剩下两张换一下位置 → 刚才那步撤销',
  // Blind set 61, first scored 148/158 (another cross-section): an uploaded photo not in the video added at the
  // start, a mood word of the catalogue (轻快) for the song, "it" for the photo given a length in the turn before.
  'add the sunset one at the beginning',
  'vertical → 再加个标题“毕业快乐”，音乐用轻快一点的',
  '第二张停5秒 → 再多给它一秒',
  // Blind set 62, first scored 145/159 (another cross-section): "they" for the transitions just added given a
  // length, a reason naming the zooming, "something else" for the song just added.
  'Add crossfades between the photos → they feel a bit quick — could they last a full second each?',
  "please keep the photos still, the zooming makes the birds look like they're flying off",
  'add some upbeat music → something else, i hate this one',
]);
