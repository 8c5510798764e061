import { catalog as effects, findStyle, type LookDescriptor as LookPlugin } from '../../catalog/index.js';
import type { EditCommand } from '../../model/index.js';
import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import { takePositions } from '../values.js';
import { effectList, findEffects, firstAvailable } from './effects.js';
import { saysStrength, takeStrength } from './look-strength.js';
import { type Family, note, type RuleContext, type RuleOutput } from './types.js';

/** Colour looks. Words map to candidate registry names; what is not installed gets an honest answer. */

interface LookWord {
  re: RegExp;
  candidates: string[];
  en: string;
  zh: string;
  /** Ambiguous words ("warm", "cool") count only next to a look word or "make it …". */
  needsContext?: boolean;
  /** A likeness ("像日系那种"): it names the look only when no plainer look word is in the clause. */
  weak?: boolean;
  /**
   * A temperature complained of ("too cold"): the looks it steps back from. On one of them the colours go
   * back to the photos' own (one step warmer from cool), not on to the other temperature.
   */
  away?: string[];
}

/**
 * "take the blue tint off", "remove the orange cast", "去掉蓝色调", "偏黄去掉": a colour cast taken away is the
 * photos' own colours again — never a look of that colour.
 */
const CAST_OFF =
  /\b(?:remove|take\s+(?:off|away|out)|get\s+rid\s+of|lose|drop|kill|ditch|strip|undo|no\s+more)\s+(?:(?:the|that|this|all\s+the|any)\s+)?(?:(?:blue|bluish|blueish|warm|orange|orangey|yellow|yellowish|green|greenish|pink|pinkish|red|reddish|sepia|cool|cold|purple|teal)\s+)?(?:tint|tinge|cast|hue|colou?r\s+cast|overlay)\b|\btake\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:tint|tinge|cast|hue|filter|look|colou?r\s+grade)\s+(?:off|away|out)\b|(?:去掉|去除|拿掉|不要|取消)(?:这个|那个|这种|那种)?(?:偏)?(?:蓝|黄|绿|暖|冷|橙|粉|红|紫)?(?:色调|调子|色偏|偏色|滤镜色)|(?:偏蓝|偏黄|偏绿|偏红|偏紫|蓝色调|黄色调|绿色调|冷色调|暖色调|色偏)(?:给|都)?(?:去掉|去除|拿掉|不要了)/;

/** "original colours", "no filter", "去掉滤镜": the look taken off. */
const ORIGINAL_COLOURS =
  /\b(?:original|natural|normal|true|real|full)\s+colou?rs?\b|\bin\s+colou?r\b|\bnot\s+(?:in\s+)?(?:black\s+and\s+white|b&w|monochrome)\b|(?<!黑白)彩色(?:的)?|\b(?:no|remove(?:\s+the)?|without(?:\s+a)?|clear(?:\s+the)?|reset(?:\s+the)?|turn\s+off(?:\s+the)?|(?:kill|lose|drop|ditch|get\s+rid\s+of|take\s+off|strip)(?:\s+the)?)\s+(?:filters?|looks?|colou?r\s+grad(?:e|ing)|effects?)\b|原色|原图|去掉滤镜|取消滤镜|不要滤镜|无滤镜|删除滤镜|恢复颜色|原来的颜色/;

const LOOKS: LookWord[] = [
  {
    re: new RegExp(`${ORIGINAL_COLOURS.source}|${CAST_OFF.source}`),
    candidates: ['none'],
    en: 'original colours',
    zh: '原色',
  },
  {
    re: /\bwarm(?:er)?\s+(?:and\s+)?(?:vintage|retro)\b|暖色复古|温暖复古|复古暖/,
    candidates: ['warm-vintage', 'vintage', 'retro', 'warm'],
    en: 'warm vintage',
    zh: '暖色复古',
  },
  {
    // "desaturate it fully", "zero colour", "去色": every colour gone is black and white, not muted.
    // "black white" without its "and" is the same look; a fade or a text's colours said that way are not.
    re: /\bblack\s*(?:and|&|n)\s*white\b|(?<!\b(?:to|through|thru|into|from|or|and|with)\s+)\bblack[\s-]+white\b(?!\s+(?:text|font|letters?|words?|writing|titles?|captions?|subtitles?|outlines?|borders?|background|bars?|frames?|stripes?|flash(?:es)?|dips?|fades?)\b)|\bb\s*(?:&|\/|and)\s*w\b|\bbw\b|\bmonochrome\b|\bmono\b|\bgr[ae]y\s*scale\b|\bnoir\b|黑白|\bdesaturat(?:e|ed|ion)\s+(?:(?:it|them|everything|the\s+(?:photos|video))\s+)?(?:fully|completely|entirely|totally|all\s+the\s+way|100\s*%)|\b(?:fully|completely|totally|entirely)\s+desaturat(?:e|ed)\b|\b(?:zero|no)\s+colou?rs?(?:\s+at\s+all)?\b|\bdrain\s+(?:all\s+)?(?:the\s+)?colou?rs?\b|\b(?:remove|strip|kill|take\s+out)\s+all\s+(?:the\s+)?colou?rs?\b|\bcolou?rless\b|\bsaturation\s+(?:to\s+)?(?:zero|0)\b|\bsaturation\s+all\s+the\s+way\s+(?:down|off)\b|去色|去掉(?:所有|全部)?(?:的)?颜色|(?:颜色|色彩)(?:全部|全都|全|都)(?:去掉|去除|拿掉|去了)|没有颜色|不要颜色|完全去饱和|零饱和|饱和度?(?:降|调|拉|减)?(?:到|成)?(?:0|零)(?!\.)/,
    candidates: ['black-and-white', 'bw', 'b-w', 'mono', 'monochrome', 'grayscale', 'greyscale', 'noir'],
    en: 'black-and-white',
    zh: '黑白',
  },
  { re: /\bsepia\b|棕褐|老黄/, candidates: ['sepia', 'vintage'], en: 'sepia', zh: '棕褐色' },
  {
    re: /\bvintage\b|\bretro\b|\bold[\s-](?:school|film|photo|photograph|picture|snapshot|shot|movie|times|days|camera|polaroid)s?\b|\bpolaroids?\b|拍立得|\bnostalgic\b|复古|怀旧|回忆杀|老照片|年代感|(?:老|旧|老式|老旧)(?:电影|片子|胶片|录像|影片)|老片/,
    candidates: ['vintage', 'retro', 'warm-vintage', 'film'],
    en: 'vintage',
    zh: '复古',
  },
  {
    re: /\bcinematic\b|\bfilmic\b|\bmovie\s+look\b|\bteal\s+(?:and|&)\s+orange\b|电影感|电影质感|大片感|电影风/,
    candidates: ['cinematic', 'teal-orange', 'filmic'],
    en: 'cinematic',
    zh: '电影感',
  },
  {
    re: /\bfilm\s+(?:look|grain|stock)\b|\b(?:add\s+)?(?:some\s+)?(?:film\s+)?grain(?:y)?\b|胶片|颗粒感?/,
    candidates: ['film', 'grain', 'vintage'],
    en: 'film',
    zh: '胶片',
  },
  {
    re: /\bvivid\b|\bvibrant\b|\bmore\s+colou?rful\b|(?<!\b(?:less|too)\s+)\bcolou?rful(?:\s+look)?\b|\bhigh(?:er)?\s+contrast\b|\bmore\s+contrast\b|色彩丰富|对比度高|高对比|(?<!\bless\s|\bnot\s|\bun|\btoo\s|\bso\s)\bsaturated\b|\bpunch(?:y|ier)\b(?:\s+colou?rs?)?|\b(?:crank|boost|pump|push|bump|raise|increase|up|max|turn)(?:\s+up)?\s+(?:the\s+)?(?:saturation|colou?rs?)(?:\s+up)?\b|\bmore\s+saturat(?:ion|ed)\b|\b(?:richer|bolder|stronger|deeper|sharper|crisper|brighter|livelier|juicier)\s+colou?rs?\b|\bcolou?rs?\s+(?:sharper|crisper|richer|bolder|livelier)\b|颜色(?:再)?(?:浓|艳)|色彩(?:再)?(?:浓|艳)|艳一点|更艳|浓郁|提饱和|\bpop(?:ping)?\s+colou?rs?\b|\bmake\s+(?:it|them|the\s+colou?rs)\s+pop\b|\bcolou?rs?\s+(?:are|look|seem|feel)\s+(?:so\s+|too\s+|kinda\s+|a\s+bit\s+|really\s+)?(?:dull|flat|bland|boring|lifeless)\b|\btoo\s+dull\b|颜色太淡|太灰了?|(?:颜色|色彩|画面)(?:也|还)?(?:有点|有些|很|好|太|比较|特别)?(?:发灰|灰|寡淡|黯淡|暗淡)|不够鲜艳|(?<!太|过于|过分)鲜艳|鲜亮|(?<!低|降低|减少|降|少|减)饱和(?!度?(?:低|降|小|少))|色彩浓郁/,
    candidates: ['vivid', 'vibrant', 'saturate', 'saturated'],
    en: 'vivid',
    zh: '鲜艳',
  },
  // "小清新", "日系", "莫兰迪色": airy, muted colours — the matte look.
  {
    re: /小清新|日系(?:风格?|色调|感)?|莫兰迪色?|低饱和度?/,
    candidates: ['matte', 'faded'],
    en: 'faded',
    zh: '褪色',
    weak: true,
  },
  // "色调太冷了", "the colours are too cold", "太黄了": a temperature complained of asks for the other one.
  {
    re: /(?<!\b(?:not|don'?t\s+make\s+it|never)\s+)\btoo\s+(?:cold|cool|blue|bluish|icy)\b|(?<!\b(?:make|makes|making|let|have|get)\s+)\b(?:photos|pictures|images|colou?rs|it|they|everything|video)\s+(?:look|looks|seem|seems|feel|feels)\s+(?:(?:a\s+(?:bit|little)|kind\s+of|kinda|rather|quite|very|so|really)\s+)?(?:cold|bluish|blueish|icy|(?:cold|cool)\s+and\s+blue|blue\s+and\s+cold)\b(?!\s+like)|(?<!别|不要|不能|不会|别太|不)(?:太|过于|有点太|偏得太|(?:有点|有些)偏?)(?:冷|蓝|冰冷)(?:了|啊|呀)?(?!一点|一些|点|些|色)/,
    candidates: ['warm', 'golden', 'sunset'],
    en: 'warm',
    zh: '暖色',
    needsContext: true,
    away: ['cool', 'cold', 'blue'],
  },
  {
    re: /(?<!\b(?:not|don'?t\s+make\s+it|never)\s+)\btoo\s+(?:warm|yellow|orange|yellowy|orangey)\b|(?<!\b(?:make|makes|making|let|have|get)\s+)\b(?:photos|pictures|images|colou?rs|it|they|everything|video)\s+(?:look|looks|seem|seems)\s+(?:(?:a\s+(?:bit|little)|kind\s+of|kinda|rather|quite|very|so|really)\s+)?(?:yellowy|yellowish|orangey|orangish|(?:warm|yellow)\s+and\s+(?:yellow|orange))\b|(?<!别|不要|不能|不会|别太|不)(?:太|过于|有点太|偏得太|(?:有点|有些)偏?)(?:暖|黄)(?:了|啊|呀)?(?!一点|一些|点|些|色)/,
    candidates: ['cool', 'cold', 'blue'],
    en: 'cool',
    zh: '冷色',
    needsContext: true,
    away: ['warm', 'golden', 'sunset'],
  },
  // "暖色", "冷色调": the colour word itself says it is about colour.
  {
    re: /暖色调?|暖色系|暖调|偏暖|暖一点|暖一些|暖黄|温暖感|\bwarm\s+(?:it|them|things|everything|the\s+colou?rs?)\s+up\b/,
    candidates: ['warm', 'golden', 'sunset'],
    en: 'warm',
    zh: '暖色',
  },
  {
    re: /冷色调?|冷色系|冷调|偏冷|冷一点|冷一些|清冷感?|冷感|冷淡风/,
    candidates: ['cool', 'cold', 'blue'],
    en: 'cool',
    zh: '冷色',
  },
  {
    re: /\bwarm(?:er)?\b|\b(?:golden|orangey|orangish|amber)\b|温暖|暖和|偏黄/,
    candidates: ['warm', 'golden', 'sunset'],
    en: 'warm',
    zh: '暖色',
    needsContext: true,
  },
  {
    re: /\bcool(?:er)?\b|\bcold(?:er)?\b|\bblu(?:e)?ish\b|\bicy\b|清冷|偏蓝|蓝调/,
    candidates: ['cool', 'cold', 'blue'],
    en: 'cool',
    zh: '冷色',
    needsContext: true,
  },
  // "less color, more muted", "颜色淡一点": asking for less colour (not none) is the muted look.
  {
    re: /\bfaded\b|\bmatte\b|\bwashed[\s-]out\b|\b(?:less|lower|reduce(?:\s+the)?|tone\s+down(?:\s+the)?|softer)\s+colou?r(?:s|ing|ful)?\b|(?<!\b(?:music|songs?|audio|sound|bgm|volume)\b[^,.;]{0,20})\b(?:more|bit|little|slightly|kinda|softer|and)\s+muted\b(?!\s+(?:music|songs?|audio|sound|bgm))|(?:颜色|色彩|色调)(?:再)?(?:淡|素)(?:一点|一些|点|些)|\b(?:less|lower|reduce(?:\s+the)?|softer)\s+contrast\b|\bmuted\s+(?:colou?rs?|tones?|look)\b|\b(?:desaturate|desaturated)\b|\bless\s+saturat(?:ed?|ion)\b|\b(?:too|so|way\s+too)\s+(?:saturated|colou?rful|vivid|vibrant)\b|\bover[\s-]?saturated\b|(?:颜色|色彩|画面)?(?:有点|有些)?(?:太|过于|过分)(?:鲜)?艳(?:丽)?了?|饱和度?太高了?|褪色|哑光|低饱和|降低饱和度?|饱和度(?:低|降低|小|少)|低对比度?|对比度(?:低|降低|小)/,
    candidates: ['faded', 'matte'],
    en: 'faded',
    zh: '褪色',
  },
  {
    re: /\bdream(?:y|ier|like)\b|\bethereal\b|\bsoft\s+glow\b|梦幻|梦境感?|仙气|柔光/,
    candidates: ['dreamy', 'soft', 'glow'],
    en: 'dreamy',
    zh: '梦幻',
    needsContext: true,
  },
  // "太暗了", "張相太暗", "调亮", "too dark", "less dark", "brighten it up": the photos are too dark, so a
  // brighter exposure.
  {
    re: /\btoo\s+dark\b|\b(?:less|not\s+(?:so|as))\s+dark\b|(?:不要|别|没)那么暗|\b(?:so|very|really|kinda|a\s+bit|quite)\s+dark\b(?=\s*[.!]*\s*$)|\b(?:brighten|lighten)(?:\s+(?:it|them|things|everything|the\s+(?:photos?|pictures?|video|images?|shots?)))?(?:\s+up)?\b|\bbrighter\b|\bunder[\s-]?exposed\b|\b(?:more|increase|raise|boost|up|bump\s+up|turn\s+up|push)\s+(?:the\s+)?(?:brightness|exposure)\b|\b(?:brightness|exposure)\s+up\b|太暗|有点暗|好暗|很暗|暗了|还是?(?:有点|太|很|挺|偏)?暗(?!调)|调亮|提亮|变亮|弄亮|加亮|(?:再)?亮(?:一点|一些|些|点)|更亮|明亮一?点|(?:提高|增加|加大|调高)(?:一点|一下)?(?:亮度|曝光)|亮度(?:调|提|加|拉)?(?:高|大|强|上去)|曝光(?:不足|调高|加)/,
    candidates: ['bright', 'brighten'],
    en: 'bright',
    zh: '明亮',
  },
  // "make it darker", "暗一点", "too bright", "tone down the exposure": a darker exposure.
  {
    re: /\bdarker\b|\b(?:less|not\s+(?:so|as))\s+bright\b|(?:不要|别|没)那么亮|\bdarken(?:\s+(?:it|them|things|everything|the\s+(?:photos?|pictures?|video|images?|shots?)))?(?:\s+(?:up|down))?\b|\btoo\s+(?:bright|light|washed[\s-]out)\b|\bover[\s-]?exposed\b|\b(?:less|lower|reduce|decrease|drop|turn\s+down|bring\s+down|pull\s+down)\s+(?:the\s+)?(?:brightness|exposure)\b|\b(?:brightness|exposure)\s+down\b|太亮|亮了|过曝|曝光过度|调暗|压暗|变暗|弄暗|(?:再)?暗(?:一点|一些|些|点)|更暗|(?:降低|减少|调低|降)(?:一点|一下)?(?:亮度|曝光)|亮度(?:调|降|拉)?(?:低|小|下来)/,
    candidates: ['dark', 'darken'],
    en: 'dark',
    zh: '暗调',
  },
  {
    re: /\bmoody\b|\bdark\b|暗调|低调|阴郁|偏暗/,
    candidates: ['dark', 'moody'],
    en: 'dark',
    zh: '暗调',
    needsContext: true,
  },
  {
    re: /\bbright\b|明亮/,
    candidates: ['bright', 'brighten'],
    en: 'bright',
    zh: '明亮',
    needsContext: true,
  },
];

const CONTEXT =
  /\b(?:look|filter|tone|tones|colou?rs?|colou?r\s+grad(?:e|ing)|grade|grading|feel|vibe|style|effect|lut|make\s+(?:it|them|the\s+(?:video|photos))|more|give\s+it|tint|looks|everything|(?:the\s+)?(?:picture|image|video|footage|photos)\s+(?:is|are|looks?|feels?|seems?))\b|色调|滤镜|风格|色彩|调色|效果|感觉|颜色|一点|画面|画质|整体|整个视频|视频(?:看起来|有点|太)|照片(?:看起来|都|有点|太)/;
const LOOK_WORD =
  /\b(?:look|filter|colou?r\s+grad(?:e|ing)|grade|grading|tone|tint|lut|style|vibe|feel)\b|色调|滤镜|风格|调色|效果|感觉/;

/**
 * "warmer? no, cooler", "warm" as a turn of its own: a colour temperature said alone is the look's ("cool"
 * alone is praise, so only its comparative counts).
 */
const BARE_TONE =
  /^\s*(?:(?:no|nah|actually|a\s+bit|a\s+little|slightly|much|even|way|make\s+it|now|and|then)[\s,]+)*(?:warmer|cooler|colder|warm)(?:\s+(?:please|pls|plz|then|instead|too))?\s*[?!.]*\s*$/;
const NEGATED =
  /(?:\b(?:no|without|not|remove|lose|drop|kill|undo|get\s+rid\s+of|take\s+off|turn\s+off)\s+(?:the\s+|any\s+|more\s+|that\s+)?|去掉|不要|取消|别用|别|删掉|拿掉)\s*$/;

export const looks: Family = (clause, ctx, out) => {
  // "I want a colder, bluish tone": the look word may sit in the clause after the comma; after a look,
  // "not warm — cooler" is about the look too.
  const context =
    CONTEXT.test(clause.text) ||
    LOOK_WORD.test(clause.message) ||
    ctx.topic === 'look' ||
    BARE_TONE.test(clause.source);
  let wanted: LookWord | undefined;
  let plugin: LookPlugin | undefined;
  // "色调冷一点 像日系那种清冷感": a likeness gives way to a plainer look word in the same clause.
  const plain = LOOKS.filter((word) => !word.weak && (!word.needsContext || context));
  const weakOnly = !plain.some((word) => word.re.test(clause.text));
  // "调色偏冷，有点日系的感觉": said beside a plainer look elsewhere in the message, it only describes it.
  const described = weakOnly && plain.some((word) => word.re.test(clause.message));
  for (const word of LOOKS) {
    if (word.needsContext && !context) continue;
    if (word.weak && !weakOnly) continue;
    if (word.weak && described) {
      if (clause.take(word.re)) {
        clause.take(LOOK_WORD);
        out.understood = true;
        out.topic = 'look';
        return;
      }
      continue;
    }
    const taken = clause.take(word.re);
    if (taken) {
      wanted = word;
      plugin = firstAvailable(effects.looks, word.candidates);
      // "no black and white", "去掉黑白", "lose the sepia": a look refused by name is the look taken off.
      if (NEGATED.test(clause.source.slice(0, taken.index))) {
        clause.take(NEGATED);
        // "not warm — cooler": the look said next is the one wanted; this refusal only points at it.
        const after = clause.message.slice(clause.message.indexOf(taken[0]) + taken[0].length);
        const next = LOOKS.find(
          (look) => look !== word && !look.candidates.includes('none') && look.re.test(after),
        );
        if (next) {
          out.understood = true;
          out.topic = 'look';
          return;
        }
        // "don't make it black and white" on a warm video: the look it has stays, and the reply says so.
        const current = ctx.draft.look;
        if (!word.candidates.includes(current.name)) {
          out.understood = true;
          out.topic = 'look';
          out.commands.push({
            type: 'setLook',
            name: current.name,
            strength: current.strength,
            params: current.params,
          });
          return;
        }
        wanted = LOOKS.find((look) => look.candidates.includes('none'));
        plugin = firstAvailable(effects.looks, ['none']);
      }
      break;
    }
  }
  if (!wanted && LOOK_WORD.test(clause.text)) {
    // "a kodak look": any registry look by name or alias.
    // Only a name next to the look word counts: "the matte look", "filter: vintage" (not "look like a … film").
    const hits = findEffects(clause, effects.looks).filter(
      (hit) =>
        /^\s*(?:look|filter|colou?r\s+grad(?:e|ing)|grade|grading|tone|tint|lut|style|vibe|feel|色调|滤镜|风格)/.test(
          clause.text.slice(hit.end),
        ) ||
        /(?:look|filter|grade|tone|tint|lut|style|vibe|滤镜|风格)\s*(?:of|:|：|to|用|是)?\s*$/.test(
          clause.text.slice(0, hit.start),
        ),
    );
    if (hits[0]) {
      clause.blank(hits[0].start, hits[0].end);
      plugin = hits[0].plugin;
    } else {
      // "can you style it for that": a word used as a verb, on what it does, names no look.
      const named =
        /\b([a-z][a-z-]{2,})\s+(?:look|filter|colou?r\s+grade|grade|tone|style|vibe)\b(?!\s+(?:it|this|that|them|these|those|everything|the\s+(?:video|photos|pictures))\b)/.exec(
          clause.text,
        );
      if (
        named &&
        !/^(?:the|a|same|different|nice|cool|good|new|other|whole|this|that|my|your|any|some|text|title|caption|font|you|can|could|please|pls|just|they|we)$/.test(
          named[1]!,
        )
      ) {
        clause.blank(named.index, named.index + named[0].length);
        out.understood = true;
        out.topic = 'look';
        out.notes.push(
          note('note.look.unknown', { name: named[1]!, list: effectList('look', effects.looks) }),
        );
        return;
      }
    }
  }
  if (!wanted && !plugin) {
    restrength(clause, ctx, out);
    return;
  }
  out.understood = true;
  out.topic = 'look';
  // "a vintage look but not too strong": how strong is read first, so its "but not" is no exception.
  const same = plugin?.name === ctx.draft.look.name;
  const strength =
    plugin && plugin.name !== 'none' ? takeStrength(clause, ctx.draft.look.strength, same, true) : undefined;
  clause.take(LOOK_WORD);
  if (
    clause.take(
      /\b(?:except|but\s+not|apart\s+from|other\s+than|only\s+(?:on|for)\s+(?:the\s+)?(?:first|second|third|last|photo))\b|除了|只(?:给|对|在)/,
    )
  ) {
    out.notes.push(note('note.look.wholeVideo'));
    return;
  }
  // "make only the second photo black and white", "第二张改成黑白": a look is the whole video's; one photo
  // cannot have its own, so nothing changes.
  if (ctx.draft.video.length > 1) {
    const named = new Set(takePositions(clause, ctx.draft).map((position) => position.index));
    if (named.size > 0 && named.size < ctx.draft.video.length) {
      out.notes.push(note('note.look.wholeVideo'));
      return;
    }
  }
  if (!plugin) {
    out.notes.push(
      note('note.look.notInstalled', {
        name: { en: wanted!.en, zh: wanted!.zh },
        list: effectList('look', effects.looks),
      }),
    );
    return;
  }
  // "色调太冷了" on the cool look: a step warmer is the photos' own colours again.
  if (wanted?.away?.includes(ctx.draft.look.name)) {
    out.commands.push({ type: 'setLook', name: 'none' });
    return;
  }
  const exposure = exposureStep(plugin.name, ctx.draft.look, OVERSHOOT.test(clause.source));
  if (exposure) {
    out.commands.push(exposure);
    return;
  }
  out.commands.push({
    type: 'setLook',
    name: plugin.name,
    ...(strength !== undefined ? { strength } : {}),
  });
};

/**
 * Exposure is one scale from dark through the original to bright: "再亮一点" on the bright look brightens a
 * step more, "darker" on it takes a step back (to the original colours at the end), and the same the
 * other way from the dark look.
 */
const EXPOSURE: Record<string, { param: string; sign: 1 | -1 }> = {
  bright: { param: 'lift', sign: 1 },
  dark: { param: 'depth', sign: -1 },
};
const EXPOSURE_STEP = 0.25;
/** "now it's too bright", "过了，现在太亮了": the last step went too far, not a new step the other way. */
const OVERSHOOT =
  /\bnow\s+(?:it'?s\s+|it\s+is\s+|that'?s\s+|its\s+)?(?:(?:way|a\s+bit|far|kinda|just)\s+)?too\b|\btoo\s+\w+\s+now\b|\bover(?:did|done|shot)\b|\bwent\s+too\s+far\b|过了|过头|现在(?:又)?(?:有点|太)/;
/** Where one step from the original colours lands: the look's default strength. */
const EXPOSURE_FIRST = 0.5;

function exposureStep(
  wanted: string,
  current: { name: string; params: Record<string, unknown> },
  overshot: boolean,
): EditCommand | undefined {
  const want = EXPOSURE[wanted];
  const now = EXPOSURE[current.name];
  if (!want || !now) return undefined;
  const amount = Number(current.params[now.param] ?? 0.5);
  const level = now.sign * amount + want.sign * EXPOSURE_STEP;
  // "now it's too bright" takes back the step that overshot: the first step from the original landed on
  // the look's default, so taking it back is the original again. Only "darker" said plainly brightens less.
  const first = EXPOSURE_FIRST - 1e-9;
  if (Math.abs(level) < 1e-9 || (overshot && Math.sign(level) === now.sign && Math.abs(level) < first))
    return { type: 'setLook', name: 'none' };
  const name = level > 0 ? 'bright' : 'dark';
  return { type: 'setLook', name, params: { [EXPOSURE[name]!.param]: Math.min(1, Math.abs(level)) } };
}

/** A comparative of something other than the look, which a small amount beside it belongs to. */
const OTHER_STEP =
  /\b(?:slower|faster|quicker|snappier|longer|shorter|louder|quieter|bigger|smaller|larger|earlier|later|sooner|slow\s+(?:it|things|everything|this|the\s+\w+)?\s*down|speed\s+(?:it|things|everything|this|the\s+\w+)?\s*up|turn\s+(?:it|the\s+\w+)\s+(?:up|down))\b|放慢|加快|(?:放|再|更)?(?:慢|快|长|短)(?:一)?(?:点|些)|(?:大声|小声|晚|早)(?:一)?(?:点|些)/;

/**
 * "make the look stronger", "filter at half strength", "滤镜再浓一点", "淡一点" after a look: the look on the
 * video stays, at the strength asked for.
 */
function restrength(clause: Clause, ctx: RuleContext, out: RuleOutput): void {
  if (!LOOK_WORD.test(clause.text) && ctx.topic !== 'look') return;
  if (!saysStrength(clause)) return;
  // "vintage look, and make the photos slightly slower", "暖色调，稍微慢一点": the look was the last topic, but
  // the amount is the pace's (or the music's), a smaller step of that.
  if (!LOOK_WORD.test(clause.text) && clause.has(OTHER_STEP)) return;
  // "加个电影感滤镜，别太重": a style said in the same breath brings the look this changes.
  const styled = out.commands.findLast((command) => command.type === 'applyStyle');
  const style = styled?.type === 'applyStyle' ? findStyle(styled.style) : undefined;
  const look = style ? { ...style.look, params: {} } : ctx.draft.look;
  const strength = takeStrength(clause, look.strength, true, false);
  if (strength === undefined) return;
  clause.take(LOOK_WORD);
  out.understood = true;
  out.topic = 'look';
  if (look.name === 'none') {
    out.notes.push(note('note.look.noneToStrengthen', { list: effectList('look', effects.looks) }));
    return;
  }
  if (strength === look.strength) {
    out.notes.push(note('note.look.strengthAlready', { pct: Math.round(strength * 100) }));
    return;
  }
  out.commands.push({ type: 'setLook', name: look.name, strength, params: look.params });
}

addVocabulary(
  LOOKS,
  CONTEXT,
  LOOK_WORD,
  'subtle subtler slight slightly light lighter little touch hint strong stronger heavy heavier full intense intensity strength very weaker gentle mild tint tinge cast hue',
);
