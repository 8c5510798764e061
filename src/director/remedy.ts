import type { EditCommand } from '../model/index.js';

/**
 * A complaint followed by its remedy ("the title is too small, make it bigger", "音乐太吵了，小声点", "too
 * bright, tone it down"): the complaint already took the step that fixes it, on the thing complained of,
 * so the remedy said after it is that same step — never a second one, nor an edit of something else the
 * remedy's words could name alone ("shrink" is also a transition, "tone it down" also a camera move).
 *
 * Each family: which edits a complaint made, and the words that only ask for the fix of that complaint.
 */

/** "too small", "way too loud", "太大了", "晃得太厉害": the clause before complained of something. */
const COMPLAINT = /\btoo\b|\bover[\s-]?(?:saturated|exposed|done)\b|太|过于|过头|过曝/;

/** Words around a remedy that add nothing to it: "so", "please", "a bit", "所以", "一点", "吧". */
const LEAD =
  '(?:(?:so|then|and|just|please|pls|plz|can\\s+you|could\\s+you|maybe|ok|okay|所以|那就|那|就|请|帮我|麻烦|能不能|可以)\\s*)*';
const TAIL =
  '(?:\\s*(?:a\\s+(?:bit|little|touch|notch|lot)|slightly|somewhat|some|please|pls|plz|thanks|for\\s+me|a\\s+bit\\s+more|一点|一些|点|些|一下|吧|啊|呀|呢|哈|行吗|好吗|可以吗|谢谢|[.!?。！？~]))*';

/** "fix it", "改一下": a remedy of any complaint. */
const ANY =
  '(?:fix|sort|adjust|change|correct)\\s+(?:it|that|this|them)(?:\\s+out)?|(?:sort|deal\\s+with)\\s+(?:it|that)(?:\\s+out)?|改(?:一)?下|调(?:一)?下|调整(?:一)?下?|处理(?:一)?下|改改|调调';

const IT = '(?:\\s+(?:it|them|that|this|those|these|things|everything))?';
const MAKE =
  "(?:(?:make|get|have|let'?s\\s+make)\\s+(?:it|them|that|this|those|these)\\s+(?:a\\s+(?:bit|little|lot|touch)\\s+)?)?";
const VERB_ZH = '(?:再)?(?:调|弄|变|放|整|搞|改|挪|移|往)?(?:得)?';

interface Remedy {
  /** The complaint's edits are of this family. */
  made: (commands: readonly EditCommand[]) => boolean;
  /** Words that ask only for the fix of it. */
  words: string;
}

const all = (test: (command: EditCommand) => boolean) => (commands: readonly EditCommand[]) =>
  commands.length > 0 && commands.every(test);

const REMEDIES: Remedy[] = [
  {
    // "the title is too small, make it bigger", "字幕太大了，缩小一点"
    made: all((command) => command.type === 'updateText' && command.size !== undefined),
    words: `${MAKE}(?:bigger|larger|smaller|tinier|less\\s+big)|(?:enlarge|shrink|scale\\s+(?:it|them)\\s+(?:up|down)|scale\\s+(?:up|down)|size\\s+(?:it|them)\\s+(?:up|down)|size\\s+(?:up|down)|bump\\s+(?:it|them)\\s+up|blow\\s+(?:it|them)\\s+up)${IT}|${VERB_ZH}(?:大|小)(?:一)?[点些]|放大|缩小|调大|调小|变大|变小|弄大|弄小|改大|改小|字(?:再)?(?:大|小)`,
  },
  {
    // "the title is too low, move it up", "字幕太靠下了，往上挪一点"
    made: all((command) => command.type === 'updateText' && command.position !== undefined),
    words: `(?:move|push|shift|bring|nudge|put)${IT}\\s+(?:up|down|higher|lower)(?:\\s+(?:a\\s+bit|a\\s+little))?|(?:raise|lower)${IT}|${MAKE}(?:higher|lower)|${VERB_ZH}(?:上|下|高|低)(?:一)?[点些]|(?:往|向)(?:上|下)(?:挪|移|放|调|提)?(?:一)?[点些]?|(?:上|下)移|挪上去|挪下来|放高|放低|提高|调高|调低`,
  },
  {
    // "the crossfades are too long, shorten them", "转场太快了，慢一点"
    made: all((command) => command.type === 'setTransition' && command.durationMs !== undefined),
    words: `${MAKE}(?:longer|shorter|quicker|faster|slower|snappier)|(?:shorten|lengthen|extend|trim|tighten|speed${IT}\\s+up|slow${IT}\\s+down)${IT}|${VERB_ZH}(?:长|短|快|慢)(?:一)?[点些]|缩短|加长|放慢|加快|调快|调慢`,
  },
  {
    // "the music is way too loud, turn it down", "音乐太吵了，小声点"
    made: all((command) => command.type === 'setMusicVolume'),
    words: `(?:turn|bring|dial|pull|crank|pump)${IT}\\s+(?:down|up)|(?:lower|raise)${IT}|${MAKE}(?:quieter|louder|softer)|${VERB_ZH}(?:小|大|低|高|轻)(?:声)?(?:一)?[点些]|(?:小|大)声(?:一)?[点些]?|调(?:小|低|大|高)|降低|降(?:一)?[点些]`,
  },
  {
    // "too slow, speed it up", "it's too short, make it longer", "太慢了，快一点"
    made: all((command) => command.type === 'setDuration' || command.type === 'setSegmentDuration'),
    words: `${MAKE}(?:longer|shorter|quicker|faster|slower|snappier)|(?:speed${IT}\\s+up|slow${IT}\\s+down|shorten|lengthen|extend|trim${IT}(?:\\s+down)?|cut${IT}\\s+down|pick\\s+up\\s+the\\s+pace)${IT}|${VERB_ZH}(?:长|短|快|慢|久)(?:一)?[点些]|缩短|加长|放慢|加快|剪短|调快|调慢`,
  },
  {
    // "too bright, tone it down", "too saturated, tone it down", "颜色太艳了，淡一点"
    made: all((command) => command.type === 'setLook'),
    words: `(?:tone|dial|turn|pull|bring|calm)${IT}\\s+(?:down|back)|${MAKE}(?:less\\s+\\w+|softer|subtler|darker|lighter|brighter|duller|calmer|milder)|(?:darken|brighten|lighten|desaturate|soften)${IT}|${VERB_ZH}(?:淡|暗|亮|弱|轻|素|柔和)(?:一)?[点些]|调(?:暗|亮|淡)|压暗|提亮|降(?:低)?饱和(?:度)?`,
  },
  {
    // "the zoom is too strong, make it subtler", "晃得太厉害了，轻一点"
    made: all((command) => command.type === 'setMotion'),
    words: `(?:tone|dial|calm|turn)${IT}\\s+(?:down|back)|${MAKE}(?:subtler|gentler|calmer|softer|slower|less\\s+\\w+|more\\s+subtle|more\\s+gentle)|(?:soften|slow${IT}\\s+down)${IT}|${VERB_ZH}(?:轻|弱|小|慢|缓|柔和|温柔|稳)(?:一)?[点些]`,
  },
];

const compiled = REMEDIES.map((remedy) => ({
  made: remedy.made,
  re: new RegExp(`^\\s*${LEAD}(?:${remedy.words}|${ANY})${TAIL}\\s*$`),
}));

/**
 * Whether `said` is only the remedy of the complaint `complaint`, whose clause made `commands`.
 */
export function remediesComplaint(
  commands: readonly EditCommand[],
  complaint: string,
  said: string,
): boolean {
  if (!COMPLAINT.test(complaint)) return false;
  return compiled.some((remedy) => remedy.made(commands) && remedy.re.test(said));
}
