import { addVocabulary } from '../fuzzy.js';
import { type Family, note } from './types.js';

/**
 * "别那么花哨", "太花了", "简单点", "朴素一点", "tone it down": the video toned down as a whole — showy
 * transitions become crossfades, camera moves a gentle zoom, a punchy colour look the photos' own colours.
 * What is already calm stays. Said of one thing ("转场简单点"), only that thing changes.
 */
const PLAINER =
  /(?:别|不要|不用|没必要)(?:那么|这么|太|搞得?这么|弄得?这么)?(?:花哨|花里胡哨|炫|浮夸|复杂|花)|太(?:花哨|花里胡哨|花|炫|浮夸|复杂|乱)了?|花里胡哨|(?:简单|朴素|素|低调|素雅|清爽|简洁|干净|平实|自然|克制)(?:一点|一些|点|些)|(?:再|更)(?:简单|朴素|低调|素雅|简洁)|\btoo\s+(?:flashy|busy|much|fancy|showy|over[\s-]the[\s-]top|gimmicky)\b|\b(?:less|not\s+so|not\s+as)\s+(?:flashy|busy|fancy|showy|gimmicky|over[\s-]the[\s-]top)\b|\btone\s+(?:it|everything|things)\s+down\b|\b(?:keep\s+it|make\s+it|more)\s+(?:simple|simpler|subtle|understated|minimal|low[\s-]key)\b|\b(?:simpler|plainer|more\s+understated)\b/;
const TRANSITION_WORD = /\btransitions?\b|转场|过渡|切换/;
const MOTION_WORD = /\b(?:motion|movement|camera|zoom(?:ing)?|pans?|ken\s+burns)\b|运动|运镜|镜头|动效|动画/;
const LOOK_WORD = /\b(?:look|filter|colou?rs?|grade|grading)\b|滤镜|颜色|色彩|调色/;
/** A clause about the music, the text or the length is no request to tone down the pictures. */
const OTHER_THING = /\b(?:music|song|track|title|caption|text|font)\b|音乐|配乐|歌|标题|字幕|文字|字体/;

const CALM_TRANSITIONS = new Set(['cut', 'crossfade', 'fade-black', 'fade-white']);
/** The shortest crossfade that reads as calm. */
const CALM_MS = 800;
const CALM_MOTIONS = new Set(['static', 'zoom-in', 'zoom-out', 'drift']);
/** How far a gentle camera move goes (0–1): a slow drift-like zoom. */
const GENTLE = 0.3;
const FLASHY_LOOKS = new Set(['vivid']);

export const simplify: Family = (clause, ctx, out) => {
  const asked = PLAINER.exec(clause.text);
  if (!asked || OTHER_THING.test(clause.text)) return;
  // "first photo 5 seconds" then "too much, make it 2": right after a length, "too much" is too long.
  if (ctx.topic === 'timing' && /^too\s+much$/.test(asked[0])) return;
  // "warmer", "a bit more", then "too much, back off a little": too much of the look just stepped up.
  if (ctx.topic === 'look' && /^too\s+much$/.test(asked[0])) return;
  const draft = ctx.draft;
  if (draft.video.length === 0) return;
  clause.blank(asked.index, asked.index + asked[0].length);
  const named = {
    transition: clause.take(TRANSITION_WORD) !== null,
    motion: clause.take(MOTION_WORD) !== null,
    look: clause.take(LOOK_WORD) !== null,
  };
  const all = !named.transition && !named.motion && !named.look;
  out.understood = true;
  const before = out.commands.length;
  if (all || named.transition) {
    const showy = draft.video
      .slice(0, -1)
      .some((segment) => !CALM_TRANSITIONS.has(segment.transition?.name ?? 'cut'));
    if (showy) {
      // A whip or a quick slide becomes an unhurried crossfade, not a blink.
      const shortest = Math.min(
        ...draft.video
          .slice(0, -1)
          .map((segment) => segment.transition?.durationMs || Number.POSITIVE_INFINITY),
      );
      out.commands.push({
        type: 'setTransition',
        name: 'crossfade',
        ...(shortest < CALM_MS ? { durationMs: CALM_MS } : {}),
      });
      out.topic = 'transition';
    }
  }
  if (all || named.motion) {
    const busy = draft.video.some(
      (segment) =>
        segment.motion.name !== 'static' &&
        (!CALM_MOTIONS.has(segment.motion.name) || segment.motion.strength > GENTLE),
    );
    if (busy) {
      out.commands.push({ type: 'setMotion', name: 'zoom-in', strength: GENTLE });
      out.topic = 'motion';
    }
  }
  if ((all || named.look) && FLASHY_LOOKS.has(draft.look.name)) {
    out.commands.push({ type: 'setLook', name: 'none' });
    out.topic = 'look';
  }
  if (out.commands.length === before) out.notes.push(note('note.simplify.already'));
};

addVocabulary(
  PLAINER,
  'flashy busy fancy showy gimmicky subtle understated minimal simple simpler plainer tone',
);
