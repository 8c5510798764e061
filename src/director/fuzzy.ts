import { type EffectDescriptor, catalog as effects, normalizeName, type Registry } from '../catalog/index.js';
import { ZH_COLOUR_CHARS } from '../model/palette.js';
import { FREQUENT_WORDS } from './frequent-words.js';
import { type Mapped, matchesOf, rewrite } from './text.js';

/** Optimal-string-alignment Damerau–Levenshtein distance, giving up (returning max + 1) past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry: none under 4 letters, 1 up to 7, 2 from 8. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Words the rules look for. A typed word close to one of these is corrected before matching. */
const DOMAIN = `
transition transitions crossfade crossfades dissolve dissolves fade fades fading black white through dip cut cuts
hard straight slide slides sliding wipe wipes zoom zooming push pull drift drifting rotate rotation spin pan panning
tilt ken burns still static motion movement moving animation animated camera
vertical horizontal portrait landscape square widescreen aspect ratio resolution format tiktok reels instagram
youtube shorts feed story stories snapchat framerate frames
length long longer short shorter duration seconds second minute minutes total faster slower quicker speed pace pacing
energetic upbeat lively dynamic punchy calm calmer relaxed relaxing gentle peaceful mellow dreamy chill soothing
title titles caption captions subtitle subtitles text heading headline words ending closing outro intro card
remove delete clear erase hide add put write place insert show display change rename replace update
top bottom middle center centre lower third bigger smaller larger large small
music song songs soundtrack audio background volume louder quieter softer lower raise mute normalize loudness
reverse backwards order sort chronological oldest newest earliest latest date dates taken move swap switch exchange
first third fourth fifth sixth seventh eighth ninth tenth last final start beginning front end position after before
photo photos picture pictures image images slideshow video videos movie montage
look filter grade grading colours colors color colour monochrome grayscale greyscale vintage retro sepia warm warmer cool
cooler cinematic vivid vibrant faded moody bright original natural
export download render credits balance status timeline tracks undo redo help
subtle slight strong dramatic stronger weaker random varied different every each all
`;

/** Common words that are never "corrected" into a keyword (besides the frequent ones in frequent-words.ts). */
const COMMON = `
about above across actually again against almost along already also although always among another anyone anything
around away back bank bake bark base basic beach because been before being below best better between birthday both
bring brother build busy call came cannot care case cats come could couple cover dance dark dear does doing done dont
down dream each early easy else enough even ever every everyone fact family father feel fine five four free friend
friends from full funny game gave give glad goes going gone good great hand happy have head hear held hello here
high hold holiday home hope idea into just keep kind know lake last late left less life light like line little live
love made main make many mean might mind mine more most mother much must name need never next nice night none note
nothing okay once only open other ours over part party people place plan play please point pretty quite rather
ready real really right road same save said school seem seen self send sent should side since sing sister some
soon sort stay step still such summer sunny sure take than thank thanks that their them then there these they thing
think this those time told took trip turn under very view want ward water week well went were what when where which
while whole will wish with without work would year years your yours yeah kids baby wedding travel vacation city
beautiful awesome amazing lovely please maybe thing things stuff something everything
model find found list font least needs built quote quotes quoted loose upload cent reduced understood exports motions
aspects starts positions word blank blah hmm yeah nope cool cute fine boring ugly weird hate love like likes wanted
meant wrong talking referring asking sorry oops instead though thought tough
cant wont didnt doesnt isnt arent shouldnt couldnt wouldnt hasnt havent wasnt wait hold cropped uncropped
blog blogs blogger post posts
`;

let vocabulary: { domain: Set<string>; common: Set<string>; byLength: Map<number, string[]> } | undefined;
const registered = new Set<string>();

/**
 * Adds the words of the rules' patterns to the vocabulary, so a word a rule looks for is never
 * "corrected" into another one. Takes regexes, strings and arrays or objects holding them.
 */
export function addVocabulary(...items: unknown[]): void {
  const visit = (item: unknown, depth: number): void => {
    if (depth > 4) return;
    if (item instanceof RegExp) {
      // "delet(?:e|ing)", "remov[ea]", "rotat\w*", "colou?r": letters that must go on (a group or a class
      // that is not optional), take any letters after them, or whose last letter is optional are a stem;
      // taken as a word, the slip "delet" was a keyword and never became "delete". "rest(?:\s+of)?" is
      // still the word "rest".
      item = item.source
        .replace(/[a-z]+(?=\((?:\?:)?[^()]*\)(?![?*]|\{0,)|\[[^\]]*\](?![?*]|\{0,)|\\w[+*]|[a-z]\?)/gi, ' ')
        .replace(/\\[a-zA-Z]/g, ' ');
    }
    if (typeof item === 'string') {
      for (const match of matchesOf(item.toLowerCase(), /[a-z]{4,}/g)) registered.add(match[0]);
    } else if (Array.isArray(item)) for (const value of item) visit(value, depth + 1);
    else if (item && typeof item === 'object')
      for (const value of Object.values(item)) visit(value, depth + 1);
  };
  for (const item of items) visit(item, 0);
  vocabulary = undefined;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function buildVocabulary() {
  const domain = new Set([...words(DOMAIN), ...registered]);
  for (const registry of Object.values(effects) as Registry<EffectDescriptor>[]) {
    for (const plugin of registry.list()) {
      for (const name of [plugin.name, ...(plugin.aliases ?? [])])
        for (const part of name.split('-')) if (/^[a-z]{4,}$/.test(part)) domain.add(part);
    }
  }
  const common = new Set([...words(COMMON), ...words(FREQUENT_WORDS)]);
  const byLength = new Map<number, string[]>();
  for (const word of domain) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { domain, common, byLength };
}

/** The keyword a typed word most likely meant, or the word itself. */
export function correctWord(word: string): string {
  vocabulary ??= buildVocabulary();
  const { domain, common, byLength } = vocabulary;
  if (domain.has(word) || common.has(word)) return word;
  const max = allowedTypos(word.length);
  if (max === 0) return word;
  let bestDistance = max + 1;
  let nearest: string[] = [];
  for (let length = Math.max(4, word.length - max); length <= word.length + max; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      if (candidate.length >= 8 && max < 2 && Math.abs(candidate.length - word.length) > 1) continue;
      const limit = Math.min(max, allowedTypos(candidate.length));
      const distance = editDistance(word, candidate, limit);
      if (distance > limit || distance > bestDistance) continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        nearest = [];
      }
      nearest.push(candidate);
    }
  }
  // Among equally near keywords: a cut-off word ("revers") means the one it starts; then the one with
  // the same first letter ("tittle" is title, not little: the first key is rarely the slip).
  // Then the one that holds every letter typed ("secnd" is second, not send; "remoev" is remove).
  const covers = (candidate: string) => {
    const left = [...candidate];
    for (const ch of word) {
      const at = left.indexOf(ch);
      if (at < 0) return false;
      left.splice(at, 1);
    }
    return true;
  };
  const rank = (candidate: string) =>
    (candidate.startsWith(word) ? 4 : 0) + (candidate[0] === word[0] ? 2 : 0) + (covers(candidate) ? 1 : 0);
  const top = Math.max(...nearest.map(rank));
  const ranked = nearest.filter((candidate) => rank(candidate) === top);
  const best = ranked.length === 1 ? ranked[0] : undefined;
  if (best) return best;
  // A doubled key ("pann", "cutt"): one letter less may be a short keyword the distance rule skips.
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    if (single.length === 3 && domain.has(single)) return single;
  }
  return word;
}

/** Where the camera or a transition goes: short words the general correction leaves alone. */
const DIRECTIONS = ['in', 'out', 'left', 'right', 'up', 'down'];
/** Short words that are words in their own right after a verb ("push it", "zoom on the face"). */
const NOT_DIRECTIONS = new Set(
  'it is at to of or on an as so us if by no me my all the and too two'.split(' '),
);

/**
 * "zoom ot", "pan lef", "tilt dwon": after a camera or transition verb, a word one edit away from
 * exactly one direction is that direction.
 */
export function correctDirections(source: Mapped): Mapped {
  return rewrite(
    source,
    /(?<=\b(?:zoom(?:ing|s)?|pan(?:ning|s)?|tilt(?:ing|s)?|slide|slid(?:ing|es)|wipe|push(?:ing)?|pull(?:ing)?|move|moving|scroll(?:ing)?)\s+)([a-z]{2,6})\b/g,
    (m) => {
      const word = m[1]!;
      if (DIRECTIONS.includes(word) || NOT_DIRECTIONS.has(word)) return undefined;
      const near = DIRECTIONS.filter((direction) => editDistance(word, direction, 1) <= 1);
      return near.length === 1 ? near[0] : undefined;
    },
  );
}

/**
 * Slips typed in a hurry that the distance rule cannot settle: too short for it ("fde", "pic"), two keys
 * off ("foto" is two edits from "photo"), or as near to another keyword ("faed" is as near "faded" as
 * "fade"). Each is the keyword it stands for.
 */
const SLIPS: Record<string, string> = {
  foto: 'photo',
  fotos: 'photos',
  fotoes: 'photos',
  fotto: 'photo',
  fottos: 'photos',
  phto: 'photo',
  phtos: 'photos',
  phot: 'photo',
  phots: 'photos',
  photoes: 'photos',
  pix: 'pics',
  pik: 'pic',
  piks: 'pics',
  pictuer: 'picture',
  pictuers: 'pictures',
  pciture: 'picture',
  pcitures: 'pictures',
  faed: 'fade',
  faeds: 'fades',
  fde: 'fade',
  fdae: 'fade',
  fadde: 'fade',
  croosfade: 'crossfade',
  crosfade: 'crossfade',
  trasnition: 'transition',
  trasnitions: 'transitions',
  transtion: 'transition',
  transtions: 'transitions',
  tranistion: 'transition',
  tranistions: 'transitions',
  transiton: 'transition',
  transitons: 'transitions',
  musci: 'music',
  msuic: 'music',
  muisc: 'music',
  muic: 'music',
  musc: 'music',
  tittle: 'title',
  titel: 'title',
  tilte: 'title',
  ttile: 'title',
  captoin: 'caption',
  caputre: 'caption',
  secnds: 'seconds',
  secodns: 'seconds',
  seocnds: 'seconds',
  secsonds: 'seconds',
  vertcal: 'vertical',
  verticle: 'vertical',
  sqaure: 'square',
  squre: 'square',
  slwoer: 'slower',
  fatser: 'faster',
  longr: 'longer',
  shortr: 'shorter',
  // Chat shorthand.
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  thanx: 'thanks',
  vid: 'video',
  vids: 'videos',
  abt: 'about',
  n: 'and',
  em: 'them',
  dup: 'duplicate',
  dupe: 'duplicate',
  dups: 'duplicates',
  dupes: 'duplicates',
};
const SLIP_RE = new RegExp(
  `(?<![a-z0-9_./\\\\-])(?:${Object.keys(SLIPS).join('|')})(?![a-z0-9_/\\\\-]|\\.[a-z0-9])`,
  'g',
);

/** Corrects every latin word of 4+ letters that is not part of a file name or a number. */
export function correctSpelling(source: Mapped, protect: ReadonlySet<string> = new Set()): Mapped {
  const slipped = rewrite(source, SLIP_RE, (m) => (protect.has(m[0]) ? undefined : SLIPS[m[0]]));
  return rewrite(slipped, /(?<![a-z0-9_./\\-])[a-z]{4,}(?![a-z0-9_/\\-]|\.[a-z0-9])/g, (m) => {
    if (protect.has(m[0])) return undefined;
    const corrected = correctWord(m[0]);
    if (corrected !== m[0]) return corrected;
    // "the forrest one": a slip on a word of a photo's own name (forest.jpg) is that name.
    return nearestName(m[0], protect);
  });
}

/**
 * The one protected name word one slip away from a word, if exactly one is. Only longer words that keep
 * the first letter: short ones ("each" beside beach.jpg) are too often real words of their own.
 */
function nearestName(word: string, names: ReadonlySet<string>): string | undefined {
  if (word.length < 6) return undefined;
  const near = [...names].filter((name) => name[0] === word[0] && editDistance(word, name, 1) <= 1);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Lenient registry lookup for a phrase: exact name or alias first, then the closest name or alias
 * within the typo allowance (a unique best only).
 */
const memo = new Map<string, EffectDescriptor | null>();
const namesOf = new WeakMap<Registry<EffectDescriptor>, { plugin: EffectDescriptor; name: string }[]>();

export function fuzzyFind<T extends EffectDescriptor>(registry: Registry<T>, phrase: string): T | undefined {
  const key = normalizeName(phrase);
  if (!key) return undefined;
  const memoKey = `${registry.kind}\u0000${key}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return (known ?? undefined) as T | undefined;
  const found = lookup(registry, key);
  if (memo.size > 20_000) memo.clear();
  memo.set(memoKey, found ?? null);
  return found;
}

let catalogueWords: Set<string> | undefined;

/**
 * "wipe transition" is no typo of the whip pan's alias "whip-transition": a word that is itself a catalogue
 * word was meant as that word, so a near miss may only correct the words no effect is named by.
 */
function respells(key: string, name: string): boolean {
  if (!catalogueWords) {
    catalogueWords = new Set();
    for (const registry of Object.values(effects) as Registry<EffectDescriptor>[])
      for (const plugin of registry.list())
        for (const alias of [plugin.name, ...(plugin.aliases ?? [])])
          for (const part of normalizeName(alias).split('-')) if (part.length >= 4) catalogueWords.add(part);
  }
  const typed = key.split('-');
  const meant = name.split('-');
  if (typed.length !== meant.length) return false;
  return typed.some((part, i) => part !== meant[i] && catalogueWords!.has(part));
}

function lookup<T extends EffectDescriptor>(registry: Registry<T>, key: string): T | undefined {
  const exact = registry.find(key);
  if (exact) return exact;
  const max = allowedTypos(key.replace(/-/g, '').length);
  if (max === 0) return undefined;
  let names = namesOf.get(registry);
  if (!names) {
    names = registry
      .list()
      .flatMap((plugin) =>
        [plugin.name, ...(plugin.aliases ?? []).map(normalizeName)].map((name) => ({ plugin, name })),
      );
    namesOf.set(registry, names);
  }
  let best: T | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const { plugin: entry, name } of names) {
    const plugin = entry as T;
    {
      if (name.length < 4 || Math.abs(name.length - key.length) > max) continue;
      if (respells(key, name)) continue;
      const limit = Math.min(max, allowedTypos(name.replace(/-/g, '').length));
      const distance = editDistance(key, name, limit);
      if (distance > limit) continue;
      if (distance < bestDistance) {
        best = plugin;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && plugin !== best) tie = true;
    }
  }
  return best && !tie ? best : undefined;
}

/**
 * Chinese typed through pinyin input picks a character that sounds the same: 标提 for 标题, 黑百 for 黑白,
 * 倒叙 for 倒序. Each command word's common same-sound slips, replaced by the word (same length, so
 * positions stay mapped).
 */
const ZH_SLIPS: [string, string[]][] = [
  ['标题', ['标提', '标体', '表题', '标颢', '彪题', '标蹄']],
  ['放大', ['方大', '放达', '放打']],
  ['删了', ['山了', '闪了']],
  ['删掉', ['山掉', '闪掉']],
  ['删除', ['山除']],
  ['底部', ['底不', '低部']],
  ['顶部', ['顶不', '丁部']],
  ['拉远', ['拉院']],
  ['字幕', ['字目', '子幕', '字慕', '自幕', '字墓']],
  ['黑白', ['黑百', '黑拜', '嘿白']],
  ['转场', ['转厂', '转常', '专场', '赚场']],
  ['滤镜', ['绿镜', '虑镜', '率镜', '律镜']],
  ['竖屏', ['树屏', '竖平', '数屏', '竖评', '竖瓶']],
  ['横屏', ['横平', '恒屏', '横评', '横瓶']],
  ['音乐', ['音月', '因乐', '音悦']],
  // 音了 (of 声音了, "the sound has …") only where the music's level or kind follows.
  ['音乐太', ['音了太']],
  ['音乐声', ['音了声']],
  ['音乐调', ['音了调']],
  ['音乐换', ['音了换']],
  ['音乐小', ['音了小']],
  ['音乐大', ['音了大']],
  ['温馨', ['温心', '温新', '稳馨']],
  ['倒序', ['倒叙', '到序']],
  ['撤销', ['撤消', '撤宵']],
  ['导出', ['倒出', '到出']],
  ['复古', ['复故', '服古']],
  ['暖色', ['暖涩']],
  ['时长', ['时常']],
  ['照片', ['招片', '照篇']],
  ['音量', ['音亮', '英量']],
  ['背景', ['被景', '背静', '背境']],
  ['红色', ['红涩']],
  ['蓝色', ['蓝涩']],
  ['黄色', ['黄涩']],
  ['绿色', ['绿涩']],
  ['白色', ['白涩']],
  ['黑色', ['黑涩']],
  ['淡入', ['蛋入']],
  ['淡出', ['蛋出']],
  ['叠化', ['叠画', '迭化']],
  ['倒过来', ['到过来']],
  ['倒序', ['到序']],
];
/** 字母 (letters) typed for 字幕 (subtitles), same sound; "大写字母" and the like stay letters. */
const ZH_LETTERS_FOR_SUBTITLES = /(?<!大写|小写|英文|拼音|首|的)字母(?!表)/g;
const ZH_SLIP_WORDS = new Map(
  ZH_SLIPS.flatMap(([word, slips]) => slips.map((slip) => [slip, word] as const)),
);
const ZH_SLIP_RE = new RegExp([...ZH_SLIP_WORDS.keys()].join('|'), 'g');

/** "第 2 张", "1 秒", "30 %": a space inside a Chinese count or amount, typed between Latin digits. */
const ZH_NUMBER_SPACES = /(?<=第)\s+(?=\d)|(?<=\d)\s+(?=[张个秒帧倍号幅次遍步首段页位%])/g;

/**
 * 在 typed for 再 (the same sound): "在慢一点", "在长一点", "在来一次" ask for the step again. Only where 在
 * starts what is asked and a step follows; "在第二张加标题", "放在最后" keep their 在.
 */
const ZH_ZAI_FOR_AGAIN =
  /(?<=^\s*|[\s,，。.!！?？~～;；]|请|帮我|能不能|可以|麻烦|那就|就|好|嗯|吧|了)在(?=(?:稍微|稍稍|更|稍)?(?:慢|快|长|短|大|小|亮|暗|高|低|响|轻|久|近|远|暖|冷|多|来|加|减|放大|缩小|暗|淡|浓|调|弄|试|做|往)(?!面|边|头))/g;

export function correctChinese(source: Mapped): Mapped {
  if (!/[\u4e00-\u9fff]/.test(source.text)) return source;
  const again = rewrite(source, ZH_ZAI_FOR_AGAIN, () => '再');
  const slips = rewrite(again, ZH_SLIP_RE, (m) => ZH_SLIP_WORDS.get(m[0]));
  const letters = rewrite(slips, ZH_LETTERS_FOR_SUBTITLES, () => '字幕');
  const colours = rewrite(
    rewrite(letters, ZH_BARE_COLOUR, (m) => `${m[1]}色的`),
    ZH_COLOUR_HARD_THERE,
    (m) => `${m[1]}${m[2]}`,
  );
  return rewrite(colours, ZH_NUMBER_SPACES, () => '');
}

/** "黄色在沙滩上看不清": where the colour is hard to see only says why (the place is no request of its own). */
const ZH_COLOUR_HARD_THERE = new RegExp(
  `(${ZH_COLOUR_CHARS}色)(?:的)?(?:字|文字)?在[^，,。；;！!？?]{1,8}?(看不(?:太)?清(?:楚)?|看不见|不(?:太)?明显)`,
  'g',
);

/** "颜色用红的", "字幕用黄的吧": a colour said as one character and 的, as people say it, is that colour. */
const ZH_BARE_COLOUR = new RegExp(
  `(?<=(?:用|换成|改成|要|弄成|变成|调成|换|改|颜色|字|字体|标题|字幕)\\s*)(${ZH_COLOUR_CHARS})的(?!确|话)`,
  'g',
);
