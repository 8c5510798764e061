import { type CorpusCase, each } from './types.js';

/**
 * Blind set 3: 120 messages written without looking at the director, its corpus or earlier blind sets.
 * Expectations are judged on the resulting draft (`joy inspect --json`); numbers were checked by applying
 * the intended commands through src/model on the fixture drafts.
 */

const P = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));
const S = (...names: string[]) => names.map((source) => ({ source }));
const M = (...names: string[]) => names.map((motion) => ({ motion }));

export const blind3: CorpusCase[] = [
  // ── English ──────────────────────────────────────────────────────────────────────────────────────
  // length
  {
    m: 'can u make the whole video like 12 sec total',
    f: 'length',
    v: { durationMs: 12000, photos: P(4000, 4000, 4000) },
  },
  { m: 'each pic should be 2 seconds', f: 'length', v: { durationMs: 6000, photos: P(2000, 2000, 2000) } },
  {
    m: 'make the 2nd photo stay on screen for 5s',
    f: 'length',
    v: { durationMs: 11000, photos: P(3000, 5000, 3000) },
  },
  {
    m: 'I want the video to be exactly 20 seconds and 9:16 for reels',
    f: 'multi',
    on: 'five',
    v: { durationMs: 20000, aspect: '9:16' },
  },
  {
    m: 'shorten every photo to 1.5 seconds pls',
    f: 'length',
    v: { durationMs: 4500, photos: P(1500, 1500, 1500) },
  },
  { m: 'make the last photo 6 seconds', f: 'length', v: { durationMs: 12000, photos: P(3000, 3000, 6000) } },
  // transition
  {
    m: 'add crosfades between the photos',
    f: 'transition',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: 'make the transitions longer, like 1.5 seconds',
    f: 'transition',
    on: 'rich',
    v: { durationMs: 6000, transitions: each(2, { kind: 'crossfade', durationMs: 1500 }) },
  },
  { m: 'use a slide transition', f: 'transition', v: { transitions: each(2, { kind: /^slide-/ }) } },
  {
    m: 'fade to black between each shot, half a second',
    f: 'transition',
    v: { durationMs: 8000, transitions: each(2, { kind: 'fade-black', durationMs: 500 }) },
  },
  {
    m: 'swap the transitons for a whip pan',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'whip-pan' }) },
  },
  {
    m: 'just hard cuts between photos',
    f: 'transition',
    on: 'five',
    v: { durationMs: 15000, transitions: each(4, { kind: 'cut', durationMs: 0 }) },
  },
  // motion
  { m: 'slow zoom out on every photo', f: 'motion', v: { photos: M('zoom-out', 'zoom-out', 'zoom-out') } },
  { m: 'pan left on the first one', f: 'motion', v: { photos: M('pan-left', 'zoom-in', 'zoom-in') } },
  { m: 'make photo 3 rotate slowly', f: 'motion', v: { photos: M('zoom-in', 'zoom-in', 'rotate') } },
  // look
  { m: 'make it blakc and white', f: 'look', v: { look: 'black-and-white' } },
  { m: 'give it a vintage film look', f: 'look', v: { look: 'vintage' } },
  { m: 'colors r kinda dull, make them pop', f: 'look', v: { look: 'vivid' } },
  { m: 'remove the filter', f: 'look', before: ['make it matte'], v: { look: 'none' } },
  // text
  {
    m: 'add a title that says "Summer 2024"',
    f: 'text',
    v: { texts: [{ text: 'Summer 2024', role: 'title' }] },
  },
  {
    m: 'change the title to Beach Days',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Beach Days', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'move the title up to the top',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  { m: 'delete the caption', f: 'text', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  {
    m: 'put "thanks for watching" at the end',
    f: 'text',
    v: { texts: [{ text: /^thanks for watching$/i, endMs: 9000 }] },
  },
  { m: 'get rid of all the text', f: 'text', on: 'rich', v: { texts: [] } },
  // music
  { m: 'add some chill lofi music', f: 'music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    m: 'add upbeat background music at 40% volume',
    f: 'music',
    v: { audio: [{ source: /^(Sunny Pop|Road Trip)$/, volume: 0.4 }] },
  },
  {
    m: 'music is too loud, turn it down to 30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: 'remove the music and the caption',
    f: 'multi',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'swap the song for something more epic',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Horizon' }] },
  },
  // style
  {
    m: 'make this a birthday video 🎂',
    f: 'style',
    v: {
      look: 'vivid',
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: 'turn it into a travel vlog',
    f: 'style',
    v: { look: 'warm', transitions: each(2, { kind: 'whip-pan' }), audio: [{ source: 'Road Trip' }] },
  },
  {
    m: "its for my grandpa's memorial",
    f: 'style',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black' }),
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: 'wedding style pls 💍',
    f: 'style',
    v: {
      look: 'matte',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
    },
  },
  // format
  { m: 'make it vertical for tiktok', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: 'actually i need it for youtube', f: 'format', before: ['make it 9:16'], v: { aspect: '16:9' } },
  { m: '4:5 please, for the insta feed', f: 'format', v: { aspect: '4:5', width: 1080, height: 1350 } },
  // order
  {
    m: 'swap the first and last photos',
    f: 'order',
    v: { photos: S('forest.jpg', 'city.jpg', 'beach.jpg') },
  },
  {
    m: 'put the beach photo at the end',
    f: 'order',
    v: { photos: S('city.jpg', 'forest.jpg', 'beach.jpg') },
  },
  { m: 'revrse the order', f: 'order', v: { photos: S('forest.jpg', 'city.jpg', 'beach.jpg') } },
  {
    m: 'sort them by date, oldest first',
    f: 'order',
    v: { photos: S('city.jpg', 'forest.jpg', 'beach.jpg') },
  },
  // history
  { m: 'undo', f: 'history', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: 'nah go back, i liked it before',
    f: 'history',
    before: ['use a slide transition'],
    v: { transitions: each(2, { kind: 'cut' }) },
  },
  { m: 'redo that', f: 'history', before: ['make it vintage', 'undo'], v: { look: 'vintage' } },
  // create
  { m: 'make a video from my photos', f: 'create', on: 'empty', v: { photos: each(5, { kind: 'image' }) } },
  {
    m: 'make a slideshow with all my pics, 3 sec each',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { kind: 'image', durationMs: 3000 }) },
  },
  // question
  { m: 'how long is the video right now?', f: 'question', same: true },
  { m: 'what transitions do you have?', f: 'question', same: true },
  { m: 'what does the timeline look like now?', f: 'question', on: 'rich', same: true },
  { m: 'is there any music on this?', f: 'question', on: 'rich', same: true },
  { m: 'why is it only 7 seconds when I have 3 photos of 3s each?', f: 'question', on: 'rich', same: true },
  // negation
  { m: "don't add music, just make the colors warmer", f: 'negation', v: { look: 'warm', audio: [] } },
  { m: 'no ken burns, keep the photos still', f: 'negation', v: { photos: M('static', 'static', 'static') } },
  {
    m: "I don't want any transitions",
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }) },
  },
  {
    m: "don't change the aspect, just make it 10 seconds",
    f: 'negation',
    v: { aspect: '16:9', durationMs: 10000 },
  },
  {
    m: 'not the first photo, the second one should be 5 seconds',
    f: 'negation',
    v: { photos: P(3000, 5000, 3000) },
  },
  // multi
  {
    m: 'make it 9:16, add a crossfade and some happy music',
    f: 'multi',
    v: {
      aspect: '9:16',
      transitions: each(2, { kind: 'crossfade' }),
      audio: [{ source: /^(Sunny Pop|Confetti)$/ }],
    },
  },
  {
    m: 'black and white, 4 seconds per photo, and add the title "In Memory"',
    f: 'multi',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 4000 }),
      texts: [{ text: 'In Memory', role: 'title' }],
    },
  },
  {
    m: 'reverse the photos then fade to black between them',
    f: 'multi',
    v: { photos: S('forest.jpg', 'city.jpg', 'beach.jpg'), transitions: each(2, { kind: 'fade-black' }) },
  },
  {
    m: 'add a title "Tokyo" at the top and some lofi music at 50%',
    f: 'multi',
    v: {
      texts: [{ text: 'Tokyo', role: 'title', position: 'top' }],
      audio: [{ source: 'Lo-fi Drift', volume: 0.5 }],
    },
  },
  {
    m: 'swap photo 1 and 2, and make every photo 2.5s',
    f: 'multi',
    v: {
      durationMs: 7500,
      photos: [
        { source: 'city.jpg', durationMs: 2500 },
        { source: 'beach.jpg', durationMs: 2500 },
        { source: 'forest.jpg', durationMs: 2500 },
      ],
    },
  },
  {
    m: 'vintage look + slow zoom out on everything + 1s crossfades',
    f: 'multi',
    v: {
      look: 'vintage',
      photos: M('zoom-out', 'zoom-out', 'zoom-out'),
      transitions: each(2, { kind: 'crossfade', durationMs: 1000 }),
    },
  },
  // reference
  {
    m: 'make that one longer, like 5s',
    f: 'reference',
    before: ['zoom out on photo 2'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000, motion: 'zoom-out' }, { durationMs: 3000 }] },
  },
  {
    m: 'put it at the bottom',
    f: 'reference',
    before: ['add a title "Hello World"'],
    v: { texts: [{ text: 'Hello World', position: 'bottom' }] },
  },
  {
    m: 'and the same for the last one',
    f: 'reference',
    before: ['make the first photo pan right'],
    v: { photos: M('pan-right', 'zoom-in', 'pan-right') },
  },
  {
    m: 'turn it up a bit, to 70%',
    f: 'reference',
    before: ['add some acoustic music at 40%'],
    v: { audio: [{ source: 'Campfire', volume: 0.7 }] },
  },
  // ── 中文 ────────────────────────────────────────────────────────────────────────────────────────
  // length
  { m: '整个视频改成15秒', f: 'length', v: { durationMs: 15000, photos: P(5000, 5000, 5000) } },
  { m: '第二张图片放就一点，5秒', f: 'length', v: { durationMs: 11000, photos: P(3000, 5000, 3000) } },
  { m: '每张图 1.5s', f: 'length', v: { durationMs: 4500, photos: P(1500, 1500, 1500) } },
  // transition
  {
    m: '转场换成淡入淡出',
    f: 'transition',
    v: { transitions: each(2, { kind: /^(crossfade|fade-black|fade-white)$/ }) },
  },
  {
    m: '专场时间改成1秒',
    f: 'transition',
    on: 'rich',
    v: { durationMs: 7000, transitions: each(2, { kind: 'crossfade', durationMs: 1000 }) },
  },
  {
    m: '转场用黑场过渡，0.5秒',
    f: 'transition',
    v: { durationMs: 8000, transitions: each(2, { kind: 'fade-black', durationMs: 500 }) },
  },
  {
    m: '转场都去掉，直接硬切',
    f: 'transition',
    on: 'five',
    v: { durationMs: 15000, transitions: each(4, { kind: 'cut', durationMs: 0 }) },
  },
  // motion
  { m: '所有照片都慢慢缩小', f: 'motion', v: { photos: M('zoom-out', 'zoom-out', 'zoom-out') } },
  { m: '第一张照片从左往右平移', f: 'motion', v: { photos: M('pan-right', 'zoom-in', 'zoom-in') } },
  { m: '照片都别动，静止就好', f: 'motion', v: { photos: M('static', 'static', 'static') } },
  // look
  { m: '调成黑白的', f: 'look', v: { look: 'black-and-white' } },
  { m: '来点复古 vintage 的感觉', f: 'look', v: { look: 'vintage' } },
  { m: '整体色调冷一点', f: 'look', v: { look: 'cool' } },
  { m: '滤镜去掉', f: 'look', before: ['加个暖色滤镜'], v: { look: 'none' } },
  // text
  { m: '加个 title：毕业快乐', f: 'text', v: { texts: [{ text: '毕业快乐', role: 'title' }] } },
  {
    m: '标题改成"我们的夏天"',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '我们的夏天', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '把标题放到底部',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  { m: '结尾加一句"感谢观看"', f: 'text', v: { texts: [{ text: '感谢观看', endMs: 9000 }] } },
  // music
  { m: '加一段背景因乐', f: 'music', v: { audio: [{ startMs: 0, endMs: 9000 }] } },
  {
    m: '配个欢快的 BGM，音量50%',
    f: 'music',
    v: { audio: [{ source: /^(Sunny Pop|Confetti)$/, volume: 0.5 }] },
  },
  { m: '音乐 volume 调到20%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] } },
  { m: '不要背景音乐了', f: 'music', on: 'rich', v: { audio: [] } },
  { m: '换一首更安静的', f: 'music', on: 'rich', v: { audio: [{ source: 'Quiet Piano' }] } },
  // style
  {
    m: '做成生日视频🎉',
    f: 'style',
    v: {
      look: 'vivid',
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: '婚礼风格',
    f: 'style',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: '旅行vlog风',
    f: 'style',
    v: {
      look: 'warm',
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan' }),
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '做个产品展示视频',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'slide-left', durationMs: 400 }),
      audio: [{ source: 'Clean Lines' }],
    },
  },
  // format
  { m: '改成竖屏，发 TikTok', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  {
    m: '改成1:1正方形，顺便把音乐去掉',
    f: 'multi',
    on: 'rich',
    v: { aspect: '1:1', width: 1080, height: 1080, audio: [] },
  },
  { m: '适配 Instagram 动态', f: 'format', v: { aspect: '4:5' } },
  // order
  { m: '第一张和第三张换一下位置', f: 'order', v: { photos: S('forest.jpg', 'city.jpg', 'beach.jpg') } },
  { m: '按拍摄时间 sort 一下', f: 'order', v: { photos: S('city.jpg', 'forest.jpg', 'beach.jpg') } },
  // history
  { m: '撤消', f: 'history', before: ['调成黑白'], v: { look: 'none' } },
  {
    m: '刚才那步 undo 一下',
    f: 'history',
    before: ['每张照片改成5秒'],
    v: { durationMs: 9000, photos: P(3000, 3000, 3000) },
  },
  { m: '重做', f: 'history', before: ['加个复古滤镜', '撤销'], v: { look: 'vintage' } },
  // create
  { m: '用这些照片帮我做个视频', f: 'create', on: 'empty', v: { photos: each(5, { kind: 'image' }) } },
  {
    m: '帮我把这几张照片做成一个竖屏视频',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { kind: 'image' }) },
  },
  // question
  { m: '现在视频多长？', f: 'question', same: true },
  { m: '有哪些转场可以用？', f: 'question', same: true },
  { m: '现在时间线是什么样的', f: 'question', on: 'rich', same: true },
  { m: '标题是什么来着？', f: 'question', on: 'rich', same: true },
  // negation
  { m: '别加音乐，把颜色调暖一点就行', f: 'negation', v: { look: 'warm', audio: [] } },
  { m: '不要转场', f: 'negation', on: 'five', v: { transitions: each(4, { kind: 'cut' }) } },
  { m: '不用改比例，只把时长改成12秒', f: 'negation', v: { aspect: '16:9', durationMs: 12000 } },
  { m: '不是第一张，是第二张改成4秒', f: 'negation', v: { durationMs: 10000, photos: P(3000, 4000, 3000) } },
  // multi
  {
    m: '改成竖屏，加个标题"周末"，再配点放松的音乐',
    f: 'multi',
    v: { aspect: '9:16', texts: [{ text: '周末', role: 'title' }], audio: [{ source: 'Lo-fi Drift' }] },
  },
  {
    m: '每张3.5秒，转场用交叉淡化 1秒',
    f: 'multi',
    v: {
      durationMs: 8500,
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 1000 }),
    },
  },
  {
    m: 'make it 黑白 and 每张 4 秒',
    f: 'multi',
    v: { look: 'black-and-white', durationMs: 12000, photos: P(4000, 4000, 4000) },
  },
  {
    m: '先倒序，然后全部加上向右平移',
    f: 'multi',
    v: {
      photos: [
        { source: 'forest.jpg', motion: 'pan-right' },
        { source: 'city.jpg', motion: 'pan-right' },
        { source: 'beach.jpg', motion: 'pan-right' },
      ],
    },
  },
  {
    m: '标题改成"毕业旅行"，放到顶部',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [
        { text: '毕业旅行', role: 'title', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  // reference
  {
    m: '这张再长一点，改成6秒',
    f: 'reference',
    before: ['第二张照片用缩小效果'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000, motion: 'zoom-out' }, { durationMs: 3000 }] },
  },
  {
    m: '把它放到顶部',
    f: 'reference',
    before: ['加个标题"旅行日记"'],
    v: { texts: [{ text: '旅行日记', position: 'top' }] },
  },
  {
    m: '最后一张也一样',
    f: 'reference',
    before: ['第一张照片改成静止'],
    v: { photos: M('static', 'zoom-in', 'static') },
  },
  {
    m: '音量再调到60%',
    f: 'reference',
    before: ['加点钢琴音乐'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.6 }] },
  },
];
