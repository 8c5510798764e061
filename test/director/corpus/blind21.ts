import { type CorpusCase, each } from './types.js';

/**
 * Blind set 21: creators who brief Joy the way they would brief an editor — in terms of the RESULT and
 * the FEEL rather than the setting ("make it feel more cinematic", "it should hit on the beat", "give it
 * a vintage home-movie vibe", "the ending should linger", "less busy", "the middle drags", "start strong",
 * "the title is hard to read over the sky", "it's too dark", "feels rushed at the end", 要有高级感,
 * 节奏再紧凑一点, 结尾留白长一点, 开头要抓人, 画面太花了, 太暗了看不清), with exact numbers mixed into the same
 * messages ("…and keep it under 15 seconds", "…每张不超过2秒"), and multi-turn sessions where a creator
 * iterates three or four times on the same thing ("warmer" → "a bit more" → "too much, back off a little"
 * → "perfect, now some music"; 太暗了 → 还是有点暗 → 过了，现在太亮了), where only the final state is checked
 * and only where the docs make it certain. Families: length, transition, motion, look, text, music,
 * style, format, order, question, negation, history, multi, create (on 'empty'), reference; about
 * twenty requests for things Joy cannot do (a voice-over, erasing a passer-by, a new sky, a slimmer face,
 * posting to Instagram or 朋友圈, a camera shake, teal-and-orange, a look on one photo, a handwritten font,
 * 3D without analysis, beat cuts on music with no beat grid, cutting the song at 5 s, only the chorus, a
 * photo that is not there, GIF) are checked with `same: true`.
 *
 * Left out or only partly checked because the docs do not say what the feel-word does: 高级感, 氛围感,
 * "start strong" / 开头要抓人 alone, "dreamy", "make it pop", "the title is hard to read" alone (a size, an
 * outline, a box or a place?), 结尾留白 (a longer last photo or a longer fade? — only the untouched photos
 * are checked), "the ending should linger" alone, how much "a bit" / "a touch" / "back off a little" is,
 * the default transition length, how much "bigger" makes a text, how far a bare "quieter" goes, which
 * song "upbeat" picks when two tracks carry that mood, the gentle zoom of a toned-down video, and where
 * beat-synced cuts land (only that the photos, the song and the look survive is checked).
 *
 * 226 messages, 97 of them with Chinese in them, 39 with earlier turns, 18 requests Joy cannot do.
 * First scored 188/226 (83.2 %); no expectation was corrected after scoring for my own error, so the
 * score after own-error fixes is the same 188/226. Two of the 38 misses are borderline readings of the
 * docs rather than clear misreadings (背景音乐要温柔一点的 → Quiet Piano, where the catalogue gives 温柔 to
 * First Dance; "now it's too bright" after "brighter" staying on a weaker bright look, where the docs say a
 * step back goes to the original colours); they were kept as written.
 *
 * Written from the README, docs/director.md, the fixtures, src/catalog/ and src/model/ (draftView), and
 * the header comment of blind18.ts (fixtures, styles, library tracks, duration arithmetic; I also saw the
 * first few cases below that header for the format), without reading the director's code or the corpus.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no whole-video
 * fade, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (uploaded, no beat
 *            grid; 100 %); title "Road Trip" 0–3 s (center, white, size 1.4), caption "Day one" on photo 2.
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach and city with a trusted person mask, forest without people.
 * - flagged: beach, city, beach-2 (duplicate), forest (blurry).
 * - beats:   beach, city, forest with crossfades 0.8 s and drums.wav (120 BPM, a beat grid).
 * - one:     beach alone, 3 s.
 * - empty:   nothing yet; the uploads are the five photos (create).
 *
 * Arithmetic: a transition overlaps the two photos it joins; "faster/shorter/drags/tighten" are × 3/4 of
 * each photo, "slower/longer/rushed/breathe" × 4/3, rounded to 50 ms; "too long" of the whole video is the
 * total × 3/4 (11.8 s → 8.85 s); a bound ("no longer than", "under", "tops", 不超过, 以内) sets that length;
 * a number said beside a vague wish wins. Styles (photo, transition, look, music): birthday 2.2 s zoom-in
 * 0.5 s vivid Confetti; travel vlog 2.5 s whip-pan 0.45 s warm; wedding 4 s crossfade 1.2 s matte First
 * Dance; memorial 5 s fade-black 1.5 s black-and-white; product 2.5 s slide-left 0.4 s vivid; family 3 s
 * crossfade 0.8 s warm; cinematic 3.5 s blur-dissolve 1 s cool Horizon; social 1.5 s whip-pan 0.3 s vivid.
 * Moods said as a degree are the mood's look (cozy → warm, romantic → matte, cheerful → vivid, sad → black
 * and white, cinematic → cool, moody → dark, nostalgic → vintage); "more cinematic" is cool either way.
 * Exposure is one scale: 太暗了 twice is two steps of bright, and "too bright" on it one step back.
 */
const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const N = 'party night.jpg';
const AS = 'astronaut.jpg';
const CH = 'chelsea.jpg';
const CO = 'coffee.jpg';
const R = 'rocket.jpg';
const D = 'dog.jpg';
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: string[]) => names.map((kind) => ({ kind }));
const Z = 'zoom-in';
const ZO = 'zoom-out';
const CF = 'crossfade';
const YELLOW = /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i;
const WHITE = /^#f{6}$/i;
const LOFI = 'lo-fi.mp3';
/** Any song but the uploaded lo-fi.mp3. */
const NOT_LOFI = /^(?!lo-fi\.mp3$)/;
const TITLE = { text: 'Road Trip', role: 'title' };
const CAPTION = { text: 'Day one', role: 'caption' };

export const blind21: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'the whole thing drags, tighten it up',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: 'feels rushed. let the photos breathe',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: '节奏再紧凑一点',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  {
    m: '太拖了，每张不超过2秒',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: 'I want it to feel unhurried, stretch it to 20 seconds',
    f: 'length',
    on: 'three',
    v: { durationMs: 20000 },
  },
  {
    m: 'keep it under 12 seconds, it should feel snappy',
    f: 'length',
    on: 'things',
    v: { durationMs: 12000 },
  },
  { m: '整体控制在十秒以内，节奏要快', f: 'length', on: 'things', v: { durationMs: 10000 } },
  {
    // 11.8 s − 3 s + 2.25 s = 11.05 s.
    m: 'the middle photo drags',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 2250, 3000, 3000), durationMs: 11050 },
  },
  {
    m: '中间那张有点拖，缩到2秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 2000, 3000, 3000), durationMs: 10800 },
  },
  {
    m: 'the ending feels rushed',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 4000), durationMs: 10000 },
  },
  {
    m: '结尾太仓促了，最后一张多停两秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000 },
  },
  {
    m: 'start strong: cut the first photo down to a second and a half',
    f: 'length',
    on: 'three',
    v: { photos: ms(1500, 3000, 3000), durationMs: 7500 },
  },
  {
    m: '开头太慢了，抓不住人，第一张减掉一秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(2000, 3000, 3000), durationMs: 8000 },
  },
  {
    m: '节奏放缓一点，太赶了',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  // 11.8 s × 3/4 = 8.85 s.
  { m: '视频太长了，看着累', f: 'length', on: 'five', v: { durationMs: 8850 } },
  { m: 'way too long. 8 seconds tops', f: 'length', on: 'three', v: { durationMs: 8000 } },
  {
    // 5 × 2.5 − 4 × 0.8 = 9.3 s.
    m: '每张照片两秒半就好，别太赶',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: 'give the ending 2 more seconds to sink in',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 5000), durationMs: 13800 },
  },
  { m: "it's over before it starts — double the length", f: 'length', on: 'three', v: { durationMs: 18000 } },
  {
    m: '结尾留白长一点',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, {}] },
  },
  {
    m: 'let each photo sit for 4 seconds, it feels rushed',
    f: 'length',
    on: 'things',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 20000 },
  },
  { m: 'let it linger, 6 seconds', f: 'length', on: 'one', v: { photos: ms(6000), durationMs: 6000 } },

  // ── transitions ─────────────────────────────────────────────────────────────────────────────────────
  {
    // 15 s − 4 × 0.4 s = 13.4 s.
    m: 'the crossfades feel sluggish, tighten them to 0.4',
    f: 'transition',
    on: 'five',
    v: {
      transitions: each(4, { kind: CF, durationMs: 400 }),
      photos: each(5, { durationMs: 3000 }),
      durationMs: 13400,
    },
  },
  {
    m: 'less busy, just hard cuts',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: 'a dip to black between every photo, like chapters',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('fade-black', 'fade-black') },
  },
  {
    m: '闪白转场，要有那种回忆的感觉',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('fade-white', 'fade-white') },
  },
  {
    m: '转场太长了，拖拖拉拉的',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, CF), photos: each(5, { durationMs: 3000 }) },
  },
  {
    // 15 s − 3 × 0.8 s = 12.6 s.
    m: 'no transition into the last photo, it should hit hard',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'cut'), durationMs: 12600 },
  },
  {
    // 15 s − 3 × 0.8 s − 1.5 s = 11.1 s.
    m: '最后一个转场慢一点，1.5秒，留点余韵',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 800 },
        { kind: CF, durationMs: 1500 },
      ],
      durationMs: 11100,
    },
  },
  {
    m: 'dissolve between the photos, 1 second each, soft and dreamy',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 1000 }), durationMs: 7000 },
  },
  {
    m: 'whip pans between the shots, I want energy',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('whip-pan', 'whip-pan') },
  },
  {
    m: 'the fades are too slow, make them snappier, a quarter second',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 250 }), durationMs: 14000 },
  },
  { m: '开头淡入，结尾淡出，各1秒', f: 'transition', on: 'three', v: { fade: { inMs: 1000, outMs: 1000 } } },
  {
    m: 'crossfades everywhere except the last one — that should fade to black, feels more final',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'fade-black') },
  },
  {
    m: '转场有点拖，时间减半',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 400 }), durationMs: 13400 },
  },
  {
    m: '白场太刺眼了，换成黑场',
    f: 'transition',
    on: 'three',
    before: ['闪白转场'],
    v: { transitions: kinds('fade-black', 'fade-black') },
  },
  {
    m: 'the wipes feel cheap, go back to plain dissolves',
    f: 'transition',
    on: 'five',
    before: ['wipe transitions'],
    v: { transitions: kinds(CF, CF, CF, CF) },
  },
  {
    m: '结尾淡出到黑，3秒，要有余韵',
    f: 'transition',
    on: 'five',
    v: { fade: { outMs: 3000, color: '#000000' }, durationMs: 11800 },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'all this zooming is making me dizzy',
    f: 'motion',
    on: 'three',
    v: { photos: motions('static', 'static', 'static') },
  },
  {
    m: '照片晃来晃去的，看着晕',
    f: 'motion',
    on: 'three',
    v: { photos: motions('static', 'static', 'static') },
  },
  {
    m: 'end on a slow zoom out so it opens up',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, ZO) },
  },
  {
    m: 'open with a zoom in and close on a zoom out, like a breath',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, ZO) },
  },
  {
    m: 'pan across the forest shot from left to right',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, Z, 'pan-right') },
  },
  { m: '第二张从右往左平移', f: 'motion', on: 'three', v: { photos: motions(Z, 'pan-left', Z) } },
  { m: '最后一张拉远，有结束感', f: 'motion', on: 'three', v: { photos: motions(Z, Z, ZO) } },
  { m: '前面放大后面缩小，有呼吸感', f: 'motion', on: 'five', v: { photos: motions(Z, Z, Z, ZO, ZO) } },
  {
    m: "alternate zoom in and zoom out so it doesn't feel samey",
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, ZO, Z, ZO, Z) },
  },
  {
    m: '运镜太多了，全部去掉',
    f: 'motion',
    on: 'three',
    v: { photos: motions('static', 'static', 'static') },
  },
  {
    m: '还是动一下吧，镜头往前推',
    f: 'motion',
    on: 'three',
    before: ['照片不要动'],
    v: { photos: motions(Z, Z, Z) },
  },
  {
    m: 'make the people pop out, give it some depth',
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', Z) },
  },

  // ── looks ───────────────────────────────────────────────────────────────────────────────────────────
  { m: "it's too dark", f: 'look', on: 'three', v: { look: 'bright' } },
  { m: '太暗了看不清', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: 'give it a vintage home-movie vibe', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: 'the colours are so dull, make them pop', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: '颜色太淡了，没精神', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: 'muted tones please, more refined', f: 'look', on: 'three', v: { look: 'matte' } },
  { m: '要有高级感，低饱和一点', f: 'look', on: 'three', v: { look: 'matte' } },
  { m: '有点过曝，暗一点', f: 'look', on: 'three', v: { look: 'dark' } },
  {
    m: 'it feels cold, make it cozier',
    f: 'look',
    on: 'three',
    v: { look: 'warm', photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'can it feel a little more romantic',
    f: 'look',
    on: 'three',
    v: { look: 'matte', photos: each(3, { durationMs: 3000 }) },
  },
  { m: '更伤感些，这是给外婆的', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: 'nostalgic, like flipping through an old album', f: 'look', on: 'three', v: { look: 'vintage' } },
  {
    m: 'remove the filter, I want the real colours back',
    f: 'look',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  {
    m: 'black and white feels too heavy, just a cool tone instead',
    f: 'look',
    on: 'three',
    before: ['black and white'],
    v: { look: 'cool' },
  },
  { m: '太亮了，有点刺眼', f: 'look', on: 'three', v: { look: 'dark' } },
  { m: 'make it feel more cinematic', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '色调暖一点，温暖一点', f: 'look', on: 'five', v: { look: 'warm', durationMs: 11800 } },
  { m: '颗粒感，老电影那种', f: 'look', on: 'three', v: { look: 'vintage' } },

  // ── texts ───────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'the title is hard to read over the sky, move it to the bottom',
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, position: 'bottom' }, CAPTION] },
  },
  {
    m: '标题在天空上看不清，加个描边',
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, style: 'bold-outline' }, CAPTION] },
  },
  {
    m: 'the words are too small to read, make the title twice as big',
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, size: 2.8 }, CAPTION] },
  },
  {
    m: "add a title 'Summer Days' in yellow, it has to stand out",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Summer Days', role: 'title', color: YELLOW }] },
  },
  {
    m: '加个标题：海边的夏天，放在顶部',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '海边的夏天', role: 'title', position: 'top' }] },
  },
  {
    m: 'let the title linger, keep it up for 5 seconds',
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, startMs: 0, endMs: 5000 }, CAPTION], durationMs: 7400 },
  },
  {
    m: '标题停留太久了，2秒就消失',
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, startMs: 0, endMs: 2000 }, CAPTION], durationMs: 7400 },
  },
  { m: 'too much text on screen, lose the caption', f: 'text', on: 'rich', v: { texts: [TITLE] } },
  { m: '字太多了，全部去掉，干净一点', f: 'text', on: 'rich', v: { texts: [] } },
  {
    m: "change the title to 'Where the Road Goes', it sounds more cinematic",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Where the Road Goes', role: 'title' }, CAPTION], look: 'none' },
  },
  {
    m: "caption the second photo 'the calm before'",
    f: 'text',
    on: 'three',
    v: {
      texts: [{ text: 'the calm before', role: 'caption', startMs: 3000 }],
      photos: each(3, { durationMs: 3000 }),
    },
  },
  {
    m: '字幕放到顶部，底下太乱了',
    f: 'text',
    on: 'rich',
    v: { texts: [TITLE, { ...CAPTION, position: 'top' }] },
  },
  {
    m: "add captions 'Day 1', 'Day 2' and 'Day 3', one per photo, like a diary",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Day 1', role: 'caption' },
        { text: 'Day 2', role: 'caption' },
        { text: 'Day 3', role: 'caption' },
      ],
    },
  },
  {
    m: "title higher, it's sitting right on the faces",
    f: 'text',
    on: 'rich',
    v: { texts: [{ ...TITLE, position: 'top' }, CAPTION] },
  },
  {
    m: '片尾加一句：谢谢你们来过',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '谢谢你们来过' }] },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'add some calm piano underneath, nothing distracting',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  { m: '加一首欢快的歌', f: 'music', on: 'three', v: { audio: [{ source: 'Sunny Pop' }] } },
  { m: '加点民谣，吉他那种', f: 'music', on: 'three', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: 'the music is overpowering, bring it down to 30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: 'this song is getting on my nerves, swap it',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: NOT_LOFI }] },
  },
  {
    m: 'the music should come in after the title',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 3000 }], durationMs: 7400 },
  },
  {
    m: "fade the music out over the last 4 seconds so it doesn't just stop",
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeOutMs: 4000 }] },
  },
  {
    m: '音乐晚两秒进，开头先留点安静',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 2000 }] },
  },
  { m: 'no music, it feels cheesy', f: 'music', on: 'rich', v: { audio: [], texts: [TITLE, CAPTION] } },
  {
    m: "music's too much. half as loud",
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.5 }] },
  },
  { m: '音乐太吵了，调到两成', f: 'music', on: 'rich', v: { audio: [{ source: LOFI, volume: 0.2 }] } },
  { m: 'it feels empty without music', f: 'music', on: 'three', v: { audio: [{}] } },
  { m: 'epic music, I want goosebumps', f: 'music', on: 'three', v: { audio: [{ source: 'Horizon' }] } },
  {
    m: 'can the music be calmer? something softer',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: NOT_LOFI, volume: 1 }] },
  },
  { m: '加点电子乐，要有节奏感', f: 'music', on: 'three', v: { audio: [{ source: 'Neon Pulse' }] } },
  { m: '背景音乐要温柔一点的', f: 'music', on: 'three', v: { audio: [{ source: 'First Dance' }] } },
  {
    m: '这首歌太难听了，换一首',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: NOT_LOFI }], texts: [TITLE, CAPTION] },
  },
  {
    m: 'I want the cuts to hit on the beat',
    f: 'music',
    on: 'beats',
    v: { photos: [{}, {}, {}], audio: [{ source: 'drums.wav' }], look: 'none' },
  },

  // ── styles ──────────────────────────────────────────────────────────────────────────────────────────
  {
    // 3 × 3.5 − 2 × 1 = 8.5 s.
    m: 'make it feel like a movie',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      durationMs: 8500,
      audio: [{ source: 'Horizon' }],
    },
  },
  {
    // 3 × 4 − 2 × 1.2 = 9.6 s.
    m: '想要婚礼那种浪漫的感觉',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      durationMs: 9600,
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    // 3 × 5 − 2 × 1.5 = 12 s.
    m: "this is for grandpa's memorial, it should feel gentle and quiet",
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 5000 }),
      transitions: kinds('fade-black', 'fade-black'),
      look: 'black-and-white',
      durationMs: 12000,
    },
  },
  {
    // 3 × 2.5 − 2 × 0.45 = 6.6 s.
    m: 'travel vlog vibe, fun and warm',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: kinds('whip-pan', 'whip-pan'),
      look: 'warm',
      durationMs: 6600,
    },
  },
  {
    m: '想要温馨一点的家庭风格',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: CF, durationMs: 800 }),
      look: 'warm',
      durationMs: 7400,
    },
  },
  {
    // 3 × 2.2 − 2 × 0.5 = 5.6 s.
    m: '做成生日派对的感觉，热闹一点',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2200 }),
      transitions: kinds('zoom-in', 'zoom-in'),
      look: 'vivid',
      durationMs: 5600,
    },
  },
  {
    m: 'wedding feel, but keep my own song',
    f: 'style',
    on: 'rich',
    v: { photos: each(3, { durationMs: 4000 }), look: 'matte', audio: [{ source: LOFI }], durationMs: 9600 },
  },
  {
    // 3 × 1.5 − 2 × 0.3 = 3.9 s.
    m: 'give it that hype reel energy',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 1500 }),
      transitions: kinds('whip-pan', 'whip-pan'),
      look: 'vivid',
      durationMs: 3900,
    },
  },
  {
    m: 'memorial style but in colour, she loved colour',
    f: 'style',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), look: 'none' },
  },
  {
    m: '家庭风格，不要音乐',
    f: 'style',
    on: 'five',
    v: { look: 'warm', audio: [], photos: each(5, { durationMs: 3000 }) },
  },
  {
    m: '这是给外公的纪念视频，要安静一点',
    f: 'style',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), look: 'black-and-white', durationMs: 12000 },
  },

  // ── format ──────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'it should feel native on phones, vertical',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: 'square, it looks cleaner in the grid', f: 'format', on: 'three', v: { aspect: '1:1' } },
  { m: '4:5 for the feed, it fills more of the screen', f: 'format', on: 'three', v: { aspect: '4:5' } },
  { m: '还是横屏吧，更大气', f: 'format', on: 'three', before: ['竖屏'], v: { aspect: '16:9' } },
  {
    m: 'crisp 4K please, it has to look premium',
    f: 'format',
    on: 'three',
    v: { width: 3840, height: 2160 },
  },
  { m: '24fps for that film feel', f: 'format', on: 'three', v: { fps: 24 } },
  { m: '不要黑边，铺满，看着舒服', f: 'format', on: 'three', v: { photos: each(3, { fit: 'cover' }) } },
  { m: '文件小一点，画质差点没关系', f: 'format', on: 'three', v: { width: 1280, height: 720 } },
  { m: "don't make it vertical, I like it wide", f: 'format', on: 'three', same: true },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────────
  { m: 'start strong with the sunset shot', f: 'order', on: 'five', v: { photos: src(S, B, C, F, N) } },
  {
    m: 'the beach should be the last thing people see',
    f: 'order',
    on: 'five',
    v: { photos: src(C, F, S, N, B) },
  },
  { m: '开头要抓人，派对那张放第一', f: 'order', on: 'five', v: { photos: src(N, B, C, F, S) } },
  { m: 'it feels backwards, flip the order', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  { m: '按拍摄时间排，像在讲故事一样', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  {
    m: "open with the rocket, that's the hook",
    f: 'order',
    on: 'things',
    v: { photos: src(R, AS, CH, CO, D) },
  },
  { m: '咖啡那张放最后，结尾温馨一点', f: 'order', on: 'things', v: { photos: src(AS, CH, R, D, CO) } },
  {
    // 4 × 3 − 3 × 0.8 = 9.6 s.
    m: 'the forest one feels out of place, drop it',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, S, N), durationMs: 9600 },
  },
  { m: '中间那张删掉，太杂了', f: 'order', on: 'five', v: { photos: src(B, C, S, N) } },
  {
    m: 'it feels repetitive, lose the duplicate and the blurry one',
    f: 'order',
    on: 'flagged',
    v: { photos: src(B, C) },
  },

  // ── questions ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'how long is it right now?', f: 'question', on: 'three', same: true },
  { m: 'is the music too loud, do you think?', f: 'question', on: 'rich', same: true },
  { m: '现在多长？', f: 'question', on: 'five', same: true },
  { m: '有哪些滤镜可以选？', f: 'question', on: 'three', same: true },
  { m: 'what transitions do you have?', f: 'question', on: 'three', same: true, route: 'help' },
  { m: 'what would make it feel more cinematic?', f: 'question', on: 'three', same: true },
  { m: '你能做什么？', f: 'question', on: 'three', same: true, route: 'help' },
  { m: '是不是太暗了？', f: 'question', on: 'rich', same: true },
  { m: "what's in my video?", f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '有没有那种复古胶片感的滤镜？', f: 'question', on: 'three', same: true },
  { m: '有哪些背景音乐可以选？', f: 'question', on: 'three', same: true, route: 'help' },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "I don't want any transitions, too fussy",
    f: 'negation',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: "don't touch the music, just make it warmer",
    f: 'negation',
    on: 'rich',
    v: { look: 'warm', audio: [{ source: LOFI, volume: 1 }] },
  },
  { m: 'not black and white — just muted colours', f: 'negation', on: 'three', v: { look: 'matte' } },
  { m: '别改成竖屏，保持横的', f: 'negation', on: 'three', same: true },
  { m: 'keep the title, lose the caption', f: 'negation', on: 'rich', v: { texts: [TITLE] } },
  {
    m: '不要转场，直接切，干脆一点',
    f: 'negation',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: 'not the title, the caption should be yellow',
    f: 'negation',
    on: 'rich',
    v: {
      texts: [
        { ...TITLE, color: WHITE },
        { ...CAPTION, color: YELLOW },
      ],
    },
  },
  {
    m: "don't change the length, just make it warmer",
    f: 'negation',
    on: 'three',
    v: { look: 'warm', durationMs: 9000 },
  },
  {
    m: 'no fade at the end after all, it drags',
    f: 'negation',
    on: 'three',
    before: ['fade to black at the end'],
    v: { fade: { outMs: 0 } },
  },
  { m: '不要音乐了，太吵', f: 'negation', on: 'rich', v: { audio: [] } },
  {
    m: '颜色不要动，只把节奏弄紧凑一点',
    f: 'negation',
    on: 'three',
    before: ['暖色调'],
    v: { look: 'warm', photos: each(3, { durationMs: 2250 }) },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'hmm that feels too cold, undo',
    f: 'history',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  {
    m: '撤销两步',
    f: 'history',
    on: 'three',
    before: ['竖屏', '加标题：夏天'],
    v: { aspect: '16:9', texts: [] },
  },
  {
    m: 'actually it was better warm, redo',
    f: 'history',
    on: 'three',
    before: ['warmer', 'undo'],
    v: { look: 'warm' },
  },
  {
    m: 'change it back, it felt cramped',
    f: 'history',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9' },
  },
  { m: '还原', f: 'history', on: 'three', before: ['太暗了'], v: { look: 'none' } },
  {
    m: 'start over, I lost the feel of it',
    f: 'history',
    on: 'three',
    before: ['add some music', 'black and white', 'make it 20 seconds'],
    v: { audio: [], look: 'none', durationMs: 9000 },
  },
  { m: '算了还是要', f: 'history', on: 'three', before: ['黑白', '撤销'], v: { look: 'black-and-white' } },
  {
    m: 'bring the music back, it felt empty',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: LOFI }] },
  },
  {
    m: '撤销',
    f: 'history',
    on: 'three',
    before: ['每张2秒', '加个暖色调'],
    v: { look: 'none', photos: each(3, { durationMs: 2000 }) },
  },

  // ── several at once ─────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it warmer, 9:16, and keep it under 15 seconds',
    f: 'multi',
    on: 'five',
    v: { look: 'warm', aspect: '9:16', durationMs: 15000 },
  },
  {
    // 5 × 2 − 4 × 0.8 = 6.8 s.
    m: '竖屏，暖色调，每张不超过2秒',
    f: 'multi',
    on: 'five',
    v: { aspect: '9:16', look: 'warm', photos: each(5, { durationMs: 2000 }), durationMs: 6800 },
  },
  {
    m: 'less busy: no transitions and keep the photos still',
    f: 'multi',
    on: 'five',
    v: {
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      photos: each(5, { motion: 'static', durationMs: 3000 }),
      durationMs: 15000,
    },
  },
  {
    m: "it's too dark and it drags — brighter, and 2 seconds a photo",
    f: 'multi',
    on: 'three',
    v: { look: 'bright', photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: 'vintage look, crossfades, and a title "Summer 98"',
    f: 'multi',
    on: 'three',
    v: { look: 'vintage', transitions: kinds(CF, CF), texts: [{ text: 'Summer 98', role: 'title' }] },
  },
  {
    m: '节奏紧凑一点，颜色鲜艳一点，加点电子乐',
    f: 'multi',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), look: 'vivid', audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: 'black and white, slow zooms, and let each photo breathe for 4 seconds',
    f: 'multi',
    on: 'three',
    v: { look: 'black-and-white', photos: each(3, { motion: Z, durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: "music down to 40% and move the title to the top, it's covering faces",
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.4 }], texts: [{ ...TITLE, position: 'top' }, CAPTION] },
  },
  {
    m: '横屏，15秒，加点钢琴曲，要安静一点',
    f: 'multi',
    on: 'three',
    v: { aspect: '16:9', durationMs: 15000, audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'start with the dog, black and white, and under 10 seconds',
    f: 'multi',
    on: 'things',
    v: { photos: [{ source: D }, {}, {}, {}, {}], look: 'black-and-white', durationMs: 10000 },
  },
  {
    m: 'crossfades of 1 second, warm tones, and keep it at 12 seconds',
    f: 'multi',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 1000 }), look: 'warm', durationMs: 12000 },
  },
  {
    m: '去掉所有运镜，转场用黑场，整体12秒',
    f: 'multi',
    on: 'three',
    v: {
      photos: motions('static', 'static', 'static'),
      transitions: kinds('fade-black', 'fade-black'),
      durationMs: 12000,
    },
  },
  {
    m: '标题放底部，字幕删掉，音乐小声点到20%',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ ...TITLE, position: 'bottom' }], audio: [{ source: LOFI, volume: 0.2 }] },
  },
  {
    // Reversed, then the last (beach) 5 s: 4 × 3 + 5 − 4 × 0.8 = 13.8 s.
    m: 'reverse the order and make the ending linger, last photo 5 seconds',
    f: 'multi',
    on: 'five',
    v: {
      photos: [{ source: N }, { source: S }, { source: F }, { source: C }, { source: B, durationMs: 5000 }],
      durationMs: 13800,
    },
  },
  {
    m: 'I want the ending to linger: hold the last photo 5 seconds and fade out to black over 2',
    f: 'multi',
    on: 'three',
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000, fade: { outMs: 2000 } },
  },
  {
    m: '画面太花了',
    f: 'multi',
    on: 'three',
    before: ['做成短视频风格'],
    v: { transitions: kinds(CF, CF), look: 'none' },
  },
  {
    m: "it's way too busy, tone it down",
    f: 'multi',
    on: 'five',
    before: ['make it a social reel'],
    v: { transitions: kinds(CF, CF, CF, CF), look: 'none' },
  },

  // ── create (on the empty draft, the five photos uploaded) ───────────────────────────────────────────
  {
    m: 'turn these into a video with a vintage home-movie feel, 2 seconds each',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 2000 }), look: 'vintage' },
  },
  {
    m: '用这些照片做个视频，要有电影感，20秒',
    f: 'create',
    on: 'empty',
    v: { photos: [{}, {}, {}, {}, {}], look: 'cool', durationMs: 20000 },
  },
  {
    m: 'make me a vertical video from these, snappy, under 10 seconds',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', durationMs: 10000, photos: [{}, {}, {}, {}, {}] },
  },
  {
    m: '帮我把照片做成视频，暖色调，加个标题：夏天的尾巴',
    f: 'create',
    on: 'empty',
    v: { look: 'warm', texts: [{ text: '夏天的尾巴', role: 'title' }], photos: [{}, {}, {}, {}, {}] },
  },
  {
    m: 'make a video out of these that starts strong with the party photo',
    f: 'create',
    on: 'empty',
    v: { photos: src(N, B, C, F, S) },
  },
  { m: '做个视频，每张不超过2秒', f: 'create', on: 'empty', v: { photos: each(5, { durationMs: 2000 }) } },
  {
    m: 'make a black and white video of these, slow and quiet, 4 seconds each',
    f: 'create',
    on: 'empty',
    v: { look: 'black-and-white', photos: each(5, { durationMs: 4000 }) },
  },
  {
    m: 'make a video from my photos and keep it under 15 seconds',
    f: 'create',
    on: 'empty',
    v: { durationMs: 15000 },
  },
  {
    m: '把这些照片剪成一个温馨的家庭视频',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 3000 }), transitions: kinds(CF, CF, CF, CF), look: 'warm' },
  },

  // ── reference: follow-ups and iterations ────────────────────────────────────────────────────────────
  {
    m: 'that one should stay longer, 5 seconds',
    f: 'reference',
    on: 'three',
    before: ['caption the second photo "the best day"'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'and the last one too',
    f: 'reference',
    on: 'three',
    before: ['make the first photo 4 seconds'],
    v: { photos: ms(4000, 3000, 4000), durationMs: 11000 },
  },
  {
    m: 'same for the first one',
    f: 'reference',
    on: 'three',
    before: ['zoom out on the last photo'],
    v: { photos: motions(ZO, Z, ZO) },
  },
  {
    m: '其他的也一样',
    f: 'reference',
    on: 'three',
    before: ['第一张4秒'],
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'they feel slow, make them quicker, like half a second',
    f: 'reference',
    on: 'three',
    before: ['add crossfades'],
    v: { transitions: each(2, { kind: CF, durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: 'the caption too',
    f: 'reference',
    on: 'rich',
    before: ['make the title yellow'],
    v: {
      texts: [
        { ...TITLE, color: YELLOW },
        { ...CAPTION, color: YELLOW },
      ],
    },
  },
  {
    m: 'yellow, so it reads over the sky',
    f: 'reference',
    on: 'three',
    before: ['add a title "Summer Days"', 'make it bigger', 'put it at the top'],
    v: { texts: [{ text: 'Summer Days', role: 'title', position: 'top', color: YELLOW }] },
  },
  {
    m: 'too much, back off a little',
    f: 'reference',
    on: 'three',
    before: ['warmer', 'a bit more'],
    v: { look: 'warm' },
  },
  {
    m: 'perfect, now some music',
    f: 'reference',
    on: 'three',
    before: ['warmer', 'a bit more', 'too much, back off a little'],
    v: { look: 'warm', audio: [{}] },
  },
  { m: '还是有点暗', f: 'reference', on: 'three', before: ['太暗了'], v: { look: 'bright' } },
  { m: '过了，现在太亮了', f: 'reference', on: 'three', before: ['太暗了', '还是暗'], v: { look: 'bright' } },
  { m: "hmm, now it's too bright", f: 'reference', on: 'three', before: ['brighter'], v: { look: 'none' } },
  {
    // 2 s × 3/4 = 1.5 s a photo.
    m: '节奏还是有点拖',
    f: 'reference',
    on: 'three',
    before: ['每张2秒'],
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  { m: '过了，收一点', f: 'reference', on: 'three', before: ['暖一点', '再暖一点'], v: { look: 'warm' } },
  {
    m: '可以了，加个背景音乐',
    f: 'reference',
    on: 'three',
    before: ['暖一点', '再暖一点', '过了，收一点'],
    v: { look: 'warm', audio: [{}] },
  },
  {
    m: '放到上面去',
    f: 'reference',
    on: 'three',
    before: ['加标题：我们的夏天', '字太小了'],
    v: { texts: [{ text: '我们的夏天', role: 'title', position: 'top' }] },
  },
  {
    m: 'good, now crossfades between them',
    f: 'reference',
    on: 'three',
    before: ['make it 15 seconds', 'that drags. 12'],
    v: { durationMs: 12000, transitions: kinds(CF, CF) },
  },
  {
    m: 'quieter, like 40%',
    f: 'reference',
    on: 'rich',
    before: ['swap the song for some calm piano'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.4 }] },
  },
  {
    m: '再久一点，5秒吧',
    f: 'reference',
    on: 'three',
    before: ['第二张放4秒'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: '那张删了吧，太暗了',
    f: 'reference',
    on: 'three',
    before: ['第二张放4秒'],
    v: { photos: src(B, F) },
  },

  // ── things Joy cannot do: the draft comes back unchanged ────────────────────────────────────────────
  { m: 'can you make the cuts land on the beat?', f: 'music', on: 'rich', same: true },
  { m: '卡点，跟着节奏走', f: 'music', on: 'rich', same: true },
  { m: 'erase the guy walking behind us in the beach photo', f: 'order', on: 'three', same: true },
  { m: '把天空换成蓝天白云', f: 'look', on: 'three', same: true },
  { m: 'make me look slimmer in the city pic', f: 'look', on: 'three', same: true },
  { m: 'shake the camera on the last photo, like an earthquake', f: 'motion', on: 'three', same: true },
  { m: 'teal and orange grade please', f: 'look', on: 'three', same: true },
  { m: 'make only the forest photo black and white', f: 'look', on: 'three', same: true },
  { m: 'the title in a handwritten font, like a diary', f: 'text', on: 'rich', same: true },
  { m: '把背景里的路人P掉', f: 'order', on: 'three', same: true },
  { m: '加一段我的旁白配音', f: 'music', on: 'three', same: true },
  { m: '帮我瘦个脸', f: 'look', on: 'three', same: true },
  { m: '直接发到朋友圈', f: 'format', on: 'three', same: true },
  { m: 'make it feel 3D, like the photos are alive', f: 'motion', on: 'three', same: true },
  { m: 'cut the music off at 5 seconds', f: 'music', on: 'rich', same: true },
  { m: 'remove photo 5, it feels weak', f: 'order', on: 'three', same: true },
  { m: '音乐只要副歌部分', f: 'music', on: 'rich', same: true },
  { m: '让照片里的人动起来，像在走路一样', f: 'motion', on: 'three', same: true },
];
