import type { Draft } from '../model/index.js';
import { segmentTimings } from '../model/timeline.js';
import { type Mapped, QUOTE_BASE, rewrite } from './text.js';
import { ORDINAL_WORD, ordinalValue } from './values.js';

/**
 * A text on screen named by its own words ("the 'Day one' text", "the words 'Road Trip'", 写着Day one的字,
 * Road Trip那几个字) is said again as its role ("the caption", 字幕), and the photo it sits on ("the photo
 * under 'Day one'", 写着Day one的那张) as that photo's number, so every family reads the plain sentence.
 * The words alone never add a second text with the same words.
 */

type Role = Draft['texts'][number]['role'];

const ROLE_SAID: Record<string, { en: string; zh: string }> = {
  title: { en: 'the title', zh: '标题' },
  caption: { en: 'the caption', zh: '字幕' },
  'end-card': { en: 'the end card', zh: '片尾字幕' },
};

const TEXT_NOUN = '(?:text|caption|title|words|line|subtitle|writing|lettering|heading)';
const PHOTO_NOUN = '(?:photo|picture|pic|image|shot|slide)';
const PHOTO_ZH = '(?:(?:那|这)(?:一)?(?:张|幅)(?:照片|图片|相片|图)?|照片|图片)';
const TEXT_ZH = '(?:(?:那|这)?(?:一)?(?:几个|个|行|句|条|段)?(?:字幕|标题|文字|字))';

/**
 * Ways of naming, `W` standing for the text's words; `photo` ones name the photo the text is on. Tried in
 * this order, the longer sayings first, so "the photo with 'Day one' on it" is never read as the text.
 */
const SAYINGS: { photo: boolean; re: string }[] = [
  // "the photo under 'Day one'", "the picture behind the 'Day one' caption"
  {
    photo: true,
    re: `\\b(?:the\\s+)?${PHOTO_NOUN}\\s+(?:under|behind|beneath|below)\\s+(?:the\\s+)?W(?:\\s+${TEXT_NOUN})?`,
  },
  // "the photo with 'Day one' on it", "the one with the words Day one", "the shot that says Day one"
  {
    photo: true,
    re: `\\b(?:the\\s+)?(?:${PHOTO_NOUN}|one)\\s+(?:with|that\\s+has|which\\s+has|showing)\\s+(?:the\\s+)?(?:${TEXT_NOUN}\\s+)?W(?:\\s+${TEXT_NOUN})?\\s+(?:on|over)\\s+(?:it|top)\\b`,
  },
  {
    photo: true,
    re: `\\b(?:the\\s+)?${PHOTO_NOUN}\\s+(?:with|that\\s+has|which\\s+has|showing|that\\s+says|which\\s+says)\\s+(?:the\\s+)?(?:${TEXT_NOUN}\\s+)?W(?:\\s+${TEXT_NOUN})?`,
  },
  // 写着Day one的那张, 有Day one字样的照片, Day one下面的那张
  { photo: true, re: `(?:写着|写有|有|带(?:着)?)\\s*W\\s*(?:字样|几个字|这几个字)?的\\s*${PHOTO_ZH}` },
  { photo: true, re: `W\\s*(?:下面|底下|所在)的\\s*${PHOTO_ZH}` },
  // "the 'Day one' text", "the text that says Road Trip", "the words 'Road Trip'", "the caption 'Day one'"
  { photo: false, re: `\\b(?:the\\s+)?W\\s+${TEXT_NOUN}s?\\b` },
  {
    photo: false,
    re: `\\b(?:the\\s+)?(?:${TEXT_NOUN}|one)\\s+(?:that|which)\\s+(?:says|reads|read|say)\\s+W`,
  },
  { photo: false, re: `\\bthe\\s+${TEXT_NOUN}\\s+(?:saying\\s+|reading\\s+)?W` },
  // 写着Day one的字, 把写着Road Trip的那个, Road Trip那几个字, 「Day one」这行字
  { photo: false, re: `(?:写着|写有)\\s*W\\s*的\\s*(?:${TEXT_ZH}|(?:那|这)(?:一)?(?:个|行|句|条|段))?` },
  { photo: false, re: `W\\s*${TEXT_ZH}` },
];

/** Words before a bare quote that make it the words to show, never a text already there to name. */
const GIVES_WORDS =
  /(?:\b(?:called|named|saying|says|say|reads?|reading|to|into|as|add|put|write|insert|include|type|new)\s*|[:：=]\s*|(?:写着|写上|写|叫|为|是|成|加|添加|加上|改成|改为|换成|变成)\s*)$/;
/** Music said in the message: quoted words there may be a song's name ("play 'Road Trip'"), not the text. */
const MUSIC_SAID = /\b(?:songs?|tracks?|music|tunes?|soundtrack|bgm|play)\b|音乐|歌|配乐|曲/;
/** A text noun right after a bare quote: that saying is one of the others. */
const NOUN_AFTER = new RegExp(`^\\s*(?:${TEXT_NOUN}|字幕|标题|文字|字)`);

function wordsPattern(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

export function nameTextsByWords(norm: Mapped, draft: Draft, quotes: readonly string[]): Mapped {
  if (draft.texts.length === 0) return norm;
  const timings = segmentTimings(draft);
  let mapped = norm;
  const chinese = /[\u3400-\u9fff]/.test(norm.text);
  for (const target of draft.texts) {
    const words = target.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (words.length < 2) continue;
    const marks = quotes
      .map((quote, k) => ({ quote: quote.toLowerCase().replace(/\s+/g, ' ').trim(), k }))
      .filter(({ quote }) => quote === words)
      .map(({ k }) => String.fromCharCode(QUOTE_BASE + k));
    const alternatives = [...marks, `(?<![a-z0-9])${wordsPattern(words)}(?![a-z0-9])`];
    const W = `(?:["'“”‘’「」『』]?(?:${alternatives.join('|')})["'“”‘’「」『』]?)`;
    // The role is a name for this text only where no other text has it.
    const unique = draft.texts.filter((other) => other.role === target.role).length === 1;
    const said = ROLE_SAID[target.role as Role];
    let photo = -1;
    for (const timing of timings) if (timing.startMs <= target.startMs) photo = timing.index;
    for (const saying of SAYINGS) {
      if (saying.photo ? photo < 0 : !unique || !said) continue;
      const re = new RegExp(saying.re.replace(/W/g, W), 'g');
      mapped = rewrite(mapped, re, (m) => {
        const zh = /[\u3400-\u9fff]/.test(m[0]);
        if (saying.photo) return zh ? `第${photo + 1}张` : `photo ${photo + 1}`;
        return zh ? said!.zh : said!.en;
      });
    }
    // "'Day one' should say 'Day 1'", "move 'Day one' to the third photo": the quoted words of a text
    // there is, said as a thing to change, are that text.
    if (!unique || !said || MUSIC_SAID.test(mapped.text)) continue;
    for (const mark of marks) {
      const at = mapped.text.indexOf(mark);
      if (at < 0) continue;
      if (GIVES_WORDS.test(mapped.text.slice(0, at)) || NOUN_AFTER.test(mapped.text.slice(at + 1))) continue;
      mapped = rewrite(mapped, new RegExp(mark, 'g'), () => (chinese ? said.zh : said.en));
    }
  }
  return mapped;
}

/** What may follow a text's noun as a setting, never as its words ("标题 白色", "字幕 大一点", "标题 删掉"). */
const TEXT_SETTING =
  /^(?:[大小粗细]|放大|缩小|字体|字号|颜色|居中|中间|靠|上|下|左|右|顶|底|删|去|不要|换|改|移|挪|放|加粗|描边|阴影|晚|早|提前|推迟|显示|停|出现|消失|淡|动画|也|都|再|太|有点|往|向|调|用|变|位置|时间|时长|(?:remove|delete|drop|keep|move|make|put|change|bigger|smaller|larger|up|down|top|bottom|left|right|center|centre|middle|off|on|out|gone|please|pls|too|bold|size|font|colou?r)\b)/i;

/**
 * "标题 周年快乐 白色 居中", "字幕 出发啦": a Chinese text noun, a space, then words (as voice input types them)
 * is the noun with a colon ("标题：周年快乐 …"), whose words the text rules read — never a setting word, a
 * colour or another instruction. Said of the message as typed, so the words are kept as typed.
 */
export function colonAfterBareTextNoun(message: string, colourWord: RegExp): string {
  const bare = /^(\s*(?:标题|字幕|片尾文字|片尾))\s+(?=[\u4e00-\u9fffA-Za-z0-9])/.exec(message);
  if (!bare) return message;
  const next = message.slice(bare[0].length);
  if (TEXT_SETTING.test(next) || new RegExp(`^(?:${colourWord.source})`, 'i').test(next)) return message;
  return `${bare[1]}：${next}`;
}

/**
 * "three captions please: Sun, Sea, Trees", "captions: A, B, C", "3 captions — A, B, C": a list of captions
 * without the verb is asked as "add three captions: …", one per photo.
 */
export function addVerbToCaptionList(message: string): string {
  return message.replace(
    /^\s*(?:(two|three|four|five|six|\d)\s+)?(captions|subtitles)\s*(?:please|pls|plz)?\s*[:：—–-]\s*(?=[^,，]+[,，、][^,，]+)/i,
    (_, count: string | undefined, noun: string) => `add ${count ? `${count} ` : ''}${noun}: `,
  );
}

type TextRole = Draft['texts'][number]['role'];
const ROLE_EN: Record<TextRole, string> = {
  title: 'the title',
  caption: 'the caption',
  'end-card': 'the end card',
};
const ROLE_ZH: Record<TextRole, string> = { title: '标题', caption: '字幕', 'end-card': '片尾文字' };
const WORDS_EN = '(?:words|writing|text|letters|lettering|wording)';
const SIZE_WORDS = String.raw`(?:little|small|tiny|smaller)`;

/** Words any of the namings below needs. */
const NAMES_A_TEXT = /\b(?:words|writing|text|letters|lettering|wording|title|caption|other)\b|字|标题|另/;

/**
 * Texts named by how they look or where they are, as people who do not know the words "title" and "caption"
 * name them: "the words at the start", "the little words", "the big title", "the writing at the bottom",
 * "开头那几个字", "那行小字", "底下的字", "这几个字" (the text just talked about). Said by role when the draft
 * has a text of that role, so the text rules read them as any other.
 */
export function spellTextsByLook(
  norm: Mapped,
  draft: Draft,
  talkedAbout?: TextRole,
  aboutText = false,
): Mapped {
  // Read on every message: most name no text at all.
  if (draft.texts.length === 0 || !NAMES_A_TEXT.test(norm.text)) return norm;
  const has = (role: TextRole) => draft.texts.some((text) => text.role === role);
  const earliest = [...draft.texts].sort((a, b) => a.startMs - b.startMs)[0]!.role;
  const opening: TextRole = has('title') ? 'title' : earliest;
  const atPlace = (place: 'top' | 'bottom' | 'center'): TextRole | undefined => {
    const roles = new Set(
      draft.texts
        .filter((text) => text.position === place || (place === 'bottom' && text.position === 'lower-third'))
        .map((text) => text.role),
    );
    return roles.size === 1 ? [...roles][0] : undefined;
  };
  /** The role, and "are" after a plural name said as "is" ("the little words are" → "the caption is"). */
  const named = (role: TextRole | undefined, m: RegExpExecArray) =>
    role && `${ROLE_EN[role]}${m[m.length - 1] ? (m[m.length - 1] === 'were' ? ' was' : ' is') : ''}`;
  const rules: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [
      new RegExp(
        String.raw`\b(?:the\s+)?(?:${WORDS_EN}\s+(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning)|opening\s+${WORDS_EN})\b(?:\s+(are|were)\b)?`,
        'g',
      ),
      (m) => named(opening, m),
    ],
    [
      new RegExp(String.raw`\b(?:the\s+)?(?:big|large|main)\s+(?:title|${WORDS_EN})\b`, 'g'),
      () => (has('title') ? ROLE_EN.title : undefined),
    ],
    [
      new RegExp(
        String.raw`\b(?:the\s+)?${SIZE_WORDS}\s+(?:the\s+)?(?:${WORDS_EN}|caption)\b(?:\s+(are|were)\b)?`,
        'g',
      ),
      (m) => named(has('caption') ? 'caption' : undefined, m),
    ],
    [
      new RegExp(
        String.raw`\b(?:the\s+)?${WORDS_EN}\s+(?:at|along|across|on)\s+the\s+(top|bottom|middle)\b(?:\s+(are|were)\b)?`,
        'g',
      ),
      (m) => named(atPlace(m[1] === 'middle' ? 'center' : (m[1] as 'top' | 'bottom')), m),
    ],
    [/开头(?:的|那)?(?:几个|那几个|一行|那行|行)?(?:大)?字(?!幕)/g, () => ROLE_ZH[opening]],
    [/(?:那|这)?(?:几个|一行|行|些)?大字|大标题/g, () => (has('title') ? ROLE_ZH.title : undefined)],
    [/(?:那|这)?(?:几个|一行|行|些)?小字/g, () => (has('caption') ? ROLE_ZH.caption : undefined)],
    [
      /(底下|下面|底部|下方|上面|顶部|上方)(?:的|那)?(?:几个|一行|行|些)?字(?!幕)/g,
      (m) => {
        const role = atPlace(/^(?:上面|顶部|上方)$/.test(m[1]!) ? 'top' : 'bottom');
        return role && ROLE_ZH[role];
      },
    ],
    [
      /(?:这|那)(?:几个|行|些)字(?!幕)/g,
      () => (talkedAbout && has(talkedAbout) ? ROLE_ZH[talkedAbout] : undefined),
    ],
  ];
  // "no, the other one" right after a text was edited, with two kinds of text there: the other kind.
  const roles = [...new Set(draft.texts.map((text) => text.role))];
  const other =
    aboutText && talkedAbout && roles.length === 2 ? roles.find((role) => role !== talkedAbout) : undefined;
  if (other) {
    rules.push([/\bthe\s+other\s+(?:one|text|words|writing)\b/g, () => ROLE_EN[other]]);
    rules.push([/另(?:外)?(?:一|1)?个(?:字|文字)?|另外那(?:个|行字)/g, () => ROLE_ZH[other]]);
  }
  let out = norm;
  for (const [re, said] of rules) out = rewrite(out, re, said);
  // "the caption on the second photo too", "第二张上的字幕晚一秒出来": where the text already is only says
  // which one (a verb that places it, "put the caption on photo 2", keeps the place).
  const timings = segmentTimings(draft);
  const isOn = (role: TextRole, n: number) => {
    const timing = timings[n - 1];
    return (
      timing !== undefined &&
      draft.texts.some(
        (t) => t.role === role && t.startMs < timing.endMs && t.startMs + t.durationMs > timing.startMs,
      )
    );
  };
  out = rewrite(
    out,
    new RegExp(
      String.raw`(?<!\b(?:put|move|place|add|show|set|stick|drop|have)\b[^,.;!?]*)\b(the\s+(title|caption))\s+(?:on|in|over)\s+(?:the\s+)?(?:(${ORDINAL_WORD})\s+(?:photo|picture|pic|image|slide|shot|one)|(?:photo|picture|pic|image|slide|shot)\s*#?(\d{1,2}))\b`,
      'g',
    ),
    (m) => (isOn(m[2] as TextRole, m[3] ? ordinalValue(m[3]) : Number(m[4])) ? m[1] : undefined),
  );
  return rewrite(out, /(?<![放移加挪摆])第(\d{1,2})张(?:照片)?(?:上|里)的?(?=(标题|字幕))/g, (m) =>
    isOn(m[2] === '标题' ? 'title' : 'caption', Number(m[1])) ? '' : undefined,
  );
}
