import type { Draft } from '../model/index.js';
import { segmentTimings } from '../model/timeline.js';
import { type Mapped, QUOTE_BASE, rewrite } from './text.js';

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
