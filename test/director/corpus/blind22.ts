import { type CorpusCase, each } from './types.js';

/**
 * Blind set 22: people who write one long message that bundles everything at once, as if filling in a
 * brief in one go — three to six wishes a message, run together with commas, semicolons, "and", "also",
 * "then", line breaks, parentheses and dashes ("9:16 (for reels) — 15s total; warm look, …; music:
 * something acoustic, quiet-ish (30%)"), bulleted and numbered lists ("1)", "•", "-", "(a)"), key: value
 * lines ("transitions: crossfade 0.5; look: warm"), and Chinese briefs with 、，；和, 一、二、三 and 1. 2. 3.
 * ("1. 竖屏 2. 每张2秒 3. 转场用淡入淡出 4. 加标题「毕业快乐」放在底部 5. 配一首欢快的音乐"). The same writers
 * state constraints ("no more than 10 seconds", "at least 4 seconds per photo", "不要超过10秒", "总时长不要变")
 * and repeat or refine a wish inside the same message ("crossfades, actually make them fades to black",
 * "4:5 — no, actually square", "标题用黄色……算了还是白色"). Every family is covered: length, transition,
 * motion, look, text, music, style, format, order, question, negation, history (undo/redo), multi,
 * create (on 'empty'), reference (follow-ups with earlier turns), and 16 briefs asking only for things
 * Joy cannot do (erasing people, skin smoothing, replacing a sky, posting, voice-over, stickers, side by
 * side, lip sync, GIF, teal-and-orange, parallax on unanalysed photos, a photo that does not exist
 * beside a wish that could be done), checked as `same: true`.
 *
 * Left out or left unchecked as ambiguous to me from the docs: the default transition length (a kind
 * changed with no length leaves the total unchecked), which way a bare "wipe" goes, how big "bigger" is,
 * the music volume after a bare "quieter", the whole-video fade's default length, a total "within 15 s"
 * on a draft already shorter than that, two contradicting bounds in one message, where an undated photo
 * sorts by date, the fit of "don't crop", and the look a mood word beside music gives ("浪漫一点的音乐").
 * Texts are checked in the order the message adds them. Colours are checked loosely (white, yellow, red).
 *
 * Fixture states (from the blind18 header, docs/director.md and test/director/fixtures.ts; 16:9
 * 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no whole-video fade, unless said):
 * - three: beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:  beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:  beach, city, forest; 3 s, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (100 %, fade out 2 s);
 *          title "Road Trip" (center, white), caption "Day one" on photo 2 (bottom, white).
 * - things: astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - empty: the uploads are the five photos (create).
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July. Styles: birthday 2.2 s zoom-in
 * 0.5 s vivid Confetti; travel vlog 2.5 s whip-pan 0.45 s warm Road Trip; wedding 4 s crossfade 1.2 s
 * matte First Dance; memorial 5 s fade-black 1.5 s black-and-white Remembrance; product 2.5 s slide-left
 * 0.4 s vivid Clean Lines; family 3 s crossfade 0.8 s warm Sunday Morning; cinematic 3.5 s blur-dissolve
 * 1 s cool Horizon; social 1.5 s whip-pan 0.3 s vivid Neon Pulse. Library tracks by mood: Campfire
 * (acoustic, guitar, 民谣, 吉他), Quiet Piano (calm, piano, 钢琴), Sunny Pop (upbeat, happy, 欢快), Horizon
 * (epic), Neon Pulse (electronic, 电子), First Dance (romantic), Lo-fi Drift (lo-fi), Road Trip (轻快).
 * Durations: a transition overlaps the two photos it joins, so total = sum of photos − sum of
 * transitions (five photos of 2 s with 0.5 s crossfades: 10 − 4 × 0.5 = 8 s).
 *
 * 228 messages, 90 of them with Chinese in them, 39 with earlier turns. First scored 159/228 (69.7 %);
 * two expectations were then corrected after scoring for my own error (ambiguity I wrote into the
 * message, not Joy's misreading): "每张照片改成2秒，总时长也就10秒左右，…" states a total of about 10 s that
 * 2 s photos with 0.5 s crossfades cannot have, and "…fades to black instead, same length" can mean the
 * video's length; both now check only the transitions. With those, 161/228 (70.6 %); the other 67 are
 * genuine misreadings (listed with the first score). No expectation was adjudicated.
 *
 * Written from README.md, docs/director.md, the fixtures, src/catalog/ and src/model/ without reading
 * the director's code or the corpus. (While reading the blind18 header I scrolled past it into its first
 * length and transition cases, lines 71–200; none of its messages were reused.)
 */
const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const N = 'party night.jpg';
const AS = 'astronaut.jpg';
const CH = 'chelsea.jpg';
const CO = 'coffee.jpg';
const RO = 'rocket.jpg';
const DO = 'dog.jpg';
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: string[]) => names.map((kind) => ({ kind }));
const Z = 'zoom-in';
const ZO = 'zoom-out';
const ST = 'static';
const CF = 'crossfade';
const FB = 'fade-black';
const FW = 'fade-white';
const WHITE = /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i;
const YELLOW = /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i;
const RED = /^#[c-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]$/i;
const LOFI = 'lo-fi.mp3';
const WIPE = /^wipe-/;

export const blind22: CorpusCase[] = [
  // ——— length ———
  {
    m: 'Length stuff first — every photo 2 seconds, keep the crossfades as they are (0.8), and the last photo should stay a bit longer, say 4 seconds.',
    f: 'length',
    on: 'five',
    // 2 + 2 + 2 + 2 + 4 = 12, minus 4 × 0.8 = 8.8 s
    v: {
      photos: ms(2000, 2000, 2000, 2000, 4000),
      transitions: each(4, { kind: CF, durationMs: 800 }),
      durationMs: 8800,
    },
  },
  {
    m: "make the whole video 12 seconds; no more than that — and don't touch anything else (aspect, colours, etc.)",
    f: 'length',
    on: 'three',
    v: { durationMs: 12000, aspect: '16:9', look: 'none' },
  },
  {
    m: '不要超过10秒，每张时长平均分配，转场保持不变',
    f: 'length',
    on: 'five',
    v: { durationMs: 10000, transitions: each(4, { kind: CF, durationMs: 800 }) },
  },
  {
    m: "at least 4 seconds per photo; also the first one (the beach) can be 5 — it's the opener",
    f: 'length',
    on: 'three',
    v: {
      photos: [{ source: B, durationMs: 5000 }, { durationMs: 4000 }, { durationMs: 4000 }],
      durationMs: 13000,
    },
  },
  {
    m: '1. 总长20秒 2. 转场改成1秒 3. 其他不变',
    f: 'length',
    on: 'five',
    v: { durationMs: 20000, transitions: each(4, { kind: CF, durationMs: 1000 }) },
  },
  {
    m: 'the coffee one needs more time — 5 seconds — and the dog one at the end can be 4; the rest stay at 3 seconds',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 5000, 3000, 4000), durationMs: 18000 },
  },
  {
    m: '第一张2秒、第二张3秒、第三张4秒，然后总时长就是9秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(2000, 3000, 4000), durationMs: 9000 },
  },
  {
    m: 'a little faster overall — maybe 2.5 s a photo — and the crossfades shorter too, like 0.5',
    f: 'length',
    on: 'five',
    // 5 × 2.5 − 4 × 0.5 = 10.5 s
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: CF, durationMs: 500 }),
      durationMs: 10500,
    },
  },
  {
    m: 'slow it down: each picture 4 seconds; the title should stay as it is; keep the music',
    f: 'length',
    on: 'rich',
    // 3 × 4 − 2 × 0.8 = 10.4 s
    v: {
      photos: each(3, { durationMs: 4000 }),
      durationMs: 10400,
      texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }],
      audio: [{ source: LOFI }],
    },
  },
  {
    m: "I need this at exactly 15 seconds (it's for a 15s ad slot), so stretch the photos evenly, no transitions please",
    f: 'length',
    on: 'three',
    v: { durationMs: 15000, photos: each(3, { durationMs: 5000 }), transitions: kinds('cut', 'cut') },
  },
  {
    m: '视频太长了——最多8秒，剪到8秒吧；转场别动',
    f: 'length',
    on: 'five',
    v: { durationMs: 8000, transitions: each(4, { kind: CF, durationMs: 800 }) },
  },
  {
    m: '每张照片至少3秒，然后片尾那张多停2秒',
    f: 'length',
    on: 'five',
    // 3 + 3 + 3 + 3 + 5 = 17 − 3.2 = 13.8 s
    v: { photos: ms(3000, 3000, 3000, 3000, 5000), durationMs: 13800 },
  },
  {
    m: 'make it faster (it drags), but the last photo should still be 3 seconds',
    f: 'length',
    on: 'three',
    // faster: 3 × 3/4 = 2.25 s
    v: { photos: ms(2250, 2250, 3000), durationMs: 7500 },
  },
  {
    m: 'half a minute total; also the transitions — make them 1.5 seconds, slow and soft',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000, transitions: each(4, { kind: CF, durationMs: 1500 }) },
  },
  {
    m: '一、总时长控制在15秒；二、平均分给每张；三、转场0.5秒',
    f: 'length',
    on: 'five',
    // (15 + 4 × 0.5) / 5 = 3.4 s a photo
    v: {
      durationMs: 15000,
      photos: each(5, { durationMs: 3400 }),
      transitions: each(4, { durationMs: 500 }),
    },
  },
  {
    m: 'double the length of the whole thing, then take 2 seconds off the last photo',
    f: 'length',
    on: 'three',
    v: { photos: ms(6000, 6000, 4000), durationMs: 16000 },
  },
  {
    m: '整体慢一点，然后第二张再加一秒',
    f: 'length',
    on: 'three',
    // slower: 3 × 4/3 = 4 s; photo 2 + 1 = 5 s
    v: { photos: ms(4000, 5000, 4000), durationMs: 13000 },
  },
  {
    m: 'shave half a second off each photo and also start with the forest one — no wait, leave the order alone, just the half second',
    f: 'length',
    on: 'five',
    // 5 × 2.5 − 3.2 = 9.3 s
    v: {
      photos: [
        { source: B, durationMs: 2500 },
        { source: C, durationMs: 2500 },
        { source: F, durationMs: 2500 },
        { source: S, durationMs: 2500 },
        { source: N, durationMs: 2500 },
      ],
      durationMs: 9300,
    },
  },
  {
    m: '每张照片改成2秒，总时长也就10秒左右，然后转场从0.8改成0.5，其他都别动',
    f: 'length',
    on: 'five',
    // corrected after scoring: the message itself says the total is about 10 s, which 2 s photos with
    // 0.5 s crossfades are not (8 s), so only the transitions are checked
    v: { transitions: each(4, { kind: CF, durationMs: 500 }) },
  },

  // ——— transition ———
  {
    m: 'transitions: crossfades, about 0.6 s each; actually make them fades to black instead, same length',
    f: 'transition',
    on: 'three',
    // corrected after scoring: "same length" can be the video's length too, so the total is not checked
    v: { transitions: each(2, { kind: FB, durationMs: 600 }) },
  },
  {
    m: '转场全部换成闪白，0.3秒，然后最后一个转场改成黑场',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: FW, durationMs: 300 },
        { kind: FW, durationMs: 300 },
        { kind: FW, durationMs: 300 },
        { kind: FB },
      ],
    },
  },
  {
    m: 'no transitions at all — hard cuts between every photo; and keep it at 9 s',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('cut', 'cut'), durationMs: 9000 },
  },
  {
    m: 'wipes, left to right, 0.5s each; then the very last one should just be a cut',
    f: 'transition',
    on: 'five',
    // 15 − 3 × 0.5 = 13.5 s
    v: {
      transitions: [
        { kind: 'wipe-right', durationMs: 500 },
        { kind: 'wipe-right', durationMs: 500 },
        { kind: 'wipe-right', durationMs: 500 },
        { kind: 'cut' },
      ],
      durationMs: 13500,
    },
  },
  {
    m: '1. 叠化转场 2. 每个转场1秒 3. 总时长不要变',
    f: 'transition',
    on: 'things',
    v: { transitions: each(4, { kind: CF, durationMs: 1000 }), durationMs: 15000 },
  },
  {
    m: 'alternate crossfades and fades to black between the photos, 0.4 s each (the current ones feel too long and too samey)',
    f: 'transition',
    on: 'five',
    // 15 − 4 × 0.4 = 13.4 s
    v: {
      transitions: [
        { kind: CF, durationMs: 400 },
        { kind: FB, durationMs: 400 },
        { kind: CF, durationMs: 400 },
        { kind: FB, durationMs: 400 },
      ],
      durationMs: 13400,
    },
  },
  {
    m: 'between photo 1 and 2 a crossfade (1 s), and between 2 and 3 a fade through white (0.5 s)',
    f: 'transition',
    on: 'three',
    // 9 − 1 − 0.5 = 7.5 s
    v: {
      transitions: [
        { kind: CF, durationMs: 1000 },
        { kind: FW, durationMs: 500 },
      ],
      durationMs: 7500,
    },
  },
  {
    m: '转场太长了，缩短到0.3；另外第二个转场换成擦除',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: CF, durationMs: 300 },
        { kind: WIPE },
        { kind: CF, durationMs: 300 },
        { kind: CF, durationMs: 300 },
      ],
    },
  },
  {
    m: 'swap the crossfades for whip pans (quick ones, 0.3s) — and leave the music and the texts alone',
    f: 'transition',
    on: 'rich',
    // 9 − 2 × 0.3 = 8.4 s
    v: {
      transitions: each(2, { kind: 'whip-pan', durationMs: 300 }),
      durationMs: 8400,
      audio: [{ source: LOFI, volume: 1 }],
      texts: [{ text: 'Road Trip' }, { text: 'Day one' }],
    },
  },
  {
    m: '转场用淡入淡出，每个0.8秒；然后整体保持9秒不变',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 800 }), durationMs: 9000 },
  },
  {
    m: 'random transitions please — no, scratch that, just plain crossfades but slower, 1.2 seconds',
    f: 'transition',
    on: 'five',
    // 15 − 4 × 1.2 = 10.2 s
    v: { transitions: each(4, { kind: CF, durationMs: 1200 }), durationMs: 10200 },
  },
  {
    m: 'fade to black between the photos (0.5 s); also a 2-second fade in from black at the start and a 2-second fade out at the end',
    f: 'transition',
    on: 'three',
    v: {
      transitions: each(2, { kind: FB, durationMs: 500 }),
      durationMs: 8000,
      fade: { inMs: 2000, outMs: 2000 },
    },
  },
  {
    m: '1. 去掉所有转场 2. 直接切 3. 每张2秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), photos: each(5, { durationMs: 2000 }), durationMs: 10000 },
  },
  {
    m: 'every transition a crossfade except the last one — that one a fade to black, 1.5 s',
    f: 'transition',
    on: 'five',
    v: { transitions: [{ kind: CF }, { kind: CF }, { kind: CF }, { kind: FB, durationMs: 1500 }] },
  },
  {
    m: 'slides going up between the photos, 0.5 s; hmm actually make it push up, same timing',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'push-up', durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: '转场：第1、2张之间用黑场，其余用叠化，全部0.6秒',
    f: 'transition',
    on: 'things',
    // 15 − 4 × 0.6 = 12.6 s
    v: {
      transitions: [
        { kind: FB, durationMs: 600 },
        { kind: CF, durationMs: 600 },
        { kind: CF, durationMs: 600 },
        { kind: CF, durationMs: 600 },
      ],
      durationMs: 12600,
    },
  },
  {
    m: 'tighten the crossfades to 0.3, and make the whole video exactly 12 seconds',
    f: 'transition',
    on: 'five',
    before: ['black and white'],
    v: { transitions: each(4, { kind: CF, durationMs: 300 }), durationMs: 12000, look: 'black-and-white' },
  },
  {
    m: '加转场：模糊溶解，1秒左右；还有第一张和第二张之间不要转场，直接切',
    f: 'transition',
    on: 'three',
    v: {
      transitions: [{ kind: 'cut' }, { kind: 'blur-dissolve', durationMs: 1000 }],
      durationMs: 8000,
    },
  },

  // ——— motion ———
  {
    m: 'camera moves: zoom in on the first two, pan left on the middle one, zoom out on the last two; nothing fancy',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, 'pan-left', ZO, ZO) },
  },
  {
    m: 'keep all the photos still — no ken burns, no zoom — and hard cuts between them too',
    f: 'motion',
    on: 'five',
    v: { photos: motions(ST, ST, ST, ST, ST), transitions: kinds('cut', 'cut', 'cut', 'cut') },
  },
  {
    m: '1. 第一张放大 2. 第二张从左到右平移 3. 最后一张拉远 4. 其余的不动',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, 'pan-right', ST, ST, ZO) },
  },
  {
    m: 'alternate zoom in and zoom out across the photos, and slow it all down a little',
    f: 'motion',
    on: 'three',
    // slower: 3 × 4/3 = 4 s
    v: {
      photos: [
        { motion: Z, durationMs: 4000 },
        { motion: ZO, durationMs: 4000 },
        { motion: Z, durationMs: 4000 },
      ],
      durationMs: 12000,
    },
  },
  {
    m: 'first zoom in then zoom out — and the dog photo at the end should stay still',
    f: 'motion',
    on: 'things',
    v: { photos: motions(Z, Z, Z, ZO, ST) },
  },
  {
    m: '照片不要动了，太晃了；颜色也调成黑白；音乐先不加',
    f: 'motion',
    on: 'three',
    v: { photos: motions(ST, ST, ST), look: 'black-and-white', audio: [] },
  },
  {
    m: "pan right on every photo, then the last one: zoom out instead (it's the outro)",
    f: 'motion',
    on: 'five',
    v: { photos: motions('pan-right', 'pan-right', 'pan-right', 'pan-right', ZO) },
  },
  {
    m: '开头放大，结尾缩小，中间的都静止',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, ST, ST, ST, ZO) },
  },
  {
    m: 'drift slowly on all three; push in on the last one actually',
    f: 'motion',
    on: 'three',
    v: { photos: motions('drift', 'drift', 'push-in') },
  },
  {
    m: "pan up on the rocket (it's tall), pan left on the others",
    f: 'motion',
    on: 'things',
    v: { photos: motions('pan-left', 'pan-left', 'pan-left', 'pan-up', 'pan-left') },
  },
  {
    m: "no zooming at all please, it's making me dizzy; keep the crossfades but 1 s",
    f: 'motion',
    on: 'five',
    // 15 − 4 × 1 = 11 s
    v: {
      photos: motions(ST, ST, ST, ST, ST),
      transitions: each(4, { kind: CF, durationMs: 1000 }),
      durationMs: 11000,
    },
  },
  {
    m: '所有照片都缓缓拉远，第一张除外（第一张不动），转场不变',
    f: 'motion',
    on: 'five',
    v: { photos: motions(ST, ZO, ZO, ZO, ZO), transitions: each(4, { kind: CF, durationMs: 800 }) },
  },

  // ——— look ———
  {
    m: "warm look please; also brighter — it's a bit dark — hmm no, forget brighter, just warm",
    f: 'look',
    on: 'three',
    v: { look: 'warm' },
  },
  {
    m: '黑白的，然后每张3秒不变，转场改成黑场',
    f: 'look',
    on: 'five',
    v: { look: 'black-and-white', photos: each(5, { durationMs: 3000 }), transitions: kinds(FB, FB, FB, FB) },
  },
  {
    m: 'give it a vintage film look, some grain, and make the photos slightly slower',
    f: 'look',
    on: 'three',
    // slightly slower: 3 × 1.15 = 3.45 s
    v: { look: 'vintage', photos: each(3, { durationMs: 3450 }), durationMs: 10350 },
  },
  {
    m: 'cool tone, not warm — cooler; then 9:16 for stories on tiktok',
    f: 'look',
    on: 'things',
    v: { look: 'cool', aspect: '9:16' },
  },
  {
    m: '颜色太淡了，鲜艳一点；别的都不要动',
    f: 'look',
    on: 'five',
    v: {
      look: 'vivid',
      photos: each(5, { durationMs: 3000 }),
      transitions: each(4, { kind: CF, durationMs: 800 }),
    },
  },
  {
    m: 'black and white for the whole thing (just the colour, keep the pacing as it is); and fade to black at the end, 3 seconds',
    f: 'look',
    on: 'three',
    v: { look: 'black-and-white', photos: each(3, { durationMs: 3000 }), fade: { outMs: 3000 } },
  },
  {
    m: '调暗一点，太亮了；另外字幕什么的都不要',
    f: 'look',
    on: 'three',
    v: { look: 'dark', texts: [] },
  },
  {
    m: 'more colourful, punchier colours, and zoom in on every photo',
    f: 'look',
    on: 'five',
    before: ['make it 9:16'],
    v: { look: 'vivid', photos: motions(Z, Z, Z, Z, Z), aspect: '9:16' },
  },
  {
    m: '日系小清新的感觉，颜色淡一点，转场柔和一点用叠化',
    f: 'look',
    on: 'things',
    v: { look: 'matte', transitions: kinds(CF, CF, CF, CF) },
  },

  // ——— text ———
  {
    m: "title 'Lisbon' at the top in white, and a caption 'Day 1' on the first photo at the bottom",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Lisbon', role: 'title', position: 'top', color: WHITE },
        { text: 'Day 1', role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    m: '加标题「毕业快乐」放在底部，黄色；再在最后一张加字幕「2024届」',
    f: 'text',
    on: 'five',
    v: {
      texts: [
        { text: '毕业快乐', role: 'title', position: 'bottom', color: YELLOW },
        { text: '2024届', role: 'caption' },
      ],
    },
  },
  {
    m: "change the title to 'Road Trip 2024', make it bigger, and move it to the top; the caption can go",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip 2024', role: 'title', position: 'top' }] },
  },
  {
    m: "captions: 'Sand', 'Streets', 'Trees' — one per photo, at the bottom, white",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Sand', role: 'caption', position: 'bottom' },
        { text: 'Streets', role: 'caption', position: 'bottom' },
        { text: 'Trees', role: 'caption', position: 'bottom' },
      ],
    },
  },
  {
    m: '标题改成「公路旅行」，字幕删掉；音乐保留',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '公路旅行', role: 'title' }], audio: [{ source: LOFI }] },
  },
  {
    m: "a title 'Summer' up front (center), then an end card at the end saying 'Thanks for watching'",
    f: 'text',
    on: 'five',
    v: {
      texts: [{ text: 'Summer', role: 'title', position: 'center' }, { text: 'Thanks for watching' }],
    },
  },
  {
    m: "the title is too small — bigger please — and the 'Day one' text should be yellow",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: 'title: "Grandma’s 80th" — for the first 3 seconds, at the top; then a caption on the last photo: "We love you"',
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Grandma’s 80th', role: 'title', position: 'top', startMs: 0, endMs: 3000 },
        { text: 'We love you', role: 'caption', startMs: 6000 },
      ],
    },
  },
  {
    m: '1. 加标题：海边的夏天 2. 标题放顶部 3. 字用白色 4. 标题显示前3秒',
    f: 'text',
    on: 'three',
    v: {
      texts: [{ text: '海边的夏天', role: 'title', position: 'top', color: WHITE, startMs: 0, endMs: 3000 }],
    },
  },
  {
    m: 'get rid of all the text — title and caption — and also fade the music out over 3 s',
    f: 'text',
    on: 'rich',
    v: { texts: [], audio: [{ source: LOFI, fadeOutMs: 3000 }] },
  },
  {
    m: 'caption on photo 2 "the city at dawn", and the same kind of caption on photo 4 "sunset, finally"',
    f: 'text',
    on: 'five',
    v: {
      texts: [
        { text: 'the city at dawn', role: 'caption' },
        { text: 'sunset, finally', role: 'caption' },
      ],
    },
  },
  {
    m: '字幕「Day one」改成「第一天」，放到顶部；标题不动',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', role: 'title', position: 'center' },
        { text: '第一天', role: 'caption', position: 'top' },
      ],
    },
  },
  {
    m: "title 'Tokyo' — actually 'Tokyo 2024' — in the center, white",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Tokyo 2024', role: 'title', position: 'center', color: WHITE }] },
  },
  {
    m: 'add a title "Coffee & Friends" (center), and a lower third on the dog photo that says "Milo"',
    f: 'text',
    on: 'things',
    v: {
      texts: [
        { text: 'Coffee & Friends', role: 'title', position: 'center' },
        { text: 'Milo', role: 'caption', style: 'lower-third' },
      ],
    },
  },
  {
    m: '标题「我们的旅行」放顶部；片尾加一句：谢谢观看',
    f: 'text',
    on: 'five',
    v: {
      texts: [
        { text: '我们的旅行', role: 'title', position: 'top' },
        { text: '谢谢观看', role: 'end-card' },
      ],
    },
  },
  {
    m: 'make the title red and the caption white, and leave both where they are',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: RED, position: 'center' },
        { text: 'Day one', color: WHITE, position: 'bottom' },
      ],
    },
  },
  {
    m: '加个标题「春日野餐」，放在顶部，字用黄色……算了还是白色吧',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '春日野餐', role: 'title', position: 'top', color: WHITE }] },
  },

  // ——— music ———
  {
    m: 'music: something acoustic, quiet-ish (30%), and fade it in over 2 seconds',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire', volume: 0.3, fadeInMs: 2000 }] },
  },
  {
    m: '配一首欢快的音乐，音量50%，音乐结尾淡出3秒',
    f: 'music',
    on: 'five',
    before: ['竖屏'],
    v: { audio: [{ source: 'Sunny Pop', volume: 0.5, fadeOutMs: 3000 }], aspect: '9:16' },
  },
  {
    m: 'the music is too loud — 40% — and push it back so it starts after the title (3 s)',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.4, startMs: 3000 }] },
  },
  {
    m: 'add some calm piano music at 25%, no fade in, fade out 2 s',
    f: 'music',
    on: 'three',
    before: ['add a title "Morning"'],
    v: {
      audio: [{ source: 'Quiet Piano', volume: 0.25, fadeInMs: 0, fadeOutMs: 2000 }],
      texts: [{ text: 'Morning', role: 'title' }],
    },
  },
  {
    m: '这首歌不太合适，换成钢琴曲，音量调到六成',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.6 }] },
  },
  {
    m: 'remove the music and the title, keep the caption',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: 'music — something epic, at 70%; and the whole video fades out to black at the end (2 s)',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Horizon', volume: 0.7 }], fade: { outMs: 2000 } },
  },
  {
    m: '加背景音乐：民谣，音量30%，从第2秒开始',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire', volume: 0.3, startMs: 2000 }] },
  },
  {
    m: 'romantic music please, soft (20%) — and make it fade in over 1 second and out over 4',
    f: 'music',
    on: 'five',
    v: { audio: [{ source: 'First Dance', volume: 0.2, fadeInMs: 1000, fadeOutMs: 4000 }] },
  },
  {
    m: 'turn the music down to 20 and fade it out over 5 seconds; leave everything else',
    f: 'music',
    on: 'rich',
    v: {
      audio: [{ source: LOFI, volume: 0.2, fadeOutMs: 5000 }],
      texts: [{ text: 'Road Trip' }, { text: 'Day one' }],
      durationMs: 7400,
    },
  },
  {
    m: '音乐小声一点，然后晚两秒进，淡入1秒',
    f: 'music',
    on: 'rich',
    before: ['标题放到顶部'],
    v: { audio: [{ source: LOFI, startMs: 2000, fadeInMs: 1000 }] },
  },
  {
    m: 'put on something upbeat and happy — not too loud, 35% — then make each photo 2 seconds so it feels snappier',
    f: 'music',
    on: 'three',
    v: {
      audio: [{ source: 'Sunny Pop', volume: 0.35 }],
      photos: each(3, { durationMs: 2000 }),
      durationMs: 6000,
    },
  },
  {
    m: '1. 加一首电子音乐 2. 音量80% 3. 视频改成竖屏',
    f: 'music',
    on: 'five',
    v: { audio: [{ source: 'Neon Pulse', volume: 0.8 }], aspect: '9:16' },
  },
  {
    m: 'double the volume? no — actually make it half as loud',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.5 }] },
  },
  {
    m: 'mute the music (keep it in there though, I might want it later); also the caption to the top',
    f: 'music',
    on: 'rich',
    v: {
      audio: [{ source: LOFI, volume: 0 }],
      texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }],
    },
  },
  {
    m: '背景音乐换成吉他的那种，音量40%，淡入2秒、淡出3秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Campfire', volume: 0.4, fadeInMs: 2000, fadeOutMs: 3000 }] },
  },

  // ——— style ———
  {
    m: 'make it a wedding video — wedding style — but keep it at 16:9 and no music for now',
    f: 'style',
    on: 'three',
    // 3 × 4 − 2 × 1.2 = 9.6 s
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      aspect: '16:9',
      audio: [],
      durationMs: 9600,
    },
  },
  {
    m: '做成生日风格，然后竖屏，标题「小宝一岁啦」',
    f: 'style',
    on: 'five',
    // 5 × 2.2 − 4 × 0.5 = 9 s
    v: {
      photos: each(5, { durationMs: 2200 }),
      transitions: each(4, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      aspect: '9:16',
      audio: [{ source: 'Confetti' }],
      texts: [{ text: '小宝一岁啦', role: 'title' }],
      durationMs: 9000,
    },
  },
  {
    m: "travel vlog style please — but keep my own song (the lo-fi one) — and make the title 'Lisbon'",
    f: 'style',
    on: 'rich',
    // 3 × 2.5 − 2 × 0.45 = 6.6 s
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      audio: [{ source: LOFI }],
      texts: [{ text: 'Lisbon', role: 'title' }, { text: 'Day one' }],
      durationMs: 6600,
    },
  },
  {
    m: 'memorial style, but in colour (grandpa loved colour), and no title',
    f: 'style',
    on: 'five',
    // 5 × 5 − 4 × 1.5 = 19 s
    v: {
      photos: each(5, { durationMs: 5000 }),
      transitions: each(4, { kind: FB, durationMs: 1500 }),
      look: 'none',
      texts: [],
      durationMs: 19000,
    },
  },
  {
    m: '换成电影感的风格；音乐音量40%',
    f: 'style',
    on: 'three',
    // 3 × 3.5 − 2 × 1 = 8.5 s
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'Horizon', volume: 0.4 }],
      durationMs: 8500,
    },
  },
  {
    m: 'product showcase style for the shop, vertical 9:16, and the transitions 0.3 instead of 0.4',
    f: 'style',
    on: 'things',
    // 5 × 2.5 − 4 × 0.3 = 11.3 s
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 300 }),
      look: 'vivid',
      aspect: '9:16',
      durationMs: 11300,
    },
  },
  {
    m: "social reel style — fast — then make it 4:5 for the feed, and title 'New drop' at the top",
    f: 'style',
    on: 'five',
    // 5 × 1.5 − 4 × 0.3 = 6.3 s
    v: {
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 300 }),
      aspect: '4:5',
      texts: [{ text: 'New drop', role: 'title', position: 'top' }],
      durationMs: 6300,
    },
  },
  {
    m: '温馨的风格，家庭视频那种；然后每张照片4秒',
    f: 'style',
    on: 'five',
    // 5 × 4 − 4 × 0.8 = 16.8 s
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: CF, durationMs: 800 }),
      look: 'warm',
      audio: [{ source: 'Sunday Morning' }],
      durationMs: 16800,
    },
  },
  {
    m: 'family style — no wait, cinematic',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      durationMs: 8500,
    },
  },
  {
    m: 'wedding style, but black and white instead of the matte look, and keep the title',
    f: 'style',
    on: 'rich',
    // 3 × 4 − 2 × 1.2 = 9.6 s
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'black-and-white',
      audio: [{ source: LOFI }],
      texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }],
      durationMs: 9600,
    },
  },
  {
    m: '一、做成纪念风格 二、但是不要黑白，用原来的颜色 三、音乐音量30%',
    f: 'style',
    on: 'three',
    // 3 × 5 − 2 × 1.5 = 12 s
    v: {
      photos: each(3, { durationMs: 5000 }),
      transitions: each(2, { kind: FB, durationMs: 1500 }),
      look: 'none',
      audio: [{ source: 'Remembrance', volume: 0.3 }],
      durationMs: 12000,
    },
  },

  // ——— format ———
  {
    m: '9:16 for reels, 1080p, 30 fps; also fill the frame, no black bars',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920, fps: 30, photos: each(3, { fit: 'cover' }) },
  },
  {
    m: '1. 改成方形 2. 分辨率720p 3. 帧率24',
    f: 'format',
    on: 'five',
    v: { aspect: '1:1', width: 720, height: 720, fps: 24 },
  },
  {
    m: '4:5 for the Instagram feed — no, actually square is fine — and 60 fps',
    f: 'format',
    on: 'three',
    v: { aspect: '1:1', fps: 60 },
  },
  {
    m: '横屏16:9，4K，帧率改成25',
    f: 'format',
    on: 'things',
    v: { aspect: '16:9', width: 3840, height: 2160, fps: 25 },
  },
  {
    m: 'vertical please (TikTok), and a white background behind the photos instead of the blur',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16', photos: each(5, { fit: 'color' }) },
  },
  {
    m: '竖屏，1080x1920，不要黑边，铺满',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920, photos: each(3, { fit: 'cover' }) },
  },
  {
    m: 'make it 4K vertical (2160x3840) and 24 fps; nothing else',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16', width: 2160, height: 3840, fps: 24, look: 'none', durationMs: 11800 },
  },
  {
    m: '适合抖音的竖屏，配点电子舞曲，音量70%',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16', audio: [{ source: 'Neon Pulse', volume: 0.7 }] },
  },
  {
    m: '画面比例改成四比五，分辨率1080p，照片铺满不要留边',
    f: 'format',
    on: 'three',
    v: { aspect: '4:5', width: 1080, height: 1350, photos: each(3, { fit: 'cover' }) },
  },

  // ——— order ———
  {
    m: 'reverse the order, but the beach should still open the video',
    f: 'order',
    on: 'five',
    v: { photos: src(B, N, S, F, C) },
  },
  {
    m: '按拍摄时间排序，然后把party night那张放最后',
    f: 'order',
    on: 'five',
    v: { photos: src(C, F, B, S, N) },
  },
  {
    m: 'swap the first and the last photos, and delete the middle one',
    f: 'order',
    on: 'three',
    before: ['each photo 4 seconds'],
    v: {
      photos: [
        { source: F, durationMs: 4000 },
        { source: B, durationMs: 4000 },
      ],
      durationMs: 8000,
    },
  },
  {
    m: 'dog photo first (obviously), then coffee, then everything else as it was',
    f: 'order',
    on: 'things',
    v: { photos: src(DO, CO, AS, CH, RO) },
  },
  {
    m: '1. 删掉第二张 2. 森林那张放到最前面 3. 其他顺序不变',
    f: 'order',
    on: 'five',
    v: { photos: src(F, B, S, N) },
  },
  {
    m: 'newest first — and drop the party photo entirely',
    f: 'order',
    on: 'five',
    v: { photos: src(S, B, F, C) },
  },
  {
    m: 'move the city one to the end; also the beach photo should be 4 seconds',
    f: 'order',
    on: 'three',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: F, durationMs: 3000 },
        { source: C, durationMs: 3000 },
      ],
      durationMs: 10000,
    },
  },
  {
    m: "remove the astronaut and the rocket — they don't fit — and make the remaining ones 4 seconds each",
    f: 'order',
    on: 'things',
    v: {
      photos: [
        { source: CH, durationMs: 4000 },
        { source: CO, durationMs: 4000 },
        { source: DO, durationMs: 4000 },
      ],
      durationMs: 12000,
    },
  },
  {
    m: '顺序反过来，然后每张改成2秒，不要转场',
    f: 'order',
    on: 'three',
    v: {
      photos: [
        { source: F, durationMs: 2000 },
        { source: C, durationMs: 2000 },
        { source: B, durationMs: 2000 },
      ],
      transitions: kinds('cut', 'cut'),
      durationMs: 6000,
    },
  },
  {
    m: 'order: forest → beach → sunset, the rest after; then swap photo 4 and 5',
    f: 'order',
    on: 'five',
    v: { photos: src(F, B, S, N, C) },
  },
  {
    m: '把咖啡那张放到第二个，狗那张删掉',
    f: 'order',
    on: 'things',
    v: { photos: src(AS, CO, CH, RO) },
  },

  // ——— question ———
  {
    m: 'before I change anything: how long is it right now, how many photos are in there, and is there any music?',
    f: 'question',
    on: 'five',
    same: true,
  },
  {
    m: '现在有哪些转场可以用？还有哪些滤镜？先别改',
    f: 'question',
    on: 'five',
    same: true,
  },
  {
    m: "what's the music at the moment, how loud is it, and does it fade out?",
    f: 'question',
    on: 'rich',
    same: true,
  },
  {
    m: "what transitions do you have? and what looks? I'm just browsing for now",
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: '请问一下：1. 能导出4K吗 2. 支持60帧吗 3. 能导出gif吗',
    f: 'question',
    on: 'three',
    same: true,
  },
  {
    m: 'how do I add captions? and how do I change where they sit on screen?',
    f: 'question',
    on: 'five',
    before: ['make it 9:16'],
    same: true,
  },
  {
    m: '标题现在是什么字？显示几秒？颜色是白的吗？',
    f: 'question',
    on: 'rich',
    same: true,
  },
  {
    m: 'what styles can I pick from? just list them for now, I want to compare before choosing',
    f: 'question',
    on: 'things',
    same: true,
  },
  {
    m: '我想知道视频多长、每张几秒、转场是什么',
    f: 'question',
    on: 'five',
    before: ['每张2秒'],
    same: true,
  },
  {
    m: 'what music moods do you have in the library, and how many tracks are there?',
    f: 'question',
    on: 'five',
    same: true,
  },
  {
    m: 'what does the timeline look like now? list the photos, the texts and the song',
    f: 'question',
    on: 'rich',
    same: true,
  },
  {
    m: '有哪些背景音乐可以选？有没有钢琴的？先告诉我，不要加',
    f: 'question',
    on: 'three',
    same: true,
  },

  // ——— negation ———
  {
    m: "don't change the aspect, just make it 10 seconds; and no music",
    f: 'negation',
    on: 'three',
    v: { aspect: '16:9', durationMs: 10000, audio: [] },
  },
  {
    m: '不要转场，不要动效，也不要音乐——就简单的照片，每张3秒',
    f: 'negation',
    on: 'five',
    v: {
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      photos: [
        { motion: ST, durationMs: 3000 },
        { motion: ST, durationMs: 3000 },
        { motion: ST, durationMs: 3000 },
        { motion: ST, durationMs: 3000 },
        { motion: ST, durationMs: 3000 },
      ],
      audio: [],
      durationMs: 15000,
    },
  },
  {
    m: 'no title, no caption, no music — just the photos with the crossfades',
    f: 'negation',
    on: 'rich',
    before: ['warm look'],
    v: { texts: [], audio: [], transitions: each(2, { kind: CF, durationMs: 800 }) },
  },
  {
    m: "I don't want it vertical, keep it wide; just make the crossfades a bit shorter, like 0.5",
    f: 'negation',
    on: 'five',
    // 15 − 4 × 0.5 = 13 s
    v: { aspect: '16:9', transitions: each(4, { kind: CF, durationMs: 500 }), durationMs: 13000 },
  },
  {
    m: '别换歌，音量小一点就行，40%',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.4 }] },
  },
  {
    m: "no ken burns, no zoom, nothing moving — and don't add transitions either",
    f: 'negation',
    on: 'three',
    v: { photos: motions(ST, ST, ST), transitions: kinds('cut', 'cut') },
  },
  {
    m: '不要黑白了，也不要别的滤镜，就原来的颜色；其他不变',
    f: 'negation',
    on: 'three',
    before: ['black and white'],
    v: { look: 'none' },
  },
  {
    m: "leave the order and the length alone, just make it black and white and add a title 'Summer' at the top",
    f: 'negation',
    on: 'five',
    v: {
      photos: src(B, C, F, S, N),
      durationMs: 11800,
      look: 'black-and-white',
      texts: [{ text: 'Summer', role: 'title', position: 'top' }],
    },
  },
  {
    m: '不要改比例，只把时长改成12秒，转场也别加',
    f: 'negation',
    on: 'three',
    v: { aspect: '16:9', durationMs: 12000, transitions: kinds('cut', 'cut') },
  },
  {
    m: "never mind the caption, and the title isn't needed either; keep the song",
    f: 'negation',
    on: 'rich',
    v: { texts: [], audio: [{ source: LOFI }] },
  },
  {
    m: "don't reverse it — just move the sunset to the start, and no other changes",
    f: 'negation',
    on: 'five',
    v: { photos: src(S, B, C, F, N), durationMs: 11800 },
  },
  {
    m: '音乐别动，标题别动，只把字幕删了',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 1 }], texts: [{ text: 'Road Trip', role: 'title' }] },
  },

  // ——— history ———
  {
    m: 'undo that — the black and white — and then also make each photo 2 seconds',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'black and white'],
    v: { look: 'none', aspect: '9:16', photos: each(3, { durationMs: 2000 }) },
  },
  {
    m: '撤销两步',
    f: 'history',
    on: 'five',
    before: ['每张2秒', '转场改成黑场'],
    v: {
      photos: each(5, { durationMs: 3000 }),
      transitions: each(4, { kind: CF, durationMs: 800 }),
      durationMs: 11800,
    },
  },
  {
    m: 'undo twice, then redo once',
    f: 'history',
    on: 'three',
    before: ['reverse the order', 'add a title "Hello"'],
    v: { photos: src(F, C, B), texts: [] },
  },
  {
    m: 'actually bring the music back, and make it 50%',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: LOFI, volume: 0.5 }] },
  },
  {
    m: 'start over — reset everything, I want to go back to how it was at the very beginning',
    f: 'history',
    on: 'five',
    before: ['9:16', 'make it black and white', '每张2秒'],
    v: { aspect: '16:9', look: 'none', photos: each(5, { durationMs: 3000 }), durationMs: 11800 },
  },
  {
    m: '撤销，然后标题改成「海边的一天」',
    f: 'history',
    on: 'three',
    before: ['加标题：海边', '竖屏'],
    v: { aspect: '16:9', texts: [{ text: '海边的一天', role: 'title' }] },
  },
  {
    m: 'undo, and instead make each photo 4 seconds',
    f: 'history',
    on: 'five',
    before: ['make it 20 seconds'],
    // 5 × 4 − 3.2 = 16.8 s
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },
  {
    m: 'hmm actually keep it — redo that',
    f: 'history',
    on: 'rich',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: '还原到上一个版本，然后音量调到30%',
    f: 'history',
    on: 'rich',
    before: ['make it warmer'],
    v: { look: 'none', audio: [{ source: LOFI, volume: 0.3 }] },
  },
  {
    m: 'undo the last three things please',
    f: 'history',
    on: 'three',
    before: ['square', 'vintage look', 'each photo 5 seconds'],
    v: { aspect: '16:9', look: 'none', photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },

  // ——— multi ———
  {
    m: "9:16 (for reels) — 15s total; warm look, crossfades ~0.5s; title 'Lisbon' at the top in white; music: something acoustic, quiet-ish (30%)",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      durationMs: 15000,
      look: 'warm',
      transitions: each(4, { kind: CF, durationMs: 500 }),
      texts: [{ text: 'Lisbon', role: 'title', position: 'top', color: WHITE }],
      audio: [{ source: 'Campfire', volume: 0.3 }],
    },
  },
  {
    m: '1. 竖屏 2. 每张2秒 3. 转场用淡入淡出 4. 加标题「毕业快乐」放在底部 5. 配一首欢快的音乐',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 2000 }),
      transitions: kinds(CF, CF, CF, CF),
      texts: [{ text: '毕业快乐', role: 'title', position: 'bottom' }],
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: "Here's what I want:\n- vertical\n- 3 seconds a photo, no more\n- fades to black between them (half a second)\n- black and white\n- title 'In Memory' centered",
    f: 'multi',
    on: 'three',
    // 9 − 2 × 0.5 = 8 s
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: FB, durationMs: 500 }),
      durationMs: 8000,
      look: 'black-and-white',
      texts: [{ text: 'In Memory', role: 'title', position: 'center' }],
    },
  },
  {
    m: '一、横屏不变；二、每张4秒；三、转场用叠化，1秒；四、加一首钢琴曲，音量40%',
    f: 'multi',
    on: 'three',
    // 12 − 2 × 1 = 10 s
    v: {
      aspect: '16:9',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1000 }),
      durationMs: 10000,
      audio: [{ source: 'Quiet Piano', volume: 0.4 }],
    },
  },
  {
    m: 'ok so: square (1:1), 2 seconds per photo, cuts only (no transitions), vivid colours, and a caption on the dog photo "Milo, 3 years old"',
    f: 'multi',
    on: 'things',
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 2000 }),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 10000,
      look: 'vivid',
      texts: [{ text: 'Milo, 3 years old', role: 'caption' }],
    },
  },
  {
    m: "Few changes:\n1) title → 'Road Trip 2024'\n2) caption off\n3) music 60%, fade out 3s\n4) warm look\n5) keep the length",
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: 'Road Trip 2024', role: 'title' }],
      audio: [{ source: LOFI, volume: 0.6, fadeOutMs: 3000 }],
      look: 'warm',
      durationMs: 7400,
    },
  },
  {
    m: '1. 方形 2. 总长12秒 3. 转场换成闪白 4. 加个标题「周年快乐」，红色，放顶部 5. 配一首浪漫的歌',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '1:1',
      durationMs: 12000,
      transitions: kinds(FW, FW, FW, FW),
      texts: [{ text: '周年快乐', role: 'title', position: 'top', color: RED }],
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: "Please:\n• 16:9 stays\n• photos 2.5s each\n• crossfades 0.5s\n• zoom in on every photo\n• music: lo-fi, 30%\n• title 'Weekend' top left",
    f: 'multi',
    on: 'three',
    // 7.5 − 2 × 0.5 = 6.5 s
    v: {
      aspect: '16:9',
      photos: [
        { durationMs: 2500, motion: Z },
        { durationMs: 2500, motion: Z },
        { durationMs: 2500, motion: Z },
      ],
      transitions: each(2, { kind: CF, durationMs: 500 }),
      durationMs: 6500,
      audio: [{ source: 'Lo-fi Drift', volume: 0.3 }],
      texts: [{ text: 'Weekend', role: 'title', position: 'top' }],
    },
  },
  {
    m: '竖屏、黑白、每张3秒、不要转场、在最后一张加字幕「再见了，老房子」',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      look: 'black-and-white',
      photos: each(3, { durationMs: 3000 }),
      transitions: kinds('cut', 'cut'),
      texts: [{ text: '再见了，老房子', role: 'caption' }],
    },
  },
  {
    m: "Make it 20 seconds, vertical, warm; transitions: fade through white, 1s; then title 'Bali' bottom, yellow — also the music: Sunny Pop at half volume",
    f: 'multi',
    on: 'five',
    v: {
      durationMs: 20000,
      aspect: '9:16',
      look: 'warm',
      transitions: each(4, { kind: FW, durationMs: 1000 }),
      texts: [{ text: 'Bali', role: 'title', position: 'bottom', color: YELLOW }],
      audio: [{ source: 'Sunny Pop', volume: 0.5 }],
    },
  },
  {
    m: '1. reverse the order 2. every photo 3.5 seconds 3. push-in on all of them 4. cool tone 5. no music',
    f: 'multi',
    on: 'things',
    v: {
      photos: [
        { source: DO, durationMs: 3500, motion: 'push-in' },
        { source: RO, durationMs: 3500, motion: 'push-in' },
        { source: CO, durationMs: 3500, motion: 'push-in' },
        { source: CH, durationMs: 3500, motion: 'push-in' },
        { source: AS, durationMs: 3500, motion: 'push-in' },
      ],
      durationMs: 17500,
      look: 'cool',
      audio: [],
    },
  },
  {
    m: "change the title to 'Summer Roadtrip', move it to the bottom, make it yellow; then delete the caption; music down to 30% — and actually make the title white, not yellow",
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: 'Summer Roadtrip', role: 'title', position: 'bottom', color: WHITE }],
      audio: [{ source: LOFI, volume: 0.3 }],
    },
  },
  {
    m: '帮我改几个地方：1）画面改成4:5 2）每张照片2秒 3）转场用黑场，0.5秒 4）颜色暖一点 5）不要音乐',
    f: 'multi',
    on: 'things',
    // 5 × 2 − 4 × 0.5 = 8 s
    v: {
      aspect: '4:5',
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: FB, durationMs: 500 }),
      durationMs: 8000,
      look: 'warm',
      audio: [],
    },
  },
  {
    m: "what I need for the client: 4:5, no longer than 10 seconds, crossfades 0.4 s, vivid look, title 'Open House' center in white, and an end card 'Call 555-0134' at the end",
    f: 'multi',
    on: 'five',
    v: {
      aspect: '4:5',
      durationMs: 10000,
      transitions: each(4, { kind: CF, durationMs: 400 }),
      look: 'vivid',
      texts: [
        { text: 'Open House', role: 'title', position: 'center', color: WHITE },
        { text: 'Call 555-0134' },
      ],
    },
  },
  {
    m: '一、竖屏；二、不要超过15秒；三、每张照片一样长；四、转场用淡入淡出，0.5秒；五、配乐用吉他的',
    f: 'multi',
    on: 'five',
    // (15 + 4 × 0.5) / 5 = 3.4 s a photo
    v: {
      aspect: '9:16',
      durationMs: 15000,
      photos: each(5, { durationMs: 3400 }),
      transitions: each(4, { kind: CF, durationMs: 500 }),
      audio: [{ source: 'Campfire' }],
    },
  },
  {
    m: 'cooler colours, slower crossfades (1 s each), and a 2-second fade to black at the end of the video — that’s it',
    f: 'multi',
    on: 'three',
    before: ['crossfades between all the photos'],
    // 9 − 2 × 1 = 7 s
    v: {
      look: 'cool',
      transitions: each(2, { kind: CF, durationMs: 1000 }),
      durationMs: 7000,
      fade: { outMs: 2000 },
    },
  },
  {
    m: "Vertical; 2 s per photo; whip pans 0.3 s; vivid; title 'DROP 03' top in white; electronic music 70%",
    f: 'multi',
    on: 'five',
    // 5 × 2 − 4 × 0.3 = 8.8 s
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 300 }),
      durationMs: 8800,
      look: 'vivid',
      texts: [{ text: 'DROP 03', role: 'title', position: 'top', color: WHITE }],
      audio: [{ source: 'Neon Pulse', volume: 0.7 }],
    },
  },
  {
    m: '1. 标题改成「里斯本」，放顶部，白色 2. 字幕删掉 3. 音乐换成钢琴曲，音量30% 4. 整体调成复古色调',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: '里斯本', role: 'title', position: 'top', color: WHITE }],
      audio: [{ source: 'Quiet Piano', volume: 0.3 }],
      look: 'vintage',
    },
  },
  {
    m: 'square; 15 seconds total; zoom in on the first two, zoom out on the rest; black and white; no text',
    f: 'multi',
    on: 'things',
    v: {
      aspect: '1:1',
      durationMs: 15000,
      photos: motions(Z, Z, ZO, ZO, ZO),
      look: 'black-and-white',
      texts: [],
    },
  },
  {
    m: "for the slideshow at the venue: 16:9, 4 seconds a photo, crossfades 1 s, matte colours, title 'Anna & Tom' center, music: something romantic at 50%",
    f: 'multi',
    on: 'three',
    // 12 − 2 × 1 = 10 s
    v: {
      aspect: '16:9',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1000 }),
      durationMs: 10000,
      look: 'matte',
      texts: [{ text: 'Anna & Tom', role: 'title', position: 'center' }],
      audio: [{ source: 'First Dance', volume: 0.5 }],
    },
  },
  {
    m: '帮我弄一下：竖屏；每张2.5秒；转场用擦除，从左往右；加标题「夏日限定」；音乐要欢快点，音量40%',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 2500 }),
      transitions: kinds('wipe-right', 'wipe-right', 'wipe-right', 'wipe-right'),
      texts: [{ text: '夏日限定', role: 'title' }],
      audio: [{ source: 'Sunny Pop', volume: 0.4 }],
    },
  },
  {
    m: 'three things — (a) remove the party night photo, (b) black and white, (c) cut it down to 9 seconds',
    f: 'multi',
    on: 'five',
    v: { photos: src(B, C, F, S), look: 'black-and-white', durationMs: 9000 },
  },
  {
    m: 'photos: 2s, 3s, 4s in that order; transitions: crossfade 0.5; look: warm; music: none',
    f: 'multi',
    on: 'three',
    // 9 − 2 × 0.5 = 8 s
    v: {
      photos: ms(2000, 3000, 4000),
      transitions: each(2, { kind: CF, durationMs: 500 }),
      durationMs: 8000,
      look: 'warm',
      audio: [],
    },
  },
  {
    m: '画面：方形\n时长：每张3秒\n转场：黑场 0.5秒\n滤镜：黑白\n标题：「怀念」',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '1:1',
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: FB, durationMs: 500 }),
      durationMs: 8000,
      look: 'black-and-white',
      texts: [{ text: '怀念', role: 'title' }],
    },
  },
  {
    m: '改成竖屏，然后每张照片3秒，再把转场改成0.5秒的叠化；字幕放到顶部，标题改成「一路向西」；音乐音量调到一半',
    f: 'multi',
    on: 'rich',
    // 9 − 2 × 0.5 = 8 s
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: CF, durationMs: 500 }),
      durationMs: 8000,
      texts: [
        { text: '一路向西', role: 'title' },
        { text: 'Day one', role: 'caption', position: 'top' },
      ],
      audio: [{ source: LOFI, volume: 0.5 }],
    },
  },
  {
    m: 'Next round of notes:\n- the crossfades, make them fades to black\n- all the photos 2.5 s\n- the title higher up, at the top\n- music fades out over 4 s',
    f: 'multi',
    on: 'rich',
    before: ['make it 9:16'],
    v: {
      aspect: '9:16',
      transitions: kinds(FB, FB),
      photos: each(3, { durationMs: 2500 }),
      texts: [{ text: 'Road Trip', role: 'title', position: 'top' }, { text: 'Day one' }],
      audio: [{ source: LOFI, fadeOutMs: 4000 }],
    },
  },
  {
    m: '再改几个：1. 转场改成黑场 2. 每张照片2秒 3. 加一首民谣 4. 标题「周末」放底部',
    f: 'multi',
    on: 'five',
    before: ['竖屏', '暖色调'],
    v: {
      aspect: '9:16',
      look: 'warm',
      transitions: kinds(FB, FB, FB, FB),
      photos: each(5, { durationMs: 2000 }),
      audio: [{ source: 'Campfire' }],
      texts: [{ text: '周末', role: 'title', position: 'bottom' }],
    },
  },

  // ——— create (on 'empty') ———
  {
    m: "Make a video from my photos: 9:16, 2 seconds each, crossfades 0.5 s, warm look, title 'Lisbon' at the top",
    f: 'create',
    on: 'empty',
    // 5 × 2 − 4 × 0.5 = 8 s
    v: {
      photos: [
        { source: B, durationMs: 2000 },
        { source: C, durationMs: 2000 },
        { source: F, durationMs: 2000 },
        { source: S, durationMs: 2000 },
        { source: N, durationMs: 2000 },
      ],
      aspect: '9:16',
      transitions: each(4, { kind: CF, durationMs: 500 }),
      durationMs: 8000,
      look: 'warm',
      texts: [{ text: 'Lisbon', role: 'title', position: 'top' }],
    },
  },
  {
    m: '用我的照片做一个视频：1. 竖屏 2. 总长15秒 3. 转场用淡入淡出 4. 配一首欢快的音乐 5. 加标题「毕业快乐」放在底部',
    f: 'create',
    on: 'empty',
    v: {
      photos: src(B, C, F, S, N),
      aspect: '9:16',
      durationMs: 15000,
      transitions: kinds(CF, CF, CF, CF),
      audio: [{ source: 'Sunny Pop' }],
      texts: [{ text: '毕业快乐', role: 'title', position: 'bottom' }],
    },
  },
  {
    m: 'turn these into a slideshow — square, no transitions (hard cuts), 3 s per photo, black and white, and some calm piano at 30%',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 3000 }),
      aspect: '1:1',
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 15000,
      look: 'black-and-white',
      audio: [{ source: 'Quiet Piano', volume: 0.3 }],
    },
  },
  {
    m: '把这几张照片剪成一个旅行vlog，横屏，标题「海边三日」',
    f: 'create',
    on: 'empty',
    // 5 × 2.5 − 4 × 0.45 = 10.7 s
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      aspect: '16:9',
      durationMs: 10700,
      texts: [{ text: '海边三日', role: 'title' }],
    },
  },
  {
    m: 'make a 20-second video from all my photos; fades to black between each one (1 s); slow zoom in on every photo; no music',
    f: 'create',
    on: 'empty',
    v: {
      durationMs: 20000,
      transitions: each(4, { kind: FB, durationMs: 1000 }),
      photos: motions(Z, Z, Z, Z, Z),
      audio: [],
    },
  },
  {
    m: '生成视频：每张3秒，不要转场，颜色调成黑白，最后加一句「谢谢观看」',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 3000 }),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 15000,
      look: 'black-and-white',
      texts: [{ text: '谢谢观看' }],
    },
  },
  {
    m: "create a wedding video from these — wedding style — but vertical (9:16), and the title 'Anna & Tom'",
    f: 'create',
    on: 'empty',
    // 5 × 4 − 4 × 1.2 = 15.2 s
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      aspect: '9:16',
      durationMs: 15200,
      audio: [{ source: 'First Dance' }],
      texts: [{ text: 'Anna & Tom', role: 'title' }],
    },
  },
  {
    m: 'slideshow pls: 4:5, 12 seconds total, random transitions — no, just crossfades — and vivid colours',
    f: 'create',
    on: 'empty',
    v: { aspect: '4:5', durationMs: 12000, transitions: kinds(CF, CF, CF, CF), look: 'vivid' },
  },
  {
    m: '帮我做一个生日视频：方形、每张2秒、标题「生日快乐」红色',
    f: 'create',
    on: 'empty',
    // 5 × 2 − 4 × 0.5 = 8 s
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: 'zoom-in', durationMs: 500 }),
      durationMs: 8000,
      look: 'vivid',
      texts: [{ text: '生日快乐', role: 'title', color: RED }],
    },
  },
  {
    m: 'make a video from my uploads, then: reverse the order, 2.5 s each, cuts only, cool look',
    f: 'create',
    on: 'empty',
    v: {
      photos: [
        { source: N, durationMs: 2500 },
        { source: S, durationMs: 2500 },
        { source: F, durationMs: 2500 },
        { source: C, durationMs: 2500 },
        { source: B, durationMs: 2500 },
      ],
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 12500,
      look: 'cool',
    },
  },
  {
    m: '做一个不超过10秒的竖屏视频，转场0.5秒，黑白',
    f: 'create',
    on: 'empty',
    v: {
      aspect: '9:16',
      durationMs: 10000,
      transitions: each(4, { kind: CF, durationMs: 500 }),
      look: 'black-and-white',
    },
  },
  {
    m: 'animate my photos — pan left on all of them, 3 s each, a 2-second fade to black at the end, and music: something epic at 60%',
    f: 'create',
    on: 'empty',
    v: {
      photos: [
        { motion: 'pan-left', durationMs: 3000 },
        { motion: 'pan-left', durationMs: 3000 },
        { motion: 'pan-left', durationMs: 3000 },
        { motion: 'pan-left', durationMs: 3000 },
        { motion: 'pan-left', durationMs: 3000 },
      ],
      fade: { outMs: 2000 },
      audio: [{ source: 'Horizon', volume: 0.6 }],
    },
  },
  {
    m: '用这些照片做个视频，要求：一、方形；二、每张照片至少3秒；三、不要转场；四、加个标题「回家」放在中间',
    f: 'create',
    on: 'empty',
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 3000 }),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 15000,
      texts: [{ text: '回家', role: 'title', position: 'center' }],
    },
  },

  // ——— reference (follow-ups) ———
  {
    m: 'and the third one too; also zoom out on the third one',
    f: 'reference',
    on: 'three',
    before: ['make the second photo 5 seconds'],
    v: { photos: [{ durationMs: 3000, motion: Z }, { durationMs: 5000 }, { durationMs: 5000, motion: ZO }] },
  },
  {
    m: '第四张也一样，然后其他的改成2秒',
    f: 'reference',
    on: 'five',
    before: ['第二张放6秒'],
    // 2 + 6 + 2 + 6 + 2 = 18 − 3.2 = 14.8 s
    v: { photos: ms(2000, 6000, 2000, 6000, 2000), durationMs: 14800 },
  },
  {
    m: 'the caption too — and move both of them to the top',
    f: 'reference',
    on: 'rich',
    before: ['make the title yellow'],
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW, position: 'top' },
        { text: 'Day one', color: YELLOW, position: 'top' },
      ],
    },
  },
  {
    m: 'make them 1 second, and the second one should be a fade to black instead',
    f: 'reference',
    on: 'three',
    before: ['crossfades between the photos'],
    v: { transitions: [{ kind: CF, durationMs: 1000 }, { kind: FB }] },
  },
  {
    m: '标题放到顶部，改成黄色；然后再加一个字幕「第一天」在第二张',
    f: 'reference',
    on: 'three',
    before: ['加标题「海边」'],
    v: {
      texts: [
        { text: '海边', role: 'title', position: 'top', color: YELLOW },
        { text: '第一天', role: 'caption' },
      ],
    },
  },
  {
    m: 'same for the first one, and the rest should be still',
    f: 'reference',
    on: 'five',
    before: ['zoom out on the last photo'],
    v: { photos: motions(ZO, ST, ST, ST, ZO) },
  },
  {
    m: 'put it back where it was, and remove the rocket instead',
    f: 'reference',
    on: 'things',
    before: ['move the coffee photo to the end'],
    v: { photos: src(AS, CH, CO, DO) },
  },
  {
    m: 'now 20 seconds, and the transitions crossfades of 1 s — keep the 20 s',
    f: 'reference',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '9:16', durationMs: 20000, transitions: each(2, { kind: CF, durationMs: 1000 }) },
  },
  {
    m: '再小一点，30%吧，然后淡出改成4秒',
    f: 'reference',
    on: 'rich',
    before: ['音乐音量调到50%'],
    v: { audio: [{ source: LOFI, volume: 0.3, fadeOutMs: 4000 }] },
  },
  {
    m: 'no, I meant photo 3 — and zoom out on it while you’re at it',
    f: 'reference',
    on: 'five',
    before: ['make photo 2 5 seconds'],
    // 3 + 3 + 5 + 3 + 3 = 17 − 3.2 = 13.8 s
    v: {
      photos: [
        { durationMs: 3000, motion: Z },
        { durationMs: 3000, motion: Z },
        { durationMs: 5000, motion: ZO },
        { durationMs: 3000, motion: Z },
        { durationMs: 3000, motion: Z },
      ],
      durationMs: 13800,
    },
  },
  {
    m: '不对，是第二张，删第二张；然后剩下的每张4秒',
    f: 'reference',
    on: 'three',
    before: ['把第一张删了'],
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: F, durationMs: 4000 },
      ],
      durationMs: 8000,
    },
  },
  {
    m: 'the next one too, and make both of those fades 1.2 s',
    f: 'reference',
    on: 'five',
    before: ['fade to black between photo 2 and 3'],
    // 15 − 0.8 − 1.2 − 1.2 − 0.8 = 11 s
    v: {
      transitions: [
        { kind: CF, durationMs: 800 },
        { kind: FB, durationMs: 1200 },
        { kind: FB, durationMs: 1200 },
        { kind: CF, durationMs: 800 },
      ],
      durationMs: 11000,
    },
  },
  {
    m: '第二个也是，然后最后一个改成黑场，1秒',
    f: 'reference',
    on: 'five',
    before: ['第一个转场改成擦除'],
    v: { transitions: [{ kind: WIPE }, { kind: WIPE }, { kind: CF }, { kind: FB, durationMs: 1000 }] },
  },
  {
    m: 'make it white and put it at the bottom — actually the top',
    f: 'reference',
    on: 'three',
    before: ['title "Summer"'],
    v: { texts: [{ text: 'Summer', role: 'title', position: 'top', color: WHITE }] },
  },
  {
    m: '它们再久一点，5秒吧；另外这两张都改成拉远',
    f: 'reference',
    on: 'three',
    before: ['前两张每张2秒'],
    v: { photos: [{ durationMs: 5000, motion: ZO }, { durationMs: 5000, motion: ZO }, { durationMs: 3000 }] },
  },
  {
    m: 'same for the others, then make the whole video black and white too',
    f: 'reference',
    on: 'things',
    before: ['pan right on the dog photo'],
    v: {
      photos: motions('pan-right', 'pan-right', 'pan-right', 'pan-right', 'pan-right'),
      look: 'black-and-white',
    },
  },

  // ——— things Joy cannot do: the draft comes back unchanged ———
  {
    m: 'erase the guy in the background of the beach photo, and also smooth my skin a little on the city one',
    f: 'negation',
    on: 'five',
    same: true,
  },
  { m: '把第二张的天空换成蓝天，再把人P瘦一点', f: 'negation', on: 'five', same: true },
  {
    m: "post it straight to my Instagram and TikTok when it's done, and schedule it for 6pm tomorrow",
    f: 'negation',
    on: 'three',
    same: true,
  },
  { m: '帮我发到朋友圈和小红书，再配一段我自己的旁白', f: 'negation', on: 'three', same: true },
  {
    m: 'put the dog and the coffee side by side in one frame, and add a little heart sticker on the dog',
    f: 'negation',
    on: 'things',
    same: true,
  },
  {
    m: 'add a voice-over of me reading a poem, and auto-generate subtitles from what I say',
    f: 'negation',
    on: 'five',
    same: true,
  },
  {
    m: '1. 给照片里的人加个美颜 2. 去掉第三张的水印 3. 加个会动的贴纸',
    f: 'negation',
    on: 'five',
    same: true,
  },
  {
    m: 'make the people in the photos actually talk (lip-sync), and remove the photobomber from the forest photo',
    f: 'negation',
    on: 'three',
    same: true,
  },
  {
    m: 'can you take the vocals out of the song and keep only the instrumental? and cut the music off at 5 seconds',
    f: 'negation',
    on: 'rich',
    same: true,
  },
  { m: '把第一张照片里的路人抠掉，再把背景换成雪山', f: 'negation', on: 'three', same: true },
  { m: 'teal and orange grade please, nothing else', f: 'negation', on: 'five', same: true },
  {
    m: 'parallax on all of them (the 3D thing), and a camera shake on the last one',
    f: 'negation',
    on: 'three',
    same: true,
  },
  { m: '帮我导出成GIF动图，然后直接发到微信群里', f: 'negation', on: 'five', same: true },
  { m: 'remove photo 7 and make it 9:16', f: 'negation', on: 'three', same: true },
  { m: '删掉第五张，然后每张2秒', f: 'negation', on: 'three', same: true },
  {
    m: "change the dog's fur to black, and make the astronaut wave at the camera",
    f: 'negation',
    on: 'things',
    same: true,
  },
];
