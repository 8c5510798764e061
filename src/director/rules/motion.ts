import { catalog as effects } from '../../catalog/index.js';
import { effectTitle, type MessageKey, t } from '../../messages/index.js';
import { phrase } from '../../messages/phrase.js';
import type { Draft, EditCommand, MediaRef } from '../../model/index.js';
import { hasPeopleLayer } from '../../model/people-layer.js';
import type { Clause } from '../clause.js';
import { addVocabulary } from '../fuzzy.js';
import type { Lang } from '../types.js';
import {
  EVERY_PHOTO,
  mediaName,
  type PositionMatch,
  segmentBySubject,
  takeEnds,
  takePositions,
} from '../values.js';
import { effectList, findEffects } from './effects.js';
import { type Family, note, type RuleOutput } from './types.js';

/** Camera motion on the photos: zoom, pan, drift, still — and 2.5D parallax where analysis found people. */

/**
 * "camera go up", "the camera moves slowly left", "镜头往上走": a learner's way of naming a pan is the camera
 * travelling that way.
 */
const CAMERA_GOES: [RegExp, string][] = (
  [
    ['up', '上', 'pan-up'],
    ['down', '下', 'pan-down'],
    ['left', '左', 'pan-left'],
    ['right', '右', 'pan-right'],
  ] as const
).map(([way, zh, name]) => [
  new RegExp(
    `\\bcamera\\s+(?:(?:should|will|can|to)\\s+)?(?:go|goes|going|went|move|moves|moving|travel|travels|travelling|traveling|glide|glides|gliding)\\s+(?:(?:slowly|gently|smoothly|a\\s+bit|little)\\s+)?(?:to\\s+the\\s+)?${way}(?:wards?)?\\b|镜头(?:慢慢|缓缓)?(?:往|向|朝)${zh}(?:走|移|去|动|跑)`,
  ),
  name,
]);

const PHRASES: [RegExp, string][] = [
  // "别再放大了", "不要缩小": a move refused is none, before the move's own word is read as asked for.
  [
    /(?:不要|别|不用|不想|不再|停止|停掉)(?:再|老是|一直|总是)?(?:放大|缩小|推近|拉远|缩放|平移|移动|晃来晃去|晃动?|摇来摇去)(?:了|啦|啊|呀)?(?!\s*(?:太|得|那么|这么|一点|点|那张|这张|第))/,
    'static',
  ],
  ...CAMERA_GOES,
  // A handheld feel is the slow float, the nearest move in the catalogue.
  [/\bhand[\s-]?held(?:\s+(?:camera|look|feel|style|vibe))?\b|手持(?:镜头|感|风格)?/, 'drift'],
  [
    /\bpan(?:ning|s|ned)?\s+(?:from\s+)?left\s+to\s+(?:the\s+)?right\b|\bfrom\s+left\s+to\s+right\b|\bleft[\s-]to[\s-]right\b|从左到右|从左往右|向右平移|往右平移|向右移动|往右移|右移/,
    'pan-right',
  ],
  [
    /\bpan(?:ning|s|ned)?\s+(?:from\s+)?right\s+to\s+(?:the\s+)?left\b|\bfrom\s+right\s+to\s+left\b|\bright[\s-]to[\s-]left\b|从右到左|从右往左|向左平移|往左平移|向左移动|往左移|左移/,
    'pan-left',
  ],
  // 摇 is the camera's pan: "往上摇", "向左摇镜头", "右摇"; 移 a move that way ("往上移动").
  [/(?:向|往|朝)右(?:慢慢)?(?:摇|平?移|\s*(?:move|moving|pan|panning|slide)\b)|右摇/, 'pan-right'],
  [/(?:向|往|朝)左(?:慢慢)?(?:摇|平?移|\s*(?:move|moving|pan|panning|slide)\b)|左摇/, 'pan-left'],
  [/(?:向|往|朝)上(?:慢慢)?(?:摇|平?移|\s*(?:move|moving|pan|panning|slide)\b)|上摇/, 'pan-up'],
  [/(?:向|往|朝)下(?:慢慢)?(?:摇|平?移|\s*(?:move|moving|pan|panning|slide)\b)|下摇/, 'pan-down'],
  [
    /\bpan(?:ning|s|ned)?\s+(?:(?:slowly|gently|softly|smoothly|gradually|a\s+bit|a\s+little)\s+)?(?:to(?:wards)?\s+the\s+)?left\b/,
    'pan-left',
  ],
  [
    /\bpan(?:ning|s|ned)?\s+(?:(?:slowly|gently|softly|smoothly|gradually|a\s+bit|a\s+little)\s+)?(?:to(?:wards)?\s+the\s+)?right\b/,
    'pan-right',
  ],
  [
    /\b(?:pan(?:ning|s|ned)?|tilt(?:ing|s)?)\s+up(?:wards?)?\b|\bfrom\s+(?:the\s+)?bottom\s+to\s+(?:the\s+)?top\b|从下到上|从下往上|向上平移|向上移动|上移/,
    'pan-up',
  ],
  [
    /\b(?:pan(?:ning|s|ned)?|tilt(?:ing|s)?)\s+down(?:wards?)?\b|\bfrom\s+(?:the\s+)?top\s+to\s+(?:the\s+)?bottom\b|从上到下|从上往下|向下平移|向下移动|下移/,
    'pan-down',
  ],
  // "a slow zoom-out": slow is the move's pace, so the way said after it, hyphened or not, is the move.
  // 推/拉 are the camera's push and pull: 缓推, 慢推, 推近 move closer; 慢拉, 后拉, 拉远 pull away (拉长 is a length).
  [
    /\bzoom(?:ing|s|ed)?[\s-]+(?:in|into|closer)\b|\bzoomin\b|\bslow\s+zoom\b(?![\s-]*(?:out|away|back))|\bken[\s-]*burns?\b(?!\s+(?:zoom(?:ing)?\s+)?(?:out|away|back))|放大|推近|拉近|镜头推进|往里推|向里推|往前推|向前推|慢慢放大|(?:缓缓?|慢慢?|轻轻?|微微?|稍微)推(?![拉进荐])|往前推|向前推|前推|推(?:一下|一推)/,
    'zoom-in',
  ],
  [
    /\bzoom(?:ing|s|ed)?[\s-]+(?:out|away|back)\b|\bzoomout\b|\bpull(?:ing)?\s+(?:out|back)\b|\bdolly\s+(?:out|back)\b|缩小|拉远|镜头拉远|拉镜头?|慢慢缩小|(?:缓缓?|慢慢?|轻轻?|微微?|稍微)拉(?![长伸近])|往后拉|向后拉|往外拉|向外拉|后拉|拉出|拉开|拉(?:一下|一拉)(?!长)|\bken[\s-]*burns?\s+(?=(?:zoom(?:ing)?\s+)?(?:out|away|back)\b)/,
    'zoom-out',
  ],
  // 推镜头, the camera pushing in, is the catalogue's push-in (a slow one, 慢推镜头, is read as 慢推 above).
  [
    /\bpush(?:ing|es)?[\s-]+in\b|\bdolly[\s-]+in\b|\b(?:slow|gentle|subtle|soft)\s+push(?:es)?\b(?!\s+transitions?)|推进|推镜头?/,
    'push-in',
  ],
  // 移 is the camera travelling: 横移, 侧移, 移镜 go across the photo.
  [/\btruck(?:ing)?\s+right\b|\btrack(?:ing)?\s+right\b|(?:左右)?横移|侧移|移镜头?|(?:缓|慢)移/, 'pan-right'],
  [/\btruck(?:ing)?\s+left\b|\btrack(?:ing)?\s+left\b/, 'pan-left'],
  [/\bdrift(?:ing|s)?\b|\bfloat(?:ing|s)?\b|\bdiagonal(?:ly)?\b|漂移|漂浮|飘动|缓慢移动/, 'drift'],
  [
    /\brotat(?:e|es|ing|ion)\b|\bspin(?:ning|s)?\b|\b(?:turn|go)(?:es|s|ing)?\s+(?:a)?round(?:\s+and\s+(?:a)?round)?\b|\btwirl(?:s|ing)?\b|\brevolv(?:e|es|ing)\b|旋转|转圈|转动|转一转/,
    'rotate',
  ],
  [
    /\bkeep\s+(?:them|it|the\s+photos|the\s+pictures|everything|all)\s+(?:still|static)\b|\b(?:no|without|stop(?:\s+the)?|remove(?:\s+the)?|turn\s+off(?:\s+the)?)\s+(?:camera\s+)?(?:motion|movement|moving|animation|zoom(?:ing)?|panning|ken\s+burns)\b|\b(?:static|still|motionless|frozen|freeze)\b|\bdon'?t\s+(?:move|zoom|animate)\b|静止|不要动|不动|静态|别动|不要运动|不要动画|不要缩放|不要移动|固定不动|去掉动画|去掉运动|去掉动效|不要动效|(?:去掉|不要|取消|关掉|删掉|拿掉|别要|别用|不用)(?:了)?(?:所有的?)?(?:运镜|镜头运动|镜头移动|camera\s+moves?)/,
    'static',
  ],
  [/\bzoom(?:ing|s|ed)?\b|\bpan(?:ning|s|ned)?\b|平移|摇镜头?|摇摄|(?:缓|慢)摇/, ''],
];

const VARIED =
  /\b(?:varied|various|different|mixed|mix(?:\s+(?:it|them|things))?\s+up(?:\s+the)?|switch(?:\s+(?:it|them|things))?\s+up(?:\s+the)?|shake\s+up\s+the|vary(?:\s+the)?|alternate(?:\s+the)?|random(?:ize|ise)?(?:\s+the)?|variety(?:\s+of)?)\s*(?:motion|movement|moves|camera|animation)?\b|随机|各种|不同的?(?:运动|动画|动效|运镜)|多样|换着来|混搭|推拉摇移|推拉|丰富|多变/;
const MOTION_WORD =
  /\b(?:motion|movement|moves|animation|camera(?:\s+move(?:ment)?s?)?|effect)\b|运动|动画|动效|镜头|运镜|推拉|动作/;
const SUBTLE =
  /\b(?:subtle|subtler|gentle|gentler|gently|slight|slightly|soft|softly|light|less|calmer|slow|slowly|slower|a\s+little|barely)\b|轻微|缓慢|缓缓|慢慢|轻柔|轻一点|慢一点|小一点|弱一点/;
/**
 * A move that is too much, asked to be less ("the zooms are too fast", "calm them down", "太晃了"). Kept
 * out of the typo vocabulary: its everyday words must not become keywords.
 */
const CALMER =
  /\btoo\s+(?:fast|quick|strong|much|intense|big|dramatic|aggressive|jumpy|shaky)\b|\b(?:calm|tone)\s+(?:(?:it|them|the|zooms?|motion|movement|pans?)\s+){0,3}down\b|太快了?|太晃了?|太猛了?/;
const STRONG =
  /(?<!\btoo\s)\b(?:strong|stronger|dramatic|big|bigger|more|intense|fast|faster|lots\s+of|a\s+lot\s+of|heavy)\b|明显|强烈|大幅|强一点|快一点|大一点|更多/;

export const VARIED_CYCLE = ['zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'drift'];

/*
 * 2.5D parallax ("make it 3D", "bring my photos to life", "立体", "让照片动起来"). It only does something
 * on photos whose analysis found people with a trustworthy shape (`media.subjectMask.reliable`); the
 * others would get a plain camera move under a "3D" name, so they keep their motion and the reply says
 * why. Plain "make it move" or "animate" are not parallax.
 */
const PARALLAX_EN =
  "\\bparr?all?ax(?:ing)?\\b|\\b(?:2\\.5|3)\\s*-?\\s*d(?:imensional)?\\b|\\b(?:2\\.5|3)[\\s-]*dimensional\\b|\\bdepth\\b(?!\\s+of\\s+field)|\\bbring(?:s|ing)?\\s+(?:[a-z0-9'.-]+\\s+){0,3}?(?:to\\s+life|alive)\\b|\\b(?:come|comes|coming|came)\\s+(?:to\\s+life|alive)\\b|\\blive[\\s-]photos?\\b|\\b(?:people|persons?|subjects?|faces?|kids|family|us|me)\\s+pop(?:s|ping)?\\s+out\\b";
const PARALLAX_ZH =
  '立体(?:感|效果|的)?|视差|三维|(?:照片|图片|相片|画面|人物|人像|老照片|人)(?:都)?(?:动|活)起来|(?:老照片|照片|图片|相片|画面|人物)?(?:都)?(?:活起来|活过来)';
const PARALLAX = new RegExp(`${PARALLAX_EN}|${PARALLAX_ZH}`);
/** "3D" that is about something else: "a 3D title", "3d sound", "立体声", "立体字". */
const NOT_MOTION =
  /^\s*(?:sound|audio|surround|music|stereo|text|titles?|captions?|fonts?|letters?|lettering|words?|logos?|glasses|print(?:ing|er|s)?|models?|objects?|shapes?)\b|^(?:声|字|的?(?:标题|字幕|文字|音乐|声音|音效))/;
const PARALLAX_OFF = new RegExp(
  `\\b(?:no|without|remove|stop|turn\\s+off|switch\\s+off|get\\s+rid\\s+of|disable|drop|lose|kill|cancel|don'?t\\s+(?:want|use|need|like|do|make\\s+(?:it|them))|not)\\s+(?:(?:the|that|this|any|all|more)\\s+)*(?:${PARALLAX_EN})|(?:不要|去掉|取消|关掉|关闭|别|不用|删掉|删除|去除|不想要)(?:这个|那个|掉)?(?:的)?(?:${PARALLAX_ZH})`,
);
const MOVE =
  '\\b(?:(?:zoom(?:ing)?|push(?:ing)?|pan(?:ning)?|mov(?:e|es|ing)|glid(?:e|es|ing)|travel(?:s|l?ing)?|go(?:es|ing)?|slid(?:e|es|ing)|drift(?:s|ing)?|camera)\\s+)';
const PARALLAX_DIRECTIONS: [RegExp, string][] = [
  [
    /\bfrom\s+(?:the\s+)?right\s+to\s+(?:the\s+)?left\b|\bright[\s-]to[\s-](?:the\s+)?left\b|从右到左|从右往左/,
    'left',
  ],
  [
    /\bfrom\s+(?:the\s+)?left\s+to\s+(?:the\s+)?right\b|\bleft[\s-]to[\s-](?:the\s+)?right\b|从左到右|从左往右/,
    'right',
  ],
  [/\bfrom\s+(?:the\s+)?bottom\s+to\s+(?:the\s+)?top\b|从下到上|从下往上/, 'up'],
  [/\bfrom\s+(?:the\s+)?top\s+to\s+(?:the\s+)?bottom\b|从上到下|从上往下/, 'down'],
  [new RegExp(`${MOVE}?(?:to(?:wards?)?\\s+(?:the\\s+)?)?left(?:wards?)?\\b|向左|往左|左移`), 'left'],
  [new RegExp(`${MOVE}?(?:to(?:wards?)?\\s+(?:the\\s+)?)?right(?:wards?)?\\b|向右|往右|右移`), 'right'],
  [new RegExp(`${MOVE}up(?:wards?)?\\b|\\bupwards?\\b|向上|往上|上移`), 'up'],
  [new RegExp(`${MOVE}down(?:wards?)?\\b|\\bdownwards?\\b|向下|往下|下移`), 'down'],
  [
    new RegExp(
      `${MOVE}(?:in(?:to\\s+the\\s+(?:photos?|pictures?|scene))?|inwards?|closer|forwards?)\\b|\\bdolly\\s+in\\b|\\b(?:inwards?|closer)\\b|推进|推近|放大|拉近|向前`,
    ),
    'in',
  ],
];

type Layer = { ok: true } | { ok: false; why: 'clip' | 'unanalysed' | 'none'; reason?: string };

/** Whether parallax can lift the people of this segment onto a layer of their own, and if not, why. */
function personLayer(media: MediaRef): Layer {
  if (media.kind !== 'image') return { ok: false, why: 'clip' };
  const mask = media.subjectMask;
  if (hasPeopleLayer(media)) return { ok: true };
  // Trusted but without its mask: analysed before masks travelled in the draft.
  if (mask?.reliable) return { ok: false, why: 'unanalysed' };
  if (mask) return { ok: false, why: 'none', ...(mask.reason ? { reason: mask.reason } : {}) };
  // Analysis makes no mask when it found no faces (it still sets the focus); faces without a mask mean
  // the photo was analysed without person shapes (older analysis, or segmentation turned off).
  if (media.faces && media.faces.length > 0) return { ok: false, why: 'unanalysed' };
  if (media.focus || media.faces) return { ok: false, why: 'none', reason: 'no people found' };
  return { ok: false, why: 'unanalysed' };
}

/** The reasons analysis gives for finding no person to lift, as catalogue keys. */
const REASONS: Record<string, MessageKey> = {
  'no people found': 'note.parallax.reason.noPeople',
  'no person shape around the faces': 'note.parallax.reason.noShape',
  'the people are too small': 'note.parallax.reason.tooSmall',
  'the people fill the photo': 'note.parallax.reason.fill',
  'a face is not inside the person shape': 'note.parallax.reason.faceOutside',
  'other person-like shapes outside the faces': 'note.parallax.reason.otherShapes',
  'the outline is uncertain': 'note.parallax.reason.uncertain',
};

interface Skipped {
  name: string;
  why: 'clip' | 'unanalysed' | 'none';
  reason?: string;
  motion: string;
}

/** A text said in both languages, for a note's parameters. */
const both = (say: (lang: Lang) => string) => ({ en: say('en'), zh: say('zh') });

function detail(skip: Skipped, lang: Lang): string {
  if (skip.why === 'clip') return t(lang, 'note.parallax.why.clip');
  if (skip.why === 'unanalysed') return t(lang, 'note.parallax.why.unanalysed');
  if (!skip.reason) return '';
  const key = REASONS[skip.reason];
  return key ? t(lang, key) : skip.reason;
}

/** "a, b and c" / "a、b、c", at most four names ("a, b, c and 2 more"). */
function listOf(items: readonly string[], lang: Lang): string {
  const shown = items.length > 4 ? items.slice(0, 3) : [...items];
  const more = items.length - shown.length;
  const separator = lang === 'zh' ? '、' : ', ';
  if (more > 0) return t(lang, 'note.parallax.more', { list: shown.join(separator), n: more });
  if (shown.length <= 1) return shown[0] ?? '';
  // Chinese lists names with 、 throughout; English says "a, b and c".
  if (lang === 'zh') return shown.join(separator);
  return t(lang, 'note.parallax.and', { list: shown.slice(0, -1).join(separator), last: shown.at(-1)! });
}

function skippedList(skipped: readonly Skipped[], lang: Lang): string {
  return listOf(
    skipped.map((skip) => {
      const why = detail(skip, lang);
      if (!why) return skip.name;
      return lang === 'zh' ? `${skip.name}（${why}）` : `${skip.name} (${why})`;
    }),
    lang,
  );
}

/** Reads a parallax request (or "no 3D") from the clause; false when there is none. */
function parallax(clause: Clause, draft: Draft, out: RuleOutput, forced = false): boolean {
  const before = clause.snapshot();
  const found = forced ? null : (clause.take(PARALLAX_OFF) ?? clause.take(PARALLAX));
  if (!forced && !found) return false;
  if (found && NOT_MOTION.test(clause.source.slice(found.index + found[0].length))) {
    clause.restoreSnapshot(before);
    return false;
  }
  const off = found !== null && PARALLAX_OFF.test(found[0]);
  // "3D parallax", "立体视差": one request.
  for (let k = 0; k < 5 && clause.take(PARALLAX); k++);
  out.understood = true;
  out.topic = 'motion';
  clause.take(MOTION_WORD);
  clause.take(EVERY_PHOTO);
  let direction: string | undefined;
  for (const [re, value] of PARALLAX_DIRECTIONS) {
    if (clause.take(re)) {
      direction = value;
      break;
    }
  }
  const subtle = (clause.take(SUBTLE) ?? clause.take(CALMER)) !== null;
  const strong = !subtle && clause.take(STRONG) !== null;
  const strength = subtle ? 0.25 : strong ? 0.85 : undefined;
  const positions = takePositions(clause, draft);
  // The family runs once on an empty draft before the video is made from the uploads; it reads again after.
  if (draft.video.length === 0) return true;
  const picked = positions.length > 0;
  const targets = picked ? [...new Set(positions.map((p) => p.index))] : draft.video.map((_, k) => k);

  if (off) {
    const on = targets.filter((k) => draft.video[k]?.motion.name === 'parallax');
    if (on.length === 0) {
      out.notes.push(note(picked ? 'note.parallax.nothingOff.one' : 'note.parallax.nothingOff.all'));
      return true;
    }
    const all = !picked && on.length === draft.video.length;
    for (const index of all ? [undefined] : on)
      out.commands.push({ type: 'setMotion', name: 'zoom-in', ...(index !== undefined ? { index } : {}) });
    return true;
  }

  const ok: number[] = [];
  const skipped: Skipped[] = [];
  for (const k of targets) {
    const segment = draft.video[k]!;
    const layer = personLayer(segment.media);
    if (layer.ok) ok.push(k);
    else
      skipped.push({
        name: mediaName(segment.media),
        why: layer.why,
        ...(layer.reason ? { reason: layer.reason } : {}),
        motion: segment.motion.name,
      });
  }
  if (direction === 'down') {
    out.notes.push(note('note.parallax.noDown'));
    direction = 'in';
  }
  const params = direction ? { params: { direction } } : {};
  const extra = { ...(strength !== undefined ? { strength } : {}), ...params };

  if (ok.length === 0) {
    const photos = skipped.filter((skip) => skip.why !== 'clip');
    if (photos.length > 0 && photos.every((skip) => skip.why === 'unanalysed')) {
      const one = photos.length === 1;
      out.notes.push(
        one
          ? note('note.parallax.unanalysed.one', { name: photos[0]!.name })
          : note('note.parallax.unanalysed.many'),
      );
      return true;
    }
    const first = skipped[0]!;
    out.notes.push(
      skipped.length === 1
        ? note('note.parallax.noPerson.one', {
            name: first.name,
            why: both((lang) => detail(first, lang) || t(lang, 'note.parallax.why.unreliable')),
          })
        : note(picked ? 'note.parallax.noPerson.picked' : 'note.parallax.noPerson.all', {
            list: both((lang) => skippedList(skipped, lang)),
          }),
    );
    return true;
  }

  const all = !picked && ok.length === draft.video.length;
  for (const index of all ? [undefined] : ok)
    out.commands.push({
      type: 'setMotion',
      name: 'parallax',
      ...extra,
      ...(index !== undefined ? { index } : {}),
    });
  if (skipped.length > 0) {
    const names = ok.map((k) => mediaName(draft.video[k]!.media));
    const one = skipped.length === 1;
    const motions = [...new Set(skipped.map((skip) => skip.motion))];
    const kept = motions.length === 1 ? motions[0]! : undefined;
    out.notes.push(
      note('note.parallax.partial', {
        n: ok.length,
        names: both((lang) => listOf(names, lang)),
        skipped: both((lang) => skippedList(skipped, lang)),
        rest: phrase(`note.parallax.rest.${kept === 'static' ? 'still' : 'keeps'}.${one ? 'one' : 'other'}`, {
          motion: kept
            ? { en: kept, zh: effectTitle('zh', 'motion', kept) }
            : phrase('note.parallax.currentMotion'),
        }),
      }),
    );
  }
  return true;
}

const OTHER_MOTION =
  /\b(?:pan|pans|panning|zoom\w*|drift\w*|rotat\w*|spin\w*|tilt\w*|slid\w*|push\w*|wipe\w*|transitions?|ken\s+burns|static|still)\b|平移|放大|缩小|拉远|推近|漂|旋转|转场|滑动|静止/;

/**
 * "3D效果，从左到右": a bare direction right after a parallax request (the same message, so the topic is
 * still motion) steers the parallax rather than asking for a pan.
 */
function parallaxDirection(clause: Clause, draft: Draft, out: RuleOutput): boolean {
  const on = draft.video.flatMap((segment, k) => (segment.motion.name === 'parallax' ? [k] : []));
  if (on.length === 0 || OTHER_MOTION.test(clause.source)) return false;
  const before = clause.snapshot();
  let direction: string | undefined;
  for (const [re, value] of PARALLAX_DIRECTIONS) {
    if (clause.take(re)) {
      direction = value;
      break;
    }
  }
  if (!direction || direction === 'down') {
    clause.restoreSnapshot(before);
    return false;
  }
  clause.take(MOTION_WORD);
  clause.take(EVERY_PHOTO);
  const positions = takePositions(clause, draft).filter((p) => on.includes(p.index));
  const targets = positions.length > 0 ? [...new Set(positions.map((p) => p.index))] : on;
  const all = positions.length === 0 && on.length === draft.video.length;
  for (const index of all ? [undefined] : targets)
    out.commands.push({
      type: 'setMotion',
      name: 'parallax',
      params: { direction },
      ...(index !== undefined ? { index } : {}),
    });
  out.understood = true;
  out.topic = 'motion';
  return true;
}

/** "shake the camera", "make it wiggle", "镜头抖一抖": a jittery camera, which the catalogue has none of. */
const SHAKE =
  /\b(?:shak(?:e|es|y|ing)|wiggl(?:e|es|y|ing)|wobbl(?:e|es|y|ing)|jitter(?:s|y|ing)?|jiggl(?:e|es|y|ing)|vibrat(?:e|es|ing|ion)|camera\s+shake)\b(?!\s+(?:it\s+|things\s+|them\s+)?up\b)(?:\s+(?:the\s+)?(?:camera|effect|motion|movement))?|(?:镜头)?(?:抖动|抖一抖|晃动|晃一晃|摇晃|震动)(?:效果|一下)?/;

/** "start with a zoom in", "end on a pan left", "pan right at the end": the first or the last photo's move. */
const OPENS_WITH =
  /\b(start|begin|open|kick\s+off|end|finish|close|wrap\s+up)(?:s|ning|ing|ed)?\s+(?:(?:it|things|the\s+(?:video|slideshow))\s+)?(?:with|on|by)\b|\b(?:at|in)\s+the\s+(?:very\s+)?(start|beginning|end|ending|close|finish)\b/;

/** The photos a move is for: named, the intro or outro ("zoom in on the intro", "结尾缩小"), or how it opens or ends. */
/**
 * "make the Paris city zoom out", "let our Bali sunset drift": a file stem past a determiner and a place
 * word or two, right before the move (which the move's own words have already taken).
 */
const STEM_BEFORE_MOVE =
  /\b(?:the|that|this|my|our)\s+(?:[a-z]+\s+){0,2}?([a-z0-9][a-z0-9_-]{2,})(?=\s+(?:slowly\s+|gently\s+)?(?:zoom|zooms|zooming|pan|pans|panning|drift|drifts|drifting|move|moves|moving|slide|slides|sliding|tilt|tilts|tilting|push|pushes|pull|pulls)\b)/;

function stemBeforeMove(clause: Clause, draft: Draft): PositionMatch[] {
  const found = STEM_BEFORE_MOVE.exec(clause.source);
  if (!found) return [];
  const index = segmentBySubject(draft, found[1]!);
  const start = found.index;
  const end = found.index + found[0].length;
  if (index === undefined || clause.text.slice(start, end) !== clause.source.slice(start, end)) return [];
  clause.blank(start, end);
  return [{ index, start, end }];
}

function photosMoved(clause: Clause, draft: Draft): PositionMatch[] {
  const named = takePositions(clause, draft);
  if (named.length > 0 || draft.video.length === 0) return named;
  const stem = stemBeforeMove(clause, draft);
  if (stem.length > 0) return stem;
  const ends = takeEnds(clause, draft);
  if (ends.length > 0) return ends;
  const opens = clause.take(OPENS_WITH);
  if (!opens) return [];
  const first = /^(?:start|begin|open|kick)/.test(opens[1] ?? opens[2]!);
  return [
    { index: first ? 0 : draft.video.length - 1, start: opens.index, end: opens.index + opens[0].length },
  ];
}

/**
 * "it looks too stiff now", "太死板了", "一动不动的": the photos stand too still. Still photos get their gentle
 * zoom back, moving ones a stronger move; beside a move asked for in so many words it is only the reason.
 */
const STIFF =
  /\b(?:too|so|very|really|a\s+bit|a\s+little|kind\s+of|rather|quite|pretty|way)\s+(?:stiff|static|lifeless|wooden|motionless)\b|\b(?:stiff|lifeless|wooden)\b|死板|呆板|僵硬|死气沉沉|一动不动|不够生动|没(?:有|什么)?动感|缺少动感|太死了|太呆了/;
const MOVE_ASKED =
  /\bmov(?:e|es|ing)\b|\bmotion\b|\bmovement\b|\bzoom|\bpan(?:s|ning)?\b|\bdrift|动起来|动一动|动一下|运动|运镜|缩放|放大|平移|推近|拉远/;

function unstiffen(clause: Clause, draft: Draft, out: RuleOutput): boolean {
  const stiff = clause.take(STIFF);
  if (!stiff) return false;
  clause.take(/\b(?:looks?|feels?|seems?|is|are)\b|看起来|感觉|有点|有些|太|了/);
  out.understood = true;
  out.topic = 'motion';
  if (MOVE_ASKED.test(clause.message.replace(stiff[0], ' '))) return true;
  if (draft.video.every((segment) => segment.motion.name === 'static')) {
    out.commands.push({ type: 'setMotion', name: 'zoom-in' });
    return true;
  }
  const names = new Set(draft.video.map((segment) => segment.motion.name));
  const [only] = names;
  if (names.size === 1 && only && draft.video.every((segment) => segment.media.kind === 'image')) {
    out.commands.push({ type: 'setMotion', name: only, strength: 0.85 });
    return true;
  }
  draft.video.forEach((segment, index) => {
    if (segment.media.kind === 'image' && segment.motion.name !== 'static')
      out.commands.push({ type: 'setMotion', name: segment.motion.name, strength: 0.85, index });
  });
  return true;
}

export const motion: Family = (clause, ctx, out) => {
  const draft = ctx.draft;
  if (unstiffen(clause, draft, out)) return;
  // The nearest move is said, not put on: a smooth float is not the shake that was asked for.
  if (clause.take(SHAKE)) {
    clause.take(
      /\b(?:add|give|make|put|let|use)\b|\b(?:it|them|the\s+(?:camera|photos?|pictures?))\b|让|给|加/,
    );
    out.understood = true;
    out.notes.push(note('note.motion.noShake', { name: { effect: 'motion', name: 'drift' } }));
    return;
  }
  if (parallax(clause, draft, out)) return;
  if (ctx.topic === 'motion' && parallaxDirection(clause, draft, out)) return;
  let name: string | undefined;
  let matched = false;
  let slowPhrase = false;
  for (const [re, target] of PHRASES) {
    const taken = clause.take(re);
    if (taken) {
      matched = true;
      // "slow zoom", "慢慢放大", "缓推": the pace said in the move's own words is a gentle one.
      slowPhrase = SUBTLE.test(taken[0]) || /慢|缓|轻/.test(taken[0]);
      name = target || (/pan|平移|摇/.test(clause.source) ? 'pan-right' : 'zoom-in');
      // "keep photo 5 still", "让它保持静止": the verb that holds a photo still is part of asking for it.
      if (name === 'static') clause.take(/\b(?:keep|leave|hold)\b|保持|保留/);
      break;
    }
  }
  const hasWord = MOTION_WORD.test(clause.text);
  if (!matched && hasWord) {
    const hits = findEffects(clause, effects.motions);
    if (hits[0]) {
      clause.blank(hits[0].start, hits[0].end);
      name = hits[0].plugin.name;
      matched = true;
      // "paralax motion", "live-photo effect": the same honest handling as "make it 3D".
      if (name === 'parallax' && parallax(clause, draft, out, true)) return;
    }
  }
  const varied = (matched || hasWord) && clause.take(VARIED) !== null;
  const subtle =
    ((matched || hasWord) && (clause.take(SUBTLE) ?? clause.take(CALMER)) !== null) || slowPhrase;
  const strong = !subtle && (matched || hasWord) && clause.take(STRONG) !== null;
  if (!matched && !hasWord) return;
  if (!matched && !varied && !subtle && !strong) {
    // "a bouncing effect": the motion word is there but nothing we know goes with it.
    const unknown = /\b([a-z]{3,})(?:ing)?\s+(?:motion|movement|animation|effect)\b/.exec(clause.text);
    if (
      unknown &&
      !/^(?:the|camera|some|any|more|less|nice|cool|smooth|photo|picture|same|each|every|add|use)$/.test(
        unknown[1]!,
      )
    ) {
      clause.blank(unknown.index, unknown.index + unknown[0].length);
      out.understood = true;
      out.notes.push(
        note('note.motion.unknown', { name: unknown[1]!, list: effectList('motion', effects.motions) }),
      );
    }
    return;
  }
  out.understood = true;
  out.topic = 'motion';
  clause.take(MOTION_WORD);
  clause.take(EVERY_PHOTO);
  const strength = subtle ? 0.25 : strong ? 0.85 : undefined;
  const positions = photosMoved(clause, draft);
  const indexes = positions.length > 0 ? positions.map((p) => p.index) : [undefined];
  const commands: EditCommand[] = [];
  if (name === undefined && varied) {
    const cycle = VARIED_CYCLE.filter((motion) => effects.motions.has(motion));
    draft.video.forEach((segment, k) => {
      if (segment.media.kind === 'image')
        commands.push({
          type: 'setMotion',
          name: cycle[k % cycle.length]!,
          index: k,
          ...(strength ? { strength } : {}),
        });
    });
  } else if (name === undefined) {
    // "subtler motion", "more movement": same motions, new strength. A photo kept still stays still unless
    // every photo is ("keep them still", then "make the photos move a little").
    const allStill = draft.video.every((segment) => segment.motion.name === 'static');
    for (const index of indexes) {
      const list = index === undefined ? draft.video.map((_, k) => k) : [index];
      for (const k of list) {
        const current = draft.video[k]?.motion.name ?? 'zoom-in';
        if (current === 'static' && index === undefined && !allStill) continue;
        commands.push({
          type: 'setMotion',
          name: current === 'static' ? 'zoom-in' : current,
          strength: strength ?? 0.5,
          index: k,
        });
      }
    }
  } else {
    for (const index of indexes) {
      commands.push({
        type: 'setMotion',
        name,
        ...(strength !== undefined ? { strength } : {}),
        ...(index !== undefined ? { index } : {}),
      });
    }
  }
  out.commands.push(...commands);
};

addVocabulary(
  PHRASES,
  VARIED,
  MOTION_WORD,
  SUBTLE,
  STRONG,
  PARALLAX_EN,
  STIFF,
  'parallax alive stay stays stayed remain remains',
);
