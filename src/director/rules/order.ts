import type { EditCommand, MediaRef } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import {
  EVERY_PHOTO,
  FILE_NAME,
  isAudioName,
  matchMedia,
  mediaName,
  namesIn,
  PHOTO_NOUN,
  photosNamedZh,
  stemKey,
  takePositions,
} from '../values.js';
import { type Family, note } from './types.js';

/**
 * "no transitions on the last one, just cut", "a hard cut into photo 3": a cut said of the transitions is a
 * kind of transition, and a negation there ("no fades on …") governs the transition, never the photo.
 */
function transitionTalk(clause: Parameters<Family>[0], verb: RegExpExecArray): boolean {
  const said = clause.source;
  if (
    /^cut/.test(verb[0]) &&
    /\b(?:a|an|just|hard|straight|jump|simple|plain|clean|quick|with|use|no|the)\s+$/.test(
      clause.text.slice(0, verb.index),
    )
  )
    return true;
  return (
    /\btransitions?\b|\b(?:cross-?)?fades?\b|\bdissolves?\b|\bwipes?\b|转场|过渡/.test(said) &&
    /^(?:cut|skip|lose|drop)/.test(verb[0])
  );
}

/** Photo order: sort by date, reverse, move, swap, remove, add. */

/**
 * "the oldest photo goes first" names one photo; a sort says photos, or no noun ("oldest first", "oldest foto
 * first").
 */
const NOT_ONE = String.raw`(?!(?<=\b(?:the|that|this)\s+[a-z]+(?:\s+recent)?\s+)(?:one|photo|picture|pic|shot|image|slide)\b(?!s))`;
/** "keep only…", "a video with just the first 3", "using only the beach and city photos", "只保留", "只用". */
const ONLY_KEEP =
  /\b(?:keep|use|want)\s+(?:only|just)\b|\b(?:only|just)\s+(?:keep|use|want)\b|\b(?:with|using|from|of|out\s+of)\s+(?:only|just)\b(?=\s+(?:the\s+|my\s+|these\s+)?(?:first|last|\d|photos?|pictures?|pics?|[a-z]+\s+(?:and|&)\s))|只(?:保留|留下?|要|用)/;
const SORT = new RegExp(
  String.raw`\b(?:sort|order|arrange|put|organi[sz]e|reorder|rearrange|line\s+up)\b[^.]*?\b(?:by|in|according\s+to)\b[^.]*?\b(?:date|dates|time|when\s+(?:they\s+were\s+)?taken|chronolog\w*|exif)\b(?:\s+taken)?|\b(?:reverse\s+)?chronological(?:ly)?(?:\s+order)?\b|\b(?:oldest|earliest)\s+${NOT_ONE}(?:[a-z]+\s+){0,2}?(?:first|to\s+(?:newest|latest)|at\s+the\s+(?:start|front|beginning))\b|\b(?:newest|latest|most\s+recent)\s+${NOT_ONE}(?:[a-z]+\s+){0,2}?(?:first|to\s+(?:oldest|earliest)|at\s+the\s+(?:start|front|beginning))\b|\bby\s+date(?:\s+taken)?\b|\bin\s+the\s+order\s+(?:they\s+were\s+)?taken\b|\bin\s+the\s+order\s+(?:we|i|you|they)\s+(?:took|shot|snapped|captured)\s+(?:them|these|those|the\s+(?:photos|pictures|pics|shots))\b|按(?:照)?(?:我们|我|他们)?拍(?:摄)?的?(?:先后)?顺序|按(?:照)?(?:拍摄|拍照|拍)?(?:的)?(?:时间|日期)(?:先后)?(?:顺序)?(?:排序|排列|排)?|(?:拍摄)?时间顺序|从早到晚|从旧到新|从新到旧|由旧到新|由新到旧|(?:最新|最近|最早|最旧|最老)(?:拍)?的(?:照片|图片|相片|那些|几张)?(?:在|放|排)(?:在)?(?:最)?(?:前|前面|开头|第一)`,
);
const NEWEST = /newest|latest|most\s+recent|reverse\s+chronolog|从新到旧|最新|最近/;
const REVERSE =
  /\b(?:reverse|invert)\b(?:\s+(?:the|their))?(?:\s+(?:photo|picture|image)s?)?(?:\s+(?:order|sequence))?|\b(?:flip|turn|swap|switch)\s+(?:the\s+)?(?:photo\s+|picture\s+)?(?:order|sequence)(?:\s+of\b(?:\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:photos|pictures|images|pics|slides|shots|everything|them)\b)?)?(?:\s+(?:around|round|over))?\b|\b(?:turn|flip)\s+(?:the\s+)?(?:photos|pictures|images|whole\s+thing|them|it)\s+(?:around|round)\b|\blast\s+(?:one\s+|photo\s+)?first\s+and\s+(?:the\s+)?first\s+(?:one\s+|photo\s+)?last\b|\bbackwards?\b|\bin\s+reverse(?:\s+order)?\b|倒序|反转顺序|顺序反过来|反过来|颠倒顺序|倒过来|顺序颠倒|反向排列|倒着/;
const SHUFFLE = /\b(?:shuffle|randomi[sz]e|random\s+order|mix\s+up\s+the\s+order)\b|打乱|随机顺序|随机排序/;
const SWAP =
  /\b(?:swap|switch|exchange|trade|interchange)(?:\s+(?:places?|spots?|positions?|around|over))?\b|交换|调换|对调|互换|换一下|换个位置|换位置/;
const MOVE =
  /\b(?:move|put|place|bring|shift|make|goes|comes|go|sits?|belongs?|should\s+(?:come|go|sit|be|become|stay)|(?:needs?|has|have)\s+to\s+(?:come|go|sit|be|become))\b|移到|放到|挪到|调到|换到|放在|移动到|移至|移动|放(?!\s*\d+(?:\.\d+)?\s*(?:秒|s\b|sec)|久|长|一会|一下|慢|快)|移|挪|(?:去|摆|搬|排)(?=\s*(?:到|去|在)?\s*(?:第|最|开头|结尾|末尾|头|尾|前|后))/;
/** "the opening image should be …": the place said as a photo, which may still be that photo's own edit. */
const ENDS_AS_PHOTO = /(?:photo|picture|image|pic|shot|slide|frame)\s/;
const START_OR_END =
  /\b(?:start|starts|starting|begin|begins|beginning|open|opens|opening|lead|kick\s+off|end|ends|ending|finish|finishes|close|closes|closing|wrap\s+up)\s+(?:it\s+|the\s+(?:video|slideshow)\s+)?(?:with|on)\b|\b(?:should\s+|must\s+|will\s+|can\s+|(?:has|have|needs?)\s+to\s+)?(?:open|opens|start|starts|begin|begins|kick\s+off|kicks\s+off|lead|leads|close|closes|end|ends|finish|finishes|wrap\s+up|wraps\s+up)\s+(?:the|my|our|this)\s+(?:video|slideshow|reel|montage|movie|film|clip|edit|sequence|whole\s+thing)\b|\b(?:the\s+|my\s+|our\s+)?(?:very\s+)?(?:opening|first|starting|closing|last|final|ending)\s+(?:photo|picture|image|pic|shot|slide|frame)\s+(?:should|must|has\s+to|needs\s+to|will|shall|is\s+going\s+to)?\s*(?:be|is)\b(?=\s+(?:(?:the|that|this|my|our)\s+|(?:photo|picture|pic|image)\s*#?\d))|(?:以|用|从)(?=.{1,20}(?:开头|开始|打头|开场|结尾|结束|收尾))|(?:开头|开始|打头|开场|结尾|结束|收尾)(?:吧)?$|(?:开头|一开始|开场|结尾|收尾)(?:就)?(?:用|是)/;
const REMOVE =
  /\b(?:remove|delete|drop|cut|take\s+out|leave\s+out|get\s+rid\s+of|exclude|lose|skip|ditch|toss|bin|scrap|trash|axe|nix)\b|\b(?:take|leave|pull|cut)\s+(?:[a-z0-9.'-]+\s+){1,4}?out\b|删除|删掉|去掉|移除|拿掉|拿走|拿出去|撤掉|不要|删/;
/**
 * "cut photo 2 down to 2 seconds", "trim it to 1.5 s", "cut a second from photo 2": a length to reach or
 * an amount to take off, never a removal.
 */
const CUT_TO_LENGTH =
  /\b(?:cut|trim|chop|shave)\s+(?:off\s+)?(?:an?\s+|half\s+a\s+|\d+(?:\.\d+)?\s*)(?:s|secs?|seconds?|ms|milliseconds?)\b|\b(?:cut|trim|chop|shave)\b.*?\b(?:down\s+)?to\s+(?:about\s+|like\s+|around\s+|just\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|milliseconds?)\b|(?:剪|砍|缩|删)(?:短|减)?(?:到|成)\s*\d+(?:\.\d+)?\s*秒/;
const ADD = /\b(?:add|include|insert|append|put\s+in|bring\s+in|use)\b|加上|添加|加入|插入|加/;
const REST =
  /\b(?:the\s+)?(?:other|rest(?:\s+of\s+the)?|remaining|new|missing|all(?:\s+the)?|all\s+of\s+the)\s+(?:photos|pictures|images|clips|ones|uploads|files)\b|剩下的|其他的?|其余的?|新的?(?:照片|图片)/;
const PHOTO_WORD = /\b(?:photo|picture|image|pic|shot|slide|clip)s?\b|照片|图片|相片|张/;
const ORDINAL_TARGET = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "往后挪一位", "向前移两位", "one spot later", "back two places": a move counted from where the photo is. */
const BY_PLACES =
  /(?:往|向|朝)?(前|后)(?:面|边)?(?:挪|移|调|放|搬|排|走)?(?:动)?(\d)\s*(?:位|格|个位置|个位|个)|\b(?:(\d|one|two|three)\s+(?:place|spot|position|slot)s?\s+(earlier|later|forward|back(?:ward)?|ahead|up|down|further\s+back)|(back|forward|up|down|earlier|later|ahead)\s+(?:by\s+)?(\d|one|two|three)\s+(?:place|spot|position|slot)s?)\b/;
const PLACE_COUNT: Record<string, number> = { one: 1, two: 2, three: 3 };
const LATER = /^(?:后|later|back|backward|down|further\s+back)$/;

function takeTarget(
  clause: Parameters<Family>[0],
  count: number,
): number | { after: boolean } | { by: number } | undefined {
  const last = Math.max(0, count - 1);
  const by = clause.take(BY_PLACES);
  if (by) {
    const way = by[1] ?? by[4] ?? by[5]!;
    const said = by[2] ?? by[3] ?? by[6]!;
    const n = PLACE_COUNT[said] ?? Number(said);
    return { by: LATER.test(way) ? n : -n };
  }
  const as = clause.take(
    /\bas\s+the\s+(first|opening|last|final|closing)\s+(?:photo|picture|image|shot|one|slide)\b/,
  );
  if (as) return /first|opening/.test(as[1]!) ? 0 : last;
  if (
    clause.take(
      /\b(?:to|at|in|into)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|front|first\s+(?:place|position|spot))\b|\bto\s+the\s+top\b|最前面|最前|开头|第1位|首位|(?<=(?:到|去|在|放|摆|移|挪|排)\s*)(?:最|前)?头(?:位)?(?![发像])/,
    )
  )
    return 0;
  if (
    clause.take(
      /\b(?:to|at|in|into)\s+(?:the\s+)?(?:very\s+)?(?:end|back|last\s+(?:place|position|spot))\b|\bto\s+the\s+bottom\b|(?<=(?:到|在|至|去|成)\s*)最后(?:一|1)?(?:个|张|位)?|最后面|最后(?!(?:一|1)?(?:张|个|幅|的|那))|末尾|结尾|最后1位|(?<=(?:到|去|在|放|摆|移|挪|排)\s*)(?:最|后)?尾(?:位)?/,
    )
  )
    return last;
  // "should sit in the middle", "放到中间": the middle place (the earlier one of two).
  if (
    clause.take(
      /\b(?:to|at|in|into)\s+(?:the\s+)?(?:very\s+|exact\s+)?(?:middle|center|centre)(?:\s+(?:of\s+the\s+(?:video|slideshow|sequence|order|timeline)|(?:place|position|spot|slot)))?\b|(?<=(?:到|去|在|放|摆|移|挪|排)\s*)(?:正)?中间(?:的位置|位置)?(?!的?(?:那|这)?(?:一)?张)/,
    )
  )
    return Math.floor(last / 2);
  let m = clause.take(
    /\b(?:to|at|into)\s+(?:position|place|spot|slot)\s+(?:number\s+)?#?(\d+)\b|\b(?:to|at|in)\s+(?:the\s+)?(\d+)(?:st|nd|rd|th)?\s+(?:position|place|spot|slot)\b|第(\d+)(?:位|个位置|张的位置)|(?:移到|放到|挪到|调到|换到|放在|移动到|移至|排在|排到|放去|移去|搬去|摆去|摆到|搬到|放|排|挪|移|摆|搬|去|(?<=\b(?:move|put|place)\b.{0,30})到)(?:成)?第(\d+)(?:张|个|位)?(?![张个]?(?:照片|图片)?\s*(?:的)?(?:后面|后边|之后|前面|前边|之前))/,
  );
  if (m) return Number(m[1] ?? m[2] ?? m[3] ?? m[4]) - 1;
  m = clause.take(
    new RegExp(
      `\\b(?:to|at|into)\\s+(?:the\\s+)?(${ORDINAL_TARGET.join('|')})\\s+(?:position|place|spot|slot)\\b`,
    ),
  );
  if (m) return ORDINAL_TARGET.indexOf(m[1]!);
  // "make it 5 second": a number before "second" is a length, not a photo and a place ("put photo 3 second" is).
  // "make the second photo 5 second": the photo is already named by its place, so the number is a length.
  m = clause.take(
    new RegExp(
      `(?<!(?<!(?:(?<!\\b(?:${ORDINAL_TARGET.join('|')}|last)\\s+)\\b(?:${PHOTO_NOUN}|number|no\\.?)|#)\\s*)\\d\\s*)\\b(?:the\\s+)?(${ORDINAL_TARGET.join('|')}|last)(?:\\s+one)?\\s*$`,
    ),
  );
  if (m) return m[1] === 'last' ? last : Math.min(last, ORDINAL_TARGET.indexOf(m[1]!));
  // "the sunset should be the very last photo", "…become the first one": the place said as the photo it becomes.
  m = clause.take(
    new RegExp(
      `(?<=\\b(?:be|become|is|as)\\s+)(?:the\\s+)?(?:very\\s+)?(${ORDINAL_TARGET.join('|')}|last|final)\\s+${PHOTO_NOUN}\\s*$`,
    ),
  );
  if (m) return /^(?:last|final)$/.test(m[1]!) ? last : Math.min(last, ORDINAL_TARGET.indexOf(m[1]!));
  if (clause.take(/\b(?:after|behind)\b|之后|后面|后边/)) return { after: true };
  if (clause.take(/\bbefore\b|in\s+front\s+of|之前|前面|前边/)) return { after: false };
  return undefined;
}

/** An uploaded photo or clip that is not in the video, named by file name or as "the sunset photo". */
function notInVideo(
  clause: Parameters<Family>[0],
  media: readonly MediaRef[],
  draft: Parameters<Family>[1]['draft'],
): MediaRef | undefined {
  const used = new Set(draft.video.map((segment) => segment.media.uri));
  const candidates = media.filter((item) => item.kind !== 'audio' && !used.has(item.uri));
  const named = namesIn(clause.text, candidates)[0];
  if (named) {
    clause.blank(named.start, named.end);
    return named.media;
  }
  const stem = new RegExp(`(?:the\\s+)?\\b([a-z0-9][a-z0-9_-]{2,})\\s+${PHOTO_NOUN}\\b`).exec(clause.text);
  const found = stem ? matchMedia(candidates, stem[1]!) : undefined;
  if (stem && found) clause.blank(stem.index, stem.index + stem[0].length);
  return found;
}

/**
 * The moves that reverse the photos at `indices` among themselves, every other photo staying where it is:
 * "reverse all but the first".
 */
export function reverseAmong(count: number, indices: readonly number[]): EditCommand[] {
  const places = [...indices].sort((a, b) => a - b);
  const order = Array.from({ length: count }, (_, k) => k);
  const wanted = [...order];
  places.forEach((place, k) => {
    wanted[place] = places[places.length - 1 - k]!;
  });
  const moves: EditCommand[] = [];
  for (let to = 0; to < count; to++) {
    const from = order.indexOf(wanted[to]!);
    if (from === to) continue;
    order.splice(to, 0, ...order.splice(from, 1));
    moves.push({ type: 'moveSegment', from, to });
  }
  return moves;
}

export const order: Family = (clause, ctx, out) => {
  const draft = ctx.draft;
  const count = draft.video.length;
  const hit = () => {
    out.understood = true;
    out.topic = 'order';
  };

  const sort = clause.take(SORT);
  if (sort) {
    hit();
    // "按时间从新到旧排": the direction may follow the words that asked for the sort.
    const newest =
      NEWEST.test(sort[0]) ||
      clause.take(
        /从新到旧|由新到旧|新的在前|\b(?:newest|latest|most\s+recent)\s+(?:first|to\s+(?:oldest|earliest))\b/,
      ) !== null;
    clause.take(
      /从旧到新|由旧到新|从早到晚|旧的在前|\b(?:oldest|earliest)\s+(?:first|to\s+(?:newest|latest))\b/,
    );
    out.commands.push({ type: 'sortByDate', order: newest ? 'newest-first' : 'oldest-first' });
    return;
  }
  if (clause.take(REVERSE)) {
    hit();
    clause.take(/\b(?:the\s+)?(?:order|sequence)\b|顺序/);
    // "第2张到第5张倒过来", "reverse photos 2, 3 and 4": only those photos, among themselves.
    const named = [...new Set(takePositions(clause, draft).map((position) => position.index))];
    out.commands.push(
      ...(named.length >= 2 && named.length < count
        ? reverseAmong(draft.video.length, named)
        : [{ type: 'reverseSegments' } as const]),
    );
    return;
  }
  if (clause.take(SHUFFLE)) {
    hit();
    out.notes.push(note('note.order.noShuffle'));
    return;
  }

  // "start with the forest picture", "end on photo 2", "以第三张开头", "用beach.jpg结尾".
  // Taken back whole when no one photo is named: "the first photo should be 5 seconds" is a length.
  const beforeEnds = clause.snapshot();
  const ends = clause.take(START_OR_END);
  if (ends) {
    const saved = clause.snapshot();
    const positions = takePositions(clause, draft, true);
    const tail = clause.take(/开头|开始|打头|开场|结尾|结束|收尾/);
    const first = /start|begin|open|lead|kick|first|开头|开始|打头|开场/.test(`${ends[0]}${tail?.[0] ?? ''}`);
    if (positions.length === 1) {
      hit();
      const to = first ? 0 : Math.max(0, count - 1);
      if (positions[0]!.index !== to)
        out.commands.push({ type: 'moveSegment', from: positions[0]!.index, to });
      return;
    }
    clause.restoreSnapshot(saved);
    if (ENDS_AS_PHOTO.test(ends[0])) clause.restoreSnapshot(beforeEnds);
  }

  const swap = SWAP.exec(clause.text);
  // "swap beach and forest": photos named by their file stems count as photo words.
  const stems = draft.video
    .map((segment) => stemKey(mediaName(segment.media)))
    .filter((key) => key.length >= 3);
  // "咖啡和火箭换一下位置": two photos named by what they show, in Chinese, without 那张.
  const namesPhoto =
    clause.text.split(/[^a-z0-9]+/).some((word) => stems.includes(word)) ||
    (swap !== null && photosNamedZh(clause.text, draft).length >= 2);
  if (
    swap &&
    (PHOTO_WORD.test(clause.text) || namesPhoto || /\d|first|last|second|third|第/.test(clause.text))
  ) {
    const positions = takePositions(clause, draft, true);
    if (positions.length >= 2) {
      clause.blank(swap.index, swap.index + swap[0].length);
      hit();
      out.commands.push({ type: 'swapSegments', a: positions[0]!.index, b: positions[1]!.index });
      return;
    }
    if (positions.length === 1) {
      clause.blank(swap.index, swap.index + swap[0].length);
      hit();
      // "第二张换个位置，放到最后": one photo and a place is a move, not a swap.
      const target = takeTarget(clause, count);
      clause.take(MOVE);
      if (typeof target === 'number') {
        if (positions[0]!.index !== target)
          out.commands.push({ type: 'moveSegment', from: positions[0]!.index, to: target });
        return;
      }
      out.notes.push(note('note.order.whichSwap'));
      return;
    }
  }

  // "keep only the first three photos", "a video with just the first 3", "只保留前三张": the photos not named go.
  const only = clause.has(ONLY_KEEP);
  if (
    only &&
    !/\b(?:music|song|title|caption|text|transition|filter|look)\b|音乐|标题|字幕|文字|转场|滤镜/.test(
      clause.text,
    )
  ) {
    const saved = clause.snapshot();
    clause.take(ONLY_KEEP);
    // "只要每张4秒" is "just 4 s each": a photo that is not there keeps none, and no photo goes.
    const kept = new Set(
      takePositions(clause, draft, true)
        .map((position) => position.index)
        .filter((index) => index >= 0 && index < count),
    );
    if (kept.size > 0 && kept.size < count && !/每(?:一)?张|\b(?:each|every)\b/.test(clause.source)) {
      hit();
      for (let index = count - 1; index >= 0; index--)
        if (!kept.has(index)) out.commands.push({ type: 'removeSegment', index });
      return;
    }
    clause.restoreSnapshot(saved);
  }

  const remove = REMOVE.exec(clause.text);
  if (
    remove &&
    !transitionTalk(clause, remove) &&
    !CUT_TO_LENGTH.test(clause.text) &&
    !/\b(?:music|song|audio|text|title|caption|transition|filter|look|crop(?:ped|ping)?|bars)\b|音乐|标题|字幕|文字|转场|滤镜|裁剪|黑边|完整显示/.test(
      clause.text,
    )
  ) {
    const file = new RegExp(FILE_NAME.source).exec(clause.text);
    const positions = takePositions(clause, draft, true);
    if (positions.length > 0) {
      clause.blank(remove.index, remove.index + remove[0].length);
      hit();
      const indexes = [...new Set(positions.map((p) => p.index))].sort((a, b) => b - a);
      for (const index of indexes) out.commands.push({ type: 'removeSegment', index });
      return;
    }
    if (file && !isAudioName(file[0])) {
      clause.blank(file.index, file.index + file[0].length);
      clause.blank(remove.index, remove.index + remove[0].length);
      hit();
      out.notes.push(note('note.order.notInVideo', { name: file[0] }));
      return;
    }
    if (PHOTO_WORD.test(clause.text) && !EVERY_PHOTO.test(clause.text)) {
      clause.blank(remove.index, remove.index + remove[0].length);
      hit();
      out.notes.push(note('note.order.whichRemove'));
      return;
    }
  }

  // Adding uploaded photos or clips.
  const add = ADD.exec(clause.text);
  if (add) {
    const visual = ctx.media.filter((media) => media.kind !== 'audio');
    const files: MediaRef[] = [];
    for (const hit of namesIn(clause.text, visual)) {
      files.push(hit.media);
      clause.blank(hit.start, hit.end);
    }
    for (const match of [...matchesOf(clause.text, new RegExp(FILE_NAME.source, 'g'))]) {
      const media = matchMedia(visual, match[0]);
      if (media) {
        files.push(media);
        clause.blank(match.index, match.index + match[0].length);
      } else if (!isAudioName(match[0])) {
        clause.blank(match.index, match.index + match[0].length);
        hit();
        out.notes.push(note('note.order.notUploaded', { name: match[0] }));
      }
    }
    for (const quote of clause.quoteSpans()) {
      const media = matchMedia(visual, quote.text);
      if (media && /\.[a-z0-9]{2,5}$/i.test(quote.text)) {
        files.push(media);
        clause.blank(quote.start, quote.start + 1);
      }
    }
    if (files.length === 0 && clause.take(REST)) {
      const used = new Set(draft.video.map((segment) => segment.media.uri));
      const rest = visual.filter((media) => !used.has(media.uri));
      hit();
      clause.blank(add.index, add.index + add[0].length);
      if (rest.length > 0) out.commands.push({ type: 'addMedia', media: rest });
      else out.notes.push(note('note.order.allIn'));
      return;
    }
    if (files.length > 0) {
      hit();
      clause.blank(add.index, add.index + add[0].length);
      out.commands.push({ type: 'addMedia', media: files });
      const target = takeTarget(clause, count + files.length);
      if (typeof target === 'number' && target < count) {
        for (let k = 0; k < files.length; k++)
          out.commands.push({ type: 'moveSegment', from: count + k, to: target + k });
      }
      return;
    }
  }

  const move = MOVE.exec(clause.text);
  // "put photo 5 between photo 1 and 2", "把第5张放到第1张和第2张之间": right after the first of the two.
  if (move && /\bbetween\b|之间|中间/.test(clause.text)) {
    const saved = clause.snapshot();
    clause.take(/\bbetween\b|之间|中间/);
    const positions = takePositions(clause, draft, true);
    if (positions.length === 3) {
      const [from, a, b] = positions.map((position) => position.index) as [number, number, number];
      const after = Math.min(a, b);
      clause.blank(move.index, move.index + move[0].length);
      clause.take(/\b(?:and|&)\b|和|与|跟|到|在/);
      hit();
      const to = from > after ? after + 1 : after;
      if (to !== from) out.commands.push({ type: 'moveSegment', from, to });
      return;
    }
    clause.restoreSnapshot(saved);
  }
  if (move) {
    const target = takeTarget(clause, count);
    if (target === undefined) return;
    const positions = takePositions(clause, draft, true);
    if (positions.length === 0) {
      // "put the sunset photo first" when sunset.jpg is uploaded but not in the video yet: add it there.
      const upload = notInVideo(clause, ctx.media, draft);
      if (!upload || typeof target !== 'number') return;
      hit();
      clause.blank(move.index, move.index + move[0].length);
      out.commands.push({ type: 'addMedia', media: [upload] });
      if (target < count) out.commands.push({ type: 'moveSegment', from: count, to: target });
      return;
    }
    clause.blank(move.index, move.index + move[0].length);
    hit();
    const from = positions[0]!.index;
    let to: number;
    if (typeof target === 'number') to = target;
    else if ('by' in target) to = Math.min(count - 1, from + target.by);
    else {
      const anchor = positions[1]?.index;
      if (anchor === undefined) {
        out.notes.push(note('note.order.where'));
        return;
      }
      to = from < anchor ? (target.after ? anchor : anchor - 1) : target.after ? anchor + 1 : anchor;
    }
    // "move the last one later": already where it can go.
    if (Math.max(0, to) !== from) out.commands.push({ type: 'moveSegment', from, to: Math.max(0, to) });
    return;
  }
  // "party photo second, after the beach": a neighbour said after a place just given only describes it.
  if (
    ctx.topic === 'order' &&
    /^\s*(?:(?:right|just|directly)\s+)?(?:after|behind|before|in\s+front\s+of)\s|^\s*(?:就|紧)?(?:在|排在|跟在)?\S{1,12}(?:后面|之后|后边|前面|之前|前边)\s*$/.test(
      clause.text,
    )
  ) {
    const saved = clause.snapshot();
    clause.take(
      /\b(?:(?:right|just|directly)\s+)?(?:after|behind|before|in\s+front\s+of)\b|(?:就|紧)?(?:在|排在|跟在)?|后面|之后|后边|前面|之前|前边/,
    );
    clause.take(/后面|之后|后边|前面|之前|前边/);
    if (takePositions(clause, draft, true).length === 1) {
      hit();
      return;
    }
    clause.restoreSnapshot(saved);
  }
  // "beach last", "forest first", "the city one at the end": a photo named, then its place, with no verb.
  const placed =
    /^\s*(?:the\s+)?(\S.*?)\s+(?:(?:goes|comes|should\s+(?:go|be|come))\s+)?(?:the\s+)?(?:very\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last(?=(?:\s+(?:one|photo|picture|pic|image|shot))?\s*(?:please|pls|instead)?\s*$)|at\s+the\s+(?:very\s+)?(?:start|beginning|front|end|back)|to\s+the\s+(?:very\s+)?(?:start|front|end|back)|(?:in|at|to)\s+the\s+(?:very\s+)?(?:middle|centre|center))(?:\s+(?:one|photo|picture|pic|image|shot))?(?:\s+(?:please|pls|instead))?\s*$/.exec(
      clause.text,
    );
  // "15 second" in a list ("make vertical, 15 second and …") is a length said without its plural, not photo 15 second.
  if (placed && !(placed[2] === 'second' && /^\d+(?:\.\d+)?$/.test(placed[1]!))) {
    const saved = clause.snapshot();
    const at = placed.index + placed[0].indexOf(placed[1]!) + placed[1]!.length;
    clause.blank(at, placed.index + placed[0].length);
    const positions = takePositions(clause, draft, true);
    if (
      positions.length === 1 &&
      /^[\s]*(?:(?:please|pls|instead|the|photo|picture|pic|image|shot|one)\b\s*)*$/.test(clause.text)
    ) {
      hit();
      const ordinal = ORDINAL_TARGET.indexOf(placed[2]!);
      const numbered = /^(\d+)/.exec(placed[2]!);
      const to = /first|start|beginning|front/.test(placed[2]!)
        ? 0
        : /middle|centre|center/.test(placed[2]!)
          ? Math.floor((count - 1) / 2)
          : ordinal >= 0
            ? Math.min(count - 1, ordinal)
            : numbered
              ? Math.min(count - 1, Number(numbered[1]) - 1)
              : count - 1;
      if (positions[0]!.index !== to)
        out.commands.push({ type: 'moveSegment', from: positions[0]!.index, to });
      return;
    }
    clause.restoreSnapshot(saved);
  }
  if (
    clause.has(/\b(?:order|sequence)\b|顺序/) &&
    /\b(?:change|fix|different|better)\b|调整|换/.test(clause.text)
  ) {
    hit();
    clause.take(/\b(?:order|sequence)\b|顺序/);
    out.notes.push(note('note.order.how', { n: count }));
  }
};

addVocabulary(
  SORT,
  NEWEST,
  REVERSE,
  SHUFFLE,
  SWAP,
  MOVE,
  REMOVE,
  ADD,
  REST,
  PHOTO_WORD,
  ORDINAL_TARGET,
  'start beginning front first place position spot slot last back bottom number after behind before order sequence change different better music song audio text title caption transition filter look',
);
