import type { Draft } from '../model/index.js';
import { Clause } from './clause.js';
import { listOf } from './photo-sets.js';
import { identity, type Mapped, rewrite } from './text.js';
import { takePositions, zhPhotoList } from './values.js';

/**
 * "use every photo except the city one", "make a video from all the pictures but the last", "without the
 * beach photo", "除了城市那张都用上", "城市那张不用": photos left out of the video, said as their removal ("…;
 * remove the second photo", "删掉第2张"), so they go whether the video is being made or already exists.
 * What is left out must name photos and nothing else ("without music" is not a photo).
 */
const EN_USE_ALL_BUT =
  /\b(?:use|using|include|including|with|from|keep|put\s+in)\s+(?:all|every|everything|each)(?:\s+(?:of\s+)?(?:the\s+|my\s+)?(?:photos?|pictures?|pics?|images?|shots?|ones?))?\s*,?\s*(?:except(?:\s+for)?|but|apart\s+from|other\s+than|save\s+for|besides|minus)\s+((?:the\s+|my\s+)?(?:[a-z0-9][a-z0-9_-]*\s+){0,3}?(?:one|photo|picture|pic|image|shot)s?\b|(?:the\s+)?(?:very\s+)?(?:first|last|final|second|third|fourth|fifth)\b(?:\s+(?:one|photo|picture|pic))?|(?:photo|picture|pic)\s*#?\d{1,2}\b)/g;
const EN_WITHOUT =
  /\b(?:without|leaving\s+out|skipping|minus)\s+((?:the\s+|my\s+)(?:[a-z0-9][a-z0-9_-]*\s+){0,3}?(?:one|photo|picture|pic|image|shot)\b|(?:photo|picture|pic)\s*#?\d{1,2}\b)/g;
const ZH_NAMED = String.raw`(?:第\d+张|最后(?:一|1)?张|倒数第\d+张|[\u4e00-\u9fffA-Za-z0-9_-]{1,8}?那张)(?:照片|图片)?`;
const ZH_USE_ALL_BUT = new RegExp(
  String.raw`除了\s*(${ZH_NAMED})\s*(?:以外|之外|外)?\s*[，,]?\s*(?:其他|其余|剩下)?(?:的)?(?:照片|图片)?(?:都|全)(?:部)?(?:用上|用|要|放进去|加进去|放上|加上|放|加)(?:吧|了)?(?=\s*(?:$|[，,。；;！!？?]))`,
  'g',
);
const ZH_NOT_USED = new RegExp(
  String.raw`(${ZH_NAMED})\s*(?:不用|不要用|别用|不放|别放|不加|别加)(?:了|吧)?(?=\s*(?:$|[，,。；;！!？?]))|(?:不用|不要用|别用)\s*(${ZH_NAMED})`,
  'g',
);

const MAY_LEAVE_OUT =
  /\b(?:except|but|apart|other|save|besides|minus|without|leaving|skipping)\b|除了|不用|不要用|别用|不放|别放|不加|别加/;

export function spellLeftOut(norm: Mapped, draft: Draft): Mapped {
  if (draft.video.length < 2 || !MAY_LEAVE_OUT.test(norm.text)) return norm;
  /** The photos `said` names, when it names photos and nothing else. */
  const photosIn = (said: string): number[] | undefined => {
    const clause = new Clause(identity(said), said, []);
    const found = [...new Set(takePositions(clause, draft, true).map((position) => position.index))];
    if (found.length === 0 || found.length >= draft.video.length) return undefined;
    const rest = clause
      .leftover()
      .filter((word) => !/^(?:the|my|one|photos?|pictures?|pics?|images?|shots?|照片|图片)$/.test(word));
    if (rest.length > 0) return undefined;
    return found.sort((a, b) => a - b);
  };
  const english = (m: RegExpExecArray, keep: string) => {
    const left = photosIn(m[1]!);
    if (!left) return undefined;
    return `${keep}; remove${listOf(left.map((k) => k + 1))}`;
  };
  norm = rewrite(norm, EN_USE_ALL_BUT, (m) => english(m, ' '));
  norm = rewrite(norm, EN_WITHOUT, (m) => english(m, ''));
  const chinese = (said: string) => {
    const left = photosIn(said);
    return left && `，删掉${zhPhotoList(left.map((k) => k + 1))}`;
  };
  norm = rewrite(norm, ZH_USE_ALL_BUT, (m) => chinese(m[1]!));
  return rewrite(norm, ZH_NOT_USED, (m) => chinese((m[1] ?? m[2])!));
}
