import type { Clause } from '../clause.js';
import { beats } from './beats.js';
import { beyond } from './beyond.js';
import { curation } from './curation.js';
import { fit } from './fit.js';
import { format } from './format.js';
import { hold } from './hold.js';
import { looks } from './looks.js';
import { motion } from './motion.js';
import { music } from './music.js';
import { order } from './order.js';
import { create, routes } from './routes.js';
import { share } from './share.js';
import { simplify } from './simplify.js';
import { styles } from './styles.js';
import { text } from './text.js';
import { timing } from './timing.js';
import { transitions } from './transitions.js';
import { emptyOutput, type Family, type RuleContext, type RuleOutput } from './types.js';
import { videoFade } from './video-fade.js';

export { holdsOn, keptPhotos } from './hold.js';
export { VARIED_CYCLE } from './motion.js';
export type { Family, RuleContext, RuleOutput, Topic } from './types.js';

/**
 * The families, in the order they read a clause. Earlier ones take their words first ("publish it to
 * YouTube" is a request to post, not to export): a title's
 * "for 3 seconds" belongs to the title, "fade out the music" to the music, "1 s crossfade" to the
 * transition, and only what is left is the video's length.
 */
export const FAMILIES: readonly [string, Family][] = [
  ['beyond', beyond],
  ['share', share],
  ['hold', hold],
  ['routes', routes],
  ['create', create],
  ['fit', fit],
  ['curation', curation],
  ['beats', beats],
  ['videoFade', videoFade],
  ['music', music],
  ['text', text],
  ['styles', styles],
  ['simplify', simplify],
  ['transitions', transitions],
  ['motion', motion],
  ['looks', looks],
  ['order', order],
  ['format', format],
  ['timing', timing],
];

export function readClause(clause: Clause, ctx: RuleContext): RuleOutput {
  const out = emptyOutput();
  const groups: { at: number; commands: RuleOutput['commands'] }[] = [];
  for (const [, family] of FAMILIES) {
    const text = clause.text;
    const count = out.commands.length;
    family(clause, { ...ctx, topic: out.topic ?? ctx.topic }, out);
    if (out.commands.length > count) {
      let at = 0;
      while (at < text.length && text[at] === clause.text[at]) at++;
      groups.push({ at, commands: out.commands.slice(count) });
    }
  }
  // Commands follow the order of the words that asked for them ("9:16 with a title" → aspect, then title).
  // A style is the base the rest of the clause changes ("改成黑白的旅行vlog": the travel style, in black and white).
  const styled = (group: (typeof groups)[number]) =>
    group.commands.some((command) => command.type === 'applyStyle');
  out.commands = groups
    .sort((a, b) => Number(styled(b)) - Number(styled(a)) || a.at - b.at)
    .flatMap((group) => group.commands);
  return out;
}
