import { TRACKS, trackOfUri } from '../catalog/music.js';
import { findStyle, STYLES } from '../catalog/styles.js';
import { effectTitle } from '../messages/index.js';
import {
  aspectOf,
  type Draft,
  draftDurationMs,
  draftView,
  type EditCommand,
  findPreset,
  formatSeconds,
  summarizeDraft,
} from '../model/index.js';
import type { Lang, Note } from './types.js';

/** Replies: one or two plain sentences in the language of the message. */

const ZH_TRANSITIONS: Record<string, string> = {
  crossfade: '叠化（淡入淡出）',
  'fade-black': '黑场过渡',
  'fade-white': '白场过渡',
  cut: '硬切',
  'slide-left': '向左滑动',
  'slide-right': '向右滑动',
  'slide-up': '向上滑动',
  'slide-down': '向下滑动',
  'push-left': '向左推移',
  'push-right': '向右推移',
  'push-up': '向上推移',
  'push-down': '向下推移',
  'wipe-left': '向左擦除',
  'wipe-right': '向右擦除',
  'wipe-up': '向上擦除',
  'wipe-down': '向下擦除',
  'zoom-in': '放大转场',
  'zoom-out': '缩小转场',
  circle: '圆形展开',
  'blur-dissolve': '模糊叠化',
  'whip-pan': '快速甩镜',
};
export const ZH_MOTIONS: Record<string, string> = {
  'zoom-in': '推近放大',
  'zoom-out': '拉远缩小',
  'pan-left': '向左平移',
  'pan-right': '向右平移',
  'pan-up': '向上平移',
  'pan-down': '向下平移',
  drift: '缓慢漂移',
  'push-in': '推进',
  rotate: '旋转',
  static: '静止',
  parallax: '立体视差（2.5D）',
};
const ZH_LOOKS: Record<string, string> = {
  none: '原色',
  'black-and-white': '黑白',
  warm: '暖色',
  cool: '冷色',
  vintage: '复古胶片',
  vivid: '鲜艳',
  matte: '哑光褪色',
};
const ZH_FITS: Record<string, string> = { blur: '模糊背景', cover: '裁剪铺满', color: '纯色背景' };

const zhName = (table: Record<string, string>, name: string) => table[name] ?? name;
const zhSeconds = (ms: number) => formatSeconds(ms).replace(/s$/, '秒');
const ROLE_ZH: Record<string, string> = { title: '标题', caption: '字幕', 'end-card': '片尾文字' };

/** Chinese phrase for one applied command (English replies use applyCommand's own lines). */
export function zhPhrase(command: EditCommand, after: Draft): string {
  const size = `${after.canvas.width}×${after.canvas.height}`;
  switch (command.type) {
    case 'setAspect':
      return `画面比例改为 ${command.aspect}（${size}）`;
    case 'setResolution':
      return `分辨率改为 ${command.resolution}（${size}）`;
    case 'setCanvas':
      return `画布改为 ${size}`;
    case 'setFps':
      return `帧率改为 ${command.fps} fps`;
    case 'applyPreset': {
      const preset = findPreset(command.preset);
      return `按${preset?.title ?? command.preset}设置（${preset?.aspect ?? ''}，${size}，${preset?.fps ?? after.canvas.fps} fps）`;
    }
    case 'setBackground':
      return `背景色改为 ${command.color}`;
    case 'setDuration':
      return `总时长改为 ${zhSeconds(draftDurationMs(after))}`;
    case 'setSegmentDuration':
      return command.index === undefined
        ? `每张照片改为 ${zhSeconds(command.durationMs)}`
        : `第${command.index + 1}张改为 ${zhSeconds(command.durationMs)}`;
    case 'setTransition': {
      const where = command.index === undefined ? '' : `（第${command.index + 1}张之后）`;
      if (command.name === 'cut') return `转场改为硬切${where}`;
      const seconds = command.durationMs !== undefined ? ` ${zhSeconds(command.durationMs)}` : '';
      return `转场改为${zhName(ZH_TRANSITIONS, command.name)}${seconds}${where}`;
    }
    case 'setMotion':
      return `${command.index === undefined ? '所有照片' : `第${command.index + 1}张`}的运动改为${zhName(ZH_MOTIONS, command.name)}`;
    case 'setFit':
      return `画面适配改为${zhName(ZH_FITS, command.name)}`;
    case 'setLook':
      return command.name === 'none'
        ? '恢复原色'
        : `滤镜改为${ZH_LOOKS[command.name] ?? effectTitle('en', 'look', command.name)}`;
    case 'addText': {
      const added = after.texts.filter((t) => t.text === command.text).at(-1);
      const when = added
        ? `（${formatSeconds(added.startMs).replace(/s$/, '')}–${zhSeconds(added.startMs + added.durationMs)}）`
        : '';
      return `添加${ROLE_ZH[command.role ?? 'caption']}“${command.text}”${when}`;
    }
    case 'updateText':
      return command.text ? `文字改为“${command.text}”` : '调整了文字';
    case 'removeText':
      return command.all
        ? '删除了所有文字'
        : command.role
          ? `删除了${ROLE_ZH[command.role]}`
          : '删除了一段文字';
    case 'addMedia':
      return `添加了 ${command.media.length} 个素材`;
    case 'removeSegment':
      return `删除了第${command.index + 1}张`;
    case 'moveSegment':
      return `把第${command.from + 1}张移到第${command.to + 1}位`;
    case 'swapSegments':
      return `交换了第${command.a + 1}张和第${command.b + 1}张`;
    case 'reverseSegments':
      return '顺序已倒过来';
    case 'sortByDate':
      return `按拍摄时间排序（${command.order === 'newest-first' ? '从新到旧' : '从早到晚'}）`;
    case 'setMusic':
      return `背景音乐改为 ${trackOfUri(command.media.uri) ? `《${trackOfUri(command.media.uri)!.titleZh}》` : (command.media.name ?? command.media.uri)}（音量 ${Math.round((after.audio[0]?.volume ?? 1) * 100)}%）`;
    case 'setMusicVolume':
      return `音乐音量改为 ${Math.round(command.volume * 100)}%`;
    case 'setMusicFade': {
      const parts: string[] = [];
      if (command.fadeInMs !== undefined) parts.push(`淡入 ${zhSeconds(command.fadeInMs)}`);
      if (command.fadeOutMs !== undefined) parts.push(`淡出 ${zhSeconds(command.fadeOutMs)}`);
      return `音乐${parts.join('、') || '淡入淡出不变'}`;
    }
    case 'removeMusic':
      return '删除了背景音乐';
    case 'setLoudness':
      return command.normalize ? '开启响度标准化' : '关闭响度标准化';
    case 'syncToBeats': {
      const beats = (after.meta.beats as { cutsMs?: number[] } | undefined)?.cutsMs?.length ?? 0;
      return `${command.fitMusic ? '视频长度跟随音乐，' : ''}${beats} 个切点对齐到节拍（总长 ${zhSeconds(draftDurationMs(after))}）`;
    }
    case 'setMeta':
      return `更新了 ${command.key}`;
    case 'applyStyle': {
      const style = findStyle(command.style);
      const track = after.audio[0] ? trackOfUri(after.audio[0].media.uri) : undefined;
      return `套用“${style?.titleZh ?? command.style}”风格（每张 ${zhSeconds(style?.photoMs ?? 0)}，${zhName(ZH_TRANSITIONS, style?.transition.name ?? '')}转场，${ZH_LOOKS[style?.look.name ?? ''] ?? ''}滤镜${track ? `，配乐《${track.titleZh}》` : ''}）`;
    }
  }
}

/** "15s, 9:16" / "15秒，9:16". */
export function shape(draft: Draft, lang: Lang): string {
  const length = draftDurationMs(draft);
  const aspect = aspectOf(draft.canvas.width, draft.canvas.height);
  return lang === 'zh' ? `${zhSeconds(length)}，${aspect}` : `${formatSeconds(length)}, ${aspect}`;
}

function joinNotes(notes: readonly Note[], lang: Lang): string {
  const unique = [...new Set(notes.map((n) => n[lang]))];
  return unique.join(lang === 'zh' ? '' : ' ');
}

export const CAN_DO: Record<Lang, string> = {
  en: "I can change the format (9:16, 16:9, 1:1, 4:5, resolution, fps), the length, transitions, motion, looks, titles and captions, music (Joy has its own library) and the photo order, or apply a style such as birthday, travel vlog or wedding — for example “make it 9:16 with a title 'Road Trip'”.",
  zh: '我可以调整画面比例（竖屏、横屏、方形、分辨率、帧率）、时长、转场、运动效果、滤镜、标题和字幕、背景音乐（自带曲库）和照片顺序，也可以套用生日、旅行、婚礼等风格，例如“改成竖屏，加标题：我们的夏天”。',
};

/** The answer to "what can you do?", "what styles do you have?", "有哪些音乐？". */
export function helpReply(message: string, lang: Lang): string {
  const zh = lang === 'zh';
  const text = message.toLowerCase();
  if (/style|preset|theme|风格|主题|模板/.test(text)) {
    const list = STYLES.map((style) => (zh ? style.titleZh : style.title)).join(zh ? '、' : ', ');
    return zh
      ? `可以套用这些风格：${list}。比如说“做成生日视频”或“旅行vlog风格”，说“撤销”可以退回。`
      : `Styles: ${list}. Say “make it a birthday video” or “travel vlog style”; “undo” takes it back.`;
  }
  if (/music|song|track|bgm|音乐|歌|曲/.test(text)) {
    const list = TRACKS.map((track) =>
      zh
        ? `《${track.titleZh}》（${track.moods.zh.slice(0, 2).join('、')}）`
        : `${track.title} (${track.moods.en.slice(0, 2).join(', ')})`,
    ).join(zh ? '、' : ', ');
    return zh
      ? `Joy 自带的曲库：${list}。说“加一段欢快的背景音乐”或“换一首更安静的”。`
      : `Joy's own music: ${list}. Say “add upbeat music” or “something calmer”.`;
  }
  return `${CAN_DO[lang]} ${zh ? '满意了就说“导出”。' : 'Say “export” when it looks right.'}`;
}

export interface EditReplyInput {
  lang: Lang;
  commands: readonly EditCommand[];
  changes: readonly string[];
  createCount: number;
  draft: Draft;
  notes: readonly Note[];
  unread: readonly string[];
  exportAfter?: boolean;
  truncated?: boolean;
}

function createSentence(input: EditReplyInput): string {
  const made = input.commands.slice(0, input.createCount);
  const add = made.find((c) => c.type === 'addMedia');
  const count = add && add.type === 'addMedia' ? add.media.length : input.draft.video.length;
  const transition = made.find((c) => c.type === 'setTransition');
  const crossfade =
    transition && transition.type === 'setTransition'
      ? formatSeconds(transition.durationMs ?? 800)
      : undefined;
  const music = made.find((c) => c.type === 'setMusic');
  const musicName = music && music.type === 'setMusic' ? (music.media.name ?? music.media.uri) : undefined;
  if (input.lang === 'zh') {
    return `用 ${count} 个素材做好了视频${crossfade ? `，${zhSeconds(transition && transition.type === 'setTransition' ? (transition.durationMs ?? 800) : 800)}叠化转场` : ''}，每张照片带轻柔的运动${musicName ? `，背景音乐 ${musicName}` : ''}`;
  }
  const items =
    add && add.type === 'addMedia' && add.media.every((m) => m.kind === 'image')
      ? `${count} photo${count === 1 ? '' : 's'}`
      : `${count} item${count === 1 ? '' : 's'}`;
  return `made a video from ${items}${crossfade ? ` with ${crossfade} crossfades` : ''} and gentle, varied motion${musicName ? `, music ${musicName}` : ''}`;
}

/** The reply after commands were applied. */
export function editReply(input: EditReplyInput): string {
  const { lang } = input;
  const parts: string[] = [];
  if (input.createCount > 0) parts.push(createSentence(input));
  const rest = input.commands.slice(input.createCount);
  if (lang === 'zh')
    parts.push(
      ...rest
        .map((command) => zhPhrase(command, input.draft))
        .filter((line, i, all) => all.lastIndexOf(line) === i),
    );
  else
    parts.push(
      ...input.changes
        .slice(input.createCount)
        .map((line) => (line[0]!.toLowerCase() + line.slice(1)).replace(/ → /g, ' to '))
        .filter(
          (line, i, all) =>
            all.lastIndexOf(line) === i &&
            (!/^length to /.test(line) || all.findLastIndex((other) => /^length to /.test(other)) === i),
        ),
    );
  const done = lang === 'zh' ? `好的，${parts.join('；')}。` : `Done: ${parts.join('; ')}.`;
  const extra: string[] = [];
  if (input.notes.length > 0) extra.push(joinNotes(input.notes, lang));
  if (input.unread.length > 0) {
    const list = input.unread.map((u) => `“${u}”`).join(lang === 'zh' ? '、' : ', ');
    extra.push(
      lang === 'zh'
        ? `没看懂${list}，这部分没有改动。`
        : `I didn't understand ${list}, so I left that alone.`,
    );
  }
  if (input.truncated)
    extra.push(
      lang === 'zh'
        ? '消息太长，只读了前 2000 个字。'
        : 'The message was long; I read its first 2000 characters.',
    );
  const tail =
    extra.length > 0
      ? extra.join(lang === 'zh' ? '' : ' ')
      : input.exportAfter
        ? lang === 'zh'
          ? `现在开始导出（${shape(input.draft, lang)}）。`
          : `Exporting it now (${shape(input.draft, lang)}).`
        : lang === 'zh'
          ? `视频现在是 ${shape(input.draft, lang)}。`
          : `The video is now ${shape(input.draft, lang)}.`;
  return `${done}${lang === 'zh' ? '' : ' '}${tail}`;
}

const ERRORS_ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /There is no segment (\d+); the timeline has (\d+)\./,
    (m) => `没有第${m[1]}张，时间线上只有 ${m[2]} 张。`,
  ],
  [/The timeline has no photos yet\./, () => '时间线上还没有照片。'],
  [/A transition needs at least two photos\./, () => '转场至少需要两张照片。'],
  [/There is no transition after segment (\d+)\./, (m) => `第${m[1]}张后面没有转场。`],
  [/There is no music to remove\./, () => '没有可删除的背景音乐。'],
  [/There is no music yet\./, () => '还没有背景音乐。'],
  [/None of the photos carries the date it was taken\./, () => '这些照片都没有拍摄日期。'],
  [/Add photos before setting the length\./, () => '请先添加照片再设置时长。'],
  [/Only photos can be stretched/, () => '只有照片能调整时长，视频片段请先剪短。'],
  [
    /(\S+) is too short for (\d+) segments\./,
    (m) => `${m[1]!.replace(/s$/, '秒')}对 ${m[2]} 段素材来说太短了。`,
  ],
  [/There is no (title|caption|end-card) to remove\./, (m) => `没有可删除的${ROLE_ZH[m[1]!]}。`],
  [/The video has no text yet\./, () => '视频里还没有文字。'],
];

/** "I couldn't do that: … Nothing was changed." */
export function errorReply(lang: Lang, message: string): string {
  if (lang === 'zh') {
    for (const [re, zh] of ERRORS_ZH) {
      const m = re.exec(message);
      if (m) return `没能完成：${zh(m)}草稿没有改动。`;
    }
    return `没能完成：${message} 草稿没有改动。`;
  }
  return `I couldn't do that: ${message.replace(/^Invalid edit: /, '')}${/[.!?]$/.test(message) ? '' : '.'} Nothing was changed.`;
}

/** The timeline in Chinese, after summarizeDraft. */
export function summarizeZh(draft: Draft): string {
  const view = draftView(draft);
  const parts: string[] = [];
  const photos = view.photos.filter((p) => p.kind === 'image').length;
  const clips = view.photos.length - photos;
  const what =
    [photos ? `${photos} 张照片` : '', clips ? `${clips} 段视频` : ''].filter(Boolean).join(' + ') || '空';
  const range = (a: number, b: number) => `${formatSeconds(a).replace(/s$/, '')}–${zhSeconds(b)}`;
  parts.push(`视频：${what}（${range(0, view.durationMs)}）`);
  for (const audio of view.audio)
    parts.push(
      `背景音乐：${audio.source}（${range(audio.startMs, audio.endMs)}，${Math.round(audio.volume * 100)}%）`,
    );
  for (const text of view.texts)
    parts.push(`${ROLE_ZH[text.role] ?? '文字'}：“${text.text}”（${range(text.startMs, text.endMs)}）`);
  const head = `时间线（${parts.length} 条轨道，${view.width}×${view.height} ${view.aspect}，${view.fps} fps${view.look === 'none' ? '' : `，滤镜 ${view.look}`}）`;
  return `${head}：${parts.map((part, i) => `${i + 1}. ${part}`).join(' ')}`;
}

export function statusReply(draft: Draft, lang: Lang): string {
  return lang === 'zh' ? summarizeZh(draft) : summarizeDraft(draft);
}
