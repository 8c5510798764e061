import { jargon } from './jargon.js';
import { type CorpusCase, each } from './types.js';

/**
 * The phrase corpus: messages as creators type them, English and Chinese, with typos, mixed language,
 * several instructions at once and references to earlier turns. Each says what the draft must become.
 * Drafts (test/director/fixtures.ts): `three` = three 3 s photos, hard cuts, no music, 16:9, 9 s;
 * `five` = five 3 s photos with 0.8 s crossfades (11.8 s); `rich` = `three` with crossfades, a title
 * "Road Trip", a caption "Day one" and the uploaded song lo-fi.mp3.
 */

const len = (ms: number) => ({ durationMs: ms });
const photos3 = (ms: number) => ({ photos: each(3, { durationMs: ms }) });
const lengths = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));
const cuts3 = (kind: string, ms?: number) => ({
  transitions: each(2, ms === undefined ? { kind } : { kind, durationMs: ms }),
});
const cuts5 = (kind: string, ms?: number) => ({
  transitions: each(4, ms === undefined ? { kind } : { kind, durationMs: ms }),
});
const moves3 = (motion: string) => ({ photos: each(3, { motion }) });
const moves3Of = (...motions: string[]) => ({ photos: motions.map((motion) => ({ motion })) });
const src3 = (...names: string[]) => names.map((name) => ({ source: `${name}.jpg` }));
const src5 = src3;
const kinds = (...names: string[]) => ({ transitions: names.map((kind) => ({ kind })) });
const song = (source: string | RegExp, extra: Record<string, unknown> = {}) => ({
  audio: [{ source, ...extra }],
});

/** Classes of blind sets 43 and 44, each in new words: kept apart, as one literal this size is past what the type checker unions. */
const mixedAndShorthand: CorpusCase[] = [
  { f: 'order', m: 'delet the forest one', on: 'three', v: { photos: src3('beach', 'city') } },
  { f: 'question', m: 'what can u help me with', on: 'three', same: true, route: 'help' },
  { f: 'create', m: 'make vid from my pic', on: 'empty', route: 'create' },
  { f: 'create', m: 'create video using my photo pls', on: 'empty', route: 'create' },
  { f: 'length', m: '第二张 5s 其余的 2s', on: 'three', v: { photos: lengths(2000, 5000, 2000) } },
  {
    f: 'motion',
    m: '第一张 pan left 第三张 zoom out',
    on: 'three',
    v: moves3Of('pan-left', 'zoom-in', 'zoom-out'),
  },
  { f: 'transition', m: 'the fade feels too slow', on: 'five', v: cuts5('crossfade', 500) },
  { f: 'transition', m: 'shorten the fade please', on: 'five', v: cuts5('crossfade', 500) },
  { f: 'transition', m: '这个fade太长了', on: 'five', v: cuts5('crossfade', 500) },
  {
    f: 'transition',
    m: 'first transition no need',
    on: 'five',
    v: kinds('cut', 'crossfade', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: 'there is no need for the first transition',
    on: 'five',
    v: kinds('cut', 'crossfade', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: 'drop the first two transitions',
    on: 'five',
    v: kinds('cut', 'cut', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: 'the last three transitions should be wipes',
    on: 'five',
    v: { transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: /^wipe-/ }] },
  },
  { f: 'transition', m: '后两个转场去掉', on: 'five', v: kinds('crossfade', 'crossfade', 'cut', 'cut') },
  {
    f: 'transition',
    m: '前两张之间换成闪白',
    on: 'five',
    v: kinds('fade-white', 'crossfade', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: '最后两张不要过渡',
    on: 'five',
    v: kinds('crossfade', 'crossfade', 'crossfade', 'cut'),
  },
  {
    f: 'transition',
    m: 'end of the video fade out 3 secs',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 3000, color: '#000000' } },
  },
  { f: 'look', m: '颜色有点太 yellow', on: 'three', v: { look: 'cool' } },
  { f: 'look', m: '画面太 bright 了', on: 'three', v: { look: 'dark' } },
  { f: 'length', m: '有点太 fast 了', on: 'three', v: { durationMs: 12000 } },
  { f: 'look', m: 'look remove please', on: 'three', before: ['make it vintage'], v: { look: 'none' } },
  { f: 'music', m: 'bgm off', on: 'rich', v: { audio: [] } },
  { f: 'look', m: 'a bit less saturate please', on: 'three', v: { look: 'matte' } },
  {
    f: 'text',
    m: "start of video put text 'hi everyone'",
    on: 'three',
    v: { texts: [{ text: 'hi everyone', startMs: 0 }] },
  },
  {
    f: 'text',
    m: 'the title is on too long, 1 sec is enough',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 1000 }, { text: 'Day one' }] },
  },
  { f: 'music', m: 'music way too loud, half it', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  {
    f: 'music',
    m: 'the song should kick in later, around 2 seconds',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 2000 }),
  },
  { f: 'music', m: '歌晚一点进来 差不多4秒', on: 'rich', v: song('lo-fi.mp3', { startMs: 4000 }) },
  { f: 'music', m: '音了调小一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'style', m: '弄个温新一点的风格', on: 'three', v: { look: 'warm' } },
  { f: 'style', m: "it's for grandpa birthday", on: 'three', v: { look: 'vivid' } },
  {
    f: 'format',
    m: 'i see black bar at the top, remove',
    on: 'three',
    v: { photos: each(3, { fit: 'cover' }) },
  },
  { f: 'format', m: '上下 黑边 去掉', on: 'three', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'format', m: 'upload it to 小红书 for me', on: 'three', same: true },
  {
    f: 'order',
    m: 'delete the dupe and the blurred one',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: 'n the title too',
    on: 'rich',
    before: ['make the caption yellow'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffd600' },
        { text: 'Day one', color: '#ffd600' },
      ],
    },
  },
  {
    f: 'reference',
    m: '第一张 也一样',
    on: 'three',
    before: ['第二张静止'],
    v: moves3Of('static', 'static', 'zoom-in'),
  },
  {
    f: 'reference',
    m: 'oops, wrong one - the third transition',
    on: 'five',
    before: ['make the second transition a wipe'],
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'reference',
    m: '错了，是第一张和第五张',
    on: 'five',
    before: ['第二张和第三张对调'],
    v: { photos: src5('party night', 'city', 'forest', 'sunset', 'beach') },
  },
  {
    f: 'reference',
    m: 'no, downwards',
    on: 'three',
    before: ['pan the forest one up'],
    v: moves3Of('zoom-in', 'zoom-in', 'pan-down'),
  },
  {
    f: 'reference',
    m: '不是，往右',
    on: 'three',
    before: ['第一张往左平移'],
    v: moves3Of('pan-right', 'zoom-in', 'zoom-in'),
  },
  { f: 'history', m: '算了，还是之前那样吧', on: 'three', before: ['改成复古'], v: { look: 'none' } },
  {
    f: 'history',
    m: 'hmm, I do want that after all',
    on: 'three',
    before: ['make it vintage', 'undo'],
    v: { look: 'vintage' },
  },
  {
    f: 'transition',
    m: '还是换成滑动的吧',
    on: 'three',
    before: ['转场用叠化'],
    v: { transitions: [{ kind: /^slide-/ }, { kind: /^slide-/ }] },
  },
  {
    f: 'length',
    m: '再多放两秒',
    on: 'three',
    before: ['海边那张改成3.5秒'],
    v: { photos: lengths(5500, 3000, 3000) },
  },
  {
    f: 'length',
    m: 'half a second shorter',
    on: 'three',
    before: ['make the city one 4 seconds'],
    v: { photos: lengths(3000, 3500, 3000) },
  },
  {
    f: 'motion',
    m: 'forest zooms out, beach stays still',
    on: 'three',
    v: moves3Of('static', 'zoom-in', 'zoom-out'),
  },
  {
    f: 'motion',
    m: 'spin the rocket and drift the coffee',
    on: 'things',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'drift' },
        { motion: 'rotate' },
        { motion: 'zoom-in' },
      ],
    },
  },
  { f: 'motion', m: '第二张往下平移', on: 'three', v: moves3Of('zoom-in', 'pan-down', 'zoom-in') },
  {
    f: 'order',
    m: 'forest first, then city, then beach',
    on: 'three',
    v: { photos: src3('forest', 'city', 'beach') },
  },
  {
    f: 'order',
    m: 'the beach one looks blurry, remove it and make the rest 5 seconds',
    on: 'three',
    v: {
      photos: [
        { source: 'city.jpg', durationMs: 5000 },
        { source: 'forest.jpg', durationMs: 5000 },
      ],
    },
  },
  { f: 'negation', m: 'erase the man standing behind me in the city photo', on: 'three', same: true },
  // Found typing requests by hand after sets 43–44.
  {
    f: 'length',
    m: 'a 12 second video with all the photos the same length please',
    on: 'three',
    v: { durationMs: 12000, photos: lengths(4000, 4000, 4000) },
  },
  {
    f: 'length',
    m: '18s in total, every photo of equal length',
    on: 'three',
    v: { durationMs: 18000, photos: lengths(6000, 6000, 6000) },
  },
  {
    f: 'text',
    m: 'take the caption down after 4 seconds',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 4000 }] },
  },
  {
    f: 'text',
    m: 'hide the title at 1.5s',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 1500 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'title: Tokyo Nights, caption on the second photo: Shibuya',
    on: 'three',
    v: {
      texts: [
        { text: 'Tokyo Nights', role: 'title' },
        { text: 'Shibuya', role: 'caption', startMs: 3000 },
      ],
    },
  },
  {
    f: 'text',
    m: '标题：毕业快乐，片尾：明年见',
    on: 'three',
    v: {
      texts: [
        { text: '毕业快乐', role: 'title' },
        { text: '明年见', role: 'end-card' },
      ],
    },
  },
  // Sets 45 (an editor's shorthand) and 46 (older people's polite, rambling sentences): each class in new words.
  { f: 'length', m: 'p3 4.5s', on: 'three', v: { photos: lengths(3000, 3000, 4500) } },
  { f: 'length', m: 'p2-p3 1.5s', on: 'three', v: { photos: lengths(3000, 1500, 1500) } },
  { f: 'length', m: '-0.5s on p1', on: 'three', v: { photos: lengths(2500, 3000, 3000) } },
  { f: 'length', m: 'all 2s, first one 5', on: 'three', v: { photos: lengths(5000, 2000, 2000) } },
  { f: 'length', m: '第3张 +2s', on: 'three', v: { photos: lengths(3000, 3000, 5000) } },
  { f: 'length', m: '全部 1.5s', on: 'three', v: { photos: lengths(1500, 1500, 1500) } },
  {
    f: 'transition',
    m: 'tr wipe .4',
    on: 'three',
    v: {
      transitions: [
        { kind: /^wipe-/, durationMs: 400 },
        { kind: /^wipe-/, durationMs: 400 },
      ],
    },
  },
  {
    f: 'transition',
    m: 'first tr = cut',
    on: 'five',
    v: kinds('cut', 'crossfade', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: '黑场 0.6',
    on: 'three',
    v: {
      transitions: [
        { kind: 'fade-black', durationMs: 600 },
        { kind: 'fade-black', durationMs: 600 },
      ],
    },
  },
  { f: 'motion', m: 'kb off pls', on: 'three', v: moves3('static') },
  { f: 'motion', m: 'p1 pan R', on: 'three', v: moves3Of('pan-right', 'zoom-in', 'zoom-in') },
  { f: 'motion', m: '第1张 缩小 第3张 放大', on: 'three', v: moves3Of('zoom-out', 'zoom-in', 'zoom-in') },
  { f: 'music', m: 'bgm 25', on: 'rich', v: song('lo-fi.mp3', { volume: 0.25 }) },
  { f: 'order', m: '1↔3', on: 'three', v: { photos: src3('forest', 'city', 'beach') } },
  { f: 'order', m: 'p2 → last', on: 'three', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'order', m: 'rm p1', on: 'three', v: { photos: src3('city', 'forest') } },
  {
    f: 'text',
    m: 'title @ bottom',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    f: 'history',
    m: 'undo x3',
    on: 'three',
    before: ['p1 4s', 'p2 4s', 'p3 4s'],
    v: { photos: lengths(3000, 3000, 3000) },
  },
  { f: 'create', m: 'create vid', on: 'empty', route: 'create' },
  { f: 'reference', m: '+2', on: 'three', before: ['p3 4s'], v: { photos: lengths(3000, 3000, 6000) } },
  {
    f: 'reference',
    m: '第一张也同上',
    on: 'three',
    before: ['第二张 缩小'],
    v: moves3Of('zoom-out', 'zoom-out', 'zoom-in'),
  },
  {
    f: 'motion',
    m: '所有照片都慢慢往右移，行吗？',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-right' }) },
  },
  {
    f: 'transition',
    m: '不要那些花里胡哨的，照片之间直接切过去就行',
    on: 'five',
    v: kinds('cut', 'cut', 'cut', 'cut'),
  },
  {
    f: 'transition',
    m: '第二个转场，可以换成闪白吗？',
    on: 'five',
    v: kinds('crossfade', 'fade-white', 'crossfade', 'crossfade'),
  },
  { f: 'look', m: '颜色有点发黄，看着不舒服', on: 'three', v: { look: 'cool' } },
  { f: 'order', m: '森林那张我不要了', on: 'three', v: { photos: src3('beach', 'city') } },
  {
    f: 'text',
    m: '字幕停留的时间有点长，一秒半就够了',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 3700 }] },
  },
  { f: 'music', m: '音乐开头能不能慢慢进来，大概两秒', on: 'rich', v: song('lo-fi.mp3', { fadeInMs: 2000 }) },
  {
    f: 'length',
    m: 'The first picture, the one from the wedding, is the best. Could you let it stay on for four seconds?',
    on: 'three',
    v: { photos: lengths(4000, 3000, 3000) },
  },
  {
    f: 'transition',
    m: 'I find the changes between the photos rather rushed. Could each one last a full second?',
    on: 'five',
    v: cuts5('crossfade', 1000),
  },
  {
    f: 'transition',
    m: 'Between the pictures, could the screen go black for a moment?',
    on: 'three',
    v: { transitions: [{ kind: 'fade-black' }, { kind: 'fade-black' }] },
  },
  {
    f: 'transition',
    m: 'Only between the city and the forest, could you put a wipe?',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }] },
  },
  {
    f: 'text',
    m: "I'd just like the big title moved down to the bottom.",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    f: 'reference',
    m: 'Could the first one be the same, please?',
    on: 'three',
    before: ['make the third photo 6 seconds'],
    v: { photos: lengths(6000, 3000, 6000) },
  },
  {
    f: 'reference',
    m: 'Sorry, that should have gone on the first picture.',
    on: 'three',
    before: ["caption the third photo 'Hello'"],
    v: { texts: [{ text: 'Hello', startMs: 0 }] },
  },
  {
    f: 'music',
    m: 'Could the song wait until the title is gone before it begins?',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 3000 }),
  },
  { f: 'order', m: 'Please take my ex-daughter-in-law out of the city photo.', on: 'three', same: true },
  // Sets 47 and 48 (a week's chat box; 抖音/小红书 creators): each class in new words.
  { f: 'order', m: '把城市那张挪到最后一个', on: 'three', v: { photos: src3('beach', 'forest', 'city') } },
  {
    f: 'multi',
    m: '把所有转场和运镜都去掉',
    on: 'five',
    v: { ...kinds('cut', 'cut', 'cut', 'cut'), photos: each(5, { motion: 'static' }) },
  },
  { f: 'multi', m: '删掉标题和所有字幕', on: 'rich', v: { texts: [] } },
  {
    f: 'reference',
    m: '最后一张也照这样弄',
    on: 'three',
    before: ['第一张改成静止'],
    v: moves3Of('static', 'zoom-in', 'static'),
  },
  {
    f: 'reference',
    m: '不对，删最后一张',
    on: 'three',
    before: ['删掉第一张'],
    v: { photos: src3('beach', 'city') },
  },
  {
    f: 'music',
    m: '改成三秒吧',
    on: 'rich',
    before: ['音乐结尾淡出'],
    v: song('lo-fi.mp3', { fadeOutMs: 3000 }),
  },
  { f: 'transition', m: 'the fades drag, shrink em to 0.4', on: 'five', v: cuts5('crossfade', 400) },
  { f: 'text', m: '字全都去掉', on: 'rich', v: { texts: [] } },
  {
    f: 'text',
    m: '四张分别加字幕：春、夏、秋、冬',
    on: 'five',
    v: { texts: [{ text: '春' }, { text: '夏' }, { text: '秋' }, { text: '冬' }] },
  },
  {
    f: 'text',
    m: 'the title should read Our Summer instead',
    on: 'rich',
    v: { texts: [{ text: 'Our Summer', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'history',
    m: '把刚刚撤销的恢复回来',
    on: 'three',
    before: ['改成复古', '撤销'],
    v: { look: 'vintage' },
  },
  {
    f: 'history',
    m: '换回去吧 还是原来那样',
    on: 'three',
    before: ['把海边那张放最后'],
    v: { photos: src3('beach', 'city', 'forest') },
  },
  // Set 49 (a second week's chat box): each class in new words.
  { f: 'length', m: '最后一张再多给它一秒', on: 'three', v: { photos: lengths(3000, 3000, 4000) } },
  {
    f: 'transition',
    m: 'let the photos slide in',
    on: 'three',
    v: { transitions: [{ kind: /^slide-/ }, { kind: /^slide-/ }] },
  },
  {
    f: 'motion',
    m: '首尾两张都静止',
    on: 'five',
    v: {
      photos: [
        { motion: 'static' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'static' },
      ],
    },
  },
  { f: 'motion', m: '第二张往里推一点', on: 'three', v: moves3Of('zoom-in', 'zoom-in', 'zoom-in') },
  { f: 'motion', m: '最后一张往外拉', on: 'three', v: moves3Of('zoom-in', 'zoom-in', 'zoom-out') },
  {
    f: 'transition',
    m: 'fade the pictures into one another',
    on: 'three',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }] },
  },
  {
    f: 'transition',
    m: '开头淡入，结尾淡出，各一秒半',
    on: 'three',
    v: { fade: { inMs: 1500, outMs: 1500, color: '#000000' } },
  },
  {
    f: 'history',
    m: '还原成最开始的样子',
    on: 'three',
    before: ['改成竖屏', '每张4秒'],
    v: { width: 1920, height: 1080, photos: lengths(3000, 3000, 3000) },
  },
  // Set 50 (one kind of video per session): each class in new words.
  {
    f: 'text',
    m: "put 'Congrats Mia!' as the title",
    on: 'three',
    v: { texts: [{ text: 'Congrats Mia!', role: 'title' }] },
  },
  {
    f: 'multi',
    m: "title 'Spring Fair', half second wipes, and 12 seconds long",
    on: 'five',
    v: { durationMs: 12000, texts: [{ text: 'Spring Fair', role: 'title' }] },
  },
  { f: 'style', m: '照宣传片的风格来', on: 'three', v: { look: 'vivid' } },
  {
    f: 'length',
    m: 'give the closing shot an extra second',
    on: 'three',
    v: { photos: lengths(3000, 3000, 4000) },
  },
  { f: 'order', m: '前两张互换', on: 'three', v: { photos: src3('city', 'beach', 'forest') } },
  {
    f: 'transition',
    m: 'fade in over 1 second at the start and out over 3 seconds at the end',
    on: 'three',
    v: { fade: { inMs: 1000, outMs: 3000, color: '#000000' } },
  },
  {
    f: 'transition',
    m: '开头淡入两秒，结尾淡出四秒',
    on: 'three',
    v: { fade: { inMs: 2000, outMs: 4000, color: '#000000' } },
  },
  // Sets 51 (texts and music) and 52 (negations and limits): classes in new words.
  { f: 'music', m: '配乐音量调成40', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  { f: 'music', m: 'music down to 30 percent', on: 'rich', v: song('lo-fi.mp3', { volume: 0.3 }) },
  {
    f: 'music',
    m: 'a livelier one please',
    on: 'three',
    before: ['add some calm piano music'],
    v: { audio: [{ source: /^(?!Quiet Piano)/ }] },
  },
  {
    f: 'music',
    m: 'bring the song in over 1 second and out over 4',
    on: 'rich',
    v: song('lo-fi.mp3', { fadeInMs: 1000, fadeOutMs: 4000 }),
  },
  {
    f: 'music',
    m: 'make that 5 seconds',
    on: 'rich',
    before: ['fade the music in'],
    v: song('lo-fi.mp3', { fadeInMs: 5000 }),
  },
  {
    f: 'text',
    m: '标题也这样',
    on: 'rich',
    before: ['字幕改成红色'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#e53935' },
        { text: 'Day one', color: '#e53935' },
      ],
    },
  },
  {
    f: 'text',
    m: "put the line 'See you soon' as the end card",
    on: 'three',
    v: { texts: [{ text: 'See you soon', role: 'end-card' }] },
  },
  { f: 'look', m: '别弄成复古的', on: 'three', same: true },
  { f: 'question', m: "the video isn't too long, is it?", on: 'three', same: true },
  { f: 'question', m: '字幕没挡住脸吧？', on: 'rich', same: true },
  {
    f: 'history',
    m: '撤销一步就好，不要撤两步',
    on: 'three',
    before: ['改成竖屏', '改成复古'],
    v: { look: 'none', width: 1080, height: 1920 },
  },
  {
    f: 'length',
    m: 'leave the transitions alone and make it 18 seconds',
    on: 'five',
    v: { durationMs: 18000, transitions: each(4, { kind: 'crossfade', durationMs: 800 }) },
  },
  {
    f: 'reference',
    m: 'ok, all of them then',
    on: 'three',
    before: ['make the first photo 2 seconds'],
    v: { photos: lengths(2000, 2000, 2000) },
  },
  {
    f: 'reference',
    m: 'the others too',
    on: 'three',
    before: ['make the last photo still'],
    v: moves3('static'),
  },
  { f: 'music', m: 'not this track, something else', on: 'rich', v: { audio: [{ source: /^(?!lo-fi)/ }] } },
  { f: 'music', m: '不要这首了，换一首欢快的', on: 'rich', v: song('Sunny Pop') },
  {
    f: 'order',
    m: '别倒序了，还是按原来的顺序吧',
    on: 'five',
    before: ['倒过来放'],
    v: { photos: src5('beach', 'city', 'forest', 'sunset', 'party night') },
  },

  // Blind set 52 (exceptions): what is set apart, named by date or place; the rest reversed among
  // themselves; photos left out of the video; the other kind of text; "without" an effect.
  {
    f: 'length',
    m: 'all of them except the one taken on july 4th should get 2.5 seconds',
    on: 'five',
    v: { photos: lengths(2500, 2500, 2500, 3000, 2500) },
  },
  {
    f: 'length',
    m: 'everything but the forest picture gets 2 seconds',
    on: 'five',
    v: { photos: lengths(2000, 2000, 3000, 2000, 2000) },
  },
  {
    f: 'order',
    m: 'flip the order of everything apart from the first photo',
    on: 'five',
    v: { photos: src5('beach', 'party night', 'sunset', 'forest', 'city') },
  },
  {
    f: 'order',
    m: '第一张不动，后面的倒过来',
    on: 'five',
    v: { photos: src5('beach', 'party night', 'sunset', 'forest', 'city') },
  },
  {
    f: 'order',
    m: '把第3到第5张的顺序反过来',
    on: 'five',
    v: { photos: src5('beach', 'city', 'party night', 'sunset', 'forest') },
  },
  {
    f: 'create',
    m: 'put together a video from every photo except the sunset one',
    on: 'empty',
    v: { photos: src5('beach', 'city', 'forest', 'party night') },
  },
  {
    f: 'create',
    m: '做个视频，海边那张别放',
    on: 'empty',
    v: { photos: src5('city', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: 'use all the pics but the forest one',
    on: 'five',
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '除了派对那张，其余的都用上',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },
  {
    f: 'motion',
    m: '除了第二张，其他的都要放大',
    on: 'three',
    v: moves3Of('zoom-in', 'zoom-out', 'zoom-in'),
    before: ['所有照片都缩小'],
  },
  {
    f: 'text',
    m: 'all the words yellow other than the title',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: '#ffd600' },
      ],
    },
  },
  {
    f: 'text',
    m: '除了字幕，其他字都改成蓝色',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#1e88e5' },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  { f: 'motion', m: 'can I get it without any zooming', on: 'three', v: moves3('static') },
  {
    f: 'transition',
    m: 'the same thing but without the crossfades',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: 'cut' }] },
  },
  { f: 'music', m: 'the video is kind of dull without a song', on: 'three', v: { audio: [{}] } },

  // Blind sets 53 and 54 (ordinary chat; people who describe effects instead of naming them): each class in
  // new words.
  {
    f: 'transition',
    m: 'can every transition be a second long',
    on: 'three',
    v: { transitions: [{ durationMs: 1000 }, { durationMs: 1000 }] },
  },
  {
    f: 'motion',
    m: 'please stop the panning',
    on: 'five',
    before: ['pan left on every photo'],
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    f: 'order',
    m: '前面两张不要了，留后三张就好',
    on: 'five',
    v: { photos: src5('forest', 'sunset', 'party night') },
  },
  { f: 'history', m: '撤掉的那一步再放回来', on: 'three', before: ['换成暖色', '撤销'], v: { look: 'warm' } },
  {
    f: 'transition',
    m: '让后一张从右边推进来',
    on: 'three',
    v: { transitions: [{ kind: /^(?:slide|push)-/ }, { kind: /^(?:slide|push)-/ }] },
  },
  {
    f: 'transition',
    m: 'each photo just snaps to the next one, make it smoother',
    on: 'three',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }] },
  },
  {
    f: 'transition',
    m: '照片之间那种渐渐过渡过去的效果不要了',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }) },
  },
  {
    f: 'transition',
    m: '换图时有点生硬',
    on: 'three',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }] },
  },
  {
    f: 'transition',
    m: '照片之间闪一下白光',
    on: 'three',
    v: { transitions: [{ kind: 'fade-white' }, { kind: 'fade-white' }] },
  },
  { f: 'transition', m: '加个“叮”的声音', on: 'three', same: true },
  { f: 'motion', m: '这个一直放大的效果不要了', on: 'three', v: moves3('static') },
  { f: 'motion', m: '画面别一直靠近了，改成越来越远', on: 'three', v: moves3('zoom-out') },
  {
    f: 'motion',
    m: 'the forest shot should drift side to side',
    on: 'three',
    v: { photos: [{}, {}, { motion: /^pan-/ }] },
  },
  {
    f: 'motion',
    m: 'only the first photo moves, the rest should be still',
    on: 'three',
    v: moves3Of('zoom-in', 'static', 'static'),
  },
  { f: 'motion', m: '只让第一张动，后面的都不动', on: 'three', v: moves3Of('zoom-in', 'static', 'static') },
  { f: 'motion', m: 'that zooming effect, can it go the other way?', on: 'three', v: moves3('zoom-out') },
  {
    f: 'motion',
    m: '往左吧',
    on: 'three',
    before: ['第二张慢慢往右移'],
    v: { photos: [{}, { motion: 'pan-left' }, {}] },
  },
  { f: 'look', m: 'can it look like an old photograph', on: 'three', v: { look: 'vintage' } },
  { f: 'look', m: 'the colours all seem a bit icy', on: 'three', v: { look: 'warm' } },
  { f: 'text', m: 'remove all the lettering', on: 'rich', v: { texts: [] } },
  {
    f: 'text',
    m: '每张照片上各写上：出发、路上、到了',
    on: 'three',
    v: { texts: [{ text: '出发' }, { text: '路上' }, { text: '到了' }] },
  },
  {
    f: 'music',
    m: 'let the song fade away over 5 seconds at the end',
    on: 'rich',
    v: song('lo-fi.mp3', { fadeOutMs: 5000 }),
  },
  { f: 'format', m: '别用模糊的背景，换成纯黑的', on: 'three', v: { photos: each(3, { fit: 'color' }) } },
  {
    f: 'order',
    m: 'I want the sunset one first',
    on: 'five',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  {
    f: 'motion',
    m: '除了最后一张，其他都静止，别再放大了',
    on: 'three',
    v: moves3Of('static', 'static', 'zoom-in'),
  },
  {
    f: 'history',
    m: '删错了，恢复一下',
    on: 'three',
    before: ['删掉第一张'],
    v: { photos: src3('beach', 'city', 'forest') },
  },
  {
    f: 'length',
    m: 'hmm give it 5',
    on: 'three',
    before: ['make the forest one 2 seconds'],
    v: { photos: lengths(3000, 3000, 5000) },
  },
  {
    f: 'text',
    m: '底下那行也改成黄色',
    on: 'rich',
    before: ['中间的大字改成黄色'],
    v: { texts: [{ color: '#ffd600' }, { color: '#ffd600' }] },
  },
  {
    f: 'transition',
    m: 'and between the last two too',
    on: 'three',
    before: ['a quick black moment between the first two'],
    v: { transitions: [{ kind: 'fade-black' }, { kind: 'fade-black' }] },
  },
  // Found in the studio: a shape said with a platform is the shape, without the platform's own first.
  { f: 'format', m: 'square version for instagram please', on: 'three', v: { width: 1080, height: 1080 } },
  { f: 'format', m: '发B站的，但要竖屏9:16', on: 'three', v: { width: 1080, height: 1920 } },
  // Blind set 55 (another month of the chat box): each class in new words.
  {
    f: 'length',
    m: 'the ending feels too rushed, give it two more seconds',
    on: 'three',
    v: { photos: lengths(3000, 3000, 5000) },
  },
  {
    f: 'transition',
    m: 'hard cuts only — this is a product demo',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: 'cut' }] },
  },
  { f: 'motion', m: 'all that zooming is making us feel sick', on: 'three', v: moves3('static') },
  {
    f: 'motion',
    m: '先缩小后放大',
    on: 'five',
    v: moves3Of('zoom-out', 'zoom-out', 'zoom-out', 'zoom-in', 'zoom-in'),
  },
  {
    f: 'look',
    m: 'warm colours please, my mum loved sunny holiday pictures',
    on: 'three',
    v: { look: 'warm' },
  },
  {
    f: 'look',
    m: 'could you erase the man standing next to the fountain in the city picture',
    on: 'three',
    same: true,
  },
  { f: 'negation', m: '先别加音乐，等我选好', on: 'three', same: true },
  // Blind set 56 (platform creators' words): each class in new words.
  {
    f: 'length',
    m: 'the first 3 secs have to hook people, so make the first photo a bit shorter',
    on: 'three',
    v: { photos: lengths(2250, 3000, 3000) },
  },
  { f: 'length', m: '最后一张多停一秒 结尾有点赶', on: 'three', v: { photos: lengths(3000, 3000, 4000) } },
  { f: 'length', m: '结尾有点拖', on: 'three', v: { photos: lengths(3000, 3000, 2250) } },
  {
    f: 'transition',
    m: '照片切换得太硬了 柔一点',
    on: 'three',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }] },
  },
  { f: 'motion', m: 'the zooming is so dated, switch it off', on: 'three', v: moves3('static') },
  { f: 'look', m: '这个滤镜有点土 算了', on: 'three', before: ['加个暖色滤镜'], v: { look: 'none' } },
  {
    f: 'text',
    m: '标题改成红的 这样更醒目',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#e53935' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕小一点 放到最下面',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'bottom' }] },
  },
  {
    f: 'music',
    m: 'the song should kick in around 3 seconds in',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 3000 }),
  },
  {
    f: 'style',
    m: 'make it one of those highlight reels',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }) },
  },
  {
    f: 'look',
    m: 'keep the colours as they are though',
    on: 'three',
    before: ['warm look'],
    v: { look: 'none' },
  },
  { f: 'question', m: '能导出60帧不', on: 'three', same: true },
  { f: 'length', m: '每张2秒，第一张除外', on: 'three', v: { photos: lengths(3000, 2000, 2000) } },
  {
    f: 'history',
    m: '还是要音乐吧 给我放回来',
    on: 'three',
    before: ['加点背景音乐', '去掉音乐'],
    v: { audio: [{}] },
  },
  { f: 'text', m: 'cut the captions please', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    f: 'motion',
    m: '第一张也照这样弄',
    on: 'three',
    before: ['第三张往左移'],
    v: { photos: [{ motion: 'pan-left' }, {}, { motion: 'pan-left' }] },
  },

  // Blind sets 57 and 58 (a fresh cross-section; whole sessions): each class in new words.
  {
    f: 'text',
    m: 'make the caption bigger, my dad has to be able to read it',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  { f: 'question', m: 'new here — what are you capable of doing?', on: 'three', route: 'help', same: true },
  {
    f: 'question',
    m: 'what sorts of things can you do with these pictures',
    on: 'three',
    route: 'help',
    same: true,
  },
  { f: 'style', m: '做一个快节奏的短视频', on: 'empty', v: { photos: each(5, { durationMs: 1500 }) } },
  { f: 'history', m: '弄过头了，又太暗了', on: 'three', before: ['太亮了，暗一点'], v: { look: 'none' } },
  {
    f: 'text',
    m: '最后加个片尾卡，写着“感谢观看”',
    on: 'three',
    v: { texts: [{ text: '感谢观看', role: 'end-card' }] },
  },
  { f: 'negation', m: '方形就算了，还是原来的吧', on: 'three', same: true },
  {
    f: 'motion',
    m: 'zoom in on the photos in the middle',
    on: 'five',
    v: { photos: [{}, { motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }, {}] },
    before: ['make every photo still'],
  },
  {
    f: 'text',
    m: 'also put the captions in capitals',
    on: 'rich',
    before: ['make the caption yellow'],
    v: { texts: [{ text: 'Road Trip' }, { text: 'DAY ONE' }] },
  },
  {
    f: 'text',
    m: 'hmm small letters would look nicer',
    on: 'rich',
    before: ['make the title all caps'],
    v: { texts: [{ text: 'road trip' }, { text: 'Day one' }] },
  },
  // Blind set 59 (another cross-section): each class in new words.
  {
    f: 'length',
    m: 'Could the last photograph stay one second longer? It is the group picture.',
    on: 'three',
    v: { photos: lengths(3000, 3000, 4000) },
  },
  { f: 'look', m: '第二张我额头上的皱纹能修掉吗', on: 'three', same: true },
  {
    f: 'text',
    m: 'make the title a bit smaller and put it at the bottom',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  { f: 'style', m: 'wedding style please, soft romantic vibes', on: 'three', v: { look: /.+/ } },
  { f: 'negation', m: '不要放音乐哈', on: 'three', same: true },
  {
    f: 'multi',
    m: '方形，加字幕：毕业快乐，转场用黑场',
    on: 'three',
    v: {
      width: 1080,
      height: 1080,
      texts: [{ text: '毕业快乐' }],
      transitions: [{ kind: 'fade-black' }, { kind: 'fade-black' }],
    },
  },
  {
    f: 'length',
    m: 'keep each photograph on screen for 2 seconds',
    on: 'three',
    v: { photos: lengths(2000, 2000, 2000) },
  },
  {
    f: 'reference',
    m: 'and the other two as well',
    on: 'three',
    before: ['zoom out on the second photo'],
    v: moves3('zoom-out'),
  },
  {
    f: 'reference',
    m: 'last one 也一样',
    on: 'rich',
    before: ['make the first transition a fade to black'],
    v: { transitions: [{ kind: 'fade-black' }, { kind: 'fade-black' }] },
  },
  // Blind set 60 (whole sessions by new writers): each class in new words.
  { f: 'look', m: '太过了，又太暗了', on: 'three', before: ['太亮了，调暗一点'], v: { look: 'none' } },
  {
    f: 'motion',
    m: 'except the beach, that one should stay still',
    on: 'five',
    before: ['zoom out on every photo'],
    v: {
      photos: [
        { motion: 'static' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
      ],
    },
  },
  {
    f: 'history',
    m: 'wait no, keep the yellow after all',
    on: 'rich',
    before: ['make the title yellow', 'undo'],
    v: { texts: [{ color: '#ffd600' }, {}] },
  },
  {
    f: 'history',
    m: 'never mind — redo that',
    on: 'three',
    before: ['make it black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  { f: 'order', m: 'toss the forest one', on: 'three', v: { photos: src3('beach', 'city') } },
  {
    f: 'order',
    m: '换回原来的顺序',
    on: 'three',
    before: ['第一张和第二张换一下'],
    v: { photos: src3('beach', 'city', 'forest') },
  },
  {
    f: 'multi',
    m: 'delete the title, song up to 80%, and make it square',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }], audio: [{ volume: 0.8 }], width: 1080, height: 1080 },
  },
  {
    f: 'text',
    m: 'actually white, not yellow',
    on: 'rich',
    before: ['make the caption yellow'],
    v: { texts: [{}, { color: '#ffffff' }] },
  },
  // Blind set 61 (another cross-section): each class in new words.
  {
    f: 'transition',
    m: 'simple cuts, nothing fancy. this is a product catalogue not a movie',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: 'cut' }] },
  },
  {
    f: 'transition',
    m: 'slides going right to left between the pictures',
    on: 'three',
    v: {
      transitions: [{ kind: 'slide-left' }, { kind: 'slide-left' }],
      photos: each(3, { motion: 'zoom-in' }),
    },
  },
  {
    f: 'motion',
    m: 'the panning is distracting, can it stop',
    on: 'three',
    before: ['pan left on every photo'],
    v: moves3('static'),
  },
  { f: 'motion', m: '别动了，风景本身就很美了', on: 'three', v: { ...moves3('static'), durationMs: 9000 } },
  { f: 'question', m: 'whats in the timeline right now', on: 'three', route: 'status', same: true },
  {
    f: 'text',
    m: '标题改成白色就好',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffffff' }, { text: 'Day one' }] },
  },
  { f: 'look', m: 'please remove the pigeon from the city picture', on: 'three', same: true },
  // Blind set 62 (another cross-section): each class in new words.
  {
    f: 'length',
    m: '整个视频改成20秒，小红书上太短的没人看',
    on: 'three',
    v: { durationMs: 20000, width: 1920 },
  },
  {
    f: 'transition',
    m: '转场拖得太长了',
    on: 'three',
    before: ['加叠化转场'],
    v: { transitions: [{ kind: 'crossfade', durationMs: 500 }, { durationMs: 500 }] },
  },
  {
    f: 'motion',
    m: 'opposite direction now',
    on: 'three',
    before: ['pan right on every photo'],
    v: moves3('pan-left'),
  },
  {
    f: 'look',
    m: 'ok bring the colour back',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  {
    f: 'text',
    m: 'the caption stays on forever, 2 seconds is enough to do',
    on: 'rich',
    v: { texts: [{}, { endMs: 4200 }] },
  },
  { f: 'music', m: '音乐去掉吧，店里本来就有音乐', on: 'rich', v: { audio: [] } },
  {
    f: 'length',
    m: '除了第一张保持3秒，其他的全部改成2秒',
    on: 'three',
    v: { photos: lengths(3000, 2000, 2000) },
  },
  {
    f: 'music',
    m: 'title 留着，music 去掉',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'history',
    m: '往回撤三步',
    on: 'three',
    before: ['竖屏', '黑白', '每张2秒'],
    v: { width: 1920, look: 'none' },
  },
  { f: 'look', m: 'soft, washed-out colours please', on: 'three', v: { look: 'matte' } },
  // Found typing requests by hand at the end of the session.
  {
    f: 'history',
    m: '暖色不好看，改回去吧',
    on: 'three',
    before: ['换成暖色'],
    route: 'undo',
    v: { look: 'none' },
  },
  {
    f: 'order',
    m: 'flip the order but keep the last one where it is',
    on: 'five',
    v: { photos: src5('sunset', 'forest', 'city', 'beach', 'party night') },
  },
];

export const corpus: CorpusCase[] = [
  // Editors' words (卡点, 转场, 运镜, whip pan, lower third …): test/director/corpus/jargon.ts.
  ...jargon,
  // Length: the whole video, each photo, one photo.
  { f: 'length', m: 'make the whole video 12 seconds long', v: len(12_000) },
  { f: 'length', m: 'make it a 12 second video', v: len(12_000) },
  { f: 'length', m: 'the video should be exactly 12 seconds', v: len(12_000) },
  { f: 'length', m: 'I want the video to be 20 seconds', v: len(20_000) },
  { f: 'length', m: 'total length 15s', v: len(15_000) },
  { f: 'length', m: 'make the entire thing 30 seconds', v: len(30_000) },
  { f: 'length', m: 'can the video be 10 seconds total?', v: len(10_000) },
  { f: 'length', m: 'make the video 1 minute long', v: len(60_000) },
  // A catalogue word is never "corrected" into another one: "wipe transition" is a wipe, not the whip pan
  // (whose alias is "whip-transition"); a name said before "into" the photo it leads to.
  { f: 'transition', m: 'wipe transition please', v: kinds('wipe-left', 'wipe-left') },
  { f: 'transition', m: 'a wipe transition from right to left', v: kinds('wipe-left', 'wipe-left') },
  { f: 'transition', m: 'wipe into photo 2', v: kinds('wipe-left', 'cut') },
  { f: 'transition', m: '转场用 wipe', v: kinds('wipe-left', 'wipe-left') },
  { f: 'reference', m: 'shorter, 0.4 second', before: ['use wipe transitions'], v: cuts3('wipe-left', 400) },
  // Guards: the whip pan and its own words stay; a motion verb before "into" is still the motion.
  { f: 'transition', m: 'whip transition', v: kinds('whip-pan', 'whip-pan') },
  { f: 'transition', m: 'swish transitions', v: kinds('whip-pan', 'whip-pan') },
  { f: 'transition', m: 'crossfade into the last one', v: kinds('cut', 'crossfade') },
  // "slow" is the move's pace: the way said after it, hyphened or not, is the move.
  { f: 'motion', m: 'slow zoom-out on the first photo', v: moves3Of('zoom-out', 'zoom-in', 'zoom-in') },
  { f: 'motion', m: 'a gentle zoom-out for every picture', v: moves3('zoom-out') },
  { f: 'motion', m: '第二张慢慢拉远', v: moves3Of('zoom-in', 'zoom-out', 'zoom-in') },
  {
    f: 'motion',
    m: 'Please apply a slow zoom-out to all images.',
    on: 'five',
    v: { photos: each(5, { motion: 'zoom-out' }) },
  },
  // Guard: a slow zoom-in stays a zoom-in.
  {
    f: 'motion',
    m: 'slow zoom-in on photo 2',
    before: ['zoom out on everything'],
    v: moves3Of('zoom-out', 'zoom-in', 'zoom-out'),
  },
  // "camera go up": the camera travelling one way is the pan that way.
  { f: 'motion', m: 'camera go down on the city photo', v: moves3Of('zoom-in', 'pan-down', 'zoom-in') },
  { f: 'motion', m: 'the beach photo, camera move left', v: moves3Of('pan-left', 'zoom-in', 'zoom-in') },
  {
    f: 'motion',
    m: 'camera goes slowly to the right on the first pic',
    v: moves3Of('pan-right', 'zoom-in', 'zoom-in'),
  },
  { f: 'motion', m: '第三张镜头往上走', v: moves3Of('zoom-in', 'zoom-in', 'pan-up') },
  // Guard: a photo moved up is no camera.
  { f: 'order', m: 'move the forest photo up', same: true },
  // Less colour (not none) is the muted look.
  { f: 'look', m: 'less colour please', v: { look: 'matte' } },
  { f: 'look', m: 'a bit more muted', v: { look: 'matte' } },
  { f: 'look', m: 'less colorful', v: { look: 'matte' } },
  { f: 'look', m: '颜色淡一点', v: { look: 'matte' } },
  // Guards: muting the music stays the music's; a complaint of pale colours and a colourful look are vivid.
  {
    f: 'multi',
    m: 'mute the music and less color',
    on: 'rich',
    v: { look: 'matte', audio: [{ volume: 0 }] },
  },
  { f: 'look', m: '颜色太淡', v: { look: 'vivid' } },
  { f: 'look', m: 'colorful look', v: { look: 'vivid' } },
  // "black white" without its "and".
  { f: 'look', m: 'black white please', v: { look: 'black-and-white' } },
  { f: 'look', m: 'make it black-white', v: { look: 'black-and-white' } },
  { f: 'multi', m: 'black white, 2 seconds each', v: { look: 'black-and-white', ...photos3(2000) } },
  { f: 'multi', m: 'black white look and 9:16', v: { look: 'black-and-white', aspect: '9:16' } },
  // Guard: a dip to black is a transition, no look.
  { f: 'transition', m: 'dip to black between photos', v: { look: 'none', ...cuts3('fade-black') } },
  // "style for memorial of my grandfather": the kind of video first, the style after "for" or "of".
  { f: 'style', m: 'style for birthday of my son', v: photos3(2200) },
  { f: 'style', m: 'theme of wedding please', v: photos3(4000) },
  { f: 'style', m: 'style for travel please', v: photos3(2500) },
  { f: 'style', m: '给我爷爷做个纪念风格的', v: photos3(5000) },
  // Guards: music of a style is the music only; the style of a text is no preset.
  { f: 'music', m: 'style for wedding music', v: { ...photos3(3000), audio: [{ source: /First Dance/i }] } },
  { f: 'style', m: 'the style of the title', same: true },
  // "no black border", "fill full the screen": crop to fill.
  { f: 'format', m: 'no black border', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'format', m: 'photos should fill full the screen', v: { photos: each(3, { fit: 'cover' }) } },
  {
    f: 'format',
    m: 'no borders please, pictures cover the entire screen',
    v: { photos: each(3, { fit: 'cover' }) },
  },
  { f: 'format', m: '没有黑边，照片铺满整个屏幕', v: { photos: each(3, { fit: 'cover' }) } },
  // Guard: a text's border is the text's.
  { f: 'text', m: 'title with no border', same: true },
  // Captions listed after a colon for each photo: one per photo.
  {
    f: 'text',
    m: 'captions for every pic: Paris, Rome, Berlin',
    v: {
      texts: [
        { text: 'Paris', startMs: 0, endMs: 3000 },
        { text: 'Rome', startMs: 3000, endMs: 6000 },
        { text: 'Berlin', startMs: 6000, endMs: 9000 },
      ],
    },
  },
  {
    f: 'text',
    m: 'caption per photo: one, two',
    v: { texts: [{ text: 'one' }, { text: 'two', startMs: 3000 }] },
  },
  {
    f: 'text',
    m: 'text on each photo: A, B and C',
    v: { texts: [{ text: 'A' }, { text: 'B' }, { text: 'C' }] },
  },
  {
    f: 'text',
    m: '给每张照片配文字：早上，中午，晚上',
    v: { texts: [{ text: '早上' }, { text: '中午' }, { text: '晚上' }] },
  },
  // Guards: a list said of the whole video, or of no photos, is one caption.
  {
    f: 'text',
    m: 'add a caption for the whole video: Sun, Sea, Sand',
    v: { texts: [{ text: 'Sun, Sea, Sand' }] },
  },
  { f: 'text', m: 'add a caption: Sun, Sea, Sand', v: { texts: [{ text: 'Sun, Sea, Sand' }] } },
  // "lower third on pic 1 that says …": the place said first, then the words, adds the text.
  {
    f: 'text',
    m: 'lower third on shot 1 that says Mika',
    v: { texts: [{ text: 'Mika', role: 'caption', style: 'lower-third', startMs: 0, endMs: 3000 }] },
  },
  {
    f: 'text',
    m: 'name tag on photo 3 that says Grandma Li',
    v: { texts: [{ text: 'Grandma Li', style: 'lower-third', startMs: 6000 }] },
  },
  { f: 'text', m: 'caption on photo 2 saying Chef Tom', v: { texts: [{ text: 'Chef Tom', startMs: 3000 }] } },
  { f: 'text', m: '第二张加个字幕写着王老师', v: { texts: [{ text: '王老师', startMs: 3000 }] } },
  // Guard: a lower third with no words adds nothing.
  { f: 'text', m: 'lower third on pic 2', same: true },
  // A Chinese title after a colon, then settings parted by spaces.
  {
    f: 'text',
    m: '加个标题：海边日落 黄色',
    v: { texts: [{ text: '海边日落', role: 'title', color: '#ffd600' }] },
  },
  { f: 'text', m: '字幕：周末愉快 放在底部', v: { texts: [{ text: '周末愉快', position: 'bottom' }] } },
  { f: 'text', m: '标题：毕业快乐 大一点', v: { texts: [{ text: '毕业快乐', role: 'title' }] } },
  {
    f: 'text',
    m: '标题：海边日落，放在顶部，黄色',
    v: { texts: [{ text: '海边日落', position: 'top', color: '#ffd600' }] },
  },
  // Guard: words after a space that are no setting stay the text's.
  { f: 'text', m: '字幕：我们的夏天 永远记得', v: { texts: [{ text: '我们的夏天 永远记得' }] } },
  // "the title should say …": the words wished for, with or without a title yet.
  {
    f: 'text',
    m: 'the title should say gym diaries',
    v: { texts: [{ text: 'gym diaries', role: 'title' }] },
  },
  { f: 'text', m: 'title should read Summer Trip', v: { texts: [{ text: 'Summer Trip', role: 'title' }] } },
  { f: 'text', m: '标题应该是健身日记', v: { texts: [{ text: '健身日记', role: 'title' }] } },
  {
    f: 'text',
    m: 'the title should say gym diaries',
    on: 'rich',
    v: { texts: [{ text: 'gym diaries', role: 'title' }, { text: 'Day one' }] },
  },
  // Guards: "should be" a size or a colour is no words.
  { f: 'text', m: 'the title should be bigger', same: true },
  {
    f: 'text',
    m: 'the title should be yellow',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600' }, { text: 'Day one' }] },
  },
  // "vid", "pics": the phone's words for a video of the photos.
  { f: 'create', m: 'make a vid', on: 'empty', route: 'create' },
  { f: 'create', m: 'turn my pics into a vid', on: 'empty', route: 'create' },
  { f: 'create', m: 'make a vertical vid with my pics', on: 'empty', route: 'create', v: { aspect: '9:16' } },
  { f: 'create', m: '用我的pics做个vid', on: 'empty', route: 'create' },
  // Guard: on a video, "the vid" is that video.
  { f: 'length', m: 'the vid is too long', v: len(6750) },
  // Sound effects are beyond Joy: nothing changes, and the reply says so.
  { f: 'question', m: 'add a whoosh sound effect', same: true, reply: /no sound effects/ },
  { f: 'question', m: 'camera shutter sound between photos', same: true, reply: /no sound effects/ },
  { f: 'question', m: '加个音效', same: true, reply: /没有音效/ },
  { f: 'question', m: '转场加个嗖的一声', same: true, reply: /没有音效/ },
  // Guard: the other wish in the message is still done.
  {
    f: 'multi',
    m: 'add a whoosh sound effect and make it vertical',
    v: { aspect: '9:16' },
    reply: /no sound effects/,
  },
  // Removing a watermark, a logo or a stamp from a photo is retouching, never removing the photo.
  {
    f: 'question',
    m: 'remove the logo from photo 2',
    on: 'five',
    same: true,
    reply: /cannot remove or change things/,
  },
  { f: 'question', m: 'remove the date stamp on the last pic', on: 'five', same: true },
  { f: 'question', m: 'Please remove the logo in the first photograph', on: 'five', same: true },
  { f: 'question', m: '去掉第二张照片的水印', on: 'five', same: true, reply: /不能去掉或修改照片里的东西/ },
  { f: 'question', m: '把第二张的logo去掉', on: 'five', same: true },
  // Guards: the photo itself still goes.
  {
    f: 'order',
    m: 'remove the second photograph',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '把第二张删掉',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  { f: 'length', m: 'cut it down to 6 seconds', v: len(6000) },
  { f: 'length', m: 'shorten the video to 5 seconds', v: len(5000) },
  { f: 'length', m: 'the whole clip should run 18 seconds', v: len(18_000) },
  { f: 'length', m: 'keep it under 15 seconds, like exactly 15', v: len(15_000) },
  { f: 'length', m: 'make the final video 24 sec', v: len(24_000) },
  { f: 'length', m: 'a 45 second video please', v: len(45_000) },
  { f: 'length', m: 'make the whole video 12 secs long', v: len(12_000) },
  { f: 'length', m: 'make teh whole vidoe 12 seconds long', v: len(12_000) },
  { f: 'length', m: 'each photo 2 seconds', v: photos3(2000) },
  { f: 'length', m: 'show every picture for 4 seconds', v: photos3(4000) },
  { f: 'length', m: 'make each photo last 5 seconds', v: photos3(5000) },
  { f: 'length', m: '2.5 seconds per photo', v: photos3(2500) },
  { f: 'length', m: 'give each image 1.5s', v: photos3(1500) },
  { f: 'length', m: 'each slide should be 3.5 seconds', v: photos3(3500) },
  {
    f: 'length',
    m: 'make the second photo 6 seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'first photo 5 seconds',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'make the last picture longer',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  { f: 'length', m: 'make it longer', v: len(12_000) },
  { f: 'length', m: 'a bit shorter please', v: len(6750) },
  { f: 'length', m: 'too long', v: len(6750) },
  { f: 'length', m: 'add 3 more seconds', v: len(12_000) },
  { f: 'length', m: 'make the video 20 seconds and each photo the same length', v: { durationMs: 20_000 } },
  { f: 'length', m: '视频总长12秒', v: len(12_000) },
  { f: 'length', m: '整个视频做成12秒', v: len(12_000) },
  { f: 'length', m: '把视频改成20秒', v: len(20_000) },
  { f: 'length', m: '总时长15秒', v: len(15_000) },
  { f: 'length', m: '视频要正好10秒', v: len(10_000) },
  { f: 'length', m: '每张照片2秒', v: photos3(2000) },
  { f: 'length', m: '每张图停留4秒', v: photos3(4000) },
  {
    f: 'length',
    m: '第二张照片6秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  { f: 'length', m: '视频短一点', v: len(6750) },
  { f: 'length', m: '视频长一点', v: len(12_000) },
  { f: 'length', m: '做成一个30秒的视频', v: len(30_000) },
  { f: 'length', m: 'make it 15秒', v: len(15_000) },
  { f: 'length', m: '整个video 20 seconds', v: len(20_000) },

  // Fractions of a second said in words, and "stay on screen" / "be shown" / 显示 as a photo's length.
  { f: 'length', m: 'each picture should stay on screen for about two and a half seconds', v: photos3(2500) },
  { f: 'length', m: 'the photos should stay on screen for two and a half seconds', v: photos3(2500) },
  { f: 'length', m: 'every photo one and a half seconds', v: photos3(1500) },
  { f: 'length', m: 'a second and a half per photo', v: photos3(1500) },
  { f: 'length', m: 'show each photo for two seconds and a half', v: photos3(2500) },
  { f: 'length', m: '2 and a half secs per pic', v: photos3(2500) },
  { f: 'length', m: 'pictures should be shown for three and a half seconds', v: photos3(3500) },
  { f: 'length', m: 'I want the pics displayed for 4 seconds', v: photos3(4000) },
  { f: 'length', m: 'each image on screen for 2½ seconds', v: photos3(2500) },
  { f: 'length', m: 'every slide should be displayed for a second and a half', v: photos3(1500) },
  {
    f: 'length',
    m: 'photo 2 should stay on screen for one and a half seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 1500 }, { durationMs: 3000 }] },
  },
  { f: 'transition', m: 'three-quarters of a second transitions', on: 'five', v: cuts5('crossfade', 750) },
  { f: 'transition', m: 'crossfades, a quarter of a second', v: cuts3('crossfade', 250) },
  { f: 'length', m: '每张照片两秒半', v: photos3(2500) },
  { f: 'length', m: '每张一秒半', v: photos3(1500) },
  { f: 'length', m: '每张照片显示两个半秒', v: photos3(2500) },
  { f: 'length', m: '照片都显示两秒半', v: photos3(2500) },
  { f: 'length', m: '让每张图在屏幕上停留三秒半', v: photos3(3500) },
  { f: 'length', m: '每张照片显示零点五秒', v: photos3(500) },
  {
    f: 'length',
    m: '第二张显示一秒半',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 1500 }, { durationMs: 3000 }] },
  },
  { f: 'transition', m: '转场一点五秒', on: 'five', v: cuts5('crossfade', 1500) },
  // Relative changes are steps from what is there, never new absolutes.
  {
    f: 'length',
    m: 'first shot needs half a sec more',
    v: { photos: [{ durationMs: 3500 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'the last picture should be a second shorter',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'add 2 seconds to the first photo',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'trim 1 second off the last photo',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },
  { f: 'length', m: 'add half a second to every photo', v: photos3(3500) },
  { f: 'length', m: 'total runtime砍掉2秒', v: len(7000) },
  { f: 'length', m: '视频缩短2秒', v: len(7000) },
  { f: 'length', m: '总时长减掉3秒', v: len(6000) },
  { f: 'length', m: '每张加1秒', v: photos3(4000) },
  {
    f: 'length',
    m: '第一张减掉半秒',
    v: { photos: [{ durationMs: 2500 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: '那张再加一秒',
    before: ['第二张改成5秒'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'that one needs another second',
    before: ['make the second photo 5 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  // A total shared out is still the total; "all", "一张", "a pop" are each photo's; a plain length keeps
  // the scope of the length said before it.
  { f: 'length', m: '总时长控制在15秒，平均分配给每张', v: { durationMs: 15_000, ...photos3(5000) } },
  {
    f: 'length',
    m: '15 seconds total, split evenly across the photos',
    v: { durationMs: 15_000, ...photos3(5000) },
  },
  { f: 'length', m: '全部改成1秒', v: photos3(1000) },
  { f: 'length', m: '一张1s', v: photos3(1000) },
  { f: 'length', m: 'make them all 2s', v: photos3(2000) },
  { f: 'length', m: '2 seconds a pop', v: photos3(2000) },
  { f: 'reference', m: '刚才那个太慢了，改回3秒', before: ['每张4秒'], v: photos3(3000) },
  { f: 'reference', m: '改回2秒', before: ['每张4秒'], v: photos3(2000) },
  { f: 'reference', m: 'too slow, back to 2', before: ['each photo 4 seconds'], v: photos3(2000) },
  { f: 'reference', m: 'make it 12 seconds', before: ['each photo 4 seconds'], v: len(12_000) },
  {
    f: 'length',
    m: '开头那张4秒，其余两秒',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 2000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'the opening photo 4 seconds, the rest 2 seconds',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 2000 }, { durationMs: 2000 }] },
  },
  // Only the photos or the transition named.
  {
    f: 'length',
    m: 'shots 2 and 3 → 2s each',
    on: 'five',
    v: { photos: [3000, 2000, 2000, 3000, 3000].map((ms) => ({ durationMs: ms })) },
  },
  {
    f: 'length',
    m: '第二张和第三张各2秒',
    on: 'five',
    v: { photos: [3000, 2000, 2000, 3000, 3000].map((ms) => ({ durationMs: ms })) },
  },
  {
    f: 'transition',
    m: 'last transition should be a zoom, 600ms',
    on: 'five',
    v: {
      transitions: [...each(3, { kind: 'crossfade', durationMs: 800 }), { kind: /^zoom-/, durationMs: 600 }],
    },
  },
  {
    f: 'transition',
    m: '最后一个转场改成擦除，500毫秒',
    on: 'five',
    v: {
      transitions: [...each(3, { kind: 'crossfade', durationMs: 800 }), { kind: /^wipe-/, durationMs: 500 }],
    },
  },
  // A correction inside one message: the value after it, in the shape of what it corrects.
  { f: 'length', m: 'every photo 2 seconds — nah scratch that, 1.8', v: photos3(1800) },
  { f: 'length', m: '每张2秒，哦不，1.8秒', v: photos3(1800) },
  { f: 'length', m: 'each photo 3s, no wait, make it 2.5', v: photos3(2500) },
  { f: 'length', m: '每张照片3秒，不对，2秒', v: photos3(2000) },
  {
    f: 'length',
    m: '第二张5秒，算了改成4秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  // A length to keep is a constraint on the video, not a transition's length.
  {
    f: 'negation',
    m: "crossfades please but don't change the runtime, it has to stay 9s",
    v: { durationMs: 9000, ...cuts3('crossfade') },
  },
  {
    f: 'negation',
    m: 'add crossfades but keep it at 9 seconds',
    v: { durationMs: 9000, ...cuts3('crossfade') },
  },
  {
    f: 'negation',
    m: "crossfades please, but don't change the runtime",
    v: { durationMs: 9000, ...cuts3('crossfade') },
  },
  { f: 'negation', m: '加叠化转场，但总时长保持9秒不变', v: { durationMs: 9000, ...cuts3('crossfade') } },
  { f: 'negation', m: '用叠化，时长不要变', v: { durationMs: 9000, ...cuts3('crossfade') } },
  {
    f: 'negation',
    m: 'hard cuts, keep the length the same',
    on: 'five',
    v: { durationMs: 11_800, ...cuts5('cut') },
  },

  // More ways to say a step, a scope, a held length and a counted transition.
  {
    f: 'length',
    m: 'add a second to the last shot',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  { f: 'length', m: 'shave half a second off each photo', v: photos3(2500) },
  { f: 'length', m: '都改成2秒', v: photos3(2000) },
  { f: 'length', m: '整体再缩短3秒', v: len(6000) },
  {
    f: 'length',
    m: 'make the second photo 2 seconds longer and the third one 1 second shorter',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: '第二张长2秒，第三张短1秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 2000 }] },
  },
  { f: 'reference', m: '3秒吧', before: ['每张2秒'], v: photos3(3000) },
  { f: 'reference', m: '改回15秒', before: ['make it 20 seconds'], v: len(15_000) },
  {
    f: 'negation',
    m: 'add slide transitions, but the total must stay at 9 seconds',
    v: { durationMs: 9000, transitions: each(2, { kind: /^slide-/ }) },
    reply: /^(?!.*understand)/,
  },
  {
    f: 'negation',
    m: 'wipes, and keep the video 9 seconds long',
    v: { durationMs: 9000, transitions: each(2, { kind: /^wipe-/ }) },
  },
  {
    f: 'negation',
    m: '用滑动转场，视频长度保持不变',
    v: { durationMs: 9000, transitions: each(2, { kind: /^slide-/ }) },
    reply: /^(?!.*没看懂)/,
  },
  {
    f: 'transition',
    m: 'the final transition: zoom, 0.6s',
    on: 'five',
    v: {
      transitions: [...each(3, { kind: 'crossfade', durationMs: 800 }), { kind: /^zoom-/, durationMs: 600 }],
    },
  },

  {
    f: 'length',
    m: 'make the first and second photos longer',
    on: 'five',
    v: { photos: [4000, 4000, 3000, 3000, 3000].map((ms) => ({ durationMs: ms })) },
  },
  {
    f: 'length',
    m: 'the 2nd and 3rd photo: 2s each',
    on: 'five',
    v: { photos: [3000, 2000, 2000, 3000, 3000].map((ms) => ({ durationMs: ms })) },
  },
  {
    f: 'negation',
    m: 'get rid of the zooms and the fades',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }), ...cuts5('cut') },
  },
  {
    f: 'transition',
    m: 'transitions 1 second, no wait, 0.5',
    on: 'five',
    v: cuts5('crossfade', 500),
  },
  { f: 'transition', m: '转场1秒，不对，半秒', on: 'five', v: cuts5('crossfade', 500) },
  {
    f: 'reference',
    m: '下一个也一样',
    on: 'five',
    before: ['第一个转场改成擦除'],
    v: {
      transitions: [{ kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },

  // A removal over a list covers every item.
  { f: 'negation', m: '把音乐和转场都关了', on: 'rich', v: { audio: [], ...cuts3('cut') } },
  {
    f: 'negation',
    m: 'lose the music and the captions',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }] },
  },
  {
    f: 'reference',
    m: '第三个也这样',
    on: 'five',
    before: ['第一个转场用擦除'],
    v: {
      transitions: [{ kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }],
    },
  },
  { f: 'length', m: '每张2秒，啊不对，3秒', v: photos3(3000) },
  {
    f: 'negation',
    m: '别那么花哨，运镜和转场都去掉',
    on: 'rich',
    v: { ...moves3('static'), ...cuts3('cut') },
  },
  {
    f: 'negation',
    m: 'remove the motion and the transitions',
    on: 'rich',
    v: { ...moves3('static'), ...cuts3('cut') },
  },
  { f: 'negation', m: 'no zooms or transitions', on: 'rich', v: { ...moves3('static'), ...cuts3('cut') } },
  { f: 'negation', m: '去掉运镜和转场', on: 'rich', v: { ...moves3('static'), ...cuts3('cut') } },
  { f: 'negation', m: '标题、字幕都删掉', on: 'rich', v: { texts: [] } },
  {
    f: 'negation',
    m: 'get rid of the music, the title and the transitions',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Day one' }], ...cuts3('cut') },
  },
  // The same change again on another transition; a move taken back.
  {
    f: 'reference',
    m: '第二个也是',
    before: ['第一个转场改成叠化'],
    v: cuts3('crossfade'),
  },
  {
    f: 'reference',
    m: 'the next one too',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: {
      transitions: [{ kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'reference',
    m: 'same for the fourth',
    on: 'five',
    before: ['make the second transition a fade to black'],
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-black' },
        { kind: 'crossfade' },
        { kind: 'fade-black' },
      ],
    },
  },
  {
    f: 'reference',
    m: '最后一个也一样',
    on: 'five',
    before: ['第一个转场改成擦除'],
    v: {
      transitions: [{ kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: /^wipe-/ }],
    },
  },
  {
    f: 'reference',
    m: 'actually put it back where it was',
    before: ['put the forest pic first'],
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: '算了，放回原来的位置',
    before: ['把森林那张放到最前面'],
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'move it back',
    before: ['move photo 1 to the end'],
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  // Motions (or transitions) said in turn make a pattern across the photos.
  {
    f: 'motion',
    m: 'alternate: zoom in, zoom out, zoom in',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-out', 'zoom-in', 'zoom-in', 'zoom-out'].map((motion) => ({ motion })) },
  },
  {
    f: 'motion',
    m: 'zoom in and out alternately',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-out', 'zoom-in', 'zoom-out', 'zoom-in'].map((motion) => ({ motion })) },
  },
  {
    f: 'motion',
    m: 'pan left, pan right, alternating',
    on: 'five',
    v: {
      photos: ['pan-left', 'pan-right', 'pan-left', 'pan-right', 'pan-left'].map((motion) => ({ motion })),
    },
  },
  {
    f: 'motion',
    m: '交替放大缩小',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-out', 'zoom-in', 'zoom-out', 'zoom-in'].map((motion) => ({ motion })) },
  },
  {
    f: 'motion',
    m: '依次放大、缩小、左移',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-out', 'pan-left', 'zoom-in', 'zoom-out'].map((motion) => ({ motion })) },
  },
  {
    f: 'transition',
    m: 'alternate crossfade and wipe transitions',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: /^wipe-/ }],
    },
  },

  // Transitions.
  {
    f: 'transition',
    m: 'make the transitions longer, like 1.5 seconds',
    on: 'five',
    v: { durationMs: 9000, ...cuts5('crossfade', 1500) },
  },
  { f: 'transition', m: 'longer transitions, about 1.2 seconds', on: 'five', v: cuts5('crossfade', 1200) },
  { f: 'transition', m: 'slow down the transitions, say 1 second', on: 'five', v: cuts5('crossfade', 1000) },
  {
    f: 'transition',
    m: 'shorter transitions',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }) },
  },
  {
    f: 'transition',
    m: 'make the transitions quicker, maybe half a second',
    on: 'five',
    v: cuts5('crossfade', 500),
  },
  { f: 'transition', m: 'add crossfades between the photos', v: cuts3('crossfade') },
  { f: 'transition', m: 'use fade transitions', v: cuts3('crossfade') },
  { f: 'transition', m: 'add a dissolve between each photo', v: cuts3('crossfade') },
  { f: 'transition', m: 'fade to black between photos', v: cuts3('fade-black') },
  { f: 'transition', m: 'white flash transitions', v: cuts3('fade-white') },
  { f: 'transition', m: 'slide transitions please', v: { transitions: each(2, { kind: /^slide-/ }) } },
  { f: 'transition', m: 'use a wipe', v: { transitions: each(2, { kind: /^wipe-/ }) } },
  { f: 'transition', m: 'whip pan transitions', v: cuts3('whip-pan') },
  { f: 'transition', m: 'zoom transitions', v: { transitions: each(2, { kind: /^zoom-/ }) } },
  { f: 'transition', m: 'circle reveal between photos', v: cuts3('circle') },
  { f: 'transition', m: 'blur transition', v: cuts3('blur-dissolve') },
  { f: 'transition', m: 'hard cuts only', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'remove the transitions', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'just cut between the photos', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'crossfade 1 second', v: cuts3('crossfade', 1000) },
  { f: 'transition', m: '2 second crossfades', on: 'five', v: cuts5('crossfade', 1500) },
  {
    f: 'transition',
    m: 'make the transition after the first photo a wipe',
    v: { transitions: [{ kind: /^wipe-/ }, { kind: 'cut' }] },
  },
  { f: 'transition', m: 'add crosfades', v: cuts3('crossfade') },
  { f: 'transition', m: 'trasitions should be smoother', v: { transitions: each(2, { kind: 'crossfade' }) } },
  { f: 'transition', m: '加转场', v: { transitions: each(2, { kind: /crossfade|fade/ }) } },
  { f: 'transition', m: '转场用淡入淡出', v: cuts3('crossfade') },
  { f: 'transition', m: '转场改成1.5秒', on: 'five', v: cuts5('crossfade', 1500) },
  { f: 'transition', m: '转场长一点，大概1.2秒', on: 'five', v: cuts5('crossfade', 1200) },
  { f: 'transition', m: '去掉转场', on: 'five', v: cuts5('crossfade'.replace('crossfade', 'cut')) },
  { f: 'transition', m: '不要转场效果', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: '用黑场过渡', v: cuts3('fade-black') },
  { f: 'transition', m: '转场用滑动', v: { transitions: each(2, { kind: /^slide-/ }) } },
  { f: 'transition', m: '加个crossfade转场', v: cuts3('crossfade') },
  { f: 'transition', m: 'transitions 改成 1 秒', on: 'five', v: cuts5('crossfade', 1000) },

  // A transition named by the photo it leads into; "no X on …" and "a cut on …" never remove a photo.
  ...[
    'no transitions on the last one, just cut',
    'no transition on the last one',
    'just a cut on the last one',
    'no fade on the last one',
    'skip the transition on the last one',
    'without a transition into the last photo',
    'make the last transition a hard cut',
    'no crossfade between the last two',
    '最后一个转场不要',
    '最后一个转场不要，直接切',
    '最后一张的转场去掉',
    '最后一张不要转场',
  ].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: {
      photos: each(5, { durationMs: 3000 }),
      transitions: [...each(3, { kind: 'crossfade' }), { kind: 'cut' }],
    },
  })),
  // "lose / ditch / scrap the transition between photo 3 and 4", "把…之间的转场去掉": that one transition becomes a cut.
  ...[
    'lose the transitions between photo 3 and 4',
    'ditch the crossfade between photos 3 and 4',
    'scrap the transition between the 3rd and 4th pic',
    '去掉第3张和第4张之间的转场',
    '把第三张和第四张之间的叠化去掉',
    '第三张跟第四张中间的转场不要了',
  ].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: {
      transitions: [...each(2, { kind: 'crossfade' }), { kind: 'cut' }, { kind: 'crossfade' }],
    },
  })),
  { f: 'transition', m: 'lose the crossfades', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'nix the transitions', on: 'five', v: cuts5('cut') },
  {
    f: 'transition',
    m: "I don't want a crossfade on the first one",
    on: 'five',
    v: { photos: each(5, {}), transitions: [{ kind: 'cut' }, ...each(3, { kind: 'crossfade' })] },
  },
  {
    f: 'transition',
    m: 'a wipe into photo 3',
    on: 'five',
    v: {
      photos: each(5, {}),
      transitions: [{ kind: 'crossfade' }, { kind: /wipe/ }, ...each(2, { kind: 'crossfade' })],
    },
  },
  {
    f: 'negation',
    m: 'no transitions, and cut the last photo',
    on: 'five',
    v: { photos: each(4, {}), transitions: each(3, { kind: 'cut' }) },
  },
  { f: 'negation', m: "I don't want zoom on photo 3", v: { photos: [{}, {}, { motion: 'static' }] } },
  { f: 'negation', m: 'no motion on the last one', v: { photos: [{}, {}, { motion: 'static' }] } },
  { f: 'negation', m: '第二张不要动', v: { photos: [{}, { motion: 'static' }, {}] } },
  // A clause that names no photo ("保持静止", "keep it still", "subtle motion") goes on with the photo just named.
  {
    f: 'reference',
    m: '最后一张别动了，保持静止',
    on: 'five',
    v: { photos: [...each(4, { motion: 'zoom-in' }), { motion: 'static' }] },
  },
  {
    f: 'reference',
    m: 'the last photo should not move, keep it still',
    on: 'five',
    v: { photos: [...each(4, { motion: 'zoom-in' }), { motion: 'static' }] },
  },
  {
    f: 'reference',
    m: '第二张拉远，动作轻一点',
    on: 'five',
    v: {
      photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, ...each(3, { motion: 'zoom-in' })],
    },
    reply: /^(?![\s\S]*第1张)/,
  },
  {
    f: 'reference',
    m: 'zoom out on photo 2, and make the motion subtle',
    on: 'five',
    v: {
      photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, ...each(3, { motion: 'zoom-in' })],
    },
    reply: /^(?![\s\S]*photo 1)/,
  },
  {
    f: 'reference',
    m: 'photo 1 a bit longer, and no zoom',
    on: 'five',
    v: { photos: [{ motion: 'static' }, ...each(4, { motion: 'zoom-in' })] },
  },
  {
    f: 'reference',
    m: '第三张不要动，其他的放大',
    on: 'five',
    v: {
      photos: [...each(2, { motion: 'zoom-in' }), { motion: 'static' }, ...each(2, { motion: 'zoom-in' })],
    },
  },
  {
    f: 'reference',
    m: 'keep it still',
    before: ['zoom out on photo 4'],
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), { motion: 'static' }, { motion: 'zoom-in' }] },
  },
  // "no text on …" takes off the words on that photo, not every text.
  ...[
    'no text on the second photo',
    "I don't want any text on photo 2",
    'remove the text on the second one',
    '第二张的文字去掉',
  ].map((m) => ({ f: 'negation' as const, m, on: 'rich' as const, v: { texts: [{ text: 'Road Trip' }] } })),
  {
    f: 'negation',
    m: 'remove the text from the first photo',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }] },
  },
  // Motion.
  { f: 'motion', m: 'keep the photos still, no ken burns', v: moves3('static') },
  { f: 'motion', m: 'no ken burns', v: moves3('static') },
  { f: 'motion', m: 'no zoom please', v: moves3('static') },
  { f: 'motion', m: 'stop the photos from moving', v: moves3('static') },
  { f: 'motion', m: 'keep the pictures static', v: moves3('static') },
  { f: 'motion', m: 'no camera movement', v: moves3('static') },
  {
    f: 'motion',
    m: 'add a ken burns effect',
    on: 'three',
    before: ['no motion'],
    v: { photos: each(3, { motion: /zoom|push|pan|drift/ }) },
  },
  {
    f: 'motion',
    m: 'slowly zoom in on each photo',
    on: 'three',
    before: ['no motion'],
    v: moves3('zoom-in'),
  },
  { f: 'motion', m: 'zoom out instead', v: moves3('zoom-out') },
  { f: 'motion', m: 'pan left across the photos', v: moves3('pan-left') },
  { f: 'motion', m: 'pan to the right', v: moves3('pan-right') },
  { f: 'motion', m: 'gentle drift', v: moves3('drift') },
  { f: 'motion', m: 'push in slowly', v: moves3('push-in') },
  {
    f: 'motion',
    m: 'make the second photo zoom out',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'the last photo should pan left',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-left' }] },
  },
  {
    f: 'motion',
    m: 'mix up the camera moves',
    v: { photos: [{ motion: /./ }, { motion: /./ }, { motion: /./ }] },
  },
  { f: 'motion', m: 'zoom ot', v: moves3('zoom-out') },
  { f: 'motion', m: 'pann left', v: moves3('pan-left') },
  { f: 'motion', m: '照片不要动', v: moves3('static') },
  { f: 'motion', m: '不要缩放效果', v: moves3('static') },
  { f: 'motion', m: '静止画面', v: moves3('static') },
  { f: 'motion', m: '慢慢放大', v: moves3('zoom-in') },
  { f: 'motion', m: '缩小效果', v: moves3('zoom-out') },
  { f: 'motion', m: '向左平移', v: moves3('pan-left') },
  {
    f: 'motion',
    m: '第二张向右平移',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-right' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: '加个ken burns效果',
    on: 'three',
    before: ['no motion'],
    v: { photos: each(3, { motion: /zoom|push|pan|drift/ }) },
  },

  // Looks.
  { f: 'look', m: 'black and white', v: { look: 'black-and-white' } },
  { f: 'look', m: 'make it black & white', v: { look: 'black-and-white' } },
  { f: 'look', m: 'give it a vintage film look', v: { look: 'vintage' } },
  { f: 'look', m: 'warmer colours', v: { look: 'warm' } },
  { f: 'look', m: 'cooler tones', v: { look: 'cool' } },
  { f: 'look', m: 'more vivid colors', v: { look: 'vivid' } },
  // Too dark: a brighter exposure, a step brighter again when it already is.
  ...[
    '張相太暗',
    '太暗了',
    '亮一点',
    '调亮',
    '亮度调高一点',
    'brighter',
    'the photos are too dark',
    'brighten it up',
  ].map((m) => ({ f: 'look' as const, m, v: { look: 'bright' }, reply: /明亮|Bright/ })),
  { f: 'look', m: '再亮一些', before: ['照片有点暗'], v: { look: 'bright' }, reply: /明亮/ },
  { f: 'look', m: 'a faded matte look', v: { look: 'matte' } },
  { f: 'look', m: 'remove the filter', before: ['black and white'], v: { look: 'none' } },
  { f: 'look', m: 'back to the original colors', before: ['vintage look'], v: { look: 'none' } },
  { f: 'look', m: 'monochrome', v: { look: 'black-and-white' } },
  { f: 'look', m: 'retro vibe', v: { look: 'vintage' } },
  { f: 'look', m: 'blak and white', v: { look: 'black-and-white' } },
  { f: 'look', m: 'vintge filter', v: { look: 'vintage' } },
  { f: 'look', m: '黑白', v: { look: 'black-and-white' } },
  { f: 'look', m: '改成黑白的', v: { look: 'black-and-white' } },
  { f: 'look', m: '复古滤镜', v: { look: 'vintage' } },
  { f: 'look', m: '暖色调', v: { look: 'warm' } },
  { f: 'look', m: '冷色调一点', v: { look: 'cool' } },
  { f: 'look', m: '颜色鲜艳一些', v: { look: 'vivid' } },
  { f: 'look', m: '去掉滤镜', before: ['黑白'], v: { look: 'none' } },
  { f: 'look', m: '加个vintage滤镜', v: { look: 'vintage' } },
  // How strong the look is: an amount with the look, or a step from the look the video has.
  { f: 'look', m: "I'd like a vintage film look but not too strong", v: { look: 'vintage' }, reply: /50%/ },
  { f: 'look', m: 'I want a sepia look, though not too heavy', v: { look: 'vintage' }, reply: /50%/ },
  { f: 'look', m: 'a retro filter at half strength', v: { look: 'vintage' }, reply: /50%/ },
  { f: 'look', m: 'a subtle warm filter', v: { look: 'warm' }, reply: /50%/ },
  { f: 'look', m: '加个复古滤镜，淡一点', v: { look: 'vintage' }, reply: /50%/ },
  { f: 'look', m: '暖色滤镜，不要太浓', v: { look: 'warm' }, reply: /50%/ },
  { f: 'look', m: '复古一点，但别太明显', v: { look: 'vintage' }, reply: /50%/ },
  {
    f: 'look',
    m: 'make the look stronger',
    before: ['vintage look at 40%'],
    v: { look: 'vintage' },
    reply: /65%/,
  },
  { f: 'look', m: 'the filter is too subtle', before: ['a subtle b&w look'], reply: /75%/ },
  { f: 'look', m: 'can you dial back the filter', before: ['black and white'], reply: /50%/ },
  { f: 'look', m: 'less intense please', before: ['b&w'], v: { look: 'black-and-white' }, reply: /50%/ },
  { f: 'look', m: 'filter at 30%', before: ['warm filter'], v: { look: 'warm' }, reply: /30%/ },
  { f: 'look', m: '滤镜再浓一点', before: ['复古滤镜，淡一点'], v: { look: 'vintage' }, reply: /75%/ },
  { f: 'look', m: '滤镜太重了', before: ['黑白'], v: { look: 'black-and-white' }, reply: /50%/ },
  { f: 'look', m: '滤镜强度降低一点', before: ['冷色调'], v: { look: 'cool' }, reply: /50%/ },
  { f: 'look', m: 'make the look stronger', same: true, reply: /no look yet/ },
  { f: 'look', m: '滤镜调浓一点', same: true, reply: /还没有滤镜/ },

  // Text.
  { f: 'text', m: "add a title 'Summer 2024'", v: { texts: [{ text: 'Summer 2024', role: 'title' }] } },
  { f: 'text', m: 'add the title "Our Trip"', v: { texts: [{ text: 'Our Trip', role: 'title' }] } },
  { f: 'text', m: 'title: Road Trip', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  { f: 'text', m: 'put "Happy Birthday Mia" at the start', v: { texts: [{ text: 'Happy Birthday Mia' }] } },
  {
    f: 'text',
    m: "caption the second photo 'Day two'",
    v: { texts: [{ text: 'Day two', role: 'caption', startMs: 3000 }] },
  },
  {
    f: 'text',
    m: "add a caption 'the beach' to the first photo",
    v: { texts: [{ text: 'the beach', role: 'caption', startMs: 0 }] },
  },
  { f: 'text', m: 'remove the title', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'text', m: 'delete all the text', on: 'rich', v: { texts: [] } },
  { f: 'text', m: 'no captions', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    f: 'text',
    m: "change the title to 'Road Trip 2024'",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip 2024' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'make the title bigger',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  // Captions on a box of their own: the boxed style, on the captions (every text when there are none).
  { f: 'text', m: '字幕加底框', on: 'rich', v: { texts: [{ style: 'clean' }, { style: 'boxed' }] } },
  { f: 'text', m: '字幕条', on: 'rich', v: { texts: [{ style: 'clean' }, { style: 'boxed' }] } },
  {
    f: 'text',
    m: '加个背景条吧',
    on: 'rich',
    v: { texts: [{ style: 'clean' }, { style: 'boxed' }] },
    reply: /底框/,
  },
  {
    f: 'text',
    m: '字幕加個黑色背景',
    on: 'rich',
    v: { texts: [{ style: 'clean' }, { style: 'boxed', color: '#ffffff' }] },
  },
  { f: 'text', m: '加个背景条', route: 'unsupported', same: true, reply: /还没有字幕/ },
  { f: 'text', m: '字幕底下加个框', on: 'rich', v: { texts: [{ style: 'clean' }, { style: 'boxed' }] } },
  {
    f: 'text',
    m: '加黑色字幕条',
    on: 'rich',
    v: { texts: [{ style: 'clean' }, { style: 'boxed', color: '#ffffff' }] },
  },
  {
    f: 'text',
    m: 'add a dark box behind the captions',
    on: 'rich',
    v: { texts: [{ style: 'clean' }, { style: 'boxed' }] },
  },
  {
    f: 'text',
    m: 'can the subtitles sit on a background bar',
    on: 'rich',
    v: { texts: [{ style: 'clean' }, { style: 'boxed' }] },
  },
  // Text size said of "the text" (字, 字体, 字号): every text a step larger or smaller than it is.
  {
    f: 'text',
    m: '把字放大一点',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.8 },
        { text: 'Day one', size: 1.3 },
      ],
    },
    reply: /放大/,
  },
  {
    f: 'text',
    m: '字小一点',
    on: 'rich',
    v: { texts: [{ size: 1.1 }, { size: 0.8 }] },
    reply: /缩小/,
  },
  { f: 'text', m: '字幕字号调大', on: 'rich', v: { texts: [{ size: 1.4 }, { size: 1.3 }] } },
  { f: 'text', m: '標題大啲', on: 'rich', v: { texts: [{ size: 1.8 }, { size: 1 }] } },
  {
    f: 'text',
    m: '再大一点',
    on: 'rich',
    before: ['字幕大一点'],
    v: { texts: [{ size: 1.4 }, { size: 1.7 }] },
  },
  {
    f: 'text',
    m: 'the text is too small',
    on: 'rich',
    v: { texts: [{ size: 1.8 }, { size: 1.3 }] },
    reply: /bigger/,
  },
  {
    f: 'text',
    m: 'move the title to the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: "add an end card saying 'Thanks for watching'",
    v: { texts: [{ text: 'Thanks for watching', role: 'end-card' }] },
  },
  { f: 'text', m: "title 'Paris' for 2 seconds", v: { texts: [{ text: 'Paris', startMs: 0, endMs: 2000 }] } },
  { f: 'text', m: '加标题：我们的夏天', v: { texts: [{ text: '我们的夏天', role: 'title' }] } },
  { f: 'text', m: '加个标题“毕业快乐”', v: { texts: [{ text: '毕业快乐', role: 'title' }] } },
  { f: 'text', m: '第二张加字幕“海边”', v: { texts: [{ text: '海边', role: 'caption', startMs: 3000 }] } },
  { f: 'text', m: '删掉标题', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'text', m: '去掉所有文字', on: 'rich', v: { texts: [] } },
  {
    f: 'text',
    m: '标题改成“旅行日记”',
    on: 'rich',
    v: { texts: [{ text: '旅行日记' }, { text: 'Day one' }] },
  },
  { f: 'text', m: "加一个title 'Tokyo'", v: { texts: [{ text: 'Tokyo', role: 'title' }] } },

  // Music from Joy's own library (no uploaded songs) and the uploaded one on `rich`.
  { f: 'music', m: 'add background music', v: song(/./) },
  { f: 'music', m: 'add some music', v: song(/./) },
  { f: 'music', m: 'add lo-fi BGM at 35%', v: song('Lo-fi Drift', { volume: 0.35 }) },
  { f: 'music', m: '加一段背景音乐', v: song(/./) },
  { f: 'music', m: '配个音乐', v: song(/./) },
  { f: 'music', m: 'add upbeat music', v: song(/Sunny Pop|Road Trip|Neon Pulse|Confetti/) },
  { f: 'music', m: 'add calm piano music', v: song('Quiet Piano') },
  { f: 'music', m: 'put some chill lofi beats on it', v: song('Lo-fi Drift') },
  { f: 'music', m: 'epic cinematic soundtrack', v: song('Horizon') },
  { f: 'music', m: 'acoustic guitar music please', v: song('Campfire') },
  { f: 'music', m: 'add electronic dance music', v: song('Neon Pulse') },
  { f: 'music', m: 'romantic music', v: song('First Dance') },
  { f: 'music', m: 'some sad music', v: song('Remembrance') },
  { f: 'music', m: 'happy birthday music', v: song('Confetti') },
  { f: 'music', m: 'add music at 50% volume', v: song(/./, { volume: 0.5 }) },
  { f: 'music', m: 'add the First Dance track', v: song('First Dance') },
  { f: 'music', m: 'use the song Horizon', v: song('Horizon') },
  {
    f: 'music',
    m: 'something more upbeat',
    before: ['add calm piano music'],
    v: song(/Sunny Pop|Road Trip|Neon Pulse|Confetti|Campfire|Sunday Morning|Clean Lines/),
  },
  { f: 'music', m: 'a different song', before: ['add calm piano music'], v: song(/^(?!Quiet Piano).+/) },
  {
    f: 'music',
    m: 'change the music to something calmer',
    before: ['add electronic dance music'],
    v: song(/Quiet Piano|Remembrance|Lo-fi Drift|First Dance/),
  },
  { f: 'music', m: 'music quieter', before: ['add background music'], v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: 'lower the music to 20%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.2 }) },
  { f: 'music', m: 'remove the music', on: 'rich', v: { audio: [] } },
  { f: 'music', m: 'no music', on: 'rich', v: { audio: [] } },
  { f: 'music', m: 'fade out the music at the end', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 3000 }) },
  { f: 'music', m: 'add musci', v: song(/./) },
  { f: 'music', m: 'add backgroud music', v: song(/./) },
  { f: 'music', m: '加一段轻松的背景音乐', v: song(/Lo-fi Drift|Quiet Piano|Campfire/) },
  { f: 'music', m: '配一首欢快的音乐', v: song(/Sunny Pop|Confetti|Road Trip|Neon Pulse/) },
  { f: 'music', m: '来点钢琴曲', v: song('Quiet Piano') },
  { f: 'music', m: '加浪漫的背景音乐', v: song('First Dance') },
  { f: 'music', m: '换一首更欢快的', before: ['来点钢琴曲'], v: song(/^(?!Quiet Piano).+/) },
  { f: 'music', m: '换一首歌', before: ['来点钢琴曲'], v: song(/^(?!Quiet Piano).+/) },
  { f: 'music', m: '音乐小声一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  // How loud, said with the song ("quiet in the background", "softly", "轻轻的"): one step down, as "音量小一点" gives.
  { f: 'music', m: 'add some chill music, quiet in the background', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: 'put some piano music on, softly', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: 'add upbeat music at a low volume', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: 'play Quiet Piano quietly in the background', v: song('Quiet Piano', { volume: 0.6 }) },
  { f: 'music', m: '加点轻松的背景音乐，轻轻的就好', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: '来一首钢琴曲，小声地放', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: '配点音乐，别太吵', v: song(/./, { volume: 0.6 }) },
  { f: 'music', m: 'keep it in the background', before: ['add music'], v: song(/./, { volume: 0.6 }) },
  { f: 'motion', m: 'zoom in gently', before: ['add music'], v: { audio: [{ volume: 1 }] } },
  { f: 'music', m: '去掉背景音乐', on: 'rich', v: { audio: [] } },
  { f: 'music', m: '加个lo-fi的BGM', v: song('Lo-fi Drift') },
  { f: 'music', m: 'add 电子 music', v: song('Neon Pulse') },
  { f: 'music', m: '背景音乐音量35%', before: ['加一段背景音乐'], v: song(/./, { volume: 0.35 }) },

  // A mood said of the music swaps the song (same volume), never the pacing.
  ...[
    'something calmer for the music please',
    'make the music calmer',
    'music that is less intense',
    'less energetic music please',
    'a calmer song',
    'can the song be more chill',
    'this track is too intense',
    '音乐换成安静一点的',
    '配乐换个舒缓点的',
    '音乐没那么欢快的',
    '这首歌太燃了',
  ].map((m) => ({
    f: 'music' as const,
    m,
    on: 'five' as const,
    before: ['add electronic dance music at 40%'],
    v: {
      photos: each(5, { durationMs: 3000 }),
      ...cuts5('crossfade', 800),
      ...song(/^(?!Neon Pulse).+/, { volume: 0.4 }),
    },
  })),
  ...[
    'a more upbeat song',
    'livelier music',
    'the music is too sleepy',
    '换首欢快点的歌',
    '我想要更欢快的背景音乐',
    '音乐太闷了',
  ].map((m) => ({
    f: 'music' as const,
    m,
    on: 'five' as const,
    before: ['add calm piano music at 40%'],
    v: {
      photos: each(5, { durationMs: 3000 }),
      ...cuts5('crossfade', 800),
      ...song(/Sunny Pop|Road Trip|Neon Pulse|Confetti|Horizon|Campfire|Clean Lines|Sunday Morning/, {
        volume: 0.4,
      }),
    },
  })),
  {
    f: 'music',
    m: 'something calmer for the music',
    v: song(/Quiet Piano|Remembrance|Lo-fi Drift|First Dance/),
  },
  { f: 'music', m: '来首安静点的配乐', v: song(/Quiet Piano|Remembrance|Lo-fi Drift|First Dance/) },
  // Styles.
  { f: 'style', m: 'make a birthday video', v: { look: 'vivid', ...cuts3('zoom-in'), ...song('Confetti') } },
  { f: 'style', m: 'make it a travel vlog', v: { look: 'warm', ...cuts3('whip-pan'), ...song('Road Trip') } },
  { f: 'style', m: 'wedding style', v: { look: 'matte', ...cuts3('crossfade'), ...song('First Dance') } },
  {
    f: 'style',
    m: 'this is for a memorial',
    v: { look: 'black-and-white', ...cuts3('fade-black'), ...song('Remembrance') },
  },
  { f: 'style', m: 'product showcase', v: { look: 'vivid', ...cuts3('slide-left'), ...song('Clean Lines') } },
  { f: 'style', m: 'make it feel like a travel vlog', v: { look: 'warm', ...cuts3('whip-pan') } },
  { f: 'style', m: 'birthday style please', v: { look: 'vivid', ...song('Confetti') } },
  { f: 'style', m: 'turn this into a wedding video', v: { look: 'matte', ...photos3(4000) } },
  { f: 'style', m: 'in loving memory of grandpa', v: { look: 'black-and-white' } },
  { f: 'style', m: 'make it cinematic', v: { look: 'cool', ...cuts3('blur-dissolve') } },
  { f: 'style', m: 'a product promo', v: { look: 'vivid', ...cuts3('slide-left') } },
  {
    f: 'style',
    m: 'make a birthday video with the title "Happy 30th"',
    v: { look: 'vivid', texts: [{ text: 'Happy 30th' }] },
  },
  { f: 'style', m: 'travel vlog, 9:16', v: { look: 'warm', aspect: '9:16' } },
  { f: 'style', m: 'birthdya video', v: { look: 'vivid', ...song('Confetti') } },
  { f: 'style', m: '生日', v: { look: 'vivid', ...song('Confetti') } },
  { f: 'style', m: '做成生日视频', v: { look: 'vivid', ...song('Confetti') } },
  { f: 'style', m: '旅行', v: { look: 'warm', ...cuts3('whip-pan') } },
  { f: 'style', m: '旅行vlog风格', v: { look: 'warm', ...cuts3('whip-pan') } },
  { f: 'style', m: '婚礼风格', v: { look: 'matte', ...song('First Dance') } },
  { f: 'style', m: '纪念', v: { look: 'black-and-white', ...song('Remembrance') } },
  { f: 'style', m: '做一个纪念视频', v: { look: 'black-and-white' } },
  { f: 'style', m: '产品展示', v: { look: 'vivid', ...cuts3('slide-left') } },
  { f: 'style', m: '电影感', v: { look: 'cool' } },
  { f: 'style', m: 'birthday 风格', v: { look: 'vivid' } },
  { f: 'style', m: '做成travel vlog', v: { look: 'warm' } },

  // Format.
  { f: 'format', m: 'make it vertical', v: { aspect: '9:16' } },
  { f: 'format', m: 'portrait 9:16', v: { aspect: '9:16' } },
  { f: 'format', m: 'for tiktok', v: { aspect: '9:16' } },
  { f: 'format', m: 'instagram reel format', v: { aspect: '9:16' } },
  { f: 'format', m: 'square for instagram', v: { aspect: '1:1' } },
  { f: 'format', m: 'make it widescreen', before: ['square'], v: { aspect: '16:9' } },
  { f: 'format', m: '4:5 please', v: { aspect: '4:5' } },
  { f: 'format', m: 'youtube format', before: ['vertical'], v: { aspect: '16:9' } },
  { f: 'format', m: '1080p', v: { height: 1080 } },
  { f: 'format', m: 'make it 4k', v: { width: 3840 } },
  { f: 'format', m: '720p is fine', v: { height: 720 } },
  { f: 'format', m: '30 fps', v: { fps: 30 } },
  { f: 'format', m: '60fps please', v: { fps: 60 } },
  { f: 'format', m: 'verticle', v: { aspect: '9:16' } },
  { f: 'format', m: 'sqaure', v: { aspect: '1:1' } },
  { f: 'format', m: '竖屏', v: { aspect: '9:16' } },
  { f: 'format', m: '改成横屏', before: ['竖屏'], v: { aspect: '16:9' } },
  { f: 'format', m: '方形', v: { aspect: '1:1' } },
  { f: 'format', m: '抖音格式', v: { aspect: '9:16' } },
  { f: 'format', m: '小红书3:4', v: { aspect: '3:4' } },
  { f: 'format', m: '做成竖屏的tiktok', v: { aspect: '9:16' } },
  { f: 'format', m: '帧率60', v: { fps: 60 } },

  // Order.
  // Photos named by what they show, in either language (a bilingual noun table against the file names).
  ...[
    '把咖啡那张放到最后',
    '咖啡的照片放到最后面',
    '把有咖啡的那张挪到最后',
    'the coffee one last',
    'move the pic with the coffee to the end',
    'put the coffee photo at the end',
    'coffee pic goes last',
  ].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: {
      photos: ['astronaut', 'chelsea', 'rocket', 'dog', 'coffee'].map((stem) => ({ source: `${stem}.jpg` })),
    },
  })),
  ...['火箭那张放第一', '把火箭的照片移到最前面', 'start with the rocket picture'].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: {
      photos: ['rocket', 'astronaut', 'chelsea', 'coffee', 'dog'].map((stem) => ({ source: `${stem}.jpg` })),
    },
  })),
  // A photo named by what it shows that no file name says: Joy sees names, not pictures, so it asks which.
  ...[
    'the cat photo should come first',
    'move the picture of the kitten to the end',
    'make the bridge one 5 seconds',
    'delete the vacation pic',
  ].map((m) => ({
    f: 'reference' as const,
    m,
    on: 'things' as const,
    same: true,
    reply:
      /can't tell which photo shows the (?:cat|kitten|bridge|vacation)[\s\S]*astronaut\.jpg[\s\S]*number or name/,
  })),
  ...['猫那张放到最前面', '把妈妈那张放最后', 'put the cat one first'].map((m) => ({
    f: 'reference' as const,
    m,
    before: ['最后一张别动了'],
    on: 'things' as const,
    same: true,
    reply: /看不出哪张是|can't tell which photo/,
  })),
  ...['猫那张放到最前面', '有小猫的那张删掉', '把妈妈那张放最后'].map((m) => ({
    f: 'reference' as const,
    m,
    on: 'things' as const,
    same: true,
    reply: /astronaut\.jpg[\s\S]*看不出哪张是(?:猫|小猫|妈妈)[\s\S]*序号或文件名/,
  })),
  ...['把狗狗那张删掉', '小狗的照片不要了', 'remove the puppy one', 'delete the doggo pic'].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: { photos: ['astronaut', 'chelsea', 'coffee', 'rocket'].map((stem) => ({ source: `${stem}.jpg` })) },
  })),
  {
    f: 'length',
    m: '宇航员那张停留5秒',
    on: 'things',
    v: { photos: [{ source: 'astronaut.jpg', durationMs: 5000 }, {}, {}, {}, {}] },
  },
  // Moves said with 去, 摆 or 挪 and a place, or counted in places from where the photo is.
  ...(
    [
      ['最后一张去第一', ['party night', 'beach', 'city', 'forest', 'sunset']],
      ['最后一張擺第一位', ['party night', 'beach', 'city', 'forest', 'sunset']],
      ['第五张放去头', ['party night', 'beach', 'city', 'forest', 'sunset']],
      ['第二张去最后', ['beach', 'forest', 'sunset', 'party night', 'city']],
      ['第一張搬去尾', ['city', 'forest', 'sunset', 'party night', 'beach']],
      ['第一张往后挪一位', ['city', 'beach', 'forest', 'sunset', 'party night']],
      ['第四张往前移两位', ['beach', 'sunset', 'city', 'forest', 'party night']],
      ['move photo 2 one spot later', ['beach', 'forest', 'city', 'sunset', 'party night']],
      ['move the fourth photo forward one place', ['beach', 'city', 'sunset', 'forest', 'party night']],
    ] as const
  ).map(([m, stems]) => ({
    f: 'order' as const,
    m,
    on: 'five' as const,
    v: { photos: stems.map((stem) => ({ source: `${stem}.jpg` })) },
  })),
  {
    f: 'order',
    m: '把海滩那张放到最后',
    on: 'five',
    v: {
      photos: ['city', 'forest', 'sunset', 'party night', 'beach'].map((stem) => ({ source: `${stem}.jpg` })),
    },
  },
  {
    f: 'order',
    m: '夕阳的照片放第一',
    on: 'five',
    v: {
      photos: ['sunset', 'beach', 'city', 'forest', 'party night'].map((stem) => ({ source: `${stem}.jpg` })),
    },
  },
  {
    f: 'order',
    m: '聚会那张删掉',
    on: 'five',
    v: { photos: ['beach', 'city', 'forest', 'sunset'].map((stem) => ({ source: `${stem}.jpg` })) },
  },
  {
    f: 'order',
    m: 'the woods one first',
    v: { photos: ['forest', 'beach', 'city'].map((stem) => ({ source: `${stem}.jpg` })) },
  },
  {
    f: 'order',
    m: 'swap the first and second photos',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: 'move the last photo to the front',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'reverse the order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'put them in date order',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'sort by date, oldest first',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'remove the second photo',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  { f: 'order', m: 'delete the last one', v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] } },
  {
    f: 'order',
    m: 'drop the city photo',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: 'start with the forest picture',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'swap photo 1 and 3',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'revrse the order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: '第一张和第二张换一下',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: '顺序倒过来',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: '按拍摄时间排序',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  { f: 'order', m: '删掉第二张', v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }] } },
  {
    f: 'order',
    m: '把最后一张放到最前面',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },

  // Questions go to status or help, never to an edit.
  // A question answers the fact asked first, then the timeline; every name in the reply's language.
  { f: 'question', m: '有多少张照片？', route: 'status', same: true, reply: /^一共有 3 张照片。.*时间线/ },
  { f: 'question', m: '现在一共几张图', route: 'status', same: true, reply: /^一共有 3 张照片/ },
  {
    f: 'question',
    m: 'how many photos are there?',
    route: 'status',
    same: true,
    reply: /^There are 3 photos\. Timeline/,
  },
  {
    f: 'question',
    m: 'how many pics do I have now',
    route: 'status',
    same: true,
    reply: /^There are 3 photos/,
  },
  {
    f: 'question',
    m: "what's the total length right now?",
    route: 'status',
    same: true,
    reply: /^The video is 9s long\. Timeline/,
  },
  {
    f: 'question',
    m: 'how long is it right now?',
    route: 'status',
    same: true,
    reply: /^The video is 9s long\./,
  },
  { f: 'question', m: '现在视频有多长', route: 'status', same: true, reply: /^视频时长 9秒。时间线/ },
  { f: 'question', m: '总时长是多少', route: 'status', same: true, reply: /^视频时长 9秒/ },
  {
    f: 'question',
    m: '有多少张照片？',
    before: ['add upbeat pop music'],
    route: 'status',
    reply: /^一共有 3 张照片。.*背景音乐：《阳光流行》/,
  },
  {
    f: 'question',
    m: '现在是什么音乐？',
    before: ['add upbeat pop music'],
    route: 'status',
    reply: /^音乐：《阳光流行》，音量 100%。(?!.*Sunny Pop)/,
  },
  {
    f: 'question',
    m: '现在的时间线是什么样',
    before: ['add calm piano music'],
    route: 'status',
    reply: /《静谧钢琴》(?!.*Quiet Piano)/,
  },
  {
    f: 'question',
    m: 'what song is playing?',
    before: ['add calm piano music'],
    route: 'status',
    reply: /^Music: Quiet Piano at 100%\./,
  },
  { f: 'question', m: 'what does the timeline look like now?', route: 'status', same: true },
  // "look" the verb is no question about the colour look; "the look" the noun is.
  {
    f: 'question',
    m: 'what does it look like so far?',
    on: 'rich',
    route: 'status',
    same: true,
    reply: /^Timeline/,
  },
  { f: 'question', m: 'how does the video look right now', route: 'status', same: true, reply: /^Timeline/ },
  { f: 'question', m: "what's the look on it?", route: 'status', same: true, reply: /^No look/ },
  // "a fade" alone, or a fade between the photos, is the crossfade transition; at an end, the video's fade.
  { f: 'transition', m: 'add a fade', v: { transitions: each(2, { kind: 'crossfade' }) } },
  { f: 'transition', m: 'can you fade between them', v: { transitions: each(2, { kind: 'crossfade' }) } },
  { f: 'transition', m: 'just fade from pic to pic', v: { transitions: each(2, { kind: 'crossfade' }) } },
  { f: 'transition', m: 'i want a crossfade', v: { transitions: each(2, { kind: 'crossfade' }) } },
  {
    f: 'transition',
    m: 'add a fade at the very end',
    v: { transitions: each(2, { kind: 'cut' }), fade: { inMs: 0, outMs: 1000, color: '#000000' } },
  },
  { f: 'question', m: 'how long is the video?', route: 'status', same: true },
  { f: 'question', m: 'what music is on it?', route: 'status', same: true },
  { f: 'question', m: 'show me the timeline', route: 'status', same: true },
  { f: 'question', m: 'what transitions are there right now?', route: 'status', same: true },
  { f: 'question', m: 'which look is it using?', route: 'status', same: true },
  // Praise and thanks alone: nothing changes, and the reply thanks back in the message's language.
  { f: 'question', m: '好靚呀！', on: 'rich', route: 'help', same: true, reply: /喜欢/ },
  { f: 'question', m: '太棒了👍', route: 'help', same: true, reply: /喜欢/ },
  { f: 'question', m: '不错不错，辛苦了', route: 'help', same: true, reply: /喜欢/ },
  { f: 'question', m: '做得真好', on: 'five', route: 'help', same: true, reply: /喜欢/ },
  { f: 'question', m: '多謝晒', route: 'help', same: true, reply: /不客气/ },
  { f: 'question', m: 'love it, thanks!', route: 'help', same: true, reply: /glad/i },
  { f: 'question', m: 'wow this looks amazing', on: 'rich', route: 'help', same: true, reply: /glad/i },
  { f: 'question', m: 'what can you do?', route: 'help', same: true },
  { f: 'question', m: 'what styles do you have?', route: 'help', same: true },
  { f: 'question', m: 'what music do you have?', route: 'help', same: true },
  { f: 'question', m: 'is the video vertical?', route: 'status', same: true },
  { f: 'question', m: 'how many photos are in it?', route: 'status', same: true },
  { f: 'question', m: 'does it have a title?', route: 'status', same: true },
  { f: 'question', m: '现在时间线是什么样', route: 'status', same: true },
  { f: 'question', m: '视频现在多长？', route: 'status', same: true },
  { f: 'question', m: '现在用的什么音乐？', route: 'status', same: true },
  { f: 'question', m: '有哪些风格？', route: 'help', same: true },
  { f: 'question', m: '你能做什么', route: 'help', same: true },
  { f: 'question', m: '现在是竖屏吗？', route: 'status', same: true },
  { f: 'question', m: 'can you make it 9:16?', v: { aspect: '9:16' } },
  { f: 'question', m: 'could you add a crossfade?', v: cuts3('crossfade') },
  { f: 'question', m: 'how about black and white?', v: { look: 'black-and-white' } },
  { f: 'question', m: 'what about 15 seconds?', v: len(15_000) },
  { f: 'question', m: '能不能改成竖屏？', v: { aspect: '9:16' } },
  { f: 'question', m: '可以加个标题“夏天”吗', v: { texts: [{ text: '夏天' }] } },

  // Negation scopes over what it governs; nouns are not commands.
  { f: 'negation', m: "I don't want any transitions", on: 'five', v: cuts5('cut') },
  { f: 'negation', m: 'no transitions please', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: "don't use transitions", on: 'five', v: cuts5('cut') },
  {
    f: 'negation',
    m: "don't change the aspect, just make it 10 seconds",
    v: { aspect: '16:9', durationMs: 10_000 },
  },
  {
    f: 'negation',
    m: "don't touch the music, make it black and white",
    on: 'rich',
    v: { look: 'black-and-white', ...song('lo-fi.mp3', { volume: 1 }) },
  },
  { f: 'negation', m: 'without music', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: "I don't want music", on: 'rich', v: { audio: [] } },
  { f: 'negation', m: "I don't like the filter", before: ['vintage'], v: { look: 'none' } },
  { f: 'negation', m: "no zooming, I don't like it", v: moves3('static') },
  { f: 'negation', m: "don't zoom", v: moves3('static') },
  { f: 'negation', m: 'no text', on: 'rich', v: { texts: [] } },
  { f: 'negation', m: 'turning still photos into dynamic videos', on: 'empty', route: 'create' },
  {
    f: 'negation',
    m: 'I love turning still photos into videos, make it square',
    v: { aspect: '1:1', photos: each(3, { motion: 'zoom-in' }) },
  },
  {
    f: 'negation',
    m: 'these are still photos from my trip, make a 20 second video',
    v: { durationMs: 20_000, photos: each(3, { motion: 'zoom-in' }) },
  },
  { f: 'negation', m: "don't make it black and white, make it warm", v: { look: 'warm' } },
  { f: 'negation', m: 'not vertical, square', v: { aspect: '1:1' } },
  { f: 'negation', m: '不要转场', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: '不要背景音乐', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: '不要改比例，只把视频改成10秒', v: { aspect: '16:9', durationMs: 10_000 } },
  {
    f: 'negation',
    m: '别动音乐，改成黑白',
    on: 'rich',
    v: { look: 'black-and-white', ...song('lo-fi.mp3') },
  },
  { f: 'negation', m: '不要ken burns', v: moves3('static') },
  { f: 'negation', m: '不要缩放', v: moves3('static') },

  // History: undo and redo.
  { f: 'history', m: 'undo', before: ['make it 9:16'], route: 'undo', v: { aspect: '16:9' } },
  { f: 'history', m: 'undo that', before: ['black and white'], route: 'undo', v: { look: 'none' } },
  { f: 'history', m: '撤销', before: ['竖屏'], route: 'undo', v: { aspect: '16:9' } },
  { f: 'history', m: 'redo', before: ['square', 'undo'], route: 'redo', v: { aspect: '1:1' } },
  { f: 'history', m: '重做', before: ['square', '撤销'], route: 'redo', v: { aspect: '1:1' } },
  {
    f: 'history',
    m: 'go back',
    before: ['make a birthday video'],
    route: 'undo',
    v: { look: 'none', audio: [] },
  },
  {
    f: 'history',
    m: 'undo the style',
    before: ['wedding style'],
    route: 'undo',
    v: { look: 'none', audio: [] },
  },
  { f: 'history', m: 'never mind', before: ['vintage'], route: 'undo', v: { look: 'none' } },
  { f: 'history', m: 'undo', route: 'undo', same: true, reply: /nothing to undo/ },
  { f: 'history', m: 'undo twice', before: ['square', 'vintage'], v: { look: 'none' } },

  // Several instructions in one message.
  {
    f: 'multi',
    m: 'make it 9:16, 15 seconds, with crossfades',
    v: { aspect: '9:16', durationMs: 15_000, ...cuts3('crossfade') },
  },
  { f: 'multi', m: 'vertical and black and white', v: { aspect: '9:16', look: 'black-and-white' } },
  {
    f: 'multi',
    m: "square, add a title 'Hello', and add lo-fi music",
    v: { aspect: '1:1', texts: [{ text: 'Hello' }], ...song('Lo-fi Drift') },
  },
  { f: 'multi', m: 'warm look and slow zoom in', v: { look: 'warm', ...moves3('zoom-in') } },
  {
    f: 'multi',
    m: 'make the whole video 12 seconds long and add background music',
    v: { durationMs: 12_000, audio: [{ source: /./ }] },
  },
  {
    f: 'multi',
    m: 'each photo 2 seconds then fade to black between them',
    v: { photos: each(3, { durationMs: 2000 }), ...cuts3('fade-black') },
  },
  {
    f: 'multi',
    m: 'reverse the order and make it vintage',
    v: {
      look: 'vintage',
      photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }],
    },
  },
  { f: 'multi', m: 'make a travel vlog, 20 seconds long', v: { look: 'warm', durationMs: 20_000 } },
  {
    f: 'multi',
    m: 'for tiktok with upbeat music',
    v: { aspect: '9:16', audio: [{ source: /Sunny Pop|Road Trip|Neon Pulse|Confetti/ }] },
  },
  {
    f: 'multi',
    m: 'remove the title and make the music quieter',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }], ...song('lo-fi.mp3', { volume: 0.6 }) },
  },
  {
    f: 'multi',
    m: 'no transitions, no motion, just the photos for 2 seconds each',
    on: 'five',
    v: { ...cuts5('cut'), photos: each(5, { motion: 'static', durationMs: 2000 }) },
  },
  { f: 'multi', m: '竖屏，15秒，加转场', v: { aspect: '9:16', durationMs: 15_000 } },
  { f: 'multi', m: '改成黑白然后加标题“回忆”', v: { look: 'black-and-white', texts: [{ text: '回忆' }] } },
  {
    f: 'multi',
    m: '每张照片2秒，再加一段欢快的背景音乐',
    v: {
      photos: each(3, { durationMs: 2000 }),
      audio: [{ source: /Sunny Pop|Confetti|Road Trip|Neon Pulse/ }],
    },
  },
  { f: 'multi', m: '做成生日视频，竖屏', v: { look: 'vivid', aspect: '9:16' } },
  {
    f: 'multi',
    m: '9:16, 加个title "Tokyo" and 暖色',
    v: { aspect: '9:16', look: 'warm', texts: [{ text: 'Tokyo' }] },
  },
  {
    f: 'multi',
    m: 'make it square and 10 seconds, no music',
    on: 'rich',
    v: { aspect: '1:1', durationMs: 10_000, audio: [] },
  },

  // References to earlier turns.
  {
    f: 'reference',
    m: 'make that one longer',
    before: ['caption the second photo "here"'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'make it 5 seconds',
    before: ['zoom out on the second photo'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'and the third one too',
    before: ['make the first photo zoom out'],
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'reference',
    m: 'make the title bigger and move it to the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  { f: 'reference', m: 'lower it to 20%', before: ['add background music'], v: song(/./, { volume: 0.2 }) },
  {
    f: 'reference',
    m: 'make them longer',
    before: ['add crossfades'],
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1200 }) },
  },
  {
    f: 'reference',
    m: 'a bit louder',
    before: ['add background music at 50%'],
    v: song(/./, { volume: 0.7 }),
  },
  {
    f: 'reference',
    m: 'slower',
    before: ['add crossfades'],
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1200 }) },
  },
  {
    f: 'reference',
    m: 'change it to a wipe',
    before: ['add crossfades'],
    v: { transitions: each(2, { kind: /^wipe-/ }) },
  },
  { f: 'reference', m: 'remove it', before: ["add a title 'Hi'"], v: { texts: [] } },
  {
    f: 'reference',
    m: 'make the last one 5 seconds',
    before: ['swap the first and second photos'],
    v: {
      photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg', durationMs: 5000 }],
    },
  },
  { f: 'reference', m: '再大声一点', before: ['加一段背景音乐，音量50%'], v: song(/./, { volume: 0.7 }) },
  { f: 'reference', m: '把它删掉', before: ['加标题“你好”'], v: { texts: [] } },
  { f: 'reference', m: '再长一点', before: ['加转场'], v: { transitions: each(2, { durationMs: 1200 }) } },

  {
    f: 'reference',
    m: 'make this photo shorter',
    before: ['pan left on the third photo'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2250 }] },
  },
  {
    f: 'reference',
    m: '第三张也一样',
    before: ['第一张照片6秒'],
    v: { photos: [{ durationMs: 6000 }, { durationMs: 3000 }, { durationMs: 6000 }] },
  },
  // "这张也是", "下一张也这样", "the next one too": the photo beside the one the last edit was on.
  {
    f: 'reference',
    m: '这个也一样',
    before: ['第二张放慢一点'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  {
    f: 'reference',
    m: '这张也是',
    before: ['第一张往左平移'],
    v: { photos: [{ motion: 'pan-left' }, { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: '下一张也这样',
    on: 'five',
    before: ['第三张停留5秒'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: '上一張都係咁',
    before: ['第三张往左平移'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'pan-left' }] },
  },
  {
    f: 'reference',
    m: 'the next one too',
    before: ['make the first photo 5 seconds'],
    v: { photos: [{ durationMs: 5000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'same for the one before it',
    before: ['pan left on the last photo'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'pan-left' }] },
  },
  {
    f: 'reference',
    m: 'same for the last one',
    before: ['make photo 1 static'],
    v: { photos: [{ motion: 'static' }, { motion: 'zoom-in' }, { motion: 'static' }] },
  },
  {
    f: 'reference',
    m: 'move it to the bottom',
    before: ["add a title 'Hi'"],
    v: { texts: [{ position: 'bottom' }] },
  },
  {
    f: 'reference',
    m: 'make it a slide instead',
    before: ['add crossfades'],
    v: { transitions: each(2, { kind: /^slide-/ }) },
  },
  // A pace step scales each photo (× 4/3, × 3/4), the transitions kept: five 3 s photos with 0.8 s crossfades go to 4 s each.
  { f: 'length', m: 'slow everything down a little', on: 'five', v: len(16_800) },
  { f: 'length', m: 'speed it up a lot', v: len(5100) },
  { f: 'length', m: 'slightly faster', v: len(7800) },
  { f: 'length', m: 'give it 2 extra seconds', v: len(11_000) },
  { f: 'length', m: 'add 2 seconds to the video', v: len(11_000) },
  { f: 'length', m: '再多2秒', v: len(11_000) },
  // Toned down as a whole: showy transitions crossfade, camera moves a gentle zoom, punchy colour off.
  {
    f: 'style',
    m: '别那么花哨',
    before: ['每张都用旋转，转场用甩镜，滤镜鲜艳'],
    v: { look: 'none', ...cuts3('crossfade', 800), ...moves3('zoom-in') },
    reply: /叠化/,
  },
  { f: 'style', m: '太花了', on: 'five', v: { photos: each(5, { motion: 'zoom-in' }) }, reply: /30%/ },
  {
    f: 'style',
    m: '简单点吧',
    before: ['转场全部用向左滑动'],
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  { f: 'style', m: '朴素一点', before: ['滤镜鲜艳一点'], v: { look: 'none' } },
  {
    f: 'style',
    m: '转场别那么花',
    before: ['转场全部用圆形'],
    v: { ...cuts3('crossfade'), ...moves3('zoom-in') },
  },
  {
    f: 'style',
    m: 'tone it down, too flashy',
    before: ['whip pan transitions and vivid colours'],
    v: { look: 'none', ...cuts3('crossfade') },
  },
  { f: 'style', m: '再简单点', before: ['简单点'], same: true, reply: /已经很朴素/ },
  // A mood said as a degree: that mood's look, and its music when the music is Joy's own; pacing stays.
  { f: 'look', m: '做得温馨一点', v: { look: 'warm', ...photos3(3000), ...cuts3('cut') } },
  { f: 'look', m: '浪漫一点', before: ['加背景音乐'], v: { look: 'matte', ...song('First Dance') } },
  { f: 'look', m: '浪漫一點啦', on: 'rich', v: { look: 'matte', ...song('lo-fi.mp3') } },
  { f: 'look', m: '酷一点', v: { look: 'vivid', ...photos3(3000) } },
  { f: 'look', m: '弄得更伤感些', v: { look: 'black-and-white' } },
  { f: 'look', m: '温暖一些', v: { look: 'warm' } },
  { f: 'look', m: '可以温馨一点吗？', v: { look: 'warm', ...photos3(3000) } },
  { f: 'style', m: '换成温馨的风格', v: { look: 'warm', ...cuts3('crossfade') } },
  { f: 'style', m: '来点浪漫的感觉', v: { look: 'matte', ...cuts3('crossfade', 1200) } },
  { f: 'style', m: '做成伤感一点的视频', v: { look: 'black-and-white', ...cuts3('fade-black') } },
  { f: 'style', m: '换成活泼的风格', v: { look: 'vivid' } },
  { f: 'style', m: 'a cozy vibe please', v: { look: 'warm', ...cuts3('crossfade') } },
  { f: 'look', m: 'make it feel more romantic', v: { look: 'matte', ...photos3(3000), ...cuts3('cut') } },
  { f: 'motion', m: 'tilt dwon', v: moves3('pan-down') },
  { f: 'motion', m: 'zoom inn on every photo', v: moves3('zoom-in') },
  { f: 'transition', m: 'cutt between photos', on: 'five', v: cuts5('cut') },
  {
    f: 'order',
    m: 'end with the beach one',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: '以第三张开头',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  { f: 'look', m: '整体调成冷色调', v: { look: 'cool' } },
  { f: 'create', m: 'turning my pictures into a slideshow', on: 'empty', route: 'create' },

  // A length the person set is kept when transitions change; undo and redo say what they took back.
  {
    f: 'transition',
    m: 'transitions 1 second',
    before: ['make it 20 seconds'],
    v: { durationMs: 20_000, ...cuts3('crossfade', 1000) },
    reply: /kept at 20s/,
  },
  {
    f: 'transition',
    m: '转场改成擦除',
    before: ['视频总长15秒', '加转场'],
    v: { durationMs: 15_000, transitions: each(2, { kind: /^wipe-/ }) },
  },
  {
    f: 'transition',
    m: 'add crossfades',
    before: ['make it 20 seconds', 'make photo 2 5 seconds'],
    v: { durationMs: 16_733 },
  },
  {
    f: 'history',
    m: 'undo',
    before: ['use wipes'],
    v: cuts3('cut'),
    reply: /^Undid: Transition → Wipe left/,
  },
  {
    f: 'history',
    m: '撤销',
    before: ['改成竖屏'],
    v: { aspect: '16:9' },
    reply: /^已撤销：画面比例改为 9:16/,
  },
  {
    f: 'history',
    m: 'redo',
    before: ["add a title 'Hi'", 'undo'],
    v: { texts: [{ text: 'Hi' }] },
    reply: /^Redid: Title 'Hi'/,
  },

  {
    f: 'music',
    m: 'put some dreamy music on it',
    v: { ...photos3(3000), ...cuts3('cut'), audio: [{ source: /./ }] },
  },
  { f: 'transition', m: 'give each transition half a second', on: 'five', v: cuts5('crossfade', 500) },
  { f: 'transition', m: '转场半秒', on: 'five', v: cuts5('crossfade', 500) },
  { f: 'look', m: 'make it look like an old movie', v: { look: 'vintage' } },
  { f: 'look', m: 'make it pop, more saturated', v: { look: 'vivid' } },
  {
    f: 'order',
    m: '第二张照片换个位置，放到最后',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },

  {
    f: 'reference',
    m: "and 'Day 2' on the second",
    before: ["add a caption 'Day 1' to the first photo"],
    v: {
      texts: [
        { text: 'Day 1', startMs: 0 },
        { text: 'Day 2', startMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'also the first',
    before: ['zoom out on the 2nd photo'],
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  { f: 'text', m: '标题放到底部', same: true, route: 'unsupported', reply: /还没有标题/ },

  { f: 'length', m: 'could you speed it up by like 2 seconds', v: len(7000) },
  { f: 'length', m: 'double the length', v: len(18_000) },
  { f: 'length', m: 'make it half as long', v: len(4500) },
  {
    f: 'length',
    m: 'extend the first photo by 2 seconds',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'give the last photo an extra second',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: 'make photos 1 and 2 longer',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'motion',
    m: 'the first and third photos should zoom out',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'text',
    m: 'I want the title in white and bigger',
    same: true,
    route: 'unsupported',
    reply: /no title yet/,
  },
  { f: 'negation', m: 'no more crossfades', on: 'five', v: cuts5('cut') },

  { f: 'length', m: '视频加长到30秒', v: len(30_000) },
  {
    f: 'length',
    m: '最后一张多停两秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: 'make the last two photos 2 seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 2000 }, { durationMs: 2000 }] },
  },
  {
    f: 'order',
    m: '前两张照片换一下顺序',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  { f: 'negation', m: '把转场去掉', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: '把运动效果去掉', v: moves3('static') },
  { f: 'style', m: '我想要一个毕业纪念视频', v: { look: 'warm', ...cuts3('crossfade') } },

  {
    f: 'reference',
    m: 'actually make it 4',
    before: ['make the second photo 5s'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  { f: 'reference', m: 'make it 30', before: ['add music'], v: song(/./, { volume: 0.3 }) },
  { f: 'reference', m: 'no wait, 1.2 seconds', before: ['use crossfades'], v: cuts3('crossfade', 1200) },

  {
    f: 'reference',
    m: '改成红色',
    before: ['加标题“夏天”'],
    v: { texts: [{ text: '夏天' }] },
    reply: /颜色改为红色/,
  },
  {
    f: 'reference',
    m: 'in yellow please',
    before: ["add a title 'Hi'"],
    v: { texts: [{ text: 'Hi' }] },
    reply: /colour (?:to|→) yellow/,
  },
  {
    f: 'reference',
    m: '再快一点',
    before: ['转场用擦除'],
    v: { transitions: each(2, { kind: /^wipe-/, durationMs: 500 }) },
  },
  {
    f: 'format',
    m: '算了，还是横屏吧',
    before: ['竖屏'],
    v: { aspect: '16:9' },
    reply: /^好的，画面比例改为 16:9（1920×1080）。视频/,
  },
  {
    f: 'history',
    m: '撤销',
    before: ['把第二张放到最前面'],
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
    reply: /已撤销：把第2张移到第1位/,
  },

  { f: 'music', m: 'music at 20 percent', v: song(/./, { volume: 0.2 }) },
  { f: 'music', m: 'fade the music out', same: true, route: 'unsupported', reply: /add background music/ },

  {
    f: 'negation',
    m: 'no crossfade, use a slide instead',
    v: { transitions: each(2, { kind: /^slide-/, durationMs: 800 }) },
  },
  {
    f: 'negation',
    m: "I don't want it vertical, make it square",
    v: { aspect: '1:1' },
    reply: /^Done: aspect to 1:1/,
  },

  {
    f: 'multi',
    m: '9:16 and 20s with wipe transitions',
    v: { aspect: '9:16', durationMs: 20_000, transitions: each(2, { kind: /^wipe-/ }) },
  },

  { f: 'length', m: '照片都停3秒', on: 'five', v: { photos: each(5, { durationMs: 3000 }) } },
  {
    f: 'transition',
    m: '第二张和第三张中间加个闪白',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-white' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  { f: 'text', m: '标题大一点', same: true, route: 'unsupported', reply: /还没有标题/ },

  // Making the video from the draft's own photos.
  { f: 'create', m: 'make a video', on: 'empty', route: 'create' },
  { f: 'create', m: 'turn these into a slideshow', on: 'empty', route: 'create' },
  { f: 'create', m: 'make a 20 second video from my photos', on: 'empty', route: 'create' },
  { f: 'create', m: '做成视频', on: 'empty', route: 'create' },
  { f: 'create', m: 'make a video', route: 'create', same: true },

  // Songs the person uploaded, named by their name (with or without the extension), before the library.
  { f: 'music', m: '换成我上传的那首 Summer Vibes', on: 'rich', songs: true, v: song('Summer Vibes.mp3') },
  { f: 'music', m: 'play summer vibes instead', on: 'rich', songs: true, v: song('Summer Vibes.mp3') },
  {
    f: 'music',
    m: '背景音乐用 lo-fi.mp3，音量40%',
    on: 'three',
    songs: true,
    v: song('lo-fi.mp3', { volume: 0.4 }),
  },
  // A video for an occasion or a person: 满月, 百天 are the family style; 悼念/纪念 someone is the memorial.
  {
    f: 'create',
    m: '帮我做个宝宝百天的视频',
    on: 'five',
    v: { look: 'warm', ...cuts5('crossfade'), ...song('Sunday Morning') },
  },
  { f: 'style', m: 'make a newborn video', on: 'five', v: { look: 'warm', ...song('Sunday Morning') } },
  {
    f: 'create',
    m: '做一个缅怀爷爷的短片',
    v: { look: 'black-and-white', ...cuts3('fade-black', 1500), ...song('Remembrance') },
  },
  {
    f: 'create',
    m: '用这些照片做一个纪念奶奶的视频，加标题「想念您」',
    v: { look: 'black-and-white', texts: [{ text: '想念您', role: 'title' }], ...song('Remembrance') },
  },
  // 推镜头 is the push-in; "其他不变", "the rest as they are" leave the rest.
  {
    f: 'motion',
    m: '第二张推镜头，其余的保持原样',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'push-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: '最后一张改成推镜，别的都不用改',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'push-in' }] },
  },
  {
    f: 'motion',
    m: 'push in on the first photo, leave the rest as they are',
    v: { photos: [{ motion: 'push-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },

  // The verb that brings the transitions to a value ("缩短到0.4秒", "shorten the transitions to") is theirs, not the video's.
  {
    f: 'transition',
    m: '把转场时长缩短为半秒',
    on: 'five',
    v: { ...cuts5('crossfade', 500), durationMs: 13_000 },
  },
  {
    f: 'transition',
    m: '过渡效果延长到1秒吧',
    on: 'five',
    v: { ...cuts5('crossfade', 1000), durationMs: 11_000 },
  },
  {
    f: 'transition',
    m: 'shorten the transitions to 0.4s',
    on: 'five',
    v: { ...cuts5('crossfade', 400), durationMs: 13_400 },
  },
  // Frames a second said as 每秒N帧/格 (格 is a frame in Taiwan and Hong Kong).
  { f: 'format', m: '帧率：每秒60格', v: { fps: 60 } },
  { f: 'format', m: '横屏，每秒钟25帧', v: { aspect: '16:9', fps: 25 } },

  // Quoted words keep a colon inside them; "黑色的字" colours the letters; a text named by its words goes.
  {
    f: 'text',
    m: '标题换成『Day 2: Nara』',
    on: 'rich',
    v: { texts: [{ text: 'Day 2: Nara', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕换成红色的字体',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: '#e53935' }] },
  },
  {
    f: 'text',
    m: 'change the title to white letters',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffffff' }, { text: 'Day one' }] },
  },
  { f: 'text', m: '把「Day one」这个字幕删掉', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'text', m: "remove the 'Day one' caption", on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'text', m: 'Road Trip那个标题不要了', on: 'rich', v: { texts: [{ text: 'Day one' }] } },

  // Classes first met in blind set 2, said other ways: refusing what is there, counted undo, how-to
  // questions, tenths (成), transitions counted by themselves, photos by what they show, '+' lists,
  // bare values after 'those should…', a text's place with a bare verb.
  {
    f: 'negation',
    m: "I don't want the vintage look anymore",
    before: ['vintage filter'],
    v: { look: 'none' },
  },
  { f: 'negation', m: '音乐不要了', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: '标题不要了', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  {
    f: 'negation',
    m: 'get rid of the zoom on photo 2',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'zoom-in' }] },
  },
  { f: 'negation', m: '别加滤镜，只要改成竖屏', v: { look: 'none', aspect: '9:16' } },
  {
    f: 'history',
    m: 'undo 3 times',
    before: ['9:16', 'black and white', 'add a title "Hi"'],
    v: { aspect: '16:9', look: 'none', texts: [] },
  },
  { f: 'history', m: '撤销两步', before: ['改成黑白', '加标题：你好'], v: { look: 'none', texts: [] } },
  {
    f: 'history',
    m: 'put it all back',
    before: ['black and white', 'undo'],
    route: 'redo',
    v: { look: 'black-and-white' },
  },
  { f: 'question', m: '如何导出？', route: 'help', same: true },
  { f: 'question', m: 'how do I undo?', route: 'help', same: true },
  { f: 'music', m: '音量调到七成', on: 'rich', v: { audio: [{ volume: 0.7 }] } },
  { f: 'music', m: 'turn the drums up to 120%', on: 'beats', v: { audio: [{ volume: 1.2 }] } },
  {
    f: 'transition',
    m: '最后一个转场换成黑场',
    on: 'rich',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'fade-black' }] },
  },
  {
    f: 'transition',
    m: 'make the second transition a wipe',
    on: 'rich',
    v: { transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }] },
  },
  {
    f: 'order',
    m: '把海滩那张放最后',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'newest pictures at the start',
    on: 'five',
    v: { photos: [{ source: 'sunset.jpg' }, {}, {}, {}, {}] },
  },
  {
    f: 'multi',
    m: 'cool look + 9:16 + 1.5s per photo',
    v: { look: 'cool', aspect: '9:16', ...photos3(1500) },
  },
  {
    f: 'reference',
    m: 'those should be 1 second each',
    before: ['slide transitions'],
    v: { transitions: each(2, { durationMs: 1000 }) },
  },
  {
    f: 'reference',
    m: '放顶上',
    on: 'rich',
    before: ['把字幕改成“第一天”'],
    v: { texts: [{ position: 'center' }, { text: '第一天', position: 'top' }] },
  },
  {
    f: 'order',
    m: 'move the one from the beach to the end',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'the oldest photo goes last',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '把最早的那张放最后',
    on: 'five',
    v: { photos: [{}, {}, {}, {}, { source: 'city.jpg' }] },
  },
  {
    f: 'negation',
    m: '去掉第二张的运动',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'zoom-in' }] },
  },
  { f: 'negation', m: "I'm done with the caption", on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'look', m: 'kill the filter', before: ['warm filter'], v: { look: 'none' } },
  {
    f: 'history',
    m: '还是恢复吧',
    before: ['改成黑白', '撤销'],
    route: 'redo',
    v: { look: 'black-and-white' },
  },
  {
    f: 'history',
    m: 'undo both',
    before: ['9:16', 'add a title "X"'],
    route: 'undo',
    v: { aspect: '16:9', texts: [] },
  },
  {
    f: 'history',
    m: '全部撤销',
    before: ['改成竖屏', '改成黑白', '加标题：你好'],
    route: 'undo',
    v: { aspect: '16:9', look: 'none', texts: [] },
  },
  {
    f: 'reference',
    m: 'bump it to 4',
    before: ['make the 2nd photo 6 seconds'],
    v: { photos: [len(3000), len(4000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'make that 2 instead',
    before: ['make the 2nd photo 6 seconds'],
    v: { photos: [len(3000), len(2000), len(3000)] },
  },
  {
    f: 'reference',
    m: '每个0.5秒',
    before: ['把转场改成擦除'],
    v: { transitions: each(2, { kind: /^wipe-/, durationMs: 500 }) },
  },
  { f: 'music', m: '加点背静音乐', v: { audio: [{ volume: 1 }] } },
  { f: 'format', m: '改成竖评', v: { aspect: '9:16' } },
  { f: 'text', m: '加个字慕：你好', v: { texts: [{ text: '你好', role: 'caption' }] } },
  { f: 'negation', m: 'skip the music', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: 'take the title off', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'negation', m: 'the caption can go', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'negation', m: '不用字幕了', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'negation', m: '别要转场了', on: 'rich', v: { transitions: each(2, { kind: 'cut' }) } },
  { f: 'music', m: 'drop the song to a quarter', on: 'rich', v: { audio: [{ volume: 0.25 }] } },
  { f: 'music', m: '音量调成三分之一', on: 'rich', v: { audio: [{ volume: 0.33 }] } },
  { f: 'music', m: '音乐调到一半', on: 'rich', v: { audio: [{ volume: 0.5 }] } },
  { f: 'music', m: 'turn the music way down', on: 'rich', v: { audio: [{ volume: 0.6 }] } },
  {
    f: 'order',
    m: 'get rid of the copy',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: '删掉那张模糊的',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'beach-2.jpg' }] },
  },
  {
    f: 'transition',
    m: 'a wipe between the city and forest photos',
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }] },
  },
  {
    f: 'transition',
    m: '城市和森林之间用黑场',
    v: { transitions: [{ kind: 'cut' }, { kind: 'fade-black' }] },
  },
  {
    f: 'order',
    m: 'swap the beach and forest photos',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  { f: 'question', m: '字幕怎么改颜色', route: 'help', same: true },
  { f: 'question', m: '加音乐怎么弄？', route: 'help', same: true },
  { f: 'question', m: '能加字幕吗？', same: true },
  {
    f: 'order',
    m: 'put the forest first',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'swap beach and forest',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  // Corrections: the wrong thing named, then the right one. In one message only the right one changes;
  // a message that names only the right one moves the last edit there (taken back from the wrong one).
  {
    f: 'negation',
    m: 'not the first photo, the second one should be 5 seconds',
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'negation',
    m: 'make the second photo 5 seconds, not the first',
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'negation',
    m: 'zoom out on the last one not the first one',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'negation',
    m: 'not photo 1 but photo 3, pan left',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-left' }] },
  },
  {
    f: 'negation',
    m: '不是第一张，是第二张改成4秒',
    v: { durationMs: 10_000, photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'negation',
    m: '第三张拉远，不是第二张',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'negation',
    m: '不是标题，是字幕放到顶部',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', position: 'center' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'no, I meant photo 3',
    before: ['make photo 2 5 seconds'],
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'reference',
    m: 'wrong photo, the third one',
    before: ['zoom out on the second photo'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
    reply: /photo 2/,
  },
  {
    f: 'reference',
    m: 'sorry, photo 1 not photo 2',
    before: ['make photo 2 5 seconds'],
    v: { durationMs: 11_000, photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'no, the first one',
    before: ['make the last photo zoom out'],
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: 'I meant the second one',
    before: ['make the first transition a wipe'],
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }] },
  },
  {
    f: 'reference',
    m: 'I said the title, not the caption',
    on: 'rich',
    before: ['move the caption to the top'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'no I meant the caption',
    on: 'rich',
    before: ['change the title to Hello'],
    v: {
      texts: [
        { role: 'title', text: 'Road Trip' },
        { role: 'caption', text: 'Hello' },
      ],
    },
  },
  {
    f: 'reference',
    m: '不是字幕，是标题',
    on: 'rich',
    before: ['字幕放到顶部'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    f: 'reference',
    m: '我说的是第一张',
    before: ['第二张改成4秒'],
    v: { durationMs: 10_000, photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: '错了，是第三张',
    before: ['第二张拉远'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
    reply: /撤回/,
  },
  {
    f: 'reference',
    m: '应该是最后一张',
    before: ['第一张停5秒'],
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'reference',
    m: 'I meant photo 3',
    before: ['make photo 2 5 seconds', 'undo'],
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  // Letter case of a text: "all caps", "in capitals", "标题用大写字母", "lowercase".
  {
    f: 'text',
    m: '标题用大写字母',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', text: 'ROAD TRIP' },
        { role: 'caption', text: 'Day one' },
      ],
    },
  },
  {
    f: 'text',
    m: 'make the title all caps',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', text: 'ROAD TRIP' },
        { role: 'caption', text: 'Day one' },
      ],
    },
  },
  {
    f: 'text',
    m: 'caption in lowercase',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', text: 'Road Trip' },
        { role: 'caption', text: 'day one' },
      ],
    },
  },
  {
    f: 'text',
    m: '字幕改成大写',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', text: 'Road Trip' },
        { role: 'caption', text: 'DAY ONE' },
      ],
    },
  },
  {
    f: 'text',
    m: 'make all the text uppercase',
    on: 'rich',
    v: { texts: [{ text: 'ROAD TRIP' }, { text: 'DAY ONE' }] },
  },
  {
    f: 'text',
    m: "add a title 'hello world' in all caps",
    v: { texts: [{ role: 'title', text: 'HELLO WORLD' }] },
  },
  // A photo named, then its place, with no verb: "beach last", "forest first".
  {
    f: 'order',
    m: 'beach last',
    on: 'five',
    v: { photos: [{ source: 'city.jpg' }, {}, {}, {}, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'forest first',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'the city one at the end',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'photo 3 first',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  // A photo whose name has several words, said without its extension.
  {
    f: 'order',
    m: 'party night那张放第一个',
    on: 'five',
    v: { photos: [{ source: 'party night.jpg' }, {}, {}, {}, {}] },
  },
  {
    f: 'order',
    m: 'the party night one first',
    on: 'five',
    v: { photos: [{ source: 'party night.jpg' }, {}, {}, {}, {}] },
  },
  // One transition counted by the kind it is now.
  {
    f: 'transition',
    m: 'the second crossfade should be a wipe',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'transition',
    m: 'change the 2nd crossfade to a fade to black',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-black' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  {
    f: 'transition',
    m: '第二个叠化换成擦除',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'transition',
    m: 'make the last crossfade longer',
    on: 'five',
    v: { transitions: [{ durationMs: 800 }, { durationMs: 800 }, { durationMs: 800 }, { durationMs: 1200 }] },
  },
  // Undo said the way people type it.
  {
    f: 'history',
    m: 'ctrl z',
    before: ['reverse the order'],
    v: { photos: [{ source: 'beach.jpg' }, {}, {}] },
  },
  { f: 'history', m: 'scratch that', before: ['make it black and white'], v: { look: 'none' } },
  { f: 'history', m: '刚才的修改不要了', before: ['竖屏'], v: { aspect: '16:9' } },
  {
    f: 'history',
    m: '刚才那步不要了 退回去',
    before: ['make it square', 'pan left on every photo'],
    v: { aspect: '1:1', photos: moves3('zoom-in').photos },
  },
  // Texts taken away, and texts said to stay.
  { f: 'negation', m: '不要字了', on: 'rich', v: { texts: [] } },
  { f: 'negation', m: 'no title, caption留着', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  {
    f: 'negation',
    m: 'remove the title but keep the caption',
    on: 'rich',
    v: { texts: [{ role: 'caption' }] },
  },
  { f: 'negation', m: '标题删掉 字幕保留', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  // Chinese instructions separated only by spaces, as voice input writes them.
  {
    f: 'multi',
    m: '黑白 每张两秒 加个标题叫回忆',
    v: { look: 'black-and-white', ...photos3(2000), texts: [{ role: 'title', text: '回忆' }] },
  },
  { f: 'multi', m: '竖屏 转场用叠化', v: { aspect: '9:16', ...cuts3('crossfade') } },
  { f: 'reference', m: '再长一点 一秒', before: ['转场改成交叉淡化'], v: cuts3('crossfade', 1000) },
  // Texting shorthand and bare numbers.
  { f: 'transition', m: 'fade thru black', on: 'five', v: cuts5('fade-black') },
  { f: 'transition', m: 'crossfades w/ 1 second each', on: 'five', v: cuts5('crossfade', 1000) },
  { f: 'format', m: '帧率改成二十四', v: { fps: 24 } },
  { f: 'music', m: '音量调到五十', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  { f: 'music', m: 'set the volume to 40', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  // 摇 is the camera's pan.
  {
    f: 'motion',
    m: '第三张往上摇',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-up' }] },
  },
  { f: 'motion', m: '所有照片向右慢慢摇', v: moves3('pan-right') },
  {
    f: 'motion',
    m: '第二张往下移动',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-down' }, { motion: 'zoom-in' }] },
  },
  // A colon after the place introduces a caption's words.
  {
    f: 'text',
    m: 'caption on the 2nd pic: best day ever',
    v: { texts: [{ role: 'caption', text: 'best day ever', startMs: 3000 }] },
  },
  { f: 'text', m: 'caption on photo 3: goodnight', v: { texts: [{ text: 'goodnight', startMs: 6000 }] } },
  // A kind of music named by itself: "EDM", "民谣", "电子乐".
  { f: 'music', m: '来点edm电子乐', v: song('Neon Pulse') },
  { f: 'music', m: '配首民谣', v: song('Campfire') },
  { f: 'music', m: 'add some edm', v: song('Neon Pulse') },
  { f: 'music', m: 'play some jazz', v: song(/./) },
  // A style said with a frame of its own, and a look or mood said beside it.
  { f: 'style', m: 'cinematic一点 像电影预告片', on: 'five', v: { look: 'cool', ...cuts5('blur-dissolve') } },
  { f: 'style', m: '做成抖音那种快节奏混剪', on: 'five', v: { look: 'vivid', ...cuts5('whip-pan') } },
  { f: 'style', m: '整成产品展示的样子', v: { look: 'vivid', ...cuts3('slide-left') } },
  { f: 'style', m: '改成黑白的旅行vlog', v: { look: 'black-and-white', ...cuts3('whip-pan') } },
  { f: 'style', m: '弄成纪念奶奶的那种 安静一点', v: { look: 'black-and-white', ...photos3(5000) } },
  { f: 'style', m: 'memorial style, nice and calm', v: { look: 'black-and-white', ...photos3(5000) } },
  // A text's place by its corner, its time over the whole video, and no stray words as its text.
  {
    f: 'text',
    m: 'put the title at the bottom left',
    on: 'rich',
    v: { texts: [{ role: 'title', text: 'Road Trip', position: 'bottom' }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: '标题放左上角',
    on: 'rich',
    v: { texts: [{ role: 'title', position: 'top' }, { role: 'caption' }] },
  },
  { f: 'text', m: 'make the caption text white', same: true },
  { f: 'text', m: 'put the title in the top right corner', same: true },
  {
    f: 'text',
    m: 'title should appear for the whole video',
    on: 'rich',
    v: { texts: [{ role: 'title', startMs: 0, endMs: 7400 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'keep the title on screen the whole time',
    on: 'rich',
    v: { texts: [{ role: 'title', startMs: 0, endMs: 7400 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: '标题一直显示',
    on: 'rich',
    v: { texts: [{ role: 'title', startMs: 0, endMs: 7400 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'add a title "Hi" for the whole video',
    v: { texts: [{ text: 'Hi', startMs: 0, endMs: 9000 }] },
  },
  // The music brought to a bare number; a mood said with a swap is the new song's.
  { f: 'music', m: 'turn the music up to 80', on: 'rich', v: song('lo-fi.mp3', { volume: 0.8 }) },
  { f: 'music', m: 'music to 80', on: 'rich', v: song('lo-fi.mp3', { volume: 0.8 }) },
  { f: 'music', m: 'bring the music down to 25', on: 'rich', v: song('lo-fi.mp3', { volume: 0.25 }) },
  {
    f: 'music',
    m: 'swap the song for something calmer',
    on: 'rich',
    v: { ...song(/^(?!lo-fi\.mp3$)/), photos: each(3, { durationMs: 3000 }) },
  },
  {
    f: 'music',
    m: 'change the music to something more upbeat',
    on: 'rich',
    v: { ...song(/^(?!lo-fi\.mp3$)/), photos: each(3, { durationMs: 3000 }) },
  },
  // A style said as a likeness; a mood said as a degree is its look, and the pacing stays.
  { f: 'style', m: 'make it feel like a movie', v: { look: 'cool', ...cuts3('blur-dissolve') } },
  { f: 'look', m: 'more cinematic', v: { look: 'cool', ...photos3(3000), ...cuts3('cut') } },
  { f: 'look', m: 'more dramatic', v: { look: 'cool', ...photos3(3000) } },
  { f: 'look', m: 'make it a bit more romantic', v: { look: 'matte', ...photos3(3000), ...cuts3('cut') } },
  // English moods said as a degree ("more X", "X-er", "feel more X", "a bit X"): the look only.
  { f: 'look', m: 'can it feel more cheerful', v: { look: 'vivid', ...photos3(3000), ...cuts3('cut') } },
  {
    f: 'look',
    m: 'a bit warmer and cozier please',
    v: { look: 'warm', ...photos3(3000) },
    reply: /^(?!.*understand)/,
  },
  { f: 'look', m: 'make it sadder', on: 'five', v: { look: 'black-and-white', ...cuts5('crossfade', 800) } },
  {
    f: 'look',
    m: 'even more epic please',
    on: 'five',
    v: { look: 'cool', photos: each(5, { durationMs: 3000 }) },
  },
  { f: 'look', m: 'give it a more romantic feel', v: { look: 'matte', ...photos3(3000), ...cuts3('cut') } },
  { f: 'look', m: '更浪漫一点的感觉', v: { look: 'matte', ...photos3(3000), ...cuts3('cut') } },
  { f: 'look', m: '感觉再温馨些', v: { look: 'warm', ...photos3(3000) } },
  { f: 'look', m: '开心一点嘛', v: { look: 'vivid', ...photos3(3000), ...cuts3('cut') } },
  // The music follows the mood when it is Joy's own (even when the music was the last thing talked about);
  // a song of the person's stays.
  {
    f: 'look',
    m: 'cozier',
    before: ['add background music'],
    v: { look: 'warm', ...song('Sunday Morning') },
  },
  {
    f: 'look',
    m: 'make it a bit more romantic',
    before: ['add some music'],
    v: { look: 'matte', ...photos3(3000), ...song('First Dance') },
  },
  { f: 'look', m: 'a little more cheerful', on: 'rich', v: { look: 'vivid', ...song('lo-fi.mp3') } },
  { f: 'look', m: '更开心一点', before: ['加背景音乐'], v: { look: 'vivid', ...song('Sunny Pop') } },
  {
    f: 'look',
    m: 'a bit sadder?',
    before: ['add music'],
    v: { look: 'black-and-white', ...song('Remembrance') },
  },
  // Named as a frame, the mood is the whole style, degree or not.
  { f: 'style', m: 'a more romantic style', v: { look: 'matte', ...photos3(4000), ...cuts3('crossfade') } },
  { f: 'style', m: 'a more cinematic video', v: { look: 'cool', ...cuts3('blur-dissolve') } },
  // Darker: an exposure lowered with black and white kept; on the bright look, a step back.
  ...[
    'make it darker',
    '暗一点',
    'a bit moodier',
    'darker and moodier',
    '太亮了',
    'the photos are overexposed',
  ].map((m) => ({ f: 'look' as const, m, v: { look: 'dark', ...photos3(3000) }, reply: /暗调|Dark/ })),
  { f: 'look', m: '调暗一些', on: 'rich', v: { look: 'dark', ...song('lo-fi.mp3') } },
  { f: 'look', m: 'make it darker', before: ['brighter'], v: { look: 'bright' } },
  { f: 'look', m: 'darker', before: ['brighter', 'a bit darker'], v: { look: 'none' } },
  { f: 'look', m: '亮一点', before: ['暗一点'], v: { look: 'dark' } },
  // "less dark" is brighter, "less bright" darker: the word said is what there is too much of.
  { f: 'look', m: 'make it less dark', v: { look: 'bright' } },
  { f: 'look', m: '不要那么亮', v: { look: 'dark' } },
  // Less contrast, muted or desaturated colours are the matte look; 低饱和 is not vivid.
  { f: 'look', m: 'less contrast', v: { look: 'matte' } },
  { f: 'look', m: 'muted colors', v: { look: 'matte' } },
  { f: 'look', m: 'desaturate it a bit', v: { look: 'matte' } },
  { f: 'look', m: '低饱和一点', v: { look: 'matte' } },
  { f: 'look', m: '饱和度低一点', v: { look: 'matte' } },
  { f: 'look', m: '饱和度高一点', v: { look: 'vivid' } },
  // Two text roles named at once.
  { f: 'text', m: '把标题和字幕都删了', on: 'rich', v: { texts: [] } },
  { f: 'text', m: 'remove the title and the caption', on: 'rich', v: { texts: [] } },
  { f: 'text', m: 'delete both the title and caption', on: 'rich', v: { texts: [] } },
  // Volume words said in Chinese both ways.
  { f: 'music', m: '背景音乐音量调低', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '音量调高一点', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  // "too quiet" is a level, not a calm song.
  { f: 'music', m: 'the music is too quiet', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  { f: 'music', m: 'can barely hear the music', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  // Where the song comes in is the music's, never the video's length.
  {
    f: 'music',
    m: 'music should start after 2 seconds',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 2000 }) },
  },
  {
    f: 'music',
    m: '音乐从第3秒开始',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 3000 }) },
  },
  { f: 'music', m: 'cut the music at 5 seconds', on: 'rich', same: true, reply: /fade it out/ },
  // A photo's length by its bare name; "more time"; "the last two" without a noun.
  {
    f: 'length',
    m: 'make beach 4s',
    v: { durationMs: 10_000, photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'forest 5 seconds',
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: 'give the last photo more time',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: 'the first photo needs less time',
    v: { photos: [{ durationMs: 2250 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'order',
    m: 'drop the last two',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: 'remove the first 2',
    on: 'five',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'sunset.jpg' }, { source: 'party night.jpg' }] },
  },
  // Keeping only some photos removes the others.
  {
    f: 'order',
    m: 'keep only the first three photos',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: '只保留前三张',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: 'just keep the beach and city photos',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  // The last one-photo edit on all the others.
  {
    f: 'reference',
    m: 'same for the others',
    before: ['zoom out on photo 2'],
    v: moves3('zoom-out'),
  },
  { f: 'reference', m: 'now the rest', before: ['zoom out on photo 2'], v: moves3('zoom-out') },
  { f: 'reference', m: '其他的也一样', before: ['第一张5秒'], v: photos3(5000) },
  // "a bit more": the last step again.
  {
    f: 'reference',
    m: 'a bit more',
    before: ['make photo 1 longer'],
    v: { photos: [{ durationMs: 5350 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'even more',
    before: ['music quieter'],
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.36 }),
  },
  { f: 'reference', m: '再多一点', before: ['第一张长一点'], v: { photos: [{ durationMs: 5350 }, {}, {}] } },
  // A colour said alone after a text is that text's.
  {
    f: 'text',
    m: 'change the color to blue',
    before: ['add a title "Hello"'],
    v: { texts: [{ text: 'Hello' }] },
    reply: /Hello/,
  },
  {
    f: 'text',
    m: '颜色改成红色',
    before: ['加个标题“你好”'],
    v: { texts: [{ text: '你好' }] },
    reply: /你好/,
  },
  {
    f: 'history',
    m: 'nah, go back to landscape',
    before: ['make it 9:16'],
    v: { aspect: '16:9' },
    reply: /^(?!.*understand)/,
  },
  // A comparative with a hedged number goes to that number; the comparative is the transitions' own.
  { f: 'length', m: 'can u make it shorter like 7 secs', v: len(7000) },
  { f: 'length', m: 'make it longer like 12 seconds', v: len(12_000) },
  { f: 'length', m: '视频短一点 大概6秒', v: len(6000) },
  {
    f: 'transition',
    m: 'make the transitions longer like 1.5 seconds',
    on: 'rich',
    v: { durationMs: 6000, ...cuts3('crossfade', 1500) },
  },
  { f: 'length', m: 'photos go by too quickly', v: photos3(4000) },
  // Photos named by their role in the video.
  {
    f: 'length',
    m: 'make the intro photo longer',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'the middle photo should be longer',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'motion',
    m: '中间那张拉远',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  { f: 'text', m: 'put a title on it: Paris 2024', v: { texts: [{ role: 'title', text: 'Paris 2024' }] } },
  // Disliking the song asks for another; mute and unmute are the music's.
  { f: 'music', m: 'the song is annoying', on: 'rich', v: song(/^(?!lo-fi\.mp3$)/) },
  { f: 'music', m: '这首歌太难听了', on: 'rich', v: song(/^(?!lo-fi\.mp3$)/) },
  { f: 'music', m: 'I hate this song', on: 'rich', v: song(/^(?!lo-fi\.mp3$)/) },
  { f: 'music', m: 'mute it', on: 'rich', v: song('lo-fi.mp3', { volume: 0 }) },
  { f: 'music', m: 'unmute', on: 'rich', before: ['mute the music'], v: song('lo-fi.mp3', { volume: 1 }) },
  { f: 'music', m: 'music volume half', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  // A text moved one step up or down from where it sits.
  {
    f: 'text',
    m: '字幕往上挪一点',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', position: 'center' },
        { role: 'caption', position: 'lower-third' },
      ],
    },
  },
  {
    f: 'text',
    m: 'move the caption up a bit',
    on: 'rich',
    v: { texts: [{ position: 'center' }, { position: 'lower-third' }] },
  },
  {
    f: 'text',
    m: 'move the title down',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', position: 'lower-third' },
        { role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    f: 'text',
    m: 'title higher',
    on: 'rich',
    v: { texts: [{ role: 'title', position: 'top' }, { role: 'caption' }] },
  },
  // 照片切换 is how fast the photos change, not the transitions.
  { f: 'length', m: '照片切换快一点', v: { durationMs: 6750, ...cuts3('cut') } },
  { f: 'length', m: '图片切换太慢了', v: { durationMs: 6750 } },
  { f: 'order', m: '最后那张删掉', v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] } },
  { f: 'text', m: '标题改小一点', same: true, reply: /还没有标题/ },
  // "fades" and "dissolves" name the transitions; "too long" of them asks for shorter transitions.
  {
    f: 'transition',
    m: 'the transitions are too long',
    on: 'five',
    v: { durationMs: 13_000, ...cuts5('crossfade', 500) },
  },
  {
    f: 'transition',
    m: 'make the fades quicker',
    on: 'five',
    v: { durationMs: 13_000, ...cuts5('crossfade', 500) },
  },
  {
    f: 'transition',
    m: '1 second fades',
    on: 'five',
    v: { durationMs: 11_000, ...cuts5('crossfade', 1000) },
  },
  { f: 'transition', m: 'transitions too abrupt', on: 'five', v: cuts5('crossfade', 1200) },
  { f: 'transition', m: '转场太长了', on: 'five', v: cuts5('crossfade', 500) },
  // "needs" asks for it; dull colours ask for vivid; a video that feels slow asks for faster.
  { f: 'music', m: 'it needs music', v: song(/./) },
  { f: 'text', m: 'this needs a title', same: true, reply: /title say/ },
  { f: 'look', m: 'the colors are too dull', v: { look: 'vivid' } },
  { f: 'look', m: '颜色太淡了', v: { look: 'vivid' } },
  { f: 'length', m: 'the video feels slow', v: len(6750) },
  // A length said of the video is the video's, even beside a title.
  {
    f: 'create',
    m: 'make a 20s vertical video with a title "Trip"',
    on: 'empty',
    v: { durationMs: 20_000, aspect: '9:16', texts: [{ text: 'Trip', startMs: 0, endMs: 3000 }] },
  },
  {
    f: 'multi',
    m: 'a 15 second video with the caption "hello"',
    v: { durationMs: 15_000, texts: [{ text: 'hello' }] },
  },
  // A range of photos is every photo in it.
  {
    f: 'motion',
    m: '第一张到第三张都放大',
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }, {}, {}] },
  },
  {
    f: 'motion',
    m: 'zoom out on photos 2 to 4',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'length',
    m: 'photos 1 through 3 should be 2 seconds',
    on: 'five',
    v: {
      photos: [
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'motion',
    m: 'from the second to the fourth photo pan left',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'zoom-in' },
      ],
    },
  },
  // Praise is not a request, and "love it" is not a love song.
  { f: 'music', m: 'love it! now add music', v: song('Lo-fi Drift') },
  { f: 'question', m: 'perfect, thanks!', same: true, route: 'help' },
  { f: 'format', m: 'that is great but make it vertical', v: { aspect: '9:16' } },
  // Swaps and places said after the photos; 换到 / 开头用 move.
  {
    f: 'order',
    m: 'beach and city should swap places',
    on: 'five',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, {}, {}, {}] },
  },
  {
    f: 'order',
    m: 'the sunset pic should be the last one',
    on: 'five',
    v: { photos: [{}, {}, {}, { source: 'party night.jpg' }, { source: 'sunset.jpg' }] },
  },
  {
    f: 'order',
    m: '第三张换到第一个',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '开头用森林那张',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '结尾用城市那张',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  // Not liking a photo removes it; a photo described first is what "it" means next.
  {
    f: 'order',
    m: "I don't like the third photo",
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'sunset.jpg' }, {}] },
  },
  {
    f: 'order',
    m: 'i dont want the beach one',
    on: 'five',
    v: { photos: [{ source: 'city.jpg' }, {}, {}, {}] },
  },
  {
    f: 'order',
    m: 'the second photo is blurry, remove it',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, {}, {}] },
  },
  {
    f: 'order',
    m: '第二张有点糊 删了吧',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, {}, {}] },
  },
  // A photo named with a complaint is what "it" means next: its length changes, never the video's, and
  // "cut … to 2 s" or "cut a second from …" is a length, never a removal.
  {
    f: 'length',
    m: 'the last photo is dragging on, trim it to 2.5 s',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(3000), len(2500)], durationMs: 11_300 },
  },
  {
    f: 'length',
    m: 'the beach photo looks weird, cut it to 2 seconds',
    on: 'five',
    v: { photos: [len(2000), len(3000), len(3000), len(3000), len(3000)], durationMs: 10_800 },
  },
  {
    f: 'length',
    m: 'cut a second from the third photo',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(2000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: '第二张太拖了，把它剪到2秒',
    on: 'five',
    v: { photos: [len(3000), len(2000), len(3000), len(3000), len(3000)], durationMs: 10_800 },
  },
  // Numbers as voice input mishears them, right before a unit: "too", "to" → two, "for" → four.
  { f: 'length', m: 'each pic for seconds', v: photos3(4000) },
  { f: 'length', m: 'set photo 2 to seconds', v: { photos: [len(3000), len(2000), len(3000)] } },
  { f: 'length', m: 'make it too and a half seconds per photo', v: photos3(2500) },
  // Quotes said aloud mark the text's words.
  {
    f: 'text',
    m: 'caption the second photo quote best day ever unquote',
    v: { texts: [{ text: 'best day ever', role: 'caption', startMs: 3000 }] },
  },
  {
    f: 'text',
    m: 'title open quote Summer 2024 close quote',
    v: { texts: [{ text: 'Summer 2024', role: 'title' }] },
  },
  { f: 'text', m: '加个标题引号巴黎之春引号结束', v: { texts: [{ text: '巴黎之春', role: 'title' }] } },
  // Cuts on every Nth beat of a song with a beat grid (120 BPM, first beat at 0.25 s).
  {
    f: 'music',
    m: 'switch pictures every fourth beat',
    on: 'beats',
    v: { photos: [len(2150), len(2800), len(2400)], durationMs: 5750 },
  },
  { f: 'music', m: '2 beats per photo', on: 'beats', v: { photos: [len(1000), len(1583), len(1333)] } },
  { f: 'music', m: '每四拍换一张', on: 'beats', v: { photos: [len(2150), len(2800), len(2400)] } },
  // Joy cannot post anywhere: a request to publish changes nothing and says how (a purpose shapes the video).
  { f: 'format', m: 'upload this to youtube', same: true, reply: /can't post.*export/i },
  { f: 'format', m: 'I want you to share it on insta', same: true, reply: /Instagram/ },
  { f: 'format', m: '帮我发到抖音', same: true, reply: /导出.*抖音/ },
  { f: 'format', m: '我要发抖音', v: { aspect: '9:16' } },
  // A negated fade sets that end of the music to none; the other end stays.
  { f: 'negation', m: "the music shouldn't fade out", on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 0 }) },
  { f: 'negation', m: 'no fade at the end', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 0 }) },
  {
    f: 'negation',
    m: "don't fade in the song",
    on: 'rich',
    before: ['fade the music in over 2 seconds'],
    v: song('lo-fi.mp3', { fadeInMs: 0, fadeOutMs: 2000 }),
  },
  {
    f: 'negation',
    m: '开头不要淡入',
    on: 'rich',
    before: ['音乐淡入2秒'],
    v: song('lo-fi.mp3', { fadeInMs: 0, fadeOutMs: 2000 }),
  },
  { f: 'negation', m: '音乐结尾别淡出', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 0 }) },
  // Not ready yet: nothing changes ("still" is no static camera, 先别动 no "no motion"), and the reply waits.
  { f: 'negation', m: 'hold on, let me think about it', on: 'five', same: true, reply: /take your time/i },
  { f: 'negation', m: 'leave it as is for now', on: 'rich', same: true },
  { f: 'negation', m: '等一下，让我考虑考虑', on: 'five', same: true, reply: /不着急/ },
  { f: 'negation', m: '先不要改，我还没想好', on: 'rich', same: true },
  // "the next one", "that one" after one photo or one transition was changed: the one counted from it,
  // with the effect said now.
  {
    f: 'reference',
    m: 'and a zoom out for the next one',
    before: ['give the first photo a pan left'],
    v: { photos: [{ motion: 'pan-left' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: '下一张放大',
    before: ['第一张向左平移'],
    v: { photos: [{ motion: 'pan-left' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: 'the previous one 2 seconds',
    on: 'five',
    before: ['make the second photo 4 seconds'],
    v: { photos: [len(2000), len(4000), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'the next one a slide',
    before: ['use a wipe between the first two photos'],
    v: { transitions: [{ kind: 'wipe-left' }, { kind: 'slide-left' }] },
  },
  {
    f: 'reference',
    m: '下一个用圆形',
    before: ['第一个转场用擦除'],
    v: { transitions: [{ kind: 'wipe-left' }, { kind: 'circle' }] },
  },
  {
    f: 'reference',
    m: 'make this transition shorter',
    before: ['put a slide transition after the first photo'],
    v: { transitions: [{ kind: 'slide-left', durationMs: 500 }, { kind: 'cut' }] },
  },
  {
    f: 'reference',
    m: '那个转场再长一点',
    before: ['第一张后面加个滑动转场'],
    v: { transitions: [{ kind: 'slide-left', durationMs: 1200 }, { kind: 'cut' }] },
  },
  // A verb before "transition 1" is no kind of transition.
  {
    f: 'transition',
    m: 'make transition 1 1.2 seconds',
    before: ['put a slide transition after the first photo'],
    v: { transitions: [{ kind: 'slide-left', durationMs: 1200 }, { kind: 'cut' }] },
  },
  // A photo named by the flaw analysis found (blurred, a near-duplicate), said anywhere in a removal.
  {
    f: 'reference',
    m: '把拍糊的那张去掉',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'beach-2.jpg' }] },
  },
  {
    f: 'reference',
    m: 'the out of focus shot can go',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'beach-2.jpg' }] },
  },
  {
    f: 'reference',
    m: '重复的那张不要了',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'remove the second photo because it is blurry',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'beach-2.jpg' }, { source: 'forest.jpg' }] },
  },
  // A blurred background said away is the photos filling the frame, never a blurred photo removed.
  {
    f: 'format',
    m: 'get rid of the blurred background',
    on: 'flagged',
    v: { photos: each(4, { fit: 'cover' }) },
  },
  // A style named first by one or two of its names, after words that describe it, with a length or a shape.
  {
    f: 'style',
    m: 'simple product ad, 15 s',
    on: 'things',
    v: { look: 'vivid', audio: [{ source: 'Clean Lines' }], durationMs: 15_000 },
  },
  {
    f: 'style',
    m: 'short travel vlog, vertical',
    on: 'things',
    v: { aspect: '9:16', transitions: each(4, { kind: 'whip-pan' }), audio: [{ source: 'Road Trip' }] },
  },
  {
    f: 'style',
    m: '做个产品宣传片，15秒',
    on: 'things',
    v: { look: 'vivid', audio: [{ source: 'Clean Lines' }], durationMs: 15_000 },
  },
  // A text that is hard to read is made bigger; its own time moves, not the video's.
  {
    f: 'text',
    m: 'i cant read the caption',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ role: 'title' }, { role: 'caption' }] },
    reply: /Day one/,
  },
  {
    f: 'text',
    m: 'title shows too long',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ role: 'title', startMs: 0, endMs: 1800 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'show the title longer',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ role: 'title', startMs: 0, endMs: 4500 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'the caption comes in too early',
    on: 'rich',
    v: { texts: [{ role: 'title' }, { role: 'caption', startMs: 3200 }] },
  },
  {
    f: 'text',
    m: '字幕晚一点出来',
    on: 'rich',
    v: { texts: [{ role: 'title' }, { role: 'caption', startMs: 3200 }] },
  },
  {
    f: 'text',
    m: 'title should disappear after 2 seconds',
    on: 'rich',
    v: { texts: [{ role: 'title', startMs: 0, endMs: 2000 }, { role: 'caption' }] },
  },
  {
    f: 'text',
    m: '标题2秒后消失',
    on: 'rich',
    v: { texts: [{ role: 'title', startMs: 0, endMs: 2000 }, { role: 'caption' }] },
  },
  // A refused choice asks for nothing; what is to stay is left alone.
  { f: 'negation', m: "don't make it vertical", same: true },
  { f: 'negation', m: "don't make it vertical, make it square", v: { aspect: '1:1' } },
  { f: 'negation', m: '别改成竖屏', same: true },
  {
    f: 'negation',
    m: 'keep everything but change the aspect to square',
    v: { aspect: '1:1' },
    reply: /^(?!.*understand)/,
  },
  {
    f: 'negation',
    m: 'leave the music alone and make it 20 seconds',
    on: 'rich',
    v: { durationMs: 20_000, ...song('lo-fi.mp3') },
    reply: /^(?!.*understand)/,
  },
  // Forgetting a thing takes it off.
  { f: 'negation', m: 'forget the title', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  { f: 'negation', m: 'never mind the music', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: "the title isn't needed", on: 'rich', v: { texts: [{ role: 'caption' }] } },
  // Yes/no questions need no question mark.
  { f: 'question', m: 'does it have a title', route: 'status', same: true },
  { f: 'question', m: 'is there music', on: 'rich', route: 'status', same: true },
  { f: 'question', m: 'is it vertical', route: 'status', same: true },
  // A correction of a one-photo edit, said without the photo, is for that photo.
  {
    f: 'reference',
    m: 'actually zoom out',
    before: ['zoom in on photo 2'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: '算了，改成拉远',
    before: ['第二张放大'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: 'no, pan left',
    before: ['make photo 2 zoom out'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: 'wait, zoom out',
    before: ['pan left on photo 3'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  { f: 'reference', m: 'zoom out on all of them', before: ['zoom in on photo 2'], v: moves3('zoom-out') },
  // A bare place after a text is that text's.
  {
    f: 'reference',
    m: 'on the second photo',
    before: ['add a caption "hi"'],
    v: { texts: [{ text: 'hi', startMs: 3000, endMs: 6000 }] },
  },
  {
    f: 'reference',
    m: '放在第三张',
    before: ['加字幕“你好”'],
    v: { texts: [{ text: '你好', startMs: 6000, endMs: 9000 }] },
  },
  // How photos fill the frame, said as what to avoid; the purpose of a format change is not a pace.
  { f: 'format', m: '不要黑边', v: { photos: each(3, { fit: 'cover' }) } },
  {
    f: 'format',
    m: '照片完整显示不要裁剪',
    v: { photos: [{ fit: 'color', source: 'beach.jpg' }, { fit: 'color' }, { fit: 'color' }] },
  },
  { f: 'format', m: 'photos should not be cropped', v: { photos: each(3, { fit: 'color' }) } },
  { f: 'format', m: '背景用模糊', v: { photos: each(3, { fit: 'blur' }) } },
  { f: 'format', m: 'lower quality for faster export', v: { durationMs: 9000, width: 1280, height: 720 } },
  { f: 'format', m: 'smaller file size please', v: { width: 1280, height: 720 } },
  // A style with what to change about it.
  { f: 'style', m: 'memorial video in color', on: 'five', v: { look: 'none', ...cuts5('fade-black') } },
  { f: 'style', m: '纪念视频 彩色的', v: { look: 'none', ...cuts3('fade-black') } },
  { f: 'style', m: 'family style without music', on: 'five', v: { audio: [], ...cuts5('crossfade') } },
  { f: 'style', m: 'change the style to travel', v: { look: 'warm', ...cuts3('whip-pan') } },
  { f: 'style', m: 'wedding style but keep it short', on: 'five', v: { look: 'matte', durationMs: 11_400 } },
  { f: 'music', m: 'match the music length', on: 'beats', v: { durationMs: 59_250 } },
  // End credits are an end card, not the credit balance.
  {
    f: 'text',
    m: 'credits at the end "made by Sam"',
    v: { texts: [{ role: 'end-card', text: 'made by Sam' }] },
  },
  { f: 'text', m: 'add end credits "Sam"', v: { texts: [{ role: 'end-card', text: 'Sam' }] } },
  // Voice input: a space ends a Chinese title before the next instruction; 第一天 is a day, not a photo.
  {
    f: 'multi',
    m: '标题叫周末 用黄色 放顶部',
    v: { texts: [{ role: 'title', text: '周末', position: 'top' }] },
  },
  { f: 'text', m: '加标题 我们的 夏天', v: { texts: [{ role: 'title', text: '我们的 夏天' }] } },
  { f: 'text', m: '字幕写 第一天', v: { texts: [{ role: 'caption', text: '第一天' }] } },
  // A complaint and a request for the same step are one step; Chinese requests phrased with 能…吗 edit.
  { f: 'music', m: '感觉音乐有点吵，能小声一点吗', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: 'the music is too loud, turn it down', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'length', m: 'too long, make it shorter', v: len(6750) },
  { f: 'music', m: 'i feel like the music is way too loud compared to everything else', same: true },
  // "boring" transitions, "something else", "a different transition": another kind.
  { f: 'transition', m: 'the transitions are boring', on: 'five', v: cuts5('slide-left') },
  {
    f: 'transition',
    m: 'honestly the transitions are kind of boring, can we try something else',
    on: 'five',
    v: cuts5('slide-left'),
  },
  { f: 'transition', m: '这个转场有点单调，换个别的吧', on: 'five', v: cuts5('slide-left') },
  { f: 'transition', m: 'use a different transition', on: 'five', v: cuts5('slide-left') },
  // Verbs in the past tense still name the motion.
  {
    f: 'motion',
    m: 'it would be nice if the last picture zoomed out slowly',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  // Typing slips: transposed or missing letters, short words, Chinese same-sound slips.
  { f: 'music', m: 'remoev the music', on: 'rich', v: { audio: [] } },
  {
    f: 'motion',
    m: 'zomm in on the secnd photo',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
    reply: /photo 2/,
  },
  {
    f: 'motion',
    m: 'zoom out on the secnd photo',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  { f: 'look', m: 'mak it black adn white', v: { look: 'black-and-white', ...cuts3('cut') } },
  { f: 'length', m: 'the vidoe is to long', v: len(6750) },
  { f: 'text', m: '加个彪题叫旅行', v: { texts: [{ role: 'title', text: '旅行' }] } },
  {
    f: 'motion',
    m: '第二张照片方大',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
    reply: /第2张/,
  },
  { f: 'order', m: '把第三张山了', v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] } },
  {
    f: 'text',
    m: '字幕放到底不',
    on: 'rich',
    v: { texts: [{ role: 'title' }, { role: 'caption', position: 'bottom' }] },
    reply: /Day one/,
  },
  // A step of the music's level when there is no music changes nothing.
  { f: 'music', m: '背景音月小一点', same: true, reply: /还没有背景音乐/ },
  // Exceptions: every photo but those named.
  {
    f: 'motion',
    m: 'zoom in on every photo except the last',
    on: 'five',
    before: ['pan left on every photo'],
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'pan-left' },
      ],
    },
  },
  {
    f: 'length',
    m: 'all photos 2 seconds except the first one',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
      ],
    },
  },
  {
    f: 'motion',
    m: 'make all but the first photo pan left',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
      ],
    },
  },
  {
    f: 'motion',
    m: '除了第一张其他都拉远',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
      ],
    },
  },
  {
    f: 'length',
    m: '除了最后一张每张2秒',
    on: 'five',
    v: {
      photos: [
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'order',
    m: 'remove every photo except the first two',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  // Several photos by place; the last photo named as the one to move; a place between two photos.
  {
    f: 'length',
    m: 'the first and last photos should be 4 seconds',
    on: 'five',
    v: {
      photos: [
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 4000 },
      ],
    },
  },
  {
    f: 'order',
    m: '把最后一张放到第二个',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'party night.jpg' }, { source: 'city.jpg' }, {}, {}] },
  },
  {
    f: 'order',
    m: 'put photo 5 between photo 1 and 2',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'party night.jpg' }, { source: 'city.jpg' }, {}, {}] },
  },
  {
    f: 'order',
    m: 'move the first photo between 3 and 4',
    on: 'five',
    v: {
      photos: [
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'beach.jpg' },
        { source: 'sunset.jpg' },
        {},
      ],
    },
  },
  // Writing words on a photo is a caption (a "slide" there is a photo, not a transition).
  {
    f: 'text',
    m: 'write Hello World on the first slide',
    v: { ...cuts3('cut'), texts: [{ text: 'Hello World', startMs: 0, endMs: 3000 }] },
  },
  {
    f: 'text',
    m: 'add a caption saying lets go on the last photo',
    v: { texts: [{ text: 'lets go', startMs: 6000 }] },
  },
  // A library track named after a play verb; a bare number of seconds for a fade.
  { f: 'music', m: 'use Quiet Piano', v: song('Quiet Piano') },
  { f: 'music', m: 'play neon pulse', v: song('Neon Pulse') },
  {
    f: 'music',
    m: 'fade in the music over 2 seconds and fade out over 4',
    on: 'rich',
    v: song('lo-fi.mp3', { fadeInMs: 2000, fadeOutMs: 4000 }),
  },
  // Look words said other ways: grain is the vintage film look, colourful/high contrast vivid, airy muted
  // colours (小清新, 日系, 莫兰迪) matte; a "dreamy look" is a look, never a transition.
  { f: 'look', m: 'add some grain', v: { look: 'vintage' } },
  { f: 'look', m: '加点颗粒感', v: { look: 'vintage' } },
  { f: 'look', m: 'make it more colorful', v: { look: 'vivid' } },
  { f: 'look', m: 'high contrast', v: { look: 'vivid' } },
  { f: 'look', m: '小清新', v: { look: 'matte' } },
  { f: 'look', m: '日系风格', v: { look: 'matte' } },
  { f: 'look', m: '莫兰迪色', v: { look: 'matte' } },
  { f: 'look', m: 'dreamy look', v: { ...cuts3('cut') } },
  // Undo said as going back; start over; keeping what was just undone.
  { f: 'history', m: 'change it back', before: ['make it square'], v: { aspect: '16:9' } },
  { f: 'history', m: 'put it back the way it was', before: ['make it square'], v: { aspect: '16:9' } },
  { f: 'history', m: '改回去', before: ['make it square'], v: { aspect: '16:9' } },
  { f: 'history', m: '还原', before: ['make it square'], v: { aspect: '16:9' } },
  { f: 'history', m: '回到之前的', before: ['竖屏'], v: { aspect: '16:9' } },
  {
    f: 'history',
    m: 'start over',
    before: ['make it square', 'black and white'],
    v: { aspect: '16:9', look: 'none' },
  },
  {
    f: 'history',
    m: '从头再来',
    before: ['make it square', 'black and white'],
    v: { aspect: '16:9', look: 'none' },
  },
  {
    f: 'history',
    m: 'actually keep it',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  { f: 'history', m: '算了还是要', before: ['black and white', '撤销'], v: { look: 'black-and-white' } },
  // Lengths for several photos in a row; "the rest" after one photo; a list of things to remove.
  {
    f: 'length',
    m: 'first photo 2s, second 3s, third 4s',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '第一张2秒第二张3秒第三张4秒',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: 'make the first photo 2 seconds and the rest 4 seconds',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '第一张2秒，其他的4秒',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  { f: 'multi', m: 'remove the title and music', on: 'rich', v: { audio: [], texts: [{ role: 'caption' }] } },
  // The last text edit again, on another text.
  {
    f: 'reference',
    m: 'the title too',
    on: 'rich',
    before: ['move the caption to the top'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'same for the title',
    on: 'rich',
    before: ['move the caption to the top'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: '标题也一样',
    on: 'rich',
    before: ['字幕放顶部'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'caption too',
    on: 'rich',
    before: ['title to the top'],
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  // "them", "both", "它们", "这两张" after an edit of several photos are those photos.
  {
    f: 'reference',
    m: 'make them longer',
    on: 'five',
    before: ['zoom in on photos 2 and 3'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 4000 },
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'make both 5 seconds',
    on: 'five',
    before: ['zoom out on photos 2 and 3'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: '它们再久一点',
    on: 'five',
    before: ['第二张和第三张放大'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 4000 },
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: '这两张停5秒',
    on: 'five',
    before: ['第二张和第三张拉远'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  // A bound on the length is where it goes, never a step the other way; 一倍/一半 said in Chinese.
  { f: 'length', m: 'no longer than 8 seconds', v: len(8000) },
  { f: 'length', m: 'make it shorter than 8 seconds', v: len(8000) },
  { f: 'length', m: 'at least 20 seconds', v: len(20_000) },
  { f: 'length', m: '至少20秒', v: len(20_000) },
  { f: 'length', m: '不超过8秒', v: len(8000) },
  { f: 'length', m: '长一倍', v: len(18_000) },
  { f: 'length', m: '一半长', v: len(4500) },
  // "photo 1 and 2": a list after a singular photo word.
  {
    f: 'motion',
    m: 'photo 1 and 2 zoom out',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'length',
    m: 'picture 2 and 4 should be 5 seconds',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
      ],
    },
  },
  // Aspect ratios in Chinese numerals; 加粗 makes a text bolder (bigger), never a new text "粗".
  { f: 'format', m: '改成九比十六', v: { aspect: '9:16' } },
  { f: 'format', m: '四比五', v: { aspect: '4:5' } },
  { f: 'format', m: '一比一', v: { aspect: '1:1' } },
  {
    f: 'text',
    m: '标题加粗',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
    reply: /Road Trip/,
  },
  // The kind of video named alone asks for one; "say"/"read" introduce a text's new words.
  {
    f: 'create',
    m: 'slideshow pls',
    on: 'empty',
    route: 'create',
    v: { photos: each(5, { kind: 'image' }) },
  },
  { f: 'create', m: '做视频', on: 'empty', route: 'create', v: { photos: each(5, { kind: 'image' }) } },
  {
    f: 'text',
    m: 'make the caption say Day two instead',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day two' }] },
  },
  {
    f: 'text',
    m: 'make the title read Hello',
    on: 'rich',
    v: { texts: [{ text: 'Hello' }, { text: 'Day one' }] },
  },
  // Traditional characters and Cantonese read as Mandarin; titles keep the characters typed.
  { f: 'look', m: '顏色暖一啲', v: { look: 'warm' } },
  { f: 'look', m: '轉做黑白嘅', v: { look: 'black-and-white' } },
  { f: 'look', m: '色彩鮮艷啲', v: { look: 'vivid' } },
  {
    f: 'motion',
    m: '第二張相唔好郁',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'zoom-in' }] },
  },
  { f: 'motion', m: '啲相唔好郁', v: moves3('static') },
  { f: 'motion', m: '所有相片都唔好動', v: moves3('static') },
  { f: 'text', m: '唔要字幕', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'text', m: '字幕唔要喇', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'text', m: '刪除字幕', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'question', m: '你可以做咩？', route: 'help', same: true },
  { f: 'question', m: '你識做啲咩', route: 'help', same: true },
  { f: 'question', m: '你可以做什麼？', route: 'help', same: true },
  { f: 'order', m: '刪除第一張相', v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }] } },
  { f: 'order', m: '第三張相唔要', v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] } },
  {
    f: 'order',
    m: '將最後一張相放喺第一',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '把重复嘅相删咗',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'order',
    m: '刪咗啲重複嘅相',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  { f: 'format', m: '相片唔好裁剪，成張顯示', v: { photos: each(3, { fit: 'color' }) } },
  { f: 'format', m: '成張相顯示出嚟', v: { photos: each(3, { fit: 'color' }) } },
  { f: 'format', m: '照片不要裁切，整張顯示', v: { photos: each(3, { fit: 'color' }) } },
  {
    f: 'style',
    m: '做成產品廣告嘅感覺',
    v: { look: 'vivid', ...cuts3('slide-left'), ...song('Clean Lines') },
  },
  { f: 'style', m: '整成生日片嘅感覺', v: { look: 'vivid', ...cuts3('zoom-in'), ...song('Confetti') } },
  {
    f: 'create',
    m: '幫我用呢啲相整條片',
    on: 'empty',
    route: 'create',
    v: { photos: each(5, { kind: 'image' }) },
  },
  {
    f: 'create',
    m: '用呢啲相片做一條影片',
    on: 'empty',
    route: 'create',
    v: { photos: each(5, { kind: 'image' }) },
  },
  {
    f: 'text',
    m: '標題字用粗體有邊框嗰種',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '標題要有描邊',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    f: 'multi',
    m: '標題改做「畢業快樂」，音樂細聲啲，50%',
    on: 'rich',
    v: { texts: [{ text: '畢業快樂' }, { text: 'Day one' }], audio: [{ volume: 0.5 }] },
  },
  { f: 'text', m: '加標題：畢業快樂', v: { texts: [{ text: '畢業快樂', role: 'title' }] } },
  { f: 'music', m: '音樂大聲啲', on: 'rich', v: { audio: [{ volume: 1.4 }] } },
  { f: 'transition', m: '轉場用圓形嘅', v: cuts3('circle') },
  { f: 'transition', m: '唔要轉場', on: 'five', v: cuts5('cut') },
  { f: 'length', m: '每張相停耐啲', v: photos3(4000) },
  { f: 'length', m: '條片長啲', v: len(12_000) },
  { f: 'history', m: '復原返啱啱嗰個', before: ['黑白'], route: 'undo', v: { look: 'none' } },
  { f: 'history', m: '還原', before: ['黑白'], route: 'undo', v: { look: 'none' } },
  { f: 'history', m: '返回啱啱嗰個', before: ['黑白'], route: 'undo', v: { look: 'none' } },
  // A comparison qualifies what is asked ("as they do on the television", "like at the end of a film",
  // "像电影结尾那样"); polite words around a request ask for nothing of their own.
  {
    f: 'transition',
    m: 'Could you please put a gentle fading between each of the pictures, as they do on the television',
    v: { ...cuts3('crossfade'), ...photos3(3000) },
  },
  {
    f: 'transition',
    m: 'a soft fade between every one of the photos please',
    v: { ...cuts3('crossfade'), ...photos3(3000) },
  },
  {
    f: 'transition',
    m: 'crossfades like they do in the movies',
    v: { ...cuts3('crossfade'), ...photos3(3000) },
  },
  {
    f: 'transition',
    m: 'a fade to black please, like at the end of a film',
    v: { ...cuts3('fade-black'), ...photos3(3000), audio: [] },
  },
  {
    f: 'transition',
    m: 'fade to black between the photos, just like on TV',
    v: { ...cuts3('fade-black'), audio: [] },
  },
  { f: 'transition', m: '转场用黑场，像电影结尾那样', v: { ...cuts3('fade-black'), audio: [] } },
  { f: 'transition', m: '照片之间淡入淡出，好似电视入面咁', v: { ...cuts3('crossfade'), ...photos3(3000) } },
  {
    f: 'motion',
    m: 'can the pictures turn around a little bit?',
    v: { ...moves3('rotate'), ...photos3(3000) },
  },
  {
    f: 'motion',
    m: 'could the photos turn round a bit please',
    v: { ...moves3('rotate'), ...photos3(3000) },
  },
  { f: 'motion', m: 'make the pictures twirl slowly', v: moves3('rotate') },
  { f: 'motion', m: '照片慢慢转动', v: moves3('rotate') },
  // Camera moves said with a direction, in Chinese or mixed with English.
  { f: 'motion', m: '镜头慢慢往前推', v: moves3('zoom-in') },
  { f: 'motion', m: '镜头向前推', v: moves3('zoom-in') },
  {
    f: 'motion',
    m: '最后一张photo慢慢往上move',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-up' }] },
  },
  {
    f: 'motion',
    m: '第二张慢慢往左move',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'first photo向下pan',
    v: { photos: [{ motion: 'pan-down' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  // Order said half in English, half in Chinese.
  {
    f: 'order',
    m: 'last picture move去第一',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'move最后一张到第一',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'put the forest one去第二',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  // Questions about what there is, in any mix of languages, answer without editing.
  { f: 'question', m: '有咩transition可以用?', route: 'help', same: true, reply: /叠化/ },
  { f: 'question', m: '有什么filter可以用？', route: 'help', same: true, reply: /黑白/ },
  { f: 'question', m: '有咩音樂揀？', route: 'help', same: true, reply: /钢琴/ },
  { f: 'question', m: 'what transitions can I use?', route: 'help', same: true, reply: /Crossfade/ },
  { f: 'question', m: 'show me what is on the timeline please', route: 'status', same: true },
  { f: 'question', m: 'please let me see what is in the video', route: 'status', same: true },
  { f: 'question', m: 'could you show me what the video looks like now', route: 'status', same: true },
  // Music asked for by its purpose or without the word "music".
  {
    f: 'music',
    m: 'please add some soft piano music, it is for a memorial',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    f: 'music',
    m: 'add some piano music, it is for my grandmother',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  { f: 'music', m: 'add acoustic music, it is for a wedding', v: { audio: [{ source: 'Campfire' }] } },
  { f: 'music', m: 'something cheerful to listen to', v: { audio: [{ source: 'Sunday Morning' }] } },
  { f: 'music', m: 'put on something to listen to', v: { audio: [{ volume: 1 }] } },
  { f: 'music', m: 'give us something nice to listen to', v: { audio: [{ volume: 1 }] } },
  { f: 'music', m: '来点好听的', v: { audio: [{ volume: 1 }] } },
  { f: 'music', m: '放点好听的吧', v: { audio: [{ volume: 1 }] } },
  // Music named only by its place: "something … in the background / underneath", 背景里放点…, 垫一首….
  {
    f: 'music',
    m: 'add something chill in the background at 40%',
    v: { photos: each(3, { durationMs: 3000 }), audio: [{ source: 'Lo-fi Drift', volume: 0.4 }] },
  },
  { f: 'music', m: 'put something upbeat underneath', v: { audio: [{ source: 'Sunny Pop' }] } },
  { f: 'music', m: 'something romantic playing under the photos', v: { audio: [{ source: 'First Dance' }] } },
  { f: 'music', m: 'can we have anything calm in the background', v: { audio: [{ source: 'Quiet Piano' }] } },
  { f: 'music', m: '背景里放点轻松的', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  { f: 'music', m: '垫一首欢快的', v: { audio: [{ source: 'Sunny Pop' }] } },
  { f: 'music', m: '底下配点浪漫的', v: { audio: [{ source: 'First Dance' }] } },
  // Undoing several steps says every one it took back.
  {
    f: 'history',
    on: 'rich',
    before: ['make the song fade in at the beginning', 'can it be 1:1?'],
    m: 'undo the last two changes',
    v: { aspect: '16:9', audio: [{ fadeInMs: 0 }] },
    reply: /1:1.*fade in|fade in.*1:1/i,
  },
  {
    f: 'history',
    on: 'rich',
    before: ['音乐淡入3秒', '改成竖屏'],
    m: '撤销两步',
    v: { aspect: '16:9', audio: [{ fadeInMs: 0 }] },
    reply: /淡入/,
  },
  // Colours said as sharper, crisper, richer: the vivid look.
  { f: 'look', m: 'sharper colours please', v: { look: 'vivid' } },
  { f: 'look', m: 'crisper colors', v: { look: 'vivid' } },
  { f: 'look', m: 'make the colours livelier', v: { look: 'vivid' } },
  // Checking in on the draft as it is now.
  { f: 'question', on: 'five', m: '现在的效果怎么样？', same: true, route: 'status' },
  { f: 'question', on: 'five', m: '目前效果如何', same: true, route: 'status' },
  { f: 'question', on: 'five', m: '现在的视频好看吗？', same: true, route: 'status' },
  // A move that is too much asks for a gentler one, never a stronger.
  { f: 'motion', m: 'the zooms are too fast', v: { photos: each(3, { motion: 'zoom-in' }) }, reply: /25%/ },
  { f: 'motion', m: 'tone the zooms down', reply: /25%/ },
  { f: 'motion', m: 'calm the motion down a bit', reply: /25%/ },
  { f: 'motion', m: 'stronger zoom', reply: /85%/ },
  // After a title or caption, "第N张" / "the second one" still counts photos (张 counts photos): the
  // conversation's topic never turns a photo's removal into the text's.
  ...[
    ['把第二张删掉', ['加个标题：太空之旅'], 1],
    ['删掉第三张', ['加个字幕：第一天'], 2],
    ['第二张不要了', ['标题改成太空之旅'], 1],
    ['delete the second one', ['add a title: Space Trip'], 1],
    ['remove the third one', ['add a caption: Day one'], 2],
    ['delete the second one', ['make the second photo 5 seconds'], 1],
  ].map(([m, before, gone]) => ({
    f: 'reference' as const,
    m: m as string,
    on: 'things' as const,
    before: before as string[],
    v: {
      photos: ['astronaut', 'chelsea', 'coffee', 'rocket', 'dog']
        .filter((_, at) => at !== gone)
        .map((stem) => ({ source: `${stem}.jpg` })),
    },
  })),
  ...[
    ['删掉最后一张', ['加个标题：太空之旅']],
    ['remove the last one', ['add a title: Space Trip']],
  ].map(([m, before]) => ({
    f: 'reference' as const,
    m: m as string,
    on: 'things' as const,
    before: before as string[],
    v: {
      photos: ['astronaut', 'chelsea', 'coffee', 'rocket'].map((stem) => ({ source: `${stem}.jpg` })),
      texts: [{ role: 'title' }],
    },
  })),
  // Two texts and "the first one" with remove: the first text; "delete it" after a title: the title.
  {
    f: 'reference',
    m: 'delete the first one',
    before: ['add a title: Space Trip', 'add a caption: hello'],
    v: { texts: [{ text: 'hello' }], photos: each(3, {}) },
  },
  {
    f: 'reference',
    m: 'delete it',
    before: ['add a title: Space Trip'],
    v: { texts: [], photos: each(3, {}) },
  },
  // A clause after a colon-introduced text that says where, how long or how it shows is an instruction,
  // not more of the text's words; a clause that is words stays in the text.
  { f: 'text', m: '加个标题：太空之旅，放在上面', v: { texts: [{ text: '太空之旅', position: 'top' }] } },
  { f: 'text', m: '标题：太空之旅，放在底部', v: { texts: [{ text: '太空之旅', position: 'bottom' }] } },
  { f: 'text', m: '加个字幕：出发啦，放中间', v: { texts: [{ text: '出发啦', position: 'center' }] } },
  {
    f: 'text',
    m: '加个标题：太空之旅，显示5秒',
    v: { texts: [{ text: '太空之旅', startMs: 0, endMs: 5000 }] },
  },
  { f: 'text', m: '加个标题：太空之旅，黄色的', v: { texts: [{ text: '太空之旅', color: '#ffd600' }] } },
  { f: 'text', m: '加个标题：我们的夏天，永远记得', v: { texts: [{ text: '我们的夏天，永远记得' }] } },
  { f: 'text', m: '标题：再见了，青春', v: { texts: [{ text: '再见了，青春' }] } },
  {
    f: 'text',
    m: 'add a title: Space Trip, at the top',
    v: { texts: [{ text: 'Space Trip', position: 'top' }] },
  },
  {
    f: 'text',
    m: 'title: Space Trip, put it at the bottom',
    v: { texts: [{ text: 'Space Trip', position: 'bottom' }] },
  },
  {
    f: 'text',
    m: 'add a title: Space Trip, for 5 seconds',
    v: { texts: [{ text: 'Space Trip', startMs: 0, endMs: 5000 }], durationMs: 9000 },
  },
  {
    f: 'text',
    m: 'add a title: Space Trip, in yellow',
    v: { texts: [{ text: 'Space Trip', color: '#ffd600' }] },
  },
  { f: 'text', m: 'add a title: Hello, World', v: { texts: [{ text: 'Hello, World' }] } },
  { f: 'text', m: 'add a caption: see you soon, friends', v: { texts: [{ text: 'see you soon, friends' }] } },
  // A genre as a noun for music: "some lo-fi on it", "a bit of piano under it", "来点lo-fi".
  { f: 'music', m: 'put some lo-fi on it', v: song('Lo-fi Drift') },
  { f: 'music', m: 'throw some piano under it', v: song('Quiet Piano') },
  { f: 'music', m: 'a bit of lo-fi over the photos', v: song('Lo-fi Drift') },
  { f: 'music', m: 'put a little piano under it', v: song('Quiet Piano') },
  { f: 'music', m: 'give it some lo-fi', v: song('Lo-fi Drift') },
  { f: 'music', m: '来点lo-fi', v: song('Lo-fi Drift') },
  { f: 'music', m: '来点钢琴', v: song('Quiet Piano') },
  // A fade to black at the very end / in at the start is a fade of the whole video (one second unless a
  // length is said), never every transition turned into a fade.
  ...[
    'can you add a fade to black at the very end',
    'fade to black at the end',
    'end it with a fade to black',
    'at the end, fade to black',
    'fade out to black at the end of the video',
    'finish on a fade to black',
    'dip to black at the end',
    'fade out the video',
    'fade the slideshow out',
    '结尾淡出到黑',
    '最后渐黑',
    '结尾的时候淡出',
    '片尾加个黑场淡出',
  ].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: { fade: { inMs: 0, outMs: 1000, color: '#000000' }, transitions: each(4, { kind: 'crossfade' }) },
  })),
  ...['fade in from black at the start', 'open with a fade in', '开头淡入', '一开始从黑场渐显'].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: { fade: { inMs: 1000, outMs: 0 }, transitions: each(4, { kind: 'crossfade' }) },
  })),
  ...[
    'fade the whole video in and out',
    'fade in at the start and fade out at the end',
    'fade in and fade out the whole video',
    'can the video fade in at the beginning and fade out at the end',
    '开头和结尾都加淡入淡出',
    '首尾淡入淡出',
    '视频开头淡入，结尾淡出',
  ].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: { fade: { inMs: 1000, outMs: 1000 }, transitions: each(4, { kind: 'crossfade' }) },
  })),
  { f: 'transition', m: 'a 2 second fade to black at the end', on: 'five', v: { fade: { outMs: 2000 } } },
  {
    f: 'transition',
    m: 'fade out to white at the very end',
    on: 'five',
    v: { fade: { outMs: 1000, color: '#ffffff' } },
  },
  { f: 'transition', m: '结尾淡出到黑，3秒', on: 'five', v: { fade: { outMs: 3000 } } },
  { f: 'transition', m: '开头淡入半秒', on: 'five', v: { fade: { inMs: 500 } } },
  {
    f: 'transition',
    m: 'fade to black at the end, make it 2 seconds',
    on: 'five',
    v: { fade: { outMs: 2000 } },
  },
  { f: 'history', m: 'undo', on: 'five', before: ['fade to black at the end'], v: { fade: { outMs: 0 } } },
  {
    f: 'negation',
    m: "fade the music out but don't fade the picture",
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 0 } },
  },
  // With music playing, a plain fade at the end is the picture's, and a long one takes the music down with it.
  ...['fade out at the end', '结尾淡出', 'end on a fade out', '最后淡出'].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'rich' as const,
    v: { fade: { outMs: 1000 }, audio: [{ fadeOutMs: 2000 }] },
  })),
  ...['a 3 second fade out at the end', '结尾淡出3秒'].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'rich' as const,
    v: { fade: { outMs: 3000 }, audio: [{ fadeOutMs: 3000 }] },
  })),
  // Talk already about the music keeps a fade for the music.
  {
    f: 'music',
    m: 'and fade it out at the end',
    on: 'rich',
    before: ['turn the music down to 50%'],
    v: { fade: { outMs: 0 } },
  },
  ...['no fade at the end', 'remove the fade to black at the end', '结尾不要淡出了', '去掉结尾的黑场'].map(
    (m) => ({
      f: 'transition' as const,
      m,
      on: 'five' as const,
      before: ['fade to black at the end'],
      v: { fade: { outMs: 0 } },
    }),
  ),
  { f: 'transition', m: 'use fade to black transitions', v: cuts3('fade-black') },
  // A request the draft already meets changes nothing and says so, naming what is already so — never
  // "Done: removed all text (0)".
  ...["i don't want any text", 'remove all the captions', '去掉所有文字'].map((m) => ({
    f: 'negation' as const,
    m,
    same: true,
    reply: /Already so \(no text\)|已经是这样了（没有文字）/,
  })),
  ...['make it 16:9', 'landscape please', '改成横屏'].map((m) => ({
    f: 'format' as const,
    m,
    same: true,
    reply: /Already so \(Aspect → 16:9|已经是这样了/,
  })),
  { f: 'look', m: '不要黑白', same: true, reply: /已经是这样了/ },
  {
    f: 'motion',
    m: 'zoom in on the first photo',
    same: true,
    reply: /Already so \(Motion → Zoom in \(photo 1\)\)/,
  },
  // A greeting asks for nothing and gets a greeting back (never "you're welcome").
  ...['hi', 'hey there', 'hello!', 'hey joy', 'good morning 👋', '你好', '嗨', '哈喽'].map((m) => ({
    f: 'question' as const,
    m,
    same: true,
    route: 'help' as const,
    reply: /^(?:Hi!|你好！)/,
  })),
  ...['ok', 'okay then'].map((m) => ({ f: 'question' as const, m, same: true, reply: /^OK\./ })),
  // A mood word before kinds of music ("chill background music") describes the music, never the pacing;
  // a level said after a comma ("…, quiet", "…, not too loud") is the music's volume, not a track.
  ...[
    'use chill background music, not too loud',
    'put some chill background music, not too loud',
    'add calm piano music',
    'relaxing acoustic guitar track please',
    '来点轻松的背景音乐',
  ].map((m) => ({
    f: 'music' as const,
    m,
    on: 'five' as const,
    v: { durationMs: 11_800, transitions: each(4, { kind: 'crossfade', durationMs: 800 }) },
  })),
  {
    f: 'music',
    m: 'use some chill background music, quiet',
    on: 'five',
    v: song('Lo-fi Drift', { volume: 0.6 }),
  },
  { f: 'music', m: 'add lo-fi music but keep it low', on: 'five', v: song('Lo-fi Drift', { volume: 0.6 }) },
  // The volume said with the song is the song's own: one line, not "Lo-fi Drift (100%); volume to 60%".
  {
    f: 'music',
    m: 'some lofi bgm pls, not too loud',
    on: 'five',
    v: song('Lo-fi Drift', { volume: 0.6 }),
    reply: /^Done: music to Lo-fi Drift \(60%\)\. /,
  },
  {
    f: 'music',
    m: '加点轻松的背景音乐，小声一点',
    on: 'five',
    v: song('Lo-fi Drift', { volume: 0.6 }),
    reply: /^好的，背景音乐改为 《低保真漫游》（音量 60%）。/,
  },
  // A photo named by a bare content word no file name says, in an order, move or remove request: ask which.
  ...['the cat should come first', 'move the cat to the end', 'delete the cat', 'the kitty goes last'].map(
    (m) => ({
      f: 'reference' as const,
      m,
      on: 'things' as const,
      same: true,
      reply: /can't tell which photo shows the (?:cat|kitty)[\s\S]*number or name/,
    }),
  ),
  ...['把猫放到最后', '删掉小猫', '猫要放在第一个'].map((m) => ({
    f: 'reference' as const,
    m,
    on: 'things' as const,
    same: true,
    reply: /看不出哪张是(?:猫|小猫)[\s\S]*序号或文件名/,
  })),
  // A photo named by a bare file-name word after on/for, or with only/just, scopes the move; "slow" in the
  // move's own words ("slow zoom", "慢慢放大") is a gentle one (the reply says its strength).
  ...[
    'slow zoom on the rocket only',
    'slow zoom only on the rocket',
    'only the rocket should slowly zoom in',
    'just the rocket: slow zoom',
    'the rocket alone gets a slow zoom',
    '把火箭那张慢慢放大',
    '只给火箭那张加个慢慢放大',
    '火箭那张缓缓放大，其他不动',
  ].map((m) => ({
    f: 'motion' as const,
    m,
    on: 'things' as const,
    before: ['no motion'],
    v: { photos: [...each(3, { motion: 'static' }), { motion: 'zoom-in' }, { motion: 'static' }] },
    reply: /25%/,
  })),
  ...['slowly zoom in on the coffee', 'gentle zoom for the coffee', '咖啡那张慢慢推近'].map((m) => ({
    f: 'motion' as const,
    m,
    on: 'things' as const,
    before: ['no motion'],
    v: {
      photos: [...each(2, { motion: 'static' }), { motion: 'zoom-in' }, ...each(2, { motion: 'static' })],
    },
    reply: /25%/,
  })),
  {
    f: 'motion',
    m: 'a gentle pan left for the chelsea photo',
    on: 'things',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, ...each(3, { motion: 'zoom-in' })] },
  },
  // The transitions of two photos, or two counted ones, at once: the first photo's is the one after it,
  // the last photo's the one before it.
  ...[
    '第一张和最后一张的转场用闪黑',
    '第一个和最后一个转场换成闪黑',
    '首尾两张的转场用黑场',
    '首尾的转场换成黑场过渡',
    'fade to black for the transitions of the first and last photo',
    'the first and last transitions should be dip to black',
    'make the first and the last transition a fade through black',
    'the transitions around the first and last pictures should fade to black',
  ].map((m) => ({
    f: 'transition' as const,
    m,
    on: 'five' as const,
    v: kinds('fade-black', 'crossfade', 'crossfade', 'fade-black'),
  })),
  {
    f: 'transition',
    m: 'the 2nd and 3rd transitions should be wipes',
    on: 'five',
    v: kinds('crossfade', 'wipe-left', 'wipe-left', 'crossfade'),
  },
  {
    f: 'transition',
    m: '把第一张和最后一张的转场去掉',
    on: 'five',
    v: kinds('cut', 'crossfade', 'crossfade', 'cut'),
  },
  // 字幕 and "subtitles" are any words on screen: with only a title, they are the title.
  ...[
    '字幕颜色改成黄色',
    '字幕改成黄色',
    '把字幕换成黄色的',
    'make the subtitle yellow',
    'subtitles in yellow please',
    'make the text yellow',
  ].map((m) => ({
    f: 'text' as const,
    m,
    before: ['add a title "Trip"'],
    v: { texts: [{ text: 'Trip', role: 'title', color: '#ffd600' }] },
  })),
  {
    f: 'text',
    m: '把字幕调大一点',
    before: ['add a title "Trip"'],
    v: { texts: [{ text: 'Trip', role: 'title', size: 1.8 }] },
  },
  {
    f: 'text',
    m: '字幕放到底部',
    before: ['add a title "Trip"'],
    v: { texts: [{ text: 'Trip', position: 'bottom' }] },
  },
  {
    f: 'text',
    m: '加字幕：你好',
    before: ['add a title "Trip"'],
    v: { texts: [{ role: 'title' }, { text: '你好', role: 'caption' }] },
  },
  // Checking in ("is this ok?", "这样可以吗？") is asking what the video is now.
  ...[
    '这样可以吗？',
    '看看怎么样',
    '这样行吗',
    '现在这样可以吗？',
    '你看看效果怎么样',
    'is this ok?',
    'does this look good?',
    "how's it looking?",
    'is it better now?',
    'how does it look now?',
  ].map((m) => ({ f: 'question' as const, m, route: 'status' as const, same: true })),
  // A dreamy, dreamlike or ethereal look, feel or vibe is a look (matte, the soft one), not the blur transition.
  ...[
    'give it a dreamy look',
    'make it feel dreamy',
    'make it look dreamy',
    'dreamy vibe please',
    'an ethereal feel',
    'make it look more ethereal',
    'give it a dreamlike feel',
    '加个梦幻滤镜',
    '梦幻一点',
    '来点梦幻的色调',
    '仙气一点的色调',
  ].map((m) => ({ f: 'look' as const, m, v: { look: 'matte', ...cuts3('cut') } })),
  { f: 'transition', m: 'dreamy transitions', v: cuts3('blur-dissolve') },
  // 最后一张 is the last photo, never 后一张 ("the next one") after a photo just named.
  {
    f: 'reference',
    on: 'five',
    before: ['第二张停久一点，4秒'],
    m: '把最后一张和第一张换一下',
    v: {
      photos: [
        { source: 'party night.jpg' },
        { source: 'city.jpg', durationMs: 4000 },
        {},
        {},
        { source: 'beach.jpg' },
      ],
    },
  },
  {
    f: 'reference',
    on: 'five',
    before: ['第三张放大'],
    m: '最后一张也放大',
    v: { photos: [{}, {}, { motion: 'zoom-in' }, {}, { motion: 'zoom-in' }] },
  },
  // A bare share after the music was named is the music's level.
  {
    f: 'music',
    on: 'rich',
    m: 'the music is too loud, halve it',
    v: { audio: [{ volume: 0.5 }], durationMs: 7400 },
  },
  {
    f: 'multi',
    on: 'rich',
    m: 'music quieter, and halve the video length',
    v: { audio: [{ volume: 0.6 }], durationMs: 3700 },
  },
  { f: 'music', on: 'five', m: 'the music is too loud, halve it', same: true },
  // The way said after a directed transition on one place turns that one.
  {
    f: 'transition',
    on: 'five',
    m: 'wipe for the last transition, left to right',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'wipe-right' },
      ],
    },
  },
  {
    f: 'transition',
    on: 'five',
    m: 'a wipe after photo 2, right to left',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  // The blurred fill, for all photos or the ones named: never taken for a blurred photo to remove.
  {
    f: 'reference',
    m: 'get rid of the blur behind the beach photo, just crop it',
    v: { photos: [{ source: 'beach.jpg', fit: 'cover' }, { fit: 'blur' }, { fit: 'blur' }] },
  },
  { f: 'format', m: 'remove the blur on the sides', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'format', m: 'no blur behind the photos', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'format', m: 'just crop it', v: { photos: each(3, { fit: 'cover' }) } },
  {
    f: 'reference',
    m: 'crop the city one to fill',
    v: { photos: [{ fit: 'blur' }, { source: 'city.jpg', fit: 'cover' }, { fit: 'blur' }] },
  },
  {
    f: 'reference',
    m: 'crop the forest photo instead',
    v: { photos: [{ fit: 'blur' }, { fit: 'blur' }, { source: 'forest.jpg', fit: 'cover' }] },
  },
  { f: 'format', m: '去掉照片后面的模糊', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'format', m: '不要两边的模糊，裁满', v: { photos: each(3, { fit: 'cover' }) } },
  { f: 'reference', m: '第二张裁满', v: { photos: [{ fit: 'blur' }, { fit: 'cover' }, { fit: 'blur' }] } },
  {
    f: 'reference',
    m: 'kill the blurry background on the first photo',
    v: { photos: [{ fit: 'cover' }, { fit: 'blur' }, { fit: 'blur' }] },
  },
  // Full-width punctuation inside a title stays as typed.
  { f: 'text', m: '加个标题：奶奶，我们想念您', v: { texts: [{ text: '奶奶，我们想念您', role: 'title' }] } },
  { f: 'text', m: '加字幕：生日快乐！', v: { texts: [{ text: '生日快乐！' }] } },
  { f: 'text', m: '加标题：爷爷，生日快乐', v: { texts: [{ text: '爷爷，生日快乐', role: 'title' }] } },
  { f: 'text', m: 'add a title: Hello，World', v: { texts: [{ text: 'Hello，World', role: 'title' }] } },
  // Hong Kong and Taiwan words: 直/打直 is vertical, 橫式 horizontal, 匯出 export, 影片 the video; 同 joins photos.
  { f: 'format', m: '唔該幫我轉做直嘅', v: { aspect: '9:16' } },
  { f: 'format', m: '改成直向影片', v: { aspect: '9:16' } },
  { f: 'format', m: '打直', v: { aspect: '9:16' } },
  { f: 'format', m: '轉做橫式', on: 'five', before: ['竖屏'], v: { aspect: '16:9' } },
  { f: 'format', m: '幫我匯出', route: 'export', same: true },
  {
    f: 'order',
    m: '第一張同第三張調轉',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: '第一张同最后一张调转位置',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  { f: 'text', m: '加個字幕喺第二張相：海灘', v: { texts: [{ text: '海灘', startMs: 3000 }] } },
  {
    f: 'length',
    m: '第三張相停耐少少',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  { f: 'music', m: '音樂細聲少少', on: 'rich', v: { audio: [{ volume: 0.6 }] } },
  // A likeness after the request, an aside or a polite frame asks for nothing of its own.
  {
    f: 'transition',
    m: 'I would like the pictures to fade into each other like in a slideshow at a wedding',
    v: { ...cuts3('crossfade'), ...photos3(3000), look: 'none', audio: [] },
  },
  { f: 'transition', m: 'the photos should blend into one another', v: cuts3('crossfade') },
  { f: 'look', m: 'could you make the colours warmer, like an old photograph', v: { look: 'warm' } },
  { f: 'look', m: 'can you make it black and white like the old days', v: { look: 'black-and-white' } },
  { f: 'look', m: 'would you be so kind as to make it black and white', v: { look: 'black-and-white' } },
  { f: 'length', m: 'please make it a bit shorter, as my grandson said', v: len(6750) },
  {
    f: 'music',
    m: 'can you put some music on, the kind they play in lifts',
    v: { audio: [{ volume: 1 }], ...photos3(3000) },
  },
  { f: 'transition', m: 'make the transitions slow, like in a dream', v: cuts3('crossfade', 1200) },
  {
    f: 'motion',
    m: 'slowly zoom into each picture like a documentary on TV',
    v: { ...moves3('zoom-in'), ...photos3(3000) },
  },
  { f: 'format', m: 'I want the video vertical like on a phone', v: { aspect: '9:16', ...photos3(3000) } },
  // The photos moving "a little bit" is camera motion, never a photo length.
  {
    f: 'motion',
    m: 'could the pictures move about a little bit?',
    before: ['keep the photos still'],
    v: { ...moves3('zoom-in'), ...photos3(3000) },
  },
  { f: 'motion', m: 'make the photos move', before: ['keep the photos still'], v: moves3('zoom-in') },
  {
    f: 'motion',
    m: 'I want the photos to move a little bit',
    before: ['keep the photos still'],
    v: { ...moves3('zoom-in'), ...photos3(3000) },
  },
  { f: 'motion', m: 'can the pictures go round and round', v: { ...moves3('rotate'), ...photos3(3000) } },
  // A likeness in a clause of its own after a Chinese request; a mood said of the transitions is theirs.
  { f: 'transition', m: '转场要柔和一点，像电视剧那样', v: { ...cuts3('crossfade'), ...photos3(3000) } },
  { f: 'look', m: '黑白的，像老照片一样', v: { look: 'black-and-white' } },
  {
    f: 'music',
    m: '加点音乐，像婚礼上放的那种',
    v: { audio: [{ volume: 1 }], look: 'none', ...photos3(3000) },
  },
  // Questions asked with 可以用/能选 or Cantonese 係點樣 / 係咪 answer without editing.
  { f: 'question', m: '可以用什么转场？', route: 'help', same: true, reply: /叠化/ },
  { f: 'question', m: '能选什么音乐？', route: 'help', same: true, reply: /钢琴/ },
  { f: 'question', m: '而家條片係點樣？', route: 'status', same: true },
  { f: 'question', m: '係咪有音樂？', route: 'status', same: true },
  {
    f: 'length',
    m: '唔係第一張，係第二張改做4秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  // Traditional titles: the announcing words are read as Simplified, the title keeps what was typed.
  { f: 'text', m: '片頭加個標題：家庭旅行', v: { texts: [{ text: '家庭旅行', role: 'title' }] } },
  { f: 'text', m: '加個標題叫做畢業典禮', v: { texts: [{ text: '畢業典禮', role: 'title' }] } },
  { f: 'text', m: '加个标题叫做毕业典礼', v: { texts: [{ text: '毕业典礼', role: 'title' }] } },
  { f: 'question', m: '唔該晒', route: 'help', same: true },
  {
    f: 'length',
    m: '第二張相顯示耐啲',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  // Asking to be told is a question, however politely it starts.
  { f: 'question', m: 'can you tell me how long the video is', route: 'status', same: true },
  { f: 'question', m: '能告诉我现在的设置吗', route: 'status', same: true },
  { f: 'question', m: 'could you tell me what styles you have', route: 'help', same: true },

  // Requests said politely or indirectly still edit.
  { f: 'length', m: 'Could we bring every photo down to two seconds', v: photos3(2000) },
  { f: 'look', m: 'would you mind making it black and white', v: { look: 'black-and-white' } },
  { f: 'format', m: "I'd love it if the video were vertical", v: { aspect: '9:16' } },
  { f: 'motion', m: 'i would love it if the photos zoomed in', before: ['no motion'], v: moves3('zoom-in') },
  { f: 'format', m: 'would it be possible to make it square', v: { aspect: '1:1' } },
  { f: 'length', m: 'if you could make each photo 2 seconds that would be great', v: photos3(2000) },
  { f: 'look', m: 'do you mind going black and white?', v: { look: 'black-and-white' } },
  { f: 'length', m: "I'd really appreciate it if every photo were 4 seconds", v: photos3(4000) },
  { f: 'length', m: '能不能帮我把每张照片改成两秒', v: photos3(2000) },
  { f: 'transition', m: '麻烦帮我把转场换成淡入淡出', v: cuts3('crossfade') },
  { f: 'format', m: '可不可以帮我改成竖屏呀', v: { aspect: '9:16' } },
  { f: 'look', m: '方便的话帮我调成黑白', v: { look: 'black-and-white' } },
  // A transition's length said per transition, in fractions too.
  { f: 'transition', m: 'fade through black, 1 s each', on: 'five', v: cuts5('fade-black', 1000) },
  { f: 'transition', m: 'crossfades down to a quarter second', on: 'five', v: cuts5('crossfade', 250) },
  { f: 'transition', m: 'crossfades, a third of a second', on: 'five', v: cuts5('crossfade', 333) },
  {
    f: 'transition',
    m: 'make the transitions a quarter of a second',
    on: 'five',
    v: cuts5('crossfade', 250),
  },
  { f: 'transition', m: 'quarter-second crossfades', on: 'five', v: cuts5('crossfade', 250) },
  {
    f: 'transition',
    m: 'every transition should take a half second',
    on: 'five',
    v: cuts5('crossfade', 500),
  },
  {
    f: 'transition',
    m: 'wipes, 1.5 seconds each',
    on: 'five',
    v: { ...cuts5('wipe-left', 1500), durationMs: 9000 },
  },
  {
    f: 'transition',
    m: 'slides, three quarters of a second apiece',
    on: 'five',
    v: cuts5('slide-left', 750),
  },
  { f: 'transition', m: '转场改成四分之一秒', on: 'five', v: cuts5('crossfade', 250) },
  { f: 'transition', m: '转场三分之一秒', on: 'five', v: cuts5('crossfade', 333) },
  { f: 'transition', m: '黑场过渡，每个1秒', on: 'five', v: cuts5('fade-black', 1000) },
  {
    f: 'transition',
    m: '擦除转场，每个一秒半',
    on: 'five',
    v: { ...cuts5('wipe-left', 1500), durationMs: 9000 },
  },
  // One motion per photo in one message.
  {
    f: 'motion',
    m: 'first one zooms in, the second pans left, last one stays still',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'static' }] },
  },
  {
    f: 'motion',
    m: 'the first zooms in, second one pans left and the last stays still',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'static' }] },
  },
  {
    f: 'motion',
    m: 'first photo zoom in, second pan right, third zoom out',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-right' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: 'photo 1 should zoom out, photo 2 pan right and photo 3 stay still',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'pan-right' }, { motion: 'static' }] },
  },
  {
    f: 'motion',
    m: '第一张放大，第二张向左平移，最后一张不动',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'static' }] },
  },
  {
    f: 'motion',
    m: '第一张拉远 第二张向右平移 第三张静止',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'pan-right' }, { motion: 'static' }] },
  },
  // Text styles: an outline, and an end card.
  {
    f: 'text',
    m: 'outlined title',
    on: 'rich',
    v: { texts: [{ style: 'bold-outline' }, { style: 'clean' }] },
  },
  {
    f: 'text',
    m: 'add a stroke to the title',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { style: 'clean' }] },
  },
  {
    f: 'text',
    m: 'put an outline around the title text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { style: 'clean' }] },
  },
  {
    f: 'text',
    m: '标题加描边',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { style: 'clean' }] },
  },
  {
    f: 'text',
    m: '给标题加个黑色描边',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { style: 'clean' }] },
  },
  {
    f: 'text',
    m: 'add an outlined title "Summer"',
    v: { texts: [{ text: 'Summer', role: 'title', style: 'bold-outline' }] },
  },
  {
    f: 'text',
    m: 'add an end card saying see you soon',
    v: { texts: [{ text: 'see you soon', role: 'end-card', startMs: 6000, endMs: 9000 }] },
  },
  {
    f: 'text',
    m: 'closing card: thanks for watching',
    v: { texts: [{ text: 'thanks for watching', role: 'end-card' }] },
  },
  { f: 'text', m: '加片尾卡：谢谢观看', v: { texts: [{ text: '谢谢观看', role: 'end-card' }] } },
  { f: 'text', m: '片尾卡写"下次见"', v: { texts: [{ text: '下次见', role: 'end-card' }] } },
  { f: 'text', m: '结尾卡片：感谢观看', v: { texts: [{ text: '感谢观看', role: 'end-card' }] } },
  // The music's fades: set, removed, asked about.
  {
    f: 'music',
    m: 'fade the music out over 5 seconds',
    on: 'rich',
    v: song('lo-fi.mp3', { fadeOutMs: 5000 }),
  },
  { f: 'music', m: 'let the song fade out over 4 s', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 4000 }) },
  { f: 'music', m: '音乐最后5秒淡出', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 5000 }) },
  {
    f: 'music',
    m: 'remove the fade',
    on: 'rich',
    before: ['fade the music out over 5 seconds'],
    v: { ...song('lo-fi.mp3', { fadeOutMs: 0 }), ...cuts3('crossfade', 800) },
  },
  {
    f: 'music',
    m: 'no fade out',
    on: 'rich',
    before: ['fade the music out over 5 seconds'],
    v: song('lo-fi.mp3', { fadeOutMs: 0 }),
  },
  { f: 'music', m: 'no fade out on the music', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 0 }) },
  {
    f: 'music',
    m: '去掉淡出',
    on: 'rich',
    before: ['音乐最后5秒淡出'],
    v: { ...song('lo-fi.mp3', { fadeOutMs: 0 }), ...cuts3('crossfade', 800) },
  },
  {
    f: 'transition',
    m: '去掉淡入淡出',
    on: 'rich',
    v: { ...cuts3('cut'), ...song('lo-fi.mp3', { fadeOutMs: 2000 }) },
  },
  { f: 'question', m: 'does the music fade out?', on: 'rich', route: 'status', same: true, reply: /fade/i },
  { f: 'question', m: 'does the music fade in', on: 'rich', route: 'status', same: true },
  { f: 'question', m: 'is the music fading out at the end', on: 'rich', route: 'status', same: true },
  { f: 'question', m: '音乐会淡出吗？', on: 'rich', route: 'status', same: true, reply: /淡出/ },
  { f: 'question', m: '音乐有淡入吗', on: 'rich', route: 'status', same: true },
  // A style keeps the person's own song when they say so.
  {
    f: 'style',
    m: 'wedding style but keep my own song',
    on: 'rich',
    v: { look: 'matte', ...song('lo-fi.mp3') },
  },
  {
    f: 'style',
    m: 'make it a birthday video but keep the music',
    on: 'rich',
    v: { look: 'vivid', ...song('lo-fi.mp3') },
  },
  {
    f: 'style',
    m: 'wedding style, keep the song I picked',
    on: 'rich',
    v: { look: 'matte', ...song('lo-fi.mp3') },
  },
  { f: 'style', m: '婚礼风格，音乐保留', on: 'rich', v: { look: 'matte', ...song('lo-fi.mp3') } },
  { f: 'style', m: '做成旅行vlog 但是保留我的音乐', on: 'rich', v: { look: 'warm', ...song('lo-fi.mp3') } },
  { f: 'style', m: '生日风格，歌别换', on: 'rich', v: { look: 'vivid', ...song('lo-fi.mp3') } },
  // Order: a place said by ordinal and neighbour, newest first, taking one out by name.
  {
    f: 'order',
    m: 'party photo second, after the beach',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'party night.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'sunset third, after the city',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'forest.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '派对那张放第二个，在海滩后面',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'party night.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '按时间从新到旧排',
    on: 'five',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '照片从新到旧排列',
    on: 'five',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'order them newest to oldest',
    on: 'five',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'take the city photo out',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'take the forest one out',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'leave the sunset pic out',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '把城市那张拿掉',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '森林那张拿出去',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  // Asking to be told, however it is put, is a question.
  { f: 'question', m: 'could you tell me how long it is', on: 'rich', route: 'status', same: true },
  { f: 'question', m: 'do you know how long it is', on: 'rich', route: 'status', same: true },
  { f: 'question', m: "I'd like to know how long it is", on: 'rich', route: 'status', same: true },
  { f: 'question', m: 'would you tell me what music is playing', on: 'rich', route: 'status', same: true },
  { f: 'question', m: 'does the music fade?', on: 'rich', route: 'status', same: true },
  { f: 'question', m: '能告诉我视频有多长吗', on: 'rich', route: 'status', same: true },
  { f: 'question', m: '我想知道视频多长', on: 'rich', route: 'status', same: true },
  // Mixed languages: each clause keeps its own subject.
  { f: 'multi', m: 'text 全部去掉 music 保留', on: 'rich', v: { texts: [], ...song('lo-fi.mp3') } },
  { f: 'multi', m: 'text全部删掉，music留着', on: 'rich', v: { texts: [], ...song('lo-fi.mp3') } },
  // 字幕 are the captions: all of them go, the title stays (blind set 15: "字幕全部删掉").
  {
    f: 'multi',
    m: '字幕 remove all, 音乐 keep',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }], ...song('lo-fi.mp3') },
  },
  { f: 'multi', m: 'remove all the text, 音乐保留', on: 'rich', v: { texts: [], ...song('lo-fi.mp3') } },
  { f: 'multi', m: 'music 去掉 text 保留', on: 'rich', v: { texts: [{}, {}], audio: [] } },
  { f: 'multi', m: 'title 删掉，caption 留着', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  // History: one named thing brought back, and "the previous version".
  { f: 'history', m: 'bring the music back', on: 'rich', before: ['remove the music'], v: song('lo-fi.mp3') },
  {
    f: 'history',
    m: 'bring the music back',
    on: 'rich',
    before: ['remove the music', 'make it black and white'],
    v: { look: 'black-and-white', ...song('lo-fi.mp3') },
  },
  {
    f: 'history',
    m: 'put the music back',
    on: 'rich',
    before: ['remove the music', 'make it black and white'],
    v: { look: 'black-and-white', ...song('lo-fi.mp3') },
  },
  {
    f: 'history',
    m: 'I want the music back',
    on: 'rich',
    before: ['remove the music', 'make it vertical'],
    v: { aspect: '9:16', ...song('lo-fi.mp3') },
  },
  {
    f: 'history',
    m: 'bring the title back',
    on: 'rich',
    before: ['remove the title', 'make it vertical'],
    v: { aspect: '9:16', texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'history',
    m: '把音乐加回来',
    on: 'rich',
    before: ['删掉音乐', '黑白'],
    v: { look: 'black-and-white', ...song('lo-fi.mp3') },
  },
  {
    f: 'history',
    m: '标题还是加回来吧',
    on: 'rich',
    before: ['删掉标题', '竖屏'],
    v: { aspect: '9:16', texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'history',
    m: '回到上一个版本',
    on: 'rich',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'black-and-white', aspect: '16:9' },
  },
  {
    f: 'history',
    m: '返回上一版',
    on: 'rich',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'black-and-white', aspect: '16:9' },
  },
  {
    f: 'history',
    m: 'go back to the previous version',
    on: 'rich',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'black-and-white', aspect: '16:9' },
  },
  {
    f: 'history',
    m: '恢复到上一个版本',
    on: 'rich',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'black-and-white', aspect: '16:9' },
  },
  // Photos analysis flagged, named by their flaw.
  {
    f: 'order',
    m: 'leave out the blurry one and the duplicate',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'drop the blurry one and the dupe',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'remove the duplicate and the blurry photo',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '把模糊的和重复的去掉',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '去掉模糊的那张和重复的那张',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  // References to what was just talked about.
  {
    f: 'reference',
    m: 'the third one the same length',
    on: 'five',
    before: ['make the second photo 5 seconds'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'make the fourth one the same length',
    on: 'five',
    before: ['make the second photo 5 seconds'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: '第三张也一样长',
    on: 'five',
    before: ['第二张5秒'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 5000 },
        { durationMs: 5000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'half a second each',
    on: 'five',
    before: ['make the transitions slides'],
    v: { ...cuts5('slide-left', 500), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'reference',
    m: '每个半秒',
    on: 'five',
    before: ['转场换成擦除'],
    v: { ...cuts5('wipe-left', 500), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'reference',
    m: 'make that black rather than white',
    before: ['use fade through white transitions'],
    v: cuts3('fade-black'),
  },
  {
    f: 'reference',
    m: 'make that black instead of white',
    before: ['add a white flash between the photos'],
    v: cuts3('fade-black'),
  },
  { f: 'reference', m: '改成黑色的', before: ['转场用闪白'], v: cuts3('fade-black') },
  {
    f: 'reference',
    m: '时间再长一点，一秒二',
    on: 'five',
    before: ['use wipe transitions'],
    v: { ...cuts5('wipe-left', 1200), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'reference',
    m: '时间再长一点，一秒二',
    on: 'five',
    before: ['转场用擦除'],
    v: { ...cuts5('wipe-left', 1200), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'reference',
    m: 'a bit longer, like 1.2 seconds',
    on: 'five',
    before: ['use wipe transitions'],
    v: { ...cuts5('wipe-left', 1200), photos: each(5, { durationMs: 3000 }) },
  },
  // Alternate transitions, bare numbers as photos, several captions listed.
  {
    f: 'transition',
    m: 'make every other transition a wipe',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
      ],
    },
  },
  {
    f: 'transition',
    m: 'every other transition should be a fade to black',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-black' },
        { kind: 'crossfade' },
        { kind: 'fade-black' },
      ],
    },
  },
  {
    f: 'transition',
    m: '每隔一个转场用擦除',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
      ],
    },
  },
  {
    f: 'order',
    m: 'swap 2 and 4',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'sunset.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '删掉3',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'text',
    m: '加三个字幕：第一天、第二天、第三天',
    v: {
      texts: [
        { text: '第一天', role: 'caption' },
        { text: '第二天', role: 'caption' },
        { text: '第三天', role: 'caption' },
      ],
    },
  },
  {
    f: 'text',
    m: 'add three captions: Day 1, Day 2, Day 3',
    v: {
      texts: [
        { text: 'Day 1', role: 'caption' },
        { text: 'Day 2', role: 'caption' },
        { text: 'Day 3', role: 'caption' },
      ],
    },
  },
  {
    f: 'text',
    m: 'add captions: Morning, Noon and Night',
    v: {
      texts: [
        { text: 'Morning', startMs: 0 },
        { text: 'Noon', startMs: 3000 },
        { text: 'Night', startMs: 6000 },
      ],
    },
  },
  // Text colours: the text's own colour changes (draftView shows it), never the look or the style.
  {
    f: 'text',
    m: 'make the text white',
    on: 'rich',
    v: { texts: each(2, { color: '#ffffff' }), look: 'none' },
  },
  {
    f: 'text',
    m: 'yellow captions',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: '#ffd600' },
      ],
    },
  },
  {
    f: 'text',
    m: 'black title text please',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#000000' },
        { text: 'Day one', color: '#ffffff' },
      ],
      look: 'none',
    },
  },
  { f: 'text', m: '字幕改成黄色', on: 'rich', v: { texts: [{ color: '#ffffff' }, { color: '#ffd600' }] } },
  { f: 'text', m: '文字都改成黑色', on: 'rich', v: { texts: each(2, { color: '#000000' }), look: 'none' } },
  {
    f: 'text',
    m: 'white text',
    before: ["add a title 'Hi'"],
    v: { texts: [{ text: 'Hi', color: '#ffffff' }] },
  },
  // Bringing one thing back: it returns as it was, as one new step; the edits made since stay.
  {
    f: 'history',
    m: 'restore the captions',
    on: 'rich',
    before: ['remove all the text', 'make it square'],
    v: { aspect: '1:1', texts: [{ text: 'Day one', role: 'caption', startMs: 2200 }] },
  },
  {
    f: 'history',
    m: 'can I have my title back?',
    on: 'rich',
    before: ['delete the title', 'use slide transitions'],
    v: {
      texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }],
      transitions: each(2, { kind: /^slide/ }),
    },
  },
  {
    f: 'history',
    m: 'put the filter back',
    on: 'rich',
    before: ['make it vintage', 'remove the filter', 'make it vertical'],
    v: { look: 'vintage', aspect: '9:16' },
  },
  {
    f: 'history',
    m: 'I want the old song back',
    on: 'rich',
    before: ['use Summer Vibes instead', 'make it square'],
    v: { aspect: '1:1', ...song('lo-fi.mp3') },
  },
  {
    f: 'history',
    m: 'bring the crossfade transitions back',
    on: 'rich',
    before: ['no transitions', 'black and white'],
    v: { look: 'black-and-white', ...cuts3('crossfade', 800) },
  },
  {
    f: 'history',
    m: '字幕恢复一下',
    on: 'rich',
    before: ['删掉所有文字', '改成方形'],
    v: { aspect: '1:1', texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    f: 'history',
    m: '把滤镜加回来',
    on: 'rich',
    before: ['复古一点', '去掉滤镜', '竖屏'],
    v: { look: 'vintage', aspect: '9:16' },
  },
  {
    f: 'history',
    m: 'bring the music back',
    same: true,
    reply: /no music earlier/,
  },
  { f: 'history', m: '把音乐加回来', same: true, reply: /没有音乐/ },
  {
    f: 'history',
    m: 'put the title back at the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  // What follows a text's colon is its words: never read as a colour, a look, a song or another edit.
  {
    f: 'text',
    m: 'caption on photo 3: golden hour',
    v: { texts: [{ text: 'golden hour', startMs: 6000, color: '#ffffff' }], look: 'none' },
  },
  {
    f: 'text',
    m: 'photo 2 caption: black and white memories',
    v: { texts: [{ text: 'black and white memories', startMs: 3000 }], look: 'none' },
  },
  {
    f: 'text',
    m: 'subtitle for the first pic: our vintage summer song',
    v: { texts: [{ text: 'our vintage summer song', startMs: 0 }], look: 'none', audio: [] },
  },
  { f: 'text', m: 'title card: Summer', v: { texts: [{ text: 'Summer', role: 'title' }] } },
  {
    f: 'text',
    m: 'title: Red Sunset',
    v: { texts: [{ text: 'Red Sunset', role: 'title', color: '#ffffff' }] },
  },
  {
    f: 'text',
    m: 'title card: Blue Hour. make it vertical',
    v: { aspect: '9:16', texts: [{ text: 'Blue Hour', role: 'title', color: '#ffffff' }] },
  },
  {
    f: 'text',
    m: '第二张的字幕：黑白回忆',
    v: { texts: [{ text: '黑白回忆', startMs: 3000 }], look: 'none' },
  },
  { f: 'text', m: '标题：金色夏天', v: { texts: [{ text: '金色夏天', role: 'title', color: '#ffffff' }] } },
  {
    f: 'text',
    m: 'change the title colour: red',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#e53935' }, {}] },
  },
  {
    f: 'multi',
    m: 'make it 9:16 with a title Hi',
    before: ["add a title 'Hello'"],
    v: { aspect: '9:16', texts: [{ role: 'title' }] },
  },
  // A number said last wins over the vague wish before it, however much is said between ("太短了 … 放慢点 …
  // 改成每张4秒"): the exact value replaces the guessed step.
  {
    f: 'length',
    m: '我妈说太短了看不清😂 她眼睛不好 帮我每张都放慢点 改成每张4秒',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12_000 },
  },
  { f: 'length', m: '太快了 看不清 慢一点 每张4秒吧', v: { photos: each(3, { durationMs: 4000 }) } },
  {
    f: 'length',
    m: '节奏太拖了 朋友说看着犯困 快一点 每张2秒',
    v: { photos: each(3, { durationMs: 2000 }) },
  },
  {
    f: 'length',
    m: "way too fast lol my dad couldn't keep up. slower please. 4 sec per pic",
    v: { photos: each(3, { durationMs: 4000 }) },
  },
  { f: 'length', m: '视频太短了 🙈 大家都说没看够 整体长一点 改成20秒', v: { durationMs: 20_000 } },
  // Internet slang for "a little": 亿点点 (亿 for 一), 一丢丢, 一咪咪.
  { f: 'look', m: '亮一丢丢', v: { look: 'bright' } },
  { f: 'look', m: '再暗一咪咪', v: { look: 'dark' } },
  { f: 'look', m: '暖亿点', v: { look: 'warm' } },
  { f: 'look', m: '再亮亿丢丢吧', v: { look: 'bright' } },
  // ASCII single quotes around Chinese words are quotation marks: the words inside, without them.
  { f: 'text', m: "第3张配个字'日落'", v: { texts: [{ text: '日落' }] } },
  { f: 'text', m: "在第二张上写'好开心'", v: { texts: [{ text: '好开心' }] } },
  { f: 'text', m: "加个标题'我们的夏天'吧", v: { texts: [{ text: '我们的夏天' }] } },
  { f: 'text', m: "标题改成'出发'吧", on: 'rich', v: { texts: [{ text: '出发' }, { text: 'Day one' }] } },
  { f: 'text', m: "第1张加一句话'我们来啦'", v: { texts: [{ text: '我们来啦' }] } },
  { f: 'text', m: "add a caption 'hello' to the 2nd pic", v: { texts: [{ text: 'hello' }] } },
  // Kinds of music, in Chinese and English, as the library's nearest track (电子音乐 is never "辅音乐").
  { f: 'music', m: '配个电音', v: song('Neon Pulse') },
  { f: 'music', m: '来点電子音樂', v: song('Neon Pulse') },
  { f: 'music', m: '加个电子乐', v: song('Neon Pulse') },
  { f: 'music', m: '来首摇滚', v: song('Neon Pulse') },
  { f: 'music', m: 'rock music please', v: song('Neon Pulse') },
  { f: 'music', m: '来点古典音乐', v: song('Quiet Piano') },
  { f: 'music', m: 'some classical music', v: song('Quiet Piano') },
  { f: 'music', m: '放点爵士乐', v: song('Lo-fi Drift') },
  // A style's name with more words ("家庭日常", "亲子时光", "family time"), and the name Joy calls it by.
  {
    f: 'style',
    m: '家庭日常风格',
    v: { look: 'warm', ...cuts3('crossfade', 800), ...song('Sunday Morning') },
  },
  { f: 'style', m: '亲子时光', v: { look: 'warm', ...cuts3('crossfade', 800), ...song('Sunday Morning') } },
  {
    f: 'style',
    m: '宝宝成长记录风格',
    v: { look: 'warm', ...cuts3('crossfade', 800), ...song('Sunday Morning') },
  },
  {
    f: 'style',
    m: 'family time style',
    v: { look: 'warm', ...cuts3('crossfade', 800), ...song('Sunday Morning') },
  },
  { f: 'style', m: 'family moments', v: { look: 'warm', ...song('Sunday Morning') } },
  { f: 'style', m: '生日派对风格', v: { look: 'vivid', ...song('Confetti') } },
  { f: 'style', m: '旅行回忆视频', v: { look: 'warm', ...cuts3('whip-pan'), ...song('Road Trip') } },
  // Photos listed with 、 before one 张 ("3、4两张", "第1、2张"): each of them; 两张 counts them.
  {
    f: 'order',
    m: '2、5两张互换',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'party night.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'city.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '三、四两张换一下位置',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'forest.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '把第2、3两张删掉',
    on: 'five',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'sunset.jpg' }, { source: 'party night.jpg' }] },
  },
  {
    f: 'length',
    m: '第1、2张各改成4秒',
    on: 'five',
    v: {
      photos: [
        { durationMs: 4000 },
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    f: 'motion',
    m: '3、4、5三张都缩小',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
        { motion: 'zoom-out' },
      ],
    },
  },
  // "加回去", "put them back", "还是要吧" after taking something out: what was taken out, as it was.
  { f: 'history', m: '还是加回来吧', on: 'five', before: ['no transitions'], v: cuts5('crossfade', 800) },
  { f: 'history', m: 'put them back', on: 'five', before: ['no transitions'], v: cuts5('crossfade', 800) },
  { f: 'history', m: '算了 还是要吧', on: 'five', before: ['去掉转场'], v: cuts5('crossfade', 800) },
  {
    f: 'history',
    m: 'actually I want them back',
    on: 'five',
    before: ['no transitions'],
    v: cuts5('crossfade', 800),
  },
  { f: 'history', m: '算了 还是加回去吧', on: 'rich', before: ['remove the music'], v: song('lo-fi.mp3') },
  {
    f: 'history',
    m: '还是加回来吧',
    on: 'rich',
    before: ['去掉标题'],
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  // A transition put where a cut was takes the usual length, not the cut's none.
  { f: 'transition', m: '加转场', on: 'five', before: ['no transitions'], v: cuts5('crossfade', 800) },
  // The order turned around, however it is said.
  {
    f: 'order',
    m: 'turn the order around',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'flip the sequence',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'can you turn the photos around',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'play it backwards',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  // A camera shake is not in the catalogue: the nearest move is named, nothing is put on.
  { f: 'motion', m: 'shake the camera', route: 'unsupported', same: true, reply: /drift/i },
  { f: 'motion', m: 'make the photos wiggle a bit', route: 'unsupported', same: true, reply: /drift/i },
  { f: 'motion', m: '镜头抖一抖', route: 'unsupported', same: true, reply: /漂移/ },
  { f: 'motion', m: 'give it a handheld camera feel', v: moves3('drift') },
  {
    f: 'motion',
    m: 'shake up the motion',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, {}] },
  },
  // After one photo's length, "the rest" is every other photo, a bare number their seconds.
  {
    f: 'length',
    m: 'the rest 2',
    before: ['make the first photo 4 seconds'],
    v: { photos: [{ durationMs: 4000 }, { durationMs: 2000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'others 2 seconds',
    before: ['photo 2 five seconds'],
    v: { photos: [{ durationMs: 2000 }, { durationMs: 5000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'everything else 2.5s',
    before: ['last one 4s'],
    v: { photos: [{ durationMs: 2500 }, { durationMs: 2500 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '其他的2秒',
    before: ['第一张4秒'],
    v: { photos: [{ durationMs: 4000 }, { durationMs: 2000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: '剩下的都1.5秒吧',
    before: ['第二张停5秒'],
    v: { photos: [{ durationMs: 1500 }, { durationMs: 5000 }, { durationMs: 1500 }] },
  },
  // "they drag", "feels slow": the pacing, so each photo shows for less; the transitions stay as they are.
  {
    f: 'length',
    m: 'they drag',
    on: 'rich',
    v: { photos: each(3, { durationMs: 2250 }), ...cuts3('crossfade', 800) },
  },
  { f: 'length', m: 'the photos drag a bit', v: { durationMs: 6750 } },
  {
    f: 'length',
    m: 'feels slow',
    on: 'rich',
    v: { photos: each(3, { durationMs: 2250 }), ...cuts3('crossfade', 800) },
  },
  // The intro and the outro are the first and the last photo (a title or an end card is words over it,
  // and keeps ending with it), never the whole video's length.
  {
    f: 'length',
    m: 'give the intro 1 more second',
    on: 'rich',
    v: {
      durationMs: 8400,
      photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }],
      texts: [{ role: 'title', endMs: 4000 }, { role: 'caption' }],
    },
  },
  {
    f: 'length',
    m: 'outro 2 seconds longer',
    on: 'five',
    v: { durationMs: 13_800, photos: [{}, {}, {}, {}, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: 'shorten the ending',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2250 }] },
  },
  {
    f: 'length',
    m: 'the intro drags',
    v: { photos: [{ durationMs: 2250 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'make the intro 5 seconds',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: '开头多停一秒',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: '结尾再长一点',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '片尾多停两秒',
    on: 'rich',
    before: ['add an end card "Thanks"'],
    v: {
      photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }],
      texts: [{ role: 'title' }, { role: 'caption' }, { role: 'end-card', endMs: 9400 }],
    },
  },
  {
    f: 'motion',
    m: 'zoom out on the outro',
    v: { photos: [{ motion: 'zoom-in' }, {}, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: 'pan right at the end',
    v: { photos: [{ motion: 'zoom-in' }, {}, { motion: 'pan-right' }] },
  },
  {
    f: 'motion',
    m: 'begin with a slow zoom out',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, {}] },
  },
  // Moves said in order: "first X then Y" shares the photos (first half X, the rest Y); a move the video
  // starts or ends with is the first or the last photo's.
  {
    f: 'motion',
    m: 'first zoom in then zoom out',
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), ...each(2, { motion: 'zoom-out' })] },
    reply: /Zoom in \(photos 1–3\).*Zoom out \(photos 4 and 5\)/,
  },
  {
    f: 'motion',
    m: 'zoom in on the first half, zoom out on the rest',
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), ...each(2, { motion: 'zoom-out' })] },
  },
  {
    f: 'motion',
    m: 'zoom in then out',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: '前面放大后面缩小',
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), ...each(2, { motion: 'zoom-out' })] },
  },
  {
    f: 'motion',
    m: '先放大再缩小',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: 'start with a pan left and end with a zoom out',
    on: 'five',
    v: {
      photos: [{ motion: 'pan-left' }, ...each(3, { motion: 'zoom-in' }), { motion: 'zoom-out' }],
    },
  },
  {
    f: 'motion',
    m: '开头放大，结尾缩小',
    before: ['keep them still'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: 'begin with a slow zoom, then pan right, and finish on a zoom out',
    on: 'five',
    v: {
      photos: [{ motion: 'zoom-in' }, ...each(3, { motion: 'pan-right' }), { motion: 'zoom-out' }],
    },
  },
  {
    f: 'motion',
    m: 'alternate zoom in and zoom out',
    on: 'five',
    reply: /Zoom in \(photos 1, 3 and 5\).*Zoom out \(photos 2 and 4\)/,
  },
  // "the rest" after photos named in the same message: every photo not named.
  {
    f: 'motion',
    m: 'zoom in on the first photo, zoom out on the rest',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: '第一张放大，其他的缩小',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-out' }] },
  },
  // Where the music comes in is moved on the timeline, never the video's length.
  {
    f: 'music',
    m: 'push the music back 2 seconds',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 2000 }) },
  },
  {
    f: 'music',
    m: 'start the music 2 seconds later',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 2000 }) },
  },
  {
    f: 'music',
    m: 'music starts at 3s',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 3000 }) },
  },
  {
    f: 'music',
    m: '音乐晚两秒进',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 2000 }) },
  },
  { f: 'music', m: 'the song comes in too early', on: 'rich', v: song('lo-fi.mp3', { startMs: 1000 }) },
  {
    f: 'music',
    m: '音乐早一点进',
    on: 'rich',
    before: ['music starts at 3s'],
    v: song('lo-fi.mp3', { startMs: 2000 }),
  },
  { f: 'music', m: 'delay the music by 1.5 seconds', on: 'rich', v: song('lo-fi.mp3', { startMs: 1500 }) },
  { f: 'music', m: 'push the music back 2 seconds', route: 'unsupported', same: true, reply: /no music/ },
  // A video has one title: a title said with its words when there is one already gives it those words,
  // beside whatever else the message asks (a second one only when asked for).
  {
    f: 'multi',
    m: 'make it 9:16 with a title Hi',
    on: 'rich',
    v: {
      aspect: '9:16',
      texts: [
        { role: 'title', text: 'Hi' },
        { role: 'caption', text: 'Day one' },
      ],
    },
    reply: /Road Trip.*Hi/,
  },
  {
    f: 'multi',
    m: 'square, with the title Summer Trip',
    on: 'rich',
    v: { aspect: '1:1', texts: [{ role: 'title', text: 'Summer Trip' }, { role: 'caption' }] },
  },
  {
    f: 'multi',
    m: '竖屏，加标题：海边',
    on: 'rich',
    v: { aspect: '9:16', texts: [{ role: 'title', text: '海边' }, { role: 'caption' }] },
  },
  {
    f: 'multi',
    m: '改成竖屏，标题叫你好',
    on: 'rich',
    v: { aspect: '9:16', texts: [{ role: 'title', text: '你好' }, { role: 'caption' }] },
  },
  { f: 'text', m: 'title it Summer', on: 'rich', v: { texts: [{ text: 'Summer' }, { text: 'Day one' }] } },
  {
    f: 'text',
    m: "add another title 'Part 2'",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: 'Part 2', role: 'title' }] },
  },
  {
    f: 'text',
    m: 'the title called Road Trip should be bigger',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { text: 'Day one' }] },
  },
  // How the pace is, said as a complaint or a wish: shorter photos (as "they drag"), or longer ones.
  {
    f: 'length',
    m: 'pacing is sluggish',
    on: 'rich',
    v: { photos: each(3, { durationMs: 2250 }), ...cuts3('crossfade', 800) },
  },
  { f: 'length', m: "it's a bit slow", v: len(6750) },
  { f: 'length', m: 'tighten the pacing', v: len(6750) },
  { f: 'length', m: '节奏有点拖', v: len(6750) },
  { f: 'length', m: '节奏紧凑一点', v: len(6750) },
  { f: 'length', m: 'the pacing feels a bit rushed', v: len(12_000) },
  { f: 'length', m: 'let the photos breathe', v: len(12_000) },
  { f: 'length', m: '节奏有点赶', v: len(12_000) },
  { f: 'length', m: '节奏放缓一点', v: len(12_000) },
  // More ways to say the same classes: a start beside "finally"/最后 pairs them; 前几张 is no question.
  {
    f: 'motion',
    m: '一开始放大，最后缩小',
    before: ['keep them still'],
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, ...each(3, { motion: 'static' }), { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: '前几张放大，后几张缩小',
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), ...each(2, { motion: 'zoom-out' })] },
  },
  {
    f: 'motion',
    m: 'first zoom in, then pan left, finally zoom out',
    on: 'five',
    v: {
      photos: [...each(2, { motion: 'zoom-in' }), ...each(2, { motion: 'pan-left' }), { motion: 'zoom-out' }],
    },
  },
  {
    f: 'length',
    m: '片头那张短一点',
    on: 'rich',
    v: { photos: [{ durationMs: 2250 }, {}, {}], texts: [{ role: 'title', endMs: 2250 }, {}] },
  },
  { f: 'length', m: '最后的画面长一点', v: { photos: [{}, {}, { durationMs: 4000 }] } },
  {
    f: 'music',
    m: 'the song should start 1.5 seconds in',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 1500 }),
  },
  {
    f: 'music',
    m: 'have the music start after the title',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { startMs: 3000 }) },
  },
  { f: 'music', m: '音乐等标题结束再进来', on: 'rich', v: song('lo-fi.mp3', { startMs: 3000 }) },
  // A purpose said in passing names no style: "blog" is not "vlog".
  {
    f: 'length',
    m: 'recipe blog post — 2.5 seconds a photo',
    v: { photos: each(3, { durationMs: 2500 }), look: 'none', transitions: each(2, { kind: 'cut' }) },
  },
  {
    f: 'length',
    m: 'for my baking blog: 2 seconds per picture',
    v: { photos: each(3, { durationMs: 2000 }), look: 'none' },
  },
  {
    f: 'style',
    m: 'make it a travel blog video',
    v: { look: 'warm', transitions: each(2, { kind: 'whip-pan' }) },
  },
  // A share of the length now.
  { f: 'length', m: 'make it 50% longer', v: { durationMs: 13500 } },
  { f: 'length', m: 'a bit shorter? say 20 percent shorter', on: 'five', v: { durationMs: 9400 } },
  {
    f: 'length',
    m: 'extend the second photo by 50%',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4500 }, { durationMs: 3000 }] },
  },
  { f: 'length', m: '整体缩短20%', on: 'five', v: { durationMs: 9400 } },
  // A photo kept out of the message's edits.
  {
    f: 'length',
    m: 'every photo 2 seconds, but leave the last one alone',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 2000 }, { durationMs: 3000 }] },
  },
  {
    f: 'motion',
    m: "pan right on all of them, don't touch photo 2",
    v: { photos: [{ motion: 'pan-right' }, { motion: 'zoom-in' }, { motion: 'pan-right' }] },
  },
  {
    f: 'length',
    m: 'photos 1 and 3 get 5 seconds, keep the middle one as it is',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: '每张2秒，中间那张保持不变',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },
  // A closing line is the end card.
  {
    f: 'text',
    m: "title 'Our Summer' and a closing line 'Thanks for watching'",
    on: 'five',
    v: {
      texts: [
        { text: 'Our Summer', role: 'title' },
        { text: 'Thanks for watching', role: 'end-card', endMs: 11800 },
      ],
    },
  },
  {
    f: 'text',
    m: "put the ending words 'See you next year'",
    v: { texts: [{ text: 'See you next year', role: 'end-card', endMs: 9000 }] },
  },
  // A text kept on screen to the end of the video, from where it starts.
  {
    f: 'text',
    m: 'keep the caption up till the end of the video',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 7400 }] },
  },
  {
    f: 'text',
    m: "add a caption 'Almost home' on photo 2 and keep it on screen to the end",
    v: { texts: [{ text: 'Almost home', startMs: 3000, endMs: 9000 }] },
  },
  {
    f: 'text',
    m: '字幕一直显示到结尾',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 7400 }] },
  },
  // The music ends with the video: nothing to remove.
  {
    f: 'music',
    m: "don't fade the song out, just have it end when the video ends",
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 0 }] },
  },
  { f: 'music', m: 'let the music stop with the video', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3' }] } },
  {
    f: 'music',
    m: '音乐不要淡出，跟视频一起结束',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 0 }] },
  },
  // "music off", "sound off": no music.
  { f: 'music', m: 'sound off please', on: 'rich', v: { audio: [] } },
  { f: 'multi', m: 'music off and make it square', on: 'rich', v: { audio: [], aspect: '1:1' } },
  // A transition refused at one place: a cut there.
  {
    f: 'transition',
    m: 'never dissolve between the second and third photos, hard cut there',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'cut' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'transition',
    m: "don't crossfade into photo 2",
    on: 'five',
    v: {
      transitions: [{ kind: 'cut' }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  // A library track called by its title, with a volume.
  {
    f: 'music',
    m: 'Quiet Piano, 30% volume',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  {
    f: 'music',
    m: 'square please, Neon Pulse at 40%',
    v: { aspect: '1:1', audio: [{ source: 'Neon Pulse', volume: 0.4 }] },
  },
  // A length for each photo beside the transitions' own ("1-second fades").
  {
    f: 'multi',
    m: '3 seconds per photo with 1-second fades through black',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: 'fade-black', durationMs: 1000 }),
    },
  },
  {
    f: 'multi',
    m: 'make them 2 seconds each with half-second crossfades',
    v: {
      photos: each(3, { durationMs: 2000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 500 }),
    },
  },
  // Items and products are the photos.
  { f: 'length', m: '1.5 seconds per product', on: 'things', v: { photos: each(5, { durationMs: 1500 }) } },
  {
    f: 'length',
    m: 'each item 3 seconds, please',
    on: 'things',
    v: { photos: each(5, { durationMs: 3000 }) },
  },
  // "it" after a text was added beside others of its role: that text only.
  {
    f: 'reference',
    m: 'make it yellow',
    before: ["add a caption 'Almost there' on the last photo"],
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip' },
        { text: 'Day one', color: '#ffffff' },
        { text: 'Almost there', color: '#ffd600' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'move it to the top',
    before: ["put a caption 'Lunch' on photo 3"],
    on: 'rich',
    v: { texts: [{}, { text: 'Day one', position: 'bottom' }, { text: 'Lunch', position: 'top' }] },
  },
  {
    f: 'reference',
    m: '把它放到上面',
    before: ['在第三张加字幕「到达」'],
    on: 'rich',
    v: { texts: [{}, { text: 'Day one', position: 'bottom' }, { text: '到达', position: 'top' }] },
  },
  // The last transition again, at another place.
  {
    f: 'reference',
    m: 'same thing between the third and fourth photos',
    before: ['slide transition between photos 1 and 2'],
    on: 'five',
    v: {
      transitions: [
        { kind: 'slide-left' },
        { kind: 'crossfade' },
        { kind: 'slide-left' },
        { kind: 'crossfade' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'do that after photo 4 too',
    before: ['use a wipe after photo 2'],
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
        { kind: 'crossfade' },
        { kind: 'wipe-left' },
      ],
    },
  },
  // The last one-photo edit on every other photo.
  {
    f: 'reference',
    m: 'apply the same to the rest please',
    before: ['zoom out on the second photo'],
    v: { photos: each(3, { motion: 'zoom-out' }) },
  },
  {
    f: 'reference',
    m: 'can you do that for the other photos too',
    before: ['make the first photo 5 seconds'],
    v: { photos: each(3, { durationMs: 5000 }) },
  },
  // The way a wipe, slide or push travels, said beside it or in the clause after it: never the camera's.
  { f: 'transition', m: '擦除转场，从左往右划', v: cuts3('wipe-right') },
  { f: 'transition', m: 'wipe transitions, left to right', v: cuts3('wipe-right') },
  { f: 'transition', m: '转场用擦除，方向从上到下', v: cuts3('wipe-down') },
  { f: 'transition', m: '从右往左的滑动转场', v: cuts3('slide-left') },
  { f: 'transition', m: 'push transitions from left to right', v: cuts3('push-right') },
  { f: 'transition', m: '划像，从左到右', v: { ...cuts3('wipe-right'), ...moves3('zoom-in') } },
  { f: 'transition', m: 'wipe left to right', v: cuts3('wipe-right') },
  {
    f: 'transition',
    m: 'wipes going from right to left',
    v: { ...cuts3('wipe-left'), ...moves3('zoom-in') },
  },
  { f: 'transition', m: 'wipe from the left', v: cuts3('wipe-right') },
  { f: 'transition', m: '滑动转场，从右边滑进来', v: cuts3('slide-left') },
  {
    f: 'transition',
    m: '从左往右',
    before: ['use a wipe'],
    v: { ...cuts3('wipe-right'), ...moves3('zoom-in') },
  },
  { f: 'transition', m: 'now make them go right to left', before: ['换成擦除转场'], v: cuts3('wipe-left') },
  {
    f: 'transition',
    m: '擦除转场，照片向右平移',
    v: { ...cuts3('wipe-left'), ...moves3('pan-right') },
  },
  { f: 'transition', m: '叠化转场，从左往右', v: { ...cuts3('crossfade'), ...moves3('pan-right') } },
  // One transition changed, "the others" kept or changed apart from it.
  {
    f: 'transition',
    m: '最后一个转场改成黑场，其余不变',
    on: 'five',
    v: { ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black') },
  },
  {
    f: 'transition',
    m: '最后一个转场改成黑场，别的不动',
    on: 'five',
    v: {
      ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black'),
      photos: each(5, { motion: 'zoom-in' }),
    },
  },
  {
    f: 'transition',
    m: 'make the last transition a fade to black, keep the rest as crossfades',
    on: 'five',
    v: { ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black') },
  },
  {
    f: 'transition',
    m: 'last transition fade to black, leave the others',
    on: 'five',
    v: { ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black') },
  },
  {
    f: 'transition',
    m: '第二个转场改成白场，其余的还是叠化',
    on: 'five',
    v: { ...kinds('crossfade', 'fade-white', 'crossfade', 'crossfade') },
  },
  {
    f: 'transition',
    m: '第一个转场用白场，其他都改成硬切',
    on: 'five',
    v: { ...kinds('fade-white', 'cut', 'cut', 'cut') },
    reply: /第2-4张之后/,
  },
  {
    f: 'transition',
    m: 'make the first transition a wipe and the rest fades to black',
    on: 'five',
    v: { ...kinds('wipe-left', 'fade-black', 'fade-black', 'fade-black') },
  },
  {
    f: 'transition',
    m: '其他的改成擦除',
    on: 'five',
    before: ['最后一个转场改成黑场'],
    v: { ...kinds('wipe-left', 'wipe-left', 'wipe-left', 'fade-black') },
  },
  {
    f: 'motion',
    m: '其他的缩小',
    on: 'five',
    before: ['第一张放大'],
    v: { photos: [{ motion: 'zoom-in' }, ...each(4, { motion: 'zoom-out' })] },
  },
  {
    f: 'motion',
    m: '第一张放大，其他的不动',
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, ...each(4, { motion: 'static' })] },
  },
  // A space between a number and its unit ("1 秒", "每张 3 秒") keeps the number with the words before it.
  { f: 'music', m: '音乐淡出 3 秒', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 3000 }), reply: /淡出/ },
  {
    f: 'length',
    m: '第 2 张 5 秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  { f: 'music', m: '背景音乐开头淡入 2.5 秒', on: 'rich', v: song('lo-fi.mp3', { fadeInMs: 2500 }) },
  {
    f: 'length',
    m: '每张 2 秒，转场 0.5 秒',
    on: 'five',
    v: { ...cuts5('crossfade', 500), photos: each(5, { durationMs: 2000 }) },
  },
  {
    f: 'create',
    m: '用这些照片做个视频，每张 2 秒',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2000 }) },
  },
  {
    f: 'create',
    m: '用啲相幫我整條片，每張 3 秒',
    on: 'empty',
    v: { photos: each(5, { durationMs: 3000 }) },
  },
  // "出片" on an empty draft is making the video; on a made one it is the export.
  {
    f: 'create',
    m: '出片：9:16，每张 2 秒',
    on: 'empty',
    route: 'create',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }) },
  },
  { f: 'create', m: '帮我出个片，竖屏', on: 'empty', route: 'create', v: { aspect: '9:16' } },
  { f: 'create', m: '出片', on: 'three', route: 'export' },
  // A library track named in quotes, by its title in either language or a near miss of it.
  { f: 'music', m: '把音乐换成《静谧钢琴》', on: 'rich', v: song('Quiet Piano') },
  { f: 'music', m: '换成《静谧钢琴》这首', on: 'rich', v: song('Quiet Piano') },
  { f: 'music', m: '背景音乐用《第一只舞》', on: 'rich', v: song('First Dance') },
  { f: 'music', m: '换成曲库里的《安静的钢琴曲》', on: 'rich', v: song('Quiet Piano') },
  { f: 'music', m: 'switch the song to "Quite Piano"', on: 'rich', v: song('Quiet Piano') },
  { f: 'music', m: "use the library track 'first dance'", v: song('First Dance') },
  { f: 'music', m: '把歌换成《怀念》，音量50%', on: 'rich', v: song('Remembrance', { volume: 0.5 }) },
  {
    f: 'text',
    m: '标题改成《第一支舞》',
    on: 'rich',
    v: { texts: [{ text: '第一支舞', role: 'title' }, { text: 'Day one' }], ...song('lo-fi.mp3') },
  },
  // "不要任何X", "没有任何X": none of it.
  { f: 'negation', m: '不要所有的转场', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: '没有任何转场，直接切', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: '不需要任何音乐', on: 'rich', v: { audio: [] } },
  { f: 'negation', m: '不要任何运动', v: moves3('static') },
  { f: 'negation', m: '不要任何文字', on: 'rich', v: { texts: [] } },
  { f: 'negation', m: '我不想要任何滤镜', before: ['黑白'], v: { look: 'none' } },
  // Asking what Joy can export is answered; asking for the export (or a change) is done.
  { f: 'question', m: '可以导出60帧吗？', same: true, reply: /导出60帧/ },
  { f: 'question', m: '支持4K吗？', same: true, reply: /导出4K/ },
  { f: 'question', m: '能不能导出gif', same: true, reply: /MP4/ },
  { f: 'question', m: '4K能导出吗', same: true },
  { f: 'question', m: '4K 导出可以吗？', on: 'five', same: true },
  { f: 'question', m: '导出可以选4K吗？', same: true },
  { f: 'question', m: 'could you render it at 60fps?', same: true, reply: /60 fps/ },
  { f: 'question', m: '能导出240帧吗', same: true, reply: /120/ },
  { f: 'question', m: 'can you export in 4K?', same: true, reply: /export in 4K/ },
  { f: 'question', m: 'does joy support 4K?', same: true },
  { f: 'question', m: 'what resolutions can you export?', same: true, reply: /2160p/ },
  { f: 'question', m: '最高能导出多少分辨率？', same: true, reply: /2160p/ },
  { f: 'format', m: '能把视频改成4K吗？', v: { width: 3840, height: 2160 } },
  { f: 'format', m: '导出 4K', route: 'export', v: { width: 3840 } },
  { f: 'format', m: 'can you export in 4K please', route: 'export', v: { width: 3840 } },
  { f: 'format', m: '能导出吗？', route: 'export' },
  // A style named as a kind of video, wherever it is said.
  {
    f: 'style',
    m: "our club's hype video, vertical",
    on: 'five',
    v: { aspect: '9:16', look: 'vivid', transitions: each(4, { kind: 'whip-pan' }) },
  },
  {
    f: 'style',
    m: 'swim meet highlight reel please',
    v: { look: 'vivid', transitions: each(2, { kind: 'whip-pan' }), audio: [{ source: 'Neon Pulse' }] },
  },

  // ─── Blind set 11's classes (English) ───
  // A complaint about a kind of transition or camera move ("not a fan of", "look cheesy", "making me dizzy")
  // takes it away; "straight from one photo to the next" is a hard cut; "X instead of Y" asks for X.
  {
    f: 'transition',
    m: 'the crossfades look kinda cheesy, can we go straight from one photo to the next?',
    on: 'five',
    v: cuts5('cut'),
  },
  { f: 'transition', m: 'honestly not a fan of the fades', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: "I'm not a big fan of the dissolves tbh", on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'these crossfades are so tacky', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'I hate the fades between the pictures', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'just jump straight from one photo to the next', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'just go from one photo straight to the next', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'can it just cut from one picture to another', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'the fades are giving me a headache', on: 'five', v: cuts5('cut') },
  {
    f: 'transition',
    m: 'the fades between photo 2 and 3 look cheesy',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'cut' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'motion',
    m: 'the zoom on the first photo looks bad',
    v: { photos: [{ motion: 'static' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  { f: 'transition', m: "I'm so over the crossfades", on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'no need for the dissolves', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'the blending between photos looks cheap', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: 'go directly from one picture to the next one', on: 'five', v: cuts5('cut') },
  {
    f: 'transition',
    m: 'the transitions feel dated, just cut from one pic to the next',
    on: 'five',
    v: cuts5('cut'),
  },
  { f: 'negation', m: "I don't hate it! just not loving the crossfades", on: 'five', v: cuts5('cut') },
  { f: 'negation', m: "I don't hate it!!", on: 'five', route: 'help', same: true },
  { f: 'negation', m: "it's not bad at all, the rest is fire", on: 'five', same: true },
  {
    f: 'multi',
    m: 'hard cuts instead of the crossfades, and make it vertical',
    on: 'five',
    v: { aspect: '9:16', ...cuts5('cut') },
  },
  { f: 'transition', m: 'wipes instead of crossfades', on: 'five', v: cuts5('wipe-left') },
  { f: 'transition', m: 'use cuts rather than fades', on: 'five', v: cuts5('cut') },
  { f: 'motion', m: 'zoom out instead of zoom in', v: moves3('zoom-out') },
  { f: 'format', m: 'square instead of widescreen', v: { aspect: '1:1' } },
  { f: 'motion', m: 'could the photos just not move at all?', v: moves3('static') },
  { f: 'motion', m: 'I want the pictures to not move', v: moves3('static') },
  { f: 'motion', m: 'make them not move at all please', v: moves3('static') },
  { f: 'motion', m: "the photos don't need to move", v: moves3('static') },
  { f: 'motion', m: "I don't want the pictures moving", v: moves3('static') },
  { f: 'motion', m: 'the photos moving around is giving me a headache', v: moves3('static') },
  { f: 'motion', m: 'the zooming is making me dizzy, can they just stay put', v: moves3('static') },
  { f: 'motion', m: 'the zoom makes me feel a bit sick', v: moves3('static') },
  { f: 'motion', m: 'not a fan of the zooming tbh', v: moves3('static') },
  {
    f: 'history',
    m: 'I know I said I liked the zoom earlier but it makes me dizzy now, no movement please',
    v: moves3('static'),
  },
  { f: 'history', m: 'I liked the zoom at first but can we try panning left instead', v: moves3('pan-left') },
  {
    f: 'history',
    m: 'I loved the crossfades before, but could we go to hard cuts',
    on: 'five',
    v: cuts5('cut'),
  },
  // The music's level said relative to what it is: "half as loud", "twice as loud", "20% quieter", "by half".
  { f: 'music', m: 'could the music be half as loud?', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  { f: 'music', m: 'make the song a third as loud', on: 'rich', v: song('lo-fi.mp3', { volume: 0.33 }) },
  {
    f: 'music',
    m: 'music twice as loud please',
    on: 'rich',
    before: ['music at 40%'],
    v: song('lo-fi.mp3', { volume: 0.8 }),
  },
  {
    f: 'music',
    m: 'music 50% quieter',
    on: 'rich',
    before: ['music at 80%'],
    v: song('lo-fi.mp3', { volume: 0.4 }),
  },
  { f: 'music', m: 'turn the music down by 20%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.8 }) },
  { f: 'music', m: 'lower the music volume 20%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.8 }) },
  {
    f: 'music',
    m: 'lower it to 20 percent',
    on: 'rich',
    before: ['music at 50%'],
    v: song('lo-fi.mp3', { volume: 0.2 }),
  },
  {
    f: 'music',
    m: 'song 25% louder',
    on: 'rich',
    before: ['music at 40%'],
    v: song('lo-fi.mp3', { volume: 0.5 }),
  },
  { f: 'music', m: 'cut the music volume in half', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  {
    f: 'music',
    m: "the music's too loud, cut it in half",
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.5 }),
  },
  {
    f: 'music',
    m: 'can you make the music like half as loud',
    on: 'rich',
    before: ['music at 60%'],
    v: song('lo-fi.mp3', { volume: 0.3 }),
  },
  {
    f: 'music',
    m: 'halve the music',
    on: 'rich',
    v: { durationMs: 7400, ...song('lo-fi.mp3', { volume: 0.5 }) },
  },
  {
    f: 'music',
    m: 'double the volume of the song',
    on: 'rich',
    before: ['music at 30%'],
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  {
    f: 'music',
    m: '音乐音量加倍',
    on: 'rich',
    before: ['音乐音量30%'],
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  { f: 'music', m: '背景音乐音量降低20%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.8 }) },
  // A question among chit-chat ("new here, what are the motion options? not changing anything yet") answers.
  {
    f: 'question',
    m: 'hi! first time using this. what are the transition options?',
    on: 'five',
    route: 'help',
    same: true,
  },
  {
    f: 'question',
    m: "just curious, what kinds of looks are there? don't change anything yet",
    route: 'help',
    same: true,
  },
  { f: 'question', m: 'what motion options do I have? just asking for now', route: 'help', same: true },
  { f: 'question', m: "I'm just browsing. which transitions can I pick from?", route: 'help', same: true },
  { f: 'question', m: 'not editing yet, but what filters are available?', route: 'help', same: true },
  {
    f: 'question',
    m: 'love it so far! which transitions can I choose from?',
    on: 'five',
    route: 'help',
    same: true,
  },
  // Photos named in a row are their order: "put them in that order", "the order should be …", "X first, then Y".
  {
    f: 'order',
    m: 'we began downtown, then walked through the woods and finished at the beach - can you put them in that order?',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'put them in this order: forest, beach, city',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'the order should be city, forest, beach',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'city first, then the woods, then the beach',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'start with the forest, then the beach, then the city',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'forest → city → beach',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'sunset first, then the city one, then the beach',
    on: 'five',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'city.jpg' },
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '按这个顺序排：森林、海边、城市',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: '先放城市，再放森林，最后海边',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'multi',
    m: 'make the beach photo 5 seconds, then zoom out on the city one',
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 5000 },
        { source: 'city.jpg', motion: 'zoom-out' },
        { source: 'forest.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'forest, then city, then beach',
    on: 'five',
    v: {
      photos: [
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'beach.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    f: 'motion',
    m: 'zoom in on the beach, then the city',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  { f: 'question', m: 'the story is about our trip to the coast', same: true },
  {
    f: 'order',
    m: 'can the order be beach, forest, city',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'order',
    m: 'I want city, then forest, then beach',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'it should go city, forest, beach',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'reorder: forest, city, beach',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'first we went into town, then the forest, and we ended the day at the beach. please order them like that',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'the city pic should come first, then the forest one, then the beach',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  { f: 'create', m: 'just throw my pics together', on: 'empty', route: 'create' },
  {
    f: 'create',
    m: 'string these photos together for me, 3 seconds each',
    on: 'empty',
    v: { photos: each(5, { durationMs: 3000 }) },
  },
  // A length after "no transitions" is the photos' (there is no transition left to have one).
  {
    f: 'create',
    m: 'make a video, no transitions, 2 seconds per photo',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2000 }), transitions: each(4, { kind: 'cut' }) },
  },
  {
    f: 'create',
    m: 'slideshow with hard cuts, 1.5 sec each',
    on: 'empty',
    v: { photos: each(5, { durationMs: 1500 }), transitions: each(4, { kind: 'cut' }) },
  },
  {
    f: 'length',
    m: 'no transitions, 2 sec each',
    on: 'five',
    v: { photos: each(5, { durationMs: 2000 }), ...cuts5('cut') },
  },
  {
    f: 'length',
    m: 'no fades, 2 seconds each',
    on: 'five',
    v: { photos: each(5, { durationMs: 2000 }), ...cuts5('cut') },
  },
  // A photo named by the day it was taken (city 1 July, forest 2 July, beach 3 July).
  {
    f: 'reference',
    m: 'remove the photo from July 2',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: 'delete the one taken on 3rd July',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'put the july 1st one first',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'the photo from july 3rd should be last',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  { f: 'reference', m: 'remove the pic from july 9th', same: true },
  {
    f: 'reference',
    m: 'some of these are blurry and there is a duplicate, clean that up',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: 'I see a blurry one and a double of the beach, can you delete them',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: 'remove the one I took on july 2',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: '删掉7月1号拍的那张',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  { f: 'text', m: 'add a title July 1st', v: { texts: [{ text: 'July 1st', role: 'title' }] } },
  // Flaws described, then "get rid of those": the photos analysis flagged for them.
  {
    f: 'reference',
    m: 'one of the photos is blurry and I uploaded the beach one twice, remove those',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: "oops there's a duplicate in there and a blurry shot too, can you take them out",
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    f: 'reference',
    m: 'I accidentally added the same pic twice, get rid of it',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'the beach pic is in there twice, delete the extra one',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'the second photo is blurry, remove it',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'beach-2.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    f: 'reference',
    m: 'looks like one of them is out of focus. can you remove it?',
    on: 'flagged',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'beach-2.jpg' }] },
  },
  // Things photos cannot do, and common words a slip away from a keyword ("tail" is not "tall"): nothing changes.
  { f: 'question', m: 'make the dog wag its tail', on: 'things', same: true },
  { f: 'question', m: 'can the astronaut wave at the camera', on: 'things', same: true },
  { f: 'format', m: "it's for my story", v: { aspect: '9:16' } },
  { f: 'format', m: 'story format please', v: { aspect: '9:16' } },
  // Editors' words and second-language phrasing (blind set 12): "tighten" the thing named, a lower third
  // or name tag is that text style, "b-roll" is a photo, "keep X but …" leaves X alone, "5 second" is a length.
  {
    f: 'transition',
    m: 'the fades drag, tighten them to 0.3s',
    on: 'five',
    v: { ...cuts5('crossfade', 300), durationMs: 13_800 },
  },
  {
    f: 'transition',
    m: 'tighten the crossfades to 0.4s',
    on: 'rich',
    v: { ...cuts3('crossfade', 400), durationMs: 8200 },
  },
  {
    f: 'transition',
    m: 'the fades are dragging, make them 0.4s',
    on: 'rich',
    v: { ...cuts3('crossfade', 400), durationMs: 8200 },
  },
  {
    f: 'transition',
    m: 'tighten up the transitions',
    on: 'rich',
    v: { ...cuts3('crossfade', 500), durationMs: 8000 },
  },
  { f: 'transition', m: 'tighter transitions please', on: 'five', v: cuts5('crossfade', 500) },
  {
    f: 'transition',
    m: 'the dissolves drag on, shrink them to half a second',
    on: 'rich',
    v: { ...cuts3('crossfade', 500), durationMs: 8000 },
  },
  {
    f: 'text',
    m: "add a lower-third saying 'Chef Ana' on photo 1",
    v: { texts: [{ text: 'Chef Ana', role: 'caption', style: 'lower-third', startMs: 0 }] },
  },
  {
    f: 'text',
    m: "name tag 'Mia, 28' on the first photo",
    v: { texts: [{ text: 'Mia, 28', style: 'lower-third', startMs: 0 }] },
  },
  {
    f: 'text',
    m: "a lower 3rd 'Mia · Lisbon' on photo 2",
    on: 'five',
    v: { texts: [{ text: 'Mia · Lisbon', style: 'lower-third', startMs: 2200 }] },
  },
  {
    f: 'text',
    m: 'put a name tag on photo 3 that says Mia',
    on: 'five',
    v: { texts: [{ text: 'Mia', style: 'lower-third', startMs: 4400 }] },
  },
  {
    f: 'text',
    m: 'put a caption on photo 3 that says Mia',
    v: { texts: [{ text: 'Mia', style: 'clean', startMs: 6000 }] },
  },
  {
    f: 'text',
    m: 'turn the caption into a name tag',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'clean' },
        { text: 'Day one', style: 'lower-third' },
      ],
    },
  },
  {
    f: 'order',
    m: 'the forest shot should be in the middle',
    v: { photos: src3('beach', 'forest', 'city') },
  },
  { f: 'order', m: 'put the beach pic in the middle', v: { photos: src3('city', 'beach', 'forest') } },
  { f: 'order', m: 'forest in the middle', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'order', m: 'move the forest snap to the middle', v: { photos: src3('beach', 'forest', 'city') } },
  {
    f: 'order',
    m: 'the sunset b-roll belongs in the middle',
    on: 'five',
    v: {
      photos: ['beach', 'city', 'sunset', 'forest', 'party night'].map((name) => ({ source: `${name}.jpg` })),
    },
  },
  {
    f: 'negation',
    m: 'keep the texts and remove the bgm',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: 'the titles can stay but remove the song',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: 'leave the words alone but lose the soundtrack',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: 'keep the captions and titles, drop the music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: 'keep the title and the music but remove the caption',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }], ...song('lo-fi.mp3') },
  },
  { f: 'negation', m: 'texts stay, music goes', on: 'rich', v: { audio: [], texts: [{}, {}] } },
  {
    f: 'multi',
    m: 'bring the photo number 2 to first and make it 4 second',
    v: {
      photos: [
        { source: 'city.jpg', durationMs: 4000 },
        { source: 'beach.jpg', durationMs: 3000 },
        { source: 'forest.jpg', durationMs: 3000 },
      ],
    },
  },
  {
    f: 'length',
    m: 'make photo 2 4 second',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  { f: 'length', m: 'make the video 12 second', v: len(12_000) },
  { f: 'order', m: 'put photo 3 second', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'length', m: 'make more long the photos to 5 s', v: photos3(5000) },
  { f: 'length', m: 'make the pictures 2 seconds', v: photos3(2000) },
  { f: 'length', m: 'the photos should be 20 seconds', v: len(20_000) },
  {
    f: 'multi',
    m: 'set the photos to 4 s and the transitions crossfade',
    v: { ...photos3(4000), ...cuts3('crossfade') },
  },
  { f: 'music', m: 'the music more quiet please', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'transition', m: 'make more short the transitions', on: 'rich', v: cuts3('crossfade', 500) },
  { f: 'text', m: 'the title more big', on: 'rich', v: { texts: [{ text: 'Road Trip', size: 1.8 }, {}] } },
  // A hype montage, slideshow or clip is the social style.
  ...[
    'make a hype montage',
    'turn my pics into a hype montage',
    'quick hype montage from these',
    'make a hype slideshow from my pics',
  ].map(
    (m): CorpusCase => ({
      f: 'create',
      m,
      on: 'empty',
      route: 'create',
      v: { photos: each(5, { durationMs: 1500 }), look: 'vivid', audio: [{ source: 'Neon Pulse' }] },
    }),
  ),
  {
    f: 'create',
    m: 'make a montage out of my pics',
    on: 'empty',
    route: 'create',
    v: { look: 'none', audio: [] },
  },
  // A photo named by its shape ("the vertical photo", "the square one") is that photo, not a format.
  {
    f: 'reference',
    m: 'the portrait one goes last',
    v: { photos: src3('beach', 'forest', 'city'), aspect: '16:9' },
  },
  {
    f: 'reference',
    m: 'move the tall pic to the end',
    v: { photos: src3('beach', 'forest', 'city'), aspect: '16:9' },
  },
  {
    f: 'reference',
    m: 'make the vertical photo 5 seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }], aspect: '16:9' },
  },
  {
    f: 'reference',
    m: 'zoom out on the vertical photo',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }], aspect: '16:9' },
  },
  { f: 'reference', m: '竖的那张放最后', v: { photos: src3('beach', 'forest', 'city'), aspect: '16:9' } },
  {
    f: 'reference',
    m: 'the square pic opens the video',
    on: 'five',
    v: { photos: src5('party night', 'beach', 'city', 'forest', 'sunset'), aspect: '16:9' },
  },
  {
    f: 'reference',
    m: 'start the video with the square one',
    on: 'five',
    v: { photos: src5('party night', 'beach', 'city', 'forest', 'sunset'), aspect: '16:9' },
  },
  {
    f: 'reference',
    m: 'the wide one should close the video',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'party night', 'sunset') },
  },
  { f: 'format', m: 'make it a square one', on: 'five', v: { aspect: '1:1' } },
  { f: 'format', m: 'a vertical video please', v: { aspect: '9:16' } },
  // "the X one, hold it 4s": the photo named first is what "it" is.
  {
    f: 'reference',
    m: 'the dog pic, give it 5 seconds',
    on: 'things',
    v: { photos: [3000, 3000, 3000, 3000, 5000].map((durationMs) => ({ durationMs })) },
  },
  {
    f: 'reference',
    m: 'photo 3, hold it for 4 seconds',
    on: 'things',
    v: { photos: [3000, 3000, 4000, 3000, 3000].map((durationMs) => ({ durationMs })) },
  },
  {
    f: 'reference',
    m: 'the rocket one should stay 4s',
    on: 'things',
    v: { photos: [3000, 3000, 3000, 4000, 3000].map((durationMs) => ({ durationMs })) },
  },
  {
    f: 'reference',
    m: 'the chelsea photo, hold on it for 5s',
    on: 'things',
    v: { photos: [3000, 5000, 3000, 3000, 3000].map((durationMs) => ({ durationMs })) },
  },
  { f: 'length', m: 'hold it at 9s', on: 'things', v: len(9000) },
  // The oldest or newest photo is one photo; "oldest first" is still a sort.
  { f: 'reference', m: 'the oldest one first', v: { photos: src3('city', 'beach', 'forest') } },
  { f: 'reference', m: 'put the oldest pic at the start', v: { photos: src3('city', 'beach', 'forest') } },
  { f: 'reference', m: 'the latest photo goes last', v: { photos: src3('city', 'forest', 'beach') } },
  { f: 'reference', m: 'move the earliest shot to the end', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'order', m: 'oldest photo first', v: { photos: src3('city', 'forest', 'beach') } },
  { f: 'order', m: 'sort them oldest first', v: { photos: src3('city', 'forest', 'beach') } },
  // ── hurried phone phrasing ────────────────────────────────────────────────────────────────────────
  // Typos of the key words ("foto", "faed", "fde", "trasnition", "musci", "tittle", "pix").
  {
    f: 'length',
    m: 'make the second foto 5 secs',
    v: { photos: [len(3000), len(5000), len(3000)], durationMs: 11_000 },
  },
  { f: 'length', m: 'fotos 4secs each', v: { ...photos3(4000), durationMs: 12_000 } },
  { f: 'length', m: 'pix 2 sec each', v: photos3(2000) },
  { f: 'transition', m: 'add a fde between the fotos', v: cuts3('crossfade') },
  { f: 'transition', m: 'put a faed between the pics', v: cuts3('crossfade') },
  { f: 'transition', m: 'trasnitions to wipes', v: cuts3('wipe-left') },
  { f: 'music', m: 'add some musci', v: song('Lo-fi Drift') },
  { f: 'text', m: 'add a tittle "Summer"', v: { texts: [{ text: 'Summer', role: 'title' }] } },
  // Filler words change nothing and block nothing ("um", "i guess", "kinda", "lol", "嗯", "呃", "那个", "就是").
  { f: 'length', m: 'make it like um 10 seconds i guess', v: len(10_000) },
  { f: 'text', m: 'like make the title "Hi" lol', v: { texts: [{ text: 'Hi', role: 'title' }] } },
  { f: 'look', m: 'uh make it kinda black and white lol', v: { look: 'black-and-white' } },
  { f: 'order', m: 'um swap photo 1 and 2 plz', v: { photos: src3('city', 'beach', 'forest') } },
  { f: 'length', m: '嗯 那个，每张2秒', v: photos3(2000) },
  { f: 'format', m: '呃，就是，改成竖屏', v: { aspect: '9:16' }, reply: /^(?!.*没看懂)/ },
  { f: 'length', m: '额 视频改成12秒', v: len(12_000), reply: /^(?!.*没看懂)/ },
  // 在 typed for 再: the step again.
  {
    f: 'music',
    m: '在小声一点',
    on: 'rich',
    before: ['音乐小声一点'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.36 }] },
  },
  {
    f: 'length',
    m: '在长一点',
    on: 'five',
    before: ['第二张长一点'],
    v: { photos: [len(3000), len(5350), len(3000), len(3000), len(3000)] },
  },
  { f: 'length', m: '在快一点', v: len(6750) },
  { f: 'order', m: '把第二张放在最后', v: { photos: src3('beach', 'forest', 'city') } },
  // "again", "再来一次", "same again": the last step once more.
  { f: 'history', m: '再来一次', before: ['make it longer'], v: len(16_000) },
  { f: 'history', m: 'same again', before: ['make it longer'], v: len(16_000) },
  {
    f: 'history',
    m: 'again pls',
    on: 'rich',
    before: ['make the music quieter'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.36 }] },
  },
  {
    f: 'history',
    m: 'one more time',
    on: 'five',
    before: ['make photo 2 longer'],
    v: { photos: [len(3000), len(5350), len(3000), len(3000), len(3000)] },
  },
  // "keep the same length" beside another edit keeps the total.
  {
    f: 'multi',
    m: 'add crossfades and keep the same length',
    v: { ...cuts3('crossfade'), durationMs: 9000 },
  },
  {
    f: 'multi',
    m: '加转场，保持总长不变',
    v: { ...cuts3('crossfade'), durationMs: 9000 },
    reply: /^(?!.*没看懂)/,
  },
  {
    f: 'multi',
    m: 'make photo 2 5 seconds and keep the same total length',
    v: { durationMs: 9000 },
    reply: /^(?!.*didn't understand)/,
  },
  // "make them all equal", "每张一样长": every photo the same length, the total kept.
  {
    f: 'length',
    m: 'make them all equal',
    before: ['make the first photo 5 seconds'],
    v: { photos: [len(3667), len(3667), len(3666)], durationMs: 11_000 },
  },
  {
    f: 'length',
    m: '每张一样长',
    before: ['make the first photo 5 seconds'],
    v: { photos: [len(3667), len(3667), len(3666)], durationMs: 11_000 },
  },
  {
    f: 'length',
    m: 'all the same length',
    before: ['make the first photo 4 seconds'],
    v: { photos: [len(3333), len(3333), len(3334)], durationMs: 10_000 },
  },
  {
    f: 'length',
    m: '时长统一',
    on: 'five',
    before: ['第一张5秒'],
    v: { photos: each(5, len(3400)), durationMs: 13_800 },
  },
  {
    f: 'length',
    m: 'same length for every photo pls',
    on: 'five',
    before: ['make the first photo 5 seconds'],
    v: { photos: each(5, len(3400)), durationMs: 13_800 },
  },
  // A level after which way the music goes is its volume: "lower 50", "音量低一点 50" ("lower the title" moves it).
  { f: 'music', m: 'lower 50', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] } },
  { f: 'music', m: 'volume lower, 50', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] } },
  { f: 'music', m: 'music lower 30', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] } },
  { f: 'music', m: '音量低一点 50', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] } },
  { f: 'music', m: '声音小点 40', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] } },
  {
    f: 'text',
    m: 'lower the title',
    on: 'rich',
    v: {
      audio: [{ volume: 1 }],
      texts: [{ text: 'Road Trip', position: 'lower-third' }, { text: 'Day one' }],
    },
  },
  // The words on a photo are its caption: "第二张上面的字", "the text on the second photo", "the words on photo 2".
  { f: 'text', m: '第二张上面的字去掉', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    f: 'text',
    m: '把第二张上面的字改成"第二天"',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: '第二天' }] },
  },
  {
    f: 'text',
    m: 'move the text on the second photo to the top',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    f: 'text',
    m: 'the words on photo 2 say "Day two"',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day two' }] },
  },
  // Polite moves.
  {
    f: 'order',
    m: 'could you please move the last photo to the front',
    v: { photos: src3('forest', 'beach', 'city') },
  },
  { f: 'order', m: '能不能把最后一张放到最前面', v: { photos: src3('forest', 'beach', 'city') } },
  { f: 'order', m: 'can u swap 1 and 2 pls', v: { photos: src3('city', 'beach', 'forest') } },
  {
    f: 'order',
    m: 'would you mind moving photo 3 to the start',
    v: { photos: src3('forest', 'beach', 'city') },
  },
  { f: 'order', m: 'do u mind swapping the first two', v: { photos: src3('city', 'beach', 'forest') } },
  // A neighbour photo, then a number: "the one before that, 2s", "下一张也5秒".
  {
    f: 'reference',
    m: 'the one before that, 2s',
    on: 'five',
    before: ['make the third photo 5s'],
    v: { photos: [len(3000), len(2000), len(5000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'the one after it 4 seconds',
    on: 'five',
    before: ['make the second photo 5 seconds'],
    v: { photos: [len(3000), len(5000), len(4000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: '下一张也5秒',
    on: 'five',
    before: ['第二张5秒'],
    v: { photos: [len(3000), len(5000), len(5000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: '上一张，2秒',
    on: 'five',
    before: ['第三张5秒'],
    v: { photos: [len(3000), len(2000), len(5000), len(3000), len(3000)] },
  },
  // "the other way", "反方向", "反过来" after a move or slide that goes one way: turned round.
  { f: 'motion', m: 'the other way', before: ['pan left on all photos'], v: moves3('pan-right') },
  {
    f: 'motion',
    m: '反过来',
    before: ['pan left on all photos'],
    v: { ...moves3('pan-right'), photos: src3('beach', 'city', 'forest') },
  },
  { f: 'transition', m: '反方向', before: ['slide transitions'], v: cuts3('slide-right') },
  { f: 'transition', m: 'other direction pls', before: ['wipe left between them'], v: cuts3('wipe-right') },
  { f: 'motion', m: 'the other way', before: ['zoom in on the photos'], v: moves3('zoom-out') },
  {
    f: 'order',
    m: 'reverse the order',
    before: ['pan left on all photos'],
    v: { photos: src3('forest', 'city', 'beach') },
  },
  // A shape refused: back to 16:9 when the video has it, else it says the video is not so already.
  { f: 'format', m: '不要竖屏', before: ['make it vertical'], v: { aspect: '16:9' } },
  { f: 'format', m: 'not vertical', before: ['make it vertical'], v: { aspect: '16:9' } },
  { f: 'format', m: 'no portrait', before: ['make it vertical'], v: { aspect: '16:9' } },
  { f: 'format', m: '不要方的', before: ['make it square'], v: { aspect: '16:9' } },
  { f: 'format', m: "i don't want it vertical", v: { aspect: '16:9' }, reply: /^Already so/ },
  { f: 'format', m: 'not vertical pls', before: ['make it vertical'], v: { aspect: '16:9' } },
  // Undo one named change, not the last step; "put it back" restores what was removed.
  {
    f: 'history',
    m: 'undo the black and white',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'none', aspect: '9:16' },
  },
  { f: 'history', m: '把黑白去掉', before: ['黑白', '竖屏'], v: { look: 'none', aspect: '9:16' } },
  {
    f: 'history',
    m: 'undo the filter',
    before: ['make it black and white', 'make it vertical'],
    v: { look: 'none', aspect: '9:16' },
  },
  {
    f: 'history',
    m: 'undo the vertical',
    before: ['make it vertical', 'make it black and white'],
    v: { look: 'black-and-white', aspect: '16:9' },
  },
  { f: 'history', m: '撤销黑白', before: ['黑白', '竖屏'], v: { look: 'none', aspect: '9:16' } },
  {
    f: 'history',
    m: 'remove the music I added',
    on: 'rich',
    before: ['make it vertical'],
    v: { audio: [], aspect: '9:16' },
  },
  { f: 'history', m: 'put it back', on: 'rich', before: ['remove the music'], v: song('lo-fi.mp3') },
  {
    f: 'history',
    m: '加回去',
    on: 'rich',
    before: ['remove the title'],
    v: { texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }] },
  },
  // "that one" after a question names the photo asked about.
  {
    f: 'reference',
    m: 'make that one longer',
    on: 'five',
    before: ["what's the second photo?"],
    v: { photos: [len(3000), len(4000), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: '那张长一点',
    on: 'five',
    before: ['第二张是什么？'],
    v: { photos: [len(3000), len(4000), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'remove that one',
    on: 'five',
    before: ['which one is the third photo?'],
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  // 整一个 / 安排 / 来个 a video: made, or styled.
  { f: 'create', m: '给我整一个旅行视频', on: 'empty', v: { photos: each(5, len(2500)), look: 'warm' } },
  { f: 'create', m: '安排一个生日视频', on: 'empty', v: { photos: each(5, len(2200)), look: 'vivid' } },
  { f: 'style', m: '搞一个婚礼风格的', v: { photos: each(3, len(4000)), look: 'matte' } },
  // "don't make it black and white" on a video that is not: it says so; "the next one" past the last photo.
  { f: 'negation', m: "don't make it black and white", v: { look: 'none' }, reply: /^Already so/ },
  {
    f: 'negation',
    m: 'dont make it black and white',
    before: ['make it warm'],
    v: { look: 'warm' },
    reply: /^Already so/,
  },
  {
    f: 'reference',
    m: 'the next one 2s',
    before: ['make the last photo 4s'],
    same: true,
    route: 'unsupported',
    reply: /no next photo/,
  },
  {
    f: 'reference',
    m: '下一张也4秒',
    before: ['最后一张4秒'],
    same: true,
    route: 'unsupported',
    reply: /没有下一张/,
  },
  // Self-corrections: a correction marker in one message ("no wait", "actually", "I mean", "sorry", "or
  // rather", 不对, 哦不, 呃不, 算了, 我说的是) before a thing of the same kind as one said before it: the later
  // one wins and the earlier one is dropped (it is not done and not reported).
  { f: 'length', m: 'make each photo 4 seconds, no wait, 5', v: photos3(5000) },
  { f: 'length', m: 'each photo 3s no actually 4s', v: photos3(4000) },
  { f: 'length', m: 'make it 3s no actually 4s', v: len(4000) },
  { f: 'length', m: 'make it 12s no actually 15s', v: len(15_000) },
  { f: 'length', m: 'make it 20 seconds, sorry, 25 seconds', v: len(25_000), reply: /^(?!.*20s)/ },
  { f: 'length', m: 'make it 15 seconds no sorry 20', v: len(20_000) },
  { f: 'length', m: 'each photo 3 seconds, no, make it 4', v: photos3(4000) },
  {
    f: 'length',
    m: 'first photo 2 seconds... wait no, 2.5',
    v: { photos: [{ durationMs: 2500 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'transition',
    m: 'crossfade, no, actually a wipe',
    v: { transitions: each(2, { kind: /^wipe-/ }) },
    reply: /^(?!.*[Cc]rossfade)/,
  },
  { f: 'transition', m: 'use wipes — actually, crossfades', v: cuts3('crossfade') },
  {
    f: 'transition',
    m: 'make the first transition a wipe, no, the second',
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }] },
  },
  { f: 'motion', m: 'zoom in, I mean zoom out', v: moves3('zoom-out') },
  { f: 'motion', m: 'pan left, I mean pan right', v: moves3('pan-right') },
  {
    f: 'motion',
    m: 'pan left on photo 1, no, photo 2',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'zoom out on the first photo, sorry, the last one',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  { f: 'text', m: "title 'Tokyo' — sorry, 'Kyoto'", v: { texts: [{ role: 'title', text: 'Kyoto' }] } },
  { f: 'text', m: "add a title 'Paris', I mean 'Rome'", v: { texts: [{ role: 'title', text: 'Rome' }] } },
  {
    f: 'text',
    m: "title 'Hi', no wait, 'Hello' at the top",
    v: { texts: [{ role: 'title', text: 'Hello', position: 'top' }] },
  },
  {
    f: 'text',
    m: 'move the title to the top, I mean the caption',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', position: 'center' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  { f: 'look', m: 'scratch that, make it black and white', v: { look: 'black-and-white' } },
  { f: 'look', m: 'warm look... actually cool', v: { look: 'cool' }, reply: /^(?!.*[Ww]arm)/ },
  { f: 'look', m: 'black and white, no wait, vintage', v: { look: 'vintage' } },
  {
    f: 'reference',
    m: 'make the second photo longer, or rather the third',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'reference',
    m: 'make photo 2 longer, no, photo 3',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'reference',
    m: 'make the second one longer no the third one',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'reference',
    m: 'make photo 2 5 seconds, no, I meant photo 3',
    v: { durationMs: 11_000, photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'reference',
    m: 'make photo 1 3 seconds, wait, photo 2 4 seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  { f: 'reference', m: 'delete the first photo, I mean the second', v: { photos: src3('beach', 'forest') } },
  { f: 'format', m: '9:16 no 4:5', v: { aspect: '4:5' } },
  { f: 'format', m: 'make it 16:9 no wait 1:1', v: { aspect: '1:1' } },
  { f: 'format', m: 'make it vertical, no wait, square', v: { aspect: '1:1' } },
  { f: 'music', m: 'music at 40% no 20%', on: 'rich', v: { audio: [{ volume: 0.2 }] } },
  {
    f: 'music',
    m: 'add music at 50% and zoom out, sorry, 30%',
    v: { audio: [{ volume: 0.3 }], ...moves3('zoom-out') },
  },
  { f: 'length', m: '每张4秒，不对，5秒', v: photos3(5000) },
  { f: 'length', m: '每张4秒，不是，5秒', v: photos3(5000) },
  { f: 'length', m: '每张3秒，算了，4秒吧', v: photos3(4000) },
  { f: 'length', m: '总时长12秒，不对，15秒', v: len(15_000) },
  {
    f: 'reference',
    m: '第二张，不对，第三张放慢点',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  { f: 'reference', m: '不是第一张，我说的是第二张删掉', v: { photos: src3('beach', 'forest') } },
  { f: 'reference', m: '第一张删掉，不对，是最后一张', v: { photos: src3('beach', 'city') } },
  { f: 'reference', m: '把第二张删掉，哦不对，第三张', v: { photos: src3('beach', 'city') } },
  {
    f: 'reference',
    m: '不是标题，我说的是字幕',
    on: 'rich',
    before: ['标题放到顶部'],
    v: {
      texts: [
        { role: 'title', position: 'center' },
        { role: 'caption', position: 'top' },
      ],
    },
  },
  {
    f: 'text',
    m: '字幕放到顶部，我是说标题',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', position: 'top' },
        { role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    f: 'text',
    m: '加个标题「东京」，不对，「京都」',
    v: { texts: [{ role: 'title', text: '京都' }] },
    reply: /^(?!.*东京)/,
  },
  {
    f: 'text',
    m: '标题改成「东京」，不对，是「京都」',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', text: '京都' },
        { role: 'caption', text: 'Day one' },
      ],
    },
  },
  { f: 'transition', m: '改成擦除吧，算了还是叠化', v: cuts3('crossfade') },
  { f: 'transition', m: '转场用叠化，不对，用擦除', v: { transitions: each(2, { kind: /^wipe-/ }) } },
  { f: 'look', m: '暖色，呃不，冷色', v: { look: 'cool' }, reply: /^(?!.*暖)/ },
  { f: 'look', m: '黑白，不对，复古', v: { look: 'vintage' } },
  {
    f: 'motion',
    m: '第一张放大，不对，缩小',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  { f: 'format', m: '横屏，哦不，竖屏', on: 'rich', before: ['改成方形'], v: { aspect: '9:16' } },
  { f: 'format', m: '9:16 不对 1:1', v: { aspect: '1:1' } },
  { f: 'format', m: '改成9:16，不对不对，1:1', v: { aspect: '1:1' } },
  { f: 'music', m: '音量调到50%，不对，30%', on: 'rich', v: { audio: [{ volume: 0.3 }] } },
  // Guards: "no", "not", 不要, 不对劲 that refuse or negate are no corrections.
  { f: 'negation', m: 'no transitions', on: 'five', v: cuts5('cut') },
  { f: 'negation', m: 'no text please', on: 'rich', v: { texts: [] } },
  { f: 'negation', m: "no, don't add music", same: true },
  { f: 'negation', m: 'add some music, not too loud', v: { audio: [{ volume: 0.6 }] } },
  {
    f: 'negation',
    m: "no, don't change the aspect, just make it 10 seconds",
    v: { durationMs: 10_000, aspect: '16:9' },
  },
  { f: 'negation', m: '不要音乐', on: 'rich', v: { audio: [] } },
  {
    f: 'negation',
    m: '转场有点不对劲，换成擦除',
    on: 'five',
    v: { transitions: each(4, { kind: /^wipe-/ }) },
  },
  { f: 'negation', m: '画面对不对称无所谓，改成竖屏', v: { aspect: '9:16' } },
  {
    f: 'history',
    m: "no no no, that's wrong, undo",
    before: ['make it black and white'],
    route: 'undo',
    v: { look: 'none' },
  },
  {
    f: 'reference',
    m: 'no, I meant the whole video 12 seconds',
    before: ['make photo 2 5 seconds'],
    v: len(12_000),
  },
  {
    f: 'negation',
    m: 'make it 10 seconds, actually no transitions',
    on: 'five',
    v: { durationMs: 10_000, ...cuts5('cut') },
  },
  {
    f: 'negation',
    m: '每张4秒，不要转场',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), ...cuts5('cut') },
  },
  { f: 'negation', m: 'crossfades, not wipes', v: cuts3('crossfade') },
  {
    f: 'negation',
    m: 'make it black and white, no music',
    on: 'rich',
    v: { look: 'black-and-white', audio: [] },
  },
  {
    f: 'negation',
    m: 'zoom in on photo 2, actually photo 1 too',
    on: 'five',
    before: ['zoom out'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }, {}, {}] },
  },
  {
    f: 'negation',
    m: 'make it 10 seconds. sorry, 2 more things: add music and make it warm',
    v: { durationMs: 10_000, look: 'warm' },
  },
  {
    f: 'negation',
    m: 'make photo 1 5 seconds and add a title, sorry, photo 2 zoom out',
    v: { photos: [{ durationMs: 5000 }, { motion: 'zoom-out' }, {}] },
  },
  // ── scope, complaints, from-to, create with extras ──────────────────────────────────────────────
  // A refused edit asks for nothing; what follows it is the request (the thing it named stays the subject).
  {
    f: 'negation',
    m: "don't flip the order, just put the city one last",
    v: { photos: src3('beach', 'forest', 'city') },
  },
  {
    f: 'negation',
    m: "don't shuffle anything, only swap 1 and 3",
    v: { photos: src3('forest', 'city', 'beach') },
  },
  { f: 'negation', m: '别倒序，只把第三张放最前面', v: { photos: src3('forest', 'beach', 'city') } },
  { f: 'negation', m: '不要打乱 把第一张和第二张换一下', v: { photos: src3('city', 'beach', 'forest') } },
  {
    f: 'negation',
    m: "don't remove the music, just make it quieter",
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  { f: 'negation', m: '不要把音乐删了，小声一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  {
    f: 'negation',
    m: "don't crop, just make it square",
    v: { aspect: '1:1', photos: each(3, { fit: 'color' }) },
  },
  { f: 'negation', m: 'never delete photos, make each one 2 seconds', v: photos3(2000) },
  { f: 'negation', m: '别删照片 每张改成2秒', v: photos3(2000) },
  {
    f: 'negation',
    m: "don't speed it up, just add a title 'Hi'",
    v: { durationMs: 9000, texts: [{ text: 'Hi' }] },
  },
  {
    f: 'negation',
    m: "don't put the caption at the bottom, put it at the top",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    f: 'negation',
    m: '标题别放中间，放底部',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  // "only on photo 1", "just the first one", "只有第一张": the edit, or what comes back, only there.
  {
    f: 'motion',
    m: 'bring the motion back, just the first one',
    before: ['make all photos static'],
    v: { photos: ['zoom-in', 'static', 'static'].map((motion) => ({ motion })) },
  },
  {
    f: 'motion',
    m: '把第二张的动效加回来',
    before: ['make all photos static'],
    v: { photos: ['static', 'zoom-in', 'static'].map((motion) => ({ motion })) },
  },
  {
    f: 'motion',
    m: 'put the zoom back on the last photo only',
    before: ['make all photos static'],
    v: { photos: ['static', 'static', 'zoom-in'].map((motion) => ({ motion })) },
  },
  // An annoyed question before a request asks for the request; an annoyed opener is no question.
  { f: 'length', m: 'why is the video so short?? make it 12 seconds', v: len(12000) },
  { f: 'length', m: '为什么这么快？每张改成4秒', v: photos3(4000) },
  { f: 'format', m: '怎么还是横屏的？改成竖屏', v: { aspect: '9:16' } },
  { f: 'music', m: '跟你说了好几次了 不要音乐', on: 'rich', v: { audio: [] } },
  { f: 'transition', m: 'seriously?? no transitions', on: 'rich', v: cuts3('cut') },
  { f: 'question', m: 'why is it so long?', on: 'rich', route: 'status', same: true },
  // "from X to Y", "X改成Y": Y is wanted.
  { f: 'length', m: '每张照片从3秒改到5秒', v: photos3(5000) },
  { f: 'length', m: 'total length from 9 seconds to 12 seconds', v: len(12000) },
  { f: 'transition', m: 'switch the crossfades to hard cuts', on: 'rich', v: cuts3('cut') },
  { f: 'transition', m: 'from crossfade to fade to black', on: 'rich', v: cuts3('fade-black') },
  { f: 'transition', m: '叠化换成白场', on: 'rich', v: cuts3('fade-white') },
  { f: 'music', m: '音量从100%调到30%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.3 }) },
  { f: 'format', m: '横屏改成竖屏', v: { aspect: '9:16' } },
  {
    f: 'look',
    m: 'change the look from warm to black and white',
    before: ['warm look'],
    v: { look: 'black-and-white' },
  },
  { f: 'look', m: '暖色调改成冷色调', before: ['暖色调'], v: { look: 'cool' } },
  // A look is the whole video's: one photo asked for gets a plain no.
  { f: 'look', m: 'only the first photo in sepia', same: true, reply: /whole video/ },
  { f: 'look', m: '把第三张弄成黑白', same: true, reply: /整个视频/ },
  { f: 'look', m: 'give photo 2 a warm filter', same: true, reply: /whole video/ },
  // The music comes in where a photo starts.
  { f: 'music', m: 'start the music on photo 3', on: 'rich', v: song('lo-fi.mp3', { startMs: 4400 }) },
  { f: 'music', m: '音乐从第三张开始', on: 'rich', v: song('lo-fi.mp3', { startMs: 4400 }) },
  {
    f: 'music',
    m: 'let the song come in when the second picture appears',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 2200 }),
  },
  { f: 'music', m: '音乐等最后一张出来再开始', on: 'rich', v: song('lo-fi.mp3', { startMs: 4400 }) },
  // Every instruction of a create message applies.
  {
    f: 'create',
    m: 'make a video in black and white with a title "Hi"',
    on: 'empty',
    v: {
      photos: each(5, {}),
      look: 'black-and-white',
      texts: [{ text: 'Hi', role: 'title', color: '#ffffff' }],
    },
  },
  {
    f: 'create',
    m: 'create a video, 20 seconds total, square, warm look',
    on: 'empty',
    v: { photos: each(5, {}), durationMs: 20000, aspect: '1:1', look: 'warm' },
  },
  {
    f: 'create',
    m: '做成视频，复古滤镜，标题"旅行"',
    on: 'empty',
    v: { photos: each(5, {}), look: 'vintage', texts: [{ text: '旅行' }] },
  },
  {
    f: 'create',
    m: "slideshow with a title 'Trip' and black & white",
    on: 'empty',
    v: { photos: each(5, {}), look: 'black-and-white', texts: [{ text: 'Trip' }] },
  },
  // Self-corrections of more kinds in one message: a few photos cut down ("photos 1 and 2, no, just photo
  // 2"), a photo by what it shows ("the city one, no wait, the forest one"), a camera direction ("pan right,
  // no sorry, left"), a place in the order ("to the end, no wait, to the middle", "放最前 不对 放最后"), a
  // style ("travel style, no wait, the wedding one", "电影感风格 哦不 家庭的"), the kind of music ("some calm
  // music, no wait, something energetic", "钢琴的音乐 不对 要吉他的"), a level after a bare number ("music
  // 30... no 20%"), music off then on again ("remove the music. sorry, keep the music"), and "scratch that,
  // use …" with the verb of its own. Only the name changes: what was said around it stays.
  {
    f: 'length',
    m: 'make photos 1 and 2 five seconds, no wait, just photo 2',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'the first and second photos 4s each, sorry, only the second',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: '第1张和第2张改成4秒 不对 只要第2张',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: '第一张和第三张改成5秒 哦不 只改第三张',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }] },
  },
  {
    f: 'transition',
    m: 'crossfades everywhere, scratch that, go with fade to black',
    v: cuts3('fade-black'),
  },
  { f: 'transition', m: 'wipes between the photos. actually no, use dissolves', v: cuts3('crossfade') },
  { f: 'transition', m: 'dissolves between all photos. scratch that, use whip pans', v: cuts3('whip-pan') },
  { f: 'transition', m: '叠化转场 算了 用黑场', v: cuts3('fade-black') },
  {
    f: 'transition',
    m: 'fade to black between everything. scratch that, use wipes',
    v: { transitions: each(2, { kind: /^wipe-/ }) },
  },
  {
    f: 'transition',
    m: 'dissolves between all of them, no wait, use wipes',
    v: { transitions: each(2, { kind: /^wipe-/ }) },
  },
  { f: 'motion', m: 'pan right, no sorry, left', v: moves3('pan-left') },
  { f: 'motion', m: 'tilt down on every photo, no wait, up', v: moves3('pan-up') },
  { f: 'motion', m: '所有照片向左平移 不对 向右', v: moves3('pan-right') },
  { f: 'motion', m: '照片往上移 哦不 往下', v: moves3('pan-down') },
  {
    f: 'motion',
    m: 'zoom out on the city one, no wait, the forest one',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'motion',
    m: 'pan right on the forest pic, actually no, the beach pic',
    v: { photos: [{ motion: 'pan-right' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'reference',
    m: 'make the beach photo 5 seconds, sorry, the city photo',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  { f: 'reference', m: 'delete the city one, no the forest one', v: { photos: src3('beach', 'city') } },
  { f: 'music', m: 'add some calm music, no wait, something energetic', v: song('Sunny Pop') },
  { f: 'music', m: 'add a guitar song, actually no, a piano one', v: song('Quiet Piano') },
  { f: 'music', m: 'add music, something romantic, sorry, something playful', v: song('Sunday Morning') },
  { f: 'music', m: '加点钢琴的音乐 不对 要吉他的', v: song('Campfire') },
  { f: 'music', m: '配一首欢快的歌 哦不 要浪漫的', v: song('First Dance') },
  { f: 'music', m: 'music 30... no 20%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.2 }) },
  { f: 'music', m: 'set the volume to 80, wait no, 60%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '音量50 不对 40%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  { f: 'music', m: '音乐音量 70 哦不 50%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  {
    f: 'music',
    m: 'remove the music. sorry, keep the music, just lower it to 20%',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.2 }),
  },
  { f: 'music', m: 'no music. wait, yes music, 60%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '去掉音乐 不对 保留音乐 音量调到40%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  { f: 'music', m: '不要配乐 哦不 要配乐 小声一点 25%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.25 }) },
  {
    f: 'style',
    m: 'travel style, no wait, the wedding one',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), look: 'matte', ...cuts5('crossfade') },
  },
  {
    f: 'style',
    m: 'make it memorial style, sorry, birthday style',
    on: 'five',
    v: { photos: each(5, { durationMs: 2200 }), look: 'vivid', ...cuts5('zoom-in') },
  },
  {
    f: 'style',
    m: 'product style, actually the cinematic one',
    on: 'five',
    v: { photos: each(5, { durationMs: 3500 }), look: 'cool', ...cuts5('blur-dissolve') },
  },
  {
    f: 'style',
    m: '电影感风格 哦不 家庭的',
    on: 'five',
    v: { photos: each(5, { durationMs: 3000 }), look: 'warm', ...cuts5('crossfade') },
  },
  {
    f: 'style',
    m: '用旅行风格 算了 是婚礼的',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), look: 'matte', ...cuts5('crossfade') },
  },
  {
    f: 'order',
    m: 'move the first photo to the end, no wait, to the middle',
    v: { photos: src3('city', 'beach', 'forest') },
  },
  {
    f: 'order',
    m: 'put the forest one at the front, sorry, in the middle',
    v: { photos: src3('beach', 'forest', 'city') },
  },
  {
    f: 'order',
    m: 'put the dog at the end, no sorry, at the start',
    on: 'things',
    v: { photos: src5('dog', 'astronaut', 'chelsea', 'coffee', 'rocket') },
  },
  { f: 'order', m: '第三张放到最前面 不对 放到中间', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'order', m: '把第1张移到最后 哦不 移到第2个', v: { photos: src3('city', 'beach', 'forest') } },
  {
    f: 'order',
    m: '把咖啡那张放最前 不对 放最后',
    on: 'things',
    v: { photos: src5('astronaut', 'chelsea', 'rocket', 'dog', 'coffee') },
  },
  // "…and fade the music out too": the music fades as long as the video's fade said before it.
  {
    f: 'multi',
    m: 'fade out to black at the end over 1 second and fade the music out as well',
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 1000 }, audio: [{ source: 'lo-fi.mp3', fadeOutMs: 1000 }] },
  },
  {
    f: 'multi',
    m: 'fade in from black at the start, 1.5s, and fade the music in too',
    on: 'rich',
    v: { fade: { inMs: 1500, outMs: 0 }, audio: [{ source: 'lo-fi.mp3', fadeInMs: 1500 }] },
  },
  {
    f: 'multi',
    m: '结尾淡出 2.5秒 音乐也一起淡出',
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 2500 }, audio: [{ source: 'lo-fi.mp3', fadeOutMs: 2500 }] },
  },
  {
    f: 'multi',
    m: '开头从黑场淡入1秒，音乐也淡入',
    on: 'rich',
    v: { fade: { inMs: 1000, outMs: 0 }, audio: [{ source: 'lo-fi.mp3', fadeInMs: 1000 }] },
  },
  // Not corrections: a refusal after a style, "not" before the wrong photo, a list of photos, "right after",
  // a second instruction after "no", a length said once, a music fade with its own length.
  {
    f: 'negation',
    m: 'wedding style, no music',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), audio: [] },
  },
  {
    f: 'negation',
    m: '婚礼风格 不要音乐',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), audio: [] },
  },
  {
    f: 'motion',
    m: 'tilt up on the forest one, not the beach one',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-up' }] },
  },
  {
    f: 'length',
    m: 'make photo 2 and 3 4 seconds',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  {
    f: 'order',
    m: 'move the beach one right after the forest one',
    v: { photos: src3('city', 'forest', 'beach') },
  },
  {
    f: 'multi',
    m: 'add some calm music, no transitions',
    on: 'rich',
    v: { ...song('Quiet Piano'), ...cuts3('cut') },
  },
  { f: 'length', m: 'actually, make it 5 seconds', v: len(5000) },
  {
    f: 'negation',
    m: "no music. wait, add a title 'Hi' too",
    on: 'rich',
    v: {
      audio: [],
      texts: [
        { role: 'title', text: 'Hi' },
        { role: 'caption', text: 'Day one' },
      ],
    },
  },
  {
    f: 'multi',
    m: 'fade to black at the end, 2s, and fade the music out over 4 seconds',
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 2000 }, audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }] },
  },
  // The last one-photo edit on every photo.
  {
    f: 'reference',
    m: 'do the same on all of them',
    before: ['pan right on photo 1'],
    v: moves3('pan-right'),
  },
  { f: 'reference', m: '所有照片都这样', before: ['第二张拉远'], v: moves3('zoom-out') },
  { f: 'reference', m: 'same for every photo', before: ['make photo 2 five seconds'], v: photos3(5000) },
  { f: 'reference', m: '每张都一样', before: ['第一张改成2秒'], v: photos3(2000) },
  // Results described instead of settings (src/director/results.ts): what people see, mapped to the edit.
  // A pace step scales each photo; the transitions keep their length.
  {
    f: 'length',
    m: 'it drags, people will lose interest',
    on: 'five',
    v: { photos: each(5, { durationMs: 2250 }), durationMs: 8050 },
  },
  {
    f: 'length',
    m: '节奏太拖了',
    on: 'five',
    v: { photos: each(5, { durationMs: 2250 }), ...cuts5('crossfade', 800) },
  },
  {
    f: 'length',
    m: 'it feels rushed',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16_800 },
  },
  {
    f: 'length',
    m: 'a bit faster please',
    on: 'rich',
    v: { photos: each(3, { durationMs: 2250 }), ...cuts3('crossfade', 800) },
  },
  { f: 'length', m: '照片换得太快了', on: 'five', v: { photos: each(5, { durationMs: 4000 }) } },
  // Guards: "too long" and "shorter" stay the video's length; a share stays the whole video's.
  { f: 'length', m: 'the video is too long', on: 'five', v: len(8850) },
  { f: 'length', m: 'halve the length', on: 'five', v: len(5900) },
  // The camera moves make them dizzy: still photos.
  {
    f: 'motion',
    m: '画面一直晃来晃去，眼睛都花了',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  { f: 'motion', m: '照片动来动去的', v: moves3('static') },
  { f: 'motion', m: 'the pictures keep swaying about, it makes me feel dizzy', v: moves3('static') },
  { f: 'motion', m: 'all this zooming makes me seasick', v: moves3('static') },
  { f: 'motion', m: 'the photos keep moving around, I get dizzy watching it', v: moves3('static') },
  // Guards: a shaky look asked for, and photos asked to move, are not a complaint.
  { f: 'motion', m: 'can you shake the camera a bit', same: true },
  {
    f: 'motion',
    m: 'can the pictures move about a little',
    before: ['keep them still'],
    v: moves3('zoom-in'),
  },
  // Too stiff: the moves come back (or get stronger); beside a move asked for, only the reason.
  { f: 'motion', m: 'it looks too stiff', before: ['keep them still'], v: moves3('zoom-in') },
  { f: 'motion', m: '太死板了', before: ['照片不要动'], v: moves3('zoom-in') },
  { f: 'motion', m: '画面一动不动的', before: ['静止'], v: moves3('zoom-in') },
  {
    f: 'motion',
    m: 'let the photos move a bit again, it looks so lifeless',
    before: ['no motion'],
    v: moves3('zoom-in'),
    reply: /25%/,
  },
  { f: 'motion', m: 'it looks a bit static', v: moves3('zoom-in'), reply: /85%/ },
  // Dull colours.
  { f: 'look', m: '照片没什么精神', v: { look: 'vivid' } },
  { f: 'look', m: '颜色灰灰的，没有活力', v: { look: 'vivid' } },
  { f: 'question', m: '有没有什么转场？', same: true },
  // The thing between the photos, and going straight on: cuts.
  {
    f: 'transition',
    m: 'the fuzzy bit between the pictures is ugly',
    before: ['blur dissolve transitions'],
    v: cuts3('cut'),
  },
  { f: 'transition', m: 'just jump straight to the next photo', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: '直接跳到下一张就行', on: 'five', v: cuts5('cut') },
  { f: 'transition', m: '照片之间模糊的那段不要了', on: 'five', before: ['转场用模糊过渡'], v: cuts5('cut') },
  // Heads cut off, the whole picture: not cropped.
  {
    f: 'format',
    m: 'their faces are cropped, show the entire photo',
    on: 'people',
    before: ['crop to fill'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  {
    f: 'format',
    m: 'people’s heads get cut off',
    before: ['fill the frame'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  { f: 'format', m: '头都被切掉了', before: ['铺满'], v: { photos: each(3, { fit: /^(blur|color)$/ }) } },
  {
    f: 'format',
    m: 'show the whole picture',
    before: ['fill the frame'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  // The last (or first) thing people see.
  {
    f: 'order',
    m: 'the city one should be the last thing viewers see',
    v: { photos: src3('beach', 'forest', 'city') },
  },
  {
    f: 'order',
    m: 'the last thing people see should be the beach',
    v: { photos: src3('city', 'forest', 'beach') },
  },
  {
    f: 'order',
    m: 'it starts with the wrong photo, the forest should be the first thing people see',
    v: { photos: src3('forest', 'beach', 'city') },
  },
  { f: 'order', m: '最后大家看到的应该是海边那张', v: { photos: src3('city', 'forest', 'beach') } },
  {
    f: 'order',
    m: 'the first thing you see should be the forest one',
    v: { photos: src3('forest', 'beach', 'city') },
  },
  // The music comes in with a photo named by what it shows.
  {
    f: 'music',
    m: 'start the music when the forest photo appears',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 4400 }),
  },
  {
    f: 'music',
    m: 'the song should come in with the city one',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 2200 }),
  },
  { f: 'music', m: '森林那张出来的时候音乐再进来', on: 'rich', v: song('lo-fi.mp3', { startMs: 4400 }) },
  {
    f: 'music',
    m: 'let the music kick in once the forest picture shows up',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 4400 }),
  },
  // Going dark at the end: the whole video's fade, not fade-black transitions.
  { f: 'transition', m: '结尾慢慢变黑', v: { fade: { inMs: 0, outMs: 1000 }, ...cuts3('cut') } },
  { f: 'transition', m: '最后两秒渐渐黑下去', v: { fade: { inMs: 0, outMs: 2000 }, ...cuts3('cut') } },
  { f: 'transition', m: 'slowly go dark at the end', v: { fade: { inMs: 0, outMs: 1000 }, ...cuts3('cut') } },
  {
    f: 'transition',
    m: 'at the end it should slowly fade to black over 3 seconds',
    v: { fade: { outMs: 3000 } },
  },
  {
    f: 'multi',
    m: '加点轻柔的音乐，结尾用两秒慢慢暗下去',
    v: { fade: { outMs: 2000 }, ...cuts3('cut'), audio: [{ source: 'Quiet Piano' }] },
  },
  // Guard: a fade-out right after the music is the music's.
  {
    f: 'music',
    m: 'add some music, then fade out at the end',
    v: { fade: { outMs: 0 }, audio: [{ fadeOutMs: 3000 }] },
  },
  // Fonts and cut-outs: Joy has neither, and says so.
  {
    f: 'question',
    m: 'could the title be in a handwriting font',
    on: 'rich',
    same: true,
    reply: /no handwriting/,
  },
  { f: 'question', m: '标题能换成手写体吗', on: 'rich', same: true, reply: /手写体/ },
  { f: 'question', m: 'use calligraphy for the caption', on: 'rich', same: true },
  {
    f: 'question',
    m: 'remove the background from the dog photo',
    on: 'things',
    same: true,
    reply: /cannot cut/,
  },
  { f: 'question', m: '把咖啡那张抠图', on: 'things', same: true, reply: /抠/ },
  { f: 'question', m: 'cut the dog out so it is just the dog on white', on: 'things', same: true },
  // Guards: a white background behind the photos, and no blurred fill, still change.
  { f: 'format', m: 'white background', reply: /#ffffff/ },
  { f: 'format', m: 'remove the blurry background', v: { photos: each(3, { fit: 'cover' }) } },
  // A fresh studio (no photos, nothing uploaded): edits that need photos say to upload them first.
  { f: 'transition', m: '开头淡入', on: 'bare', same: true, reply: /请先上传照片/ },
  { f: 'transition', m: '每张2秒，加叠化', on: 'bare', same: true, reply: /请先上传照片/ },
  { f: 'transition', m: 'fade to black at the end', on: 'bare', same: true, reply: /Upload photos first/ },
  { f: 'order', m: 'reverse the order', on: 'bare', same: true, reply: /Upload photos first/ },
  { f: 'length', m: 'make it 20 seconds', on: 'bare', same: true, reply: /Upload photos first/ },
  // Blind set 13's references to the turn before, as classes:
  // A complaint about the length, then a value for the photo just changed: "that one" is still that photo.
  {
    f: 'length',
    m: 'ugh way too long, make that one 4',
    before: ['make the last photo 6 seconds'],
    v: { photos: [len(3000), len(3000), len(4000)], durationMs: 10000 },
  },
  {
    f: 'length',
    m: '太长了，那张改成4秒',
    before: ['第一张改成6秒'],
    v: { photos: [len(4000), len(3000), len(3000)], durationMs: 10000 },
  },
  {
    f: 'length',
    m: 'too slow, that one should be 2',
    before: ['make photo 2 5 seconds'],
    v: { photos: [len(3000), len(2000), len(3000)], durationMs: 8000 },
  },
  {
    f: 'length',
    m: 'hmm too long. 4 for that one',
    before: ['make the first photo 6 seconds'],
    v: { photos: [len(4000), len(3000), len(3000)], durationMs: 10000 },
  },
  {
    f: 'length',
    m: '那张改成4',
    before: ['第二张改成6秒'],
    v: { photos: [len(3000), len(4000), len(3000)], durationMs: 10000 },
  },
  {
    f: 'length',
    m: 'make that one 2.5',
    before: ['make the last photo 6 seconds'],
    v: { photos: [len(3000), len(3000), len(2500)] },
  },
  // Nearby: a complaint alone is still the whole video's; "total" is the video's; "that one" with nothing before names nothing.
  { f: 'length', m: 'too long', before: ['make the last photo 6 seconds'], v: { durationMs: 9000 } },
  {
    f: 'length',
    m: 'too long, make it 8 seconds total',
    before: ['make the last photo 6 seconds'],
    v: { durationMs: 8000 },
  },
  { f: 'length', m: 'make that one 4', same: true },
  // "no <kind> transitions" takes away that kind of transition, whatever the kind.
  {
    f: 'negation',
    m: 'no zoom transitions',
    before: ['zoom transitions'],
    v: { transitions: each(2, { kind: 'cut' }) },
  },
  {
    f: 'negation',
    m: 'get rid of the whip pans',
    before: ['whip pan transitions'],
    v: { transitions: each(2, { kind: 'cut' }) },
  },
  {
    f: 'negation',
    m: '我不要缩放转场，我要照片本身放大',
    before: ['每张都静止', '缩放转场'],
    v: { photos: each(3, { motion: 'zoom-in' }), transitions: each(2, { kind: 'cut' }) },
  },
  { f: 'negation', m: '不要擦除转场', before: ['擦除转场'], v: { transitions: each(2, { kind: 'cut' }) } },
  {
    f: 'negation',
    m: "I don't want circle transitions, just zoom out on the photos",
    before: ['make every photo static', 'circle transitions'],
    v: { photos: each(3, { motion: 'zoom-out' }), transitions: each(2, { kind: 'cut' }) },
  },
  // Nearby: "no zoom" is still the camera, and the transitions stay.
  {
    f: 'negation',
    m: 'no zoom',
    before: ['zoom transitions'],
    v: { ...moves3('static'), transitions: each(2, { kind: 'zoom-in' }) },
  },
  // "不对，是第三张": the last turn's change moved to the photo named after 不对.
  {
    f: 'reference',
    m: '不对 第三张',
    before: ['第二张改成5秒'],
    v: { photos: [len(3000), len(3000), len(5000)], durationMs: 11000 },
  },
  {
    f: 'reference',
    m: '哦不，最后一张',
    before: ['第一张拉远'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    f: 'reference',
    m: '搞错了，是第一张',
    before: ['第三张改成2秒'],
    v: { photos: [len(2000), len(3000), len(3000)], durationMs: 8000 },
  },
  {
    f: 'reference',
    m: '不对不对，要第一张',
    before: ['第二张改成5秒'],
    v: { photos: [len(5000), len(3000), len(3000)], durationMs: 11000 },
  },
  {
    f: 'reference',
    m: 'nope, the first one',
    before: ['make photo 2 5 seconds'],
    v: { photos: [len(5000), len(3000), len(3000)], durationMs: 11000 },
  },
  // Nearby: 不对 alone changes nothing; 不对 with a value restates it; "no, undo that" undoes.
  { f: 'reference', m: '不对', before: ['第二张改成5秒'], v: { photos: [len(3000), len(5000), len(3000)] } },
  {
    f: 'reference',
    m: '不对，改成4秒',
    before: ['第二张改成5秒'],
    v: { photos: [len(3000), len(4000), len(3000)], durationMs: 10000 },
  },
  { f: 'history', m: 'no, undo that', before: ['make photo 2 5 seconds'], v: photos3(3000) },
  // After a move, a photo and a place with no verb is another move.
  {
    f: 'order',
    m: 'then the coffee one last',
    on: 'things',
    before: ['move the dog to the front'],
    v: { photos: src5('dog', 'astronaut', 'chelsea', 'rocket', 'coffee') },
  },
  {
    f: 'order',
    m: 'and the chelsea one right after it',
    on: 'things',
    before: ['move the dog to the front'],
    v: { photos: src5('dog', 'chelsea', 'astronaut', 'coffee', 'rocket') },
  },
  {
    f: 'order',
    m: '火箭那张第二',
    on: 'things',
    before: ['把狗那张放到最前面'],
    v: { photos: src5('dog', 'rocket', 'astronaut', 'chelsea', 'coffee') },
  },
  {
    f: 'order',
    m: '然后咖啡那张最后',
    on: 'things',
    before: ['把狗那张放到最前面'],
    v: { photos: src5('dog', 'astronaut', 'chelsea', 'rocket', 'coffee') },
  },
  {
    f: 'order',
    m: 'and the rocket right before it',
    on: 'things',
    before: ['put the coffee last'],
    v: { photos: src5('astronaut', 'chelsea', 'dog', 'rocket', 'coffee') },
  },
  // Nearby: after another kind of change the same words move nothing; "it" after a move is still the photo.
  { f: 'order', m: 'and the rocket second', on: 'things', before: ['add crossfades'], same: true },
  {
    f: 'reference',
    m: 'and make it 5 seconds',
    on: 'things',
    before: ['move the dog to the front'],
    v: { photos: [{ source: 'dog.jpg', durationMs: 5000 }, len(3000), len(3000), len(3000), len(3000)] },
  },
  // The social style by its plain names.
  {
    f: 'style',
    m: 'social media style',
    on: 'five',
    v: { photos: each(5, { durationMs: 1500 }), transitions: each(4, { kind: 'whip-pan', durationMs: 300 }) },
  },
  { f: 'style', m: '社交媒体风格', on: 'five', v: { photos: each(5, { durationMs: 1500 }), look: 'vivid' } },
  { f: 'style', m: 'make it social', v: { ...photos3(1500), audio: [{ source: 'Neon Pulse' }] } },
  { f: 'style', m: '做成社媒风格', v: { ...photos3(1500), transitions: each(2, { kind: 'whip-pan' }) } },
  { f: 'style', m: 'social style please', on: 'five', v: { photos: each(5, { durationMs: 1500 }) } },
  // Nearby: social media as where the video goes is only its shape.
  {
    f: 'format',
    m: 'make it 9:16 for social media',
    on: 'five',
    v: { aspect: '9:16', photos: each(5, { durationMs: 3000 }) },
  },
  // Requests buried in courtesy and backstory (older people's long sentences): greetings, apologies, thanks,
  // "kindly", "would be lovely", "my son says", "请问", "我女儿说", "whatever you think is best" ask for nothing; a
  // photo said again ("the one of the city", "就是那张森林的"), when someone sees it ("before I can see it"), a
  // move or transition described by what it does, a name said without quotes, a format by the screen it fits.
  // courtesy
  {
    f: 'length',
    m: 'Good morning. Sorry to bother you, but could the second picture stay for five seconds? Many thanks.',
    v: { photos: [len(3000), len(5000), len(3000)] },
  },
  {
    f: 'look',
    m: "I hope this isn't a daft question, but could you make it black and white? Thank you kindly.",
    v: { look: 'black-and-white' },
  },
  {
    f: 'length',
    m: 'Would you kindly make each picture four seconds? That would be wonderful.',
    v: photos3(4000),
  },
  { f: 'format', m: '我想请问一下，能不能把视频改成竖屏，麻烦了', v: { aspect: '9:16' } },
  { f: 'format', m: 'My granddaughter says the video ought to be square.', v: { aspect: '1:1' } },
  { f: 'length', m: '我孙女说照片换得太快了，每张放四秒吧', v: photos3(4000) },
  {
    f: 'music',
    m: "Whatever you think is best, but I'd like some gentle piano music",
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  { f: 'order', m: '请问可以把森林那张放到最前面吗', v: { photos: src3('forest', 'beach', 'city') } },
  { f: 'question', m: '请问现在有几张照片？', same: true, reply: /3/ },
  { f: 'question', m: "Sorry to bother you, but what's the music right now?", on: 'rich', same: true },
  { f: 'question', m: 'Thank you kindly.', same: true },
  // apposition
  {
    f: 'length',
    m: 'the second picture, the one of the city, could it be four seconds?',
    v: { photos: [len(3000), len(4000), len(3000)] },
  },
  {
    f: 'motion',
    m: 'photo 1, the one with the beach, zoom out on it',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  { f: 'length', m: '第三张，就是那张森林的，放五秒', v: { photos: [len(3000), len(3000), len(5000)] } },
  {
    f: 'motion',
    m: '第一张，也就是海滩那张，拉远',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  // seeing
  {
    f: 'length',
    m: 'the first picture is gone before I can see it properly, make it five seconds',
    v: { photos: [len(5000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: "I'd like to have a proper look at each picture, so 5 seconds each please",
    v: photos3(5000),
  },
  {
    f: 'length',
    m: 'make the city one 6 seconds so you can see the whole building',
    v: { photos: [len(3000), len(6000), len(3000)] },
  },
  // motion path
  {
    f: 'motion',
    m: 'could the city photo travel from the top down to the bottom',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-down' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'the first picture should start close up and then slowly pull back',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'the first picture, start wide and then slowly push in',
    before: ['keep all the photos still'],
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'static' }] },
  },
  {
    f: 'motion',
    m: '第二张从近到远',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: '第一张从上面慢慢移到下面',
    v: { photos: [{ motion: 'pan-down' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'text',
    m: 'move the title from the bottom to the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  // transitions described
  {
    f: 'transition',
    m: "I'd like the pictures to be wiped off by the next one",
    v: { transitions: each(2, { kind: /^wipe/ }) },
  },
  {
    f: 'transition',
    m: 'like a windscreen wiper, right to left please',
    v: { transitions: each(2, { kind: 'wipe-left' }) },
  },
  { f: 'transition', m: '每张照片之间白一下', v: { transitions: each(2, { kind: 'fade-white' }) } },
  { f: 'transition', m: '照片切换的时候黑一下', v: { transitions: each(2, { kind: 'fade-black' }) } },
  {
    f: 'transition',
    m: 'When the photos change it feels too abrupt. Could they fade into one another?',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  { f: 'question', m: 'when does the title show?', on: 'rich', same: true },
  // fades
  { f: 'transition', m: '开头可以慢慢淡入吗，三秒', on: 'five', v: { fade: { inMs: 3000, outMs: 0 } } },
  { f: 'transition', m: '开头的时候请慢慢亮起来', v: { fade: { inMs: 1000, outMs: 0 } } },
  {
    f: 'transition',
    m: "please fade to black at the end so that it doesn't end so abruptly, a couple of seconds",
    v: { fade: { inMs: 0, outMs: 2000 } },
  },
  {
    f: 'transition',
    m: 'fade in at the start, a couple of seconds would be grand',
    v: { fade: { inMs: 2000, outMs: 0 } },
  },
  // music fade in
  {
    f: 'music',
    m: 'let the music come in gradually',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 2000 }] },
  },
  {
    f: 'music',
    m: 'could the song start quietly and build up slowly over 4 seconds',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 4000 }] },
  },
  { f: 'music', m: '音乐慢慢进来', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 2000 }] } },
  {
    f: 'music',
    m: 'the music should start softly rather than all at once',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 2000 }] },
  },
  {
    f: 'music',
    m: 'make the music softer',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 0 }] },
  },
  // names and headings
  {
    f: 'text',
    m: "please add our dog's name, Biscuit, as a title",
    v: { texts: [{ text: 'Biscuit', role: 'title' }] },
  },
  {
    f: 'text',
    m: '我孙子的名字叫乐乐，放在第一张上面当标题',
    v: { texts: [{ text: '乐乐', role: 'title' }] },
  },
  {
    f: 'text',
    m: "put 'Summer' on the first picture, as a heading",
    v: { texts: [{ text: 'Summer', role: 'title' }] },
  },
  { f: 'text', m: "add 'Welcome' at the beginning", v: { texts: [{ text: 'Welcome', role: 'title' }] } },
  { f: 'text', m: "add a caption 'hi' at the start", v: { texts: [{ text: 'hi', role: 'caption' }] } },
  // format by screen
  { f: 'format', m: 'make it the shape of a phone screen', v: { aspect: '9:16' } },
  {
    f: 'format',
    m: 'it should be wider than it is tall',
    before: ['make it vertical'],
    v: { aspect: '16:9' },
  },
  {
    f: 'format',
    m: "I'd like it the size of the telly please",
    before: ['make it vertical'],
    v: { aspect: '16:9' },
  },
  { f: 'format', m: 'tall rather than wide please', v: { aspect: '9:16' } },
  // duplicates described
  {
    f: 'order',
    m: 'I think there are two copies of the beach one and a blurry one, could you remove those',
    on: 'flagged',
    v: { photos: src3('beach', 'city') },
  },
  {
    f: 'order',
    m: 'there are two versions of the beach photo, take them out',
    on: 'flagged',
    v: { photos: src3('beach', 'city', 'forest') },
  },
  // moving about
  {
    f: 'negation',
    m: "I don't want any of the zooming, please",
    v: { photos: [{ motion: 'static' }, { motion: 'static' }, { motion: 'static' }] },
  },
  {
    f: 'negation',
    m: "we don't need all that moving around",
    v: { photos: [{ motion: 'static' }, { motion: 'static' }, { motion: 'static' }] },
  },
  // warmer in colour
  { f: 'look', m: 'a bit cooler in tone please', v: { look: 'cool' } },
  { f: 'look', m: 'make it warmer in colour', v: { look: 'warm' } },
  { f: 'look', m: 'make it in colour again', before: ['make it black and white'], v: { look: 'none' } },
  // style adjectives
  { f: 'style', m: 'make a cute little birthday video', v: photos3(2200) },
  { f: 'style', m: 'a fun travel vlog please', v: photos3(2500) },
  { f: 'length', m: 'make a fun video', v: photos3(2000) },
  // text named by there being one, and take it away
  {
    f: 'text',
    m: "there's a caption that says 'Day one', please remove it",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }] },
  },
  {
    f: 'text',
    m: "There's some writing on the first picture which reads 'Road Trip'. We don't need it, so take it away please.",
    on: 'rich',
    v: { texts: [{ text: 'Day one' }] },
  },
  { f: 'text', m: 'the caption, take it away', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  // reasons beside a removal
  { f: 'order', m: '把第一张删了吧，拍得不好看', v: { photos: src3('city', 'forest') } },
  {
    f: 'order',
    m: "remove the last picture, it's not a very good one",
    v: { photos: src3('beach', 'city') },
  },
  { f: 'order', m: '删掉最后那张，照得太丑了', v: { photos: src3('beach', 'city') } },
  { f: 'format', m: '我儿子说应该做成跟电视一样的形状', before: ['改成竖屏'], v: { aspect: '16:9' } },
  { f: 'format', m: '改成跟手机屏幕一样的比例', v: { aspect: '9:16' } },
  // Lengths said for "each", "both", "the rest" or "一张" are each photo's (or each named photo's), not the total's.
  {
    f: 'length',
    m: 'make every picture twice as long',
    on: 'rich',
    v: { ...photos3(6000), durationMs: 16400 },
  },
  { f: 'length', m: '每张照片的时间翻倍', on: 'five', v: { photos: each(5, len(6000)), durationMs: 26800 } },
  { f: 'length', m: '四秒一张就行', on: 'five', v: { photos: each(5, len(4000)), durationMs: 16800 } },
  {
    f: 'length',
    m: '前三张每张1秒',
    on: 'five',
    v: { photos: [len(1000), len(1000), len(1000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: 'make each photo a little longer, say 4 seconds',
    v: { ...photos3(4000), durationMs: 12000 },
  },
  { f: 'length', m: '每张都放慢一点，大概五秒', v: { ...photos3(5000), durationMs: 15000 } },
  {
    f: 'reference',
    m: '它们各放 5 秒',
    before: ['第二张和第三张缩小'],
    v: { photos: [len(3000), len(5000), len(5000)], durationMs: 13000 },
  },
  {
    f: 'reference',
    m: 'make that one longer, add another 2 seconds',
    before: ['make the city photo 4 seconds'],
    v: { photos: [len(3000), len(6000), len(3000)], durationMs: 12000 },
  },
  {
    f: 'reference',
    m: '那张再长一点，再多一秒',
    before: ['第二张改成4秒'],
    v: { photos: [len(3000), len(5000), len(3000)], durationMs: 11000 },
  },
  {
    f: 'reference',
    m: 'do the same for the remaining pictures',
    on: 'things',
    before: ['make the rocket photo 2 seconds'],
    v: { photos: each(5, len(2000)), durationMs: 10000 },
  },
  {
    f: 'length',
    m: '整个视频太长了，改成10秒',
    before: ['make each photo 4 seconds'],
    v: { durationMs: 10000 },
  },
  // Guards: the video's own length stays the video's; a value after "too slow" keeps the last edit's scope.
  { f: 'length', m: 'make the video twice as long', on: 'rich', v: { durationMs: 14800 } },
  {
    f: 'length',
    m: '太慢了，改成3秒',
    before: ['make each photo 4 seconds'],
    v: { ...photos3(3000), durationMs: 9000 },
  },
  // A reason or a complaint said beside the request does no more than the request.
  { f: 'negation', m: '颜色别改，只要每张4秒', v: { look: 'none', ...photos3(4000), durationMs: 12000 } },
  {
    f: 'text',
    m: 'the words are hard to read, make the caption twice as big',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 2 },
      ],
    },
  },
  {
    f: 'text',
    m: '标题太小了，看不清，放大一倍',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 2.8 }, { size: 1 }] },
  },
  {
    f: 'text',
    m: '标题改成黄色的，现在白色的根本看不清',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600', size: 1.4 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'make the caption yellow, the white text is hard to read',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: '#ffd600', size: 1 },
      ],
    },
  },
  {
    f: 'music',
    m: 'still a bit loud, make it 25%',
    on: 'rich',
    before: ['music at 40%'],
    v: { ...song('lo-fi.mp3', { volume: 0.25 }), photos: moves3('zoom-in').photos },
  },
  {
    f: 'order',
    m: 'flip the order around, last picture first and so on',
    on: 'five',
    v: { photos: src5('party night', 'sunset', 'forest', 'city', 'beach') },
  },
  {
    f: 'order',
    m: '把顺序倒一下，最后一张放最前面，依此类推',
    on: 'five',
    v: { photos: src5('party night', 'sunset', 'forest', 'city', 'beach') },
  },
  // Guards: a size complaint alone still grows the text; the last photo put first is one move.
  {
    f: 'text',
    m: 'the title is too small',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { size: 1 }] },
  },
  {
    f: 'order',
    m: 'put the last photo first',
    on: 'five',
    v: { photos: src5('party night', 'beach', 'city', 'forest', 'sunset') },
  },
  // Quoted words put somewhere on screen are a text; where the video plays is no style.
  {
    f: 'text',
    m: "our shop name 'Sweet Crumbs' at the bottom",
    v: { texts: [{ text: 'Sweet Crumbs', position: 'bottom' }] },
  },
  {
    f: 'text',
    m: "'SALE 50% OFF' in the middle",
    on: 'five',
    v: { texts: [{ text: 'SALE 50% OFF', position: 'center' }] },
  },
  {
    f: 'text',
    m: "店名'小麦烘焙'一直显示在顶部",
    v: { texts: [{ text: '小麦烘焙', position: 'top', startMs: 0, endMs: 9000 }] },
  },
  {
    f: 'multi',
    m: "it's going on the café tv: 16:9 and our name 'Bean There' at the top",
    on: 'five',
    v: { aspect: '16:9', look: 'none', texts: [{ text: 'Bean There', position: 'top' }] },
  },
  {
    f: 'format',
    m: "for the store's display screen, make it vertical",
    on: 'five',
    v: { aspect: '9:16', look: 'none', transitions: each(4, { kind: 'crossfade' }) },
  },
  // Guard: a style asked for a shop is still the style.
  {
    f: 'style',
    m: 'make a product showcase for my shop',
    on: 'five',
    v: { transitions: each(4, { kind: 'slide-left' }) },
  },
  // English words inside a Chinese sentence.
  {
    f: 'transition',
    m: '最后一个 transition 换成 wipe',
    on: 'five',
    v: { transitions: [...each(3, { kind: 'crossfade' }), { kind: /^wipe-/ }] },
  },
  {
    f: 'motion',
    m: '第一张 photo zoom out',
    on: 'five',
    v: { photos: [{ motion: 'zoom-out' }, ...each(4, { motion: 'zoom-in' })] },
  },
  { f: 'order', m: 'oldest 的放最前面', v: { photos: src3('city', 'forest', 'beach') } },
  {
    f: 'motion',
    m: 'pan left 和 pan right 交替',
    on: 'five',
    v: {
      photos: ['pan-left', 'pan-right', 'pan-left', 'pan-right', 'pan-left'].map((motion) => ({ motion })),
    },
  },
  {
    f: 'length',
    m: 'first 3 张每张 2 秒',
    on: 'five',
    v: { photos: [len(2000), len(2000), len(2000), len(3000), len(3000)] },
  },
  {
    f: 'motion',
    m: 'last 两张 zoom out',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out'].map((motion) => ({ motion })) },
  },
  // A transition kind chosen with 全部用/换成/改成 or said "between them" is a transition request.
  { f: 'transition', m: 'wipes between them', on: 'five', v: cuts5('wipe-left') },
  { f: 'transition', m: 'a wipe between each one', on: 'five', v: cuts5('wipe-left') },
  { f: 'transition', m: '全部用擦除', on: 'five', v: cuts5('wipe-left') },
  { f: 'transition', m: '换成擦除', on: 'five', v: cuts5('wipe-left') },
  { f: 'transition', m: '都改成推移', on: 'five', v: cuts5('slide-left') },
  // Nearby: "between them" with no kind of transition is not one.
  { f: 'transition', m: 'a pause between them', on: 'five', same: true },
  // "fade in from black": the video's opening; "the music … too" fades in over the same time.
  {
    f: 'music',
    m: 'fade in from black 1s and fade the music in too',
    on: 'rich',
    v: { fade: { inMs: 1000, outMs: 0 }, audio: [{ fadeInMs: 1000 }] },
  },
  {
    f: 'music',
    m: 'fade up from black over 2 seconds, music fades in too',
    on: 'rich',
    v: { fade: { inMs: 2000, outMs: 0 }, audio: [{ fadeInMs: 2000 }] },
  },
  {
    f: 'music',
    m: '开头从黑场淡入2秒，音乐也淡入',
    on: 'rich',
    v: { fade: { inMs: 2000, outMs: 0 }, audio: [{ fadeInMs: 2000 }] },
  },
  { f: 'transition', m: 'fade in from black', on: 'rich', v: { fade: { inMs: 1000, outMs: 0 } } },
  // Nearby: the music's fade alone leaves the picture as it is.
  {
    f: 'music',
    m: 'fade in the music',
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 0 }, audio: [{ fadeInMs: 2000 }] },
  },
  // "keep the music but at 50%": the music stays, at the level said after it.
  { f: 'music', m: 'keep the music but at 50%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  { f: 'music', m: 'keep the music, just at 40 percent', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  { f: 'music', m: 'keep the song but a bit quieter', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '保留音乐，但音量调到30%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.3 }) },
  { f: 'music', m: '保留音乐，小声一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  // Nearby: keeping the music alone changes nothing.
  { f: 'music', m: 'keep the music', on: 'rich', same: true },
  // Words that describe the style just named are part of it: no pace, look or "didn't understand" of their own.
  {
    f: 'style',
    m: 'social style, fast and punchy',
    v: { ...photos3(1500), look: 'vivid' },
    reply: /^(?!.*(?:didn't understand|look to Vivid)).*$/s,
  },
  {
    f: 'style',
    m: 'fast and punchy social style',
    v: { ...photos3(1500), look: 'vivid' },
    reply: /^(?!.*(?:didn't understand|look to Vivid)).*$/s,
  },
  {
    f: 'style',
    m: 'wedding style, calm and elegant',
    v: photos3(4000),
    reply: /^(?!.*didn't understand).*$/s,
  },
  { f: 'style', m: 'travel vlog, energetic', v: photos3(2500), reply: /^(?!.*(?:each photo to|beat)).*$/s },
  {
    f: 'style',
    m: '做成旅行vlog，快节奏，动感一点',
    v: photos3(2500),
    reply: /^(?!.*(?:没看懂|短视频)).*$/s,
  },
  { f: 'style', m: '婚礼风格，优雅一点', v: photos3(4000), reply: /^(?!.*没看懂).*$/s },
  // Nearby: the same words with no style named do what they do alone.
  { f: 'style', m: 'fast', same: true },
  { f: 'look', m: 'punchy', v: { look: 'vivid' } },
  { f: 'length', m: 'energetic', v: photos3(2000) },
  // A faint level named ("a whisper", "barely audible", "小小声") is set low; a plain "quieter" keeps its step.
  { f: 'music', m: 'turn the music down to a whisper', on: 'rich', v: song('lo-fi.mp3', { volume: 0.15 }) },
  { f: 'music', m: 'make the music barely audible', on: 'rich', v: song('lo-fi.mp3', { volume: 0.15 }) },
  { f: 'music', m: 'music just in the background', on: 'rich', v: song('lo-fi.mp3', { volume: 0.2 }) },
  { f: 'music', m: 'music very quiet', on: 'rich', v: song('lo-fi.mp3', { volume: 0.2 }) },
  { f: 'music', m: '音乐小小声就好', on: 'rich', v: song('lo-fi.mp3', { volume: 0.2 }) },
  { f: 'music', m: '音乐几乎听不见就行', on: 'rich', v: song('lo-fi.mp3', { volume: 0.15 }) },
  { f: 'music', m: 'turn the music down', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '音乐调小一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '音乐听不见', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  // What the video is for is context: never "not understood", never an edit of its own.
  { f: 'format', m: '改成正方形的，发朋友圈用', v: { aspect: '1:1' }, reply: /^(?!.*没看懂).*$/s },
  {
    f: 'format',
    m: "make it square, it's for my grandma",
    v: { aspect: '1:1' },
    reply: /^(?!.*didn't understand).*$/s,
  },
  { f: 'format', m: "square please, for the shop's page", v: { aspect: '1:1', ...photos3(3000) } },
  { f: 'format', m: '竖屏，给我妈看的', v: { aspect: '9:16' }, reply: /^(?!.*没看懂).*$/s },
  { f: 'length', m: '每张2秒，是给客户看的', v: photos3(2000), reply: /^(?!.*没看懂).*$/s },
  { f: 'format', m: '我要发朋友圈，改成方形', v: { aspect: '1:1' }, reply: /^(?!.*没看懂).*$/s },
  // Nearby: a platform still shapes the video, an occasion is still the style, a post is still refused.
  { f: 'format', m: 'make it for instagram', v: { aspect: '4:5' } },
  { f: 'style', m: "make it square, for my mum's birthday", v: { aspect: '1:1', ...photos3(2200) } },
  { f: 'format', m: '帮我发到朋友圈', same: true, reply: /发布/ },
  // Two words for the same look are one look, at the stronger wording.
  {
    f: 'look',
    m: 'make it feel warmer and cozier',
    v: { look: 'warm' },
    reply: /^(?!.*Warm \(50%\)).*Warm \(100%\)/s,
  },
  { f: 'look', m: 'cozier and warmer', v: { look: 'warm' }, reply: /^(?!.*Warm \(50%\)).*Warm \(100%\)/s },
  { f: 'look', m: 'warmer, cosier', v: { look: 'warm' }, reply: /^(?!.*Warm \(50%\)).*Warm \(100%\)/s },
  { f: 'look', m: '暖一点，温馨一点', v: { look: 'warm' }, reply: /^(?!.*50%).*100%/s },
  // Nearby: one word alone stays as it is.
  { f: 'look', m: 'make it warm', v: { look: 'warm' }, reply: /Warm \(100%\)/ },
  { f: 'look', m: 'cozier', v: { look: 'warm' }, reply: /Warm \(50%\)/ },
  // The thing named first, the removal after it: "title? get rid of it", "标题，删掉".
  { f: 'text', m: '没有标题，删掉', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  { f: 'text', m: 'title? get rid of it', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  { f: 'text', m: 'the title, get rid of it', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  { f: 'text', m: '标题，删掉', on: 'rich', v: { texts: [{ role: 'caption' }] } },
  { f: 'text', m: '字幕？去掉吧', on: 'rich', v: { texts: [{ role: 'title' }] } },
  { f: 'music', m: 'the music? lose it', on: 'rich', v: { audio: [] } },
  // Nearby: a thing named alone is still a question; "no title" without one changes nothing.
  { f: 'question', m: 'title?', on: 'rich', route: 'status' },
  { f: 'text', m: 'no title', same: true },
  // Instructions written as a list: the markers only separate items, and each item reads the draft the
  // items before it left.
  {
    f: 'multi',
    m: '1. make it vertical\n2. 2s each\n3. warm look',
    v: { aspect: '9:16', ...photos3(2000), look: 'warm' },
  },
  {
    f: 'multi',
    m: '(a) reverse the order (b) music at 30%',
    v: { photos: src3('forest', 'city', 'beach'), audio: [{ volume: 0.3 }] },
  },
  { f: 'multi', m: '一、竖屏 二、每张2秒 三、加音乐', v: { aspect: '9:16', ...photos3(2000), audio: [{}] } },
  {
    f: 'multi',
    m: '第一、竖屏 第二、每张2秒 第三、暖色',
    v: { aspect: '9:16', ...photos3(2000), look: 'warm' },
  },
  {
    f: 'multi',
    m: '1）删掉最后一张 2）转场用叠化1秒',
    v: { photos: src3('beach', 'city'), ...kinds('crossfade') },
  },
  {
    f: 'multi',
    m: "• 9:16 • title 'Beach' • 2s each",
    v: { aspect: '9:16', texts: [{ text: 'Beach' }], ...photos3(2000) },
  },
  { f: 'multi', m: '* 2s each * warm look', v: { ...photos3(2000), look: 'warm' } },
  {
    f: 'multi',
    m: 'to do: 1) remove photo 2 2) music 20%',
    v: { photos: src3('beach', 'forest'), audio: [{ volume: 0.2 }] },
    reply: /^(?!.*didn't understand).*$/s,
  },
  // Nearby: numbers that are no list stay what they were.
  { f: 'text', m: "title '1) Intro'", v: { texts: [{ text: '1) Intro' }] } },
  {
    f: 'order',
    m: '3、4两张对调',
    on: 'five',
    v: { photos: src5('beach', 'city', 'sunset', 'forest', 'party night') },
  },
  { f: 'order', m: '1、2两张删掉', on: 'five', v: { photos: src5('forest', 'sunset', 'party night') } },
  // Two complaints fixed together: each remedy, and "fix both" asks for nothing more.
  {
    f: 'multi',
    m: "pacing's meh and the music is too loud, sort them both out",
    on: 'rich',
    v: { photos: each(3, { durationMs: 2250 }), audio: [{ volume: 0.6 }] },
    reply: /^(?!.*didn't understand).*$/s,
  },
  {
    f: 'multi',
    m: 'the pace drags and the colours are flat, can you fix both?',
    v: { ...photos3(2250), look: 'vivid' },
    reply: /^(?!.*didn't understand).*$/s,
  },
  {
    f: 'multi',
    m: '节奏有点拉胯，颜色也太灰了，都改一下',
    v: { ...photos3(2250), look: 'vivid' },
    reply: /^(?!.*没看懂).*$/s,
  },
  {
    f: 'multi',
    m: '节奏太慢了 颜色也很灰 这两个一起改改',
    v: { ...photos3(2250), look: 'vivid' },
    reply: /^(?!.*没看懂).*$/s,
  },
  // Nearby: "fix both" alone names nothing to fix.
  { f: 'multi', m: 'fix both', same: true },
  { f: 'multi', m: '都改一下', same: true },
  // A reason after the request is not a text's words.
  {
    f: 'text',
    m: "put the title at the bottom because it's blocking her face",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: "caption up top pls, it's literally on top of the sunset",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    f: 'text',
    m: '字幕移到上面，挡住沙滩了',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
    reply: /^(?!.*没看懂).*$/s,
  },
  {
    f: 'text',
    m: '把標題移到下面，它擋住臉了',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: "move the title down so it doesn't cover the sky",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  // Nearby: words given as the text stay the text.
  {
    f: 'text',
    m: "change the caption to 'covering the sand'",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'covering the sand' }] },
  },
  // Making the video with music: "要有音乐", "得有背景音乐" ask for a track.
  {
    f: 'create',
    m: '用这些照片做个视频，要有背景音乐',
    on: 'empty',
    v: { photos: each(5, {}), audio: [{}] },
  },
  { f: 'create', m: '做個影片，要有輕鬆的音樂', on: 'empty', v: { photos: each(5, {}), audio: [{}] } },
  { f: 'music', m: '要有音乐', v: { audio: [{}] } },
  { f: 'music', m: '得有背景音乐', v: { audio: [{}] } },
  { f: 'music', m: '带点音乐', v: { audio: [{}] } },
  // Nearby: "no need for music" still removes it; a question about it still only answers.
  { f: 'music', m: '不需要音乐', on: 'rich', v: { audio: [] } },
  { f: 'question', m: '需要音乐吗？', same: true },
  // Editors' words Joy has no feature for: said plainly, the draft unchanged.
  {
    f: 'question',
    m: 'add an L-cut after the first photo',
    on: 'rich',
    same: true,
    reply: /J-cuts or L-cuts/,
  },
  { f: 'question', m: '给第二张和第三张之间加个J-cut', on: 'rich', same: true, reply: /J-cut/ },
  { f: 'question', m: 'split edit between 1 and 2', same: true, reply: /J-cuts or L-cuts/ },
  { f: 'question', m: 'can you do J-cuts?', same: true, reply: /J-cuts or L-cuts/ },
  { f: 'question', m: 'add keyframes to the zoom on photo 2', same: true, reply: /keyframes/ },
  { f: 'question', m: '第二张加个关键帧动画', same: true, reply: /关键帧/ },
  { f: 'question', m: 'green screen the background', same: true, reply: /cut a subject/ },
  { f: 'question', m: 'speed ramp into the last shot', same: true, reply: /speed ramps/ },
  // Nearby: a crossfade between two photos is still one.
  {
    f: 'transition',
    m: 'crossfade between photo 2 and 3',
    v: { transitions: [{ kind: 'cut' }, { kind: 'crossfade' }] },
  },
  // 字幕 are the captions: "all of them" keeps the title; all the text is everything.
  { f: 'text', m: '删掉所有字幕', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  {
    f: 'text',
    m: 'remove all the captions',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    f: 'text',
    m: 'get rid of every caption',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  { f: 'text', m: '去掉全部字幕', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  { f: 'text', m: '所有文字都删掉', on: 'rich', v: { texts: [] } },
  { f: 'text', m: 'remove all titles', on: 'rich', v: { texts: [{ text: 'Day one', role: 'caption' }] } },
  // A span from the start said after a text is how long the text shows.
  {
    f: 'text',
    m: "title 'Sports Day', only for the first 4 seconds",
    v: { texts: [{ text: 'Sports Day', startMs: 0, endMs: 4000 }], ...photos3(3000) },
  },
  {
    f: 'text',
    m: '加字幕「出发」，只在前2秒出现',
    v: { texts: [{ text: '出发', startMs: 0, endMs: 2000 }], ...photos3(3000) },
  },
  {
    f: 'text',
    m: "caption 'go!' — just the first 2 seconds",
    v: { texts: [{ text: 'go!', startMs: 0, endMs: 2000 }], ...photos3(3000) },
  },
  // Nearby: said alone it is still the video's first seconds.
  { f: 'length', m: '只显示前4秒', v: { durationMs: 4000 } },
  // Bringing back with nothing undone to redo takes the last step back; "原来的样子" is an undo.
  {
    f: 'history',
    m: 'oops, put it back',
    on: 'five',
    before: ['remove photo 2'],
    v: { photos: each(5, {}) },
  },
  { f: 'history', m: '恢复一下', on: 'five', before: ['把第二张删了'], v: { photos: each(5, {}) } },
  { f: 'history', m: '还是恢复到原来的样子吧', before: ['make it warm'], v: { look: 'none' } },
  { f: 'history', m: '还是恢复到之前的样子吧', before: ['每张2秒'], v: photos3(3000) },
  // Nearby: after an undo, "恢复一下" still puts it back.
  { f: 'history', m: '恢复一下', before: ['make it 9:16', 'undo'], v: { aspect: '9:16' } },
  // One setting as it was before it changed, later edits kept.
  {
    f: 'history',
    m: 'actually put the volume back to how it was',
    on: 'rich',
    before: ['music at 20%', 'make it black and white'],
    v: { audio: [{ volume: 1 }], look: 'black-and-white' },
  },
  { f: 'history', m: '还是原来的颜色吧', on: 'rich', before: ['make it warm'], v: { look: 'none' } },
  { f: 'history', m: '时长还是改回原来的吧', before: ['每张6秒'], v: photos3(3000) },
  { f: 'history', m: 'back to the original length', before: ['each photo 5s'], v: photos3(3000) },
  // A photo described, then "take it out": "it" is that photo.
  {
    f: 'order',
    m: 'the coffee pic kinda sticks out, lose it',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'rocket.jpg' },
        { source: 'dog.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '火箭那张跟其他的不搭，删掉吧',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'dog.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: "the astronaut one doesn't really belong, can you take it out",
    on: 'things',
    v: {
      photos: [
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'rocket.jpg' },
        { source: 'dog.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: '咖啡那张不太搭，去掉它',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'rocket.jpg' },
        { source: 'dog.jpg' },
      ],
    },
  },
  {
    f: 'order',
    m: 'the dog one, get rid of it',
    on: 'things',
    v: { photos: [{}, {}, {}, { source: 'rocket.jpg' }] },
  },
  // A length asked for on a condition is checked against the draft: the bare number after it is seconds;
  // a condition that does not hold asks for nothing, and the reply says why.
  { f: 'length', m: 'if the video is longer than 8 seconds, shorten it to 8', v: len(8000) },
  { f: 'length', m: '要是视频超过8秒，就剪到8秒', v: len(8000) },
  { f: 'length', m: '如果不到12秒就拉长到12秒', v: { ...len(12000), ...photos3(4000) } },
  { f: 'length', m: 'if the video is shorter than 12 seconds, make it 12 seconds please', v: len(12000) },
  { f: 'length', m: "if it's more than 15s cut it down to 15", same: true, reply: /not over 15s/ },
  { f: 'length', m: "if it's under 5 s make it 5", same: true, reply: /not under 5s/ },
  { f: 'length', m: '如果超过20秒就剪到20秒', on: 'five', same: true, reply: /没有超过/ },
  {
    f: 'multi',
    m: "make it square and if it's over 20 seconds cut it to 20",
    on: 'five',
    v: { aspect: '1:1', durationMs: 11800 },
    reply: /not over 20s/,
  },
  // Nearby: "if possible" is no condition on the length; a length said plainly is still set.
  { f: 'format', m: 'make it 9:16 if possible', v: { aspect: '9:16', ...len(9000) } },
  { f: 'length', m: 'under 10 seconds please', on: 'five', v: len(10000) },
  // A length said by comparison is the length of what it names, now: a photo, the song, a share of one.
  {
    f: 'length',
    m: 'make photo 3 as long as photo 1',
    before: ['photo 1 4 seconds'],
    v: { photos: [len(4000), len(3000), len(4000)] },
  },
  {
    f: 'length',
    m: '第三张和第一张一样长',
    before: ['第一张4秒'],
    v: { photos: [len(4000), len(3000), len(4000)] },
  },
  {
    f: 'length',
    m: 'give the second one the same length as the first',
    before: ['first photo 5 seconds'],
    v: { photos: [len(5000), len(5000), len(3000)] },
  },
  { f: 'length', m: '每张照片都跟最后一张一样长', before: ['最后一张2秒'], v: photos3(2000) },
  {
    f: 'length',
    m: 'make the last photo twice as long as the first one',
    v: { photos: [len(3000), len(3000), len(6000)] },
  },
  { f: 'length', m: '最后一张是第一张的两倍长', v: { photos: [len(3000), len(3000), len(6000)] } },
  { f: 'length', m: 'make the video as long as the music', on: 'beats', v: len(60000) },
  { f: 'length', m: '视频和歌一样长', on: 'beats', v: len(60000) },
  {
    f: 'text',
    m: 'the title should be as long as the second photo',
    before: ["add a title 'Hi' for 1 second", 'second photo 5 seconds'],
    v: { texts: [{ text: 'Hi', startMs: 0, endMs: 5000 }] },
  },
  // Nearby: a share of "the others" stays a share; words in quotes are the title's.
  {
    f: 'length',
    m: 'the last photo is the group shot, give it twice as long as the others',
    v: { photos: [len(3000), len(3000), len(6000)] },
  },
  {
    f: 'text',
    m: "add a title 'as long as the first one'",
    v: { texts: [{ text: 'as long as the first one' }], ...photos3(3000) },
  },
  // The transitions' length said as a share or a bare number is theirs, never the video's.
  {
    f: 'transition',
    m: 'make the crossfades half as long',
    on: 'five',
    v: { ...cuts5('crossfade', 400), ...len(13400) },
  },
  {
    f: 'transition',
    m: 'make the transitions twice as long',
    on: 'five',
    before: ['crossfades 0.5 s'],
    v: { ...cuts5('crossfade', 1000), photos: each(5, len(3000)) },
  },
  {
    f: 'transition',
    m: '转场时间减半',
    on: 'five',
    v: { ...cuts5('crossfade', 400), photos: each(5, len(3000)) },
  },
  { f: 'transition', m: '把转场缩短到0.3', on: 'five', v: { ...cuts5('crossfade', 300), ...len(13800) } },
  {
    f: 'transition',
    m: '转场延长到1.2',
    on: 'five',
    v: { ...cuts5('crossfade', 1200), photos: each(5, len(3000)) },
  },
  {
    f: 'transition',
    m: 'set the transitions to 0.6',
    on: 'five',
    v: { ...cuts5('crossfade', 600), ...len(12600) },
  },
  // Nearby: a share said of the video is still the video's; a transition counted keeps its number.
  { f: 'length', m: 'make it twice as long', on: 'five', v: { ...len(23600), ...cuts5('crossfade', 800) } },
  {
    f: 'transition',
    m: 'make transition 2 a wipe',
    on: 'five',
    v: kinds('crossfade', 'wipe-left', 'crossfade', 'crossfade'),
  },
  // The turn before, referred to: its step the other way, its edit on one more photo or transition, an
  // amount added to the step just taken, a correction said with apologies.
  { f: 'history', m: 'do the opposite', before: ['make it slower'], v: { ...photos3(3000), ...len(9000) } },
  { f: 'history', m: '做相反的', before: ['慢一点'], v: photos3(3000) },
  {
    f: 'history',
    m: 'now do the opposite',
    before: ['zoom in on photo 2'],
    v: moves3Of('zoom-in', 'zoom-out', 'zoom-in'),
  },
  {
    f: 'reference',
    m: 'and the last one',
    before: ['make photo 1 4 seconds'],
    v: { photos: [len(4000), len(3000), len(4000)] },
  },
  {
    f: 'reference',
    m: 'and the third one',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: kinds('wipe-left', 'crossfade', 'wipe-left', 'crossfade'),
  },
  {
    f: 'reference',
    m: '再久一点，加两秒',
    before: ['第二张改成5秒'],
    v: { photos: [len(3000), len(7000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'make it longer, add a second',
    before: ['make the city photo 4 seconds'],
    v: { photos: [len(3000), len(5000), len(3000)] },
  },
  {
    f: 'reference',
    m: 'could you do the same for photo 2 as well?',
    before: ['make the first photo 5 seconds'],
    v: { photos: [len(5000), len(5000), len(3000)] },
  },
  {
    f: 'reference',
    m: "oh dear, I'm really sorry, I meant the third one",
    before: ['zoom out on photo 2'],
    v: moves3Of('zoom-in', 'zoom-in', 'zoom-out'),
  },
  // Nearby: with no turn before, "the opposite" and "and the last one" ask for nothing.
  { f: 'history', m: 'now do the opposite', same: true },
  { f: 'reference', m: 'and the last one', same: true },
  // A complaint followed by its remedy is one step, on the thing complained of: the remedy's words never
  // name a second step nor another thing ("shrink" is no transition, "tone it down" no camera move).
  // Text size.
  {
    f: 'text',
    m: 'the title is too small, make it bigger',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    f: 'text',
    m: 'the title font is too big, shrink it a bit',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.1 }, { size: 1 }], ...cuts3('crossfade') },
  },
  {
    f: 'text',
    m: '字幕太大了，缩小一点',
    on: 'rich',
    v: { texts: [{ size: 1.4 }, { text: 'Day one', size: 0.8 }] },
  },
  {
    f: 'text',
    m: '标题太小了，所以放大一点',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { size: 1 }] },
  },
  {
    f: 'text',
    m: 'the title is too small. make it bigger please',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { size: 1 }] },
  },
  {
    f: 'text',
    m: 'the caption is way too big so make it smaller',
    on: 'rich',
    v: { texts: [{ size: 1.4 }, { text: 'Day one', size: 0.8 }] },
  },
  {
    f: 'text',
    m: 'shrink the title',
    on: 'rich',
    v: { texts: [{ size: 1.1 }, { size: 1 }], ...cuts3('crossfade') },
  },
  // Text position.
  {
    f: 'text',
    m: 'the title is too low, move it up',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { position: 'bottom' }] },
  },
  {
    f: 'text',
    m: 'the caption is too low, raise it a bit',
    on: 'rich',
    v: { texts: [{ position: 'center' }, { text: 'Day one', position: 'lower-third', style: 'clean' }] },
  },
  {
    f: 'text',
    m: 'the caption is too low. can you move it up a little',
    on: 'rich',
    v: { texts: [{ position: 'center' }, { text: 'Day one', position: 'lower-third', size: 1 }] },
  },
  {
    f: 'text',
    m: '字幕太靠下了，往上挪一点',
    on: 'rich',
    v: { texts: [{ position: 'center' }, { text: 'Day one', position: 'lower-third' }] },
  },
  {
    f: 'text',
    m: '标题太高了，往下放一点',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'lower-third' }, { position: 'bottom' }] },
  },
  // Transition length.
  { f: 'transition', m: 'the crossfades are too long, shorten them', on: 'rich', v: cuts3('crossfade', 500) },
  {
    f: 'transition',
    m: 'the transitions are too quick, make them longer',
    on: 'five',
    v: cuts5('crossfade', 1200),
    reply: /1\.2s/,
  },
  { f: 'transition', m: '转场太快了，慢一点', on: 'five', v: cuts5('crossfade', 1200) },
  { f: 'transition', m: '转场太长了，短一点', on: 'rich', v: cuts3('crossfade', 500) },
  {
    f: 'transition',
    m: 'the crossfades are too short. lengthen them',
    on: 'five',
    v: cuts5('crossfade', 1200),
  },
  { f: 'transition', m: 'the fades are too slow, speed them up', on: 'rich', v: cuts3('crossfade', 500) },
  { f: 'transition', m: 'shrink the transitions to 0.4s', on: 'rich', v: cuts3('crossfade', 400) },
  // Music volume.
  {
    f: 'music',
    m: 'the music is way too loud, turn it down',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  { f: 'music', m: '音乐太吵了，小声点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: 'the music is too quiet, turn it up', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  { f: 'music', m: '音乐太小声了，大声一点', on: 'rich', v: song('lo-fi.mp3', { volume: 1.4 }) },
  {
    f: 'music',
    m: 'music is too loud. so lower it a bit',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  { f: 'music', m: '背景音乐太响了，所以调小一点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  // Video length and pace.
  { f: 'length', m: 'too slow, speed it up', v: len(6750) },
  { f: 'length', m: '太慢了，快一点', v: len(6750) },
  { f: 'length', m: "it's too short, make it longer", v: len(12_000) },
  { f: 'length', m: 'the whole thing is too long. trim it please', v: len(6750) },
  { f: 'length', m: '视频太长了，剪短一点', v: len(6750) },
  { f: 'length', m: '太短了，所以长一点', v: len(12_000) },
  // Look: brightness and colour strength.
  {
    f: 'look',
    m: 'too bright, tone it down',
    on: 'rich',
    v: { look: 'dark', ...moves3('zoom-in') },
    reply: /^(?!.*30%)/,
  },
  {
    f: 'look',
    m: 'too saturated, tone it down',
    on: 'rich',
    v: { look: 'matte' },
    reply: /^(?!.*[Mm]otion)/,
  },
  { f: 'look', m: '颜色太艳了，淡一点', on: 'rich', v: { look: 'matte' } },
  { f: 'look', m: 'the colours are way too saturated', on: 'rich', v: { look: 'matte' } },
  { f: 'look', m: '太亮了，暗一点', on: 'rich', v: { look: 'dark' } },
  { f: 'look', m: 'way too bright. darken it a bit', on: 'rich', v: { look: 'dark' }, reply: /^(?!.*;)/ },
  // Motion strength.
  {
    f: 'motion',
    m: 'the zoom is too strong, make it subtler',
    on: 'rich',
    v: moves3('zoom-in'),
    reply: /^(?!.*understand)(?=.*25%)/,
  },
  { f: 'motion', m: '晃得太厉害了，轻一点', on: 'rich', v: moves3('zoom-in'), reply: /25%/ },
  { f: 'motion', m: '画面晃得很厉害，所以弱一点', on: 'rich', v: moves3('zoom-in'), reply: /25%/ },
  {
    f: 'motion',
    m: 'the zoom is too fast, calm it down',
    on: 'rich',
    v: moves3('zoom-in'),
    reply: /^(?!.*;)(?=.*25%)/,
  },
  { f: 'motion', m: '动作太猛了，柔和一点', on: 'rich', v: moves3('zoom-in'), reply: /25%/ },
  // Guards: said alone, each still does what it did.
  {
    f: 'text',
    m: 'the caption is too small',
    on: 'rich',
    v: { texts: [{ size: 1.4 }, { text: 'Day one', size: 1.3 }] },
  },
  { f: 'motion', m: 'tone it down', on: 'rich', v: moves3('zoom-in'), reply: /30%/ },
  { f: 'transition', m: 'use a shrink transition', on: 'rich', v: cuts3('zoom-out') },
  { f: 'motion', m: '照片晃来晃去的，看得我头晕', on: 'rich', v: moves3('static') },
  // An exception with a length of its own: the rule for all, then that photo's own length.
  {
    f: 'length',
    m: 'every photo 2 seconds except photo 2, which gets 4',
    on: 'three',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 4000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'make all of them 5s apart from the last one, keep that one at 3s',
    on: 'three',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'three seconds for each photo but the first one 6',
    on: 'three',
    v: { photos: [{ durationMs: 6000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: '所有照片四秒，除了最后一张两秒',
    on: 'three',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 4000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'photos two through four four seconds each',
    on: 'five',
    v: { photos: [3000, 4000, 4000, 4000, 3000].map((durationMs) => ({ durationMs })) },
  },
  // Numbers said loosely or after "extra".
  {
    f: 'length',
    m: 'an extra 2 seconds on the beach one',
    on: 'three',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'give the city one an extra second and a half',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4500 }, { durationMs: 3000 }] },
  },
  { f: 'length', m: 'four-ish seconds each', on: 'three', v: photos3(4000) },
  {
    f: 'length',
    m: '第二张多一秒半',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4500 }, { durationMs: 3000 }] },
  },
  // Guard: an exception with no length of its own leaves that photo as it was.
  {
    f: 'length',
    m: 'every photo 2 seconds except the last',
    on: 'three',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 2000 }, { durationMs: 3000 }] },
  },
  // Exceptions among transitions, and a transition counted with no noun after a rule for all.
  {
    f: 'transition',
    m: 'all transitions wipes, the last one a fade to black',
    on: 'five',
    v: kinds('wipe-left', 'wipe-left', 'wipe-left', 'fade-black'),
  },
  {
    f: 'transition',
    m: '转场全部换成叠化，第一个用擦除',
    on: 'five',
    v: kinds('wipe-left', 'crossfade', 'crossfade', 'crossfade'),
  },
  {
    f: 'transition',
    m: '除了第一个，其他转场都用黑场',
    on: 'five',
    v: kinds('crossfade', 'fade-black', 'fade-black', 'fade-black'),
  },
  {
    f: 'transition',
    m: 'wipe transitions except the last one',
    on: 'five',
    v: kinds('wipe-left', 'wipe-left', 'wipe-left', 'crossfade'),
  },
  {
    f: 'transition',
    m: 'a fade to black into the city photo',
    on: 'five',
    v: kinds('fade-black', 'crossfade', 'crossfade', 'crossfade'),
  },
  // Guard: a kind alone is every transition.
  {
    f: 'transition',
    m: 'fade to black transitions',
    on: 'five',
    v: kinds('fade-black', 'fade-black', 'fade-black', 'fade-black'),
  },
  // The order the photos were taken in is their dates.
  {
    f: 'order',
    m: 'arrange the pictures in the order I shot them',
    on: 'three',
    v: { photos: src3('city', 'forest', 'beach') },
  },
  { f: 'order', m: '按我们拍的顺序排', on: 'three', v: { photos: src3('city', 'forest', 'beach') } },
  {
    f: 'order',
    m: 'put them in the order we took them',
    on: 'three',
    v: { photos: src3('city', 'forest', 'beach') },
  },
  {
    f: 'order',
    m: 'please put them back in the order we took them',
    on: 'three',
    v: { photos: src3('city', 'forest', 'beach') },
  },
  // An occasion said as context: only what is asked is done, no style.
  {
    f: 'look',
    m: 'would a vintage look fit a wedding video? try it',
    v: { look: 'vintage', ...cuts3('cut'), ...photos3(3000) },
  },
  {
    f: 'music',
    m: 'a cute song for the baby',
    v: { audio: [{ source: 'Sunday Morning' }], look: 'none', ...cuts3('cut') },
  },
  {
    f: 'music',
    m: '背景音乐要电影感一点的',
    v: { audio: [{ source: 'Horizon' }], look: 'none', ...photos3(3000) },
  },
  {
    f: 'music',
    m: 'some romantic music for the wedding',
    v: { audio: [{ source: 'First Dance' }], look: 'none', ...photos3(3000) },
  },
  {
    f: 'create',
    m: 'make a video, two seconds per photo, with soft guitar',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2000 }), audio: [{ source: 'Campfire' }] },
  },
  // Guards: the occasion asked for as the video is still the style.
  { f: 'style', m: 'make it a wedding video', v: { look: 'matte', audio: [{ source: 'First Dance' }] } },
  { f: 'style', m: '做成电影感的视频', v: { look: 'cool', audio: [{ source: 'Horizon' }] } },
  // Music in musical terms: the song changes, never the photos.
  {
    f: 'music',
    m: 'a guitar piece, slow tempo please',
    v: { audio: [{ source: 'Campfire' }], ...photos3(3000) },
  },
  {
    f: 'music',
    m: 'less bass, something softer',
    before: ['add Neon Pulse'],
    v: { audio: [{ source: /^(?!Neon Pulse$)/ }], ...photos3(3000) },
  },
  {
    f: 'music',
    m: '换首快节奏的歌',
    before: ['加一首钢琴曲'],
    v: { audio: [{ source: /^(?!Quiet Piano$|Remembrance$)/ }], ...photos3(3000) },
  },
  { f: 'music', m: '来首安静的', v: { audio: [{ source: 'Quiet Piano' }], ...photos3(3000) } },
  { f: 'music', m: 'add some cheerful background music', v: { audio: [{ source: 'Sunday Morning' }] } },
  // Guards: "softer" alone is still the level, a happy song still the pop one.
  { f: 'music', m: 'turn the song a bit softer', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: 'a happy song', v: { audio: [{ source: 'Sunny Pop' }] } },
  // An opinion question with a request that hangs on it: the request is done.
  {
    f: 'music',
    m: 'should we have a song? if yes, something upbeat',
    v: { audio: [{ source: /^(Sunny Pop|Road Trip|Neon Pulse|Confetti)$/ }], ...photos3(3000) },
  },
  { f: 'look', m: 'is there a black and white filter? if so use it', v: { look: 'black-and-white' } },
  { f: 'motion', m: 'are the pans too busy for grandma? keep them still then', v: moves3('static') },
  {
    f: 'music',
    m: '加不加音乐你看着办，需要的话来首钢琴曲',
    v: { audio: [{ source: 'Quiet Piano' }], ...photos3(3000) },
  },
  // An opinion question alone changes nothing.
  { f: 'question', m: '你觉得竖屏好还是横屏好？', same: true },
  { f: 'question', m: 'would a square format be better?', same: true },
  // Things Joy cannot do are said so, never done as something else.
  {
    f: 'question',
    m: 'can you erase the strangers from the city photo?',
    same: true,
    reply: /cannot remove/,
  },
  { f: 'question', m: '把照片里的路人去掉', same: true, reply: /不能去掉/ },
  { f: 'question', m: 'remove the people in the background of the forest one', same: true },
  // Guard: the photo itself can still be removed.
  {
    f: 'order',
    m: 'remove the beach photo',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }] },
  },

  // A photo named by a place word and what it shows, said as what the sentence is about, or by the day of
  // the trip it was taken on (city 1 July, forest 2 July, beach 3 July, sunset 4 July).
  {
    f: 'motion',
    m: 'the Paris city should zoom out',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-out' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'motion',
    m: 'our Iceland forest should stay still',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'static' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
      ],
    },
  },
  { f: 'motion', m: "the first day's photo should zoom out", v: moves3Of('zoom-in', 'zoom-out', 'zoom-in') },
  {
    f: 'order',
    m: 'the sunset one should become the last one',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'party night', 'sunset') },
  },
  {
    f: 'order',
    m: 'the Bali sunset should be the first photo',
    on: 'five',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  { f: 'order', m: '第二天拍的那张放第一个', v: { photos: src3('forest', 'beach', 'city') } },
  {
    f: 'order',
    m: 'put the photo from the last day first',
    on: 'five',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  { f: 'order', m: 'move the photo from the 1st to the end', v: { photos: src3('beach', 'forest', 'city') } },
  {
    f: 'order',
    m: '最后一天的照片删掉',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'party night'), durationMs: 9600 },
  },
  // Guards: a day as a caption's words, the video as the subject, a photo counted by place.
  {
    f: 'text',
    m: 'add a caption "the first day" on the last photo',
    v: { texts: [{ text: 'the first day' }], photos: src3('beach', 'city', 'forest') },
  },
  {
    f: 'text',
    m: '加字幕：第一天',
    v: { texts: [{ text: '第一天' }], photos: src3('beach', 'city', 'forest') },
  },
  { f: 'length', m: 'the video should be 20 seconds', v: len(20000) },
  { f: 'order', m: 'put the first photo last', v: { photos: src3('city', 'forest', 'beach') } },
  // A length said after a transition ("…, a second long") is that transition's, never the video's.
  {
    f: 'transition',
    m: 'make the last transition a wipe, half a second long',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'wipe-left', durationMs: 500 },
      ],
      durationMs: 12100,
    },
  },
  {
    f: 'transition',
    m: 'first transition a zoom, one second long',
    on: 'five',
    v: {
      transitions: [
        { kind: 'zoom-in', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
      durationMs: 11600,
    },
  },
  {
    f: 'transition',
    m: '最后一个转场改成黑场，一秒长',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'fade-black', durationMs: 1000 },
      ],
      durationMs: 11600,
    },
  },
  {
    f: 'transition',
    m: 'the transition into the sunset should be a wipe, 0.6 seconds long',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'wipe-left', durationMs: 600 },
        { kind: 'crossfade' },
      ],
    },
  },
  // Guards: the video named, or a fade at the end, keeps its own length.
  {
    f: 'length',
    m: 'crossfades, then make it 20 seconds long',
    v: { ...len(20000), ...cuts3('crossfade', 800) },
  },
  {
    f: 'transition',
    m: 'fade out at the end, 2 seconds long',
    on: 'five',
    v: { fade: { inMs: 0, outMs: 2000 }, durationMs: 11800 },
  },
  // The video brought to the song's length by a verb that changes its length (beats: drums.wav, 60 s).
  { f: 'length', m: 'extend it to the full length of the music', on: 'beats', v: len(60000) },
  { f: 'length', m: "trim the video to the song's length", on: 'beats', v: len(60000) },
  { f: 'length', m: 'stretch it out to match the song', on: 'beats', v: len(60000) },
  { f: 'length', m: '把视频拉长到音乐的长度', on: 'beats', v: len(60000) },
  { f: 'length', m: '视频时长改成歌曲的长度', on: 'beats', v: len(60000) },
  // "still photos" as an item of its own in a list of settings asks for no motion.
  {
    f: 'multi',
    m: '1:1, still photos, warm',
    before: ['9:16'],
    v: { aspect: '1:1', ...moves3('static'), look: 'warm' },
  },
  { f: 'multi', m: 'vertical, still pictures and a sepia look', v: { aspect: '9:16', ...moves3('static') } },
  {
    f: 'multi',
    m: '竖屏，静态照片，黑白',
    v: { aspect: '9:16', ...moves3('static'), look: 'black-and-white' },
  },
  { f: 'multi', m: 'square; still photos', v: { aspect: '1:1', ...moves3('static') } },
  // Guard: still photos talked about are photos.
  {
    f: 'format',
    m: 'these still photos are from Bali, make it square',
    v: { aspect: '1:1', ...moves3('zoom-in') },
  },
  // "warm" said alone, as a turn of its own, is the look.
  {
    f: 'history',
    m: 'undo',
    before: ['9:16', 'warm', 'crossfades'],
    v: { aspect: '9:16', look: 'warm', ...cuts3('cut') },
  },
  {
    f: 'history',
    m: 'undo the last two',
    before: ['1:1', 'warm', 'sepia'],
    v: { aspect: '1:1', look: 'none' },
  },
  { f: 'look', m: 'warm please', v: { look: 'warm' } },
  { f: 'look', m: 'warm', before: ['make it black and white'], v: { look: 'warm' } },
  // Guard: "cool" alone is praise.
  { f: 'question', m: 'cool', same: true },
  // A text named by its own words is that text; the photo it sits on is that photo (rich: "Road Trip"
  // title on photo 1, "Day one" caption on photo 2).
  {
    f: 'reference',
    m: "make the 'Road Trip' title red",
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'the text reading Day one should sit at the top',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: "'Road Trip' needs to be at the bottom",
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    f: 'reference',
    m: "change 'Road Trip' so it says 'Summer 2024'",
    on: 'rich',
    v: {
      texts: [
        { text: 'Summer 2024', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    f: 'reference',
    m: "put the picture with 'Road Trip' on it at the end",
    on: 'rich',
    v: { photos: src3('city', 'forest', 'beach'), texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'reference',
    m: "no zoom on the picture behind the 'Day one' caption",
    on: 'rich',
    v: moves3Of('zoom-in', 'static', 'zoom-in'),
  },
  {
    f: 'reference',
    m: '把写着Road Trip的标题改成红色',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'Day one这几个字放到顶部',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  { f: 'reference', m: '写着Day one的那张删掉', on: 'rich', v: { photos: src3('beach', 'forest') } },
  {
    f: 'reference',
    m: '有Day one字样的那张放到最后',
    on: 'rich',
    v: { photos: src3('beach', 'forest', 'city') },
  },
  {
    f: 'reference',
    m: '写着Road Trip的那行字换成“夏日旅行”',
    on: 'rich',
    v: {
      texts: [
        { text: '夏日旅行', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    f: 'reference',
    m: '然后把它改成红色',
    on: 'rich',
    before: ['写着Road Trip的那行字放到顶部'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'top', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  // Guards: quoted words said as words to add, or as a song, stay so.
  {
    f: 'text',
    m: "add 'Day one' on the last photo too",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200 }, { text: 'Day one' }] },
  },
  {
    f: 'music',
    m: "play the song 'Road Trip'",
    on: 'rich',
    v: {
      audio: [{ source: 'Road Trip' }],
      texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }],
    },
  },
  {
    f: 'text',
    m: "add a caption 'Day two' on photo 3",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: 'Day two', role: 'caption' }] },
  },
  {
    f: 'style',
    m: "wedding style, and don't keep the client's song",
    on: 'rich',
    v: { look: 'matte', ...song('First Dance') },
  },
  // A style keeps the song the person (or their client) chose, when they say so.
  {
    f: 'style',
    m: "wedding style but keep the couple's music",
    on: 'rich',
    v: { look: 'matte', ...song('lo-fi.mp3') },
  },
  {
    f: 'style',
    m: 'family style, keep the track the client sent',
    on: 'rich',
    v: { look: 'warm', ...song('lo-fi.mp3') },
  },
  {
    f: 'style',
    m: "travel vlog look, but don't change their song",
    on: 'rich',
    v: { look: 'warm', ...song('lo-fi.mp3') },
  },
  { f: 'style', m: '婚礼风格，保留客户的音乐', on: 'rich', v: { look: 'matte', ...song('lo-fi.mp3') } },
  { f: 'style', m: '套用家庭风格，还是用原来的歌', on: 'rich', v: { look: 'warm', ...song('lo-fi.mp3') } },
  // Guard: a style alone still brings its own song.
  {
    f: 'style',
    m: '婚礼风格，音乐也换成婚礼的',
    on: 'rich',
    v: { look: 'matte', ...song('First Dance') },
  },
  // Removals said as statements of fact: what is to go goes.
  { f: 'text', m: 'The title is to be deleted.', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'music', m: 'the soundtrack should be taken out', on: 'rich', v: { audio: [] } },
  { f: 'order', m: 'photo 2 is to be removed', v: { photos: src3('beach', 'forest') } },
  {
    f: 'order',
    m: "The party night photo shouldn't be in the video",
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },
  { f: 'order', m: 'the forest one isn’t necessary', v: { photos: src3('beach', 'city') } },
  { f: 'look', m: 'the filter needs to be removed', before: ['black and white'], v: { look: 'none' } },
  {
    f: 'order',
    m: '日落那张不应该出现在视频里',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'party night') },
  },
  { f: 'music', m: '音乐应该被去掉', on: 'rich', v: { audio: [] } },
  // Guards: a statement of what something should be is still that setting.
  {
    f: 'text',
    m: 'the title should be red',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
        { text: 'Day one' },
      ],
    },
  },
  {
    f: 'transition',
    m: 'the transitions should be wipes',
    on: 'five',
    v: { transitions: each(4, { kind: 'wipe-left' }) },
  },
  { f: 'length', m: 'the last photo should be 5 seconds', v: { photos: [len(3000), len(3000), len(5000)] } },
  // Key: value settings: the value belongs to the key.
  { f: 'length', m: 'photo duration = 2.5s', v: photos3(2500) },
  { f: 'length', m: '每张照片的时长：4秒', v: photos3(4000) },
  { f: 'transition', m: 'fade in: 2s', v: { fade: { inMs: 2000, outMs: 0 }, ...photos3(3000) } },
  { f: 'transition', m: '淡入：1秒；淡出：2秒', v: { fade: { inMs: 1000, outMs: 2000 }, ...photos3(3000) } },
  {
    f: 'transition',
    m: 'fade out to black at the very end, lasting 2 seconds',
    v: { fade: { inMs: 0, outMs: 2000 }, ...photos3(3000) },
  },
  {
    f: 'music',
    m: 'song start = 3s',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }], durationMs: 7400 },
  },
  {
    f: 'music',
    m: '音乐开始时间：3秒',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }], durationMs: 7400 },
  },
  {
    f: 'text',
    m: '字幕显示时长为2秒',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', endMs: 3000 },
        { text: 'Day one', startMs: 2200, endMs: 4200 },
      ],
    },
  },
  {
    f: 'style',
    m: 'theme: travel vlog',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), look: 'warm' },
  },
  { f: 'style', m: '主题为生日', v: { photos: each(3, { durationMs: 2200 }), look: 'vivid' } },
  {
    f: 'text',
    m: '字幕为"海边"，颜色为红色，位置为顶部',
    v: { texts: [{ text: '海边', position: 'top', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: "the couple's names 'Mia & Leo' at the top",
    on: 'five',
    v: { texts: [{ text: 'Mia & Leo', position: 'top' }] },
  },
  // Guards: a photo's own key, a text's words after a colon, the music's fade.
  { f: 'length', m: 'first photo: 5 s', v: { photos: [len(5000), len(3000), len(3000)] } },
  { f: 'text', m: '标题：时间过得真快', v: { texts: [{ text: '时间过得真快', role: 'title' }] } },
  {
    f: 'music',
    m: 'music fade out: 4s',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }], fade: { outMs: 0 } },
  },
  // Double negatives: what is granted stays; only the request after it is done.
  {
    f: 'text',
    m: '不是不要字幕，是要小一点',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 0.8 },
      ],
    },
  },
  { f: 'transition', m: '并不是不喜欢转场，而是想要长一点，1秒', on: 'five', v: cuts5('crossfade', 1000) },
  {
    f: 'music',
    m: "it's not that I don't want music, but turn it down to 20%",
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    f: 'text',
    m: "the title isn't bad, I just don't want it",
    on: 'rich',
    v: { texts: [{ text: 'Day one' }], audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    f: 'music',
    m: "the song isn't the problem, we just don't need it anymore",
    on: 'rich',
    v: { audio: [] },
  },
  {
    f: 'text',
    m: '标题不是不好看，就是太靠中间了，放到底部',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    f: 'motion',
    m: "not that I don't like the zooms, but pan left on the first one",
    v: moves3Of('pan-left', 'zoom-in', 'zoom-in'),
  },
  {
    f: 'motion',
    m: '拉远也不是不行，不过第一张换成放大',
    before: ['zoom out'],
    v: moves3Of('zoom-in', 'zoom-out', 'zoom-out'),
  },
  // Guards: a plain refusal still removes.
  { f: 'music', m: '音乐不需要了', on: 'rich', v: { audio: [] } },
  { f: 'music', m: "I don't need the music", on: 'rich', v: { audio: [] } },
  // A platform named beside what was asked: the length and the shape said win.
  {
    f: 'length',
    m: 'the Reels edit should be 20 seconds',
    on: 'five',
    before: ['9:16'],
    v: { aspect: '9:16', durationMs: 20000 },
  },
  { f: 'format', m: '快手版弄好了，再要一个方形的', before: ['竖屏'], v: { aspect: '1:1' } },
  { f: 'format', m: 'B站要竖屏的', v: { aspect: '9:16' } },
  {
    f: 'format',
    m: 'the TikTok version is done, now a landscape one for YouTube',
    before: ['9:16'],
    v: { aspect: '16:9' },
  },
  // Guards: a platform alone still implies its shape.
  { f: 'format', m: '改成视频号的尺寸', v: { aspect: '9:16' } },
  { f: 'format', m: '发B站', before: ['竖屏'], v: { aspect: '16:9' } },
  // A pace step said of the photos is each photo's.
  {
    f: 'length',
    m: 'pictures need to stay on screen longer',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  { f: 'length', m: 'Photos ought to stay up longer.', v: photos3(4000) },
  { f: 'length', m: '照片都要显示得更久', v: photos3(4000) },
  { f: 'length', m: '照片停留时间长一点', on: 'five', v: { photos: each(5, { durationMs: 4000 }) } },
  // Guard: "longer" alone is still the video's.
  { f: 'length', m: 'make it longer', on: 'five', v: { durationMs: 15750 } },
  // A bare amount added after a one-photo length change is more for that photo.
  {
    f: 'length',
    m: 'add another second',
    on: 'three',
    before: ['make photo 2 4 seconds'],
    v: { photos: [len(3000), len(5000), len(3000)], durationMs: 11000 },
  },
  {
    f: 'length',
    m: 'one more second',
    on: 'three',
    before: ['make the first photo 5 seconds'],
    v: { photos: [len(6000), len(3000), len(3000)], durationMs: 12000 },
  },
  {
    f: 'length',
    m: '再多两秒',
    on: 'three',
    before: ['第三张改成4秒'],
    v: { photos: [len(3000), len(3000), len(6000)], durationMs: 12000 },
  },
  {
    f: 'length',
    m: 'plus half a second',
    on: 'three',
    before: ['make photo 2 4 seconds'],
    v: { photos: [len(3000), len(4500), len(3000)], durationMs: 10500 },
  },
  {
    f: 'length',
    m: '再加一秒',
    on: 'three',
    before: ['把第一张改成5秒'],
    v: { photos: [len(6000), len(3000), len(3000)], durationMs: 12000 },
  },
  // Guards: with no one-photo length before, or after a whole-video length, the amount is the video's.
  { f: 'length', m: '再加一秒', on: 'three', v: { durationMs: 10000 } },
  {
    f: 'length',
    m: 'add another second',
    on: 'three',
    before: ['make it 10 seconds'],
    v: { durationMs: 11000 },
  },
  // A shape said explicitly wins over the shape a platform in another clause of the same message implies.
  { f: 'format', m: 'square, for instagram', v: { aspect: '1:1' } },
  { f: 'format', m: 'vertical, for youtube', v: { aspect: '9:16' } },
  { f: 'format', m: '方形的，发小红书', v: { aspect: '1:1' } },
  { f: 'format', m: '竖屏，发B站', v: { aspect: '9:16' } },
  { f: 'format', m: 'landscape please, it is for tiktok', v: { aspect: '16:9' } },
  // Guards: a platform said alone still gives its own shape; a shape refused is no shape said.
  { f: 'format', m: 'for instagram', v: { aspect: '4:5' } },
  { f: 'format', m: '这个要发小红书的', v: { aspect: '3:4' } },
  // The colour said is the video fade's colour, also when its length comes in the next clause.
  {
    f: 'transition',
    m: 'fade from white at the start, 1.5s',
    on: 'five',
    v: { fade: { inMs: 1500, outMs: 0, color: '#ffffff' } },
  },
  {
    f: 'transition',
    m: 'fade in from white, 2 seconds',
    on: 'five',
    v: { fade: { inMs: 2000, color: '#ffffff' } },
  },
  { f: 'transition', m: '白色淡入', on: 'five', v: { fade: { inMs: 1000, outMs: 0, color: '#ffffff' } } },
  { f: 'transition', m: '开头白色淡入，1.5秒', on: 'five', v: { fade: { inMs: 1500, color: '#ffffff' } } },
  {
    f: 'transition',
    m: '结尾淡出到白色',
    on: 'five',
    v: { fade: { inMs: 0, outMs: 1000, color: '#ffffff' } },
  },
  // Guard: no colour said is black.
  {
    f: 'transition',
    m: 'fade in at the start, 1.5s',
    on: 'five',
    v: { fade: { inMs: 1500, color: '#000000' } },
  },
  // A photo's file stem past a place word names that photo also before the motion verb.
  {
    f: 'motion',
    m: 'make the Paris city zoom out',
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, ...each(3, { motion: 'zoom-in' })] },
  },
  {
    f: 'motion',
    m: 'let our Bali sunset pan left',
    on: 'five',
    v: { photos: [...each(3, { motion: 'zoom-in' }), { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'motion',
    m: 'make the city zoom out',
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, ...each(3, { motion: 'zoom-in' })] },
  },
  {
    f: 'motion',
    m: '把城市那张改成拉远',
    on: 'five',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-out' }, ...each(3, { motion: 'zoom-in' })] },
  },
  // Guard: no photo named, every photo moves.
  { f: 'motion', m: 'make the photos zoom out', on: 'five', v: { photos: each(5, { motion: 'zoom-out' }) } },
  // A shape said in any clause beats the platform's own: the platform's preset is not set and undone,
  // and the reply names only the shape. "ins" beside Chinese is Instagram.
  { f: 'format', m: 'square pls, its for insta', v: { aspect: '1:1' }, reply: /^(?!.*Instagram)/s },
  { f: 'format', m: 'for tiktok but horizontal', v: { aspect: '16:9' }, reply: /^(?!.*TikTok)/s },
  { f: 'format', m: '给视频号用，横屏', v: { aspect: '16:9' } },
  { f: 'format', m: '发ins用，竖屏', v: { aspect: '9:16' }, reply: /^(?!.*Instagram)/s },
  { f: 'format', m: '正方形的，发ins用', v: { aspect: '1:1' } },
  { f: 'format', m: '发ins用的', v: { aspect: '4:5' } },
  { f: 'format', m: '改成ins的比例', v: { aspect: '4:5' } },
  // Guards: a platform alone still sets its preset; "ins" inside English words is nothing.
  { f: 'format', m: 'for tiktok please', v: { aspect: '9:16' }, reply: /TikTok/ },
  { f: 'format', m: '做成ins用的', v: { aspect: '4:5' } },
  // Lengths, amounts and lists typed short: a second fade's own length inside its words; "N second"
  // without its plural in a list is the video's length, not a photo and a place.
  {
    f: 'transition',
    m: 'fade in 1s at the start and fade out 2s at the end',
    v: { fade: { inMs: 1000, outMs: 2000 } },
  },
  { f: 'transition', m: 'fade out 3 seconds at the end', v: { fade: { inMs: 0, outMs: 3000 } } },
  { f: 'transition', m: '开头淡入1秒，结尾淡出3秒', v: { fade: { inMs: 1000, outMs: 3000 } } },
  {
    f: 'transition',
    m: 'fade up from black 2 sec at the start, fade out 1.5 seconds at the very end',
    v: { fade: { inMs: 2000, outMs: 1500 } },
  },
  // Guard: no length said, a fade is one second.
  { f: 'transition', m: 'fade out at the end', v: { fade: { inMs: 0, outMs: 1000 } } },
  {
    f: 'multi',
    m: 'vertical, 12 second, black and white',
    v: { aspect: '9:16', durationMs: 12_000, look: 'black-and-white' },
  },
  { f: 'multi', m: 'make it square and 20 second', v: { aspect: '1:1', durationMs: 20_000 } },
  { f: 'multi', m: '改成竖屏，20 second', v: { aspect: '9:16', durationMs: 20_000 } },
  { f: 'multi', m: 'warm look, 10 second', v: { look: 'warm', durationMs: 10_000 } },
  // Guards: a photo named, then "second", is still its place.
  { f: 'order', m: 'photo 3 second', v: { photos: src3('beach', 'forest', 'city') } },
  { f: 'order', m: 'beach second', v: { photos: src3('city', 'beach', 'forest') } },
  // "more slowly" / "more quickly" said of the transitions is their length, never the photos'.
  {
    f: 'transition',
    m: 'transitions more slowly please',
    on: 'rich',
    v: { ...photos3(3000), ...cuts3('crossfade', 1200) },
  },
  {
    f: 'transition',
    m: 'do the transitions more quickly',
    on: 'rich',
    v: { ...photos3(3000), ...cuts3('crossfade', 500) },
  },
  {
    f: 'transition',
    m: 'the fades should go more slowly',
    on: 'rich',
    v: { ...photos3(3000), ...cuts3('crossfade', 1200) },
  },
  { f: 'transition', m: '转场慢一点', on: 'rich', v: { ...photos3(3000), ...cuts3('crossfade', 1200) } },
  // Guards: "more slowly" of the video is each photo's pace; "slowly" of a zoom is the zoom's.
  { f: 'length', m: 'make it go more slowly', ...{ v: photos3(4000) } },
  { f: 'motion', m: 'slowly zoom in', v: moves3('zoom-in') },
  // A share of a text's size typed short ("2x", "x2"), or said after "bigger" as its own clause.
  {
    f: 'text',
    m: 'make the caption 2x bigger',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 2 },
      ],
    },
  },
  {
    f: 'text',
    m: 'title bigger x2 pls',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    f: 'text',
    m: 'title 2x bigger, hard to read',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'bigger, 2x please',
    before: ['add title "Welcome"'],
    v: { texts: [{ text: 'Welcome', size: 2.8 }] },
  },
  {
    f: 'reference',
    m: '大一点，两倍',
    before: ['加标题：你好'],
    v: { texts: [{ text: '你好', size: 2.8 }] },
  },
  // Guards: "bigger" alone is one step; "2 seconds" after "bigger" is no share.
  {
    f: 'text',
    m: 'title bigger',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  // A text's own end ("go away after 2 secs") is the text's, never the video's length or a removal.
  {
    f: 'text',
    m: 'the caption should go away after 3 seconds',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 3000 }], durationMs: 7400 },
  },
  {
    f: 'text',
    m: 'title gone after 2s',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
  },
  {
    f: 'text',
    m: 'the title can go away at 1.5s',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 1500, style: 'clean' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '标题两秒后就消失吧',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
  },
  // Guards: "should go" with nothing after is a removal.
  { f: 'text', m: 'the title should go', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'text', m: 'title should go away', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  // "too much" right after a length is too long: the value said with it replaces the step.
  {
    f: 'reference',
    m: 'too much, make it 4',
    before: ['second photo 6 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'hmm too much. make it 2s',
    before: ['first photo 5 seconds'],
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: '太多了，改成2秒',
    before: ['第一张5秒'],
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    f: 'reference',
    m: 'way too much, 2 is enough',
    before: ['first photo 5 seconds'],
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  // Guard: after no length, "too much" is still too flashy, never a shorter video.
  { f: 'reference', m: 'too much', before: ['add crossfades'], v: photos3(3000) },
  // A complaint, then its remedy as a share: one step, the share of the length before the complaint.
  { f: 'length', m: 'too long, cut it in half', v: { durationMs: 4500, ...photos3(1500) } },
  { f: 'length', m: '太长了，减半', v: { durationMs: 4500 } },
  { f: 'length', m: 'too short, make it twice as long', v: { durationMs: 18_000 } },
  { f: 'length', m: '太短了，长一倍', v: { durationMs: 18_000 } },
  // Guards: a number after the complaint is that length; the complaint alone is one step.
  { f: 'length', m: 'too long, make it 6 seconds', v: len(6000) },
  { f: 'length', m: '太长了', v: len(6750) },
  // Per-photo lengths typed as a run without commas: each photo with its own length is an instruction.
  {
    f: 'multi',
    m: 'first photo 2s second photo 3s third photo 4s',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 4000 }], durationMs: 9000 },
  },
  {
    f: 'multi',
    m: 'pic 1 2s pic 2 3s pic 3 1s',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 1000 }] },
  },
  {
    f: 'length',
    m: 'first pic 2 secs the others 4',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: 'last pic 5s the rest 1s',
    v: { photos: [{ durationMs: 1000 }, { durationMs: 1000 }, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: '最后一张5秒 其余1秒',
    v: { photos: [{ durationMs: 1000 }, { durationMs: 1000 }, { durationMs: 5000 }] },
  },
  // Guard: one length for every photo stays one instruction.
  { f: 'length', m: 'photos 2s each', v: photos3(2000) },
  // "for whole video" without its article: the text stays from start to end.
  {
    f: 'text',
    m: 'add caption "Hi" for whole video',
    on: 'things',
    v: { texts: [{ text: 'Hi', startMs: 0, endMs: 15_000 }] },
  },
  {
    f: 'text',
    m: 'put "Sale" at the bottom in entire video',
    on: 'things',
    v: { texts: [{ text: 'Sale', position: 'bottom', startMs: 0, endMs: 15_000 }] },
  },
  {
    f: 'text',
    m: 'add text "Hi" whole video long',
    on: 'things',
    v: { texts: [{ text: 'Hi', startMs: 0, endMs: 15_000 }] },
  },
  {
    f: 'text',
    m: '加字幕「你好」全程显示',
    on: 'things',
    v: { texts: [{ text: '你好', startMs: 0, endMs: 15_000 }] },
  },
  // Guard: no time said, a caption keeps its default window.
  { f: 'text', m: 'add caption "Hi"', on: 'things', v: { texts: [{ text: 'Hi', startMs: 0, endMs: 4000 }] } },
  // Undo and redo in learner English and Cantonese: "make it back like before", "undo 2 time", 改返之前嗰個,
  // "ah actually keep it".
  { f: 'history', m: 'can make it back like before?', before: ['black and white'], v: { look: 'none' } },
  { f: 'history', m: 'change it back to previous', before: ['9:16'], v: { aspect: '16:9' } },
  {
    f: 'history',
    m: 'undo 2 step',
    before: ['each photo 2 seconds', 'black and white'],
    v: { look: 'none', ...photos3(3000) },
  },
  { f: 'history', m: '改返之前嗰個啦', before: ['黑白'], v: { look: 'none' } },
  { f: 'history', m: '唔该改返原来嗰个', before: ['加标题：你好'], v: { texts: [] } },
  { f: 'history', m: '换回之前那个吧', before: ['竖屏'], v: { aspect: '16:9' } },
  {
    f: 'history',
    m: 'oops sorry keep it',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  { f: 'history', m: 'ah ok keep it', before: ['9:16', 'undo'], v: { aspect: '9:16' } },
  // Guards: "keep it" with a value is that value; a bare count of seconds is no undo.
  { f: 'look', m: 'keep it black and white', v: { look: 'black-and-white' } },
  { f: 'length', m: 'make it back to 2 seconds each', before: ['each photo 4 seconds'], v: photos3(2000) },
  // 改做 before a number is 改成, also with no other Cantonese word.
  { f: 'length', m: '时长改做10秒', v: len(10_000) },
  { f: 'format', m: '帧率改做60', v: { fps: 60 } },
  { f: 'length', m: '總長度改做 12 秒', v: len(12_000) },
  { f: 'format', m: '幀率改做 25 吧', v: { fps: 25 } },
  // Guards: a text's words after 改做 and a look are read as before.
  { f: 'text', m: '标题改做「畢業快樂」', v: { texts: [{ text: '畢業快樂' }] } },
  { f: 'look', m: '改做黑白', v: { look: 'black-and-white' } },
  // Sorting by when the photos were taken, said with 拍照 / 拍 and 先后.
  { f: 'order', m: '按拍照时间排一下', v: { photos: src3('city', 'forest', 'beach') } },
  { f: 'order', m: '照片按照拍的日期排', v: { photos: src3('city', 'forest', 'beach') } },
  { f: 'order', m: '按拍摄的时间先后排列', v: { photos: src3('city', 'forest', 'beach') } },
  { f: 'order', m: '按照拍照的日期排序，新的在前', v: { photos: src3('beach', 'forest', 'city') } },
  // Guard: the plain sort is unchanged.
  { f: 'order', m: 'sort by date taken', v: { photos: src3('city', 'forest', 'beach') } },
  // "only keep first three photo": the count says several, also with a singular noun.
  {
    f: 'order',
    m: 'only keep first three photo',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest') },
  },
  { f: 'order', m: 'just keep the last 2 picture', on: 'five', v: { photos: src5('sunset', 'party night') } },
  {
    f: 'order',
    m: 'delete the first 2 photo',
    on: 'five',
    v: { photos: src5('forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: 'keep only first 4 pic',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },
  // Guard: "first photo 2s" is one photo's length.
  {
    f: 'length',
    m: 'first photo 2s',
    on: 'five',
    v: { photos: [{ durationMs: 2000 }, ...each(4, { durationMs: 3000 })] },
  },
  // A dislike of a named photo, the photo said first or after, English and Chinese: it goes.
  {
    f: 'order',
    m: 'that beach pic, not a fan',
    on: 'five',
    v: { photos: src5('city', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: 'the sunset one i really hate it',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'party night') },
  },
  {
    f: 'order',
    m: '第二张我不喜欢',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '不喜欢城市那张',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '我不太喜欢最后一张',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },
  // Guards: a liked photo stays; a disliked look is not a photo.
  { f: 'order', m: 'the city photo, I like it', on: 'five', same: true },
  { f: 'look', m: "I don't like the filter", before: ['black and white'], v: { look: 'none' } },
  // "the opening image should be X": that photo goes first (or last for the closing one).
  {
    f: 'order',
    m: 'the first photo should be the forest one',
    on: 'five',
    v: { photos: src5('forest', 'beach', 'city', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: 'the last picture should be the beach',
    on: 'five',
    v: { photos: src5('city', 'forest', 'sunset', 'party night', 'beach') },
  },
  {
    f: 'order',
    m: 'Kindly note the closing image must be the city photo.',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night', 'city') },
  },
  {
    f: 'order',
    m: 'the starting image is photo 3',
    on: 'five',
    v: { photos: src5('forest', 'beach', 'city', 'sunset', 'party night') },
  },
  // Guards: what a photo should be besides a photo is its own edit.
  {
    f: 'length',
    m: 'the last photo should be 5 seconds',
    on: 'five',
    v: { photos: [...each(4, { durationMs: 3000 }), { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: 'the first photo should be longer',
    on: 'five',
    v: { photos: [{ durationMs: 4000 }, ...each(4, { durationMs: 3000 })] },
  },
  // A reason after the request ("its the hook") asks for nothing.
  {
    f: 'order',
    m: 'dog pic first because its the hook',
    on: 'things',
    v: { photos: [{ source: 'dog.jpg' }, ...each(4, {})] },
  },
  {
    f: 'order',
    m: "put the rocket last, it's the best one",
    on: 'things',
    v: { photos: [...each(4, {}), { source: 'rocket.jpg' }] },
  },
  {
    f: 'order',
    m: 'coffee pic first, its my fav',
    on: 'things',
    v: { photos: [{ source: 'coffee.jpg' }, ...each(4, {})] },
  },
  {
    f: 'order',
    m: '狗那张放第一张，因为它最吸睛',
    on: 'things',
    v: { photos: [{ source: 'dog.jpg' }, ...each(4, {})] },
  },
  // Guard: the same words as a caption's are the caption.
  { f: 'text', m: 'add caption its the best day ever', v: { texts: [{ text: 'its the best day ever' }] } },
  // "also can" (Singlish "that one too") and a length said "5 second" after a photo named by its place.
  {
    f: 'reference',
    m: 'the fourth one also ok lah',
    on: 'five',
    before: ['third photo pan left'],
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'the second one also can',
    before: ['first photo zoom out'],
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  {
    f: 'length',
    m: 'make the second photo 5 second',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  {
    f: 'length',
    m: 'make the last photo 2 second',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },
  // Guard: a photo number before "second" is still a move.
  { f: 'order', m: 'move pic 3 second', v: { photos: src3('beach', 'forest', 'city') } },
  // "make all the others same like the first one": the last one-photo edit on every other photo.
  {
    f: 'reference',
    m: 'the rest same like the first',
    on: 'five',
    before: ['the first photo make 4 second'],
    v: { photos: each(5, { durationMs: 4000 }) },
  },
  { f: 'reference', m: 'make the others the same', before: ['first photo pan left'], v: moves3('pan-left') },
  {
    f: 'reference',
    m: '其他的都跟第一张一样',
    on: 'five',
    before: ['第一张4秒'],
    v: { photos: each(5, { durationMs: 4000 }) },
  },
  { f: 'reference', m: '把剩下的照片和它一样', before: ['第一张拉远'], v: moves3('zoom-out') },
  // Guard: "as long as the first one" is not read as this.
  { f: 'reference', m: 'same for the others', before: ['first photo pan left'], v: moves3('pan-left') },
  // "put it more up": higher (and "more down" lower), one step on the text's ladder.
  {
    f: 'text',
    m: 'move it more up',
    before: ['add caption "Day 1"'],
    v: { texts: [{ position: 'lower-third' }] },
  },
  {
    f: 'text',
    m: 'move the title more down',
    before: ['add title "Hi"'],
    v: { texts: [{ position: 'lower-third' }] },
  },
  {
    f: 'text',
    m: 'put the caption more up please',
    before: ['add caption "Go"'],
    v: { texts: [{ position: 'lower-third' }] },
  },
  {
    f: 'text',
    m: 'the caption more up',
    before: ['add caption "Go"'],
    v: { texts: [{ position: 'lower-third' }] },
  },
  // Music named alone at the end of a list is music added.
  { f: 'multi', m: '9:16 and some music', v: { aspect: '9:16', ...song(/./) } },
  { f: 'multi', m: 'vertical plus bgm', v: { aspect: '9:16', ...song(/./) } },
  { f: 'multi', m: '竖屏，黑白，还有音乐', v: { aspect: '9:16', look: 'black-and-white', ...song(/./) } },
  { f: 'multi', m: '15秒，还要点配乐', v: { ...len(15_000), ...song(/./) } },
  // Guards: the word alone is not a request; a video with music keeps its song.
  { f: 'music', m: 'music', route: 'unsupported', same: true },
  { f: 'multi', m: '9:16 and music', on: 'rich', v: { aspect: '9:16', audio: [{ source: 'lo-fi.mp3' }] } },
  // A time for a text there is not is no text reading "last": the reply says there is none yet (or asks
  // for the words when the message adds one).
  { f: 'text', m: 'make the title last 3 seconds', same: true, reply: /no title yet/ },
  { f: 'text', m: 'the caption should stay on screen for 2 secs', same: true, reply: /no caption yet/ },
  { f: 'text', m: '标题显示3秒就行', same: true, reply: /还没有标题/ },
  { f: 'text', m: 'add a title that lasts 3 seconds', same: true, reply: /What should the title say/ },
  { f: 'text', m: '加个标题，显示3秒', same: true, reply: /标题要写什么/ },
  // Guards: with a title, its time changes; words given, the title is added with its time.
  {
    f: 'text',
    m: 'make the title last 2 seconds',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'add a title "Hello" that lasts 3 seconds',
    v: { texts: [{ text: 'Hello', role: 'title', startMs: 0, endMs: 3000 }] },
  },
  // Words longer than a text may hold are refused with the limit, never cut nor taken without quotes.
  { f: 'text', m: `add a title "${'Long '.repeat(120)}"`, same: true, reply: /at most 500/ },
  { f: 'text', m: `加字幕「${'很长'.repeat(300)}」`, same: true, reply: /最多 500/ },
  { f: 'text', m: `caption on photo 2: '${'x'.repeat(501)}'`, same: true, reply: /501 characters/ },
  { f: 'text', m: `title: "${'a'.repeat(800)}"`, on: 'rich', same: true, reply: /800 characters/ },
  // Guard: 500 characters fit.
  {
    f: 'text',
    m: `add a title "${'y'.repeat(500)}"`,
    v: { texts: [{ text: 'y'.repeat(500), role: 'title' }] },
  },
  // Things Joy cannot do change nothing, whatever else they name: posting to several platforms at once (none
  // becomes a preset), a voice-over, subtitles made from speech, taking the vocals out, stopping the music early.
  { f: 'negation', m: 'upload it to YouTube, Instagram and TikTok please', same: true, reply: /can't post/ },
  { f: 'negation', m: 'share it on facebook and insta for me', same: true, reply: /can't post/ },
  { f: 'negation', m: '直接上传到B站、小红书和抖音', same: true, reply: /没法替你发布/ },
  { f: 'negation', m: '帮我发到抖音和快手', same: true, reply: /没法替你发布/ },
  { f: 'negation', m: 'record a narration over the photos', same: true, reply: /voice-over/ },
  { f: 'negation', m: '加一段我的配音', same: true, reply: /旁白/ },
  { f: 'negation', m: 'make subtitles automatically from the audio', same: true, reply: /from speech/ },
  { f: 'negation', m: '语音自动转成字幕', same: true, reply: /自动生成字幕/ },
  { f: 'negation', m: 'strip the vocals, I only want the instrumental version', on: 'rich', same: true },
  { f: 'negation', m: '把歌里的人声去掉', on: 'rich', same: true, reply: /人声/ },
  {
    f: 'music',
    m: 'end the song at the 6 second mark',
    on: 'rich',
    same: true,
    reply: /until the video ends/,
  },
  { f: 'music', m: '音乐到第4秒就停', on: 'rich', same: true, reply: /一直播放到视频结束/ },
  // Guards: posting beside an edit still does the edit; music words near those still add or fade music.
  { f: 'negation', m: 'post it on insta and make it black and white', v: { look: 'black-and-white' } },
  { f: 'music', m: 'add some instrumental music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  { f: 'music', m: '配点音乐', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    f: 'music',
    m: 'fade the song out over the last 4 seconds',
    on: 'rich',
    v: { audio: [{ fadeOutMs: 4000 }] },
  },
  // "no title" beside other wishes on a draft with none is already so, never a refusal of the whole message.
  {
    f: 'style',
    m: 'wedding style, no title',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), texts: [] },
  },
  { f: 'look', m: '黑白，不要标题', on: 'five', v: { look: 'black-and-white', texts: [] } },
  { f: 'look', m: 'vintage look and no captions', on: 'five', v: { look: 'vintage', texts: [] } },
  { f: 'look', m: '复古色调，不要字幕', on: 'three', v: { look: 'vintage', texts: [] } },
  // Guard: a removal said alone still says there is nothing to remove.
  { f: 'text', m: 'remove the title', on: 'five', same: true, reply: /no title/ },
  // "0.3 instead of 0.4": the decimal after "instead of" goes whole, the one before is the value.
  {
    f: 'transition',
    m: 'make the transitions 0.5 instead of 0.8',
    on: 'five',
    v: { transitions: each(4, { durationMs: 500 }) },
  },
  {
    f: 'transition',
    m: 'crossfades 0.5s instead of 0.8s',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }) },
  },
  { f: 'length', m: 'each photo 2.5 seconds rather than 3', v: { photos: each(3, { durationMs: 2500 }) } },
  {
    f: 'transition',
    m: '转场改成0.5秒而不是0.8',
    on: 'five',
    v: { transitions: each(4, { durationMs: 500 }) },
  },
  // A background colour behind the photos shows them whole on it (the fit), not just the canvas under the blur.
  {
    f: 'format',
    m: 'a white background behind the photos instead of the blur',
    v: { photos: each(3, { fit: 'color' }) },
  },
  {
    f: 'format',
    m: 'black background instead of the blurry edges',
    on: 'five',
    v: { photos: each(5, { fit: 'color' }) },
  },
  { f: 'format', m: '背景换成白色', on: 'five', v: { photos: each(5, { fit: 'color' }) } },
  { f: 'format', m: '把照片放在黑色背景上', v: { photos: each(3, { fit: 'color' }) } },
  // Guards: the blurred fill asked for stays; a box behind a caption is the caption's.
  { f: 'format', m: 'blur background', on: 'five', v: { photos: each(5, { fit: 'blur' }) } },
  // A kind of music given its level ("calm piano at 30%") is a song at that volume: never the pace, nor a
  // look's strength beside it.
  {
    f: 'music',
    m: 'some gentle guitar at 40%',
    on: 'five',
    v: { ...song('Campfire', { volume: 0.4 }), ...len(11_800) },
  },
  {
    f: 'multi',
    m: 'black and white, calm piano at 20%',
    on: 'five',
    v: { look: 'black-and-white', ...song('Quiet Piano', { volume: 0.2 }), ...len(11_800) },
  },
  {
    f: 'multi',
    m: '3 s per photo, soft piano at 25%',
    v: { ...photos3(3000), ...song('Quiet Piano', { volume: 0.25 }) },
  },
  {
    f: 'music',
    m: '来点舒缓的钢琴曲，音量30%',
    on: 'five',
    v: { ...song('Quiet Piano', { volume: 0.3 }), ...len(11_800) },
  },
  // Guard: a calm word alone is still the pace.
  { f: 'length', m: 'make it calm', v: photos3(4000) },
  // Music swapped by its kind keeps the level said beside it; a level alone keeps the song.
  { f: 'music', m: 'switch the music to piano at 40%', on: 'rich', v: song('Quiet Piano', { volume: 0.4 }) },
  { f: 'music', m: '音乐换成吉他的，音量50%', on: 'rich', v: song('Campfire', { volume: 0.5 }) },
  {
    f: 'music',
    m: 'change the song to something romantic, 20%',
    on: 'rich',
    v: song('First Dance', { volume: 0.2 }),
  },
  { f: 'music', m: 'music at 40%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  { f: 'music', m: '音量调到40%', on: 'rich', v: song('lo-fi.mp3', { volume: 0.4 }) },
  // "off" and "none" as a list's value switch a text or the music off.
  { f: 'text', m: 'captions off', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  {
    f: 'text',
    m: 'title off, music 50%',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }], ...song('lo-fi.mp3', { volume: 0.5 }) },
  },
  { f: 'music', m: 'look: warm; music: none', on: 'rich', v: { look: 'warm', audio: [] } },
  { f: 'music', m: '滤镜：黑白\n音乐：无', on: 'rich', v: { look: 'black-and-white', audio: [] } },
  { f: 'text', m: '字幕：不要', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  { f: 'text', m: 'caption: none', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  // Guards: words that only begin like "none" or "off" are the text's.
  {
    f: 'text',
    m: 'title: None Shall Pass',
    on: 'rich',
    v: { texts: [{ text: 'None Shall Pass', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'caption: Off we go',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Off we go', role: 'caption' }] },
  },
  // "push-in", hyphened, is the camera move.
  { f: 'motion', m: 'push-in on all of them', v: moves3('push-in') },
  { f: 'motion', m: 'a slow push-in on every photo please', v: moves3('push-in') },
  { f: 'multi', m: 'square; push-in on each photo', v: { aspect: '1:1', ...moves3('push-in') } },
  // A unit after a number ("0.3 s") is no part of a transition's name: the length stays the transition's.
  { f: 'transition', m: 'whip pans 0.4 s', v: cuts3('whip-pan', 400) },
  { f: 'transition', m: 'whip pan, 0.5 s each', on: 'five', v: cuts5('whip-pan', 500) },
  {
    f: 'multi',
    m: 'Vertical; whip pans 0.3 s; vivid',
    v: { aspect: '9:16', ...cuts3('whip-pan', 300), look: 'vivid' },
  },
  // A run of lengths said of the photos goes one per photo, in order.
  {
    f: 'length',
    m: 'photos: 4s, 3s, 2s',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: 'photo lengths: 2, 3 and 4 seconds',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '2s, 5s and 2s, in that order',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 5000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: '三张分别2秒、3秒、4秒',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 4000 }] },
  },
  {
    f: 'multi',
    m: '照片时长：4秒，3秒，2秒；滤镜：暖色',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 2000 }], look: 'warm' },
  },
  // Guards: one length is still every photo's or the video's.
  { f: 'length', m: 'photos: 2s each', v: photos3(2000) },
  { f: 'length', m: 'make it 4s', v: len(4000) },
  // A list named by its count ("three things —", "两件事：") is no photo's number.
  {
    f: 'multi',
    m: 'two things — (a) black and white, (b) 4 seconds each',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), look: 'black-and-white' },
  },
  {
    f: 'multi',
    m: '三件事：1. 竖屏 2. 黑白 3. 每张2秒',
    on: 'five',
    v: { aspect: '9:16', look: 'black-and-white', photos: each(5, { durationMs: 2000 }) },
  },
  {
    f: 'multi',
    m: 'a few changes: 1) warm look 2) square',
    on: 'five',
    v: { look: 'warm', aspect: '1:1', photos: each(5, {}) },
  },
  {
    f: 'multi',
    m: '两点：一、方形；二、去掉音乐',
    on: 'rich',
    v: { aspect: '1:1', audio: [], photos: each(3, {}) },
  },
  // Guard: a photo named by number is still removed.
  {
    f: 'order',
    m: 'remove photo 3',
    on: 'five',
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  // A text's verb and place stay the text's: the song beside it takes only its own verb.
  {
    f: 'multi',
    m: '加标题「海边」放在顶部，配一首轻快的音乐',
    v: { texts: [{ text: '海边', role: 'title', position: 'top' }], ...song(/./) },
  },
  {
    f: 'multi',
    m: '加个字幕「第一天」放底部，再放一首欢快的歌',
    v: { texts: [{ text: '第一天', position: 'bottom' }], ...song('Sunny Pop') },
  },
  {
    f: 'multi',
    m: '1. 加标题「你好」放在底部 2. 配一首浪漫的歌',
    v: { texts: [{ text: '你好', role: 'title', position: 'bottom' }], ...song('First Dance') },
  },
  {
    f: 'multi',
    m: "put a title 'Hello' at the bottom, and play some happy music",
    v: { texts: [{ text: 'Hello', role: 'title', position: 'bottom' }], ...song('Sunny Pop') },
  },
  // Guard: a song added alone.
  { f: 'music', m: '放一首欢快的歌', on: 'five', v: song('Sunny Pop') },
  // A number beside a vague word wins: "quick ones, 0.3s", "1.5 seconds, slow and soft" say how long.
  {
    f: 'transition',
    m: 'swap the crossfades for slides (fast ones, 0.4s)',
    on: 'five',
    v: cuts5('slide-left', 400),
  },
  {
    f: 'transition',
    m: 'transitions 1.2 seconds please, nice and slow',
    on: 'five',
    v: cuts5('crossfade', 1200),
  },
  { f: 'transition', m: '转场改成黑场，0.5秒，慢一点', on: 'five', v: cuts5('fade-black', 500) },
  {
    f: 'transition',
    m: 'dissolves between the photos (gentle, 1 s)',
    on: 'three',
    v: cuts3('crossfade', 1000),
  },
  // Guards: a vague word alone still steps; a new kind beside a value is a change of its own.
  { f: 'transition', m: 'slower transitions', on: 'five', v: cuts5('crossfade', 1200) },
  {
    f: 'transition',
    m: 'crossfades between the photos, 0.5 s; actually make them fades to black, same timing',
    on: 'three',
    v: cuts3('fade-black', 500),
  },
  // One transition singled out in a message that sets the rest: "the last one", "except …— that one".
  {
    f: 'transition',
    m: 'all transitions fade through white, 0.4s, then the last transition a fade to black',
    on: 'five',
    v: kinds('fade-white', 'fade-white', 'fade-white', 'fade-black'),
  },
  {
    f: 'transition',
    m: '转场都换成黑场，最后一个转场改成闪白',
    on: 'five',
    v: kinds('fade-black', 'fade-black', 'fade-black', 'fade-white'),
  },
  {
    f: 'transition',
    m: 'slides, 0.6 s each; the first one can just be a hard cut',
    on: 'five',
    v: kinds('cut', 'slide-left', 'slide-left', 'slide-left'),
  },
  {
    f: 'transition',
    m: 'crossfades everywhere but the first one — make that one a wipe, 1 s',
    on: 'five',
    v: {
      transitions: [
        { kind: 'wipe-left', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  {
    f: 'transition',
    m: '第1张和第2张之间用叠化（1秒），第2张和第3张之间用黑场（0.5秒）',
    on: 'three',
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'fade-black', durationMs: 500 },
      ],
    },
  },
  {
    f: 'transition',
    m: 'a wipe between 1 and 2 (0.4 s), and a fade to black between 2 and 3 (1.2 s)',
    on: 'three',
    v: {
      transitions: [
        { kind: 'wipe-left', durationMs: 400 },
        { kind: 'fade-black', durationMs: 1200 },
      ],
    },
  },
  {
    f: 'transition',
    m: 'the first transition a fade to black, the rest crossfades, all of them 0.5 s',
    on: 'five',
    v: {
      transitions: [
        { kind: 'fade-black', durationMs: 500 },
        ...each(3, { kind: 'crossfade', durationMs: 500 }),
      ],
    },
  },
  {
    f: 'transition',
    m: '第一个转场用闪白，其他用叠化，统一0.4秒',
    on: 'five',
    v: {
      transitions: [
        { kind: 'fade-white', durationMs: 400 },
        ...each(3, { kind: 'crossfade', durationMs: 400 }),
      ],
    },
  },
  {
    f: 'transition',
    m: 'alternate crossfades and wipes for the transitions, 0.5 s',
    on: 'five',
    v: { transitions: each(4, { durationMs: 500 }) },
  },
  // Guard: a length said with one transition stays that one's.
  {
    f: 'transition',
    m: 'the last transition a fade to black, 1.5 s',
    on: 'five',
    v: {
      transitions: [
        ...each(3, { kind: 'crossfade', durationMs: 800 }),
        { kind: 'fade-black', durationMs: 1500 },
      ],
    },
  },
  // A correction inside the message: the thing taken back is not done.
  {
    f: 'transition',
    m: 'mixed transitions please — no wait, just regular crossfades, 0.6 s',
    on: 'five',
    v: cuts5('crossfade', 600),
  },
  { f: 'transition', m: '随机转场吧……算了，还是统一用叠化，1秒', on: 'five', v: cuts5('crossfade', 1000) },
  {
    f: 'length',
    m: 'each photo 2 seconds and move the city one to the end — actually, leave the order alone',
    on: 'three',
    v: {
      photos: [{ source: 'beach.jpg', durationMs: 2000 }, { source: 'city.jpg' }, { source: 'forest.jpg' }],
    },
  },
  {
    f: 'length',
    m: '每张照片改成2秒，再把森林那张放到第一，哦不对，顺序别动',
    on: 'three',
    v: {
      photos: [{ source: 'beach.jpg', durationMs: 2000 }, { source: 'city.jpg' }, { source: 'forest.jpg' }],
    },
  },
  // Guard: a correction of a kind still replaces it.
  { f: 'transition', m: 'crossfades — no, actually wipes', on: 'three', v: cuts3('wipe-left') },
  // A bound on the length ("不要超过10秒") is the video's length, not a photo refused.
  { f: 'length', m: '总长不要超过8秒', on: 'three', v: len(8000) },
  { f: 'length', m: '别超过12秒，转场不变', on: 'five', v: { ...len(12_000), ...cuts5('crossfade', 800) } },
  {
    f: 'length',
    m: '不能超过10秒，每张的时间均匀分配',
    on: 'five',
    v: { ...len(10_000), photos: each(5, { durationMs: 2640 }) },
  },
  { f: 'length', m: '最好不要超过6秒', on: 'three', v: len(6000) },
  // Music left for later adds none; a song already there goes only when told.
  { f: 'music', m: '黑白，配乐暂时不加', v: { look: 'black-and-white', audio: [] } },
  { f: 'music', m: 'hold off on the music for now, just make it warm', v: { look: 'warm', audio: [] } },
  { f: 'music', m: '音乐先不配，每张2秒', v: { ...photos3(2000), audio: [] } },
  { f: 'music', m: "don't bother with the music yet; vertical", v: { aspect: '9:16', audio: [] } },
  // Guard: music asked for is still added.
  { f: 'music', m: '黑白，再配点音乐', v: { look: 'black-and-white', ...song(/./) } },
  // "keep the crossfades but 1 s": the length is the transitions'.
  {
    f: 'transition',
    m: 'keep the crossfades but make them 0.5 s',
    on: 'five',
    v: { ...cuts5('crossfade', 500), durationMs: 13000 },
  },
  {
    f: 'transition',
    m: 'no motion; keep the transitions, just 1.2 seconds',
    on: 'five',
    v: cuts5('crossfade', 1200),
  },
  { f: 'transition', m: '保留叠化，但改成1秒', on: 'five', v: cuts5('crossfade', 1000) },
  { f: 'transition', m: '保留转场，时长改成0.5秒', on: 'five', v: cuts5('crossfade', 500) },
  // Guard: kept alone, nothing changes.
  { f: 'transition', m: 'keep the crossfades', on: 'five', same: true },
  // Moves in sequence beside a move for one photo: the sequence runs on, the one photo is set after it.
  {
    f: 'motion',
    m: 'zoom in first, then zoom out, and the beach photo at the start should be still',
    on: 'five',
    v: moves3Of('static', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out'),
  },
  {
    f: 'motion',
    m: 'first zoom out then pan left — and the rocket one should stay still',
    on: 'things',
    v: moves3Of('zoom-out', 'zoom-out', 'zoom-out', 'static', 'pan-left'),
  },
  {
    f: 'motion',
    m: 'alternate zoom in and zoom out, and speed it all up a bit',
    v: { ...moves3Of('zoom-in', 'zoom-out', 'zoom-in'), durationMs: 6750 },
  },
  { f: 'length', m: 'slow it all down a little', v: len(12_000) },
  // A vague step of one photo is × 3/4 or × 4/3 to 50 ms, as the whole video's is; a number said right after it
  // is from the length before the guess, on that photo.
  {
    f: 'length',
    m: 'the second photo drags',
    on: 'five',
    v: { photos: [len(3000), len(2250), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: '第二张有点拖，改成2秒',
    on: 'five',
    v: { photos: [len(3000), len(2000), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: '最后一张太仓促了，再加一秒',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(3000), len(4000)] },
  },
  {
    f: 'length',
    m: 'the fourth photo drags, make it 2 seconds',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(2000), len(3000)] },
  },
  { f: 'length', m: 'the pace drags — warmer, and 4 seconds a photo', v: { look: 'warm', ...photos3(4000) } },
  // Guard: a number for the video after a photo's complaint stays the video's.
  { f: 'length', m: '中间那张有点拖，视频缩到8秒', on: 'five', v: { durationMs: 8000 } },
  // A reason after a comma ("it's sitting right on her face", "it has to pop") is never a text's words.
  {
    f: 'text',
    m: "move the title down, it's sitting right on her face",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: "caption to the top, it's covering faces",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    f: 'text',
    m: '字幕在沙滩上看不清，放到顶部',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    f: 'text',
    m: 'the caption is hard to read against the sand, put it at the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    f: 'text',
    m: 'make the title red, it has to pop',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#e53935' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '给标题换成黄色，要醒目',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600' }, { text: 'Day one' }] },
  },
  // Guard: words said as the text's own are still its words.
  {
    f: 'text',
    m: "change the title to 'It has to stand out'",
    on: 'rich',
    v: { texts: [{ text: 'It has to stand out' }, { text: 'Day one' }] },
  },
  // A pace said of the transitions is their length, never the photos'.
  {
    f: 'transition',
    m: 'the fades feel sluggish, make them 0.3',
    on: 'five',
    v: { ...cuts5('crossfade', 300), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'transition',
    m: '转场有点拖',
    on: 'five',
    v: { ...cuts5('crossfade', 500), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'transition',
    m: 'transitions too long, they feel sluggish',
    on: 'five',
    v: { ...cuts5('crossfade', 500), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'transition',
    m: '过渡太长了，拖拖拉拉的',
    on: 'five',
    v: { ...cuts5('crossfade', 500), photos: each(5, { durationMs: 3000 }) },
  },
  {
    f: 'reference',
    m: 'they feel sluggish, make them 0.4',
    before: ['add crossfades'],
    v: { ...cuts3('crossfade', 400), ...photos3(3000) },
  },
  // Guard: the video's own pace after the transitions is the photos'.
  { f: 'reference', m: 'the video feels slow', before: ['add crossfades'], v: { durationMs: 5150 } },
  // A brief led by what is wanted ("what I need: …", "what the client wants: …") is a list of edits, not a question.
  {
    f: 'multi',
    m: 'what I need: square, 2 seconds a photo, black and white',
    on: 'five',
    v: { aspect: '1:1', photos: each(5, { durationMs: 2000 }), look: 'black-and-white' },
  },
  {
    f: 'multi',
    m: 'what the client wants: 4:5 and crossfades 0.5 s',
    on: 'five',
    v: { aspect: '4:5', ...cuts5('crossfade', 500) },
  },
  {
    f: 'multi',
    m: 'what we want is square and black and white',
    v: { aspect: '1:1', look: 'black-and-white' },
  },
  {
    f: 'multi',
    m: '客户要的是：4:5，转场0.5秒',
    on: 'five',
    v: { aspect: '4:5', ...cuts5('crossfade', 500) },
  },
  {
    f: 'multi',
    m: '我要的效果：方形，每张2秒，黑白',
    v: { aspect: '1:1', ...photos3(2000), look: 'black-and-white' },
  },
  // Guard: asked with a question mark, or asked plainly, it is still a question.
  { f: 'question', m: 'what I need to know: how long is it?', on: 'five', route: 'status' },
  { f: 'question', m: 'what is the aspect ratio?', route: 'status' },
  // A video made with a style and a length per photo said in a list: the length said wins over the style's.
  {
    f: 'create',
    m: '做一个婚礼视频：竖屏、每张3秒、标题「我们结婚了」',
    on: 'empty',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 3000 }),
      look: 'matte',
      texts: [{ text: '我们结婚了' }],
    },
  },
  {
    f: 'create',
    m: '做个旅行视频，每张1.5秒，加标题「出发」',
    on: 'empty',
    v: { photos: each(5, { durationMs: 1500 }), look: 'warm', texts: [{ text: '出发', role: 'title' }] },
  },
  {
    f: 'create',
    m: "make a wedding video — vertical, 2 seconds per photo, title 'Just Married'",
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }), texts: [{ text: 'Just Married' }] },
  },
  {
    f: 'create',
    m: "make a birthday video: square, 3 s each, caption 'Happy 30th' in yellow",
    on: 'empty',
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 3000 }),
      look: 'vivid',
      texts: [{ text: 'Happy 30th' }],
    },
  },
  // Guard: with no length said, the style's own pace.
  {
    f: 'create',
    m: '做一个生日视频，标题「生日快乐」',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2200 }) },
  },
  // The thing first, then not adding it ("转场也别加"): nothing added, the rest of the message done.
  { f: 'negation', m: '滤镜也别加，每张2秒', v: { look: 'none', ...photos3(2000), ...cuts3('cut') } },
  { f: 'negation', m: '标题就不用加了，改成方形', v: { aspect: '1:1', texts: [] } },
  { f: 'negation', m: '每张4秒，转场先不要加', v: { ...photos3(4000), ...cuts3('cut'), durationMs: 12000 } },
  // Guard: on crossfades, not adding transitions leaves them.
  {
    f: 'negation',
    m: '转场也别加，每张4秒',
    on: 'five',
    v: { ...cuts5('crossfade', 800), durationMs: 16800 },
  },
  { f: 'negation', m: '2 seconds each, and no transitions either', v: { ...photos3(2000), ...cuts3('cut') } },
  // Not using them is none of them.
  { f: 'negation', m: '转场就别用了', on: 'five', v: cuts5('cut') },
  // "the first two", "the last three" with no noun name photos: the moves are theirs, "the rest" the others'.
  {
    f: 'motion',
    m: 'pan left on the last three, zoom in on the others',
    on: 'things',
    v: moves3Of('zoom-in', 'zoom-in', 'pan-left', 'pan-left', 'pan-left'),
  },
  {
    f: 'motion',
    m: 'zoom out on the first three and keep the rest still',
    on: 'things',
    v: moves3Of('zoom-out', 'zoom-out', 'zoom-out', 'static', 'static'),
  },
  {
    f: 'motion',
    m: 'zoom in on the first two; zoom out on the rest',
    on: 'five',
    v: moves3Of('zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-out'),
  },
  {
    f: 'motion',
    m: '前三张缩小，剩下的放大',
    on: 'things',
    v: moves3Of('zoom-out', 'zoom-out', 'zoom-out', 'zoom-in', 'zoom-in'),
  },
  // Guard: with no photos named, moves said in turn still run across the photos.
  {
    f: 'motion',
    m: 'zoom in on the first half, zoom out on the rest',
    on: 'things',
    v: moves3Of('zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out'),
  },
  // After a length in seconds, a bare number said of one photo is its length.
  {
    f: 'length',
    m: '3.5 seconds a photo, and the last one can be 5',
    v: { photos: [{ durationMs: 3500 }, { durationMs: 3500 }, { durationMs: 5000 }] },
  },
  {
    f: 'length',
    m: 'make each photo 2 s — the middle one 4 though',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 4000 }, { durationMs: 2000 }] },
  },
  {
    f: 'length',
    m: '每张2秒，最后一张可以4',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 2000 }, { durationMs: 4000 }] },
  },
  {
    f: 'length',
    m: '每张4秒，第一张可以5',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 4000 }, { durationMs: 4000 }] },
  },
  // "still" before a length says it stays so, never a still photo.
  {
    f: 'length',
    m: 'speed the whole thing up, but photo 1 should still be 3 seconds',
    v: { photos: [{ durationMs: 3000, motion: 'zoom-in' }, { durationMs: 2250 }, { durationMs: 2250 }] },
  },
  {
    f: 'length',
    m: 'the last photo is still 3 s, make the others 2',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 2000 }, { durationMs: 3000, motion: 'zoom-in' }] },
  },
  // Guard: "still" said of the photo is a still photo.
  { f: 'motion', m: 'keep the last photo still', v: moves3Of('zoom-in', 'zoom-in', 'static') },
  // A step of the whole video, then a photo's length: both, the second on the result of the first.
  {
    f: 'length',
    m: 'make it slower overall, then make the last photo 2 seconds',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 4000 }, { durationMs: 2000 }], durationMs: 10000 },
  },
  {
    f: 'length',
    m: 'triple the length, then take a second off photo 2',
    v: { photos: [{ durationMs: 9000 }, { durationMs: 8000 }, { durationMs: 9000 }], durationMs: 26000 },
  },
  {
    f: 'length',
    m: '整体快一点，然后第一张改成3秒',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 2250 }, { durationMs: 2250 }], durationMs: 7500 },
  },
  {
    f: 'length',
    m: '整体放慢一点，最后一张再减一秒',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 4000 }, { durationMs: 3000 }], durationMs: 11000 },
  },
  // Guard: a complaint a photo's length answers is that photo's alone.
  {
    f: 'length',
    m: 'too slow, the first one 2 seconds',
    v: { photos: [{ durationMs: 2000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  // Guard: a total said in seconds is still kept after a photo's length.
  { f: 'length', m: 'make it 20 seconds, then make photo 1 4 seconds', v: len(20_000) },
  // "the rest" after several photos given lengths: every photo not given one.
  {
    f: 'length',
    m: 'the beach one 5 seconds and the sunset one 4 seconds; the rest stay at 2 seconds',
    on: 'five',
    v: {
      photos: [
        { durationMs: 5000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 4000 },
        { durationMs: 2000 },
      ],
    },
  },
  {
    f: 'length',
    m: 'the coffee one 5 seconds and the dog one 4 seconds; the rest 2 seconds',
    on: 'things',
    v: {
      photos: [
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 5000 },
        { durationMs: 2000 },
        { durationMs: 4000 },
      ],
    },
  },
  {
    f: 'length',
    m: '第一张5秒，最后一张4秒，其他的都2秒',
    on: 'five',
    v: {
      photos: [
        { durationMs: 5000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 4000 },
      ],
    },
  },
  {
    f: 'length',
    m: '第三张5秒，最后一张4秒，其余的保持2秒',
    on: 'things',
    v: {
      photos: [
        { durationMs: 2000 },
        { durationMs: 2000 },
        { durationMs: 5000 },
        { durationMs: 2000 },
        { durationMs: 4000 },
      ],
      durationMs: 15000,
    },
  },
  // Guard: a total to keep is still kept when no photo is named.
  { f: 'length', m: '2 seconds a photo, but the total has to stay 9s', v: len(9000) },
  // The words set off after an undo only name what it takes back; the request after it still goes.
  {
    f: 'history',
    m: 'undo that (the warm look), and make each photo 4 seconds',
    before: ['make it square', 'warm look'],
    v: { look: 'none', aspect: '1:1', ...photos3(4000) },
  },
  {
    f: 'history',
    m: '撤销刚才那步——复古——然后每张改成4秒',
    before: ['make it 9:16', 'vintage look'],
    v: { look: 'none', aspect: '9:16', ...photos3(4000) },
  },
  {
    f: 'history',
    m: 'revert that — the b&w — then add a title "Hi"',
    before: ['make it square', 'black and white'],
    v: { look: 'none', aspect: '1:1', texts: [{ text: 'Hi' }] },
  },
  {
    f: 'history',
    m: '撤销刚才那个（黑白），然后每张改成2秒',
    before: ['make it 9:16', 'black and white'],
    v: { look: 'none', aspect: '9:16', ...photos3(2000) },
  },
  // Guard: a look said again after the undo is a request of its own.
  {
    f: 'history',
    m: 'undo that, then make it black and white again',
    before: ['make it square', 'black and white'],
    v: { look: 'black-and-white', aspect: '1:1' },
  },
  // Back and forward in one message: each way in turn, with its count.
  {
    f: 'history',
    m: 'undo 3 times, then redo twice',
    before: ['make it square', 'add a title "A"', 'make each photo 2 seconds'],
    v: { aspect: '1:1', texts: [{ text: 'A' }], ...photos3(3000) },
  },
  {
    f: 'history',
    m: '先撤销两次，再重做一次',
    before: ['make it square', 'add a title "A"'],
    v: { aspect: '1:1', texts: [] },
  },
  {
    f: 'history',
    m: '撤销三步，然后重做两步',
    before: ['make it square', 'add a title "A"'],
    v: { aspect: '1:1', texts: [{ text: 'A' }] },
  },
  {
    f: 'history',
    m: 'redo twice, then undo once',
    before: ['make it square', 'add a title "A"', 'undo', 'undo'],
    v: { aspect: '1:1', texts: [] },
  },
  // Guard: one way only still steps that many times.
  {
    f: 'history',
    m: 'undo twice',
    before: ['make it square', 'add a title "A"'],
    v: { aspect: '16:9', texts: [] },
  },
  // A volume said with the music brought back is the returning song's.
  {
    f: 'history',
    m: 'bring the music back at 30 percent',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    f: 'history',
    m: 'ok put the music back, volume 40%',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    f: 'history',
    m: '还是把音乐加回来吧，音量调到40%',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    f: 'history',
    m: '音乐加回来，声音60%',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.6 }] },
  },
  // Guard: brought back alone, as it was.
  {
    f: 'history',
    m: 'bring the music back please',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },
  // A follow-up that repeats the last edit elsewhere, with a second request in the same message: both go,
  // and "the rest" leaves out every photo the two messages named.
  {
    f: 'reference',
    m: 'the last one too, and zoom out on the middle one',
    on: 'five',
    before: ['make the first photo 4 seconds'],
    v: {
      photos: [
        { durationMs: 4000 },
        { durationMs: 3000 },
        { durationMs: 3000, motion: 'zoom-out' },
        { durationMs: 3000 },
        { durationMs: 4000 },
      ],
    },
  },
  {
    f: 'reference',
    m: '第三张也一样；另外整体换成黑白',
    on: 'five',
    before: ['第一张放5秒'],
    v: {
      look: 'black-and-white',
      photos: [5000, 3000, 5000, 3000, 3000].map((durationMs) => ({ durationMs })),
    },
  },
  {
    f: 'reference',
    m: 'same for photo 4, and make the rest static',
    on: 'five',
    before: ['zoom in on photo 2'],
    v: moves3Of('static', 'zoom-in', 'static', 'zoom-in', 'static'),
  },
  {
    f: 'reference',
    m: '第三张也这样，其他的都不动',
    on: 'five',
    before: ['第二张放大'],
    v: moves3Of('static', 'zoom-in', 'zoom-in', 'static', 'static'),
  },
  {
    f: 'reference',
    m: 'and photo 4 too; the others 2 seconds',
    on: 'five',
    before: ['make photo 3 4 seconds'],
    v: { photos: [2000, 2000, 4000, 4000, 2000].map((durationMs) => ({ durationMs })) },
  },
  {
    f: 'reference',
    m: '最后一张也一样，然后其他的3.5秒',
    on: 'five',
    before: ['第一张放4秒'],
    v: { photos: [4000, 3500, 3500, 3500, 4000].map((durationMs) => ({ durationMs })) },
  },
  {
    f: 'reference',
    m: 'no, I meant photo 2 — and make it black and white too',
    on: 'five',
    before: ['make photo 1 6 seconds'],
    v: {
      look: 'black-and-white',
      photos: [3000, 6000, 3000, 3000, 3000].map((durationMs) => ({ durationMs })),
    },
  },
  {
    f: 'reference',
    m: '不对，是第四张；然后其他的每张2秒',
    on: 'five',
    before: ['第三张放5秒'],
    v: { photos: [2000, 2000, 2000, 5000, 2000].map((durationMs) => ({ durationMs })) },
  },
  // Guard: "the rest" after a plain edit of one photo leaves out only that photo.
  {
    f: 'reference',
    m: 'the rest should be still',
    on: 'five',
    before: ['zoom out on the last photo'],
    v: moves3Of('static', 'static', 'static', 'static', 'zoom-out'),
  },
  // A photo named by what it shows, "狗那张", is that photo even after another photo was talked about: its
  // 那张 is no "that one" (it read as photo 3 and "4秒" as 34 s).
  {
    f: 'length',
    m: '咖啡那张5秒，狗那张4秒，其他的2秒',
    on: 'things',
    v: { photos: lengths(2000, 2000, 5000, 2000, 4000) },
  },
  {
    f: 'reference',
    m: '狗那张4秒',
    on: 'things',
    before: ['咖啡那张5秒'],
    v: { photos: lengths(3000, 3000, 5000, 3000, 4000) },
  },
  {
    f: 'order',
    m: '火箭那张放最后',
    on: 'things',
    before: ['第二张5秒'],
    v: { photos: [{}, {}, {}, {}, { source: 'rocket.jpg' }] },
  },
  {
    f: 'length',
    m: '火箭那张2秒，咖啡那张4秒',
    on: 'things',
    v: { photos: lengths(3000, 3000, 4000, 2000, 3000) },
  },
  // Guards: 那张 alone, and after 把, is still the photo just talked about.
  {
    f: 'reference',
    m: '那张再加一秒',
    on: 'things',
    before: ['第二张5秒'],
    v: { photos: lengths(3000, 6000, 3000, 3000, 3000) },
  },
  {
    f: 'reference',
    m: '把那张删了',
    on: 'things',
    before: ['第二张5秒'],
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'coffee.jpg' },
        { source: 'rocket.jpg' },
        { source: 'dog.jpg' },
      ],
    },
  },
  // A wish taken back inside the message by naming it again ("hmm no, forget brighter", "算了，不要调亮了"):
  // that instruction is not done, what follows it stands.
  { f: 'look', m: 'make it warm, and a bit brighter — no, forget brighter, just warm', v: { look: 'warm' } },
  { f: 'look', m: 'vintage look and some grain — actually, skip the grain', v: { look: 'vintage' } },
  { f: 'look', m: '暖色调，再调亮一点——算了，不要调亮了，暖色就行', v: { look: 'warm' } },
  {
    f: 'look',
    m: '黑白的，每张2秒，再调亮一点，不对，别调亮了',
    v: { look: 'black-and-white', ...photos3(2000) },
  },
  {
    f: 'motion',
    m: 'pan left on every photo and 2 seconds each — no wait, forget the pan',
    v: { photos: each(3, { motion: 'zoom-in', durationMs: 2000 }) },
  },
  {
    f: 'motion',
    m: 'black and white with a slow pan to the right on each, hmm, actually drop the pan',
    v: { look: 'black-and-white', ...moves3('zoom-in') },
  },
  // Guards: forgetting a thing the message did not ask for still takes it off.
  { f: 'music', m: 'actually, forget the music', on: 'rich', v: { audio: [] } },
  { f: 'text', m: 'no wait, forget about the title', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  // A colour taken back inside the message: the later one wins.
  {
    f: 'text',
    m: "add a title 'Hello' in yellow… actually white",
    v: { texts: [{ text: 'Hello', role: 'title', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: '加标题「周末」，红色，不对，蓝色',
    v: { texts: [{ text: '周末', color: /^#[0-6][0-9a-f]{3}[9a-f][0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: "a caption 'Day 2' on photo 2, pink — no wait, make it yellow",
    v: { texts: [{ text: 'Day 2', color: /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: '字幕改成黄色……算了，还是白色吧',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: '加个标题「你好」，字用红色……算了还是黑色吧',
    v: { texts: [{ text: '你好', color: '#000000' }] },
  },
  // Guard: black and white beside a coloured title stays the look.
  {
    f: 'text',
    m: "title 'Hello' in yellow, and black and white",
    v: {
      look: 'black-and-white',
      texts: [{ text: 'Hello', color: /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i }],
    },
  },
  // A music level taken back, even after a question mark: the later one, from the level there was.
  {
    f: 'music',
    m: 'make the music twice as loud — sorry, I mean half as loud',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.5 }),
  },
  { f: 'music', m: '音量加倍？不对，还是减半吧', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  { f: 'music', m: 'music louder… no wait, quieter', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  { f: 'music', m: '音乐大声点，哦不对，小声点', on: 'rich', v: song('lo-fi.mp3', { volume: 0.6 }) },
  // Guards: each alone still steps the level.
  { f: 'music', m: 'double the volume', on: 'rich', v: song('lo-fi.mp3', { volume: 2 }) },
  { f: 'music', m: 'half as loud', on: 'rich', v: song('lo-fi.mp3', { volume: 0.5 }) },
  // "slightly slower" after a look is the pace's small step (× 1.15), not a lighter look and a full step.
  { f: 'look', m: 'warm look, and make the photos slightly slower', v: { look: 'warm', ...photos3(3450) } },
  { f: 'look', m: '复古滤镜，稍微慢一点', v: { look: 'vintage', ...len(10_350) } },
  { f: 'look', m: 'black and white, slightly faster', v: { look: 'black-and-white', ...len(7800) } },
  { f: 'look', m: '暖色调，然后稍微放慢一点', v: { look: 'warm', ...len(10_350) } },
  // Guards: an amount said of the look alone is still the look's.
  { f: 'look', m: '暖色调，稍微淡一点', v: { look: 'warm', durationMs: 9000 }, reply: /50%/ },
  { f: 'look', m: 'warm, but subtle', v: { look: 'warm', durationMs: 9000 }, reply: /50%/ },
  // A kind of text "and the like" is every text on screen; "什么的" there asks nothing.
  { f: 'text', m: '字幕什么的都不要', on: 'rich', v: { texts: [] } },
  { f: 'text', m: '标题字幕之类的都去掉', on: 'rich', v: { texts: [] } },
  { f: 'text', m: 'no captions or anything like that', on: 'rich', v: { texts: [] } },
  { f: 'look', m: 'darker please, and no titles or anything', on: 'rich', v: { look: 'dark', texts: [] } },
  { f: 'look', m: '太亮了，暗一点；字幕什么的也都删掉', on: 'rich', v: { look: 'dark', texts: [] } },
  // Guards: the captions alone go alone; asking what a text is stays a question.
  { f: 'text', m: '字幕都不要', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'question', m: '字幕是什么的', on: 'rich', route: 'status' },
  // A colour said in the title's clause, after its place, is the title's — not a caption's added after it.
  {
    f: 'text',
    m: '加标题「生日快乐」放在顶部，红色；第二张加字幕「蛋糕」',
    on: 'five',
    v: {
      texts: [
        {
          text: '生日快乐',
          role: 'title',
          position: 'top',
          color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i,
        },
        { text: '蛋糕', role: 'caption', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i },
      ],
    },
  },
  {
    f: 'text',
    m: '标题「旅行」放到底部，蓝色',
    v: { texts: [{ text: '旅行', position: 'bottom', color: /^#[0-6][0-9a-f]{3}[9a-f][0-9a-f]$/i }] },
  },
  {
    f: 'text',
    m: "add a title 'Graduation' at the bottom, yellow; then a caption '2024' on the last photo",
    on: 'five',
    v: {
      texts: [
        { text: 'Graduation', color: /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i },
        { text: '2024', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i },
      ],
    },
  },
  {
    f: 'text',
    m: '加个标题「海边」放在中间，粉色，然后最后一张加字幕「再见」',
    v: {
      texts: [
        { text: '海边', position: 'center', color: /^#(?!f[0-9a-f]f[0-9a-f]f)/i },
        { text: '再见', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i },
      ],
    },
  },
  {
    f: 'text',
    m: '标题「再见」挪到顶部，绿色；最后一张加字幕「完」',
    on: 'five',
    v: {
      texts: [
        { text: '再见', position: 'top', color: /^#(?!f[0-9a-f]f[0-9a-f]f)/i },
        { text: '完', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i },
      ],
    },
  },
  // Guard: a colour said in the caption's clause is the caption's.
  {
    f: 'text',
    m: '加标题「A」放在底部；最后一张加字幕「B」，黄色',
    v: {
      texts: [
        { text: 'A', color: /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i },
        { text: 'B', color: /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i },
      ],
    },
  },
  // "the same kind of caption on photo 3 '…'", "a caption on photo 3 '…'": one more, never the first changed.
  {
    f: 'text',
    m: "caption on photo 1 'morning', and the same kind of caption on photo 3 'night'",
    v: {
      texts: [
        { text: 'morning', role: 'caption' },
        { text: 'night', role: 'caption' },
      ],
    },
  },
  {
    f: 'text',
    m: "a caption 'x' on photo 2, and a similar one on photo 3 'y'",
    v: { texts: [{ text: 'x' }, { text: 'y' }] },
  },
  {
    f: 'text',
    m: '第1张加字幕「早晨」，第3张也来一条同样的字幕「夜晚」',
    v: { texts: [{ text: '早晨' }, { text: '夜晚' }] },
  },
  {
    f: 'text',
    m: "a caption on photo 3 'the end'",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: 'the end', role: 'caption' }] },
  },
  {
    f: 'text',
    m: '第三张同样的字幕「终点」',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: '终点', role: 'caption' }] },
  },
  // Guards: the caption named without an article, or changed to new words, is the one there is.
  {
    f: 'text',
    m: "caption on photo 3 'b'",
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'b' }] },
  },
  { f: 'text', m: "make it a caption 'b'", on: 'rich', v: { texts: [{ text: 'Road Trip' }, { text: 'b' }] } },
  // Music wishes in one message — kind, level, start, fades — all kept; a start said after the music, without
  // naming it again, is still the music's (never the video's length).
  {
    f: 'music',
    m: 'add some piano music, volume 40%, starting at 3 seconds',
    v: song('Quiet Piano', { volume: 0.4, startMs: 3000 }),
  },
  {
    f: 'music',
    m: '配一首欢快的音乐，音量50%，从第1秒开始',
    v: song('Sunny Pop', { volume: 0.5, startMs: 1000 }),
  },
  {
    f: 'music',
    m: '音乐音量调到40%，从第2秒开始',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.4, startMs: 2000 }),
  },
  {
    f: 'music',
    m: 'music at 30%, and start it 2 seconds later',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.3, startMs: 2000 }),
  },
  {
    f: 'music',
    m: '音乐小声一点，然后晚一秒进',
    on: 'rich',
    v: { ...song('lo-fi.mp3', { volume: 0.6, startMs: 1000 }), durationMs: 7400 },
  },
  {
    f: 'music',
    m: 'turn the music down, then bring it in 2 seconds later, fade in over 1 second',
    on: 'rich',
    v: { ...song('lo-fi.mp3', { volume: 0.6, startMs: 2000, fadeInMs: 1000 }), durationMs: 7400 },
  },
  // Guard: a time said of the title after the music is the title's.
  {
    f: 'music',
    m: 'music quieter, and the title should come in 1 second later',
    on: 'rich',
    v: {
      ...song('lo-fi.mp3', { volume: 0.6, startMs: 0 }),
      texts: [{ text: 'Road Trip', startMs: 1000 }, { text: 'Day one' }],
    },
  },
  // A level word with its number beside it is the level, never a calm song.
  { f: 'music', m: 'romantic music, quiet, 20%', on: 'five', v: song('First Dance', { volume: 0.2 }) },
  { f: 'music', m: '浪漫的音乐，轻柔一点，20%', on: 'five', v: song('First Dance', { volume: 0.2 }) },
  {
    f: 'music',
    m: 'wedding-y romantic music, soft (25%), fading out over 3 seconds',
    v: song('First Dance', { volume: 0.25, fadeOutMs: 3000 }),
  },
  // Guard: soft alone is still how loud, the song the mood's.
  { f: 'music', m: 'romantic music, soft', on: 'five', v: song('First Dance', { volume: 0.6 }) },
  // A mood to put on or play is a song, though no music word is said.
  { f: 'music', m: 'play something romantic', v: song('First Dance') },
  { f: 'music', m: '放点欢快的', v: song('Sunny Pop') },
  {
    f: 'music',
    m: 'put on something happy, 40%, and each photo 2 seconds',
    v: { ...song('Sunny Pop', { volume: 0.4 }), ...photos3(2000) },
  },
  { f: 'music', m: 'throw on something calm at 30%', v: song('Quiet Piano', { volume: 0.3 }) },
  // Guard: "something upbeat" alone is still the pace.
  { f: 'length', m: 'something upbeat', v: { ...photos3(2000), audio: [] } },

  // A feel said beside transitions already named describes them: no kind, pace or look of its own.
  {
    f: 'transition',
    m: 'crossfades between all of them, 1.5 s, soft and dreamy',
    v: { ...cuts3('crossfade', 1500), ...photos3(3000), look: 'none' },
  },
  {
    f: 'transition',
    m: '叠化转场，每个1秒，柔和梦幻一点',
    v: { ...cuts3('crossfade', 1000), ...photos3(3000), look: 'none' },
  },
  { f: 'transition', m: '转场用叠化，0.5秒，要丝滑', v: { ...cuts3('crossfade', 500), ...photos3(3000) } },
  {
    f: 'transition',
    m: 'fade through black between them, 1 second, gentle and elegant',
    v: { ...cuts3('fade-black', 1000), ...photos3(3000), look: 'none' },
  },
  // Guards: the feel alone, or with the word "transition", still names its kind.
  { f: 'transition', m: 'soft and dreamy', v: cuts3('blur-dissolve') },
  { f: 'transition', m: 'dreamy transitions, 1 second', v: cuts3('blur-dissolve', 1000) },
  // "…except the last one — that should …": the one set apart gets its own kind.
  {
    f: 'transition',
    m: 'fade to white everywhere except the first one, that should stay a crossfade',
    on: 'five',
    v: kinds('crossfade', 'fade-white', 'fade-white', 'fade-white'),
  },
  {
    f: 'transition',
    m: 'use slides between all of them except the last one; that has to be a fade to black',
    on: 'five',
    v: kinds('slide-left', 'slide-left', 'slide-left', 'fade-black'),
  },
  {
    f: 'transition',
    m: '除了最后一个都用白场，那个要黑场，更有结束感',
    on: 'five',
    v: kinds('fade-white', 'fade-white', 'fade-white', 'fade-black'),
  },
  {
    f: 'transition',
    m: 'make the last transition a fade to black, it feels more final',
    on: 'five',
    v: { ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black'), look: 'none' },
  },
  {
    f: 'transition',
    m: '最后一个转场改成黑场，感觉更有结束感',
    on: 'five',
    v: { ...kinds('crossfade', 'crossfade', 'crossfade', 'fade-black'), durationMs: 11800 },
  },
  // Guard: a bare "that" with nothing set apart before it is no exception.
  { f: 'transition', m: 'crossfades everywhere, that should do it', on: 'three', v: cuts3('crossfade') },
  // "plain dissolves", "simple crossfades": the plain kind asked for, not a complaint that they are plain.
  {
    f: 'transition',
    m: 'these look tacky, back to simple crossfades',
    on: 'five',
    before: ['wipe transitions'],
    v: cuts5('crossfade'),
  },
  {
    f: 'transition',
    m: '滑动太廉价了，换回普通的叠化',
    on: 'five',
    before: ['slide transitions'],
    v: cuts5('crossfade'),
  },
  { f: 'transition', m: 'use plain dissolves', v: cuts3('crossfade') },
  { f: 'transition', m: 'basic crossfades please', v: cuts3('crossfade') },
  // Guard: transitions said to be plain still ask for another kind.
  {
    f: 'transition',
    m: 'the transitions are too plain, change them',
    on: 'five',
    v: { transitions: each(4, { kind: /^(?!crossfade$)/ }) },
  },
  // 老电影, 老片子: an old film is the vintage look, never the cinematic style.
  { f: 'look', m: '老电影的感觉', v: { look: 'vintage', ...photos3(3000) } },
  { f: 'look', m: '要有老电影的味道', v: { look: 'vintage', ...photos3(3000) } },
  { f: 'look', m: '像老电影一样，加点颗粒', v: { look: 'vintage' } },
  { f: 'look', m: '胶片感，老片子那种', v: { look: 'vintage', ...photos3(3000) } },
  { f: 'look', m: 'make it look like an old movie, grainy', v: { look: 'vintage' } },
  // Guard: 电影 without 老 is still the cinematic style.
  { f: 'style', m: '电影那种感觉', v: { look: 'cool', ...photos3(3500) } },
  // A text that lingers, or is kept up for a time, is that text's time — not higher, not a longer video.
  {
    f: 'text',
    m: 'keep the title up for 4 seconds',
    on: 'rich',
    v: {
      texts: [{ role: 'title', position: 'center', startMs: 0, endMs: 4000 }, { role: 'caption' }],
      durationMs: 7400,
    },
  },
  {
    f: 'text',
    m: 'let the caption linger a bit',
    on: 'rich',
    v: {
      texts: [
        { role: 'title', endMs: 3000 },
        { role: 'caption', startMs: 2200, endMs: 6700 },
      ],
      durationMs: 7400,
    },
  },
  {
    f: 'text',
    m: '标题多停留一会，显示4秒',
    on: 'rich',
    v: { texts: [{ role: 'title', position: 'center', endMs: 4000 }, { role: 'caption' }], durationMs: 7400 },
  },
  {
    f: 'text',
    m: '标题多停一会',
    on: 'rich',
    v: { texts: [{ role: 'title', endMs: 4500 }, { role: 'caption' }], durationMs: 7400 },
  },
  // Guards: "up" said of where a text sits still moves it; a photo that lingers is held longer.
  {
    f: 'text',
    m: 'move the title up',
    on: 'rich',
    v: { texts: [{ role: 'title', position: 'top' }, { role: 'caption' }] },
  },
  { f: 'length', m: 'let the last photo linger', v: { photos: [len(3000), len(3000), len(4000)] } },
  // How new words sound is why they were chosen: no look or style.
  {
    f: 'text',
    m: "rename the title 'Home Again', sounds better",
    on: 'rich',
    v: { texts: [{ text: 'Home Again', role: 'title' }, { role: 'caption' }], look: 'none' },
  },
  {
    f: 'text',
    m: '标题改成「路的尽头」，听起来更有电影感',
    on: 'rich',
    v: { texts: [{ text: '路的尽头', role: 'title' }, { role: 'caption' }], look: 'none', durationMs: 7400 },
  },
  {
    f: 'text',
    m: "change the caption to 'first light', that reads more poetic",
    on: 'rich',
    v: { texts: [{ role: 'title' }, { text: 'first light', role: 'caption' }], look: 'none' },
  },
  {
    f: 'text',
    m: "make the title say 'Golden Hour' — it'll sound more cinematic",
    on: 'rich',
    v: { texts: [{ text: 'Golden Hour', role: 'title' }, { role: 'caption' }], look: 'none' },
  },
  // Guard: a song that sounds too sad is still a complaint about the song.
  {
    f: 'music',
    m: 'switch the song, it sounds too sad',
    on: 'rich',
    v: { audio: [{ source: /^(?!lo-fi)/ }] },
  },
  // "start strong with …", 开场要有冲击力: that photo first, on an edit and on a new video.
  {
    f: 'order',
    m: 'open strong with the forest photo',
    on: 'five',
    v: { photos: src5('forest', 'beach', 'city', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: "let's kick it off strong with the city shot",
    on: 'five',
    v: { photos: src5('city', 'beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '用派对那张开场，要有冲击力',
    on: 'five',
    v: { photos: src5('party night', 'beach', 'city', 'forest', 'sunset') },
  },
  {
    f: 'order',
    m: '日落那张放最前面，开头要抓人',
    on: 'five',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  {
    f: 'create',
    m: 'make a video from these and start it off strong with the sunset',
    on: 'empty',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  {
    f: 'create',
    m: '做个视频，开头用派对那张',
    on: 'empty',
    v: { photos: src5('party night', 'beach', 'city', 'forest', 'sunset'), look: 'none' },
  },
  // Guards: a party named as the kind of video is still the birthday style; ending strong puts it last.
  { f: 'style', m: '做成派对风格', v: { look: 'vivid', ...photos3(2200) } },
  {
    f: 'order',
    m: 'end strong on the beach shot',
    on: 'five',
    v: { photos: src5('city', 'forest', 'sunset', 'party night', 'beach') },
  },
  // What the video is for, said with the occasion: the memorial style; its feel describes it.
  {
    f: 'style',
    m: "it's for grandma's funeral, keep it quiet",
    v: { ...photos3(5000), look: 'black-and-white', ...cuts3('fade-black') },
  },
  {
    f: 'style',
    m: "for nana's memorial, soft and respectful",
    v: { ...photos3(5000), look: 'black-and-white', ...cuts3('fade-black') },
  },
  {
    f: 'style',
    m: '这是给爷爷的追思会用的，要安静温柔一点',
    v: { ...photos3(5000), look: 'black-and-white', ...cuts3('fade-black') },
  },
  {
    f: 'style',
    m: '这是外婆的追悼会上放的',
    v: { ...photos3(5000), look: 'black-and-white', ...cuts3('fade-black') },
  },
  // Guard: whose birthday, said the same way, is the birthday style.
  { f: 'style', m: "it's for mum's birthday", v: { look: 'vivid', ...photos3(2200) } },
  // 温柔 is the library's word for First Dance (tender); 轻柔, 安静, gentle stay the quiet piano.
  { f: 'music', m: '来点温柔的音乐', v: song('First Dance') },
  { f: 'music', m: '配一首温柔的歌', v: song('First Dance') },
  { f: 'music', m: 'tender music please', v: song('First Dance') },
  { f: 'music', m: '背景音乐换成温柔的', on: 'rich', v: song('First Dance') },
  { f: 'music', m: '音乐换成轻柔的', v: song('Quiet Piano') },
  { f: 'music', m: 'gentle music please', v: song('Quiet Piano') },
  // "X太多了，全部去掉", "too much text, lose it all": the thing there is too much of goes, nothing is toned down.
  { f: 'motion', m: '动效太多了，都去掉', v: { photos: each(3, { motion: 'static' }) } },
  {
    f: 'motion',
    m: 'too much camera movement, get rid of it all',
    v: { photos: each(3, { motion: 'static' }) },
  },
  { f: 'text', m: '文字太多了，全部删掉', on: 'rich', v: { texts: [] } },
  {
    f: 'text',
    m: "there's too much text on screen, remove it all, keep it clean",
    on: 'rich',
    v: { texts: [] },
  },
  // Guard: a removal that names its own thing removes only that.
  { f: 'text', m: '字太多了，删掉字幕', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  // A text hard to read, then its remedy: the remedy on that text, and no size step of its own.
  {
    f: 'text',
    m: '字幕在沙滩上看不清，加个描边',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4, style: 'clean' },
        { text: 'Day one', style: 'bold-outline' },
      ],
    },
  },
  {
    f: 'text',
    m: 'the caption is hard to read over the trees, give it an outline',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'clean' },
        { text: 'Day one', style: 'bold-outline', size: 1 },
      ],
    },
  },
  {
    f: 'text',
    m: 'the title is hard to see against the sea, move it to the top',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top', size: 1.4 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '标题有点看不清，换成黄色',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600', size: 1.4 }, { text: 'Day one' }] },
  },
  // Guard: the complaint alone is a size step.
  {
    f: 'text',
    m: '标题看不清',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { text: 'Day one' }] },
  },
  // Music missed, said as a feel, or asked as the next thing: a song.
  { f: 'music', m: 'without music it feels so flat', v: { audio: [{}] } },
  { f: 'music', m: '没有音乐感觉好单调', v: { audio: [{}] } },
  {
    f: 'music',
    m: 'great, and now a bit of music please',
    before: ['make it warm'],
    v: { look: 'warm', audio: [{}] },
  },
  {
    f: 'music',
    m: 'ok now some music',
    before: ['make each photo 2 seconds'],
    v: { audio: [{}], ...photos3(2000) },
  },
  // Guard: liking it without music asks for none.
  { f: 'music', m: "it's better without music", v: { audio: [] } },
  // A smaller file, lower quality accepted: 720p.
  { f: 'format', m: '文件太大了', v: { width: 1280, height: 720 } },
  { f: 'format', m: '压缩一下文件大小', v: { width: 1280, height: 720 } },
  { f: 'format', m: 'make the file smaller, quality does not matter', v: { width: 1280, height: 720 } },
  { f: 'format', m: '画质差一点也无所谓', v: { width: 1280, height: 720 } },
  // A complaint of the order and its remedy: one reversal.
  {
    f: 'order',
    m: 'the order feels back to front, reverse it',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: '顺序反了，倒过来',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'it looks the wrong way round, flip the order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    f: 'order',
    m: 'play them in reverse',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  // A feel said before an undo is why it goes back: the undo is all.
  { f: 'history', m: 'ugh that looks too harsh, undo', before: ['make it vivid'], v: { look: 'none' } },
  { f: 'history', m: '太冷了，撤销吧', before: ['冷色调'], v: { look: 'none' } },
  {
    f: 'history',
    m: 'hmm it feels too slow, go back',
    before: ['make each photo 4 seconds'],
    v: photos3(3000),
  },
  {
    f: 'history',
    m: 'that looks way too dark, undo',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  // A feel as a heading before a colon: the edits after it say it all.
  {
    f: 'multi',
    m: 'calmer: cuts only and keep the photos still',
    on: 'five',
    v: { ...cuts5('cut'), photos: each(5, { motion: 'static' }) },
  },
  {
    f: 'multi',
    m: '简单一点：不要转场，照片别动',
    on: 'five',
    v: { ...cuts5('cut'), photos: each(5, { motion: 'static' }) },
  },
  {
    f: 'multi',
    m: 'make it feel less cluttered: remove the caption and no transitions',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }], ...cuts3('cut') },
  },
  { f: 'multi', m: 'I want it to breathe: 4 seconds a photo', v: photos3(4000) },
  // Guard: a key before a colon stays the key.
  { f: 'text', m: 'title: Summer', v: { texts: [{ text: 'Summer', role: 'title' }] } },
  // "black and white" in a list is one look, not two items.
  {
    f: 'multi',
    m: 'open with the rocket, black and white, under 12 seconds',
    on: 'things',
    v: { photos: [{ source: 'rocket.jpg' }, {}, {}, {}, {}], look: 'black-and-white', durationMs: 12000 },
  },
  {
    f: 'multi',
    m: 'start with the coffee, black and white',
    on: 'things',
    v: { photos: [{ source: 'coffee.jpg' }, {}, {}, {}, {}], look: 'black-and-white' },
  },
  {
    f: 'multi',
    m: '狗那张放第一，黑白，10秒以内',
    on: 'things',
    v: { photos: [{ source: 'dog.jpg' }, {}, {}, {}, {}], look: 'black-and-white', durationMs: 10000 },
  },
  {
    f: 'multi',
    m: 'black and white, and start with the dog',
    on: 'things',
    v: { photos: [{ source: 'dog.jpg' }, {}, {}, {}, {}], look: 'black-and-white' },
  },
  // Each number goes to its own noun: "over 2" after a fade is the fade's seconds.
  {
    f: 'multi',
    m: 'hold the first photo 4 seconds and fade in from black over 3',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }], fade: { inMs: 3000 } },
  },
  { f: 'transition', m: 'fade out to black over 1.5', v: { fade: { outMs: 1500 }, ...photos3(3000) } },
  {
    f: 'multi',
    m: 'the end should linger: last photo 6 seconds and fade out to black over 2',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 6000 }], fade: { outMs: 2000 } },
  },
  {
    f: 'multi',
    m: '最后一张停5秒，结尾用2秒淡出到黑',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }], fade: { outMs: 2000 } },
  },
  // Guard: a fade with no length is a second.
  { f: 'transition', m: 'fade out to black', v: { fade: { outMs: 1000 } } },
  // Iterating on a look: "too much, back off" / "过了，收一点" is one step back on it; "now it's too bright"
  // takes back the step that overshot (to the original after one step), while a plain "darker" on the
  // bright look only brightens less.
  { f: 'reference', m: 'too much, back off a bit', before: ['cooler', 'a bit more'], v: { look: 'cool' } },
  { f: 'reference', m: '过头了，收一点', before: ['复古一点', '再复古一点'], v: { look: 'vintage' } },
  { f: 'reference', m: 'back off a little', before: ['make it warm'], v: { look: 'warm' } },
  { f: 'reference', m: "now it's too dark", before: ['darker'], v: { look: 'none' } },
  { f: 'reference', m: '过了，现在太暗了', before: ['暗一点'], v: { look: 'none' } },
  { f: 'reference', m: "hmm, now it's too bright", before: ['brighter', 'brighter'], v: { look: 'bright' } },
  // Guard: a look at full strength goes no further, and says so.
  {
    f: 'reference',
    m: 'a bit more',
    before: ['warmer'],
    route: 'unsupported',
    reply: /already at 100%/,
    v: { look: 'warm' },
  },
  // "放到上面去": the direction word after the place adds nothing; the text just named moves.
  {
    f: 'reference',
    m: '挪到上面去',
    before: ['加字幕：海边'],
    v: { texts: [{ text: '海边', position: 'top' }] },
  },
  {
    f: 'reference',
    m: '放到顶部去吧',
    before: ['加标题：毕业', '标题太小了'],
    v: { texts: [{ text: '毕业', position: 'top' }] },
  },
  {
    f: 'reference',
    m: 'put it at the top',
    before: ["add a title 'Summer'", 'too small'],
    v: { texts: [{ text: 'Summer', position: 'top' }] },
  },
  {
    f: 'reference',
    m: '放到下面来',
    before: ['加标题：毕业'],
    v: { texts: [{ text: '毕业', position: 'bottom' }] },
  },
  // "something with acoustic guitar", "something folky": music named by its instrument or kind alone.
  { f: 'music', m: 'something with acoustic guitar please', v: { audio: [{ source: 'Campfire' }] } },
  { f: 'music', m: 'something folky', v: { audio: [{ source: 'Campfire' }] } },
  { f: 'music', m: "I'd like something with a soft piano", v: { audio: [{ source: 'Quiet Piano' }] } },
  { f: 'music', m: '来点民谣风的，吉他那种', v: { audio: [{ source: 'Campfire' }] } },
  // Guard: "something with" a photo is no music.
  { f: 'music', m: 'do something with the first photo', route: 'unsupported', v: { audio: [] } },
  // "还是原来的好", "the original was better": the last edit judged worse, undone.
  { f: 'history', m: '还是原来的好', before: ['加个标题：周年庆'], route: 'undo', v: { texts: [] } },
  { f: 'history', m: '算了，原来的更好看', before: ['改成黑白'], route: 'undo', v: { look: 'none' } },
  {
    f: 'history',
    m: 'the original was better',
    before: ["add a title 'Hello'"],
    route: 'undo',
    v: { texts: [] },
  },
  {
    f: 'history',
    m: 'the old version looked nicer.',
    before: ['make it black and white'],
    route: 'undo',
    v: { look: 'none' },
  },
  // "有狗的那张": the photo that has X is the one whose file name says X.
  {
    f: 'length',
    m: '有火箭的那张放久一点，四秒',
    on: 'things',
    v: { photos: [{}, {}, {}, { durationMs: 4000 }, {}] },
  },
  {
    f: 'order',
    m: '把有狗的那张放到第一',
    on: 'things',
    v: { photos: [{ source: 'dog.jpg' }, {}, {}, {}, {}] },
  },
  { f: 'order', m: '有咖啡的那一张删掉', on: 'things', v: { photos: [{}, {}, {}, {}] } },
  // "I don't want the photos cropped": whole photos, not cropped to fill.
  { f: 'format', m: "I don't want the photos cropped", v: { photos: each(3, { fit: 'color' }) } },
  { f: 'format', m: 'i dont want my pictures getting cropped', v: { photos: each(3, { fit: 'color' }) } },
  { f: 'format', m: 'no cropped pictures please', v: { photos: each(3, { fit: 'color' }) } },
  // Guard: cropping asked for still fills the frame.
  { f: 'format', m: 'just crop them', v: { photos: each(3, { fit: 'cover' }) } },
  // "后面的", "the ones after": every photo after those just named, not the others before them.
  {
    f: 'motion',
    m: '第一张放大，后边的都缩小',
    on: 'things',
    v: { photos: [{ motion: 'zoom-in' }, ...each(4, { motion: 'zoom-out' })] },
  },
  {
    f: 'motion',
    m: 'make the first two zoom in and the ones after zoom out',
    on: 'things',
    v: { photos: [...each(2, { motion: 'zoom-in' }), ...each(3, { motion: 'zoom-out' })] },
  },
  {
    f: 'length',
    m: '第三张4秒，后面几张2秒',
    on: 'things',
    v: { photos: lengths(3000, 3000, 4000, 2000, 2000), durationMs: 14000 },
  },
  {
    f: 'length',
    m: 'photo 2 five seconds, everything after 2 seconds',
    on: 'things',
    v: { photos: lengths(3000, 5000, 2000, 2000, 2000), durationMs: 14000 },
  },
  {
    f: 'motion',
    m: '前两张拉远，后面那几张推近',
    on: 'things',
    v: { photos: [...each(2, { motion: 'zoom-out' }), ...each(3, { motion: 'zoom-in' })] },
  },
  // Guard: "the others" after the third photo is every other photo, before it too.
  {
    f: 'length',
    m: '第三张4秒，其他的2秒',
    on: 'things',
    v: { photos: lengths(2000, 2000, 4000, 2000, 2000), durationMs: 12000 },
  },
  // "make them 5 seconds", "它们各五秒" after an edit of several photos: those photos, each that long.
  {
    f: 'reference',
    m: 'make them 5 seconds',
    on: 'things',
    before: ['first two photos 2 seconds each'],
    v: { photos: lengths(5000, 5000, 3000, 3000, 3000), durationMs: 19000 },
  },
  {
    f: 'reference',
    m: 'set those to 4 s',
    on: 'things',
    before: ['the last two photos 2 seconds'],
    v: { photos: lengths(3000, 3000, 3000, 4000, 4000), durationMs: 17000 },
  },
  {
    f: 'reference',
    m: '它们再久一点，各五秒',
    on: 'things',
    before: ['前两张每张两秒'],
    v: { photos: lengths(5000, 5000, 3000, 3000, 3000), durationMs: 19000 },
  },
  {
    f: 'reference',
    m: '这两张再长一点吧，每张4秒',
    on: 'things',
    before: ['第二张和第三张改成2秒'],
    v: { photos: lengths(3000, 4000, 4000, 3000, 3000), durationMs: 17000 },
  },
  // Guard: the video's own length after several photos' is the video's.
  {
    f: 'length',
    m: 'make the video 20 seconds',
    on: 'things',
    before: ['first two photos 2 seconds each'],
    v: { durationMs: 20000 },
  },
  // "no more zooming", "no more transitions": stop it (not "no more than there is").
  { f: 'negation', m: 'no more zooming please', on: 'rich', v: moves3('static') },
  { f: 'negation', m: 'ok no more of the fades between the photos', on: 'rich', v: kinds('cut', 'cut') },
  { f: 'negation', m: 'no more transitions', on: 'rich', v: { ...kinds('cut', 'cut'), durationMs: 9000 } },
  { f: 'negation', m: 'no more panning, it looks cheap', v: moves3('static') },
  // Guard: a bound is still a length.
  { f: 'length', m: 'no more than 10 seconds please', v: len(10_000) },
  // "just let the photos sit", "let them stay still": no camera move.
  { f: 'motion', m: 'just let the photos sit', v: moves3('static') },
  { f: 'motion', m: 'let them stay still please', on: 'rich', v: moves3('static') },
  { f: 'motion', m: 'can you let the pictures be still', v: moves3('static') },
  // "换成适合发朋友圈的方形": the platform it is for, never words for a text.
  {
    f: 'format',
    m: '换成适合发朋友圈的方形',
    on: 'rich',
    before: ['加个标题「奶奶90岁」'],
    v: { aspect: '1:1', texts: [{ text: '奶奶90岁' }, { text: 'Day one' }] },
  },
  { f: 'format', m: '做成适合发抖音的竖屏', v: { aspect: '9:16' } },
  { f: 'format', m: '改成适合放在朋友圈的方形', v: { aspect: '1:1' } },
  // Guard: asking whether it suits a platform changes nothing.
  { f: 'question', m: '这个视频适合发抖音吗', on: 'rich', same: true },
  // "开头加个黑场淡入", "结尾来个黑场淡出": the video's own fade at that end, not a dip to black between photos.
  {
    f: 'transition',
    m: '开头加一个黑场淡入效果',
    on: 'five',
    v: { fade: { inMs: 1000, outMs: 0 }, transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    f: 'transition',
    m: '片头加个黑场淡入，片尾黑场淡出',
    on: 'five',
    v: { fade: { inMs: 1000, outMs: 1000 }, texts: [], transitions: each(4, { kind: 'crossfade' }) },
  },
  { f: 'transition', m: '结尾来个黑场淡出，两秒', v: { fade: { inMs: 0, outMs: 2000 } } },
  {
    f: 'transition',
    m: '一开始用黑场淡入吧',
    v: { fade: { inMs: 1000 }, transitions: each(2, { kind: 'cut' }) },
  },
  // "黑场淡入淡出" between the photos is a dip to black, not a crossfade.
  {
    f: 'transition',
    m: '转场换成黑场淡入淡出',
    on: 'five',
    v: { transitions: each(4, { kind: 'fade-black' }) },
  },
  // Guard: black between two photos is still that one transition.
  {
    f: 'transition',
    m: '第二张和第三张之间用黑场',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-black' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  // One photo's time said as what the viewer sees ("hangs around forever", "一晃就过去了", "停得太久", "多留一会儿",
  // "片头太长了"): the documented one step on that photo (× 3/4 or × 4/3).
  {
    f: 'length',
    m: 'the dog one stays on screen forever',
    on: 'things',
    v: { photos: lengths(3000, 3000, 3000, 3000, 2250), durationMs: 14_250 },
  },
  {
    f: 'length',
    m: 'the rocket pic whizzes past',
    on: 'things',
    v: { photos: lengths(3000, 3000, 3000, 4000, 3000), durationMs: 16_000 },
  },
  {
    f: 'length',
    m: '第二张停得太久了',
    on: 'things',
    v: { photos: lengths(3000, 2250, 3000, 3000, 3000), durationMs: 14_250 },
  },
  {
    f: 'length',
    m: '狗那张一晃就过去了，根本看不清',
    on: 'things',
    v: { photos: lengths(3000, 3000, 3000, 3000, 4000), durationMs: 16_000 },
  },
  {
    f: 'length',
    m: '火箭那张再多留一会儿',
    on: 'things',
    v: { photos: lengths(3000, 3000, 3000, 4000, 3000), durationMs: 16_000 },
  },
  { f: 'length', m: '片尾停太久了', on: 'three', v: { photos: lengths(3000, 3000, 2250), durationMs: 8250 } },
  {
    f: 'length',
    m: 'the opening flashes by',
    on: 'three',
    v: { photos: lengths(4000, 3000, 3000), durationMs: 10_000 },
  },
  // Guards: a length said outright stays that length; a text that stays too long is the text's time.
  {
    f: 'length',
    m: 'the second photo stays on screen for 4 seconds',
    on: 'things',
    v: { photos: lengths(3000, 4000, 3000, 3000, 3000), durationMs: 16_000 },
  },
  {
    f: 'text',
    m: '标题停太久了',
    on: 'rich',
    v: {
      ...photos3(3000),
      durationMs: 7400,
      texts: [{ text: 'Road Trip', startMs: 0, endMs: 1800 }, { text: 'Day one' }],
    },
  },
  // A cut felt as too hard ("the switch … is jarring", "切得有点生硬"): no cut there, or none at all.
  {
    f: 'transition',
    m: 'the switch from the city to the forest is jarring',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: /^(?!cut$)/ }], ...photos3(3000) },
  },
  {
    f: 'transition',
    m: 'the cuts are way too abrupt',
    on: 'three',
    v: { transitions: each(2, { kind: /^(?!cut$)/ }), ...photos3(3000) },
  },
  {
    f: 'transition',
    m: '城市到森林那里切得有点生硬',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: /^(?!cut$)/ }], ...photos3(3000) },
  },
  {
    f: 'transition',
    m: '照片切换得太突然了',
    on: 'three',
    v: { transitions: each(2, { kind: /^(?!cut$)/ }), ...photos3(3000) },
  },
  // Guards: how fast the photos change is their pace; hard cuts asked for are cuts.
  { f: 'length', m: '照片切换快一点', on: 'three', v: { ...photos3(2250), durationMs: 6750 } },
  { f: 'transition', m: 'hard cuts between the photos', on: 'five', v: cuts5('cut') },
  // A zoom said as making the viewer dizzy ("放大看得我头晕", "一直在缩小，看着晕"): the photos stay still.
  { f: 'motion', m: '放大看得我头晕', on: 'three', v: moves3('static') },
  { f: 'motion', m: '照片一直在缩小，看着晕', on: 'three', v: moves3('static') },
  { f: 'motion', m: 'all this zooming in is making me dizzy', on: 'three', v: moves3('static') },
  // Guard: the zoom described without a complaint is the zoom.
  { f: 'motion', m: '画面一直在放大', on: 'three', v: moves3('zoom-in') },
  // A colour temperature complained of ("too cold", "太冷了"): one step the other way.
  { f: 'look', m: 'the colours are too cold', on: 'three', v: { look: 'warm' } },
  { f: 'look', m: '颜色有点太冷了', on: 'three', v: { look: 'warm' } },
  { f: 'look', m: 'the tone is too warm', on: 'three', v: { look: 'cool' } },
  { f: 'look', m: '现在太冷了', on: 'three', before: ['make it cooler'], v: { look: 'none' } },
  // Guards: the temperature asked for is that one.
  { f: 'look', m: '冷色调', on: 'three', v: { look: 'cool' } },
  { f: 'look', m: 'make it cooler', on: 'three', v: { look: 'cool' } },
  // A "cooler" transition ("use a cooler transition", "转场炫一点"): a showier kind, never a crossfade or a cut.
  {
    f: 'transition',
    m: 'use a cooler transition',
    on: 'five',
    v: { transitions: each(4, { kind: /^(?!(crossfade|cut)$)/ }) },
  },
  {
    f: 'transition',
    m: '转场炫一点',
    on: 'five',
    v: { transitions: each(4, { kind: /^(?!(crossfade|cut)$)/ }) },
  },
  {
    f: 'transition',
    m: 'something fancier for the transitions',
    on: 'three',
    v: { transitions: each(2, { kind: /^(?!(crossfade|cut)$)/ }) },
  },
  // Guard: fancy transitions refused are cuts.
  { f: 'transition', m: 'no fancy transitions', on: 'five', v: cuts5('cut') },
  // An ending felt as too abrupt ("ends so abruptly", "结尾太突然了"): the video fades out to black at its end.
  {
    f: 'transition',
    m: 'the video ends so abruptly',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 1000, color: '#000000' }, ...photos3(3000), durationMs: 9000 },
  },
  {
    f: 'transition',
    m: '结尾太突然了',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 1000, color: '#000000' }, ...photos3(3000), durationMs: 9000 },
  },
  {
    f: 'transition',
    m: '片尾有点仓促，淡出两秒',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000, color: '#000000' }, ...photos3(3000) },
  },
  {
    f: 'transition',
    m: 'the ending feels really sudden, fade it out over 3 seconds',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 3000 }, ...photos3(3000), durationMs: 9000 },
    reply: /^(?!.*fades out to black over 1s)/,
  },
  {
    f: 'transition',
    m: 'the video ends so abruptly, a 2 second fade please',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, ...photos3(3000), durationMs: 9000 },
  },
  // Guard: the song's ending is the music's fade.
  {
    f: 'music',
    m: '音乐结尾太突然了，淡出3秒',
    on: 'rich',
    v: { fade: { inMs: 0, outMs: 0 }, audio: [{ fadeOutMs: 3000 }] },
  },
  // A year or a decade in a sentence dates a comparison ("a slideshow from 2005", "像2005年的PPT"): never a
  // photo, a length or any value; what it reminds them of is only the reason for the request after it.
  {
    f: 'transition',
    m: 'this looks like a powerpoint from 2008, lose the crossfades',
    on: 'five',
    v: { ...cuts5('cut'), durationMs: 15000 },
  },
  {
    f: 'transition',
    m: 'feels like something out of the 90s, no more fades between the photos',
    on: 'five',
    v: { ...cuts5('cut'), durationMs: 15000 },
  },
  {
    f: 'transition',
    m: '感觉像2010年的电子相册，转场都换成硬切',
    on: 'five',
    v: { ...cuts5('cut'), durationMs: 15000 },
  },
  { f: 'transition', m: '像90年代的幻灯片，不要淡入淡出了', on: 'five', v: { ...cuts5('cut') } },
  // Guard: a year inside a text's words stays the text's.
  { f: 'text', m: 'add a title Class of 2019', v: { texts: [{ text: 'Class of 2019', role: 'title' }] } },
  { f: 'text', m: '加个标题：2024年夏天', v: { texts: [{ text: '2024年夏天', role: 'title' }] } },
  // A colour cast taken away ("take the orange tint off", 去掉偏黄的色调), or a look complained of and then
  // removed ("the filter is too much, remove it", 滤镜太重了，去掉吧): the photos' own colours, not a softer look.
  { f: 'look', m: 'remove the orange tint', before: ['make it warmer'], v: { look: 'none' } },
  { f: 'look', m: 'get rid of that yellowish cast', before: ['make it warm'], v: { look: 'none' } },
  { f: 'look', m: '把蓝色调去掉', before: ['冷色调'], v: { look: 'none' } },
  {
    f: 'look',
    m: 'that filter is way too strong, lose it',
    before: ['black and white'],
    v: { look: 'none' },
  },
  { f: 'look', m: '滤镜太重了，去掉吧', before: ['复古滤镜'], v: { look: 'none' } },
  // Guard: a complaint alone still softens; a colour asked for is still a look.
  { f: 'look', m: 'the filter is a bit too strong', before: ['vintage filter'], v: { look: 'vintage' } },
  { f: 'look', m: 'give it a blue tint', v: { look: 'cool' } },
  // Texts said in everyday words: names after a colon ("put our names at the start: Mia & Leo"), a typo
  // mended by its words, a change of case alone ("Day one" → "Day One"), the words "at the start" (the text
  // that opens the video), a text that "hangs around" (its own time).
  {
    f: 'text',
    m: 'add our names at the start: Mia & Leo',
    v: { texts: [{ text: 'Mia & Leo', startMs: 0 }], photos: src3('beach', 'city', 'forest') },
  },
  { f: 'text', m: '把我们的名字放在开头：小明和小红', v: { texts: [{ text: '小明和小红', startMs: 0 }] } },
  {
    f: 'text',
    m: "there's a typo in the title: Road Trip should be Road Trips",
    on: 'rich',
    v: { texts: [{ text: 'Road Trips', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'change Road Trip to ROAD TRIP',
    on: 'rich',
    v: { texts: [{ text: 'ROAD TRIP', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕有个错别字：把Day one改成Day One',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day One', role: 'caption' }] },
  },
  {
    f: 'text',
    m: 'change the text at the beginning to Summer Days',
    on: 'rich',
    v: { texts: [{ text: 'Summer Days', role: 'title', startMs: 0 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '把开头的字改成「我们的夏天」',
    on: 'rich',
    v: { texts: [{ text: '我们的夏天', role: 'title' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'the caption sticks around too long, 2 seconds is plenty',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 4200 }], durationMs: 7400 },
  },
  // Guard: a text's words that only look like a change are added as said; "change the text" with two
  // texts and no place still asks which.
  {
    f: 'text',
    m: 'add a caption: Day one should be fun',
    on: 'rich',
    v: { texts: [{}, {}, { text: 'Day one should be fun' }] },
  },
  { f: 'text', m: "change the text to 'Hi'", on: 'rich', same: true },
  // A share of the level just complained of: "…too loud, like half that", "half of what it is now".
  {
    f: 'music',
    m: 'the song is too loud, maybe half of what it is now',
    on: 'rich',
    v: { audio: [{ volume: 0.5 }] },
  },
  {
    f: 'music',
    m: "the music's too loud, about half that please",
    on: 'rich',
    v: { audio: [{ volume: 0.5 }] },
  },
  { f: 'music', m: '音乐太大声了，减半吧', on: 'rich', v: { audio: [{ volume: 0.5 }] } },
  // Guard: the complaint alone is one step.
  { f: 'music', m: 'the music is way too loud', on: 'rich', v: { audio: [{ volume: 0.6 }] } },
  // Format in everyday words: a ratio said wins over the shape a platform implies ("4:5, for 小红书"); "60
  // frames" and choppy playback are the frame rate; black bars complained of or removed fill the frame; a
  // crop complained of ("cropped weird", "you can't see our heads") shows the whole photo.
  { f: 'format', m: '发小红书，比例1:1', v: { aspect: '1:1' } },
  { f: 'format', m: 'for rednote, ratio 4:5', v: { aspect: '4:5' } },
  { f: 'format', m: 'set it to 24 frames', v: { fps: 24 } },
  { f: 'format', m: '画面有点卡顿', v: { fps: 60 } },
  { f: 'format', m: 'get rid of the black bars', on: 'five', v: { photos: each(5, { fit: 'cover' }) } },
  { f: 'format', m: '两边有黑边，去掉', on: 'five', v: { photos: each(5, { fit: 'cover' }) } },
  {
    f: 'format',
    m: 'black bars on the sides are ugly',
    on: 'five',
    v: { photos: each(5, { fit: 'cover' }) },
  },
  {
    f: 'format',
    m: 'the pictures get cropped badly',
    before: ['fill the frame'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  {
    f: 'format',
    m: '照片裁得很奇怪，看不到我们的头',
    before: ['铺满'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  // Guard: bars asked for are bars; 小红书 alone is its shape; darkness that hides faces is a look.
  { f: 'format', m: 'use black bars', on: 'five', v: { photos: each(5, { fit: 'color' }) } },
  { f: 'format', m: '发小红书', v: { aspect: '3:4' } },
  {
    f: 'look',
    m: "too dark, you can't see our faces",
    before: ['fill the frame'],
    v: { look: 'bright', photos: each(3, { fit: 'cover' }) },
  },
  // A photo named with its flaw, then removed ("the city one is out of focus, remove it", 咖啡那张糊了，删掉):
  // that photo goes, not every photo analysis flagged.
  {
    f: 'order',
    m: 'the city one is out of focus, remove it',
    v: { photos: src3('beach', 'forest'), durationMs: 6000 },
  },
  {
    f: 'order',
    m: '咖啡那张糊了，删掉',
    on: 'things',
    v: { photos: src3('astronaut', 'chelsea', 'rocket', 'dog') },
  },
  // Guard: the blurry ones with none named still need analysis.
  { f: 'order', m: 'delete the blurry one', same: true },
  // Retouching a face or a flaw in a photo (red eyes, wrinkles, 痘痘) is beyond Joy: nothing changes, and the
  // photo it is in is never removed.
  { f: 'look', m: 'can you fix the red eye on the city photo', same: true },
  { f: 'look', m: 'smooth out her wrinkles in photo 2', on: 'five', same: true },
  { f: 'look', m: '把第二张的红眼去掉', same: true },
  { f: 'look', m: '修一下派对那张脸上的痘痘', on: 'five', same: true },
  // Guard: the photo itself removed.
  {
    f: 'order',
    m: 'remove the party photo',
    on: 'five',
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },

  // Questions never edit, requests phrased as questions do: "is there a way to…"/"有没有办法…" asks for the
  // edit; "多大声/多响" asks how loud; "so/ok/and" before a question leaves it a question.
  {
    f: 'music',
    m: 'is there any way to bring the music in at the third photo?',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 4400 }] },
  },
  { f: 'look', m: '有没有办法把它变成黑白的？', on: 'three', v: { look: 'black-and-white' } },
  { f: 'question', m: '背景音乐现在多响？', on: 'rich', same: true, reply: /100/ },
  { f: 'question', m: 'ok so what volume is the music at?', on: 'rich', same: true, reply: /100/ },
  {
    f: 'question',
    m: 'and how long is it now?',
    on: 'three',
    before: ['每张两秒'],
    same: true,
    reply: /\b6(\.0)?\s?s/,
  },
  // Guards: a louder music and a request after "so" still edit.
  { f: 'music', m: '音乐再大声一点', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 1.4 }] } },
  { f: 'length', m: 'so make it 9 seconds', on: 'five', v: { durationMs: 9000 } },
  // The music coming in where the title ends, said with the music after it or in other words.
  {
    f: 'music',
    m: 'start the music once the title is gone',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }] },
  },
  { f: 'music', m: '标题放完了再放音乐', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }] } },
  {
    f: 'music',
    m: 'wait till the title is over before the music starts',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }] },
  },
  // Guard: a music word after a title with no time is the title's words.
  { f: 'text', m: 'add a title Summer Music', on: 'three', v: { texts: [{ text: 'Summer Music' }] } },
  // Several lengths in one message: the transition's is the one said beside the word for it.
  {
    f: 'multi',
    m: 'make it 8 seconds with 1 second crossfades',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), durationMs: 8000 },
  },
  {
    f: 'multi',
    m: 'make it 10 seconds with crossfades',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 800 }), durationMs: 10000 },
  },
  {
    f: 'multi',
    m: '视频改成12秒，1秒的叠化转场',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), durationMs: 12000 },
  },
  // Guard: each photo's length beside the transitions' stays each photo's. 3 × 2 − 2 × 0.5 = 5 s
  {
    f: 'multi',
    m: 'each photo 2 seconds with 0.5s crossfades',
    on: 'three',
    v: { photos: lengths(2000, 2000, 2000), transitions: each(2, { durationMs: 500 }), durationMs: 5000 },
  },
  // "两张之间", "between every two photos": any two photos in a row, so every transition, not photo 2's.
  {
    f: 'transition',
    m: '每两张照片中间用叠化1秒',
    on: 'rich',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }) },
  },
  {
    f: 'transition',
    m: 'a 0.5 s wipe between every two photos',
    on: 'three',
    v: { transitions: each(2, { kind: 'wipe-left', durationMs: 500 }) },
  },
  {
    f: 'transition',
    m: '两张图之间的过渡改成0.5秒',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }) },
  },
  // Guard: two photos named are the one transition between them.
  {
    f: 'transition',
    m: '第二张和第三张之间的转场0.6秒',
    on: 'rich',
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 600 },
      ],
    },
  },
  // A length shared out after the video's is the total: "改成30秒，每张照片平均分", "split it evenly".
  {
    f: 'multi',
    m: 'make it 30 seconds and split it evenly between the photos',
    on: 'five',
    v: { durationMs: 30000, photos: each(5, { durationMs: 6640 }) },
  },
  {
    f: 'multi',
    m: '整个视频20秒，时间平均分给所有照片',
    on: 'five',
    v: { durationMs: 20000, photos: each(5, { durationMs: 4640 }) },
  },
  {
    f: 'multi',
    m: '改成24秒，照片平均分配',
    on: 'five',
    v: { durationMs: 24000, photos: each(5, { durationMs: 5440 }) },
  },
  // Guard: "平均每张" before the length is each photo's.
  { f: 'length', m: '平均每张4秒', on: 'three', v: { photos: lengths(4000, 4000, 4000), durationMs: 12000 } },
  // A text's time after a photo's length: the photo keeps its own, the text's may go without a unit.
  {
    f: 'multi',
    m: 'second photo 5 seconds and show the title for just 2',
    on: 'rich',
    v: {
      photos: lengths(3000, 5000, 3000),
      texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }],
    },
  },
  {
    f: 'multi',
    m: '第一张5秒，标题只留2秒',
    on: 'rich',
    v: {
      photos: lengths(5000, 3000, 3000),
      texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }],
    },
  },
  {
    f: 'text',
    m: 'keep the title on for only 1.5',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 1500 }, { text: 'Day one' }] },
  },
  // Guard: a caption on a photo for a time is the caption's place and time.
  {
    f: 'text',
    m: 'caption on photo 2 for 3 seconds',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 5200 }], durationMs: 7400 },
  },
  // Every transition taken away: "转场全部拿掉", "统统删掉", "take all the transitions out".
  {
    f: 'transition',
    m: '把转场统统删掉',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    f: 'transition',
    m: '过渡效果全都不要了',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    f: 'transition',
    m: 'take all the transitions out',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    f: 'transition',
    m: 'remove every transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  // Guard: one transition named is that one alone.
  {
    f: 'transition',
    m: 'remove the transition after photo 2',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'cut' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  // An occasion said as what the video is for, then the style asked for by pointing back at it.
  {
    f: 'style',
    m: "we're making this for grandma's 80th birthday — could you theme it to match?",
    on: 'five',
    v: { look: 'vivid', audio: [{ source: 'Confetti' }] },
  },
  {
    f: 'style',
    m: "it's for my dad's sixtieth birthday, style it accordingly",
    on: 'five',
    v: { look: 'vivid', audio: [{ source: 'Confetti' }] },
  },
  {
    f: 'style',
    m: '这是给女儿生日会做的，就按这个主题来吧',
    on: 'five',
    v: { look: 'vivid', audio: [{ source: 'Confetti' }] },
  },
  { f: 'style', m: '这是我们婚礼上放的，帮我按这个场合做一下', on: 'five', v: { look: 'matte' } },
  // Guard: an occasion asked about beside a look applies only the look.
  { f: 'question', m: 'would black and white suit a graduation video?', on: 'three', same: true },
  // Two photos named in Chinese by what they show, without 那张, swap ("咖啡和火箭换一下位置").
  {
    f: 'order',
    m: '把狗和宇航员对调一下',
    on: 'things',
    v: { photos: src5('dog', 'chelsea', 'coffee', 'rocket', 'astronaut') },
  },
  { f: 'order', m: '森林和海边互换', on: 'three', v: { photos: src3('forest', 'city', 'beach') } },
  {
    f: 'order',
    m: 'swap the dog and the coffee',
    on: 'things',
    v: { photos: src5('astronaut', 'chelsea', 'dog', 'rocket', 'coffee') },
  },
  // Guard: two photos named with no word for swapping keep their order.
  {
    f: 'motion',
    m: '把咖啡那张和火箭那张都拉远',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg', motion: 'zoom-in' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg', motion: 'zoom-out' },
        { source: 'rocket.jpg', motion: 'zoom-out' },
        { source: 'dog.jpg', motion: 'zoom-in' },
      ],
    },
  },
  // "最后一个也换成一样的", "make the last one the same too": the one-transition edit again, on the transition counted.
  {
    f: 'reference',
    m: '第四个也改成一样的吧',
    on: 'five',
    before: ['第一个转场换成黑场'],
    v: kinds('fade-black', 'crossfade', 'crossfade', 'fade-black'),
  },
  {
    f: 'reference',
    m: 'make the last one the same too',
    on: 'five',
    before: ['make the second transition a wipe'],
    v: kinds('crossfade', 'wipe-left', 'crossfade', 'wipe-left'),
  },
  {
    f: 'reference',
    m: 'the third one the same',
    on: 'five',
    before: ['first transition a fade to white'],
    v: kinds('fade-white', 'crossfade', 'fade-white', 'crossfade'),
  },
  // Guard: a new kind for the transition counted is that kind, not the one repeated.
  {
    f: 'reference',
    m: '第三个也改成擦除',
    on: 'five',
    before: ['第二个转场换成白场'],
    v: kinds('crossfade', 'fade-white', 'wipe-left', 'crossfade'),
  },
  // "do the same on the fourth photo", "对第三张也做一样的处理": the last one-photo edit again, on the photo named.
  {
    f: 'reference',
    m: 'apply the same to photo 3',
    on: 'five',
    before: ['zoom out on the first photo'],
    v: moves3Of('zoom-out', 'zoom-in', 'zoom-out', 'zoom-in', 'zoom-in'),
  },
  {
    f: 'reference',
    m: 'do the same thing on the last one',
    on: 'three',
    before: ['make the second photo 5 seconds'],
    v: { photos: lengths(3000, 5000, 5000) },
  },
  {
    f: 'reference',
    m: '对第三张也做一样的处理',
    on: 'five',
    before: ['第一张向右平移'],
    v: moves3Of('pan-right', 'zoom-in', 'pan-right', 'zoom-in', 'zoom-in'),
  },
  // Guard: "do the same on all of them" is every photo.
  {
    f: 'reference',
    m: 'do the same on all of them',
    on: 'three',
    before: ['zoom out on the first photo'],
    v: moves3('zoom-out'),
  },
  // A correction of a one-transition edit said without naming the transitions ("换成擦除吧") is for that transition.
  {
    f: 'reference',
    m: '算了，还是换成黑场吧',
    on: 'five',
    before: ['第三个转场改成白场'],
    v: kinds('crossfade', 'crossfade', 'fade-black', 'crossfade'),
  },
  {
    f: 'reference',
    m: 'actually make it a wipe instead',
    on: 'five',
    before: ['make the last transition a fade to black'],
    v: kinds('crossfade', 'crossfade', 'crossfade', 'wipe-left'),
  },
  {
    f: 'reference',
    m: 'no, a fade to white',
    on: 'five',
    before: ['second transition a wipe'],
    v: kinds('crossfade', 'fade-white', 'crossfade', 'crossfade'),
  },
  // Guard: naming the transitions, or all of them, still changes every one.
  {
    f: 'reference',
    m: '算了，转场全部换成擦除',
    on: 'five',
    before: ['第一个转场换成闪白'],
    v: kinds('wipe-left', 'wipe-left', 'wipe-left', 'wipe-left'),
  },
  {
    f: 'reference',
    m: 'actually, make all the transitions wipes',
    on: 'five',
    before: ['first transition a fade to white'],
    v: kinds('wipe-left', 'wipe-left', 'wipe-left', 'wipe-left'),
  },
  // A correction naming the photo next to the wrong one ("不是这张，是下一张", "no, the one before") or "我是说X那张".
  {
    f: 'reference',
    m: '不对，是上一张',
    on: 'three',
    before: ['第三张改成5秒'],
    v: { photos: lengths(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    f: 'reference',
    m: 'no, the next one',
    on: 'five',
    before: ['zoom out on photo 2'],
    v: moves3Of('zoom-in', 'zoom-in', 'zoom-out', 'zoom-in', 'zoom-in'),
  },
  {
    f: 'reference',
    m: 'not this one, the one before',
    on: 'three',
    before: ['make the third photo 6 seconds'],
    v: { photos: lengths(3000, 6000, 3000) },
  },
  {
    f: 'reference',
    m: '不对，我指的是火箭那张',
    on: 'things',
    before: ['把咖啡那张删了'],
    v: { photos: src5('astronaut', 'chelsea', 'coffee', 'dog') },
  },
  // Guard: a correction naming a photo by its place still goes there.
  {
    f: 'reference',
    m: '不对，我是说第三张',
    on: 'three',
    before: ['第一张改成5秒'],
    v: { photos: lengths(3000, 3000, 5000) },
  },
  // A correction that says the corrected edit again in full makes it once ("不对，是第二张，删第二张").
  {
    f: 'reference',
    m: 'no, I meant the second one — remove photo 2, and the rest 4 seconds each',
    on: 'three',
    before: ['remove the first photo'],
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 4000 },
        { source: 'forest.jpg', durationMs: 4000 },
      ],
      durationMs: 8000,
    },
  },
  {
    f: 'reference',
    m: '错了，是第三张，把第三张删掉',
    on: 'five',
    before: ['删掉第二张'],
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  // Guard: a different edit after the correction is still made.
  {
    f: 'reference',
    m: '不对，是第二张，然后第一张改成4秒',
    on: 'three',
    before: ['删掉第一张'],
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 4000 },
        { source: 'forest.jpg', durationMs: 3000 },
      ],
    },
  },
  // "the title and the caption" said together in one change, and "both of them" after "the caption too": both texts.
  {
    f: 'text',
    m: 'move the title and the caption to the top',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    f: 'text',
    m: '标题和字幕都改成红色',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#e53935' },
        { text: 'Day one', color: '#e53935' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'now make them both bigger',
    on: 'rich',
    before: ['make the caption red', 'same for the title'],
    v: {
      texts: [
        { text: 'Road Trip', size: 1.8 },
        { text: 'Day one', size: 1.3 },
      ],
    },
  },
  {
    f: 'reference',
    m: '把它们都放到顶部',
    on: 'rich',
    before: ['把标题改成黄色', '字幕也一样'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'top', color: '#ffd600' },
        { text: 'Day one', position: 'top', color: '#ffd600' },
      ],
    },
  },
  // Guard: two texts in two requests each change their own way.
  {
    f: 'text',
    m: 'move the title to the top and make the caption yellow',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top', color: '#ffffff' },
        { text: 'Day one', position: 'bottom', color: '#ffd600' },
      ],
    },
  },
  // "both of those", "它们" after "the next one too": the two transitions the last edits changed.
  {
    f: 'reference',
    m: 'make them 1.5 seconds',
    on: 'five',
    before: ['make the first transition a wipe', 'the second one too'],
    v: {
      transitions: [
        { kind: 'wipe-left', durationMs: 1500 },
        { kind: 'wipe-left', durationMs: 1500 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
      ],
    },
  },
  {
    f: 'reference',
    m: '它们都改成1秒',
    on: 'five',
    before: ['第二个转场换成黑场', '第三个也是'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'fade-black', durationMs: 1000 },
        { kind: 'fade-black', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 800 },
      ],
    },
  },
  {
    f: 'reference',
    m: 'the last one too, and make both of those 0.5 s',
    on: 'five',
    before: ['third transition a fade to white'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'fade-white', durationMs: 500 },
        { kind: 'fade-white', durationMs: 500 },
      ],
    },
  },
  // Guard: "the transitions" named after such a follow-up are every transition.
  {
    f: 'reference',
    m: 'make all the transitions 1 second',
    on: 'five',
    before: ['make the first transition a wipe', 'the second one too'],
    v: {
      transitions: [{ durationMs: 1000 }, { durationMs: 1000 }, { durationMs: 1000 }, { durationMs: 1000 }],
    },
  },
  // A reason after a comma (who cannot read the text) is never the text's words; "twice as big" is a size, not a rename.
  {
    f: 'text',
    m: 'caption twice as large please, grandma can barely see it on her phone',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 2 },
      ],
    },
  },
  {
    f: 'text',
    m: 'could you double the size of the title because nobody can read it',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    f: 'text',
    m: '标题放大一倍，我爸看不清',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    f: 'text',
    m: '字幕放大到两倍，因为奶奶眼神不好',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 2 },
      ],
    },
  },
  // Guard: words said after "to" are still the new words.
  {
    f: 'text',
    m: 'change the title to Hello, my friends',
    on: 'rich',
    v: { texts: [{ text: 'Hello, my friends' }, { text: 'Day one' }] },
  },
  // "刚才那个", "the one you just added" after a text was added or changed: that text.
  {
    f: 'reference',
    m: '刚加的那个放到底部',
    on: 'three',
    before: ['加个标题：周末露营'],
    v: { texts: [{ text: '周末露营', position: 'bottom' }] },
  },
  {
    f: 'reference',
    m: '刚刚那个换成红色吧',
    on: 'rich',
    before: ['字幕改成「第一天」'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: '第一天', color: '#e53935' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'make the one you just added yellow',
    on: 'three',
    before: ['add a title: Camping'],
    v: { texts: [{ text: 'Camping', color: '#ffd600' }] },
  },
  // Guard: 刚才那个 with its own noun names that noun.
  {
    f: 'reference',
    m: '刚才那个转场改成1秒',
    on: 'five',
    before: ['第二个转场换成黑场'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'fade-black', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
      ],
    },
  },
  // A correction of a removal counts the photos as they were before it: the removed photo comes back, the meant one goes.
  {
    f: 'reference',
    m: 'sorry, I meant photo 5',
    on: 'five',
    before: ['delete photo 4'],
    v: { photos: src5('beach', 'city', 'forest', 'sunset') },
  },
  {
    f: 'reference',
    m: '不对，我说的是第三张',
    on: 'three',
    before: ['把第二张删掉'],
    v: { photos: src3('beach', 'city') },
  },
  {
    f: 'reference',
    m: 'wrong one, the last picture',
    on: 'three',
    before: ['take out the first picture'],
    v: { photos: src3('beach', 'city') },
  },
  {
    f: 'reference',
    m: '搞错了，应该是第四张',
    on: 'five',
    before: ['第二张不要了'],
    v: { photos: src5('beach', 'city', 'forest', 'party night') },
  },
  // Guard: a new request after a removal still counts the photos that are left.
  {
    f: 'length',
    m: 'make the second photo 5 seconds',
    on: 'three',
    before: ['remove the second photo'],
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 3000 },
        { source: 'forest.jpg', durationMs: 5000 },
      ],
    },
  },
  // A length for transitions named by their kind is theirs (only that kind's, each keeping its kind), never the video's.
  {
    f: 'transition',
    m: 'the wipes should be 1.5 seconds',
    on: 'five',
    before: ['make all the transitions wipes'],
    v: { transitions: each(4, { kind: 'wipe-left', durationMs: 1500 }), durationMs: 9000 },
  },
  {
    f: 'transition',
    m: 'wipes 0.4 s each',
    on: 'five',
    before: ['make all the transitions wipes'],
    v: { transitions: each(4, { kind: 'wipe-left', durationMs: 400 }), durationMs: 13400 },
  },
  {
    f: 'transition',
    m: '擦除改成1秒',
    on: 'five',
    before: ['转场全部换成擦除'],
    v: { transitions: each(4, { kind: 'wipe-left', durationMs: 1000 }), durationMs: 11000 },
  },
  {
    f: 'transition',
    m: '白场改成0.4秒',
    on: 'five',
    before: ['第二个转场换成白场'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'fade-white', durationMs: 400 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
      ],
    },
  },
  // Someone or something taken out of a photo is retouching: nothing changes, the photo stays.
  { f: 'order', m: 'cut my ex-boyfriend out of photo 2', on: 'three', same: true, reply: /inside a photo/ },
  { f: 'order', m: 'please get rid of the random guy in the forest picture', on: 'three', same: true },
  { f: 'order', m: '把前任从海边那张里P掉', on: 'three', same: true, reply: /照片里的东西/ },
  { f: 'order', m: '第二张照片里的那个路人去掉', on: 'three', same: true },
  // Guards: the photo itself, or a text on it, still goes.
  { f: 'order', m: 'remove the forest picture', on: 'three', v: { photos: src3('beach', 'city') } },
  { f: 'text', m: '从第二张上把字幕删掉', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    f: 'transition',
    m: 'make the whip pan half a second',
    on: 'five',
    before: ['make the last transition a whip pan'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'whip-pan', durationMs: 500 },
      ],
    },
  },
  // Guard: a kind asked for with a length still becomes every transition's kind.
  {
    f: 'transition',
    m: 'use wipes, 0.5 seconds',
    on: 'three',
    v: { transitions: each(2, { kind: 'wipe-left', durationMs: 500 }), durationMs: 8000 },
  },
  // Guard: a complaint about a kind, with no length, still takes it away.
  {
    f: 'transition',
    m: 'the wipes look cheesy',
    on: 'five',
    before: ['make all the transitions wipes'],
    v: { transitions: each(4, { kind: 'cut' }) },
  },
  // One length said for every transition keeps each one's kind; cuts stay cuts unless none has a kind.
  {
    f: 'transition',
    m: '所有转场都改成1秒',
    on: 'five',
    before: ['第一个转场换成黑场'],
    v: {
      transitions: [
        { kind: 'fade-black', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
      durationMs: 11000,
    },
  },
  {
    f: 'transition',
    m: 'all transitions 0.5 s',
    on: 'five',
    before: ['make the third transition a fade to white'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 500 },
        { kind: 'crossfade', durationMs: 500 },
        { kind: 'fade-white', durationMs: 500 },
        { kind: 'crossfade', durationMs: 500 },
      ],
    },
  },
  {
    f: 'transition',
    m: 'make the transitions 1 second',
    on: 'three',
    before: ['put a wipe between the first two photos'],
    v: { transitions: [{ kind: 'wipe-left', durationMs: 1000 }, { kind: 'cut' }], durationMs: 8000 },
  },
  // Guard: with no kind anywhere, a length for the transitions makes crossfades of that length.
  {
    f: 'transition',
    m: 'transitions 1 second',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), durationMs: 7000 },
  },
  // Guard: a kind named with the length still changes every transition to it.
  {
    f: 'transition',
    m: '转场全部换成叠化，0.5秒',
    on: 'five',
    before: ['第二个转场换成白场'],
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }) },
  },
  // A flaw of one photo, then its removal: the removal (the flaw is only why), not a look for one photo.
  ...[
    'the second photo is too dark, remove it',
    'photo 2 looks kind of washed out - just drop it',
    '第二张太暗了，不要了吧',
    '第2张拍得有点糊，删了吧',
  ].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: { photos: ['astronaut', 'coffee', 'rocket', 'dog'].map((stem) => ({ source: `${stem}.jpg` })) },
  })),
  ...['the dog photo came out blurry, lose it', '狗那张拍糊了，不要了', '最后一张太亮了，去掉'].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: { photos: ['astronaut', 'chelsea', 'coffee', 'rocket'].map((stem) => ({ source: `${stem}.jpg` })) },
  })),
  // Guard: a flaw with a remedy that is no removal stays the remedy (a look for the whole video, said so).
  { f: 'look', m: '第二张太暗了，调亮一点', on: 'things', v: { look: 'bright' } },
  // A colour cast said of the picture ("画面", "everything looks"): the look the other way.
  { f: 'look', m: '画面太黄了', v: { look: 'cool' } },
  { f: 'look', m: '整体有点太冷了', v: { look: 'warm' } },
  { f: 'look', m: 'everything looks too yellow', v: { look: 'cool' } },
  { f: 'look', m: 'the photos are way too blue', v: { look: 'warm' } },
  // Guard: a colour cast of the title is not the video's look.
  {
    f: 'text',
    m: '画面里的标题改成黄色',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600' }, { text: 'Day one' }] },
  },
  // How long each photo is: each one's own length, not only the video's.
  {
    f: 'question',
    m: 'how long is each photo?',
    on: 'five',
    same: true,
    reply: /Each photo is on screen for 3s/,
  },
  {
    f: 'question',
    m: 'how many seconds does every photo get?',
    on: 'three',
    same: true,
    reply: /Each photo .*3s/,
  },
  { f: 'question', m: '每张照片多长时间？', on: 'five', same: true, reply: /每张照片各显示 3秒/ },
  {
    f: 'question',
    m: '现在每张停多久？',
    on: 'three',
    before: ['第二张改成5秒'],
    same: true,
    reply: /第1张 3秒，第2张 5秒，第3张 3秒/,
  },
  {
    f: 'question',
    m: "what's the length of each photo now",
    on: 'three',
    before: ['make the first photo 4 seconds'],
    same: true,
    reply: /photo 1 4s, photo 2 3s, photo 3 3s/,
  },
  // Guard: each photo's length asked for is still the edit.
  { f: 'length', m: 'each photo 2 seconds please', on: 'three', v: photos3(2000) },
  // A remark after the new words ("…, my dad will love it", "…，因为…") is said to Joy, not part of the text.
  ...(
    [
      ['change the title to Summer, my dad will love it', 'Summer'],
      ['rename the title to Lake Days, the kids loved it', 'Lake Days'],
      ["title: Summer Trip, because that's what it was", 'Summer Trip'],
      ['标题改成夏天，我爸肯定喜欢', '夏天'],
      ['标题：夏天，因为那是最好的季节', '夏天'],
    ] as const
  ).map(([m, text]) => ({
    f: 'text' as const,
    m,
    on: 'rich' as const,
    v: { texts: [{ text }, { text: 'Day one' }] },
  })),
  // Guard: words after a comma that are no remark stay the text's.
  {
    f: 'text',
    m: '标题改成夏天，我们的故事',
    on: 'rich',
    v: { texts: [{ text: '夏天，我们的故事' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'change the title to Summer, Sun and Sea',
    on: 'rich',
    v: { texts: [{ text: 'Summer, Sun and Sea' }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: "change the title to Summer, it's been a blast",
    on: 'rich',
    v: { texts: [{ text: "Summer, it's been a blast" }, { text: 'Day one' }] },
  },
  // One photo the longest or the shortest: a step past every other photo, to the half second.
  {
    f: 'length',
    m: 'make the first photo the longest',
    on: 'three',
    v: { photos: lengths(4000, 3000, 3000) },
  },
  {
    f: 'length',
    m: 'the last one should be the shortest',
    on: 'three',
    v: { photos: lengths(3000, 3000, 2000) },
  },
  { f: 'length', m: '第二张停最久', on: 'three', v: { photos: lengths(3000, 4000, 3000) } },
  { f: 'length', m: '让最后一张时间最短', on: 'three', v: { photos: lengths(3000, 3000, 2000) } },
  // Guard: asked, not told — each photo's length is the answer.
  {
    f: 'question',
    m: 'which photo is the longest?',
    on: 'three',
    same: true,
    reply: /Each photo is on screen for 3s/,
  },
  // Guard: "longer" of one photo is still its own step.
  { f: 'length', m: 'make the first photo longer', on: 'three', v: { photos: lengths(4000, 3000, 3000) } },
  // "fade it out over 2 seconds" with no music: the video's own fade-out, of that length (never its length).
  {
    f: 'transition',
    m: 'fade it out over 2 seconds',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, durationMs: 9000 },
  },
  {
    f: 'transition',
    m: 'fade out over 1.5 s',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 1500 }, durationMs: 9000 },
  },
  {
    f: 'transition',
    m: 'fade out the end over 3 seconds',
    on: 'five',
    v: { fade: { inMs: 0, outMs: 3000 }, durationMs: 11800 },
  },
  {
    f: 'transition',
    m: 'fade everything out in 2 seconds',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, durationMs: 9000 },
  },
  {
    f: 'transition',
    m: '结尾用2秒淡出',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, durationMs: 9000 },
  },
  // Guard: with music, "fade it out" is the song's.
  {
    f: 'music',
    m: 'fade it out over 4 seconds',
    on: 'rich',
    v: { fade: { outMs: 0 }, audio: [{ fadeOutMs: 4000 }] },
  },
  // "the title is too yellow", "标题太黄了": the colour it has is the complaint — back to white, never that colour.
  ...['the title is too yellow', '标题太黄了', 'the title looks way too yellow', '标题的颜色有点太黄了'].map(
    (m) => ({
      f: 'text' as const,
      m,
      on: 'rich' as const,
      before: ['make the title yellow'],
      v: { texts: [{ text: 'Road Trip', color: '#ffffff' }, { text: 'Day one' }] },
    }),
  ),
  // Guard: a colour asked for beside the complaint wins.
  {
    f: 'text',
    m: '标题太红了，换成黑色',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#000000' }, { text: 'Day one' }] },
  },
  // How often the photo changes ("every 2 seconds", "每2秒换一张") is each photo's length, never the video's.
  ...[
    'can the photos switch a bit faster? like every 2 seconds',
    'change photos every 2 seconds',
    'a new picture every 2 seconds please',
    '每2秒换一张',
    '照片每两秒切换一次',
  ].map((m) => ({
    f: 'length' as const,
    m,
    on: 'five' as const,
    v: { photos: each(5, { durationMs: 2000 }) },
  })),
  // Guard: the video's length said as a total stays the total.
  { f: 'length', m: 'make the whole video 20 seconds', on: 'five', v: { durationMs: 20000 } },
  // "swap the order of the first two": a swap of those two, never the whole order reversed.
  {
    f: 'order',
    m: 'swap the order of the first two',
    on: 'five',
    v: { photos: src5('city', 'beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: 'switch the positions of photo 2 and 3',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'city', 'sunset', 'party night') },
  },
  { f: 'order', m: 'reverse the order', on: 'three', v: { photos: src3('forest', 'city', 'beach') } },
  // What an edit is for ("so the title feels calmer", "so people can hear the voice") is no edit of its own.
  ...[
    'lower the music so the title feels calmer',
    'make the music quieter so people can hear the voice',
    "turn the music down a bit so it's easier to read the captions",
  ].map((m) => ({
    f: 'music' as const,
    m,
    on: 'rich' as const,
    v: { audio: [{ volume: 0.6 }], texts: [{ position: 'center' }, {}] },
  })),
  // Guard: a look named as what it is for still comes.
  { f: 'look', m: 'add grain so it looks like an old film', on: 'rich', v: { look: 'vintage' } },
  // A small amount after a look goes with the step beside it ("and slow it down a little"), not the look.
  {
    f: 'multi',
    m: 'make it look like an old film and slow it down a little',
    on: 'three',
    v: { look: 'vintage', durationMs: 12000 },
    reply: /^(?![\s\S]*50%)/,
  },
  {
    f: 'multi',
    m: '黑白的，再放慢一点',
    on: 'three',
    v: { look: 'black-and-white', durationMs: 12000 },
    reply: /^(?![\s\S]*50%)/,
  },
  // Two changes of one text in one message (colour, then size) are both kept: the second is no restatement.
  ...[
    '字幕改成黄色，字大一点',
    '字幕颜色改成黄色，字再大一点',
    'make the caption yellow, and the words bigger',
  ].map((m) => ({
    f: 'text' as const,
    m,
    on: 'rich' as const,
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: '#ffd600', size: 1.3 }] },
  })),
  // Guard: a size said again for the same text replaces the step before it.
  {
    f: 'text',
    m: 'make the title bigger — like twice as big',
    on: 'rich',
    v: { texts: [{ size: 2.8 }, {}] },
  },
  // "开头那张多放一会儿": the opening photo stays longer (放 of time is no move).
  { f: 'length', m: '开头那张多放一会儿', on: 'five', v: { photos: lengths(4000, 3000, 3000, 3000, 3000) } },
  { f: 'length', m: '结尾那张多放一会儿', on: 'five', v: { photos: lengths(3000, 3000, 3000, 3000, 4000) } },
  { f: 'length', m: '开头那张放久一点', on: 'five', v: { photos: lengths(4000, 3000, 3000, 3000, 3000) } },
  // Guard: 放 of a place still moves.
  {
    f: 'order',
    m: '把第三张放到开头',
    on: 'five',
    v: { photos: src5('forest', 'beach', 'city', 'sunset', 'party night') },
  },
  // "加个片尾，写上“谢谢观看”": the words after the comma are that text's.
  {
    f: 'text',
    m: '加个片尾，写上“谢谢观看”',
    on: 'five',
    v: { texts: [{ text: '谢谢观看', role: 'end-card' }] },
  },
  {
    f: 'text',
    m: '加个片尾，就写谢谢观看',
    on: 'three',
    v: { texts: [{ text: '谢谢观看', role: 'end-card' }] },
  },
  {
    f: 'text',
    m: '加个标题，写上“毕业快乐”',
    on: 'three',
    v: { texts: [{ text: '毕业快乐', role: 'title' }] },
  },
  { f: 'text', m: '加个字幕，写着第一天', on: 'three', v: { texts: [{ text: '第一天', role: 'caption' }] } },
  // "15秒左右", "别盖过画面", "只留字幕": said beside an edit, they ask for nothing more (and are not "not understood").
  {
    f: 'length',
    m: '整个视频控制在15秒左右',
    on: 'five',
    v: { durationMs: 15000 },
    reply: /^(?![\s\S]*没看懂)/,
  },
  {
    f: 'music',
    m: '音乐声音小一点，别盖过画面',
    on: 'rich',
    v: { audio: [{ volume: 0.6 }] },
    reply: /^(?![\s\S]*没看懂)/,
  },
  {
    f: 'text',
    m: '把标题去掉，只留字幕',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }] },
    reply: /^(?![\s\S]*没看懂)/,
  },
  // Unpunctuated, each photo's instruction ends where the next photo is named.
  {
    f: 'motion',
    m: '第一张放大第二张向左平移最后一张不动',
    on: 'three',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'pan-left' }, { motion: 'static' }] },
  },
  { f: 'length', m: '第一张3秒第二张5秒', on: 'three', v: { photos: lengths(3000, 5000, 3000) } },
  {
    f: 'motion',
    m: '第二张拉远最后一张放大',
    on: 'three',
    v: { photos: [{}, { motion: 'zoom-out' }, { motion: 'zoom-in' }] },
  },
  // Guard: a photo named as a place stays the place.
  { f: 'order', m: '第一张放第三张的位置', on: 'three', v: { photos: src3('city', 'forest', 'beach') } },
  // In a list of settings, "title Spring Menu" adds that title.
  {
    f: 'multi',
    m: 'vertical, 15 seconds, title Spring Menu, warm look',
    on: 'three',
    v: { aspect: '9:16', durationMs: 15000, look: 'warm', texts: [{ text: 'Spring Menu', role: 'title' }] },
  },
  {
    f: 'text',
    m: 'title Spring Menu in yellow',
    on: 'three',
    v: { texts: [{ text: 'Spring Menu', color: '#ffd600' }] },
  },
  {
    f: 'text',
    m: 'caption Day 1 on the first photo',
    on: 'three',
    v: { texts: [{ text: 'Day 1', role: 'caption' }] },
  },
  // Guard: a size for a title there is not says so.
  { f: 'text', m: 'title bigger', on: 'three', same: true },
  // "don't touch the music, just remove the caption": the music named only to leave it alone.
  {
    f: 'negation',
    m: "don't touch the music, just remove the caption",
    on: 'rich',
    v: { audio: [{}], texts: [{ text: 'Road Trip' }] },
  },
  {
    f: 'negation',
    m: "don't change the music, only remove the title",
    on: 'rich',
    v: { audio: [{}], texts: [{ text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: '别动音乐，只把字幕删掉',
    on: 'rich',
    v: { audio: [{}], texts: [{ text: 'Road Trip' }] },
  },
  // Guard: a refused edit followed by a request that goes on about the thing is about it.
  {
    f: 'negation',
    m: "don't delete the song, just turn it down",
    on: 'rich',
    v: { audio: [{ volume: 0.6 }] },
  },
  // 别裁掉, 要看到全身: the whole photo.
  ...['照片别裁掉 要看到全身', '照片别裁', '要看到全身', '人不要被裁掉'].map((m) => ({
    f: 'format' as const,
    m,
    on: 'three' as const,
    before: ['铺满'],
    v: { photos: each(3, { fit: /^(?:blur|color|contain)$/ }) },
  })),
  // Who someone is, said as why ("hes our mascot", "she's the birthday girl"), asks for nothing.
  ...['the dog one should be first hes our mascot', "the dog one first, he's our mascot"].map((m) => ({
    f: 'order' as const,
    m,
    on: 'things' as const,
    v: {
      photos: ['dog', 'astronaut', 'chelsea', 'coffee', 'rocket'].map((stem) => ({ source: `${stem}.jpg` })),
    },
    reply: /^(?![\s\S]*didn't understand)/,
  })),
  // "15秒以内", "10秒之内": a bound on the length, read as "不超过" (never "not understood").
  {
    f: 'length',
    m: '整个视频控制在15秒以内',
    on: 'five',
    v: { durationMs: 15000 },
    reply: /^(?![\s\S]*没看懂)/,
  },
  {
    f: 'length',
    m: '视频太长了，压缩到10秒之内',
    on: 'five',
    v: { durationMs: 10000 },
    reply: /^(?![\s\S]*没看懂)/,
  },
  // "second to last", "third to the last one": counted from the end, never a range ("from … to the last").
  {
    f: 'length',
    m: 'make the second to last picture 5 seconds',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(5000), len(3000)] },
  },
  {
    f: 'order',
    m: 'delete the third to last one',
    on: 'five',
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  {
    f: 'length',
    m: '倒数第二张停5秒',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(5000), len(3000)] },
  },
  // Guard: "from the second to the last photo" is a range.
  {
    f: 'length',
    m: 'from the second to the last photo 2 seconds each',
    on: 'five',
    v: { photos: [len(3000), len(2000), len(2000), len(2000), len(2000)] },
  },
  // A photo counted from its neighbour: "the one after the city", "森林前面那张", "火箭前一张".
  {
    f: 'motion',
    m: 'the photo after the city should zoom out',
    on: 'three',
    v: moves3Of('zoom-in', 'zoom-in', 'zoom-out'),
  },
  {
    f: 'length',
    m: 'give the pic right before the forest 5 seconds',
    on: 'five',
    v: { photos: [len(3000), len(5000), len(3000), len(3000), len(3000)] },
  },
  {
    f: 'length',
    m: '城市后面那张停5秒',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(5000), len(3000), len(3000)] },
  },
  {
    f: 'order',
    m: '森林前面那张删掉',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'length',
    m: '火箭前一张停4秒',
    on: 'things',
    v: { photos: [len(3000), len(3000), len(4000), len(3000), len(3000)] },
  },
  // Guard: a photo named and placed before another is an order.
  {
    f: 'order',
    m: 'move the dog photo before the coffee',
    on: 'things',
    v: { photos: src5('astronaut', 'chelsea', 'dog', 'coffee', 'rocket') },
  },
  // Every other photo, the odd or even ones, and numbered lists: those photos, each.
  {
    f: 'motion',
    m: 'every other photo should pan left',
    on: 'five',
    v: { photos: ['pan-left', 'zoom-in', 'pan-left', 'zoom-in', 'pan-left'].map((motion) => ({ motion })) },
  },
  {
    f: 'length',
    m: 'even-numbered photos 4 seconds',
    on: 'five',
    v: { photos: [len(3000), len(4000), len(3000), len(4000), len(3000)] },
  },
  {
    f: 'length',
    m: '从第二张开始每隔一张停4秒',
    on: 'five',
    v: { photos: [len(3000), len(4000), len(3000), len(4000), len(3000)] },
  },
  {
    f: 'motion',
    m: '单数张都缩小',
    on: 'five',
    v: { photos: ['zoom-out', 'zoom-in', 'zoom-out', 'zoom-in', 'zoom-out'].map((motion) => ({ motion })) },
  },
  {
    f: 'length',
    m: 'photos 1, 3 and 5 should be 2 seconds',
    on: 'five',
    v: { photos: [len(2000), len(3000), len(2000), len(3000), len(2000)] },
  },
  {
    f: 'motion',
    m: 'pics 2, 4, 5 zoom out',
    on: 'five',
    v: { photos: ['zoom-in', 'zoom-out', 'zoom-in', 'zoom-out', 'zoom-out'].map((motion) => ({ motion })) },
  },
  // 俩 is 两 (前俩张, 后俩张).
  {
    f: 'length',
    m: '后俩张各4秒',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(3000), len(4000), len(4000)] },
  },
  {
    f: 'motion',
    m: '前俩张缩小',
    on: 'five',
    v: { photos: ['zoom-out', 'zoom-out', 'zoom-in', 'zoom-in', 'zoom-in'].map((motion) => ({ motion })) },
  },
  // A share of the length said as a fraction: a third longer, by a third, 原来的三分之二, 两倍.
  { f: 'length', m: 'make the video a third longer', on: 'three', v: len(12000) },
  { f: 'length', m: 'cut the length by a third', on: 'three', v: len(6000) },
  { f: 'length', m: '视频缩短到原来的三分之二', on: 'three', v: len(6000) },
  { f: 'length', m: '时长变成原来的两倍', on: 'three', v: len(18000) },
  { f: 'length', m: '整个视频加长三分之一', on: 'three', v: len(12000) },
  // Guard: a share of a size is no length.
  {
    f: 'text',
    m: '标题变成原来的两倍大',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip', size: 2.8 }, { text: 'Day one' }] },
  },
  // A bound said with a verb (至少要, 最少也要, 最多只能) is the bound.
  { f: 'length', m: '视频最少也要20秒', on: 'three', v: len(20000) },
  { f: 'length', m: '最多只能10秒', on: 'five', v: len(10000) },
  // "the two of us" counts people, never a photo's number.
  {
    f: 'order',
    m: 'put the pic of the two of us in the forest first',
    on: 'three',
    v: { photos: src3('forest', 'beach', 'city') },
  },
  // "start the song 2.5 seconds in": where the music comes in.
  { f: 'music', m: 'start the song 2.5 seconds in', on: 'rich', v: { audio: [{ startMs: 2500 }] } },
  {
    f: 'music',
    m: 'bring the music in 4 seconds into the video',
    on: 'rich',
    v: { audio: [{ startMs: 4000 }] },
  },
  // A text's time changed by an amount, said with the text or after it.
  {
    f: 'text',
    m: 'make the caption 1 second longer',
    on: 'rich',
    v: {
      durationMs: 7400,
      texts: [
        { text: 'Road Trip', endMs: 3000 },
        { text: 'Day one', startMs: 2200, endMs: 6200 },
      ],
    },
  },
  {
    f: 'text',
    m: '标题少显示1秒',
    on: 'rich',
    v: {
      durationMs: 7400,
      texts: [
        { text: 'Road Trip', endMs: 2000 },
        { text: 'Day one', endMs: 5200 },
      ],
    },
  },
  {
    f: 'text',
    m: 'title in red, and 2 seconds longer',
    on: 'rich',
    v: {
      durationMs: 7400,
      texts: [
        { text: 'Road Trip', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i, endMs: 5000 },
        { text: 'Day one', endMs: 5200 },
      ],
    },
  },
  {
    f: 'text',
    m: '字幕改成黄色，再多显示1秒',
    on: 'rich',
    v: {
      durationMs: 7400,
      texts: [
        { text: 'Road Trip', endMs: 3000 },
        { text: 'Day one', endMs: 6200 },
      ],
    },
  },
  // The last edit again on a photo named by what it shows (火箭那张也一样).
  {
    f: 'reference',
    m: '火箭那张也一样',
    on: 'things',
    before: ['把狗那张改成2秒'],
    v: { photos: [len(3000), len(3000), len(3000), len(2000), len(2000)] },
  },
  {
    f: 'reference',
    m: 'the rocket one too',
    on: 'things',
    before: ['make the dog photo 2 seconds'],
    v: { photos: [len(3000), len(3000), len(3000), len(2000), len(2000)] },
  },
  // A new video of some of the uploads: "with only the first two", "with just the beach and forest photos".
  {
    f: 'create',
    m: 'make a video using only the first two photos',
    on: 'empty',
    v: { photos: src5('beach', 'city') },
  },
  {
    f: 'create',
    m: 'make a slideshow with just the beach and forest photos',
    on: 'empty',
    v: { photos: src5('beach', 'forest') },
  },
  // "all but the last", "every photo except the beach and the city": the photos left, each.
  {
    f: 'length',
    m: 'all except the final photo 2 seconds',
    on: 'five',
    v: { photos: [len(2000), len(2000), len(2000), len(2000), len(3000)] },
  },
  {
    f: 'motion',
    m: 'every pic apart from the beach should pan right',
    on: 'five',
    v: {
      photos: ['zoom-in', 'pan-right', 'pan-right', 'pan-right', 'pan-right'].map((motion) => ({ motion })),
    },
  },
  {
    f: 'length',
    m: 'all but the first two photos 4 seconds',
    on: 'five',
    v: { photos: [len(3000), len(3000), len(4000), len(4000), len(4000)] },
  },
  {
    f: 'motion',
    m: 'everything but the sunset zooms out',
    on: 'five',
    v: { photos: ['zoom-out', 'zoom-out', 'zoom-out', 'zoom-in', 'zoom-out'].map((motion) => ({ motion })) },
  },
  // "the rest" after several photos were given a length: the photos not given one.
  {
    f: 'length',
    m: 'the first three pictures 2 seconds each, the rest 4',
    on: 'five',
    v: { photos: [len(2000), len(2000), len(2000), len(4000), len(4000)] },
  },
  {
    f: 'length',
    m: '前两张2秒，其余的4秒',
    on: 'five',
    v: { photos: [len(2000), len(2000), len(4000), len(4000), len(4000)] },
  },
  // After a photo just named, "every other photo" is all the others.
  {
    f: 'length',
    m: 'first photo 4 seconds, every other photo 2',
    on: 'five',
    v: { photos: [len(4000), len(2000), len(2000), len(2000), len(2000)] },
  },
  // The music turned to a share of itself, and a level said as a fraction; never the video's length.
  { f: 'music', m: '音量调到原来的一半', on: 'rich', v: { durationMs: 7400, audio: [{ volume: 0.5 }] } },
  {
    f: 'music',
    m: '把背景音乐调小到原来的一半',
    on: 'rich',
    v: { durationMs: 7400, audio: [{ volume: 0.5 }] },
  },
  { f: 'music', m: '音乐声音降低一半', on: 'rich', v: { durationMs: 7400, audio: [{ volume: 0.5 }] } },
  { f: 'music', m: 'bgm volume 0.4', on: 'rich', v: { audio: [{ volume: 0.4 }] } },
  { f: 'music', m: '音乐音量调成0.7', on: 'rich', v: { audio: [{ volume: 0.7 }] } },
  // 除了…其他的都…: the photos left, each.
  {
    f: 'length',
    m: '除了第一张 其余的都改成2秒',
    on: 'five',
    v: { photos: [len(3000), len(2000), len(2000), len(2000), len(2000)] },
  },
  {
    f: 'motion',
    m: '除了森林那张，其他照片都向右平移',
    on: 'five',
    v: {
      photos: ['pan-right', 'pan-right', 'zoom-in', 'pan-right', 'pan-right'].map((motion) => ({ motion })),
    },
  },
  // "do that to …": the last one-photo edit again there ("that" is the edit, not a photo).
  {
    f: 'reference',
    m: 'do that to the first one as well',
    on: 'five',
    before: ['make photo 3 four seconds'],
    v: { photos: [len(4000), len(3000), len(4000), len(3000), len(3000)] },
  },
  // "…is too short, double it": "it" is the photo complained of, doubled from what it was.
  {
    f: 'length',
    m: 'the first pic is too short, double it',
    on: 'three',
    v: { photos: [len(6000), len(3000), len(3000)] },
  },
  // An English please after a change said in Chinese is no text.
  {
    f: 'text',
    m: '字幕改成红色 plz',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip' },
        { text: 'Day one', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
      ],
    },
  },
  // Zooming that makes one dizzy, said with any verb before 得.
  { f: 'motion', m: '一直推来推去，推得我头都晕了', on: 'three', v: moves3('static') },
  // What Joy can change, asked in other words, is help.
  { f: 'question', m: '你都能帮我调整些什么？', on: 'three', route: 'help', same: true },
  { f: 'question', m: 'what changes can you make to my video?', on: 'three', route: 'help', same: true },
  // "…between them" after two photos named: the transition there.
  {
    f: 'transition',
    m: 'swap photos 2 and 3 and put a dip to white between them',
    on: 'five',
    v: {
      photos: src5('beach', 'forest', 'city', 'sunset', 'party night'),
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-white' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  // The level changed by a share ("volume up 20%", 音量调大20%), never set to it.
  { f: 'music', m: 'music volume down 25%', on: 'rich', v: { audio: [{ volume: 0.75 }] } },
  { f: 'music', m: '背景音乐调小30%', on: 'rich', v: { audio: [{ volume: 0.7 }] } },
  // A text's start and end said together; 显示N秒就消失 is how long it shows.
  {
    f: 'text',
    m: 'caption starts at 3s and ends at 6s',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 3000, endMs: 6000 }] },
  },
  {
    f: 'text',
    m: '标题显示2秒就消失',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }] },
  },
  // One transition set apart from the rest, said after or before them.
  {
    f: 'transition',
    m: 'all the crossfades 0.4s except the first one, which should be 1s',
    on: 'five',
    v: { transitions: [{ durationMs: 1000 }, { durationMs: 400 }, { durationMs: 400 }, { durationMs: 400 }] },
  },
  {
    f: 'transition',
    m: 'first transition 1.2s, the rest 0.4s',
    on: 'five',
    v: { transitions: [{ durationMs: 1200 }, { durationMs: 400 }, { durationMs: 400 }, { durationMs: 400 }] },
  },
  {
    f: 'transition',
    m: '第一个转场1秒，其余的0.4秒',
    on: 'five',
    v: { transitions: [{ durationMs: 1000 }, { durationMs: 400 }, { durationMs: 400 }, { durationMs: 400 }] },
  },
  {
    f: 'transition',
    m: 'transitions 0.4s but the last one 1.2s',
    on: 'five',
    v: { transitions: [{ durationMs: 400 }, { durationMs: 400 }, { durationMs: 400 }, { durationMs: 1200 }] },
  },
  // What a platform rewards, what they will do themselves, where a text sits, what a year dates: reasons.
  {
    f: 'length',
    m: 'trim it to 8 seconds, tiktok likes short ones',
    on: 'five',
    v: { durationMs: 8000, aspect: '16:9' },
  },
  {
    f: 'text',
    m: '标题移到最上面，下面会被小红书的按钮挡住',
    on: 'rich',
    v: { aspect: '16:9', texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  { f: 'music', m: "take the music out, I'll add a trending sound in the app", on: 'rich', v: { audio: [] } },
  {
    f: 'text',
    m: "make the title red, it's on a white wall",
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    f: 'transition',
    m: 'no transitions, fades feel so 2010',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }) },
  },
  { f: 'text', m: '字幕加个阴影，背景太亮了看不清', on: 'rich', v: { look: 'none' } },
  {
    f: 'transition',
    m: '转场换个酷一点的，现在太单调了',
    on: 'three',
    before: ['转场用叠化'],
    v: { transitions: [{ kind: /^(?!crossfade$)/ }, { kind: /^(?!crossfade$)/ }] },
  },
  { f: 'history', m: '撤销，暖色调不好看', on: 'three', before: ['暖色调'], v: { look: 'none' } },
  // A photo given a bare number after a length of every photo: its seconds.
  {
    f: 'length',
    m: 'now make the last one 5',
    on: 'three',
    before: ['every photo 2 seconds'],
    v: { photos: [len(2000), len(2000), len(5000)] },
  },
  // "…, keep the rest still" after one photo's move: the photos not named.
  {
    f: 'motion',
    m: 'zoom out on the city photo, keep the others still',
    on: 'three',
    v: moves3Of('static', 'zoom-out', 'static'),
  },
  // Not yet, whatever it would have been.
  { f: 'negation', m: '先别换横屏，我再看看', on: 'three', before: ['竖屏'], same: true },
  // A fade made longer, then its seconds.
  {
    f: 'music',
    m: 'make the music fade out a bit longer, like 5s',
    on: 'rich',
    v: { durationMs: 7400, audio: [{ fadeOutMs: 5000 }] },
  },
  { f: 'music', m: '音乐淡出短一点', on: 'rich', v: { durationMs: 7400, audio: [{ fadeOutMs: 1200 }] } },
  {
    f: 'music',
    m: '这首别换，我奶奶最爱听这首，音量小一点',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.6 }] },
  },
  // "slow the photos down", "make it quieter": the pace of the photos, the level of the only sound.
  { f: 'length', m: 'slow the pictures down', on: 'three', v: { durationMs: 12000 } },
  { f: 'music', m: 'make it a little quieter', on: 'rich', v: { audio: [{ volume: 0.6 }] } },
  // An instruction after a text's new words ends them.
  {
    f: 'text',
    m: 'rename the title to Beach Days 2024 and make it smaller',
    on: 'rich',
    v: { texts: [{ text: 'Beach Days 2024', size: 1.1 }, { text: 'Day one' }] },
  },
  // 回忆杀 is nostalgia: the vintage look.
  { f: 'look', m: '来点回忆杀的感觉', on: 'three', v: { look: 'vintage' } },
  // "…and last 3 seconds" after a text: how long it shows, never the last photo.
  {
    f: 'text',
    m: 'make the caption come in at 1 second and last 2 seconds',
    on: 'rich',
    v: {
      durationMs: 7400,
      photos: [len(3000), len(3000), len(3000)],
      texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 1000, endMs: 3000 }],
    },
  },
  {
    f: 'text',
    m: 'the title should stay on screen for 2.5 seconds',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip', startMs: 0, endMs: 2500 }, { text: 'Day one' }] },
  },
  // One transition named first, then what it becomes.
  {
    f: 'transition',
    m: 'the transition before the forest, make it a wipe',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'transition',
    m: '最后一个转场，换成黑场',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'fade-black' },
      ],
    },
  },
  // A Chinese text noun, a space, then its words (voice input).
  {
    f: 'text',
    m: '标题 毕业快乐 黄色',
    on: 'three',
    v: { texts: [{ text: '毕业快乐', role: 'title', color: /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i }] },
  },
  { f: 'text', m: '字幕 第一天', on: 'rich', v: { texts: [{ text: 'Road Trip' }, { text: '第一天' }] } },
  // Guard: a setting after the noun is no words.
  {
    f: 'text',
    m: '标题 大一点',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 1.8 }, { text: 'Day one' }] },
  },
  // A text's start moved by an amount.
  {
    f: 'text',
    m: '标题晚两秒出来',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 2000 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'make the caption show up 1 second later',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 3200 }] },
  },
  // A list of captions without the verb: one per photo.
  {
    f: 'text',
    m: 'captions please: Beach, City, Forest',
    on: 'three',
    v: { texts: [{ text: 'Beach' }, { text: 'City' }, { text: 'Forest' }] },
  },
  // Terse fragments.
  { f: 'order', m: 'pic 2 out', on: 'three', v: { photos: src3('beach', 'forest') } },
  {
    f: 'order',
    m: 'the rocket one out pls',
    on: 'things',
    v: { photos: src5('astronaut', 'chelsea', 'coffee', 'dog') },
  },
  // An occasion said for someone late; a style that keeps the colour.
  {
    f: 'style',
    m: "it's for my late father's funeral, something gentle",
    on: 'three',
    v: { look: 'black-and-white' },
  },
  { f: 'style', m: 'wedding style but keep the colours', on: 'three', v: { look: 'none' } },
  { f: 'style', m: '纪念风格，保留原来的颜色', on: 'three', v: { look: 'none' } },
  // A frame around a question asks nothing.
  {
    f: 'question',
    m: 'Before I change anything, what song is on it now?',
    on: 'rich',
    route: 'status',
    same: true,
  },
  // In the empty studio, photos are counted on the video about to be made.
  {
    f: 'create',
    m: 'make a video where every other photo zooms out',
    on: 'empty',
    v: { photos: [{ motion: 'zoom-out' }, {}, { motion: 'zoom-out' }, {}, { motion: 'zoom-out' }] },
  },
  {
    f: 'create',
    m: '做个视频，除了最后一张其他都2秒',
    on: 'empty',
    v: { photos: [len(2000), len(2000), len(2000), len(2000), { durationMs: 3100 }] },
  },
  // A reason: what someone loved; what people on a platform do.
  {
    f: 'look',
    m: 'black and white please, my grandma loved old postcards',
    on: 'three',
    v: { look: 'black-and-white' },
  },
  {
    f: 'transition',
    m: '转场用白场，小红书上博主都这么剪',
    on: 'three',
    v: { aspect: '16:9', transitions: [{ kind: 'fade-white' }, { kind: 'fade-white' }] },
  },
  // A mood right after the music is the song's, never the pace.
  {
    f: 'music',
    m: 'add music at 30%, something calm',
    on: 'three',
    v: { durationMs: 9000, audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  // A correction from the end, or after a removal said with what was removed.
  {
    f: 'reference',
    m: '不对，是倒数第二张',
    on: 'five',
    before: ['第二张停5秒'],
    v: { photos: [len(3000), len(3000), len(3000), len(5000), len(3000)] },
  },
  {
    f: 'reference',
    m: '不对，删的应该是第三张',
    on: 'five',
    before: ['删掉第一张'],
    v: { photos: src5('beach', 'city', 'sunset', 'party night') },
  },
  // 倒数两张 is the last two; "2 seconds later" of a text moves its start by 2 s.
  { f: 'order', m: '倒数两张删掉吧', on: 'five', v: { photos: src5('beach', 'city', 'forest') } },
  {
    f: 'text',
    m: 'title 1.5 seconds later please',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 1500 }, { text: 'Day one' }] },
  },

  // How long a text stays, said after the text in the same sentence (never the video's length).
  {
    f: 'text',
    m: 'title at 2s and stays 3 seconds',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip', startMs: 2000, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: 'caption from 1s, stays 4 seconds',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 1000, endMs: 5000 }] },
  },
  {
    f: 'text',
    m: '标题2秒出现，保持3秒',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip', startMs: 2000, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕1秒后出来',
    on: 'rich',
    v: { durationMs: 7400, texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 1000 }] },
  },
  // A text there is, asked on every photo: shown from the first photo to the last.
  {
    f: 'text',
    m: 'the caption should be on every photo',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 0, endMs: 7400 }] },
  },
  {
    f: 'text',
    m: '字幕每张照片都要有',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 0, endMs: 7400 }] },
  },
  // 撤了吧 alone is an undo.
  {
    f: 'history',
    m: '算了，撤了吧',
    on: 'three',
    before: ['婚礼风格'],
    v: { look: 'none', ...photos3(3000) },
  },
  // A multiple of the length with a decimal, in both languages; of every photo, each photo's.
  { f: 'length', m: '时长变成原来的1.5倍', on: 'three', v: { durationMs: 13500 } },
  { f: 'length', m: 'make it 1.5 times as long', on: 'three', v: { durationMs: 13500 } },
  {
    f: 'length',
    m: 'make every photo 1.5x longer',
    on: 'five',
    v: { photos: each(5, { durationMs: 4500 }) },
  },
  {
    f: 'length',
    m: '每张照片时间变成原来的1.5倍',
    on: 'five',
    v: { photos: each(5, { durationMs: 4500 }) },
  },
  { f: 'length', m: 'make every photo 50% longer', on: 'five', v: { photos: each(5, { durationMs: 4500 }) } },
  // A photo counted from the one just talked about ("it", 它, or bare 前面那张 / 后一张), also as a correction.
  {
    f: 'reference',
    m: '它前面那张也这样',
    on: 'things',
    before: ['火箭那张向右平移'],
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'pan-right' },
        { motion: 'pan-right' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'no wait, the one after it',
    on: 'five',
    before: ['make photo 2 five seconds'],
    v: { photos: lengths(3000, 3000, 5000, 3000, 3000) },
  },
  {
    f: 'reference',
    m: '不对，是后一张',
    on: 'five',
    before: ['第三张停5秒'],
    v: { photos: lengths(3000, 3000, 3000, 5000, 3000) },
  },
  {
    f: 'reference',
    m: '把前面那张删掉',
    on: 'five',
    before: ['第二张缩小'],
    v: { photos: src5('city', 'forest', 'sunset', 'party night') },
  },
  // A correction that names the other text.
  {
    f: 'reference',
    m: '说错了，是字幕',
    on: 'rich',
    before: ['把标题放到顶部'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'no wait, the caption',
    on: 'rich',
    before: ['move the title to the top'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  // The same text added on another photo.
  {
    f: 'reference',
    m: '最后一张也加个同样的',
    on: 'five',
    before: ['第一张加字幕：早安'],
    v: { texts: [{ text: '早安' }, { text: '早安', startMs: 8800 }] },
  },
  {
    f: 'reference',
    m: 'add the same to the last photo',
    on: 'five',
    before: ['caption on the first photo: Good morning'],
    v: { texts: [{ text: 'Good morning' }, { text: 'Good morning', startMs: 8800 }] },
  },
  // A closing ! or ? typed after a text's words is part of them; an apostrophe never ends them.
  { f: 'text', m: '第一张加字幕：出发！', on: 'five', v: { texts: [{ text: '出发！' }] } },
  { f: 'text', m: "caption on photo 1: let's go!", on: 'five', v: { texts: [{ text: "let's go!" }] } },
  { f: 'text', m: 'title: Summer! make it bigger', on: 'three', v: { texts: [{ text: 'Summer' }] } },
  // A particle after a colour is how it was said, not new words.
  {
    f: 'text',
    m: '标题换成黄色的捏',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600' }, { text: 'Day one' }] },
  },
  // A move refused in Chinese is no move, never that move.
  { f: 'negation', m: '别再放大了，看着累', on: 'five', v: { photos: each(5, { motion: 'static' }) } },
  { f: 'negation', m: '第一张不要放大', on: 'three', v: moves3Of('static', 'zoom-in', 'zoom-in') },
  // Hard to read because of the colour or the background, beside a colour: no size change.
  {
    f: 'text',
    m: '标题改成黄色，现在白的看不清',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600', size: 1.4 }, { text: 'Day one' }] },
  },
  {
    f: 'text',
    m: '字幕改成白色，现在这个背景太花了看不清',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: '#ffffff', size: 1 }] },
  },
  // A mood the chosen song already has keeps it; nothing else slows down.
  {
    f: 'music',
    m: '换个钢琴曲吧，老板说要安静点的',
    on: 'three',
    v: { ...photos3(3000), ...song('Quiet Piano') },
  },
  // "vlog" alone names the travel vlog style.
  { f: 'style', m: '做个vlog', on: 'three', v: { look: 'warm' } },
  { f: 'style', m: 'make a vlog', on: 'three', v: { look: 'warm' } },
  // A pace step that would squeeze the transitions is each photo's.
  {
    f: 'length',
    m: '还是太慢了，再快一点',
    on: 'empty',
    before: ['做个视频', '每张2秒'],
    v: { photos: each(5, { durationMs: 1500 }) },
  },
  {
    f: 'length',
    m: 'still too slow, a bit faster',
    on: 'empty',
    before: ['make a video', 'each photo 2 seconds'],
    v: { photos: each(5, { durationMs: 1500 }) },
  },
  // A style the video is said not to be is none.
  {
    f: 'length',
    m: 'FASTER!! its a gym promo not a funeral',
    on: 'three',
    v: { look: 'none', ...photos3(2250) },
  },
  { f: 'length', m: '快一点，又不是葬礼', on: 'three', v: { look: 'none', ...photos3(2250) } },
  // What is said of the photo set apart by an exception.
  {
    f: 'motion',
    m: 'everything still except the rocket, that one zooms out',
    on: 'things',
    v: {
      photos: [
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'zoom-out' },
        { motion: 'static' },
      ],
    },
  },
  {
    f: 'motion',
    m: 'all static except the dog, which pans left',
    on: 'things',
    v: {
      photos: [
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'pan-left' },
      ],
    },
  },
  // Guard: "but" before a verb is no exception.
  { f: 'style', m: 'wedding style but keep it short', on: 'three', v: { look: 'matte' } },
  // What the video is for, said after a request, is why.
  {
    f: 'look',
    m: 'more colourful pls, its for a kids party',
    on: 'three',
    v: { look: 'vivid', ...photos3(3000) },
  },
  { f: 'look', m: '颜色鲜艳一点，这是给孩子派对用的', on: 'three', v: { look: 'vivid', ...photos3(3000) } },
  // "caption" as a verb on a photo no caption is on adds one there; "to the last photo" is a place.
  {
    f: 'text',
    m: 'caption the last photo "2 bed, 1 bath"',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: '2 bed, 1 bath', startMs: 4400 }] },
  },
  {
    f: 'text',
    m: 'add a caption to the last photo: Sunset',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: 'Sunset', startMs: 4400 }] },
  },
  {
    f: 'text',
    m: 'CAPS for the title pls',
    on: 'rich',
    v: { texts: [{ text: 'ROAD TRIP' }, { text: 'Day one' }] },
  },
  // More words for throwing a photo out.
  { f: 'order', m: 'the forest one is blurry, bin it', on: 'three', v: { photos: src3('beach', 'city') } },
  { f: 'order', m: 'scrap the city pic', on: 'three', v: { photos: src3('beach', 'forest') } },
  { f: 'question', m: 'what transitions have you got?', on: 'three', route: 'help', same: true },
  // Sound effects Joy has none of.
  { f: 'music', m: 'add a crowd cheering sound at the end', on: 'five', same: true },
  { f: 'music', m: '结尾加点掌声', on: 'five', same: true },
  // A transition between two photos named by what they show, from one to the other.
  {
    f: 'transition',
    m: '海边到城市那里加个叠化',
    on: 'three',
    v: { transitions: [{ kind: 'crossfade' }, { kind: 'cut' }] },
  },
  {
    f: 'transition',
    m: 'crossfade from the city to the forest',
    on: 'three',
    v: { transitions: [{ kind: 'cut' }, { kind: 'crossfade' }] },
  },

  // Found typing requests by hand: the song's own ending or start felt as abrupt is its fade.
  { f: 'music', m: 'the song ends too abruptly', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 3000 }) },
  { f: 'music', m: '音乐结尾太突然了', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 3000 }) },
  { f: 'music', m: 'the music starts too suddenly', on: 'rich', v: song('lo-fi.mp3', { fadeInMs: 2000 }) },
  // Guard: the video's ending is the video's fade, not the music's.
  { f: 'music', m: 'the ending is too abrupt', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 2000 }) },
  // Words named by where they are on the picture.
  {
    f: 'text',
    m: 'get rid of the words in the middle',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }] },
  },
  { f: 'text', m: 'remove the text at the bottom', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  { f: 'text', m: 'delete the words at the top', on: 'rich', same: true },
  // A colour said as one character and 的.
  {
    f: 'text',
    m: '字幕改成“第一天”，颜色用红的',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: '第一天', color: '#e53935' }] },
  },
  {
    f: 'text',
    m: '标题换成黄的吧',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#ffd600' }, { text: 'Day one' }] },
  },
  // A feel asked of a font is no look (Joy has no fonts to choose).
  { f: 'text', m: '标题换个字体，要可爱一点的', on: 'rich', same: true },
  { f: 'text', m: 'change the title font, something cuter', on: 'rich', same: true },

  // Texts named by how they look or where they are, by people who do not say "title" or "caption".
  {
    f: 'text',
    m: 'make the little words bigger',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 1.3 },
      ],
    },
  },
  {
    f: 'text',
    m: '把底下那行字改成黄色',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: '#ffd600' },
      ],
    },
  },
  {
    f: 'text',
    m: '把开头那几个字改成红色',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#e53935' },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    f: 'text',
    m: '小字晚两秒出来',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 4200 }] },
  },
  {
    f: 'reference',
    m: 'and the small writing too',
    on: 'rich',
    before: ['make the title yellow'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffd600' },
        { text: 'Day one', color: '#ffd600' },
      ],
    },
  },
  // The music's end and start said as what is heard.
  { f: 'music', m: '音乐最后慢慢变小，五秒左右', on: 'rich', v: song('lo-fi.mp3', { fadeOutMs: 5000 }) },
  // Transitions in a person's words.
  {
    f: 'transition',
    m: 'the blending between the pictures is over too fast',
    on: 'five',
    v: cuts5('crossfade', 1200),
  },
  { f: 'transition', m: 'just a plain change between the pictures please', on: 'five', v: cuts5('cut') },
  {
    f: 'transition',
    m: 'the black flashes are a bit much, could they blend gently instead?',
    on: 'five',
    before: ['use fade to black between the photos'],
    v: cuts5('crossfade'),
  },
  {
    f: 'transition',
    m: 'between the city and the forest, could it dip to black for a moment?',
    on: 'five',
    v: kinds('crossfade', 'fade-black', 'crossfade', 'crossfade'),
  },
  // Camera moves in a person's words.
  {
    f: 'motion',
    m: 'the first picture should creep in closer and the last one should not move at all',
    on: 'three',
    v: moves3Of('zoom-in', 'zoom-in', 'static'),
  },
  {
    f: 'motion',
    m: 'on the city photo glide from left to right',
    on: 'three',
    v: moves3Of('zoom-in', 'pan-right', 'zoom-in'),
  },
  // A cast complained of as a look, and a likeness.
  { f: 'look', m: 'everything looks kind of cold and blue', on: 'three', v: { look: 'warm' } },
  { f: 'look', m: 'make it look cold', on: 'three', v: { look: 'cool' } },
  { f: 'look', m: 'can it look like old snapshots?', on: 'three', v: { look: 'vintage' } },
  { f: 'format', m: 'the movement looks jerky', on: 'three', v: { fps: 60 } },
  { f: 'format', m: '动起来有点不流畅', on: 'three', v: { fps: 60 } },
  // Order asked as a question or said twice.
  {
    f: 'order',
    m: 'could the dog come right after the astronaut?',
    on: 'things',
    v: { photos: src5('astronaut', 'dog', 'chelsea', 'coffee', 'rocket') },
  },
  { f: 'order', m: '倒着放，从最后一张开始', on: 'three', v: { photos: src3('forest', 'city', 'beach') } },
  {
    f: 'order',
    m: 'the sunset should be the very first thing people see',
    on: 'five',
    v: { photos: src5('sunset', 'beach', 'city', 'forest', 'party night') },
  },
  // A photo disliked is taken out.
  {
    f: 'order',
    m: "I don't really like the city photo",
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '我不喜欢第二张',
    on: 'five',
    v: { photos: src5('beach', 'forest', 'sunset', 'party night') },
  },
  // Asking whether something can be done later is a question.
  { f: 'question', m: 'can I still change the song afterwards?', on: 'three', route: 'help', same: true },
  { f: 'music', m: 'add the sound of people cheering at the end', on: 'three', same: true },
  // Praise before a request, and where someone else will post it, ask for nothing.
  {
    f: 'length',
    m: 'The transitions look great! Could you make the whole thing 10 seconds?',
    on: 'five',
    v: { durationMs: 10000, ...cuts5('crossfade', 800) },
  },
  {
    f: 'length',
    m: '转场很好看。整体改成10秒',
    on: 'five',
    v: { durationMs: 10000, ...cuts5('crossfade', 800) },
  },
  {
    f: 'length',
    m: 'make it 12 seconds. My son will post it on TikTok.',
    on: 'three',
    v: { durationMs: 12000, aspect: '16:9' },
  },
  { f: 'length', m: 'could each one stay 2 seconds', on: 'three', v: photos3(2000) },
  { f: 'length', m: "3 seconds is too quick. let's try 4 for each one", on: 'three', v: photos3(4000) },
  { f: 'length', m: '至少要有十五秒', on: 'three', v: { durationMs: 15000 } },
  {
    f: 'text',
    m: "at the end can it say 'Thank you all'",
    on: 'three',
    v: { texts: [{ text: 'Thank you all', role: 'end-card' }] },
  },
  // Dense briefs: bare photo numbers after a list, a transition set apart by where it is, spans of time.
  {
    f: 'length',
    m: 'photos 1 to 3 at 2s each; 4 and 5 stay at 3',
    on: 'five',
    v: { photos: lengths(2000, 2000, 2000, 3000, 3000) },
  },
  {
    f: 'transition',
    m: 'cuts everywhere except between photo 2 and 3 — a wipe there',
    on: 'five',
    v: { transitions: [{ kind: 'cut' }, { kind: /^wipe-/ }, { kind: 'cut' }, { kind: 'cut' }] },
  },
  {
    f: 'text',
    m: '字幕在第2秒到第5秒，内容“特价”',
    on: 'three',
    v: { texts: [{ text: '特价', startMs: 2000, endMs: 5000 }] },
  },
  {
    f: 'text',
    m: 'title "Open" in gold, 1–3s',
    on: 'three',
    v: { texts: [{ text: 'Open', color: '#ffc107', startMs: 1000, endMs: 3000 }] },
  },
  {
    f: 'text',
    m: 'caption "Bye" from 10s to the end',
    on: 'five',
    v: { texts: [{ text: 'Bye', startMs: 10000, endMs: 11800 }] },
  },
  {
    f: 'music',
    m: 'music: Horizon at 60%, fade in 2s, fade out 4s',
    on: 'three',
    v: song('Horizon', { volume: 0.6, fadeInMs: 2000, fadeOutMs: 4000 }),
  },
  { f: 'music', m: 'music -12 dB', on: 'rich', v: song('lo-fi.mp3', { volume: 0.25 }) },
  {
    f: 'order',
    m: '第一张挪到第三张后面',
    on: 'five',
    v: { photos: src5('city', 'forest', 'beach', 'sunset', 'party night') },
  },
  {
    f: 'order',
    m: '第五张放到第一张后面',
    on: 'five',
    v: { photos: src5('beach', 'party night', 'city', 'forest', 'sunset') },
  },
  {
    f: 'order',
    m: 'delete the first photo and the title',
    on: 'rich',
    v: { photos: src3('city', 'forest'), texts: [{ text: 'Day one' }] },
  },
  {
    f: 'negation',
    m: 'photo 3 static, leave 1 and 2 as they are',
    on: 'three',
    v: moves3Of('zoom-in', 'zoom-in', 'static'),
  },
  { f: 'format', m: 'split screen with the first two photos', on: 'three', same: true },
  { f: 'format', m: '把两张照片分屏显示', on: 'three', same: true },
  {
    f: 'multi',
    m: '10s, slides 0.5s, warm look',
    on: 'three',
    v: {
      durationMs: 10000,
      look: 'warm',
      transitions: [
        { kind: /^slide-/, durationMs: 500 },
        { kind: /^slide-/, durationMs: 500 },
      ],
    },
  },
  {
    f: 'length',
    m: 'photo 1 2s / photo 2 3s / photo 3 4s',
    on: 'three',
    v: { photos: lengths(2000, 3000, 4000) },
  },
  {
    f: 'text',
    m: '标题改成红色并放到底部',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: '#e53935', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    f: 'reference',
    m: '不对，删的应该是咖啡',
    on: 'things',
    before: ['把狗那张删掉'],
    v: { photos: src5('astronaut', 'chelsea', 'rocket', 'dog') },
  },
  {
    f: 'text',
    m: 'same title, same size, but yellow',
    on: 'rich',
    before: ['make the title bigger'],
    v: { texts: [{ text: 'Road Trip', color: '#ffd600', size: 1.8 }, { text: 'Day one' }] },
  },
  {
    f: 'reference',
    m: '它们都改成向左平移',
    on: 'things',
    before: ['第一张放大，第三张拉远'],
    v: {
      photos: [
        { motion: 'pan-left' },
        { motion: 'zoom-in' },
        { motion: 'pan-left' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'reference',
    m: 'make them both pan right',
    on: 'things',
    before: ['zoom out on the first photo, then zoom out on the last one too'],
    v: {
      photos: [
        { motion: 'pan-right' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'pan-right' },
      ],
    },
  },

  // The classes of blind sets 39 and 40, in new words.
  { f: 'length', m: '每张照片拉长到2倍', on: 'three', v: photos3(6000) },
  {
    f: 'transition',
    m: 'make the fade into the second photo longer, 1.2 s',
    on: 'five',
    v: { transitions: [{ durationMs: 1200 }, { durationMs: 800 }, { durationMs: 800 }, { durationMs: 800 }] },
  },
  {
    f: 'transition',
    m: '最后那个转场换成黑场',
    on: 'five',
    v: kinds('crossfade', 'crossfade', 'crossfade', 'fade-black'),
  },
  { f: 'look', m: '颜色有点偏黄', on: 'three', v: { look: 'cool' } },
  { f: 'look', m: '画面有点冷', on: 'three', v: { look: 'warm' } },
  { f: 'text', m: '片头加一句 欢迎光临', on: 'three', v: { texts: [{ text: '欢迎光临' }] } },
  { f: 'question', m: 'what looks do u have', on: 'three', route: 'help', same: true },
  { f: 'transition', m: '一个转场也不要', on: 'rich', v: cuts3('cut') },
  {
    f: 'length',
    m: "this is for my dad's retirement party, anyway can you make it 12 seconds",
    on: 'three',
    v: { durationMs: 12000, look: 'none' },
  },
  {
    f: 'reference',
    m: 'and the one before it as well',
    on: 'five',
    before: ['make the third transition a wipe'],
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: 'crossfade' }],
    },
  },
  {
    f: 'reference',
    m: 'sorry, the other one',
    on: 'rich',
    before: ['make the caption red'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#e53935' },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    f: 'music',
    m: "it's way too quiet now, double it",
    on: 'rich',
    before: ['music at 30%'],
    v: song('lo-fi.mp3', { volume: 0.6 }),
  },
  {
    f: 'motion',
    m: '第三张放打',
    on: 'three',
    before: ['照片都不要动'],
    v: moves3Of('static', 'static', 'zoom-in'),
  },

  // The classes of blind sets 41 and 42, in new words.
  { f: 'length', m: 'can each slide be 2 seconds', on: 'three', v: photos3(2000) },
  { f: 'transition', m: 'make the crossfades a full second', on: 'five', v: cuts5('crossfade', 1000) },
  {
    f: 'text',
    m: 'change the title to read Summer Days',
    on: 'rich',
    v: { texts: [{ text: 'Summer Days' }, { text: 'Day one' }] },
  },
  { f: 'text', m: '除了字幕，其他文字都删掉', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  { f: 'text', m: 'remove all the text except the caption', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  {
    f: 'music',
    m: 'the music is far too loud, half of what it is now',
    on: 'rich',
    v: song('lo-fi.mp3', { volume: 0.5 }),
  },
  {
    f: 'order',
    m: 'turn it around so the last photo is first',
    on: 'three',
    v: { photos: src3('forest', 'city', 'beach') },
  },
  {
    f: 'music',
    m: 'over 4 seconds',
    on: 'rich',
    before: ['fade out the music'],
    v: song('lo-fi.mp3', { fadeOutMs: 4000 }),
  },
  { f: 'motion', m: 'all the photos pan gently to the right', on: 'three', v: moves3('pan-right') },
  { f: 'motion', m: '照片一直放大缩小，我爸说看着头晕', on: 'three', v: moves3('static') },
  {
    f: 'length',
    m: '前两张每张2秒，后面三张每张4秒',
    on: 'things',
    v: { photos: lengths(2000, 2000, 4000, 4000, 4000) },
  },
  {
    f: 'motion',
    m: '第一张拉远，最后一张放大，中间的都向左平移',
    on: 'things',
    v: {
      photos: [
        { motion: 'zoom-out' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'pan-left' },
        { motion: 'zoom-in' },
      ],
    },
  },
  {
    f: 'text',
    m: 'change the caption to Well done, the whole class will watch it on Monday',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Well done' }] },
  },

  // Words on screen named by what they are, before a colon; both video fades in one breath; "the fade" after one.
  {
    f: 'text',
    m: 'our phone number at the bottom: 555 0100',
    on: 'five',
    v: { texts: [{ text: '555 0100', position: 'bottom' }] },
  },
  {
    f: 'text',
    m: "the team's name in yellow at the top: Red Lions",
    on: 'five',
    v: { texts: [{ text: 'Red Lions', position: 'top', color: '#ffd600' }] },
  },
  {
    f: 'multi',
    m: 'fade in at the start and out at the end, 1.5 seconds each',
    on: 'three',
    v: { fade: { inMs: 1500, outMs: 1500, color: '#000000' } },
  },
  {
    f: 'reference',
    m: 'make the fade 2 seconds',
    on: 'three',
    before: ['fade in from black at the start'],
    v: { fade: { inMs: 2000, outMs: 0, color: '#000000' } },
  },

  // Found typing requests by hand at the end: silence at the start is where the music comes in.
  {
    f: 'music',
    m: 'turn the music off for the first 3 seconds',
    on: 'rich',
    v: song('lo-fi.mp3', { startMs: 3000 }),
  },
  { f: 'music', m: '前2秒不要音乐', on: 'rich', v: song('lo-fi.mp3', { startMs: 2000 }) },

  // Blind sets 43 and 44 (mixed languages, chat shorthand, conversations): each class in new words.
  ...mixedAndShorthand,
];
