import { type CorpusCase, each } from './types.js';

/**
 * Blind set 16: a new mix of people, unlike the hurried self-correctors of set 13, the polite older
 * writers and shop owners of set 14 and the young slang-and-jargon creators of set 15. (a) Parents and
 * teachers making a class or kids' video: children's names and class names in titles and captions ("Emma,
 * age 7", 三年二班毕业快乐, 开学第一天, 谢谢各位家长), the reason for an edit given with it ("the little ones
 * need time to find themselves", 小朋友看着晕, "the teacher will talk over it"), graduation and 百天 as a
 * style, "playful music for the kids", 可爱的音乐. (b) Travellers naming photos by place, day and shape —
 * only through what the fixtures can tell: "the Bali sunset" / 日落那张 / "the wide sunset" is sunset.jpg (its
 * name; it is the 16:9 one), "the vertical city photo" / "the vertical photo" / 竖的那张 with 'Paris' is
 * city.jpg (the only portrait photo), "the photo from July 2nd" / 7月2日那张 is forest.jpg, "the oldest
 * photo" / 日期最早的那张 / 第一天拍的那张 / "the order we took them" use the dates (city 1 July, forest
 * 2 July, beach 3 July, sunset 4 July; "the first day" of the trip is the earliest date, city.jpg), "the
 * square one" / "the party photo" is party night.jpg, "the beach one (where Lily built her sandcastle)" is
 * beach.jpg; Bali, Paris, Iceland and Ubud are only words around them. No photo is named by the time of
 * day (city 9:00 and beach 10:00 are both morning). (c) People negotiating with Joy: an opinion or
 * permission asked together with a request ("do you think it needs music? if so add something calm", "what
 * would look better, 9:16 or 1:1? go with 9:16", 你觉得加个滤镜好看吗，加个暖色的吧, 要不要配乐你看着办，要的话
 * 来首欢快的) — the request is done — and opinion questions alone ("do you think it needs music?",
 * 你觉得暖色好还是冷色好？, "do you think square would be better? no, leave it as it is"), which change
 * nothing. (d) Numbers in words, fractions and odd units ("two and a half seconds", "half a second", "a
 * quarter of a minute", "a minute and a half total", "three-ish", "1500 milliseconds", "a second and a
 * half", 一秒半, 两秒半, 零点五秒, 四分之一秒). (e) Music said in musical
 * terms ("a faster tempo", "less drums, something softer", "a happy major key", "slower tempo", "cut on the
 * beat", "on the downbeat", 节奏感强一点的歌, 慢一点的曲子，节奏别变): a tempo word about a song moves the song,
 * never the photos, so the photo lengths are checked unchanged; where it only says livelier or calmer
 * than the song playing, the check is only that the song changed the right way (any track but the ones
 * it cannot be). (f) Partial edits and exceptions ("all photos 3s except the first one 5s", "every
 * transition a crossfade but the last a fade to black", "keep every photo still except the first",
 * "every photo 4 seconds but keep the city one at 3", 除了最后一张，每张两秒, 除了最后一个，其他转场都换成擦除);
 * a look for some photos only (每张都加暖色，除了最后一张, "black and white on everything except the last
 * photo", 只把日落那张调成黑白) is refused, as looks are the whole video's (docs/director.md), so the draft is
 * unchanged. (g) Questions and things Joy cannot do (blurring faces, removing tourists, a voiceover, naming
 * children automatically, replacing the sky, a GIF, shuffling): the draft must come back unchanged. About
 * a fifth of the cases are later turns of a conversation (`before`). Outside the style and create
 * families no message asks for a style preset on purpose; a graduation or a trip said only as context
 * ("would black and white suit a graduation video?", "add the travel song", "playful music for the kids")
 * expects only what is asked, and the look and transitions are checked untouched there. Where a message
 * was ambiguous to me, or I could not tell from the docs what Joy should do (how much "bigger" is, a
 * "slightly faster" step, where the undated photo sorts, a transition longer than half a photo asked for
 * outright, which of two happy tracks a happy key picks), it was left out or only the certain part is
 * checked. Written from the README, docs/director.md, docs/effects.md, docs/draft-schema.json and
 * src/catalog/ (names of effects, fits, styles and tracks) without reading the director's code or the
 * corpus. 213 messages, 84 of them with Chinese in them, 44 with earlier turns. First scored 180/213; no expectation was
 * corrected after scoring. No expectation was adjudicated.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no whole-video
 * fade, unless said):
 * - one:     beach; 3 s; 3 s. No transitions, music or text.
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s. No music, no text.
 *            Photos start at 0, 2.2, 4.4, 6.6 and 8.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (uploaded, no beat
 *            data; 100 %, fade in 0, fade out 2 s); title "Road Trip" 0–3 s (centre, clean, white, size
 *            1.4), caption "Day one" on photo 2, 2.2–5.2 s (bottom, clean, white).
 * - beats:   beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music drums.wav (120 BPM, 60 s).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach, city (people that can be lifted), forest (none); 3 s each, cuts; 9 s.
 * - empty:   nothing yet; the uploads are the five photos (create).
 *
 * Photo sizes: beach, forest 4000×3000; city 3000×4000 (the only portrait one); sunset 4000×2250; party
 * night 2000×2000 (square). Photo dates: city 1 July 09:00, forest 2 July 18:30, beach 3 July 10:00,
 * sunset 4 July 20:00; party night has none. Uploaded songs (only where `songs` is set): lo-fi.mp3,
 * Summer Vibes.mp3. Library tracks by title (energy 0–1): Lo-fi Drift (lo-fi, chill; 0.3), Quiet Piano
 * (calm, piano, gentle, soft; 平静, 钢琴, 安静; 0.15), Sunny Pop (upbeat, pop, happy; 欢快, 开心; 0.75),
 * Horizon (cinematic, epic; 电影感, 史诗, 大气; 0.6), Campfire (acoustic, folk, guitar; 民谣, 吉他; 0.5), Neon
 * Pulse (electronic, dance, energetic; 电子, 舞曲; 0.9), Confetti (birthday, party, happy; 0.85), First Dance
 * (romantic, wedding; 0.3), Remembrance (memorial; 0.1), Road Trip (travel; 0.7), Clean Lines (product,
 * corporate; 0.55), Sunday Morning (cheerful, family, kids, playful; 温馨, 可爱; 0.55).
 * Styles (photo length, transition, look, music): travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip;
 * family (also kids, graduation, 毕业, 宝宝, 百天) 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s,
 * blur-dissolve 1 s, cool, Horizon. A style keeps a song the person chose.
 * Durations: a transition overlaps the two photos it joins (five photos of 3 s with 0.8 s crossfades:
 * 15 − 3.2 = 11.8 s), and is at most half of the shorter photo it joins (five photos of 1 s with 0.8 s
 * crossfades: 5 − 4 × 0.5 = 3 s). "Faster" / "slower" are a step of × 3/4 or × 4/3 (docs/director.md).
 * Colours named by word are checked loosely (a yellow or a blue hex).
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
const BLUE = /^#[0-7][0-9a-f][0-9a-f]{2}[c-f][0-9a-f]$/i;

export const blind16: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'each picture two and a half seconds please, the kids fly past too fast',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: 'make the whole thing a quarter of a minute',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000 },
  },
  {
    m: 'a minute and a half total, it plays at the end-of-year assembly',
    f: 'length',
    on: 'five',
    v: { durationMs: 90000 },
  },
  {
    m: 'three-ish seconds per photo is fine',
    f: 'length',
    on: 'three',
    before: ['each photo 5 seconds'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'first photo for two and a half seconds, the rest for a second and a half each',
    f: 'length',
    on: 'three',
    v: { photos: ms(2500, 1500, 1500), durationMs: 5500 },
  },
  {
    m: 'the last photo should stay a bit longer, like four seconds',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 4000), durationMs: 12800 },
  },
  {
    m: 'slow it down please, the little ones need time to find themselves in the pictures',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'add half a second to every photo',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 3500 }), durationMs: 10500 },
  },
  {
    m: 'make the second photo twice as long',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 6000, 3000), durationMs: 12000 },
  },
  {
    m: 'two seconds a photo except the last one, give that one four',
    f: 'length',
    on: 'five',
    v: { photos: ms(2000, 2000, 2000, 2000, 4000), durationMs: 8800 },
  },
  {
    m: 'all photos 3s except the first one 5s',
    f: 'length',
    on: 'three',
    v: { photos: ms(5000, 3000, 3000), durationMs: 11000 },
  },
  {
    m: 'every photo 4 seconds but keep the city one at 3',
    f: 'length',
    on: 'five',
    v: { photos: ms(4000, 3000, 4000, 4000, 4000), durationMs: 15800 },
  },
  {
    m: 'photos one to three two seconds each',
    f: 'length',
    on: 'five',
    v: { photos: ms(2000, 2000, 2000, 3000, 3000), durationMs: 8800 },
  },
  {
    m: 'an extra second and a half on the forest one',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 4500), durationMs: 10500 },
  },
  {
    m: 'each photo 1500 milliseconds',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  {
    m: 'stretch the video to the length of the song',
    f: 'length',
    on: 'beats',
    v: { durationMs: 60000 },
  },
  {
    m: '每张照片一秒半',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  {
    m: '每张两秒半就行',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: '照片闪快一点，每张零点五秒',
    f: 'length',
    on: 'things',
    v: { photos: each(5, { durationMs: 500 }), durationMs: 2500 },
  },
  {
    m: '最后一张多停一秒半',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 4500), durationMs: 10500 },
  },
  {
    m: '十五秒就够了，小朋友看不了太长',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000 },
  },
  {
    m: '太快了，孩子们还没看清就过去了，慢一点',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  {
    m: '每张减掉零点五秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: '除了最后一张，每张两秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(2000, 2000, 3000), durationMs: 7000 },
  },
  {
    m: '每张一秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 1000 }), durationMs: 3000 },
  },
  {
    m: '你觉得是不是太长了？太长的话就剪到十秒',
    f: 'length',
    on: 'five',
    v: { durationMs: 10000 },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'half-second crossfades between the photos',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: 'crossfades, a quarter of a second',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 250 }), durationMs: 8500 },
  },
  {
    m: 'every transition a crossfade but the last a fade to black',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'fade-black') },
  },
  {
    m: 'do you think the cuts look too harsh? if so use dissolves',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF }) },
  },
  {
    m: 'the transition into the last photo should be a slow fade to black, a second long',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: 'fade-black', durationMs: 1000 },
      ],
      durationMs: 11600,
    },
  },
  {
    m: 'a circle reveal into the sunset photo',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, 'circle', CF) },
  },
  {
    m: 'make the crossfades half as long',
    f: 'transition',
    on: 'five',
    v: {
      transitions: each(4, { kind: CF, durationMs: 400 }),
      photos: each(5, { durationMs: 3000 }),
      durationMs: 13400,
    },
  },
  {
    m: 'fade to black at the very end, two and a half seconds',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2500 }, transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'would a white flash between photos be too much? try it anyway',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-white' }) },
  },
  {
    m: 'wipe from left to right between the first two',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('wipe-right', CF, CF, CF) },
  },
  {
    m: '所有转场都用叠化，最后一个用黑场',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds(CF, 'fade-black') },
  },
  {
    m: '转场用叠化，零点五秒',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: '转场一秒半',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 1500 }), durationMs: 9000 },
  },
  {
    m: '你觉得用什么转场好？就用闪白吧',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-white' }) },
  },
  {
    m: '开头从黑场淡入，一秒半',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 1500, outMs: 0 } },
  },
  {
    m: '第二个转场改成向上推',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, 'push-up', CF, CF) },
  },
  {
    m: '转场时间改成四分之一秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 250 }), durationMs: 14000 },
  },
  {
    m: '除了最后一个，其他转场都换成擦除',
    f: 'transition',
    on: 'five',
    v: { transitions: [{ kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: /^wipe-/ }, { kind: CF }] },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: "zoom out on the beach one, that's where Lily built her sandcastle",
    f: 'motion',
    on: 'three',
    v: { photos: motions('zoom-out', Z, Z) },
  },
  {
    m: 'keep every photo still except the first',
    f: 'motion',
    on: 'five',
    before: ['reverse the order'],
    v: {
      photos: [
        { source: N, motion: Z },
        { source: S, motion: 'static' },
        { source: F, motion: 'static' },
        { source: C, motion: 'static' },
        { source: B, motion: 'static' },
      ],
    },
  },
  {
    m: 'pan up on the vertical city photo',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'pan-up', Z) },
  },
  {
    m: 'the square one should zoom out',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, 'zoom-out') },
  },
  {
    m: "is the zooming too much for little kids? let's keep them still then",
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'the Bali sunset should drift slowly',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, 'drift', Z) },
  },
  {
    m: 'alternate zoom in and zoom out',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, 'zoom-out', Z, 'zoom-out', Z) },
  },
  {
    m: "3D effect on the kids' photos",
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', Z) },
  },
  {
    m: '除了第二张，其他都从左往右平移',
    f: 'motion',
    on: 'three',
    v: { photos: motions('pan-right', Z, 'pan-right') },
  },
  {
    m: '照片都不要动，小朋友看着晕',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: '最后一张用旋转的效果',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'rotate') },
  },
  {
    m: '7月2日那张慢慢拉远',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'zoom-out') },
  },
  {
    m: '前面放大，后面缩小',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'zoom-out') },
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: '你觉得加个滤镜好看吗，加个暖色的吧', f: 'look', on: 'three', v: { look: 'warm' } },
  { m: '每张都加暖色，除了最后一张', f: 'look', on: 'three', before: ['竖屏'], same: true },
  { m: 'black and white on everything except the last photo', f: 'look', on: 'three', same: true },
  {
    m: 'would black and white suit a graduation video? let us try it',
    f: 'look',
    on: 'three',
    v: { look: 'black-and-white', transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'is there a filter that makes it look like old film? if there is, use it',
    f: 'look',
    on: 'three',
    v: { look: 'vintage' },
  },
  {
    m: 'can we go back to the original colours',
    f: 'look',
    on: 'three',
    before: ['vintage look'],
    v: { look: 'none' },
  },
  {
    m: 'the classroom shots look a bit dark, brighten it',
    f: 'look',
    on: 'three',
    v: { look: 'bright' },
  },
  { m: '颜色鲜艳一点，小朋友喜欢', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: '冷色调会不会更好看？试试冷色', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '给个莫兰迪色调', f: 'look', on: 'five', v: { look: 'matte' } },
  { m: '只把日落那张调成黑白', f: 'look', on: 'five', same: true },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "title 'Class 3B Field Trip' at the top",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Class 3B Field Trip', role: 'title', position: 'top' }] },
  },
  {
    m: "put 'Emma, age 7' on the second photo",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Emma, age 7', startMs: 3000 }] },
  },
  {
    m: "caption the forest photo 'Nature walk with Mr Lee'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Nature walk with Mr Lee', role: 'caption', startMs: 6000 }] },
  },
  {
    m: 'make the title half the size',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 0.7 }, { text: 'Day one' }] },
  },
  {
    m: 'title for the first two and a half seconds only',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2500 }, { text: 'Day one' }] },
  },
  {
    m: "move the caption up to the top, it covers the kids' faces",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: "add captions 'Monday', 'Tuesday' and 'Wednesday', one per photo",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Monday', startMs: 0 },
        { text: 'Tuesday', startMs: 3000 },
        { text: 'Wednesday', startMs: 6000 },
      ],
    },
  },
  {
    m: "caption 'Bali, day 4' on the sunset",
    f: 'text',
    on: 'five',
    before: ['9:16'],
    v: { texts: [{ text: 'Bali, day 4', role: 'caption', startMs: 6600 }] },
  },
  {
    m: "put 'Paris' on the vertical photo",
    f: 'text',
    on: 'five',
    v: { aspect: '16:9', texts: [{ text: 'Paris', startMs: 2200 }] },
  },
  {
    m: "change the caption to 'Ubud, Bali'",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: 'Ubud, Bali', role: 'caption' },
      ],
    },
  },
  {
    m: "title 'Our Summer in Bali' in yellow at the bottom",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Our Summer in Bali', role: 'title', color: YELLOW, position: 'bottom' }] },
  },
  {
    m: "title 'Sports Day' for a second and a half",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Sports Day', role: 'title', startMs: 0, endMs: 1500 }] },
  },
  {
    m: 'remove the caption but keep the title',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'do you think the title is readable? maybe put it on a box',
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
    m: '加标题“三年二班毕业快乐”',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '三年二班毕业快乐', role: 'title' }] },
  },
  {
    m: '第一张加字幕“开学第一天”',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '开学第一天', role: 'caption', startMs: 0 }] },
  },
  {
    m: '片尾写上：谢谢各位家长',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '谢谢各位家长', endMs: 9000 }] },
  },
  {
    m: '标题字放大一倍',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', size: 2.8 }, { text: 'Day one' }] },
  },
  {
    m: '标题换成蓝色的，放在底部',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: BLUE, position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    m: '标题显示五秒',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    m: '标题改成“毕业啦！”，颜色换成黄色',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '毕业啦！', role: 'title', color: YELLOW }, { text: 'Day one' }] },
  },
  {
    m: '日落那张加字幕“巴厘岛的最后一晚”',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '巴厘岛的最后一晚', role: 'caption', startMs: 6600 }] },
  },
  {
    m: '你觉得字幕放上面好还是下面好？放上面吧',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'do you think it needs music? if so add something calm',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'something with a faster tempo',
    f: 'music',
    on: 'three',
    before: ['add Quiet Piano'],
    v: { audio: [{ source: /^(?!Quiet Piano$|Remembrance$)/ }], photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'a piano piece, slow tempo',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }], photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'music in a happy major key please',
    f: 'music',
    on: 'three',
    before: ["title 'Sports Day'"],
    v: { audio: [{ source: /^(Sunny Pop|Confetti)$/ }] },
  },
  {
    m: 'less drums, something softer',
    f: 'music',
    on: 'three',
    before: ['add Neon Pulse'],
    v: { audio: [{ source: /^(?!Neon Pulse$)/ }], photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'slower tempo song please, this one is too busy',
    f: 'music',
    on: 'three',
    before: ['add Sunny Pop'],
    v: {
      audio: [{ source: /^(?!Sunny Pop$|Neon Pulse$|Confetti$)/ }],
      photos: each(3, { durationMs: 3000 }),
    },
  },
  {
    m: 'acoustic guitar music, like a campfire sing-along',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: 'some playful music for the kids',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Sunday Morning' }], look: 'none', transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'add the travel song',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Road Trip' }], look: 'none', transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'play Summer Vibes, that was our song on the Bali trip',
    f: 'music',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: 'turn the music down to a quarter',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.25 }] },
  },
  {
    m: 'fade the music out over the last three seconds',
    f: 'music',
    on: 'rich',
    before: ['music 50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5, fadeOutMs: 3000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: 'start the music after one and a half seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 1500 }], durationMs: 7400 },
  },
  {
    m: 'no music, the teacher will talk over it',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: 'cut on the beat',
    f: 'music',
    on: 'beats',
    v: { audio: [{ source: 'drums.wav' }], photos: each(3, {}) },
  },
  { m: 'can the photos change on the downbeat?', f: 'music', on: 'rich', same: true },
  {
    m: '换一首节奏感强一点的歌',
    f: 'music',
    on: 'three',
    before: ['配乐用安静的钢琴曲'],
    v: { audio: [{ source: /^(?!Quiet Piano$|Remembrance$)/ }], photos: each(3, { durationMs: 3000 }) },
  },
  { m: '来点民谣，吉他那种', f: 'music', on: 'three', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: '配乐要史诗感的',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Horizon' }], look: 'none' },
  },
  {
    m: '加点可爱的音乐',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Sunday Morning' }], look: 'none' },
  },
  {
    m: '音乐小声点，百分之四十',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: '音乐淡入两秒半',
    f: 'music',
    on: 'rich',
    before: ['音乐音量50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5, fadeInMs: 2500 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '要不要配乐你看着办，要的话来首欢快的',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Sunny Pop' }] },
  },
  {
    m: '换一首慢一点的曲子，节奏别变',
    f: 'music',
    on: 'three',
    before: ['加一首电子舞曲'],
    v: { audio: [{ source: /^(?!Neon Pulse$)/ }], photos: each(3, { durationMs: 3000 }) },
  },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'graduation video for my class',
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
    m: 'make it a travel vlog of our Bali trip',
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
    m: 'would the cinematic style suit our Iceland trip? ok, try it',
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
    m: '这是我们班的毕业视频，用毕业的风格',
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
    m: '做成旅行vlog的样子，但是保留我的歌',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 6600,
    },
  },
  {
    m: '宝宝百天的视频',
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

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'what would look better, 9:16 or 1:1? go with 9:16',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16' },
  },
  { m: 'square for the class Instagram page', f: 'format', on: 'three', v: { aspect: '1:1' } },
  { m: "make it 4:5 for the school's page", f: 'format', on: 'three', v: { aspect: '4:5' } },
  { m: 'fill the screen, no borders', f: 'format', on: 'three', v: { photos: each(3, { fit: 'cover' }) } },
  {
    m: '1080 by 1920 please',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: 'landscape again please', f: 'format', on: 'three', before: ['9:16'], v: { aspect: '16:9' } },
  {
    m: 'do you think square would be better? no, leave it as it is',
    f: 'format',
    on: 'three',
    same: true,
  },
  {
    m: '竖屏还是横屏好？我觉得竖屏吧，要发家长群',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16' },
  },
  {
    m: '分辨率720p就行，家长手机流量不够',
    f: 'format',
    on: 'three',
    v: { width: 1280, height: 720, aspect: '16:9' },
  },
  { m: '帧率改成二十五', f: 'format', on: 'three', v: { fps: 25 } },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'put them in the order we took them', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: 'newest first', f: 'order', on: 'three', v: { photos: src(B, F, C) } },
  {
    m: 'reverse it, the kids want the last one first',
    f: 'order',
    on: 'three',
    v: { photos: src(F, C, B) },
  },
  {
    m: 'the Bali sunset should be the very last photo',
    f: 'order',
    on: 'five',
    before: ['make it 9:16'],
    v: { photos: src(B, C, F, N, S) },
  },
  { m: 'open with the Bali sunset', f: 'order', on: 'five', v: { photos: src(S, B, C, F, N) } },
  {
    m: "take out the party photo, it isn't from the trip",
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S), durationMs: 9600 },
  },
  { m: 'the photo from July 2nd should go first', f: 'order', on: 'three', v: { photos: src(F, B, C) } },
  {
    m: 'remove every photo except the first two',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C), durationMs: 5200 },
  },
  {
    m: 'remove the square one',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S), durationMs: 9600 },
  },
  {
    m: 'put the wide sunset between the beach and the city',
    f: 'order',
    on: 'five',
    v: { photos: src(B, S, C, F, N) },
  },
  { m: 'the oldest photo first please', f: 'order', on: 'five', v: { photos: src(C, B, F, S, N) } },
  { m: 'swap the beach and the forest', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  { m: '按拍摄时间排，早的在前面', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: '把城市那张放到最后', f: 'order', on: 'three', v: { photos: src(B, F, C) } },
  { m: '把第一天拍的那张放到最后', f: 'order', on: 'three', v: { photos: src(B, F, C) } },
  {
    m: '删掉第二张和第三张',
    f: 'order',
    on: 'five',
    v: { photos: src(B, S, N), durationMs: 7400 },
  },
  { m: '竖的那张放第一个', f: 'order', on: 'five', v: { photos: src(C, B, F, S, N) } },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  { m: 'do you think it needs music?', f: 'question', on: 'three', before: ['crossfades'], same: true },
  {
    m: 'how long is it right now?',
    f: 'question',
    on: 'five',
    before: ['each photo 2 seconds'],
    same: true,
    reply: /6\.8/,
  },
  { m: 'which photo comes first at the moment?', f: 'question', on: 'five', same: true },
  {
    m: 'can you blur the kids faces? some parents did not give permission',
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: 'can you remove the tourists in the background of the beach photo?',
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: "can I record a voiceover of me reading out the children's names?",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: 'what would you recommend for a graduation video?',
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: 'can it be a GIF for the class chat?', f: 'question', on: 'three', same: true },
  {
    m: 'what music do you have that is good for kids?',
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: '你觉得现在的长度合适吗？', f: 'question', on: 'three', same: true },
  { m: '一共有几张照片？', f: 'question', on: 'five', before: ['删掉最后一张'], same: true, reply: /4/ },
  { m: '现在是什么比例？', f: 'question', on: 'three', same: true },
  {
    m: '能不能自动识别每个小朋友的名字标上去',
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: '能把照片里的天空换成蓝天吗', f: 'question', on: 'three', same: true },
  { m: '你觉得暖色好还是冷色好？', f: 'question', on: 'three', same: true },
  { m: '随机打乱顺序', f: 'question', on: 'five', same: true },
  { m: '现在有背景音乐吗', f: 'question', on: 'rich', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: "don't change the music, just make it 9:16",
    f: 'negation',
    on: 'rich',
    v: { aspect: '9:16', audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },
  {
    m: 'no zooming on the kids, keep them still',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'leave the title alone and remove the caption',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'no fade at the end after all',
    f: 'negation',
    on: 'three',
    before: ['fade to black at the end'],
    v: { fade: { inMs: 0, outMs: 0 } },
  },
  { m: '不要滤镜了', f: 'negation', on: 'three', before: ['暖色调'], v: { look: 'none' } },
  {
    m: '别改顺序，只要把转场换成叠化',
    f: 'negation',
    on: 'three',
    v: { photos: src(B, C, F), transitions: each(2, { kind: CF }) },
  },
  {
    m: '不要转场了，直接切',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'hmm, I preferred it before, undo',
    f: 'history',
    on: 'three',
    before: ['black and white'],
    v: { look: 'none' },
  },
  {
    m: 'undo the last two',
    f: 'history',
    on: 'three',
    before: ['9:16', 'warm', 'crossfades'],
    v: { aspect: '9:16', look: 'none', transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['reverse the order', 'undo'],
    v: { photos: src(F, C, B) },
  },
  {
    m: 'start over',
    f: 'history',
    on: 'three',
    before: ['9:16', 'vintage', 'reverse the order'],
    v: { aspect: '16:9', look: 'none', photos: src(B, C, F) },
  },
  {
    m: 'change it back',
    f: 'history',
    on: 'three',
    before: ['make it a travel vlog'],
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: 'cut' }),
      look: 'none',
      audio: [],
    },
  },
  {
    m: 'undo three times',
    f: 'history',
    on: 'three',
    before: ['9:16', 'b&w', 'reverse the order', 'crossfades'],
    v: { aspect: '9:16', look: 'none', photos: src(B, C, F), transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'bring the caption back',
    f: 'history',
    on: 'rich',
    before: ['remove the caption'],
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: '刚才那个撤销吧，孩子们说不好看',
    f: 'history',
    on: 'three',
    before: ['复古滤镜'],
    v: { look: 'none' },
  },
  { m: '重做', f: 'history', on: 'three', before: ['竖屏', '撤销'], v: { aspect: '9:16' } },
  {
    m: '撤销两次',
    f: 'history',
    on: 'three',
    before: ['加标题“春游”', '黑白', '竖屏'],
    v: { texts: [{ text: '春游' }], look: 'none', aspect: '16:9' },
  },
  {
    m: '还原，刚才的更好看',
    f: 'history',
    on: 'five',
    before: ['每张两秒'],
    v: { photos: each(5, { durationMs: 3000 }), durationMs: 11800 },
  },
  {
    m: '从头再来吧',
    f: 'history',
    on: 'three',
    before: ['方形', '冷色', '删掉第一张'],
    v: { aspect: '16:9', look: 'none', photos: src(B, C, F) },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'vertical, two and a half seconds each, and crossfades of half a second',
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
    m: "do you think it's too long? let's make it 12 seconds and add a calm song",
    f: 'multi',
    on: 'five',
    v: { durationMs: 12000, audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: "title 'Sports Day 2024', warm colours, and some cheerful music",
    f: 'multi',
    on: 'three',
    v: {
      texts: [{ text: 'Sports Day 2024', role: 'title' }],
      look: 'warm',
      audio: [{ source: 'Sunday Morning' }],
    },
  },
  {
    m: 'reverse the order, a two second fade to black at the end, and music at 30%',
    f: 'multi',
    on: 'rich',
    v: {
      photos: src(F, C, B),
      fade: { inMs: 0, outMs: 2000 },
      audio: [{ source: 'lo-fi.mp3', volume: 0.3 }],
    },
  },
  {
    m: 'landscape, still photos, black and white',
    f: 'multi',
    on: 'three',
    before: ['9:16'],
    v: { aspect: '16:9', photos: each(3, { motion: 'static' }), look: 'black-and-white' },
  },
  {
    m: 'square, 15 seconds, and put the sunset last',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', durationMs: 15000, photos: src(B, C, F, N, S) },
  },
  {
    m: 'make it vertical and put the title at the top',
    f: 'multi',
    on: 'rich',
    v: { aspect: '9:16', texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: 'all photos 3s except the last one 5s, and a one second fade to black at the end',
    f: 'multi',
    on: 'three',
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000, fade: { inMs: 0, outMs: 1000 } },
  },
  {
    m: '竖屏，每张两秒，标题“春游啦”',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2000 }),
      texts: [{ text: '春游啦', role: 'title' }],
    },
  },
  {
    m: '每张一秒半，转场零点三秒，配欢快的音乐',
    f: 'multi',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: CF, durationMs: 300 }),
      audio: [{ source: 'Sunny Pop' }],
      durationMs: 6300,
    },
  },
  {
    m: '去掉第一张，剩下的每张四秒',
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
    m: '照片按时间排序，然后加标题“巴厘岛七日”',
    f: 'multi',
    on: 'three',
    v: { photos: src(C, F, B), texts: [{ text: '巴厘岛七日', role: 'title' }] },
  },
  {
    m: '你觉得黑白好看吗？好看的话就黑白，再把音乐调小到一半',
    f: 'multi',
    on: 'rich',
    v: { look: 'black-and-white', audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make a video for the class parents from these, vertical, 3 seconds each',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 3000 }) },
  },
  {
    m: 'make a slideshow, two and a half seconds per photo, with calm piano',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2500 }), audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'turn my Bali photos into a travel vlog',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'whip-pan' }),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '帮我把这些照片做成班级相册视频，要有音乐',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), audio: [{}] },
  },
  {
    m: '用这些照片做个视频，竖屏，每张两秒半',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2500 }) },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'and the last one too',
    f: 'reference',
    on: 'three',
    before: ['zoom out on photo 2'],
    v: { photos: motions(Z, 'zoom-out', 'zoom-out') },
  },
  {
    m: 'make it a bit longer, like four seconds',
    f: 'reference',
    on: 'three',
    before: ['zoom out on the beach photo'],
    v: { photos: ms(4000, 3000, 3000), durationMs: 10000 },
  },
  {
    m: 'same for the others',
    f: 'reference',
    on: 'three',
    before: ['first photo 2.5 seconds'],
    v: { photos: each(3, { durationMs: 2500 }), durationMs: 7500 },
  },
  {
    m: 'now put it at the bottom',
    f: 'reference',
    on: 'three',
    before: ["title 'Field Trip'"],
    v: { texts: [{ text: 'Field Trip', position: 'bottom' }] },
  },
  {
    m: 'the rest a second and a half each',
    f: 'reference',
    on: 'three',
    before: ['first photo four seconds'],
    v: { photos: ms(4000, 1500, 1500), durationMs: 7000 },
  },
  {
    m: 'make them half a second',
    f: 'reference',
    on: 'three',
    before: ['crossfades'],
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: 'same for the title',
    f: 'reference',
    on: 'rich',
    before: ['make the caption yellow'],
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: '那张再放久一点，加半秒',
    f: 'reference',
    on: 'three',
    before: ['第二张改成4秒'],
    v: { photos: ms(3000, 4500, 3000), durationMs: 10500 },
  },
  {
    m: '最后一张也这样',
    f: 'reference',
    on: 'three',
    before: ['第一张拉远'],
    v: { photos: motions('zoom-out', Z, 'zoom-out') },
  },
  {
    m: '其他的都两秒',
    f: 'reference',
    on: 'three',
    before: ['日期最早的那张放五秒'],
    v: { photos: ms(2000, 5000, 2000), durationMs: 9000 },
  },
  {
    m: '把它移到顶部',
    f: 'reference',
    on: 'three',
    before: ['第二张加字幕“小明的画”'],
    v: { texts: [{ text: '小明的画', position: 'top' }] },
  },
];
