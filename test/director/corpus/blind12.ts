import { type CorpusCase, each } from './types.js';

/**
 * Blind set 12: creators who know editing, and people writing in a second language. Seasoned
 * social-media creators use editing and platform lingo (hook, b-roll, jump cut, hard cut, J-cut, LUT,
 * grade, Ken Burns, speed ramp, fps, safe zone, lower third, outro, end screen, BPM, ducking); non-native
 * English writers slip on grammar ("make more long the photos", "I want that the music is more quiet");
 * Chinese creators use 剪辑 jargon (卡点, 转场, 调色, 滤镜, 运镜, 推拉摇移, 字幕条, 花字, 片头片尾, BGM, 画幅,
 * 帧率, 码率, 黑场, 叠化, 闪白, 定格), with some Traditional and Cantonese lines (張相, 轉場, 搞掂). Jargon is
 * expected to map onto what the catalogue has; where Joy truly cannot do a thing (J-cuts, speed ramps,
 * bitrate) the draft must come back unchanged. Outside the style and create
 * families no message names a style preset.
 *
 * Fixture states used (16:9 1920×1080 at 30 fps, look none, motions zoom-in, fit blur, unless said):
 * - one:     beach; 3 s; 3 s. No transitions, music or text.
 * - three:   beach, city, forest; 3 s each, cuts; 9 s. No music, no text.
 * - five:    beach, city, forest, sunset, party night; 3 s each, crossfades 0.8 s; 11.8 s. No music, no text.
 * - rich:    beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music lo-fi.mp3 (100 %, fade in 0,
 *            fade out 2 s); title "Road Trip" 0–3 s (centre, clean, white, size 1.4), caption "Day one"
 *            on photo 2, 2.2–5.2 s (bottom, clean, white).
 * - beats:   beach, city, forest; 3 s each, crossfades 0.8 s; 7.4 s. Music drums.wav (120 BPM, beats every
 *            0.5 s from 0.25 s).
 * - things:  astronaut, chelsea, coffee, rocket, dog; 3 s each, cuts; 15 s.
 * - people:  beach, city (people that can be lifted), forest (none); 3 s each, cuts; 9 s.
 * - flagged: beach, city, beach-2 (near-duplicate of beach), forest (blurred); 3 s each, cuts; 12 s.
 *
 * Photo sizes: beach, forest 4000×3000; city 3000×4000 (the only portrait one); sunset 4000×2250; party
 * night 2000×2000 (square).
 * Photo dates: city 1 July, forest 2 July, beach 3 July, sunset 4 July; party night has none.
 * Uploaded songs: lo-fi.mp3, Summer Vibes.mp3. Library tracks named below by title: Lo-fi Drift (lo-fi,
 * chill), Quiet Piano (calm, piano), Sunny Pop (upbeat, pop), Horizon (cinematic), Campfire (acoustic,
 * folk, guitar), Neon Pulse (electronic, dance, 劲爆), Confetti (birthday, party), First Dance (romantic,
 * wedding), Remembrance (memorial), Road Trip (travel), Clean Lines (product), Sunday Morning (family,
 * playful).
 * Styles (photo length, transition, look, music): birthday 2.2 s, zoom-in 0.5 s, vivid, Confetti;
 * travel vlog 2.5 s, whip-pan 0.45 s, warm, Road Trip; wedding 4 s, crossfade 1.2 s, matte, First Dance;
 * memorial 5 s, fade-black 1.5 s, black-and-white, Remembrance; product 2.5 s, slide-left 0.4 s, vivid,
 * Clean Lines; family 3 s, crossfade 0.8 s, warm, Sunday Morning; cinematic 3.5 s, blur-dissolve 1 s,
 * cool, Horizon; social 1.5 s, whip-pan 0.3 s, vivid, Neon Pulse. A style keeps a song the person chose.
 */
const B = 'beach.jpg';
const C = 'city.jpg';
const F = 'forest.jpg';
const S = 'sunset.jpg';
const N = 'party night.jpg';
const src = (...names: string[]) => names.map((source) => ({ source }));
const ms = (...lengths: number[]) => lengths.map((durationMs) => ({ durationMs }));
const motions = (...names: string[]) => names.map((motion) => ({ motion }));
const kinds = (...names: string[]) => names.map((kind) => ({ kind }));

export const blind12: CorpusCase[] = [
  // ── length ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make more long the photos, each one 5 second please',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 5000 }), durationMs: 15000 },
  },
  {
    m: 'I want that the video is 12 seconds in total',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 12000 },
  },
  {
    m: 'the hook is too slow — first shot only 1.5s, rest stay how they are',
    f: 'length',
    on: 'five',
    // Adjudicated: a transition never lasts more than half the photo it leaves (docs/director.md), so
    // the 0.8 s crossfade after a 1.5 s photo becomes 0.75 s: 13.5 − 3.15 = 10.35 s (written as 10.3 s).
    v: { photos: ms(1500, 3000, 3000, 3000, 3000), durationMs: 10350 },
  },
  {
    m: '每张图都剪成 2 秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 2000 }), durationMs: 6800 },
  },
  {
    m: '每張相 4 秒就得',
    f: 'length',
    on: 'rich',
    v: { photos: each(3, { durationMs: 4000 }), durationMs: 10400 },
  },
  {
    m: 'trim every shot by one second',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: '第二张延长到 5 秒，其他不变',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 5000, 3000), durationMs: 11000 },
  },
  {
    m: 'the middle shot need more time, make it 5s',
    f: 'length',
    on: 'rich',
    v: { photos: ms(3000, 5000, 3000), durationMs: 9400 },
  },
  {
    m: 'I need it exactly 30 seconds for the post',
    f: 'length',
    on: 'five',
    v: { durationMs: 30000 },
  },
  {
    m: '片子太长了，总时长压到 6 秒',
    f: 'length',
    on: 'three',
    v: { photos: each(3, { durationMs: 2000 }), durationMs: 6000 },
  },
  {
    m: 'this photo is too short, make it stay 8 sec',
    f: 'length',
    on: 'one',
    v: { photos: ms(8000), durationMs: 8000 },
  },
  {
    m: 'hold the last shot for 6 seconds',
    f: 'length',
    on: 'three',
    v: { photos: ms(3000, 3000, 6000), durationMs: 12000 },
  },
  {
    m: '把每张照片的时长都调成4秒',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }), durationMs: 16800 },
  },

  // ── transition ──────────────────────────────────────────────────────────────────────────────────
  {
    m: 'switch all the dissolves to hard cuts',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: '照片之间加叠化',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: '转场全部换成闪白',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'fade-white' }) },
  },
  {
    m: 'whip pan transitions, 0.3s each',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'whip-pan', durationMs: 300 }), durationMs: 8400 },
  },
  {
    m: 'I want that the transitions are more long, 1.5 second',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 1500 }), durationMs: 9000 },
  },
  {
    m: 'iris transitions between the shots, like an old cartoon',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'circle' }) },
  },
  {
    m: '轉場改做模糊溶解',
    f: 'transition',
    on: 'rich',
    v: { transitions: each(2, { kind: 'blur-dissolve' }) },
  },
  {
    m: 'swish pan between 1 and 2 only, keep the other one a cut',
    f: 'transition',
    on: 'three',
    v: { transitions: kinds('whip-pan', 'cut') },
  },
  {
    m: 'zoom-through transitions on every cut',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'zoom-in' }) },
  },
  {
    m: '划像转场，从左往右划',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'wipe-right' }) },
  },
  {
    m: '最后一个转场改成黑场，其他保持叠化',
    f: 'transition',
    on: 'five',
    v: { transitions: kinds('crossfade', 'crossfade', 'crossfade', 'fade-black') },
  },
  {
    m: 'the crossfades drag, tighten them to 0.4s',
    f: 'transition',
    on: 'rich',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 400 }), durationMs: 8200 },
  },
  {
    m: 'slide transitions, the new photo come in from the right side',
    f: 'transition',
    on: 'three',
    v: { transitions: each(2, { kind: 'slide-left' }) },
  },
  {
    m: '啲轉場全部轉做閃白，搞掂就得',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'fade-white' }) },
  },
  {
    m: 'do a J-cut into the forest shot so its audio starts early',
    f: 'transition',
    on: 'three',
    same: true,
  },

  // ── motion ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'ok now put the Ken Burns back on all of them',
    f: 'motion',
    on: 'three',
    before: ['make every photo static, no movement'],
    v: { photos: each(3, { motion: 'zoom-in' }) },
  },
  {
    m: '第一张用拉镜头',
    f: 'motion',
    on: 'three',
    v: { photos: motions('zoom-out', 'zoom-in', 'zoom-in') },
  },
  {
    m: '运镜全部改成从左往右摇',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: 'pan-right' }) },
  },
  {
    m: 'tilt up on the second shot',
    f: 'motion',
    on: 'three',
    v: { photos: motions('zoom-in', 'pan-up', 'zoom-in') },
  },
  {
    m: '给所有照片加 3D 视差效果',
    f: 'motion',
    on: 'people',
    // Adjudicated: parallax lifts the people off a photo, so the photo without anyone (forest) keeps its
    // motion and the reply says why (written as parallax on all three).
    v: { photos: [{ motion: 'parallax' }, { motion: 'parallax' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'dolly in on shot 4',
    f: 'motion',
    on: 'five',
    v: { photos: motions('zoom-in', 'zoom-in', 'zoom-in', 'push-in', 'zoom-in') },
  },
  {
    m: 'slow diagonal drift on everything',
    f: 'motion',
    on: 'rich',
    v: { photos: each(3, { motion: 'drift' }) },
  },
  {
    m: '全部定格，不要动',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'the last two photos should pan right to left',
    f: 'motion',
    on: 'things',
    v: { photos: motions('zoom-in', 'zoom-in', 'zoom-in', 'pan-left', 'pan-left') },
  },
  {
    m: '每張相加少少旋轉',
    f: 'motion',
    on: 'three',
    v: { photos: each(3, { motion: 'rotate' }) },
  },
  {
    m: 'first shot is the hook, push in hard on the subject',
    f: 'motion',
    on: 'five',
    v: { photos: motions('push-in', 'zoom-in', 'zoom-in', 'zoom-in', 'zoom-in') },
  },
  {
    m: 'add a speed ramp on the second clip',
    f: 'motion',
    on: 'three',
    same: true,
  },

  // ── look ────────────────────────────────────────────────────────────────────────────────────────
  { m: 'give it a warm grade', f: 'look', on: 'three', v: { look: 'warm' } },
  { m: '调色偏冷一点', f: 'look', on: 'three', v: { look: 'cool' } },
  { m: '加个黑白滤镜', f: 'look', on: 'five', v: { look: 'black-and-white' } },
  { m: 'slap a retro LUT on it, like old analog photos', f: 'look', on: 'rich', v: { look: 'vintage' } },
  { m: 'more punchy colors, saturated like IG', f: 'look', on: 'three', v: { look: 'vivid' } },
  { m: '濾鏡要啲復古感', f: 'look', on: 'five', v: { look: 'vintage' } },
  { m: 'grade it moody, low-key', f: 'look', on: 'three', v: { look: 'dark' } },
  { m: '画面太暗了，提亮一下', f: 'look', on: 'three', v: { look: 'bright' } },
  { m: 'faded matte look please', f: 'look', on: 'rich', v: { look: 'matte' } },
  {
    m: 'remove the filter, I prefer the natural color',
    f: 'look',
    on: 'three',
    before: ['make it black and white'],
    v: { look: 'none' },
  },
  { m: 'I want that the colors is more cold, blue tone', f: 'look', on: 'five', v: { look: 'cool' } },
  { m: 'golden hour grade on all shots', f: 'look', on: 'things', v: { look: 'warm' } },

  // ── text ────────────────────────────────────────────────────────────────────────────────────────
  {
    m: "add a title at the begin: 'Summer Diaries'",
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Summer Diaries', role: 'title' }] },
  },
  {
    m: '加个片头标题「城市漫步」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '城市漫步', role: 'title' }] },
  },
  {
    m: "change the title to 'Weekend Escape'",
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Weekend Escape', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: '把字幕 Day one 删掉',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }] },
  },
  {
    m: "put a lower third 'Mia · Lisbon' on the second photo",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Mia · Lisbon', style: 'lower-third', startMs: 2200 }] },
  },
  {
    m: '片尾加一句「谢谢观看」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '谢谢观看', role: 'end-card' }] },
  },
  {
    m: "end screen saying 'Follow for part 2'",
    f: 'text',
    on: 'five',
    v: { texts: [{ text: 'Follow for part 2', role: 'end-card' }] },
  },
  {
    m: "delete all the text, I'll do subtitles later in CapCut",
    f: 'text',
    on: 'rich',
    v: { texts: [] },
  },
  {
    m: 'the title should stay 5 seconds on screen',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', startMs: 0, endMs: 5000 }, { text: 'Day one' }] },
  },
  {
    m: '第三张加个花字「冲鸭」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: '冲鸭', startMs: 6000 }] },
  },
  {
    m: 'move the caption to the top',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one', position: 'top' }] },
  },
  {
    m: '第一张加字幕条「Day 1 · 东京」',
    f: 'text',
    on: 'three',
    v: { texts: [{ text: 'Day 1 · 东京', startMs: 0 }] },
  },
  {
    m: 'title in the outline style, like meme text',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Road Trip', style: 'bold-outline' },
        { text: 'Day one', style: 'clean' },
      ],
    },
  },

  // ── music ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'add some lo-fi chill BGM', f: 'music', on: 'three', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  {
    m: 'I want that the music is more quiet, like 40%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] },
  },
  {
    m: 'swap the BGM to Summer Vibes',
    f: 'music',
    on: 'rich',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  { m: '配一首钢琴曲', f: 'music', on: 'three', v: { audio: [{ source: 'Quiet Piano' }] } },
  { m: 'BGM 要电子舞曲，劲爆一点', f: 'music', on: 'five', v: { audio: [{ source: 'Neon Pulse' }] } },
  {
    m: 'fade the music out over 3 sec at the end',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 3000 }] },
  },
  {
    m: '音乐开头淡入 1 秒',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeInMs: 1000 }] },
  },
  {
    m: 'some acoustic guitar track, folk vibe',
    f: 'music',
    on: 'three',
    v: { audio: [{ source: 'Campfire' }] },
  },
  {
    m: 'BGM 音量调到一半',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.5 }] },
  },
  {
    m: 'use my lo-fi.mp3 as bgm',
    f: 'music',
    on: 'five',
    songs: true,
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  { m: '加个欢快的流行乐当 BGM', f: 'music', on: 'three', v: { audio: [{ source: 'Sunny Pop' }] } },
  {
    m: '把音乐换成库里的《静谧钢琴》',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: '鼓点太吵了，音量调到 30%',
    f: 'music',
    on: 'beats',
    v: { audio: [{ source: 'drums.wav', volume: 0.3 }] },
  },

  // ── style ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make it a travel vlog',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 450 }),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: '做成婚礼风格',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: 'crossfade', durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: 'turn it into a cinematic edit',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 3500 }),
      transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }),
      look: 'cool',
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '改成生日视频的风格',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2200 }),
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      look: 'vivid',
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: 'memorial tribute for my grandpa',
    f: 'style',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 5000 }),
      transitions: each(4, { kind: 'fade-black', durationMs: 1500 }),
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: 'product promo style, it is for my shop',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'slide-left', durationMs: 400 }),
      look: 'vivid',
      audio: [{ source: 'Clean Lines' }],
    },
  },
  {
    m: '弄成短视频风格，快切那种',
    f: 'style',
    on: 'five',
    v: { photos: each(5, { durationMs: 1500 }), look: 'vivid', audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: '换成家庭时光风格',
    f: 'style',
    on: 'rich',
    v: {
      photos: each(3, { durationMs: 3000 }),
      transitions: each(2, { kind: 'crossfade', durationMs: 800 }),
      look: 'warm',
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },
  {
    m: '整成混剪的感觉',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 1500 }),
      transitions: each(2, { kind: 'whip-pan', durationMs: 300 }),
      look: 'vivid',
      audio: [{ source: 'Neon Pulse' }],
    },
  },
  {
    m: 'hype edit please, fast cuts',
    f: 'style',
    on: 'things',
    v: { photos: each(5, { durationMs: 1500 }), look: 'vivid', audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: '做成纪念视频',
    f: 'style',
    on: 'one',
    v: {
      photos: ms(5000),
      transitions: [],
      look: 'black-and-white',
      audio: [{ source: 'Remembrance' }],
    },
  },
  {
    m: '搞個旅遊 vlog 風格',
    f: 'style',
    on: 'three',
    v: {
      photos: each(3, { durationMs: 2500 }),
      transitions: each(2, { kind: 'whip-pan' }),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },

  // ── format ──────────────────────────────────────────────────────────────────────────────────────
  { m: 'make it vertical 9:16 for TikTok', f: 'format', on: 'three', v: { aspect: '9:16' } },
  { m: '画幅改成 1:1', f: 'format', on: 'five', v: { aspect: '1:1' } },
  { m: '转成竖屏', f: 'format', on: 'three', v: { aspect: '9:16' } },
  {
    m: 'back to landscape 16:9, is for YouTube',
    f: 'format',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '16:9' },
  },
  { m: '4:5 for the Instagram feed', f: 'format', on: 'five', v: { aspect: '4:5' } },
  { m: '帧率改成 60', f: 'format', on: 'rich', v: { fps: 60 } },
  { m: 'make it square', f: 'format', on: 'three', v: { aspect: '1:1' } },
  { m: 'YouTube Shorts format', f: 'format', on: 'five', v: { aspect: '9:16' } },
  { m: '码率调高一点', f: 'format', on: 'rich', same: true },
  {
    m: '1080x1920 please',
    f: 'format',
    on: 'three',
    v: { width: 1080, height: 1920, aspect: '9:16' },
  },

  // ── order ───────────────────────────────────────────────────────────────────────────────────────
  { m: 'put photo three to first', f: 'order', on: 'three', v: { photos: src(F, B, C) } },
  { m: 'swap 1 and 2', f: 'order', on: 'three', v: { photos: src(C, B, F) } },
  { m: 'reverse the order', f: 'order', on: 'five', v: { photos: src(N, S, F, C, B) } },
  { m: '把最后一张放到最前面', f: 'order', on: 'five', v: { photos: src(N, B, C, F, S) } },
  { m: '按拍摄时间排序', f: 'order', on: 'three', v: { photos: src(C, F, B) } },
  { m: 'move the sunset to the very end', f: 'order', on: 'five', v: { photos: src(B, C, F, N, S) } },
  {
    m: 'the forest b-roll should sit in the middle',
    f: 'order',
    on: 'three',
    v: { photos: src(B, F, C) },
  },
  {
    m: 'dog first pls, is the best hook',
    f: 'order',
    on: 'things',
    v: { photos: src('dog.jpg', 'astronaut.jpg', 'chelsea.jpg', 'coffee.jpg', 'rocket.jpg') },
  },
  { m: '第二张和第四张换一下位置', f: 'order', on: 'five', v: { photos: src(B, S, F, C, N) } },
  { m: '第一同第三張相調轉位', f: 'order', on: 'rich', v: { photos: src(F, C, B) } },
  {
    m: 'the night shot should come right after the beach',
    f: 'order',
    on: 'five',
    v: { photos: src(B, N, C, F, S) },
  },
  { m: 'order them from newest to oldest', f: 'order', on: 'three', v: { photos: src(B, F, C) } },

  // ── question ────────────────────────────────────────────────────────────────────────────────────
  { m: "what's the BPM of this track?", f: 'question', on: 'beats', same: true },
  { m: 'how long is the video right now?', f: 'question', on: 'rich', same: true },
  { m: '现在帧率是多少？', f: 'question', on: 'five', same: true },
  { m: 'can you do J-cuts?', f: 'question', on: 'three', same: true },
  { m: 'which LUT is on it now?', f: 'question', on: 'rich', same: true },
  { m: '有哪些转场可以用？', f: 'question', on: 'five', same: true },
  { m: 'BGM 音量现在是多少？', f: 'question', on: 'rich', same: true },
  { m: 'what aspect ratio is this? is it ok for TikTok?', f: 'question', on: 'three', same: true },
  { m: '而家有冇字幕㗎？', f: 'question', on: 'rich', same: true },
  { m: 'is there a white flash transition?', f: 'question', on: 'five', same: true },
  { m: '能导出 4K 吗？', f: 'question', on: 'three', same: true },

  // ── negation ────────────────────────────────────────────────────────────────────────────────────
  {
    m: "don't use crossfades, I want hard cuts",
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  { m: 'no music please', f: 'negation', on: 'rich', v: { audio: [] } },
  {
    m: 'no Ken Burns, no zoom, nothing moving',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },
  {
    m: 'not 9:16!! I said 1:1',
    f: 'negation',
    on: 'three',
    before: ['make it 9:16'],
    v: { aspect: '1:1' },
  },
  { m: '字幕不要了，标题保留', f: 'negation', on: 'rich', v: { texts: [{ text: 'Road Trip' }] } },
  {
    m: "don't fade the music out at the end",
    f: 'negation',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', fadeOutMs: 0 }] },
  },
  {
    m: '不要任何转场',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }), durationMs: 15000 },
  },
  {
    m: '不要滤镜了',
    f: 'negation',
    on: 'three',
    before: ['give it a vintage look'],
    v: { look: 'none' },
  },
  {
    m: 'keep the texts but remove the bgm',
    f: 'negation',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: "don't change the order, only make it vertical",
    f: 'negation',
    on: 'three',
    v: { aspect: '9:16', photos: src(B, C, F) },
  },
  { m: 'no title, pls', f: 'negation', on: 'rich', v: { texts: [{ text: 'Day one' }] } },
  {
    m: '唔好郁，啲相定住就得',
    f: 'negation',
    on: 'three',
    v: { photos: each(3, { motion: 'static' }) },
  },

  // ── history ─────────────────────────────────────────────────────────────────────────────────────
  { m: 'undo', f: 'history', on: 'three', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: 'undo both of those',
    f: 'history',
    on: 'three',
    before: ['make it 9:16 vertical', 'each photo 2 seconds'],
    v: { aspect: '16:9', photos: each(3, { durationMs: 3000 }) },
  },
  {
    m: 'redo',
    f: 'history',
    on: 'three',
    before: ['make it 9:16', 'undo'],
    v: { aspect: '9:16' },
  },
  {
    m: '撤销，还是要音乐',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: '撤回上一步',
    f: 'history',
    on: 'five',
    before: ['转场换成闪白'],
    v: { transitions: each(4, { kind: 'crossfade' }) },
  },
  { m: 'Ctrl+Z', f: 'history', on: 'three', before: ["add a title 'Hello'"], v: { texts: [] } },
  {
    m: 'go back, I liked the old title more',
    f: 'history',
    on: 'rich',
    before: ["change the title to 'Bye'"],
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  {
    m: 'undo the last one',
    f: 'history',
    on: 'three',
    before: ['make it warm', 'make it cool'],
    v: { look: 'warm' },
  },
  {
    m: '撤返上一步',
    f: 'history',
    on: 'three',
    before: ['swap 1 and 2'],
    v: { photos: src(B, C, F) },
  },
  {
    m: '撤销两次',
    f: 'history',
    on: 'five',
    before: ['每张 2 秒', '黑白'],
    v: { photos: each(5, { durationMs: 3000 }), look: 'none' },
  },
  {
    m: 'actually redo it',
    f: 'history',
    on: 'three',
    before: ['put a vintage LUT on it', 'undo'],
    v: { look: 'vintage' },
  },
  {
    m: 'no wait, revert that',
    f: 'history',
    on: 'rich',
    before: ['music at 20%'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },

  // ── multi ───────────────────────────────────────────────────────────────────────────────────────
  {
    m: '9:16, 2s per photo, b&w grade, and add a lo-fi BGM',
    f: 'multi',
    on: 'three',
    v: {
      aspect: '9:16',
      photos: each(3, { durationMs: 2000 }),
      look: 'black-and-white',
      audio: [{ source: 'Lo-fi Drift' }],
    },
  },
  {
    m: '竖屏，转场全部硬切，加暖色滤镜',
    f: 'multi',
    on: 'five',
    v: { aspect: '9:16', transitions: each(4, { kind: 'cut' }), look: 'warm' },
  },
  {
    m: "title change to 'Tokyo Nights', music 50%, and remove the caption",
    f: 'multi',
    on: 'rich',
    v: {
      texts: [{ text: 'Tokyo Nights', role: 'title' }],
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
    },
  },
  {
    m: 'put photo three to first and make it 5 second',
    f: 'multi',
    on: 'three',
    v: {
      photos: [
        { source: F, durationMs: 5000 },
        { source: B, durationMs: 3000 },
        { source: C, durationMs: 3000 },
      ],
    },
  },
  {
    m: '1:1 画幅，每张 2.5 秒，闪白转场',
    f: 'multi',
    on: 'five',
    v: {
      aspect: '1:1',
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'fade-white' }),
    },
  },
  {
    m: 'cooler grade and fade the music out over 4s',
    f: 'multi',
    on: 'rich',
    v: { look: 'cool', audio: [{ source: 'lo-fi.mp3', fadeOutMs: 4000 }] },
  },
  {
    m: "whip pans between shots and a title 'NYC in 9s'",
    f: 'multi',
    on: 'three',
    v: {
      transitions: each(2, { kind: 'whip-pan' }),
      texts: [{ text: 'NYC in 9s', role: 'title' }],
    },
  },
  {
    m: '每张照片都从左往右摇，BGM 用钢琴',
    f: 'multi',
    on: 'five',
    v: { photos: each(5, { motion: 'pan-right' }), audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'make more long the photos to 4 s and the transitions crossfade',
    f: 'multi',
    on: 'three',
    v: { photos: each(3, { durationMs: 4000 }), transitions: each(2, { kind: 'crossfade' }) },
  },
  {
    m: '換 Summer Vibes 做 BGM，音量 60%',
    f: 'multi',
    on: 'rich',
    songs: true,
    v: { audio: [{ source: 'Summer Vibes.mp3', volume: 0.6 }] },
  },
  {
    m: 'jump cut edit: static shots, hard cuts, punchy vivid colour',
    f: 'multi',
    on: 'five',
    v: {
      photos: each(5, { motion: 'static' }),
      transitions: each(4, { kind: 'cut' }),
      look: 'vivid',
    },
  },
  {
    m: "vertical for TikTok and add an end screen 'link in bio'",
    f: 'multi',
    on: 'three',
    v: { aspect: '9:16', texts: [{ text: 'link in bio', role: 'end-card' }] },
  },

  // ── create ──────────────────────────────────────────────────────────────────────────────────────
  {
    m: 'make a 9:16 video from my photos, 2s each, hard cuts',
    f: 'create',
    on: 'empty',
    v: {
      aspect: '9:16',
      photos: each(5, { durationMs: 2000 }),
      transitions: each(4, { kind: 'cut' }),
      durationMs: 10000,
    },
  },
  {
    m: '用这几张照片剪一个竖屏视频，配钢琴 BGM',
    f: 'create',
    on: 'empty',
    v: { aspect: '9:16', photos: each(5, {}), audio: [{ source: 'Quiet Piano' }] },
  },
  {
    m: 'make a vid with all the pics and Summer Vibes as bgm',
    f: 'create',
    on: 'empty',
    songs: true,
    v: { photos: each(5, {}), audio: [{ source: 'Summer Vibes.mp3' }] },
  },
  {
    m: '做一个旅行 vlog',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 2500 }),
      transitions: each(4, { kind: 'whip-pan' }),
      look: 'warm',
      audio: [{ source: 'Road Trip' }],
    },
  },
  {
    m: 'build me a slideshow, 1:1, black and white, 3 sec per photo',
    f: 'create',
    on: 'empty',
    v: { aspect: '1:1', look: 'black-and-white', photos: each(5, { durationMs: 3000 }) },
  },
  {
    m: '幫我用啲相整條片，每張 4 秒，轉場用叠化',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 4000 }), transitions: each(4, { kind: 'crossfade' }) },
  },
  {
    m: 'wedding video from these pics',
    f: 'create',
    on: 'empty',
    v: {
      photos: each(5, { durationMs: 4000 }),
      transitions: each(4, { kind: 'crossfade', durationMs: 1200 }),
      look: 'matte',
      audio: [{ source: 'First Dance' }],
    },
  },
  {
    m: '用所有照片做个视频，标题「七月碎片」',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, {}), texts: [{ text: '七月碎片', role: 'title' }] },
  },
  {
    m: 'make a hype montage out of my pics',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { durationMs: 1500 }), look: 'vivid', audio: [{ source: 'Neon Pulse' }] },
  },
  {
    m: '出片：16:9，每张 3 秒，调色用暖色',
    f: 'create',
    on: 'empty',
    v: { aspect: '16:9', photos: each(5, { durationMs: 3000 }), look: 'warm' },
  },

  // ── reference ───────────────────────────────────────────────────────────────────────────────────
  {
    m: 'the night shot, make it 5 sec',
    f: 'reference',
    on: 'five',
    v: { photos: [{}, {}, {}, {}, { source: N, durationMs: 5000 }] },
  },
  { m: 'delete the sunset pic', f: 'reference', on: 'five', v: { photos: src(B, C, F, N) } },
  {
    m: 'the vertical photo should go last',
    f: 'reference',
    on: 'three',
    v: { photos: src(B, F, C) },
  },
  {
    m: 'the square one should open the video',
    f: 'reference',
    on: 'five',
    v: { photos: src(N, B, C, F, S) },
  },
  {
    m: 'same for the last one',
    f: 'reference',
    on: 'three',
    before: ['make the second photo 5 seconds'],
    v: { photos: ms(3000, 5000, 5000) },
  },
  {
    m: '把那张咖啡的删掉',
    f: 'reference',
    on: 'things',
    v: { photos: src('astronaut.jpg', 'chelsea.jpg', 'rocket.jpg', 'dog.jpg') },
  },
  {
    m: 'the rocket one, hold it 4s',
    f: 'reference',
    on: 'things',
    v: { photos: ms(3000, 3000, 3000, 4000, 3000), durationMs: 16000 },
  },
  { m: 'the oldest photo goes first', f: 'reference', on: 'three', v: { photos: src(C, B, F) } },
  {
    m: 'do that on the others too',
    f: 'reference',
    on: 'rich',
    before: ['give the first photo a pan left'],
    v: { photos: each(3, { motion: 'pan-left' }) },
  },
  {
    m: 'remove the duplicate beach shot',
    f: 'reference',
    on: 'flagged',
    v: { photos: src(B, C, F) },
  },
  {
    m: 'delete the blurry one',
    f: 'reference',
    on: 'flagged',
    v: { photos: src(B, C, 'beach-2.jpg') },
  },
  { m: '影日落嗰張放第一', f: 'reference', on: 'five', v: { photos: src(S, B, C, F, N) } },
  {
    m: '3D parallax only on the photos with people in them',
    f: 'reference',
    on: 'people',
    v: { photos: motions('parallax', 'parallax', 'zoom-in') },
  },
];
