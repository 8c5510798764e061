/**
 * Change lines ("Aspect → 9:16 (1080×1920)", "Music volume → 50%") as the person's language shows them.
 * The server writes them in English (src/model/commands.ts); each rule here matches one of its line
 * shapes and says it in Chinese, with effect names from the interface catalogue. A line no rule knows is
 * shown as written. This table moves into the shared message catalogue with the rest of the studio text.
 */
import { effectTitle, type Lang } from '../../../src/messages/index.js';

type Rule = [RegExp, (m: RegExpMatchArray, name: (title: string) => string) => string];

/** `9.2s` → `9.2 秒` (anywhere in a string). */
const secs = (text: string) => text.replace(/(\d+(?:\.\d+)?)s\b/g, '$1 秒');
/** `photo 3` → `第 3 张照片`; `all photos` / `all` → `全部照片`. */
const photo = (text: string) =>
  text
    .replace(/^all( photos)?$/, '全部照片')
    .replace(/^after photo (\d+)$/, '第 $1 张之后')
    .replace(/photo (\d+)/g, '第 $1 张照片');
const motion = (name: string) => effectTitle('zh', 'motion', name);
const transition = (name: string) => effectTitle('zh', 'transition', name);
const fit = (name: string) => effectTitle('zh', 'fit', name);
const look = (name: string) => effectTitle('zh', 'look', name);
const TEXT_ROLES: Record<string, string> = {
  Title: '标题',
  Caption: '字幕',
  'End card': '片尾卡',
  title: '标题',
  caption: '字幕',
  'end-card': '片尾卡',
};

const ZH_RULES: Rule[] = [
  [
    /^(Undid|Redid): (.+)$/,
    (m, name) =>
      `${m[1] === 'Undid' ? '已撤销' : '已重做'}：${m[2]!
        .split('; ')
        .map((line) => toZh(line, name))
        .join('；')}`,
  ],
  [/^(Undo|Redo) → version (\d+)$/, (m) => `${m[1] === 'Undo' ? '撤销' : '重做'} → 版本 ${m[2]}`],
  [/^Aspect → (\S+) \((\d+×\d+)\)$/, (m) => `画面比例 → ${m[1]}（${m[2]}）`],
  [/^Resolution → (\S+) \((\d+×\d+)\)$/, (m) => `分辨率 → ${m[1]}（${m[2]}）`],
  [/^Canvas → (\d+×\d+)$/, (m) => `画布 → ${m[1]}`],
  [/^Frame rate → (\d+(?:\.\d+)?) fps$/, (m) => `帧率 → ${m[1]} fps`],
  [/^Background → (.+)$/, (m) => `背景 → ${m[1]}`],
  [/^Length → (.+)$/, (m) => `时长 → ${secs(m[1]!)}`],
  [
    /^(Each photo|photo \d+) → (\S+) \(total (\S+)\)$/,
    (m) => `${m[1] === 'Each photo' ? '每张照片' : photo(m[1]!)} → ${secs(m[2]!)}（总长 ${secs(m[3]!)}）`,
  ],
  [
    /^Transition → ([\w-]+)(?: (\S+))? \((.+)\)$/,
    (m) => `转场 → ${transition(m[1]!)}${m[2] ? ` ${secs(m[2])}` : ''}（${photo(m[3]!)}）`,
  ],
  [/^Motion → ([\w-]+) \((.+)\)$/, (m) => `运动 → ${motion(m[1]!)}（${photo(m[2]!)}）`],
  [/^Fit → ([\w-]+) \((.+)\)$/, (m) => `画面适配 → ${fit(m[1]!)}（${photo(m[2]!)}）`],
  [/^Look → original colours$/, () => '色调 → 原色'],
  [/^Look → ([\w-]+) \((\d+)%\)$/, (m) => `色调 → ${look(m[1]!)}（${m[2]}%）`],
  [
    /^(Title|Caption|End card) '(.*)' (\S+)–(\S+)$/s,
    (m) => `${TEXT_ROLES[m[1]!]}“${m[2]}” ${secs(m[3]!)}–${secs(m[4]!)}`,
  ],
  [/^Text '(.*)' updated$/s, (m) => `文字“${m[1]}”已更新`],
  [/^Removed all text \((\d+)\)$/, (m) => `已删除全部文字（${m[1]}）`],
  [/^Removed text '(.*)'$/s, (m) => `已删除文字“${m[1]}”`],
  [/^Removed (title|caption|end-card) \((\d+)\)$/, (m) => `已删除${TEXT_ROLES[m[1]!]}（${m[2]}）`],
  [/^Added (\d+) items? \(now (\d+)\)$/, (m) => `已添加 ${m[1]} 项（现在共 ${m[2]} 项）`],
  [/^Removed photo (\d+) \((.*)\)$/, (m) => `已删除第 ${m[1]} 张照片（${m[2]}）`],
  [/^Moved photo (\d+) to position (\d+)$/, (m) => `第 ${m[1]} 张照片移到第 ${m[2]} 位`],
  [/^Swapped photo (\d+) and photo (\d+)$/, (m) => `交换了第 ${m[1]} 张和第 ${m[2]} 张照片`],
  [/^Order reversed$/, () => '顺序已倒转'],
  [
    /^Sorted by date taken \(([\w-]+); (\d+) of (\d+) dated\)$/,
    (m) =>
      `按拍摄日期排序（${m[1] === 'newest-first' ? '从新到旧' : '从旧到新'}；${m[3]} 张中 ${m[2]} 张有日期）`,
  ],
  [/^Music → (.+) \((\d+)%\)$/, (m, name) => `音乐 → ${name(m[1]!)}（${m[2]}%）`],
  [
    /^Style → (.+) \((\S+) a photo, ([\w-]+), ([\w-]+)(?:, music (.+))?\)$/,
    (m, name) =>
      `风格 → ${name(m[1]!)}（每张照片 ${secs(m[2]!)}，${transition(m[3]!)}，${look(m[4]!)}${m[5] ? `，音乐 ${name(m[5])}` : ''}）`,
  ],
  [/^Music volume → (\d+)%$/, (m) => `音乐音量 → ${m[1]}%`],
  [/^Music removed$/, () => '已移除音乐'],
  [/^Music fades unchanged$/, () => '音乐淡入淡出未变'],
  [
    /^Music (fade .+)$/,
    (m) => `音乐${secs(m[1]!.replace('fade in', '淡入').replace('fade out', '淡出').replace(', ', '，'))}`,
  ],
  [/^Loudness → (-?\d+(?:\.\d+)?) LUFS$/, (m) => `响度 → ${m[1]} LUFS`],
  [/^Loudness normalisation off$/, () => '响度统一已关闭'],
  [
    /^Synced to the beat: (\d+) cuts? on beats \((\d+) beats? per photo at (\d+) BPM(?:; (\d+) past the last detected beat follow its tempo)?\), total (\S+)$/,
    (m) =>
      `已对齐节拍：${m[1]} 处切换落在节拍上（每张照片 ${m[2]} 拍，每分钟 ${m[3]} 拍${m[4] ? `；${m[4]} 处在最后一个节拍之后按同一速度` : ''}），总长 ${secs(m[5]!)}`,
  ],
];

function toZh(line: string, name: (title: string) => string): string {
  for (const [pattern, say] of ZH_RULES) {
    const match = pattern.exec(line);
    if (match) return say(match, name);
  }
  return line;
}

/**
 * The line in `lang`. `names` gives the Chinese titles of things named in English in the line (Joy's
 * music tracks and styles); other names (files, texts people typed) stay as they are.
 */
export function localizeChange(line: string, lang: Lang, names: Record<string, string> = {}): string {
  return lang === 'zh' ? toZh(line, (title) => names[title] ?? title) : line;
}
