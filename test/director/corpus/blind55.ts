import type { CorpusCase } from './types.js';

/**
 * Blind set 55: another ordinary month of the studio's chat box, as a hidden test set drawn from real use
 * would look. Many kinds of creators — a bakery, a wedding photographer, a grandmother, a hiking club, a kid's
 * birthday, a real-estate agent, a cosplayer, a student's class project — each typing in their own way: terse
 * or chatty, typos ("trasitions"), missing punctuation, emoji, a reason beside the request ("it's for the
 * bakery's insta", 班会上要放, "grandpa always loved his old photos", "it's a house walkthrough"), two or three
 * requests in one message. Mostly ordinary requests, not tricky edge cases, in an even mix of every family:
 * lengths (the whole video, each photo, one photo, a bound, a share, the intro), transitions (kind, length,
 * one of them, between two photos), motion (all, one, sequences, exceptions, 3D), looks (kind, brightness,
 * a mood as a degree), titles and captions (words, colour, place, timing, one per photo, an end card),
 * library and own music (mood, volume, fades, where it starts, a livelier song), styles (birthday, wedding,
 * memorial, travel vlog, product, cinematic, family, with a change beside them), formats and platforms,
 * order and removals, questions that only ask, negations and exceptions, undo / redo / start over / bring
 * back, several at once, making the video from the uploads, and references back to an earlier turn. 158
 * messages, 79 of them with Chinese in them, 36 with earlier turns (`before`): 11 undo / redo / restore, 11
 * references back, 14 others (a bare value, a correction, a follow-up after a topic). Nine things Joy cannot
 * do (a stranger walking behind taken out of a photo, 路人P掉, 痘痘P掉, a voice-over, a whoosh sound effect, a
 * camera shake, posting to TikTok, a GIF, a video with nothing uploaded) must leave the draft unchanged, as
 * must nine questions and one "don't do it yet" (先别弄成竖的).
 *
 * Left out or unchecked as ambiguous from the docs: the direction of a wipe or slide (checked as wipe-* /
 * slide-*), the volume a library song is added at (unless a number is said), which whole-photo fit "show the
 * whole photos, not cropped" gives (blur or color), the canvas of a new video unless a shape is said, the
 * photo lengths after a total changed on a draft with crossfades (only the total is checked, except where
 * every photo is asked to be the same), the transitions of a new video made with a length per photo, what a
 * style does to a title, the timing of a caption that moved with its photo, which library song "add some
 * background music" or "something livelier" picks (only that it is not the person's own lo-fi.mp3 any more,
 * at the same volume), and the level of a step said without a number. Questions are checked only as
 * unchanged drafts (the credits question also by its route).
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
 * - people:  beach, city (people with a trusted mask), forest (no people); 3 s each, cuts; 9 s.
 * Cases marked `songs` have the two songs (lo-fi.mp3, Summer Vibes.mp3) among the uploads too.
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
 * director's code or corpus. First scored 151/158 (95.6 %). No expectation was corrected after scoring: each
 * failure was checked against docs/director.md and src/model, and none was the writer's error. The seven
 * misreadings, left as written:
 * - "the intro's too quick, give it an extra second" (rich): photo 1 to 4 s and the title with it, but then the
 *   whole video also lengthened to 9.4 s, so photo 1 became 4.4 s (the docs: "give the intro 1 more second" is
 *   photo 1 + 1 s).
 * - "no transitions, just straight cuts - it's a house walkthrough" (five): cuts set and then crossfades set again,
 *   so nothing changed (something in the reason beside the request was read as a second transition).
 * - "the zooming is making my nan dizzy lol": zoom-in set on every photo ("already so") instead of still photos.
 * - 先放大后缩小 (five): every photo zoom-in instead of photos 1–3 zooming in and 4–5 zooming out.
 * - "black & white pls, grandpa always loved his old photos": black and white, then the vintage look on top of
 *   it (what someone loved is a reason, not a look).
 * - "can you remove the guy walking behind us in the beach photo": the beach photo removed (retouching inside a
 *   photo never removes the photo).
 * - 先别弄成竖的，我还没想好: made 9:16 (a "not yet" asks for nothing).
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
const fits = (...names: (string | RegExp)[]) => names.map((fit) => ({ fit }));
const WHITE = '#ffffff';
const YELLOW = '#ffd600';
const RED = '#e53935';
const PINK = '#f06292';
const GOLD = '#ffc107';
/** Any song but the person's own lo-fi.mp3. */
const NOT_LOFI = /^(?!lo-fi\.mp3$).+/;

export const blind55: CorpusCase[] = [
  // ── Length ──
  {
    m: "make the whole thing 20 seconds pls, it's for the bakery's insta",
    f: 'length',
    v: { durationMs: 20000 },
  },
  {
    m: '太慢了，还是改回3秒吧',
    f: 'length',
    before: ['每张4秒'],
    v: { photos: ms(3000, 3000, 3000), durationMs: 9000 },
  },
  {
    m: '第二张太短了，给它4秒吧',
    f: 'length',
    on: 'five',
    v: { photos: ms(3000, 4000, 3000, 3000, 3000), durationMs: 12800 },
  },
  {
    m: "can the last pic stay on longer? it's the shot of the cake 🎂",
    f: 'length',
    v: { photos: ms(3000, 3000, 4000), durationMs: 10000 },
  },
  { m: '视频太长了 砍到15秒', f: 'length', on: 'five', v: { durationMs: 15000 } },
  { m: 'first photo 5s, rest 2s', f: 'length', v: { photos: ms(5000, 2000, 2000), durationMs: 9000 } },
  { m: '每张照片再短一秒', f: 'length', v: { photos: ms(2000, 2000, 2000), durationMs: 6000 } },
  {
    m: '30 secs total, same length for every photo',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000, photos: ms(6640, 6640, 6640, 6640, 6640) },
  },
  { m: '视频至少要25秒，班会上要放', f: 'length', v: { durationMs: 25000 } },
  {
    m: "the intro's too quick, give it an extra second",
    f: 'length',
    on: 'rich',
    v: { photos: ms(4000, 3000, 3000), texts: [{ text: 'Road Trip', endMs: 4000 }, { text: 'Day one' }] },
  },

  // ── Transition ──
  {
    m: '每张照片之间都加个叠化吧',
    f: 'transition',
    v: {
      transitions: [
        { kind: 'crossfade', durationMs: 800 },
        { kind: 'crossfade', durationMs: 800 },
      ],
      durationMs: 7400,
    },
  },
  {
    m: '转场都换成闪白',
    f: 'transition',
    on: 'five',
    v: { transitions: [...Array(4)].map(() => ({ kind: 'fade-white', durationMs: 800 })) },
  },
  {
    m: "no transitions, just straight cuts - it's a house walkthrough",
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut'), durationMs: 15000 },
  },
  {
    m: 'make the crossfades half a second',
    f: 'transition',
    on: 'five',
    v: { transitions: [...Array(4)].map(() => ({ kind: 'crossfade', durationMs: 500 })), durationMs: 13000 },
  },
  {
    m: '最后一个转场改成黑场',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('crossfade', 'crossfade', 'crossfade', 'fade-black') },
  },
  {
    m: 'wipe between photo 1 and 2',
    f: 'transition',
    v: { transitions: [{ kind: /^wipe-/, durationMs: 800 }, { kind: 'cut' }], durationMs: 8200 },
  },
  {
    m: '转场时间改成1秒',
    f: 'transition',
    on: 'five',
    v: { transitions: [...Array(4)].map(() => ({ kind: 'crossfade', durationMs: 1000 })), durationMs: 11000 },
  },
  { m: 'use slide trasitions', f: 'transition', v: { transitions: kinds(/^slide-/, /^slide-/) } },
  {
    m: '转场太慢了，快一点',
    f: 'transition',
    on: 'five',
    v: { transitions: [...Array(4)].map(() => ({ kind: 'crossfade', durationMs: 500 })) },
  },
  {
    m: 'actually make it a fade to black',
    f: 'transition',
    on: 'five',
    before: ['make the first transition a slide'],
    v: { transitions: kinds('fade-black', 'crossfade', 'crossfade', 'crossfade') },
  },

  // ── Motion ──
  {
    m: "keep the photos still, it's a real estate listing, nothing moving around",
    f: 'motion',
    v: { photos: motions('static', 'static', 'static') },
  },
  { m: '所有照片都改成拉远', f: 'motion', v: { photos: motions('zoom-out', 'zoom-out', 'zoom-out') } },
  {
    m: '森林那张从左往右移',
    f: 'motion',
    v: { photos: motions('zoom-in', 'zoom-in', 'pan-right') },
  },
  {
    m: '第一张放大，最后一张缩小',
    f: 'motion',
    on: 'five',
    v: { photos: motions('zoom-in', 'zoom-in', 'zoom-in', 'zoom-in', 'zoom-out') },
  },
  {
    m: 'make it 3D please, like a live photo',
    f: 'motion',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', 'zoom-in') },
  },
  {
    m: 'the zooming is making my nan dizzy lol',
    f: 'motion',
    v: { photos: motions('static', 'static', 'static') },
  },
  {
    m: 'have the astronaut one twirl around',
    f: 'motion',
    on: 'things',
    v: { photos: motions('rotate', 'zoom-in', 'zoom-in', 'zoom-in', 'zoom-in') },
  },
  {
    m: 'and the third one too',
    f: 'motion',
    before: ['zoom out on the second photo'],
    v: { photos: motions('zoom-in', 'zoom-out', 'zoom-out') },
  },
  { m: '除了第一张其他都向左平移', f: 'motion', v: { photos: motions('zoom-in', 'pan-left', 'pan-left') } },
  {
    m: '先放大后缩小',
    f: 'motion',
    on: 'five',
    v: { photos: motions('zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out') },
  },
  { m: '镜头能不能晃一晃，想要那种动作片的感觉', f: 'motion', same: true },

  // ── Look ──
  {
    m: 'black & white pls, grandpa always loved his old photos',
    f: 'look',
    v: { look: 'black-and-white', photos: ms(3000, 3000, 3000) },
  },
  { m: '调成暖色调', f: 'look', v: { look: 'warm' } },
  { m: '照片太暗了，调亮一点', f: 'look', v: { look: 'bright' } },
  { m: 'can it look like old film? a bit grainy', f: 'look', v: { look: 'vintage' } },
  { m: '滤镜不要了，还是原色好看', f: 'look', before: ['黑白'], v: { look: 'none' } },
  { m: '颜色太淡了，鲜艳一点', f: 'look', v: { look: 'vivid' } },
  {
    m: 'cooler tones for the mountain pics',
    f: 'look',
    v: { look: 'cool', transitions: kinds('cut', 'cut') },
  },
  {
    m: 'can it feel a little more romantic',
    f: 'look',
    v: { look: 'matte', photos: ms(3000, 3000, 3000), transitions: kinds('cut', 'cut') },
  },
  { m: "it's overexposed, bring the brightness down", f: 'look', v: { look: 'dark' } },
  { m: 'can you remove the guy walking behind us in the beach photo', f: 'look', same: true },
  { m: '背景里那几个路人能帮我P掉吗', f: 'look', same: true },
  { m: '把我脸上的痘痘P掉', f: 'look', same: true },

  // ── Text ──
  {
    m: "add a title 'Fresh Sourdough Daily' at the top",
    f: 'text',
    v: { texts: [{ text: 'Fresh Sourdough Daily', role: 'title', position: 'top' }] },
  },
  { m: '加标题：奶奶八十大寿', f: 'text', v: { texts: [{ text: '奶奶八十大寿', role: 'title' }] } },
  { m: '标题改成红色', f: 'text', on: 'rich', v: { texts: [{ color: RED }, { color: WHITE }] } },
  {
    m: 'move the caption up to the top',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  { m: '删掉所有字', f: 'text', on: 'rich', v: { texts: [] } },
  {
    m: "on the 2nd pic write 'Summit!'",
    f: 'text',
    v: { texts: [{ text: 'Summit!', role: 'caption', startMs: 3000, endMs: 6000 }] },
  },
  { m: '结尾加一句：感谢收看', f: 'text', v: { texts: [{ text: '感谢收看', endMs: 9000 }] } },
  {
    m: 'title hangs around too long, make it go away after 2 sec',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
  },
  {
    m: 'change the words to Open House Sunday',
    f: 'text',
    before: ['add a title "Open House"'],
    v: { texts: [{ text: 'Open House Sunday', role: 'title' }] },
  },
  {
    m: '字幕往上挪一点',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'lower-third' },
      ],
    },
  },
  {
    m: 'make it pink',
    f: 'text',
    before: ['add a title "Cosplay Con"'],
    v: { texts: [{ text: 'Cosplay Con', color: PINK }] },
  },

  // ── Music ──
  { m: 'add some chill background music', f: 'music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    m: '背景音乐音量调到百分之四十',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: '声音小一点，25%左右',
    f: 'music',
    before: ['加点背景音乐'],
    v: { audio: [{ volume: 0.25 }] },
  },
  { m: '用钢琴曲做背景音乐', f: 'music', v: { audio: [{ source: 'Quiet Piano' }] } },
  {
    m: 'fade the song out over the last 4 seconds',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }], durationMs: 7400 },
  },
  {
    m: '音乐等第二张照片出来再开始',
    f: 'music',
    on: 'rich',
    v: { audio: [{ startMs: 2200 }], durationMs: 7400 },
  },
  {
    m: "this song's too sleepy, something livelier?",
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: NOT_LOFI, volume: 1 }] },
  },
  { m: '背景音乐太响了，音量减一半吧', f: 'music', on: 'rich', v: { audio: [{ volume: 0.5 }] } },
  { m: 'put Summer Vibes on it', f: 'music', songs: true, v: { audio: [{ source: 'Summer Vibes.mp3' }] } },
  { m: 'louder, like 90%', f: 'music', before: ['add some chill music'], v: { audio: [{ volume: 0.9 }] } },
  { m: 'add a voiceover of me reading out the menu', f: 'music', same: true },
  { m: 'add a whoosh sound effect between the photos', f: 'music', same: true },

  // ── Style ──
  {
    m: 'make it a birthday video, Leo turns 7!',
    f: 'style',
    v: { look: 'vivid', photos: ms(2200, 2200, 2200), audio: [{ source: 'Confetti' }] },
  },
  {
    m: '做成婚礼那种感觉',
    f: 'style',
    on: 'five',
    v: {
      photos: ms(4000, 4000, 4000, 4000, 4000),
      transitions: [...Array(4)].map(() => ({ kind: 'crossfade', durationMs: 1200 })),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: "this is for my grandma's memorial service",
    f: 'style',
    v: {
      photos: ms(5000, 5000, 5000),
      transitions: [
        { kind: 'fade-black', durationMs: 1500 },
        { kind: 'fade-black', durationMs: 1500 },
      ],
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: "travel vlog style for our hiking club's trip",
    f: 'style',
    on: 'five',
    v: {
      photos: ms(2500, 2500, 2500, 2500, 2500),
      transitions: [...Array(4)].map(() => ({ kind: 'whip-pan', durationMs: 450 })),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '产品展示风格，我们店新出的蛋糕',
    f: 'style',
    on: 'things',
    v: {
      photos: ms(2500, 2500, 2500, 2500, 2500),
      transitions: [...Array(4)].map(() => ({ kind: 'slide-left', durationMs: 400 })),
      look: 'vivid',
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: 'cinematic style but keep my song',
    f: 'style',
    on: 'rich',
    v: {
      photos: ms(3500, 3500, 3500),
      transitions: kinds('blur-dissolve', 'blur-dissolve'),
      look: 'cool',
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '来个温馨点的风格吧，给家里人看的',
    f: 'style',
    v: {
      photos: ms(3000, 3000, 3000),
      transitions: kinds('crossfade', 'crossfade'),
      look: 'warm',
      audio: [{ source: 'Sunday Morning' }],
    },
  },
  {
    m: '纪念风格，但是保留彩色',
    f: 'style',
    v: { photos: ms(5000, 5000, 5000), look: 'none' },
  },
  {
    m: '还是换成旅行的吧',
    f: 'style',
    before: ['做成婚礼风格'],
    v: {
      photos: ms(2500, 2500, 2500),
      transitions: kinds('whip-pan', 'whip-pan'),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '纪念爷爷的视频，安静一点',
    f: 'style',
    on: 'five',
    v: { photos: ms(5000, 5000, 5000, 5000, 5000), look: 'black-and-white' },
  },

  // ── Format ──
  { m: 'need this vertical for insta reels', f: 'format', v: { width: 1080, height: 1920 } },
  { m: '改成方形的，发朋友圈用', f: 'format', v: { width: 1080, height: 1080 } },
  { m: "4:5 please, it's for the feed", f: 'format', v: { width: 1080, height: 1350 } },
  { m: '分辨率调到4K', f: 'format', v: { width: 3840, height: 2160 } },
  { m: '帧率改成60', f: 'format', v: { fps: 60 } },
  { m: '算了还是横屏吧，要传YouTube', f: 'format', before: ['竖屏'], v: { width: 1920, height: 1080 } },
  {
    m: 'there are black bars on the sides, fill the screen',
    f: 'format',
    v: { photos: fits('cover', 'cover', 'cover') },
  },
  {
    m: "hmm now my costume's cut off, show the whole photos, not cropped",
    f: 'format',
    before: ['fill the whole frame'],
    v: { photos: fits(/^(blur|color)$/, /^(blur|color)$/, /^(blur|color)$/) },
  },
  { m: '720p就行，文件小一点', f: 'format', v: { width: 1280, height: 720 } },
  { m: 'post it straight to my TikTok when it is done', f: 'format', same: true },
  { m: '导出成GIF动图', f: 'format', same: true },

  // ── Order ──
  { m: '照片顺序整个反过来', f: 'order', v: { photos: src(F, C, B) } },
  { m: 'open with the forest shot', f: 'order', v: { photos: src(F, B, C) } },
  { m: '前两张换一下位置', f: 'order', v: { photos: src(C, B, F) } },
  { m: 'move the coffee pic to the start', f: 'order', on: 'things', v: { photos: src(CO, AS, CH, RO, DO) } },
  { m: '按拍摄时间排一下', f: 'order', on: 'five', v: { photos: src(C, F, B, S, N) } },
  { m: "get rid of pic 2, it's blurry", f: 'order', v: { photos: src(B, F) } },
  { m: '把重复的那张去掉', f: 'order', on: 'flagged', v: { photos: src(B, C, F) } },
  { m: '狗那张放第二个', f: 'order', on: 'things', v: { photos: src(AS, DO, CH, CO, RO) } },
  { m: '最新的放前面', f: 'order', on: 'five', v: { photos: src(S, B, F, C, N) } },
  { m: '把第三張照片刪掉', f: 'order', v: { photos: src(B, C) } },

  // ── Question ──
  { m: 'how long is it now?', f: 'question', same: true },
  { m: '现在一共几张照片？', f: 'question', on: 'five', same: true },
  { m: '都有哪些转场效果？', f: 'question', same: true },
  { m: 'is there any music on this', f: 'question', on: 'rich', same: true },
  { m: '标题现在是什么颜色？', f: 'question', on: 'rich', same: true },
  { m: 'how many credits have I got left?', f: 'question', route: 'credits', same: true },
  { m: '每张照片现在停多久？', f: 'question', on: 'five', same: true },
  { m: "ok so what's the total length now?", f: 'question', before: ['make it 20 seconds'], same: true },
  { m: '现在放的是什么歌？', f: 'question', before: ['加点背景音乐'], same: true },

  // ── Negation ──
  {
    m: 'leave the format alone, just make it 12 seconds',
    f: 'negation',
    v: { durationMs: 12000, width: 1920, height: 1080 },
  },
  { m: '不要音乐了', f: 'negation', on: 'rich', v: { audio: [] } },
  { m: 'no zoom on the last photo', f: 'negation', v: { photos: motions('zoom-in', 'zoom-in', 'static') } },
  {
    m: '标题别动，只把字幕改成黄色',
    f: 'negation',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: YELLOW },
      ],
    },
  },
  {
    m: 'zoom out on every photo except the first',
    f: 'negation',
    v: { photos: motions('zoom-in', 'zoom-out', 'zoom-out') },
  },
  { m: '除了最后一张，每张2秒', f: 'negation', v: { photos: ms(2000, 2000, 3000) } },
  { m: '先别弄成竖的，我还没想好', f: 'negation', same: true },
  {
    m: 'no music, no text, just the pics',
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: [], photos: src(B, C, F) },
  },
  {
    m: "it's fine except the transitions feel too long",
    f: 'negation',
    on: 'five',
    v: { transitions: [...Array(4)].map(() => ({ kind: 'crossfade', durationMs: 500 })) },
  },
  {
    m: '转场不要黑场了，换回叠化',
    f: 'negation',
    on: 'five',
    before: ['转场用黑场'],
    v: { transitions: kinds('crossfade', 'crossfade', 'crossfade', 'crossfade') },
  },

  // ── History ──
  { m: 'undo that', f: 'history', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: '撤销两步',
    f: 'history',
    before: ['竖屏', '加标题：毕业快乐'],
    v: { width: 1920, height: 1080, texts: [] },
  },
  {
    m: '改回去',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },
  { m: 'redo', f: 'history', before: ['make it 9:16', 'undo'], v: { width: 1080, height: 1920 } },
  {
    m: "ugh let's just start over",
    f: 'history',
    before: ['swap the first two', 'make it 20 seconds', 'warm look'],
    v: { photos: src(B, C, F), durationMs: 9000, look: 'none' },
  },
  {
    m: 'oops undo, I still need that one',
    f: 'history',
    before: ['delete photo 3'],
    v: { photos: src(B, C, F) },
  },
  {
    m: '把音乐加回来吧',
    f: 'history',
    before: ['add some background music', 'remove the music'],
    v: { audio: [{}] },
  },
  {
    m: 'actually keep it',
    f: 'history',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: '撤销',
    f: 'history',
    before: ['make it 15 seconds', 'crossfades, 1 second'],
    v: { transitions: kinds('cut', 'cut'), durationMs: 15000 },
  },
  {
    m: '回到上一个版本',
    f: 'history',
    before: ['竖屏', '黑白'],
    v: { look: 'none', width: 1080, height: 1920 },
  },
  {
    m: 'put the title back',
    f: 'history',
    on: 'rich',
    before: ['remove the title'],
    v: { texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }] },
  },

  // ── Multi ──
  {
    m: '9:16, 15 seconds, crossfades',
    f: 'multi',
    v: { width: 1080, height: 1920, durationMs: 15000, transitions: kinds('crossfade', 'crossfade') },
  },
  {
    m: '黑白，照片不要动，每张4秒',
    f: 'multi',
    v: {
      look: 'black-and-white',
      photos: [...Array(3)].map(() => ({ motion: 'static', durationMs: 4000 })),
      durationMs: 12000,
    },
  },
  {
    m: "add a title 'Just Listed', plus some calm piano music at 30%",
    f: 'multi',
    v: { texts: [{ text: 'Just Listed', role: 'title' }], audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  {
    m: '竖屏，标题写「我们毕业啦」，配点欢快的音乐',
    f: 'multi',
    v: {
      width: 1080,
      height: 1920,
      texts: [{ text: '我们毕业啦', role: 'title' }],
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: 'remove the caption and make the title yellow',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', color: YELLOW }] },
  },
  {
    m: 'slide transitions, 1 second, and zoom out on all photos',
    f: 'multi',
    v: {
      transitions: [
        { kind: /^slide-/, durationMs: 1000 },
        { kind: /^slide-/, durationMs: 1000 },
      ],
      photos: motions('zoom-out', 'zoom-out', 'zoom-out'),
      durationMs: 7000,
    },
  },
  {
    m: '第一张5秒，结尾两秒淡出到黑',
    f: 'multi',
    v: { photos: ms(5000, 3000, 3000), fade: { outMs: 2000, color: '#000000' } },
  },
  {
    m: "make it 4:5 and 20 seconds long, and the caption should say 'Open Sat & Sun'",
    f: 'multi',
    on: 'rich',
    v: {
      width: 1080,
      height: 1350,
      durationMs: 20000,
      texts: [{ text: 'Road Trip' }, { text: 'Open Sat & Sun', role: 'caption' }],
    },
  },
  {
    m: 'zoom in on photo 1, pan left on photo 2, photo 3 stays still',
    f: 'multi',
    v: { photos: motions('zoom-in', 'pan-left', 'static') },
  },
  {
    m: 'cut the dog photo and make the rest 2.5 seconds each',
    f: 'multi',
    on: 'things',
    v: {
      photos: [AS, CH, CO, RO].map((source) => ({ source, durationMs: 2500 })),
    },
  },

  // ── Create ──
  {
    m: 'turn these pics into a slideshow',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), durationMs: 12300 },
  },
  {
    m: '帮我把这些照片做成视频，竖屏的',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), width: 1080, height: 1920 },
  },
  {
    m: 'make a 20 second video with these for my class project',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), durationMs: 20000 },
  },
  {
    m: '做一个生日视频',
    f: 'create',
    on: 'empty',
    v: { photos: [B, C, F, S, N].map((source) => ({ source, durationMs: 2200 })), look: 'vivid' },
  },
  {
    m: '拿这几张图给我剪个15秒的抖音',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), durationMs: 15000, width: 1080, height: 1920 },
  },
  { m: 'make me a video', f: 'create', on: 'bare', same: true },
  {
    m: 'create a video, no music, hard cuts',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), transitions: kinds('cut', 'cut', 'cut', 'cut'), audio: [] },
  },
  {
    m: '把照片做成视频，每张2秒',
    f: 'create',
    on: 'empty',
    v: { photos: [B, C, F, S, N].map((source) => ({ source, durationMs: 2000 })) },
  },
  {
    m: 'make a video with the lo-fi song',
    f: 'create',
    on: 'empty',
    songs: true,
    v: { photos: src(B, C, F, S, N), audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'wedding slideshow from these photos please',
    f: 'create',
    on: 'empty',
    v: { photos: [B, C, F, S, N].map((source) => ({ source, durationMs: 4000 })), look: 'matte' },
  },

  // ── Reference ──
  {
    m: 'same for the last one',
    f: 'reference',
    before: ['make the second photo 5 seconds'],
    v: { photos: ms(3000, 5000, 5000) },
  },
  {
    m: '第三张也一样',
    f: 'reference',
    before: ['第二张向右平移'],
    v: { photos: motions('zoom-in', 'pan-right', 'pan-right') },
  },
  {
    m: 'put it at the top',
    f: 'reference',
    before: ["caption the first photo 'Day 1'"],
    v: { texts: [{ text: 'Day 1', position: 'top' }] },
  },
  {
    m: 'the next one too',
    f: 'reference',
    on: 'five',
    before: ['make the first transition a wipe'],
    v: { transitions: kinds(/^wipe-/, /^wipe-/, 'crossfade', 'crossfade') },
  },
  { m: '再加一秒', f: 'reference', before: ['把城市那张改成4秒'], v: { photos: ms(3000, 5000, 3000) } },
  {
    m: '算了，改成向右平移',
    f: 'reference',
    before: ['第三张拉远'],
    v: { photos: motions('zoom-in', 'zoom-in', 'pan-right') },
  },
  {
    m: 'put it back where it was',
    f: 'reference',
    before: ['move the forest photo to the front'],
    v: { photos: src(B, C, F) },
  },
  {
    m: 'no, I meant photo 3',
    f: 'reference',
    before: ['make photo 2 five seconds'],
    v: { photos: ms(3000, 3000, 5000) },
  },
  {
    m: '颜色改成金色',
    f: 'reference',
    before: ['加个标题"Mia 5岁啦"'],
    v: { texts: [{ text: 'Mia 5岁啦', color: GOLD }] },
  },
  { m: '其他的2秒', f: 'reference', before: ['第一张4秒'], v: { photos: ms(4000, 2000, 2000) } },
  {
    m: '放到第二张上',
    f: 'reference',
    before: ['在第一张加字幕“第一天”'],
    v: { texts: [{ text: '第一天', startMs: 3000, endMs: 6000 }] },
  },
];
