import { type CorpusCase, each } from './types.js';

/**
 * Blind set 5: creators on a phone app, typing fast — short, sloppy, slangy, typos, voice-dictation
 * Chinese (homophone slips, no punctuation), and follow-ups that lean on earlier turns (`before`).
 *
 * Fixture states used below (from test/director/fixtures.ts):
 *  three: beach, city, forest — 3000 ms each, zoom-in, hard cuts, 9000 ms, 1920×1080, no look/text/music
 *  five:  beach, city, forest, sunset, party night — 3000 ms, crossfade 800 ms ×4, 11800 ms
 *  rich:  three + crossfade 800 ×2 + lo-fi.mp3 (vol 1, fade out 2000) + title "Road Trip" + caption "Day one", 7400 ms
 *  beats: three + crossfade 800 ×2 + drums.wav (120 BPM, beats at 250 + 500k), 7400 ms
 *  one: beach 3000 ms · flagged: beach, city, beach-2 (duplicate), forest (blurry) · people: beach, city (people), forest
 */
const THREE = ['beach.jpg', 'city.jpg', 'forest.jpg'];
const src = (names: string[]) => names.map((source) => ({ source }));

export const blind5: CorpusCase[] = [
  // ---- length ----
  { m: 'way too long lol make it like 6 sec total', f: 'length', on: 'three', v: { durationMs: 6000 } },
  {
    m: '每张pic 2s pls',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: '每张照片放四秒钟',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  { m: '视频太长了改短到十秒吧', f: 'length', on: 'five', v: { durationMs: 10000 } },
  { m: 'make it 10 secs.. no actually 8', f: 'length', on: 'five', v: { durationMs: 8000 } },
  { m: '整个video 15s就好', f: 'length', on: 'three', v: { durationMs: 15000 } },
  {
    m: 'make the frist photo 5 seconds',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }], durationMs: 11000 },
  },
  {
    m: '最后一张停六秒',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 6000 }], durationMs: 12000 },
  },
  {
    m: 'total length 12 secs but keep the transitions as they are',
    f: 'length',
    on: 'rich',
    v: { durationMs: 12000, transitions: each(2, { kind: 'crossfade', durationMs: 800 }) },
  },
  {
    m: '这张图放八秒',
    f: 'length',
    on: 'one',
    v: { photos: [{ durationMs: 8000 }], durationMs: 8000 },
  },
  {
    m: '1.5s each photo plz',
    f: 'length',
    on: 'three',
    before: ['vertical for tiktok'],
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },

  // ---- transition ----
  {
    m: 'crossfade btwn all of em',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: 'dip to black between pics, 1 sec',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black', durationMs: 1000 }) },
  },
  { m: '转场用闪白', f: 'transition', on: 'three', v: { transitions: each(2, { kind: 'fade-white' }) } },
  {
    m: '转厂换成向左滑动的',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'slide-left' }) },
  },
  {
    m: 'use whip pan trasitions',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'whip-pan' }) },
  },
  {
    m: 'make the transitions quicker like half a sec',
    f: 'transition',
    on: 'five',
    before: ['whip pan transitions pls'],
    v: { transitions: each(4, { kind: 'whip-pan', durationMs: 500 }) },
  },
  {
    m: '转场时间长一点 一秒半',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1500 }) },
  },
  {
    m: 'only between the 1st and 2nd photo do a circle reveal',
    f: 'transition',
    on: 'three',
    v: { transitions: [{ kind: 'circle' }, { kind: 'cut' }] },
  },
  { m: 'transition换成zoom', f: 'transition', on: 'rich', v: { transitions: each(2, { kind: /^zoom-/ }) } },
  {
    m: 'hard cuts r fine actually, but blur dissolve between 2 and 3',
    f: 'transition',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: 'blur-dissolve' }] },
  },
  { m: '转场都换成擦除效果', f: 'transition', on: 'five', v: { transitions: each(4, { kind: /^wipe-/ }) } },

  // ---- motion ----
  {
    m: 'stop the zooming, photos should just be still',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  { m: 'pan left on every photo', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-left' }) } },
  { m: '所有照片都慢慢往右平移', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-right' }) } },
  {
    m: '全部照片都弄成3D立体效果',
    f: 'motion',
    on: 'people',
    // Adjudicated: forest.jpg has no people, so parallax (documented: only photos with a person to lift)
    // leaves it with its zoom and the reply says why.
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'make it 3d like the pics come alive',
    f: 'motion',
    on: 'people',
    // Adjudicated: forest.jpg has no people, so parallax (documented: only photos with a person to lift)
    // leaves it with its zoom and the reply says why.
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'second pic should zoom out instead',
    f: 'motion',
    on: 'three',
    before: ['pan left on every photo'],
    v: { photos: [{ motion: 'pan-left' }, { motion: 'zoom-out' }, { motion: 'pan-left' }] },
  },
  { m: 'all photos用drift', f: 'motion', on: 'five', v: { photos: each(5, { motion: 'drift' }) } },
  {
    m: '第三张往上摇',
    f: 'motion',
    on: 'three',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-up' }] },
  },
  {
    m: '最后一张加个rotate',
    f: 'motion',
    on: 'three',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'rotate' }] },
  },
  {
    m: 'do a push in on every shot',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'push-in' }) },
  },

  // ---- look ----
  { m: 'blak and white pls', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: '加个复古虑镜', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: 'warmer colours, golden hour vibe ✨', f: 'look', on: 'three', v: { look: 'warm' } },
  { m: '色调冷一点', f: 'look', on: 'three', v: { look: 'cool' } },
  {
    m: 'make the colors pop 🔥',
    f: 'look',
    on: 'five',
    before: ['black and white pls'],
    v: { look: 'vivid' },
  },
  { m: '想要那种faded matte的感觉', f: 'look', on: 'three', v: { look: 'matte' } },
  { m: 'lowkey want an old film look', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: '弄成黑白的', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  {
    m: 'actually go back to normal colours',
    f: 'look',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  { m: '颜色鲜艳一点', f: 'look', on: 'three', v: { look: 'vivid' } },

  // ---- text ----
  {
    m: "add a title that says Summer '24",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: "Summer '24", role: 'title' }] },
  },
  {
    m: '标提写 我们的毕业旅行',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '我们的毕业旅行', role: 'title' }], look: 'none' },
  },
  {
    m: 'caption on the 2nd pic: best day ever',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: /^best day ever$/i, role: 'caption', startMs: 3000, endMs: 6000 }] },
  },
  {
    m: '标题改成 出发啦',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '出发啦', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'move the title to the top',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: 'title font → outlined, bolder',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'bold-outline' },
        { text: 'Day one', style: 'clean' },
      ],
    },
  },
  {
    m: '最后加个end card写 thanks for watching',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: /^thanks for watching$/i, role: 'end-card', endMs: 9000 }] },
  },
  {
    m: '字目删掉 标题留着',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: "change the caption to 'day 1 🚗'",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: 'day 1 🚗', role: 'caption' },
      ],
    },
  },
  {
    m: '第一张照片上加一行字写海边',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '海边', startMs: 0 }] },
  },
  {
    m: 'title显示久一点 5秒',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', startMs: 0, endMs: 5000 },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },

  // ---- music ----
  { m: 'add some chill lofi music', f: 'music', on: 'three', v: { audio: [{ source: /lo-?fi/i }] } },
  { m: '配个钢琴曲', f: 'music', on: 'three', v: { audio: [{ source: 'Quiet Piano' }] } },
  {
    m: 'bgm音量调到40%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: '音乐小声点 百分之二十',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: 'fade the music in over 3 seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 3000 }] },
  },
  { m: '来点edm电子乐', f: 'music', on: 'three', v: { audio: [{ source: 'Neon Pulse' }] } },
  {
    m: 'swap the song for something with acoustic guitar',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: '照片跟着鼓点卡点',
    f: 'music',
    on: 'beats',
    v: {
      photos: [{ durationMs: 3150 }, { durationMs: 3800 }, { durationMs: 3400 }],
      durationMs: 8750,
    },
  },
  {
    m: 'music fade out 4s at the end',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }] },
  },
  { m: '加首伤感一点的背景音乐', f: 'music', on: 'three', v: { audio: [{ source: 'Remembrance' }] } },
  {
    m: 'music way louder, like 150%',
    f: 'music',
    on: 'rich',
    before: ['fade the music in over 2 seconds'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 1.5, fadeInMs: 2000 }] },
  },

  // ---- style ----
  {
    m: 'make it a bday video 🎂',
    f: 'style',
    on: 'three',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'zoom-in' }),
      photos: each(3, { durationMs: 2200 }),
    },
  },
  {
    m: '做成婚礼风格',
    f: 'style',
    on: 'three',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade' }),
      photos: each(3, { durationMs: 4000 }),
    },
  },
  {
    m: 'travel vlog style pls',
    f: 'style',
    on: 'five',
    v: { look: 'warm', transitions: each(4, { kind: 'whip-pan' }), photos: each(5, { durationMs: 2500 }) },
  },
  {
    m: '弄成纪念奶奶的那种 安静一点',
    f: 'style',
    on: 'three',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black' }),
      photos: each(3, { durationMs: 5000 }),
    },
  },
  {
    m: 'cinematic一点 像电影预告片',
    f: 'style',
    on: 'five',
    v: {
      look: 'cool',
      transitions: each(4, { kind: 'blur-dissolve' }),
      photos: each(5, { durationMs: 3500 }),
    },
  },
  {
    m: 'product promo style but keep my song',
    f: 'style',
    on: 'rich',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'slide-left' }),
      photos: each(3, { durationMs: 2500 }),
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '做成抖音那种快节奏混剪',
    f: 'style',
    on: 'five',
    v: { look: 'vivid', transitions: each(4, { kind: 'whip-pan' }), photos: each(5, { durationMs: 1500 }) },
  },
  {
    m: "family vibes, it's for my mom",
    f: 'style',
    on: 'three',
    v: { look: 'warm', transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: '整成产品展示的样子 带货用',
    f: 'style',
    on: 'three',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'slide-left' }),
      photos: each(3, { durationMs: 2500 }),
    },
  },

  // ---- format ----
  {
    m: 'vertical for tiktok',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: '改成竖平', f: 'format', on: 'three', v: { aspect: '9:16', width: 1080, height: 1920 } },
  {
    m: 'square pls for insta',
    f: 'format',
    on: 'three',
    v: { aspect: '1:1', width: 1080, height: 1080 },
  },
  { m: '改成4:5 发ins', f: 'format', on: 'three', v: { aspect: '4:5', width: 1080, height: 1350 } },
  { m: '导出要60fps', f: 'format', on: 'three', v: { fps: 60 } },
  { m: '分辨率改成720p', f: 'format', on: 'three', v: { width: 1280, height: 720, aspect: '16:9' } },
  {
    m: 'make it youtube shorts format',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  {
    m: '算了还是横屏吧',
    f: 'format',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  { m: '4k please', f: 'format', on: 'three', v: { width: 3840, height: 2160 } },
  { m: '帧率改成二十四', f: 'format', on: 'three', v: { fps: 24 } },

  // ---- order ----
  {
    m: 'reverse the order',
    f: 'order',
    on: 'three',
    v: { photos: src(['forest.jpg', 'city.jpg', 'beach.jpg']) },
  },
  {
    m: '按拍摄时间排序',
    f: 'order',
    on: 'three',
    v: { photos: src(['city.jpg', 'forest.jpg', 'beach.jpg']) },
  },
  {
    m: 'newest first',
    f: 'order',
    on: 'three',
    v: { photos: src(['beach.jpg', 'forest.jpg', 'city.jpg']) },
  },
  {
    m: 'swap 1 and 2',
    f: 'order',
    on: 'three',
    before: ['reverse the order'],
    v: { photos: src(['city.jpg', 'forest.jpg', 'beach.jpg']) },
  },
  {
    m: '把森林那张放到最前面',
    f: 'order',
    on: 'three',
    v: { photos: src(['forest.jpg', 'beach.jpg', 'city.jpg']) },
  },
  {
    m: '把beach那张放最后',
    f: 'order',
    on: 'three',
    v: { photos: src(['city.jpg', 'forest.jpg', 'beach.jpg']) },
  },
  {
    m: '顺序到过来',
    f: 'order',
    on: 'three',
    v: { photos: src(['forest.jpg', 'city.jpg', 'beach.jpg']) },
  },
  {
    m: 'remove the blurry one',
    f: 'order',
    on: 'flagged',
    v: { photos: src(['beach.jpg', 'city.jpg', 'beach-2.jpg']) },
  },
  {
    m: '重复的那张删了',
    f: 'order',
    on: 'flagged',
    v: { photos: src(['beach.jpg', 'city.jpg', 'forest.jpg']) },
  },
  {
    m: 'party night那张放第一个',
    f: 'order',
    on: 'five',
    v: { photos: src(['party night.jpg', 'beach.jpg', 'city.jpg', 'forest.jpg', 'sunset.jpg']) },
  },

  // ---- question ----
  {
    m: 'how long is the video rn?',
    f: 'question',
    on: 'three',
    before: ['make it 20 seconds'],
    same: true,
  },
  { m: '现在用的什么音乐', f: 'question', on: 'rich', same: true },
  { m: 'what transitions am i using', f: 'question', on: 'rich', same: true },
  { m: '有哪些滤镜可以选', f: 'question', on: 'three', same: true },
  { m: 'is it 16:9 or vertical?', f: 'question', on: 'five', same: true },
  { m: 'title现在几秒出现的?', f: 'question', on: 'rich', same: true },
  { m: 'can u do slow mo?', f: 'question', on: 'three', same: true },
  { m: '这个视频多长', f: 'question', on: 'three', same: true },
  { m: 'looks good thx 👍', f: 'question', on: 'three', same: true },
  { m: '背景音了是哪首', f: 'question', on: 'rich', same: true },

  // ---- negation ----
  { m: 'no music', f: 'negation', on: 'rich', v: { audio: [] } },
  { m: '不要背景音乐了', f: 'negation', on: 'beats', v: { audio: [] } },
  {
    m: 'no transitions, just straight cuts',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut', durationMs: 0 }) },
  },
  {
    m: "don't change the order, just make it 12 seconds",
    f: 'negation',
    on: 'three',
    v: { photos: src(THREE), durationMs: 12000 },
  },
  { m: '不要字了 全部去掉', f: 'negation', on: 'rich', v: { texts: [] } },
  {
    m: 'nah no filter',
    f: 'negation',
    on: 'three',
    before: ['make it warm'],
    v: { look: 'none' },
  },
  {
    m: '照骗别动来动去的 定住就行',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'no title, caption留着',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: 'no zoom on the photos, keep the crossfades tho',
    f: 'negation',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }), transitions: each(4, { kind: 'crossfade' }) },
  },
  { m: '不要转场效果', f: 'negation', on: 'beats', v: { transitions: each(2, { kind: 'cut' }) } },

  // ---- history ----
  { m: 'undo', f: 'history', on: 'three', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: '撤销',
    f: 'history',
    on: 'three',
    before: ['每张照片两秒'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['add a title that says hello', 'undo'],
    v: { texts: [{ text: /^hello$/i, role: 'title' }] },
  },
  { m: '撤消', f: 'history', on: 'three', before: ['加个复古滤镜'], v: { look: 'none' } },
  {
    m: 'undo the last thing',
    f: 'history',
    on: 'three',
    before: ['make it vertical', 'crossfade between the photos'],
    v: { transitions: each(2, { kind: 'cut' }), aspect: '9:16' },
  },
  {
    m: 'undo 一下',
    f: 'history',
    on: 'rich',
    before: ['no music'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'ctrl z',
    f: 'history',
    on: 'three',
    before: ['reverse the order'],
    v: { photos: src(THREE) },
  },
  {
    m: '重做',
    f: 'history',
    on: 'three',
    before: ['转场用交叉溶解', '撤销'],
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'five',
    before: ['make it 20 seconds', 'use whip pans'],
    v: { durationMs: 11800, transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    m: '刚才那步不要了 退回去',
    f: 'history',
    on: 'three',
    before: ['make it square', 'pan left on every photo'],
    v: { photos: each(3, { motion: 'zoom-in' }), aspect: '1:1' },
  },

  // ---- multi ----
  {
    m: 'vertical, 10 sec, crossfades',
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', durationMs: 10000, transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: '黑白 每张两秒 加个标题叫回忆',
    f: 'multi',
    on: 'three',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 2000 }),
      texts: [{ text: '回忆', role: 'title' }],
    },
  },
  {
    m: 'title to the bottom and music at 50%',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', role: 'caption' },
      ],
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
    },
  },
  {
    m: 'square + vintage filter + 每张2秒',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', look: 'vintage', photos: each(5, { durationMs: 2000 }) },
  },
  {
    m: 'make it warm, add piano music and put the forest one first',
    f: 'multi',
    on: 'three',
    v: {
      look: 'warm',
      audio: [{ source: 'Quiet Piano' }],
      photos: src(['forest.jpg', 'beach.jpg', 'city.jpg']),
    },
  },
  {
    m: '竖屏 转场淡入淡出 总长十二秒',
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', transitions: each(2, { kind: /^(crossfade|fade-black)$/ }), durationMs: 12000 },
  },
  {
    m: "remove caption, title says 'Road Trip 2024' now",
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip 2024', role: 'title' }] },
  },
  {
    m: '五张照片倒序 然后转场都改成直接切',
    f: 'multi',
    on: 'five',
    v: {
      photos: src(['party night.jpg', 'sunset.jpg', 'forest.jpg', 'city.jpg', 'beach.jpg']),
      transitions: each(4, { kind: 'cut' }),
    },
  },
  {
    m: 'pan right on all + cool tone + 60fps',
    f: 'multi',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-right' }), look: 'cool', fps: 60 },
  },
  {
    m: 'music fade out 3秒, look改成matte',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 3000 }], look: 'matte' },
  },

  // ---- create ----
  {
    m: "turn these into a 15s tiktok with slide transitions and a title 'Beach Day'",
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      durationMs: 15000,
      transitions: each(2, { kind: /^slide-/ }),
      texts: [{ text: 'Beach Day', role: 'title' }],
    },
  },
  {
    m: '帮我把这些照片做成一个二十秒的视频 横屏 要有转场',
    f: 'create',
    on: 'five',
    v: { aspect: '16:9', durationMs: 20000 },
  },
  {
    m: 'make me a chill little video, black and white, lofi music, 12 sec',
    f: 'create',
    on: 'three',
    v: { look: 'black-and-white', audio: [{ source: /lo-?fi/i }], durationMs: 12000 },
  },
  {
    m: '做个reels 每张2.5秒 加背景音乐',
    f: 'create',
    on: 'three',
    v: { aspect: '9:16', photos: each(3, { durationMs: 2500 }), audio: [{}] },
  },
  {
    m: '做一个旅行vlog 竖版的 标题写东京五日',
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      look: 'warm',
      transitions: each(2, { kind: 'whip-pan' }),
      texts: [{ text: '东京五日', role: 'title' }],
    },
  },
  {
    m: "slideshow for youtube, 4 sec each, fade thru black, end card 'see ya'",
    f: 'create',
    on: 'five',
    v: {
      aspect: '16:9',
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: 'fade-black' }),
      texts: [{ text: /^see ya$/i, role: 'end-card' }],
    },
  },
  {
    m: '帮我做个方形的视频每张照片三秒加个暖色虑镜配首民谣',
    f: 'create',
    on: 'three',
    v: {
      aspect: '1:1',
      photos: each(3, { durationMs: 3000 }),
      look: 'warm',
      audio: [{ source: 'Campfire' }],
    },
  },
  {
    m: 'just make a 5 second clip of this pic with a slow zoom out',
    f: 'create',
    on: 'one',
    v: { durationMs: 5000, photos: [{ motion: 'zoom-out', durationMs: 5000 }] },
  },

  // ---- reference ----
  {
    m: 'same for the last one',
    f: 'reference',
    on: 'three',
    before: ['make the 2nd photo 5 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 5000 }] },
  },
  {
    m: 'change it to a wipe',
    f: 'reference',
    on: 'three',
    before: ['add a slide transition'],
    v: { transitions: each(2, { kind: /^wipe-/ }) },
  },
  {
    m: '第三张也是',
    f: 'reference',
    on: 'three',
    before: ['第二张照片改成往左平移'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'pan-left' }] },
  },
  {
    m: 'actually make it bottom',
    f: 'reference',
    on: 'rich',
    before: ['move the title to the top'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '把它改成 Hi there',
    f: 'reference',
    on: 'three',
    before: ['add a title that says Hello'],
    v: { texts: [{ text: 'Hi there', role: 'title' }] },
  },
  {
    m: 'lower it to 25%',
    f: 'reference',
    on: 'three',
    before: ['add piano music'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.25 }] },
  },
  {
    m: '再长一点 一秒',
    f: 'reference',
    on: 'three',
    before: ['转场改成交叉淡化'],
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }) },
  },
  {
    m: 'no wait, 6',
    f: 'reference',
    on: 'three',
    before: ['make the first photo 4 seconds'],
    v: { photos: [{ durationMs: 6000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    m: '森林那张也删了',
    f: 'reference',
    on: 'five',
    before: ['把海边那张删掉'],
    v: { photos: src(['city.jpg', 'sunset.jpg', 'party night.jpg']) },
  },
];
