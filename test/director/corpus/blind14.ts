import { type CorpusCase, each } from './types.js';

/**
 * Blind set 14: a new mix of people, none of them in a hurry. (a) Older, non-technical people who write
 * long, polite, rambling sentences with the request buried in the middle ("My granddaughter's birthday
 * was last week and I'd love it if the pictures went a bit slower, maybe four seconds each", "我年纪大了
 * 眼睛不太好，照片换得太快我看不清楚，麻烦你每张照片放四秒钟好吗"), apologising, thanking, explaining who the
 * video is for and what a grandchild told them. (b) Small-business owners making shop and item videos
 * (a café, a bakery, a florist, a toy store): prices and sale banners as text ("SALE 50% OFF", "$25",
 * "新品八折"), the shop's name on screen the whole time, 9:16 for reels, "snappier", a slot of 12 seconds.
 * (c) Bilingual people mixing English and Chinese inside one message ("把 transition 换成 fade", "每张 photo
 * 2 秒", "第二个 transition 换成 circle", "BGM 换成 electronic 的"). (d) People who describe the result rather
 * than the setting ("it feels too rushed", "I want it to fit a 15 second reel", "the writing gets lost
 * against the sky", "太暗了", "照片晃来晃去的，看得我头晕"). (e) Questions, and things Joy cannot do (stickers,
 * removing a passer-by, a handwriting font, a countdown, posting to Facebook, shuffling): the draft must
 * come back unchanged. About a fifth of the cases are later turns of a conversation (`before`).
 * Outside the style and create families no message asks for a style preset; a few mention the occasion
 * as context only (a granddaughter's birthday, a late husband, a title in quotes such as 'In Loving
 * Memory'), and there only what they ask for is expected. Where a message was ambiguous to me it was left
 * out. Written from the README, docs/director.md, docs/effects.md and src/catalog/ (names of effects,
 * styles and tracks) without reading the director's code or the corpus. 214 messages, 92 of them with
 * Chinese in them (mixed messages count), 41 with earlier turns. First scored 158/214; no expectation was
 * corrected after scoring. No expectation was adjudicated.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no whole-video
 * fade, unless said):
 * - one:     beach; 3 s; 3 s. No transitions, music or text.
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s. No music, no text.
 *            Photos start at 0, 2.2, 4.4, 6.6 and 8.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (100 %, fade in 0,
 *            fade out 2 s); title "Road Trip" 0–3 s (centre, clean, white, size 1.4), caption "Day one"
 *            on photo 2, 2.2–5.2 s (bottom, clean, white).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach, city (people that can be lifted), forest (none); 3 s each, cuts; 9 s.
 * - flagged: beach, city, beach-2 (near-duplicate of beach), forest (blurred); 3 s each, cuts; 12 s.
 * - empty:   nothing yet; the uploads are the five photos (create).
 *
 * Photo sizes: beach, forest 4000×3000; city 3000×4000 (the only portrait one); sunset 4000×2250; party
 * night 2000×2000 (square). Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party
 * night has none. Uploaded songs (only where `songs` is set): lo-fi.mp3, Summer Vibes.mp3. Library tracks
 * by title: Lo-fi Drift (lo-fi, chill), Quiet Piano (calm, piano, gentle, soft; 轻柔, 安静, 钢琴), Sunny Pop
 * (upbeat, pop, happy; 欢快), Horizon (cinematic, epic), Campfire (acoustic, folk, guitar), Neon Pulse
 * (electronic, dance, energetic), Confetti (birthday, party), First Dance (romantic, wedding), Remembrance
 * (memorial), Road Trip (travel), Clean Lines (product, corporate, modern, tech; 科技), Sunday Morning
 * (family, playful).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti;
 * travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance;
 * memorial 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid,
 * Clean Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s,
 * cool, Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 * Durations: a transition overlaps the two photos it joins (five photos of 3 s with 0.8 s crossfades:
 * 15 − 3.2 = 11.8 s). "Faster" / "slower" and their result-words (rushed, drags) are a step of × 3/4 or
 * × 4/3 (docs/director.md). Colours named by word are checked loosely (a yellow or a red hex).
 */
const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const N = 'party night.jpg';
const AST = 'astronaut.jpg';
const CHE = 'chelsea.jpg';
const COF = 'coffee.jpg';
const ROC = 'rocket.jpg';
const DOG = 'dog.jpg';
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: string[]) => names.map((kind) => ({ kind }));
const Z = 'zoom-in';
const YELLOW = /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i;
const RED = /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i;

export const blind14: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'Good afternoon. My granddaughter put these pictures on here for me, and they go by so quickly that I can hardly see them. Would it be possible for each one to stay up for about five seconds? Thank you very much.',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), durationMs: 15000 },
  },
  {
    m: '你好，我是帮我孙子弄这个的，我年纪大了眼睛不太好，照片换得太快我看不清楚，麻烦你每张照片放四秒钟好吗，谢谢你了。',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  {
    m: 'Need this for an Instagram reel, it has to be exactly 15 seconds total, thanks',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000 },
  },
  {
    m: "it feels too rushed, I can't take anything in",
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'I want it to fit a 15 second reel',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), durationMs: 15000 },
  },
  {
    m: '每张 photo 2 秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2000 }), durationMs: 6800 },
  },
  {
    m: '这个视频太长了，客人没耐心看完的，帮我压到10秒以内',
    f: 'length',
    on: 'five',
    v: { durationMs: 10000 },
  },
  {
    m: "I hope this isn't a silly thing to ask, but the very last picture, the one of the forest, goes away before I've had a proper look at it, so could you make that one last a bit longer, perhaps six seconds?",
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 6000), durationMs: 12000 },
  },
  {
    m: '太赶了，照片一闪就过去了',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'it drags on, my customers will scroll past it',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2250 }), durationMs: 8050 },
  },
  {
    m: '我想请问一下，是不是可以让第二张，就是那张城市的，多停留两秒钟，其他的就不用动了，麻烦了。',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: "cut it down to 12 seconds please, that's the slot I paid for on the screen",
    f: 'length',
    on: 'five',
    v: { durationMs: 12000 },
  },
  {
    m: '整个 video 短一点，大概 8 seconds 就好',
    f: 'length',
    on: 'three',
    v: { durationMs: 8000 },
  },
  {
    m: "half a minute would be ideal, right now it's over far too fast",
    f: 'length',
    on: 'three',
    v: { durationMs: 30000 },
  },
  {
    m: '我老伴儿走了以后，我把他的照片都放在这里面了，我想让整个视频长一点，一共三十秒左右吧，我们慢慢看。',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000 },
  },
  {
    m: 'last 两张 each 4 秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 4000, 4000), durationMs: 13800 },
  },
  {
    m: 'make each pic 1.5 sec, we want it quick for the window display',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  {
    m: 'The whole thing is over before the song has even got going. Could each picture stay twice as long as it does now?',
    f: 'length',
    on: 'rich',
    v: { photos: each(3, { durationMs: 6000 }), durationMs: 16400 },
  },
  {
    m: '视频太长了，抖音放不下，改成15秒',
    f: 'length',
    on: 'things',
    before: ['make each photo 5 seconds'],
    v: { durationMs: 15000 },
  },
  {
    m: 'and the beach one 2 seconds',
    f: 'length',
    on: 'three',
    before: ['make the city photo 4 seconds'],
    v: { photos: ms(2000, 4000, 3000), durationMs: 9000 },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: '把 transition 换成 fade',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: "When one picture changes over to the next it's all very sudden, and it rather startles me. Could they melt into one another gently instead?",
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: 'slide transitions, quick ones, 0.3s',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: /^slide-/, durationMs: 300 }), durationMs: 13800 },
  },
  {
    m: '我女儿说现在的视频照片之间有那种黑一下的效果，挺有感觉的，能不能也给我弄成那样，每两张之间黑一下。',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }) },
  },
  {
    m: 'use a white flash between the shots, looks more modern',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: 'fade-white' }) },
  },
  {
    m: '第二个 transition 换成 circle',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('crossfade', 'circle', 'crossfade', 'crossfade') },
  },
  {
    m: "I don't know the proper word for it, but I'd like each picture to be wiped away by the next one, like a windscreen wiper going from left to right.",
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'wipe-right' }) },
  },
  {
    m: '转场太快了，看着眼花，慢一点，一秒半吧',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1500 }), durationMs: 9000 },
  },
  {
    m: '转场用推的那种，从右往左推',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: 'push-left' }) },
  },
  {
    m: 'zoom 的 transition，0.5s',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'zoom-in', durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: "Would you kindly put a little fade to black at the very end, so that it doesn't just stop dead? A couple of seconds would be lovely.",
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: '开头的时候能不能慢慢地亮起来，不要一下子就出来，两秒钟就好',
    f: 'transition',
    on: 'five',
    v: { fade: { inMs: 2000, outMs: 0 }, transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    m: 'the blurry bit between the photos looks messy, just go straight from one to the next',
    f: 'transition',
    on: 'three',
    before: ['blur dissolve transitions'],
    v: { transitions: each(2, { kind: 'cut' }), durationMs: 9000 },
  },
  {
    m: 'between the coffee and the rocket put a circle reveal, the rest can stay cuts',
    f: 'transition',
    on: 'things',
    v: { transitions: kinds('cut', 'cut', 'circle', 'cut') },
  },
  {
    m: 'fade the whole video in and out, 1 second at each end',
    f: 'transition',
    on: 'rich',
    v: { fade: { inMs: 1000, outMs: 1000 }, transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: 'make them a bit quicker, half a second',
    f: 'transition',
    on: 'three',
    before: ['crossfade between the photos'],
    v: {
      transitions: each(2, { kind: 'crossfade', durationMs: 500 }),
      photos: each(3, { durationMs: 3000 }),
    },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'The pictures keep creeping closer and closer, and to be honest it makes me feel a little queasy. Could they just sit still?',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: '我看人家的视频里照片是从左边慢慢移到右边的，挺好看，我的也想要那样，每张都是。',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-right' }) },
  },
  {
    m: "on the rocket one do a slow push in, it's our bestseller",
    f: 'motion',
    on: 'things',
    v: { photos: motions(Z, Z, Z, 'push-in', Z) },
  },
  {
    m: '照片晃来晃去的，看得我头晕',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: 'For the picture of the city, the tall one, could it move slowly from the bottom up to the top, so that you see the whole building?',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'pan-up', Z) },
  },
  {
    m: '每张都 rotate 一下',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'rotate' }) },
  },
  {
    m: 'give the team photos that 3D pop, the ones with people in them',
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', Z) },
  },
  {
    m: 'the forest one just sits there, let it drift a little',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'drift') },
  },
  {
    m: '中间那张 zoom in 改成 zoom out',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'zoom-out', Z) },
  },
  {
    m: 'The last picture, I would like it to start up close and then slowly pull back, so that you can see everything.',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, 'zoom-out') },
  },
  {
    m: 'zoom in 和 zoom out 交替',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, 'zoom-out', Z, 'zoom-out', Z) },
  },
  {
    m: 'could the pictures move about a little again? it looks too stiff now',
    f: 'motion',
    on: 'three',
    before: ['keep all the photos still'],
    v: { photos: each(3, { motion: /^(?!static$)/ }) },
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: '太暗了，脸都看不清', f: 'look', on: 'three', v: { look: 'bright' } },
  {
    m: 'My late husband loved the old black and white photographs, so I wonder if these could be made to look like that as well, if it is no trouble.',
    f: 'look',
    on: 'three',
    v: { look: 'black-and-white' },
  },
  { m: 'the colours look a bit flat and lifeless', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: 'our cakes look grey in these, make the colours pop', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: "it's too bright, it hurts my eyes", f: 'look', on: 'three', v: { look: 'dark' } },
  {
    m: '我想要那种以前照相馆洗出来的老照片的感觉，你懂我意思吧。',
    f: 'look',
    on: 'three',
    v: { look: 'vintage' },
  },
  { m: '换成 cool tone 的 look', f: 'look', on: 'rich', v: { look: 'cool' } },
  {
    m: 'give it that soft faded look the cafés all use on Instagram',
    f: 'look',
    on: 'things',
    v: { look: 'matte' },
  },
  {
    m: "Could the pictures be a touch brighter? My eyes aren't what they used to be.",
    f: 'look',
    on: 'five',
    v: { look: 'bright' },
  },
  { m: '整体调成暖色调，面包看起来更有食欲', f: 'look', on: 'things', v: { look: 'warm' } },
  { m: '颜色太淡了，没什么精神，鲜艳一点', f: 'look', on: 'five', v: { look: 'vivid' } },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Would you please put my grandson's name, Oliver, at the top of the first picture, as a sort of heading? Thank you kindly.",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Oliver', role: 'title', position: 'top' }] },
  },
  {
    m: "add the price '$25' on the coffee photo",
    f: 'text',
    on: 'things',
    v: { texts: [{ text: '$25', startMs: 6000 }] },
  },
  {
    m: "big title at the start: 'SALE 50% OFF'",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'SALE 50% OFF', role: 'title' }], audio: [] },
  },
  {
    m: "加个 title 'Grand Opening'，放在 bottom",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Grand Opening', role: 'title', position: 'bottom' }] },
  },
  {
    m: 'the words are too small to read on my phone, could the title be twice as big',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 2.8 }, { text: 'Day one' }] },
  },
  {
    m: 'the title gets lost against the sky, can it have a dark box behind it',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'boxed' },
        { text: 'Day one', style: 'clean' },
      ],
    },
  },
  {
    m: '标题颜色改成 yellow',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    m: "能不能在最后一张照片上写一句'奶奶生日快乐'，谢谢你啦。",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '奶奶生日快乐', startMs: 6000 }] },
  },
  {
    m: "put our website 'www.lilysbakes.com' at the end",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'www.lilysbakes.com' }] },
  },
  {
    m: "caption 改成 'Day 1 at the lake'",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: 'Day 1 at the lake', role: 'caption' },
      ],
    },
  },
  {
    m: 'the title disappears before I can read it, keep it up for 5 seconds',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    m: "There's a little bit of writing at the bottom of the second picture that says 'Day one'. I don't think we need it, so could you take it away, please?",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }] },
  },
  {
    m: "全程在底部显示店名'小林面包坊'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '小林面包坊', position: 'bottom', startMs: 0, endMs: 9000 }] },
  },
  {
    m: 'the caption covers their faces, put it up at the top',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: '标题那几个字能不能改成红色的，现在白色的看不太清楚。',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: RED }, { text: 'Day one' }] },
  },
  {
    m: 'white text is invisible on our white counter, make the title black',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#000000' },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    m: "add captions 'Espresso', 'Latte' and 'Mocha' on the first three photos",
    f: 'text',
    on: 'things',
    v: {
      texts: [
        { text: 'Espresso', startMs: 0 },
        { text: 'Latte', startMs: 3000 },
        { text: 'Mocha', startMs: 6000 },
      ],
    },
  },
  {
    m: "Could the words 'Happy 80th, Dad' stay on the screen for the whole video, down at the bottom?",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Happy 80th, Dad', position: 'bottom', startMs: 0, endMs: 11800 }] },
  },
  {
    m: 'title 用 outline 的 style',
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
    m: "there's too much writing all over it, get rid of all the text",
    f: 'text',
    on: 'rich',
    v: { texts: [] },
  },
  {
    m: '第二张加字幕：新品八折',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '新品八折', role: 'caption', startMs: 2200 }] },
  },
  {
    m: "标题改成'开业大吉'",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '开业大吉', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: 'now make it yellow',
    f: 'text',
    on: 'three',
    before: ["add a title 'Fresh Flowers'"],
    v: { texts: [{ text: 'Fresh Flowers', color: YELLOW }] },
  },
  {
    m: '字幕的字也太小了，看不清，放大到两倍',
    f: 'text',
    on: 'three',
    before: ["第一张加字幕'外婆的菜园'"],
    v: { texts: [{ text: '外婆的菜园', size: 2 }] },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "It would be lovely to have some soft piano music playing underneath, the sort of thing you'd hear in the lobby of a nice hotel.",
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'add some modern corporate-sounding music',
    f: 'music',
    on: 'things',
    v: { audio: [{ source: 'Clean Lines' }] },
  },
  {
    m: 'the music drowns out everything, bring it down to 30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: '我不太喜欢现在这个音乐，太吵了，换一首安静一点的吧，最好是钢琴的。',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'the song ends really abruptly, let it fade out over the last 4 seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: "take the music off, we'll add our own jingle later",
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: 'music 晚 2 秒再进来',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2000 }], durationMs: 7400 },
  },
  {
    m: 'Would it be possible for the music to start softly, coming in gradually over the first three seconds, rather than all at once?',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 3000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '音乐太小声了，根本听不见，调到百分之八十',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.8 }] },
  },
  { m: '配个有科技感的背景音乐', f: 'music', on: 'things', v: { audio: [{ source: 'Clean Lines' }] } },
  { m: '换一首 romantic 一点的 song', f: 'music', on: 'rich', v: { audio: [{ source: 'First Dance' }] } },
  {
    m: 'My wife and I always liked a bit of folk music. Could you find something with an acoustic guitar in it to go along with these?',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: "it's too quiet, there's no atmosphere at all, it needs some music",
    f: 'music',
    on: 'three',
    v: { audio: [{}] },
  },
  {
    m: '用 Summer Vibes 那首 song 当 BGM',
    f: 'music',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: 'the music should kick in once the city picture comes up',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2200 }] },
  },
  {
    m: 'BGM 换成 electronic 的，要有 energy',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: 'The tune you have put on is lovely, but it is rather loud for my ears. Could you make it half as loud?',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] },
  },
  {
    m: 'still too loud, 20%',
    f: 'music',
    on: 'rich',
    before: ['music at 50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: '这首歌不好听，换一首欢快一点的',
    f: 'music',
    on: 'three',
    before: ['加点安静的钢琴曲'],
    v: { audio: [{ source: 'Sunny Pop' }] },
  },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "This is for my sister's memorial service next Saturday. I'd like it to feel gentle and respectful; whatever you think is best.",
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
    m: 'make it look like a proper product ad for my toy store',
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
    m: '做成 wedding style',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: 'crossfade', durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
      durationMs: 15200,
    },
  },
  {
    m: '用 travel vlog 的风格',
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
    m: '这些是我们全家过年拍的照片，帮我做成家庭风格的吧，你看着弄。',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 800 }),
      look: 'warm',
      audio: [{ source: 'Sunday Morning' }],
      durationMs: 7400,
    },
  },
  {
    m: 'social reel style for our TikTok, fast',
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
    m: 'make it feel like a movie',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'Horizon' }],
      durationMs: 8500,
    },
  },
  {
    m: "It's my grandson's fifth birthday on Sunday and we'd like to make a fun birthday video for the party. Whatever you think is best!",
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 2200 }),
      transitions: each(4, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      audio: [{ source: 'Confetti' }],
      durationMs: 9000,
    },
  },
  {
    m: 'birthday 风格，但是 music 保留',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 5600,
    },
  },
  {
    m: '帮我把这几张做成产品展示的风格，配乐不要',
    f: 'style',
    on: 'things',
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      look: 'vivid',
      audio: [],
      durationMs: 10900,
    },
  },
  {
    m: '算了，还是换成 cinematic 的吧',
    f: 'style',
    on: 'three',
    before: ['travel vlog style'],
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'Horizon' }],
      durationMs: 8500,
    },
  },

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  { m: 'needs to be 9:16 for reels', f: 'format', on: 'five', v: { aspect: '9:16' } },
  {
    m: 'it should fill my phone screen when I hold the phone upright',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16' },
  },
  {
    m: '我孙女说要发到抖音上，要竖着的那种，麻烦你帮我改一下。',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16' },
  },
  {
    m: 'there are black bars down the sides now, I want the picture to fill the whole screen',
    f: 'format',
    on: 'three',
    before: ['show the whole photos on plain black'],
    v: { photos: each(3, { fit: 'cover' }) },
  },
  {
    m: "the tops of people's heads are cut off now, show the whole picture please",
    f: 'format',
    on: 'people',
    before: ['fill the frame'],
    v: { photos: each(3, { fit: /^(blur|color)$/ }) },
  },
  {
    m: 'make it 1080 by 1920',
    f: 'format',
    on: 'things',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: 'resolution 换成 720p', f: 'format', on: 'three', v: { width: 1280, height: 720, aspect: '16:9' } },
  { m: '帧率改成60，画面流畅一点', f: 'format', on: 'five', v: { fps: 60 } },
  {
    m: "My son says the pictures ought to be the shape of the television, long and wide rather than tall, and I'm afraid I've got it wrong somehow.",
    f: 'format',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9' },
  },
  { m: '4:5 for the feed please', f: 'format', on: 'things', v: { aspect: '4:5' } },
  {
    m: '照片两边不要那个模糊的背景，直接铺满',
    f: 'format',
    on: 'five',
    v: { photos: each(5, { fit: 'cover' }) },
  },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "I've only just noticed that the pictures are all in a muddle. Could they go in the order they were taken, the oldest first?",
    f: 'order',
    on: 'three',
    v: { photos: src(C, F, B) },
  },
  {
    m: "put the coffee shot first, that's our signature drink",
    f: 'order',
    on: 'things',
    v: { photos: src(COF, AST, CHE, ROC, DOG) },
  },
  { m: 'sunset 那张放到最后', f: 'order', on: 'five', v: { photos: src(B, C, F, N, S) } },
  {
    m: '请问能不能把森林那张照片挪到最前面，我觉得用它开头比较好看。',
    f: 'order',
    on: 'three',
    v: { photos: src(F, B, C) },
  },
  {
    m: 'it ends on the wrong picture, the beach should be the last thing people see',
    f: 'order',
    on: 'three',
    v: { photos: src(C, F, B) },
  },
  {
    m: 'swap the dog and the astronaut',
    f: 'order',
    on: 'things',
    v: { photos: src(DOG, CHE, COF, ROC, AST) },
  },
  { m: 'shuffle them into a random order', f: 'order', on: 'five', same: true },
  { m: 'remove 第二张 photo', f: 'order', on: 'three', v: { photos: src(B, F), durationMs: 6000 } },
  { m: '把那张重复的删掉，客人看了会觉得不专业', f: 'order', on: 'flagged', v: { photos: src(B, C, F) } },
  {
    m: "There seem to be two copies of the beach photograph, and there's also one that's rather blurred. Would you be able to take those two out for me?",
    f: 'order',
    on: 'flagged',
    v: { photos: src(B, C) },
  },
  {
    m: "the rocket one doesn't fit with the rest, take it out",
    f: 'order',
    on: 'things',
    v: { photos: src(AST, CHE, COF, DOG), durationMs: 12000 },
  },
  { m: 'newest 的放前面', f: 'order', on: 'three', v: { photos: src(B, F, C) } },
  {
    m: '照片的顺序我想整个倒过来，最后一张放第一个，以此类推。',
    f: 'order',
    on: 'five',
    v: { photos: src(N, S, F, C, B) },
  },
  {
    m: 'put the dog right after the astronaut',
    f: 'order',
    on: 'things',
    v: { photos: src(AST, DOG, CHE, COF, ROC) },
  },
  { m: '随机打乱一下顺序', f: 'order', on: 'five', same: true },
  { m: '第一张和最后一张换个位置', f: 'order', on: 'five', v: { photos: src(N, C, F, S, B) } },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  {
    m: "I'm sorry to bother you, but could you tell me how long the whole video is at the moment? I don't want to change anything just yet.",
    f: 'question',
    on: 'five',
    same: true,
    reply: /11\.8/,
  },
  { m: '请问现在这个视频一共有几张照片呀？', f: 'question', on: 'five', same: true, reply: /5/ },
  {
    m: "Can you put a little heart sticker on my granddaughter's face?",
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: '能不能把照片里后面那个路人去掉', f: 'question', on: 'three', same: true },
  {
    m: "could you post this straight to our bakery's Facebook page",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: 'can you record me saying a few words over the pictures?',
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: '现在用的是什么 transition？', f: 'question', on: 'five', same: true },
  {
    m: 'Can I change the lettering to something curly, like handwriting?',
    f: 'question',
    on: 'rich',
    same: true,
  },
  { m: 'What sorts of music have you got to choose from?', f: 'question', on: 'three', same: true },
  { m: 'Can it be sent as a GIF instead?', f: 'question', on: 'three', same: true },
  {
    m: "Is there a way to add another photo of my own from the computer? I'm not very good with these things.",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: "can you cut the background out of the coffee photo so it's just the cup on white",
    f: 'question',
    on: 'things',
    same: true,
  },
  { m: 'what song is playing on it right now?', f: 'question', on: 'rich', same: true },
  {
    m: '请问一下，刚才你都帮我改了些什么呀？我没看明白。',
    f: 'question',
    on: 'three',
    before: ['每张4秒'],
    same: true,
  },
  { m: 'how many credits have I got left?', f: 'question', on: 'three', same: true },
  { m: '有哪些 look 可以选？', f: 'question', on: 'three', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'no music, we play our own radio in the store',
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: '不要 transition，直接 cut',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: "I don't want any of the moving about, just the pictures themselves, please.",
    f: 'negation',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: '不要 title 了，caption 留着',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: "don't touch the music, just make the photos 2 seconds each",
    f: 'negation',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', volume: 1 }],
      photos: each(3, { durationMs: 2000 }),
      durationMs: 4400,
    },
  },
  {
    m: '颜色不要动，我就是想把每张照片放慢一点，五秒一张',
    f: 'negation',
    on: 'three',
    v: { look: 'none', photos: each(3, { durationMs: 5000 }), durationMs: 15000 },
  },
  {
    m: 'no fade at the end please, it has to loop cleanly on the screen in our window',
    f: 'negation',
    on: 'three',
    before: ['fade out to black at the end'],
    v: { fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '别用黑白的了，看着太压抑',
    f: 'negation',
    on: 'three',
    before: ['黑白'],
    v: { look: 'none' },
  },
  {
    m: "Please don't put any writing on it at all; I'd rather the pictures spoke for themselves.",
    f: 'negation',
    on: 'rich',
    v: { texts: [] },
  },
  {
    m: "don't change the order, just drop the blurry one",
    f: 'negation',
    on: 'flagged',
    v: { photos: src(B, C, 'beach-2.jpg') },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Oh dear, I think I've pressed the wrong thing. Could you put it back how it was before?",
    f: 'history',
    on: 'three',
    before: ['remove the second photo'],
    v: { photos: src(B, C, F) },
  },
  {
    m: 'that made it worse, go back',
    f: 'history',
    on: 'five',
    before: ['make it vintage'],
    v: { look: 'none' },
  },
  {
    m: 'redo 一下',
    f: 'history',
    on: 'three',
    before: ['swap photo 1 and 3', 'undo'],
    v: { photos: src(F, C, B) },
  },
  {
    m: '刚才那样改了以后我觉得不太好，还是恢复到原来的样子吧',
    f: 'history',
    on: 'three',
    before: ['每张6秒'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'undo the last two changes',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', "add a title 'Sale'"],
    v: { aspect: '16:9', texts: [] },
  },
  {
    m: 'oops 按错了，undo',
    f: 'history',
    on: 'rich',
    before: ['remove the title'],
    v: { texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: 'actually I liked it better with the music, put it back',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: '再 undo 一次',
    f: 'history',
    on: 'three',
    before: ['改成竖屏', '每张2秒', '撤销'],
    v: { aspect: '16:9', photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'start over, reset everything',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'black and white', 'reverse the order'],
    v: { aspect: '16:9', look: 'none', photos: src(B, C, F) },
  },
  {
    m: 'ok redo it，我还是要 vertical',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'undo'],
    v: { aspect: '9:16' },
  },
  {
    m: 'I do apologise, I seem to have made a mess of it. Could you undo the last thing I asked for?',
    f: 'history',
    on: 'three',
    before: ['make it 4:5'],
    v: { aspect: '16:9' },
  },
  {
    m: '撤销一下，刚才那个转场不好看',
    f: 'history',
    on: 'five',
    before: ['转场换成擦除'],
    v: { transitions: each(4, { kind: 'crossfade' }) },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "My granddaughter's birthday was last week and I'd love it if the pictures went a bit slower, maybe four seconds each, and some nice gentle music",
    f: 'multi',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), audio: [{ source: 'Quiet Piano' }], durationMs: 16800 },
  },
  {
    m: "9:16, 2 seconds a photo, and our name 'Bloom Florist' at the top",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 2000 }),
      texts: [{ text: 'Bloom Florist', position: 'top' }],
      durationMs: 6800,
    },
  },
  {
    m: '改成 9:16，transition 用 slide，加个 upbeat 的 BGM',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      transitions: each(2, { kind: /^slide-/ }),
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: '我想把这些照片做得慢一点，每张五秒，然后放一点轻柔的音乐，结尾的时候用两秒钟慢慢变黑，谢谢你。',
    f: 'multi',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 5000 }),
      audio: [{ source: 'Quiet Piano' }],
      fade: { inMs: 0, outMs: 2000 },
    },
  },
  {
    m: "it's too dark and it's too slow",
    f: 'multi',
    on: 'three',
    v: { look: 'bright', photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: '竖屏，每张1.5秒，转场用白闪',
    f: 'multi',
    on: 'things',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'fade-white' }),
    },
  },
  {
    m: "black and white, 每张 4 秒, 再加个 title 'In Loving Memory'",
    f: 'multi',
    on: 'three',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 4000 }),
      texts: [{ text: 'In Loving Memory', role: 'title' }],
    },
  },
  {
    m: "Could you please make it the tall shape for the phone, and put 'Happy Anniversary' in the middle, and perhaps make it a little warmer in colour?",
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', texts: [{ text: 'Happy Anniversary', position: 'center' }], look: 'warm' },
  },
  {
    m: 'snappier: 1.5s per shot, whip pans, 9:16',
    f: 'multi',
    on: 'things',
    v: {
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan' }),
      aspect: '9:16',
    },
  },
  {
    m: 'remove the dog photo and put the rocket first',
    f: 'multi',
    on: 'things',
    v: { photos: src(ROC, AST, CHE, COF) },
  },
  {
    m: '把第一张删了吧，拍得不好看，然后剩下的每张放久一点，四秒。',
    f: 'multi',
    on: 'three',
    v: {
      photos: [
        { source: C, durationMs: 4000 },
        { source: F, durationMs: 4000 },
      ],
      durationMs: 8000,
    },
  },
  {
    m: '音乐音量调到50%，标题改成"欢迎光临"',
    f: 'multi',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
      texts: [{ text: '欢迎光临', role: 'title' }, { text: 'Day one' }],
    },
  },
  {
    m: 'Please make the pictures keep still, and the music a little quieter, perhaps 40 per cent.',
    f: 'multi',
    on: 'rich',
    v: { photos: each(3, { motion: 'static' }), audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: "it's for the shop window screen: square, no music, and 'Open 7 Days' at the bottom the whole time",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '1:1',
      audio: [],
      texts: [{ text: 'Open 7 Days', position: 'bottom', startMs: 0, endMs: 11800 }],
    },
  },
  {
    m: '转场太生硬了，换成 crossfade，然后 music 也 fade out 3 秒',
    f: 'multi',
    on: 'rich',
    before: ['hard cuts'],
    v: {
      transitions: each(2, { kind: 'crossfade' }),
      audio: [{ source: 'lo-fi.mp3', fadeOutMs: 3000 }],
    },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Hello, my daughter showed me how to put my pictures on here. I'd like to make a little video out of them, please, with some calm music.",
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'make a 9:16 video from these for reels, 2 sec each',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }) },
  },
  {
    m: '用这些 photo 做个 video，每张 3 秒，transition 用 fade',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 3000 }), transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    m: '你好，我不太会用这个，能不能帮我把这些照片做成一个视频，慢一点的，每张五秒。',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 5000 }) },
  },
  {
    m: "turn these into a square video with the title 'New Arrivals'",
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', photos: each(5, {}), texts: [{ text: 'New Arrivals', role: 'title' }] },
  },
  {
    m: "make a video that's exactly 20 seconds long",
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), durationMs: 20000 },
  },
  {
    m: '帮我 create 一个 video，black and white，no music',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), look: 'black-and-white', audio: [] },
  },
  {
    m: '把这些照片做成视频，竖屏，配个欢快的音乐',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, {}), audio: [{ source: 'Sunny Pop' }] },
  },
  {
    m: "Hello dear. Could you make my pictures into a video with the words 'We Miss You, Grandpa' at the start?",
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), texts: [{ text: 'We Miss You, Grandpa', role: 'title' }] },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'And could you do the same for the last one as well, please?',
    f: 'reference',
    on: 'three',
    before: ['make the first photo 5 seconds'],
    v: { photos: ms(5000, 3000, 5000), durationMs: 13000 },
  },
  {
    m: '第三张也一样',
    f: 'reference',
    on: 'three',
    before: ['second photo zoom out'],
    v: { photos: motions(Z, 'zoom-out', 'zoom-out') },
  },
  {
    m: "that one's still too short, give it another second",
    f: 'reference',
    on: 'three',
    before: ['make the city photo 4 seconds'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'same for all the other photos',
    f: 'reference',
    on: 'things',
    before: ['make the rocket photo 2 seconds'],
    v: { photos: each(5, { durationMs: 2000 }), durationMs: 10000 },
  },
  {
    m: 'the next one too',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a circle'],
    v: { transitions: kinds('circle', 'circle', 'crossfade', 'crossfade') },
  },
  {
    m: '那张再放久一点，再加两秒吧',
    f: 'reference',
    on: 'three',
    before: ['把森林那张改成4秒'],
    v: { photos: ms(3000, 3000, 6000), durationMs: 12000 },
  },
  {
    m: 'put it at the bottom instead',
    f: 'reference',
    on: 'three',
    before: ["add a title 'Welcome'"],
    v: { texts: [{ text: 'Welcome', position: 'bottom' }] },
  },
  {
    m: '这两张再各停 4 秒',
    f: 'reference',
    on: 'three',
    before: ['第一张和第二张 zoom out'],
    v: { photos: ms(4000, 4000, 3000), durationMs: 11000 },
  },
  {
    m: 'and the coffee one right after it',
    f: 'reference',
    on: 'things',
    before: ['put the dog first'],
    v: { photos: src(DOG, COF, AST, CHE, ROC) },
  },
  {
    m: 'same for the caption',
    f: 'reference',
    on: 'rich',
    before: ['make the title black'],
    v: {
      texts: [
        { text: 'Road Trip', color: '#000000' },
        { text: 'Day one', color: '#000000' },
      ],
    },
  },
  {
    m: "Oh, I'm so sorry, I meant the second picture, not the first.",
    f: 'reference',
    on: 'three',
    before: ['zoom out on the first photo'],
    v: { photos: motions(Z, 'zoom-out', Z) },
  },
  {
    m: '其他的也这样',
    f: 'reference',
    on: 'five',
    before: ['最后一张改成静止'],
    v: { photos: each(5, { motion: 'static' }) },
  },
];
