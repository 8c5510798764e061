import { ASPECT_NAMES, type AspectName, aspectOf, findPreset } from '../../model/index.js';
import { addVocabulary } from '../fuzzy.js';
import { matchesOf } from '../text.js';
import { byShape, COLOR_WORD, colorHex, SHAPE_REFERENCE } from '../values.js';
import { type Family, note } from './types.js';

/** Aspect, platform, resolution, frame rate, canvas, background and fit. */

const PLATFORMS: [RegExp, string][] = [
  [/\b(?:youtube|yt)\s+shorts?\b|\bshorts\b/, 'shorts'],
  [/\b(?:instagram|insta|ig)\s+reels?\b|\breels?\b/, 'reels'],
  [/\btik\s?tok\b|\btiktok\b|\bdouyin\b|抖音/, 'tiktok'],
  [
    /\b(?:instagram|insta|ig)\s+(?:feed|post)s?\b|\b(?:4:5\s+)?feed\b|\b(?:instagram|insta)\b(?!\s+(?:stor|reel))|(?<=[\u4e00-\u9fff]\s?)ins\b(?!\s+(?:stor|reel))|\bins(?=\s?[\u4e00-\u9fff])/,
    'instagram-feed',
  ],
  [/\byoutube\b|油管/, 'youtube'],
];

const ASPECT_WORDS: [RegExp, AspectName][] = [
  [
    /\b(?:vertical|vertically|portrait(?:\s+mode)?|upright|tall|phone\s+(?:format|size|screen)|snapchat)\b|竖屏|竖版|竖着|竖的|竖向|纵向|竖幅/,
    '9:16',
  ],
  // A story is the platform's only beside a platform, "for/on/to (my) story" or "story format": "the
  // story doesn't make sense" is what the video tells.
  [
    /\b(?:(?:instagram|insta|ig|fb|facebook|snap|snapchat|whatsapp)\s+stor(?:y|ies)|(?:for|on|to)\s+(?:(?:my|a|an|your|our)\s+)?stor(?:y|ies)(?!\s+(?:of|about|behind)\b)|stor(?:y|ies)\s+(?:format|size|mode|ratio|version|post))\b/,
    '9:16',
  ],
  [
    /\b(?:horizontal|horizontally|landscape(?:\s+mode)?|widescreen|wide\s*screen|wide)\b|横屏|横版|横着|横的|横向|宽屏/,
    '16:9',
  ],
  [/\bsquare\b|正方形|方形|方屏|方的/, '1:1'],
  // The shape a platform implies, after the shapes said: "要一个横屏的给视频号" is landscape, as said.
  [/视频号|快手/, '9:16'],
  [/b站|bilibili|哔哩哔哩/, '16:9'],
  [/小红书|xiaohongshu|rednote/, '3:4'],
];

const RATIO = /(?<![\d.])(\d{1,2})\s*(?::|x|×|\/|比|by)\s*(\d{1,2})(?![\d.])/;
const CANVAS = /(?<![\d.])(\d{3,4})\s*(?:x|×|\*|by)\s*(\d{3,4})(?![\d.])/;
const RESOLUTIONS: [RegExp, string][] = [
  [/\b(?:4k|uhd|2160p?)\b|超高清|超清|4k/, '2160p'],
  [/\b(?:2k|1440p?|qhd)\b|2k/, '1440p'],
  [/\b(?:full\s*hd|fhd|1080p?|hd)\b|全高清|高清|蓝光|1080p?/, '1080p'],
  [/\b720p?\b|标清|720p?/, '720p'],
  [/\b540p?\b|540p/, '540p'],
];
const FPS =
  /(\d{1,3}(?:\.\d+)?)\s*(?:fps|frames?\s*(?:per|a|\/)\s*s(?:ec(?:ond)?)?|(?:帧|格)每秒|(?:帧|格)\/秒|帧|hz)|(?:每秒|一秒)(?:钟)?\s*(\d{1,3})\s*(?:帧|格|个?画面)/;
/** "make it 60 frames", "60帧": a frame count that can only be a rate (12–120, no "frames of"/"long"). */
const FPS_BARE =
  /(?<![\d.])(1[2-9]|[2-9]\d|1[01]\d|120)\s*frames\b(?!\s*(?:of|long|in|into|from|per\s+photo|each))/;
/** Playback said to stutter: "playback looks choppy", "画面卡顿", "一卡一卡的" — a smoother frame rate. */
const CHOPPY =
  /\b(?:choppy|stuttery|stuttering|stutters|laggy|jerky|juddery|judders|juddering)\b|卡顿|一卡一卡|(?:播放|画面|动起来|运动)(?:的时候)?(?:有点|很|太)?不(?:够)?(?:流畅|顺滑|丝滑)/;
const FPS_SET =
  /(?:frame\s*rate|framerate|fps|帧率|帧数)\s*(?:to|of|at|=|:|改成|改为|设为|设置为|调到|调成|为|是)?\s*(\d{1,3}(?:\.\d+)?)/;

/**
 * A shape refused: "不要竖屏", "not vertical", "no portrait", "不要方的", "undo the vertical". Away from it when
 * the video has it (to 16:9, or to 9:16 when landscape is refused); when it has not, the shape it has.
 */
const REFUSED =
  /\b(?:not|no|without|never)\s+(?:a\s+|in\s+|to\s+)?(vertical|portrait|upright|tall|square|landscape|horizontal|widescreen)(?:\s+(?:mode|format|video|one|anymore|any\s+more))?\b|(?:不要|不想要|不需要|别|不用|不是|别用|别弄|别做|不做)(?:成|做成|弄成|改成|改|换成|换|调成|变成)?(竖屏|竖版|竖的|竖着|竖向|方的|方形|正方形|方屏|横屏|横版|横的|横着|横向)(?:的|了|吧)?/;

function refusedShape(clause: Parameters<Family>[0], ctx: Parameters<Family>[1]): AspectName | undefined {
  const found = clause.take(REFUSED);
  if (!found) return undefined;
  const word = found[1] ?? found[2]!;
  const kind = /square|方/.test(word)
    ? 'square'
    : /landscape|horizontal|wide|横/.test(word)
      ? 'wide'
      : 'tall';
  const { width, height } = ctx.draft.canvas;
  const now = width === height ? 'square' : width > height ? 'wide' : 'tall';
  if (now === kind) return kind === 'wide' ? '9:16' : '16:9';
  const current = aspectOf(width, height);
  return ASPECT_NAMES.includes(current as AspectName) ? (current as AspectName) : '16:9';
}

/** The shape words themselves, before the shapes a platform only implies (视频号, 小红书 …). */
const SAID_SHAPES = ASPECT_WORDS.slice(0, 4);

/**
 * "square, for instagram", "方形的，发小红书": a shape said in another clause of the message wins over the shape
 * a platform named alone implies (the other clause sets it, or has set it already).
 */
function shapeSaidElsewhere(
  clause: Parameters<Family>[0],
  ctx: Parameters<Family>[1],
): { said: AspectName; onDraft: boolean } | undefined {
  const message = clause.message
    .replace(new RegExp(REFUSED.source, 'g'), ' ')
    .replace(new RegExp(SHAPE_REFERENCE.source, 'g'), ' ');
  // A ratio said is a shape said: "比例换成4:5，发小红书" keeps 4:5.
  const ratio = RATIO.exec(message);
  const ratioName = ratio ? `${Number(ratio[1])}:${Number(ratio[2])}` : undefined;
  const said =
    SAID_SHAPES.find(([re]) => re.test(message))?.[1] ??
    (ASPECT_NAMES.includes(ratioName as AspectName) ? (ratioName as AspectName) : undefined);
  if (!said) return undefined;
  const { width, height } = ctx.draft.canvas;
  return { said, onDraft: aspectOf(width, height) === said };
}

export const format: Family = (clause, ctx, out) => {
  let aspect: AspectName | undefined;
  let preset: string | undefined;

  const refused = refusedShape(clause, ctx);
  if (refused) {
    aspect = refused;
    out.understood = true;
  }

  const canvas = clause.take(CANVAS);
  if (canvas) {
    out.understood = true;
    const width = Number(canvas[1]);
    const height = Number(canvas[2]);
    if (width >= 16 && height >= 16 && width <= 4096 && height <= 4096)
      out.commands.push({ type: 'setCanvas', width, height });
    else out.notes.push(note('note.format.canvasRange'));
  }

  const ratio = RATIO.exec(clause.text);
  if (ratio) {
    const name = `${Number(ratio[1])}:${Number(ratio[2])}`;
    const looksLikeAspect =
      ASPECT_NAMES.includes(name as AspectName) ||
      /aspect|ratio|format|比例|画幅/.test(clause.text) ||
      /比/.test(ratio[0]);
    if (looksLikeAspect) {
      clause.blank(ratio.index, ratio.index + ratio[0].length);
      out.understood = true;
      if (ASPECT_NAMES.includes(name as AspectName)) aspect = name as AspectName;
      else
        out.notes.push(
          note('note.format.unknownAspect', {
            name,
            list: { en: ASPECT_NAMES.join(', '), zh: ASPECT_NAMES.join('、') },
          }),
        );
    }
  }

  for (const [re, name] of PLATFORMS) {
    if (clause.take(re)) {
      preset ??= name;
      out.understood = true;
    }
  }
  // "the vertical photo should go last", "the square one": a photo named by its shape is no format.
  const references = [...matchesOf(clause.text, new RegExp(SHAPE_REFERENCE.source, 'g'))].filter(
    (match) => byShape(ctx.draft, match[1] ?? match[2] ?? match[3]!) !== undefined,
  );
  let unnamed = clause.text;
  for (const match of references)
    unnamed =
      unnamed.slice(0, match.index) +
      ' '.repeat(match[0].length) +
      unnamed.slice(match.index + match[0].length);
  let implied = false;
  for (const [re, name] of ASPECT_WORDS) {
    const found = re.exec(unnamed);
    if (found) {
      clause.blank(found.index, found.index + found[0].length);
      if (aspect === undefined) implied = !SAID_SHAPES.some(([said]) => said === re);
      aspect ??= name;
      out.understood = true;
    }
  }
  const elsewhere = (preset && aspect === undefined) || implied ? shapeSaidElsewhere(clause, ctx) : undefined;
  if (elsewhere) aspect = elsewhere.onDraft ? elsewhere.said : implied ? undefined : aspect;
  // "square, for instagram": the shape said is what the person wants; the platform's own shape would be
  // set and then undone in the same step.
  if (preset && elsewhere && findPreset(preset)?.aspect !== elsewhere.said) preset = undefined;
  // "make it 1:1 for instagram": the same, with the shape said in the same breath.
  if (preset && aspect && !implied && findPreset(preset)?.aspect !== aspect) preset = undefined;
  if (preset) {
    out.commands.push({ type: 'applyPreset', preset });
    if (aspect && findPreset(preset)?.aspect === aspect) aspect = undefined;
  }
  if (aspect) out.commands.push({ type: 'setAspect', aspect });
  if (aspect || preset)
    clause.take(
      /\b(?:aspect(?:\s+ratio)?|ratio|format|mode|orientation|for|version)\b|比例|画幅|格式|模式|版/,
    );

  for (const [re, resolution] of RESOLUTIONS) {
    if (clause.take(re)) {
      out.commands.push({ type: 'setResolution', resolution });
      out.understood = true;
      clause.take(/\b(?:resolution|quality)\b|分辨率|画质|清晰度/);
      break;
    }
  }

  const fps = clause.take(FPS_SET) ?? clause.take(FPS) ?? clause.take(FPS_BARE);
  if (fps) {
    out.understood = true;
    const value = Math.round(Number(fps[1] ?? fps[2]));
    if (value >= 1 && value <= 120) out.commands.push({ type: 'setFps', fps: value });
    else out.notes.push(note('note.format.fpsRange'));
  } else if (
    CHOPPY.test(clause.text) &&
    [FPS_SET, FPS, FPS_BARE].some((re) => re.test(clause.message.replace(clause.text, ' ')))
  ) {
    // "playback looks choppy, make it 60 frames": the complaint is the reason for the rate said beside it.
    clause.take(CHOPPY);
    out.understood = true;
  } else if (clause.take(/\b(?:smoother|higher)\s+frame\s*rate\b|高帧率/) || clause.take(CHOPPY)) {
    out.understood = true;
    out.commands.push({ type: 'setFps', fps: 60 });
  } else if (clause.take(/\bcinematic\s+frame\s*rate\b|电影帧率/)) {
    out.understood = true;
    out.commands.push({ type: 'setFps', fps: 24 });
  }

  // Background colour behind photos that do not fill the frame.
  const background = /\bbackground\b|背景(?:色|颜色)?/.exec(clause.text);
  if (background && !/music|song|音乐|歌/.test(clause.text)) {
    const color = COLOR_WORD.exec(clause.text);
    if (color) {
      const hex = colorHex(color[0]);
      if (hex) {
        clause.blank(background.index, background.index + background[0].length);
        clause.take(COLOR_WORD);
        out.commands.push({ type: 'setBackground', color: hex });
        // A colour behind the photos shows only where they are shown whole on it: "a white background
        // instead of the blur" puts every photo on that colour, not just the canvas under the blur.
        if (ctx.draft.video.some((segment) => segment.fit.name !== 'cover'))
          out.commands.push({ type: 'setFit', name: 'color', params: { color: hex } });
        out.understood = true;
      }
    }
  }

  if (out.understood && out.topic === undefined && out.commands.length > 0) out.topic = 'format';
  if (/\bgif\b|动图/.test(clause.text) && clause.take(/\b(?:as\s+a\s+|into\s+a\s+|an?\s+)?gif\b|动图/)) {
    out.understood = true;
    out.notes.push(note('note.format.noGif'));
  }
};

addVocabulary(
  REFUSED,
  PLATFORMS,
  ASPECT_WORDS,
  RESOLUTIONS,
  FPS,
  FPS_SET,
  'choppy frames aspect ratio format mode orientation version resolution quality smoother higher cinematic frame rate background music song gif',
);
