import { addVocabulary } from '../fuzzy.js';
import { takePositions } from '../values.js';
import type { Family } from './types.js';

/**
 * How a photo fills a frame of another shape: cropped to fill (cover), shown whole over a blurred copy of
 * itself (blur), or over bars (color) — for every photo, or for the ones the clause names ("get rid of
 * the blur behind the beach photo", "crop the city one to fill", "第二张裁满"). It reads before the families
 * that remove photos, so "get rid of the blur behind X" never removes X, and "the blur" of a fill is never
 * taken for a blurred photo.
 */

/** What the blurred fill is called: the blur behind, around or beside the photos, a blurry background. */
const BLUR_FILL_EN =
  '(?:(?:blurr?(?:ed|y)?|blur)\\s+(?:background|backdrop|edges|sides|bars|fill|borders?)|blur(?:ry)?\\s+(?:stuff\\s+)?(?:behind|around|beside|on\\s+the\\s+sides|at\\s+the\\s+sides|on\\s+the\\s+edges|at\\s+the\\s+edges|on\\s+either\\s+side))';
const BLUR_FILL_ZH =
  '(?:(?:照片|图片|图|相片)?(?:后面|背后|两边|两侧|旁边|周围|四周|边上)的?模糊(?:背景|边|效果)?|模糊(?:的)?(?:背景|边|两边)|背景(?:的)?模糊)';

const FITS: readonly [RegExp, string][] = [
  [
    new RegExp(
      [
        // "photo fill full the screen", "no black border": a learner's words for the same crop to fill.
        '\\b(?:fill|fills|filling|cover|covers|covering)\\s+(?:up\\s+)?(?:(?:the|whole|full|fully|entire|all|of)\\s+){0,3}(?:frame|screen)\\b|\\bcrop\\s+to\\s+fill\\b|\\bfull\\s*screen\\b',
        '(?<!\\b(?:titles?|captions?|texts?|fonts?|words|letters|subtitles?)\\b[^,.;]{0,20})\\b(?:no|without)\\s+(?:(?:any|the)\\s+)?(?:black\\s+)?(?:bars|borders?|edges)\\b',
        `\\b(?:no|without|remove|drop|lose|get\\s+rid\\s+of|kill|ditch|don'?t\\s+(?:want|use|like))\\s+(?:the\\s+|a\\s+|any\\s+|that\\s+|those\\s+)?${BLUR_FILL_EN}`,
        // "just crop it", "crop the city one to fill": cropping that names no shape to crop to.
        "\\b(?<!\\b(?:don'?t|dont|do\\s+not|never|not)\\s+)(?:just\\s+)?crop(?:\\s+(?:it|them(?:\\s+all)?|all\\s+of\\s+them|(?:all\\s+)?(?:the\\s+)?(?:photos|pictures|pics|images)))?(?=\\s+(?:the\\s+)?[a-z][\\w-]*\\s+(?:one|photo|pic|picture|shot)\\b|\\s*(?:to\\s+fill\\b|in\\b|instead\\b|$|[,.;!]))",
        // Bars refused or complained of: "get rid of the black bars", "there are black bars on the sides",
        // "两边有黑边", "黑边太难看了" — the photos are to fill the frame.
        "\\b(?:remove|drop|lose|get\\s+rid\\s+of|kill|ditch|hate|don'?t\\s+(?:want|like|need))\\s+(?:(?:the|those|these|any|all|ugly|annoying)\\s+)*(?:black\\s+)?(?:bars?|borders?)\\b",
        "\\b(?:there\\s+(?:are|is)|there'?re|there'?s|i\\s+(?:can\\s+)?see|i\\s+get|(?:it\\s+)?(?:has|have|got))\\s+(?:(?:these|some|the|ugly|annoying|big|thick|those)\\s+)*black\\s+(?:bars?|borders?|edges)\\b",
        '\\bblack\\s+(?:bars|borders)\\b[^,.;!?]{0,30}\\b(?:are|is|look|looks)\\s+(?:so\\s+|really\\s+|kind\\s+of\\s+|a\\s+bit\\s+)?(?:ugly|annoying|distracting|weird|bad|awful|terrible)\\b',
        '铺满|填满|裁满|裁剪填充|全屏|(?:不要|去掉|没有|别有|不想要)黑边|(?<!要|想|可以|得|加|留)有黑边|黑边(?:的话)?\\s*(?:去掉|不要|删掉|太?难看|好丑|很丑)',
        `(?:不要|去掉|别用|不用|取消|不想要|删掉|去除)${BLUR_FILL_ZH}`,
      ].join('|'),
    ),
    'cover',
  ],
  [new RegExp(`\\b${BLUR_FILL_EN}|${BLUR_FILL_ZH}|背景(?:用|改成|换成|设成|要)模糊(?:的)?`), 'blur'],
  [
    /\b(?:letterbox(?:ed)?|black\s+bars|show\s+the\s+whole\s+photo|don'?t\s+crop|no\s+crop(?:ping)?|fit\s+the\s+whole\s+(?:photo|picture|image)|(?:should\s+)?not\s+be\s+cropped|(?:don'?t|dont|do\s+not|never)\s+(?:want|like|need)\s+(?:(?:the|my|any|our)\s+)?(?:photos?|pictures?|pics?|images?|them|it)\s+(?:to\s+be\s+|getting\s+|being\s+)?cropped|no\s+(?:(?:the|my|our)\s+)?(?:photos?|pictures?|pics?|images?|them)\s+(?:to\s+be\s+|getting\s+|being\s+)?cropped|no\s+cropped\s+(?:photos?|pictures?|pics?|images?)|without\s+cropping|uncropped)\b|(?:不要|别|不用|不)(?:被)?裁(?:剪|掉|切)?(?!成|到|出)|不裁|完整显示|(?:要|能)?看(?:到|得到|得见)全身|(?:人|头|脚)(?:都)?(?:不要|别)(?:被)?(?:裁|切)(?:掉)?|整张(?:照片|图片?)?(?:都)?显示(?:出来)?|显示(?:整张|完整的?)(?:照片|图片?)?|黑边/,
    'color',
  ],
];

/** A shape to crop to ("crop it to 9:16", "crop to square"): the format family's, not a fit. */
const CROP_TO_SHAPE =
  /\bcrop\b.*\b(?:to|into|as)\s+(?:a\s+)?(?:\d+\s*[:x×]\s*\d+|square|vertical|portrait|landscape|widescreen|wide)\b/;

export const fit: Family = (clause, ctx, out) => {
  if (CROP_TO_SHAPE.test(clause.text)) return;
  for (const [re, name] of FITS) {
    if (!clause.take(re)) continue;
    // "完整显示不要裁剪": the same fit said twice is one request.
    clause.takeAll(re);
    clause.take(/\b(?:to\s+fill|instead)\b/);
    const positions = ctx.draft.video.length > 0 ? takePositions(clause, ctx.draft) : [];
    const targets = [...new Set(positions.map((p) => p.index))];
    if (targets.length === 0) out.commands.push({ type: 'setFit', name });
    else for (const index of targets) out.commands.push({ type: 'setFit', name, index });
    out.understood = true;
    out.topic ??= 'format';
    return;
  }
};

addVocabulary(
  FITS.map(([re]) => re),
  'fill cover crop whole frame screen blurred blurry blur background behind edges sides bars letterbox letterboxed show photo picture image cropping',
);
