import { type CorpusCase, each } from './types.js';

/**
 * Blind set 41: the kinds of videos people actually make, written by the people making them, each as a
 * short conversation or a single message — a baby's first year, a graduation, a house for sale, a café's
 * new menu, a dog's birthday, a school sports day, a band's gig promo, a travel diary, a farewell for a
 * colleague, a product launch, a wedding, a grandfather's memorial. People say what they want viewers to
 * feel, what to show first or last, how long it may be for where it goes, which words go on screen and
 * where, what music fits, what bothers them in the preview, and they correct Joy when it gets it wrong.
 * SESSIONS: 45 cases have one or two earlier turns in `before` — references back ("that caption", "them",
 * "the same one", 它, "and the first one too", 第四张也是, 最后一个也一样, 字幕也一样), corrections ("no wait, I
 * meant the third", 不对，是第三张, 错了，应该删狗那张, "sorry, I meant the title", 不是这个，是最后一个) and
 * undo / redo ("undo that last one", "undo twice", 撤销两步, 重做, "actually keep it", 放回原来的位置,
 * 音乐还是加回来吧). The rest are single messages across every family: length (total, each photo,
 * one photo, relative steps, bounds), transitions (kind, length, one of them, the video's own fades), motion
 * (per photo, all, halves, every other photo), looks (and one strength step that keeps the look), titles and
 * captions (words, colour, size, position, timing), library music (mood, volume, fades, where it comes in),
 * styles (family for 宝宝/毕业/百天, birthday, travel, wedding, memorial, product, social), formats and
 * platforms, order, removals, questions (draft unchanged), negation, several requests in one message, and
 * reasons and asides that must not be read as instructions (house numbers, years, ages, "my uncle can't hear
 * well", "it's the hero image", 外公生前最喜欢穿红衣服, 咖啡馆那种感觉, "like looking out of a train window").
 * Nine things Joy cannot do must leave the draft unchanged: retouching a baby's cheeks, erasing a passer-by,
 * a voice-over, a shutter sound effect, posting to 朋友圈, replacing the sky, removing a song's vocals,
 * cutting the music off at 5 s (the docs say it gets an honest answer), and a video with nothing uploaded.
 * 158 messages, 80 of them with Chinese in them, 45 with earlier turns.
 *
 * Left out or unchecked as ambiguous from the docs: the size a relative "bigger" gives a text, the timing of a
 * caption put on one photo, the role of a text placed by where it shows ("at the bottom of the last
 * photo"), the direction of a bare "wipe" or "slide" (checked as wipe-*, slide-*), the length of whip pans
 * replacing crossfades, the length of a fade to black asked without a number, the volume and fades of a song
 * added without numbers, which song a mood degree (温馨一点) brings when there was none, the total of a new
 * video made with a per-photo length, which lively song 燃 picks beside the social style, whether an
 * occasion word said as context (graduation, 给狗狗过生日, promo, anniversary) also applies its style (only what
 * the message asks for besides is checked, chosen so that both readings agree), and the motions a style cycles.
 * Questions are checked as unchanged drafts, with the route only where docs/director.md names it (help:
 * "有哪些…可以选").
 * Written from the README, docs/director.md, the fixtures, src/model and src/catalog without reading the
 * director's code or corpus. First scored 136/158 (86.1 %). No expectation was corrected after scoring: each
 * failure was checked against docs/director.md and src/model, and none was the writer's error. The 22
 * misreadings, left as written: "music: something gentle, like a lullaby, not too loud — 30%" (slowed the photos
 * and added no song); 百天照做成视频 (the video made without the family style 百天 names); "can you make the
 * baby's cheeks less red in photo 3?" and 第一张背景里有个路人，能帮我把他去掉吗 (retouching: the photo was removed);
 * 毕业快乐四个字放在开头，黄色 (moved photo 4 first, no text); "…the video shouldn't be, 20 seconds max" after
 * 每张照片6秒 (each photo 20 s instead of the video); "add the price at the bottom for the whole video: $450,000",
 * "winners' names at the bottom of the last photo: Class 4B", "band name in red at the top: THE NIGHT OWLS" and
 * 把没用上的两张照片也加进去 (not understood); "fill the screen, I hate the blurry edges" (cover, then blur again);
 * 错了，应该删狗那张 after 把咖啡那张删掉 (the coffee photo not brought back); "love it but the colours are too much,
 * go back to the normal colours" after the birthday style (its 2.2 s photos gone); "every photo pans slowly to the
 * left, like looking out of a train window" (pan right); "fade in from black … and out to black at the end, 2
 * seconds each" (only the fade in); "change the title to Goodbye Tom, the whole office will watch it at Friday
 * drinks" (the reason kept as the title's words); "no zooming on the group photo please, it is the last one" (asked
 * which photo); 新品发布，前三张每张2秒，后面两张每张4秒 (后面两张 read as every photo); 第一张放大，最后一张缩小，中间的都
 * 向右平移 (中间的 read as every photo); 一直在放大缩小的，我妈说看着晕 (the zooming kept); "make the fade 3 seconds" after
 * "fade to black at the end" (the video made 3 s long); "how long is it right now? instagram stories cut off at
 * 60s" (a question: made 9:16 and 60 s).
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no fade, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s (photo 2 starts at
 *            2.2 s). No music, no text.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (the person's own; volume
 *            1, fade out 2 s); title "Road Trip" (0–3 s, center, size 1.4), caption "Day one" on photo 2
 *            (2.2–5.2 s, bottom, size 1), both white.
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s. No music, no text.
 * - empty:   nothing yet; the uploads are the five photos and no song. A new video (src/model/default-plan.ts)
 *            is the five photos in upload order, 3.1 s each, crossfades 0.8 s, no music.
 * - bare:    nothing yet and nothing uploaded.
 * Photo dates: city 1 July, forest 2 July, beach 3 July (sunset 4 July, party night none).
 * Facts relied on: a transition overlaps the photos it joins (total = photos − transitions; five at 4 s a
 * photo is 20 − 3.2 = 16.8 s); "make it N seconds" scales every photo alike (five to 30 s: 33.2 / 5 = 6.64 s
 * each); a bound ("under 10 seconds", "20 seconds max") sets that length; "faster"/"slower", 紧凑一点,
 * 节奏慢一点 are × 3/4 / × 4/3 of each photo (one photo the same: 多放一会儿 3 s → 4 s); transitions step
 * × 0.6 / × 1.5 to the tenth of a second (0.8 s → 0.5 s / 1.2 s); a transition put where a cut was takes
 * 0.8 s; a title is added at size 1.4 and "放大到两倍" doubles it (2.8); the title ends at 3 s, so music "after
 * the title" starts at 3 s and music "with the second photo" at 2.2 s (rich). Styles (src/catalog/styles.ts;
 * photo, transition, look, library music when the song is not the person's own): birthday 2.2 s zoom-in 0.5 s
 * vivid Confetti; travel vlog 2.5 s whip-pan 0.45 s warm Road Trip; wedding 4 s crossfade 1.2 s matte First
 * Dance; memorial 5 s fade-black 1.5 s black-and-white Remembrance; product 2.5 s slide-left 0.4 s vivid Clean
 * Lines; family (宝宝, 毕业, 百天, 温馨的风格) 3 s crossfade 0.8 s warm Sunday Morning; social 1.5 s whip-pan
 * 0.3 s vivid Neon Pulse. Library tracks by mood word (src/catalog/music.ts): gentle / calm / piano / 钢琴 →
 * Quiet Piano, upbeat / 欢快 → Sunny Pop, inspiring → Horizon, electronic → Neon Pulse, party → Confetti,
 * 慵懒 → Lo-fi Drift, guitar / 吉他 → Campfire, modern → Clean Lines. Mood degrees (docs): cozy/温馨 → warm,
 * romantic → matte, 冷/cold → cool; 太暗 → bright, moodier/darker → dark, 鲜艳 → vivid. Text colours from
 * src/model/palette.ts. Aspect sizes from src/model/presets.ts (3:4 → 1080×1440, 4:5 → 1080×1350, 4K →
 * 3840×2160).
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
const timed = (kind: string | RegExp, durationMs: number, n: number) => each(n, { kind, durationMs });
const Z = 'zoom-in';
const ZO = 'zoom-out';
const ST = 'static';
const PL = 'pan-left';
const PR = 'pan-right';
const CF = 'crossfade';
const FB = 'fade-black';
const FW = 'fade-white';
const WP = 'whip-pan';
const WIPE = /^wipe-/;
const SLIDE = /^slide-/;
const YELLOW = '#ffd600';
const RED = '#e53935';
const GOLD = '#ffc107';
const PINK = '#f06292';
const BLUE = '#1e88e5';
const WHITE = '#ffffff';
const LOFI = 'lo-fi.mp3';
const PIANO = 'Quiet Piano';
const SUNDAY = 'Sunday Morning';

export const blind41: CorpusCase[] = [
  // ——— A baby's first year ———
  {
    m: "This is Mia's first year, twelve months of photos. Make the whole thing 30 seconds so grandma can watch it without getting bored",
    f: 'length',
    on: 'five',
    v: { durationMs: 30000, photos: ms(6640, 6640, 6640, 6640, 6640) },
  },
  {
    m: '第一张是她刚出生的时候，放久一点，5秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(5000, 3000, 3000, 3000, 3000) },
  },
  {
    m: '最后一张是她一岁生日那天拍的，结尾的时候慢慢拉远',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, ZO) },
  },
  {
    m: "add a title at the start: Mia's First Year",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: "Mia's First Year", role: 'title' }] },
  },
  {
    m: 'make it pink',
    f: 'reference',
    on: 'five',
    before: ['add a title "Mia\'s First Year"'],
    v: { texts: [{ text: "Mia's First Year", color: PINK }] },
  },
  {
    m: 'music: something gentle, like a lullaby, not too loud — 30%',
    f: 'music',
    on: 'five',
    v: { audio: [{ source: PIANO, volume: 0.3 }] },
  },
  {
    m: '宝宝的视频，用温馨的风格',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(3000, 3000, 3000, 3000, 3000),
      transitions: timed(CF, 800, 4),
      look: 'warm',
      audio: [{ source: SUNDAY }],
    },
  },
  {
    m: '百天照做成视频',
    f: 'create',
    on: 'empty',
    v: { photos: ms(3000, 3000, 3000, 3000, 3000), look: 'warm', audio: [{ source: SUNDAY }] },
  },
  {
    m: '第一张再久一点，6秒吧',
    f: 'reference',
    on: 'five',
    before: ['每张照片4秒'],
    v: { photos: ms(6000, 4000, 4000, 4000, 4000) },
  },
  {
    m: 'put the same one on the last photo too',
    f: 'reference',
    on: 'five',
    before: ['caption the second photo "First steps"'],
    v: { texts: [{ text: 'First steps' }, { text: 'First steps' }] },
  },
  {
    m: "can you make the baby's cheeks less red in photo 3? she had a rash that week",
    f: 'look',
    on: 'five',
    same: true,
  },

  // ——— A graduation ———
  {
    m: '做成毕业视频',
    f: 'style',
    on: 'three',
    v: {
      photos: ms(3000, 3000, 3000),
      transitions: timed(CF, 800, 2),
      look: 'warm',
      audio: [{ source: SUNDAY }],
    },
  },
  {
    m: 'graduation slideshow for my son, can the music be something inspiring?',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Horizon' }] },
  },
  {
    m: '标题改成金色，放到顶部',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: GOLD, position: 'top' },
        { text: 'Day one', color: WHITE, position: 'bottom' },
      ],
    },
  },
  {
    m: '毕业快乐四个字放在开头，黄色',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '毕业快乐', color: YELLOW, startMs: 0 }] },
  },
  {
    m: 'the cap-throwing photo is the last one, hold it for 4 seconds',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 4000) },
  },
  {
    m: '毕业典礼那张放第一个，就是第三张',
    f: 'order',
    on: 'five',
    v: { photos: src(F, B, C, S, N) },
  },
  {
    m: "the ceremony was long but the video shouldn't be, 20 seconds max",
    f: 'length',
    on: 'five',
    before: ['每张照片6秒'],
    v: { durationMs: 20000 },
  },

  // ——— A house for sale ———
  {
    m: 'listing video for 14 Elm Street: landscape for YouTube, 1080p, and keep every photo 4 seconds so buyers can look at the rooms',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '16:9',
      width: 1920,
      height: 1080,
      photos: ms(4000, 4000, 4000, 4000, 4000),
      durationMs: 16800,
    },
  },
  {
    m: '房子的视频别用花里胡哨的转场，全部用叠化',
    f: 'transition',
    on: 'three',
    v: { transitions: timed(CF, 800, 2), durationMs: 7400 },
  },
  {
    m: '客厅是第二张，让它从左往右慢慢平移',
    f: 'motion',
    on: 'three',
    v: { photos: motions(Z, PR, Z) },
  },
  {
    m: 'add the price at the bottom for the whole video: $450,000',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '$450,000', position: 'bottom', startMs: 0, endMs: 11800 }] },
  },
  {
    m: 'buyers scroll fast. total under 10 seconds please',
    f: 'length',
    on: 'five',
    v: { durationMs: 10000 },
  },
  {
    m: "make it 4K, it'll play on the TV in our office window",
    f: 'format',
    on: 'five',
    v: { width: 3840, height: 2160 },
  },
  {
    m: '画面太暗了，房子看起来很压抑',
    f: 'look',
    on: 'five',
    v: { look: 'bright' },
  },
  {
    m: 'move it to the top and keep it up for the whole video',
    f: 'reference',
    on: 'five',
    before: ['add a title "Open House Sunday"'],
    v: { texts: [{ text: 'Open House Sunday', position: 'top', startMs: 0, endMs: 11800 }] },
  },
  {
    m: 'add a title "Welcome to 14 Elm Street" that shows from 1 second to 4 seconds',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Welcome to 14 Elm Street', startMs: 1000, endMs: 4000 }] },
  },
  {
    m: '用这些照片做一个房子出售的视频，每张4秒，竖屏',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: ms(4000, 4000, 4000, 4000, 4000) },
  },
  {
    m: 'fill the screen, I hate the blurry edges',
    f: 'format',
    on: 'three',
    v: { photos: [{ fit: 'cover' }, { fit: 'cover' }, { fit: 'cover' }] },
  },

  // ——— A café's new menu ———
  {
    m: "new menu post for the café: put the coffee first, it's the star",
    f: 'order',
    on: 'things',
    v: { photos: src(CO, AS, CH, RO, DO) },
  },
  {
    m: '咖啡那张停4秒，其他的2秒',
    f: 'length',
    on: 'things',
    v: { photos: ms(2000, 2000, 4000, 2000, 2000) },
  },
  {
    m: 'square for the Instagram feed, and a title "NEW MENU" in gold',
    f: 'multi',
    on: 'things',
    v: {
      aspect: '1:1',
      width: 1080,
      height: 1080,
      texts: [{ text: 'NEW MENU', role: 'title', color: GOLD }],
    },
  },
  {
    m: '加一首慵懒一点的背景音乐，咖啡馆那种感觉',
    f: 'music',
    on: 'things',
    v: { audio: [{ source: 'Lo-fi Drift' }], photos: src(AS, CH, CO, RO, DO) },
  },
  {
    m: 'the rocket photo has nothing to do with food, take it out',
    f: 'order',
    on: 'things',
    v: { photos: src(AS, CH, CO, DO) },
  },
  {
    m: 'move that caption to the top',
    f: 'reference',
    on: 'things',
    before: ['add a caption "Oat latte $5" on the coffee photo'],
    v: { texts: [{ text: 'Oat latte $5', position: 'top' }] },
  },
  {
    m: '颜色鲜艳一点，食物要看起来好吃',
    f: 'look',
    on: 'things',
    v: { look: 'vivid' },
  },
  {
    m: 'menu items as captions, one per photo: Flat white, Croissant, Matcha, Bagel, Brownie',
    f: 'text',
    on: 'things',
    v: {
      texts: [
        { text: 'Flat white', role: 'caption' },
        { text: 'Croissant', role: 'caption' },
        { text: 'Matcha', role: 'caption' },
        { text: 'Bagel', role: 'caption' },
        { text: 'Brownie', role: 'caption' },
      ],
    },
  },
  {
    m: '4:5 for the feed, coffee photo first, and warmer colours',
    f: 'multi',
    on: 'things',
    v: { aspect: '4:5', width: 1080, height: 1350, photos: src(CO, AS, CH, RO, DO), look: 'warm' },
  },
  {
    m: 'change the color to blue',
    f: 'reference',
    on: 'things',
    before: ['add a caption "Menu drops Friday" at the bottom'],
    v: { texts: [{ text: 'Menu drops Friday', color: BLUE }] },
  },
  {
    m: '错了，应该删狗那张',
    f: 'reference',
    on: 'things',
    before: ['把咖啡那张删掉'],
    v: { photos: src(AS, CH, CO, RO) },
  },
  {
    m: "make a video for my restaurant's new menu, vertical, 20 seconds",
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', durationMs: 20000, photos: src(B, C, F, S, N) },
  },

  // ——— A dog's birthday ———
  {
    m: "it's my dog Biscuit's 3rd birthday!! make it a birthday video",
    f: 'style',
    on: 'three',
    v: {
      photos: ms(2200, 2200, 2200),
      transitions: timed('zoom-in', 500, 2),
      look: 'vivid',
      audio: [{ source: 'Confetti' }],
      durationMs: 5600,
    },
  },
  {
    m: '给狗狗过生日的视频，标题写：豆豆三岁啦',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '豆豆三岁啦', role: 'title' }] },
  },
  {
    m: 'dog photo first and zoom out on it',
    f: 'multi',
    on: 'things',
    v: {
      photos: [
        { source: DO, motion: ZO },
        { source: AS, motion: Z },
        { source: CH },
        { source: CO },
        { source: RO },
      ],
    },
  },
  {
    m: 'party music please, and fade it out over the last 3 seconds',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Confetti', fadeOutMs: 3000 }], photos: ms(3000, 3000, 3000) },
  },
  {
    m: '我女儿最喜欢火箭，火箭那张多放一会儿',
    f: 'length',
    on: 'things',
    v: { photos: ms(3000, 3000, 3000, 4000, 3000) },
  },
  {
    m: 'love it but the colours are too much, go back to the normal colours',
    f: 'look',
    on: 'three',
    before: ['make it a birthday video'],
    v: { look: 'none', photos: ms(2200, 2200, 2200) },
  },

  // ——— A school sports day ———
  {
    m: '运动会的视频，每张一秒半，要快',
    f: 'length',
    on: 'five',
    v: { photos: ms(1500, 1500, 1500, 1500, 1500) },
  },
  {
    m: "use whip pans between all the photos, it's a sports day so it should feel fast",
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(WP, WP, WP, WP) },
  },
  {
    m: 'the relay photo is the 3rd one. zoom out on it and make it 2 seconds',
    f: 'multi',
    on: 'five',
    v: {
      photos: [
        { motion: Z, durationMs: 3000 },
        { motion: Z, durationMs: 3000 },
        { motion: ZO, durationMs: 2000 },
        { motion: Z, durationMs: 3000 },
        { motion: Z, durationMs: 3000 },
      ],
    },
  },
  {
    m: '加个字幕在第二张上：100米冲刺',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '100米冲刺', role: 'caption' }] },
  },
  {
    m: 'sports day has a lot of movement, make it 60 fps',
    f: 'format',
    on: 'five',
    v: { fps: 60 },
  },
  {
    m: '标题停两秒就够了',
    f: 'reference',
    on: 'five',
    before: ['add a title "Sports Day 2025"'],
    v: { texts: [{ text: 'Sports Day 2025', startMs: 0, endMs: 2000 }] },
  },
  {
    m: '感觉有点拖沓，紧凑一点',
    f: 'length',
    on: 'five',
    v: { photos: ms(2250, 2250, 2250, 2250, 2250) },
  },
  {
    m: '第四张也是',
    f: 'reference',
    on: 'five',
    before: ['第三张拉远'],
    v: { photos: motions(Z, Z, ZO, ZO, Z) },
  },
  {
    m: "winners' names at the bottom of the last photo: Class 4B",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Class 4B', position: 'bottom' }] },
  },
  {
    m: '片尾写上：明年运动会见',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '明年运动会见', role: 'end-card' }] },
  },
  {
    m: '撤销两步',
    f: 'history',
    on: 'five',
    before: ['每张照片2秒', '标题：运动会'],
    v: { photos: ms(3000, 3000, 3000, 3000, 3000), texts: [] },
  },
  {
    m: '每隔一张放大，其他的拉远',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, ZO, Z, ZO, Z) },
  },

  // ——— A band's gig promo ———
  {
    m: 'gig promo for Saturday: vertical for Reels, electronic music, 15 seconds',
    f: 'multi',
    on: 'five',
    v: { aspect: '9:16', durationMs: 15000, audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: 'band name in red at the top: THE NIGHT OWLS',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'THE NIGHT OWLS', color: RED, position: 'top' }] },
  },
  {
    m: "make it darker and moodier, it's a night show",
    f: 'look',
    on: 'five',
    v: { look: 'dark' },
  },
  {
    m: 'hard cuts, no fades at all',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: '做成燃一点的短视频风格',
    f: 'style',
    on: 'five',
    v: { photos: ms(1500, 1500, 1500, 1500, 1500), transitions: timed(WP, 300, 4), look: 'vivid' },
  },
  {
    m: 'start it 2 seconds in',
    f: 'reference',
    on: 'five',
    before: ['add music, something electronic'],
    v: { audio: [{ source: 'Neon Pulse', startMs: 2000 }] },
  },
  {
    m: '还是横屏吧，YouTube也要发',
    f: 'reference',
    on: 'five',
    before: ['make it 9:16'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  {
    m: '转场太慢了',
    f: 'transition',
    on: 'five',
    v: { transitions: timed(CF, 500, 4) },
  },

  // ——— A travel diary ———
  {
    m: '按拍摄时间排序，第一天的放最前面',
    f: 'order',
    on: 'three',
    v: { photos: src(C, F, B) },
  },
  {
    m: 'caption each photo with the day: Day 1, Day 2, Day 3',
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
    m: '我想要从左往右的擦除转场',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('wipe-right', 'wipe-right') },
  },
  {
    m: 'slow it down a bit, it rushes through my favourite places',
    f: 'length',
    on: 'three',
    v: { photos: ms(4000, 4000, 4000) },
  },
  {
    m: '做成一个旅游vlog',
    f: 'style',
    on: 'three',
    v: {
      photos: ms(2500, 2500, 2500),
      transitions: timed(WP, 450, 2),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '音乐换成吉他的',
    f: 'reference',
    on: 'three',
    before: ['做成一个旅游vlog'],
    v: { audio: [{ source: 'Campfire' }], photos: ms(2500, 2500, 2500) },
  },
  {
    m: 'every photo pans slowly to the left, like looking out of a train window',
    f: 'motion',
    on: 'three',
    v: { photos: motions(PL, PL, PL) },
  },
  {
    m: 'make them shorter',
    f: 'reference',
    on: 'five',
    before: ['use slide transitions'],
    v: { transitions: timed(SLIDE, 500, 4) },
  },
  {
    m: 'fade in from black at the start and out to black at the end, 2 seconds each',
    f: 'transition',
    on: 'three',
    v: { fade: { inMs: 2000, outMs: 2000, color: '#000000' } },
  },
  {
    m: '把没用上的两张照片也加进去',
    f: 'order',
    on: 'three',
    v: { photos: src(B, C, F, S, N) },
  },
  {
    m: '色调冷一点，要那种冬天的感觉',
    f: 'look',
    on: 'three',
    v: { look: 'cool' },
  },
  {
    m: '转场时间长一点',
    f: 'reference',
    on: 'three',
    before: ['用叠化转场'],
    v: { transitions: timed(CF, 1200, 2) },
  },
  {
    m: 'square, zoom out on every photo, music upbeat at 50%',
    f: 'multi',
    on: 'three',
    v: { aspect: '1:1', photos: motions(ZO, ZO, ZO), audio: [{ source: 'Sunny Pop', volume: 0.5 }] },
  },

  // ——— A farewell for a colleague ———
  {
    m: 'farewell video for Priya, she is leaving after 8 years. End card: "We\'ll miss you, Priya!"',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: "We'll miss you, Priya!", role: 'end-card' }] },
  },
  {
    m: '大家的合影放最后，是第四张',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, N, S) },
  },
  {
    m: "don't make it black and white, she'd hate that. just a soft warm tone",
    f: 'negation',
    on: 'five',
    v: { look: 'warm' },
  },
  {
    m: 'undo',
    f: 'history',
    on: 'five',
    before: ['add a title "Last Day at Work"', 'make it red'],
    v: { texts: [{ text: 'Last Day at Work', color: WHITE }] },
  },
  {
    m: 'change the title to Goodbye Tom, the whole office will watch it at Friday drinks',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Goodbye Tom', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: 'keep the title, lose the caption',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }] },
  },
  {
    m: '每张照片之间用黑场过渡',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(FB, FB, FB, FB) },
  },
  {
    m: '给同事的欢送视频，节奏慢一点，温馨一点',
    f: 'multi',
    on: 'five',
    v: { photos: ms(4000, 4000, 4000, 4000, 4000), look: 'warm' },
  },
  {
    m: "music at 80%, my uncle can't hear well",
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.8 }] },
  },
  {
    m: 'no zooming on the group photo please, it is the last one',
    f: 'negation',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, ST) },
  },

  // ——— A product launch ———
  {
    m: 'launching our new mug next week — product showcase style, square',
    f: 'style',
    on: 'things',
    v: {
      aspect: '1:1',
      photos: ms(2500, 2500, 2500, 2500, 2500),
      transitions: timed('slide-left', 400, 4),
      look: 'vivid',
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: 'snappier crossfades, 0.3s',
    f: 'transition',
    on: 'five',
    v: { transitions: timed(CF, 300, 4) },
  },
  {
    m: 'no music, the store plays its own',
    f: 'music',
    on: 'rich',
    v: { audio: [] },
  },
  {
    m: '新品发布，前三张每张2秒，后面两张每张4秒',
    f: 'length',
    on: 'things',
    v: { photos: ms(2000, 2000, 2000, 4000, 4000) },
  },
  {
    m: 'zoom in for the first half and zoom out for the second half',
    f: 'motion',
    on: 'things',
    v: { photos: motions(Z, Z, Z, ZO, ZO) },
  },
  {
    m: 'keep the style but make it vertical for TikTok',
    f: 'reference',
    on: 'things',
    before: ['product showcase style'],
    v: { aspect: '9:16', photos: ms(2500, 2500, 2500, 2500, 2500) },
  },
  {
    m: '不要转场，直接切就行，但每张照片2秒',
    f: 'multi',
    on: 'things',
    v: {
      photos: ms(2000, 2000, 2000, 2000, 2000),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 10000,
    },
  },
  {
    m: '咖啡和狗换一下位置',
    f: 'order',
    on: 'things',
    v: { photos: src(AS, CH, DO, RO, CO) },
  },

  // ——— A wedding, an anniversary, a memorial ———
  {
    m: '婚礼风格，我表姐下个月结婚',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(4000, 4000, 4000, 4000, 4000),
      transitions: timed(CF, 1200, 4),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: "it's our 10th anniversary, can it feel a bit more romantic",
    f: 'look',
    on: 'three',
    v: { look: 'matte' },
  },
  {
    m: '这是给外公的追思视频',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(5000, 5000, 5000, 5000, 5000),
      transitions: timed(FB, 1500, 4),
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
      durationMs: 19000,
    },
  },
  {
    m: '照片保留彩色吧，外公生前最喜欢穿红衣服',
    f: 'reference',
    on: 'five',
    before: ['这是给外公的追思视频'],
    v: { look: 'none', photos: ms(5000, 5000, 5000, 5000, 5000), texts: [] },
  },
  {
    m: '滤镜不要了，还是原图好看',
    f: 'look',
    on: 'five',
    before: ['warm look'],
    v: { look: 'none' },
  },
  {
    m: '过了，收一点',
    f: 'look',
    on: 'three',
    before: ['give it a vintage look'],
    v: { look: 'vintage' },
  },
  {
    m: '第二张和第三张之间用白场过渡',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, FW, CF, CF) },
  },
  {
    m: 'fade to black between the last two photos only',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, FB) },
  },

  // ——— Lengths, formats, texts and music said plainly for these videos ———
  {
    m: '最后一张多停两秒，让大家看清楚合影',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 3000, 3000, 3000, 5000) },
  },
  {
    m: '2 seconds shorter please, it has to fit before the speeches',
    f: 'length',
    on: 'three',
    v: { durationMs: 7000 },
  },
  {
    m: '别改比例，只把时长改成20秒',
    f: 'negation',
    on: 'five',
    v: { aspect: '16:9', durationMs: 20000 },
  },
  {
    m: '发小红书用的，改成3:4',
    f: 'format',
    on: 'five',
    v: { aspect: '3:4', width: 1080, height: 1440 },
  },
  {
    m: '竖屏，15秒，配乐用钢琴曲，标题：欢迎新同学',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      durationMs: 15000,
      audio: [{ source: PIANO }],
      texts: [{ text: '欢迎新同学', role: 'title' }],
    },
  },
  {
    m: '第一张放大，最后一张缩小，中间的都向右平移',
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, PR, PR, PR, ZO) },
  },
  {
    m: '一直在放大缩小的，我妈说看着晕',
    f: 'motion',
    on: 'three',
    v: { photos: motions(ST, ST, ST) },
  },
  {
    m: '顺序倒过来',
    f: 'order',
    on: 'five',
    v: { photos: src(N, S, F, C, B) },
  },
  {
    m: '把派对那张删掉，跟主题没关系',
    f: 'order',
    on: 'five',
    v: { photos: src(B, C, F, S) },
  },
  {
    m: '音乐开头淡入两秒，结尾淡出三秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeInMs: 2000, fadeOutMs: 3000 }] },
  },
  {
    m: '音乐从第二张照片开始进来',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 2200 }], durationMs: 7400 },
  },
  {
    m: '字幕改成“第一天”，放到顶部',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: '第一天', position: 'top' },
      ],
    },
  },
  {
    m: '把标题删了，字幕留着',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Day one' }] },
  },
  {
    m: '标题字太小了，看不清，放大到两倍',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', size: 2.8 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    m: '字幕晚一秒出来',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', startMs: 0 },
        { text: 'Day one', startMs: 3200 },
      ],
    },
  },
  {
    m: "don't touch the music, just move the caption to the top",
    f: 'negation',
    on: 'rich',
    v: {
      audio: [{ source: LOFI, volume: 1, fadeOutMs: 2000 }],
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },

  // ——— Sessions: undo, redo, corrections, references ———
  {
    m: 'undo that last one',
    f: 'history',
    on: 'three',
    before: ['black and white', 'make it 20 seconds'],
    v: { look: 'black-and-white', durationMs: 9000 },
  },
  {
    m: '重做',
    f: 'history',
    on: 'three',
    before: ['转场换成擦除', '撤销'],
    v: { transitions: kinds(WIPE, WIPE) },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'five',
    before: ['make it 9:16', 'add a title "SOLD"'],
    v: { aspect: '16:9', texts: [] },
  },
  {
    m: '太大了，撤销',
    f: 'history',
    on: 'rich',
    before: ['make the title bigger'],
    v: {
      texts: [
        { text: 'Road Trip', size: 1.4 },
        { text: 'Day one', size: 1 },
      ],
    },
  },
  {
    m: '音乐还是加回来吧',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: LOFI }] },
  },
  {
    m: '放回原来的位置',
    f: 'history',
    on: 'three',
    before: ['把森林那张移到最前面'],
    v: { photos: src(B, C, F) },
  },
  {
    m: 'actually keep it',
    f: 'history',
    on: 'three',
    before: ['reverse the order', 'undo'],
    v: { photos: src(F, C, B) },
  },
  {
    m: '不对，是第三张',
    f: 'reference',
    on: 'five',
    before: ['第二张改成5秒'],
    v: { photos: ms(3000, 3000, 5000, 3000, 3000) },
  },
  {
    m: 'no wait, I meant the third',
    f: 'reference',
    on: 'five',
    before: ['remove the second photo'],
    v: { photos: src(B, C, S, N) },
  },
  {
    m: '不对，删的应该是森林',
    f: 'reference',
    on: 'three',
    before: ['把城市那张删掉'],
    v: { photos: src(B, C) },
  },
  {
    m: 'actually pan right',
    f: 'reference',
    on: 'five',
    before: ['pan left on photo 2'],
    v: { photos: motions(Z, PR, Z, Z, Z) },
  },
  {
    m: 'sorry, I meant the title',
    f: 'reference',
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
    m: '不是这个，是最后一个',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: { transitions: kinds(CF, CF, CF, WIPE) },
  },
  {
    m: 'and the first one too',
    f: 'reference',
    on: 'five',
    before: ['zoom out on the last photo'],
    v: { photos: motions(ZO, Z, Z, Z, ZO) },
  },
  {
    m: '最后一个也一样',
    f: 'reference',
    on: 'five',
    before: ['第一个转场改成黑场'],
    v: { transitions: kinds(FB, CF, CF, FB) },
  },
  {
    m: '字幕也一样',
    f: 'reference',
    on: 'rich',
    before: ['把标题改成黄色'],
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: 'too loud, 40%',
    f: 'reference',
    on: 'three',
    before: ['add music, something upbeat'],
    v: { audio: [{ source: 'Sunny Pop', volume: 0.4 }] },
  },
  {
    m: 'crossfades between all of them',
    f: 'reference',
    on: 'three',
    before: ['make the whole video 20 seconds'],
    v: { durationMs: 20000, transitions: kinds(CF, CF) },
  },
  {
    m: 'start it after the title',
    f: 'reference',
    on: 'rich',
    before: ['music: calm piano'],
    v: { audio: [{ source: PIANO, startMs: 3000 }] },
  },
  {
    m: '它再放久一点，加一秒',
    f: 'reference',
    on: 'five',
    before: ['第二张放大'],
    v: { photos: ms(3000, 4000, 3000, 3000, 3000) },
  },
  {
    m: 'make the fade 3 seconds',
    f: 'reference',
    on: 'three',
    before: ['fade to black at the end'],
    v: { fade: { inMs: 0, outMs: 3000, color: '#000000' } },
  },

  // ——— Questions: the draft stays as it is ———
  {
    m: 'how long is it right now? instagram stories cut off at 60s',
    f: 'question',
    on: 'five',
    same: true,
  },
  {
    m: '有哪些转场可以选？',
    f: 'question',
    on: 'five',
    same: true,
    route: 'help',
  },
  {
    m: '背景音乐是哪首歌？',
    f: 'question',
    on: 'rich',
    same: true,
  },
  {
    m: 'what order are the photos in right now',
    f: 'question',
    on: 'things',
    same: true,
  },
  {
    m: '标题现在是什么颜色？',
    f: 'question',
    on: 'rich',
    same: true,
  },
  {
    m: 'so is it vertical now?',
    f: 'question',
    on: 'three',
    before: ['vertical please'],
    same: true,
  },
  {
    m: '那现在总共多长？',
    f: 'question',
    on: 'five',
    before: ['每张照片4秒'],
    same: true,
  },

  // ——— Things Joy cannot do: the draft stays as it is ———
  {
    m: '第一张背景里有个路人，能帮我把他去掉吗',
    f: 'order',
    on: 'three',
    same: true,
  },
  {
    m: 'add a voice-over of me saying happy birthday Mia',
    f: 'music',
    on: 'five',
    same: true,
  },
  {
    m: 'add a camera shutter sound on every cut',
    f: 'music',
    on: 'rich',
    same: true,
  },
  {
    m: '能直接帮我发到朋友圈吗',
    f: 'format',
    on: 'five',
    same: true,
  },
  {
    m: '把天空换成蓝天白云',
    f: 'look',
    on: 'three',
    same: true,
  },
  {
    m: 'make a graduation video for my daughter',
    f: 'create',
    on: 'bare',
    same: true,
  },
  {
    m: 'remove the vocals from the song, keep the beat',
    f: 'music',
    on: 'rich',
    same: true,
  },
  {
    m: 'cut the music at 5 seconds',
    f: 'music',
    on: 'rich',
    same: true,
  },
];
