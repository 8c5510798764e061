import { catalog } from '../../catalog/index.js';
import { effectTitle, type MessageKey } from '../../messages/index.js';
import { addVocabulary } from '../fuzzy.js';
import { type Family, note } from './types.js';

/**
 * Things people ask of the picture that Joy has no feature for: a handwriting or other font, cutting a
 * subject out of its background. Said plainly, with what there is instead, and the whole clause is taken,
 * so none of its words ("the coffee photo", "on white", "curly") become an edit of their own.
 */
/** Someone or something in the picture ("my ex", "the guy", "that car"), never a part of the video. */
const INSIDE = String.raw`(?:(?:ex-?)?(?:son|daughter|mother|father|brother|sister)-in-law|ex(?:-?(?:boyfriend|girlfriend|husband|wife|bf|gf))?|exes|ex's|boyfriend|girlfriend|bf|gf|husband|wife|partner|guys?|dudes?|man|men|woman|women|lady|ladies|girls?|boys?|kids?|child|children|baby|person|people|someone|somebody|strangers?|tourists?|photobombers?|passers?[\s-]?by|bystanders?|mom|mum|dad|mother|father|brother|sister|friends?|cousin|uncle|aunt|him|her|me|myself|us|dog|cat|cars?|trash|rubbish|garbage|bins?|poles?|wires?|signs?|thumb|finger|shadow)`;
/** What Joy itself puts on a photo (a text, the music, a move, a look): taken off it, that is an edit. */
const NOT_OURS =
  '(?!把?(?:这|那)?(?:个|条|行|段)?(?:标题|字幕|文字|字|片尾|音乐|歌|配乐|滤镜|转场|过渡|特效|效果|动效|动画|运动|缩放|放大|推近|拉远|边框|黑边|模糊|贴纸))';
const WHO = String.raw`(?:(?:my|our|his|her|their|the|that|this|those|these|a|an|some|all|random|other|annoying|stupid)\s+)*(?:[a-z'-]+\s+){0,2}?${INSIDE}`;
const INSIDE_ZH =
  '路人甲?|游客|行人|陌生人|闲杂人等|前任|前男友|前女友|前夫|前妻|那个人|这个人|那个男的|那个女的|那个小孩|旁边的人|后面的人|背景里?的人|路人们|电线杆?|垃圾桶?|杂物';

/** "remove my ex from the beach photo", "cut the guy out of photo 2": someone or something taken out of a photo. */
const TAKEN_OUT = new RegExp(
  String.raw`(?:\b(?:remove|erase|delete|get\s+rid\s+of|airbrush|blur)\s+(?:out\s+)?${WHO}(?:\s+(?:[a-z]+ing|who|that)(?:\s+[a-z']+){0,4}?)?\s+(?:out\s+)?(?:from|out\s+of|off|in|on)|\b(?:take|cut|crop|edit|paint|photoshop|clone)\s+(?:out\s+${WHO}\s+(?:from|in|on)|${WHO}\s+out\s+of))\s+(?:(?:the|my|this|that|our)\s+)?(?:background\b|back\b|(?:photo|picture|pic|image|shot)\s+(?:\d|one|two|three|four|five)\b|(?:[\w'-]+\s+){0,2}?(?:photo(?:graph)?|picture|pic|image|shot|one)s?\b)`,
);
/** "把前任从海边那张里P掉", "把路人P掉", "海边那张里的前男友去掉". */
const TAKEN_OUT_ZH = new RegExp(
  `(?:^|[把将])(?:我的?|那个|这个|那些|这些|那俩|那几个)?(?:${INSIDE_ZH})(?:给|都)?(?:[pP]掉|抹掉|擦掉|去掉|删掉|删除|去除|弄掉|修掉|消除)|把${NOT_OURS}[^，,。？?从]{1,8}从[^，,。？?]{0,12}?(?:照片|图片|相片|图|张)(?:里|中|上)(?:面)?(?:给)?(?:[pP]掉|抹掉|擦掉|去掉|删掉|删除|去除|弄掉|修掉|消除)|从[^，,。？?]{0,12}?(?:照片|图片|相片|图|张)(?:里|中|上)(?:面)?(?:把)?${NOT_OURS}[^，,。？?]{1,8}?(?:[pP]掉|抹掉|擦掉|去掉|删掉|删除|去除|弄掉|修掉|消除)|(?:照片|图片|相片|图|张)(?:里|中|上)(?:面)?的?(?:我的?|那个|这个|那些|这些|那俩|那几个)?(?:${INSIDE_ZH})(?:给|都)?(?:[pP]掉|抹掉|擦掉|去掉|删掉|删除|去除|弄掉|修掉|消除)`,
);

const BEYOND: readonly [RegExp, MessageKey][] = [
  [
    /\b(?:hand[\s-]?writ(?:ing|ten)|cursive|calligraph(?:y|ic)|(?:script|fancy|curly|swirly|loopy|decorative)\s+(?:font|letters|lettering|writing|type(?:face)?)|something\s+(?:curly|swirly|loopy|fancy)|typefaces?|(?:another|different|other|new|cuter|nicer|prettier|cute|fun|bubbly|rounded|cartoon)\s+fonts?|(?:change|switch|pick|choose|swap)\s+(?:the\s+)?(?:(?:title|caption|text|subtitle)(?:'s|s)?\s+)?fonts?)\b|\bfonts?\s+(?:like|such\s+as|to|into)\b|手写(?:体|字|风)?|艺术字|书法(?:字|体)?|花体(?:字)?|草书|楷体|宋体|黑体|(?:换|改|选|用)(?:个|一个|一种|别的|其他)?字体/,
    'note.text.noFont',
  ],
  [
    /\b(?:cut|remove|erase|delete|take|get\s+rid\s+of|lose|strip|drop)\s+(?:out\s+)?(?:the\s+)?(?:background|backdrop|bg)\s+(?:out\s+)?(?:of|from|behind|in|on)\s+(?:the\s+|my\s+|this\s+|that\s+)?(?!frame\b|video\b|sides?\b|edges?\b)[a-z]|\bcut\s+(?:the\s+)?(?:background|backdrop|bg)\s+out\b|\b(?:background|bg)\s+remov(?:al|er)\b|\bcut\s+(?:out\s+)?(?:the\s+)?(?:cup|person|people|subject|dog|cat|product|item|him|her|them|me|us)\s+out\b|\bjust\s+the\s+[a-z]+\s+on\s+(?:a\s+)?(?:plain\s+)?white\b|抠图|抠出来|抠掉|抠(?:一下|下)|(?:把)?背景(?:都)?(?:抠掉|去掉只留|换掉只留)/,
    'note.photo.noCutout',
  ],
  // "remove the tourists in the background of the beach photo", "把路人P掉", "remove the watermark from the second
  // photograph", "去掉第二张照片的水印": retouching inside a photo, which must never read as removing the photo it names.
  [
    /\b(?:remove|erase|delete|get\s+rid\s+of|take\s+out|edit\s+out|clean\s+up|hide|paint\s+out|photoshop\s+out)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+|that\s+|this\s+)?(?:\w+\s+){0,2}?(?:tourists?|people|persons?|crowds?|strangers?|passers?[\s-]?by|bystanders?|photobombers?|power\s+lines?|watermarks?|logos?|(?:date\s*|time\s*)?stamps?|signatures?|stickers?|blemish(?:es)?|objects?)(?:\s+(?:[a-z]+ing|who|that)(?:\s+[a-z']+){0,4}?)?\s+(?:in|from|on|at|behind|out\s+of)\s+(?:the\s+|my\s+|this\s+|that\s+)?(?:back(?:ground)?|\w+(?:\s+\w+)?\s+(?:photo(?:graph)?|picture|pic|image|shot|one)|(?:photo(?:graph)?|picture|pic|image|shot)s?)\b|\b(?:remove|erase|delete|edit\s+out|paint\s+out)\s+(?:the\s+)?(?:\w+\s+)?(?:in|from)\s+the\s+background\b|(?:去掉|删掉|删除|抹掉|[pP]掉|擦掉|消除|修掉|清除)(?:照片|图片|图)?(?:里|中|上)?(?:背景)?(?:里|中|上)?(?:的)?(?:路人|游客|行人|人群|杂物|电线|垃圾|车|水印|痘痘|闲杂人等)|(?:去掉|删掉|删除|去除|抹掉|[pP]掉|擦掉|消除|修掉|清除)[^，,。？?]{0,10}?(?:照片|图片|相片|图|张)(?:里|中|上)?的(?:水印|logo|标志|签名|日期|时间戳|贴纸|路人|游客|行人|杂物|电线)|把[^，,。？?]{0,12}(?:里|中|上|的)(?:的)?[^，,。？?]{0,6}?(?:路人|游客|行人|人群|杂物|电线|垃圾|车|水印|logo|标志|签名|时间戳|贴纸|人)(?:给)?(?:去掉|删掉|抹掉|[pP]掉|擦掉|消除|修掉)/i,
    'note.photo.noRetouch',
  ],
  // "remove my ex from the beach photo", "cut the guy out of photo 2", "把前任从海边那张里P掉", "把路人P掉",
  // "海边那张里的前男友去掉": someone (or something) taken out of a photo is retouching; the photo it names
  // stays ("remove the beach photo", "remove the caption from photo 2" and "把海边那张删掉" are not this).
  [TAKEN_OUT, 'note.photo.noRetouch'],
  [TAKEN_OUT_ZH, 'note.photo.noRetouch'],
  // "第一张背景里有个路人，能帮我把他去掉吗": someone in a photo's background, taken out by a pronoun.
  [
    new RegExp(
      `(?:背景|后面|旁边|角落)(?:里|上)?有(?:个|一个|几个|些)(?:${INSIDE_ZH})[^。！!？?]{0,12}?(?:把(?:他|她|它|他们|她们)?)?(?:[pP]掉|抹掉|擦掉|去掉|删掉|弄掉|修掉)`,
    ),
    'note.photo.noRetouch',
  ],
  // "remove the bee on my hand in the 2nd photo": a thing taken out of a photo is retouching.
  [
    /\b(?:remove|erase|delete|get\s+rid\s+of|take\s+out|edit\s+out|clean\s+up)\s+(?:the|that|this|a|those|these)\s+(?:\w+\s+)?(?:bees?|bugs?|flies|fly|insects?|mosquito(?:e?s)?|spots?|pimples?|zits?|moles?|scars?|stains?|hairs?|wires?|poles?|bins?|trash|rubbish|cars?|signs?|shadows?|reflections?|glare|birds?|pigeons?|dust)\b[^.;!?]{0,30}?\b(?:in|on|from)\s+(?:the\s+|my\s+)?(?:[\w'-]+\s+){0,2}(?:photo|picture|pic|image|shot)s?\b/,
    'note.photo.noRetouch',
  ],
  // "第一张我脸上的痘痘帮我去掉": spots, wrinkles or red eyes taken out of a face are retouching.
  [
    /(?:痘痘|痘印|痘|雀斑|斑点|色斑|皱纹|黑眼圈|红眼|眼袋|疤)[^，,。！!？?]{0,6}(?:去掉|[pP]掉|修掉|弄掉|消除|去除|遮掉|磨掉)/,
    'note.photo.noRetouch',
  ],
  // "make the baby's cheeks less red in photo 3": skin or eyes retouched, never the photo removed.
  [
    /\b(?:cheeks?|skin|face|nose|eyes?|lips|complexion)\s+(?:look\s+)?(?:less|more|not\s+so)\s+(?:red|pink|shiny|oily|blotchy|pale|puffy|dark)\b/,
    'note.photo.noRetouch',
  ],
  // "remove the red eyes in the party photo", "fix her wrinkles", "把第二张的红眼去掉", "修一下脸上的痘痘": a flaw in
  // someone's face or in the picture retouched — never the photo it is in removed.
  [
    /\b(?:remove|fix|correct|reduce|get\s+rid\s+of|erase|take\s+out|take\s+away|edit\s+out|clean\s+up|hide|smooth(?:\s+out)?|retouch|touch\s+up|airbrush|cover\s+up)\s+(?:(?:the|those|these|that|her|his|my|our|their|your|any|all|all\s+the|some|of|everyone'?s|people'?s)\s+)*(?:[\w'-]+\s+){0,2}?(?:red[\s-]?eyes?|wrinkles?|pimples?|acne|zits?|blemish(?:es)?|freckles?|dark\s+circles|eye\s+bags|bags\s+under\s+(?:\w+\s+)?eyes|double\s+chins?|glare|lens\s+flares?|reflections?|dust\s+spots?)\b|\bred[\s-]?eye\s+(?:removal|reduction|fix|correction)\b|\b(?:skin\s+smoothing|beauty\s+mode)\b|(?:去掉|去除|消除|修掉|修复|修一下|修修|祛|[pP]掉|抹掉|去)[^，,。？?]{0,12}?(?:红眼|皱纹|痘痘?|痘印|斑点?|雀斑|黑眼圈|眼袋|双下巴|反光)|(?:红眼|皱纹|痘痘?|痘印|雀斑|黑眼圈|眼袋|双下巴|反光)(?:给|都)?(?:去掉|去除|消除|修掉|修一下|修复|[pP]掉|抹掉|弄掉)/,
    'note.photo.noRetouch',
  ],
  [/\bgreen[\s-]?screen(?:ed|ing|s)?\b|\bchroma[\s-]?key(?:ed|ing|s)?\b|绿幕|抠像/, 'note.photo.noCutout'],
  // Editors' words for sound that crosses a cut ("a J-cut so the audio leads in", "L-cut", "split edit").
  [
    /\b[jl][\s-]?cuts?\b|\bsplit[\s-]edits?\b|\b(?:audio|sound)\s+(?:of\s+the\s+next\s+(?:shot|photo|clip|pic)\s+)?(?:leads?|leading)\s+in\b|\b(?:audio|sound)\s+(?:comes?\s+in|starts?)\s+(?:just\s+)?before\s+the\s+(?:cut|picture|image|shot|video\s+does)\b|声画错位|音画错位|声音先(?:进|入|出来)/,
    'note.edit.noSplitEdit',
  ],
  [/\bkey[\s-]?fram(?:e|es|ed|ing)\b|关键帧/, 'note.edit.noKeyframes'],
  // "画中画：把第二张缩小放在第一张右上角", "picture in picture", "split screen": two photos at once.
  [
    /\bpicture[\s-]+in[\s-]+(?:a[\s-]+)?picture\b|\bpip\b|\bsplit[\s-]?screen\b|\bside[\s-]+by[\s-]+side\s+(?:photos|pictures|pics)\b|画中画|分屏|双屏|同屏|拼在一起(?:显示|放)?/,
    'note.edit.noPictureInPicture',
  ],
  // "加个转场音效 嗖的那种", "a whoosh sound on each transition": the only sound is the music, so a sound effect
  // is neither a transition nor a song.
  [
    /\bsound[\s-]?(?:effects?|fx)\b|\bsfx\b|\b(?:whoosh|swoosh|woosh|swish|click|pop|ding|boom|shutter|camera|transition)(?:ing)?\s+(?:sounds?|noises?|sfx)\b|\b(?:crowd|cheering|applause|laughter)\s+(?:cheering\s+)?(?:sounds?|noises?|sfx)\b|\b(?:sounds?|noises?)\s+of\s+(?:a\s+|the\s+|some\s+)?(?:crowd|cheering|applause|laughter|children|kids|people|laughing)\b|掌声|欢呼声|鼓掌声|笑声|鸟叫声|海浪声|雨声|口哨声|\b(?:add|with|put|use|want|need|some)\s+(?:a\s+|an\s+|some\s+)?(?:whoosh|swoosh|woosh)(?:es)?\b|音效|(?:嗖|咻|唰|刷|砰|叮|咔嚓)(?:的|地)?(?:一)?声|(?:嗖|咻|唰)(?:的|地)?那种/,
    'note.audio.noSoundEffects',
  ],
  // "add a voice-over of me reading a poem", "再配一段我自己的旁白": a recorded voice, which no caption or song stands for.
  [
    /\bvoice[\s-]?overs?\b|\bnarrat(?:ion|e|ed|or)\b|\brecord(?:ing)?\s+(?:of\s+)?(?:my|me|a|our|us)\s+(?:own\s+)?(?:voice|talking|speaking|reading|saying|narrating)\b|\b(?:my|our)\s+(?:own\s+)?voice\s+(?:over|on|reading|saying)\b|旁白|配音(?!乐)|解说词?|(?:我|我们)(?:自己)?的声音|录(?:一段|段|个)?(?:我的)?(?:声音|语音)/,
    'note.audio.noVoiceOver',
  ],
  // "auto-generate subtitles from what I say", "加自动字幕": captions typed by Joy from speech, not a caption's words.
  [
    /\bauto(?:matic(?:ally)?)?[\s-]*(?:generat(?:e|ed|ing)\s+)?(?:the\s+)?(?:subtitles?|captions?|subs)\b|\b(?:subtitles?|captions?|subs)\s+(?:from|of|for)\s+(?:what\s+(?:i|we|they|he|she)\s+(?:say|said|says)|(?:the|my)\s+(?:audio|speech|voice|narration|voice[\s-]?over|talking))\b|\b(?:subtitles?|captions?|subs)\s+(?:automatically|auto[\s-]?generated)\b|\btranscri(?:be|bed|ption)\b|自动(?:生成|识别|加)?字幕|(?:语音|声音|说的话)(?:自动)?(?:识别|转|生成)(?:成)?(?:文字|字幕)|识别字幕/,
    'note.text.noAutoSubtitles',
  ],
  // "take the vocals out of the song", "只要伴奏": the song is played as it is, never removed for it.
  [
    /\b(?:remove|take\s+out|take|strip(?:\s+out)?|cut(?:\s+out)?|mute|drop|get\s+rid\s+of|lose|kill|erase)\s+(?:the\s+|all\s+the\s+)?(?:vocals?|singing|singer'?s?\s+voice|lyrics|voice\s+track)\b|\b(?:vocals?|singing|lyrics)\s+(?:out|off|removed)\b|\b(?:instrumental|karaoke)\s+(?:only|version)\b|\b(?:only|just)\s+(?:the\s+)?instrumental\b|\bno\s+(?:vocals|singing|lyrics)\b|(?:去掉|去除|删掉|消掉|去)(?:歌里|歌曲里|音乐里)?(?:的)?人声|人声(?:去掉|删掉|消掉|去除|不要)|只(?:要|留|保留)(?:伴奏|背景乐)|伴奏版|消音版/,
    'note.audio.noVocalRemoval',
  ],
  [
    /\bspeed[\s-]?ramp(?:s|ing|ed)?\b|\bramp\s+(?:up\s+|down\s+)?the\s+speed\b|曲线变速|速度曲线|变速效果/,
    'note.edit.noSpeedRamp',
  ],
];

export const beyond: Family = (clause, _ctx, out) => {
  for (const [re, key] of BEYOND) {
    if (!clause.has(re)) continue;
    clause.blank(0, clause.text.length);
    out.understood = true;
    const names = catalog.textStyles.names();
    out.notes.push(
      note(key, {
        list: {
          en: names.join(', '),
          zh: names.map((name) => effectTitle('zh', 'text-style', name)).join('、'),
        },
      }),
    );
    return;
  }
};

// The people and things a photo shows are no words to correct typos towards ("caps" is never "cars").
addVocabulary(
  BEYOND.filter(([re]) => re !== TAKEN_OUT && re !== TAKEN_OUT_ZH).map(([re]) => re),
  'handwriting handwritten cursive calligraphy curly swirly loopy font fonts typeface background backdrop cutout chroma keyframe keyframes ramp whoosh swoosh woosh sound sounds effects noise noises voiceover narration subtitles vocals instrumental karaoke red eyes wrinkles pimples acne blemishes freckles glare reflections',
);
