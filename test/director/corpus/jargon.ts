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
];
