/**
 * Everyday and polite ways of asking, said by people who do not know the settings' names ("照片动得有点厉害",
 * "could the pictures move about a little", "最后一个转场，能不能改成黑场？", "还是有点大声"): each rewritten into
 * the words the rules read. A reason or a remark beside the request ("教堂里放这种音乐不太合适", "刚才加的字不好看")
 * goes, so none of its words become an edit of their own.
 */
const MISSED_WITHOUT =
  /\b(?:flat|empty|boring|dull|bare|lifeless|plain|quiet|dead|lacking|missing|weird|odd|strange|sad)\b|\bnot\s+the\s+same\b/;

export const EVERYDAY: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // "make it without the zoom", "the video without any transitions": what is not wanted, said as "no …".
  [
    /\bwithout\s+(?:the\s+|any\s+|all\s+(?:the\s+)?|those\s+)?(?=(?:zoom(?:s|ing)?|ken\s+burns|motion|movement|moving|panning|pans?|transitions?|fades?|crossfades?|music|song|soundtrack|titles?|captions?|texts?|filters?|effects?)\b)/g,
    // "it feels flat without music" misses it: that asks for music.
    (m) => (MISSED_WITHOUT.test(m.input) ? m[0] : 'no '),
  ],
  // "make all the text red except the title", "除了标题，其他字都改成红色": the other kind of text.
  [
    /\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:texts?|words|writing|captions?|subtitles?)\b([^.;!?]*?)\s*,?\s*\b(?:except(?:\s+for)?|but(?:\s+not)?|apart\s+from|other\s+than|besides|save\s+for)\s+(?:the\s+)?(titles?|heading|captions?|subtitles?)\b/g,
    (m) => `${/^(?:titles?|heading)$/.test(m[2]!) ? 'the captions' : 'the title'}${m[1]}`,
  ],
  [
    /除了(标题|字幕)(?:以外|之外)?\s*[，,]?\s*(?:其他|其余|别|剩下)的?(?:字|文字|字幕|标题)?/g,
    (m) => (m[1] === '标题' ? '字幕' : '标题'),
  ],
  [
    /(?:所有|全部|全部的|所有的)(?:字|文字)(?=[^，,。；;！!？?]*[，,]\s*(?:标题|字幕)除外)([^，,。；;！!？?]*)[，,]\s*(标题|字幕)除外/g,
    (m) => `${m[2] === '标题' ? '字幕' : '标题'}${m[1]}`,
  ],
  // "第一张不动，后面的倒过来": the photo kept in its place while the others are reversed.
  [
    /(第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片)?(?:不动|不变|别动|留在原位|位置不变)[，,]\s*(?:后面|其他|其余|剩下|别)的?(?:照片|图片|几张)?(?:都)?(?=(?:的)?(?:顺序)?(?:倒过来|倒序|反过来|颠倒))/g,
    '除了$1，其他的',
  ],
  // "make the transitions a second long": one second, not the second one.
  [/\ba\s+second(?=\s+(?:long|each|apiece|per|in\s+length)\b)/g, '1 second'],
  // "the slow zoomy thing", "that zooming effect": the zoom, named by what it looks like.
  [
    /\b(zoom|zoomy|zooming|pan|panning|sliding|moving|fading|fade|blurry|blur)(?:\s*-?\s*(?:in|out))?\s+(?:thing|things|effect|effects|stuff|bit|motion)\b/g,
    (m) =>
      m[0]
        .replace(/\s+(?:thing|things|effect|effects|stuff|bit|motion)$/, '')
        .replace(/^zoomy|^zooming/, 'zoom'),
  ],
  // "stop all the zooming", "stop the panning": no more of that motion.
  [
    /\bstop\s+(?:all\s+)?(?:the\s+|that\s+|this\s+|those\s+)?(?:slow\s+)?(?=(?:zoom(?:ing|s)?|pan(?:ning|s)?|moving|motion|movement|ken\s+burns|drift(?:ing)?)\b)/g,
    'no ',
  ],
  // "后面两张删掉，留前三张就行": what stays after a removal asks for nothing more.
  [
    /[，,]\s*(?:只)?(?:留|保留|剩)(?:下)?(?:前|后)?\s*\d+\s*张(?:照片|图片)?(?:就行|就好|就可以|即可|就够了)?(?:了)?(?=\s*(?:$|[，,。；;！!？?]))/g,
    (m) => (/删|去掉|不要/.test(m.input.slice(0, m.index)) ? '' : m[0]),
  ],
  // Effects described by what they look like, by people who do not know their names.
  // "下一张从旁边滑进来": a slide; "图片之间那种慢慢变过去的": the crossfade; "白光闪一下": through white.
  [
    /(?:下一张|每张|后一张)?(?:图片|照片)?从(?:旁边|侧面|侧边|边上|左边|右边)(?:滑|划|推)(?:进来|进|入|过来)/g,
    '转场改成滑动',
  ],
  [
    /(?:图片|照片)(?:和图片|和照片)?之间(?:那种|那个|的)?(?:慢慢|渐渐)(?:变|换|过渡|转场)过去的?(?:效果|那个|转场)?/g,
    '叠化',
  ],
  [/(?:白光|白色的光)闪(?:一下|一闪)|闪(?:一下)?白光|闪白/g, '白场'],
  [/(?:白光|白场)?闪得(?:太|有点|有些)?久(?:了)?/g, '转场太长了'],
  [/换图(?:的时候|时)?(?:太|有点|有些)?(?:突然|生硬|硬)(?:了)?/g, '转场太生硬了'],
  [
    /\b(?:the\s+|each\s+|every\s+)?(?:pictures?|photos?|images?|it)\s+(?:just\s+)?(?:jumps?|snaps?|cuts?)\s+(?:straight\s+)?(?:from\s+one\s+)?to\s+(?:the\s+)?(?:next|other|another)(?:\s+one)?\b/g,
    'the cuts are too abrupt',
  ],
  // "那个慢慢放大的效果不要了", "画面不要越来越近，改成慢慢变远": the zoom, by what it does.
  [/(?:那个|这个|那种)?(?:慢慢|一直)?放大的(?:效果|那个|感觉)?不要了/g, '不要放大了'],
  [/(?:画面)?(?:不要|别)(?:越来越近|一直靠近|一直推进)/g, ''],
  [/(?:慢慢)?(?:变远|越来越远|往后退)/g, '拉远'],
  [/(?:慢慢)?(?:靠近|越来越近)(?!了)/g, '推近'],
  [/\b(?:glide|slide|drift|move|pan)s?\s+(?:sideways|side\s*to\s*side|across)\b/g, 'pan right'],
  [/\b(?:just\s+)?(?:sit|stay)\s+(?:there|still)\b/g, 'be still'],
  // "only the first photo moves, the rest should be still": every photo but that one.
  [
    /\bonly\s+(the\s+[a-z0-9]+(?:\s+[a-z0-9]+)?)\s+(?:moves|should\s+move|can\s+move|is\s+moving)\s*[,;]?\s*(?:and\s+)?(?:the\s+rest|the\s+others|everything\s+else|all\s+the\s+others)\s+(?:should\s+)?(?:be\s+|stay\s+|are\s+|remain\s+|keep\s+)?(still|static)\b/g,
    'make every photo except $1 $2',
  ],
  // "只让最后一张动，前面的都静止": every photo but that one is still.
  [
    /只(?:让|要)?(第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片)?动[，,]\s*(?:前面|后面|其他|其余|别|剩下)的?(?:照片|图片)?(?:都)?(?=静止|不动|别动)/g,
    '除了$1，其他的都',
  ],
  // "look like an old faded photograph": the vintage look; "颜色冷冷的，像冬天那种": cool.
  [
    /\blooks?\s+like\s+(?:an?\s+)?old(?:,?\s+faded)?\s+(?:photo(?:graph)?s?|pictures?|film|snapshots?|polaroids?)\b/g,
    (m) => (/\b(?:warm|cool|cold|bright|dark|colou?rs?)\w*/.test(m.input) ? m[0] : 'look vintage'),
  ],
  [/颜色冷冷的/g, '冷色调'],
  [/[，,]?\s*像冬天(?:那种|一样|的)?(?:感觉)?(?:一样)?/g, ''],
  // "the pictures all look kind of icy and bluish": a complaint that the colours are cold.
  [
    /(?<!\b(?:make|making|let|have)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?)\b(?:the\s+)?(?:pictures?|photos?|colou?rs?|images?|everything)\s+(?:all\s+)?(?:looks?|feels?|are|is|seems?)\s+(?:all\s+)?(?:kind\s+of\s+|kinda\s+|a\s+bit\s+|a\s+little\s+|too\s+|very\s+|so\s+|really\s+)?(?:icy|bluish|blueish|cold)(?:\s+and\s+(?:icy|bluish|blueish|blue|cold))?\b/g,
    'the colours are too cold',
  ],
  // "take all the writing off", "the little words at the bottom": the text.
  [/\b(?:writing|lettering|wording)\b/g, 'text'],
  [/\b(?:the\s+)?little\s+words\s+at\s+the\s+bottom\b/g, 'the caption'],
  // "let it fade away over 4 seconds": the music fading out.
  [/\bfade\s+away\b/g, 'fade out'],
  // "不要那种模糊的背景，用纯黑的": black bars instead of the blurred fill.
  [/(?:不要|别用)(?:那种|那个)?模糊的背景[，,]\s*(?:用|换成|改成)?纯黑(?:的|色)?(?:背景)?/g, '加黑边'],
  // "the first thing you see": the first photo.
  [/\bto\s+be\s+the\s+first\s+thing\s+(?:you|people|they|we)\s+see\b/g, 'first'],
  // "换图的时候加一个“嗖”的声音": a sound effect, which Joy does not have.
  [
    /(?:加|放|来)(?:一个|1个|个|一下|1下|点)?\s*(?:[\uE000-\uE03F]|[“"「『][^”"」』]{1,4}[”"」』]|(?!音乐|歌|背景|配乐)[\u4e00-\u9fff]{1,2})\s*(?:的)?(?:声音|音效|声效)/g,
    '加个音效',
  ],
  // "…都保持静止，不要放大": the stillness said again as the move not wanted.
  [/(静止|不动)(?:了)?[，,]\s*(?:不要|别)(?:再)?(?:放大|缩小|动|移动|推近|拉远|晃)(?:了)?/g, '$1'],
  // "刚才删错了，放回来": the removal taken back.
  [/(?:刚才|刚刚)?删错了?(?:[，,]\s*(?:放回来|恢复一下|恢复|还原|加回来|弄回来)(?:吧)?)?/g, '撤销'],
  // "a black moment between the first two": a fade through black.
  [
    /\ba\s+(?:short\s+|quick\s+|brief\s+)?(?:black|dark)\s+(?:moment|pause|gap|screen|flash|bit)\b/g,
    'a fade to black',
  ],
  // "中间那几个大字", "下面那行": the title in the middle, the caption at the bottom.
  [/(?:中间|中央)(?:的)?(?:那几个|那些|那行|那个)?大字/g, '标题'],
  [/(?:下面|底下|下边)(?:的)?那行(?:字|小字)?/g, '字幕'],
  // "actually give it 6" after a length: seconds.
  [
    /\bgive\s+(it|that|that\s+one|them)\s+(\d+(?:\.\d+)?)(?=\s*(?:instead|then|please|now)?\s*[.!]*\s*$)/g,
    'give $1 $2 seconds',
  ],
  // "I want the picture with the trees first": that photo put there.
  [
    /\bi\s+(?:want|would\s+like|'d\s+like|’d\s+like|need)\s+(the\s+[^,.;!?]{1,40}?)\s+(first|last|at\s+the\s+(?:start|end|beginning|front|back))\b/g,
    'put $1 $2',
  ],
  // "还是往右吧" after a pan: that way instead.
  [/^\s*(?:还是|那就|那还是|改成)?往(左|右)(?:边)?(?:吧|好了)?\s*[。.!！]?\s*$/g, '往$1移'],
  // "the intro's too quick, give it an extra second": the remedy is said of the thing complained of.
  [
    /\b(the\s+(?:intro|opening|beginning|start|ending|end|outro|title|first\s+(?:photo|one|pic|picture)|last\s+(?:photo|one|pic|picture)))(?:'s|’s|\s+is|\s+feels|\s+seems|\s+goes)\s+(?:a\s+bit\s+|way\s+|far\s+|kind\s+of\s+|kinda\s+|a\s+little\s+)?too\s+(?:quick|fast|short|rushed|long|slow|quickly)\s*[,;.!:-]+\s*(?:so\s+)?(give|make|add)\s+it\b/g,
    '$2 $1',
  ],
  // "no transitions, just straight cuts - it's a house walkthrough": a reason after a dash asks for nothing.
  [
    /\s+[-–—]+\s*(?:it'?s|it’s|it\s+is|this\s+is|that'?s)\s+(?:a|an|my|our|the|for)\s+[^,.;!?]{1,40}[.!]*\s*$/g,
    '',
  ],
  // "the zooming is making my nan dizzy": it makes someone dizzy.
  [
    /\b(?:is\s+|keeps\s+)?making\s+(?:me|us|people|everyone|him|her|them|my\s+\w+|our\s+\w+)\s+(?:feel\s+)?(dizzy|sick|nauseous|queasy)\b/g,
    'makes me $1',
  ],
  // "black & white pls, grandpa always loved his old photos": what someone loved is the reason.
  [
    /[,;]\s*(?:(?:my|our|his|her)\s+)?(?:grandpa|grandma|grandad|granddad|granny|nan|nana|gran|dad|mum|mom|mother|father|wife|husband|he|she|they|we)\s+(?:always\s+|really\s+)?(?:loved|loves|liked|likes|adored|adores|enjoyed)\s+[^,.;!?]*[.!]*\s*$/g,
    '',
  ],
  // "先别弄成竖的": not (yet).
  [/先别(?=弄|改|做|换|加|调|用|放|上|切)/g, '别'],
  // "turn it into one of those hype edits": a kind of video, said as one of many.
  [
    /\b(?:one\s+of\s+)?(?:those|these|them)\s+([a-z]+(?:\s+[a-z]+)?)\s+(edit|video|reel|vlog|montage|slideshow|clip)s\b/g,
    'a $1 $2',
  ],
  // "第一张多给一秒 开头太赶了": a complaint after the edit that answers it is only its reason.
  [
    /(?<=\d[^，,。！!？?]*?)[，,\s]+(?:因为)?(?:开头|结尾|片尾|节奏|整体|画面|前面|后面)?(?:太|有点|有些|好|实在)(?:赶|快|慢|拖|长|短|急|赶了点)了?(?:吧|啊|呀)?\s*$/g,
    '',
  ],
  // "片尾太拖了": the closing photo stays too long.
  [/(?:片尾|结尾)(?:那张)?(?:太|有点|有些|好)?拖(?:了|沓)?/g, '最后一张太长了'],
  // "每张切过去都好硬": the change from photo to photo is abrupt.
  [
    /(?:每张|照片|图片)?(?:之间)?切(?:过去|换)(?:的时候)?(?:都)?(?:好|太|有点|很|特别)(?:硬|生硬|突然)(?:了)?/g,
    '转场太生硬了',
  ],
  // "ken burns is giving 2010, turn it off": what "it" is, named before.
  [
    /\b(ken\s+burns|(?:the\s+)?zoom(?:ing)?|(?:the\s+)?music|(?:the\s+)?song|(?:the\s+)?filter|(?:the\s+)?transitions?|(?:the\s+)?captions?|(?:the\s+)?title)\b([^.;!?]{0,40}?)[,;.!]\s*(?:so\s+|just\s+|pls\s+|please\s+)?(turn|switch|take)\s+(?:it|them)\s+off\b/g,
    'turn off $1',
  ],
  // "滤镜太重了 不要了": too much of it, so none.
  [
    /(滤镜|音乐|配乐|字幕|标题|转场|特效)(?:太|有点|有些|好)?(?:重|多|吵|大|丑|难看|花|土)了?[，,\s]+(?:那就|还是)?(?:不要了|去掉吧?|删了吧?|算了不要了|算了)/g,
    '去掉$1',
  ],
  // "字幕换成黄的 更显眼": why, after the request.
  [
    /(?<=\S)[，,\s]+(?:这样|好)?(?:更|比较|会更)(?:显眼|醒目|清楚|好看|清晰|突出)(?:一点|些)?(?:吧|啊)?\s*$/g,
    '',
  ],
  // "music should come in after the hook, like 2s in": where the music starts.
  [
    /\b(?:the\s+)?(?:music|song|track|bgm)\s+(?:should\s+|needs\s+to\s+|has\s+to\s+)?(?:come|kick|drop|start)s?\s+in\b(?:\s+after\s+[^,]{1,30})?,?\s*(?:like\s+|at\s+|around\s+|about\s+|maybe\s+)?(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)(?:\s+in)?\b/g,
    'music starts at $1s',
  ],
  // "keep the colors natural": no look.
  [/\bkeep\s+(?:the\s+)?colou?rs\s+(?:natural|normal|real|true|as\s+they\s+are|original)\b/g, 'no filter'],
  // "每张2秒，最后一张除外": an exception said after what holds for the rest.
  [
    /^(每张|所有照片|所有图片|全部|都)([^，,。]*?\d[^，,。]*?秒)[，,]\s*(第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张)除外/g,
    '除了$3，其他的$2',
  ],
  // "标题还是要 给我加回来": bringing it back said twice is one step back.
  [/(还是要)[，,\s]*(?:给我)?(?:加|放|弄)回来(?:吧)?/g, '$1'],
  // "cut the title": removed.
  [
    /\bcut\s+(?:out\s+)?(the\s+(?:title|captions?|text|subtitles?))\b(?!\s+(?:short|down|to)\b)/g,
    'remove $1',
  ],
  // "第三张也这么弄": the same again.
  [/也(?:这么|这样|那样|照这样)(?:弄|做|搞|改|办)(?:一下)?/g, '也一样'],
  // "字再大点 放顶部": a place for the text said after another edit of it.
  [
    /(?<=(?:标题|字幕|文字|字)[^，,。！!？?\uE000-\uE03F]*?[\u4e00-\u9fff])[，,\s]+(放|移到|挪到|放到|移|挪)(?:在)?(顶部|底部|上面|下面|中间|最上面|最下面|上方|下方)/g,
    (m) => {
      const said = /.*(标题|字幕|文字|字)/.exec(m.input.slice(0, m.index))?.[1];
      return `，${said === '字' || !said ? '文字' : said}${m[1]}${m[2]}`;
    },
  ],
  // "make the title twice as big, grandma needs to read it": who has to read it is the reason.
  [
    /[,;]\s*(?:so\s+(?:that\s+)?)?(?:my\s+|our\s+|the\s+)?(?:grandma|grandpa|granny|nan|nana|mum|mom|dad|people|everyone|viewers|customers|guests|kids|they|she|he|we|i)\s+(?:needs?\s+to|can|could|have\s+to|has\s+to|must|should|wants?\s+to|got\s+to)\s+(?:be\s+able\s+to\s+)?(?:read|see)\s+(?:it|them|this|that)\b[^,.;!?]*/g,
    '',
  ],
  // "帮我剪个快节奏的短视频": the short-video style.
  [/快节奏的?短视频/g, '短视频风格的视频'],
  // "调过头了，又太亮了": the last step overshot, so it is taken back.
  [
    /^\s*(?:好像|感觉|有点)?(?:(?:调|弄|改|加)(?:得)?)?(?:过头|过火|太过)了?(?:[，,]\s*(?:又|反而)?(?:太|有点|有些)?[\u4e00-\u9fff]{1,2}了?)?\s*[。!！]?\s*$/g,
    '撤销',
  ],
  // "竖屏就算了，保持横的": a change given up asks for nothing.
  [
    /^\s*(竖屏|横屏|方形|音乐|配乐|标题|字幕|滤镜|转场)就?算了[，,]?\s*(?:保持|还是|就)?(?:横的|竖的|原样|现在这样|原来的|横屏|竖屏)?(?:吧)?\s*[。!！]?\s*$/g,
    '',
  ],
  // "also put it in all caps", "actually lowercase looks cooler": the text's letter case.
  [
    /\b(?:put|set|have|write|do|make)\s+(it|that|them|the\s+title|the\s+captions?|the\s+text)\s+in\s+(all\s+caps|caps|capitals|capital\s+letters|upper\s*-?\s*case|lower\s*-?\s*case|small\s+letters)\b/g,
    (m) => `make ${m[1]} ${/^small/.test(m[2]!) ? 'lowercase' : m[2]}`,
  ],
  [
    /\b(lower\s*-?\s*case|all\s+caps|upper\s*-?\s*case|capitals|small\s+letters)\s+(?:looks?|would\s+look|is|seems?|feels?)\s+(?:way\s+|much\s+|a\s+lot\s+|so\s+)?(?:cooler|better|nicer|neater|cleaner|classier|more\s+\w+)\b/g,
    (m) => `make it ${/^small/.test(m[1]!) ? 'lowercase' : m[1]}`,
  ],
  // "also make it all caps" after an edit: more of the same thing, not another one.
  [
    /^\s*also\s+(?=(?:make|turn|put|set|have)\s+(?:it|them|that|the\s+(?:title|captions?|text|subtitles?))\b)/g,
    'and ',
  ],
  // "cinematic style pls, epic boss fight vibes": the feel beside a style named is that style.
  [
    /[,;]\s*(?:[a-z']+\s+){0,4}(?:vibes?|energy|feels?|mood)\s*[.!]*\s*$/g,
    (m) => (/\bstyle\b|风格/.test(m.input.slice(0, m.index)) ? '' : m[0]),
  ],
  // "next one 也一样": the same for the next one.
  [/\b(?:the\s+)?(next|last|first|other|previous)\s+one\s*也(?:一样|是|要|这样)/g, 'the $1 one too'],
  // "same for the other two" after one photo: the rest.
  [
    /\b(?:(?:for|on|to)\s+)?the\s+other\s+(?:two|three|four|[2-4])\b(?!\s*(?:s\b|secs?|seconds?|\d|%))/g,
    // Only said of the same edit again: "the others 2" after lengths is a length for them.
    (m) =>
      /\b(?:same|too|as\s+well|also)\b/.test(m.input) ? m[0].replace(/the\s+other\s+\S+/, 'the rest') : m[0],
  ],
  // "make the caption larger and move it to the top": "it" is the text just named.
  [
    /\b(the\s+(?:caption|title|subtitle|end\s+card))\b([^.;!?]*?)\band\s+(move|put|set|place)\s+it\b(?=\s+(?:to|at|on|in|up|down)\b)/g,
    (m) =>
      /\b(?:to|say|says|read|reads|words?)\b|\d/.test(m[2]!) ? m[0] : `${m[1]}${m[2]}and ${m[3]} ${m[1]}`,
  ],
  // "except the forest, that one stays still" after a move on every photo: that photo still.
  [
    /^\s*(?:but\s+)?except\s+(?:for\s+)?(?:the\s+)?([a-z][a-z0-9_-]+)(?:\s+(?:one|photo|pic|picture|shot))?\s*[,;—–-]+\s*(?:that\s+one|it|that)\s+(?:stays?|should\s+stay|can\s+stay|is|should\s+be|keeps?|remains?)\s+(still|static)\b/g,
    'make the $1 photo $2',
  ],
  // "keep the gold after all" right after an undo: bring it back.
  [/\bkeep\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+after\s+all\b/g, 'keep it after all'],
  // "never mind, redo it": the redo, not "never mind" as an undo.
  [/^\s*(?:oh\s+)?never\s*mind[\s,.!—–-]*(?=re-?do\b)/g, ''],
  // "chuck the coffee one too": removed.
  [/\b(?:chuck|toss|bin|nix|axe|scrap)\s+(?:out\s+)?(?=(?:the|that|this|those|these)\s+)/g, 'remove '],
  // "换回刚才的顺序": the order as it was.
  [/换回(?:刚才|原来|之前|以前)的顺序/g, '恢复原来的顺序'],
  // "actually yellow not red" after a coloured text: that colour.
  [
    /^\s*(?:actually|no|nah|hmm|wait)?[,\s]*(red|yellow|white|black|blue|green|pink|orange|purple|gold|silver|grey|gray)\s*,?\s*not\s+(?:red|yellow|white|black|blue|green|pink|orange|purple|gold|silver|grey|gray)\b/g,
    'make it $1',
  ],
  // "…, no fades. it's a DJ set not a wedding": a reason said as a sentence of its own asks for nothing.
  [
    /(?<=[.!?])\s*(?:it'?s|it’s|it\s+is|this\s+is|that'?s)\s+(?:a|an|my|our|the|for)\s+[^.!?]{1,60}[.!]*\s*$/g,
    '',
  ],
  // "wipes going left to right": the wipe's way, not a pan.
  [
    /\b(wipes?|slides?|pushes?)\s+(?:going\s+|moving\s+|that\s+goes?\s+)?(?:from\s+)?(left|right)\s+to\s+(?:the\s+)?(right|left)\b/g,
    (m) =>
      `${m[1]!.replace(/e?s$/, '').replace(/^(wip|slid|push)$/, (w) => (w === 'push' ? w : `${w}e`))} ${m[3]}`,
  ],
  // "the zooming distracts from the exercises": the zooming is not wanted.
  [
    /\b(?:the\s+)?(zoom(?:ing)?|panning|motion|movement|moving)\s+(?:is\s+)?(?:distracts?|distracting|too\s+distracting)\b[^.;!?]*/g,
    'no $1',
  ],
  // "照片不要动了，狗狗本身就够活泼了": what is so of itself is the reason.
  [/[，,]\s*[^，,。！!？?]{0,8}本身就(?:已经)?(?:够|很|挺|非常)[\u4e00-\u9fff]{1,4}了?/g, ''],
  // "can you show me whats on the timeline": the status.
  [/\bwhats\b/g, "what's"],
  [/\bshow\s+me\s+what(?:'s|’s|\s+is)\s+(?:on|in)\s+(?:the\s+|my\s+)?timeline\b/g, 'show me the timeline'],
  // "字幕换成黄色就行": "that will do" is no part of it.
  [/(?<=(?:色|的))\s*(?:就行|就好|就可以|即可)(?:了|啦)?(?=\s*(?:$|[，,。！!]))/g, ''],
  // "转场拖得有点长": too long.
  [/拖得(?:有点|有些|太|很)?长(?:了)?/g, '太长了'],
  // "nah bring the color back" after black and white: the original colours.
  [/\bbring\s+(?:the\s+|back\s+the\s+)?colou?rs?\s*(?:back)?\b/g, 'no filter'],
  // "the title lingers forever — two seconds would do": the title's own time on screen.
  [
    /\b(the\s+(?:title|caption|end\s+card))\s+(?:lingers|stays|hangs\s+around|sticks\s+around|is\s+on)[^—–,;.!?]*[—–,;.-]+\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:would|will|should|is\s+enough\s+to)\s+do\b/g,
    'show $1 for $2 seconds',
  ],
  // "健身房里本来就放歌": what is already so there is the reason.
  [/[，,]\s*[^，,。！!？?]{0,10}本来就(?:有|放|在|是)[^，,。！!？?]{0,8}/g, ''],
  // "除了最后一张保持3秒，其他全部2秒": what the excepted photo keeps asks for nothing.
  [/(除了(?:第\d+张|最后(?:一|1)?张|[\u4e00-\u9fff]{1,4}那张))(?:保持|还是|仍然|继续)\d+(?:\.\d+)?秒/g, '$1'],
  // "text 都留着，音乐去掉": what stays asks for nothing.
  [
    /(?:^|(?<=[，,]))\s*(?:texts?|文字|字幕|标题|title|captions?)\s*(?:都|全)?(?:留着|保留|不动|别动)(?:吧)?\s*[，,]\s*/g,
    '',
  ],
  // "not on the last one though, just cut there" after crossfades: the last transition a cut.
  [
    /^\s*(?:but\s+)?not\s+(?:on|for)\s+the\s+last\s+one(?:\s+though)?\s*[,;—–-]*\s*(?:just\s+)?(?:a\s+)?(?:hard\s+)?cut\s+there\b/g,
    'make the last transition a cut',
  ],
  // "muted, low-contrast colours": the matte look.
  [
    /\b(?:muted|washed[\s-]out|low[\s-]contrast|desaturated|faded)(?:\s*,?\s*(?:muted|low[\s-]contrast|desaturated|faded|soft))*\s+colou?rs?\b/g,
    'matte look',
  ],
  // "…，好吗？", "…，可以吗": a request asked politely, not a question about the video.
  [/\s*[，,]?\s*(?:好吗|好不好|行吗|行不行|可以吗|可不可以|成吗|好么|行么)\s*(?=[？?。.!！]*\s*$)/g, ''],
  // "最后一个转场，能不能改成黑场": a thing named, then a pause, then what to do with it.
  [
    /((?:最后(?:1|一)?个|第\d+个)转场|第\d+张|最后(?:1|一)?张|[\u4e00-\u9fff]{1,4}那张)(?:照片|图片)?[，,]\s*(?:你)?(?:能不能|可不可以|可以|麻烦|请|帮我|能)(?:帮我)?(?=改|换|删|去掉|变|调|用|放|加)/g,
    '$1',
  ],
  // "海边那张我不想要了，能帮我删掉吗": a photo not wanted is removed.
  [
    /([\u4e00-\u9fff]{1,4}那张|第\d+张|最后(?:1|一)?张)(?:照片|图片)?(?:我)?(?:不想要|不要|不需要|用不上)了?(?=[，,。！!？?\s]|$)(?:[，,]\s*(?:你)?(?:能|可以)?(?:帮我)?(?:删掉|删了|去掉|删除)(?:吗|吧)?)?/g,
    '删掉$1',
  ],
  // "照片之间直接换过去就行": no transition.
  [/(?:照片|图片|每张)?(?:之间)?直接(?:换|切|跳)(?:过去|到下一张|下一张)(?:就行|就好|就可以)?/g, '直接切'],
  // "画面整体有点发黄", "不要那么黄": too warm, so cooler; "还是有点大声": too loud.
  [/(?:画面|颜色|整体|整个)*(?:有点|有些|太|比较)?发黄/g, '画面有点偏黄'],
  [/(?:不要|别)那么黄/g, '冷一点'],
  [/(?:还是|有点|有些|太)+大声/g, '太吵'],
  // "照片动得有点厉害", "能不能动得轻一点": the camera moves too much.
  [/(?:照片|画面)?动得(?:有点|有些|太|很)?(?:厉害|多|猛|大)/g, '运动幅度太大'],
  [/动得(?:轻|小|慢)(?:一点|一些|点)/g, '运动幅度小一点'],
  // "标题显示的时间有点长，两秒就够了": how long the text stays.
  [
    /(标题|字幕)(?:显示|出现|停留)?的?时间(?:有点|太|有些)?长了?[，,]\s*(\d+(?:\.\d+)?秒)(?:钟)?(?:就够了|就行|就好|足够了|够了)/g,
    '$1显示$2',
  ],
  // "都让它们静止": the photos said again as "them".
  [/(?<=都)让(?:它们|他们|它)/g, ''],
  // "刚才加的字不好看，撤销吧", "教堂里放这种音乐不太合适": a judgement beside the request is only its reason.
  [/^[^，,。！!？?]*不好看[，,]\s*(?=撤销|撤回|算了|去掉|删掉|不要了)/g, ''],
  [/(?<=[，,。！!]\s*)[^，,。！!？?]*(?:不太合适|不合适|不适合|不太好)(?:吧|啊)?[。.!！]?\s*$/g, ''],
  // "…慢慢变小，不要一下子就停了", "…静止，不要动来动去的": the request said again as what it should not do.
  [/[，,]?\s*不要一下子就?(?:停|断|没)(?:了|掉)?/g, ''],
  [/(?<=(?:静止|不动|别动)[^。！!？?]*)[，,]\s*不要(?:老是)?动来动去(?:的)?/g, ''],
  // "有咖啡的那张放最后一个": at the very end.
  [/(放|挪|移)(到|在)?最后(?:1|一)个(?=$|[，,。！!\s吧])/g, '$1到最后'],
  // "第三张也这样弄", "也照这个来", "标题也弄成这个颜色": the same done to it.
  [/也这样(?:弄|做|改|搞|处理)(?:一下)?/g, '也这样'],
  [/也照(?:这个|这样|那样|着|刚才)(?:来|做|弄|改)?(?:一下)?/g, '也这样'],
  [/也(?:弄成|改成|换成|变成|用)(?:这个|这种|一样的?|同样的?)(?:颜色|色)/g, '也这样'],
  // "放回去吧 还是原来那样": one going back, said twice.
  [/(放回去|改回去|换回去)(吧)?[，,\s]*还是(?:原来|之前)(?:那样|的样子)(?:吧)?/g, '$1$2'],

  // "第二张多给它两秒": "it" between the verb and the amount.
  [/(多给|再给|多加|再加)(?:它|他|她|这张|那张)(?=\d)/g, '$1'],
  // "stay an extra second": an amount, never the second place.
  [/\b(?:an?|one|1)\s+(?:extra|more|additional)\s+second\b(?!s)/g, '1 more sec'],
  // "头两张换个位置": the first two swapped.
  [/(?:头|前)(?:两|2)张(?:照片|图片)?(?:换个位置|换一下位置|互换|交换|对调|调换)/g, '交换第1张和第2张'],
  // "首尾两张": the first and the last photo.
  [/首尾(?:两|2)张/g, '第1张和最后1张'],
  // "can the pics slide in from the side": slide transitions; "fade them into each other": crossfades.
  [
    /\b(?:the\s+)?(?:pics|photos|pictures|images)\s+slide\s+in(?:\s+from\s+the\s+sides?)?\b/g,
    'slide transitions',
  ],
  [
    /\bfade\s+(?:them|the\s+photos|the\s+pictures|the\s+pics|each\s+one)\s+into\s+(?:each\s+other|one\s+another|the\s+next(?:\s+one)?)\b/g,
    'crossfade transitions',
  ],
  // "开头淡入结尾淡出，各两秒": both ends of the video, each that long.
  [/开头淡入[，,\s]*结尾淡出/g, '开头和结尾淡入淡出'],
  // "不过不要配音乐": but without music.
  [/不过不要配(?:音乐|乐)/g, '不要配乐'],
  // "the way the old slide projector used to": the projector is no slide transition.
  [/\bslide\s+projectors?\b/g, 'projector'],
  // "could the pictures move a little bit after all?": "after all" only says the mind changed.
  [/(?<!\b(?:want|like|liked|wanted|keep|need)\b[^,.;]*)\s+after\s+all\b/g, ''],
  // "could the pictures move about a little": some motion.
  [/\bmove\s+(?:about|around)\b/g, 'move'],
  // "that old-fashioned film look": the vintage look.
  [/\bold[\s-]fashioned(?=\s+(?:film|look|feel|style|photos?|colou?rs?|kind|filter|movie))/g, 'vintage'],
  // "do you have something calmer?": asked for, not asked about.
  [
    /\bdo\s+you\s+have\s+(?=(?:something|anything|a\s+song|a\s+track|music)\s+(?:calmer|quieter|softer|happier|slower|faster|livelier|more\s+\w+)\b)/g,
    'use ',
  ],
  // "could the music wait until the title has gone": it comes in after the title.
  [
    /\b(?:the\s+)?(?:music|song)\s+(?:to\s+)?wait\s+(?:until|till|for)\s+(?:the\s+)?title\s+(?:has\s+gone|is\s+gone|has\s+finished|is\s+finished|disappears|ends|is\s+over)(?:\s+before\s+it\s+(?:starts|begins)(?:\s+playing)?)?/g,
    'start the music after the title',
  ],
  // "music at 40%, but only once the title's gone": it comes in after the title.
  [
    /\b(?:but\s+)?only\s+(?:once|after|when)\s+the\s+title(?:'s|\s+is|\s+has)?\s+(?:gone|over|finished|ended)\b/g,
    'start the music after the title',
  ],
  // "不要标题，只要字幕": the one kept is no request.
  [/[，,]\s*只要(?:留着)?(字幕|标题)(?=[，,。！!\s]|$)/g, ''],
  // "actually, all of them then", "the rest too": the last edit, widened.
  [
    /^\s*(?:(?:actually|ok|okay|then|so|hmm|and)[,\s]+)*all\s+of\s+them(?:\s+then)?\s*[.!]*\s*$/g,
    'the same for all of them',
  ],
  [
    /^\s*(?:(?:and|ok|okay|actually)[,\s]+)*(?:the\s+)?(?:rest|others|other\s+ones)\s+(?:too|as\s+well)\s*[.!]*\s*$/g,
    'the same for the others',
  ],
  // "not this song, something else", "不要这首歌了，换一首浪漫的": another song, not no song.
  [/\bnot\s+this\s+(?:song|track|one)\s*[,;—–-]?\s*(?:something|anything)\s+else\b/g, 'a different song'],
  [/不要这首(?:歌)?了?[，,]\s*(?=换)/g, ''],
  // "别倒序了，还是按原来的": the reversal taken back.
  [/别倒序了?[，,]\s*还是按(?:原来|之前)的(?:顺序)?(?:吧)?/g, '撤销'],
  // "turn the music down to half": to 50 %.
  [/\b(down|up)\s+to\s+half\b/g, '$1 to 50%'],
  // "could they go to black instead": the transitions fade to black.
  [/\b(?:they|it|them)\s+go\s+(?:to|into)\s+(black|white)\b/g, 'fade to $1'],
  // "what kinds of changes between pictures can you do?": a question about what there is.
  [
    /\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+([a-z\s]{1,40}?)\s+(?:can|could|do)\s+you\s+(?:do|make|offer|have)\b/g,
    'what $1 do you have',
  ],
  [/\b(?:i\s+don'?t\s+want\s+to\s+change\s+anything(?:\s+yet)?|i'?m\s+(?:only|just)\s+asking)\b/g, ''],
  // "I don't want it made into one of those tall phone videos": the shape refused is no request.
  [
    /\bi\s+(?:don'?t|do\s+not)\s+want\s+it\s+(?:made\s+into|turned\s+into|to\s+be|as)\s+(?:one\s+of\s+those\s+|a\s+)?(?:tall|vertical|portrait|phone)[a-z\s]{0,20}?(?:videos?|ones?|format)\b/g,
    '',
  ],
  // "each picture five seconds — oh no, that's far too long, let's say four": a number taken back.
  [
    /\b(?:oh\s+)?no[,!]?\s+(?:that'?s\s+(?:far\s+|way\s+|much\s+|a\s+bit\s+)?too\s+(?:long|short|much|many|slow|fast|quick)[,!]?\s*)?(?:let'?s\s+say|make\s+(?:it|that)|say)\s+/g,
    'no wait, ',
  ],

  // "The last picture, the one of the party at night, is my favourite. Would you let it stay on for five
  // seconds?", "The second picture is of my late wife. Could you give her an extra second?": the photo the
  // message opened with is who "it" or "her" is.
  [
    /^\s*(the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:picture|photo|pic|image|shot|one))(?:\s*,[^.!?]*?,)?\s+(?:is|was|shows)\s+[^.!?]*[.!?]\s+([^.!?]*?\b)(?:it|her|him)\b(?=\s+(?:stay|an?\s+extra|more|longer|shorter|on\s+for|for\s+\d|\d))/g,
    '$2$1',
  ],
  // "could you let the first picture stay on for four seconds": make it stay.
  [/\blet\s+(?=(?:the|this|that|photo|picture|pic)\b[^.?!]{0,40}?\bstay\b)/g, 'make '],
  // "Could each one take a full second?" after the transitions: that long each.
  [
    /\b(?:could|can|would)\s+(?:each\s+one|each\s+of\s+them|they|them\s+all)\s+(?:take|last|be)\s+(?:a\s+full\s+|about\s+|around\s+)?(second|\d+(?:\.\d+)?\s*seconds?)(?:\s+each)?/g,
    (m) => `${m[1] === 'second' ? '1 second' : m[1]} each`,
  ],
  // "the screen to go dark for a moment": a fade through black.
  [
    /\b(?:the\s+screen|it|they|the\s+picture)\s+(?:to\s+)?go(?:es)?\s+(?:dark|black)\s+(?:for\s+a\s+(?:moment|second|bit|little)|briefly)\b/g,
    'fade to black',
  ],
  // "Only between the beach and the city, could you put a soft fade?": the place said first.
  [
    /^\s*only\s+(between\s+[^,?]+?)\s*,\s*(?:could|can|would)\s+you\s+(?:please\s+)?(put|add|use|make)\s+([^?.]+?)\s*(?=[?.!]|$)/g,
    '$2 $3 $1',
  ],
  // "that old-fashioned film look, the faded brownish kind": the kind described is the look just named.
  [/(?<=\blook)\s*,\s*the\s+[a-z\s-]{0,40}?\bkind\b[^.?!]*/g, ''],
  // "put the city picture first — no, sorry, I mean the forest one": the dash before a taking back.
  [/\s*[—–]+\s*(?=(?:no|nope|sorry|oops|wait)\b)/g, ', '],
  // "I'd only like the little words at the bottom moved up to the top": the move asked for.
  [
    /\bi'?d\s+(?:only\s+|just\s+)?like\s+(the\s+[a-z\s]{1,40}?)\s+moved\s+(?:up\s+|down\s+)?to\s+the\s+(top|bottom|middle|centre|center)\b/g,
    'move $1 to the $2',
  ],
  // "Could the little words on the second picture come back?": bring them back.
  [/\b(?:could|can|would)\s+(the\s+[a-z\s]{1,40}?)\s+come\s+back\b/g, 'bring back $1'],
  // "could the last one be the same": what was just done, done to it too.
  [
    /\b(?:could|can|would)\s+(the\s+(?:first|second|third|fourth|fifth|last|final|other|next)\s+(?:one|picture|photo|pic|shot))\s+be\s+the\s+same\b/g,
    'same for $1',
  ],
  // "I'd rather it glided from right to left": a photo's move, not a slide transition.
  [
    /\b(?:i'?d\s+rather|i\s+would\s+rather|rather)\s+(?:it|they)\s+(?:glided|glide|moved|move|panned|pan|drifted|drift|went|go)\s+(?:from\s+(?:left|right)\s+to\s+(?:the\s+)?(left|right)|(?:to(?:wards)?\s+the\s+)?(left|right))(?:\s+instead)?/g,
    (m) => `to the ${m[1] ?? m[2]}`,
  ],
  // "The white is rather bright for my eyes": why, said after the request.
  [
    /(?<=[.!?]\s*)the\s+[a-z]+\s+(?:is|are)\s+(?:rather|a\s+bit|too|quite|very|so|a\s+little)\s+[a-z]+\s+for\s+(?:me|my\s+eyes|my\s+ears)\b[^.!?]*[.!?]?/g,
    '',
  ],
  // "now that I see it, …": when the mind changed, not what to change.
  [
    /\b(?:now\s+that\s+i\s+(?:see|saw|look\s+at|watch)\s+it|having\s+seen\s+it|looking\s+at\s+it\s+now)\b[,]?/g,
    '',
  ],
];
