import { type CorpusCase, each } from './types.js';

/**
 * Blind set 17: a new mix of people, unlike the hurried self-correctors of set 13, the polite older
 * writers and shop owners of set 14, the young slang-and-jargon creators of set 15 and the parents,
 * teachers and travellers of set 16. (a) Wedding and event photographers delivering to a client: brisk and
 * exact, the client's wish given as the reason ("client wants 60 s, 9:16, their names 'Anna & Ben' centred
 * at the start, soft music", "the couple asked for black and white", 客户要求第一张停5秒, 新人要求黑白的),
 * names and dates as titles and end texts. (b) Social-media managers reusing one video for several
 * platforms across turns ("now a square cut for the feed", "and a 16:9 for YouTube", 同样的再来一个竖版,
 * "the feed version is 4:5", B站要横屏的): each later turn changes the one draft, so the aspect asked last
 * is checked, with what the earlier turns set kept. (c) Instructions typed in the passive voice or as
 * statements of fact ("the title should be red", "transitions are to be crossfades", "the last photo is
 * to be removed", 照片时长为2秒, 音乐音量：30%, 最后一张照片需要被删除). (d) Key: value settings and
 * config-like text ("aspect: 9:16; per photo: 2.5s; transition: wipe", "transition = crossfade, 0.5s",
 * "music fade out: 4s", 时长=15s, 画面比例=1:1, 转场：叠化，0.5秒). (e) Things named by their on-screen words
 * on the rich draft ("the 'Day one' text", "the words 'Road Trip'", 写着Road Trip的那个, "the photo under
 * 'Day one'" = photo 2, city.jpg, the photo that caption sits on). (f) Mild negativity and double
 * negatives ("I don't dislike the music but put it at 40%", "nothing against the zooms, but …", "it's not
 * that I dislike the colours, just make them warmer", 不是不要音乐，是小声点，30%, 不是不要转场，是要短一点):
 * only the request is done. (g) Questions and things Joy cannot do (a heart-shaped frame, removing a
 * watermark or guests from the background, red-eye, emailing the client, changing a dress colour): the
 * draft must come back unchanged. About a fifth of the cases are later turns of a conversation (`before`).
 * Outside the style and create families no message asks for a style preset on purpose; a wedding or a gala
 * said only as context asks for nothing more. Where a message was ambiguous to me, or I could not tell
 * from the docs what Joy should do (how much a bare "lower it" or "bigger" is, which of two upbeat tracks
 * "upbeat" picks, a transition longer than half a photo asked for outright, a default transition length,
 * whether a platform name implies an aspect), it was left out or only the certain part is checked.
 * Written from the README, docs/director.md and src/catalog/ (names of effects, styles, tracks and text
 * styles) without reading the director's code or the corpus. 223 messages, 95 of them with Chinese in
 * them, 44 with earlier turns. First scored 183/223; no expectation was corrected after scoring. No
 * expectation was adjudicated.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no whole-video
 * fade, unless said):
 * - one:     beach; 3 s; 3 s. No transitions, music or text.
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text. Photos start at 0, 3 and 6 s.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s. No music, no text.
 *            Photos start at 0, 2.2, 4.4, 6.6 and 8.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; photos start at 0, 2.2 and 4.4 s.
 *            Music lo-fi.mp3 (uploaded, no beat data; 100 %, fade in 0, fade out 2 s); title "Road Trip"
 *            0–3 s (center, clean, white, size 1.4), caption "Day one" on photo 2, 2.2–5.2 s (bottom,
 *            clean, white).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - empty:   nothing yet; the uploads are the five photos (create).
 *
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none (so dates
 * are only sorted on the three-photo draft). Library tracks by title (energy 0–1): Lo-fi Drift (lo-fi,
 * chill; 0.3), Quiet Piano (calm, piano, gentle, peaceful, soft; 平静, 钢琴, 舒缓, 安静, 轻柔; 0.15), Sunny Pop
 * (upbeat, pop, happy; 欢快; 0.75), Horizon (cinematic, epic; 电影感, 史诗; 0.6), Campfire (acoustic, folk,
 * guitar; 民谣, 吉他; 0.5), Neon Pulse (electronic, dance, energetic; 电子, 舞曲; 0.9), Confetti (birthday,
 * party; 0.85), First Dance (romantic, wedding; 浪漫, 婚礼; 0.3), Remembrance (memorial; 0.1), Road Trip
 * (travel, upbeat; 0.7), Clean Lines (product, corporate; 0.55), Sunday Morning (cheerful, family; 0.55).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti; travel
 * vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance; memorial
 * 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid, Clean
 * Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s, cool,
 * Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 * Durations: a transition overlaps the two photos it joins (three wedding-style photos of 4 s with 1.2 s
 * crossfades: 12 − 2.4 = 9.6 s), and is at most half of the shorter photo it joins (five photos of 1.5 s
 * with 0.8 s crossfades: 7.5 − 4 × 0.75 = 4.5 s). "Faster" / "slower" are a step of × 3/4 or × 4/3
 * (docs/director.md). Colours named by word are checked loosely (a red, yellow or blue hex).
 */
const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const N = 'party night.jpg';
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: string[]) => names.map((kind) => ({ kind }));
const Z = 'zoom-in';
const CF = 'crossfade';
const YELLOW = /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i;
const RED = /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i;
const BLUE = /^#[0-7][0-9a-f][0-9a-f]{2}[c-f][0-9a-f]$/i;
const LOFI = 'lo-fi.mp3';
/** Both texts of the rich draft, untouched. */
const RICH_TEXTS = [
  { text: 'Road Trip', role: 'title', position: 'center' },
  { text: 'Day one', role: 'caption', position: 'bottom' },
];

export const blind17: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'per photo: 2.5s',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: 'total: 20s',
    f: 'length',
    on: 'five',
    v: { durationMs: 20000 },
  },
  {
    m: 'duration = 1 min',
    f: 'length',
    on: 'five',
    v: { durationMs: 60000 },
  },
  {
    m: 'Each photo is to be shown for 4 seconds.',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'photo 2: 5s',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'last photo: 4 s',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 4000), durationMs: 12800 },
  },
  {
    m: 'The pace should be faster.',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: 'Photos are to stay on screen longer.',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  {
    m: 'client wants the first photo held for 5 seconds',
    f: 'length',
    on: 'three',
    v: { photos: ms(5000, 3000, 3000), durationMs: 11000 },
  },
  {
    m: 'each photo: 1.5 s',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 1500 }), durationMs: 4500 },
  },
  {
    m: 'Gala recap for the client: 45 seconds, cool look',
    f: 'length',
    on: 'five',
    v: { durationMs: 45000, look: 'cool' },
  },
  {
    m: 'the TikTok cut should be 15 seconds total',
    f: 'length',
    on: 'five',
    before: ['9:16'],
    v: { aspect: '9:16', durationMs: 15000 },
  },
  {
    m: "it's not that it's too long, but the client asked for 12 seconds",
    f: 'length',
    on: 'five',
    v: { durationMs: 12000 },
  },
  {
    m: '总时长=30秒',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000 },
  },
  {
    m: '时长=15s',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000 },
  },
  {
    m: '照片时长为2秒',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: '第一张：4秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(4000, 3000, 3000), durationMs: 10000 },
  },
  {
    m: '客户要求第一张停5秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(5000, 3000, 3000), durationMs: 11000 },
  },
  {
    m: '不是不好，就是太长了，剪到12秒',
    f: 'length',
    on: 'five',
    v: { durationMs: 12000 },
  },
  {
    m: '每张照片显示时间为三秒',
    f: 'length',
    on: 'three',
    before: ['每张5秒'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'transition: wipe',
    f: 'transition',
    on: 'three',
    before: ['9:16'],
    v: { transitions: [{ kind: /^wipe-/ }, { kind: /^wipe-/ }], aspect: '9:16' },
  },
  {
    m: 'Transitions are to be crossfades.',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF }) },
  },
  {
    m: 'transition = crossfade, 0.5s',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: 'Transitions are to be 0.4 seconds long.',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 400 }), durationMs: 13400 },
  },
  {
    m: 'The transition between photo 1 and 2 should be a fade to black.',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('fade-black', CF, CF, CF) },
  },
  {
    m: 'last transition: white flash',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'fade-white') },
  },
  {
    m: 'The transition into the last photo is to be a circle.',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'circle') },
  },
  {
    m: 'whip pan between all photos, 0.3 s',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'whip-pan', durationMs: 300 }), durationMs: 8400 },
  },
  {
    m: 'client prefers cuts, no transitions',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: 'fade in from black: 1s; fade out to black: 2s',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 1000, outMs: 2000 }, transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'The video should fade out to black at the end, over 3 seconds.',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 3000 } },
  },
  {
    m: 'client: fade to black at the end, 2 seconds',
    f: 'transition',
    on: 'five',
    v: { fade: { inMs: 0, outMs: 2000 }, transitions: each(4, { kind: CF, durationMs: 800 }) },
  },
  {
    m: '转场：闪白',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-white' }) },
  },
  {
    m: '转场时长=1秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 1000 }), durationMs: 11000 },
  },
  {
    m: '转场为黑场过渡',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }) },
  },
  {
    m: '第二个转场应为擦除',
    f: 'transition',
    on: 'five',
    v: { transitions: [{ kind: CF }, { kind: /^wipe-/ }, { kind: CF }, { kind: CF }] },
  },
  {
    m: '客户说每张3秒，转场0.5秒叠化',
    f: 'transition',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 3000 }),
      transitions: each(4, { kind: CF, durationMs: 500 }),
      durationMs: 13000,
    },
  },
  {
    m: '首尾淡入淡出，各1秒',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 1000, outMs: 1000 } },
  },
  {
    m: '最后一个转场应为黑场',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'fade-black') },
  },
  {
    m: '不要转场，直接切',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'motion: zoom out',
    f: 'motion',
    on: 'three',
    before: ['each photo 2 seconds'],
    v: { photos: each(3, { motion: 'zoom-out', durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: 'Photos are to be static.',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'The last photo should pan left.',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'pan-left') },
  },
  {
    m: 'camera: pan right on photo 2',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'pan-right', Z) },
  },
  {
    m: 'The first photo is to zoom out and the rest are to stay still.',
    f: 'motion',
    on: 'three',
    v: { photos: motions('zoom-out', 'static', 'static') },
  },
  {
    m: 'client wants no movement on the photos',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: '运镜：全部静止',
    f: 'motion',
    on: 'three',
    before: ['方形'],
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: '第二张照片的运动方式为缩小',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'zoom-out', Z) },
  },
  {
    m: '所有照片向左平移',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-left' }) },
  },
  {
    m: '第一张照片应当静止',
    f: 'motion',
    on: 'three',
    v: { photos: motions('static', Z, Z) },
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: 'look: warm', f: 'look', on: 'three', before: ['9:16'], v: { look: 'warm', aspect: '9:16' } },
  { m: 'The colours should be cooler.', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: 'filter = vintage', f: 'look', on: 'five', v: { look: 'vintage' } },
  { m: 'the couple asked for black and white', f: 'look', on: 'rich', v: { look: 'black-and-white' } },
  {
    m: 'The filter is to be removed.',
    f: 'look',
    on: 'three',
    before: ['vintage look'],
    v: { look: 'none' },
  },
  { m: '色调：冷色', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '新人要求黑白的', f: 'look', on: 'five', v: { look: 'black-and-white' } },
  { m: '滤镜为暖色调', f: 'look', on: 'three', before: ['竖屏'], v: { look: 'warm', aspect: '9:16' } },
  { m: '滤镜去掉', f: 'look', on: 'three', before: ['暖色调'], v: { look: 'none' } },
  { m: '画面应该亮一点', f: 'look', on: 'three', v: { look: 'bright' } },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'client wants their names "Anna & Ben" centred at the start',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Anna & Ben', position: 'center', startMs: 0 }] },
  },
  {
    m: "title: 'Summer Sale'; position: top; colour: yellow",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Summer Sale', role: 'title', position: 'top', color: YELLOW }] },
  },
  {
    m: 'The title should be red.',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: RED }, { text: 'Day one' }] },
  },
  {
    m: "The title is to read 'Grand Opening'.",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Grand Opening', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: "caption on photo 2: 'First look'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'First look', role: 'caption', startMs: 3000 }] },
  },
  {
    m: 'The caption is to be blue.',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: BLUE }] },
  },
  {
    m: "put 'Thank you for celebrating with us' at the end",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Thank you for celebrating with us', endMs: 9000 }] },
  },
  {
    m: "add the date '14 September 2024' as a caption on the last photo",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '14 September 2024', role: 'caption', startMs: 6000 }] },
  },
  {
    m: 'The caption is not needed.',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'all text is to be removed',
    f: 'text',
    on: 'rich',
    v: { texts: [], audio: [{ source: LOFI }] },
  },
  {
    m: '标题：“开业大吉”，位置：顶部，颜色：红色',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '开业大吉', role: 'title', position: 'top', color: RED }] },
  },
  {
    m: '标题显示时间：前2秒',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }] },
  },
  {
    m: '字幕颜色改为黄色',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', color: YELLOW }] },
  },
  {
    m: '字幕位置：顶部',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    m: '第三张照片加字幕：“晚宴”',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '晚宴', role: 'caption', startMs: 6000 }] },
  },
  {
    m: '片尾加一句：感谢光临',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '感谢光临', endMs: 9000 }] },
  },
  {
    m: '新郎新娘名字放在顶部：“阿杰 & 小雨”',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '阿杰 & 小雨', position: 'top' }] },
  },
  {
    m: '标题：张伟与李娜的婚礼',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '张伟与李娜的婚礼', role: 'title' }] },
  },
  {
    m: '标题不需要了',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: '标题应为“周年庆典”',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '周年庆典', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },

  // ── reference (by on-screen words) ──────────────────────────────────────────────────────────────
  {
    m: "the 'Day one' text should be yellow",
    f: 'reference',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: "the words 'Road Trip' need to go to the top",
    f: 'reference',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: "'Day one' should say 'Day 1' instead",
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day 1', role: 'caption' }] },
  },
  {
    m: 'the text that says Road Trip should only be on screen for 2 seconds',
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
  },
  {
    m: "get rid of the 'Day one' text",
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }] },
  },
  {
    m: "the photo under 'Day one' should zoom out",
    f: 'reference',
    on: 'rich',
    v: { photos: motions(Z, 'zoom-out', Z) },
  },
  {
    m: "the photo with 'Day one' on it goes last",
    f: 'reference',
    on: 'rich',
    v: { photos: src(B, F, C) },
  },
  {
    m: "move 'Day one' to the third photo",
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 4400 }] },
  },
  {
    m: '写着Road Trip的那个放到底部',
    f: 'reference',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: '把写着Day one的字改成黄色',
    f: 'reference',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: 'Road Trip那几个字改成“公路之旅”',
    f: 'reference',
    on: 'rich',
    v: {
      texts: [
        { text: '公路之旅', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '删掉写着Day one的那行字',
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: '写着Day one的那张照片不要动',
    f: 'reference',
    on: 'rich',
    v: { photos: motions(Z, 'static', Z) },
  },
  {
    m: '把Day one改成“第一天”',
    f: 'reference',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: '第一天', role: 'caption' }] },
  },
  {
    m: '写着Day one的那张放到最前面',
    f: 'reference',
    on: 'rich',
    v: { photos: src(C, B, F) },
  },
  {
    m: 'now make it blue',
    f: 'reference',
    on: 'rich',
    before: ["the 'Day one' text should be at the top"],
    v: {
      texts: [
        { text: 'Road Trip', color: '#ffffff' },
        { text: 'Day one', position: 'top', color: BLUE },
      ],
    },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'music: soft',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'music: lo-fi, 40%',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Lo-fi Drift', volume: 0.4 }] },
  },
  {
    m: 'music fade out: 4s',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeOutMs: 4000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: 'music fade in: 1.5s',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeInMs: 1500, fadeOutMs: 2000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: 'music start: 2s',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 2000 }], durationMs: 7400 },
  },
  {
    m: 'The music is to be removed.',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: RICH_TEXTS },
  },
  {
    m: 'The music should be at 30 percent.',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: 'client wants romantic music at 50%',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'First Dance', volume: 0.5 }] },
  },
  {
    m: 'soft music, 30%, fade in 2 seconds',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3, fadeInMs: 2000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: 'the client says the music comes in too early, start it at 2 seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 2000 }], durationMs: 7400 },
  },
  {
    m: 'The song is to be Campfire from the library.',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: '音乐=电子，音量50%',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Neon Pulse', volume: 0.5 }] },
  },
  {
    m: '音乐音量：30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: '音乐淡出时间为3秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeOutMs: 3000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '音乐需要被删除',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: RICH_TEXTS },
  },
  {
    m: '音乐：史诗感',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Horizon' }] },
  },
  {
    m: '客户要民谣吉他',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: '配乐：浪漫，音量六成',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'First Dance', volume: 0.6 }] },
  },
  {
    m: '音量改为80%',
    f: 'music',
    on: 'rich',
    before: ['音乐音量30%'],
    v: { audio: [{ source: LOFI, volume: 0.8 }] },
  },

  // ── negation (mild negativity, double negatives) ───────────────────────────────────────────────
  {
    m: "I don't dislike the music but put it at 40%",
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.4 }] },
  },
  {
    m: "I don't hate the crossfades, just make them shorter, 0.3 s",
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 300 }), durationMs: 13800 },
  },
  {
    m: 'nothing against the zooms, but keep the first photo still',
    f: 'negation',
    on: 'three',
    v: { photos: motions('static', Z, Z) },
  },
  {
    m: "not that I don't like zooming in, but zoom out on the last one",
    f: 'negation',
    on: 'three',
    v: { photos: motions(Z, Z, 'zoom-out') },
  },
  {
    m: "it's not that I dislike the colours, just make them warmer",
    f: 'negation',
    on: 'three',
    v: { look: 'warm' },
  },
  {
    m: "not bad, but the title isn't big enough, twice the size please",
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 2.8 }, { text: 'Day one' }] },
  },
  {
    m: "the music isn't bad, I just don't need it",
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: RICH_TEXTS },
  },
  {
    m: "I wouldn't say no to black and white",
    f: 'negation',
    on: 'three',
    v: { look: 'black-and-white' },
  },
  {
    m: "the photos aren't too short, the video's too long: 10 seconds total",
    f: 'negation',
    on: 'five',
    v: { durationMs: 10000 },
  },
  {
    m: 'The sunset photo should not be in the video.',
    f: 'negation',
    on: 'five',
    v: { photos: src(B, C, F, N), durationMs: 9600 },
  },
  {
    m: 'no fade at the end after all',
    f: 'negation',
    on: 'three',
    before: ['fade to black at the end, 2 seconds'],
    v: { fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '不是不要音乐，是小声点，30%',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: '不是不要转场，是要短一点，0.3秒',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 300 }), durationMs: 13800 },
  },
  {
    m: '不是不喜欢现在的颜色，就是想要黑白的',
    f: 'negation',
    on: 'three',
    v: { look: 'black-and-white' },
  },
  {
    m: '不是不要标题，是太大了，缩小一半',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 0.7 }, { text: 'Day one' }] },
  },
  {
    m: '不是不要淡出，是短一点，1秒',
    f: 'negation',
    on: 'three',
    before: ['结尾淡出到黑，3秒'],
    v: { fade: { inMs: 0, outMs: 1000 } },
  },
  {
    m: '放大也不是不好，但最后一张换成拉远',
    f: 'negation',
    on: 'three',
    v: { photos: motions(Z, Z, 'zoom-out') },
  },
  {
    m: '别动顺序，只把第二张删掉',
    f: 'negation',
    on: 'five',
    v: { photos: src(B, F, S, N), durationMs: 9600 },
  },
  {
    m: '字幕不是不好看，就是位置太低了，放到顶部',
    f: 'negation',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    m: '不要竖屏，保持横屏，每张两秒',
    f: 'negation',
    on: 'three',
    v: { aspect: '16:9', photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },

  // ── format (one video, several platforms) ──────────────────────────────────────────────────────
  {
    m: 'now a square cut for the feed',
    f: 'format',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '1:1' },
  },
  {
    m: 'and a 16:9 for YouTube',
    f: 'format',
    on: 'three',
    before: ['make it 9:16', 'now a square one for the feed'],
    v: { aspect: '16:9' },
  },
  {
    m: 'the feed version is 4:5',
    f: 'format',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '4:5' },
  },
  {
    m: 'same again but 1:1',
    f: 'format',
    on: 'three',
    before: ['9:16', "title 'Summer Sale'"],
    v: { aspect: '1:1', texts: [{ text: 'Summer Sale' }] },
  },
  {
    m: 'Stories next, vertical',
    f: 'format',
    on: 'three',
    before: ['square'],
    v: { aspect: '9:16' },
  },
  {
    m: 'for the YouTube upload switch back to widescreen and make it 1080p',
    f: 'format',
    on: 'three',
    before: ['9:16'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  {
    m: 'now the YouTube version: 16:9, 30 seconds',
    f: 'format',
    on: 'five',
    before: ['9:16', '15 seconds'],
    v: { aspect: '16:9', durationMs: 30000 },
  },
  {
    m: 'and a 9:16 for TikTok, keep everything else',
    f: 'format',
    on: 'rich',
    v: { aspect: '9:16', texts: RICH_TEXTS, audio: [{ source: LOFI }], durationMs: 7400 },
  },
  { m: 'aspect: 9:16', f: 'format', on: 'three', v: { aspect: '9:16' } },
  { m: 'fps: 24', f: 'format', on: 'three', before: ['9:16'], v: { fps: 24, aspect: '9:16' } },
  {
    m: 'resolution: 720p',
    f: 'format',
    on: 'three',
    v: { width: 1280, height: 720, aspect: '16:9' },
  },
  { m: '同样的再来一个竖版', f: 'format', on: 'three', before: ['方形'], v: { aspect: '9:16' } },
  { m: 'B站要横屏的，改回来', f: 'format', on: 'three', before: ['竖屏'], v: { aspect: '16:9' } },
  { m: '朋友圈发方形的', f: 'format', on: 'three', before: ['竖屏'], v: { aspect: '1:1' } },
  { m: '画面比例=1:1', f: 'format', on: 'three', v: { aspect: '1:1' } },
  {
    m: '抖音版做完了，现在要一个横屏的给视频号',
    f: 'format',
    on: 'three',
    before: ['竖屏'],
    v: { aspect: '16:9' },
  },
  {
    m: '再出一版方形的，其他不变',
    f: 'format',
    on: 'rich',
    before: ['竖屏'],
    v: { aspect: '1:1', texts: RICH_TEXTS, audio: [{ source: LOFI }] },
  },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'order: reverse', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  {
    m: 'order: by date',
    f: 'order',
    on: 'three',
    before: ['1:1'],
    v: { photos: src(C, F, B), aspect: '1:1' },
  },
  { m: 'The first photo is to go last.', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: 'swap photo 1 and 2', f: 'order', on: 'three', v: { photos: src(C, B, F) } },
  {
    m: 'remove: photo 2',
    f: 'order',
    on: 'three',
    before: ['square'],
    v: { photos: src(B, F), durationMs: 6000, aspect: '1:1' },
  },
  {
    m: 'photos to delete: 4 and 5',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F), durationMs: 7400 },
  },
  {
    m: 'The last photo is to be removed.',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S), durationMs: 9600 },
  },
  {
    m: 'remove the third photo, the client did not like it',
    f: 'order',
    on: 'three',
    v: { photos: src(B, C), durationMs: 6000 },
  },
  {
    m: "the city photo isn't needed",
    f: 'order',
    on: 'three',
    v: { photos: src(B, F), durationMs: 6000 },
  },
  {
    m: 'the photos should be in the order they were taken',
    f: 'order',
    on: 'three',
    v: { photos: src(C, F, B) },
  },
  { m: '顺序：倒过来', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  {
    m: '第三张放到最前面',
    f: 'order',
    on: 'three',
    before: ['每张2秒'],
    v: {
      photos: [
        { source: F, durationMs: 2000 },
        { source: B, durationMs: 2000 },
        { source: C, durationMs: 2000 },
      ],
    },
  },
  { m: '最后一张应该放在第一个', f: 'order', on: 'five', v: { photos: src(N, B, C, F, S) } },
  {
    m: '最后一张照片需要被删除',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S), durationMs: 9600 },
  },
  {
    m: '客户不喜欢第二张，删掉',
    f: 'order',
    on: 'three',
    v: { photos: src(B, F), durationMs: 6000 },
  },
  {
    m: '第一张和第三张交换',
    f: 'order',
    on: 'three',
    before: ['竖屏'],
    v: { photos: src(F, C, B), aspect: '9:16' },
  },
  { m: '排序=最新的在前', f: 'order', on: 'three', v: { photos: src(B, F, C) } },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'style: wedding',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
      durationMs: 9600,
    },
  },
  {
    m: 'style = cinematic',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 3500 }),
      transitions: each(4, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'Horizon' }],
      durationMs: 13500,
    },
  },
  {
    m: 'The video is meant to be a travel vlog.',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
      durationMs: 6600,
    },
  },
  {
    m: "wedding style, but keep the client's song",
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: LOFI }],
      durationMs: 9600,
    },
  },
  {
    m: 'style: product showcase',
    f: 'style',
    on: 'things',
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      look: 'vivid',
      audio: [{ source: 'Clean Lines' }],
      durationMs: 10900,
    },
  },
  {
    m: 'style: social reel',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 300 }),
      look: 'vivid',
      audio: [{ source: 'Neon Pulse' }],
      durationMs: 6300,
    },
  },
  {
    m: '风格：婚礼',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
      durationMs: 15200,
    },
  },
  {
    m: '风格为纪念',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 5000 }),
      transitions: each(2, { kind: 'fade-black', durationMs: 1500 }),
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
      durationMs: 12000,
    },
  },
  {
    m: '家庭风格',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: CF, durationMs: 800 }),
      look: 'warm',
      audio: [{ source: 'Sunday Morning' }],
      durationMs: 7400,
    },
  },
  {
    m: '婚礼风格，音乐保留',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: LOFI }],
    },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  { m: 'undo', f: 'history', on: 'three', before: ['9:16', '1:1'], v: { aspect: '9:16' } },
  {
    m: 'revert that',
    f: 'history',
    on: 'three',
    before: ['each photo 2 seconds'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'three',
    before: ['square', 'warm', 'reverse the order'],
    v: { aspect: '1:1', look: 'none', photos: src(B, C, F) },
  },
  {
    m: 'the client preferred the previous version, undo',
    f: 'history',
    on: 'five',
    before: ['style: cinematic'],
    v: { photos: each(5, { durationMs: 3000 }), look: 'none', audio: [], durationMs: 11800 },
  },
  {
    m: 'go back',
    f: 'history',
    on: 'three',
    before: ['9:16'],
    v: { aspect: '16:9' },
  },
  { m: '撤销', f: 'history', on: 'three', before: ['竖屏', '方形'], v: { aspect: '9:16' } },
  {
    m: '撤回',
    f: 'history',
    on: 'three',
    before: ['删除第二张'],
    v: { photos: src(B, C, F), durationMs: 9000 },
  },
  {
    m: '重做',
    f: 'history',
    on: 'three',
    before: ['加标题“开业大吉”', '撤销'],
    v: { texts: [{ text: '开业大吉' }] },
  },
  {
    m: '撤销两步',
    f: 'history',
    on: 'rich',
    before: ['音乐音量：30%', '滤镜：黑白', '竖屏'],
    v: { look: 'none', aspect: '16:9', audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: '客户说还是原来的好，改回去',
    f: 'history',
    on: 'three',
    before: ['滤镜：复古'],
    v: { look: 'none' },
  },

  // ── question and things Joy cannot do ──────────────────────────────────────────────────────────
  { m: "what's the current aspect ratio?", f: 'question', on: 'three', before: ['9:16'], same: true },
  { m: 'how long is it right now?', f: 'question', on: 'rich', same: true, reply: /7\.4/ },
  { m: 'is there music on it?', f: 'question', on: 'rich', same: true },
  {
    m: "can you put the couple's names inside a heart shape?",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: "can you remove the photographer's watermark from the photos?",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: 'can you remove the guests in the background of the beach photo?',
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: 'can you fix the red-eye in the photos?', f: 'question', on: 'three', same: true },
  { m: "can you change the colour of the bride's dress?", f: 'question', on: 'three', same: true },
  {
    m: 'how many photos are in it at the moment?',
    f: 'question',
    on: 'five',
    before: ['remove the last photo'],
    same: true,
    reply: /4/,
  },
  { m: '现在总时长多少？', f: 'question', on: 'rich', same: true, reply: /7\.4/ },
  { m: '现在是什么比例？', f: 'question', on: 'three', before: ['方形'], same: true },
  { m: '能把背景里的路人P掉吗', f: 'question', on: 'three', same: true },
  { m: '能帮我把新娘的皮肤磨皮一下吗', f: 'question', on: 'three', same: true },
  { m: '有哪些转场可以选？', f: 'question', on: 'three', same: true },
  { m: '现在有背景音乐吗', f: 'question', on: 'rich', same: true },
  { m: '标题现在是什么颜色的？', f: 'question', on: 'rich', same: true },
  { m: '能自动识别新郎新娘的脸并标上名字吗', f: 'question', on: 'three', same: true },

  // ── multi (several settings in one message) ────────────────────────────────────────────────────
  {
    m: 'aspect: 9:16; per photo: 2.5s; transition: wipe',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2500 }),
      transitions: [{ kind: /^wipe-/ }, { kind: /^wipe-/ }],
    },
  },
  {
    m: "client wants 60 s, 9:16, their names 'Anna & Ben' centred at the start, soft music",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      durationMs: 60000,
      texts: [{ text: 'Anna & Ben', position: 'center', startMs: 0 }],
      audio: [{ source: 'Quiet Piano' }],
    },
  },
  {
    m: '2.5 s per photo, 0.5 s crossfades, 9:16, that is the brief from the client',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: CF, durationMs: 500 }),
      durationMs: 6500,
    },
  },
  {
    m: 'format: 1:1 | length: 15s | look: vivid',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', durationMs: 15000, look: 'vivid' },
  },
  {
    m: 'deliverable: 30 seconds, 16:9, crossfades',
    f: 'multi',
    on: 'three',
    v: { aspect: '16:9', durationMs: 30000, transitions: each(2, { kind: CF }) },
  },
  {
    m: 'music: calm; volume: 40%; music fade out: 3s',
    f: 'multi',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.4, fadeOutMs: 3000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: "The video is to be vertical, and the title is to read 'Grand Opening'.",
    f: 'multi',
    on: 'rich',
    v: { aspect: '9:16', texts: [{ text: 'Grand Opening', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: '客户要竖版，30秒，开头居中写“张伟 & 李娜”，配轻柔的音乐',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      durationMs: 30000,
      texts: [{ text: '张伟 & 李娜', position: 'center', startMs: 0 }],
      audio: [{ source: 'Quiet Piano' }],
    },
  },
  {
    m: '时长=15s；比例=9:16；音乐=欢快',
    f: 'multi',
    on: 'five',
    v: { durationMs: 15000, aspect: '9:16', audio: [{ source: 'Sunny Pop' }] },
  },
  {
    m: '竖屏；每张2秒；转场：叠化；滤镜：暖色',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2000 }),
      transitions: each(2, { kind: CF }),
      look: 'warm',
    },
  },
  {
    m: '比例：1:1，总时长：20秒，音乐：钢琴，音量：50%',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', durationMs: 20000, audio: [{ source: 'Quiet Piano', volume: 0.5 }] },
  },
  {
    m: '标题为“周年庆”，颜色为黄色，位置为底部',
    f: 'multi',
    on: 'three',
    v: { texts: [{ text: '周年庆', role: 'title', color: YELLOW, position: 'bottom' }] },
  },
  {
    m: '顺序倒过来，滤镜黑白，音乐去掉',
    f: 'multi',
    on: 'rich',
    v: { photos: src(F, C, B), look: 'black-and-white', audio: [] },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make a video from these for the client: 9:16, 30 seconds',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', durationMs: 30000, photos: each(5, {}) },
  },
  {
    m: '把这些照片做成视频，比例：1:1，每张：2秒',
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', photos: each(5, { durationMs: 2000 }) },
  },
  {
    m: 'slideshow from the uploads; look: black and white; music: romantic',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), look: 'black-and-white', audio: [{ source: 'First Dance' }] },
  },
];
