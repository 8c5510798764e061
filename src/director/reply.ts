import { catalog } from '../catalog/index.js';
import { songName, TRACKS } from '../catalog/music.js';
import { STYLES } from '../catalog/styles.js';
import type { JoyError } from '../errors.js';
import { secondsFigure } from '../messages/format.js';
import { effectTitle, type MessageKey, t } from '../messages/index.js';
import { phrase, sayPhrase } from '../messages/phrase.js';
import type { Change } from '../model/index.js';
import {
  aspectOf,
  type Draft,
  draftDurationMs,
  draftView,
  type EditCommand,
  MAX_FPS,
  RESOLUTION_NAMES,
  type ResolutionName,
} from '../model/index.js';
import type { ExportQuestion } from './reading.js';
import type { Lang, Note } from './types.js';

/** Replies: one or two plain sentences in the language of the message. */

/** "1.5s" / "1.5秒". */
const seconds = (lang: Lang, ms: number) => t(lang, 'unit.seconds', { s: secondsFigure(ms) });

/** "15s, 9:16" / "15秒，9:16". */
export function shape(draft: Draft, lang: Lang): string {
  const length = draftDurationMs(draft);
  const aspect = aspectOf(draft.canvas.width, draft.canvas.height);
  return t(lang, 'director.shape', {
    length: seconds(lang, length),
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
  // "what music moods do you have?", "音乐有哪些曲风": the library's moods, not its tracks or the video styles.
  if (
    /music|song|track|bgm|library|音乐|歌|曲|配乐/.test(text) &&
    /mood|genre|vibe|情绪|氛围|曲风|类型|风格/.test(text)
  ) {
    // Two moods a track, each said once: the words people pick music by.
    const words = [...new Set(TRACKS.flatMap((track) => (zh ? track.moods.zh : track.moods.en).slice(0, 2)))];
    return t(lang, 'director.help.moods', { list: words.join(zh ? '、' : ', ') });
  }
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
  /** What each command changed, as catalogue phrases (said in the reply's language). */
  changes: readonly Change[];
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
    transition && transition.type === 'setTransition' ? (transition.durationMs ?? 800) : undefined;
  const music = made.find((c) => c.type === 'setMusic');
  const musicName = music && music.type === 'setMusic' ? songName(music.media)[input.lang] : undefined;
  const { lang } = input;
  const photos = add && add.type === 'addMedia' && add.media.every((m) => m.kind === 'image');
  const length = crossfade === undefined ? undefined : seconds(lang, crossfade);
  return t(lang, 'director.made', {
    items: t(lang, photos ? 'director.made.photos' : 'director.made.items', { n: count }),
    crossfade: length ? t(lang, 'director.made.crossfade', { length }) : '',
    music: musicName ? t(lang, 'director.made.music', { name: musicName }) : '',
  });
}

/** "1–3 and 5" / "1-3、5": photo numbers, a run of three or more said as a range. */
function photoNumbers(numbers: readonly number[]): { en: string; zh: string } {
  const items: string[] = [];
  for (let k = 0; k < numbers.length; ) {
    let end = k;
    while (numbers[end + 1] === numbers[end]! + 1) end++;
    if (end - k >= 2) items.push(`${numbers[k]}–${numbers[end]}`);
    else for (let n = k; n <= end; n++) items.push(String(numbers[n]));
    k = end + 1;
  }
  const en = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
  return { en, zh: items.join('、').replace(/–/g, '-') };
}

/** A change said of one photo → the same change said of several. */
const SEVERAL: Partial<Record<MessageKey, MessageKey>> = {
  'change.motion.one': 'change.motion.some',
  'change.motion.one.strength': 'change.motion.some.strength',
  'change.transition.one': 'change.transition.some',
  'change.transition.one.timed': 'change.transition.some.timed',
};

/**
 * One move put on several photos, or one transition put after several, is said once, where it was first
 * put: "motion to Zoom in (photos 1–3)", "第1、3、5张的运动改为推近放大", "转场改为白场过渡 0.8秒（第1-3张之后）".
 * The other changes of the group say nothing (undefined).
 */
function groupMoves(changes: readonly Change[]): (Change | undefined)[] {
  const out: (Change | undefined)[] = [...changes];
  const groups = new Map<string, number[]>();
  changes.forEach((change, i) => {
    if (!SEVERAL[change.key as MessageKey]) return;
    const key = JSON.stringify([
      change.key,
      change.vars?.name,
      change.vars?.pct,
      change.vars?.seconds,
      change.vars?.length,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const at of groups.values()) {
    if (at.length < 2) continue;
    const first = changes[at[0]!]!;
    const numbers = at.map((i) => Number(changes[i]!.vars?.n)).sort((a, b) => a - b);
    out[at[0]!] = phrase(SEVERAL[first.key as MessageKey]!, { ...first.vars, list: photoNumbers(numbers) });
    for (const i of at.slice(1)) out[i] = undefined;
  }
  return out;
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
        length: seconds(lang, command.totalMs),
      });
    return line();
  };
  const lines = groupMoves(input.changes.slice(input.createCount))
    .map((change, i) =>
      said(i, () => {
        if (!change) return '';
        const line = sayPhrase(lang, change);
        return lang === 'zh' ? line : (line[0]!.toLowerCase() + line.slice(1)).replace(/ → /g, ' to ');
      }),
    )
    .filter(Boolean);
  // The same line twice says it once; of several lengths, the last is the one that holds.
  const lengthKey = (i: number) => input.changes[input.createCount + i]?.key === 'change.length';
  const lastLength = lines.findLastIndex((_, i) => lengthKey(i));
  parts.push(
    ...lines.filter((line, i, all) => all.lastIndexOf(line) === i && (!lengthKey(i) || i === lastLength)),
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

/** "I couldn't do that: … Nothing was changed.", the reason said in the message's language when the
 * refusal is a catalogue phrase (every edit command's is), else as written. */
export function errorReply(lang: Lang, error: JoyError): string {
  const reason = error.messageIn(lang).replace(/^Invalid edit: /, '');
  const stop = /[.!?。！？]$/.test(reason) ? '' : lang === 'zh' ? '。' : '.';
  return t(lang, 'director.failed', { reason: `${reason}${stop}` });
}

/**
 * "Timeline (3 tracks, 1920×1080 16:9, 30 fps): 1. Video: 3 photos (0-9s) 2. BGM: … 3. Title: …" in the
 * message's language (the English is what `joy inspect` prints).
 */
/** What a question about the draft asks first ("what transitions are on there?"), said before the timeline. */
const FACTS: [RegExp, (draft: Draft, lang: Lang) => string][] = [
  [
    /\bhow\s+many\s+(?:photos|pictures|pics|images|slides|shots)\b|\b(?:number|count)\s+of\s+(?:photos|pictures|pics|images|slides)\b|(?:多少|几)张|照片(?:的)?数量|几幅/,
    (draft, lang) => t(lang, 'director.fact.photos', { n: draft.video.length }),
  ],
  [
    /\b(?:aspect(?:\s+ratio)?|orientation|vertical|horizontal|portrait|landscape)\b|比例|画幅|竖屏|横屏/,
    (draft, lang) =>
      t(lang, 'director.fact.aspect', {
        aspect: draftView(draft).aspect,
        size: `${draft.canvas.width}×${draft.canvas.height}`,
      }),
  ],
  [/transition|crossfade|dissolve|fade|wipe|\bcuts?\b|转场|过渡|叠化/, transitionsFact],
  [/music|song|track|bgm|audio|音乐|歌|配乐/, musicFact],
  // "look" the noun ("what's the look?"), not the verb ("what does the timeline look like?").
  [/\b(?:the|a|which|what)\s+look\b(?!s?\s+like)|filter|grade|colou?r|滤镜|色调|调色/, lookFact],
  [/motion|camera|zoom|\bpan|ken\s*burns|运动|运镜|镜头|动效/, motionFact],
  // "how long is each photo?", "每张照片多长": each photo's own length, as set (transitions overlap them).
  [
    /\b(?:each|every|per|individual)\s+(?:photo|picture|pic|image|slide|shot)s?\b[^?]*\b(?:how\s+long|length|duration|seconds?)\b|\b(?:how\s+long|length|duration|seconds?)\b[^?]*\b(?:each|every|per|individual)\s+(?:photo|picture|pic|image|slide|shot)s?\b|\bphotos?\s+lengths?\b|\b(?:longest|shortest)\b|最长|最短|最久|(?:每张|每一张|单张|各张)(?:照片|图片)?[^？?]{0,8}?(?:多长|多久|几秒|时长|停多久|显示多久)/,
    photoLengthsFact,
  ],
  [
    /how\s+long|length|duration|多长|多久|时长|几秒/,
    (draft, lang) => t(lang, 'director.fact.length', { length: seconds(lang, draftView(draft).durationMs) }),
  ],
];

function photoLengthsFact(draft: Draft, lang: Lang): string {
  const lengths = draft.video.map((segment) => seconds(lang, segment.durationMs));
  if (lengths.every((length) => length === lengths[0]))
    return t(lang, 'director.fact.photoLength.all', { length: lengths[0]! });
  const list = lengths.map((length, k) => t(lang, 'director.fact.photoLength.one', { n: k + 1, length }));
  return t(lang, 'director.fact.photoLength.list', { list: list.join(lang === 'zh' ? '，' : ', ') });
}

function transitionsFact(draft: Draft, lang: Lang): string {
  const view = draftView(draft);
  const moving = view.transitions.filter((transition) => transition.kind !== 'cut');
  if (moving.length === 0) return t(lang, 'director.fact.transitions.none');
  const said = view.transitions.map((transition) => ({
    name: effectTitle(lang, 'transition', transition.kind),
    length: seconds(lang, transition.durationMs),
  }));
  const first = said[0]!;
  if (said.every((item) => item.name === first.name && item.length === first.length))
    return t(lang, 'director.fact.transitions.all', first);
  const list = said.map((item, k) =>
    t(lang, 'director.fact.transitions.one', { n: k + 1, next: k + 2, ...item }),
  );
  return t(lang, 'director.fact.transitions.list', { list: list.join(lang === 'zh' ? '，' : ', ') });
}

function musicFact(draft: Draft, lang: Lang): string {
  const audio = draftView(draft).audio[0];
  if (!audio) return t(lang, 'director.fact.music.none');
  const song = draft.audio[0]!;
  return t(lang, 'director.fact.music', {
    name: songName(song.media)[lang],
    pct: Math.round(audio.volume * 100),
  });
}

function lookFact(draft: Draft, lang: Lang): string {
  const look = draftView(draft).look;
  if (look === 'none') return t(lang, 'director.fact.look.none');
  return t(lang, 'director.fact.look', { name: effectTitle(lang, 'look', look) });
}

function motionFact(draft: Draft, lang: Lang): string {
  const names = draftView(draft).photos.map((photo) => effectTitle(lang, 'motion', photo.motion));
  if (names.length > 0 && names.every((name) => name === names[0]))
    return t(lang, 'director.fact.motion.all', { name: names[0]! });
  const list = names.map((name, k) => `${k + 1}. ${name}`).join(lang === 'zh' ? '，' : ', ');
  return t(lang, 'director.fact.motion.list', { list });
}

/** The timeline, after the facts the question asked about first ("what transitions are on there rn?"). */
export function statusReply(draft: Draft, lang: Lang, message = ''): string {
  const asked = message.toLowerCase();
  const facts =
    draft.video.length > 0 ? FACTS.filter(([re]) => re.test(asked)).map(([, say]) => say(draft, lang)) : [];
  return [...facts, timelineReply(draft, lang)].join(lang === 'zh' ? '' : ' ');
}

function timelineReply(draft: Draft, lang: Lang): string {
  const view = draftView(draft);
  // "0-9s" / "0–9秒": a span of time, written the way each language writes one.
  const range = (from: number, to: number) =>
    `${secondsFigure(from)}${lang === 'zh' ? '–' : '-'}${seconds(lang, to)}`;
  const photos = view.photos.filter((photo) => photo.kind === 'image').length;
  const clips = view.photos.length - photos;
  const what =
    [
      photos ? t(lang, 'director.status.photos', { n: photos }) : '',
      clips ? t(lang, 'director.status.clips', { n: clips }) : '',
    ]
      .filter(Boolean)
      .join(' + ') || t(lang, 'director.status.empty');
  const parts = [t(lang, 'director.status.video', { what, range: range(0, view.durationMs) })];
  for (const [at, audio] of view.audio.entries())
    parts.push(
      t(lang, 'director.status.music', {
        name: draft.audio[at] ? songName(draft.audio[at].media)[lang] : audio.source,
        range: range(audio.startMs, audio.endMs),
        pct: Math.round(audio.volume * 100),
        fades: [
          audio.fadeInMs > 0 ? t(lang, 'director.status.fadeIn', { s: seconds(lang, audio.fadeInMs) }) : '',
          audio.fadeOutMs > 0
            ? t(lang, 'director.status.fadeOut', { s: seconds(lang, audio.fadeOutMs) })
            : '',
        ].join(''),
      }),
    );
  for (const text of view.texts)
    parts.push(
      t(lang, `director.status.${text.role as 'title' | 'caption' | 'end-card'}`, {
        text: text.text,
        range: range(text.startMs, text.endMs),
      }),
    );
  return t(lang, 'director.status', {
    tracks: t(lang, 'director.status.tracks', { n: parts.length }),
    size: `${view.width}×${view.height}`,
    aspect: view.aspect,
    fps: view.fps,
    look:
      view.look === 'none'
        ? ''
        : t(lang, 'director.status.look', { name: effectTitle(lang, 'look', view.look) }),
    parts: parts.map((part, i) => `${i + 1}. ${part}`).join(' '),
  });
}

/** A resolution as people name it, by what they said: 4K, 2K or the p-number. */
const SAID_RESOLUTIONS: [RegExp, ResolutionName, string][] = [
  [/4k|uhd|2160|超高清|超清/, '2160p', '4K'],
  [/2k|1440|qhd/, '1440p', '2K'],
  [/1080|full\s*hd|fhd|全高清|高清|蓝光/, '1080p', '1080p'],
  [/720/, '720p', '720p'],
  [/540/, '540p', '540p'],
];

/**
 * The answer to "能导出 4K 吗？", "can you export in 4K?", "what resolutions can you export?": what Joy
 * exports (MP4, its resolutions, its frame rates) and the words that export it so. Nothing changes.
 */
export function exportAnswer(ask: ExportQuestion, draft: Draft, lang: Lang): string {
  const named = (name: ResolutionName) =>
    name === '2160p' ? '2160p (4K)' : name === '1440p' ? '1440p (2K)' : name;
  const resolutions = RESOLUTION_NAMES.map((name) =>
    lang === 'zh' ? named(name).replace(/ \((\w+)\)/, '（$1）') : named(name),
  ).join(lang === 'zh' ? '、' : ', ');
  const base = { resolutions, maxFps: MAX_FPS };
  const byName = (name: string) => t(lang, 'director.exportAsk.resolution', { name });
  if (ask.kind === 'options')
    return t(lang, 'director.exportAsk.options', {
      ...base,
      size: `${draft.canvas.width}×${draft.canvas.height}`,
      fps: draft.canvas.fps,
      example: byName('4K'),
    });
  const said = ask.said;
  const fps = /(\d{2,3})\s*(?:fps|帧|frames?)/.exec(said);
  if (fps) {
    const rate = Number(fps[1]);
    if (rate > MAX_FPS)
      return t(lang, 'director.exportAsk.tooFast', {
        ...base,
        format: `${rate} fps`,
        example: t(lang, 'director.exportAsk.fps', { fps: MAX_FPS }),
      });
    return t(lang, 'director.exportAsk.yes', {
      ...base,
      example: t(lang, 'director.exportAsk.fps', { fps: rate }),
    });
  }
  const resolution = SAID_RESOLUTIONS.find(([re]) => re.test(said));
  if (resolution) return t(lang, 'director.exportAsk.yes', { ...base, example: byName(resolution[2]) });
  if (/mp4/.test(said)) return t(lang, 'director.exportAsk.yes', { ...base, example: byName('MP4') });
  return t(lang, 'director.exportAsk.file', { ...base, format: said.toUpperCase() });
}
