import type { EditCommand } from '../../model/index.js';
import { effects } from '../../render/effects.js';
import { addVocabulary } from '../fuzzy.js';
import { EVERY_PHOTO, takePositions } from '../values.js';
import { findEffects, listNames } from './effects.js';
import { type Family, note } from './types.js';

/** Camera motion on the photos: zoom, pan, drift, still. */

const PHRASES: [RegExp, string][] = [
  [
    /\bpan(?:ning|s)?\s+(?:from\s+)?left\s+to\s+(?:the\s+)?right\b|\bfrom\s+left\s+to\s+right\b|\bleft[\s-]to[\s-]right\b|从左到右|从左往右|向右平移|往右平移|向右移动|往右移|右移/,
    'pan-right',
  ],
  [
    /\bpan(?:ning|s)?\s+(?:from\s+)?right\s+to\s+(?:the\s+)?left\b|\bfrom\s+right\s+to\s+left\b|\bright[\s-]to[\s-]left\b|从右到左|从右往左|向左平移|往左平移|向左移动|往左移|左移/,
    'pan-left',
  ],
  [/\bpan(?:ning|s)?\s+(?:to\s+the\s+)?left\b/, 'pan-left'],
  [/\bpan(?:ning|s)?\s+(?:to\s+the\s+)?right\b/, 'pan-right'],
  [
    /\b(?:pan(?:ning|s)?|tilt(?:ing|s)?)\s+up(?:wards?)?\b|\bfrom\s+(?:the\s+)?bottom\s+to\s+(?:the\s+)?top\b|从下到上|从下往上|向上平移|向上移动|上移/,
    'pan-up',
  ],
  [
    /\b(?:pan(?:ning|s)?|tilt(?:ing|s)?)\s+down(?:wards?)?\b|\bfrom\s+(?:the\s+)?top\s+to\s+(?:the\s+)?bottom\b|从上到下|从上往下|向下平移|向下移动|下移/,
    'pan-down',
  ],
  [
    /\bzoom(?:ing|s)?\s+(?:in|into|closer)\b|\bzoomin\b|\bslow\s+zoom\b|\bken\s*burns?\b|放大|推近|拉近|镜头推进|慢慢放大|推镜头|推镜/,
    'zoom-in',
  ],
  [
    /\bzoom(?:ing|s)?\s+(?:out|away|back)\b|\bzoomout\b|\bpull(?:ing)?\s+(?:out|back)\b|缩小|拉远|镜头拉远|拉镜头|慢慢缩小/,
    'zoom-out',
  ],
  [/\bpush(?:ing)?\s+in\b|\bdolly\s+in\b|推进/, 'push-in'],
  [/\bdrift(?:ing|s)?\b|\bfloat(?:ing|s)?\b|\bdiagonal(?:ly)?\b|漂移|漂浮|飘动|缓慢移动/, 'drift'],
  [/\brotat(?:e|es|ing|ion)\b|\bspin(?:ning|s)?\b|旋转/, 'rotate'],
  [
    /\bkeep\s+(?:them|it|the\s+photos|the\s+pictures|everything|all)\s+(?:still|static)\b|\b(?:no|without|stop(?:\s+the)?|remove(?:\s+the)?|turn\s+off(?:\s+the)?)\s+(?:camera\s+)?(?:motion|movement|moving|animation|zoom(?:ing)?|panning|ken\s+burns)\b|\b(?:static|still|motionless|frozen|freeze)\b|\bdon'?t\s+(?:move|zoom|animate)\b|静止|不要动|不动|静态|别动|不要运动|不要动画|不要缩放|不要移动|固定不动|去掉动画|去掉运动|去掉动效|不要动效/,
    'static',
  ],
  [/\bzoom(?:ing|s)?\b|\bpan(?:ning|s)?\b|平移/, ''],
];

const VARIED =
  /\b(?:varied|various|different|mixed|mix\s+(?:it|them)\s+up|random|variety)\s*(?:motion|movement|moves|camera|animation)?\b|随机|各种|不同的?(?:运动|动画|动效)|多样/;
const MOTION_WORD =
  /\b(?:motion|movement|moves|animation|camera(?:\s+move(?:ment)?s?)?|effect)\b|运动|动画|动效|镜头/;
const SUBTLE =
  /\b(?:subtle|subtler|gentle|gentler|gently|slight|slightly|soft|softly|light|less|calmer|slow|slowly|slower|a\s+little|barely)\b|轻微|缓慢|轻柔|轻一点|慢一点|小一点|弱一点/;
const STRONG =
  /\b(?:strong|stronger|dramatic|big|bigger|more|intense|fast|faster|lots\s+of|a\s+lot\s+of|heavy)\b|明显|强烈|大幅|强一点|快一点|大一点|更多/;

export const VARIED_CYCLE = ['zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'drift'];

export const motion: Family = (clause, ctx, out) => {
  const draft = ctx.draft;
  let name: string | undefined;
  let matched = false;
  for (const [re, target] of PHRASES) {
    if (clause.take(re)) {
      matched = true;
      name = target || (/pan|平移/.test(clause.source) ? 'pan-right' : 'zoom-in');
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
    }
  }
  const varied = (matched || hasWord) && clause.take(VARIED) !== null;
  const subtle = (matched || hasWord) && clause.take(SUBTLE) !== null;
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
        note(
          `There is no ${unknown[1]} motion; I can use ${listNames(effects.motions)}.`,
          `没有“${unknown[1]}”运动效果；可以用：${listNames(effects.motions)}。`,
        ),
      );
    }
    return;
  }
  out.understood = true;
  out.topic = 'motion';
  clause.take(MOTION_WORD);
  clause.take(EVERY_PHOTO);
  const strength = subtle ? 0.25 : strong ? 0.85 : undefined;
  const positions = takePositions(clause, draft);
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
    // "subtler motion", "more movement": same motions, new strength.
    for (const index of indexes) {
      const list = index === undefined ? draft.video.map((_, k) => k) : [index];
      for (const k of list) {
        const current = draft.video[k]?.motion.name ?? 'zoom-in';
        if (current === 'static' && index === undefined) continue;
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

addVocabulary(PHRASES, VARIED, MOTION_WORD, SUBTLE, STRONG);
