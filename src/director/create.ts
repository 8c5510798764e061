import type { EditCommand, MediaRef } from '../model/index.js';
import { effects } from '../render/effects.js';
import { VARIED_CYCLE } from './rules/index.js';
import { clamp, round100 } from './values.js';

/** Seconds per photo for a new video: fewer photos stay longer, many go faster (2–5 s). */
export function photoDurationMs(count: number): number {
  if (count <= 0) return 3000;
  return clamp(round100(3000 * Math.sqrt(5 / count)), 2000, 5000);
}

/**
 * Commands that make a first video from the uploaded media: every photo and clip in upload order,
 * 0.8 s crossfades, gentle motion that varies from photo to photo, and the first audio file as music.
 */
export function createFromMedia(media: readonly MediaRef[]): EditCommand[] {
  const visual = media.filter((item) => item.kind !== 'audio');
  if (visual.length === 0) return [];
  const stills = visual.filter((item) => item.kind === 'image').length;
  const commands: EditCommand[] = [{ type: 'addMedia', media: [...visual], durationMs: photoDurationMs(stills || visual.length) }];
  const cycle = VARIED_CYCLE.filter((name) => effects.motions.has(name));
  let k = 0;
  visual.forEach((item, index) => {
    if (item.kind !== 'image' || cycle.length === 0) return;
    commands.push({ type: 'setMotion', name: cycle[k % cycle.length]!, strength: 0.4, index });
    k++;
  });
  if (visual.length > 1 && effects.transitions.has('crossfade')) commands.push({ type: 'setTransition', name: 'crossfade', durationMs: 800 });
  const audio = media.find((item) => item.kind === 'audio');
  if (audio) commands.push({ type: 'setMusic', media: audio, fadeOutMs: 2000 });
  return commands;
}
