import { type CorpusCase, each } from './types.js';

/** Blind set 4: phrasings written without looking at the director's rules or earlier corpora. */
export const blind4: CorpusCase[] = [
  // ---- length: whole / each / photo N ----
  { m: 'make the whole thing 15 sec', f: 'length', v: { durationMs: 15000 } },
  { m: 'can u make it 12s total pls', f: 'length', on: 'five', v: { durationMs: 12000 } },
  { m: 'each pic 2 seconds', f: 'length', v: { photos: each(3, { durationMs: 2000 }) } },
  {
    m: 'every photo should be on screen for 4s',
    f: 'length',
    on: 'five',
    v: { photos: each(5, { durationMs: 4000 }) },
  },
  {
    m: 'photo 2 -> 5 seconds',
    f: 'length',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 5000 }, { durationMs: 3000 }] },
  },
  { m: 'how many photos r in there', f: 'question', same: true },
  {
    m: 'keep the sunset shot up for 6 seconds',
    f: 'length',
    on: 'five',
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 6000 },
        { durationMs: 3000 },
      ],
    },
  },
  {
    m: 'first photo 4 secs, rest stay the same',
    f: 'length',
    v: { photos: [{ durationMs: 4000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  { m: '整个视频改成20秒', f: 'length', v: { durationMs: 20000 } },
  { m: '每张 photo 2.5s', f: 'length', on: 'five', v: { photos: each(5, { durationMs: 2500 }) } },
  {
    m: '第一张放5秒',
    f: 'length',
    v: { photos: [{ durationMs: 5000 }, { durationMs: 3000 }, { durationMs: 3000 }] },
  },
  {
    m: '城市那张停留4秒吧',
    f: 'length',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 4000 }, { durationMs: 3000 }] },
  },
  { m: '总时长控制在10秒', f: 'length', on: 'five', v: { durationMs: 10000 } },
  { m: '每张图都1秒，快一点', f: 'length', v: { photos: each(3, { durationMs: 1000 }) } },
  {
    m: 'forest.jpg 2秒就够了',
    f: 'length',
    v: { photos: [{ durationMs: 3000 }, { durationMs: 3000 }, { durationMs: 2000 }] },
  },

  // ---- transitions: kind + duration ----
  { m: 'crossfade between all of them', f: 'transition', v: { transitions: each(2, { kind: 'crossfade' }) } },
  {
    m: 'fade to black between pics, 1 sec each',
    f: 'transition',
    v: { transitions: each(2, { kind: 'fade-black', durationMs: 1000 }) },
  },
  {
    m: 'change it to whip pan',
    f: 'reference',
    on: 'five',
    before: ['what transition is it using now?'],
    v: { transitions: each(4, { kind: 'whip-pan' }) },
  },
  {
    m: 'make the transitions shorter, like half a second',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'crossfade', durationMs: 500 }) },
  },
  { m: 'slide left transitions pls', f: 'transition', v: { transitions: each(2, { kind: 'slide-left' }) } },
  {
    m: 'i want a white flash / fade to white between the photos',
    f: 'transition',
    v: { transitions: each(2, { kind: 'fade-white' }) },
  },
  {
    m: 'only between photo 1 and 2 do a zoom transition',
    f: 'transition',
    v: { transitions: [{ kind: /zoom/ }, { kind: 'cut' }] },
  },
  {
    m: '转场换成模糊溶解',
    f: 'transition',
    on: 'rich',
    v: { transitions: each(2, { kind: 'blur-dissolve' }) },
  },
  {
    m: '转场 duration 改成1.5秒',
    f: 'transition',
    on: 'rich',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1500 }) },
  },
  {
    m: '照片之间用向上推的转场',
    f: 'transition',
    on: 'five',
    v: { transitions: each(4, { kind: 'push-up' }) },
  },
  {
    m: '转场用圆形的，0.6秒',
    f: 'transition',
    v: { transitions: each(2, { kind: 'circle', durationMs: 600 }) },
  },
  { m: '擦除转场 从左往右', f: 'transition', v: { transitions: each(2, { kind: /^wipe-(right|left)$/ }) } },

  // ---- motion ----
  { m: 'slow pan to the rigth on every photo', f: 'motion', v: { photos: each(3, { motion: 'pan-right' }) } },
  { m: 'stop the zooming, just keep them still', f: 'motion', v: { photos: each(3, { motion: 'static' }) } },
  {
    m: 'zoom out on the beach pic',
    f: 'motion',
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-in' }] },
  },
  {
    m: 'add a ken burns drift to all',
    f: 'motion',
    on: 'five',
    v: { photos: each(5, { motion: /drift|pan|zoom|push/ }) },
  },
  { m: '所有照片都慢慢往左平移', f: 'motion', v: { photos: each(3, { motion: 'pan-left' }) } },
  {
    m: '第二张照片不要动',
    f: 'motion',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'static' }, { motion: 'zoom-in' }] },
  },
  {
    m: '森林那张做个向下平移',
    f: 'motion',
    v: { photos: [{ motion: 'zoom-in' }, { motion: 'zoom-in' }, { motion: 'pan-down' }] },
  },
  { m: '全部改成慢慢 push in', f: 'motion', on: 'five', v: { photos: each(5, { motion: 'push-in' }) } },

  // ---- look ----
  { m: 'black n white pls', f: 'look', v: { look: 'black-and-white' } },
  { m: 'give it a warmer feel', f: 'look', v: { look: 'warm' } },
  { m: 'vintage fliter on everything', f: 'look', on: 'five', v: { look: 'vintage' } },
  { m: 'make the colors pop more', f: 'look', v: { look: 'vivid' } },
  { m: 'can we get a cooler, bluish tone', f: 'look', on: 'rich', v: { look: 'cool' } },
  { m: '加个黑白 filter', f: 'look', v: { look: 'black-and-white' } },
  { m: '这首歌叫什么名字？', f: 'question', on: 'rich', same: true },
  { m: '颜色淡一点，要那种哑光的高级感', f: 'look', on: 'rich', v: { look: 'matte' } },
  { m: '色调偏冷一些', f: 'look', v: { look: 'cool' } },

  // ---- text: add / change / position / remove ----
  {
    m: 'add a title that says Summer 2024',
    f: 'text',
    v: { texts: [{ text: 'Summer 2024', role: 'title' }] },
  },
  {
    m: 'put "hike day" as a caption on the forest photo',
    f: 'text',
    v: { texts: [{ text: 'hike day', role: 'caption', startMs: 6000 }] },
  },
  {
    m: 'end card: thanks for watching!',
    f: 'text',
    on: 'five',
    v: { texts: [{ text: /^thanks for watching!?$/i, role: 'end-card' }] },
  },
  {
    m: 'change the title to Beach Days',
    f: 'text',
    on: 'rich',
    v: {
      texts: [
        { text: 'Beach Days', role: 'title' },
        { text: 'Day one', role: 'caption' },
      ],
    },
  },
  {
    m: 'move the title up to the top',
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
    m: 'title at the bottom pls',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'bottom' }, { text: 'Day one' }] },
  },
  {
    m: 'get rid of the captoin',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', role: 'title' }] },
  },
  {
    m: 'the caption should say "Day 1 ☀️" instead',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip' }, { text: 'Day 1 ☀️', role: 'caption' }] },
  },
  { m: '加个标题：我们的夏天', f: 'text', v: { texts: [{ text: '我们的夏天', role: 'title' }] } },
  {
    m: '标题改成“公路之旅”',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: '公路之旅', role: 'title' }, { text: 'Day one' }] },
  },
  {
    m: '把标题方到最上面',
    f: 'text',
    on: 'rich',
    v: { texts: [{ text: 'Road Trip', position: 'top' }, { text: 'Day one' }] },
  },
  { m: '字母删掉', f: 'text', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  {
    m: '第二张照片加字幕“城市漫步”',
    f: 'text',
    v: { texts: [{ text: '城市漫步', role: 'caption', startMs: 3000 }] },
  },
  { m: '结尾加一句 谢谢观看', f: 'text', v: { texts: [{ text: '谢谢观看', role: 'end-card' }] } },

  // ---- music: add by mood / volume / remove / swap ----
  { m: 'add some chill lofi music', f: 'music', v: { audio: [{ source: 'Lo-fi Drift' }] } },
  { m: 'put a calm piano track under it', f: 'music', on: 'five', v: { audio: [{ source: 'Quiet Piano' }] } },
  { m: 'what looks are there? dont change anything yet', f: 'question', on: 'rich', same: true },
  { m: 'music volume 40%', f: 'music', on: 'rich', v: { audio: [{ source: 'lo-fi.mp3', volume: 0.4 }] } },
  {
    m: 'turn the bgm down to 25 percent',
    f: 'music',
    on: 'beats',
    v: { audio: [{ source: 'drums.wav', volume: 0.25 }] },
  },
  {
    m: 'swap the song for something more upbeat',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: /^(Sunny Pop|Road Trip|Neon Pulse|Confetti)$/ }] },
  },
  { m: 'use the Campfire track instead', f: 'music', on: 'rich', v: { audio: [{ source: 'Campfire' }] } },
  {
    m: 'remove the music',
    f: 'music',
    on: 'rich',
    v: { audio: [], texts: [{ text: 'Road Trip' }, { text: 'Day one' }] },
  },
  { m: '加一段背景音乐', f: 'music', v: { audio: [{ source: /./ }] } },
  { m: '配一首浪漫的歌', f: 'music', v: { audio: [{ source: 'First Dance' }] } },
  { m: '来点动感的 EDM', f: 'music', on: 'five', v: { audio: [{ source: 'Neon Pulse' }] } },
  {
    m: 'music 小声点，调到30%',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: 'lo-fi.mp3', volume: 0.3 }] },
  },
  { m: '把音乐去掉', f: 'music', on: 'beats', v: { audio: [] } },
  {
    m: '换一首欢快点的',
    f: 'music',
    on: 'rich',
    v: { audio: [{ source: /^(Sunny Pop|Road Trip|Confetti|Sunday Morning|Neon Pulse)$/ }] },
  },
  { m: '背景音乐换成 Quiet Piano', f: 'music', on: 'beats', v: { audio: [{ source: 'Quiet Piano' }] } },

  // ---- style presets ----
  {
    m: 'make it a birthday video 🎂',
    f: 'style',
    v: {
      look: 'vivid',
      transitions: each(2, { kind: 'zoom-in', durationMs: 500 }),
      photos: each(3, { durationMs: 2200 }),
      audio: [{ source: 'Confetti' }],
    },
  },
  {
    m: 'wedding style please',
    f: 'style',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      photos: each(3, { durationMs: 4000 }),
    },
  },
  {
    m: 'turn this into a travel vlog',
    f: 'style',
    on: 'five',
    v: {
      look: 'warm',
      transitions: each(4, { kind: 'whip-pan', durationMs: 450 }),
      photos: each(5, { durationMs: 2500 }),
    },
  },
  {
    m: 'cinematic look and feel for the whole thing',
    f: 'style',
    v: { look: 'cool', transitions: each(2, { kind: 'blur-dissolve', durationMs: 1000 }) },
  },
  {
    m: 'its for a product showcase',
    f: 'style',
    v: { look: 'vivid', transitions: each(2, { kind: 'slide-left', durationMs: 400 }) },
  },
  {
    m: '做成 birthday 风格',
    f: 'style',
    on: 'five',
    v: { look: 'vivid', transitions: each(4, { kind: 'zoom-in', durationMs: 500 }) },
  },
  {
    m: '这是纪念奶奶的视频，风格庄重一点',
    f: 'style',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'fade-black', durationMs: 1500 }),
      photos: each(3, { durationMs: 5000 }),
    },
  },
  { m: '旅行vlog风', f: 'style', v: { look: 'warm', transitions: each(2, { kind: 'whip-pan' }) } },
  {
    m: '婚礼风格，但音乐保留',
    f: 'style',
    on: 'rich',
    v: {
      look: 'matte',
      transitions: each(2, { kind: 'crossfade', durationMs: 1200 }),
      audio: [{ source: 'lo-fi.mp3' }],
    },
  },

  // ---- format / aspect / platforms ----
  { m: 'make it vertical for tiktok', f: 'format', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: 'square pls', f: 'format', on: 'rich', v: { aspect: '1:1' } },
  { m: 'I want to post it on instagram feed', f: 'format', v: { aspect: '4:5', width: 1080, height: 1350 } },
  { m: 'for yt shorts', f: 'format', on: 'five', v: { aspect: '9:16' } },
  { m: 'switch to 4:3', f: 'format', v: { aspect: '4:3' } },
  { m: '改成竖屏，要发 reels', f: 'format', v: { aspect: '9:16' } },
  { m: '要发抖音', f: 'format', on: 'five', v: { aspect: '9:16', width: 1080, height: 1920 } },
  { m: '发小红书用3:4', f: 'format', on: 'rich', v: { aspect: '3:4' } },

  // ---- order ----
  {
    m: 'put the forrest one first',
    f: 'order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'beach.jpg' }, { source: 'city.jpg' }] },
  },
  {
    m: 'swap photo 1 and 2',
    f: 'order',
    v: { photos: [{ source: 'city.jpg' }, { source: 'beach.jpg' }, { source: 'forest.jpg' }] },
  },
  {
    m: 'reverse the order',
    f: 'order',
    on: 'five',
    v: {
      photos: [
        { source: 'party night.jpg' },
        { source: 'sunset.jpg' },
        { source: 'forest.jpg' },
        { source: 'city.jpg' },
        { source: 'beach.jpg' },
      ],
    },
  },
  {
    m: 'sort them by date taken, oldest first',
    f: 'order',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: 'and move that one to the end',
    f: 'reference',
    on: 'five',
    before: ['make sunset.jpg 5 seconds'],
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 3000 },
        { source: 'city.jpg' },
        { source: 'forest.jpg' },
        { source: 'party night.jpg' },
        { source: 'sunset.jpg', durationMs: 5000 },
      ],
    },
  },
  {
    m: '把海滩那张放最后',
    f: 'order',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: '第一张和第三张换一下位置',
    f: 'order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: '按拍摄时间排',
    f: 'order',
    v: { photos: [{ source: 'city.jpg' }, { source: 'forest.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: '顺序到过来',
    f: 'order',
    v: { photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }] },
  },
  {
    m: 'delete the city photo',
    f: 'order',
    on: 'rich',
    v: { photos: [{ source: 'beach.jpg' }, { source: 'forest.jpg' }], transitions: [{ kind: 'crossfade' }] },
  },

  // ---- questions (must not edit) ----
  { m: 'how long is the video rn?', f: 'question', same: true },
  { m: 'what song is playing?', f: 'question', on: 'rich', same: true },
  { m: 'what transitions can I use?', f: 'question', same: true },
  { m: 'is the title too long?', f: 'question', on: 'rich', same: true },
  { m: '现在视频多长？', f: 'question', on: 'five', same: true },
  { m: '有哪些 filter 可以选', f: 'question', same: true },
  { m: '现在时间线是什么样的？', f: 'question', on: 'rich', same: true },

  { m: 'which photo is on screen the longest?', f: 'question', on: 'five', same: true },
  { m: '标题现在在哪个位置', f: 'question', on: 'rich', same: true },

  // ---- negation (incl. taking away what the draft has) ----
  {
    m: 'no transitions, just hard cuts',
    f: 'negation',
    on: 'five',
    v: { transitions: each(4, { kind: 'cut' }) },
  },
  { m: 'i dont want any music on this', f: 'negation', on: 'rich', v: { audio: [] } },
  {
    m: "don't change the aspect, just make it 10 sec",
    f: 'negation',
    v: { aspect: '16:9', durationMs: 10000 },
  },
  {
    m: 'no zoom or pan on any photo pls',
    f: 'negation',
    on: 'five',
    v: { photos: each(5, { motion: 'static' }) },
  },
  { m: 'no filter', f: 'negation', before: ['vintage look'], v: { look: 'none' } },
  { m: '不要转场了', f: 'negation', on: 'rich', v: { transitions: each(2, { kind: 'cut' }) } },
  { m: '不要字幕', f: 'negation', on: 'rich', v: { texts: [{ text: 'Road Trip', role: 'title' }] } },
  { m: '别用黑白，用暖色调', f: 'negation', v: { look: 'warm' } },
  {
    m: '标题不要了，音乐留着',
    f: 'negation',
    on: 'rich',
    v: { texts: [{ text: 'Day one', role: 'caption' }], audio: [{ source: 'lo-fi.mp3' }] },
  },
  {
    m: '不要竖屏，保持横屏，加个标题 Hi',
    f: 'negation',
    v: { aspect: '16:9', texts: [{ text: 'Hi', role: 'title' }] },
  },

  // ---- history: undo / redo in different words ----
  { m: 'undo', f: 'history', before: ['make it black and white'], v: { look: 'none' } },
  {
    m: 'nvm go back',
    f: 'history',
    on: 'rich',
    before: ['remove the music'],
    v: { audio: [{ source: 'lo-fi.mp3', volume: 1 }] },
  },
  {
    m: 'actually bring it back, redo that',
    f: 'history',
    before: ['black and white', 'undo'],
    v: { look: 'black-and-white' },
  },
  {
    m: 'undo the last two things',
    f: 'history',
    before: ['each photo 2 seconds', 'add a title "Hello"'],
    v: { texts: [], photos: each(3, { durationMs: 3000 }) },
  },
  { m: '撤销', f: 'history', before: ['每张照片1秒'], v: { photos: each(3, { durationMs: 3000 }) } },
  { m: '刚才那步不要了，撤回', f: 'history', on: 'five', before: ['改成竖屏'], v: { aspect: '16:9' } },
  { m: '重做', f: 'history', before: ['加个暖色滤镜', '撤销'], v: { look: 'warm' } },

  // ---- multi-turn references ----
  {
    m: 'make that one 6s actually',
    f: 'reference',
    before: ['make photo 2 4 seconds'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  {
    m: 'put it at the top',
    f: 'reference',
    before: ['add a title "Summer"'],
    v: { texts: [{ text: 'Summer', role: 'title', position: 'top' }] },
  },
  {
    m: 'a bit quieter, 50%',
    f: 'reference',
    before: ['add some calm piano music'],
    v: { audio: [{ source: 'Quiet Piano', volume: 0.5 }] },
  },
  {
    m: 'make them 1.2s',
    f: 'reference',
    before: ['crossfade tranistions'],
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1200 }) },
  },
  {
    m: 'same for the third',
    f: 'reference',
    before: ['zoom out on the first photo'],
    v: { photos: [{ motion: 'zoom-out' }, { motion: 'zoom-in' }, { motion: 'zoom-out' }] },
  },
  {
    m: 'the last one 5 seconds',
    f: 'reference',
    on: 'five',
    before: ['what photos are in it?'],
    v: {
      photos: [
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { durationMs: 3000 },
        { source: 'party night.jpg', durationMs: 5000 },
      ],
    },
  },
  {
    m: 'nah remove it',
    f: 'reference',
    on: 'rich',
    before: ['change the title to Hello'],
    v: { texts: [{ text: 'Day one', role: 'caption' }] },
  },
  {
    m: '它再长一点，6秒',
    f: 'reference',
    before: ['第二张放4秒'],
    v: { photos: [{ durationMs: 3000 }, { durationMs: 6000 }, { durationMs: 3000 }] },
  },
  {
    m: '把它挪到下面',
    f: 'reference',
    before: ['加个标题 旅行日记'],
    v: { texts: [{ text: '旅行日记', role: 'title', position: 'bottom' }] },
  },
  {
    m: 'bgm 小声点 到20%',
    f: 'reference',
    before: ['加点放松的音乐'],
    v: { audio: [{ source: /./, volume: 0.2 }] },
  },
  {
    m: '时长改成一秒',
    f: 'reference',
    before: ['转场用溶解效果'],
    v: { transitions: each(2, { kind: /^(crossfade|blur-dissolve)$/, durationMs: 1000 }) },
  },
  {
    m: '第三张也一样',
    f: 'reference',
    before: ['把第一张改成静止'],
    v: { photos: [{ motion: 'static' }, { motion: 'zoom-in' }, { motion: 'static' }] },
  },

  // ---- multi-instruction ----
  {
    m: 'black and white, 2s per photo and add a title "Memories"',
    f: 'multi',
    v: {
      look: 'black-and-white',
      photos: each(3, { durationMs: 2000 }),
      texts: [{ text: 'Memories', role: 'title' }],
    },
  },
  {
    m: 'crossfaed 1s + some chill music',
    f: 'multi',
    v: { transitions: each(2, { kind: 'crossfade', durationMs: 1000 }), audio: [{ source: 'Lo-fi Drift' }] },
  },
  {
    m: 'make it vertcal and title it NYC',
    f: 'multi',
    v: { aspect: '9:16', texts: [{ text: 'NYC', role: 'title' }] },
  },
  {
    m: 'swap 1 and 3 then set the muisc to 50%',
    f: 'multi',
    on: 'rich',
    v: {
      photos: [{ source: 'forest.jpg' }, { source: 'city.jpg' }, { source: 'beach.jpg' }],
      audio: [{ source: 'lo-fi.mp3', volume: 0.5 }],
    },
  },
  {
    m: '黑白滤镜，转场1秒淡入淡出，再配个钢琴曲',
    f: 'multi',
    v: {
      look: 'black-and-white',
      transitions: each(2, { kind: 'crossfade', durationMs: 1000 }),
      audio: [{ source: 'Quiet Piano' }],
    },
  },
  {
    m: '每张2秒，加标题“毕业快乐”，发抖音',
    f: 'multi',
    on: 'five',
    v: {
      photos: each(5, { durationMs: 2000 }),
      texts: [{ text: '毕业快乐', role: 'title' }],
      aspect: '9:16',
    },
  },
  {
    m: '删掉第二张，剩下的每张4秒',
    f: 'multi',
    v: {
      photos: [
        { source: 'beach.jpg', durationMs: 4000 },
        { source: 'forest.jpg', durationMs: 4000 },
      ],
    },
  },
  {
    m: 'title 改成 Hello World，放到顶部',
    f: 'multi',
    on: 'rich',
    v: { texts: [{ text: 'Hello World', role: 'title', position: 'top' }, { text: 'Day one' }] },
  },

  // ---- create (empty draft, the uploads are the five photos) ----
  { m: 'make a video from my photos', f: 'create', on: 'empty', v: { photos: each(5, { kind: 'image' }) } },
  { m: '用这些照片做个视频', f: 'create', on: 'empty', v: { photos: each(5, { kind: 'image' }) } },
  {
    m: 'make me a 15s tiktok outta these',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { kind: 'image' }), aspect: '9:16', durationMs: 15000 },
  },
  {
    m: '帮我用所有照片做一个生日视频',
    f: 'create',
    on: 'empty',
    v: { photos: each(5, { kind: 'image' }), look: 'vivid' },
  },
];
