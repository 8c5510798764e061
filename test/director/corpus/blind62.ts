import { type CorpusCase, each } from './types.js';

/**
 * Blind set 62: a fresh cross-section of ordinary creators, as a hidden test set drawn from real use would look,
 * from people not imagined in the sets before: a bubble-tea shop owner posting a new drink to 抖音 (芋泥波波上新啦,
 * 改成竖屏发抖音, 颜色鲜艳一点), a rural primary-school teacher making a class video for the parents' group (开学第一天,
 * 孩子们坐不住, 文件小一点方便发家长群, a voice-over she would like to record), a stand-up comedian in lowercase shorthand
 * ("hard cuts only. no fades. comedy is timing", "eh undo that", "nvm redo", a laugh track, a GIF for the group chat), a
 * birdwatcher writing full, careful sentences with a reason beside each request (a heron hiding in the forest photo,
 * "the zooming makes the birds look like they're flying off"), a bride's sister with emoji (Lily & Sam, "that wedding
 * feel", "make it pink 💕"), a used-bookshop owner's polite requests (a tribute to the shop's founder, glare on a glass
 * case, "a bit busy for a bookshop"), a climbing gym in gym slang ("hype reel", "the dyno shot", "the dupe"), a family
 * reunion in Guangzhou written in Cantonese and Traditional characters (啲相每張放耐啲, 最後一張唔好郁, 陳家團圓飯 2024,
 * 放返原來嘅位置), a fitness coach mixing English into Chinese (text 都留着，音乐去掉, 燃脂30天, 往回撤两步), and an
 * architecture student's terse specs (4:5 for a portfolio grid, "North elevation", "muted, low-contrast colours").
 * Each writer keeps their own habits: terse or chatty, typos and no punctuation, emoji, a reason beside the request, two
 * or three requests in one message, follow-ups that point back ("the forest one as well", "do that to the rest too",
 * "other direction now", 字幕也一样, 再多一秒吧, "then the rocket one right behind it"). An even mix of every family
 * (length, transitions, motion, looks, texts, music, styles, format, order, questions, negations, undo/redo and things
 * brought back, several requests at once, a video made in the empty studio, references back), 45 cases with earlier
 * turns in `before`. Nine things Joy cannot do (a glitch transition, camera shake, removing glare inside a photo, a laugh
 * track, a voice-over recorded by the person, a GIF, posting to 抖音, P掉 a passer-by, a video with nothing uploaded)
 * must leave the draft unchanged, as must the ten questions that only ask. 159 messages, 79 of them with Chinese in them.
 *
 * Left out or unchecked as ambiguous from the docs: the size "bigger" gives a text, the direction of a slide or a wipe
 * (checked as slide-* / wipe-*), the volume a library song is added at (unless a number is said), which calmer song
 * replaces a song of the person's (only that it is another one, at the same volume), the length of a whip pan put
 * where a cut was, the photo lengths after a total changed on a draft with crossfades (only the total is checked), what
 * beat sync does to the photo lengths, the look's strength after "dial it back a little" (only that the look stays
 * warm), what pace a "gentle video" or a "reel" gets beside the things said with it, the track "add background music"
 * picks, and the times of an end card. Questions and things Joy cannot do are checked only as unchanged drafts (with the
 * route where the docs name it: help for "what transitions / styles do you have", credits for credits, undo and redo).
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
 * Also used here: the 'people' draft (beach and city with a trusted person mask, forest with no people: parallax
 * goes on the first two only), the 'beats' draft (the three photos with crossfades and drums.wav, 120 BPM), and
 * `songs` (lo-fi.mp3 and Summer Vibes.mp3 among the uploads; a new video takes the first uploaded song).
 *
 * Written from the README, docs/director.md, the fixtures, src/model and src/catalog without reading the
 * director's code or corpus. First scored 145/159 (91.2 %). No expectation was corrected after scoring: each
 * failure was checked against docs/director.md and src/model, and none was the writer's error. The fourteen
 * misreadings, left as written:
 * - 视频总长改成15秒吧，抖音上太长没人看😂 → 15 s, but also the TikTok preset (9:16): where it will be posted was a reason.
 * - "they feel a bit quick — could they last a full second each?" after crossfades → each photo 1 s instead of 1 s crossfades.
 * - 转场拖得有点长 → the crossfades lengthened to 1.2 s instead of shortened (拖得长 read as "make longer").
 * - "please keep the photos still, the zooming makes the birds look like they're flying off" → still, then zoom-in again
 *   ("the zooming" in the reason re-applied), and "no birds look" in the reply: the photos end up zooming.
 * - "other direction now" after "pan left on everything" → not understood; the photos keep panning left.
 * - "muted, low-contrast colours, like a concrete study" → not understood; no matte look.
 * - "nah bring the color back" after black and white → not understood; the look stays black and white.
 * - "the title lingers forever — two seconds would do" → the title 0–1.8 s and the whole video cut to 2 s.
 * - 背景音乐删了吧，健身房里本来就放歌 → the music removed and then Lo-fi Drift added (放歌 in the reason read as a request).
 * - "something else, i hate this one" after "add some upbeat music" → not understood; Sunny Pop stays.
 * - 除了最后一张保持3秒，其他全部2秒 → photos 1–4 set to 2 s and then the whole video to 3 s.
 * - text 都留着，音乐去掉 → every text removed with the music (都留着 "keep them all" read as a removal).
 * - "not on the last one though, just cut there" after "crossfades please" → every transition a cut.
 * - 往回撤两步 after two edits → not understood; nothing undone.
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
const fits = (...names: string[]) => names.map((fit) => ({ fit }));
const WHITE = '#ffffff';
const YELLOW = '#ffd600';
const RED = '#e53935';
const PINK = '#f06292';

export const blind62: CorpusCase[] = [
  // ── Length ──
  {
    m: '视频总长改成15秒吧，抖音上太长没人看😂',
    f: 'length',
    on: 'five',
    v: { durationMs: 15000, width: 1920 },
  },
  {
    m: 'each pic 2 sec. punchline lands faster that way',
    f: 'length',
    v: { photos: ms(2000, 2000, 2000), durationMs: 6000 },
  },
  {
    m: "Could the forest photo stay up a little longer? Say five seconds — there's a heron hiding in it.",
    f: 'length',
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000 },
  },
  {
    m: '第一张停4秒，其他的都2秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(4000, 2000, 2000, 2000, 2000), durationMs: 8800 },
  },
  { m: '视频做成30秒整', f: 'length', on: 'five', v: { durationMs: 30000 } },
  { m: 'the whole thing feels rushed', f: 'length', v: { photos: ms(4000, 4000, 4000), durationMs: 12000 } },
  { m: '最后一张再多放两秒', f: 'length', v: { photos: ms(3000, 3000, 5000) } },
  { m: '啲相每張放耐啲，四秒一張', f: 'length', v: { photos: ms(4000, 4000, 4000), durationMs: 12000 } },
  { m: '视频太长了，孩子们坐不住', f: 'length', v: { durationMs: 6750 } },
  {
    m: 'hmm too long, 45 seconds',
    f: 'length',
    on: 'five',
    before: ['make it a minute long'],
    v: { durationMs: 45000 },
  },

  // ── Transition ──
  {
    m: 'hard cuts only. no fades. comedy is timing',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: '转场换成滑动的',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(/^slide-/, /^slide-/, /^slide-/, /^slide-/) },
  },
  {
    m: 'they feel a bit quick — could they last a full second each?',
    f: 'transition',
    before: ['Add crossfades between the photos'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
      durationMs: 7000,
    },
  },
  {
    m: 'fade through white between photo 2 and 3',
    f: 'transition',
    v: { transitions: [{ kind: 'cut' }, { kind: 'fade-white', durationMs: 800 }], durationMs: 8200 },
  },
  {
    m: '轉場時間改成半秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }), durationMs: 13000 },
  },
  {
    m: '最后那个转场去掉 直接硬切',
    f: 'transition',
    on: 'five',
    v: {
      photos: src(B, C, F, S, N),
      transitions: kinds('crossfade', 'crossfade', 'crossfade', 'cut'),
      durationMs: 12600,
    },
  },
  { m: '照片和照片之间都用黑场过渡', f: 'transition', v: { transitions: kinds('fade-black', 'fade-black') } },
  {
    m: '转场拖得有点长',
    f: 'transition',
    on: 'five',
    v: {
      transitions: each(4, { kind: 'crossfade', durationMs: 500 }),
      photos: ms(3000, 3000, 3000, 3000, 3000),
    },
  },
  { m: 'glitch transitions between every shot', f: 'transition', on: 'five', same: true },
  {
    m: 'fades between the photos, 1 second each',
    f: 'transition',
    before: ['make it 20 seconds'],
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 1000 },
        { kind: 'crossfade', durationMs: 1000 },
      ],
      durationMs: 20000,
    },
  },
  {
    m: '转场别用滑动的，换成叠化',
    f: 'transition',
    on: 'five',
    before: ['做成产品展示风格'],
    v: {
      transitions: kinds('crossfade', 'crossfade', 'crossfade', 'crossfade'),
      photos: ms(2500, 2500, 2500, 2500, 2500),
    },
  },

  // ── Motion ──
  {
    m: "please keep the photos still, the zooming makes the birds look like they're flying off",
    f: 'motion',
    v: { photos: motions('static', 'static', 'static') },
  },
  { m: '每張相都由左向右慢慢移', f: 'motion', v: { photos: motions('pan-right', 'pan-right', 'pan-right') } },
  { m: '最后那张慢慢拉远，收个尾', f: 'motion', v: { photos: motions('zoom-in', 'zoom-in', 'zoom-out') } },
  {
    m: '第一張向左平移，第二張放大，最後一張唔好郁',
    f: 'motion',
    v: { photos: motions('pan-left', 'zoom-in', 'static') },
  },
  {
    m: '所有照片都不要动，静止就好',
    f: 'motion',
    on: 'five',
    v: { photos: motions('static', 'static', 'static', 'static', 'static') },
  },
  {
    m: '前两张放大，后三张拉远',
    f: 'motion',
    on: 'five',
    v: { photos: motions('zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: 'can the people kind of pop out of the background? like 3D',
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', 'zoom-in') },
  },
  {
    m: 'a gentle drift on each picture rather than the zoom',
    f: 'motion',
    v: { photos: motions('drift', 'drift', 'drift') },
  },
  { m: 'add camera shake on the dyno shot so it feels intense', f: 'motion', same: true },
  {
    m: 'other direction now',
    f: 'motion',
    before: ['pan left on everything'],
    v: { photos: motions('pan-right', 'pan-right', 'pan-right') },
  },

  // ── Look ──
  { m: '颜色鲜艳一点，奶茶要看起来好喝', f: 'look', on: 'five', v: { look: 'vivid' } },
  { m: 'The photos look a little too blue. Can you warm them up?', f: 'look', v: { look: 'warm' } },
  { m: 'muted, low-contrast colours, like a concrete study', f: 'look', v: { look: 'matte' } },
  { m: '可唔可以整得懷舊啲，好似舊相咁', f: 'look', v: { look: 'vintage' } },
  { m: 'its overexposed lol, darker', f: 'look', v: { look: 'dark' } },
  { m: '整体调亮一点，教室里拍的太暗了', f: 'look', on: 'five', v: { look: 'bright' } },
  { m: '色调冷一点，显得更硬朗', f: 'look', v: { look: 'cool' } },
  {
    m: "hmm that's a bit much, dial it back a little",
    f: 'look',
    before: ['make it warmer'],
    v: { look: 'warm' },
  },
  { m: 'nah bring the color back', f: 'look', before: ['black and white'], v: { look: 'none' } },
  { m: 'Could you remove the glare on the glass in the second photo?', f: 'look', same: true },

  // ── Text ──
  {
    m: '标题写“芋泥波波上新啦”，放顶部',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '芋泥波波上新啦', role: 'title', position: 'top' }] },
  },
  {
    m: '给第一张加字幕“开学第一天”',
    f: 'text',
    v: { texts: [{ text: '开学第一天', role: 'caption', startMs: 0, endMs: 3000 }] },
  },
  {
    m: 'Please move the little caption up to the top of the screen.',
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
    m: '片尾加一句“多謝大家，明年再聚”',
    f: 'text',
    v: { texts: [{ text: '多謝大家，明年再聚', role: 'end-card' }] },
  },
  {
    m: 'caption on photo 2: "North elevation"',
    f: 'text',
    v: { texts: [{ text: 'North elevation', role: 'caption', startMs: 3000, endMs: 6000 }] },
  },
  { m: '字都不要了，全部删掉', f: 'text', on: 'rich', v: { texts: [], audio: src('lo-fi.mp3') } },
  {
    m: 'the title lingers forever — two seconds would do',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
  },
  {
    m: '字幕换成黄色的 现在白的看不清',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: YELLOW, size: 1 },
      ],
    },
  },
  {
    m: '标题改成“三年级二班的春天”',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: '三年级二班的春天', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'move it to the bottom',
    f: 'text',
    before: ["add a title 'Lily & Sam'"],
    v: { texts: [{ text: 'Lily & Sam', position: 'bottom' }] },
  },
  {
    m: '标题改成黄色',
    f: 'text',
    on: 'five',
    before: ['加标题“今日新品”'],
    v: { texts: [{ text: '今日新品', color: YELLOW }] },
  },

  // ── Music ──
  {
    m: 'some calm piano underneath would be lovely',
    f: 'music',
    v: { audio: src('Quiet Piano'), photos: ms(3000, 3000, 3000) },
  },
  { m: '加个欢快点的背景音乐', f: 'music', v: { audio: src('Sunny Pop') } },
  {
    m: '音樂淡出長啲，5秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 5000 }], durationMs: 7400 },
  },
  {
    m: '音乐推迟两秒进来',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', startMs: 2000 }], durationMs: 7400 },
  },
  { m: '背景音乐删了吧，健身房里本来就放歌', f: 'music', on: 'rich', v: { audio: [] } },
  {
    m: 'Could you change the song to something gentler? This one is a bit busy for a bookshop.',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: /^(?!lo-fi\.mp3$)/, volume: 1 }], look: 'none', photos: ms(3000, 3000, 3000) },
  },
  { m: 'can u add a laugh track sound effect after each joke', f: 'music', on: 'rich', same: true },
  { m: '音乐小声点，调到40%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] } },
  { m: '能不能录一段我自己的声音当旁白', f: 'music', on: 'rich', same: true },
  {
    m: '音量调到30%',
    f: 'music',
    before: ['加一段舒缓的钢琴曲'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  {
    m: 'Could the music start at the 3 second mark?',
    f: 'music',
    before: ['Add calm piano music'],
    v: { audio: [{ startMs: 3000 }] },
  },
  {
    m: 'something else, i hate this one',
    f: 'music',
    before: ['add some upbeat music'],
    v: { audio: [{ source: /^(?!Sunny Pop$)/ }] },
  },

  // ── Style ──
  {
    m: "this is for my sister's wedding, give it that wedding feel",
    f: 'style',
    v: {
      photos: ms(4000, 4000, 4000),
      transitions: [
        { kind: 'crossfade', durationMs: 1200 },
        { kind: 'crossfade', durationMs: 1200 },
      ],
      look: 'matte',
      audio: src('First Dance'),
    },
  },
  {
    m: '做成家庭聚会嘅风格',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(3000, 3000, 3000, 3000, 3000),
      transitions: each(4, { kind: 'crossfade', durationMs: 800 }),
      look: 'warm',
      audio: src('Sunday Morning'),
    },
  },
  {
    m: 'turn it into a hype reel',
    f: 'style',
    v: {
      photos: ms(1500, 1500, 1500),
      transitions: [
        { kind: 'whip-pan', durationMs: 300 },
        { kind: 'whip-pan', durationMs: 300 },
      ],
      look: 'vivid',
      audio: src('Neon Pulse'),
    },
  },
  {
    m: '做成产品宣传片的感觉',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(2500, 2500, 2500, 2500, 2500),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      look: 'vivid',
      audio: src('Clean Lines'),
    },
  },
  {
    m: '整体风格改成温馨的家庭风',
    f: 'style',
    v: {
      photos: ms(3000, 3000, 3000),
      transitions: kinds('crossfade', 'crossfade'),
      look: 'warm',
      audio: src('Sunday Morning'),
    },
  },
  {
    m: "This is a tribute to the shop's founder, who passed away last spring. Could you style it as a memorial?",
    f: 'style',
    v: {
      photos: ms(5000, 5000, 5000),
      transitions: [
        { kind: 'fade-black', durationMs: 1500 },
        { kind: 'fade-black', durationMs: 1500 },
      ],
      look: 'black-and-white',
      audio: src('Remembrance'),
    },
  },
  {
    m: 'wedding style but keep my song',
    f: 'style',
    on: 'rich',
    v: {
      photos: ms(4000, 4000, 4000),
      transitions: kinds('crossfade', 'crossfade'),
      look: 'matte',
      audio: src('lo-fi.mp3'),
    },
  },
  {
    m: '做成短视频那种快节奏的',
    f: 'style',
    v: { photos: ms(1500, 1500, 1500), transitions: kinds('whip-pan', 'whip-pan'), look: 'vivid' },
  },
  {
    m: "birthday video for my buddy's 30th 🎉",
    f: 'style',
    on: 'five',
    v: {
      photos: ms(2200, 2200, 2200, 2200, 2200),
      transitions: each(4, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      audio: src('Confetti'),
    },
  },
  {
    m: 'keep it in colour though, he loved colour',
    f: 'style',
    before: ['make it a memorial video'],
    v: { look: 'none', photos: ms(5000, 5000, 5000), transitions: kinds('fade-black', 'fade-black') },
  },

  // ── Format ──
  { m: '改成竖屏发抖音', f: 'format', on: 'five', v: { width: 1080, height: 1920 } },
  { m: '4:5 for the portfolio grid on instagram', f: 'format', v: { width: 1080, height: 1350 } },
  { m: 'square pls', f: 'format', v: { width: 1080, height: 1080 } },
  { m: '动作太卡了，帧率调到60', f: 'format', v: { fps: 60 } },
  {
    m: 'There are blurry bits down the sides of some pictures — could they fill the whole frame instead?',
    f: 'format',
    v: { photos: fits('cover', 'cover', 'cover') },
  },
  { m: '改成方形，发朋友圈', f: 'format', on: 'five', v: { width: 1080, height: 1080 } },
  { m: '分辨率改成720p，文件小一点方便发家长群', f: 'format', v: { width: 1280, height: 720 } },
  { m: '改成正方形的，发小红书用', f: 'format', on: 'five', v: { width: 1080, height: 1080 } },
  { m: 'export it as a gif so i can send it in the group chat', f: 'format', same: true },
  { m: '做好了直接帮我发到抖音上吧', f: 'format', on: 'five', same: true },
  { m: 'actually square is better', f: 'format', before: ['make it 9:16'], v: { width: 1080, height: 1080 } },
  { m: '再改成4K', f: 'format', before: ['改成竖屏'], v: { width: 2160, height: 3840 } },

  // ── Order ──
  {
    m: "Could the forest one go first? That's where the morning started.",
    f: 'order',
    v: { photos: src(F, B, C) },
  },
  { m: '咖啡那张挪到最后面去', f: 'order', on: 'things', v: { photos: src(AS, CH, RO, DO, CO) } },
  { m: '第一张跟最后一张换个位置', f: 'order', v: { photos: src(F, C, B) } },
  { m: '按拍摄时间排一下', f: 'order', on: 'five', v: { photos: src(C, F, B, S, N) } },
  {
    m: 'dog pic first. always open with the dog',
    f: 'order',
    on: 'things',
    v: { photos: src(DO, AS, CH, CO, RO) },
  },
  { m: 'get rid of the blurry one and the dupe', f: 'order', on: 'flagged', v: { photos: src(B, C) } },
  { m: '删掉第二张和第四张', f: 'order', on: 'five', v: { photos: src(B, F, N) } },
  {
    m: 'put the rocket between the astronaut and chelsea',
    f: 'order',
    on: 'things',
    v: { photos: src(AS, RO, CH, CO, DO) },
  },
  {
    m: 'actually no, return it to its old spot',
    f: 'order',
    before: ['move the forest photo to the front'],
    v: { photos: src(B, C, F) },
  },
  { m: '不对，我说的是第三张', f: 'order', before: ['把第二张删掉'], v: { photos: src(B, C) } },

  // ── Question ──
  { m: '这个视频一共几秒啊', f: 'question', on: 'five', same: true },
  { m: '音乐音量现在是多少', f: 'question', on: 'rich', same: true },
  { m: 'How long is each photo on screen at the moment?', f: 'question', same: true },
  { m: 'what transitions u got', f: 'question', same: true, route: 'help' },
  { m: '而家條片有幾多張相？', f: 'question', same: true },
  { m: 'does it have a title', f: 'question', same: true },
  { m: '有哪些风格可以选', f: 'question', same: true, route: 'help' },
  { m: 'how many credits do I have left?', f: 'question', on: 'rich', same: true, route: 'credits' },
  { m: 'so how long is it now', f: 'question', before: ['make it 12 seconds'], same: true },
  { m: '标题现在是什么颜色？', f: 'question', before: ['加个标题“团圆”'], same: true },

  // ── Negation ──
  {
    m: "don't touch the music, just kill the title",
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }], audio: src('lo-fi.mp3') },
  },
  {
    m: '转场都不要，一张一张直接切',
    f: 'negation',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: '唔好改比例，淨係將總長改成20秒',
    f: 'negation',
    on: 'five',
    v: { durationMs: 20000, width: 1920, height: 1080 },
  },
  {
    m: '除了最后一张保持3秒，其他全部2秒',
    f: 'negation',
    on: 'five',
    v: { photos: ms(2000, 2000, 2000, 2000, 3000) },
  },
  {
    m: '除了开头那张，后面的都改成拉远',
    f: 'negation',
    on: 'five',
    v: { photos: motions('zoom-in', 'zoom-out', 'zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: 'text 都留着，音乐去掉',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }], audio: [] },
  },
  {
    m: 'no crossfades, no zooms',
    f: 'negation',
    on: 'five',
    v: {
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      photos: motions('static', 'static', 'static', 'static', 'static'),
    },
  },
  { m: '第三张后面有个路人，帮我把他P掉，照片别删', f: 'negation', same: true },
  {
    m: 'not on the last one though, just cut there',
    f: 'negation',
    before: ['crossfades please'],
    v: { transitions: kinds('crossfade', 'cut'), photos: src(B, C, F) },
  },
  {
    m: '除了最后一张，其他都改回3秒',
    f: 'negation',
    before: ['每张4秒'],
    v: { photos: ms(3000, 3000, 4000) },
  },

  // ── History ──
  { m: 'eh undo that', f: 'history', before: ['black and white'], route: 'undo', v: { look: 'none' } },
  {
    m: '撤回吧，还是横的好',
    f: 'history',
    on: 'five',
    before: ['改成竖屏'],
    v: { width: 1920, height: 1080 },
  },
  {
    m: 'Undo both of those, please.',
    f: 'history',
    before: ['Make every photo four seconds', 'Add crossfades'],
    v: { photos: ms(3000, 3000, 3000), transitions: kinds('cut', 'cut'), durationMs: 9000 },
  },
  {
    m: '重做一下',
    f: 'history',
    before: ['加背景音乐', '撤销'],
    route: 'redo',
    v: { audio: [{ source: /./ }] },
  },
  {
    m: 'Hmm, no — go back to what it was a moment ago.',
    f: 'history',
    before: ['Add a vintage look', 'Actually, make it black and white'],
    v: { look: 'vintage' },
  },
  { m: '唔好意思，返回上一步', f: 'history', before: ['第二張刪咗佢'], v: { photos: src(B, C, F) } },
  {
    m: 'scrap all that, start over from scratch',
    f: 'history',
    before: ['9:16', 'whip pan transitions', 'make it 12 seconds'],
    v: { width: 1920, height: 1080, transitions: kinds('cut', 'cut'), durationMs: 9000 },
  },
  {
    m: 'wait no, I did want that, keep it',
    f: 'history',
    before: ['matte look', 'undo'],
    v: { look: 'matte' },
  },
  {
    m: '往回撤两步',
    f: 'history',
    before: ['每张2秒', '转场用闪白'],
    v: { photos: ms(3000, 3000, 3000), transitions: kinds('cut', 'cut') },
  },
  {
    m: 'ugh I miss the song, put the music back',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: src('lo-fi.mp3') },
  },
  {
    m: 'nvm redo',
    f: 'history',
    before: ['make it 9:16', 'undo'],
    route: 'redo',
    v: { width: 1080, height: 1920 },
  },

  // ── Multi ──
  {
    m: '改竖屏 时长15秒 标题写“今日新品”',
    f: 'multi',
    on: 'five',
    v: { width: 1080, height: 1920, durationMs: 15000, texts: [{ text: '今日新品', role: 'title' }] },
  },
  {
    m: 'matte look, 4:5, and slow pans to the right',
    f: 'multi',
    v: { look: 'matte', width: 1080, height: 1350, photos: motions('pan-right', 'pan-right', 'pan-right') },
  },
  {
    m: "crossfades, warm tones and add 'Forever Starts Today' as the title",
    f: 'multi',
    v: {
      transitions: kinds('crossfade', 'crossfade'),
      look: 'warm',
      texts: [{ text: 'Forever Starts Today', role: 'title' }],
    },
  },
  {
    m: '每张4秒，加点轻柔的钢琴曲',
    f: 'multi',
    v: { photos: ms(4000, 4000, 4000), audio: src('Quiet Piano') },
  },
  {
    m: '加個標題「陳家團圓飯 2024」，轉場用淡入淡出',
    f: 'multi',
    v: { texts: [{ text: '陳家團圓飯 2024', role: 'title' }], transitions: kinds('crossfade', 'crossfade') },
  },
  {
    m: 'Take out the party photo and slow everything down a little.',
    f: 'multi',
    on: 'five',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: C, durationMs: 4000 },
        { source: F, durationMs: 4000 },
        { source: S, durationMs: 4000 },
      ],
    },
  },
  {
    m: 'music to 60% and remove the caption',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.6 }], texts: [{ text: 'Road Trip' }] },
  },
  {
    m: '跟着节奏卡点，再加个标题“燃脂30天”',
    f: 'multi',
    on: 'beats',
    v: { texts: [{ text: '燃脂30天', role: 'title' }], audio: src('drums.wav') },
  },
  {
    m: "Put the coffee picture first and add a caption on it saying 'Freshly brewed'.",
    f: 'multi',
    on: 'things',
    v: {
      photos: src(CO, AS, CH, RO, DO),
      texts: [{ text: 'Freshly brewed', role: 'caption', startMs: 0, endMs: 3000 }],
    },
  },
  {
    m: 'square, vivid colors, and drop the last photo',
    f: 'multi',
    on: 'five',
    v: { width: 1080, height: 1080, look: 'vivid', photos: src(B, C, F, S) },
  },
  {
    m: "music 50% and a title 'OPEN MIC' at the top",
    f: 'multi',
    before: ['add some lo-fi music'],
    v: {
      audio: [{ source: 'Lo-fi Drift', volume: 0.5 }],
      texts: [{ text: 'OPEN MIC', role: 'title', position: 'top' }],
    },
  },

  // ── Create ──
  {
    m: '帮我用这些照片做个视频',
    f: 'create',
    on: 'empty',
    v: {
      photos: src(B, C, F, S, N),
      durationMs: 12300,
      transitions: kinds('crossfade', 'crossfade', 'crossfade', 'crossfade'),
    },
  },
  {
    m: 'throw these into a slideshow, vertical 9:16',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), width: 1080, height: 1920 },
  },
  {
    m: '把照片做成一个视频，每张两秒',
    f: 'create',
    on: 'empty',
    v: { photos: ms(2000, 2000, 2000, 2000, 2000), durationMs: 6800 },
  },
  {
    m: 'Please turn my photos into a gentle video with soft piano music.',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), audio: src('Quiet Piano') },
  },
  {
    m: 'make a wedding video from these',
    f: 'create',
    on: 'empty',
    v: {
      photos: ms(4000, 4000, 4000, 4000, 4000),
      transitions: each(4, { kind: 'crossfade', durationMs: 1200 }),
      look: 'matte',
      audio: src('First Dance'),
    },
  },
  {
    m: '20 sec reel from the pics, vertical',
    f: 'create',
    on: 'empty',
    v: { width: 1080, height: 1920, durationMs: 20000, photos: src(B, C, F, S, N) },
  },
  {
    m: '用呢啲相整條片，加個標題「團圓」',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), texts: [{ text: '團圓', role: 'title' }] },
  },
  { m: 'make me a video', f: 'create', on: 'bare', same: true },
  {
    m: '用我的照片和音乐做个视频',
    f: 'create',
    on: 'empty',
    songs: true,
    v: { photos: src(B, C, F, S, N), audio: src('lo-fi.mp3') },
  },
  {
    m: 'now make it a wedding one',
    f: 'create',
    on: 'empty',
    before: ['make a video from my photos'],
    v: { photos: ms(4000, 4000, 4000, 4000, 4000), look: 'matte' },
  },

  // ── Reference ──
  {
    m: 'Lovely. The forest one as well, please.',
    f: 'reference',
    before: ['Make the second photo 5 seconds'],
    v: { photos: ms(3000, 5000, 5000) },
  },
  {
    m: '最后一张也一样',
    f: 'reference',
    on: 'five',
    before: ['第二张停4秒'],
    v: { photos: ms(3000, 4000, 3000, 3000, 4000) },
  },
  {
    m: 'do that to the rest too',
    f: 'reference',
    before: ['zoom out on photo 1'],
    v: { photos: motions('zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: 'make it pink 💕',
    f: 'reference',
    before: ["add a caption 'The Dress' on the second photo"],
    v: { texts: [{ text: 'The Dress', color: PINK }] },
  },
  {
    m: 'sorry I meant the second one',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: { transitions: kinds('crossfade', /^wipe-/, 'crossfade', 'crossfade') },
  },
  { m: '再多一秒吧', f: 'reference', before: ['第三张改成5秒'], v: { photos: ms(3000, 3000, 6000) } },
  {
    m: '唔好，放返原來嘅位置',
    f: 'reference',
    on: 'five',
    before: ['將最後嗰張放去第一'],
    v: { photos: src(B, C, F, S, N) },
  },
  {
    m: '字幕也一样',
    f: 'reference',
    on: 'rich',
    before: ['标题改成红色'],
    v: {
      texts: [
        { text: 'Road Trip', color: RED },
        { text: 'Day one', color: RED },
      ],
    },
  },
  {
    m: 'no wait, pan right',
    f: 'reference',
    before: ['pan left on the first pic'],
    v: { photos: motions('pan-right', 'zoom-in', 'zoom-in') },
  },
  {
    m: 'And the last one the same, please.',
    f: 'reference',
    before: ['Could the first photo stay up for four seconds?'],
    v: { photos: ms(4000, 3000, 4000) },
  },
  {
    m: 'then the rocket one right behind it',
    f: 'reference',
    on: 'things',
    before: ['move the dog to the front'],
    v: { photos: src(DO, RO, AS, CH, CO) },
  },
];
