import type { DraftName } from '../fixtures.js';
import { type CorpusCase, each, type Family } from './types.js';

/**
 * Blind set 28: whole sessions. A creator opens the studio with the five photos uploaded and nothing made
 * yet (the 'empty' draft), asks for a first video in one message — sometimes bare ("make a video",
 * 帮我做个视频, 做视频), sometimes with wishes (a shape, a length, a style, a title, music, no transitions, an
 * order) — and then iterates two to five more turns while watching the preview: refinements ("a bit
 * faster", "a bit more", 第一张再长一点), references ("hold it for 4 seconds", "and the last one too",
 * 第二张也一样, 标题也一样, "the next one too", "zoom out on it"), corrections (不对，是第四张, "hmm no, make it
 * warm instead", 过了，现在太亮了), undo (undo, 撤销, 撤销两步, "undo twice"), things brought back ("bring the
 * music back", "put it back"), questions asked mid-session (现在有多长？, "what music do you have?") and
 * things Joy cannot do (posting to Instagram or 小红书, removing a person from a photo, handwriting fonts).
 * Four shorter sessions start from the existing fixture drafts (three, five, rich, things). Each turn of a
 * session is one case whose `before` holds the earlier turns of that session (`session()` below), so every
 * turn is checked. Half the sessions are in Chinese, half in English, in ordinary wording.
 *
 * Exact where the docs and src/model make it exact: lengths in ms (a transition overlaps the photos it
 * joins; a length set is kept when only transitions change; "faster"/"slower" and a whole-video "too long"
 * are × 3/4 and × 4/3), style presets (src/catalog/styles.ts), library tracks named by a mood word
 * (src/catalog/music.ts), palette colours (src/model/palette.ts). A new video from the five photos is the
 * default plan (src/model/default-plan.ts): 3.1 s a photo, crossfades of 0.8 s, 12.3 s in all — relied on
 * only in two cases (the 12.3 s kept in "don't change the length, but use fade to white", and 2.64 s a
 * photo after "改成十秒" in the 前两张各三秒 turn).
 *
 * Left unchecked as ambiguous from the docs: the exact photo length of a bare new video elsewhere, the
 * length of transitions a bare kind request gives (wipes, slides, 叠化, crossfades), which way a bare
 * slide/wipe goes, which track a bare "加点音乐" picks and its volume, the track "a calmer song" picks (only
 * that it is another one, at the same volume), text sizes, the time window of a caption on a photo, the
 * transitions' length after photos are shortened, a fit nobody asked for.
 *
 * Written from the README, docs/director.md, the fixtures, src/model and src/catalog without reading the
 * director's code or corpus. 159 messages in 30 sessions, 79 of them with Chinese in them, 129 with
 * earlier turns (`before`); six ask for things Joy cannot do (a sticker, a GIF, posting to Instagram or
 * 小红书, removing a person from a photo, a handwriting font) and must leave the draft unchanged.
 * First scored 156/159 (98.1 %); no expectation was corrected (none of the misses was my own error), so
 * it stays 156/159. The three misses are left as written: "make the wipes half a second" (read as the
 * video's length and refused), then "undo twice" in the same session (the undo was right, but it returns
 * to wipes that turn 2 never made 0.5 s), and 转场全部改成0.5秒 after two transitions were made white fades
 * (every transition became a 0.5 s crossfade instead of keeping its kind).
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no fade, unless said):
 * - empty:   nothing yet; the uploads are the five photos beach, city, forest, sunset, party night (no songs).
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (volume 1, fade out
 *            2 s); title "Road Trip" (center), caption "Day one" on photo 2 (bottom).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none (sorts last).
 * Styles (photo, transition, look, music): birthday 2.2 s zoom-in 0.5 s vivid Confetti; travel vlog 2.5 s
 * whip-pan 0.45 s warm Road Trip; wedding 4 s crossfade 1.2 s matte First Dance; memorial 5 s fade-black
 * 1.5 s black-and-white Remembrance.
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
const ALL = [B, C, F, S, N];
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: (string | RegExp)[]) => names.map((kind) => ({ kind }));
const Z = 'zoom-in';
const ZO = 'zoom-out';
const CF = 'crossfade';
const FB = 'fade-black';
const FW = 'fade-white';
const WIPE = /^wipe-/;
const YELLOW = /^#[d-f][0-9a-f][c-f][0-9a-f][0-7][0-9a-f]$/i;
const RED = '#e53935';
const WHITE = '#ffffff';
const LOFI = 'lo-fi.mp3';

type Turn = [m: string, f: Family, expect: Omit<CorpusCase, 'm' | 'f' | 'on' | 'before'>];

/** One session: every turn is a case whose `before` is the turns said before it. */
function session(on: DraftName, turns: Turn[]): CorpusCase[] {
  return turns.map(([m, f, expect], i) => ({
    m,
    f,
    on,
    ...(i > 0 ? { before: turns.slice(0, i).map((turn) => turn[0]) } : {}),
    ...expect,
  }));
}

export const blind28: CorpusCase[] = [
  // 1 — bare start, then pace by steps: 4 s → 3 s → 2.25 s, undo back to 3 s
  ...session('empty', [
    ['make a video', 'create', { v: { photos: src(...ALL), transitions: each(4, { kind: CF }) } }],
    ['can you make it vertical', 'format', { v: { aspect: '9:16', photos: src(...ALL) } }],
    ['each photo 4 seconds', 'length', { v: { photos: each(5, { durationMs: 4000 }) } }],
    ['hmm a bit faster', 'length', { v: { photos: each(5, { durationMs: 3000 }) } }],
    ['a bit more', 'reference', { v: { photos: each(5, { durationMs: 2250 }) } }],
    ['undo', 'history', { v: { aspect: '9:16', photos: each(5, { durationMs: 3000 }) } }],
  ]),

  // 2 — 帮我做个视频, then transitions and one photo at a time
  ...session('empty', [
    ['帮我做个视频', 'create', { v: { photos: src(...ALL) } }],
    ['转场换成黑场', 'transition', { v: { transitions: kinds(FB, FB, FB, FB) } }],
    [
      '每张三秒',
      'length',
      { v: { photos: each(5, { durationMs: 3000 }), transitions: kinds(FB, FB, FB, FB) } },
    ],
    // 3 s × 4/3 = 4 s
    ['第一张再长一点', 'length', { v: { photos: ms(4000, 3000, 3000, 3000, 3000) } }],
    ['第二张也一样', 'reference', { v: { photos: ms(4000, 4000, 3000, 3000, 3000) } }],
    ['能加个贴纸吗，小猫那种', 'text', { same: true }],
  ]),

  // 3 — a first message with a shape, a length and a title; the length is kept when transitions change
  ...session('empty', [
    [
      "turn these into a 20 second vertical video with a title 'Lisbon 2024'",
      'create',
      {
        v: {
          photos: src(...ALL),
          aspect: '9:16',
          durationMs: 20000,
          texts: [{ text: 'Lisbon 2024', role: 'title' }],
        },
      },
    ],
    ['title in yellow please', 'text', { v: { texts: [{ text: 'Lisbon 2024', color: YELLOW }] } }],
    [
      'move it to the top',
      'reference',
      { v: { texts: [{ text: 'Lisbon 2024', color: YELLOW, position: 'top' }] } },
    ],
    [
      'use slide transitions',
      'transition',
      { v: { transitions: each(4, { kind: /^slide-/ }), durationMs: 20000 } },
    ],
    ['add some chill music', 'music', { v: { audio: [{ source: 'Lo-fi Drift' }], durationMs: 20000 } }],
    ['perfect, thanks!', 'question', { same: true }],
  ]),

  // 4 — 竖屏、每张两秒、欢快的音乐 in one go, then volume, a removal, a move and undo
  ...session('empty', [
    [
      '用这些照片做一个竖屏视频，每张两秒，配欢快的音乐',
      'create',
      { v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }), audio: [{ source: 'Sunny Pop' }] } },
    ],
    ['音乐音量调到百分之四十', 'music', { v: { audio: [{ source: 'Sunny Pop', volume: 0.4 }] } }],
    ['第三张删掉', 'order', { v: { photos: src(B, C, S, N) } }],
    ['把最后一张放到第一个', 'order', { v: { photos: src(N, B, C, S) } }],
    ['撤销', 'history', { v: { photos: src(B, C, S, N) } }],
  ]),

  // 5 — a request as a question with a hedged length, then looks and motion
  ...session('empty', [
    [
      'can you make a slideshow out of my photos? about 15 seconds long',
      'create',
      { v: { photos: src(...ALL), durationMs: 15000 } },
    ],
    ['black and white', 'look', { v: { look: 'black-and-white' } }],
    ['hmm no, make it warm instead', 'look', { v: { look: 'warm' } }],
    ['zoom in on every photo', 'motion', { v: { photos: motions(Z, Z, Z, Z, Z), look: 'warm' } }],
    ['zoom out on the last one', 'motion', { v: { photos: motions(Z, Z, Z, Z, ZO) } }],
    ['can I get it as a gif instead?', 'format', { same: true }],
  ]),

  // 6 — 方形、不要转场, then lengths, a title and its colour
  ...session('empty', [
    [
      '生成一个视频，要方形的，不要转场',
      'create',
      { v: { aspect: '1:1', transitions: kinds('cut', 'cut', 'cut', 'cut') } },
    ],
    ['每张照片2.5秒', 'length', { v: { photos: each(5, { durationMs: 2500 }), durationMs: 12500 } }],
    ['总时长改成十秒', 'length', { v: { photos: each(5, { durationMs: 2000 }), durationMs: 10000 } }],
    ['加个标题：周末野餐', 'text', { v: { texts: [{ text: '周末野餐', role: 'title' }] } }],
    ['标题改成黄色', 'text', { v: { texts: [{ text: '周末野餐', color: YELLOW }] } }],
  ]),

  // 7 — a birthday video, then a title, the music's level, lengths and a photo named by its file
  ...session('empty', [
    [
      'make a birthday video with these',
      'create',
      {
        // 5 × 2.2 − 4 × 0.5 = 9 s
        v: {
          photos: each(5, { durationMs: 2200 }),
          transitions: each(4, { kind: 'zoom-in', durationMs: 500 }),
          look: 'vivid',
          audio: [{ source: 'Confetti' }],
          durationMs: 9000,
        },
      },
    ],
    [
      'add the title "Happy 7th Birthday Mia"',
      'text',
      { v: { texts: [{ text: 'Happy 7th Birthday Mia', role: 'title' }] } },
    ],
    ['music at 50%', 'music', { v: { audio: [{ source: 'Confetti', volume: 0.5 }] } }],
    // 5 × 3 − 4 × 0.5 = 13 s
    [
      'make every photo 3 seconds',
      'length',
      { v: { photos: each(5, { durationMs: 3000 }), durationMs: 13000 } },
    ],
    ['put the party night one first', 'order', { v: { photos: src(N, B, C, F, S), look: 'vivid' } }],
  ]),

  // 8 — 婚礼风格, then shorter crossfades, a caption on the last photo, its place, no music
  ...session('empty', [
    [
      '把这些照片做成婚礼风格的视频',
      'create',
      {
        // 5 × 4 − 4 × 1.2 = 15.2 s
        v: {
          photos: each(5, { durationMs: 4000 }),
          transitions: each(4, { kind: CF, durationMs: 1200 }),
          look: 'matte',
          audio: [{ source: 'First Dance' }],
          durationMs: 15200,
        },
      },
    ],
    // 5 × 4 − 4 × 0.5 = 18 s
    [
      '转场短一点，0.5秒就好',
      'transition',
      { v: { transitions: each(4, { kind: CF, durationMs: 500 }), durationMs: 18000 } },
    ],
    ['最后一张加个字幕：永远爱你', 'text', { v: { texts: [{ text: '永远爱你', role: 'caption' }] } }],
    ['字幕放到顶部', 'text', { v: { texts: [{ text: '永远爱你', position: 'top' }] } }],
    ['不要音乐了', 'music', { v: { audio: [], texts: [{ text: '永远爱你' }] } }],
  ]),

  // 9 — calm piano at the start, then the length, the transitions (length kept), the music's fade, the end
  ...session('empty', [
    [
      'animate my photos with some calm piano music',
      'create',
      { v: { photos: src(...ALL), audio: [{ source: 'Quiet Piano' }] } },
    ],
    ['make it 12 seconds', 'length', { v: { durationMs: 12000 } }],
    [
      'transitions 1 second',
      'transition',
      { v: { transitions: each(4, { kind: CF, durationMs: 1000 }), durationMs: 12000 } },
    ],
    [
      'fade the music out over 4 seconds',
      'music',
      { v: { audio: [{ source: 'Quiet Piano', fadeOutMs: 4000 }], durationMs: 12000 } },
    ],
    [
      'and a 2 second fade to black at the end',
      'transition',
      { v: { fade: { outMs: 2000 }, durationMs: 12000 } },
    ],
  ]),

  // 10 — 做视频, then motion back and forth
  ...session('empty', [
    ['做视频', 'create', { v: { photos: src(...ALL) } }],
    ['改成竖屏', 'format', { v: { aspect: '9:16' } }],
    ['照片不要动', 'motion', { v: { photos: each(5, { motion: 'static' }) } }],
    ['还是动一下吧，都放大', 'motion', { v: { photos: motions(Z, Z, Z, Z, Z) } }],
    ['最后一张缩小', 'motion', { v: { photos: motions(Z, Z, Z, Z, ZO) } }],
    ['第一张也一样', 'reference', { v: { photos: motions(ZO, Z, Z, Z, ZO) } }],
  ]),

  // 11 — square for Instagram, then one photo moved and held, a repeat on the last, posting (cannot)
  ...session('empty', [
    [
      'Make a video from my photos please, square for instagram',
      'create',
      { v: { photos: src(...ALL), aspect: '1:1' } },
    ],
    ['the sunset one should go first', 'order', { v: { photos: src(S, B, C, F, N) } }],
    [
      'hold it for 4 seconds',
      'reference',
      {
        v: {
          photos: [
            { source: S, durationMs: 4000 },
            { source: B },
            { source: C },
            { source: F },
            { source: N },
          ],
        },
      },
    ],
    [
      'and the last one too',
      'reference',
      {
        v: {
          photos: [
            { source: S, durationMs: 4000 },
            { source: B },
            { source: C },
            { source: F },
            { source: N, durationMs: 4000 },
          ],
        },
      },
    ],
    ['post it to my instagram', 'format', { same: true }],
  ]),

  // 12 — 每张三秒、直接切, then a photo length put on the wrong photo and corrected, the others, undo
  ...session('empty', [
    [
      '帮我把这五张照片做成一个视频，每张三秒，直接切',
      'create',
      {
        v: {
          photos: each(5, { durationMs: 3000 }),
          transitions: kinds('cut', 'cut', 'cut', 'cut'),
          durationMs: 15000,
        },
      },
    ],
    ['第二张改成五秒', 'length', { v: { photos: ms(3000, 5000, 3000, 3000, 3000), durationMs: 17000 } }],
    ['不对，是第四张', 'reference', { v: { photos: ms(3000, 3000, 3000, 5000, 3000), durationMs: 17000 } }],
    ['其他的都改成两秒', 'reference', { v: { photos: ms(2000, 2000, 2000, 5000, 2000), durationMs: 13000 } }],
    ['撤销', 'history', { v: { photos: ms(3000, 3000, 3000, 5000, 3000), durationMs: 17000 } }],
  ]),

  // 13 — upbeat music from the start, then its level, a calmer song, where it comes in, off and back
  ...session('empty', [
    [
      'put my pics together into a video with upbeat music',
      'create',
      { v: { photos: src(...ALL), audio: [{ source: 'Sunny Pop' }] } },
    ],
    ['turn the music down to 30%', 'music', { v: { audio: [{ source: 'Sunny Pop', volume: 0.3 }] } }],
    [
      'actually can we get a calmer song',
      'music',
      { v: { audio: [{ source: /^(?!Sunny Pop$)/, volume: 0.3 }], photos: src(...ALL) } },
    ],
    ['have the music come in at 2 seconds', 'music', { v: { audio: [{ startMs: 2000, volume: 0.3 }] } }],
    ['nah, remove the music', 'music', { v: { audio: [] } }],
    ['bring the music back', 'history', { v: { audio: [{ source: /^(?!Sunny Pop$)/, volume: 0.3 }] } }],
  ]),

  // 14 — a title in the first message, then its place, a caption, colours, a font Joy lacks
  ...session('empty', [
    [
      '用照片做个视频，标题叫我们的夏天',
      'create',
      { v: { photos: src(...ALL), texts: [{ text: '我们的夏天', role: 'title' }] } },
    ],
    ['标题放到底部', 'text', { v: { texts: [{ text: '我们的夏天', position: 'bottom' }] } }],
    [
      '第三张加字幕“森林小屋”',
      'text',
      {
        v: {
          texts: [
            { text: '我们的夏天', role: 'title' },
            { text: '森林小屋', role: 'caption' },
          ],
        },
      },
    ],
    [
      '字幕改成红色',
      'text',
      {
        v: {
          texts: [
            { text: '我们的夏天', color: WHITE },
            { text: '森林小屋', color: RED },
          ],
        },
      },
    ],
    [
      '标题也一样',
      'reference',
      {
        v: {
          texts: [
            { text: '我们的夏天', color: RED },
            { text: '森林小屋', color: RED },
          ],
        },
      },
    ],
    ['字体换成手写的那种', 'text', { same: true }],
  ]),

  // 15 — a TikTok, then framing, frame rate, resolution, a question
  ...session('empty', [
    ['make a tiktok from these', 'create', { v: { photos: src(...ALL), aspect: '9:16' } }],
    [
      'there are blurry bars on the sides, fill the whole screen',
      'format',
      { v: { photos: each(5, { fit: 'cover' }) } },
    ],
    ['60fps please', 'format', { v: { fps: 60, aspect: '9:16' } }],
    ['lower the resolution to 720p', 'format', { v: { width: 720, height: 1280 } }],
    ['how long is it now?', 'question', { same: true }],
    [
      "black and white, no transitions, and put the caption 'night out' on the last photo",
      'multi',
      {
        v: {
          look: 'black-and-white',
          transitions: kinds('cut', 'cut', 'cut', 'cut'),
          texts: [{ text: 'night out', role: 'caption' }],
          width: 720,
        },
      },
    ],
  ]),

  // 16 — 按拍摄时间排 in the first message, then the order turned round and back, a removal, a swap
  ...session('empty', [
    ['把照片做成视频，按拍摄时间排', 'create', { v: { photos: src(C, F, B, S, N) } }],
    ['倒过来', 'order', { v: { photos: src(N, S, B, F, C) } }],
    ['算了，还是按时间顺序吧', 'order', { v: { photos: src(C, F, B, S, N) } }],
    ['把派对那张删了', 'order', { v: { photos: src(C, F, B, S) } }],
    ['海边和森林换一下', 'order', { v: { photos: src(C, B, F, S) } }],
    [
      '改成温馨的家庭风格吧',
      'style',
      {
        // 4 × 3 − 3 × 0.8 = 9.6 s
        v: {
          photos: [C, B, F, S].map((source) => ({ source, durationMs: 3000 })),
          transitions: each(3, { kind: CF, durationMs: 800 }),
          look: 'warm',
          audio: [{ source: 'Sunday Morning' }],
          durationMs: 9600,
        },
      },
    ],
  ]),

  // 17 — wipes from the start, then their length, single transitions, undo twice
  ...session('empty', [
    [
      'Create a video from my photos with wipe transitions',
      'create',
      { v: { photos: src(...ALL), transitions: each(4, { kind: WIPE }) } },
    ],
    [
      'make the wipes half a second',
      'transition',
      { v: { transitions: each(4, { kind: WIPE, durationMs: 500 }) } },
    ],
    [
      'make the first transition a crossfade',
      'transition',
      { v: { transitions: kinds(CF, WIPE, WIPE, WIPE) } },
    ],
    ['the next one too', 'reference', { v: { transitions: kinds(CF, CF, WIPE, WIPE) } }],
    ['undo twice', 'history', { v: { transitions: each(4, { kind: WIPE, durationMs: 500 }) } }],
    [
      'actually, give it the cinematic style',
      'style',
      {
        // 5 × 3.5 − 4 × 1 = 13.5 s
        v: {
          photos: each(5, { durationMs: 3500 }),
          transitions: each(4, { kind: 'blur-dissolve', durationMs: 1000 }),
          look: 'cool',
          audio: [{ source: 'Horizon' }],
          durationMs: 13500,
        },
      },
    ],
  ]),

  // 18 — 复古 from the start, then looks on and off, an exposure step taken back
  ...session('empty', [
    ['照片做成视频，要复古的感觉', 'create', { v: { photos: src(...ALL), look: 'vintage' } }],
    ['算了，去掉滤镜', 'look', { v: { look: 'none' } }],
    ['太暗了，调亮一点', 'look', { v: { look: 'bright' } }],
    ['过了，现在太亮了', 'look', { v: { look: 'none' } }],
    ['色调暖一点', 'look', { v: { look: 'warm' } }],
  ]),

  // 19 — bare start, then several wishes in one turn, a title with an apostrophe, more time, a question
  ...session('empty', [
    ["I'd like a video of these photos", 'create', { v: { photos: src(...ALL) } }],
    [
      'make it 9:16, 15 seconds, and black and white',
      'multi',
      { v: { aspect: '9:16', durationMs: 15000, look: 'black-and-white' } },
    ],
    [
      'add a title "Grandma\'s 80th" at the top',
      'text',
      { v: { texts: [{ text: "Grandma's 80th", role: 'title', position: 'top' }], durationMs: 15000 } },
    ],
    ['add 5 seconds', 'length', { v: { durationMs: 20000, look: 'black-and-white' } }],
    ['what music do you have?', 'question', { same: true }],
  ]),

  // 20 — 加点音乐, then piano, where it comes in, the length, undo two steps
  ...session('empty', [
    ['帮我做个视频，加点音乐', 'create', { v: { photos: src(...ALL), audio: [{}] } }],
    ['换成钢琴曲', 'music', { v: { audio: [{ source: 'Quiet Piano' }] } }],
    ['音乐从第二秒开始', 'music', { v: { audio: [{ source: 'Quiet Piano', startMs: 2000 }] } }],
    ['视频改成十五秒', 'length', { v: { durationMs: 15000, audio: [{ startMs: 2000 }] } }],
    ['撤销两步', 'history', { v: { audio: [{ source: 'Quiet Piano', startMs: 0 }] } }],
  ]),

  // 21 — refusals and constraints: no music, no motion, keep the length, nothing vertical, no retouching
  ...session('empty', [
    ["make a video but don't add any music", 'create', { v: { photos: src(...ALL), audio: [] } }],
    ['no zooming, keep them still', 'negation', { v: { photos: each(5, { motion: 'static' }) } }],
    // the default plan's 12.3 s (5 × 3.1 − 4 × 0.8), kept
    [
      "don't change the length, but use fade to white between the photos",
      'negation',
      { v: { transitions: kinds(FW, FW, FW, FW), durationMs: 12300 } },
    ],
    ["don't make it vertical", 'negation', { same: true }],
    ['can you remove the guy in the background of the city photo', 'negation', { same: true }],
  ]),

  // 22 — 旅行vlog、竖屏, then crossfades, longer photos, another kind of music, its level
  ...session('empty', [
    [
      '把这几张剪成旅行vlog，竖屏',
      'create',
      {
        // 5 × 2.5 − 4 × 0.45 = 10.7 s
        v: {
          aspect: '9:16',
          photos: each(5, { durationMs: 2500 }),
          transitions: each(4, { kind: 'whip-pan', durationMs: 450 }),
          look: 'warm',
          audio: [{ source: 'Road Trip' }],
          durationMs: 10700,
        },
      },
    ],
    ['转场换成叠化', 'transition', { v: { transitions: kinds(CF, CF, CF, CF), look: 'warm' } }],
    ['每张再加半秒', 'length', { v: { photos: each(5, { durationMs: 3000 }) } }],
    ['音乐换成电子的', 'music', { v: { audio: [{ source: 'Neon Pulse' }] } }],
    ['音量调到60%', 'music', { v: { audio: [{ source: 'Neon Pulse', volume: 0.6 }] } }],
  ]),

  // 23 — a caption in the first message, then its place, colour, removal, and back
  ...session('empty', [
    [
      "make a slideshow and caption the second photo 'Old Town'",
      'create',
      { v: { photos: src(...ALL), texts: [{ text: 'Old Town', role: 'caption' }] } },
    ],
    ['move the caption to the top', 'text', { v: { texts: [{ text: 'Old Town', position: 'top' }] } }],
    [
      'make it yellow',
      'reference',
      { v: { texts: [{ text: 'Old Town', position: 'top', color: YELLOW }], look: 'none' } },
    ],
    ['actually remove it', 'reference', { v: { texts: [], photos: src(...ALL) } }],
    ['put it back', 'history', { v: { texts: [{ text: 'Old Town', position: 'top', color: YELLOW }] } }],
  ]),

  // 24 — 生成视频, then questions between edits
  ...session('empty', [
    ['生成视频', 'create', { v: { photos: src(...ALL) } }],
    ['现在有多长？', 'question', { same: true }],
    ['太长了，改成十秒', 'length', { v: { durationMs: 10000 } }],
    ['每张多少秒？', 'question', { same: true }],
    // 10 s from 5 × 3.1 s with 0.8 s crossfades: (10 + 3.2) / 5 = 2.64 s a photo; then the first two 3 s
    ['前两张各三秒', 'length', { v: { photos: ms(3000, 3000, 2640, 2640, 2640) } }],
    [
      '改成竖屏，加点放松的音乐，然后黑白',
      'multi',
      {
        v: {
          aspect: '9:16',
          audio: [{ source: 'Lo-fi Drift' }],
          look: 'black-and-white',
          photos: ms(3000, 3000, 2640, 2640, 2640),
        },
      },
    ],
  ]),

  // 25 — a memorial, then in colour, shorter, a title that is also a style's name, the music's level
  ...session('empty', [
    [
      'I want to make a memorial video for my grandpa with these photos',
      'create',
      {
        // 5 × 5 − 4 × 1.5 = 19 s
        v: {
          photos: each(5, { durationMs: 5000 }),
          transitions: each(4, { kind: FB, durationMs: 1500 }),
          look: 'black-and-white',
          audio: [{ source: 'Remembrance' }],
          durationMs: 19000,
        },
      },
    ],
    ['could it be in colour though', 'look', { v: { look: 'none', durationMs: 19000 } }],
    // 19 s × 3/4 = 14.25 s
    ["a little shorter, it's too long", 'length', { v: { durationMs: 14250, look: 'none' } }],
    [
      "add the title 'In loving memory'",
      'text',
      { v: { texts: [{ text: 'In loving memory', role: 'title' }], look: 'none', durationMs: 14250 } },
    ],
    ['music at 40 percent', 'music', { v: { audio: [{ source: 'Remembrance', volume: 0.4 }] } }],
  ]),

  // 26 — 小红书 4:5 with lengths, then one photo's motion, music, the pace, posting (cannot)
  ...session('empty', [
    [
      '帮我用这些照片做个小红书视频，4:5的，每张三秒',
      'create',
      { v: { aspect: '4:5', photos: each(5, { durationMs: 3000 }) } },
    ],
    [
      '第一张放大，其他的不动',
      'motion',
      { v: { photos: motions(Z, 'static', 'static', 'static', 'static') } },
    ],
    ['加个背景音乐，要温馨一点的', 'music', { v: { audio: [{ source: 'Sunday Morning' }] } }],
    // 3 s × 3/4 = 2.25 s
    ['节奏有点拖', 'length', { v: { photos: each(5, { durationMs: 2250 }) } }],
    ['有没有办法把它发到小红书上', 'format', { same: true }],
  ]),

  // 27 — on 'three': crossfades, a length, longer transitions (length kept), undo
  ...session('three', [
    ['add crossfades', 'transition', { v: { transitions: kinds(CF, CF) } }],
    ['make the video 12 seconds', 'length', { v: { durationMs: 12000, transitions: kinds(CF, CF) } }],
    [
      'longer transitions, like 1.5 seconds',
      'transition',
      { v: { transitions: each(2, { kind: CF, durationMs: 1500 }), durationMs: 12000 } },
    ],
    ['undo', 'history', { v: { transitions: kinds(CF, CF), durationMs: 12000 } }],
  ]),

  // 28 — on 'rich': the title's words, the caption off, the music halved, an ending line, export
  ...session('rich', [
    [
      '标题改成“海边三日”',
      'text',
      { v: { texts: [{ text: '海边三日', role: 'title' }, { text: 'Day one' }] } },
    ],
    ['字幕删掉', 'text', { v: { texts: [{ text: '海边三日', role: 'title' }] } }],
    ['音乐太大声了，减半', 'music', { v: { audio: [{ source: LOFI, volume: 0.5 }] } }],
    ['片尾加一句：谢谢观看', 'text', { v: { texts: [{ text: '海边三日' }, { text: '谢谢观看' }] } }],
    ['导出', 'question', { route: 'export', same: true }],
  ]),

  // 29 — on 'things': photos moved by name, removed, held, and "it"
  ...session('things', [
    ['put the rocket first', 'order', { v: { photos: src(RO, AS, CH, CO, DO) } }],
    ['and the dog right after it', 'order', { v: { photos: src(RO, DO, AS, CH, CO) } }],
    ['remove the coffee one', 'order', { v: { photos: src(RO, DO, AS, CH), durationMs: 12000 } }],
    [
      'make the rocket 5 seconds',
      'length',
      { v: { photos: [{ source: RO, durationMs: 5000 }, ...ms(3000, 3000, 3000)], durationMs: 14000 } },
    ],
    ['zoom out on it', 'reference', { v: { photos: motions(ZO, Z, Z, Z) } }],
  ]),

  // 30 — on 'five': single transitions, all their lengths, a fade at the end
  ...session('five', [
    ['第二个转场换成白场', 'transition', { v: { transitions: kinds(CF, FW, CF, CF) } }],
    ['最后一个也一样', 'reference', { v: { transitions: kinds(CF, FW, CF, FW) } }],
    // 5 × 3 − 4 × 0.5 = 13 s
    [
      '转场全部改成0.5秒',
      'transition',
      {
        v: {
          transitions: [
            { kind: CF, durationMs: 500 },
            { kind: FW, durationMs: 500 },
            { kind: CF, durationMs: 500 },
            { kind: FW, durationMs: 500 },
          ],
          durationMs: 13000,
        },
      },
    ],
    ['结尾淡出到黑，两秒', 'transition', { v: { fade: { outMs: 2000 }, durationMs: 13000 } }],
  ]),
];
