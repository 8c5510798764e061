import type { CorpusCase } from './types.js';

/**
 * Blind set 2: another 150 messages, phrased differently from set 1 (other words, other drafts, other
 * values), written without looking at the director or its corpus. Expectations are on `draftView()`;
 * fixture drafts as in test/director/fixtures.ts ('three' = beach, city, forest at 3 s each with cuts, 9 s;
 * 'rich' = the same with 0.8 s crossfades, lo-fi.mp3 at 100 %, title "Road Trip" and caption "Day one" on
 * photo 2; 'five' = five photos with 0.8 s crossfades; 'beats' = three photos with drums.wav; 'people' =
 * three photos, people on the first two; 'flagged' = beach, city, beach-2 (a duplicate), forest (blurred)).
 * The uploads are the five photos and no songs, so music comes from Joy's library.
 */

/** Photo durations, in order. */
const d = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));
/** Photo order by file name. */
const src = (...names: string[]) => names.map((source) => ({ source }));
/** Photo motions, in order. */
const mo = (...names: (string | RegExp)[]) => names.map((motion) => ({ motion }));
/** Photo fits, in order. */
const fit = (...names: string[]) => names.map((name) => ({ fit: name }));
/** `n` transitions of one kind (and length). */
const tr = (kind: string | RegExp, n = 2, durationMs?: number) =>
  Array.from({ length: n }, () => (durationMs === undefined ? { kind } : { kind, durationMs }));

/** Any library track (or any song at all): "some music" without a mood. */
const ANY = /\S/;
/** Library tracks with energy ≤ 0.3: what "calmer" after upbeat pop must land on. */
const CALM = /^(Lo-fi Drift|Quiet Piano|First Dance|Remembrance)$/;
/** Any real transition, not a hard cut. */
const NOT_CUT = /^(?!cut$)/;

const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const P = 'party night.jpg';
const B2 = 'beach-2.jpg';
const ALL5 = [B, C, F, S, P];

export const blind2: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────
  {
    m: 'can we get this down to 6 seconds overall',
    f: 'length',
    v: { durationMs: 6000, photos: d(2000, 2000, 2000) },
  },
  { m: 'each slide 2.5s', f: 'length', on: 'five', v: { photos: d(2500, 2500, 2500, 2500, 2500) } },
  { m: 'make pic #1 a bit longer — 4.5 seconds', f: 'length', v: { photos: d(4500, 3000, 3000) } },
  { m: 'i need the vidoe to run 45 seconds total', f: 'length', v: { durationMs: 45000 } },
  { m: 'trim every photo to 1 sec', f: 'length', v: { photos: d(1000, 1000, 1000), durationMs: 3000 } },
  {
    m: 'hold the second image for 7 seconds',
    f: 'length',
    on: 'five',
    v: { photos: d(3000, 7000, 3000, 3000, 3000) },
  },
  { m: '我要一个15秒的视频', f: 'length', v: { durationMs: 15000 } },
  { m: '每张照片停留一秒半', f: 'length', v: { photos: d(1500, 1500, 1500) } },
  { m: '第二张照偏缩短到2秒', f: 'length', v: { photos: d(3000, 2000, 3000) } },
  { m: '把整个片子拉长到二十秒', f: 'length', v: { durationMs: 20000 } },

  // ── transitions ─────────────────────────────────────────────────────────
  { m: 'can u put a dissolve between each photo', f: 'transition', v: { transitions: tr('crossfade') } },
  { m: 'iris trasnitions pls', f: 'transition', v: { transitions: tr('circle') } },
  { m: 'push transitions, 0.6 sec', f: 'transition', on: 'five', v: { transitions: tr(/^push-/, 4, 600) } },
  {
    m: 'between photo 2 and 3 use a wipe',
    f: 'transition',
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }] },
  },
  { m: 'dip to whtie between shots', f: 'transition', v: { transitions: tr('fade-white') } },
  {
    m: 'set all transitions to 1.2s',
    f: 'transition',
    on: 'rich',
    v: { transitions: tr('crossfade', 2, 1200) },
  },
  { m: '加上黑场过渡', f: 'transition', v: { transitions: tr('fade-black') } },
  {
    m: '第一个转场用圆形的',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [{ kind: 'circle' }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  { m: '转厂快一点，0.3秒就够了', f: 'transition', on: 'five', v: { transitions: tr('crossfade', 4, 300) } },
  { m: '转场用模糊过渡', f: 'transition', v: { transitions: tr('blur-dissolve') } },

  // ── motion ──────────────────────────────────────────────────────────────
  {
    m: 'pan the photos left to rigth',
    f: 'motion',
    v: { photos: mo('pan-right', 'pan-right', 'pan-right') },
  },
  {
    m: 'slowly push in toward the subject on photo 1',
    f: 'motion',
    v: { photos: mo('push-in', 'zoom-in', 'zoom-in') },
  },
  { m: 'spin effect on the 2nd one', f: 'motion', v: { photos: mo('zoom-in', 'rotate', 'zoom-in') } },
  {
    m: 'bring the people to life with a parallax effect',
    f: 'motion',
    on: 'people',
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, {}] },
  },
  { m: 'no movement on photo 3', f: 'motion', v: { photos: mo('zoom-in', 'zoom-in', 'static') } },
  { m: '照片从右往左平移', f: 'motion', v: { photos: mo('pan-left', 'pan-left', 'pan-left') } },
  { m: '最后一张拉远', f: 'motion', v: { photos: mo('zoom-in', 'zoom-in', 'zoom-out') } },
  {
    m: '第二张做成3D立体效果',
    f: 'motion',
    on: 'people',
    v: { photos: mo('zoom-in', 'parallax', 'zoom-in') },
  },
  { m: '所有图片缓慢漂移', f: 'motion', v: { photos: mo('drift', 'drift', 'drift') } },

  // ── look ────────────────────────────────────────────────────────────────
  { m: 'make it look like an old polaroid', f: 'look', v: { look: 'vintage' } },
  { m: 'make everything grayscael', f: 'look', v: { look: 'black-and-white' } },
  { m: 'washed out pastel look', f: 'look', v: { look: 'matte' } },
  { m: 'remove the color grading', f: 'look', before: ['warm filter'], v: { look: 'none' } },
  { m: '整体调成冷色调', f: 'look', v: { look: 'cool' } },
  { m: '来点胶片感', f: 'look', v: { look: 'vintage' } },
  { m: '饱和度高一点', f: 'look', v: { look: 'vivid' } },

  // ── text ────────────────────────────────────────────────────────────────
  {
    m: 'title: "Our Honeymoon"',
    f: 'text',
    v: { texts: [{ text: 'Our Honeymoon', role: 'title' }], look: 'none' },
  },
  {
    m: 'caption on photo 2 that says "the city at night"',
    f: 'text',
    v: { texts: [{ text: 'the city at night', role: 'caption', startMs: 3000, endMs: 6000 }] },
  },
  {
    m: 'rename the title to "Road Trip 2024"',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip 2024', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'caption at the top instead of the bottom',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: 'put "Happy Birthday Mia!" at the very start',
    f: 'text',
    v: { texts: [{ text: 'Happy Birthday Mia!', startMs: 0 }], look: 'none' },
  },
  {
    m: 'add an end card saying "follow for more"',
    f: 'text',
    v: { texts: [{ text: 'follow for more', role: 'end-card', endMs: 9000 }] },
  },
  {
    m: 'make the title text bold with an outline',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  { m: '加个开头标题：巴黎七日', f: 'text', v: { texts: [{ text: '巴黎七日', role: 'title' }] } },
  {
    m: '片尾加一句“谢谢观看”',
    f: 'text',
    v: { texts: [{ text: '谢谢观看', role: 'end-card', endMs: 9000 }] },
  },
  { m: '下面那行小字不要了', f: 'text', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  {
    m: '字幕改成“第一天”',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: '第一天', role: 'caption' },
      ],
    },
  },
  {
    m: '加个caption “morning run” 在第一张',
    f: 'text',
    v: { texts: [{ text: 'morning run', role: 'caption', startMs: 0, endMs: 3000 }] },
  },

  // ── music ───────────────────────────────────────────────────────────────
  { m: 'throw some music on it', f: 'music', v: { audio: [{ source: ANY }] } },
  { m: "a love song for my gf's video", f: 'music', v: { audio: [{ source: 'First Dance' }] } },
  {
    m: 'bring the drums down to 80%',
    f: 'music',
    on: 'beats',
    v: { audio: [{ source: 'drums.wav', volume: 0.8 }] },
  },
  {
    m: 'turn the musci way down, like 10%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.1 }] },
  },
  { m: 'something calmer', f: 'music', before: ['add upbeat pop music'], v: { audio: [{ source: CALM }] } },
  { m: '配一首电子舞曲', f: 'music', v: { audio: [{ source: 'Neon Pulse' }] } },
  { m: '加个民谣风的背景因乐', f: 'music', v: { audio: [{ source: 'Campfire' }] } },
  { m: '来点伤感的音乐', f: 'music', v: { audio: [{ source: 'Remembrance' }], look: 'none' } },
  { m: '音乐音量调到六成', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.6 }] } },
  { m: '背景音乐渐入2秒', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 2000 }] } },
  { m: '加点轻快的旅行音乐', f: 'music', v: { audio: [{ source: 'Road Trip' }], look: 'none' } },

  // ── style ───────────────────────────────────────────────────────────────
  {
    m: 'bday edit for my little bro 🎉',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: tr('zoom-in', 2, 500),
      photos: d(2200, 2200, 2200),
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: 'in loving memory of our dog Max',
    f: 'style',
    v: { look: 'black-and-white', transitions: tr('fade-black', 2, 1500), photos: d(5000, 5000, 5000) },
  },
  {
    m: 'our anniversary video ❤️',
    f: 'style',
    v: { look: 'matte', transitions: tr('crossfade', 2, 1200), photos: d(4000, 4000, 4000) },
  },
  {
    m: 'make it a fast hype montage',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: tr('whip-pan', 2, 300),
      photos: d(1500, 1500, 1500),
      audio: [{ source: 'Neon Pulse' }],
    },
  },
  {
    m: 'make it a cute kids video',
    f: 'style',
    v: { look: 'warm', transitions: tr('crossfade', 2, 800), audio: [{ source: 'Sunday Morning' }] },
  },
  {
    m: '这是去云南玩的，弄成游记风格',
    f: 'style',
    v: { look: 'warm', transitions: tr('whip-pan', 2, 450), photos: d(2500, 2500, 2500) },
  },
  {
    m: '帮我做成带货视频',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: tr('slide-left', 2, 400),
      photos: d(2500, 2500, 2500),
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: '做成大片的感觉',
    f: 'style',
    v: { look: 'cool', transitions: tr('blur-dissolve', 2, 1000), photos: d(3500, 3500, 3500) },
  },

  // ── format ──────────────────────────────────────────────────────────────
  { m: 'instagram stroy size', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  {
    m: 'landscape pls',
    f: 'format',
    before: ['make it square'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  { m: 'potrait 4:5 for the feed', f: 'format', v: { aspect: '4:5', width: 1080, height: 1350 } },
  { m: 'make it 1080x1080', f: 'format', v: { aspect: '1:1', width: 1080, height: 1080 } },
  { m: 'drop it to 720p so it uploads faster', f: 'format', v: { aspect: '16:9', width: 1280, height: 720 } },
  {
    m: "fill the frame, i don't want the blurry edges",
    f: 'format',
    v: { photos: fit('cover', 'cover', 'cover') },
  },
  { m: '改成16:9横版', f: 'format', before: ['竖屏'], v: { aspect: '16:9', width: 1920, height: 1080 } },
  { m: '适合发朋友圈的正方形', f: 'format', v: { aspect: '1:1' } },
  { m: '视频号竖瓶', f: 'format', v: { aspect: '9:16' } },
  { m: '分辨率调到1440p', f: 'format', v: { width: 2560, height: 1440 } },
  { m: '铺满画面，不要留边', f: 'format', v: { photos: fit('cover', 'cover', 'cover') } },

  // ── order ───────────────────────────────────────────────────────────────
  { m: 'put the city pic first', f: 'order', v: { photos: src(C, B, F) } },
  { m: 'oldest foto first', f: 'order', on: 'five', v: { photos: src(C, F, B, S, P) } },
  { m: 'switch 2 and 3', f: 'order', v: { photos: src(B, F, C) } },
  { m: 'move the beach one to the end', f: 'order', v: { photos: src(C, F, B) } },
  { m: 'drop the blurry photo', f: 'order', on: 'flagged', v: { photos: src(B, C, B2) } },
  { m: '倒过来排', f: 'order', v: { photos: src(F, C, B) } },
  { m: '把森林那张放第一个', f: 'order', v: { photos: src(F, B, C) } },
  { m: '最新的照片放前面', f: 'order', on: 'five', v: { photos: src(S, B, F, C, P) } },
  { m: '第三张和第一张对调', f: 'order', v: { photos: src(F, C, B) } },
  { m: '把重复的那张删掉', f: 'order', on: 'flagged', v: { photos: src(B, C, F) } },

  // ── history ─────────────────────────────────────────────────────────────
  {
    m: 'oops, take that back',
    f: 'history',
    before: ['add some piano music'],
    route: 'undo',
    v: { audio: [] },
  },
  {
    m: 'undo that last change',
    f: 'history',
    before: ['make it 9:16', 'make it black and white'],
    v: { aspect: '9:16', look: 'none' },
  },
  {
    m: 'actually bring it back',
    f: 'history',
    before: ['reverse the order', 'undo'],
    route: 'redo',
    v: { photos: src(F, C, B) },
  },
  {
    m: 'undo twice',
    f: 'history',
    before: ['swap photo 1 and 3', 'add a title "X"'],
    v: { photos: src(B, C, F), texts: [] },
  },
  { m: '撤回', f: 'history', on: 'rich', before: ['去掉音乐'], v: { audio: [{ source: 'lo-fi.mp3' }] } },
  { m: '还原上一步', f: 'history', before: ['加标题“你好”'], v: { texts: [] } },
  {
    m: '恢复刚才撤销的',
    f: 'history',
    before: ['改成黑白', '撤销'],
    route: 'redo',
    v: { look: 'black-and-white' },
  },

  // ── create ──────────────────────────────────────────────────────────────
  {
    m: 'animate these pics into a little video with music',
    f: 'create',
    on: 'empty',
    v: { photos: src(...ALL5), audio: [{ source: ANY }] },
  },
  {
    m: 'make me a sqaure slideshow, 3 sec per photo',
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', photos: d(3000, 3000, 3000, 3000, 3000) },
  },
  {
    m: 'create a reel from everything i uploaded',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: src(...ALL5) },
  },
  { m: '把这些图做成一个短片', f: 'create', on: 'empty', v: { photos: src(...ALL5) } },
  {
    m: '帮我生成一个竖屏视频，每张2秒',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: d(2000, 2000, 2000, 2000, 2000) },
  },
  {
    m: '帮我make一个视频，要有转场',
    f: 'create',
    on: 'empty',
    v: { photos: src(...ALL5), transitions: tr(NOT_CUT, 4) },
  },

  // ── questions (must not edit) ───────────────────────────────────────────
  { m: 'how many photos are in there?', f: 'question', same: true, route: 'status' },
  { m: "what's the aspect ratio?", f: 'question', same: true, route: 'status' },
  { m: 'is there music on it?', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: 'what does the title say?', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: 'how long does each photo stay on screen?', f: 'question', same: true, route: 'status' },
  { m: '一共几张照片？', f: 'question', same: true, route: 'status' },
  { m: '背景音乐叫什么名字？', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '现在是多少帧的', f: 'question', same: true, route: 'status' },
  { m: '转场现在是什么效果？', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '怎么加字幕？', f: 'question', same: true, route: 'help' },
  { m: '都有哪些风格模板呀', f: 'question', same: true, reply: /婚礼|生日|旅行/ },

  // ── negation ────────────────────────────────────────────────────────────
  {
    m: 'get rid of the transitions, cut straight from one to the next',
    f: 'negation',
    on: 'five',
    v: { transitions: tr('cut', 4) },
  },
  {
    m: 'lose the ken burns zoom on the first photo',
    f: 'negation',
    v: { photos: mo('static', 'zoom-in', 'zoom-in') },
  },
  {
    m: "don't want it black and white anymore",
    f: 'negation',
    before: ['black and white'],
    v: { look: 'none' },
  },
  { m: 'no title please', f: 'negation', on: 'rich', v: { texts: [{ text: 'Day one', role: 'caption' }] } },
  {
    m: "order's fine, don't touch it — every photo 2s though",
    f: 'negation',
    v: {
      photos: [
        { source: B, durationMs: 2000 },
        { source: C, durationMs: 2000 },
        { source: F, durationMs: 2000 },
      ],
    },
  },
  {
    m: "i don't like the zoom, use a slow pan instead",
    f: 'negation',
    v: { photos: mo(/^pan-/, /^pan-/, /^pan-/) },
  },
  {
    m: 'leave the colors alone and just add slide transitions',
    f: 'negation',
    v: { look: 'none', transitions: tr(/^slide-/) },
  },
  { m: '字都不要', f: 'negation', on: 'rich', v: { texts: [] } },
  { m: '这首歌不想要了', f: 'negation', on: 'beats', v: { audio: [] } },
  { m: '不要淡入淡出，直接切', f: 'negation', on: 'rich', v: { transitions: tr('cut') } },
  { m: '不要竖屏，要横屏', f: 'negation', before: ['竖屏'], v: { aspect: '16:9' } },
  { m: '别加音乐，只要把转场换成滑动', f: 'negation', v: { audio: [], transitions: tr(/^slide-/) } },

  // ── several at once ─────────────────────────────────────────────────────
  {
    m: 'remove the 2nd photo and crossfade the rest',
    f: 'multi',
    v: { photos: src(B, F), transitions: [{ kind: 'crossfade' }] },
  },
  {
    m: 'zoom out on photo 1, pan left on photo 3',
    f: 'multi',
    v: { photos: mo('zoom-out', 'zoom-in', 'pan-left') },
  },
  {
    m: "add title 'Tokyo' and a caption 'day 2' on the second photo",
    f: 'multi',
    v: {
      texts: [
        { text: 'Tokyo', role: 'title' },
        { text: 'day 2', role: 'caption', startMs: 3000, endMs: 6000 },
      ],
    },
  },
  { m: '1:1, 60fps, 720p', f: 'multi', v: { aspect: '1:1', fps: 60, width: 720, height: 720 } },
  {
    m: 'vintage filter + whip transitions + 2s per photo',
    f: 'multi',
    v: { look: 'vintage', transitions: tr('whip-pan'), photos: d(2000, 2000, 2000) },
  },
  {
    m: 'put the title at the bottom and turn the music down to 60%',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }],
      audio: [{ source: 'lo-fi.mp3', volume: 0.6 }],
    },
  },
  {
    m: "make it a wedding video and call it 'Anna & Tom'",
    f: 'multi',
    v: {
      look: 'matte',
      transitions: tr('crossfade', 2, 1200),
      texts: [{ text: 'Anna & Tom', role: 'title' }],
    },
  },
  {
    m: 'cool tones, 12 seconds long, 1 second transitions',
    f: 'multi',
    v: { look: 'cool', durationMs: 12000, transitions: tr(NOT_CUT, 2, 1000) },
  },
  {
    m: '竖屏，每张4秒，加个标题“周末”',
    f: 'multi',
    v: { aspect: '9:16', photos: d(4000, 4000, 4000), texts: [{ text: '周末', role: 'title' }] },
  },
  {
    m: '黑白滤镜，转场用黑场，再配一首钢琴曲',
    f: 'multi',
    v: { look: 'black-and-white', transitions: tr('fade-black'), audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: '把第二张挪到最前面，再把转场改成推',
    f: 'multi',
    v: { photos: src(C, B, F), transitions: tr(/^push-/) },
  },
  {
    m: '音乐换成浪漫的，音量70%',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'First Dance', volume: 0.7 }] },
  },
  {
    m: '删掉字幕，标题改成“旅行日记”',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: '旅行日记', role: 'title' }] },
  },
  { m: '改成 4:5，look 用 vivid', f: 'multi', v: { aspect: '4:5', look: 'vivid' } },

  // ── references to earlier turns ─────────────────────────────────────────
  {
    m: 'that caption should sit at the top of the frame',
    f: 'reference',
    before: ['add a caption "sunrise" on the first photo'],
    v: { texts: [{ text: 'sunrise', role: 'caption', position: 'top' }] },
  },
  {
    m: 'and photo 1 the same',
    f: 'reference',
    before: ['set photo 3 to 5 seconds'],
    v: { photos: d(5000, 3000, 5000) },
  },
  {
    m: 'those should last 0.7s each',
    f: 'reference',
    before: ['whip pan transitions'],
    v: { transitions: tr('whip-pan', 2, 700), photos: d(3000, 3000, 3000) },
  },
  {
    m: 'put it at 40%',
    f: 'reference',
    before: ['add some lofi music'],
    v: { audio: [{ source: 'Lo-fi Drift', volume: 0.4 }] },
  },
  {
    m: 'actually shorten it to 2',
    f: 'reference',
    before: ['make the 2nd photo 6 seconds'],
    v: { photos: d(3000, 2000, 3000) },
  },
  {
    m: 'hmm do a pan up on it instead',
    f: 'reference',
    before: ['rotate the last photo'],
    v: { photos: mo('zoom-in', 'zoom-in', 'pan-up') },
  },
  {
    m: "make it say 'Goodbye' instead",
    f: 'reference',
    before: ['add a title "Hello"'],
    v: { texts: [{ text: 'Goodbye', role: 'title' }] },
  },
  { m: '第二张也是', f: 'reference', before: ['第一张照片放5秒'], v: { photos: d(5000, 5000, 3000) } },
  {
    m: '文字换成“到达”吧',
    f: 'reference',
    before: ['加个字幕“出发”在第一张'],
    v: { texts: [{ text: '到达', role: 'caption' }] },
  },
  {
    m: '再慢一点，1.2秒',
    f: 'reference',
    before: ['转场用滑动'],
    v: { transitions: tr(/^slide-/, 2, 1200) },
  },
  {
    m: '换一首',
    f: 'reference',
    before: ['加点浪漫的音乐'],
    v: { audio: [{ source: /^(?!First Dance$)/ }] },
  },
  {
    m: '放底下吧',
    f: 'reference',
    on: 'rich',
    before: ['把标题改成“海岛”'],
    v: { texts: [{ text: '海岛', role: 'title', position: 'bottom' }, { text: 'Day one' }] },
  },
];
