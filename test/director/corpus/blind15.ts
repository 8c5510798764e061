import { type CorpusCase, each } from './types.js';

/**
 * Blind set 15: a new mix of people, unlike the hurried self-correctors of set 13 and the polite older
 * writers of set 14. (a) Young creators writing in slang, abbreviations and platform jargon ("ngl the pace
 * is mid, fr make it faster", "reels-ready", "no cap", "2 long", "rn", "pls", "af", "vibes", "hype reel",
 * "pov: …" as on-screen words), and the Chinese equivalents (拉胯, 家人们, 救命, 绝绝子, yyds, 蚌埠住了, 整活,
 * 冲, 硬切, 文案). (b) People who know editing words: "Ken Burns on everything", "letterbox it", "dip to black
 * between shots", "locked off", "tilt up", "lower third", "end card", "24fps", "4K", "720p", and things
 * Joy cannot do (a J-cut, a speed ramp, a teal-and-orange grade, stabilising, subtitles from a voice,
 * ProRes). (c) Taiwan and Hong Kong users writing Traditional characters (相片, 轉場, 音樂, 標題, 影片, 字幕,
 * 淡出, 黑白, 直式/橫式, 秒) — about a third of the Chinese messages. (d) Several instructions in one message
 * as a numbered or bulleted list ("1) 9:16 2) 3s each 3) title 'Beach Day'", "- crossfades\n- warm look",
 * "① 直式 ② …"). (e) Relative and conditional requests ("make the title last as long as the first photo",
 * "match the video length to the song", "if it's over 10 s cut it to 10", "same transition but slower,
 * 1s", "make every photo as long as the first one", "music should start when the title ends"). (f)
 * Conversations with undo / redo and references to earlier turns ("undo that", "actually redo it", "go
 * back two steps", "now do the opposite", "now the other way", "same for photo 3"). (g) Questions, and
 * things Joy cannot do: the draft must come back unchanged. About a fifth of the cases are later turns
 * of a conversation (`before`). Outside the style and create families no message asks for a style preset
 * on purpose. A condition that does not hold ("if it's over 10 s" on a 9 s video) asks for nothing. Where a
 * message was ambiguous to me, or I could not tell from the docs what Joy should do (how much "bigger" is,
 * where an undated photo sorts, which of two upbeat tracks "hype" picks, what cuts on the beat land on),
 * it was left out or only the certain part is checked. Written from the README, docs/director.md,
 * docs/effects.md and src/catalog/ (names of effects, fits, styles and tracks) without reading the
 * director's code or the corpus. 215 messages, 90 of them with Chinese in them (about 31 of those in
 * Traditional characters), 43 with earlier turns. First scored 192/215; no expectation was
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
 * - flagged: beach, city, beach-2 (near-duplicate of beach), forest (blurred); 3 s each, cuts; 12 s.
 * - empty:   nothing yet; the uploads are the five photos (create).
 *
 * Photo sizes: beach, forest 4000×3000; city 3000×4000 (the only portrait one); sunset 4000×2250; party
 * night 2000×2000 (square). Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party
 * night has none. Uploaded songs (only where `songs` is set): lo-fi.mp3, Summer Vibes.mp3. Library tracks
 * by title: Lo-fi Drift (lo-fi, chill), Quiet Piano (calm, piano, gentle, soft; 钢琴), Sunny Pop (upbeat,
 * pop, happy; 欢快), Horizon (cinematic, epic; 电影感), Campfire (acoustic, folk, guitar; 民谣, 吉他), Neon
 * Pulse (electronic, dance, energetic, edm), Confetti (birthday, party), First Dance (romantic, wedding;
 * 浪漫), Remembrance (memorial), Road Trip (travel), Clean Lines (product, corporate, modern, tech), Sunday
 * Morning (family, playful).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti;
 * travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance;
 * memorial 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid,
 * Clean Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s,
 * cool, Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 * Durations: a transition overlaps the two photos it joins (five photos of 3 s with 0.8 s crossfades:
 * 15 − 3.2 = 11.8 s). "Faster" / "slower" and their result-words (mid, drags, rushed) are a step of × 3/4 or
 * × 4/3 (docs/director.md). Fits: cover (fill), blur, color (alias letterbox). 4K is 3840×2160 at 16:9.
 * Colours named by word are checked loosely (a yellow or a red hex).
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

export const blind15: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'ngl the pace is mid, fr make it faster',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: 'needs to be 15s for tiktok no cap',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000 },
  },
  {
    m: "if it's over 10 s cut it to 10",
    f: 'length',
    on: 'five',
    v: { durationMs: 10000 },
  },
  {
    m: 'if the vid is under 10 seconds stretch it to 10',
    f: 'length',
    on: 'three',
    v: { durationMs: 10000 },
  },
  {
    m: 'if its longer than 12s trim it down to 12, otherwise leave it',
    f: 'length',
    on: 'three',
    same: true,
  },
  {
    m: 'opening shot 4 secs pls',
    f: 'length',
    on: 'three',
    v: { photos: ms(4000, 3000, 3000), durationMs: 10000 },
  },
  {
    m: 'make the outro 2 seconds longer',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 5000), durationMs: 13800 },
  },
  {
    m: 'match the video length to the song',
    f: 'length',
    on: 'beats',
    v: { durationMs: 60000 },
  },
  {
    m: '影片長度跟音樂一樣長',
    f: 'length',
    on: 'beats',
    v: { durationMs: 60000 },
  },
  {
    m: 'make the last pic as long as the first one',
    f: 'length',
    on: 'three',
    before: ['first photo 5 seconds'],
    v: { photos: ms(5000, 3000, 5000), durationMs: 13000 },
  },
  {
    m: 'now make every photo as long as the first one',
    f: 'length',
    on: 'three',
    before: ['first photo 4s'],
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: '第二张跟第一张一样长',
    f: 'length',
    on: 'three',
    before: ['第一张5秒'],
    v: { photos: ms(5000, 5000, 3000), durationMs: 13000 },
  },
  {
    m: 'each shot 2s but the last one 4s',
    f: 'length',
    on: 'five',
    v: { photos: ms(2000, 2000, 2000, 2000, 4000), durationMs: 8800 },
  },
  {
    m: 'shave half a second off each photo',
    f: 'length',
    on: 'things',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 12500 },
  },
  {
    m: 'pacing slaps but its 2 long, make it 12s total',
    f: 'length',
    on: 'things',
    v: { durationMs: 12000 },
  },
  {
    m: '节奏太拉胯了，快一点',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: '家人们 每张1秒 快到飞起',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1000 }), durationMs: 3000 },
  },
  {
    m: '整条压到8秒以内，完播率要高',
    f: 'length',
    on: 'five',
    v: { durationMs: 8000 },
  },
  {
    m: '如果超过10秒就剪到10秒',
    f: 'length',
    on: 'things',
    v: { durationMs: 10000 },
  },
  {
    m: '每张照片 4 秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  {
    m: '影片總長改成 20 秒',
    f: 'length',
    on: 'three',
    v: { durationMs: 20000 },
  },
  {
    m: '節奏太拖了，快一點',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2250 }), durationMs: 8050 },
  },
  {
    m: '第三张停久一点，5秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000 },
  },
  {
    m: '半分鐘左右就好',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000 },
  },
  {
    m: '这张停10秒',
    f: 'length',
    on: 'one',
    v: { photos: ms(10000), durationMs: 10000 },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'dip to black between shots',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }) },
  },
  {
    m: 'crossfades, 0.5s',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: 'same transition but slower, 1s',
    f: 'transition',
    on: 'three',
    before: ['slide transitions 0.5s'],
    v: { transitions: each(2, { kind: /^slide-/, durationMs: 1000 }), durationMs: 7000 },
  },
  {
    m: 'make the fades twice as long',
    f: 'transition',
    on: 'five',
    v: {
      transitions: each(4, { kind: CF, durationMs: 1600 }),
      photos: each(5, { durationMs: 3000 }),
      durationMs: 8600,
    },
  },
  {
    m: 'transition between 2 and 3 should be a circle reveal',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, 'circle', CF, CF) },
  },
  {
    m: 'last transition should be a zoom, 600ms',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: 'zoom-in', durationMs: 600 },
      ],
    },
  },
  {
    m: 'tighten the crossfades to 0.3',
    f: 'transition',
    on: 'five',
    v: {
      transitions: each(4, { kind: CF, durationMs: 300 }),
      photos: each(5, { durationMs: 3000 }),
      durationMs: 13800,
    },
  },
  {
    m: 'alternate crossfade and wipe transitions',
    f: 'transition',
    on: 'five',
    v: { transitions: [{ kind: CF }, { kind: /^wipe-/ }, { kind: CF }, { kind: /^wipe-/ }] },
  },
  {
    m: 'fade in from black at the start and fade out at the end, 1s each',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 1000, outMs: 1000 }, transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: '救命 这个转场好土 直接硬切吧',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: '给我整个黑场过渡',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: 'fade-black' }) },
  },
  {
    m: '转场改成从左往右的擦除',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'wipe-right' }) },
  },
  {
    m: '轉場改成淡入淡出',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF }) },
  },
  {
    m: '转场全部用闪白',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: 'fade-white' }) },
  },
  {
    m: '每隔一個轉場換成黑場',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, 'fade-black', CF, 'fade-black') },
  },
  {
    m: '結尾淡出 2 秒',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 0, outMs: 2000 }, transitions: each(2, { kind: 'cut' }) },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'Ken Burns on everything',
    f: 'motion',
    on: 'three',
    before: ['keep all the photos still'],
    v: { photos: each(3, { motion: Z }) },
  },
  {
    m: 'no ken burns, locked off shots',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: 'slow push in on the last shot',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'push-in') },
  },
  {
    m: 'tilt up on the portrait one',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'pan-up', Z) },
  },
  {
    m: 'zoom in then out',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, 'zoom-out', 'zoom-out') },
  },
  {
    m: '3D pop on everything',
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', Z) },
  },
  {
    m: 'zoom out on all of them except the first',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, 'zoom-out', 'zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: 'the zooming is making me dizzy fr',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  {
    m: '镜头往前推，每张都要',
    f: 'motion',
    on: 'three',
    before: ['照片不要动'],
    v: { photos: each(3, { motion: Z }) },
  },
  {
    m: '最后一张慢慢拉远，氛围感拉满',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, 'zoom-out') },
  },
  {
    m: '全部相片不要動',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: '第二張慢慢拉遠',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'zoom-out', Z) },
  },
  {
    m: '除了第一張，其他都拉遠',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, 'zoom-out', 'zoom-out') },
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: 'b&w pls', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: 'give it that film grain vintage vibe', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: 'colors are washed out, make them pop', f: 'look', on: 'five', v: { look: 'vivid' } },
  {
    m: 'remove the filter, og colors',
    f: 'look',
    on: 'three',
    before: ['vintage look'],
    v: { look: 'none' },
  },
  { m: '这滤镜不行，太暗了，调亮', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: '色调冷一点', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '幫我調成黑白', f: 'look', on: 'five', v: { look: 'black-and-white' } },
  { m: '太亮了，有点过曝', f: 'look', on: 'three', v: { look: 'dark' } },
  { m: '低饱和一点', f: 'look', on: 'three', v: { look: 'matte' } },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "add text 'pov: you finally booked the trip' at the top",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'pov: you finally booked the trip', position: 'top' }] },
  },
  {
    m: "title 'SUMMER DUMP' in yellow",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'SUMMER DUMP', role: 'title', color: YELLOW }] },
  },
  {
    m: 'make the title last as long as the first photo',
    f: 'text',
    on: 'three',
    before: ["add a title 'Hi' for 1 second"],
    v: { texts: [{ text: 'Hi', startMs: 0, endMs: 3000 }] },
  },
  {
    m: 'title should disappear after 1.5 seconds',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 1500 }, { text: 'Day one' }] },
  },
  {
    m: "lower third on shot 1 that says 'Mia, 22'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Mia, 22', role: 'caption', style: 'lower-third', startMs: 0 }] },
  },
  {
    m: 'move the caption to the top, its covering the sand',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: "caption 'day 1' on the first pic, 'day 2' on the second, 'day 3' on the third",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'day 1', startMs: 0 },
        { text: 'day 2', startMs: 3000 },
        { text: 'day 3', startMs: 6000 },
      ],
    },
  },
  {
    m: "end card: 'follow for more'",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'follow for more', endMs: 11800 }] },
  },
  {
    m: "text 'link in bio' the whole time, bottom",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'link in bio', position: 'bottom', startMs: 0, endMs: 9000 }] },
  },
  {
    m: "change the title to 'Tokyo Diaries'",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Tokyo Diaries', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'put the captions on a box, cant read them',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'clean' },
        { text: 'Day one', style: 'boxed' },
      ],
    },
  },
  {
    m: 'title red, caption stays white',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: RED },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    m: '文案放底部：今天也要开心鸭',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '今天也要开心鸭', position: 'bottom' }] },
  },
  {
    m: '标题改成「周末去哪儿」，字幕不要动',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '周末去哪儿', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '第三张加个字幕：绝绝子',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '绝绝子', role: 'caption', startMs: 6000 }] },
  },
  {
    m: '标题加描边，不然看不清',
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
    m: '加個標題「畢業快樂」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '畢業快樂', role: 'title' }] },
  },
  {
    m: '標題改成黃色',
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
    m: '把字幕移到頂部',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: '片尾加一句：感謝收看',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '感謝收看', endMs: 9000 }] },
  },
  {
    m: '字幕全部删掉',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'lofi bgm pls', f: 'music', on: 'three', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    m: 'edm track, something that goes hard',
    f: 'music',
    on: 'things',
    v: { audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: 'music at 20%, its just bg',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: 'fade the music in over 1.5s and out over 4',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 1500, fadeOutMs: 4000 }] },
  },
  {
    m: 'music should start when the 2nd photo starts',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2200 }], durationMs: 7400 },
  },
  {
    m: 'music should start when the title ends',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 3000 }], durationMs: 7400 },
  },
  {
    m: 'swap the song for something upbeat',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Sunny Pop' }] },
  },
  {
    m: 'use Summer Vibes for the bgm',
    f: 'music',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: 'cut the volume in half',
    f: 'music',
    on: 'rich',
    before: ['music 80%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: '蚌埠住了 音乐太吵 调到20%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: '背景音乐用库里的《静谧钢琴》',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: '音乐淡入3秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 3000 }], fade: { inMs: 0, outMs: 0 } },
  },
  {
    m: '音乐卡点一下',
    f: 'music',
    on: 'rich',
    same: true,
  },
  { m: '配樂換成鋼琴的', f: 'music', on: 'rich', v: { audio: [{ source: 'Quiet Piano' }] } },
  {
    m: '音樂小聲一點，30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  { m: '来点浪漫的音乐', f: 'music', on: 'three', v: { audio: [{ source: 'First Dance' }] } },
  {
    m: '音樂晚兩秒進',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2000 }], durationMs: 7400 },
  },
  {
    m: '把音乐删掉',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: 'make it hit on the beat',
    f: 'music',
    on: 'rich',
    same: true,
  },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it a travel vlog',
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
    m: 'birthday vibes for my bestie',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      audio: [{ source: 'Confetti' }],
      durationMs: 5600,
    },
  },
  {
    m: 'hype reel',
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
    m: 'cinematic style but keep my song',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 8500,
    },
  },
  {
    m: 'family style without music',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: CF, durationMs: 800 }),
      look: 'warm',
      audio: [],
    },
  },
  {
    m: '纪念视频 彩色的',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 5000 }),
      transitions: each(2, { kind: 'fade-black', durationMs: 1500 }),
      look: 'none',
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: '做成婚礼风格',
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
    m: '换成温馨的风格',
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
    m: '這是紀念阿公的影片',
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

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  { m: 'make it reels-ready', f: 'format', on: 'three', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: 'letterbox it', f: 'format', on: 'three', v: { photos: each(3, { fit: 'color' }) } },
  { m: '24fps pls', f: 'format', on: 'three', v: { fps: 24, aspect: '16:9' } },
  { m: 'make it 4K', f: 'format', on: 'five', v: { width: 3840, height: 2160, aspect: '16:9' } },
  {
    m: 'fill the frame, no black bars',
    f: 'format',
    on: 'five',
    v: { photos: each(5, { fit: 'cover' }) },
  },
  { m: '720p, file is too big to send', f: 'format', on: 'three', v: { width: 1280, height: 720 } },
  { m: '4k竖屏', f: 'format', on: 'three', v: { aspect: '9:16', width: 2160, height: 3840 } },
  { m: '改成直式影片', f: 'format', on: 'three', v: { aspect: '9:16' } },
  {
    m: '還是改回橫式好了',
    f: 'format',
    on: 'three',
    before: ['竖屏'],
    v: { aspect: '16:9' },
  },
  { m: '方形的，發IG用', f: 'format', on: 'things', v: { aspect: '1:1' } },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'flip the order', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  { m: 'sort by date taken', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: 'put the portrait one first', f: 'order', on: 'three', v: { photos: src(C, B, F) } },
  {
    m: 'delete the 2nd pic',
    f: 'order',
    on: 'five',
    v: { photos: src(B, F, S, N), durationMs: 9600 },
  },
  { m: 'drop the dupe and the blurry one', f: 'order', on: 'flagged', v: { photos: src(B, C) } },
  { m: 'order: forest, beach, city', f: 'order', on: 'three', v: { photos: src(F, B, C) } },
  {
    m: 'the square one should open the video',
    f: 'order',
    on: 'five',
    v: { photos: src(N, B, C, F, S) },
  },
  { m: '整活：顺序倒过来', f: 'order', on: 'five', v: { photos: src(N, S, F, C, B) } },
  {
    m: '家人们 帮我把第二张删了',
    f: 'order',
    on: 'five',
    v: { photos: src(B, F, S, N), durationMs: 9600 },
  },
  { m: '删除最后一张', f: 'order', on: 'three', v: { photos: src(B, C), durationMs: 6000 } },
  { m: '第一张和第三张对调', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  { m: '按拍摄时间排序', f: 'order', on: 'three', v: { photos: src(C, F, B) } },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  { m: 'how long is it rn?', f: 'question', on: 'five', same: true, reply: /11\.8/ },
  { m: 'what transitions u got?', f: 'question', on: 'three', same: true },
  {
    m: 'can you add a J-cut between shot 2 and 3 so the audio leads in',
    f: 'question',
    on: 'rich',
    same: true,
  },
  { m: 'add a speed ramp on the last clip', f: 'question', on: 'three', same: true },
  { m: 'can u auto-generate subtitles from my voice', f: 'question', on: 'three', same: true },
  { m: 'teal and orange grade pls', f: 'question', on: 'three', same: true },
  { m: 'can you export in 4K?', f: 'question', on: 'three', same: true },
  { m: 'stabilize the footage, its shaky', f: 'question', on: 'three', same: true },
  { m: 'post it to tiktok for me', f: 'question', on: 'three', same: true },
  { m: 'shuffle the pics', f: 'question', on: 'five', same: true },
  { m: "what's the title say?", f: 'question', on: 'rich', same: true },
  { m: '现在多长？', f: 'question', on: 'three', same: true, reply: /9/ },
  { m: '能不能加个贴纸，要那种可爱的', f: 'question', on: 'three', same: true },
  { m: '帮我把照片里的路人P掉', f: 'question', on: 'three', same: true },
  { m: '影片現在幾秒？', f: 'question', on: 'five', same: true, reply: /11\.8/ },
  { m: '有哪些音乐可以选？', f: 'question', on: 'three', same: true },
  { m: '可以輸出60幀嗎？', f: 'question', on: 'three', same: true },
  { m: '可以帮我加变声特效吗', f: 'question', on: 'rich', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'no music, no text, just vibes',
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: [] },
  },
  {
    m: "don't touch the order, just make it 9:16",
    f: 'negation',
    on: 'three',
    v: { aspect: '9:16', photos: src(B, C, F) },
  },
  { m: "don't make it vertical, i like it wide", f: 'negation', on: 'three', same: true },
  {
    m: 'keep the music but remove the text',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3' }], texts: [] },
  },
  {
    m: 'no zooms or transitions',
    f: 'negation',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }), transitions: each(4, { kind: 'cut' }) },
  },
  {
    m: '不要任何滤镜',
    f: 'negation',
    on: 'three',
    before: ['复古滤镜'],
    v: { look: 'none' },
  },
  {
    m: '不要转场',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: '別改比例，只要每張兩秒',
    f: 'negation',
    on: 'three',
    v: { aspect: '16:9', photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'undo that',
    f: 'history',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '16:9' },
  },
  {
    m: 'actually redo it',
    f: 'history',
    on: 'three',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: 'go back two steps',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'b&w', 'crossfades'],
    v: { aspect: '9:16', look: 'none', transitions: each(2, { kind: 'cut' }) },
  },
  {
    m: 'now do the opposite',
    f: 'history',
    on: 'three',
    before: ['make it faster'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'wait undo, it was better before',
    f: 'history',
    on: 'five',
    before: ['make it faster'],
    v: { photos: each(5, { durationMs: 3000 }), durationMs: 11800 },
  },
  {
    m: 'ctrl z',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'three',
    before: ['9:16', 'vintage'],
    v: { aspect: '16:9', look: 'none' },
  },
  {
    m: 'redo pls',
    f: 'history',
    on: 'three',
    before: ['crossfades', 'undo'],
    v: { transitions: each(2, { kind: CF }) },
  },
  {
    m: 'undo the b&w',
    f: 'history',
    on: 'three',
    before: ['b&w', '9:16'],
    v: { look: 'none', aspect: '9:16' },
  },
  {
    m: 'nah go back, the vintage one was better',
    f: 'history',
    on: 'three',
    before: ['vintage', 'b&w'],
    v: { look: 'vintage' },
  },
  {
    m: 'bring the music back',
    f: 'history',
    on: 'rich',
    before: ['no music', 'make it 9:16'],
    v: { audio: [{ source: 'lo-fi.mp3' }], aspect: '9:16' },
  },
  {
    m: '撤回上一步',
    f: 'history',
    on: 'five',
    before: ['删掉最后一张'],
    v: { photos: src(B, C, F, S, N) },
  },
  {
    m: '撤銷',
    f: 'history',
    on: 'three',
    before: ['刪除第一張'],
    v: { photos: src(B, C, F) },
  },
  {
    m: '回到上一个版本',
    f: 'history',
    on: 'three',
    before: ['黑白'],
    v: { look: 'none' },
  },
  {
    m: '從頭再來',
    f: 'history',
    on: 'three',
    before: ['竖屏', '复古', '倒序'],
    v: { aspect: '16:9', look: 'none', photos: src(B, C, F) },
  },
  {
    m: '撤销两步',
    f: 'history',
    on: 'three',
    before: ['竖屏', '黑白', '倒序'],
    v: { aspect: '9:16', look: 'none', photos: src(B, C, F) },
  },
  {
    m: '算了还是要',
    f: 'history',
    on: 'three',
    before: ['黑白', '撤销'],
    v: { look: 'black-and-white' },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "1) 9:16 2) 3s each 3) title 'Beach Day'",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 3000 }),
      texts: [{ text: 'Beach Day', role: 'title' }],
      durationMs: 11800,
    },
  },
  {
    m: '- crossfades\n- warm look',
    f: 'multi',
    on: 'three',
    v: { transitions: each(2, { kind: CF }), look: 'warm' },
  },
  {
    m: '• b&w\n• no music\n• 4:5',
    f: 'multi',
    on: 'rich',
    v: { look: 'black-and-white', audio: [], aspect: '4:5' },
  },
  {
    m: 'pov edit: vertical, 1.5s per pic, whip pans',
    f: 'multi',
    on: 'things',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan' }),
    },
  },
  {
    m: '1) reverse the order 2) 2 second fade to black at the end 3) lofi music at 25%',
    f: 'multi',
    on: 'three',
    v: {
      photos: src(F, C, B),
      fade: { inMs: 0, outMs: 2000 },
      audio: [{ source: 'Lo-fi Drift', volume: 0.25 }],
    },
  },
  {
    m: 'ngl the pace is mid and the colors are dull, fix both',
    f: 'multi',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), look: 'vivid', durationMs: 6750 },
  },
  {
    m: "make it 9:16 and if it's over 10 s cut it to 10",
    f: 'multi',
    on: 'five',
    v: { aspect: '9:16', durationMs: 10000 },
  },
  {
    m: '- 4K\n- 24fps\n- b&w',
    f: 'multi',
    on: 'three',
    v: { width: 3840, height: 2160, fps: 24, look: 'black-and-white' },
  },
  {
    m: 'steps: 1. delete the last pic 2. crossfades 1s 3. piano music',
    f: 'multi',
    on: 'three',
    v: {
      photos: src(B, C),
      transitions: [{ kind: CF, durationMs: 1000 }],
      audio: [{ source: 'Quiet Piano' }],
      durationMs: 5000,
    },
  },
  {
    m: 'remove photo 1, then put the sunset first, then hard cuts',
    f: 'multi',
    on: 'five',
    v: { photos: src(S, C, F, N), transitions: each(3, { kind: 'cut' }), durationMs: 12000 },
  },
  {
    m: '1) music 40% 2) fade it out over 5s 3) title at the bottom',
    f: 'multi',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', volume: 0.4, fadeOutMs: 5000 }],
      texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }],
    },
  },
  {
    m: '1、竖屏 2、每张2.5秒 3、配乐要欢快',
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', photos: each(3, { durationMs: 2500 }), audio: [{ source: 'Sunny Pop' }] },
  },
  {
    m: '- 黑场转场\n- 暖色调\n- 标题：冲鸭',
    f: 'multi',
    on: 'three',
    v: {
      transitions: each(2, { kind: 'fade-black' }),
      look: 'warm',
      texts: [{ text: '冲鸭', role: 'title' }],
    },
  },
  {
    m: '节奏太慢了而且太暗，两个都改一下',
    f: 'multi',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), look: 'bright', durationMs: 6750 },
  },
  {
    m: '横屏，首尾淡入淡出各一秒',
    f: 'multi',
    on: 'three',
    before: ['9:16'],
    v: { aspect: '16:9', fade: { inMs: 1000, outMs: 1000 } },
  },
  {
    m: '1. 每張2秒\n2. 轉場用黑場\n3. 加標題「夏天」',
    f: 'multi',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2000 }),
      transitions: each(2, { kind: 'fade-black' }),
      texts: [{ text: '夏天', role: 'title' }],
    },
  },
  {
    m: '① 直式 ② 第一張加字幕「出發」 ③ 音樂 50%',
    f: 'multi',
    on: 'rich',
    v: {
      aspect: '9:16',
      texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: '出發', startMs: 0 }],
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
    },
  },
  {
    m: '黑白、每张三秒、不要音乐',
    f: 'multi',
    on: 'rich',
    v: { look: 'black-and-white', photos: each(3, { durationMs: 3000 }), audio: [] },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make a tiktok from these, 9:16, 2s each',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }) },
  },
  {
    m: 'turn these into a hype reel',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan' }),
      audio: [{ source: 'Neon Pulse' }],
    },
  },
  {
    m: "make a vid with the title 'photo dump'",
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), texts: [{ text: 'photo dump', role: 'title' }] },
  },
  {
    m: '一键出片 要竖屏',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), aspect: '9:16' },
  },
  {
    m: '幫我用這些相片做一支影片，要有音樂',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), audio: [{}] },
  },
  {
    m: '出片，直式，每張兩秒',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }) },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'same for photo 3',
    f: 'reference',
    on: 'three',
    before: ['zoom out on photo 2'],
    v: { photos: motions(Z, 'zoom-out', 'zoom-out') },
  },
  {
    m: 'and the last one',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a circle'],
    v: { transitions: kinds('circle', CF, CF, 'circle') },
  },
  {
    m: 'make it yellow',
    f: 'reference',
    on: 'three',
    before: ["add a title 'Hi'"],
    v: { texts: [{ text: 'Hi', color: YELLOW }] },
  },
  {
    m: 'now the rest 2s',
    f: 'reference',
    on: 'three',
    before: ['make the city photo 4s'],
    v: { photos: ms(2000, 4000, 2000), durationMs: 8000 },
  },
  {
    m: 'now make them go right to left',
    f: 'reference',
    on: 'three',
    before: ['wipe transitions'],
    v: { transitions: each(2, { kind: 'wipe-left' }) },
  },
  {
    m: 'put it back where it was',
    f: 'reference',
    on: 'three',
    before: ['move the forest pic first'],
    v: { photos: src(B, C, F) },
  },
  {
    m: 'same for the others',
    f: 'reference',
    on: 'five',
    before: ['first photo zoom out'],
    v: { photos: each(5, { motion: 'zoom-out' }) },
  },
  {
    m: 'move it to the top',
    f: 'reference',
    on: 'three',
    before: ["caption the second photo 'omg'"],
    v: { texts: [{ text: 'omg', position: 'top' }] },
  },
  {
    m: 'make them 1s',
    f: 'reference',
    on: 'three',
    before: ['crossfades'],
    v: { transitions: each(2, { kind: CF, durationMs: 1000 }), durationMs: 7000 },
  },
  {
    m: 'now the other way',
    f: 'reference',
    on: 'three',
    before: ['pan left on all photos'],
    v: { photos: each(3, { motion: 'pan-right' }) },
  },
  {
    m: '第三张也一样',
    f: 'reference',
    on: 'three',
    before: ['第二张 5 秒'],
    v: { photos: ms(3000, 5000, 5000), durationMs: 13000 },
  },
  {
    m: '其他的也这样',
    f: 'reference',
    on: 'three',
    before: ['第一张改成静止'],
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: '标题也一样',
    f: 'reference',
    on: 'rich',
    before: ['字幕改成黄色'],
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: '再放久一点，加一秒',
    f: 'reference',
    on: 'three',
    before: ['城市那张改成4秒'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
];
