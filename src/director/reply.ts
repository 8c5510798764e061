import { catalog } from '../catalog/index.js';
import { TRACKS, trackOfUri } from '../catalog/music.js';
import { findStyle, STYLES } from '../catalog/styles.js';
import { effectTitle, type MessageKey, t, type Vars } from '../messages/index.js';
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

const zhSeconds = (ms: number) => formatSeconds(ms).replace(/s$/, '秒');
const zh = (key: MessageKey, vars?: Vars) => t('zh', key, vars);
const zhEffect = (kind: string, name: string) => effectTitle('zh', kind, name);
const ROLE_ZH: Record<'title' | 'caption' | 'end-card', string> = {
  title: zh('role.title'),
  caption: zh('role.caption'),
  'end-card': zh('role.end-card'),
};

/** Chinese phrase for one applied command (English replies use applyCommand's own lines). */
export function zhPhrase(command: EditCommand, after: Draft): string {
  const size = `${after.canvas.width}×${after.canvas.height}`;
  switch (command.type) {
    case 'setAspect':
      return zh('change.aspect', { aspect: command.aspect, size });
    case 'setResolution':
      return zh('change.resolution', { resolution: command.resolution, size });
    case 'setCanvas':
      return zh('change.canvas', { size });
    case 'setFps':
      return zh('change.fps', { fps: command.fps });
    case 'applyPreset': {
      const preset = findPreset(command.preset);
      return zh('change.preset', {
        title: preset?.title ?? command.preset,
        aspect: preset?.aspect ?? '',
        size,
        fps: preset?.fps ?? after.canvas.fps,
      });
    }
    case 'setBackground':
      return zh('change.background', { color: command.color });
    case 'setDuration':
      return zh('change.length', { length: zhSeconds(draftDurationMs(after)) });
    case 'setSegmentDuration':
      return command.index === undefined
        ? zh('change.photoLength.all', { length: zhSeconds(command.durationMs) })
        : zh('change.photoLength.one', { n: command.index + 1, length: zhSeconds(command.durationMs) });
    case 'setTransition': {
      const name = zhEffect('transition', command.name);
      const seconds =
        command.name !== 'cut' && command.durationMs !== undefined ? ` ${zhSeconds(command.durationMs)}` : '';
      return command.index === undefined
        ? zh('change.transition.all', { name, seconds })
        : zh('change.transition.one', { name, seconds, n: command.index + 1 });
    }
    case 'setMotion':
      return command.index === undefined
        ? zh('change.motion.all', { name: zhEffect('motion', command.name) })
        : zh('change.motion.one', { name: zhEffect('motion', command.name), n: command.index + 1 });
    case 'setFit':
      return zh('change.fit.all', { name: zhEffect('fit', command.name) });
    case 'setLook':
      return command.name === 'none'
        ? zh('change.look.none')
        : zh('change.look', { name: zhEffect('look', command.name) });
    case 'addText': {
      const added = after.texts.filter((text) => text.text === command.text).at(-1);
      const role = ROLE_ZH[command.role ?? 'caption'];
      return added
        ? zh('change.addText', {
            role,
            text: command.text,
            start: formatSeconds(added.startMs).replace(/s$/, ''),
            end: zhSeconds(added.startMs + added.durationMs),
          })
        : zh('change.addText.plain', { role, text: command.text });
    }
    case 'updateText':
      return command.text ? zh('change.updateText', { text: command.text }) : zh('change.updateText.plain');
    case 'removeText':
      return command.all
        ? zh('change.removeText.all')
        : command.role
          ? zh('change.removeText.role', { role: ROLE_ZH[command.role] })
          : zh('change.removeText.one');
    case 'addMedia':
      return zh('change.addMedia', { n: command.media.length });
    case 'removeSegment':
      return zh('change.removeSegment', { n: command.index + 1 });
    case 'moveSegment':
      return zh('change.moveSegment', { from: command.from + 1, to: command.to + 1 });
    case 'swapSegments':
      return zh('change.swapSegments', { a: command.a + 1, b: command.b + 1 });
    case 'reverseSegments':
      return zh('change.reverseSegments');
    case 'sortByDate':
      return zh('change.sortByDate', { order: zh(`order.${command.order ?? 'oldest-first'}`) });
    case 'setMusic': {
      const track = trackOfUri(command.media.uri);
      return zh('change.music', {
        name: track ? `《${track.titleZh}》` : (command.media.name ?? command.media.uri),
        pct: Math.round((after.audio[0]?.volume ?? 1) * 100),
      });
    }
    case 'setMusicVolume':
      return zh('change.musicVolume', { pct: Math.round(command.volume * 100) });
    case 'setMusicFade': {
      const parts: string[] = [];
      if (command.fadeInMs !== undefined)
        parts.push(zh('change.musicFade.in', { length: zhSeconds(command.fadeInMs) }));
      if (command.fadeOutMs !== undefined)
        parts.push(zh('change.musicFade.out', { length: zhSeconds(command.fadeOutMs) }));
      return parts.length > 0
        ? zh('change.musicFade', { parts: parts.join('、') })
        : zh('change.musicFade.unchanged');
    }
    case 'removeMusic':
      return zh('change.removeMusic');
    case 'setLoudness':
      return command.normalize ? zh('change.loudness.on') : zh('change.loudness.off');
    case 'syncToBeats': {
      const beats = (after.meta.beats as { cutsMs?: number[] } | undefined)?.cutsMs?.length ?? 0;
      return `${command.fitMusic ? '视频长度跟随音乐，' : ''}${beats} 个切点对齐到节拍（总长 ${zhSeconds(draftDurationMs(after))}）`;
    }
    case 'setMeta':
      return zh('change.meta', { key: command.key });
    case 'applyStyle': {
      const style = findStyle(command.style);
      const track = after.audio[0] ? trackOfUri(after.audio[0].media.uri) : undefined;
      const look = style?.look.name;
      return zh('change.style', {
        title: style?.titleZh ?? command.style,
        length: zhSeconds(style?.photoMs ?? 0),
        transition: style ? zhEffect('transition', style.transition.name) : '',
        look: look ? zhEffect('look', look) : '',
        music: track ? zh('change.style.music', { name: track.titleZh }) : '',
      });
    }
  }
}

/** "15s, 9:16" / "15秒，9:16". */
export function shape(draft: Draft, lang: Lang): string {
  const length = draftDurationMs(draft);
  const aspect = aspectOf(draft.canvas.width, draft.canvas.height);
  return t(lang, 'director.shape', {
    length: lang === 'zh' ? zhSeconds(length) : formatSeconds(length),
    aspect,
  });
}

function joinNotes(notes: readonly Note[], lang: Lang): string {
  const unique = [...new Set(notes.map((n) => n[lang]))];
  return unique.join(lang === 'zh' ? '' : ' ');
}

export const CAN_DO: Record<Lang, string> = { en: t('en', 'director.canDo'), zh: t('zh', 'director.canDo') };

/** The answer to "what can you do?", "what styles do you have?", "有哪些音乐？". */
export function helpReply(message: string, lang: Lang): string {
  const zh = lang === 'zh';
  const text = message.toLowerCase();
  if (/style|preset|theme|风格|主题|模板/.test(text)) {
    const list = STYLES.map((style) => (zh ? style.titleZh : style.title)).join(zh ? '、' : ', ');
    return t(lang, 'director.help.styles', { list });
  }
  if (/music|song|track|bgm|音乐|歌|曲/.test(text)) {
    const list = TRACKS.map((track) =>
      zh
        ? `《${track.titleZh}》（${track.moods.zh.slice(0, 2).join('、')}）`
        : `${track.title} (${track.moods.en.slice(0, 2).join(', ')})`,
    ).join(zh ? '、' : ', ');
    return t(lang, 'director.help.music', { list });
  }
  // "what transitions do you have?", "有哪些滤镜": the catalogue's names, as people read them.
  const lists: [RegExp, 'transition' | 'look' | 'motion', MessageKey][] = [
    [/transition|转场|过渡/, 'transition', 'director.help.transitions'],
    [/look|filter|colou?r|滤镜|色调|调色/, 'look', 'director.help.looks'],
    [/motion|movement|camera|zoom|pan|运动|动效|镜头/, 'motion', 'director.help.motions'],
  ];
  for (const [re, kind, key] of lists) {
    if (!re.test(text)) continue;
    const registry =
      kind === 'transition' ? catalog.transitions : kind === 'look' ? catalog.looks : catalog.motions;
    const names = registry.names().filter((name) => name !== 'none' && name !== 'cut');
    const list = names.map((name) => effectTitle(lang, kind, name)).join(zh ? '、' : ', ');
    return t(lang, key, { list });
  }
  return `${CAN_DO[lang]} ${t(lang, 'director.help.export')}`;
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
  /** The command that fitted the photos back to the length the person set (said as "kept at"). */
  kept?: number;
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
  const { lang } = input;
  const photos = add && add.type === 'addMedia' && add.media.every((m) => m.kind === 'image');
  const length = lang === 'zh' ? crossfade?.replace(/s$/, '秒') : crossfade;
  return t(lang, 'director.made', {
    items: t(lang, photos ? 'director.made.photos' : 'director.made.items', { n: count }),
    crossfade: length ? t(lang, 'director.made.crossfade', { length }) : '',
    music: musicName ? t(lang, 'director.made.music', { name: musicName }) : '',
  });
}

/** The reply after commands were applied. */
export function editReply(input: EditReplyInput): string {
  const { lang } = input;
  const parts: string[] = [];
  if (input.createCount > 0) parts.push(createSentence(input));
  const rest = input.commands.slice(input.createCount);
  // Bookkeeping (the recorded length) is no change a person asked for; a refit is said as "kept at".
  const said = (i: number, line: () => string) => {
    const command = rest[i]!;
    if (command.type === 'setMeta') return '';
    if (input.kept === input.createCount + i && command.type === 'setDuration')
      return t(lang, 'director.keptLength', {
        length: lang === 'zh' ? zhSeconds(command.totalMs) : formatSeconds(command.totalMs),
      });
    return line();
  };
  if (lang === 'zh')
    parts.push(
      ...rest
        .map((command, i) => said(i, () => zhPhrase(command, input.draft)))
        .filter((line, i, all) => line && all.lastIndexOf(line) === i),
    );
  else
    parts.push(
      ...input.changes
        .slice(input.createCount)
        .map((line, i) => said(i, () => (line[0]!.toLowerCase() + line.slice(1)).replace(/ → /g, ' to ')))
        .filter(Boolean)
        .filter(
          (line, i, all) =>
            all.lastIndexOf(line) === i &&
            (!/^length to /.test(line) || all.findLastIndex((other) => /^length to /.test(other)) === i),
        ),
    );
  const done = t(lang, 'director.done', { parts: parts.join(lang === 'zh' ? '；' : '; ') });
  const extra: string[] = [];
  if (input.notes.length > 0) extra.push(joinNotes(input.notes, lang));
  if (input.unread.length > 0) {
    const list = input.unread.map((u) => `“${u}”`).join(lang === 'zh' ? '、' : ', ');
    extra.push(t(lang, 'director.unread', { list }));
  }
  if (input.truncated) extra.push(t(lang, 'director.truncated'));
  const tail =
    extra.length > 0
      ? extra.join(lang === 'zh' ? '' : ' ')
      : t(lang, input.exportAfter ? 'director.exporting' : 'director.now', {
          shape: shape(input.draft, lang),
        });
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
  [
    /There is no (title|caption|end-card) to remove\./,
    (m) => `没有可删除的${ROLE_ZH[m[1] as keyof typeof ROLE_ZH]}。`,
  ],
  [/The video has no text yet\./, () => '视频里还没有文字。'],
];

/** "I couldn't do that: … Nothing was changed." */
export function errorReply(lang: Lang, message: string): string {
  if (lang === 'zh') {
    for (const [re, zh] of ERRORS_ZH) {
      const m = re.exec(message);
      if (m) return t('zh', 'director.failed', { reason: zh(m) });
    }
    // An error the table does not translate yet is shown as it is.
    return t('zh', 'director.failed', { reason: `${message} ` });
  }
  const stop = /[.!?]$/.test(message) ? '' : '.';
  return t('en', 'director.failed', { reason: `${message.replace(/^Invalid edit: /, '')}${stop}` });
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
    parts.push(
      `${ROLE_ZH[text.role as keyof typeof ROLE_ZH] ?? '文字'}：“${text.text}”（${range(text.startMs, text.endMs)}）`,
    );
  const head = `时间线（${parts.length} 条轨道，${view.width}×${view.height} ${view.aspect}，${view.fps} fps${view.look === 'none' ? '' : `，滤镜 ${view.look}`}）`;
  return `${head}：${parts.map((part, i) => `${i + 1}. ${part}`).join(' ')}`;
}

export function statusReply(draft: Draft, lang: Lang): string {
  return lang === 'zh' ? summarizeZh(draft) : summarizeDraft(draft);
}
