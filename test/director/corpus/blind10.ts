import { type CorpusCase, each } from './types.js';

/**
 * Blind set 10: creators with a purpose — a parent making a child's birthday clip, a food blogger, a
 * wedding planner, a pet account, a small shop's product post, a travel couple, a school event, a
 * memorial. They say what the video is for and what they want changed, often with numbers (lengths,
 * counts, positions, volumes, percentages), lean on earlier turns, and correct themselves mid-message
 * ("no wait, …", "不对，是…"). About half English, half Chinese (mostly Simplified, some Traditional and a
 * few Cantonese-flavoured lines), a few mixed. Outside the style and create families the purpose is said
 * in words that name no style preset, so only the edit asked for is right.
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
 *
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none.
 * Uploaded songs: lo-fi.mp3, Summer Vibes.mp3. Library tracks named below by title: Quiet Piano (calm,
 * piano), Sunny Pop (upbeat, pop), Confetti (birthday, party), First Dance (romantic, wedding),
 * Remembrance (memorial), Road Trip (travel), Clean Lines (product), Sunday Morning (family, playful),
 * Neon Pulse (electronic, dance), Horizon (cinematic).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti;
 * travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance;
 * memorial 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid,
 * Clean Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s,
 * cool, Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 */
export const blind10: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'Leo turns six on Saturday — can each photo stay 4 seconds?',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  { m: '探店视频，总长控制在15秒', f: 'length', on: 'five', v: { durationMs: 15000 } },
  {
    m: 'food blog reel: 1.5s per shot — no wait, make it 2s',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  { m: '新人说太短了，总时长改成30秒', f: 'length', on: 'five', v: { durationMs: 30000 } },
  {
    m: '第二张是蛋糕特写，让它停5秒',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }], durationMs: 11000 },
  },
  {
    m: "it's for grandpa's service, so slow it down: 4 seconds per photo",
    f: 'length',
    on: 'rich',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 10400 },
  },
  { m: '整体缩短到6秒', f: 'length', on: 'three', v: { durationMs: 6000 } },
  {
    m: '每张照片2.5秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2500 }), durationMs: 9300 },
  },
  {
    m: 'the last photo is the group shot, give it twice as long as the others',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 6000 }], durationMs: 12000 },
  },
  { m: 'maybe a bit longer overall? like 50% longer', f: 'length', on: 'three', v: { durationMs: 13500 } },
  {
    m: '每張相片改成三秒半',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 3500 }), durationMs: 14300 },
  },
  { m: '成條片縮短兩秒', f: 'length', on: 'three', v: { durationMs: 7000 } },
  {
    m: 'first and last photos 4 seconds, leave the middle one alone',
    f: 'length',
    on: 'three',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 4000 }], durationMs: 11000 },
  },
  {
    m: 'total 45 seconds please, the venue is looping it in the lobby',
    f: 'length',
    on: 'five',
    v: { durationMs: 45000 },
  },
  {
    m: '猫咪账号，每张1秒就够了',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 1000 }), durationMs: 3000 },
  },
  {
    m: 'make it 5 seconds long',
    f: 'length',
    on: 'one',
    v: { photos: [{ durationMs: 5000 }], durationMs: 5000 },
  },
  { m: '整个视频再加3秒', f: 'length', on: 'five', v: { durationMs: 14800 } },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'switch every transition to a fade through white, the bride asked for it',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'fade-white' }) },
  },
  {
    m: '用叠化转场，每个1秒',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), durationMs: 7000 },
  },
  {
    m: '第二张和第三张之间用圆形展开的转场',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'circle' }, { kind: 'crossfade' }, { kind: 'crossfade' }],
    },
  },
  {
    m: 'slide transitions, half a second each',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'slide-left', durationMs: 500 }), durationMs: 8000 },
  },
  {
    m: '转场时间缩短到0.4秒',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 400 }), durationMs: 13400 },
  },
  {
    m: 'whip pans between all the shots',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'whip-pan' }) },
  },
  {
    m: 'make the last transition a fade to black',
    f: 'transition',
    on: 'five',
    v: {
      transitions: [
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'crossfade' },
        { kind: 'fade-black' },
      ],
    },
  },
  {
    m: 'crossfades are too quick, make them 1.5 seconds — no wait, 1.2',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1200 }), durationMs: 10200 },
  },
  {
    m: '轉場改成由下往上擦除',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'wipe-up' }) },
  },
  {
    m: '換成模糊溶解的轉場',
    f: 'transition',
    on: 'rich',
    v: { transitions: each(2, { kind: 'blur-dissolve' }) },
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'slow pan from left to right on every photo',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'pan-right' }) },
  },
  {
    m: '第一张用推镜头，其他不变',
    f: 'motion',
    on: 'three',
    v: { photos: [{ motion: 'push-in' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'make the first photo 3D so my daughter pops out',
    f: 'motion',
    on: 'people',
    v: { photos: [{ motion: 'parallax' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  { m: '每张图都慢慢拉远', f: 'motion', on: 'things', v: { photos: each(5, { motion: 'zoom-out' }) } },
  {
    m: 'zoom out on the last photo, the sunset — no wait, the party one',
    f: 'motion',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg', motion: 'zoom-in' },
        { source: 'city.jpg', motion: 'zoom-in' },
        { source: 'forest.jpg', motion: 'zoom-in' },
        { source: 'sunset.jpg', motion: 'zoom-in' },
        { source: 'party night.jpg', motion: 'zoom-out' },
      ],
    },
  },
  { m: '镜头从上往下摇', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-down' }) } },
  {
    m: 'give the second photo a slight rotation',
    f: 'motion',
    on: 'rich',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'rotate' }, { motion: 'zoom-in' }] },
  },
  { m: '每張鏡頭都慢慢往左平移', f: 'motion', on: 'three', v: { photos: each(3, { motion: 'pan-left' }) } },
  {
    m: '第三张和第四张不要动',
    f: 'motion',
    on: 'five',
    v: {
      photos: [
        { motion: 'zoom-in' },
        { motion: 'zoom-in' },
        { motion: 'static' },
        { motion: 'static' },
        { motion: 'zoom-in' },
      ],
    },
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: "warm golden tones please, it's the sunset proposal", f: 'look', on: 'rich', v: { look: 'warm' } },
  { m: '黑白效果，都是外公年轻时的照片', f: 'look', on: 'three', v: { look: 'black-and-white' } },
  { m: 'the dishes look dull, make the colours pop', f: 'look', on: 'things', v: { look: 'vivid' } },
  { m: '加个复古胶片滤镜', f: 'look', on: 'five', v: { look: 'vintage' } },
  { m: 'cool blue tones for the ski club video', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: 'take the filter off', f: 'look', on: 'five', before: ['make it vintage'], v: { look: 'none' } },
  { m: '画面调亮一点，室内拍的太暗了', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: 'softer, faded colours — a matte look', f: 'look', on: 'rich', v: { look: 'matte' } },
  { m: '想要啲顏色鮮艷啲', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: '把照片里的天空换成蓝天白云', f: 'look', on: 'five', same: true },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "add the title 'Happy Birthday, Leo!'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Happy Birthday, Leo!', role: 'title' }] },
  },
  {
    m: "change the title to 'Our Honeymoon'",
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Our Honeymoon', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: '片尾加一句「谢谢观看」',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: '谢谢观看', role: 'end-card', endMs: 11800 }] },
  },
  {
    m: '標題移到最上面',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', position: 'top' },
        { text: 'Day one', position: 'bottom' },
      ],
    },
  },
  { m: '把「Day one」那行字删掉', f: 'text', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    m: '加标题「新婚快乐」，放在底部',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '新婚快乐', role: 'title', position: 'bottom' }] },
  },
  {
    m: 'put the caption in a box',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'clean' },
        { text: 'Day one', style: 'boxed' },
      ],
    },
  },
  {
    m: "title 'Mochi turns 3 🐶' — oh and keep it up for 5 seconds",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Mochi turns 3 🐶', role: 'title', startMs: 0, endMs: 5000 }] },
  },
  {
    m: '标题改成黑色的字',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', color: '#000000' },
        { text: 'Day one', color: '#ffffff' },
      ],
    },
  },
  {
    m: '标题用描边字',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'bold-outline' },
        { text: 'Day one', style: 'clean' },
      ],
    },
  },
  {
    m: "put 'Opening this Saturday!' at the bottom of the last photo",
    f: 'text',
    on: 'three',
    v: {
      texts: [
        { text: 'Opening this Saturday!', role: 'caption', startMs: 6000, endMs: 9000, position: 'bottom' },
      ],
    },
  },
  {
    m: '把標題改成「北海道之旅」並移到上方',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '北海道之旅', role: 'title', position: 'top' }, { text: 'Day one' }] },
  },
  {
    m: "add the title 'Lily & Sam' and a closing line 'Save the date · 14 June'",
    f: 'text',
    on: 'five',
    v: {
      texts: [
        { text: 'Lily & Sam', role: 'title' },
        { text: 'Save the date · 14 June', role: 'end-card', endMs: 11800 },
      ],
    },
  },
  {
    m: 'make the caption stay on screen until the very end',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', startMs: 2200, endMs: 7400 }] },
  },
  {
    m: '标题「小区运动会」，只显示前4秒',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '小区运动会', role: 'title', startMs: 0, endMs: 4000 }] },
  },
  {
    m: '字幕改成「第一天：伏見稻荷」',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: '第一天：伏見稻荷', role: 'caption' }] },
  },
  { m: 'put our store logo in the top right corner', f: 'text', on: 'three', same: true },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'add some birthday party music', f: 'music', on: 'three', v: { audio: [{ source: 'Confetti' }] } },
  { m: 'music volume to 40%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] } },
  { m: '音乐结尾淡出3秒', f: 'music', on: 'rich', v: { audio: [{ fadeOutMs: 3000 }] } },
  {
    m: '把背景音乐换成 Summer Vibes',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: "use a calm piano track, it's for grandpa's slideshow",
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  { m: '加一首浪漫的歌，婚宴上要放', f: 'music', on: 'five', v: { audio: [{ source: 'First Dance' }] } },
  { m: 'let the music fade in over 2 seconds', f: 'music', on: 'rich', v: { audio: [{ fadeInMs: 2000 }] } },
  { m: '把音乐关小一半', f: 'music', on: 'rich', v: { audio: [{ volume: 0.5 }] } },
  {
    m: 'pet account video — something playful for the music',
    f: 'music',
    on: 'five',
    v: { audio: [{ source: 'Sunday Morning' }] },
  },
  { m: '来点电子舞曲，夜店风', f: 'music', on: 'three', v: { audio: [{ source: 'Neon Pulse' }] } },
  {
    m: '用 lo-fi.mp3 当背景音乐，音量30%',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  { m: '音乐小声一点吧，70%？', f: 'music', on: 'rich', v: { audio: [{ volume: 0.7 }] } },
  { m: 'record my voice reading the poem over the photos', f: 'music', on: 'three', same: true },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Leo's party is tomorrow, give it the birthday style",
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
  {
    m: '这是我们蜜月的照片，套一个旅行vlog风格',
    f: 'style',
    on: 'five',
    v: {
      look: 'warm',
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'whip-pan', durationMs: 450 }),
      audio: [{ source: 'Road Trip' }],
      durationMs: 10700,
    },
  },
  {
    m: 'wedding style, but keep my music',
    f: 'style',
    on: 'rich',
    v: {
      look: 'matte',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 9600,
    },
  },
  {
    m: '做成产品展示风格，网店上用',
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
  {
    m: '用纪念风格，给我爸爸的',
    f: 'style',
    on: 'five',
    v: {
      look: 'black-and-white',
      photos: each(5, { durationMs: 5000 }),
      transitions: each(4, { kind: 'fade-black', durationMs: 1500 }),
      audio: [{ source: 'Remembrance' }],
      durationMs: 19000,
    },
  },
  {
    m: '来点电影感',
    f: 'style',
    on: 'five',
    v: {
      look: 'cool',
      photos: each(5, { durationMs: 3500 }),
      transitions: each(4, { kind: 'blur-dissolve', durationMs: 1000 }),
      audio: [{ source: 'Horizon' }],
      durationMs: 13500,
    },
  },
  {
    m: "turn it into a hype reel for the team's page",
    f: 'style',
    on: 'three',
    v: {
      look: 'vivid',
      photos: each(3, { durationMs: 1500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 300 }),
      audio: [{ source: 'Neon Pulse' }],
      durationMs: 3900,
    },
  },
  {
    m: '換成家庭風格，溫馨一點',
    f: 'style',
    on: 'rich',
    v: {
      look: 'warm',
      transitions: each(2, { kind: 'crossfade', durationMs: 800 }),
      audio: [{ source: 'lo-fi.mp3' }],
      durationMs: 7400,
    },
  },
  {
    m: 'graduation style please',
    f: 'style',
    on: 'people',
    v: {
      look: 'warm',
      transitions: each(2, { kind: 'crossfade', durationMs: 800 }),
      audio: [{ source: 'Sunday Morning' }],
      durationMs: 7400,
    },
  },

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it vertical for TikTok',
    f: 'format',
    on: 'five',
    v: { aspect: '9:16', width: 1080, height: 1920 },
  },
  { m: '改成正方形，发朋友圈用', f: 'format', on: 'three', v: { aspect: '1:1', width: 1080, height: 1080 } },
  { m: 'Instagram feed post, 4:5', f: 'format', on: 'rich', v: { aspect: '4:5', width: 1080, height: 1350 } },
  { m: 'export at 60 fps, the skate shots look choppy', f: 'format', on: 'three', v: { fps: 60 } },
  {
    m: '改回横屏',
    f: 'format',
    on: 'three',
    before: ['make it vertical'],
    v: { aspect: '16:9', width: 1920, height: 1080 },
  },
  { m: '720p is enough for our website', f: 'format', on: 'things', v: { width: 1280, height: 720 } },
  {
    m: "4K please, it's going on the big screen at the reception",
    f: 'format',
    on: 'rich',
    v: { width: 3840, height: 2160 },
  },
  { m: '改成直式，每秒24格', f: 'format', on: 'three', v: { aspect: '9:16', fps: 24 } },
  {
    m: '学校的投影仪是4:3的，改成4:3',
    f: 'format',
    on: 'three',
    v: { aspect: '4:3', width: 1440, height: 1080 },
  },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'put them in the order they were taken',
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
    m: '倒过来排',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: 'swap photos 2 and 4',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'sunset.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    m: '把第一张挪到最后',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
        { source: 'beach.jpg' },
      ],
    },
  },
  {
    m: "dog photo first, it's a pet account after all",
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
    m: 'remove photo 3',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
      durationMs: 9600,
    },
  },
  {
    m: '把第二张放到最前面',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    m: '最新拍的放前面',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    m: '將第三張放喺第二張前面',
    f: 'order',
    on: 'three',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }, { source: 'city.jpg' }] },
  },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  { m: 'how long is my video now?', f: 'question', on: 'five', route: 'status', same: true },
  { m: '现在配的是什么歌？', f: 'question', on: 'rich', route: 'status', same: true },
  { m: 'which transitions can I use?', f: 'question', on: 'three', route: 'help', same: true },
  { m: 'what does the title say right now?', f: 'question', on: 'rich', route: 'status', same: true },
  { m: '有哪些滤镜可以选？', f: 'question', on: 'three', route: 'help', same: true },
  { m: 'how many photos are in it?', f: 'question', on: 'five', route: 'status', same: true },
  { m: '你能帮我做什么？', f: 'question', on: 'three', route: 'help', same: true },
  {
    m: "what styles do you have? I'm planning a wedding video",
    f: 'question',
    on: 'three',
    route: 'help',
    same: true,
  },
  { m: '現在影片是什麼比例？', f: 'question', on: 'rich', route: 'status', same: true },
  { m: '每张照片现在停几秒？', f: 'question', on: 'five', route: 'status', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'no camera movement please, keep the photos still',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: '不要转场，直接切',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: 'no fade-out on the music, let it stop with the video',
    f: 'negation',
    on: 'rich',
    v: { audio: [{ fadeOutMs: 0 }] },
  },
  { m: '标题不要了，字幕留着', f: 'negation', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  {
    m: "don't change anything yet, the couple hasn't replied",
    f: 'negation',
    on: 'three',
    same: true,
  },
  { m: '不要背景音乐了', f: 'negation', on: 'rich', v: { audio: [] } },
  {
    m: 'no, not black and white — vintage instead',
    f: 'negation',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'vintage' },
  },
  {
    m: "don't crossfade into the last photo, just cut",
    f: 'negation',
    on: 'five',
    v: {
      transitions: [{ kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'cut' }],
      durationMs: 12600,
    },
  },
  { m: '先别改，等客户确认了再说', f: 'negation', on: 'rich', same: true },
  {
    m: '别再 zoom 了，全部静止',
    f: 'negation',
    on: 'things',
    v: { photos: each(5, { motion: 'static' }) },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'undo that',
    f: 'history',
    on: 'three',
    before: ['make each photo 2 seconds'],
    v: { photos: each(3, { durationMs: 3000 }), durationMs: 9000 },
  },
  {
    m: '撤销',
    f: 'history',
    on: 'rich',
    before: ['remove the title'],
    v: { texts: [{ text: 'Road Trip', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['use slide transitions', 'undo'],
    v: { transitions: each(2, { kind: 'slide-left' }) },
  },
  {
    m: 'go back two steps',
    f: 'history',
    on: 'five',
    before: ['make it vertical', 'make it black and white'],
    v: { aspect: '16:9', look: 'none' },
  },
  { m: '撤回上一步', f: 'history', on: 'three', same: true },
  {
    m: '算了，还是原来的音量吧',
    f: 'history',
    on: 'rich',
    before: ['音乐音量调到20%'],
    v: { audio: [{ volume: 1 }] },
  },
  {
    m: 'undo the last change',
    f: 'history',
    on: 'three',
    before: ['add the title "Bake Sale"', 'make the title bigger'],
    v: { texts: [{ text: 'Bake Sale', size: 1.4 }] },
  },
  {
    m: '删错了，恢复一下',
    f: 'history',
    on: 'five',
    before: ['把第一张删掉'],
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
      durationMs: 11800,
    },
  },
  {
    m: '復原',
    f: 'history',
    on: 'rich',
    before: ['把音樂換成 Summer Vibes'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: 'undo',
    f: 'history',
    on: 'three',
    before: ['make it square', 'add a caption "Fresh bread daily" on the first photo'],
    v: { texts: [], aspect: '1:1' },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Leo turns six on Saturday! Title 'Leo is 6!', 2 seconds per photo, and put the Confetti track on",
    f: 'multi',
    on: 'three',
    v: {
      texts: [{ text: 'Leo is 6!', role: 'title' }],
      photos: each(3, { durationMs: 2000 }),
      durationMs: 6000,
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: '音乐调到50%，标题改成「京都蜜月」，转场换成闪白',
    f: 'multi',
    on: 'rich',
    v: {
      audio: [{ volume: 0.5 }],
      texts: [{ text: '京都蜜月', role: 'title' }, { text: 'Day one' }],
      transitions: each(2, { kind: 'fade-white' }),
    },
  },
  {
    m: "each photo 2 seconds, 0.3 s slides between them, and a caption 'New arrivals' on the first photo",
    f: 'multi',
    on: 'things',
    v: {
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 300 }),
      durationMs: 8800,
      texts: [{ text: 'New arrivals', role: 'caption', startMs: 0 }],
    },
  },
  {
    m: '把视频做成正方形，每张照片3.5秒，加个暖色滤镜',
    f: 'multi',
    on: 'three',
    v: { aspect: '1:1', photos: each(3, { durationMs: 3500 }), durationMs: 10500, look: 'warm' },
  },
  {
    m: '去掉字幕，标题改成「巴黎2024」，放到底部',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: '巴黎2024', role: 'title', position: 'bottom' }] },
  },
  {
    m: 'for the bakery post: square, Sunny Pop at 60% — no, 50%',
    f: 'multi',
    on: 'five',
    v: { aspect: '1:1', audio: [{ source: 'Sunny Pop', volume: 0.5 }] },
  },
  {
    m: '每張兩秒，轉場用滑動，0.5秒，加標題「運動會」',
    f: 'multi',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2000 }),
      transitions: each(2, { kind: 'slide-left', durationMs: 500 }),
      durationMs: 5000,
      texts: [{ text: '運動會', role: 'title' }],
    },
  },
  {
    m: 'make the people pop out in 3D on the first two photos and give every photo 4 seconds',
    f: 'multi',
    on: 'people',
    v: {
      photos: [
        { motion: 'parallax', durationMs: 4000 },
        { motion: 'parallax', durationMs: 4000 },
        { motion: 'zoom-in', durationMs: 4000 },
      ],
      durationMs: 12000,
    },
  },
  {
    m: '把音乐换成《第一支舞》，淡出4秒，音量70%',
    f: 'multi',
    on: 'rich',
    v: { audio: [{ source: 'First Dance', fadeOutMs: 4000, volume: 0.7 }] },
  },
  {
    m: 'drop the last photo, make the rest 2.5 seconds each with 1-second fades through black between them',
    f: 'multi',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 2500 },
        { source: 'city.jpg', durationMs: 2500 },
        { source: 'forest.jpg', durationMs: 2500 },
        { source: 'sunset.jpg', durationMs: 2500 },
      ],
      transitions: each(3, { kind: 'fade-black', durationMs: 1000 }),
      durationMs: 7000,
    },
  },
  {
    m: "Mochi's adoption day 🐾 title 'Happy Gotcha Day Mochi', pan right on every photo, and the Sunday Morning track at 80%",
    f: 'multi',
    on: 'three',
    v: {
      texts: [{ text: 'Happy Gotcha Day Mochi', role: 'title' }],
      photos: each(3, { motion: 'pan-right' }),
      audio: [{ source: 'Sunday Morning', volume: 0.8 }],
    },
  },
  {
    m: '竖屏，总长15秒，最后一张加字幕「欢迎光临」',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '9:16',
      durationMs: 15000,
      texts: [{ text: '欢迎光临', role: 'caption', endMs: 15000 }],
    },
  },
  {
    m: "music off, black and white, and 4 seconds a photo — it's for grandpa's service",
    f: 'multi',
    on: 'rich',
    v: { audio: [], look: 'black-and-white', photos: each(3, { durationMs: 4000 }), durationMs: 10400 },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: "Make a 15 second vertical video for my bakery's Instagram story with the title 'Fresh Out of the Oven'",
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      durationMs: 15000,
      texts: [{ text: 'Fresh Out of the Oven', role: 'title' }],
    },
  },
  {
    m: '做一个宝宝满月的视频，温馨一点，标题「满月快乐」',
    f: 'create',
    on: 'five',
    v: {
      look: 'warm',
      transitions: each(4, { kind: 'crossfade' }),
      audio: [{ source: 'Sunday Morning' }],
      texts: [{ text: '满月快乐', role: 'title' }],
      durationMs: 11800,
    },
  },
  {
    m: "Make a product video for my online store: 2 seconds per item, title 'Summer Sale'",
    f: 'create',
    on: 'things',
    v: {
      look: 'vivid',
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 400 }),
      audio: [{ source: 'Clean Lines' }],
      texts: [{ text: 'Summer Sale', role: 'title' }],
      durationMs: 8400,
    },
  },
  {
    m: '帮我做一个旅行vlog，竖屏，30秒',
    f: 'create',
    on: 'five',
    v: {
      aspect: '9:16',
      look: 'warm',
      transitions: each(4, { kind: 'whip-pan' }),
      audio: [{ source: 'Road Trip' }],
      durationMs: 30000,
    },
  },
  {
    m: "make a wedding video, title 'Anna & Tom', keep it 16:9",
    f: 'create',
    on: 'people',
    v: {
      aspect: '16:9',
      look: 'matte',
      photos: each(3, { durationMs: 4000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      audio: [{ source: 'First Dance' }],
      texts: [{ text: 'Anna & Tom', role: 'title' }],
      durationMs: 9600,
    },
  },
  {
    m: '用这几张做一个悼念外婆的视频，标题「永远怀念」',
    f: 'create',
    on: 'three',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black', durationMs: 1500 }),
      audio: [{ source: 'Remembrance' }],
      texts: [{ text: '永远怀念', role: 'title' }],
      durationMs: 12000,
    },
  },
  {
    m: 'school sports day highlight reel, square, 20 seconds',
    f: 'create',
    on: 'five',
    v: {
      aspect: '1:1',
      look: 'vivid',
      transitions: each(4, { kind: 'whip-pan' }),
      audio: [{ source: 'Neon Pulse' }],
      durationMs: 20000,
    },
  },
  {
    m: '用这些图做个9:16的视频，每张1.5秒，滑动转场0.5秒',
    f: 'create',
    on: 'things',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 1500 }),
      transitions: each(4, { kind: 'slide-left', durationMs: 500 }),
      durationMs: 5500,
    },
  },
  {
    m: '幫我做一個家庭風格的直式影片，標題「全家福」',
    f: 'create',
    on: 'three',
    v: {
      aspect: '9:16',
      look: 'warm',
      transitions: each(2, { kind: 'crossfade', durationMs: 800 }),
      audio: [{ source: 'Sunday Morning' }],
      texts: [{ text: '全家福', role: 'title' }],
      durationMs: 7400,
    },
  },
  {
    m: 'Turn these into a romantic anniversary video for my wife, 40 seconds long',
    f: 'create',
    on: 'five',
    v: {
      look: 'matte',
      transitions: each(4, { kind: 'crossfade' }),
      audio: [{ source: 'First Dance' }],
      durationMs: 40000,
    },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'the first one too',
    f: 'reference',
    on: 'three',
    before: ['make the second photo 5 seconds'],
    v: { photos: [{ durationMs: 5000 }, { durationMs: 5000 }, { durationMs: 3000 }], durationMs: 13000 },
  },
  {
    m: '火箭那张不要了',
    f: 'reference',
    on: 'things',
    v: {
      photos: [
        { source: 'astronaut.jpg' },
        { source: 'chelsea.jpg' },
        { source: 'coffee.jpg' },
        { source: 'dog.jpg' },
      ],
      durationMs: 12000,
    },
  },
  {
    m: '在咖啡那张上加字幕「周六拉花课 10点」',
    f: 'reference',
    on: 'things',
    v: { texts: [{ text: '周六拉花课 10点', role: 'caption', startMs: 6000, endMs: 9000 }] },
  },
  {
    m: 'put it at the top',
    f: 'reference',
    on: 'rich',
    before: ['add a caption "Arrived in Kyoto" on the third photo'],
    v: {
      texts: [
        { text: 'Road Trip', position: 'center' },
        { text: 'Day one', position: 'bottom' },
        { text: 'Arrived in Kyoto', position: 'top' },
      ],
    },
  },
  {
    m: '再把派对那张放到第二',
    f: 'reference',
    on: 'five',
    before: ['把日落那张放到第一张'],
    v: {
      photos: [
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
        { source: 'beach.jpg' },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
      ],
    },
  },
  {
    m: '把重复的那张删了',
    f: 'reference',
    on: 'flagged',
    v: {
      photos: [{ source: 'beach.jpg' }, { source: 'city.jpg' }, { source: 'forest.jpg' }],
      durationMs: 9000,
    },
  },
  {
    m: 'and the same between the last two',
    f: 'reference',
    on: 'five',
    before: ['use a circle transition between the first two photos'],
    v: {
      transitions: [{ kind: 'circle' }, { kind: 'crossfade' }, { kind: 'crossfade' }, { kind: 'circle' }],
    },
  },
  {
    m: '最后一张再多给1秒',
    f: 'reference',
    on: 'three',
    before: ['每张照片改成2秒'],
    v: { photos: [{ durationMs: 2000 }, { durationMs: 2000 }, { durationMs: 3000 }], durationMs: 7000 },
  },
  {
    m: '再减半',
    f: 'reference',
    on: 'rich',
    before: ['把音乐音量调到60%'],
    v: { audio: [{ volume: 0.3 }] },
  },
  {
    m: 'do that on the others as well',
    f: 'reference',
    on: 'three',
    before: ['pan left on the first photo'],
    v: { photos: each(3, { motion: 'pan-left' }) },
  },
  {
    m: 'make the photos with people in them 3D',
    f: 'reference',
    on: 'people',
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, { motion: 'zoom-in' }] },
  },
  {
    m: '城市那张和森林那张换一下',
    f: 'reference',
    on: 'five',
    v: {
      photos: [
        { source: 'beach.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'sunset.jpg' },
        { source: 'party night.jpg' },
      ],
    },
  },
  {
    m: 'no wait, I meant the first one',
    f: 'reference',
    on: 'three',
    before: ['make the last photo 4 seconds'],
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }], durationMs: 10000 },
  },
  {
    m: '让它显示5秒',
    f: 'reference',
    on: 'rich',
    before: ['change the title to "Lake Como"'],
    v: { texts: [{ text: 'Lake Como', startMs: 0, endMs: 5000 }, { text: 'Day one' }] },
  },
];
