import { type Mapped, rewrite } from './text.js';

/**
 * An editor's shorthand spelled out in the words the rules read: "p2 3s", "p1-p3 2s", "tr xfade .5",
 * "kb off", "bgm 40", "del p2", "2↔4", "p3 → first", "title @ top", "undo x2", "pan L", "+1s on p1",
 * "dip to blk", "标题 黄 底部", "第2张 3s", "新→旧", "第三张同上". Run on the lowered reading copy, before
 * spelling is corrected (so "xfade" or "kb" are not taken for slips of other words).
 */
const EDITOR_SHORTHAND: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // Photos by number: "p1-p3", "p1–3", "p2".
  [/\bp(\d{1,2})\s*(?:-|–|~|to)\s*p?(\d{1,2})\b/g, 'photos $1 to $2'],
  [/\bp(\d{1,2})\b(?!\s*[:：]\s*\d)/g, 'photo $1'],
  // Effects and things by their short names.
  [/\b(?:tr|trs|trans|transn|transns)\b(?=\s|$|[=:,;.]|\s*[-–—])/g, 'transitions'],
  [/\bx-?fades?\b/g, 'crossfade'],
  [/\bkb\b/g, 'ken burns'],
  [/\b(?:blk|blck)\b/g, 'black'],
  [/\b(?:wht|wh)\b(?=\s*$|\s+(?:fade|flash|dip))/g, 'white'],
  [/\b(?:del|rm)\b/g, 'remove'],
  [/\brev\b/g, 'reverse'],
  [/\bexcl?\.?(?=\s)/g, 'except'],
  [/\bw\/o\b/g, 'without'],
  [/\bw\/(?=\s*\S)/g, 'with '],
  [/\bbtw\s+(?=photo\s+\d|the\s+(?:first|last|second|third)|\d)/g, 'between '],
  [
    /\bcaps?\b(?=\s+(?:photo\s+\d|["'“]|(?:white|black|yellow|red|blue|green|pink|orange|purple|gold|gr[ae]y)\b|@|at\s+the))/g,
    'caption',
  ],
  // A move switched off: "kb off", "ken burns off", "zoom off".
  [/\b(ken\s+burns|motion|movement|zoom(?:ing)?|camera\s+moves?)\s+off\b/g, 'no $1'],
  // "bgm 40", "music 30%", "vol 50": a number straight after the music is its level.
  [
    /(?:^|(?<=[,;:/|]\s*)|(?<=\bbgm\b[^,;]*?))\s*\b(?:bgm|music|vol(?:ume)?)\s*(?:[:=@]\s*)?(\d{1,3})\s*%?(?!\s*(?:s\b|secs?\b|seconds?\b|[.\d]|x\b))/g,
    'music volume $1%',
  ],
  // "-20% music", "music -20%": a share off the level there is.
  [
    /(?:^|(?<=\s))-\s*(\d{1,3})\s*%\s*(?:music|bgm|volume)\b|\b(?:music|bgm|volume)\s+-\s*(\d{1,3})\s*%/g,
    (m) => `turn the music down by ${m[1] ?? m[2]}%`,
  ],
  [
    /(?:^|(?<=\s))\+\s*(\d{1,3})\s*%\s*(?:music|bgm|volume)\b|\b(?:music|bgm|volume)\s+\+\s*(\d{1,3})\s*%/g,
    (m) => `turn the music up by ${m[1] ?? m[2]}%`,
  ],
  // "+1s on photo 1", "photo 1 +1s", "photo 3 -0.5s": an amount added to a photo's length.
  [
    /(photo\s+\d{1,2})\s*([+-])(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b/g,
    (m) => `${m[2] === '+' ? 'add' : 'take'} ${m[3]} seconds ${m[2] === '+' ? 'to' : 'off'} ${m[1]}`,
  ],
  [
    /(?:^|(?<=\s))([+-])\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:on|to|for|off)\s+(photo\s+\d{1,2})/g,
    (m) => `${m[1] === '+' ? 'add' : 'take'} ${m[2]} seconds ${m[1] === '+' ? 'to' : 'off'} ${m[3]}`,
  ],
  // "photo 3 x2": twice as long.
  [/(photo\s+\d{1,2})\s+x\s*2\b/g, '$1 twice as long'],
  [/\b(title|caption|text)\s+size\s+x\s*(\d(?:\.\d)?)\b/g, '$1 $2 times as big'],
  // "undo x2", "redo x3", "撤销 x2".
  [/\b(undo|redo)\s*x\s*(\d)\b/g, (m) => `${m[1]} ${m[2]} times`],
  [/(撤销|撤回|重做)\s*x\s*(\d)/g, '$1$2步'],
  // "2↔4", "photo 2 <-> photo 4": a swap; "photo 3 → first": a move.
  [/(?:photo\s+)?(\d{1,2})\s*(?:↔|<->|<>|⇄)\s*(?:photo\s+)?(\d{1,2})/g, 'swap photo $1 and photo $2'],
  [/(photo\s+\d{1,2})\s*(?:→|->|=>)\s*(first|last|start|end|front|back)\b/g, 'move $1 to the $2'],
  [
    /(photo\s+\d{1,2})\s*(?:→|->|=>)\s*(?:pos(?:ition)?\s*)?(\d{1,2})\b(?!\s*(?:s\b|secs?\b|seconds?\b|%|\.\d))/g,
    'move $1 to position $2',
  ],
  // Directions: "pan L", "L→R", "左→右", "新→旧".
  [/\b(pan|wipe|slide|push|move|drift)\s+(l|r)\b/g, (m) => `${m[1]} ${m[2] === 'l' ? 'left' : 'right'}`],
  [
    /\b(l|r)\s*(?:→|->|to)\s*(l|r)\b/g,
    (m) => `from ${m[1] === 'l' ? 'left' : 'right'} to ${m[2] === 'l' ? 'left' : 'right'}`,
  ],
  [/左\s*(?:→|->)\s*右/g, '从左到右'],
  [/右\s*(?:→|->)\s*左/g, '从右到左'],
  [/新\s*(?:→|->)\s*旧/g, '从新到旧'],
  [/旧\s*(?:→|->)\s*新/g, '从旧到新'],
  [/\bnew(?:est)?\s*(?:→|->)\s*old(?:est)?\b/g, 'newest first'],
  [/\bold(?:est)?\s*(?:→|->)\s*new(?:est)?\b/g, 'oldest first'],
  // "@ top", "@ 2s": where or when.
  [/\s*@\s*(top|bottom|center|centre|middle)\b/g, ' at the $1'],
  [/\s*@\s*(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)/g, ' at '],
  [/\s*@\s*(\d{1,3})\s*%?(?=\s*(?:[,;]|$))/g, ' at $1%'],
  [/\bsort\s*[:=]\s*(?:by\s+)?date\b/g, 'sort by date'],
  // ".5": half a second, the leading zero left out.
  [/(?<![\w.])\.(\d)/g, '0.$1'],
  // "undo x2" said as a count in words, as the rules read it.
  [/\b(undo|redo)\s+2\s+times\b/g, '$1 twice'],
  // "+1", "-0.5" alone: that much more or less of what was just talked about.
  [/^\s*\+\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*$/g, '$1 more seconds'],
  [/^\s*-\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*$/g, '$1 fewer seconds'],
  // "all 2.5s, last one 4": every photo that long.
  [/^\s*all\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)/g, 'every photo '],
  // "fade in 1 / out 3": bare numbers after a fade are its seconds.
  [
    /(?<=\bfade\b[^.!?]*?)\b(in|out)\s+(\d+(?:\.\d+)?)(?!\s*(?:s\b|secs?\b|seconds?\b|%|x\b|[.\d]))/g,
    '$1 $2 seconds',
  ],
  // "crossfade 0.5", "wipe 1": a bare number after a kind of transition is its length.
  [
    /\b(crossfades?|wipes?|dissolves?|slides?|whip[\s-]?pans?|(?:dip|fade)\s+to\s+(?:black|white))\s+(\d*\.\d+|\d)(?!\s*(?:s\b|secs?\b|seconds?\b|%|x\b|[.\d]|st\b|nd\b|rd\b|th\b))/g,
    '$1 $2 seconds',
  ],
  // "no 9:16, keep 16:9": a shape refused is no request.
  [/\b(?:no|not)\s+(?:9:16|16:9|1:1|4:5|3:4|vertical|portrait|square)\b\s*[,;]\s*(?=keep|leave|stay)/g, ''],
  // "60 percent", "百分之六十" is read as a share elsewhere: the word for per cent as its sign.
  [/(\d+(?:\.\d+)?)\s*(?:percent|per\s+cent)\b/g, '$1%'],
  // "bring the music in gently over 2 seconds and out over 3": its fades.
  [
    /\bbring\s+the\s+(music|song)\s+in\s+(?:gently\s+|slowly\s+|softly\s+)?over\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+and\s+(?:take\s+it\s+)?out\s+over\s+(\d+(?:\.\d+)?)(?:\s*(?:s|secs?|seconds?))?/g,
    'fade the $1 in over $2 seconds and out over $3 seconds',
  ],
  // "a calmer one please" about the music: a calmer song.
  [
    /\ba\s+(calmer|quieter|softer|gentler|livelier|happier|slower|faster|more\s+upbeat|more\s+chill)\s+one\b/g,
    'a $1 song',
  ],
  // "同上": as the one before.
  [/(?:全部|全都|都|也)?同上/g, '也这样'],
  // "rm blurry + dupes": a plus between two things asked for is "and".
  [/(?<=[a-z])\s+\+\s+(?=[a-z])/g, ' and '],
  // "lower third p1: …": the lower third is a caption's style, not the third photo.
  [/\blower[\s-]third\s+(?=photo\s+\d)/g, 'lower-third caption on '],
];

export function expandEditorShorthand(source: Mapped): Mapped {
  let out = source;
  for (const [re, replacement] of EDITOR_SHORTHAND)
    out = rewrite(out, re, (m) =>
      typeof replacement === 'string'
        ? replacement.replace(/\$(\d)/g, (_, k: string) => m[Number(k)] ?? '')
        : replacement(m),
    );
  // "第2张 3s", "全部2s": seconds said with an s in a Chinese message.
  if (/[\u4e00-\u9fff]/.test(out.text)) {
    out = rewrite(out, /(\d+(?:\.\d+)?)\s*(?:s|secs?)(?![a-z])/g, (m) => `${m[1]}秒`);
    // "最后一张 -1秒", "第二张 +0.5秒": that much more or less; "全部2秒": every photo.
    out = rewrite(out, /(?<![\d.])([+-])(\d+(?:\.\d+)?)秒/g, (m) => `${m[1] === '+' ? '多' : '少'}${m[2]}秒`);
    if (!/转场|过渡|黑场|白场|叠化|擦除|闪白|闪黑/.test(out.text))
      out = rewrite(out, /(?<![\u4e00-\u9fff])全部(?:都)?\s*(?=\d+(?:\.\d+)?秒)/g, () => '每张');
    // "音乐结尾能不能慢慢变小": asked in the middle of the sentence, the request is the rest of it.
    out = rewrite(out, /(?<=[\u4e00-\u9fff])(?:能不能|可不可以|能否)(?=[\u4e00-\u9fff])(?!做|帮)/g, () => '');
    // "音乐调到70", "音量一半": a bare number or a half after the music is its level.
    out = rewrite(
      out,
      /(音乐|配乐|背景音乐|音量)(调到|调成|改成|设成|开到)\s*(\d{1,3})(?![\d.%秒分倍成])/g,
      (m) => `${m[1]}${m[2]}${m[3]}%`,
    );
    out = rewrite(out, /音量(?:调到|调成|改成)?一半/g, () => '音量50%');
    // "字幕也这样", "标题也放上去" after the other text: the last edit, on this one too.
    out = rewrite(out, /^\s*(字幕|标题)也(?:这样|一样|是|放上去|放下去|改|要)(?:吧|呀)?\s*$/g, (m) =>
      m[1] === '字幕' ? 'the caption too' : 'the title too',
    );
    // "闪白 0.3", "转场 叠化 0.5": a bare number after a transition is its seconds.
    out = rewrite(
      out,
      /(闪白|闪黑|黑场|白场|叠化|擦除|滑动|转场|淡入淡出|溶解)\s*(\d*\.\d+|\d)(?![\d.]*\s*(?:秒|%|张|个|倍|s|次|步))/g,
      (m) => `${m[1]}${m[2]}秒`,
    );
  }
  return out;
}
