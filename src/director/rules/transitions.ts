import { catalog as effects, type TransitionDescriptor as TransitionPlugin } from '../../catalog/index.js';
import type { Draft, EditCommand } from '../../model/index.js';
import type { Clause } from '../clause.js';
import { addVocabulary, fuzzyFind } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import { round100, takeDuration, takePositions } from '../values.js';
import { directionParams, effectList, findEffects, firstAvailable, takeNearest } from './effects.js';
import { type Family, note, type RuleOutput } from './types.js';

const KEYWORD =
  /\btransitions?\b|\btransitioning\b|\b(?:add|use|put\s+in|with|want|give\s+(?:it|them))\s+(?:a\s+|some\s+)?(?:cross-?)?fade\b(?!\s+(?:in|out|to|through|from|at|on|the|of|for)\b)|\b(?:cross-?)?fade\s+(?:between|from\s+(?:one|each|every)\s+(?:(?:photo|picture|pic|image|slide|shot)\s+)?to\s+the\s+next)\b|\bfade\s+from\s+(?:photo|picture|pic|image|slide|shot)\s+to\s+(?:photo|picture|pic|image|slide|shot)\b|\b(?:cross-?)?fades\b(?!\s+(?:in|out|through|the\s+music)|\s+to\s+(?!\d))|\bdissolves\b|\bbetween\s+(?:the\s+|each\s+|all\s+(?:the\s+)?)?(?:photos|pictures|images|slides|shots|pics|clips|(?:each|every)\s+(?:photo|picture|image|slide|shot|pic|clip|one|of\s+(?:the\s+|my\s+)?(?:photos|pictures|images|slides|shots|pics|clips)))\b(?!\s*\d)|转场|过渡|切换效果|切换(?:方式|动画)|(?<!照片|图片|图|画面|相片)切换(?!\s*(?:快|慢|得|的速度|速度|太))/;
/** "the transitions are too long", "the crossfades drag", "转场太拖": a complaint about their length. */
const TOO_LONG =
  /\btoo\s+(?:long|slow|drawn[\s-]out|draggy)\b|\bdrag(?:s|gy|ging|ged)?\b(?:\s+on)?|(?<!\b(?:it|it'?s|this|that|video|whole\s+thing)\s+)\b(?:feels?|feeling|seems?)\s+(?:(?:a\s+bit|kinda|so|really|too|way\s+too)\s+)?(?:slow|sluggish|draggy|long)\b|\bsluggish\b|太长|太慢|太拖|有点拖|拖沓|拖拉|磨叽|太久/;
/** Pace words that, right after the transitions were talked about, say how long they are. */
const TOPIC_PACE =
  /\bmake\s+(?:it\s+|them\s+|that\s+|those\s+)?(?:more\s+)?short\b|\b(?:(?:feels?|feeling|are|seem|seems)\s+(?:(?:a\s+bit|kinda|so|really|too|way\s+too)\s+)?(?:slow|sluggish|draggy|long|rushed|abrupt)|sluggish|quicker|faster|snappier|shorter|longer|slower)\b|拖拖拉拉|有点拖|太拖|拖沓|太长|太短|太慢|太快|快一点|慢一点|短一点|长一点|(?:时间|时长)?减半/;
/** Words that put a pace on something other than the transitions. */
const TOPIC_OTHER =
  /\b(?:it|video|photos?|pictures?|pics|images?|slides?|shots?|slideshow|clip|movie|music|song|title|captions?|text|zoom|motion|pace|pacing)\b|视频|照片|图片|每张|整体|整个|音乐|标题|字幕|运镜|节奏/;
const TOO_SHORT = /\btoo\s+(?:short|fast|quick|abrupt|sudden)\b|太短|太快|太突然/;
/** Verbs that change how long the transitions named right after them are. */
const LENGTH_VERB =
  /(?<!\b(?:a|an|the|use|with|some|into|any)\s+)\b(?:shorten|lengthen|extend|tighten(?:\s+up)?|shrink|reduce|speed\s+up|slow\s+down|stretch(?:\s+out)?)\b(?=\s+(?:(?:the\s+|all\s+(?:the\s+)?|every\s+|each\s+|those\s+|these\s+)?(?:transitions?|crossfades?|fades?|dissolves?|\s)|them|those|these)\b)/;
/** "twice as long", "half the length", "两倍长", "减半": the transitions' own length times a share. */
const LENGTH_SHARES: [RegExp, number][] = [
  [
    /\b(?:twice|double|2\s*x|2\s+times)\s+(?:as\s+(?:long|slow)|the\s+(?:(?:transitions?|crossfades?|fades?|dissolves?)\s+)?(?:length|duration|time))\b|\bdouble\s+(?:them|it|their\s+(?:length|duration))\b|(?:延长|加长|拉长|变长|改成|调成|变成)?(?:原来的)?(?:2|两)倍(?:长|时长|时间)?|加倍|翻倍/,
    2,
  ],
  [
    /\b(?:triple|3\s*x|3\s+times|thrice)\s+(?:as\s+(?:long|slow)|the\s+(?:(?:transitions?|crossfades?|fades?|dissolves?)\s+)?(?:length|duration|time))\b|(?:延长|加长|拉长|变长|改成|调成|变成)?(?:原来的)?3倍(?:长|时长|时间)?/,
    3,
  ],
  [
    /\bhalf\s+(?:as\s+(?:long|slow)|the\s+(?:(?:transitions?|crossfades?|fades?|dissolves?)\s+)?(?:length|duration|time))\b|\bhalve\s+(?:them|it|their\s+(?:length|duration)|the\s+(?:(?:transitions?|crossfades?|fades?|dissolves?)\s+)?(?:length|duration))?\b|(?:缩短|减少|短)?一半|减半/,
    0.5,
  ],
];
/** "tighten the crossfades to 0.3", "转场缩短到0.5": a number with no unit after the transitions is seconds. */
const BARE_SECONDS =
  /(?:\b(?:to|at|of|about|around)\s+|[:=]\s*|(?:(?:缩短|延长|加长|拉长|减少|增加|缩|减)?(?:到|为|成|至)|改成|调成)\s*|(?<=\b(?:transitions?|crossfades?|fades?|dissolves?)\s+|转场|过渡)(?=\d*\.\d))(\d*\.\d+|[1-5])(?!\s*(?:[\d.%:]|x\b|st\b|nd\b|rd\b|th\b|张|个|幅|倍|号))(?=\s*(?:$|[,.;!?，。；！？]|\b(?:each|please|pls|then|instead)\b|吧|就|左右))/;

const CUT =
  /\b(?:no|without|remove|delete|drop|stop|lose|ditch|scrap|nix|kill|strip|axe|get\s+rid\s+of|turn\s+off|take\s+out|cut\s+out|do\s+away\s+with)\s+(?:more\s+|the\s+|that\s+|this\s+|those\s+|these\s+|all\s+(?:the\s+)?|any\s+)?(?:crossfades?|fades?|dissolves?|wipes?|slides?|fading|whip[\s-]?pans?|(?:zoom(?:[\s-]+(?:in|out))?|circle|push|spin|blur)(?=\s+transitions?\b))\b(?!\s+(?:to\s+(?:black|white)|through|in|out|the\s+music)\b)|\b(?:no|without|(?:remove|delete|drop|lose|ditch|scrap|nix|kill|skip|strip|axe|get\s+rid\s+of|take\s+out|cut\s+out|do\s+away\s+with)(?:\s+(?:the|all|that|this|those|these|every|each))?|turn\s+off|disable)\s+(?:any\s+|all\s+|an?\s+|every\s+|each\s+)?(?:(?:of\s+)?the\s+)?(?:fancy\s+)?transitions?(?:\s+at\s+all)?\b|\b(?:take|get|strip|cut|pull|leave)\s+(?:all\s+|every\s+|each\s+|any\s+)?(?:(?:of\s+)?(?:the|those|these)\s+)?(?:fancy\s+)?(?:transitions?|crossfades|fades|dissolves)\s+(?:all\s+)?(?:out|off|away)\b|\b(?:hard|straight|jump|simple|plain|direct|quick|clean)\s+cuts?\b|\bjust\s+(?:use\s+)?cuts?\b|\b(?:just\s+)?a\s+(?:hard\s+|straight\s+|clean\s+)?cut\s+(?=(?:on|for|into|at|before|after|between|to)\b)|\b(?:be|is|as|becomes?)\s+(?:just\s+|simply\s+)?a\s+(?:hard\s+|straight\s+|clean\s+|plain\s+|simple\s+)?cut\s*$|\b(?:use\s+)?cuts?\s+only\b|\b(?:use|with|go\s+(?:with|for)|switch\s+to|try)\s+(?:hard\s+|straight\s+)?cuts\b|^\s*(?:hard\s+|straight\s+|just\s+)?cuts\s*$|\bcuts\s+(?:everywhere|throughout|all\s+over|all\s+the\s+way\s+through)\b|\bonly\s+cuts\b|\bcut\s+(?:straight|directly)\b|(?:去掉|删掉|删除|取消|不要)(?:所有的?|全部的?)?(?:淡入淡出|叠化|溶解)(?:转场|效果|过渡)?|(?:去掉|删掉|删除|取消|不要|不想要)(?:所有的?|全部的?|这种|那种)?(?:擦除|擦|滑动|滑入|推移|缩放|放大|缩小|圆形|圆圈|甩镜|快速甩镜|模糊)的?(?:转场|过渡)|不要转场|去掉转场|(?:转场|过渡|叠化|淡入淡出|溶解)(?:效果)?(?:都|也|全部|全都|统统|通通|一律|一起|全)?(?:都|给)?(?:去掉|删掉|删除|去除|拿掉|拿走|取消|删了|去了|不要了?(?=\s*(?:$|[，,。；;!！])))|(?:去掉|删掉|删除|去除|拿掉|取消)(?=[^，,。；;]{0,24}?(?:转场|过渡|叠化|淡入淡出))|取消转场|删除转场|删掉转场|没有转场|无转场|不用转场|不需要转场|硬切|直切|直接切/;

const NEXT_NOUN = '(?:photo|picture|pic|image|slide|shot|one)';
/**
 * "go straight from one photo to the next", "just jump from one pic to another", "cut directly to the next
 * one": a hard cut. Said plainly ("go from one photo to the next") it names no kind.
 */
const STRAIGHT_TO_NEXT = new RegExp(
  `\\b(?:(just|simply)\\s+)?(?:go|jump|cut|switch|snap|flip|change|move|skip)\\s+(?:(straight|directly|right|immediately|instantly)\\s+)?(?:(from)\\s+(?:one|1|each|a|this)\\s+${NEXT_NOUN}\\s+(?:(straight|directly|right)\\s+)?)?(?:to|into|over\\s+to)\\s+(?:the\\s+next|another|the\\s+other)(?:\\s+${NEXT_NOUN})?\\b`,
);

function takeStraightOn(clause: Clause): boolean {
  const match = STRAIGHT_TO_NEXT.exec(clause.text);
  if (!match || !(match[2] || match[4] || (match[1] && match[3]))) return false;
  clause.blank(match.index, match.index + match[0].length);
  return true;
}

/** 向上推, 往左滑动, 向下擦除: a direction (up, 上) before a push, slide or wipe names that kind's direction. */
function directional(way: string, zh: string): [RegExp, string[]][] {
  const lead = `(?:向|往|朝)${zh}(?:方)?`;
  return [
    [new RegExp(`${lead}推`), [`push-${way}`]],
    [new RegExp(`${lead}(?:滑|移)`), [`slide-${way}`]],
    [new RegExp(`${lead}(?:擦|划)`), [`wipe-${way}`]],
  ];
}

/** 向上推 / 往左滑 / 向下擦: the direction picks the kind; only beside 转场, since 往上移动 alone is a camera move. */
const ZH_DIRECTED: [RegExp, string[]][] = [
  ...directional('up', '上'),
  ...directional('down', '下'),
  ...directional('left', '左'),
  ...directional('right', '右'),
];

/** Chinese names for the built-in kinds. */
const ZH_KNOWN: [RegExp, string[]][] = [
  // A blur before 溶解/叠化 names the blurred dissolve, not the plain crossfade.
  [/模糊(?:的)?(?:溶解|叠化|淡化)/, ['blur-dissolve']],
  [/淡入淡出|叠化|溶解|交叉淡化|渐变|淡化|交叉溶解/, ['crossfade']],
  // "每两张之间黑一下": the screen going black for a moment between photos.
  [/黑场|渐黑|闪黑|黑色过渡|淡出到黑|黑屏|变黑|黑一下/, ['fade-black']],
  [/闪白|白场|渐白|白色过渡|变白|白闪|白一下/, ['fade-white']],
  [/甩镜头?|快甩|甩切|甩入|甩出|甩动转场/, ['whip-pan']],
  // 划像 is an editor's word for the wipe, never anything else.
  [/划像|划变/, ['wipe-left', 'wipe', 'wipe-right']],
];

/**
 * "从左往右划", "left to right", "往右", "from the left": the way a wipe's edge, a slide's or a push's incoming
 * photo travels (wipe-right sweeps from the left edge to the right one).
 */
const WAYS: [RegExp, string][] = [
  // "a wipe from the left", "从左边进来": the next photo comes in from that side and travels away from it.
  [
    /\bfrom\s+the\s+left(?!\s+(?:side\s+)?to\b)|从左(?:边|侧)(?:推|滑|划|擦)?(?:进来|进入|进|入|出来)/,
    'right',
  ],
  [
    /\bfrom\s+the\s+right(?!\s+(?:side\s+)?to\b)|从右(?:边|侧)(?:推|滑|划|擦)?(?:进来|进入|进|入|出来)/,
    'left',
  ],
  [/\bfrom\s+the\s+top(?!\s+to\b)|从上(?:边|面|方)(?:推|滑|划|擦)?(?:进来|进入|进|入|出来)/, 'down'],
  [/\bfrom\s+the\s+bottom(?!\s+to\b)|从下(?:边|面|方)(?:推|滑|划|擦)?(?:进来|进入|进|入|出来)/, 'up'],
  [
    /\b(?:from\s+(?:the\s+)?)?left\s+(?:side\s+)?to\s+(?:the\s+)?right\b|\bleft[\s-]to[\s-]right\b|\brightwards?\b|\btowards?\s+the\s+right\b|从左(?:边|侧)?(?:往|到|向|至)右(?:边|侧)?|(?:向|往|朝)右(?:边|侧)?/,
    'right',
  ],
  [
    /\b(?:from\s+(?:the\s+)?)?right\s+(?:side\s+)?to\s+(?:the\s+)?left\b|\bright[\s-]to[\s-]left\b|\bleftwards?\b|\btowards?\s+the\s+left\b|从右(?:边|侧)?(?:往|到|向|至)左(?:边|侧)?|(?:向|往|朝)左(?:边|侧)?/,
    'left',
  ],
  [
    /\b(?:from\s+(?:the\s+)?)?top\s+to\s+(?:the\s+)?bottom\b|\btop[\s-]to[\s-]bottom\b|\bdownwards?\b|从上(?:边|面|方)?(?:往|到|向|至)下(?:边|面|方)?|(?:向|往|朝)下(?:边|面|方)?/,
    'down',
  ],
  [
    /\b(?:from\s+(?:the\s+)?)?bottom\s+to\s+(?:the\s+)?top\b|\bbottom[\s-]to[\s-]top\b|\bupwards?\b|从下(?:边|面|方)?(?:往|到|向|至)上(?:边|面|方)?|(?:向|往|朝)上(?:边|面|方)?/,
    'up',
  ],
];
/** A kind that travels one way: its family and its way. */
const DIRECTED_KIND = /^(wipe|slide|push)-(left|right|up|down)$/;
/** Words for the travelling itself ("划过去", "wipes across", "方向"), read with the way. */
const TRAVEL =
  /\b(?:direction|across|wipes?|wiping|slides?|sliding|push(?:es|ing)?|sweeps?|sweeping|goes|go|going|moves?|moving|travel(?:s|l?ing)?)\b|方向|划过去|划过来|划|擦过去|擦|滑过去|滑|推过去/;

/** The camera's words: a way said beside them is the photos' pan ("擦除转场，照片向右平移"). */
const CAMERA =
  /照片|图片|相片|镜头|运镜|平移|移动|摇|\b(?:pan|pans|panning|camera|photos?|pictures?|pics?|zoom(?:ing)?|ken\s+burns)\b/;

/** The way said in the clause, taken; undefined when none is, or when it is the camera's. */
function takeWay(clause: Clause): string | undefined {
  if (CAMERA.test(clause.text)) return undefined;
  for (const [re, way] of WAYS) if (clause.take(re)) return way;
  // "wipe left to right": the name took "left"; the way is in what was said.
  for (const [re, way] of FROM_TO) {
    const said = re.exec(clause.source);
    if (said) {
      clause.blank(said.index, said.index + said[0].length);
      return way;
    }
  }
  return undefined;
}

/** A way said from one side to the other ("left to right", "从左到右"), for when a name took one side. */
const FROM_TO: [RegExp, string][] = [
  [/\bleft\s+(?:side\s+)?to\s+(?:the\s+)?right\b|从左(?:边|侧)?(?:往|到|向|至)右/, 'right'],
  [/\bright\s+(?:side\s+)?to\s+(?:the\s+)?left\b|从右(?:边|侧)?(?:往|到|向|至)左/, 'left'],
  [/\btop\s+to\s+(?:the\s+)?bottom\b|从上(?:边|面|方)?(?:往|到|向|至)下/, 'down'],
  [/\bbottom\s+to\s+(?:the\s+)?top\b|从下(?:边|面|方)?(?:往|到|向|至)上/, 'up'],
];

/** A way is said, and not of the camera: a wipe or slide named beside it is a transition. */
function saysWay(clause: Clause): boolean {
  return !CAMERA.test(clause.text) && WAYS.some(([re]) => re.test(clause.text));
}

/** A directed kind turned the way the clause says ("wipe transitions from left to right" → wipe-right). */
function turned(plugin: TransitionPlugin, clause: Clause): TransitionPlugin {
  const family = DIRECTED_KIND.exec(plugin.name)?.[1];
  if (!family) return plugin;
  const saved = clause.snapshot();
  const way = takeWay(clause);
  const other = way ? effects.transitions.find(`${family}-${way}`) : undefined;
  if (!other) {
    clause.restoreSnapshot(saved);
    return plugin;
  }
  clause.take(/方向|\bdirection\b/);
  return other;
}

/**
 * "划像转场，从左往右划", "wipes, left to right", "make them go the other way… to the left": after wipes,
 * slides or pushes, a clause that is only a way turns them that way (never the photos' camera).
 */
function turnTheWay(clause: Clause, ctx: Parameters<Family>[1], out: RuleOutput): boolean {
  if (ctx.topic !== 'transition' || KEYWORD.test(clause.text)) return false;
  const kinds = new Set(
    ctx.draft.video
      .slice(0, -1)
      .map((segment) => segment.transition?.name ?? 'cut')
      .filter((name) => name !== 'cut'),
  );
  // "a wipe for the last transition, left to right": the directed ones turn, crossfades elsewhere stay.
  const families = new Set(
    [...kinds].map((name) => DIRECTED_KIND.exec(name)?.[1]).filter((name) => name !== undefined),
  );
  const family = families.size === 1 ? [...families][0] : undefined;
  if (!family) return false;
  const saved = clause.snapshot();
  const way = takeWay(clause);
  const other = way ? effects.transitions.find(`${family}-${way}`) : undefined;
  clause.takeAll(TRAVEL);
  if (!other || clause.leftover().length > 0) {
    clause.restoreSnapshot(saved);
    return false;
  }
  out.understood = true;
  out.topic = 'transition';
  const slots = ctx.draft.video.slice(0, -1).map((segment) => segment.transition);
  const first = slots.find((now) => now && DIRECTED_KIND.test(now.name));
  if (slots.every((now) => now && DIRECTED_KIND.test(now.name))) {
    if (slots.some((now) => now!.name !== other.name))
      out.commands.push({ type: 'setTransition', name: other.name, durationMs: first!.durationMs });
    return true;
  }
  slots.forEach((now, index) => {
    if (now && now.name !== other.name && DIRECTED_KIND.test(now.name))
      out.commands.push({ type: 'setTransition', name: other.name, durationMs: now.durationMs, index });
  });
  return true;
}

/** "wipes" then "left to right": the same kind turned another way, said as one step. */
export function turnsTheSameKind(earlier: EditCommand, later: EditCommand): boolean {
  if (earlier.type !== 'setTransition' || later.type !== 'setTransition') return false;
  if (earlier.index !== later.index) return false;
  const before = DIRECTED_KIND.exec(earlier.name)?.[1];
  return before !== undefined && before === DIRECTED_KIND.exec(later.name)?.[1];
}

/** Kinds people ask for that may not be installed; the reply then lists what is. */
const WANTED: [RegExp, string[], string, string][] = [
  [
    /\bslid(?:e|es|ing)\b|滑动|推移|滑入|滑出/,
    ['slide', 'slide-left', 'slide-right', 'push', 'push-left'],
    'slide',
    '滑动',
  ],
  [/\bwipes?\b|擦除|划变|划像/, ['wipe', 'wipe-left', 'wipe-right'], 'wipe', '擦除'],
  [/\bzoom(?:s|ing)?\b|缩放|变焦|拉伸/, ['zoom', 'zoom-in', 'zoom-through', 'zoom-blur'], 'zoom', '缩放'],
  [/\bspin(?:s|ning)?\b|\brotat(?:e|es|ion|ing)\b|旋转/, ['spin', 'rotate'], 'spin', '旋转'],
  [/\bblur(?:s|ry)?\b|模糊/, ['blur', 'blur-dissolve'], 'blur', '模糊'],
  [/\bglitch(?:es|y)?\b|故障/, ['glitch'], 'glitch', '故障'],
  [/\b(?:circle|iris)\b|圆形|圆圈/, ['circle', 'iris', 'circle-open'], 'circle', '圆形'],
  [/\bflash(?:es)?\b|闪光/, ['flash', 'fade-white'], 'flash', '闪光'],
  [/\bpush(?:es)?\b|推入|推出|推(?![荐移进])/, ['push', 'push-left', 'slide'], 'push', '推'],
  [/\bpage\s+(?:curl|turn|flip)\b|翻页/, ['page-curl', 'page-turn'], 'page turn', '翻页'],
  [/\bcube\b|立方体/, ['cube'], 'cube', '立方体'],
  [/\bmorph(?:ing)?\b/, ['morph'], 'morph', '变形'],
];

/**
 * "全部用擦除", "换成擦除", "都改成推移": a kind chosen with a verb of choosing is a transition even without the
 * word 转场 — only for names no camera move or look shares (缩放, 旋转, 模糊 stay with their own families).
 */
const CHOSEN_ZH =
  /(?:全部|全都|都|统统|一律)?(?:用|换成|改成|改为|换为|变成|使用)\s*(?:成)?(?:擦除|划像|划变|推移|滑动|滑入|滑出|翻页|立方体)/;

const GENERIC = new Set(
  `smooth smoother nice cool simple subtle gentle soft quick fast slow short long longer shorter quicker faster slower
  different random varied some more less all the a an any fancy good better great same each every between add use with
  and of my your default normal standard seamless nicer pretty lovely clean elegant proper real your their these those
  in on to for some few cute make set change turn put give have get let keep want need that this tight tighter
  snappy snappier brief briefer`.split(/\s+/),
);

const VARIED =
  /\b(?:random|varied|various|different|mixed|mix(?:\s+of)?|assorted|variety\s+of)\b|随机|各种|不同的?|多种/;

function keywordPosition(text: string): number | undefined {
  const match = KEYWORD.exec(text);
  return match ? match.index : undefined;
}

/** Every transition name and alias as words ("whip pan", "crossfades", "dip to black"). */
const NAMED = new RegExp(
  `\\b(?:${effects.transitions
    .list()
    .flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
    .filter((name) => name.length >= 3 && name !== 'none')
    .map((name) => name.replace(/-/g, '[\\s-]?'))
    .join('|')})(?:e?s)?\\b`,
);
/** "X换成Y", "X → Y": what separates the kind replaced from the kind wanted. */
const REPLACED_ZH = /(?:全部?|都|统统|全都)?(?:换成|改成|改为|变成|替换成|替换为|换为)|→|->|=>/;
const REPLACED_EN = /\b(?:change|turn|switch|swap|replace|make)\b/;

/**
 * "hard cut全换成whip pan", "swap the crossfades for wipes", "turn every cut into a whip pan": the kind
 * named before the verb is the one being replaced, so it is taken away and only the wanted one is read.
 */
function dropReplaced(clause: Parameters<Family>[0]): void {
  const text = clause.text;
  let cut: { start: number; end: number } | undefined;
  const zh = REPLACED_ZH.exec(text);
  if (zh) cut = { start: zh.index, end: zh.index + zh[0].length };
  else {
    const verb = REPLACED_EN.exec(text);
    const to = verb ? /\b(?:to|into|with|for)\b/.exec(text.slice(verb.index + verb[0].length)) : null;
    if (verb && to) {
      const at = verb.index + verb[0].length + to.index;
      cut = { start: at, end: at + to[0].length };
    }
  }
  if (!cut) return;
  const before = text.slice(0, cut.start);
  const after = text.slice(cut.end);
  const kinds = [CUT, NAMED, ...ZH_KNOWN.map(([re]) => re)];
  const old = kinds.map((re) => re.exec(before)).filter((match) => match !== null);
  if (old.length === 0 || !kinds.some((re) => re.test(after))) return;
  for (const match of old) clause.blank(match.index, match.index + match[0].length);
}

/** Kinds to offer when the person wants "something else", in order of preference. */
const ALTERNATIVES = ['slide-left', 'crossfade', 'wipe-left', 'fade-black', 'push-left', 'zoom-in'];

/** A transition of another kind than the one the draft uses now ("the transitions are boring"). */
export function differentTransition(draft: Draft): EditCommand | undefined {
  const current = draft.video.find(
    (segment) => segment.transition && segment.transition.name !== 'cut',
  )?.transition;
  const name = ALTERNATIVES.find(
    (candidate) => candidate !== current?.name && effects.transitions.find(candidate),
  );
  if (!name) return undefined;
  return { type: 'setTransition', name, durationMs: current?.durationMs || 800 };
}

/**
 * "the transitions are boring", "转场有点单调": another kind, asked for as a complaint. "plain dissolves",
 * "basic crossfades": the plain kind itself, asked for.
 */
const BORING =
  /\b(?:boring|dull|bland|lame|repetitive|samey|meh)\b|\b(?:plain|basic)\b(?!\s+(?:old\s+)?(?:cross[\s-]?fades?|dissolves?|fades?|cuts?|transitions?)\b)|单调|无聊|没意思|太普通|一般般|千篇一律/;
/** "try something else", "换个别的": another kind, asked for as a change. */
export const SOMETHING_ELSE =
  /\b(?:something\s+else|something\s+different|(?:a\s+)?different\s+transition(?!s)|another\s+transition|(?:a\s+)?different\s+(?:one|kind|style|type)|another\s+(?:one|kind|style|type)|other\s+(?:ones?|kinds?))\b|换个别的|换一个|换一种|换个(?:样式|效果|类型)|别的(?:转场|过渡|效果)?/;

/**
 * "换个酷一点的转场", "cooler transitions", "something flashier for the transitions": a showier kind than the
 * one in use (never a crossfade or a cut). Toned down ("太花了", "no fancy transitions") is the other way.
 */
const FLASHIER =
  /\b(?:cooler|fancier|flashier|snazzier|more\s+(?:exciting|dynamic|eye[\s-]catching|stylish|interesting))\b|\bcool\s+(?=(?:transitions?|ones?)\b)|(?:炫酷|酷炫|酷|炫|帅|潮|有趣|好玩|有意思)(?:一点|一些|点|些)?(?:的)?(?=(?:转场|过渡|切换效果))|(?:转场|过渡)(?:要|再|更)?(?:换(?:个|一个|成)?|来(?:个|点)?|弄(?:个|得)?)?(?:更)?(?:炫酷|酷炫|酷|炫|帅|潮|花哨|有趣|好玩)(?:一点|一些|点|些)?(?:的)?/;
/** Showy kinds, in order of preference, for a "cooler" transition. */
const SHOWY = ['whip-pan', 'zoom-in', 'slide-left', 'push-left', 'circle', 'wipe-left'];

/** A showier kind than the one the draft uses now, at the length of the ones there. */
function showierTransition(draft: Draft): EditCommand | undefined {
  const current = draft.video.find(
    (segment) => segment.transition && segment.transition.name !== 'cut',
  )?.transition;
  const name = SHOWY.find((candidate) => candidate !== current?.name && effects.transitions.find(candidate));
  if (!name) return undefined;
  return current
    ? { type: 'setTransition', name, durationMs: current.durationMs }
    : { type: 'setTransition', name };
}

const ALTERNATE = /\b(?:every\s+other|every\s+second|alternat(?:e|ing))\b|每?隔(?:一|1)个|间隔着?/;

const COUNTED_ONE =
  /\b(?:first|second|third|fourth|fifth|sixth|last|final|next|previous)\b|\btransition\s*#?\d|\b(?:between|after|before)\b|最后|第\s*\d+\s*[个张]|之间|倒数|之后|前面/;

/** "make that black rather than white" after a white fade: the colour the fades go through. */
function fadeColour(clause: Parameters<Family>[0], ctx: Parameters<Family>[1], out: RuleOutput): boolean {
  if (ctx.topic !== 'transition' || /black\s+and\s+white|黑白/.test(clause.text)) return false;
  // "…然后最后一个转场改成黑场": one transition counted is that one's colour, read below, not all of them.
  if (COUNTED_ONE.test(clause.text)) return false;
  const kinds = new Set(ctx.draft.video.slice(0, -1).map((segment) => segment.transition?.name ?? 'cut'));
  if (![...kinds].every((kind) => kind === 'fade-white' || kind === 'fade-black' || kind === 'flash'))
    return false;
  const saved = clause.snapshot();
  clause.take(
    /\b(?:rather\s+than|instead\s+of|not)\s+(?:the\s+)?(?:black|white)\b|(?:而不是|不要)(?:黑|白)色?/,
  );
  const said = clause.take(/\b(black|white)\b|(黑|白)色?/);
  if (!said) {
    clause.restoreSnapshot(saved);
    return false;
  }
  const name = /black|黑/.test(said[0]) ? 'fade-black' : 'fade-white';
  clause.take(
    /\b(?:make|change|turn|switch|set)\s+(?:that|it|them|those)(?:\s+(?:to|into))?\b|\binstead\b|(?:改成|换成|变成|用)|的/,
  );
  out.understood = true;
  out.topic = 'transition';
  if (kinds.has(name) && kinds.size === 1) return true;
  const current = ctx.draft.video.find((segment) => segment.transition)?.transition;
  out.commands.push({ type: 'setTransition', name, ...(current ? { durationMs: current.durationMs } : {}) });
  return true;
}

/** "2.5 seconds each", "2 s a photo": a length said of the photos. */
const PHOTO_EACH =
  /^\s*(?:each|apiece|per\s+(?:photo|picture|pic|shot|slide|image)|a\s+(?:photo|picture|pic|shot|slide)|for\s+(?:each|every)\s+(?:photo|picture|pic|shot|slide))\b|^\s*(?:每张|一张)/;
const TRANSITION_NOUN =
  /\b(?:transitions?|crossfades?|fades?|dissolves?|wipes?|slides?|whip|zoom|cuts?|dips?)\b|转场|过渡|叠化|淡入淡出/;
/** "两张之间", "每两张照片中间", "between every two photos": between any two photos in a row, not photo 2. */
const ANY_TWO =
  /(?<![第\d和与跟到、,，])(?:每|任意|任何)?(?:两|2)张(?:照片|图片|图|相片)?(?:之间|中间)|\bbetween\s+(?:(?:each|every|any)\s+)?(?:two|2)\s+(?:photos|pictures|pics|images|slides|shots)\b/;
const TRANSITION_WORDS =
  /\b(?:transitions?|cross-?fades?|fades?|dissolves?|wipes?)\b|转场|过渡|叠化|淡入淡出|闪白|黑场/g;

/**
 * The transition's length: "2.5 seconds each with 1-second fades" gives the fades 1 s and leaves the
 * photos theirs — a length for each photo, said before the transition is named, is passed over.
 */
function takeTransitionLength(clause: Clause): ReturnType<typeof takeDuration> {
  const saved = clause.snapshot();
  // "make it 8 seconds with 1 second crossfades", "12秒，转场1秒": of several lengths, the transition's is the
  // one said beside the word for it; the others are the video's or the photos'.
  const found: NonNullable<ReturnType<typeof takeDuration>>[] = [];
  for (let tries = 0; tries < 6; tries++) {
    const next = takeDuration(clause);
    if (!next) break;
    found.push(next);
  }
  clause.restoreSnapshot(saved);
  if (found.length > 1) {
    const words = [...matchesOf(clause.source, TRANSITION_WORDS)];
    const gap = (at: { start: number; end: number }) =>
      Math.min(
        ...words.map((word) => Math.max(word.index - at.end, at.start - (word.index + word[0].length), 0)),
      );
    if (words.length > 0) {
      const nearest = found.reduce((best, next) =>
        gap(next) < gap(best) || (gap(next) === gap(best) && next.start < best.start) ? next : best,
      );
      clause.blank(nearest.start, nearest.end);
      return nearest;
    }
  }
  // "make it 8 seconds with crossfades": a length said before "with" the transitions is of what has them.
  const only = found[0];
  if (
    found.length === 1 &&
    only &&
    /^\s*(?:long\s+|total\s+|in\s+total\s+|overall\s+)?with\s+(?:(?:some|soft|smooth|quick|short|slow|gentle)\s+)?(?:\w+\s+)?(?:transitions?|cross-?fades?|fades|dissolves|wipes)\b/.test(
      clause.source.slice(only.end),
    ) &&
    !TRANSITION_NOUN.test(clause.source.slice(0, only.start))
  )
    return undefined;
  let skipped = false;
  for (let tries = 0; tries < 4; tries++) {
    const found = takeDuration(clause);
    if (!found) break;
    const photos =
      PHOTO_EACH.test(clause.source.slice(found.end)) &&
      TRANSITION_NOUN.test(clause.source.slice(found.end)) &&
      !TRANSITION_NOUN.test(clause.source.slice(0, found.start));
    if (!photos) {
      if (skipped) {
        clause.restoreSnapshot(saved);
        clause.blank(found.start, found.end);
      }
      return found;
    }
    skipped = true;
  }
  clause.restoreSnapshot(saved);
  return undefined;
}

/**
 * "make the wipes half a second", "the crossfades 1 s", "把叠化改成0.5秒": transitions named by the kind they
 * already are, given a length — the transitions of that kind, each keeping its kind (and its direction).
 */
const KIND_SUBJECTS: [RegExp, (name: string) => boolean, ((draft: Draft) => boolean)?][] = [
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+)?(?:cross-?fades|dissolves)\b|(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|that|this|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+(?:cross-?fade|dissolve)\b/,
    (name) => name === 'crossfade',
  ],
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+)?wipes\b|(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|that|this|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+wipe\b/,
    (name) => name.startsWith('wipe'),
  ],
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+)?whip[\s-]?pans\b|(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|that|this|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+whip[\s-]?pan\b/,
    (name) => name === 'whip-pan',
  ],
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+(?:white\s+fades?|fades?\s+to\s+white)\b/,
    (name) => name === 'fade-white',
  ],
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+(?:black\s+fades?|fades?\s+to\s+black)\b/,
    (name) => name === 'fade-black',
  ],
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:(?:the|those|these|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+)?pushes\b/,
    (name) => name.startsWith('push'),
  ],
  // "the fade is too long": with no fade of the video or the music, the fades are the transitions.
  [
    /(?<!\b(?:a|an|to|into|use|using|with|some|add|try|want|more|of)\s+)\b(?:the|those|these|that|this|my|all(?:\s+(?:of\s+)?the)?|every|each)\s+fades?\b(?!\s+(?:in|out|to|through|from|at|on|of)\b)/,
    (name) => /fade|dissolve/.test(name),
    (draft) =>
      draft.fade.inMs === 0 &&
      draft.fade.outMs === 0 &&
      draft.audio.every((track) => track.fadeInMs === 0 && track.fadeOutMs === 0),
  ],
];
/** The Chinese kind said first, then (after at most a verb of setting) its length: "叠化改成0.5秒", "擦除都1秒". */
const KIND_SUBJECTS_ZH: [RegExp, (name: string) => boolean][] = [
  [/模糊(?:的)?(?:溶解|叠化)/, (name) => name === 'blur-dissolve'],
  [/淡入淡出|叠化|溶解/, (name) => name === 'crossfade'],
  [/擦除|划像|划变/, (name) => name.startsWith('wipe')],
  [/白场|闪白/, (name) => name === 'fade-white'],
  [/黑场|闪黑/, (name) => name === 'fade-black'],
  [/甩镜头?/, (name) => name === 'whip-pan'],
  [/推移/, (name) => name.startsWith('push')],
];
const ZH_KIND_TAIL =
  /^(?:的)?(?:转场|过渡)?(?:的)?(?:时间|时长|长度)?(?:都|全部|全都|统统|一律)?(?:改成|改为|调成|调到|设为|设成|缩短到|延长到|变成|换成|改到|要|用|是)?\s*(?=\d|[零一两二三四五六七八九十半]\s*(?:点|个)?[\d零一两二三四五六七八九十半]*\s*(?:秒|s\b))/;

function kindAsSubject(clause: Clause, draft: Draft): number[] | undefined {
  if (CUT.test(clause.text)) return undefined;
  const gaps = draft.video.slice(0, -1).map((segment) => segment.transition?.name ?? 'cut');
  let match: { start: number; end: number } | undefined;
  let indexes: number[] = [];
  for (const [re, of, when] of KIND_SUBJECTS) {
    const found = re.exec(clause.text);
    if (!found || (when && !when(draft))) continue;
    const at = gaps.flatMap((name, k) => (of(name) ? [k] : []));
    if (at.length === 0) continue;
    match = { start: found.index, end: found.index + found[0].length };
    indexes = at;
    break;
  }
  if (!match) {
    for (const [re, of] of KIND_SUBJECTS_ZH) {
      const found = re.exec(clause.text);
      if (!found) continue;
      const before = clause.text.slice(Math.max(0, found.index - 3), found.index);
      if (/(?:换成|改成|改为|变成|换为|用|加|成|个)$/.test(before)) continue;
      if (!ZH_KIND_TAIL.test(clause.text.slice(found.index + found[0].length))) continue;
      const at = gaps.flatMap((name, k) => (of(name) ? [k] : []));
      if (at.length === 0) continue;
      match = { start: found.index, end: found.index + found[0].length };
      indexes = at;
      break;
    }
  }
  if (!match) return undefined;
  // Only with a length said for them: "the wipes look cheesy" is no length.
  const saved = clause.snapshot();
  const length = takeDuration(clause);
  clause.restoreSnapshot(saved);
  const relative =
    LENGTH_SHARES.some(([re]) => re.test(clause.text)) ||
    TOO_LONG.test(clause.text) ||
    TOO_SHORT.test(clause.text) ||
    /\b(?:longer|shorter|quicker|faster|slower|snappier|shorten|lengthen|extend|tighten|shrink)\b|长一点|短一点|快一点|慢一点/.test(
      clause.text,
    );
  if (!length && !relative) return undefined;
  clause.blank(match.start, match.end);
  return indexes;
}

/**
 * A length for several transitions keeping each one's kind: "转场全部改成0.5秒" after two became white fades
 * keeps them white fades; cuts stay cuts unless none has a kind (then they become crossfades).
 */
function keepingKinds(
  draft: Draft,
  indexes: number[] | undefined,
  durationMs: number,
): EditCommand[] | undefined {
  const gaps = draft.video.slice(0, -1).map((segment) => segment.transition?.name ?? 'cut');
  const wanted = (indexes ?? gaps.map((_, k) => k)).filter((k) => gaps[k] !== undefined && gaps[k] !== 'cut');
  if (wanted.length === 0) return undefined;
  const names = new Set(wanted.map((k) => gaps[k]!));
  if (names.size === 1 && wanted.length === gaps.length)
    return [{ type: 'setTransition', name: [...names][0]!, durationMs }];
  return wanted.map((k) => ({ type: 'setTransition', name: gaps[k]!, durationMs, index: k }));
}

export const transitions: Family = (clause, ctx, out) => {
  const draft = ctx.draft;
  if (fadeColour(clause, ctx, out)) return;
  if (turnTheWay(clause, ctx, out)) return;
  // "every other transition", "每隔一个转场": the second, fourth, … only.
  const alternate = KEYWORD.test(clause.text) && clause.take(ALTERNATE) !== null;
  // "换个酷一点的转场", "cooler transitions please": a showier kind than the one in use.
  if (KEYWORD.test(clause.text) && FLASHIER.test(clause.text)) {
    const showier = showierTransition(draft);
    if (showier) {
      clause.take(FLASHIER);
      clause.take(KEYWORD);
      clause.take(SOMETHING_ELSE);
      clause.take(/\b(?:use|make|some|try|give\s+(?:it|me|them))\b|换个|换一个|换成|来个|用个|换/);
      out.understood = true;
      out.topic = 'transition';
      out.commands.push(showier);
      return;
    }
  }
  // "the transitions are boring", "转场有点单调，换个别的吧": a different kind from the one in use.
  if (KEYWORD.test(clause.text) && (BORING.test(clause.text) || SOMETHING_ELSE.test(clause.text))) {
    const other = differentTransition(draft);
    if (other) {
      clause.take(KEYWORD);
      clause.take(BORING);
      clause.take(SOMETHING_ELSE);
      out.understood = true;
      out.topic = 'transition';
      out.commands.push(other);
      return;
    }
  }
  // "the second crossfade should be a wipe": a transition counted by the kind it is now names which one,
  // and that kind is not the one asked for.
  // "the first and last crossfades": two counted at once, before either alone.
  const countedPair = pairedTransitions(clause, draft.video.length, true);
  const countedByKind = countedPair ? undefined : countedKind(clause, draft.video.length - 1);
  const keywordAt = countedByKind !== undefined || countedPair ? 0 : keywordPosition(clause.text);
  // "转场太长了，拖拖拉拉的", "(add crossfades) they feel slow, make them quicker", "转场有点拖，时间减半": a pace
  // or a share said right after the transitions, naming nothing else, is theirs.
  const paceOfTopic =
    keywordAt === undefined &&
    ctx.topic === 'transition' &&
    !TOPIC_OTHER.test(clause.source) &&
    (TOPIC_PACE.test(clause.text) || LENGTH_SHARES.some(([re]) => re.test(clause.text)));
  // "make the wipes half a second": the transitions of a kind the draft has, given a length.
  const ofKind = countedByKind !== undefined || countedPair ? undefined : kindAsSubject(clause, draft);
  const hasKeyword = keywordAt !== undefined || paceOfTopic || ofKind !== undefined;
  const commands: EditCommand[] = [];

  let plugin: TransitionPlugin | undefined;
  let unknown: string | undefined;
  dropReplaced(clause);
  // "shrink them to 0.4 s", "tighten the crossfades", "slow down the transitions": a verb for the transitions'
  // length names no kind ("shrink" is not the zoom-out) and no pace of the video.
  const lengthVerb = hasKeyword ? clause.take(LENGTH_VERB) : null;
  // Which one is counted before the kind is read: "最后一个转场不要" reads as "最后一个去掉转场".
  // "第一张和最后一张的转场", "the first and last transitions": two named at once, before either alone.
  const pairFirst = countedPair ?? (hasKeyword ? pairedTransitions(clause, draft.video.length) : undefined);
  const countedFirst =
    hasKeyword && !pairFirst
      ? (countedByKind ??
        countedTransition(clause, draft.video.length - 1) ??
        transitionAtPhoto(clause, draft.video.length))
      : undefined;
  if (takeStraightOn(clause) || clause.take(CUT)) plugin = effects.transitions.find('cut');
  if (!plugin) {
    for (const [re, names] of [...(hasKeyword ? ZH_DIRECTED : []), ...ZH_KNOWN]) {
      if (clause.take(re)) {
        plugin = firstAvailable(effects.transitions, names);
        break;
      }
    }
  }
  if (!plugin) {
    const hits = findEffects(clause, effects.transitions, (phrase, found) => {
      if (hasKeyword) return true;
      // Without the word "transition", only names that cannot mean anything else count.
      const key = phrase.replace(/\s+/g, '-');
      // "use a wipe", "change it to a wipe": a short name counts after "a/to/use" when nothing else has it.
      // "wipes, 1.5 seconds each": a clause that is nothing but the name asks for it too.
      const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // "wipes between them", "a wipe between each one": a name said of the gaps between the photos.
      // "wipe into the 3rd pic": a name said of the photo it leads into.
      const asked =
        new RegExp(
          `\\b(?:a|an|to|use|with|some|into|add|want|try|switch\\s+to|go\\s+with)\\s+${escaped}s?\\b`,
        ).test(clause.text) ||
        // "wipes 0.4s": the name, then its length.
        new RegExp(`^\\s*${escaped}s?[\\s,:]+(?:at\\s+|of\\s+)?\\d`).test(clause.text) ||
        new RegExp(`\\b${escaped}s?\\s+(?:between|into)\\b`).test(clause.text) ||
        new RegExp(`^\\s*${escaped}\\s*$`).test(clause.source);
      // "dreamy music": a word before a music noun describes the music.
      const music = new RegExp(
        `\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:music|songs?|tracks?|bgm|soundtrack|tunes?|beats?|vibes?|look|filter|tone|colou?rs?|grade|style|feel)\\b`,
      );
      // "make it feel dreamy", "look more dreamy": a word after look/feel describes the look, not a transition.
      const feel = new RegExp(
        `\\b(?:look|looks|looking|feel|feels|feeling|seem|seems|vibe|vibes)\\s+(?:(?:more|a\\s+bit|a\\s+little|kinda|kind\\s+of|very|really|so|super|soft|and|,)\\s*)*${escaped}\\b`,
      );
      // "shrink them to 0.5 s": a name said as a verb on what was just talked about is that verb.
      // "shrink the title": a verb on a text sizes the text.
      const verb = new RegExp(
        `\\b${escaped}\\s+(?:it|them|those|these|(?:the\\s+|that\\s+|this\\s+|my\\s+)?(?:title|caption|subtitle|text|words|font|letters|writing)s?)\\b`,
      );
      return (
        !music.test(clause.source) &&
        !feel.test(clause.source) &&
        !verb.test(clause.text) &&
        key.replace(/-/g, '').length >= (asked || saysWay(clause) ? 4 : 6) &&
        !fuzzyFind(effects.fits, key) &&
        found.name !== 'cut' &&
        !fuzzyFind(effects.motions, key) &&
        !fuzzyFind(effects.looks, key) &&
        !fuzzyFind(effects.textAnimations, key)
      );
    });
    plugin = takeNearest(clause, hits, keywordAt)?.plugin;
  }
  if (!plugin && (hasKeyword || /转场|过渡/.test(clause.text) || CHOSEN_ZH.test(clause.text))) {
    for (const [re, candidates, en, zh] of WANTED) {
      if (clause.take(re)) {
        plugin = firstAvailable(effects.transitions, candidates);
        if (!plugin) unknown = JSON.stringify([en, zh]);
        break;
      }
    }
  }
  if (!plugin && !unknown && hasKeyword) {
    // "a banana transition": a word right before "transition" that names nothing we have.
    const before = /([a-z][a-z-]{2,})\s+transitions?\b/.exec(clause.text);
    // "1 second transitions": a unit after a number is a length, not a name.
    const unit = /^(?:seconds?|secs?|ms|milliseconds?|minutes?)$/.test(before?.[1] ?? '');
    if (before && !unit && !GENERIC.has(before[1]!) && !VARIED.test(before[1]!)) {
      unknown = JSON.stringify([before[1], before[1]]);
      clause.blank(before.index, before.index + before[1]!.length);
    }
  }
  if (unknown) {
    const [en, zh] = JSON.parse(unknown) as [string, string];
    out.understood = true;
    out.topic = 'transition';
    clause.take(KEYWORD);
    out.notes.push(
      note('note.transition.unknown', {
        name: { en, zh },
        list: effectList('transition', effects.transitions),
      }),
    );
    return;
  }

  const beforeLength = clause.snapshot();
  let duration = plugin || hasKeyword ? takeTransitionLength(clause) : undefined;
  // "9:16 and 20s with wipe transitions": a length no transition has, said apart from the word
  // "transition", is the video's.
  if (
    duration &&
    duration.ms > 10_000 &&
    !/transitions?\s*(?:of|to|at|:)?\s*$|转场(?:时间|时长)?(?:改成|设为|为)?\s*$/.test(
      clause.source.slice(0, duration.start),
    )
  ) {
    clause.restoreSnapshot(beforeLength);
    duration = undefined;
  }
  let durationMs = duration?.ms;
  // "make the transitions longer like 1.5 seconds": the comparative goes with the value it was given.
  // "转场时间缩短到0.4秒", "shorten the transitions to 0.4s": the verb that brings the transition to its value is
  // the transition's too, never a shorter or longer video.
  if (durationMs !== undefined) {
    clause.take(/\b(?:longer|slower|shorter|quicker|faster)\b|长一点|短一点|快一点|慢一点|长一些|短一些/);
    // "the dissolves drag, shrink them to 0.5 s": the complaint is about the transitions given the value.
    clause.take(TOO_LONG) ?? clause.take(TOO_SHORT);
    clause.take(
      /\b(?:shorten|lengthen|extend|trim|cut)\b(?=\s+(?:the\s+|all\s+(?:the\s+)?|every\s+|each\s+)?(?:transitions?|crossfades?|fades?|dissolves?|\s)\b)/,
    );
    const verb = duration
      ? /(?<=(?:转场|过渡)[^，,。；;！!]*?)(?:缩短|延长|加长|拉长|缩|减|减少|增加)(?:到|为|至|成)\s*$/.exec(
          clause.source.slice(0, duration.start),
        )
      : null;
    if (verb && duration) clause.blank(verb.index, duration.start);
  }
  if (durationMs !== undefined && durationMs > 10_000) {
    out.notes.push(note('note.transition.max'));
    durationMs = 10_000;
  }
  if (plugin) plugin = turned(plugin, clause);
  const varied = hasKeyword && clause.take(VARIED) !== null;
  if (durationMs === undefined && (plugin || hasKeyword)) {
    const current = draft.video.find(
      (segment) => segment.transition && segment.transition.name !== 'cut',
    )?.transition;
    const base = current?.durationMs ?? 800;
    // "make the fades twice as long": the share is of the transitions, never of the video.
    for (const [re, share] of LENGTH_SHARES) {
      if (durationMs === undefined && clause.take(re))
        durationMs = Math.max(100, Math.min(10_000, round100(base * share)));
    }
    const bare = durationMs === undefined ? clause.take(BARE_SECONDS) : null;
    if (bare) durationMs = Math.max(100, Math.round(Number(bare[1]) * 1000));
  }
  if (durationMs === undefined && (plugin || hasKeyword)) {
    const current = draft.video.find(
      (segment) => segment.transition && segment.transition.name !== 'cut',
    )?.transition;
    const base = current?.durationMs ?? 800;
    // "the transitions are too long" asks for shorter ones, "too quick" for longer.
    const tooLong = clause.take(TOO_LONG);
    const tooShort = tooLong ? null : clause.take(TOO_SHORT);
    const verbLonger = lengthVerb !== null && /^(?:lengthen|extend|stretch|slow)/.test(lengthVerb[0]);
    if (
      tooShort ||
      verbLonger ||
      // "do the transitions more slowly": the adverb a learner puts on the doing is the transitions' pace too.
      clause.take(
        /\b(?:(?:more\s+)?slowly|longer|slower|slow|gentle|gentler|softer|lingering)\b|慢一点|长一点|慢|长|缓慢/,
      )
    ) {
      durationMs = plugin && !current ? 1500 : Math.min(10_000, round100(base * 1.5));
    } else if (
      tooLong ||
      lengthVerb !== null ||
      clause.take(
        /\b(?:(?:more\s+)?(?:quickly|rapidly)|shorter|quicker|faster|quick|fast|snappy|snappier|brief|short|tighter|tight|tighten(?:\s+up)?)\b|快一点|短一点|快|短/,
      )
    ) {
      durationMs = plugin && !current ? 400 : Math.max(100, round100(base * 0.6));
    }
  }
  if (!plugin && !hasKeyword) return;

  out.understood = true;
  out.topic = 'transition';
  // "the first transition", "transition 2", "第一个转场", "最后一个过渡": a transition counted by itself.
  // "the first and last transitions", "第一张和最后一张的转场": two transitions at once.
  const pair =
    pairFirst ?? (countedFirst === undefined ? pairedTransitions(clause, draft.video.length) : undefined);
  // "除了最后一个，其他转场都换成擦除", "every transition but the first": all transitions but those.
  const spared = sparedTransitions(clause, draft.video.length - 1);
  // "两张之间的转场0.6秒", "between every two photos": any two photos in a row, so every transition.
  const anyTwo = pair === undefined && clause.take(ANY_TWO) !== null;
  let index = anyTwo
    ? undefined
    : (pair?.[0] ??
      countedFirst ??
      countedByKind ??
      countedTransition(clause, draft.video.length - 1) ??
      transitionAtPhoto(clause, draft.video.length));
  clause.take(KEYWORD);

  // Where: "between photo 2 and 3", "after the second photo", "第二张和第三张之间".
  if (
    index === undefined &&
    !anyTwo &&
    /\bbetween\b|\bafter\b|\bbefore\b|\binto\b|\bfrom\s+(?:the\s+)?(?:photo|picture|image|pic|slide|shot|first|second|third|fourth|last|\d)|之间|中间|之后|以后|后面|前面|之前|到第/.test(
      clause.text,
    )
  ) {
    const firstTwo = clause.take(/\b(?:between\s+)?the\s+first\s+two\b|前两张/);
    const lastTwo = clause.take(/\b(?:between\s+)?the\s+last\s+two\b|最后两张/);
    if (firstTwo) index = 0;
    else if (lastTwo) index = Math.max(0, draft.video.length - 2);
    else {
      // "a circle reveal into the sunset photo": the transition that leads into it.
      const before =
        /\bbefore\b|\binto\b|前面|之前/.test(clause.text) && !/\bbetween\b|之间|中间/.test(clause.text);
      const positions = takePositions(clause, draft, true);
      if (positions.length >= 2) index = Math.min(positions[0]!.index, positions[1]!.index);
      else if (positions.length === 1) index = before ? positions[0]!.index - 1 : positions[0]!.index;
      if (index !== undefined && index < 0) index = 0;
    }
    clause.take(/\b(?:between|after|before|into|from)\b|之间|中间|之后|以后|后面|前面|之前/);
  }

  if (varied) {
    const names = effects.transitions.names().filter((name) => name !== 'cut');
    for (let k = 0; k < draft.video.length - 1; k++) {
      commands.push({
        type: 'setTransition',
        name: names[k % names.length]!,
        ...(durationMs ? { durationMs } : {}),
        index: k,
      });
    }
    if (names.length < 2)
      out.notes.push(
        note('note.transition.onlyOne', {
          names: effectList('transition', effects.transitions, ['cut']),
        }),
      );
  } else if (
    !plugin &&
    durationMs !== undefined &&
    !alternate &&
    pair === undefined &&
    index === undefined &&
    !spared &&
    keepingKinds(draft, ofKind, durationMs)
  ) {
    // "转场全部改成0.5秒", "make the wipes half a second": the length, each transition keeping its kind.
    commands.push(...keepingKinds(draft, ofKind, durationMs)!);
  } else if (plugin || durationMs !== undefined) {
    const existing =
      (index !== undefined ? draft.video[index]?.transition : undefined) ??
      draft.video.find((segment) => segment.transition && segment.transition.name !== 'cut')?.transition;
    const name = plugin?.name ?? (existing && existing.name !== 'cut' ? existing.name : 'crossfade');
    const params = plugin ? directionParams(plugin, clause) : undefined;
    // After hard cuts there is no length to keep: a new kind starts at the usual 0.8 s.
    if (
      durationMs === undefined &&
      name !== 'cut' &&
      (!existing || existing.name === 'cut' || existing.durationMs === 0)
    )
      durationMs = 800;
    const indexes = alternate
      ? Array.from({ length: draft.video.length - 1 }, (_, k) => k).filter((k) => k % 2 === 1)
      : index === undefined && spared
        ? Array.from({ length: draft.video.length - 1 }, (_, k) => k).filter((k) => !spared.includes(k))
        : (pair ?? [index]);
    for (const at of indexes)
      commands.push({
        type: 'setTransition',
        name,
        ...(durationMs !== undefined && name !== 'cut' ? { durationMs } : {}),
        ...(params ? { params } : {}),
        ...(at !== undefined ? { index: at } : {}),
      });
  } else {
    // "with transitions", "add smooth transitions": crossfades unless it already has some.
    clause.take(/\b(?:add|with|use|smooth|smoother|nice|some|seamless)\b|加|添加|加上/);
    const moving = draft.video
      .slice(0, -1)
      .some((segment) => segment.transition && segment.transition.name !== 'cut');
    if (!moving)
      commands.push({ type: 'setTransition', name: 'crossfade', ...(index !== undefined ? { index } : {}) });
  }
  out.commands.push(...commands);
};

addVocabulary(
  KEYWORD,
  CUT,
  ZH_KNOWN,
  WANTED,
  [...GENERIC],
  VARIED,
  'longer slower slow gentle gentler softer lingering shorter quicker faster quick fast snappy snappier brief short first last between after before smooth smoother nice some seamless',
);

/** "the second crossfade", "第二个叠化": the index of a transition counted by its kind, blanking the words. */
function countedKind(clause: Parameters<Family>[0], count: number): number | undefined {
  const match =
    /(?<![\d.]\s*)\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|last|\d(?:st|nd|rd|th))\s+(?:crossfade|cross-fade|dissolve|wipe|slide|cut|whip(?:\s+pan)?|push|fade(?!\s+(?:to|through|in|out|from)\b))s?\b|(?:第(\d+)|(最后))(?:一|1)?个(?:淡入淡出|叠化|溶解|擦除|黑场|白场|滑动|硬切|甩镜)/.exec(
      clause.text,
    );
  if (!match || count < 1) return undefined;
  const word = match[1] ?? match[2] ?? match[3]!;
  const n =
    word === 'last' || word === 'final' || word === '最后'
      ? count
      : (COUNTED[word] ?? Number.parseInt(word, 10));
  if (!Number.isInteger(n) || n < 1 || n > count) return undefined;
  clause.blank(match.index, match.index + match[0].length);
  return n - 1;
}

const COUNTED: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** "except the last one", "but the first", "除了最后一个": transitions left as they are. */
const SPARED =
  /\s*,?\s*\b(?:except(?:\s+for)?|apart\s+from|other\s+than|but(?:\s+not)?)\s+(?:the\s+)?(?:very\s+)?(first|last|final)(?:\s+(?:one|transition))?\b|除了?(?:第(\d+)|(最后)|(第)一)(?:一|1)?个(?:转场|过渡)?(?:以外|之外)?[，,]?(?:其他|其余|别的)?(?:的)?/;

function sparedTransitions(clause: Parameters<Family>[0], count: number): number[] | undefined {
  const match = SPARED.exec(clause.text);
  if (!match || count < 2) return undefined;
  const word = match[1] ?? match[2] ?? match[3] ?? 'first';
  const n = word === 'last' || word === 'final' || word === '最后' ? count : (COUNTED[word] ?? Number(word));
  if (!Number.isInteger(n) || n < 1 || n > count) return undefined;
  clause.blank(match.index, match.index + match[0].length);
  return [n - 1];
}

/**
 * "the last a fade to black", "最后一个用黑场" after "every transition a crossfade": an ordinal with no
 * photo named, in a clause about a transition, counts the transitions.
 */
const BARE_COUNT =
  /^\s*(?:(?:and|but|then|make|with)\s+)*(?:the\s+)?(?:very\s+)?(first|second|third|fourth|last|final)(?:\s+one)?\b(?!\s+(?:two|three|four|\d|photos?|pictures?|pics?|images?|slides?|shots?|ones|half)\b)|^\s*(?:但|但是|而|然后)?(?:第(\d+)|(最后))(?:一|1)?个(?!张|转场|过渡)/;

/** The index of a transition named by its count ("the second transition", "第2个转场"), blanking the count. */
function countedTransition(clause: Parameters<Family>[0], count: number): number | undefined {
  const match =
    BARE_COUNT.exec(clause.text) ??
    /(?<![\d.]\s*)\b(?:the\s+)?(?:(?:very|only)\s+)?(first|second|third|fourth|fifth|sixth|last|final|\d(?:st|nd|rd|th))\s+(?=(?:transition|crossfade|dissolve|fade|wipe)s?\b)|\b(?<=transition\s+)(?:#|number\s+)?(\d)\b(?!\s*(?:s\b|sec|seconds?|ms))|(?:第(\d+)|(最后))(?:一|1)?个?(?:的)?(?=(?:去掉|不要|取消|删掉|换成|改成)?(?:转场|过渡))/.exec(
      clause.text,
    );
  if (!match || count < 1) return undefined;
  const word = match[1] ?? match[2] ?? match[3] ?? match[4]!;
  const n =
    word === 'last' || word === 'final' || word === '最后'
      ? count
      : (COUNTED[word] ?? Number.parseInt(word, 10));
  if (!Number.isInteger(n) || n < 1 || n > count) return undefined;
  clause.blank(match.index, match.index + match[0].length);
  return n - 1;
}

const PHOTO_ORDINAL: Record<string, number> = { ...COUNTED, '1st': 1, '2nd': 2, '3rd': 3 };

const ORDINAL = '(first|second|third|fourth|fifth|sixth|last|final|\\d(?:st|nd|rd|th))';
const PHOTO_WORD = '(?:photos?|pictures?|pics?|images?|slides?|shots?|ones?)';
/** "the first and last transitions", "第1个和最后一个转场": two transitions counted by themselves. */
const COUNTED_PAIR = new RegExp(
  `\\b(?:the\\s+)?(?:very\\s+)?${ORDINAL}\\s*(?:and|&|\\+|,)\\s*(?:the\\s+)?(?:very\\s+)?${ORDINAL}\\s+(?:ones?\\s+)?(?=(?:transition|crossfade|dissolve|fade|wipe)s?\\b)|(?:第(\\d+)|(最后))(?:一|1)?个(?:和|跟|与|、|及)(?:第(\\d+)|(最后))(?:一|1)?个(?:的)?(?=(?:转场|过渡))`,
);
/** "the transitions of the first and last photo", "第一张和最后一张的转场", "首尾两张的转场": two photos' transitions. */
const PHOTO_PAIR = new RegExp(
  `\\b(?:(?:on|of|for|around|at|by|touching|next\\s+to)\\s+)?(?:both\\s+)?(?:the\\s+)?${ORDINAL}\\s*(?:and|&|\\+)\\s*(?:the\\s+)?${ORDINAL}\\s+${PHOTO_WORD}(?:'s)?|(?:第(\\d+)|(最后|首))(?:一|1)?张(?:照片|图片|图)?(?:和|跟|与|、|及)(?:第(\\d+)|(最后|尾))(?:一|1)?张(?:照片|图片|图)?(?:上)?(?:的)?|(首尾)(?:的)?(?:两|2)?(?:张|端)?(?:照片|图片)?(?:的)?(?=\\s*(?:转场|过渡))`,
);

/** "the first two transitions", "the last three crossfades", "最后两个转场", "前三个过渡". */
const COUNTED_RANGE =
  /\b(?:the\s+)?(first|last|final|opening|closing)\s+(two|three|four|five|2|3|4|5)(?=\s+(?:transitions|crossfades|fades|cuts|wipes|dissolves)\b)|(前|最后|后)(两|三|四|五|2|3|4|5)个(?=(?:去掉|不要|都)?(?:转场|过渡))/;
const RANGE_COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
};

/**
 * "the first and last transitions", "the transitions of the first and last photo", "第一张和最后一张的转场":
 * the two transitions named, blanking the words (the first photo's transition is the one after it, any other
 * photo's the one into it). Undefined when no pair is named.
 */
function pairedTransitions(
  clause: Parameters<Family>[0],
  photos: number,
  countedOnly = false,
): number[] | undefined {
  if (photos < 3) return undefined;
  const count = photos - 1;
  // "the last two transitions", "前两个转场": a run of transitions counted from one end.
  const range = COUNTED_RANGE.exec(clause.text);
  const many = range ? RANGE_COUNT[range[2] ?? range[4] ?? ''] : undefined;
  if (range && many !== undefined && many >= 2 && many <= count) {
    clause.blank(range.index, range.index + range[0].length);
    const fromEnd = /last|final|closing|最后|后/.test(range[1] ?? range[3] ?? '');
    return Array.from({ length: many }, (_, k) => (fromEnd ? count - many + k : k));
  }
  const number = (word: string, last: number) =>
    /^(?:last|final|最后|尾)$/.test(word)
      ? last
      : word === '首'
        ? 1
        : (PHOTO_ORDINAL[word] ?? Number.parseInt(word, 10));
  const counted = COUNTED_PAIR.exec(clause.text);
  if (counted) {
    const words = counted.slice(1).filter((word): word is string => word !== undefined);
    const at = words.map((word) => number(word, count) - 1);
    if (at.length !== 2 || at.some((k) => !Number.isInteger(k) || k < 0 || k >= count)) return undefined;
    clause.blank(counted.index, counted.index + counted[0].length);
    return [...new Set(at)].sort((a, b) => a - b);
  }
  // "between the 3rd and 4th pic", "第二张和第三张之间": one transition, between the two.
  const between = /\bbetween\b|之间|中间/.test(clause.text);
  const named = countedOnly || between ? null : PHOTO_PAIR.exec(clause.text);
  if (!named) return undefined;
  const words = named.slice(1).filter((word): word is string => word !== undefined);
  const ns = words[0] === '首尾' ? [1, photos] : words.map((word) => number(word, photos));
  if (ns.length !== 2 || ns.some((n) => !Number.isInteger(n) || n < 1 || n > photos)) return undefined;
  clause.blank(named.index, named.index + named[0].length);
  return [...new Set(ns.map((n) => Math.max(0, n - 2)))].sort((a, b) => a - b);
}

/**
 * "no transition on the last one", "a wipe into photo 3", "最后一张的转场": a transition named by the photo it
 * leads into (the first photo's is the one after it). Undefined when no photo is named that way.
 */
function transitionAtPhoto(clause: Parameters<Family>[0], photos: number): number | undefined {
  if (photos < 2) return undefined;
  const match =
    /\b(?:on|for|into|to|at|in)\s+(?:the\s+)?(last|final|first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:one|photo|picture|pic|image|slide|shot)\b|\b(?:on|for|into|to|at|in)\s+(?:photo|picture|pic|image|slide)\s+(\d{1,3})\b(?!\s*(?:s\b|sec|seconds?|ms))|(?:(最后)|第(\d+))(?:一|1)?张(?:照片|图片)?(?:上)?的?(?=\s*(?:去掉|不要|取消|删掉|换成|改成|用)?\s*(?:转场|过渡))/.exec(
      clause.text,
    );
  if (!match) return undefined;
  const word = match[1] ?? match[2] ?? match[3] ?? match[4]!;
  const n = /^(?:last|final|最后)$/.test(word) ? photos : (PHOTO_ORDINAL[word] ?? Number.parseInt(word, 10));
  if (!Number.isInteger(n) || n < 1 || n > photos) return undefined;
  clause.blank(match.index, match.index + match[0].length);
  return Math.max(0, n - 2);
}
