import { type CorpusCase, each } from './types.js';

/**
 * Blind set 9: people writing to a video assistant the way they talk — terse, chatty, polite, annoyed,
 * run-on messages with two or three instructions, typos and voice-dictation slips, numbers as words
 * ("a second and a half", 两秒半, 一分钟, 四成), follow-ups leaning on earlier turns. About half English,
 * half Chinese (mostly Simplified, some Traditional), a few mixed.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, unless said):
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text. Motions zoom-in, fit blur.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (100 %, fade out 2 s);
 *            title "Road Trip" 0–3 s (centre), caption "Day one" on photo 2, 2.2–5.2 s (bottom).
 * - beats:   beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music drums.wav (120 BPM, first beat
 *            at 0.25 s).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach, city (people that can be lifted), forest (none); 3 s each, cuts; 9 s.
 * - flagged: beach, city, beach-2 (near-duplicate of beach), forest (blurred); 3 s each, cuts; 12 s.
 *
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none.
 * Library tracks named below by title: Quiet Piano (calm, piano), Sunny Pop (upbeat, pop, 欢快),
 * Horizon (cinematic), Campfire (folk, guitar), Neon Pulse (electronic, dance), Confetti (birthday),
 * First Dance (romantic, wedding), Remembrance (memorial), Road Trip (travel), Clean Lines (product),
 * Sunday Morning (family), Lo-fi Drift (lo-fi).
 */
export const blind9: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make each photo 2 seconds',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: 'two and a half seconds per photo pls',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2500 }), durationMs: 7500 },
  },
  {
    m: '每张照片两秒半',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2500 }), durationMs: 7500 },
  },
  { m: '整个视频做成一分钟', f: 'length', on: 'five', v: { durationMs: 60000 } },
  {
    m: '第一张 5s',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }], durationMs: 11000 },
  },
  {
    m: 'a second and a half each',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1500 }), durationMs: 4500 },
  },
  { m: '总时长改成20秒', f: 'length', on: 'rich', v: { durationMs: 20000 } },
  { m: 'make it 3 seconds shorter', f: 'length', on: 'three', v: { durationMs: 6000 } },
  {
    m: '最后一张停留四秒',
    f: 'length',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 4000 },
      ],
      durationMs: 12800,
    },
  },
  {
    m: '每張照片三秒半',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 3500 }), durationMs: 10500 },
  },
  {
    m: 'photo two is dragging, cut it down to 2 seconds',
    f: 'length',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 2000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
      ],
      durationMs: 10800,
    },
  },
  {
    m: 'make each photo too seconds',
    f: 'length',
    on: 'things',
    v: { photos: each(5, { durationMs: 2000 }), durationMs: 10000 },
  },
  { m: '视频太长了，砍到15秒吧', f: 'length', on: 'things', v: { durationMs: 15000 } },
  {
    m: '第三张照片放一秒半就行',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 1500 }], durationMs: 7500 },
  },
  {
    m: 'set every photo to 3.5 s and keep the transitions as they are',
    f: 'length',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 3500 }),
      transitions: each(4, { kind: 'crossfade', durationMs: 800 }),
      durationMs: 14300,
    },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'whip pan transitions, half a second each',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'whip-pan', durationMs: 500 }) },
  },
  { m: '转场换成叠化', f: 'transition', on: 'three', v: { transitions: each(2, { kind: 'crossfade' }) } },
  { m: '轉場改成圓形的', f: 'transition', on: 'five', v: { transitions: each(4, { kind: 'circle' }) } },
  {
    m: 'fade to black between the photos',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-black' }) },
  },
  { m: '闪白转场', f: 'transition', on: 'three', v: { transitions: each(2, { kind: 'fade-white' }) } },
  {
    m: 'can the transitions be a bit quicker, like 0.4 seconds?',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 400 }) },
  },
  {
    m: 'use a zoom transition between the second and third photos',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'zoom-in' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    m: 'slide transitons plz',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'slide-left' }) },
  },
  {
    m: '转场时间改成1秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1000 }) },
  },
  {
    m: '最后一个转场换成模糊过渡',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'blur-dissolve' },
      ],
    },
  },
  {
    m: '把 transition 都换成 whip pan',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'whip-pan' }) },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make the second photo rotate',
    f: 'motion',
    on: 'three',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'rotate' }, { motion: 'zoom-in' }] },
  },
  { m: 'zoom out instead of in', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'zoom-out' }) } },
  { m: '所有照片都从下往上移', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-up' }) } },
  {
    m: 'make the first photo 3D',
    f: 'motion',
    on: 'people',
    v: { photos: [{ motion: 'parallax' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    m: '第二张做成立体效果',
    f: 'motion',
    on: 'people',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'parallax' }, { motion: 'zoom-in' }] },
  },
  {
    m: '最后一张加个旋转',
    f: 'motion',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'rotate' },
      ],
    },
  },
  { m: '镜头都往右平移', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-right' }) } },
  {
    m: 'tilt down on the forest pic',
    f: 'motion',
    on: 'three',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-down' }] },
  },
  { m: '讓每張照片都慢慢拉遠', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'zoom-out' }) } },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: 'black and white please', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: 'give it an old film look', f: 'look', on: 'three', v: { look: 'vintage' } },
  { m: '冷色调', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '调成复古色调吧', f: 'look', on: 'five', v: { look: 'vintage' } },
  { m: '顏色鮮豔一點', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: 'i want that faded matte look', f: 'look', on: 'five', v: { look: 'matte' } },
  { m: '黑白', f: 'look', on: 'rich', v: { look: 'black-and-white' } },
  { m: '给它加个暖色滤镜', f: 'look', on: 'five', v: { look: 'warm' } },
  { m: 'can you make me look thinner in the photos', f: 'look', on: 'people', same: true },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: '加个标题：我们的夏天',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '我们的夏天', role: 'title' }] },
  },
  {
    m: 'put "best day ever" on the second photo',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'best day ever', startMs: 3000, endMs: 6000 }] },
  },
  {
    m: 'change the title to Road Trip 2024',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip 2024', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: 'make the title bold with a thick outline',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', style: 'bold-outline' }, { text: 'Day one' }] },
  },
  {
    m: "put the caption on a box so it's easier to read",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', style: 'boxed' }] },
  },
  {
    m: 'add an end card that says "Thanks for watching!"',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Thanks for watching!', role: 'end-card', endMs: 9000 }] },
  },
  {
    m: '标题显示5秒',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    m: '在最后一张照片上写「回家啦」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '回家啦', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: '片尾加一句「下次见」',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '下次见', role: 'end-card', endMs: 11800 }] },
  },
  {
    m: '標題改成「畢業快樂」',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '畢業快樂', role: 'title' }, { text: 'Day one' }] },
  },
  { m: 'can you change the font to Comic Sans?', f: 'text', on: 'rich', same: true },
  {
    m: '标题放到画面底部',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    m: 'ad a titel "Hello Tokyo"',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Hello Tokyo', role: 'title' }] },
  },
  {
    m: 'add title quote Paris in spring end quote',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Paris in spring', role: 'title' }] },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'add some calm piano music', f: 'music', on: 'three', v: { audio: [{ source: 'Quiet Piano' }] } },
  {
    m: 'music volume 30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  {
    m: '加一段背景音乐，要欢快一点的',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Sunny Pop' }] },
  },
  { m: '音乐淡出改成5秒', f: 'music', on: 'rich', v: { audio: [{ fadeOutMs: 5000 }] } },
  { m: 'use the Horizon track', f: 'music', on: 'three', v: { audio: [{ source: 'Horizon' }] } },
  { m: '换成电子舞曲', f: 'music', on: 'rich', v: { audio: [{ source: 'Neon Pulse' }] } },
  {
    m: 'BGM 音量调到 20%',
    f: 'music',
    on: 'beats',
    v: { audio: [{ source: 'drums.wav', volume: 0.2 }] },
  },
  {
    m: 'can you record a voiceover of me saying happy birthday',
    f: 'music',
    on: 'three',
    same: true,
  },
  { m: '来点 romantic 的音乐', f: 'music', on: 'three', v: { audio: [{ source: 'First Dance' }] } },
  { m: '配个民谣吉他的背景音乐', f: 'music', on: 'three', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: 'change photos every 4 beats',
    f: 'music',
    on: 'beats',
    v: {
      photos: [{ durationMs: 2150 }, { durationMs: 2800 }, { durationMs: 2400 }],
      transitions: [{ durationMs: 800 }, { durationMs: 800 }],
      durationMs: 5750,
    },
  },
  {
    m: '音樂小聲一點，調到四成',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it a birthday video',
    f: 'style',
    on: 'three',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      photos: each(3, { durationMs: 2200 }),
      durationMs: 5600,
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: '婚礼风格',
    f: 'style',
    on: 'three',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      photos: each(3, { durationMs: 4000 }),
      durationMs: 9600,
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: '做成纪念视频，怀念外婆',
    f: 'style',
    on: 'three',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black', durationMs: 1500 }),
      photos: each(3, { durationMs: 5000 }),
      durationMs: 12000,
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: 'travel vlog style',
    f: 'style',
    on: 'five',
    v: {
      look: 'warm',
      transitions: each(4, { kind: 'whip-pan', durationMs: 450 }),
      photos: each(5, { durationMs: 2500 }),
      durationMs: 10700,
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '这是卖咖啡的，做成产品展示的风格',
    f: 'style',
    on: 'things',
    v: {
      look: 'vivid',
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      photos: each(5, { durationMs: 2500 }),
      durationMs: 10900,
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: "family style, it's pics of my kids",
    f: 'style',
    on: 'five',
    v: {
      look: 'warm',
      transitions: each(4, { kind: 'crossfade', durationMs: 800 }),
      photos: each(5, { durationMs: 3000 }),
      durationMs: 11800,
      audio: [{ source: 'Sunday Morning' }],
    },
  },
  {
    m: '做成快节奏的短视频风格，燃一点',
    f: 'style',
    on: 'things',
    v: {
      look: 'vivid',
      transitions: each(4, { kind: 'whip-pan', durationMs: 300 }),
      photos: each(5, { durationMs: 1500 }),
      durationMs: 6300,
      audio: [{ source: 'Neon Pulse' }],
    },
  },
  {
    m: 'wedding style but keep my music',
    f: 'style',
    on: 'rich',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      photos: each(3, { durationMs: 4000 }),
      durationMs: 9600,
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '電影感',
    f: 'style',
    on: 'three',
    v: {
      look: 'cool',
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      photos: each(3, { durationMs: 3500 }),
      durationMs: 8500,
      audio: [{ source: 'Horizon' }],
    },
  },

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'could you make it square please?',
    f: 'format',
    on: 'three',
    v: { aspect: '1:1', width: 1080, height: 1080 },
  },
  {
    m: 'ins 发帖用 4:5',
    f: 'format',
    on: 'five',
    v: { aspect: '4:5', width: 1080, height: 1350 },
  },
  { m: '60 fps', f: 'format', on: 'three', v: { fps: 60 } },
  { m: '改成竖屏', f: 'format', on: 'three', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: '帧率调到24', f: 'format', on: 'three', v: { fps: 24 } },
  { m: '小红书用的3:4', f: 'format', on: 'three', v: { aspect: '3:4', width: 1080, height: 1440 } },
  { m: '铺满画面，不要模糊的背景', f: 'format', on: 'five', v: { photos: each(5, { fit: 'cover' }) } },
  { m: 'can you post it to my TikTok for me', f: 'format', on: 'three', same: true },
  { m: '影片改成直式的', f: 'format', on: 'three', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: '4K please', f: 'format', on: 'three', v: { width: 3840, height: 2160 } },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'reverse the order',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: '前两张 swap 一下',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    m: 'put the dog photo first',
    f: 'order',
    on: 'things',
    v: {
      photos: [
        { source: 'dog.jpg' },
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'rocket.jpg' },
      ],
    },
  },
  {
    m: '把咖啡那张放到最后',
    f: 'order',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'rocket.jpg' },
        { source: 'dog.jpg' },
        { source: 'coffee.jpg' },
      ],
    },
  },
  {
    m: '第一张和最后一张换一下',
    f: 'order',
    on: 'things',
    v: {
      photos: [
        { source: 'dog.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'rocket.jpg' },
        { source: 'astronaut.jpg' },
      ],
    },
  },
  {
    m: '按拍摄时间排序',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'beach.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    m: 'newest photos first please',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },
  {
    m: 'delete the second photo',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
      durationMs: 9600,
    },
  },
  {
    m: '第三張照片刪掉',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }], durationMs: 6000 },
  },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  { m: 'how long is the video right now?', f: 'question', on: 'five', route: 'status', same: true },
  { m: "what's on the timeline at the moment", f: 'question', on: 'rich', route: 'status', same: true },
  { m: '现在有几张照片？', f: 'question', on: 'three', route: 'status', same: true },
  { m: '现在用的是什么音乐', f: 'question', on: 'rich', route: 'status', same: true },
  { m: 'what transitions do you have?', f: 'question', on: 'three', route: 'help', same: true },
  { m: '你能做什么？', f: 'question', on: 'three', route: 'help', same: true },
  { m: 'show me what it looks like now', f: 'question', on: 'rich', route: 'status', same: true },
  { m: '現在影片多長？', f: 'question', on: 'five', route: 'status', same: true },
  { m: 'which filters can I choose from', f: 'question', on: 'three', route: 'help', same: true },
  { m: '怎么加标题？', f: 'question', on: 'three', route: 'help', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: "don't move the photos, keep them still",
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  { m: '不要转场了', f: 'negation', on: 'five', v: { transitions: each(4, { kind: 'cut' }) } },
  { m: '照片别动来动去的', f: 'negation', on: 'three', v: { photos: each(3, { motion: 'static' }) } },
  { m: 'nah, no filter', f: 'negation', on: 'three', before: ['make it vintage'], v: { look: 'none' } },
  {
    m: "don't fade the music out at the end",
    f: 'negation',
    on: 'rich',
    v: { audio: [{ fadeOutMs: 0 }] },
  },
  {
    m: '不要 zoom，改成往右 pan',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-right' }) },
  },
  { m: '不要黑白了，换成暖色', f: 'negation', on: 'three', before: ['黑白'], v: { look: 'warm' } },
  {
    m: 'no crossfade between the last two',
    f: 'negation',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'cut' }],
    },
  },
  { m: "don't change anything yet, I'm still thinking", f: 'negation', on: 'rich', same: true },
  { m: '先别动，我再想想', f: 'negation', on: 'five', same: true },
  { m: '不要字幕也不要标题', f: 'negation', on: 'rich', v: { texts: [] } },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  { m: 'undo', f: 'history', on: 'three', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: '撤销',
    f: 'history',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['add a title "Hello"', 'undo'],
    v: { texts: [{ text: 'Hello' }] },
  },
  {
    m: '算了，还是改回去吧',
    f: 'history',
    on: 'three',
    before: ['每张照片2秒'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  { m: 'undo', f: 'history', on: 'three', same: true },
  {
    m: 'undo twice',
    f: 'history',
    on: 'three',
    before: ['use wipe transitions', 'make it square'],
    v: { transitions: each(2, { kind: 'cut' }), aspect: '16:9' },
  },
  {
    m: 'oops, bring the music back',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  { m: '撤回', f: 'history', on: 'three', before: ['把滤镜换成复古'], v: { look: 'none' } },
  {
    m: '取消剛才的修改',
    f: 'history',
    on: 'three',
    before: ['加上標題「畢業快樂」'],
    v: { texts: [] },
  },
  {
    m: '不对，撤销一下',
    f: 'history',
    on: 'rich',
    before: ['把音乐音量调到30%'],
    v: { audio: [{ volume: 1 }] },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'and the third one too',
    f: 'reference',
    on: 'three',
    before: ['make the second photo 4 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 4000 }], durationMs: 11000 },
  },
  {
    m: 'same for the next one',
    f: 'reference',
    on: 'three',
    before: ['give the first photo a pan left'],
    v: { photos: [{ motion: 'pan-left' }, { motion: 'pan-left' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'make the beach photo 5 seconds',
    f: 'reference',
    on: 'three',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }], durationMs: 11000 },
  },
  {
    m: '把城市那张删了',
    f: 'reference',
    on: 'three',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }], durationMs: 6000 },
  },
  {
    m: 'move it to the top',
    f: 'reference',
    on: 'three',
    before: ['add a caption "Day two" on the second photo'],
    v: { texts: [{ text: 'Day two', position: 'top' }] },
  },
  {
    m: 'and a circle for the next one',
    f: 'reference',
    on: 'three',
    before: ['use a wipe between the first two photos'],
    v: { transitions: [{ kind: 'wipe-left' }, { kind: 'circle' }] },
  },
  {
    m: 'actually make it 5',
    f: 'reference',
    on: 'three',
    before: ['make the last photo 4 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 5000 }], durationMs: 11000 },
  },
  {
    m: '第一张再长一点，改成4秒',
    f: 'reference',
    on: 'three',
    before: ['每张照片改成2秒'],
    v: { photos: [{ durationMs: 4000 }, { durationMs: 2000 }, { durationMs: 2000 }], durationMs: 8000 },
  },
  {
    m: '那张糊掉的删了吧',
    f: 'reference',
    on: 'flagged',
    v: {
      photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'beach-2.jpg' }],
      durationMs: 9000,
    },
  },
  {
    m: 'remove the duplicate photo',
    f: 'reference',
    on: 'flagged',
    v: {
      photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }],
      durationMs: 9000,
    },
  },
  {
    m: 'make that one longer, 1.2 seconds',
    f: 'reference',
    on: 'three',
    before: ['put a slide transition after the first photo'],
    v: { transitions: [{ kind: 'slide-left', durationMs: 1200 }, { kind: 'cut' }] },
  },
  {
    m: 'the party photo should go first',
    f: 'reference',
    on: 'five',
    v: {
      photos: [
        { source: 'party night.jpg' },
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
      ],
    },
  },
  {
    m: '再把它放到顶部',
    f: 'reference',
    on: 'rich',
    before: ['change the title to "Summer Trip"'],
    v: { texts: [{ text: 'Summer Trip', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: '森林那张停留4秒',
    f: 'reference',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 4000 }], durationMs: 10000 },
  },
  {
    m: 'change it to "Hello World"',
    f: 'reference',
    on: 'three',
    before: ['add the title "Hello"'],
    v: { texts: [{ text: 'Hello World' }] },
  },
  {
    m: '第三张也一样',
    f: 'reference',
    on: 'three',
    before: ['把第二张照片改成5秒'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 5000 }], durationMs: 13000 },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it square, black and white, and 2 seconds per photo',
    f: 'multi',
    on: 'three',
    v: { aspect: '1:1', look: 'black-and-white', photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: "vertical for tiktok, add the title 'Summer 2024' and some upbeat pop music",
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      texts: [{ text: 'Summer 2024', role: 'title' }],
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: '每张2秒，转场用叠化，再加个暖色滤镜',
    f: 'multi',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2000 }),
      transitions: each(2, { kind: 'crossfade' }),
      look: 'warm',
      durationMs: 4400,
    },
  },
  {
    m: 'swap photo 1 and 3 and make the middle one 5 seconds',
    f: 'multi',
    on: 'three',
    v: {
      photos: [
        { source: 'forest.jpg', durationMs: 3000 },
        { source: 'city.jpg', durationMs: 5000 },
        { source: 'beach.jpg', durationMs: 3000 },
      ],
      durationMs: 11000,
    },
  },
  {
    m: '把标题改成「毕业啦」，放到顶部',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: '毕业啦', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: '15 seconds total, slide transitions, cool tones',
    f: 'multi',
    on: 'three',
    v: { durationMs: 15000, transitions: each(2, { kind: 'slide-left' }), look: 'cool' },
  },
  {
    m: '加个结尾写「谢谢观看」，音乐最后淡出3秒',
    f: 'multi',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip' },
        { text: 'Day one' },
        { text: '谢谢观看', role: 'end-card', endMs: 7400 },
      ],
      audio: [{ fadeOutMs: 3000 }],
    },
  },
  {
    m: 'BGM 换成 piano 的，音量 30%',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano', volume: 0.3 }] },
  },
  {
    m: 'make it 4:5, drop the last photo, and pan left on everything',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '4:5',
      photos: [
        { source: 'beach.jpg', motion: 'pan-left' },
        { source: 'city.jpg', motion: 'pan-left' },
        { source: 'forest.jpg', motion: 'pan-left' },
        { source: 'sunset.jpg', motion: 'pan-left' },
      ],
      durationMs: 9600,
    },
  },
  {
    m: '改成正方形，濾鏡用黑白，每張兩秒',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', look: 'black-and-white', photos: each(5, { durationMs: 2000 }), durationMs: 6800 },
  },
  {
    m: "ok so I want it vertical and like 12 seconds total and can the title say 'Girls Trip' thanks",
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', durationMs: 12000, texts: [{ text: 'Girls Trip', role: 'title' }] },
  },
  {
    m: 'take out the dog photo and add a caption "best day" on the rocket one',
    f: 'multi',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'rocket.jpg' },
      ],
      texts: [{ text: 'best day', startMs: 9000, endMs: 12000 }],
      durationMs: 12000,
    },
  },
  {
    m: 'birthday style but no music',
    f: 'multi',
    on: 'five',
    v: { look: 'vivid', transitions: each(4, { kind: 'zoom-in' }), audio: [] },
  },
  {
    m: '音量调到一半，然后把转场都换成滑动',
    f: 'multi',
    on: 'beats',
    v: { audio: [{ volume: 0.5 }], transitions: each(2, { kind: 'slide-left' }) },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'turn these into a 20 second vertical video with slide transitions',
    f: 'create',
    on: 'three',
    v: { aspect: '9:16', durationMs: 20000, transitions: each(2, { kind: 'slide-left' }) },
  },
  {
    m: "make me a square birthday video with the title 'Happy 5th Birthday Mia'",
    f: 'create',
    on: 'three',
    v: {
      aspect: '1:1',
      look: 'vivid',
      transitions: each(2, { kind: 'zoom-in' }),
      texts: [{ text: 'Happy 5th Birthday Mia', role: 'title' }],
      audio: [{ source: 'Confetti' }],
      durationMs: 5600,
    },
  },
  {
    m: '用这些照片做一个30秒的旅行vlog',
    f: 'create',
    on: 'five',
    v: {
      look: 'warm',
      transitions: each(4, { kind: 'whip-pan' }),
      audio: [{ source: 'Road Trip' }],
      durationMs: 30000,
    },
  },
  {
    m: '帮我把照片做成一个竖屏视频，每张两秒，配上欢快的音乐',
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2000 }),
      durationMs: 6000,
      audio: [{ source: 'Sunny Pop' }],
    },
  },
  {
    m: 'make a video for instagram reels, 15 seconds, black and white',
    f: 'create',
    on: 'five',
    v: { aspect: '9:16', durationMs: 15000, look: 'black-and-white' },
  },
  {
    m: '做一个婚礼相册视频，标题写「我们结婚啦」',
    f: 'create',
    on: 'three',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade' }),
      texts: [{ text: '我们结婚啦', role: 'title' }],
      audio: [{ source: 'First Dance' }],
      durationMs: 9600,
    },
  },
  {
    m: "Create a memorial slideshow for grandpa with the title 'In Loving Memory'",
    f: 'create',
    on: 'three',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black' }),
      texts: [{ text: 'In Loving Memory', role: 'title' }],
      audio: [{ source: 'Remembrance' }],
      durationMs: 12000,
    },
  },
  {
    m: '做個直式影片，每張兩秒半，加上標題「畢業快樂」',
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2500 }),
      durationMs: 7500,
      texts: [{ text: '畢業快樂', role: 'title' }],
    },
  },
  {
    m: 'quick product promo, 10 seconds, square',
    f: 'create',
    on: 'things',
    v: {
      aspect: '1:1',
      look: 'vivid',
      transitions: each(4, { kind: 'slide-left' }),
      audio: [{ source: 'Clean Lines' }],
      durationMs: 10000,
    },
  },
  {
    m: 'make a one minute video with calm piano music and fade to black transitions',
    f: 'create',
    on: 'five',
    v: {
      durationMs: 60000,
      audio: [{ source: 'Quiet Piano' }],
      transitions: each(4, { kind: 'fade-black' }),
    },
  },
  {
    m: '我想用这几张照片做个短片：每张4秒，转场用圆形，配上放松的lo-fi音乐',
    f: 'create',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: 'circle' }),
      audio: [{ source: 'Lo-fi Drift' }],
      durationMs: 10400,
    },
  },
];
