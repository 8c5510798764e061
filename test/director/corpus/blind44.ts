import type { CorpusCase } from './types.js';

/**
 * Blind set 44: conversations and messages that carry several requests at once. 48 short sessions of two to
 * six turns (in `before`) end in a message that leans on what came before it: pronouns and ellipsis ("and the
 * last one too", 第三张也这样, 最后那张也是, "now the rest as well", 标题也是, "the title too", "make them zoom out",
 * "make that one 5 seconds", 把它放到顶部, "put it on the third photo instead", 颜色换成红色 after an end card, "swap
 * it for something calmer"), bare values and steps after a topic ("hmm, slower" after crossfades, "make them
 * shorter" after white flashes, "hmm, 4 instead", 再低点，30%, 再多停一秒吧, 剩下的都2秒, 红色 after a title, 音量调到30%
 * after a song, "now make the fades 1 second each" with a total set before), corrections of the turn before ("no,
 * I meant the city", 不是这张，是前一张 after a removal, "hmm no, make that a zoom out instead", "sorry, wrong one —
 * the second transition", "oops, not the caption, I meant the title", 不对，是第三张和第四张 after a swap, "no wait,
 * the third one" after a removal, 不对，是向左, 算了，还是刚才那个, 算了还是原来的吧), "I want the music back" after
 * another edit, undo and redo after two to five edits (undo, "undo the last two", 重做, "undo twice", 撤销, "undo
 * both", "wait, I want that after all", 全部重来，回到最开始的样子, redo after two undos), questions asked in between
 * (the edit after them must still find its photo or text) or last (they must change nothing), and a voice-over
 * asked for after an edit. The other 110 messages are single messages carrying two or three requests joined by
 * "and", "then", "also", commas, dashes, ，, 然后, 再, 顺便 — format with a title, transitions or fps; a length
 * with a motion, a title, a transition kind or an order; transitions with looks, music or removals; per-photo
 * motions with captions or reordering; looks with video fades; two or three changes of one text or of both texts;
 * music level, fades and start together; styles with a format, a length bound, a title, "in colour" or "no
 * music"; order with removals, lengths, a caption or crossfades; negations beside requests ("don't touch the
 * music, just …", 不要改比例，只…, 音乐不要了，字幕也不要); making the video with settings; questions that ask two
 * things; and eight things Joy cannot do (people removed from a photo, a voice-over, a GIF, posting to 抖音,
 * red-eye removal, a video with nothing uploaded, cutting the music off at 5 s, removing a watermark), which with
 * the voice-over session make nine that must leave the draft unchanged. Every request of a multi-request
 * message is checked. 158 messages, 79 of them with Chinese in them, 48 with earlier turns.
 *
 * Left out or unchecked as ambiguous from the docs: the size "bigger" gives a text (sizes are checked only for
 * "twice as big" / 两倍大, ×2), the direction of a wipe or slide (checked as wipe-* / slide-*), the way a pan
 * 从左往右 goes (either pan), whether "pushes in" is push-in or zoom-in, which calmer song replaces lo-fi.mp3
 * ("something calmer", 安静点的歌: checked only as another song, at the same volume for "calmer"), the volume a
 * library song is added at (unless a number is said), the photo lengths after a total set on a draft with
 * transitions (only the total is checked), the strength of camera moves and looks, and what a style does to a
 * title. Questions are checked as unchanged drafts, two also by the length their reply states.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in at strength 0.5, fit blur,
 * no fade, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (volume 1, fade in 0,
 *            fade out 2 s, from 0); title "Road Trip" (0–3 s, center, size 1.4), caption "Day one" on photo 2
 *            (2.2–5.2 s, bottom, size 1), both white.
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - flagged: beach, city, beach-2 (a duplicate), forest (blurry); 3 s each, cuts.
 * - empty:   nothing yet; the uploads are the five photos and no song. A new video (src/model/default-plan.ts)
 *            is the five photos in upload order, 3.1 s each, crossfades 0.8 s (12.3 s), no music.
 * - bare:    nothing yet and nothing uploaded.
 * Photo shapes: city 3000×4000 (the vertical one), party night 2000×2000 (the square one). Photo dates: city
 * 1 July, forest 2 July, beach 3 July, sunset 4 July, party night none (undated photos go after the dated
 * ones when sorted). Styles (photo, transition, look, library music when the song is not the person's
 * own, from pickTrack over the style's moods): birthday 2.2 s zoom-in 0.5 s vivid Confetti; travel vlog 2.5 s
 * whip-pan 0.45 s warm Road Trip; wedding 4 s crossfade 1.2 s matte First Dance; memorial 5 s fade-black 1.5 s
 * black-and-white Remembrance; product 2.5 s slide-left 0.4 s vivid Clean Lines; family 3 s crossfade 0.8 s warm
 * (strength 0.5) Sunday Morning; cinematic 3.5 s blur-dissolve 1 s cool Horizon; social 1.5 s whip-pan 0.3 s
 * vivid Neon Pulse. A style keeps a song the person chose (lo-fi.mp3 on rich). Library tracks by mood word:
 * piano / calm / 钢琴 → Quiet Piano, romantic / 浪漫 → First Dance, upbeat → Sunny Pop, electronic / 电子 →
 * Neon Pulse, folk / guitar → Campfire. Durations: a transition overlaps the photos it joins (total = photos −
 * transitions); a transition put where a cut was takes 0.8 s; one length for every transition where all are
 * cuts makes them crossfades; "faster"/"slower" of photos are × 3/4 / × 4/3, of transitions × 0.6 / × 1.5 to
 * 0.1 s (0.8 s → 0.5 s / 1.2 s); a set total is kept when only transitions change afterwards; a whole-video
 * length scales the photos alike. Aspects keep the short side (9:16 → 1080×1920, 4:5 → 1080×1350, 1:1 →
 * 1080×1080); 4K is 3840×2160, 720p 1280×720. A text's step up from the bottom is the lower third. A caption
 * put on a photo shows while that photo does (photo 2 of three: 3–6 s; photo 3: 6–9 s). Text colours from
 * src/model/palette.ts. "start over" goes back to the first version; "undo twice" / 撤销两步 two versions.
 *
 * Written from the README, docs/director.md, the fixtures, src/model and src/catalog without reading the
 * director's code or corpus. First scored 145/158 (91.8 %). No expectation was corrected after scoring: each
 * failure was checked against docs/director.md and src/model, and none was the writer's error. The thirteen
 * misreadings, left as written:
 * - 再多停一秒吧 after 森林那张改成4秒: the whole video made 11 s (every photo scaled) instead of the forest 5 s.
 * - "sorry, wrong one — the second transition" after the first was made a fade to black: "already the case",
 *   nothing moved to the second transition.
 * - 不对，是第三张和第四张 after 把第二张和第四张换一下: not understood; the swap stayed on photos 2 and 4.
 * - 不对，是向左 after 第二张向右平移: not understood ("是向左"); photo 2 kept panning right.
 * - 算了，还是刚才那个 after wipes and then slides: not understood; the slides stayed.
 * - 算了还是原来的吧 after 改成黑白: not understood; the video stayed black and white.
 * - "wait, I want that after all" right after an undo of black and white: not understood; no redo.
 * - "beach pushes in, city drifts, forest doesn't move": drift on every photo; the push-in and the still
 *   forest not read.
 * - "rotate the astronaut and zoom out on the dog": rotate on every photo (then the dog zoomed out), not on
 *   the astronaut alone.
 * - 第一张放大，第二张缩小，第三张往上平移: photo 3 panned right instead of up.
 * - "city first, then forest, then beach — and crossfades": only the city moved first ("forest", "beach" not
 *   read), so beach stayed second; the crossfades were added.
 * - "the city one is too dark, drop it and make the others 4 seconds": the video set to 4 s in all and a
 *   per-photo look refused; the city photo stayed.
 * - "remove the people walking behind us in the beach photo": the beach photo was removed (retouching inside a
 *   photo should change nothing).
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
const motions = (...names: (string | RegExp)[]) => names.map((motion) => ({ motion }));
const kinds = (...names: (string | RegExp)[]) => names.map((kind) => ({ kind }));
const WHITE = '#ffffff';
const RED = '#e53935';
const YELLOW = '#ffd600';
const GOLD = '#ffc107';
const PINK = '#f06292';
/** Any song but the person's own lo-fi.mp3. */
const NOT_LOFI = /^(?!lo-fi\.mp3$)/;

export const blind44: CorpusCase[] = [
  // ── Conversations: pronouns, ellipsis and "the same again" ──
  {
    m: 'and the last one too',
    f: 'reference',
    before: ['give the second photo 5 seconds'],
    v: { photos: ms(3000, 5000, 5000), durationMs: 13000 },
  },
  {
    m: '第三张也这样',
    f: 'reference',
    before: ['第一张改成向左平移'],
    v: { photos: motions('pan-left', 'zoom-in', 'pan-left') },
  },
  {
    m: '最后那张也是',
    f: 'reference',
    before: ['第一张改成4秒'],
    v: { photos: ms(4000, 3000, 4000), durationMs: 11000 },
  },
  {
    m: 'now the rest as well',
    f: 'reference',
    before: ['zoom out on the first photo', 'what does the timeline look like?'],
    v: { photos: motions('zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: '标题也是',
    f: 'reference',
    on: 'rich',
    before: ['字幕改成红色'],
    v: {
      texts: [
        { text: 'Road Trip', color: RED },
        { text: 'Day one', color: RED },
      ],
    },
  },
  {
    m: '最后一个也改成这样',
    f: 'reference',
    on: 'five',
    before: ['第一个转场换成擦除'],
    v: { transitions: kinds(/^wipe-/, 'crossfade', 'crossfade', /^wipe-/) },
  },
  {
    m: 'make them shorter',
    f: 'reference',
    on: 'five',
    before: ['make the transitions white flashes'],
    v: {
      transitions: [
        { kind: 'fade-white', durationMs: 500 },
        { kind: 'fade-white', durationMs: 500 },
        { kind: 'fade-white', durationMs: 500 },
        { kind: 'fade-white', durationMs: 500 },
      ],
    },
  },
  {
    m: 'and make them zoom out',
    f: 'reference',
    before: ['make photos 1 and 2 four seconds'],
    v: {
      photos: [
        { durationMs: 4000, motion: 'zoom-out' },
        { durationMs: 4000, motion: 'zoom-out' },
        { durationMs: 3000, motion: 'zoom-in' },
      ],
    },
  },
  {
    m: 'make that one 5 seconds',
    f: 'reference',
    before: ['caption the middle photo "lunch"'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: '把它放到顶部',
    f: 'reference',
    before: ['加个标题“毕业啦”', '现在有几张照片？'],
    v: { texts: [{ text: '毕业啦', role: 'title', position: 'top' }] },
  },
  {
    m: 'put it on the third photo instead',
    f: 'reference',
    before: ['add a caption "sunny" on the first photo'],
    v: { texts: [{ text: 'sunny', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: '颜色换成红色',
    f: 'reference',
    on: 'rich',
    before: ['加个片尾：谢谢观看'],
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: WHITE },
        { text: '谢谢观看', role: 'end-card', color: RED },
      ],
    },
  },
  { m: 'the title too', f: 'reference', on: 'rich', before: ['remove the caption'], v: { texts: [] } },
  {
    m: 'swap it for something calmer',
    f: 'music',
    on: 'rich',
    before: ['what song is playing?'],
    v: { audio: [{ source: NOT_LOFI, volume: 1 }] },
  },

  // ── Conversations: bare values and "more" after a topic ──
  {
    m: 'now make the fades 1 second each',
    f: 'transition',
    before: ['add dissolves between the photos', 'make the whole thing 12 seconds'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
      durationMs: 12000,
    },
  },
  {
    m: 'hmm, slower',
    f: 'transition',
    before: ['add crossfades'],
    v: {
      photos: ms(3000, 3000, 3000),
      transitions: [
        { kind: 'crossfade', durationMs: 1200 },
        { kind: 'crossfade', durationMs: 1200 },
      ],
      durationMs: 6600,
    },
  },
  {
    m: 'hmm, 4 instead',
    f: 'length',
    on: 'five',
    before: ['make each photo 2 seconds'],
    v: { photos: ms(4000, 4000, 4000, 4000, 4000) },
  },
  {
    m: '再低点，30%',
    f: 'music',
    on: 'rich',
    before: ['音乐音量调到50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: '再多停一秒吧',
    f: 'length',
    before: ['森林那张改成4秒'],
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000 },
  },
  {
    m: '剩下的都2秒',
    f: 'length',
    before: ['第一张4秒'],
    v: { photos: ms(4000, 2000, 2000), durationMs: 8000 },
  },
  {
    m: '红色',
    f: 'text',
    before: ['加个标题：野餐'],
    v: { texts: [{ text: '野餐', role: 'title', color: RED }] },
  },
  {
    m: '音量调到30%',
    f: 'music',
    before: ['加一首钢琴曲'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },

  // ── Conversations: corrections of the turn before ──
  {
    m: 'no, I meant the city',
    f: 'reference',
    before: ['make photo 1 four seconds'],
    v: { photos: ms(3000, 4000, 3000), durationMs: 10000 },
  },
  {
    m: '不是这张，是前一张',
    f: 'reference',
    on: 'five',
    before: ['删掉第二张'],
    v: { photos: src(C, F, S, N) },
  },
  {
    m: 'hmm no, make that a zoom out instead',
    f: 'motion',
    before: ['pan left on photo 2'],
    v: { photos: motions('zoom-in', 'zoom-out', 'zoom-in') },
  },
  {
    m: 'sorry, wrong one — the second transition',
    f: 'transition',
    before: ['add crossfades', 'make the first transition a fade to black'],
    v: { transitions: kinds('crossfade', 'fade-black') },
  },
  {
    m: 'oops, not the caption, I meant the title',
    f: 'text',
    on: 'rich',
    before: ['move the caption to the top'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: '不对，是第三张和第四张',
    f: 'order',
    on: 'five',
    before: ['把第二张和第四张换一下'],
    v: { photos: src(B, C, S, F, N) },
  },
  {
    m: 'no wait, the third one',
    f: 'order',
    before: ['remove the second photo'],
    v: { photos: src(B, C), durationMs: 6000 },
  },
  {
    m: '不对，是向左',
    f: 'motion',
    before: ['第二张向右平移'],
    v: { photos: motions('zoom-in', 'pan-left', 'zoom-in') },
  },
  {
    m: '算了，还是刚才那个',
    f: 'transition',
    before: ['转场换成擦除', '还是换成滑动吧'],
    v: { transitions: kinds(/^wipe-/, /^wipe-/) },
  },
  { m: '算了还是原来的吧', f: 'look', before: ['改成黑白'], v: { look: 'none' } },
  {
    m: 'actually I want the music back',
    f: 'music',
    on: 'rich',
    before: ['get rid of the song', 'make it black and white'],
    v: { audio: [{ source: 'lo-fi.mp3' }], look: 'black-and-white' },
  },

  // ── Conversations: undo and redo after several edits ──
  {
    m: 'undo',
    f: 'history',
    on: 'rich',
    before: ['make the title bigger', 'move it to the top'],
    route: 'undo',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: 'undo the last two',
    f: 'history',
    before: ['black and white', 'make it vertical', 'add a title "Beach Days"'],
    route: 'undo',
    v: { look: 'black-and-white', width: 1920, height: 1080, texts: [] },
  },
  {
    m: '重做',
    f: 'history',
    before: ['竖屏', '加个标题：海边日记', '撤销'],
    route: 'redo',
    v: { width: 1080, height: 1920, texts: [{ text: '海边日记', role: 'title' }] },
  },
  {
    m: 'undo twice',
    f: 'history',
    before: ['add a title "Summer"', 'make the title bigger', 'make it red'],
    route: 'undo',
    v: { texts: [{ text: 'Summer', color: WHITE, size: 1.4 }] },
  },
  {
    m: '撤销',
    f: 'history',
    before: ['变成黑白的', '加点音乐'],
    route: 'undo',
    v: { look: 'black-and-white', audio: [] },
  },
  {
    m: 'undo both',
    f: 'history',
    before: ['make it 4:5 for instagram', 'add a 1 second fade to black at the end'],
    route: 'undo',
    v: { width: 1920, height: 1080, fade: { outMs: 0 } },
  },
  {
    m: 'wait, I want that after all',
    f: 'history',
    before: ['make it black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: '全部重来，回到最开始的样子',
    f: 'history',
    on: 'five',
    before: ['竖屏', '黑白', '每张2秒'],
    v: {
      width: 1920,
      height: 1080,
      look: 'none',
      photos: ms(3000, 3000, 3000, 3000, 3000),
      durationMs: 11800,
    },
  },
  {
    m: 'redo',
    f: 'history',
    before: ['make it vertical', 'black and white', 'add crossfades', 'undo', 'undo'],
    route: 'redo',
    v: { width: 1080, height: 1920, look: 'black-and-white', transitions: kinds('cut', 'cut') },
  },

  // ── Conversations: questions that change nothing ──
  {
    m: 'how long is it now?',
    f: 'question',
    before: ['make it 15 seconds', 'add crossfades'],
    same: true,
    reply: /15/,
  },
  { m: 'how loud is the music right now', f: 'question', before: ['add some background music'], same: true },
  { m: '现在是什么比例？', f: 'question', before: ['改成方形', '加个暖色调'], same: true },
  {
    m: 'so how long is the whole thing now',
    f: 'question',
    on: 'five',
    before: ['make the last photo 5 seconds'],
    same: true,
    reply: /13[.,]8/,
  },
  { m: 'is the title on the first photo?', f: 'question', before: ['add a title "Hello"'], same: true },
  { m: 'and put a voice-over on it', f: 'negation', before: ['black and white'], same: true },

  // ── Format, with something else in the same breath ──
  {
    m: 'make it vertical, add a title "Lisbon" and use crossfades',
    f: 'multi',
    v: {
      width: 1080,
      height: 1920,
      texts: [{ text: 'Lisbon', role: 'title' }],
      transitions: kinds('crossfade', 'crossfade'),
    },
  },
  {
    m: '改成方形，然后黑白，再把每张照片改成2秒',
    f: 'multi',
    v: { width: 1080, height: 1080, look: 'black-and-white', photos: ms(2000, 2000, 2000), durationMs: 6000 },
  },
  { m: '方形的，帧率60', f: 'format', on: 'five', v: { width: 1080, height: 1080, fps: 60 } },
  {
    m: '4K please, and keep the photos still',
    f: 'format',
    v: { width: 3840, height: 2160, photos: motions('static', 'static', 'static') },
  },
  { m: '横屏改成竖屏，帧率改成24', f: 'format', v: { width: 1080, height: 1920, fps: 24 } },
  {
    m: 'make it 720p and turn the music down to 20%',
    f: 'format',
    on: 'rich',
    v: { width: 1280, height: 720, audio: [{ source: 'lo-fi.mp3', volume: 0.2 }] },
  },
  {
    m: '4:5的比例，去掉黑边',
    f: 'format',
    v: { width: 1080, height: 1350, photos: [{ fit: 'cover' }, { fit: 'cover' }, { fit: 'cover' }] },
  },
  {
    m: '竖屏，画面铺满，再来点颗粒感',
    f: 'multi',
    v: {
      width: 1080,
      height: 1920,
      photos: [{ fit: 'cover' }, { fit: 'cover' }, { fit: 'cover' }],
      look: 'vintage',
    },
  },
  {
    m: '改成方形，转场用甩镜',
    f: 'format',
    v: { width: 1080, height: 1080, transitions: kinds('whip-pan', 'whip-pan') },
  },
  {
    m: 'make it 4:5, add a title "Summer Reel", and use whip pans',
    f: 'multi',
    on: 'five',
    v: {
      width: 1080,
      height: 1350,
      texts: [{ text: 'Summer Reel', role: 'title' }],
      transitions: kinds('whip-pan', 'whip-pan', 'whip-pan', 'whip-pan'),
    },
  },
  {
    m: 'can you make it vertical and add a lo-fi track?',
    f: 'multi',
    v: { width: 1080, height: 1920, audio: [{ source: 'Lo-fi Drift' }] },
  },
  {
    m: '画面太暗了，调亮点，顺便把比例改成9:16',
    f: 'look',
    v: { look: 'bright', width: 1080, height: 1920 },
  },

  // ── Length, with something else ──
  {
    m: 'make it 12 seconds and zoom out on every photo',
    f: 'length',
    v: {
      durationMs: 12000,
      photos: [
        { durationMs: 4000, motion: 'zoom-out' },
        { durationMs: 4000, motion: 'zoom-out' },
        { durationMs: 4000, motion: 'zoom-out' },
      ],
    },
  },
  {
    m: '总长20秒，转场换成黑场',
    f: 'length',
    on: 'five',
    v: { durationMs: 20000, transitions: kinds('fade-black', 'fade-black', 'fade-black', 'fade-black') },
  },
  {
    m: 'photo 1 two seconds, photo 3 five seconds, and pan right on the middle one',
    f: 'length',
    v: {
      photos: [
        { durationMs: 2000, motion: 'zoom-in' },
        { durationMs: 3000, motion: 'pan-right' },
        { durationMs: 5000, motion: 'zoom-in' },
      ],
    },
  },
  {
    m: '第一张放久一点，5秒，最后一张缩小',
    f: 'length',
    v: {
      photos: [
        { durationMs: 5000, motion: 'zoom-in' },
        { durationMs: 3000, motion: 'zoom-in' },
        { durationMs: 3000, motion: 'zoom-out' },
      ],
    },
  },
  {
    m: 'every photo 2.5 seconds, and a 1 second fade to black between each',
    f: 'length',
    v: {
      photos: ms(2500, 2500, 2500),
      transitions: [
        { kind: 'fade-black', durationMs: 1000 },
        { kind: 'fade-black', durationMs: 1000 },
      ],
      durationMs: 5500,
    },
  },
  {
    m: '火箭那张停4秒，狗那张停2秒',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 3000, 4000, 2000), durationMs: 15000 },
  },
  {
    m: 'shorten it to 6 seconds and put the forest first',
    f: 'length',
    v: {
      durationMs: 6000,
      photos: [
        { source: F, durationMs: 2000 },
        { source: B, durationMs: 2000 },
        { source: C, durationMs: 2000 },
      ],
    },
  },
  {
    m: '视频缩短到10秒，顺便加个标题“七月”',
    f: 'length',
    on: 'five',
    v: { durationMs: 10000, texts: [{ text: '七月', role: 'title' }] },
  },
  {
    m: '第二张到第四张每张2秒，其他的不变',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 2000, 2000, 2000, 3000) },
  },
  {
    m: '整体节奏快一点，然后加个标题“出发”',
    f: 'length',
    v: { photos: ms(2250, 2250, 2250), durationMs: 6750, texts: [{ text: '出发', role: 'title' }] },
  },
  {
    m: 'make photos 2 and 4 five seconds each and drop the last one',
    f: 'length',
    on: 'five',
    v: {
      photos: [
        { source: B, durationMs: 3000 },
        { source: C, durationMs: 5000 },
        { source: F, durationMs: 3000 },
        { source: S, durationMs: 5000 },
      ],
    },
  },
  {
    m: 'keep the length as it is, but add 1 second crossfades',
    f: 'negation',
    v: {
      durationMs: 9000,
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
    },
  },
  {
    m: '最后两张删掉，剩下的每张4秒',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: C, durationMs: 4000 },
        { source: F, durationMs: 4000 },
      ],
    },
  },
  {
    m: '倒序，然后第一张停4秒',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: N, durationMs: 4000 },
        { source: S, durationMs: 3000 },
        { source: F, durationMs: 3000 },
        { source: C, durationMs: 3000 },
        { source: B, durationMs: 3000 },
      ],
    },
  },

  // ── Transitions, with something else ──
  {
    m: 'slide transitions, half a second each, and make the video black and white',
    f: 'transition',
    v: {
      transitions: [
        { kind: /^slide-/, durationMs: 500 },
        { kind: /^slide-/, durationMs: 500 },
      ],
      look: 'black-and-white',
    },
  },
  {
    m: 'no transitions at all, and every photo 2 seconds',
    f: 'transition',
    on: 'five',
    v: {
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      photos: ms(2000, 2000, 2000, 2000, 2000),
      durationMs: 10000,
    },
  },
  {
    m: '第一个转场改成闪白，最后一个转场不要',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('fade-white', 'crossfade', 'crossfade', 'cut') },
  },
  {
    m: 'wipe between beach and city, crossfade between city and forest',
    f: 'transition',
    v: { transitions: kinds(/^wipe-/, 'crossfade') },
  },
  {
    m: '转场用叠化，时长0.5秒，然后音乐加一首欢快的',
    f: 'transition',
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 500 },
        { kind: 'crossfade', durationMs: 500 },
      ],
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: '每张照片2秒，转场用擦除，再加个暖色滤镜',
    f: 'multi',
    v: { photos: ms(2000, 2000, 2000), transitions: kinds(/^wipe-/, /^wipe-/), look: 'warm' },
  },
  {
    m: '去掉所有转场，照片全部静止，比例改成1:1',
    f: 'multi',
    on: 'five',
    v: {
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      photos: motions('static', 'static', 'static', 'static', 'static'),
      width: 1080,
      height: 1080,
    },
  },
  {
    m: '转场时间改成1秒，再把视频改成竖屏',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
      width: 1080,
      height: 1920,
    },
  },
  {
    m: 'remove photos 2 and 3 and make the crossfades 1.5 seconds',
    f: 'transition',
    on: 'five',
    v: {
      photos: src(B, S, N),
      transitions: [
        { kind: 'crossfade', durationMs: 1500 },
        { kind: 'crossfade', durationMs: 1500 },
      ],
      durationMs: 6000,
    },
  },

  // ── Motion, with something else ──
  {
    m: "beach pushes in, city drifts, forest doesn't move",
    f: 'motion',
    v: { photos: motions(/^(zoom-in|push-in)$/, 'drift', 'static') },
  },
  {
    m: '全部照片都不要动，然后转场换成滑动',
    f: 'motion',
    on: 'five',
    v: {
      photos: motions('static', 'static', 'static', 'static', 'static'),
      transitions: kinds(/^slide-/, /^slide-/, /^slide-/, /^slide-/),
    },
  },
  {
    m: '放大缩小交替，转场全部直接切',
    f: 'motion',
    on: 'five',
    v: {
      photos: motions('zoom-in', 'zoom-out', 'zoom-in', 'zoom-out', 'zoom-in'),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 15000,
    },
  },
  {
    m: '第二张从左往右平移，其他的不动',
    f: 'motion',
    v: { photos: motions('static', /^pan-(left|right)$/, 'static') },
  },
  {
    m: 'rotate the astronaut and zoom out on the dog',
    f: 'motion',
    on: 'things',
    v: { photos: motions('rotate', 'zoom-in', 'zoom-in', 'zoom-in', 'zoom-out') },
  },
  {
    m: '第一张放大，第二张缩小，第三张往上平移',
    f: 'motion',
    v: { photos: motions('zoom-in', 'zoom-out', 'pan-up') },
  },
  {
    m: 'zoom out on every photo except the first, and that one pans right',
    f: 'motion',
    on: 'five',
    v: { photos: motions('pan-right', 'zoom-out', 'zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: '最后一张缩小，再给它加个字幕“到家了”',
    f: 'motion',
    v: {
      photos: motions('zoom-in', 'zoom-in', 'zoom-out'),
      texts: [{ text: '到家了', role: 'caption', startMs: 6000, endMs: 9000 }],
    },
  },
  {
    m: '咖啡和火箭换一下位置，再把所有照片改成向左平移',
    f: 'motion',
    on: 'things',
    v: {
      photos: [
        { source: AS, motion: 'pan-left' },
        { source: CH, motion: 'pan-left' },
        { source: RO, motion: 'pan-left' },
        { source: CO, motion: 'pan-left' },
        { source: DO, motion: 'pan-left' },
      ],
    },
  },

  // ── Looks, with something else ──
  {
    m: 'vintage film look and a 2 second fade in from black at the start',
    f: 'look',
    v: { look: 'vintage', fade: { inMs: 2000 } },
  },
  {
    m: 'more colorful, and transitions that fade through white',
    f: 'look',
    v: { look: 'vivid', transitions: kinds('fade-white', 'fade-white') },
  },
  {
    m: '莫兰迪色调，每张照片三秒半',
    f: 'look',
    v: { look: 'matte', photos: ms(3500, 3500, 3500), durationMs: 10500 },
  },
  { m: '开头淡入，结尾淡出到黑，各2秒', f: 'look', v: { fade: { inMs: 2000, outMs: 2000 } } },

  // ── Titles and captions, with something else ──
  {
    m: 'add a title "Granada 2024" at the top and make it gold',
    f: 'text',
    v: { texts: [{ text: 'Granada 2024', role: 'title', position: 'top', color: GOLD }] },
  },
  {
    m: 'change the title to "Weekend Away" and delete the caption',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Weekend Away', role: 'title' }] },
  },
  {
    m: '加标题“周末野餐”，字幕“第二天”放在第二张上',
    f: 'text',
    v: {
      texts: [
        { text: '周末野餐', role: 'title' },
        { text: '第二天', role: 'caption', startMs: 3000, endMs: 6000 },
      ],
    },
  },
  {
    m: 'make the caption twice as big and red',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4, color: WHITE },
        { text: 'Day one', size: 2, color: RED },
      ],
    },
  },
  {
    m: '标题移到底部，字幕删掉',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }] },
  },
  {
    m: 'captions "Sand", "Streets" and "Trees", one on each photo, in yellow',
    f: 'text',
    v: {
      texts: [
        { text: 'Sand', startMs: 0, endMs: 3000, color: YELLOW },
        { text: 'Streets', startMs: 3000, endMs: 6000, color: YELLOW },
        { text: 'Trees', startMs: 6000, endMs: 9000, color: YELLOW },
      ],
    },
  },
  {
    m: 'add an end card saying "Thanks for watching" and fade to black over 2 seconds at the end',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Thanks for watching', role: 'end-card' }], fade: { outMs: 2000 } },
  },
  {
    m: '片尾加一句“下次见”，整体改成冷色调',
    f: 'text',
    v: { texts: [{ text: '下次见', role: 'end-card' }], look: 'cool' },
  },
  {
    m: 'put the title in capitals and nudge the caption up a bit',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'ROAD TRIP', role: 'title' },
        { text: 'Day one', position: 'lower-third' },
      ],
    },
  },
  {
    m: '标题只显示2秒，字幕改成“第一天”',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', startMs: 0, endMs: 2000 },
        { text: '第一天', role: 'caption' },
      ],
    },
  },
  {
    m: '标题改成“海边的三天”，颜色改成黄色，放到顶部',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '海边的三天', role: 'title', color: YELLOW, position: 'top' },
        { text: 'Day one', color: WHITE, position: 'bottom' },
      ],
    },
  },
  {
    m: '字幕改成黄色，标题改成两倍大',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8, color: WHITE },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: 'title at the bottom, caption at the top',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'bottom' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },

  // ── Music, with something else ──
  {
    m: 'add some calm piano music at 40% and fade it out over 3 seconds',
    f: 'music',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.4, fadeOutMs: 3000 }] },
  },
  {
    m: 'music starts at 2 seconds, and fade it in over 1 second',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2000, fadeInMs: 1000 }] },
  },
  {
    m: '背景音乐换成《第一支舞》，音量60%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'First Dance', volume: 0.6 }] },
  },
  {
    m: 'add upbeat music and make each photo 2 seconds',
    f: 'music',
    on: 'five',
    v: { audio: [{ source: 'Sunny Pop' }], photos: ms(2000, 2000, 2000, 2000, 2000) },
  },
  { m: '加一首电子乐，从第3秒开始', f: 'music', v: { audio: [{ source: 'Neon Pulse', startMs: 3000 }] } },
  {
    m: '音量调到百分之五十，音乐淡出改成3秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5, fadeOutMs: 3000 }] },
  },
  {
    m: '加一首吉他的歌，音量40%，然后视频改成12秒',
    f: 'music',
    v: { audio: [{ source: 'Campfire', volume: 0.4 }], durationMs: 12000 },
  },
  {
    m: '删掉音乐，加一个片尾“完”',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }, { text: '完', role: 'end-card' }] },
  },
  {
    m: '音乐晚1秒进来，标题颜色换成粉色',
    f: 'music',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', startMs: 1000 }],
      texts: [
        { text: 'Road Trip', color: PINK },
        { text: 'Day one', color: WHITE },
      ],
    },
  },
  {
    m: '去掉标题和字幕，换一首安静点的歌',
    f: 'music',
    on: 'rich',
    v: { texts: [], audio: [{ source: NOT_LOFI }] },
  },
  {
    m: 'music at 35%, fade out over 5 seconds, and start it at 1 second',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.35, fadeOutMs: 5000, startMs: 1000 }] },
  },

  // ── Styles, with something else ──
  {
    m: 'make it a wedding video but keep it short, 10 seconds',
    f: 'style',
    v: { durationMs: 10000, look: 'matte', transitions: kinds('crossfade', 'crossfade') },
  },
  {
    m: '做成旅行vlog风格，竖屏',
    f: 'style',
    v: {
      width: 1080,
      height: 1920,
      look: 'warm',
      transitions: kinds('whip-pan', 'whip-pan'),
      photos: ms(2500, 2500, 2500),
    },
  },
  {
    m: 'birthday style and add a title "Happy 7th, Leo!"',
    f: 'style',
    on: 'five',
    v: {
      look: 'vivid',
      transitions: kinds('zoom-in', 'zoom-in', 'zoom-in', 'zoom-in'),
      photos: ms(2200, 2200, 2200, 2200, 2200),
      audio: [{ source: 'Confetti' }],
      texts: [{ text: 'Happy 7th, Leo!', role: 'title' }],
    },
  },
  {
    m: 'memorial style, but in colour',
    f: 'style',
    on: 'rich',
    v: {
      look: 'none',
      transitions: kinds('fade-black', 'fade-black'),
      photos: ms(5000, 5000, 5000),
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '电影感风格，不要音乐',
    f: 'style',
    v: {
      look: 'cool',
      transitions: kinds('blur-dissolve', 'blur-dissolve'),
      photos: ms(3500, 3500, 3500),
      audio: [],
    },
  },
  {
    m: 'product showcase, square format',
    f: 'style',
    on: 'five',
    v: {
      look: 'vivid',
      transitions: kinds('slide-left', 'slide-left', 'slide-left', 'slide-left'),
      photos: ms(2500, 2500, 2500, 2500, 2500),
      width: 1080,
      height: 1080,
    },
  },
  {
    m: 'cinematic style, no longer than 12 seconds',
    f: 'style',
    on: 'five',
    v: {
      look: 'cool',
      transitions: kinds('blur-dissolve', 'blur-dissolve', 'blur-dissolve', 'blur-dissolve'),
      durationMs: 12000,
    },
  },

  // ── Order and removal, with something else ──
  {
    m: 'reverse the order and make the last photo 5 seconds',
    f: 'order',
    v: {
      photos: [
        { source: F, durationMs: 3000 },
        { source: C, durationMs: 3000 },
        { source: B, durationMs: 5000 },
      ],
    },
  },
  { m: '第一张和最后一张换一下，然后删掉第三张', f: 'order', on: 'five', v: { photos: src(N, C, S, B) } },
  {
    m: 'sort by date taken, oldest first, then put a caption "Day 1" on the first photo',
    f: 'order',
    on: 'five',
    v: { photos: src(C, F, B, S, N), texts: [{ text: 'Day 1', role: 'caption', startMs: 0, endMs: 3000 }] },
  },
  {
    m: '把重复的和模糊的都删掉，然后每张4秒',
    f: 'order',
    on: 'flagged',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: C, durationMs: 4000 },
      ],
    },
  },
  {
    m: 'city first, then forest, then beach — and crossfades',
    f: 'order',
    v: { photos: src(C, F, B), transitions: kinds('crossfade', 'crossfade') },
  },
  { m: '把火箭那张删了，狗那张放到最前面', f: 'order', on: 'things', v: { photos: src(DO, AS, CH, CO) } },
  {
    m: 'the city one is too dark, drop it and make the others 4 seconds',
    f: 'order',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: F, durationMs: 4000 },
      ],
      look: 'none',
    },
  },
  {
    m: '狗那张放第一个，它停5秒',
    f: 'reference',
    on: 'things',
    v: {
      photos: [
        { source: DO, durationMs: 5000 },
        { source: AS, durationMs: 3000 },
        { source: CH, durationMs: 3000 },
        { source: CO, durationMs: 3000 },
        { source: RO, durationMs: 3000 },
      ],
    },
  },
  {
    m: 'only keep the first three photos and make them still',
    f: 'order',
    on: 'things',
    v: {
      photos: [
        { source: AS, motion: 'static' },
        { source: CH, motion: 'static' },
        { source: CO, motion: 'static' },
      ],
    },
  },
  {
    m: 'zoom out on the last photo and add a caption "home" to it',
    f: 'reference',
    v: {
      photos: motions('zoom-in', 'zoom-in', 'zoom-out'),
      texts: [{ text: 'home', role: 'caption', startMs: 6000, endMs: 9000 }],
    },
  },

  // ── Negations beside a request ──
  {
    m: "don't touch the music, just make it black and white and remove the title",
    f: 'negation',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', volume: 1, fadeOutMs: 2000 }],
      look: 'black-and-white',
      texts: [{ text: 'Day one', role: 'caption' }],
    },
  },
  {
    m: '不要改比例，只把视频改成15秒，然后加个标题“夏”',
    f: 'negation',
    v: { width: 1920, height: 1080, durationMs: 15000, texts: [{ text: '夏', role: 'title' }] },
  },
  {
    m: 'stop the zooming and get rid of the transitions',
    f: 'negation',
    on: 'five',
    v: {
      photos: motions('static', 'static', 'static', 'static', 'static'),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
    },
  },
  {
    m: '音乐不要了，字幕也不要',
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip', role: 'title' }] },
  },

  // ── Making the video, with settings ──
  {
    m: 'make a video from my photos, vertical, with a title "July"',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), width: 1080, height: 1920, texts: [{ text: 'July', role: 'title' }] },
  },
  {
    m: '用这些照片做个视频，黑白的，每张2秒',
    f: 'create',
    on: 'empty',
    v: {
      photos: [
        { source: B, durationMs: 2000 },
        { source: C, durationMs: 2000 },
        { source: F, durationMs: 2000 },
        { source: S, durationMs: 2000 },
        { source: N, durationMs: 2000 },
      ],
      look: 'black-and-white',
    },
  },
  {
    m: 'turn these into a 15 second slideshow with no transitions',
    f: 'create',
    on: 'empty',
    v: {
      photos: ms(3000, 3000, 3000, 3000, 3000),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 15000,
    },
  },
  {
    m: '帮我做个婚礼风格的视频，横屏',
    f: 'create',
    on: 'empty',
    v: {
      photos: ms(4000, 4000, 4000, 4000, 4000),
      width: 1920,
      height: 1080,
      look: 'matte',
      transitions: kinds('crossfade', 'crossfade', 'crossfade', 'crossfade'),
    },
  },
  {
    m: '把照片做成视频，配上钢琴曲，音量30%',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },

  // ── Questions that only ask ──
  { m: 'how loud is the music, and when does the title go away?', f: 'question', on: 'rich', same: true },
  { m: '现在一共多长？有几个转场？', f: 'question', on: 'five', same: true },
  { m: '有哪些滤镜可以选？现在用的是哪个？', f: 'question', same: true },
  { m: '标题是什么颜色？字幕在第几张上？', f: 'question', on: 'rich', same: true },

  // ── Things Joy cannot do ──
  { m: 'remove the people walking behind us in the beach photo', f: 'negation', same: true },
  { m: '给视频加个旁白配音', f: 'negation', same: true },
  { m: 'export it as a GIF', f: 'format', on: 'rich', same: true },
  { m: '帮我直接发到抖音上', f: 'negation', same: true },
  { m: '把第二张的红眼去掉', f: 'negation', on: 'rich', same: true },
  { m: 'make me a video', f: 'create', on: 'bare', same: true },
  { m: 'cut the music off at 5 seconds', f: 'music', on: 'rich', same: true },
  { m: '去掉照片上的水印', f: 'negation', same: true },
];
