import { type CorpusCase, each } from './types.js';

/**
 * Blind set 36: creators typing on a phone the way 小红书, 抖音 and 微信 are written — 口语 and 网络用语
 * (丝滑, 氛围感, 高级感, 燃, ins风, bgm, vlog), particles (呀 啦 吧 捏 呗), dropped subjects, numbers in every
 * form (两秒半, 1.5s, 二十秒, 一分钟, 1.5倍, 一半, 三分之一, 六成, 百分之四十, 0.3秒), photos named in every form
 * (第三张, 倒数第二张, 最后那张, 中间那张, 前两张, 后面几张, 第2到第4张, 单数张 / 双数张, 猫那张, 日落那张, 海边到城市那里,
 * 它前面那张), English words inside Chinese (bgm, title, transition, slide, lofi, fade out, vlog, 9:16, 4k), Traditional Chinese
 * and Cantonese (第三張都係咁, 每张相停耐啲, 啲相太暗喇，調光啲, 幫我整靚啲, 唔該將個標題改做紅色, 而家有冇背景音樂呀), and the
 * same creators writing English ("make those 4 seconds instead", "oops wrong one, the second", "title says
 * 'Happy 30th Mia', she's gonna cry"). 38 cases are short SESSIONS with one or two earlier turns in `before`: a
 * first video asked for in the empty studio and then refined, references back (这张, 它, 它们, 刚才那个字幕,
 * 同样的, 也这样, 第三张也一样, "same for the fourth", "move it to the city one"), corrections (不是这张，是最后那张,
 * 不对，是第三张 after a removal, 不是第一个，是第三个 of transitions, 说错了，是字幕, "sorry, I meant the caption",
 * "no wait, the one after it") and undo / redo (撤回, 撤销两步, 重做, "redo pls", 算了，撤了吧, taking a look back
 * a step). The rest are single messages across every family: length (the total, each photo, one photo, steps,
 * fractions, bounds), transitions (kind, length, one of them, a step), motion (per photo, ranges, odd/even,
 * sequences), looks (and a strength step), titles and captions (words, colour, size, position, timing, one per
 * photo), library music (mood, volume, fades, where it starts), styles, formats and platforms, order, removals,
 * questions (draft unchanged), negation (不要 / 别 / 不用 / 去掉 / "no more"), several requests in one message,
 * reasons and asides beside a request that ask for nothing (现在白的看不清, 老板说要安静点的, 旁白我后面自己录,
 * 显得皮肤好一点, 那是我们第一次见面的地方, "it's the big reveal lol", 我开网店的). Eight things Joy cannot do
 * (removing a passer-by from a photo, a voice-over, a whoosh sound effect, GIF output, posting to 小红书, slimming a
 * face, removing a watermark, replacing the sky) and one video asked for with nothing uploaded must leave the
 * draft unchanged. 158 messages, 112 of them with Chinese in them, 38 with earlier turns.
 *
 * Left out or unchecked as ambiguous from the docs: the direction of a bare wipe
 * or slide transition (checked as wipe-*, slide-*), which lively song 燃 picks (only that the person's own song
 * is replaced), which song a bare "加点音乐" picks, the volume of a library song added without a number, the
 * crossfades' length in a new video made with a per-photo length (only the photos are checked), the end of a
 * caption whose start is moved by an amount (only its start), a look's strength after 过了，收一点 (the view has
 * no strength: only that the look stays), and the title's timing in a new video. Questions are checked as
 * unchanged drafts, with the route only where docs/director.md names it (status: "how long"; help: "what …
 * do you have", 有哪些…可以选).
 * Written from the README, docs/director.md, the fixtures, src/model, src/catalog and examples/photos/README.md
 * without reading the director's code or corpus. First scored 144/158 (91.1 %). No expectation was corrected
 * after scoring: each failure was checked against docs/director.md and src/model, and none was the writer's error.
 * The fourteen misreadings, left as written: 标题换成黄色的捏 (the particle 的捏 became the title's words),
 * 它前面那张也这样 after 火箭那张向右平移 (not understood: the photo before the one just edited), 最后一张也加个同样的
 * after a caption on photo 1 (not understood: the same caption on the last photo), 说错了，是字幕 after 把标题放到顶部
 * (not understood as a correction), "no wait, the one after it" after "make photo 2 five seconds" (not
 * understood: the photo after the wrong one), 算了，撤了吧 after a style (撤了 not read as undo), 时长变成原来的1.5倍
 * (not understood; 原来的两倍 is documented), 猫那张停五秒 (the director answered that it cannot tell the cat from
 * the file names; the expectation rests on examples/photos/README.md, "chelsea.jpg — Chelsea the cat", which the
 * director does not read, so this one is debatable, but it does not contradict the docs and is left as written),
 * 海边到城市那里加个叠化 (every transition became a crossfade, not only the one between the beach and the city),
 * 第一张加字幕：出发！ (the full-width ！ was dropped from the caption's words; the docs say texts keep full-width
 * punctuation as typed), 别再放大了，看着累 (read as "zoom in" and left unchanged, not as "no more zooming"),
 * 标题改成黄色，现在白的看不清 (the reason also made the title bigger, 1.8; the docs say it is no size),
 * 换个钢琴曲吧，老板说要安静点的 (the song's mood also slowed the photos to 4 s and lengthened the crossfades),
 * 用这些图做个vlog，横屏 (a plain new video, not the travel vlog style whose aliases include vlog).
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, no fade, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s (photo k starts at
 *            2.2 × k s).
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s; music lo-fi.mp3 (volume 1, fade in 0,
 *            fade out 2 s, from 0); title "Road Trip" (0–3 s, center, size 1.4), caption "Day one" on photo 2
 *            (2.2–5.2 s, bottom, size 1), both white.
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s. chelsea.jpg is the cat
 *            (examples/photos/README.md: "Chelsea the cat"), so 猫那张 is photo 2; 宇航员 astronaut, 咖啡 coffee,
 *            火箭 rocket, 狗 dog.
 * - empty:   nothing yet; the uploads are the five photos and no song. A new video (src/model/default-plan.ts)
 *            is the five photos in upload order, 3.1 s each, crossfades 0.8 s (12.3 s), no music.
 * - bare:    nothing yet and nothing uploaded.
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July, party night none (undated photos go
 * after the dated ones). 日落 is the sunset photo, 海边 beach, 城市 city, 森林 forest. Styles (photo, transition,
 * look, library music when the song is not the person's own): birthday 2.2 s zoom-in 0.5 s vivid; travel vlog
 * 2.5 s whip-pan 0.45 s warm Road Trip; wedding 4 s crossfade 1.2 s matte First Dance; memorial 5 s fade-black
 * 1.5 s black-and-white Remembrance; product 2.5 s slide-left 0.4 s vivid; family 3 s crossfade 0.8 s warm.
 * Library tracks by mood word (src/catalog/music.ts): 钢琴 / 安静 → Quiet Piano, 浪漫 → First Dance, 电子 → Neon
 * Pulse, 民谣 → Campfire, epic → Horizon, lo-fi → Lo-fi Drift, upbeat / 欢快 → Sunny Pop. Durations: a
 * transition overlaps the photos it joins (total = photos − transitions) and lasts at most half the shorter
 * photo beside it; a transition put where a cut was takes 0.8 s; "faster"/"slower", "longer"/"shorter" of photos
 * are × 3/4 / × 4/3, of transitions × 0.6 / × 1.5 (0.8 s → 0.5 s / 1.2 s); a title is added at size 1.4 over
 * the first 3 s, a caption at 1 (on a photo: that photo's time); a text moved "up a bit" goes one place up (top,
 * centre, lower third, bottom); text colours from src/model/palette.ts (青色 #00bcd4, 粉色 #f06292, 金色 #ffc107).
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
const WIPE = /^wipe-/;
const SLIDE = /^slide-/;
const YELLOW = '#ffd600';
const RED = '#e53935';
const GOLD = '#ffc107';
const PINK = '#f06292';
const WHITE = '#ffffff';
const LOFI = 'lo-fi.mp3';
const PIANO = 'Quiet Piano';
/** Any song but the person's own lo-fi.mp3. */
const NOT_LOFI = /^(?!lo-fi\.mp3$)/;

export const blind36: CorpusCase[] = [
  // ───────────── sessions: a first video in the empty studio, then refinements ─────────────
  // new video: 5 photos, crossfades 0.8 s; 5 × 2.5 − 4 × 0.8 = 9.3 s
  {
    m: '每张两秒半吧',
    f: 'length',
    on: 'empty',
    before: ['帮我把这些照片做成视频呀'],
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: '标题换成黄色的捏',
    f: 'reference',
    on: 'empty',
    before: ['用这些图出个视频', '加个标题：海岛三日'],
    v: { texts: [{ text: '海岛三日', role: 'title', color: YELLOW }] },
  },
  {
    m: '音量调到百分之四十',
    f: 'reference',
    on: 'empty',
    before: ['做个视频', '加点钢琴曲'],
    v: { audio: [{ source: PIANO, volume: 0.4 }] },
  },
  {
    m: '时长改成0.3秒',
    f: 'reference',
    on: 'empty',
    before: ['帮我剪个视频', '转场都换成闪白'],
    v: { transitions: each(4, { kind: 'fade-white', durationMs: 300 }) },
  },
  {
    m: '音量六成，淡入1秒',
    f: 'reference',
    on: 'empty',
    before: ['帮我生成视频', '音乐用电子乐'],
    v: { audio: [{ source: 'Neon Pulse', volume: 0.6, fadeInMs: 1000 }] },
  },
  {
    m: 'put it at the top and make it gold pls',
    f: 'reference',
    on: 'empty',
    before: ['make a video with these', 'add a title "Island Days"'],
    v: { texts: [{ text: 'Island Days', role: 'title', position: 'top', color: GOLD }] },
  },
  // 5 × 2.5 − 4 × 0.8 = 9.3 s
  {
    m: 'hmm too fast, make them 2.5',
    f: 'reference',
    on: 'empty',
    before: ['make a slideshow', 'each photo 2s'],
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: 'a bit quieter, like 50%',
    f: 'reference',
    on: 'empty',
    before: ['slideshow pls', 'add upbeat music'],
    v: { audio: [{ source: 'Sunny Pop', volume: 0.5 }] },
  },

  // ───────────── sessions on a made video: references back ─────────────
  {
    m: '第三张也一样',
    f: 'reference',
    before: ['第二张停4秒'],
    v: { photos: ms(3000, 4000, 4000), durationMs: 11000 },
  },
  {
    m: '最后一个也一样',
    f: 'reference',
    on: 'five',
    before: ['第二个转场换成黑场'],
    v: { transitions: kinds(CF, FB, CF, FB) },
  },
  {
    m: '第三张也这样',
    f: 'reference',
    before: ['第一张缩小'],
    v: { photos: motions(ZO, Z, ZO) },
  },
  {
    m: '它前面那张也这样',
    f: 'reference',
    on: 'things',
    before: ['火箭那张向右平移'],
    v: { photos: motions(Z, Z, PR, PR, Z) },
  },
  {
    m: '然后它停5秒',
    f: 'reference',
    before: ['把城市那张放到最后'],
    v: {
      photos: [
        { source: B, durationMs: 3000 },
        { source: F, durationMs: 3000 },
        { source: C, durationMs: 5000 },
      ],
    },
  },
  {
    m: '再加一秒',
    f: 'reference',
    before: ['第二张放久一点'],
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'make those 4 seconds instead',
    f: 'reference',
    on: 'things',
    before: ['pics 2 to 4 two secs each'],
    v: { photos: ms(3000, 4000, 4000, 4000, 3000), durationMs: 18000 },
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
    m: '刚才那个字幕放顶上吧',
    f: 'reference',
    before: ['第一张加字幕"出发啦"'],
    v: { texts: [{ text: '出发啦', role: 'caption', position: 'top' }] },
  },
  // the title is the only text: 1.4 × 2 = 2.8; "放大" here is the words, the photos keep their zoom-in
  {
    m: '字太小了，放大一倍',
    f: 'reference',
    before: ['加个标题：夏日碎片'],
    v: { texts: [{ text: '夏日碎片', role: 'title', size: 2.8 }], photos: motions(Z, Z, Z) },
  },
  // photo 1 starts at 0 (0–3 s); photo 5 at 4 × 2.2 = 8.8 s (8.8–11.8 s)
  {
    m: '最后一张也加个同样的',
    f: 'reference',
    on: 'five',
    before: ['第一张加字幕：早安'],
    v: {
      texts: [
        { text: '早安', role: 'caption', startMs: 0, endMs: 3000 },
        { text: '早安', role: 'caption', startMs: 8800, endMs: 11800 },
      ],
    },
  },
  {
    m: '第三張都係咁',
    f: 'reference',
    before: ['第二張相唔好郁'],
    v: { photos: motions(Z, ST, ST) },
  },
  {
    m: 'same for the fourth',
    f: 'reference',
    on: 'five',
    before: ['zoom out on the third photo'],
    v: { photos: motions(Z, Z, ZO, ZO, Z) },
  },
  // photo 2 of three cut 3 s photos: 3–6 s
  {
    m: 'move it to the city one',
    f: 'reference',
    before: ['add a caption "first stop" on the beach photo'],
    v: { texts: [{ text: 'first stop', role: 'caption', startMs: 3000, endMs: 6000 }] },
  },
  {
    m: '不要了，删掉',
    f: 'reference',
    before: ['加点音乐'],
    v: { audio: [] },
  },

  // ───────────── sessions: corrections ─────────────
  {
    m: '不是这张，是最后那张',
    f: 'reference',
    before: ['第一张向左平移'],
    v: { photos: motions(Z, Z, PL) },
  },
  {
    m: '不对，是第三张',
    f: 'reference',
    on: 'five',
    before: ['删掉第二张'],
    v: { photos: src(B, C, S, N) },
  },
  {
    m: 'oops wrong one, the second',
    f: 'reference',
    before: ['delete the first one'],
    v: { photos: src(B, F) },
  },
  {
    m: '不是第一个，是第三个',
    f: 'reference',
    on: 'five',
    before: ['第一个转场换成擦除'],
    v: { transitions: kinds(CF, CF, WIPE, CF) },
  },
  {
    m: '说错了，是字幕',
    f: 'reference',
    on: 'rich',
    before: ['把标题放到顶部'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'top' },
      ],
    },
  },
  {
    m: 'sorry, I meant the caption',
    f: 'reference',
    on: 'rich',
    before: ['make the title red'],
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: RED },
      ],
    },
  },
  {
    m: 'no wait, the one after it',
    f: 'reference',
    on: 'five',
    before: ['make photo 2 five seconds'],
    v: { photos: ms(3000, 3000, 5000, 3000, 3000) },
  },

  // ───────────── sessions: undo, redo, taking back ─────────────
  {
    m: '撤回',
    f: 'history',
    before: ['黑白'],
    route: 'undo',
    v: { look: 'none' },
  },
  {
    m: '撤销两步',
    f: 'history',
    before: ['转场用叠化', '转场再长一点'],
    route: 'undo',
    v: { transitions: kinds('cut', 'cut'), durationMs: 9000 },
  },
  {
    m: '重做',
    f: 'history',
    before: ['倒序', '撤销'],
    route: 'redo',
    v: { photos: src(F, C, B) },
  },
  {
    m: 'redo pls',
    f: 'history',
    before: ['竖屏', 'undo'],
    route: 'redo',
    v: { aspect: '9:16' },
  },
  {
    m: '算了，撤了吧',
    f: 'history',
    before: ['婚礼风格'],
    v: { photos: ms(3000, 3000, 3000), transitions: kinds('cut', 'cut'), look: 'none', audio: [] },
  },
  {
    m: 'hmm actually I want the caption back',
    f: 'history',
    on: 'rich',
    before: ['remove the caption'],
    v: {
      texts: [
        { text: 'Road Trip', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '过了，收一点',
    f: 'look',
    before: ['暖色调'],
    v: { look: 'warm' },
  },
  {
    m: 'ok now everything looks too yellow',
    f: 'look',
    before: ['warmer colours pls'],
    v: { look: 'none' },
  },

  // ───────────── length: the whole video, each photo, one photo, steps, fractions ─────────────
  { m: '整个视频二十秒', f: 'length', v: { durationMs: 20000 } },
  { m: '总时长一分钟吧', f: 'length', on: 'five', v: { durationMs: 60000 } },
  // a transition may take at most half a 1.5 s photo: 0.75 s; 7.5 − 4 × 0.75 = 4.5 s
  {
    m: '每张1.5s就行',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 1500 }), durationMs: 4500 },
  },
  { m: '第三张放两秒半', f: 'length', v: { photos: ms(3000, 3000, 2500), durationMs: 8500 } },
  { m: '倒数第二张停4秒', f: 'length', on: 'five', v: { photos: ms(3000, 3000, 3000, 4000, 3000) } },
  { m: 'first two pics 2s each', f: 'length', v: { photos: ms(2000, 2000, 3000), durationMs: 7000 } },
  // 4 + 4 × 2 − 4 × 0.8 = 8.8 s
  {
    m: '第一张4秒，后面几张2秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(4000, 2000, 2000, 2000, 2000), durationMs: 8800 },
  },
  { m: '第2到第4张每张2.5秒', f: 'length', on: 'five', v: { photos: ms(3000, 2500, 2500, 2500, 3000) } },
  { m: '中间那张停久一点', f: 'length', v: { photos: ms(3000, 4000, 3000) } },
  { m: '视频缩短三分之一', f: 'length', v: { durationMs: 6000 } },
  { m: 'half the length pls', f: 'length', on: 'five', v: { durationMs: 5900 } },
  { m: '时长变成原来的1.5倍', f: 'length', v: { durationMs: 13500 } },
  { m: '第一张停三秒半，最后一张一秒半', f: 'length', v: { photos: ms(3500, 3000, 1500), durationMs: 8000 } },
  { m: 'each pic like 2 sec', f: 'length', v: { photos: ms(2000, 2000, 2000), durationMs: 6000 } },
  { m: '猫那张停五秒', f: 'length', on: 'things', v: { photos: ms(3000, 5000, 3000, 3000, 3000) } },
  // the transitions beside the 1.5 s photos shrink to 0.75 s: 12 − (0.75 + 0.75 + 0.8 + 0.8) = 8.9 s
  {
    m: '前两张一秒半，剩下的三秒',
    f: 'length',
    on: 'five',
    v: { photos: ms(1500, 1500, 3000, 3000, 3000), durationMs: 8900 },
  },
  { m: '每张相停耐啲，四秒', f: 'length', v: { photos: ms(4000, 4000, 4000), durationMs: 12000 } },

  // ───────────── transitions ─────────────
  { m: '转场全部换成叠化，丝滑一点', f: 'transition', v: { transitions: kinds(CF, CF) } },
  {
    m: 'last transition just a cut pls',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, 'cut'), photos: src(B, C, F, S, N) },
  },
  {
    m: '转场快一点',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: CF, durationMs: 500 }) },
  },
  {
    m: 'use whip pans, 0.3s',
    f: 'transition',
    v: { transitions: each(2, { kind: 'whip-pan', durationMs: 300 }) },
  },
  {
    m: '海边到城市那里加个叠化',
    f: 'transition',
    v: { transitions: [{ kind: CF, durationMs: 800 }, { kind: 'cut' }] },
  },
  {
    m: '转场要有高级感，换成模糊溶解，1秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'blur-dissolve', durationMs: 1000 }) },
  },
  {
    m: 'dip to black between the last two',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, CF, CF, FB) },
  },
  {
    m: '第二个 transition 换成 slide',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds(CF, SLIDE, CF, CF) },
  },

  // ───────────── motion ─────────────
  { m: 'pan the 2nd pic left to right', f: 'motion', v: { photos: motions(Z, PR, Z) } },
  { m: '前面放大后面缩小', f: 'motion', on: 'things', v: { photos: motions(Z, Z, Z, ZO, ZO) } },
  { m: 'zoom out on everything except the first one', f: 'motion', v: { photos: motions(Z, ZO, ZO) } },
  { m: '照片晃来晃去的看着晕', f: 'motion', v: { photos: motions(ST, ST, ST) } },
  { m: '第一张加个旋转', f: 'motion', v: { photos: motions('rotate', Z, Z) } },
  { m: '单数张放大，双数张缩小', f: 'motion', on: 'five', v: { photos: motions(Z, ZO, Z, ZO, Z) } },
  { m: 'pan right on pics 1 and 3', f: 'motion', v: { photos: motions(PR, Z, PR) } },

  // ───────────── looks ─────────────
  { m: 'make it black & white pls', f: 'look', v: { look: 'black-and-white' } },
  { m: '整体暖色调，氛围感拉满', f: 'look', v: { look: 'warm' } },
  { m: 'colours look so washed out, make them pop more', f: 'look', v: { look: 'vivid' } },
  { m: '啲相太暗喇，調光啲', f: 'look', v: { look: 'bright' } },
  { m: '幫我整靚啲，色調暖啲', f: 'look', v: { look: 'warm' } },
  { m: 'cooler tones pls', f: 'look', v: { look: 'cool' } },

  // ───────────── titles and captions ─────────────
  {
    m: '加个标题「毕业啦」放顶部，金色',
    f: 'text',
    v: { texts: [{ text: '毕业啦', role: 'title', position: 'top', color: GOLD }] },
  },
  {
    m: '片尾加一句：谢谢你们来看呀',
    f: 'text',
    v: { texts: [{ text: '谢谢你们来看呀', role: 'end-card' }] },
  },
  {
    m: '第一张加字幕：出发！',
    f: 'text',
    v: { texts: [{ text: '出发！', role: 'caption', startMs: 0, endMs: 3000 }] },
  },
  {
    m: 'title only for 2 secs',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 2000 }, { text: 'Day one' }], durationMs: 7400 },
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
      durationMs: 7400,
    },
  },
  {
    m: '加个title "Tokyo Diary" in white, top',
    f: 'text',
    v: { texts: [{ text: 'Tokyo Diary', role: 'title', position: 'top', color: WHITE }] },
  },
  {
    m: '字幕换成青色',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: WHITE },
        { text: 'Day one', color: '#00bcd4' },
      ],
    },
  },
  {
    m: '幫我加個標題叫「我們的夏天」',
    f: 'text',
    v: { texts: [{ text: '我們的夏天', role: 'title' }] },
  },
  {
    m: '唔該將個標題改做紅色',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: RED },
        { text: 'Day one', color: WHITE },
      ],
    },
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
  // three cut photos: 0–3, 3–6, 6–9 s
  {
    m: '给每张加个字幕：第一天、第二天、第三天',
    f: 'text',
    v: {
      texts: [
        { text: '第一天', role: 'caption', startMs: 0, endMs: 3000 },
        { text: '第二天', role: 'caption', startMs: 3000, endMs: 6000 },
        { text: '第三天', role: 'caption', startMs: 6000, endMs: 9000 },
      ],
    },
  },

  // ───────────── library music ─────────────
  { m: '加个bgm，要轻松一点的lofi', f: 'music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  { m: '配乐换成钢琴曲', f: 'music', on: 'rich', v: { audio: [{ source: PIANO }] } },
  { m: '音乐声音小一半', f: 'music', on: 'rich', v: { audio: [{ source: LOFI, volume: 0.5 }] } },
  {
    m: 'fade the music in 2s and out 4s',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, fadeInMs: 2000, fadeOutMs: 4000 }] },
  },
  { m: '来首浪漫点的歌', f: 'music', v: { audio: [{ source: 'First Dance' }] } },
  { m: '换个燃一点的bgm', f: 'music', on: 'rich', v: { audio: [{ source: NOT_LOFI }] } },
  { m: 'add some epic music', f: 'music', on: 'five', v: { audio: [{ source: 'Horizon' }] } },
  // photo 2 of rich starts at 3 − 0.8 = 2.2 s
  {
    m: '等第二张出来再进音乐',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, startMs: 2200 }], durationMs: 7400 },
  },

  // ───────────── styles ─────────────
  // wedding: 4 s photos, 1.2 s crossfades, matte, First Dance; 12 − 2.4 = 9.6 s
  {
    m: "wedding style, it's for my sister's big day",
    f: 'style',
    v: {
      photos: ms(4000, 4000, 4000),
      transitions: each(2, { kind: CF, durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
      durationMs: 9600,
    },
  },
  // memorial: 5 s photos, 1.5 s fades through black, black and white, Remembrance; 25 − 6 = 19 s
  {
    m: '这是给我奶奶做的纪念视频',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 5000 }),
      transitions: each(4, { kind: FB, durationMs: 1500 }),
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
      durationMs: 19000,
    },
  },
  // birthday over the person's own song: 2.2 s photos, 0.5 s zoom transitions, vivid; 6.6 − 1 = 5.6 s
  {
    m: '生日风格，但音乐不要换',
    f: 'style',
    on: 'rich',
    v: {
      photos: ms(2200, 2200, 2200),
      transitions: kinds('zoom-in', 'zoom-in'),
      look: 'vivid',
      audio: [{ source: LOFI }],
      durationMs: 5600,
    },
  },
  // travel vlog: 2.5 s, whip pans, warm, Road Trip
  {
    m: '改成旅行vlog那种',
    f: 'style',
    v: {
      photos: ms(2500, 2500, 2500),
      transitions: kinds('whip-pan', 'whip-pan'),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  // family: 3 s, crossfades 0.8 s, warm; the song asked away
  {
    m: 'family vibe, no music tho',
    f: 'style',
    v: { photos: ms(3000, 3000, 3000), transitions: kinds(CF, CF), look: 'warm', audio: [] },
  },
  // product showcase: 2.5 s, slide-left 0.4 s, vivid; 12.5 − 1.6 = 10.9 s
  {
    m: '做成产品展示的感觉，我开网店的',
    f: 'style',
    on: 'things',
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      look: 'vivid',
      durationMs: 10900,
    },
  },

  // ───────────── formats and platforms ─────────────
  { m: '要发抖音，9:16竖屏', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: '方形的，发朋友圈', f: 'format', v: { aspect: '1:1' } },
  { m: 'ins风的4:5', f: 'format', v: { aspect: '4:5' } },
  { m: '要4k的竖版', f: 'format', v: { aspect: '9:16', width: 2160, height: 3840 } },
  {
    m: '两边有黑边，铺满吧',
    f: 'format',
    v: { photos: [{ fit: 'cover' }, { fit: 'cover' }, { fit: 'cover' }] },
  },
  { m: 'fps 24 pls', f: 'format', v: { fps: 24 } },

  // ───────────── order and removals ─────────────
  { m: '倒过来放', f: 'order', v: { photos: src(F, C, B) } },
  // city 1 July, forest 2 July, beach 3 July
  { m: 'put them in the order I took them', f: 'order', v: { photos: src(C, F, B) } },
  // sunset 4 July first; party night has no date and goes last
  { m: '最新的放前面', f: 'order', on: 'five', v: { photos: src(S, B, F, C, N) } },
  { m: '第一张和第三张对调', f: 'order', v: { photos: src(F, C, B) } },
  { m: '咖啡那张挪到最后面去', f: 'order', on: 'things', v: { photos: src(AS, CH, RO, DO, CO) } },
  { m: 'city first, then forest, beach last', f: 'order', v: { photos: src(C, F, B) } },
  { m: '日落那张放第一个', f: 'order', on: 'five', v: { photos: src(S, B, C, F, N) } },
  { m: 'put the party pic second', f: 'order', on: 'five', v: { photos: src(B, N, C, F, S) } },
  { m: 'keep just the first 3 pics', f: 'order', on: 'five', v: { photos: src(B, C, F) } },
  { m: '狗那张拍糊了，删掉吧', f: 'order', on: 'things', v: { photos: src(AS, CH, CO, RO) } },

  // ───────────── questions: the draft stays as it is ─────────────
  { m: '现在视频多长呀？', f: 'question', on: 'five', route: 'status', same: true },
  { m: '有哪些转场可以选？', f: 'question', route: 'help', same: true },
  { m: 'what filter is on it rn', f: 'question', same: true },
  { m: 'is there music on this rn?', f: 'question', same: true },
  { m: '每张图现在几秒？', f: 'question', on: 'five', same: true },
  { m: '可以导出1080p的吗？', f: 'question', same: true },
  { m: '而家有冇背景音樂呀？', f: 'question', on: 'rich', same: true },

  // ───────────── negation ─────────────
  { m: '背景音乐不要了，太吵', f: 'negation', on: 'rich', v: { audio: [] } },
  { m: '别改成竖屏，就把时长改成12秒', f: 'negation', v: { aspect: '16:9', durationMs: 12000 } },
  {
    m: "don't touch the music, just make it 12 seconds",
    f: 'negation',
    on: 'rich',
    v: { durationMs: 12000, audio: [{ source: LOFI, volume: 1, fadeOutMs: 2000 }] },
  },
  {
    m: '不用加字幕，加个标题就行：海边日记',
    f: 'negation',
    v: { texts: [{ text: '海边日记', role: 'title' }] },
  },
  {
    m: '颜色别动，只把转场改成黑场',
    f: 'negation',
    on: 'five',
    v: { transitions: kinds(FB, FB, FB, FB), look: 'none' },
  },
  { m: '别再放大了，看着累', f: 'negation', v: { photos: motions(ST, ST, ST) } },
  {
    m: 'no more crossfades',
    f: 'negation',
    on: 'five',
    v: { transitions: kinds('cut', 'cut', 'cut', 'cut') },
  },

  // ───────────── several requests in one message ─────────────
  {
    m: '竖屏，15秒，加标题：周末去哪儿',
    f: 'multi',
    v: { aspect: '9:16', durationMs: 15000, texts: [{ text: '周末去哪儿', role: 'title' }] },
  },
  {
    m: 'square, 2s each, no transitions',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 2000 }),
      transitions: kinds('cut', 'cut', 'cut', 'cut'),
      durationMs: 10000,
    },
  },
  // 9 − 2 × 0.5 = 8 s
  {
    m: '转场换成叠化0.5秒，然后音乐音量调到30%',
    f: 'multi',
    on: 'rich',
    v: {
      transitions: each(2, { kind: CF, durationMs: 500 }),
      audio: [{ source: LOFI, volume: 0.3 }],
      durationMs: 8000,
    },
  },
  {
    m: '标题改成“夏日限定”，颜色换成粉色，放顶部',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [
        { text: '夏日限定', role: 'title', color: PINK, position: 'top' },
        { text: 'Day one', color: WHITE },
      ],
    },
  },
  // 10 − 4 × 0.4 = 8.4 s; 欢快 is Sunny Pop's first Chinese mood
  {
    m: '每张2秒，转场0.4秒，再加点欢快的音乐',
    f: 'multi',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: CF, durationMs: 400 }),
      audio: [{ source: 'Sunny Pop' }],
      durationMs: 8400,
    },
  },
  {
    m: 'make it 4:5, warm look, and music at 40%',
    f: 'multi',
    on: 'rich',
    v: { aspect: '4:5', look: 'warm', audio: [{ source: LOFI, volume: 0.4 }] },
  },
  {
    m: '去掉字幕，音乐fade out 3秒，整体缩短到6秒',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: 'Road Trip', role: 'title' }],
      audio: [{ source: LOFI, fadeOutMs: 3000 }],
      durationMs: 6000,
    },
  },
  {
    m: 'vertical, title "Day 1 in Seoul", cool tones',
    f: 'multi',
    v: { aspect: '9:16', texts: [{ text: 'Day 1 in Seoul', role: 'title' }], look: 'cool' },
  },

  // ───────────── reasons and asides beside a request: only the request is done ─────────────
  {
    m: '标题改成黄色，现在白的看不清',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: YELLOW, size: 1.4 },
        { text: 'Day one', color: WHITE },
      ],
    },
  },
  {
    m: '音乐调小到20%，旁白我后面自己录',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: LOFI, volume: 0.2 }] },
  },
  { m: '加个暖色滤镜，显得皮肤好一点', f: 'look', v: { look: 'warm', photos: src(B, C, F) } },
  {
    m: "zoom out on the last one, it's the big reveal lol",
    f: 'motion',
    on: 'five',
    v: { photos: motions(Z, Z, Z, Z, ZO) },
  },
  { m: '第一张停久点，那是我们第一次见面的地方', f: 'length', v: { photos: ms(4000, 3000, 3000) } },
  {
    m: '换个钢琴曲吧，老板说要安静点的',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: PIANO }], photos: ms(3000, 3000, 3000) },
  },
  {
    m: `title says "Happy 30th Mia", she's gonna cry`,
    f: 'text',
    v: { texts: [{ text: 'Happy 30th Mia', role: 'title' }] },
  },

  // ───────────── a new video in one message ─────────────
  {
    m: '帮我把这几张做成竖屏视频，每张2秒',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { durationMs: 2000 }) },
  },
  {
    m: 'turn these into a video with a title "Summer Recap"',
    f: 'create',
    on: 'empty',
    v: { photos: src(B, C, F, S, N), texts: [{ text: 'Summer Recap', role: 'title' }] },
  },
  // travel vlog style: 2.5 s a photo, warm
  {
    m: '用这些图做个vlog，横屏',
    f: 'create',
    on: 'empty',
    v: { aspect: '16:9', photos: each(5, { durationMs: 2500 }), look: 'warm' },
  },

  // ───────────── things Joy cannot do: the draft stays as it is ─────────────
  { m: '第二张后面有个路人，帮我p掉呗', f: 'question', same: true },
  { m: '帮我配个旁白，就念标题那句', f: 'question', on: 'rich', same: true },
  { m: '转场的时候加个"咻"的音效', f: 'question', on: 'five', same: true },
  { m: 'can u export it as a gif', f: 'question', same: true },
  { m: '弄好了直接帮我发小红书', f: 'question', same: true },
  { m: 'can you slim my face a bit in the first pic', f: 'question', same: true },
  { m: '照片右下角的水印能去掉吗', f: 'question', same: true },
  { m: '把天空换成粉色晚霞', f: 'question', same: true },
  { m: '帮我出个片呀', f: 'create', on: 'bare', same: true },
];
