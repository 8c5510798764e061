import { ConverterFactory, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import { identity, type Mapped, rewrite } from './text.js';

/**
 * Traditional characters and Cantonese words become the Simplified Mandarin the rules are written in.
 * It rewrites only the reading copy of a message: titles and captions are still cut from what the
 * person typed, so "標題改做「畢業快樂」" keeps 畢業快樂.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Built on the first Chinese message: Hong Kong variants, then Taiwan words and variants (影片 → 视频,
 * 匯出 → 导出, 解析度 → 分辨率), then Traditional → Simplified.
 */
let converter: ConverterFunction | undefined;

/**
 * Taiwan words written the same way on the mainland that turn up inside mainland words: 子音 (a consonant)
 * in 电子音乐, 母音 in 父母音乐, 正子 in 真正子…, 行程 (a trip's plan, not a process). They stay as typed.
 */
const NOT_TAIWAN_WORDS = new Set(['子音', '母音', '正子', '行程']);

function withoutMainlandWords(group: DictGroup): DictGroup {
  return group.map((dict: DictLike) =>
    typeof dict === 'string'
      ? dict
          .split('|')
          .filter((entry) => !NOT_TAIWAN_WORDS.has(entry.split(' ')[0]!))
          .join('|')
      : dict.filter(([from]) => !NOT_TAIWAN_WORDS.has(from)),
  );
}

function simplify(text: string): string {
  if (!converter) {
    const [hongKong, simplified] = configs.hk2s?.conversionChain ?? [];
    const [taiwan] = configs.tw2sp?.conversionChain ?? [];
    const chain = [hongKong, taiwan && withoutMainlandWords(taiwan), simplified];
    converter = ConverterFactory(...chain.filter((group) => group !== undefined));
  }
  return converter(text);
}

/**
 * Traditional → Simplified without moving any character: a character whose Simplified form has another
 * length (嗰 → 𠮶) stays as typed, so every position still maps back to the original.
 */
function toSimplified(source: Mapped): Mapped {
  const whole = simplify(source.text);
  if (whole.length === source.text.length) return { text: whole, map: source.map };
  let text = '';
  for (const ch of source.text) {
    const one = ch.length === 1 && HAN.test(ch) ? simplify(ch) : ch;
    text += one.length === ch.length ? one : ch;
  }
  return { text, map: source.map };
}

/**
 * Cantonese → Mandarin, as written once the characters are Simplified. Words that are also Mandarin
 * words of their own (相 in 相同, 整 in 整个, 耐 in 耐心, 返 in 返回, 细 in 仔细) change only where they
 * cannot mean that, and only in a message with a word only Cantonese uses. Longer words come first.
 */
const CANTONESE: [RegExp, string, 'cantonese'?][] = [
  // Words of Hong Kong and Taiwan for what the mainland says otherwise.
  [/打直|直(?:式|向|版|屏|幅)/g, '竖屏'],
  [/直(?=身|的|嘅)/g, '竖'],
  [/打横|横式/g, '横屏'],
  [/(?:唔该|多谢)晒|多谢(?!你们)/g, '谢谢'],
  [/唔该(?=\s*[\u4e00-\u9fff])/g, '请'],
  [/唔该(?!\s*[\u4e00-\u9fff])/g, '谢谢'],
  [/靓(?!丽)/g, '漂亮'],
  [/唔好意思/g, '不好意思'],
  [/係咪|系咪|是咪/g, '是不是'],
  [/唔好/g, '不要'],
  [/(?<![係是系麦咪])咪(?=[\u4e00-\u9fff])/g, '不要', 'cantonese'],
  [/唔使|唔驶|唔洗/g, '不用'],
  [/唔要/g, '不要'],
  [/唔啱|唔对/g, '不对'],
  [/有冇/g, '有没有'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/係/g, '是'],
  [/喺/g, '在'],
  [/[俾畀]/g, '给'],
  [/(?:啲)?(?:乜嘢|咩嘢|乜野|咩野|咩)/g, '什么'],
  [/咩/g, '什么'],
  [/嘢/g, '东西'],
  [/点样/g, '怎样'],
  [/边度/g, '哪里'],
  [/边(?=个|张|啲|首|种|款|段)/g, '哪', 'cantonese'],
  [/几耐/g, '多久'],
  [/(?<![忍能])耐(?![心看用烦性力热磨受久])/g, '久'],
  [/少少/g, '一点'],
  [/呢啲/g, '这些'],
  [/嗰啲/g, '那些'],
  [/一啲/g, '一点'],
  [/(?<=^|[\s,，。把将用删去搞做整帮晒有的嘅咗了])啲/g, '那些'],
  [/啲/g, '一点'],
  [/呢(?=个|张|首|段|款|种|度|条|幅|几)/g, '这', 'cantonese'],
  [/嗰/g, '那'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/啱啱/g, '刚刚'],
  [/啱/g, '对'],
  [/佢哋|佢地/g, '他们'],
  [/佢/g, '它'],
  [/我哋/g, '我们'],
  [/睇/g, '看'],
  [/揀/g, '选'],
  [/攞/g, '拿'],
  [/嚟/g, '来'],
  [/而家|宜家/g, '现在'],
  [/识(?=[做整用讲搞])/g, '会', 'cantonese'],
  // "呢张都係咁", "下一张都要咁": "the same for this one" at the end of what is said.
  [/都(?:是|要)?咁(?:样|做)?(?=\s*[啦吧呀啊喇嘞]?\s*(?:$|[，,。！!]))/g, '也一样'],
  [/(?<=(?:好似|似|像)[^，,。；;！!？?]{1,12})咁(?:样|样子)?/g, '一样'],
  [/咁/g, '这么'],
  [/好似/g, '好像'],
  [/入面/g, '里面'],
  [/(?<=[删除去])晒/g, '全部', 'cantonese'],
  [/细声/g, '小声'],
  [/细(?=点|一点|个|过|些)/g, '小', 'cantonese'],
  [/(?<![忧浓抑沉馥苍葱])郁(?![闷郁葱])/g, '动', 'cantonese'],
  [/返(?!回)/g, '回', 'cantonese'],
  [/(?<=[帮同我你它去])整(?![个体理齐段张部套])|整(?=[条靓番]|好[一条个段]|成)/g, '做', 'cantonese'],
  [/条片|段片/g, '个视频', 'cantonese'],
  [/(?<=[改变转换])做(?=[「『“"'\s\uE000-\uE03F]|[^\x00-\x7f]{1,12}$)/g, '成', 'cantonese'],
  // "幀率改做24", "时长改做10秒": 改做 before a number can only be 改成, Cantonese or not.
  [/(?<=改)做(?=\s*[\d零〇一二两三四五六七八九十])/g, '成'],
  [/成张(?=相|照片|图|[显放展])/g, '整张', 'cantonese'],
  // "第一张同第三张调转": 同 is "and" before a photo, and two photos 调转 swap places.
  [/同(?=第|最后|最前|\d)/g, '和'],
  [/(?<=和[^，,。；;]{1,10})(?:调转|掉转|对掉)(?:位置)?/g, '调换'],
  [
    /(?<=[张啲些的嘅这那每几一两二三四五六七八九十\d用把删])相(?![片机册同反似关信当近比对应称配处互])/g,
    '照片',
  ],
];

/**
 * Internet slang for "a little" and other playful spellings, as the rules read them: "再亮亿点点" (亿 for
 * 一, "a tiny bit, wink"), "快一丢丢", "慢一咪咪", "短一滴滴", "亮一捏捏", "稍稍亮一丁点儿"; and 过渡 for 转场.
 */
const SLANG: [RegExp, string][] = [
  [/(?<![\d零〇一二两三四五六七八九十百千万])亿(?=点|丢丢|咪咪|滴滴|捏捏|些|下(?![载来去面]))/g, '一'],
  [/一(?:丢丢|咪咪|滴滴|捏捏|丁点儿?|点儿点儿|点点儿)/g, '一点点'],
  // 过渡 is the editor's other word for 转场, read as the one the rules know.
  [/过渡/g, '转场'],
];

/** Words only Cantonese uses: the sign that the words marked 'cantonese' above are Cantonese here. */
const CANTONESE_WORDS = /[啲嘅咗咩嗰唔係喺冇俾畀嘢睇揀攞嚟咁佢哋啱]|细声|細聲|少少/;

export function toMandarin(source: Mapped): Mapped {
  if (!HAN.test(source.text)) return source;
  // 係 ("is" in Cantonese) would become 系 (a system, a relation): read it before the characters change.
  let out = toSimplified(rewrite(source, /(?<![關关聯联干幹體体維维])係(?![數数統统])/g, () => '是'));
  // The words that are Mandarin words too are read as Cantonese only in a Cantonese message.
  const cantonese = CANTONESE_WORDS.test(out.text) || CANTONESE_WORDS.test(source.text);
  for (const [re, word, only] of CANTONESE) {
    if (only && !cantonese) continue;
    out = rewrite(out, re, () => word);
  }
  for (const [re, word] of SLANG) out = rewrite(out, re, () => word);
  return rewrite(
    out,
    ENGLISH_AFTER_DEGREE,
    (m) => ENGLISH_ADJECTIVES[m[2]!] && `${m[1]}${ENGLISH_ADJECTIVES[m[2]!]}`,
  );
}

/**
 * "画面有点太 blue 了", "太 slow 了", "音乐太 loud": an English adjective after a Chinese word of degree
 * is the Chinese adjective ("太 dark" is too dark, never the dark look).
 */
const ENGLISH_ADJECTIVES: Record<string, string> = {
  blue: '蓝',
  yellow: '黄',
  red: '红',
  green: '绿',
  orange: '橙',
  grey: '灰',
  gray: '灰',
  dark: '暗',
  bright: '亮',
  warm: '暖',
  cold: '冷',
  cool: '冷',
  fast: '快',
  quick: '快',
  slow: '慢',
  long: '长',
  short: '短',
  big: '大',
  large: '大',
  small: '小',
  loud: '吵',
  noisy: '吵',
  quiet: '小声',
  blurry: '糊',
  boring: '单调',
};
const ENGLISH_AFTER_DEGREE = new RegExp(
  String.raw`(太|有点|有些|很|好|更|不够|太过|过于|比较|稍微)\s*(${Object.keys(ENGLISH_ADJECTIVES).join('|')})\b\s*`,
  'g',
);

/** Traditional → Simplified, character for character (same length), for matching words in typed text. */
export function simplifiedText(text: string): string {
  return HAN.test(text) ? toSimplified(identity(text)).text : text;
}

/** The reading copy of a whole message as plain text (for the question and how-to checks). */
export function mandarinText(text: string): string {
  return toMandarin(identity(text)).text;
}
