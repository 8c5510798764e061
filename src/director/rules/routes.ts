import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import type { AnswerRoute } from '../types.js';
import type { Family } from './types.js';

/** Messages answered without editing: export, credits, status, undo, redo, help. Order matters (redo before undo). */
const ROUTES: [AnswerRoute, RegExp][] = [
  [
    'redo',
    /\b(?:redo|re-do|redo that|undo the undo|(?:put|bring) (?:it|that|them) (?:all )?back(?= *$| *[,.!;]| +(?:again|please|then))|restore what (?:i|you) undid)\b|(?:^\s*(?:(?:actually|no|wait|oh|ah|aah|uh|um|erm|hmm|ok|okay|oops|sorry|hm)[,\s]+)*(?:keep\s+(?:it|that)|i\s+(?:want|liked|like|do\s+want)\s+(?:it|that)(?:\s+back)?)(?:\s+after\s+all)?(?=\s*[.!]*\s*$))\b|(?:算了)?还是(?:要|留着|加上|用)(?:吧|它|那个)?(?=\s*$)|(?<![\u4e00-\u9fff])(?:还是|再|那就|就)?恢复(?:一下|回来|过来)?(?=\s*(?:吧|了|啊|呀)?\s*$)|重做|取消撤销|撤销撤销|(?:刚才|刚刚)?(?:撤销|撤回|撤)(?:的|掉的)(?:那个|那步|那一步|操作|修改)?(?:再|重新)?(?:恢复|还原|找回|加回|弄回|放回|改回|拿回|要回)(?:来)?(?:一下|回来)?|恢复(?:刚才|刚刚|上一步)?被?(?:撤销|撤回)(?:掉)?的?(?:修改|操作|内容|那步|那一步)?|恢复(?:刚才|刚刚|上一步)(?:的)?(?:修改|操作)?/,
  ],
  [
    'undo',
    /\b(?:undo(?:\s+(?:that|it|this|the last (?:change|edit|step)))?|revert(?:\s+(?:that|it|the last (?:change|edit)))?|go back(?:\s+(?:one step|a step|to the (?:previous|last|earlier|old) (?:version|one|draft)))?|(?:restore|revert to|back to) the (?:previous|last|earlier) (?:version|draft)|previous version|take (?:that|it) back|never\s?mind|cancel (?:that|the last (?:change|edit))|(?:ctrl|cmd|command|control)\s*[-+]?\s*z|(?:go|step) back a step|scratch that|revert (?:the )?last (?:one|step)|(?:change|set|turn|switch) (?:it|that) back|(?:put|make|get) (?:it|that|everything) (?:back )?(?:the way|how|like|as) it was|(?:put|make|get|change|turn|set) (?:it|that|them|everything) (?:back )?(?:like|as|to) (?:before|previous(?:ly)?|last time|the (?:old|previous|last) (?:one|version))|back to (?:how|the way|what) it was|start (?:over|again|from scratch)|reset (?:everything|it all|all|the whole thing|it)|(?:go|change) back to (?:before|the previous one|what it was|how it was))\b|\b(?:the\s+)?(?:original|old|previous|earlier)(?:\s+(?:one|version|draft))?\s+(?:was|looked|is)\s+(?:better|nicer)\b(?=\s*[.!]*\s*$)|\bi\s+(?:liked|preferred)\s+(?:it\s+)?(?:better\s+)?(?:before|the\s+(?:original|old)(?:\s+(?:one|version))?)(?:\s+better)?(?=\s*[.!]*\s*$)|(?:算了[，,\s]*)?还是(?:原来|之前|刚才|刚刚|原先)(?:的|那个|那样|那种|那版)(?:吧|啊|呀)*(?=\s*[。.!！]*\s*$)|(?:算了[，,\s]*)?还是(?:原来|之前|刚才|原先)的?(?:好|比较好|更好|好看|顺眼)(?:一点|些|吧|啊|呀)*(?=\s*[。.!！]*\s*$)|(?:原来|之前|刚才|原先)的(?:更|比较|还是)(?:好|好看|顺眼)(?:一点|些|吧|啊|呀)*(?=\s*[。.!！]*\s*$)|撤销|复原|回到?(?:刚刚|刚才)(?:那个|那样|的样子|那版)|改回去|改回来|(?:改|换|变|弄)回(?:到)?(?:之前|原来|刚才|上一个|前一个)(?:那|的)(?:个|样|版)?(?=\s*(?:吧|啦|啊|呀|了)?\s*$)|变回去|变回来|还原|恢复原样|从头再来|全部重来|重新来过|恢复到最开始|回到最开始|回到(?:之前|原来)的?(?:样子|版本)?|(?:恢复|还原|变回|改回)(?:到|成)?(?:原来|之前|原先|本来|最初|一开始|最开始|刚开始)的?(?:样子|版本|那样)|撤回|(?<![\u4e00-\u9fff])撤(?:了|掉)(?:吧|啦|呀|哈)?(?=\s*[。.!！]*\s*$)|回退|退回去?|返回去|退一步|(?:刚才|刚刚|上一步|上一个|最后一步)(?:的)?(?:那|这)?(?:一)?(?:步|个|次)?(?:改动|修改|操作)?(?:不要了|不要|算了|取消|撤掉|去掉)|(?:回到|返回|退回|恢复到?|还原到|改回|换回)(?:到)?(?:上(?:一|1)?个?|前(?:一|1)?个?|之前的?|刚才的?)(?:版本?|样子)|返回上一步|退回上一步|回到上一步|上一步|取消(?:上一步|刚才的?(?:修改|操作)?)/,
  ],
  [
    'export',
    /\b(?:export(?:\s+(?:it|this|the video|my video|now))?|download(?:\s+(?:it|this|the video|my video|link))?|render(?:\s+(?:it|this|the video|my video|now))?|send (?:it|me|the video|the file|my video)(?:\s+(?:the|my)?\s*(?:video|file|mp4))?(?:\s+to me)?|save (?:it|the video|as mp4)|give me the (?:video|file|mp4|final video)|get (?:me )?the (?:video|file|mp4)|finali[sz]e(?: it)?|publish(?: it)?)\b|导出|下载|渲染|发给我|发我|保存视频|输出视频|出片|生成(?:最终|成品)(?:视频)?/,
  ],
  [
    'credits',
    /\b(?:credits?(?!\s+(?:at|to|in|on|for|roll|saying|that|with|:))(?<!\bend\s+credits?|\broll(?:ing)?\s+credits?)|balance|how many (?:points|credits)|remaining points|my points|quota)\b|积分|余额|点数|额度|剩多少/,
  ],
  [
    'status',
    /\b(?:(?<!whatsapp\s|\bwechat\s)status|show (?:me )?(?:the |my )?(?:tracks?|timeline|draft|summary|project|current (?:video|draft))|what(?:'s| is)(?: currently)? (?:in )?(?:the |my )?(?:video|timeline|draft)(?: now| so far)?|summar(?:y|i[sz]e)|current (?:state|settings)|where are we)\b|\b(?:show|lemme\s+see|let\s+me\s+see|see)\s+(?:the\s+)?timeline\b|(?:timeline|时间线|时间轴|草稿|进度)\s*(?:给我|让我)?\s*看(?:一下|一眼|看|下)?|(?:给我|让我)看(?:一下|一眼|看|下)?\s*(?:timeline|时间线|时间轴|草稿|进度)|状态|时间线|轨道|当前(?:草稿|设置|进度|视频)|查看(?:视频|草稿|进度)|现在(?:是)?什么样|看看(?:现在|目前)/,
  ],
  [
    'help',
    /\b(?:help|what can you do|what (?:are|r) you (?:able to|capable of) do(?:ing)?|what (?:kind|kinds|sort|sorts) of (?:stuff|things|edits|changes) (?:can|could) you (?:do|make)(?: with (?:my |the |these )?(?:photos|pictures|pics|images))?|what (?:stuff|things|sorts? of things) do you have(?= *$| +(?:with|for) )|what do you (?:support|understand|do)|how does (?:this|it) work|how do i use|what can i (?:say|ask))\b|帮助|你能做什么|能做什么|可以做什么|(?:能|可以|会)(?:帮我|帮你|给我)?(?:剪|做|干|弄)(?:些|点)?(?:什么|啥)|(?:能|可以|会)(?:帮我|帮你|给我)?干(?:嘛|吗)|怎么用|支持(?:什么|哪些)|有什么功能|(?:能|可以|会)(?:帮我|帮你|给我)?(?:都)?(?:做|改|调|调整|修改|弄|编辑)(?:些|点)?(?:哪些|什么|啥)(?:调整|修改|改动|东西|功能|效果)?|(?:有|支持)哪些(?:调整|修改|功能|效果)|what\s+(?:changes|edits|adjustments|things)\s+can\s+you\s+(?:make|do)/,
  ],
];

/** Redo said as bringing something back ("恢复一下", "put it back"), not as doing again ("redo", "重做"). */
export const BRINGS_BACK = /恢复|还原|\brestore\b|\b(?:put|bring)\s+(?:it|that|them)\s+(?:all\s+)?back\b/;

/** "出片", "出个片": making the video — on a draft with nothing in it yet, that is making it, not exporting. */
export const MAKE_FILM = /出(?:个|一个|一版|一条)?片(?:子)?/;

/** "出片" said with no word that only means exporting ("导出", "export"). */
export function makesTheFilm(text: string): boolean {
  return MAKE_FILM.test(text) && !/导出|下载|渲染|输出|\b(?:export|download|render)\b/.test(text);
}

export const routes: Family = (clause, ctx, out) => {
  if (clause.take(MAKE_FILM)) {
    if (ctx.draft.video.length === 0) out.create = true;
    else if (!out.routes.includes('export')) out.routes.push('export');
    out.understood = true;
  }
  for (const [route, re] of ROUTES) {
    if (clause.take(re)) {
      if (!out.routes.includes(route)) out.routes.push(route);
      out.understood = true;
    }
  }
};

// "make a vid from my pics pls": the short word typed on a phone is the same video.
const VIDEO_NOUN =
  '(?:video|videos|vids?|vidz|slideshow|slide\\s+show|movie|film|mp4|reel|montage|clip|animation|tiktok|short|story|collage|recap|vlog)';
const PHOTOS = '(?:photos|pictures|images|pics|pic|shots|uploads|photo|picture|image|files|them|these|those)';
const CREATE: RegExp[] = [
  new RegExp(
    `\\b(?:make|create|build|generate|produce|do|put\\s+together|assemble|compile|render|give)\\s+(?:me\\s+|us\\s+)?(?:a|an|one|my|the\\s+final)\\s+(?:[a-z0-9:-]+\\s+){0,4}?${VIDEO_NOUN}\\b`,
  ),
  new RegExp(
    `\\b(?:turn(?:s|ing)?|convert(?:s|ing)?|transform(?:s|ing)?|make|making|put(?:ting)?|combin(?:e|es|ing)|stitch(?:es|ing)?|edit(?:ing)?|cut(?:ting)?)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|the|these|those|this|our|all|[a-z0-9]+)?\\s*(?:[a-z0-9]+\\s+){0,3}?${PHOTOS}\\s+(?:[a-z0-9]+\\s+){0,3}?(?:into|to|as|in)\\s+(?:a|an|one)?\\s*(?:[a-z0-9:-]+\\s+){0,4}?${VIDEO_NOUN}\\b`,
  ),
  /\banimate\s+(?:my|the|these|those|all|our)?\s*(?:photos|pictures|images|pics|shots)\b/,
  // "just throw all the pics together", "string my photos together": one video of them.
  new RegExp(
    `\\b(?:throw|put|stick|slap|chuck|string|piece|mash|glue|stitch)\\s+(?:all\\s+)?(?:of\\s+)?(?:my\\s+|the\\s+|these\\s+|those\\s+|our\\s+)?${PHOTOS}\\s+together\\b`,
  ),
  new RegExp(
    `\\b${VIDEO_NOUN}\\s+(?:from|of|out\\s+of|using|with)\\s+(?:all\\s+)?(?:my|the|these|those|our)\\s+${PHOTOS}`,
  ),
  // "make vid", "create video now": said alone, without an article.
  /^\s*(?:(?:ok|okay|so|now|please|pls)[,\s]+)*(?:make|create|build|generate|produce|do)\s+(?:me\s+)?(?:video|vid|slideshow|movie|montage|reel)\s*(?:now|please|pls|thanks)?\s*[.!]*\s*$/,
  // "make video from my pic pls": without an article, only with the photos it is made from.
  new RegExp(
    `\\b(?:make|create|build|generate|produce|do)\\s+(?:me\\s+)?${VIDEO_NOUN}\\s+(?:from|of|out\\s+of|using|with)\\s+(?:all\\s+)?(?:(?:my|the|these|those|our)\\s+)?${PHOTOS}`,
  ),
  /(?:做成|做一个|做个|做一段|做段|制作|生成|合成|弄成|剪成|剪个|剪一个|变成|转成|转换成|来个|来一个|做|出一版|出个|出一个|剪一版|做一版|来一版|整一个|整个)\s*(?:一个|一段|个|段)?[^，。,]{0,12}?(?:视频|短片|影片|相册|短视频|vlog|mp4|电影|幻灯片|动画|快剪|混剪|剪辑|合集|mv|reel|montage|video|vid)/,
  /把[^，。,]{0,12}?(?:照片|图片|相片|图)[^，。,]{0,12}?(?:做|变|转|剪|生成|合成|弄)/,
  /(?:照片|图片|相片)(?:做|生成|合成|变|转)(?:成|为)?(?:视频|短片|动画)/,
  // "slideshow pls", "a video please", "幻灯片": the kind of video named alone asks for one.
  /^\s*(?:(?:ok|okay|so|now|hey)[,\s]+)?(?:a\s+|an\s+)?(?:quick\s+|short\s+|little\s+)?(?:slideshow|slide\s+show|video|vid|montage|reel|photo\s+video)\s*(?:please|pls|plz|now|thanks)?\s*[.!]*\s*$|^\s*(?:幻灯片|视频|做视频|出视频)(?:吧|呀|啊)?\s*$/,
];

/** "Turn my photos into a video", "make a slideshow", "把照片做成视频". */
export const create: Family = (clause: Clause, _ctx, out) => {
  for (const re of CREATE) {
    const match = clause.has(re);
    if (match) {
      // Leave the words to the other families ("a 1080p video", "a TikTok"): only the verb is taken.
      clause.take(
        /\b(?:make|making|create|creating|build|generate|produce|put\s+together|assemble|compile|turn|turning|convert|converting|transform|transforming|animate|combine|combining|stitch)\b|做成|制作|生成|合成|弄成|剪成|转成|转换成|变成/,
      );
      // A kind of video that a style's name ends in stays for the styles ("a hype montage" is the social style).
      clause.take(
        /\b(?<!\b(?:hype|hyped|highlights?|sizzle|social(?:\s+media)?)\s+)(?:slideshow|slide\s+show|montage|movie|collage|recap|vlog|mp4)\b|视频|短片|影片|相册|短视频|幻灯片|动画/,
      );
      clause.take(
        /\b(?:throw|put|stick|slap|chuck|string|piece|mash|glue|stitch)\s+(?:[a-z]+\s+){0,4}?together\b/,
      );
      out.create = true;
      out.understood = true;
      return;
    }
  }
};

/** Whether any clause of the text could ask for a video to be made (the create family's own words). */
export function maySayCreate(text: string): boolean {
  return CREATE.some((re) => re.test(text));
}

addVocabulary(ROUTES, CREATE, VIDEO_NOUN, PHOTOS);
