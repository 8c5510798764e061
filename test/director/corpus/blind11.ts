import { type CorpusCase, each } from './types.js';

/**
 * Blind set 11: creators in a hurry on their phones and creators who over-explain. Terse lowercase lines
 * with typos, no punctuation, emoji, abbreviations ("pls", "2nd pic", "sec", "vid", "bg music", "txt") and
 * internet slang, beside long chatty messages that bury one or two real requests among context ("so my
 * cousin visited last weekend …, could you get the whole thing down to 10 seconds"). About half English,
 * half Chinese (mostly Simplified, some Traditional, Chinese internet style: "整个视频15s就行", "再亮亿点点"),
 * a few mixed. Outside the style and create families no message names a style preset, so only the edit
 * asked for is right.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, unless said):
 * - one:     beach; 3 s; 3 s. No transitions, music or text.
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s. No music, no text.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (100 %, fade in 0,
 *            fade out 2 s); title "Road Trip" 0–3 s (centre, clean, white, size 1.4), caption "Day one"
 *            on photo 2, 2.2–5.2 s (bottom, clean, white).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach, city (people that can be lifted), forest (none); 3 s each, cuts; 9 s.
 * - flagged: beach, city, beach-2 (near-duplicate of beach), forest (blurred); 3 s each, cuts; 12 s.
 * - empty:   no photos. The create cases assume the five photos are the uploads at hand (plus the two
 *            songs where `songs` is set).
 *
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none.
 * Uploaded songs: lo-fi.mp3, Summer Vibes.mp3. Library tracks named below by title: Quiet Piano (calm,
 * piano), Sunny Pop (upbeat, pop), Confetti (birthday, party), First Dance (romantic, wedding),
 * Remembrance (memorial), Road Trip (travel), Clean Lines (product), Sunday Morning (family, playful),
 * Neon Pulse (electronic, dance), Horizon (cinematic), Campfire (acoustic, folk, guitar).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti;
 * travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance;
 * memorial 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid,
 * Clean Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s,
 * cool, Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 *
 * Total length = sum of photo lengths − sum of transition overlaps; the totals below are written out
 * (e.g. five with photo 2 at 5 s: 3+5+3+3+3 − 4×0.8 = 13.8 s).
 */

/** Photos by length, in order. */
const lengths = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));
/** Photos by source, in order. */
const order = (...names: string[]) => names.map((source) => ({ source }));
/** Photos by motion, in order. */
const moves = (...names: string[]) => names.map((motion) => ({ motion }));

/** What a style preset leaves on `n` photos with no song of the person's: written-out total `totalMs`. */
const styled = (
  n: number,
  photoMs: number,
  kind: string,
  overlapMs: number,
  look: string,
  song: string,
  totalMs: number,
) => ({
  photos: each(n, { durationMs: photoMs }),
  transitions: each(n - 1, { kind, durationMs: overlapMs }),
  look,
  audio: [{ source: song }],
  durationMs: totalMs,
});

export const blind11: CorpusCase[] = [
  // ───────────────────────────── length ─────────────────────────────
  {
    m: 'each pic 2 sec pls',
    f: 'length',
    on: 'three',
    v: { photos: lengths(2000, 2000, 2000), durationMs: 6000 },
  },
  {
    m: '整个视频15s就行',
    f: 'length',
    on: 'three',
    v: { photos: lengths(5000, 5000, 5000), durationMs: 15000 },
  },
  { m: 'make the vid 10 sec', f: 'length', on: 'one', v: { photos: lengths(10000), durationMs: 10000 } },
  {
    m: '2nd pic 5 sec',
    f: 'length',
    on: 'five',
    // 3+5+3+3+3 = 17 s − 4×0.8 s = 13.8 s
    v: { photos: lengths(3000, 5000, 3000, 3000, 3000), durationMs: 13800 },
  },
  {
    m: 'so my cousin visited last weekend and we walked around pretty much everywhere and I took a bunch of these, she wants to post it tonight but honestly 15 seconds feels way too long for her followers lol, could you get the whole thing down to 10 seconds',
    f: 'length',
    on: 'things',
    v: { photos: lengths(2000, 2000, 2000, 2000, 2000), durationMs: 10000 },
  },
  {
    m: '每张图改成4秒',
    f: 'length',
    on: 'three',
    v: { photos: lengths(4000, 4000, 4000), durationMs: 12000 },
  },
  {
    m: '第2张长一点 5秒',
    f: 'length',
    on: 'three',
    v: { photos: lengths(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'each pic 4s',
    f: 'length',
    on: 'rich',
    // 3×4 s − 2×0.8 s = 10.4 s
    v: { photos: lengths(4000, 4000, 4000), durationMs: 10400 },
  },
  {
    m: '每張照片兩秒就好',
    f: 'length',
    on: 'flagged',
    v: { photos: lengths(2000, 2000, 2000, 2000), durationMs: 8000 },
  },
  {
    m: '第一张的时长翻倍',
    f: 'length',
    on: 'three',
    v: { photos: lengths(6000, 3000, 3000), durationMs: 12000 },
  },
  {
    m: '我妈说视频太短了还没看清就过去了😂 她眼神不太好 你帮我每张都放慢点吧 改成每张5秒',
    f: 'length',
    on: 'three',
    v: { photos: lengths(5000, 5000, 5000), durationMs: 15000 },
  },
  {
    m: 'shorten evry pic to 1.5s thx',
    f: 'length',
    on: 'three',
    v: { photos: lengths(1500, 1500, 1500), durationMs: 4500 },
  },

  // ───────────────────────────── transition ─────────────────────────────
  {
    m: 'no transitions just hard cuts pls',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  { m: '转场换成闪白', f: 'transition', on: 'five', v: { transitions: each(4, { kind: 'fade-white' }) } },
  {
    m: '照片之间用黑场过渡',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }) },
  },
  {
    m: 'crossfade 1s between each pic',
    f: 'transition',
    on: 'three',
    // 9 s − 2×1 s
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), durationMs: 7000 },
  },
  {
    m: 'trnasitions r too slow, make them 0.5 sec',
    f: 'transition',
    on: 'five',
    // 15 s − 4×0.5 s
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }), durationMs: 13000 },
  },
  {
    m: '转场用甩镜头 🔥🔥',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'whip-pan' }) },
  },
  {
    m: '只在第1张和第2张之间用圆形转场',
    f: 'transition',
    on: 'three',
    v: { transitions: [{ kind: 'circle' }, { kind: 'cut' }] },
  },
  {
    m: '转场时间改成1秒',
    f: 'transition',
    on: 'five',
    // 15 s − 4×1 s
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1000 }), durationMs: 11000 },
  },
  {
    m: 'ok so I showed this to my roommate and she said the dissolves between the photos look kinda cheesy, which, fair. can we just go straight from one photo to the next instead? thanks!!',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: '轉場改成模糊溶解',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'blur-dissolve' }) },
  },
  {
    m: 'the 2nd transition should be a fade to black, leave the others',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'fade-black' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
      ],
    },
  },
  {
    m: 'transitions where the next pic slides in from the right pls',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'slide-left' }) },
  },

  // ───────────────────────────── motion ─────────────────────────────
  {
    m: 'no zoom pls, pics should just sit there',
    f: 'motion',
    on: 'three',
    v: { photos: moves('static', 'static', 'static') },
  },
  {
    m: '所有图都向左平移',
    f: 'motion',
    on: 'three',
    v: { photos: moves('pan-left', 'pan-left', 'pan-left') },
  },
  { m: '2nd pic zoom out', f: 'motion', on: 'three', v: { photos: moves('zoom-in', 'zoom-out', 'zoom-in') } },
  { m: '所有照片都别动', f: 'motion', on: 'three', v: { photos: moves('static', 'static', 'static') } },
  {
    m: '每张都改成慢慢拉远的效果',
    f: 'motion',
    on: 'three',
    v: { photos: moves('zoom-out', 'zoom-out', 'zoom-out') },
  },
  {
    m: '最后一张加个旋转',
    f: 'motion',
    on: 'five',
    v: { photos: moves('zoom-in', 'zoom-in', 'zoom-in', 'zoom-in', 'rotate') },
  },
  {
    m: 'pan from left to right on every photo',
    f: 'motion',
    on: 'three',
    v: { photos: moves('pan-right', 'pan-right', 'pan-right') },
  },
  { m: '第一张从下往上摇', f: 'motion', on: 'three', v: { photos: moves('pan-up', 'zoom-in', 'zoom-in') } },
  {
    m: "I know I said I liked the zooming earlier but after watching it like five times on the bus it's honestly making me a bit dizzy, could the photos just not move at all? everything else is great",
    f: 'motion',
    on: 'three',
    v: { photos: moves('static', 'static', 'static') },
  },
  {
    m: 'drift on every pic',
    f: 'motion',
    on: 'five',
    v: { photos: moves('drift', 'drift', 'drift', 'drift', 'drift') },
  },
  {
    m: 'push in on the dog pic',
    f: 'motion',
    on: 'things',
    v: { photos: moves('zoom-in', 'zoom-in', 'zoom-in', 'zoom-in', 'push-in') },
  },
  {
    m: '第三张 镜头从上往下摇',
    f: 'motion',
    on: 'three',
    v: { photos: moves('zoom-in', 'zoom-in', 'pan-down') },
  },

  // ───────────────────────────── look ─────────────────────────────
  { m: 'maek it b&w pls', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: 'make it look retro 📼', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: '色调暖一点pls', f: 'look', on: 'three', v: { look: 'warm' } },
  { m: '冷色调', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: 'colours lowkey dull ngl, more saturated pls 🌈', f: 'look', on: 'five', v: { look: 'vivid' } },
  { m: 'pics look underexposed, brighten em up', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: '调暗一点 要那种moody的感觉', f: 'look', on: 'three', v: { look: 'dark' } },
  { m: '哑光质感', f: 'look', on: 'three', v: { look: 'matte' } },
  { m: '复古胶片风', f: 'look', on: 'five', v: { look: 'vintage' } },
  {
    m: "My mom keeps saying the colours look too cold on her phone, I think it's her screen honestly but whatever, can you make everything warmer so she stops texting me about it",
    f: 'look',
    on: 'three',
    v: { look: 'warm' },
  },
  { m: '再亮亿点点', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: '濾鏡改成黑白', f: 'look', on: 'rich', v: { look: 'black-and-white' } },

  // ───────────────────────────── text ─────────────────────────────
  {
    m: "add txt 'summer 24' at the start",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'summer 24', startMs: 0 }] },
  },
  { m: 'title: Beach Day', f: 'text', on: 'three', v: { texts: [{ text: 'Beach Day', role: 'title' }] } },
  {
    m: "change the title to 'Summer Drive'",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Summer Drive', role: 'title' }, { text: 'Day one' }] },
  },
  { m: '把字幕删了', f: 'text', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    m: 'title at the top pls',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: "第2张加一句字幕'海边'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '海边', startMs: 3000, endMs: 6000 }] },
  },
  { m: 'remove all the text', f: 'text', on: 'rich', v: { texts: [] } },
  {
    m: 'caption in outline style pls',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', style: 'bold-outline' }] },
  },
  {
    m: "end card 'thx for watching' 🙏",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'thx for watching', role: 'end-card' }] },
  },
  {
    m: "caption on the last pic: 'see u soon'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'see u soon', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: '昨天跟朋友去爬山了，拍了好多，不过我不太会剪😅 你帮我在开头加一行字“周末快乐”就行，其他的不用动',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '周末快乐', startMs: 0 }] },
  },
  {
    m: '把標題改成「夏日回憶」',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '夏日回憶', role: 'title' }, { text: 'Day one' }] },
  },

  // ───────────────────────────── music ─────────────────────────────
  {
    m: 'add my lo-fi.mp3 as bg music',
    f: 'music',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'use summer vibes as bgm pls',
    f: 'music',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: 'musci 30 percent pls its too loud',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: '结尾音乐淡出4秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }] },
  },
  { m: '加点钢琴曲', f: 'music', on: 'three', v: { audio: [{ source: 'Quiet Piano' }] } },
  { m: '来点电子音乐', f: 'music', on: 'three', v: { audio: [{ source: 'Neon Pulse' }] } },
  { m: '配个吉他民谣当bgm', f: 'music', on: 'three', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: 'swap the song for something calmer, piano maybe?',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  { m: '音乐开头淡入2秒', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 2000 }] } },
  { m: 'bgm音量调到80%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.8 }] } },
  {
    m: '换成summer vibes那首',
    f: 'music',
    on: 'rich',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: "ok this might sound dumb but my grandma is gonna watch this and she really doesn't like loud stuff, so could the music be half as loud? the rest is perfect",
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] },
  },

  // ───────────────────────────── style ─────────────────────────────
  // three: 3×2.2 − 2×0.5 = 5.6 s
  {
    m: 'make it a bday vid 🎉🎂',
    f: 'style',
    on: 'three',
    v: styled(3, 2200, 'zoom-in', 500, 'vivid', 'Confetti', 5600),
  },
  // three: 3×2.5 − 2×0.45 = 6.6 s
  {
    m: '做成旅行vlog风格',
    f: 'style',
    on: 'three',
    v: styled(3, 2500, 'whip-pan', 450, 'warm', 'Road Trip', 6600),
  },
  // five: 5×4 − 4×1.2 = 15.2 s
  {
    m: '婚礼风',
    f: 'style',
    on: 'five',
    v: styled(5, 4000, 'crossfade', 1200, 'matte', 'First Dance', 15200),
  },
  // three: 3×5 − 2×1.5 = 12 s
  {
    m: "memorial style pls, it's for my grandpa",
    f: 'style',
    on: 'three',
    v: styled(3, 5000, 'fade-black', 1500, 'black-and-white', 'Remembrance', 12000),
  },
  // things: 5×2.5 − 4×0.4 = 10.9 s
  {
    m: 'product showcase style',
    f: 'style',
    on: 'things',
    v: styled(5, 2500, 'slide-left', 400, 'vivid', 'Clean Lines', 10900),
  },
  // three: 3×3 − 2×0.8 = 7.4 s
  {
    m: '家庭时光风格',
    f: 'style',
    on: 'three',
    v: styled(3, 3000, 'crossfade', 800, 'warm', 'Sunday Morning', 7400),
  },
  // three: 3×3.5 − 2×1 = 8.5 s
  {
    m: '电影感 大片那种',
    f: 'style',
    on: 'three',
    v: styled(3, 3500, 'blur-dissolve', 1000, 'cool', 'Horizon', 8500),
  },
  // five: 5×1.5 − 4×0.3 = 6.3 s
  {
    m: 'make it a hype reel for ig',
    f: 'style',
    on: 'five',
    v: styled(5, 1500, 'whip-pan', 300, 'vivid', 'Neon Pulse', 6300),
  },
  // rich keeps its own song: 3×2.5 − 2×0.45 = 6.6 s
  {
    m: 'travel vlog style but keep my song',
    f: 'style',
    on: 'rich',
    v: {
      photos: lengths(2500, 2500, 2500),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 6600,
    },
  },
  // five: 5×2.5 − 4×0.45 = 10.7 s
  {
    m: 'we just got back from a week on the coast (first real vacation in 3 years!!) and I wanna share it w everyone, can you give it that travel vlog feel',
    f: 'style',
    on: 'five',
    v: styled(5, 2500, 'whip-pan', 450, 'warm', 'Road Trip', 10700),
  },
  // three: 3×4 − 2×1.2 = 9.6 s
  {
    m: '做成婚禮風格',
    f: 'style',
    on: 'three',
    v: styled(3, 4000, 'crossfade', 1200, 'matte', 'First Dance', 9600),
  },
  // three: 5.6 s as above
  {
    m: '弄成生日视频那种感觉 🎂',
    f: 'style',
    on: 'three',
    v: styled(3, 2200, 'zoom-in', 500, 'vivid', 'Confetti', 5600),
  },

  // ───────────────────────────── format ─────────────────────────────
  { m: 'make it vertical for tiktok', f: 'format', on: 'three', v: { aspect: '9:16' } },
  { m: '竖屏', f: 'format', on: 'five', v: { aspect: '9:16' } },
  { m: 'square pls, its for ig', f: 'format', on: 'three', v: { aspect: '1:1' } },
  { m: '4:5 pls', f: 'format', on: 'three', v: { aspect: '4:5' } },
  { m: '帧率改成60', f: 'format', on: 'three', v: { fps: 60 } },
  {
    m: 'fill the whole frame, crop if u have to',
    f: 'format',
    on: 'three',
    v: { photos: each(3, { fit: 'cover' }) },
  },
  {
    m: '背景不要模糊的 用黑边',
    f: 'format',
    on: 'three',
    v: { photos: each(3, { fit: 'color' }) },
  },
  { m: '1080x1920', f: 'format', on: 'three', v: { aspect: '9:16', width: 1080, height: 1920 } },
  {
    m: 'I only ever watch these on my phone and when I hold it upright the video is tiny with huge bars above and below, could it be made for holding the phone upright instead',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16' },
  },
  { m: 'fps改成24', f: 'format', on: 'three', v: { fps: 24 } },
  { m: '改成方形的', f: 'format', on: 'five', v: { aspect: '1:1' } },

  // ───────────────────────────── order ─────────────────────────────
  {
    m: '第1张和第2张换个位置',
    f: 'order',
    on: 'three',
    v: { photos: order('city.jpg', 'beach.jpg', 'forest.jpg') },
  },
  {
    m: 'reverse the order',
    f: 'order',
    on: 'three',
    v: { photos: order('forest.jpg', 'city.jpg', 'beach.jpg') },
  },
  {
    m: '按拍摄时间排',
    f: 'order',
    on: 'three',
    v: { photos: order('city.jpg', 'forest.jpg', 'beach.jpg') },
  },
  {
    m: 'move the last pic to the front',
    f: 'order',
    on: 'five',
    v: { photos: order('party night.jpg', 'beach.jpg', 'city.jpg', 'forest.jpg', 'sunset.jpg') },
  },
  {
    m: '最后一张放到第二个',
    f: 'order',
    on: 'things',
    v: { photos: order('astronaut.jpg', 'dog.jpg', 'chelsea.jpg', 'coffee.jpg', 'rocket.jpg') },
  },
  {
    m: '第二张不要了',
    f: 'order',
    on: 'three',
    v: { photos: order('beach.jpg', 'forest.jpg'), durationMs: 6000 },
  },
  {
    m: '倒序',
    f: 'order',
    on: 'five',
    v: { photos: order('party night.jpg', 'sunset.jpg', 'forest.jpg', 'city.jpg', 'beach.jpg') },
  },
  {
    m: 'newest first',
    f: 'order',
    on: 'three',
    v: { photos: order('beach.jpg', 'forest.jpg', 'city.jpg') },
  },
  {
    m: '3、4两张对调',
    f: 'order',
    on: 'five',
    v: { photos: order('beach.jpg', 'city.jpg', 'sunset.jpg', 'forest.jpg', 'party night.jpg') },
  },
  {
    m: "so I realised the story doesn't really make sense bc the city one is where we started the day, then we went to the woods, then ended up at the beach. can you put them in that order",
    f: 'order',
    on: 'three',
    v: { photos: order('city.jpg', 'forest.jpg', 'beach.jpg') },
  },
  {
    m: '第一张挪到最后',
    f: 'order',
    on: 'three',
    v: { photos: order('city.jpg', 'forest.jpg', 'beach.jpg') },
  },
  {
    m: '把第3张删了',
    f: 'order',
    on: 'things',
    v: { photos: order('astronaut.jpg', 'chelsea.jpg', 'rocket.jpg', 'dog.jpg'), durationMs: 12000 },
  },

  // ───────────────────────────── question ─────────────────────────────
  { m: 'how long is the vid rn', f: 'question', on: 'three', same: true },
  { m: '这是啥音乐', f: 'question', on: 'rich', same: true },
  { m: 'what filters can u do?', f: 'question', on: 'three', same: true },
  { m: '一共幾張照片啊', f: 'question', on: 'five', same: true },
  { m: '视频多长', f: 'question', on: 'rich', same: true },
  { m: '有哪些轉場可以選', f: 'question', on: 'three', same: true },
  { m: '现在是什么比例', f: 'question', on: 'three', same: true },
  { m: 'can u add my voice over? i recorded one', f: 'question', on: 'three', same: true },
  { m: '帮我把照片里的路人P掉', f: 'question', on: 'three', same: true },
  { m: 'make the dog in the pic wag its tail', f: 'question', on: 'things', same: true },
  {
    m: "hey so I'm new to this app, my friend recommended it. just wondering what all the different motion options are? not changing anything yet lol",
    f: 'question',
    on: 'three',
    same: true,
  },
  { m: '標題現在是什麼字？', f: 'question', on: 'rich', same: true },

  // ───────────────────────────── negation ─────────────────────────────
  { m: 'no music pls', f: 'negation', on: 'rich', v: { audio: [] } },
  { m: '不要任何文字', f: 'negation', on: 'rich', v: { texts: [] } },
  {
    m: 'nah no filter',
    f: 'negation',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  {
    m: 'dont change the order, just make each pic 2s',
    f: 'negation',
    on: 'three',
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 2000 },
        { source: 'city.jpg', durationMs: 2000 },
        { source: 'forest.jpg', durationMs: 2000 },
      ],
      durationMs: 6000,
    },
  },
  {
    m: '音樂留著 標題去掉',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3' }], texts: [{ text: 'Day one' }] },
  },
  {
    m: 'not the first pic, the 2nd one should be 5s',
    f: 'negation',
    on: 'three',
    v: { photos: lengths(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: '结尾音乐不要淡出',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 0 }] },
  },
  {
    m: '不要转场 直接切',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: "title shouldn't be in the middle, put it at the bottom",
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    m: "I don't hate it!! the only thing is I'm really not a fan of the crossfades, the rest is 🔥",
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  { m: '还是不要黑白了', f: 'negation', on: 'three', before: ['黑白'], v: { look: 'none' } },
  {
    m: "don't touch the text, just make it b&w",
    f: 'negation',
    on: 'rich',
    v: { look: 'black-and-white', texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },

  // ───────────────────────────── history ─────────────────────────────
  { m: 'undo', f: 'history', on: 'three', before: ['b&w pls'], v: { look: 'none' } },
  {
    m: '撤销',
    f: 'history',
    on: 'three',
    before: ['each pic 2 sec'],
    v: { photos: lengths(3000, 3000, 3000), durationMs: 9000 },
  },
  {
    m: 'undo the last thing',
    f: 'history',
    on: 'three',
    before: ['make it vertical', 'add txt "hi"'],
    v: { aspect: '9:16', texts: [] },
  },
  { m: '重做', f: 'history', on: 'three', before: ['b&w', 'undo'], v: { look: 'black-and-white' } },
  {
    m: 'same for the 3rd',
    f: 'history',
    on: 'three',
    before: ['2nd pic 5 sec'],
    v: { photos: lengths(3000, 5000, 5000), durationMs: 13000 },
  },
  { m: '还是刚才那样好 改回去', f: 'history', on: 'three', before: ['make it warmer'], v: { look: 'none' } },
  {
    m: 'lower it more, like 25%',
    f: 'history',
    on: 'rich',
    before: ['music 50%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.25 }] },
  },
  {
    m: 'move it to the top',
    f: 'history',
    on: 'three',
    before: ['add a title "Summer"'],
    v: { texts: [{ text: 'Summer', position: 'top' }] },
  },
  {
    m: '两个都撤销',
    f: 'history',
    on: 'three',
    before: ['make it vertical', 'b&w'],
    v: { aspect: '16:9', look: 'none' },
  },
  {
    m: '算了 还是加回去吧',
    f: 'history',
    on: 'five',
    before: ['no transitions'],
    v: { transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    m: '再短点 1秒',
    f: 'history',
    on: 'three',
    before: ['每张2秒'],
    v: { photos: lengths(1000, 1000, 1000), durationMs: 3000 },
  },
  {
    m: 'undo twice',
    f: 'history',
    on: 'three',
    before: ['pan left on all pics', 'make it b&w'],
    v: { photos: moves('zoom-in', 'zoom-in', 'zoom-in'), look: 'none' },
  },

  // ───────────────────────────── multi ─────────────────────────────
  {
    m: 'vertical + b&w + each pic 2s',
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', look: 'black-and-white', photos: lengths(2000, 2000, 2000), durationMs: 6000 },
  },
  {
    m: 'bgm 50% and title at the top',
    f: 'multi',
    on: 'rich',
    v: {
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
      texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }],
    },
  },
  {
    m: 'add my lo-fi.mp3 and make the vid 12 sec',
    f: 'multi',
    on: 'three',
    songs: true,
    v: { audio: [{ source: 'lo-fi.mp3' }], durationMs: 12000 },
  },
  {
    m: 'cuts instead of fades, and square',
    f: 'multi',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), aspect: '1:1', durationMs: 15000 },
  },
  {
    m: '竖屏，黑白，音乐用summer vibes',
    f: 'multi',
    on: 'three',
    songs: true,
    v: { aspect: '9:16', look: 'black-and-white', audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: '第一张和最后一张换一下，然后整体暖一点',
    f: 'multi',
    on: 'three',
    v: { photos: order('forest.jpg', 'city.jpg', 'beach.jpg'), look: 'warm' },
  },
  {
    m: "Hiii so this is for my friend's going-away thing next week, she's moving to Berlin 😭 I'm not great at this stuff but could you make it square for instagram and also put a title that says 'Bye Lena' at the start, thank u sm",
    f: 'multi',
    on: 'three',
    v: { aspect: '1:1', texts: [{ text: 'Bye Lena', startMs: 0 }] },
  },
  {
    m: 'drop the rocket pic and make the rest 2s each',
    f: 'multi',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg', durationMs: 2000 },
        { source: 'chelsea.jpg', durationMs: 2000 },
        { source: 'coffee.jpg', durationMs: 2000 },
        { source: 'dog.jpg', durationMs: 2000 },
      ],
      durationMs: 8000,
    },
  },
  {
    m: "去掉音乐 标题改成'出发'",
    f: 'multi',
    on: 'rich',
    v: { audio: [], texts: [{ text: '出发' }, { text: 'Day one' }] },
  },
  {
    m: '全部从左往右平移 + 转场叠化1秒',
    f: 'multi',
    on: 'three',
    v: {
      photos: moves('pan-right', 'pan-right', 'pan-right'),
      transitions: each(2, { kind: 'crossfade', durationMs: 1000 }),
      durationMs: 7000,
    },
  },
  {
    m: '1st pic 5s, last pic 5s',
    f: 'multi',
    on: 'five',
    // 5+3+3+3+5 = 19 s − 4×0.8 s = 15.8 s
    v: { photos: lengths(5000, 3000, 3000, 3000, 5000), durationMs: 15800 },
  },
  {
    m: '转场用闪黑，再加个标题「七月」',
    f: 'multi',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }), texts: [{ text: '七月' }] },
  },

  // ───────────────────────────── create ─────────────────────────────
  { m: '把我所有照片做成一个视频', f: 'create', on: 'empty', v: { photos: each(5, { kind: 'image' }) } },
  {
    m: '用这些照片做个视频 每张2秒',
    f: 'create',
    on: 'empty',
    v: { photos: lengths(2000, 2000, 2000, 2000, 2000) },
  },
  {
    m: 'make a vertical video from my photos',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, { kind: 'image' }) },
  },
  // five photos: 5×2.2 − 4×0.5 = 9 s
  {
    m: 'make a bday video 🎂',
    f: 'create',
    on: 'empty',
    v: styled(5, 2200, 'zoom-in', 500, 'vivid', 'Confetti', 9000),
  },
  // five photos: 5×4 − 4×1.2 = 15.2 s
  {
    m: '做个婚礼视频',
    f: 'create',
    on: 'empty',
    v: styled(5, 4000, 'crossfade', 1200, 'matte', 'First Dance', 15200),
  },
  {
    m: "ok so it was my sister's graduation last week and I took like a million photos lol, anyway could you make a video out of them with each one 3 seconds",
    f: 'create',
    on: 'empty',
    v: { photos: lengths(3000, 3000, 3000, 3000, 3000) },
  },
  {
    m: 'just throw all the pics together, no transitions, 2 sec each',
    f: 'create',
    on: 'empty',
    v: {
      photos: lengths(2000, 2000, 2000, 2000, 2000),
      transitions: each(4, { kind: 'cut' }),
      durationMs: 10000,
    },
  },
  {
    m: '用所有照片做个竖屏视频，配上我的lo-fi',
    f: 'create',
    on: 'empty',
    songs: true,
    v: { aspect: '9:16', photos: each(5, { kind: 'image' }), audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'make a square video with my pics and some piano music',
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', photos: each(5, { kind: 'image' }), audio: [{ source: 'Quiet Piano' }] },
  },
  // five photos: 5×2.5 − 4×0.45 = 10.7 s
  {
    m: '做一個旅遊影片',
    f: 'create',
    on: 'empty',
    v: styled(5, 2500, 'whip-pan', 450, 'warm', 'Road Trip', 10700),
  },
  {
    m: 'b&w video of all my photos, 4s each',
    f: 'create',
    on: 'empty',
    v: { look: 'black-and-white', photos: lengths(4000, 4000, 4000, 4000, 4000) },
  },

  // ───────────────────────────── reference ─────────────────────────────
  {
    m: 'make the dog pic 5s',
    f: 'reference',
    on: 'things',
    v: { photos: lengths(3000, 3000, 3000, 3000, 5000), durationMs: 17000 },
  },
  {
    m: '咖啡那张删掉',
    f: 'reference',
    on: 'things',
    v: { photos: order('astronaut.jpg', 'chelsea.jpg', 'rocket.jpg', 'dog.jpg') },
  },
  {
    m: '森林那张改成拉远',
    f: 'reference',
    on: 'three',
    v: { photos: moves('zoom-in', 'zoom-in', 'zoom-out') },
  },
  {
    m: 'remove the blurry pic',
    f: 'reference',
    on: 'flagged',
    v: { photos: order('beach.jpg', 'city.jpg', 'beach-2.jpg') },
  },
  {
    m: '去掉重复的那张',
    f: 'reference',
    on: 'flagged',
    v: { photos: order('beach.jpg', 'city.jpg', 'forest.jpg') },
  },
  {
    m: 'the sunset one, make it 5 sec',
    f: 'reference',
    on: 'five',
    // 3+3+3+5+3 = 17 s − 4×0.8 s = 13.8 s
    v: { photos: lengths(3000, 3000, 3000, 5000, 3000), durationMs: 13800 },
  },
  {
    m: 'the pic from july 1st, delete it',
    f: 'reference',
    on: 'three',
    v: { photos: order('beach.jpg', 'forest.jpg') },
  },
  {
    m: '3d effect on the pics with people in them',
    f: 'reference',
    on: 'people',
    v: { photos: moves('parallax', 'parallax', 'zoom-in') },
  },
  {
    m: "caption 'my boy' on the dog pic",
    f: 'reference',
    on: 'things',
    v: { texts: [{ text: 'my boy', startMs: 12000, endMs: 15000 }] },
  },
  {
    m: '火箭那张放第一个',
    f: 'reference',
    on: 'things',
    v: { photos: order('rocket.jpg', 'astronaut.jpg', 'chelsea.jpg', 'coffee.jpg', 'dog.jpg') },
  },
  {
    m: 'the beach photo pan left pls',
    f: 'reference',
    on: 'three',
    v: { photos: moves('pan-left', 'zoom-in', 'zoom-in') },
  },
  {
    m: "sorry one more thing, there's a blurry one in there I didn't notice when I uploaded, and I think I put the same beach pic in twice by accident?? can you get rid of those",
    f: 'reference',
    on: 'flagged',
    v: { photos: order('beach.jpg', 'city.jpg'), durationMs: 6000 },
  },
];
