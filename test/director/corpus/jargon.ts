import { type CorpusCase, each } from './types.js';

/**
 * Editors' words: how people who cut short videos for a living ask for things — 卡点, 转场, 运镜 (推拉摇移),
 * 滤镜/调色, 字幕条, 片头片尾, whip pan, hype reel, lower third, montage. Several phrasings of each class,
 * English and Chinese. Drafts as in messages.ts: `three` (hard cuts), `five` and `rich` (0.8 s crossfades).
 */

const cuts3 = (kind: string, ms?: number) => ({
  transitions: each(2, ms === undefined ? { kind } : { kind, durationMs: ms }),
});
const cuts5 = (kind: string, ms?: number) => ({
  transitions: each(4, ms === undefined ? { kind } : { kind, durationMs: ms }),
});
const moves3 = (motion: string) => ({ photos: each(3, { motion }) });

export const jargon: CorpusCase[] = [
  // Transitions: the kind replaced is not the kind wanted; the number belongs to the transition named.
  {
    f: 'transition',
    m: 'hard cut全换成whip pan，300ms左右',
    v: { ...cuts3('whip-pan', 300), ...moves3('zoom-in') },
  },
  {
    f: 'transition',
    m: 'swap the hard cuts for whip pans',
    v: { ...cuts3('whip-pan'), ...moves3('zoom-in') },
  },
  { f: 'transition', m: 'turn every cut into a whip pan, about 0.3s', v: cuts3('whip-pan', 300) },
  { f: 'transition', m: 'replace the crossfades with whip pans', on: 'five', v: cuts5('whip-pan') },
  { f: 'transition', m: '把叠化都换成闪白', on: 'five', v: cuts5('fade-white') },
  { f: 'transition', m: '硬切改成甩镜转场', v: cuts3('whip-pan') },
  { f: 'transition', m: 'white flash between every shot', v: cuts3('fade-white') },
  { f: 'transition', m: 'add a white flash between the photos', v: cuts3('fade-white') },
  { f: 'transition', m: 'flash to white between each photo', v: cuts3('fade-white') },
  { f: 'transition', m: '每张之间闪白一下', v: cuts3('fade-white') },
  { f: 'transition', m: 'dissolve太拖了，改0.3s', on: 'five', v: cuts5('crossfade', 300) },
  { f: 'transition', m: '叠化太拖了，改成0.4秒', on: 'five', v: cuts5('crossfade', 400) },
  { f: 'transition', m: 'the dissolves drag, make them 0.3s', on: 'five', v: cuts5('crossfade', 300) },
  { f: 'transition', m: 'crossfades feel draggy, 0.4s', on: 'five', v: cuts5('crossfade', 400) },
  {
    f: 'multi',
    m: 'crossfade 1s, slow zoom out on all of them, and a vintage filter',
    v: { ...cuts3('crossfade', 1000), ...moves3('zoom-out'), look: 'vintage' },
  },
  {
    f: 'multi',
    m: '1s dissolves and ken burns on all of them',
    v: { ...cuts3('crossfade', 1000), ...moves3('zoom-in') },
  },
  {
    f: 'multi',
    m: 'fade to black 0.5s, then zoom in on each of them',
    v: { ...cuts3('fade-black', 500), ...moves3('zoom-in') },
  },
  {
    f: 'multi',
    m: '淡入淡出1秒，每张都慢慢拉远，加个复古滤镜',
    v: { ...cuts3('crossfade', 1000), ...moves3('zoom-out'), look: 'vintage' },
  },
  // Camera moves (运镜): 推 closer, 拉 away, 摇/移 across; ken burns however it is spelt.
  { f: 'motion', m: '每张都做个缓推', v: moves3('zoom-in') },
  { f: 'motion', m: '每张照片慢推', v: moves3('zoom-in') },
  { f: 'motion', m: '运镜用缓推', v: moves3('zoom-in') },
  { f: 'motion', m: '全部轻轻往前推', v: moves3('zoom-in') },
  { f: 'motion', m: '慢拉', v: moves3('zoom-out') },
  { f: 'motion', m: '所有照片缓缓拉出', v: moves3('zoom-out') },
  { f: 'motion', m: '每张都往后拉', v: moves3('zoom-out') },
  {
    f: 'motion',
    m: '第三张慢拉',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: '第二张拉长一点',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  { f: 'motion', m: '每张都左右横移', v: moves3('pan-right') },
  { f: 'motion', m: '移镜头', v: moves3('pan-right') },
  { f: 'motion', m: '缓摇', v: moves3('pan-right') },
  {
    f: 'motion',
    m: '给每张加个推拉',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'pan-left' }] },
  },
  {
    f: 'motion',
    m: '运镜丰富一点',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'pan-left' }] },
  },
  { f: 'motion', m: 'kenburns on every photo', v: moves3('zoom-in') },
  { f: 'motion', m: 'ken-burns everything', v: moves3('zoom-in') },
  { f: 'motion', m: 'slow push on each photo', v: moves3('push-in') },
  { f: 'motion', m: 'dolly out on every shot', v: moves3('zoom-out') },
  { f: 'motion', m: 'truck left across each photo', v: moves3('pan-left') },
  {
    f: 'motion',
    m: 'dolly out on the last one',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  // Looks (滤镜, 调色): saturation up is vivid, every colour gone is black and white, one look per wish.
  { f: 'look', m: 'punchier colours, crank the saturation', v: { look: 'vivid' } },
  { f: 'look', m: 'boost the saturation', v: { look: 'vivid' } },
  { f: 'look', m: 'more saturation please', v: { look: 'vivid' } },
  { f: 'look', m: 'richer colours', v: { look: 'vivid' } },
  { f: 'look', m: '颜色再浓一点', v: { look: 'vivid' } },
  { f: 'look', m: '调色艳一点，提饱和', v: { look: 'vivid' } },
  { f: 'look', m: 'desaturate it fully, zero colour', v: { look: 'black-and-white' } },
  { f: 'look', m: 'drain all the colour out', v: { look: 'black-and-white' } },
  { f: 'look', m: 'completely desaturated please', v: { look: 'black-and-white' } },
  { f: 'look', m: '去色', v: { look: 'black-and-white' } },
  { f: 'look', m: '饱和度降到0', v: { look: 'black-and-white' } },
  { f: 'look', m: '把颜色全部去掉', v: { look: 'black-and-white' } },
  { f: 'look', m: 'desaturate it a little', v: { look: 'matte' } },
  { f: 'look', m: '色调冷一点 像日系那种清冷感', v: { look: 'cool' } },
  { f: 'look', m: '调色偏冷，有点日系的感觉', v: { look: 'cool' } },
  { f: 'look', m: '清冷感的滤镜', v: { look: 'cool' } },
  { f: 'look', m: '暖一点，小清新那种', v: { look: 'warm' } },
  { f: 'look', m: 'not warm — cooler', before: ['make it warmer'], v: { look: 'cool' } },
  { f: 'look', m: 'actually cooler', before: ['warm it up'], v: { look: 'cool' } },
  { f: 'look', m: '不要暖色，冷一点', before: ['暖色调'], v: { look: 'cool' } },
  { f: 'look', m: 'no not warm, make it cool', before: ['warmer tones'], v: { look: 'cool' } },
  // Text: what announces the words before a colon is not part of them; a text named by its words; styles.
  { f: 'text', m: '片头加个标题：海岛三日', v: { texts: [{ text: '海岛三日', role: 'title' }] } },
  { f: 'text', m: '开头加标题：我们的夏天', v: { texts: [{ text: '我们的夏天', role: 'title' }] } },
  {
    f: 'text',
    m: '第二张加字幕条：落日很美',
    v: { texts: [{ text: '落日很美', role: 'caption', startMs: 3000 }] },
  },
  {
    f: 'text',
    m: '第一张配一行字：出发啦',
    v: { texts: [{ text: '出发啦', role: 'caption', startMs: 0 }] },
  },
  { f: 'text', m: '片尾加一句：谢谢观看', v: { texts: [{ text: '谢谢观看', role: 'end-card' }] } },
  { f: 'text', m: '结尾写一句话：下次见', v: { texts: [{ text: '下次见' }] } },
  { f: 'text', m: 'add a title: Island Days', v: { texts: [{ text: 'Island Days', role: 'title' }] } },
  {
    f: 'text',
    m: 'caption on photo 3: sunset walk',
    v: { texts: [{ text: 'sunset walk', role: 'caption', startMs: 6000 }] },
  },
  {
    f: 'text',
    m: 'lower third on shot 1 that says "Ana & Tom"',
    v: { texts: [{ text: 'Ana & Tom', role: 'caption', position: 'bottom', startMs: 0 }] },
  },
  {
    f: 'text',
    m: 'add a lower third on the second photo saying "Kyoto, 2024"',
    v: { texts: [{ text: 'Kyoto, 2024', role: 'caption', position: 'bottom', startMs: 3000 }] },
  },
  {
    f: 'text',
    m: '标题换成描边字',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '标题改成描边效果',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕用带底框的字',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', style: 'boxed' }] },
  },
  {
    f: 'text',
    m: 'make the title outlined',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '把 Day one 改成「第一天」',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: '第一天', role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'change "Day one" to "Day 1"',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day 1', role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'Road Trip改成公路旅行',
    on: 'rich',
    v: { texts: [{ text: '公路旅行', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'swap day one for "First day"',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'First day', role: 'caption' }] },
  },
];
