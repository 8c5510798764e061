import type { CorpusCase } from './types.js';

/**
 * Blind set 1: 150 messages written without looking at the director or its corpus, phrased the way
 * creators type in chat. Expectations are on `draftView()`; fixture drafts as in test/director/fixtures.ts
 * ('three' = beach, city, forest at 3 s each with cuts, 9 s; 'rich' = the same with 0.8 s crossfades,
 * lo-fi.mp3 at 100 %, title "Road Trip" and caption "Day one" on photo 2, 7.4 s; 'five' = five photos
 * with 0.8 s crossfades, 11.8 s). The uploads are the five photos and no songs, so music is Joy's library.
 */

/** Photo durations, in order. */
const d = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));
/** Photo order by file name. */
const src = (...names: string[]) => names.map((source) => ({ source }));
/** Photo motions, in order. */
const mo = (...names: (string | RegExp)[]) => names.map((motion) => ({ motion }));
/** `n` transitions of one kind (and length). */
const tr = (kind: string | RegExp, n = 2, durationMs?: number) =>
  Array.from({ length: n }, () => (durationMs === undefined ? { kind } : { kind, durationMs }));
/** Library tracks with energy ≥ 0.7: what "more upbeat / energetic / 燃" must land on. */
const LIVELY = /^(Sunny Pop|Road Trip|Neon Pulse|Confetti)$/;
/** Library tracks a "relaxed / easy" request can land on. */
const RELAXED = /^(Lo-fi Drift|Quiet Piano|Sunday Morning|Campfire)$/;
/** A camera move that is not a zoom: what "no zooming" leaves. */
const NOT_ZOOM = /^(static|pan-(left|right|up|down)|drift)$/;

const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const P = 'party night.jpg';

export const blind1: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────
  { m: 'make the whole thing 15 secs', f: 'length', v: { durationMs: 15000, photos: d(5000, 5000, 5000) } },
  {
    m: 'i want every pic to stay on screen for 2 seconds',
    f: 'length',
    v: { photos: d(2000, 2000, 2000), durationMs: 6000 },
  },
  { m: 'photo 2 should be 5s long', f: 'length', v: { photos: d(3000, 5000, 3000), durationMs: 11000 } },
  { m: 'can u make the video 20 sec total', f: 'length', v: { durationMs: 20000 } },
  { m: 'shorten the entire video down to 8 seconds', f: 'length', on: 'five', v: { durationMs: 8000 } },
  { m: 'first photo only 1.5 seconds, leave the others', f: 'length', v: { photos: d(1500, 3000, 3000) } },
  { m: 'make each foto 4 seconds long', f: 'length', v: { photos: d(4000, 4000, 4000), durationMs: 12000 } },
  { m: '整个视频改成10秒', f: 'length', v: { durationMs: 10000 } },
  { m: '每张照片3.5秒', f: 'length', v: { photos: d(3500, 3500, 3500), durationMs: 10500 } },
  { m: '第三张停留久一点，4秒吧', f: 'length', v: { photos: d(3000, 3000, 4000) } },
  { m: '每张图放2秒就行', f: 'length', on: 'rich', v: { photos: d(2000, 2000, 2000) } },
  { m: '最后一张照片放5秒', f: 'length', v: { photos: d(3000, 3000, 5000) } },

  // ── transitions ─────────────────────────────────────────────────────────
  { m: 'use slide transitions between the photos', f: 'transition', v: { transitions: tr(/^slide-/) } },
  { m: 'crossfades please, 1 second each', f: 'transition', v: { transitions: tr('crossfade', 2, 1000) } },
  { m: 'whip pan transitons 🔥', f: 'transition', v: { transitions: tr('whip-pan') } },
  {
    m: 'the transition from photo 1 to photo 2 should be a circle reveal',
    f: 'transition',
    v: { transitions: [{ kind: 'circle' }, { kind: 'cut' }] },
  },
  {
    m: 'make the transitions snappier, 0.4s',
    f: 'transition',
    on: 'rich',
    v: { transitions: tr('crossfade', 2, 400) },
  },
  { m: '转场换成叠化', f: 'transition', v: { transitions: tr('crossfade') } },
  {
    m: '转场时间改成0.5秒',
    f: 'transition',
    on: 'rich',
    v: { transitions: tr('crossfade', 2, 500), photos: d(3000, 3000, 3000) },
  },
  { m: '加个闪白转场', f: 'transition', v: { transitions: tr('fade-white') } },
  { m: '用擦除转场', f: 'transition', v: { transitions: tr(/^wipe-/) } },
  { m: '转场全部用 zoom 的', f: 'transition', on: 'five', v: { transitions: tr(/^zoom-/, 4) } },

  // ── motion ──────────────────────────────────────────────────────────────
  { m: 'slow zoom out on evry photo', f: 'motion', v: { photos: mo('zoom-out', 'zoom-out', 'zoom-out') } },
  { m: 'pan to the left on the 3rd pic', f: 'motion', v: { photos: mo('zoom-in', 'zoom-in', 'pan-left') } },
  {
    m: 'can the people pop out like 3d on the first two photos',
    f: 'motion',
    on: 'people',
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, {}] },
  },
  { m: 'add a gentle drift to all the shots', f: 'motion', v: { photos: mo('drift', 'drift', 'drift') } },
  { m: 'tilt down on photo 2', f: 'motion', v: { photos: mo('zoom-in', 'pan-down', 'zoom-in') } },
  { m: '照片都改成从下往上移动', f: 'motion', v: { photos: mo('pan-up', 'pan-up', 'pan-up') } },
  { m: '第一张照片加个旋转效果', f: 'motion', v: { photos: mo('rotate', 'zoom-in', 'zoom-in') } },

  // ── look ────────────────────────────────────────────────────────────────
  { m: 'give it a vintge film vibe', f: 'look', v: { look: 'vintage' } },
  { m: 'b&w pls', f: 'look', v: { look: 'black-and-white' } },
  { m: 'warmer colors, like golden hour', f: 'look', v: { look: 'warm' } },
  { m: 'i want a colder, bluish tone', f: 'look', v: { look: 'cool' } },
  { m: 'matte faded look would be nice', f: 'look', v: { look: 'matte' } },
  { m: '加个复古滤镜', f: 'look', v: { look: 'vintage' } },
  { m: '调成黑百的', f: 'look', v: { look: 'black-and-white' } },
  { m: '色彩鲜艳一点', f: 'look', v: { look: 'vivid' } },
  { m: '去掉滤镜，恢复原色', f: 'look', before: ['黑白'], v: { look: 'none' } },

  // ── text ────────────────────────────────────────────────────────────────
  {
    m: 'add a title "Summer in Lisbon"',
    f: 'text',
    v: { texts: [{ text: 'Summer in Lisbon', role: 'title' }] },
  },
  {
    m: 'put "day 1" as a caption on the first photo',
    f: 'text',
    v: { texts: [{ text: 'day 1', role: 'caption', startMs: 0, endMs: 3000 }] },
  },
  {
    m: 'change the title to "Euro Trip"',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Euro Trip', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'title at the top pls',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: 'get rid of the caption',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'add an ending text "thanks for watching!"',
    f: 'text',
    v: { texts: [{ text: 'thanks for watching!', role: 'end-card', endMs: 9000 }] },
  },
  {
    m: 'put a tittle that says "Graduation Day"',
    f: 'text',
    v: { texts: [{ text: 'Graduation Day', role: 'title' }] },
  },
  { m: '加标提"海边的夏天"', f: 'text', v: { texts: [{ text: '海边的夏天', role: 'title' }] } },
  {
    m: '把标题改成“毕业旅行”',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '毕业旅行', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  { m: '删掉标题', f: 'text', on: 'rich', v: { texts: [{ text: 'Day one', role: 'caption' }] } },
  {
    m: '第三张加个字幕“森林里的早晨”',
    f: 'text',
    v: { texts: [{ text: '森林里的早晨', role: 'caption', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: 'title 放在底部',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title', position: 'bottom' }, { text: 'Day one' }] },
  },

  // ── music ───────────────────────────────────────────────────────────────
  { m: 'add some chill lofi music', f: 'music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    m: 'put on some epic cinematic music in the background',
    f: 'music',
    v: { audio: [{ source: 'Horizon' }] },
  },
  { m: 'bg music with acoustic guitar plz', f: 'music', v: { audio: [{ source: 'Campfire' }] } },
  { m: 'music volume 25%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.25 }] } },
  { m: 'remove the muisc', f: 'music', on: 'rich', v: { audio: [] } },
  {
    m: 'swap the song for something more energetic',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LIVELY }] },
  },
  {
    m: 'add happy music at 50%',
    f: 'music',
    v: { audio: [{ source: /^(Sunny Pop|Confetti)$/, volume: 0.5 }] },
  },
  { m: '加点钢琴曲', f: 'music', v: { audio: [{ source: 'Quiet Piano' }] } },
  { m: '来首浪漫的背景音乐', f: 'music', v: { audio: [{ source: 'First Dance' }] } },
  { m: '音乐声音小一点，30%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] } },
  { m: '换一首欢快点的', f: 'music', on: 'rich', v: { audio: [{ source: LIVELY }] } },
  {
    m: '背景音乐最后淡出3秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 3000 }] },
  },
  { m: '加个EDM的BGM', f: 'music', v: { audio: [{ source: 'Neon Pulse' }] } },

  // ── style ───────────────────────────────────────────────────────────────
  {
    m: 'turn this into a birthday video 🎂',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: tr('zoom-in', 2, 500),
      photos: d(2200, 2200, 2200),
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: 'travel vlog style',
    f: 'style',
    v: {
      look: 'warm',
      transitions: tr('whip-pan', 2, 450),
      photos: d(2500, 2500, 2500),
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: "it's for my grandma's funeral",
    f: 'style',
    v: {
      look: 'black-and-white',
      transitions: tr('fade-black', 2, 1500),
      photos: d(5000, 5000, 5000),
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: 'product showcase for my etsy shop',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: tr('slide-left', 2, 400),
      photos: d(2500, 2500, 2500),
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: '婚礼风格',
    f: 'style',
    v: {
      look: 'matte',
      transitions: tr('crossfade', 2, 1200),
      photos: d(4000, 4000, 4000),
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: '要电影感',
    f: 'style',
    v: { look: 'cool', transitions: tr('blur-dissolve', 2, 1000), photos: d(3500, 3500, 3500) },
  },
  {
    m: '做个全家福相册的感觉',
    f: 'style',
    v: { look: 'warm', transitions: tr('crossfade', 2, 800), audio: [{ source: 'Sunday Morning' }] },
  },
  {
    m: 'wedding style but keep my song',
    f: 'style',
    on: 'rich',
    v: { look: 'matte', transitions: tr('crossfade', 2, 1200), audio: [{ source: 'lo-fi.mp3' }] },
  },

  // ── format ──────────────────────────────────────────────────────────────
  { m: 'verticle please', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: 'make it square for insta', f: 'format', v: { aspect: '1:1', width: 1080, height: 1080 } },
  { m: 'resize to 4 by 5', f: 'format', v: { aspect: '4:5', width: 1080, height: 1350 } },
  { m: 'this is going on tiktok', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  {
    m: 'back to widescreen for youtube',
    f: 'format',
    before: ['make it square'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  { m: 'bump the resolution to 4K', f: 'format', v: { aspect: '16:9', width: 3840, height: 2160 } },
  { m: '弄成竖版的吧', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: '抖音的尺寸', f: 'format', v: { aspect: '9:16' } },
  { m: '做成正方形的', f: 'format', v: { aspect: '1:1', width: 1080, height: 1080 } },
  { m: '帧率改成60', f: 'format', v: { fps: 60 } },
  { m: '比例改成3:4', f: 'format', v: { aspect: '3:4', width: 1080, height: 1440 } },
  { m: 'YouTube shorts 格式', f: 'format', v: { aspect: '9:16' } },

  // ── order ───────────────────────────────────────────────────────────────
  { m: 'swap the frist and last photo', f: 'order', v: { photos: src(F, C, B) } },
  { m: 'move photo 3 to the start', f: 'order', v: { photos: src(F, B, C) } },
  { m: 'reverese the order', f: 'order', v: { photos: src(F, C, B) } },
  { m: 'put them in chronologcal order', f: 'order', v: { photos: src(C, F, B) } },
  { m: 'sort newest to oldest', f: 'order', on: 'five', v: { photos: src(S, B, F, C, P) } },
  { m: '第一张和第二张换一下', f: 'order', v: { photos: src(C, B, F) } },
  { m: '按拍摄时间排序', f: 'order', v: { photos: src(C, F, B) } },
  { m: '把第二张移到最后', f: 'order', v: { photos: src(B, F, C) } },
  { m: '删掉第二张', f: 'order', v: { photos: src(B, F) } },

  // ── history ─────────────────────────────────────────────────────────────
  { m: 'undo', f: 'history', before: ['make it black and white'], route: 'undo', v: { look: 'none' } },
  {
    m: 'redo that',
    f: 'history',
    before: ['make it vertical', 'undo'],
    route: 'redo',
    v: { aspect: '9:16' },
  },
  { m: 'nvm, undo that', f: 'history', before: ['add a title "Hi"'], v: { texts: [] } },
  { m: '撤销', f: 'history', before: ['换成复古滤镜'], route: 'undo', v: { look: 'none' } },
  { m: '刚才那步撤回', f: 'history', before: ['删掉第一张'], v: { photos: src(B, C, F) } },
  { m: '重做', f: 'history', before: ['改成正方形', '撤销'], route: 'redo', v: { aspect: '1:1' } },

  // ── create ──────────────────────────────────────────────────────────────
  { m: 'make a video out of my photos', f: 'create', on: 'empty', v: { photos: src(B, C, F, S, P) } },
  {
    m: 'turn these into a vertical clip, 12 seconds',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', durationMs: 12000, photos: src(B, C, F, S, P) },
  },
  {
    m: 'slideshow from all the pics w/ crossfade transitions',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, P), transitions: tr('crossfade', 4) },
  },
  { m: '用这些照片帮我剪个视频', f: 'create', on: 'empty', v: { photos: src(B, C, F, S, P) } },
  {
    m: '做个方形的视频，配点轻松的音乐',
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', photos: src(B, C, F, S, P), audio: [{ source: RELAXED }] },
  },

  // ── questions (must not edit) ───────────────────────────────────────────
  { m: 'how long is it rn?', f: 'question', same: true, route: 'status' },
  { m: 'what music is playing?', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: 'what transitions do you have?', f: 'question', same: true, reply: /crossfade/i },
  { m: 'does it have a title yet?', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '现在视频有多长？', f: 'question', same: true, route: 'status' },
  { m: '现在用的什么滤镜？', f: 'question', same: true, route: 'status' },
  { m: '你能做什么？', f: 'question', same: true, route: 'help' },
  { m: '有哪些背景音乐可以选？', f: 'question', same: true, reply: /钢琴|低保真|Piano|Lo-fi/i },
  { m: '标题现在在哪个位置？', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '现在是横屏还是竖屏', f: 'question', same: true, route: 'status' },

  // ── negation ────────────────────────────────────────────────────────────
  { m: 'no transitions, just hard cuts', f: 'negation', on: 'rich', v: { transitions: tr('cut') } },
  { m: "i don't want any music on this", f: 'negation', on: 'rich', v: { audio: [] } },
  {
    m: 'stop zooming, keep the photos still',
    f: 'negation',
    v: { photos: mo('static', 'static', 'static') },
  },
  {
    m: "don't touch the music, just make it square",
    f: 'negation',
    on: 'rich',
    v: { aspect: '1:1', audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },
  { m: 'no filter pls', f: 'negation', before: ['vintage look'], v: { look: 'none' } },
  { m: 'no text on it at all', f: 'negation', on: 'rich', v: { texts: [] } },
  { m: 'not vertical — square', f: 'negation', before: ['make it 9:16'], v: { aspect: '1:1' } },
  { m: '不要转场', f: 'negation', on: 'five', v: { transitions: tr('cut', 4) } },
  { m: '不要背景音乐了', f: 'negation', on: 'rich', v: { audio: [] } },
  { m: '比例别动哈，时长给我弄成12秒', f: 'negation', v: { aspect: '16:9', durationMs: 12000 } },
  { m: '不要黑白，换成暖色', f: 'negation', before: ['黑白'], v: { look: 'warm' } },
  { m: '照片不要缩放了', f: 'negation', v: { photos: mo(NOT_ZOOM, NOT_ZOOM, NOT_ZOOM) } },

  // ── several at once ─────────────────────────────────────────────────────
  {
    m: "vertical + b&w + title 'Lisbon 24'",
    f: 'multi',
    v: { aspect: '9:16', look: 'black-and-white', texts: [{ text: 'Lisbon 24', role: 'title' }] },
  },
  {
    m: 'square it, and add calm piano music at 40%',
    f: 'multi',
    v: { aspect: '1:1', audio: [{ source: 'Quiet Piano', volume: 0.4 }] },
  },
  {
    m: 'reverse the order and make it black & white',
    f: 'multi',
    v: { photos: src(F, C, B), look: 'black-and-white' },
  },
  {
    m: 'slide transitions, warm filter, and remove the caption',
    f: 'multi',
    on: 'rich',
    v: { transitions: tr(/^slide-/), look: 'warm', texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'add the title "Hello Tokyo" at the top and make the whole thing 12s',
    f: 'multi',
    v: { texts: [{ text: 'Hello Tokyo', role: 'title', position: 'top' }], durationMs: 12000 },
  },
  {
    m: 'swap photo 1 and 2 then use fade to black transitions',
    f: 'multi',
    v: { photos: src(C, B, F), transitions: tr('fade-black') },
  },
  {
    m: 'make it a travel vlog and put it in 9:16',
    f: 'multi',
    v: { look: 'warm', transitions: tr('whip-pan', 2, 450), aspect: '9:16' },
  },
  {
    m: '改成1:1，加个暖色滤镜，音乐音量50%',
    f: 'multi',
    on: 'rich',
    v: { aspect: '1:1', look: 'warm', audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] },
  },
  { m: '每张2秒，转场用闪白', f: 'multi', v: { photos: d(2000, 2000, 2000), transitions: tr('fade-white') } },
  {
    m: '按时间顺序排好，然后加个标题《七月》',
    f: 'multi',
    v: { photos: src(C, F, B), texts: [{ text: '七月', role: 'title' }] },
  },
  {
    m: '去掉音乐，再把标题删了',
    f: 'multi',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: '加个lofi BGM，然后 transition 全部用 crossfade',
    f: 'multi',
    v: { audio: [{ source: 'Lo-fi Drift' }], transitions: tr('crossfade') },
  },
  {
    m: '旋转效果，复古滤镜，总长15秒',
    f: 'multi',
    v: { photos: mo('rotate', 'rotate', 'rotate'), look: 'vintage', durationMs: 15000 },
  },

  // ── references to earlier turns ─────────────────────────────────────────
  {
    m: 'make that one 6 seconds instead',
    f: 'reference',
    before: ['make photo 2 four seconds'],
    v: { photos: d(3000, 6000, 3000) },
  },
  {
    m: 'move it to the bottom',
    f: 'reference',
    before: ['add a title "Hi"'],
    v: { texts: [{ text: 'Hi', role: 'title', position: 'bottom' }] },
  },
  {
    m: 'make them quicker, like 0.3s',
    f: 'reference',
    before: ['use slide transitions'],
    v: { transitions: tr(/^slide-/, 2, 300), photos: d(3000, 3000, 3000) },
  },
  {
    m: 'same for the last one',
    f: 'reference',
    before: ['pan left on the second photo'],
    v: { photos: mo('zoom-in', 'pan-left', 'pan-left') },
  },
  {
    m: 'even lower, 20%',
    f: 'reference',
    on: 'rich',
    before: ['turn the music down to 50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: 'change it to "best day"',
    f: 'reference',
    before: ['add a caption "beach day" on photo 1'],
    v: { texts: [{ text: 'best day', role: 'caption' }] },
  },
  { m: '再长一点，6秒', f: 'reference', before: ['第二张照片停4秒'], v: { photos: d(3000, 6000, 3000) } },
  {
    m: '把它放到上面',
    f: 'reference',
    before: ['加标题"夏天"'],
    v: { texts: [{ text: '夏天', role: 'title', position: 'top' }] },
  },
  {
    m: '时间改成1秒',
    f: 'reference',
    before: ['转场用叠化'],
    v: { transitions: tr('crossfade', 2, 1000), photos: d(3000, 3000, 3000) },
  },
  {
    m: '最后一张也这样',
    f: 'reference',
    before: ['第一张照片向右平移'],
    v: { photos: mo('pan-right', 'zoom-in', 'pan-right') },
  },
  {
    m: '声音调小到30%',
    f: 'reference',
    before: ['加点钢琴音乐'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  { m: '换一首更燃的', f: 'reference', before: ['add some lo-fi music'], v: { audio: [{ source: LIVELY }] } },
];
