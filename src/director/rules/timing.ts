import { type Draft, draftDurationMs, type EditCommand, segmentTimings } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import {
  clamp,
  EVERY_PHOTO,
  round50,
  round100,
  takeDuration,
  takeEnds,
  takePositions,
  takeStems,
} from '../values.js';
import { beatSyncProblem } from './beats.js';
import { type Family, note } from './types.js';

/** Total length, per-photo length, faster/slower and pacing. */

const PER_PHOTO =
  /\b(?:per|each|every|a)\s+(?:photo|picture|image|pic|shot|slide|one|item|product|page)s?\b|\b(?:photos?|pictures?|images?|pics?|slides?|ones?|them)\s+(?:each|apiece)\b|\beach\b|每张|每幅|每个|每一张|每页|单张|(?:照片|图片|相片|图)(?:都|各|全都)/;
/** "the photos should stay on screen for…", "pictures shown for…", "照片显示…": how long each one is shown. */
const SHOWN_EACH =
  /\b(?:photos|pictures|images|pics|slides|shots)\s+(?:should\s+|to\s+|will\s+|must\s+|need\s+to\s+|can\s+|are\s+to\s+|have\s+to\s+|ought\s+to\s+)?(?:stay|remain|linger|last|hold|appear|show|display|(?:be\s+)?(?:shown?|displayed?|visible|up|on(?:\s+the)?\s+screen))\b|(?:照片|图片|相片|图)(?:都|各)?(?:在屏幕上)?(?:显示|停留|展示|停)/;
/**
 * "全部改成1秒", "都设成2秒", "一张1s", "五秒一张", "make them all 1s", "2 seconds a pop": every photo, said without
 * a photo noun (unless the same clause names the total).
 */
const ALL_PHOTOS_ZH =
  /(?:全部|全都|统统|一律|(?:^|(?<=[，,\s]))都)(?:都)?(?:改成|改为|设成|设为|调成|调到|变成|换成|是)?(?=\s*\d+(?:\.\d+)?\s*(?:秒|s\b))|(?<![第后那这哪前\d.])(?:一|1)张(?:照片|图片|图)?(?=\s*\d+(?:\.\d+)?\s*(?:秒|s\b))|(?<=\d\s*(?:秒钟?|s)\s*)(?:一|1|每)张(?:照片|图片|图)?|\b(?:them\s+all|all\s+of\s+them|a\s+pop|apiece|a\s+piece|per\s+(?:pic|shot|slide|frame))\b/;
/** "the photos", "all my pictures": the photos together, said as one noun. */
const THE_PHOTOS =
  /\b(?:the|my|these|those|our|all(?:\s+(?:the|my))?)\s+(?:photos|pictures|images|pics|slides|shots|stills|b[\s-]?rolls?)\b/;
/** A length longer than this, said of "the photos", is more likely the video's than each photo's. */
const MAX_EACH_MS = 10_000;
/** Words for the video itself. */
const VIDEO_NOUN = /\b(?:video|movie|film|slideshow|reel|montage|clip)\b|视频|影片|短片/;
/** Where a length is said, to tell a total shared out after it from an average each photo has. */
const DURATION_AT = /\d+(?:\.\d+)?\s*(?:秒|s\b|secs?\b|seconds?\b|min)/;
/** Words that name the total itself. */
const TOTAL_SAID = /总时长|总长|总共|一共|全片|整个视频|\b(?:total|overall|altogether|runtime|run\s*time)\b/;
/** "平均分配给每张", "split evenly across the photos": how a total is shared, not a length for each. */
const SHARED =
  /(?:(?:每张|每一张|各张|所有的?)(?:照片|图片)?(?:都|就)?|(?:时间|时长))?(?:平均|均匀|平分|均分)(?:分配|分给|分到|分)?(?:给|到)?(?:每张|每一张|各张|所有照片)?(?:照片|图片)?|\b(?:split|spread|divided?|shared?|distributed?)\s+(?:it\s+)?(?:evenly|equally)(?:\s+(?:across|between|among|over)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:photos|pictures|shots|slides|images))?|\b(?:evenly|equally)\s+(?:split|spread|divided|shared|distributed)(?:\s+(?:across|between|among|over)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:photos|pictures|shots|slides|images))?/;
/**
 * "make them all equal", "all the same length", "每张一样长", "时长统一": every photo as long as the others,
 * the total kept (the photos share what they last now).
 */
const EQUAL =
  /\b(?:(?:make\s+|set\s+|give\s+)?(?:them|they|the\s+(?:photos|pictures|pics|images|slides|shots)|(?:all|each|every)(?:\s+(?:of\s+)?(?:the\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?|ones?|them))?)\s+(?:all\s+|each\s+|both\s+)?(?:(?:be|have|get|at|to|last|stay)\s+)?(?:the\s+)?(?:same|equal|even)\s+(?:length|duration|time|amount\s+of\s+time)s?|(?:the\s+)?(?:same|equal|even)\s+(?:length|duration|time)s?\s+(?:for\s+)?(?:all|each|every)(?:\s+(?:of\s+)?(?:the\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?|ones?|them))?|(?:make\s+)?(?:them|they|the\s+(?:photos|pictures|pics|images|slides|shots))\s+(?:all\s+)?(?:be\s+)?(?:equal|even)(?:\s+(?:in\s+)?(?:length|duration|time|long))?|(?:make\s+)?(?:all\s+)?(?:the\s+)?(?:photos?|pictures?|pics?|images?|slides?|shots?|lengths?|durations?|timings?)\s+(?:all\s+)?(?:equal(?:ly)?(?:\s+long)?|evenly\s+(?:long|timed|spaced))|equal(?:ly)?\s+(?:long|length|lengths|durations?|timed?|timing)|even\s+(?:them|it|the\s+(?:lengths?|timings?|durations?|photos))\s+out|evenly\s+(?:timed|spaced))\b|(?<!音乐|歌|歌曲|配乐|曲子)(?:每张|每一张|所有照片|所有的照片|全部照片|照片|图片|全部|都)?(?:都)?(?:一样长|一样久|时长一样|时长相同|时间一样|时间相同|一样的时长|一样的时间|同样长|等长|时长统一|统一时长|平均时长|长度一样|长度相同|(?:的)?(?:时长|时间)(?:平均|均匀)分配)/;

/** "the whole video", "the entire thing": a length for the video, never for each photo. */
const WHOLE =
  /\b(?:the\s+)?(?:whole|entire|full|complete|overall|final|total)\s+(?:video|clip|movie|film|thing|timeline|slideshow|reel|edit)\b|整个视频|整部|全片|整体|整个/;
const TOTAL =
  /\b(?:total|overall|in\s+total|altogether|long|length|duration|runtime|run\s*time)\b|时长|总长|总共|一共|总时长|长度/;
const SHORTER =
  /\b(?:shorter|shorten|less\s+(?:time|screen\s*time)|keep\s+it\s+(?:short|brief|tight)|trim(?:\s+it)?(?:\s+down)?|cut\s+(?:it\s+)?down|less\s+long)\b|短一点|短一些|缩短|剪短|更短|短点/;
const LONGER =
  /\b(?:longer|lengthen|extend|stretch(?:\s+it)?|more\s+(?:time|screen\s*time)|extra\s+time)\b|长一点|长一些|加长|延长|更长|更久|长点|久一点|久一些|停久|多停|(?:多|再)(?:留|停|放|待|呆|显示|停留)(?:一)?(?:会儿?|下|阵)/;
const FASTER =
  /\b(?:faster|quicker|speed\s+(?:it|things|everything|this|the\s+(?:whole\s+)?(?:video|thing|pace|pacing|slideshow))?\s*up|more\s+quickly|pick\s+up\s+the\s+pace|snappier|quicken|hurry|tighten(?:\s+up)?(?:\s+(?:it|the\s+(?:pacing|pace|edit|timing|cuts?)))?(?:\s+up)?|tighter(?:\s+(?:pacing|pace|edit|timing|cuts?))?|brisk(?:er)?(?:\s+pac(?:e|ing))?|less\s+(?:sluggish|slow|draggy))\b|快一点|快一些|快点|加快|加速|更快|节奏快一点|(?:节奏)?紧凑(?:一点|一些|些|点)?|明快一点/;
const SLOWER =
  /\b(?:slower|slow\s+(?:it|things|everything|this|the\s+(?:whole\s+)?(?:video|thing|pace|pacing|slideshow))?\s*down|more\s+slowly|take\s+(?:it|your)\s+time|less\s+(?:rushed|hurried|frantic|hectic)|relax\s+the\s+pac(?:e|ing)|let\s+(?:it|them|the\s+(?:photos|pictures|shots|video))\s+breathe|(?:more\s+)?room\s+to\s+breathe|more\s+breathing\s+room)\b|慢一点|慢一些|慢点|放慢|减速|更慢|节奏慢一点|(?:节奏)?放缓(?:节奏)?|(?:节奏)?慢下来|舒展一点/;
/**
 * How the pace is, said of the video or its pace ("pacing is sluggish", "it's a bit slow", "节奏有点拖"): a
 * complaint, answered the way "too long" is. Degree words stay for `degree()`.
 */
const PACE_SUBJECT =
  "(?<=\\b(?:pace|pacing|tempo|it|it's|its|this|that|video|slideshow|reel|things|everything|edit|movie)(?:'s|\\s+is|\\s+was|\\s+feels?|\\s+seems?|\\s+looks?|\\s+gets?)?\\s+(?:(?:a\\s+(?:bit|little|tad)|a\\s+little\\s+bit|kinda|kind\\s+of|sort\\s+of|so|really|very|way|too|quite|rather|pretty|super|somewhat|slightly|still|overall|a\\s+lot)\\s+)*)";
/**
 * A pace word after PACE_SUBJECT. The lookahead first is the same match, sooner: V8 would otherwise try the
 * long lookbehind at every position of every clause, which made these two of the costliest regexes.
 */
const paceSaid = (words: string) => `(?=(?:${words})\\b)${PACE_SUBJECT}(?:${words})\\b`;
const TOO_MUCH = /\btoo\s+much\b|太多了?/;
const TOO_LONG = new RegExp(
  [
    '\\btoo\\s+(?:long|slow|slowly|drawn[\\s-]out|boring|slow[\\s-]paced|sluggish)\\b|\\b(?:drags?|dragging|draggy|dragged)\\b(?:\\s+on)?',
    '\\bfeels?\\s+(?:so\\s+|kinda\\s+|a\\s+bit\\s+|really\\s+|very\\s+)?(?:slow|sluggish|draggy|long)\\b',
    paceSaid('slow|sluggish|draggy|plodding|sleepy|lethargic|glacial'),
    '\\bsluggish(?:ness)?\\b|\\bplodding\\b',
    // "the pace is mid", "pacing's meh": a pace that is only so-so drags.
    "(?=(?:mid|meh|boring|dull|flat|lame)\\b)(?<=\\b(?:pace|pacing|tempo)(?:'s|\\s+is|\\s+was|\\s+feels?|\\s+seems?)?\\s+(?:(?:a\\s+bit|kinda|so|really|very|lowkey|highkey|pretty|kind\\s+of|a\\s+little)\\s+)*)(?:mid|meh|boring|dull|flat|lame)\\b|\\b(?:mid|meh|boring|dull)\\s+pac(?:e|ing)\\b",
    '节奏(?:有点|有些|太|很|比较|偏|略|还是|真|好)?(?:一般|平淡|无聊|拉胯|拉垮)',
    // "the last photo hangs around forever", "最后那张停太久了": how long it stays, said as what the viewer sees.
    "\\b(?:hangs?|hanging|hung|lingers?|lingering|lingered|stays?|staying|stayed|sits?|sitting|sat|goes|going|went|is|are|'s)\\s+(?:on\\s+|around\\s+|about\\s+|there\\s+|up\\s+)?(?:(?:on\\s+)?(?:the\\s+)?screen\\s+)?(?:forever|for\\s+(?:ages|ever|an\\s+eternity))\\b|\\btakes?\\s+forever\\b|\\b(?:overstays?|outstays?)(?:\\s+its\\s+welcome)?\\b",
    '(?:停|留|放|待|呆|显示|停留|挂)(?:得|的)?(?:时间)?(?:也)?(?:太|好|很|过于)(?:久|长)|太久|半天(?:都|也)?不(?:走|动|换|过去)',
    '太长|太慢|拖沓|拖拖拉拉|节奏(?:有点|有些|太|很|比较|偏|略|还是|真|好)(?:慢|拖|松散|磨叽|墨迹|温吞)|节奏(?:拖|松散|磨叽|墨迹)|节奏(?:太)?慢(?=\\s*(?:了|啊|呀|吧)?\\s*$)|(?:太|有点|有些|好|很)拖(?:了|沓)?',
  ].join('|'),
);
/** "too long", "太短": said of the video's length, not of its pace. */
const LENGTH_COMPLAINT = /^\s*(?:too\s+(?:long|short)|太长|太短)\s*$/;
const TOO_SHORT = new RegExp(
  [
    '\\btoo\\s+(?:short|fast|quick|quickly|rushed|hasty|hurried|frantic|hectic|fast[\\s-]paced)\\b',
    '\\bfeels?\\s+(?:so\\s+|kinda\\s+|a\\s+bit\\s+|really\\s+|very\\s+)?(?:rushed|hurried|frantic|hectic)\\b',
    paceSaid('rushed|hurried|frantic|hectic|hasty'),
    "(?=(?:fast|quick)\\b)(?<=\\b(?:pace|pacing|tempo)(?:'s|\\s+is|\\s+feels?|\\s+seems?)?\\s+(?:(?:a\\s+bit|kinda|so|really|very|way|too|quite|rather|pretty|a\\s+little)\\s+)*)(?:fast|quick)\\b",
    // "the coffee photo flashes by", "第一张一闪就过去了，看不清": gone before it is seen.
    '\\b(?:flashes|flash|flashed|flies|fly|flew|zips|zipped|whizzes|whizzed|whips|rushes|rushed|races|raced)\\s+(?:right\\s+)?(?:by|past)\\b(?:\\s+(?:so|really|way|super|too)\\s+(?:fast|quick(?:ly)?))?|\\b(?:goes|go|went|passes|passed)\\s+(?:by|past)\\s+(?:so|really|way|super)\\s+(?:fast|quick(?:ly)?)\\b|\\b(?:is\\s+|it\\x27?s\\s+)?(?:gone|over)\\s+(?:in\\s+a\\s+(?:blink|split\\s+second)|before\\s+(?:i|you|we|anyone|people)\\s+(?:can|could)\\s+(?:see|look\\s+at|take\\s+in)(?:\\s+it)?)\\b|\\bblink\\s+and\\s+you(?:\\x27ll|\\s+will)?\\s+miss\\s+it\\b',
    '(?:一(?:下|闪|晃|眨眼)(?:子)?(?:就)?(?:过去|没|闪过去|溜过去|跳过去)了?|一闪而过|一晃而过|转瞬即逝|(?:还)?没(?:看清楚?|来得及看)(?:就)?(?:过去|没|换|跳走)了?)(?:\\s*[，,]?\\s*(?:都|根本|完全|还)?(?:看不清楚?|看不到|看不见|没看清楚?))?',
    '太短|太快|太赶|节奏(?:有点|有些|太|很|比较|偏|略|还是|真|好)(?:快|赶|急|仓促|匆忙|紧)|节奏(?:太)?(?:快|赶|急)(?=\\s*(?:了|啊|呀|吧)?\\s*$)|(?:太|有点|有些)(?:仓促|匆忙)',
  ].join('|'),
);
const ENERGETIC =
  /\b(?:energetic|upbeat|fast[\s-]paced|dynamic|lively|punchy|hype|exciting|high[\s-]energy|more\s+energy|fun|snappy|vibrant\s+pace)\b|动感|活泼|有活力|节奏感强|快节奏|激情|欢快|带感/;
const CALM =
  /\b(?:calm(?:er)?|relax(?:ed|ing)?|chill|gentle|peaceful|slow[\s-]paced|mellow|dreamy|serene|soothing|laid[\s-]back|leisurely|tranquil)\b|舒缓|安静|平静|慢节奏|温柔|轻松|治愈|悠闲|柔和/;

const TRANSITION_WORD =
  /\btransitions?\b|\b(?:cross-?)?fad(?:e|es|ing)\b|\bdissolves?\b|转场|过渡|淡入淡出|叠化/;

/** A music noun after a mood word, perhaps past words saying what kind ("chill background music", "calm piano track"), or a kind of music given its level ("calm piano at 30%"). */
const MUSIC_AFTER =
  /^\s*(?:的)?\s*(?:(?:background|backing|bg|instrumental|acoustic|piano|guitar|electronic|lo-?fi|soft|quiet|little|kind\s+of|sort\s+of|type\s+of|sounding)[\s-]+){0,3}(?:music|songs?|tracks?|bgm|soundtrack|tunes?|beats?)|^\s*(?:piano|guitar|acoustic|lo-?fi|jazz|folk|classical)\s+(?:at|@)\s*\d+(?:\.\d+)?\s*%|^\s*(?:的)?\s*(?:背景|钢琴|吉他|纯)?(?:音乐|歌|曲|配乐|乐)/;

const DELTA_MORE =
  /(\d+(?:\.\d+)?)\s*(more|extra|additional|further|fewer|less)\s+(?:seconds?|secs?|s)\b|\b(?:an?|one)\s+(extra|more|additional|further)\s+sec(?:ond)?\b|\banother\s+sec(?:ond)?\b|\b(?:an?\s+)?(?:extra|additional|another|further)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b/;
/** "half a second more", "2 s longer", "1 second less": the amount before the comparative. */
const DELTA_AFTER =
  /(?:(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)|\b(?:a|one)\s+sec(?:ond)?)\s+(more|extra|longer|slower|less|shorter|faster|quicker)\b/;
/** "add 2 seconds to photo 1", "cut 2s", "trim 1.5 seconds off the end", "shave off a second". */
const DELTA_VERB =
  /\b(add|plus|tack\s+on|cut|trim|shave|knock|take|chop|lop|subtract|minus)(?:\s+(?:off|away|out|on))?\s+(?:another\s+|an?\s+extra\s+|like\s+|about\s+)?(?:(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)|an?\s+(?:extra\s+)?sec(?:ond)?)\b(?!\s*(?:each|per|a\s+(?:photo|picture|pic|shot|slide)))/;
const DELTA_BY =
  /\bby\s+(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+|just\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b/;
/** "多3秒", "再加1秒", "延长2秒" add; "少2秒", "砍掉2秒", "缩短1秒", "减掉半秒" take away (never "缩短到5秒"). */
const DELTA_ZH =
  /(?<!最|不|至)(?:再多|多给|多|再加|加上|加长|加|增加|延长|拉长|再长|补|(?<=(?:张|个|片|频|体)\s*)长)(?:了)?(?:停|放|显示|停留|留|展示)?(\d+(?:\.\d+)?)\s*秒钟?|(?<!至|不|最)(?:少|减少|减掉|减去|减|缩短|缩|砍掉|砍|剪掉|剪去|去掉|扣掉|再短|短)(?:了)?(?:停|放|显示|停留)?(\d+(?:\.\d+)?)\s*秒钟?/;
/** Words that make "by 2 seconds" a cut rather than an addition. */
const LESS =
  /\b(?:faster|quicker|shorter|shorten|cut|trim|reduce|decrease|shrink|speed\s+(?:it\s+)?up|less)\b/;

/** A signed change of length in ms ("2 more seconds" +2000, "by 2 s" after "faster" −2000), taken. */
function takeDelta(clause: Parameters<Family>[0]): number | undefined {
  const more = clause.take(DELTA_MORE);
  if (more) {
    // "an extra 1.5 seconds" (from "an extra second and a half") says its amount after the word.
    const ms = Number(more[1] ?? more[4] ?? 1) * 1000;
    return Math.round(/fewer|less/.test(more[2] ?? '') ? -ms : ms);
  }
  const after = clause.take(DELTA_AFTER);
  if (after) {
    const ms = Math.round(Number(after[1] ?? 1) * 1000);
    return /less|shorter|faster|quicker/.test(after[2]!) ? -ms : ms;
  }
  const verb = clause.take(DELTA_VERB);
  if (verb) {
    const ms = Math.round(Number(verb[2] ?? 1) * 1000);
    return /^(?:add|plus|tack)/.test(verb[1]!) ? ms : -ms;
  }
  const zh = clause.take(DELTA_ZH);
  if (zh) return Math.round(zh[1] ? Number(zh[1]) * 1000 : -Number(zh[2]) * 1000);
  const by = DELTA_BY.exec(clause.text);
  if (by) {
    const less = LESS.test(clause.text);
    clause.blank(by.index, by.index + by[0].length);
    const ms = Math.round(Number(by[1]) * 1000);
    return less ? -ms : ms;
  }
  return undefined;
}

/** "the longest", "最长": a photo's length past every other photo's. */
const MOST =
  /\b(?:the\s+)?(?:longest|shortest)(?:\s+(?:one|photo|picture|of\s+(?:them|all)))?\b|(?:停留|停|放|显示|时间|时长)?(?:得)?(?:最长|最久|最短)/;

/** "50% longer", "20 percent shorter", "longer by a third"-free percentages: a share of the length now. */
const SCALE_AFTER =
  /(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(longer|slower|more|extra|shorter|less|faster|quicker)\b/;
/** "extend it by 50%", "cut the second photo by 20 percent", "speed it up by 25%": the verb says which way. */
const SCALE_BY = /\bby\s+(?:about\s+|like\s+|around\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)/;
/** "加长50%", "延长一半"-free numbers: "缩短20%", "时长减少30%", "长50%". */
const SCALE_ZH =
  /(加长|延长|增加|拉长|放慢|长|缩短|减少|减|砍掉|砍|剪掉|短|加快|快)(?:了)?\s*(\d+(?:\.\d+)?)\s*%/;

/** The factor a percentage change of length asks for ("50% longer" 1.5, "20% shorter" 0.8), taken. */
function takeScale(clause: Parameters<Family>[0]): number | undefined {
  const by = clause.has(SCALE_BY) && !clause.has(SCALE_AFTER) ? clause.take(SCALE_BY) : null;
  const found = by ?? clause.take(SCALE_AFTER) ?? clause.take(SCALE_ZH);
  if (!found) return undefined;
  const [word, amount] = by
    ? [
        /\b(?:faster|quicker|speed)/.test(clause.text) ? 'faster' : LESS.test(clause.text) ? 'less' : 'more',
        by[1]!,
      ]
    : /^\d/.test(found[1]!)
      ? [found[2]!, found[1]!]
      : [found[1]!, found[2]!];
  const share = Number(amount) / 100;
  // Faster by a share is that much more speed, so the length is divided by it.
  if (/^(?:faster|quicker|speed|加快|快)/.test(word)) return 1 / (1 + share);
  if (/^(?:shorter|less|shorten|trim|cut|reduce|decrease|shrink|缩短|减少|减|砍|剪掉|短)/.test(word))
    return share < 1 ? 1 - share : undefined;
  return 1 + share;
}

/** The clause named the intro or the outro rather than a photo ("give the intro a second more"). */
let endsNamed = false;

/**
 * The photos a length is for: by place or name, by a bare file stem ("make beach 4s"), or as the video's
 * intro or outro.
 */
function photosNamed(clause: Parameters<Family>[0], draft: Parameters<Family>[1]['draft']) {
  const where = takePositions(clause, draft);
  if (where.length > 0) return where;
  const stems = takeStems(clause, draft);
  if (stems.length > 0) return stems;
  const ends = takeEnds(clause, draft);
  if (ends.length > 0) {
    endsNamed = true;
    return ends;
  }
  // "first photo 2s, second 3s, third 4s": an ordinal and a length, nothing else, is a photo's length.
  const bare = BARE_ORDINAL.exec(clause.text);
  if (!bare) return [];
  const word = bare[1]!;
  const n = word === 'last' ? draft.video.length : (ORDINAL_NUMBER[word] ?? Number.parseInt(word, 10));
  if (!Number.isInteger(n) || n < 1 || n > draft.video.length) return [];
  clause.blank(bare.index, bare.index + bare[0].length);
  return [{ index: n - 1, start: bare.index, end: bare.index + bare[0].length }];
}

const BARE_ORDINAL =
  /^\s*(?:and\s+)?(?:the\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))(?:\s+one)?\s*(?:(?:is|at|to|for|gets|should\s+be|=|:)\s*)?(?:please|pls)?\s*$/;
const ORDINAL_NUMBER: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

function videoNeeded(ctx: Parameters<Family>[1], out: Parameters<Family>[2]): boolean {
  if (ctx.draft.video.length > 0) return true;
  out.notes.push(note('note.timing.noPhotos'));
  return false;
}

/**
 * The pace a mood word asks for. It only ever moves the way the word says: "calm" after a memorial style
 * (5 s a photo) leaves the slower pace it already has, "energetic" never slows a faster one.
 */
function pacing(ctx: Parameters<Family>[1], perPhotoMs: number, transitionMs: number): EditCommand[] {
  const calm = perPhotoMs >= 3000;
  const further = (current: number, wanted: number) => (calm ? current < wanted : current > wanted);
  const commands: EditCommand[] = [];
  if (ctx.draft.video.some((segment) => further(segment.durationMs, perPhotoMs)))
    commands.push({ type: 'setSegmentDuration', durationMs: perPhotoMs });
  const moving = ctx.draft.video
    .slice(0, -1)
    .find((segment) => segment.transition && segment.transition.name !== 'cut');
  if (moving?.transition && further(moving.transition.durationMs, transitionMs))
    commands.push({ type: 'setTransition', name: moving.transition.name, durationMs: transitionMs });
  return commands;
}

/**
 * An intro is the first photo with the title over it, an outro the last with the end card: when one gets
 * longer or shorter, a title that ended with the first photo and an end card that ended with the video
 * keep doing so.
 */
function textsAlong(draft: Draft, commands: readonly EditCommand[]): EditCommand[] {
  const along: EditCommand[] = [];
  const timings = segmentTimings(draft);
  const total = draftDurationMs(draft);
  const last = draft.video.length - 1;
  for (const command of commands) {
    if (command.type !== 'setSegmentDuration' || command.index === undefined) continue;
    const delta = command.durationMs - (draft.video[command.index]?.durationMs ?? command.durationMs);
    const photoEnd = timings[command.index]?.endMs ?? 0;
    if (delta === 0) continue;
    for (const text of draft.texts) {
      const end = text.startMs + text.durationMs;
      if (command.index === 0 && text.role === 'title' && Math.abs(end - photoEnd) <= 100)
        along.push({ type: 'updateText', id: text.id, durationMs: Math.max(300, text.durationMs + delta) });
      else if (command.index === last && text.role === 'end-card' && Math.abs(end - total) <= 100) {
        const durationMs = Math.max(Math.min(text.durationMs, 1000), text.durationMs + delta);
        along.push({
          type: 'updateText',
          id: text.id,
          startMs: Math.max(0, end + delta - durationMs),
          durationMs,
        });
      }
    }
  }
  return along;
}

/**
 * "title 'Sports Day', only for the first 4 seconds", "标题「小区运动会」，只显示前4秒": a span from the start
 * said after a text is how long that text shows, not a photo's or the video's length.
 */
const TEXT_SPAN =
  /^\s*(?:(?:only|just)\s+)?(?:(?:show(?:ing)?|display(?:ed)?|(?:on|up)\s+screen)\s+)?(?:for|during|in|over)\s+the\s+first\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s*$|^\s*(?:只|仅)?(?:在)?(?:显示|出现|停留)?(?:在)?前\d+(?:\.\d+)?\s*秒钟?(?:内)?(?:显示|出现)?\s*$/;
const TEXT_NAMED = /\b(?:titles?|captions?|subtitles?|text|lower\s+third)\b|标题|字幕|文字/;

export const timing: Family = (clause, ctx, out) => {
  // Left unread, so the span joins the text's own clause.
  if (TEXT_SPAN.test(clause.text) && TEXT_NAMED.test(clause.message)) return;
  endsNamed = false;
  const before = out.commands.length;
  lengths(clause, ctx, out);
  if (endsNamed) out.commands.push(...textsAlong(ctx.draft, out.commands.slice(before)));
  // Pacing also goes with a length ("a 30 second video with upbeat pacing"); a mood word right before a
  // music noun ("dreamy music", "欢快的音乐") describes the music, not the pacing.
  const aboutMusic = (re: RegExp) => {
    const found = re.exec(clause.source);
    return found !== null && MUSIC_AFTER.test(clause.source.slice(found.index + found[0].length));
  };
  // "a gentle fading between the pictures", "转场要柔和一点": a mood said of the transitions describes them,
  // not how long each photo stays.
  const aboutTransitions = TRANSITION_WORD.test(clause.source);
  // "music at 40% — something calm": "something" of a mood right after the music is the song.
  const songsMood =
    ctx.topic === 'music' &&
    /^\s*(?:[—–-]\s*)?(?:and\s+)?(?:something|a\s+song|a\s+track|one\s+that'?s)\b/i.test(clause.source) &&
    !/\b(?:pace|pacing|tempo|photos?|pictures?|pics?|slides?|video|cuts?|edit(?:ing)?)\b/.test(clause.source);
  // "换个钢琴曲吧，老板说要安静点的": after the music, a mood someone wants is the song's, not the pace's.
  const wantedOfSong =
    ctx.topic === 'music' &&
    /^\s*(?:[^，,。；;]{0,8}(?:说|觉得))?(?:要|想要|喜欢|希望|最好)(?:一?点|些)?[^，,。；;]{0,6}$/.test(
      clause.source,
    ) &&
    !/节奏|照片|图片|每张|视频|转场|切换|剪辑|画面|速度/.test(clause.source);
  if (songsMood || wantedOfSong) return;
  if (!aboutMusic(ENERGETIC) && clause.take(ENERGETIC)) {
    out.understood = true;
    out.topic = 'timing';
    if (videoNeeded(ctx, out)) {
      out.commands.push(...pacing(ctx, 2000, 400));
      // An energetic cut follows the music's beat when the music has one.
      if (!beatSyncProblem(ctx)) out.commands.push({ type: 'syncToBeats' });
    }
  } else if (!aboutMusic(CALM) && clause.take(CALM)) {
    out.understood = true;
    if (aboutTransitions) return;
    out.topic = 'timing';
    if (videoNeeded(ctx, out)) out.commands.push(...pacing(ctx, 4000, 1200));
  }
};

const DOUBLE =
  /\b(?:double(?:\s+the\s+(?:length|duration|time))?|twice\s+as\s+(?:long|slow)|two\s+times\s+(?:as\s+)?(?:long(?:er)?|slower))\b|(?:长|久|慢)[一1]倍|翻倍|加倍/;
const TRIPLE = /\b(?:triple(?:\s+the\s+(?:length|duration))?|three\s+times\s+(?:as\s+)?long(?:er)?)\b/;
const HALF =
  /\b(?:half\s+as\s+long|halve(?:\s+the\s+(?:length|duration|time))?|cut\s+(?:it\s+|the\s+(?:length|video)\s+)?in\s+half|half\s+the\s+(?:length|duration|time)|twice\s+as\s+fast)\b|减半|缩短一半|短一半|快[一1]倍|一半长|(?:缩短|剪)到一半|一半的(?:长度|时长)/;

/** A share that says it is of the length ("halve the duration", "一半的时长"), whatever was talked about. */
const NAMES_LENGTH = /length|duration|time|video|long|slow|fast|长|久|慢|快|时长/;

/** "a bit" / "一点" is the ordinary step; these ask for half of it, or for twice as much. */
const SLIGHT =
  /\b(?:a\s+(?:tiny|wee|little)\s+bit|(?:just\s+)?slightly|a\s+touch|a\s+tad|a\s+smidge|marginally|just\s+a\s+(?:bit|little))\b|稍微|稍稍|略微|一点点|微微|些许/;
const MUCH =
  /\b(?:a\s+lot|lots|much|way|far|significantly|considerably|a\s+great\s+deal|dramatically)\b(?:\s+more)?|很多|大幅|明显|非常|特别|多了/;
const ORDINARY = /\b(?:a\s+bit|a\s+little|somewhat)\b|一点|一些/;

/** How far "a little" or "a lot" moves a relative change: an exponent on the step (¼ … 2×). */
function degree(clause: Parameters<Family>[0]): number {
  if (clause.take(MUCH)) return 2;
  if (clause.take(SLIGHT)) return 0.5;
  clause.take(ORDINARY);
  return 1;
}

/**
 * A pace step said of the whole video ("faster", "it drags", "节奏有点赶") scales each photo, not the total:
 * the transitions keep their length, so five 3 s photos with 0.8 s crossfades made "faster" are 2.25 s
 * each (8.05 s), as docs/director.md promises, rather than a total × 3/4 that the transitions eat into.
 * Each photo is rounded to 50 ms, so a step of 3/4 on 3 s stays 2.25 s.
 */
/**
 * The photos a length is said of: those named, or every photo when it is said of each ("每张", "every
 * photo", "所有照片") and of no total. Their words are taken.
 */
function photosOrEvery(clause: Parameters<Family>[0], draft: Draft): { index: number }[] {
  const named = photosNamed(clause, draft);
  const every =
    named.length === 0 &&
    !clause.has(TOTAL_SAID) &&
    (PER_PHOTO.test(clause.text) || EVERY_PHOTO.test(clause.text) || ALL_PHOTOS_ZH.test(clause.text));
  if (!every) return named;
  clause.take(PER_PHOTO);
  clause.take(EVERY_PHOTO);
  clause.take(ALL_PHOTOS_ZH);
  return draft.video.map((_, index) => ({ index }));
}

/** Each photo's length times `factor` (to 50 ms): one command for all when they come out the same. */
function eachPhotoScaled(
  draft: Draft,
  factor: number,
): Extract<EditCommand, { type: 'setSegmentDuration' }>[] {
  const scaled = draft.video.map((segment) => clamp(round50(segment.durationMs * factor), 300, 600_000));
  return scaled.every((durationMs) => durationMs === scaled[0])
    ? [{ type: 'setSegmentDuration', durationMs: scaled[0]! }]
    : scaled.map((durationMs, index) => ({ type: 'setSegmentDuration', durationMs, index }));
}

function paced(draft: Draft, total: number, factor: number): number {
  const change = draft.video.reduce(
    (sum, segment) =>
      segment.media.kind === 'image'
        ? sum + Math.round((segment.durationMs * factor) / 50) * 50 - segment.durationMs
        : sum,
    0,
  );
  return clamp(total + change, 1000, 3_600_000);
}

function lengths(
  clause: Parameters<Family>[0],
  ctx: Parameters<Family>[1],
  out: Parameters<Family>[2],
): void {
  const total = draftDurationMs(ctx.draft);
  // "make them all equal", "每张一样长": every photo the same length, the total kept.
  if (!/\d/.test(clause.text) && clause.take(EQUAL)) {
    out.understood = true;
    out.topic = 'timing';
    if (!videoNeeded(ctx, out)) return;
    clause.take(/\b(?:make|set|please|pls|length|long)\b|(?:让|把|改成|调成|设成|弄成|都)/);
    const sum = ctx.draft.video.reduce((all, segment) => all + segment.durationMs, 0);
    const each = Math.round(sum / ctx.draft.video.length);
    out.commands.push({ type: 'setSegmentDuration', durationMs: each });
    if (each * ctx.draft.video.length !== sum) out.commands.push({ type: 'setDuration', totalMs: total });
    return;
  }
  // "3 more seconds", "an extra second", "speed it up by 2 seconds", "多3秒": an amount that moves the
  // length — of the photos named, else of the whole video.
  const delta = takeDelta(clause);
  if (delta !== undefined) {
    out.understood = true;
    out.topic = 'timing';
    if (!videoNeeded(ctx, out)) return;
    clause.take(
      /\b(?:add|give\s+(?:it|me)|make\s+it|to\s+(?:it|the\s+(?:video|end|whole\s+thing))|longer|shorter|extend|lengthen|shorten|trim|cut|reduce|speed\s+(?:it\s+)?up|slow\s+(?:it\s+)?down|faster|slower)\b/,
    );
    clause.take(WHOLE);
    // "每张加1秒", "add a second to each photo": every photo moves by the amount.
    const moved = photosOrEvery(clause, ctx.draft);
    if (moved.length > 0) {
      for (const position of moved) {
        const current = ctx.draft.video[position.index]?.durationMs ?? 3000;
        const durationMs = current + delta;
        if (durationMs < 300) out.notes.push(note('note.timing.minPhoto'));
        else out.commands.push({ type: 'setSegmentDuration', durationMs, index: position.index });
      }
      return;
    }
    const target = total + delta;
    if (target < 1000 || target > 3_600_000) out.notes.push(note('note.timing.range'));
    else out.commands.push({ type: 'setDuration', totalMs: target });
    return;
  }
  const whole = clause.has(WHOLE);
  // "总时长控制在15秒，平均分配给每张": a total shared out among the photos is still the total.
  // "把视频改成30秒，每张照片平均分", "make it 30 s and split it evenly": shared after the length is said, it is
  // the total too ("平均每张3秒" before it is each photo's).
  const sharedAt = SHARED.exec(clause.text)?.index;
  const lengthAt = DURATION_AT.exec(clause.text)?.index;
  const shared =
    sharedAt !== undefined && (clause.has(TOTAL_SAID) || (lengthAt !== undefined && lengthAt < sharedAt));
  if (shared) clause.take(SHARED);
  const allPhotos = EVERY_PHOTO.test(clause.text);
  let perPhoto =
    !whole &&
    !shared &&
    (PER_PHOTO.test(clause.text) ||
      allPhotos ||
      (ALL_PHOTOS_ZH.test(clause.text) && !clause.has(TOTAL_SAID)));
  const duration = takeDuration(clause);
  if (duration) {
    out.understood = true;
    out.topic = 'timing';
    const where = photosNamed(clause, ctx.draft);
    if (!whole && !shared && where.length === 0 && clause.take(SHOWN_EACH)) perPhoto = true;
    if (!videoNeeded(ctx, out)) return;
    const tooShort = note('note.timing.minPhoto');
    // "shots 2 and 3, 2s each", "前两张每张2秒": each of the photos named, not every photo.
    const eachNamed =
      where.length > 1 && /每(?:一)?张|各/.test(clause.text) && !/所有|全部/.test(clause.text);
    if (where.length > 0 && (!perPhoto || !allPhotos || eachNamed)) {
      clause.take(PER_PHOTO);
      for (const position of where) {
        if (duration.ms < 300) out.notes.push(tooShort);
        else
          out.commands.push({
            type: 'setSegmentDuration',
            durationMs: Math.min(duration.ms, 600_000),
            index: position.index,
          });
      }
      return;
    }
    // "make the photos 4 s", "the pictures to 2.5 seconds": the photos said together, with a length one photo
    // could have and no word for the video, are each that long.
    if (
      !perPhoto &&
      !whole &&
      !shared &&
      where.length === 0 &&
      duration.ms <= MAX_EACH_MS &&
      clause.has(THE_PHOTOS) &&
      !clause.has(TOTAL_SAID) &&
      !clause.has(VIDEO_NOUN)
    ) {
      clause.take(THE_PHOTOS);
      perPhoto = true;
    }
    if (perPhoto) {
      clause.take(PER_PHOTO);
      clause.take(EVERY_PHOTO);
      clause.take(ALL_PHOTOS_ZH);
      // "make the photos longer, like 4 s": the comparative goes with the value it was given.
      clause.take(LONGER) ?? clause.take(SHORTER);
      if (duration.ms < 300) out.notes.push(tooShort);
      else out.commands.push({ type: 'setSegmentDuration', durationMs: Math.min(duration.ms, 600_000) });
      return;
    }
    clause.take(WHOLE);
    clause.take(TOTAL);
    const adds = /\b(?:add|extra|plus)\b|加/.test(clause.text);
    // "加长到30秒", "extend it to 30 s": a length to reach, whatever the verb.
    // "shorter, like 7 seconds", "longer — say 12 s", "短一点，大概6秒": a hedged number is where to go.
    const reach =
      /(?:\bto|\binto|到|成|为|至)\s*(?:about\s+|like\s+|around\s+)?$/.test(
        clause.source.slice(0, duration.start),
      ) ||
      /(?:\blike|\babout|\baround|\broughly|\bsay|\bmaybe|\bapprox(?:imately)?|\bmore\s+like|\bsomething\s+like|\bjust|大概|大约|差不多)\s*,?\s*$/.test(
        clause.source.slice(0, duration.start),
      ) ||
      // "no longer than 8 seconds", "shorter than 8 s", "at least 20 s", "至少20秒": a bound is where to go.
      /(?:\b(?:no\s+)?(?:longer|shorter|more|less)\s+than|\bat\s+(?:least|most)|\bunder|\bwithin|\bup\s+to|\bmax(?:imum)?|\bmin(?:imum)?|最多|至少|不超过|不少于|不到|少于|多于)\s*$/.test(
        clause.source.slice(0, duration.start),
      );
    const absolute =
      reach ||
      (!adds && /\b(?:to|into)\b(?!\s+(?:it|the\s+(?:video|end|whole\s+thing)))|到|成|为/.test(clause.text));
    let target = duration.ms;
    if (!absolute && (clause.take(LONGER) || clause.take(/\b(?:add|extra|plus|more)\b|加|多/)))
      target = total + duration.ms;
    else if (!absolute && (clause.take(SHORTER) || clause.take(/\b(?:less|minus|remove|cut|fewer)\b|减|少/)))
      target = total - duration.ms;
    clause.take(LONGER) ?? clause.take(SHORTER);
    if (target < 1000 || target > 3_600_000) out.notes.push(note('note.timing.range'));
    else out.commands.push({ type: 'setDuration', totalMs: target });
    return;
  }

  // "50% longer", "cut it by 20%", "缩短20%": a share of the length now, of the photos named or the video.
  const scale = takeScale(clause);
  if (scale !== undefined) {
    out.understood = true;
    out.topic = 'timing';
    if (!videoNeeded(ctx, out)) return;
    clause.take(LONGER) ?? clause.take(SHORTER) ?? clause.take(FASTER) ?? clause.take(SLOWER);
    clause.take(WHOLE);
    clause.take(TOTAL);
    // "make every photo 50% longer", "每张照片时长变成原来的1.5倍": each photo by that share.
    const where = photosOrEvery(clause, ctx.draft);
    if (where.length > 0) {
      for (const position of where) {
        const current = ctx.draft.video[position.index]?.durationMs ?? 3000;
        out.commands.push({
          type: 'setSegmentDuration',
          durationMs: clamp(round100(current * scale), 300, 600_000),
          index: position.index,
        });
      }
      return;
    }
    out.commands.push({ type: 'setDuration', totalMs: clamp(round100(total * scale), 1000, 3_600_000) });
    return;
  }
  // "make the first photo the longest", "最后一张停最短": one photo a step past every other one.
  const most = MOST.exec(clause.text);
  if (most && ctx.draft.video.length > 1) {
    const saved = clause.snapshot();
    clause.take(MOST);
    const where = photosNamed(clause, ctx.draft);
    if (where.length === 1) {
      out.understood = true;
      out.topic = 'timing';
      const index = where[0]!.index;
      const others = ctx.draft.video.filter((_, k) => k !== index).map((segment) => segment.durationMs);
      const longest = /longest|最长|最久/.test(most[0]);
      // A step past the others, to the half second a person would say.
      const durationMs = longest
        ? Math.max(ctx.draft.video[index]!.durationMs, Math.ceil((Math.max(...others) * (4 / 3)) / 500) * 500)
        : Math.min(
            ctx.draft.video[index]!.durationMs,
            Math.max(500, Math.floor((Math.min(...others) * 0.75) / 500) * 500),
          );
      out.commands.push({ type: 'setSegmentDuration', durationMs, index });
      return;
    }
    clause.restoreSnapshot(saved);
  }
  // "too long" asks for shorter, so the complaints come first. The pace words (faster, slower, "it drags",
  // "too slow") are each photo's step; "too long", "shorter" and "longer" stay the video's length.
  const pace = new Set([TOO_LONG, TOO_SHORT, FASTER, SLOWER]);
  const relative: [RegExp, number][] = [
    // Right after a length ("first photo 5 seconds"), "too much" / "太多了" says it is too long.
    ...(ctx.topic === 'timing' ? [[TOO_MUCH, 0.75] as [RegExp, number]] : []),
    [DOUBLE, 2],
    [TRIPLE, 3],
    [HALF, 0.5],
    [TOO_LONG, 0.75],
    [TOO_SHORT, 4 / 3],
    [SHORTER, 0.75],
    [LONGER, 4 / 3],
    [FASTER, 0.75],
    [SLOWER, 4 / 3],
  ];
  // "the crossfades feel sluggish", "转场太长了，拖拖拉拉的", "(add crossfades) they feel slow": a pace said of
  // the transitions is their length, never the photos'.
  const ofTransitions =
    TRANSITION_WORD.test(clause.source) ||
    (ctx.topic === 'transition' &&
      !/\b(?:it|video|photos?|pictures?|pics|images?|slides?|shots?|slideshow|clip|movie)\b|视频|照片|图片|每张|整体|整个/.test(
        clause.source,
      ));
  for (const [re, base] of relative) {
    if (ofTransitions && (pace.has(re) || re === HALF || re === DOUBLE) && re.test(clause.text)) continue;
    // "the music is too loud, halve it": a bare share goes with the music being talked about.
    const bare = ctx.topic === 'music' ? re.exec(clause.text) : null;
    if (
      bare &&
      (base === 0.5 || base === 2 || base === 3) &&
      !NAMES_LENGTH.test(clause.text.slice(bare.index, bare.index + bare[0].length + 24))
    )
      continue;
    const found = clause.take(re);
    if (found) {
      out.understood = true;
      out.topic = 'timing';
      const perPhoto = pace.has(re) && !LENGTH_COMPLAINT.test(found[0]);
      const factor = base === 2 || base === 3 || base === 0.5 ? base : base ** degree(clause);
      if (!videoNeeded(ctx, out)) return;
      // "make the second photo longer": that photo only.
      const where = photosNamed(clause, ctx.draft);
      if (where.length > 0) {
        for (const position of where) {
          const current = ctx.draft.video[position.index]?.durationMs ?? 3000;
          out.commands.push({
            type: 'setSegmentDuration',
            durationMs: clamp(round50(current * factor), 300, 600_000),
            index: position.index,
          });
        }
        return;
      }
      // "could each picture stay twice as long", "每张放久一点": a step said of each photo scales each photo,
      // so the transitions' overlap does not eat into it (and a value said next is each photo's too).
      // "photos are to stay on screen longer" is said of the photos too.
      if (PER_PHOTO.test(clause.text) || EVERY_PHOTO.test(clause.text) || SHOWN_EACH.test(clause.text)) {
        clause.take(PER_PHOTO) ?? clause.take(EVERY_PHOTO) ?? clause.take(SHOWN_EACH);
        out.commands.push(...eachPhotoScaled(ctx.draft, factor));
        return;
      }
      // A pace step short enough that the transitions would have to shrink to fit is each photo's own
      // (a 2 s photo × 3/4 is 1.5 s, whatever the 0.8 s crossfades), so the total does not squeeze it further.
      const scaled = eachPhotoScaled(ctx.draft, factor);
      const shortest = Math.min(...scaled.map((command) => command.durationMs));
      const longestTransition = Math.max(
        0,
        ...ctx.draft.video.map((segment) => segment.transition?.durationMs ?? 0),
      );
      if (perPhoto && longestTransition * 2 > shortest) {
        out.commands.push(...scaled);
        return;
      }
      // The step exactly (× 3/4 of 9 s is 6.75 s), to the 50 ms the photos' own steps round to.
      const target = perPhoto
        ? paced(ctx.draft, total, factor)
        : clamp(Math.round((total * factor) / 50) * 50, 1000, 3_600_000);
      out.commands.push({ type: 'setDuration', totalMs: target });
      return;
    }
  }
}

addVocabulary(
  EQUAL,
  TOO_LONG,
  TOO_SHORT,
  PER_PHOTO,
  TOTAL,
  WHOLE,
  SHORTER,
  LONGER,
  FASTER,
  SLOWER,
  ENERGETIC,
  CALM,
  SLIGHT,
  MUCH,
  ORDINARY,
  DOUBLE,
  TRIPLE,
  HALF,
  DELTA_MORE,
  DELTA_BY,
  DELTA_AFTER,
  DELTA_VERB,
  LESS,
  SCALE_AFTER,
  SCALE_BY,
  'add extra plus more less minus remove fewer into slightly somewhat much way lot additional further',
);
