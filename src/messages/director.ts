import type { Texts } from './types.js';

/** The director's replies: what it did, what it could not do, and how to go on. */
export const en = {
  'director.shape': '{length}, {aspect}',
  'director.canDo':
    "I can change the format (9:16, 16:9, 1:1, 4:5, resolution, fps), the length, transitions, motion, looks, titles and captions, music (Joy has its own library) and the photo order, or apply a style such as birthday, travel vlog or wedding — for example “make it 9:16 with a title 'Road Trip'”.",
  'director.help.styles':
    'Styles: {list}. Say “make it a birthday video” or “travel vlog style”; “undo” takes it back.',
  'director.help.music': "Joy's own music: {list}. Say “add upbeat music” or “something calmer”.",
  'director.help.export': 'Say “export” when it looks right.',
  'director.made': 'made a video from {items}{crossfade} and gentle, varied motion{music}',
  'director.made.photos': { one: '{n} photo', other: '{n} photos' },
  'director.made.items': { one: '{n} item', other: '{n} items' },
  'director.made.crossfade': ' with {length} crossfades',
  'director.made.music': ', music {name}',
  'director.done': 'Done: {parts}.',
  'director.unread': "I didn't understand {list}, so I left that alone.",
  'director.truncated': 'The message was long; I read its first 2000 characters.',
  'director.exporting': 'Exporting it now ({shape}).',
  'director.now': 'The video is now {shape}.',
  'director.failed': "I couldn't do that: {reason} Nothing was changed.",
} as const;

export const zh: Texts<keyof typeof en> = {
  'director.shape': '{length}，{aspect}',
  'director.canDo':
    '我可以调整画面比例（竖屏、横屏、方形、分辨率、帧率）、时长、转场、运动效果、滤镜、标题和字幕、背景音乐（自带曲库）和照片顺序，也可以套用生日、旅行、婚礼等风格，例如“改成竖屏，加标题：我们的夏天”。',
  'director.help.styles':
    '可以套用这些风格：{list}。比如说“做成生日视频”或“旅行vlog风格”，说“撤销”可以退回。',
  'director.help.music': 'Joy 自带的曲库：{list}。说“加一段欢快的背景音乐”或“换一首更安静的”。',
  'director.help.export': '满意了就说“导出”。',
  'director.made': '用 {items} 做好了视频{crossfade}，每张照片带轻柔的运动{music}',
  'director.made.photos': '{n} 个素材',
  'director.made.items': '{n} 个素材',
  'director.made.crossfade': '，{length}叠化转场',
  'director.made.music': '，背景音乐 {name}',
  'director.done': '好的，{parts}。',
  'director.unread': '没看懂{list}，这部分没有改动。',
  'director.truncated': '消息太长，只读了前 2000 个字。',
  'director.exporting': '现在开始导出（{shape}）。',
  'director.now': '视频现在是 {shape}。',
  'director.failed': '没能完成：{reason}草稿没有改动。',
};
