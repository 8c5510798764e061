import { type CorpusCase, each } from './types.js';

/**
 * Blind set 31: a fresh cross-section of ordinary people making short videos for real occasions — a noodle
 * shop owner ("lucky noodle"), a yoga studio, a wedding guest ("新娘是我表姐"), grandparents and grandchildren
 * (王奶奶八十大寿, 纪念外公), a student dance club, a pet owner (Mochi the dog), a traveller just back from
 * Japan (日系), a real-estate agent showing a flat (阳光两居室, "Open House Sat 2pm"). They type the way
 * people really type: lowercase, a few typos ("musci", "trasitions", "lofi", "dont"), emoji, polite padding
 * ("could you maybe", 麻烦帮我, 能不能), reasons and asides beside the request, English and Chinese mixed in
 * one message ("title改成黄色 pls", "bgm音量调到百分之四十"). Every family roughly evenly: length (total, per
 * photo, one photo, relative steps), transitions (kind, length, one of them), motion (per photo and all),
 * looks, titles and captions (words, colour, size, position, timing), library music (mood, volume, fade,
 * where it starts), styles (birthday, wedding, travel, memorial, product, family, cinematic, social),
 * formats for platforms (TikTok, 抖音, 小红书 3:4, Instagram, YouTube, 朋友圈, square, 720p, 60 fps), order
 * (move, swap, reverse, by date), removals, questions about the video (must not change it), undo/redo,
 * several requests in one message, references to earlier turns (`before`: "do that to the last one as well", 第三张也这样,
 * 刚才那个, 这张, "and the next one as well", 搞错了，是下一张), a new video made in the empty studio, and seven
 * things Joy cannot do (removing a person from a photo, a voice-over, replacing the sky, posting to 小红书,
 * slimming a face, camera shake, cutting the song off mid-video), which must leave the draft unchanged.
 * About twenty messages name photos by position or content ("the dog pic", 倒数第二张, 咖啡那张, "the third
 * one", "the last two", 森林那张) and about twenty say numbers in words or fractions (两秒半, "one and a half",
 * "half a minute", 四分之一秒, 砍一半, "twenty percent", 一比一, 三秒).
 * 163 messages, 80 of them with Chinese in them, 27 with earlier turns (`before`).
 *
 * Left unchecked as the docs leave them open: which track "加上背景音乐" / "with music" / "add background
 * music" picks (only that there is one), the length of a new video's photos unless said, how long an end card
 * lasts (only that it ends with the video), the default length of a crossfade asked for with no number on a
 * draft of cuts (only the kind), the exact text position a place-less caption gets, and the route of
 * "start over" / "改回去" (only the draft they leave). Tracks are checked where the catalogue's moods name
 * one (欢快 → Sunny Pop, 民谣/吉他 → Campfire, 浪漫 → First Dance, piano → Quiet Piano, lo-fi → Lo-fi Drift) and
 * where a style picks its music (src/catalog/styles.ts).
 *
 * Written from the README, docs/director.md, docs/effects.md, the fixtures, src/model and src/catalog, without
 * reading the director's code or corpus. First scored 157/163 (96.3 %). None of the six misses was my own
 * error by the docs, so no expectation was changed and the score stays 157/163. The six misreadings, left as
 * written: 放大放得我头都晕了 (the photos kept zooming in; the docs' 放大看得我头晕 keeps them still), "title改成黄色
 * pls" (the title's words became "pls" beside the yellow), 能帮我做哪些调整？ (not understood; a question about what
 * Joy can do is help), 除了最后一张 其他的都改成2秒 (only the last photo got 2 s, the opposite of the exception),
 * "do that to the last one as well" after a one-photo length (not understood; the docs' "do the same on the
 * fourth photo" repeats it there), "swap the first two photos and add a crossfade between them" (every
 * transition became a crossfade, not only the one between those two photos).
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no fade, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (volume 1, fade out
 *            2 s, a song of the person's); title "Road Trip" (0–3 s, centre, size 1.4), caption "Day one" on
 *            photo 2 (bottom, size 1).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - empty:   nothing yet; the uploads are the five photos of `five` (create).
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July (party night has none). Styles (photo,
 * transition, look, music): birthday 2.2 s zoom-in 0.5 s vivid Confetti; travel vlog 2.5 s whip-pan 0.45 s
 * warm Road Trip; wedding 4 s crossfade 1.2 s matte First Dance; memorial 5 s fade-black 1.5 s
 * black-and-white Remembrance; product 2.5 s slide-left 0.4 s vivid Clean Lines; family 3 s crossfade 0.8 s
 * warm Sunday Morning; cinematic 3.5 s blur-dissolve 1 s cool Horizon; social 1.5 s whip-pan 0.3 s vivid
 * Neon Pulse; a style keeps a song the person chose. Durations: a transition overlaps the photos it joins
 * (total = sum of photos − sum of transitions) and lasts at most half the shorter photo it joins;
 * "faster"/"slower"/"shorter" are × 3/4 / × 4/3, "slightly" × 1.15, transitions × 0.6 / × 1.5 (0.8 s →
 * 0.5 s / 1.2 s). Palette: yellow #ffd600, red #e53935, pink #f06292. Titles are added at size 1.4, 0–3 s.
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
const Z = 'zoom-in';
const ZO = 'zoom-out';
const ST = 'static';
const PL = 'pan-left';
const PR = 'pan-right';
const CF = 'crossfade';
const FB = 'fade-black';
const FW = 'fade-white';
const CUT = 'cut';
const WIPE = /^wipe-/;
const SLIDE = /^slide-/;
const YELLOW = '#ffd600';
const RED = '#e53935';
const PINK = '#f06292';
const WHITE = '#ffffff';
const LOFI = 'lo-fi.mp3';

export const blind31: CorpusCase[] = [
  // ───────────── length ─────────────
  {
    m: 'hi! could you maybe make the whole video 15 seconds, its for the tv in the noodle shop 🍜',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), durationMs: 15000 },
  },
  {
    m: '麻烦帮我把每张照片改成两秒半',
    f: 'length',
    on: 'things',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 12500 },
  },
  {
    m: 'the dog pic needs to stay longer, 5 secs pls he is the star',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 3000, 3000, 5000), durationMs: 17000 },
  },
  {
    m: '倒数第二张放4秒',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 3000, 4000, 3000), durationMs: 16000 },
  },
  // the whole video × 3/4: 9 s → 6.75 s
  {
    m: 'its a bit long, make it shorter',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2250 }), durationMs: 6750 },
  },
  { m: '能不能整体再加三秒', f: 'length', on: 'three', v: { durationMs: 12000 } },
  // 1.5 s photos: the 0.8 s crossfades are held to half a photo, 0.75 s; 5 × 1.5 − 4 × 0.75 = 4.5 s
  {
    m: 'one and a half seconds for each photo please',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 1500 }), durationMs: 4500 },
  },
  // 3 s × 1.15 = 3.45 s
  {
    m: 'could it go slightly slower? my grandpa wants to see every photo',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 3450 }), durationMs: 10350 },
  },
  {
    m: '第一张3秒 第二张4秒 第三张5秒',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 4000, 5000), durationMs: 12000 },
  },
  { m: 'half a minute total', f: 'length', on: 'five', v: { durationMs: 30000 } },
  {
    m: '视频缩短到原来的一半',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  {
    m: '咖啡那张停太久了，改成2秒就行',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 2000, 3000, 3000), durationMs: 14000 },
  },

  // ───────────── transitions ─────────────
  { m: '用叠化转场吧', f: 'transition', on: 'three', v: { transitions: kinds(CF, CF) } },
  // 15 − 4 × 0.5 = 13 s
  {
    m: 'make the trasitions half a second each',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 500 }), durationMs: 13000 },
  },
  {
    m: '最后一个转场换成闪白',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, FW), durationMs: 11800 },
  },
  // transitions × 0.6: 0.8 s → 0.5 s; 15 − 4 × 0.5 = 13 s
  {
    m: 'the transitions are too slow, speed them up',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 500 }), durationMs: 13000 },
  },
  { m: '第二个转场用擦除', f: 'transition', on: 'five', v: { transitions: kinds(CF, WIPE, CF, CF) } },
  {
    m: 'a slide between photo 1 and 2 please',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds(SLIDE, CUT) },
  },
  {
    m: 'fade through black between every photo',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds(FB, FB) },
  },
  // 9 − 2 × 0.25 = 8.5 s
  {
    m: '四分之一秒的叠化',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: CF, durationMs: 250 }), durationMs: 8500 },
  },
  // 0.8 s halved: 0.4 s; 15 − 1.6 = 13.4 s
  {
    m: '把转场的时间砍一半',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 400 }), durationMs: 13400 },
  },
  // × 1.5: 1.2 s; 15 − 4.8 = 10.2 s
  {
    m: 'can the transitions be a bit longer',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 1200 }), durationMs: 10200 },
  },

  // ───────────── motion ─────────────
  {
    m: 'keep all the photos still please, no zooming, its a flat listing',
    f: 'motion',
    on: 'three',
    v: { photos: motions(ST, ST, ST) },
  },
  { m: 'zoom out on the third one', f: 'motion', on: 'three', v: { photos: motions(Z, Z, ZO) } },
  {
    m: '咖啡那张慢慢放大，其他的不动',
    f: 'motion',
    on: 'things',
    v: { photos: motions(ST, ST, Z, ST, ST) },
  },
  { m: '第一张放大 最后一张缩小', f: 'motion', on: 'three', v: { photos: motions(Z, Z, ZO) } },
  {
    m: 'the rocket pic should pan up, like its taking off 🚀',
    f: 'motion',
    on: 'things',
    v: { photos: motions(Z, Z, Z, 'pan-up', Z) },
  },
  {
    m: 'alternate zoom in and zoom out',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, ZO, Z, ZO, Z) },
  },
  { m: '放大放得我头都晕了', f: 'motion', on: 'three', v: { photos: motions(ST, ST, ST) } },
  {
    m: 'drift slowly on the last two',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, 'drift', 'drift') },
  },
  { m: '最后一张往左平移', f: 'motion', on: 'three', v: { photos: motions(Z, Z, PL) } },
  // pan-right glides from left to right (docs/effects.md)
  {
    m: 'pan from left to right on all of them',
    f: 'motion',
    on: 'three',
    v: { photos: motions(PR, PR, PR) },
  },

  // ───────────── looks ─────────────
  { m: '颜色暖一点，面馆要看起来有食欲', f: 'look', on: 'things', v: { look: 'warm' } },
  {
    m: 'take the filter off, I want the real colours',
    f: 'look',
    on: 'three',
    before: ['give it a vintage look'],
    v: { look: 'none' },
  },
  { m: '照片太暗了 调亮一点', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: '日系一点的色调', f: 'look', on: 'three', v: { look: 'matte' } },
  { m: 'colours look kinda dull, can they pop more', f: 'look', on: 'things', v: { look: 'vivid' } },
  // one step cooler from warm: the photos' own colours
  { m: '颜色太黄了吧', f: 'look', on: 'three', before: ['make it warm'], v: { look: 'none' } },
  { m: 'add a bit of grain, like old film photos', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: "a bit darker, it's a candlelit dinner", f: 'look', on: 'three', v: { look: 'dark' } },

  // ───────────── titles and captions ─────────────
  {
    m: "add a title saying 'Lucky Noodle House'",
    f: 'text',
    on: 'things',
    v: { texts: [{ text: 'Lucky Noodle House', role: 'title', startMs: 0, endMs: 3000 }] },
  },
  {
    m: '加个标题：阳光两居室',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '阳光两居室', role: 'title' }] },
  },
  // a caption on photo 5 of cuts: 12–15 s
  {
    m: "caption the dog pic 'Mochi, 3 years old'",
    f: 'text',
    on: 'things',
    v: { texts: [{ text: 'Mochi, 3 years old', role: 'caption', startMs: 12000, endMs: 15000 }] },
  },
  {
    m: '标题挪到最上面去',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  {
    m: 'could the caption be twice as big, grandma cant read it',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 2 },
      ],
    },
  },
  {
    m: 'only show the title for the first 2 seconds',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }] },
  },
  {
    m: '片尾加一句：感谢光临',
    f: 'text',
    on: 'things',
    v: { texts: [{ text: '感谢光临', role: 'end-card', endMs: 15000 }] },
  },
  {
    m: "change the caption to 'Day two'",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day two', role: 'caption' }] },
  },
  {
    m: 'remove the caption but keep the title',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: '把标题改成：王奶奶八十大寿',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '王奶奶八十大寿', role: 'title' }, { text: 'Day one' }], look: 'none' },
  },
  {
    m: '字幕改成粉色',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: PINK },
      ],
    },
  },
  {
    m: 'can the title be all in capital letters',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'ROAD TRIP', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: "put the couple's names at the very start: Lily & Ben",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Lily & Ben', startMs: 0 }] },
  },
  {
    m: 'title改成黄色 pls',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: WHITE },
      ],
    },
  },
  // a caption on photo 1 of cuts: 0–3 s
  {
    m: '在第一张上加字幕“开业第一天”',
    f: 'text',
    on: 'things',
    v: { texts: [{ text: '开业第一天', role: 'caption', startMs: 0, endMs: 3000 }] },
  },

  // ───────────── music (the uploads hold no songs: Joy's library) ─────────────
  { m: '加点欢快的背景音乐', f: 'music', on: 'three', v: { audio: [{ source: 'Sunny Pop' }] } },
  {
    m: 'musci is way too loud put it at 30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.3 }] },
  },
  { m: '背景音乐音量减半', f: 'music', on: 'rich', v: { audio: [{ source: LOFI, volume: 0.5 }] } },
  {
    m: 'fade the music out over the last 4 seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeOutMs: 4000 }] },
  },
  // the title ends at 3 s
  {
    m: '让音乐在标题结束以后再开始',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 3000 }], durationMs: 7400 },
  },
  {
    m: 'take the music off, the yoga studio plays its own',
    f: 'music',
    on: 'rich',
    v: { audio: [] },
  },
  {
    m: '换一首浪漫一点的',
    f: 'music',
    on: 'three',
    before: ['add background music'],
    v: { audio: [{ source: 'First Dance' }] },
  },
  {
    m: 'music at twenty percent',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.2 }] },
  },
  {
    m: '音乐开头淡入三秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeInMs: 3000 }] },
  },
  {
    m: 'put some lofi on, 40% volume',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Lo-fi Drift', volume: 0.4 }] },
  },
  { m: '来点民谣吉他的背景音乐', f: 'music', on: 'three', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: '音乐稍微晚一秒再进来',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 1000 }], durationMs: 7400 },
  },
  {
    m: 'bgm音量调到百分之四十',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.4 }] },
  },

  // ───────────── styles ─────────────
  // 3 × 2.2 − 2 × 0.5 = 5.6 s
  {
    m: 'can you give it a birthday vibe, my daughter turns 6 🎂',
    f: 'style',
    on: 'three',
    v: {
      look: 'vivid',
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      audio: [{ source: 'Confetti' }],
      durationMs: 5600,
    },
  },
  // 5 × 4 − 4 × 1.2 = 15.2 s
  {
    m: '做成婚礼风格的，新娘是我表姐',
    f: 'style',
    on: 'five',
    v: {
      look: 'matte',
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: CF, durationMs: 1200 }),
      audio: [{ source: 'First Dance' }],
      durationMs: 15200,
    },
  },
  // 3 × 2.5 − 2 × 0.45 = 6.6 s
  {
    m: 'travel vlog style pls, just got back from japan',
    f: 'style',
    on: 'three',
    v: {
      look: 'warm',
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      audio: [{ source: 'Road Trip' }],
      durationMs: 6600,
    },
  },
  // 3 × 5 − 2 × 1.5 = 12 s
  {
    m: '这是纪念外公的，做成纪念的风格',
    f: 'style',
    on: 'three',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 5000 }),
      transitions: each(2, { kind: FB, durationMs: 1500 }),
      audio: [{ source: 'Remembrance' }],
      durationMs: 12000,
    },
  },
  // 5 × 2.5 − 4 × 0.4 = 10.9 s
  {
    m: 'product showcase style for our new yoga mats',
    f: 'style',
    on: 'things',
    v: {
      look: 'vivid',
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      audio: [{ source: 'Clean Lines' }],
      durationMs: 10900,
    },
  },
  // 3 × 3 − 2 × 0.8 = 7.4 s
  {
    m: '温馨一点的家庭风格吧，给爷爷奶奶看的',
    f: 'style',
    on: 'three',
    v: {
      look: 'warm',
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: CF, durationMs: 800 }),
      audio: [{ source: 'Sunday Morning' }],
      durationMs: 7400,
    },
  },
  // 3 × 4 − 2 × 1.2 = 9.6 s; the person's own song stays
  {
    m: 'wedding style, but dont change my song',
    f: 'style',
    on: 'rich',
    v: {
      look: 'matte',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      audio: [{ source: LOFI }],
      durationMs: 9600,
    },
  },
  {
    m: '做个黑白的生日视频',
    f: 'style',
    on: 'three',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 2200 }),
      transitions: kinds('zoom-in', 'zoom-in'),
    },
  },
  // 5 × 1.5 − 4 × 0.3 = 6.3 s
  {
    m: 'hype reel for the student dance club',
    f: 'style',
    on: 'five',
    v: {
      look: 'vivid',
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 300 }),
      audio: [{ source: 'Neon Pulse' }],
      durationMs: 6300,
    },
  },
  // 3 × 3.5 − 2 × 1 = 8.5 s
  {
    m: '做成电影感风格',
    f: 'style',
    on: 'three',
    v: {
      look: 'cool',
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      audio: [{ source: 'Horizon' }],
      durationMs: 8500,
    },
  },

  // ───────────── formats ─────────────
  {
    m: 'make it for tiktok pls',
    f: 'format',
    on: 'three',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: '发抖音的，改成竖屏', f: 'format', on: 'things', v: { aspect: '9:16' } },
  // a ratio said wins over the platform's shape
  { m: '小红书用3:4的比例', f: 'format', on: 'three', v: { aspect: '3:4' } },
  { m: 'can you do instagram story format', f: 'format', on: 'three', v: { aspect: '9:16' } },
  {
    m: 'youtube version please, widescreen',
    f: 'format',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  { m: '方形的，发朋友圈', f: 'format', on: 'five', v: { aspect: '1:1' } },
  {
    m: 'make it 720p, the file is too big to send on whatsapp',
    f: 'format',
    on: 'three',
    v: { width: 1280, height: 720 },
  },
  { m: '改成一比一', f: 'format', on: 'three', v: { aspect: '1:1' } },
  { m: '画面有点卡，帧率调到60', f: 'format', on: 'three', v: { fps: 60 } },

  // ───────────── order and removals ─────────────
  { m: 'can the dog photo go first', f: 'order', on: 'things', v: { photos: src(DO, AS, CH, CO, RO) } },
  { m: '把咖啡和火箭换一下', f: 'order', on: 'things', v: { photos: src(AS, CH, RO, CO, DO) } },
  { m: 'put them in reverse order', f: 'order', on: 'three', v: { photos: src(F, C, B) } },
  { m: '按拍摄时间排一下', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: 'newest pics first', f: 'order', on: 'three', v: { photos: src(B, F, C) } },
  {
    m: 'the third one should open the video',
    f: 'order',
    on: 'five',
    v: { photos: src(F, B, C, S, N) },
  },
  {
    m: 'swap the first pic with the last one',
    f: 'order',
    on: 'five',
    v: { photos: src(N, C, F, S, B) },
  },
  { m: '第二张和第四张对调', f: 'order', on: 'five', v: { photos: src(B, S, F, C, N) } },
  { m: '把森林那张放到最前面', f: 'order', on: 'three', v: { photos: src(F, B, C) } },
  {
    m: 'put the sunset right after the beach',
    f: 'order',
    on: 'five',
    v: { photos: src(B, S, C, F, N) },
  },
  {
    m: "把第二张删了 it's blurry",
    f: 'order',
    on: 'three',
    v: { photos: src(B, F), durationMs: 6000 },
  },
  // 4 × 3 − 3 × 0.8 = 9.6 s
  {
    m: '最后一张不要了',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S), transitions: kinds(CF, CF, CF), durationMs: 9600 },
  },
  { m: '只留前两张', f: 'order', on: 'three', v: { photos: src(B, C), durationMs: 6000 } },

  // ───────────── questions (nothing changes) ─────────────
  { m: 'how long is the video right now?', f: 'question', on: 'three', same: true, route: 'status' },
  { m: '现在有背景音乐吗', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: 'what transitions can I use?', f: 'question', on: 'three', same: true, route: 'help' },
  { m: '能帮我做哪些调整？', f: 'question', on: 'three', same: true, route: 'help' },
  { m: '每张照片多长时间？', f: 'question', on: 'five', same: true, route: 'status' },
  { m: 'which song is playing', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '有哪些滤镜可以选', f: 'question', on: 'three', same: true, route: 'help' },
  { m: 'does the music fade out at the end?', f: 'question', on: 'rich', same: true, route: 'status' },
  { m: '视频现在是竖的还是横的', f: 'question', on: 'three', same: true, route: 'status' },

  // ───────────── negations and what to keep ─────────────
  // 3 × 2 − 2 × 0.8 = 4.4 s
  {
    m: "don't change the music, just make the photos 2 seconds each",
    f: 'negation',
    on: 'rich',
    v: { photos: each(3, { durationMs: 2000 }), audio: [{ source: LOFI, volume: 1 }], durationMs: 4400 },
  },
  {
    m: '不要转场了',
    f: 'negation',
    on: 'five',
    v: { transitions: kinds(CUT, CUT, CUT, CUT), durationMs: 15000 },
  },
  { m: 'no zoom on the last one', f: 'negation', on: 'three', v: { photos: motions(Z, Z, ST) } },
  {
    m: "dont make it vertical, it's going on the tv in the shop",
    f: 'negation',
    on: 'three',
    same: true,
  },
  {
    m: '别加音乐，只要把标题改成红色',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: RED }, { text: 'Day one' }], audio: [{ source: LOFI }] },
  },
  {
    m: 'no black and white, I want colour',
    f: 'negation',
    on: 'three',
    before: ['black and white'],
    v: { look: 'none' },
  },
  {
    m: 'keep the music, remove the title and caption',
    f: 'negation',
    on: 'rich',
    v: { texts: [], audio: [{ source: LOFI }] },
  },
  {
    m: '除了最后一张 其他的都改成2秒',
    f: 'negation',
    on: 'three',
    v: { photos: ms(2000, 2000, 3000), durationMs: 7000 },
  },
  { m: '标题不要了', f: 'negation', on: 'rich', v: { texts: [{ text: 'Day one' }] } },

  // ───────────── undo, redo, going back ─────────────
  {
    m: 'undo',
    f: 'history',
    on: 'three',
    before: ['make it black and white'],
    route: 'undo',
    v: { look: 'none' },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['make it black and white', 'undo'],
    route: 'redo',
    v: { look: 'black-and-white' },
  },
  { m: '撤销', f: 'history', on: 'three', before: ['加个标题：周末露营'], route: 'undo', v: { texts: [] } },
  {
    m: '重做',
    f: 'history',
    on: 'three',
    before: ['加个标题：周末露营', '撤销'],
    route: 'redo',
    v: { texts: [{ text: '周末露营' }] },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'add crossfades'],
    route: 'undo',
    v: { aspect: '16:9', transitions: kinds(CUT, CUT), durationMs: 9000 },
  },
  {
    m: '算了 还是改回去吧',
    f: 'history',
    on: 'three',
    before: ['每张照片5秒'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: 'ugh lets just start over from scratch',
    f: 'history',
    on: 'three',
    before: ['make it warm', 'add a title "Sunday brunch"'],
    v: { look: 'none', texts: [] },
  },
  {
    m: '刚才删掉的音乐还是加回来吧',
    f: 'history',
    on: 'rich',
    before: ['把音乐删了'],
    v: { audio: [{ source: LOFI }] },
  },
  {
    m: '撤回两步吧',
    f: 'history',
    on: 'three',
    before: ['reverse the order', 'swap the first two'],
    route: 'undo',
    v: { photos: src(B, C, F) },
  },

  // ───────────── references to earlier turns ─────────────
  {
    m: 'do that to the last one as well',
    f: 'reference',
    on: 'three',
    before: ['make the second photo 5 seconds'],
    v: { photos: ms(3000, 5000, 5000), durationMs: 13000 },
  },
  {
    m: '第三张也这样',
    f: 'reference',
    on: 'three',
    before: ['zoom out on the first photo'],
    v: { photos: motions(ZO, Z, ZO) },
  },
  {
    m: 'can you change the color to yellow',
    f: 'reference',
    on: 'things',
    before: ['caption the dog pic "Mochi"'],
    v: { texts: [{ text: 'Mochi', color: YELLOW }] },
  },
  {
    m: '刚才那个改成红色',
    f: 'reference',
    on: 'things',
    before: ['加个标题：新店开业'],
    v: { texts: [{ text: '新店开业', color: RED }] },
  },
  {
    m: '再加一秒',
    f: 'reference',
    on: 'three',
    before: ['第二张放4秒'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'same for the others pls',
    f: 'reference',
    on: 'things',
    before: ['the coffee one, hold it 4 seconds'],
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 20000 },
  },
  {
    m: 'and the next one as well',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: { transitions: kinds(WIPE, WIPE, CF, CF) },
  },
  {
    m: 'and the caption as well',
    f: 'reference',
    on: 'rich',
    before: ['make the title yellow'],
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: '第一个也一样',
    f: 'reference',
    on: 'five',
    before: ['make the last transition a fade to black'],
    v: { transitions: kinds(FB, CF, CF, FB) },
  },
  {
    m: 'oops not that one, I meant the third photo',
    f: 'reference',
    on: 'three',
    before: ['remove the second photo'],
    v: { photos: src(B, C), durationMs: 6000 },
  },
  // 3 + 3 + 3 + 5 + 3 − 4 × 0.8 = 13.8 s
  {
    m: 'and zoom out on it too',
    f: 'reference',
    on: 'five',
    before: ['make the sunset photo 5 seconds'],
    v: {
      photos: [
        { motion: Z },
        { motion: Z },
        { motion: Z },
        { source: S, durationMs: 5000, motion: ZO },
        { motion: Z },
      ],
      durationMs: 13800,
    },
  },
  {
    m: '这张再加半秒',
    f: 'reference',
    on: 'three',
    before: ['make photo 1 4 seconds'],
    v: { photos: ms(4500, 3000, 3000), durationMs: 10500 },
  },
  {
    m: '搞错了，是下一张',
    f: 'reference',
    on: 'three',
    before: ['第二张停5秒'],
    v: { photos: ms(3000, 3000, 5000), durationMs: 11000 },
  },

  // ───────────── several at once ─────────────
  {
    m: "vertical, 20 seconds, crossfades and a title 'Sunny Flat for Rent'",
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      durationMs: 20000,
      transitions: kinds(CF, CF),
      texts: [{ text: 'Sunny Flat for Rent', role: 'title' }],
    },
  },
  {
    m: '竖屏，每张两秒，加上背景音乐',
    f: 'multi',
    on: 'things',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }), durationMs: 10000, audio: [{}] },
  },
  {
    m: 'black and white, slow zoom on every photo, and 12 seconds total',
    f: 'multi',
    on: 'three',
    v: { look: 'black-and-white', photos: motions(Z, Z, Z), durationMs: 12000 },
  },
  {
    m: '标题改成“开业大吉”，音乐音量调到50%',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: '开业大吉', role: 'title' }, { text: 'Day one' }], audio: [{ volume: 0.5 }] },
  },
  {
    m: 'remove the last photo and make the rest 4 seconds each',
    f: 'multi',
    on: 'three',
    v: {
      photos: [
        { source: B, durationMs: 4000 },
        { source: C, durationMs: 4000 },
      ],
      durationMs: 8000,
    },
  },
  {
    m: '每张3秒，转场用白场，加标题：毕业快乐',
    f: 'multi',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 3000 }),
      transitions: kinds(FW, FW, FW, FW),
      texts: [{ text: '毕业快乐', role: 'title' }],
    },
  },
  {
    m: 'zoom in on the first photo, pan left on the second, keep the third still',
    f: 'multi',
    on: 'three',
    v: { photos: motions(Z, PL, ST) },
  },
  {
    m: '把音乐换成钢琴曲 然后淡出5秒',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano', fadeOutMs: 5000 }] },
  },
  {
    m: "4:5, bright look, and put 'Open House Sat 2pm' at the bottom",
    f: 'multi',
    on: 'three',
    v: { aspect: '4:5', look: 'bright', texts: [{ text: 'Open House Sat 2pm', position: 'bottom' }] },
  },
  // 9 − 0.8 = 8.2 s
  {
    m: 'swap the first two photos and add a crossfade between them',
    f: 'multi',
    on: 'three',
    v: { photos: src(C, B, F), transitions: kinds(CF, CUT), durationMs: 8200 },
  },
  {
    m: 'music off, no text, just the photos with cuts',
    f: 'multi',
    on: 'rich',
    v: { audio: [], texts: [], transitions: kinds(CUT, CUT), durationMs: 9000 },
  },

  // ───────────── a new video in the empty studio (the uploads: the five photos) ─────────────
  {
    m: 'make a video from my pics, 2 seconds each, vertical',
    f: 'create',
    on: 'empty',
    v: {
      aspect: '9:16',
      photos: [B, C, F, S, N].map((source) => ({ source, durationMs: 2000 })),
    },
  },
  {
    m: '帮我用这些照片做个视频，加个标题：东京之旅',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), texts: [{ text: '东京之旅', role: 'title' }] },
  },
  {
    m: 'slideshow of my yoga studio pics for the instagram feed',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), aspect: '4:5' },
  },
  {
    m: '做一个婚礼视频',
    f: 'create',
    on: 'empty',
    v: { look: 'matte', photos: each(5, { durationMs: 4000 }) },
  },
  {
    m: 'turn my photos into a 20 second video with music',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), durationMs: 20000, audio: [{}] },
  },

  // ───────────── things Joy cannot do (nothing changes) ─────────────
  {
    m: 'can you remove the guy in the background of the beach photo',
    f: 'negation',
    on: 'three',
    same: true,
  },
  { m: 'add my voice narration over it', f: 'music', on: 'three', same: true },
  { m: '把天空换成蓝天', f: 'look', on: 'three', same: true },
  { m: '帮我直接发到小红书上', f: 'format', on: 'three', same: true },
  { m: '把我脸P瘦一点', f: 'look', on: 'three', same: true },
  { m: 'give it a camera shake effect like an earthquake', f: 'motion', on: 'three', same: true },
  { m: 'cut the music off at 5 seconds', f: 'music', on: 'rich', same: true },
];
