/**
 * Hand edits as typed edit commands (the same commands chat produces, from src/model/commands.ts).
 * The settings panel describes what the person set; these functions turn it into only the commands
 * that change something.
 */
import type { EditCommand } from '../../../src/model/commands.js';
import type { Draft } from './draft.js';

export type { EditCommand };

export interface PhotoSettings {
  durationSeconds: number;
  motion: string;
  /** Transition into the next photo (ignored on the last one). */
  transition: string;
}

export interface TextSettings {
  text: string;
  startSeconds: number;
  durationSeconds: number;
  position: 'top' | 'center' | 'bottom' | 'lower-third';
}

const toMs = (seconds: number) => Math.round(seconds * 1000);

export function photoEdits(draft: Draft, index: number, settings: PhotoSettings): EditCommand[] {
  const segment = draft.video[index];
  if (!segment) return [];
  const commands: EditCommand[] = [];
  const durationMs = toMs(settings.durationSeconds);
  if (Number.isFinite(durationMs) && durationMs !== segment.durationMs) {
    commands.push({ type: 'setSegmentDuration', durationMs: Math.max(300, durationMs), index });
  }
  if (settings.motion && settings.motion !== segment.motion.name) {
    commands.push({ type: 'setMotion', name: settings.motion, index });
  }
  const current = segment.transition?.name ?? 'cut';
  if (index < draft.video.length - 1 && settings.transition && settings.transition !== current) {
    commands.push({ type: 'setTransition', name: settings.transition, index });
  }
  return commands;
}

export function textEdits(draft: Draft, index: number, settings: TextSettings): EditCommand[] {
  const text = draft.texts[index];
  if (!text) return [];
  const update: Extract<EditCommand, { type: 'updateText' }> = { type: 'updateText', id: text.id };
  const value = settings.text.trim();
  if (value && value !== text.text) update.text = value;
  const startMs = toMs(settings.startSeconds);
  if (Number.isFinite(startMs) && startMs !== text.startMs) update.startMs = Math.max(0, startMs);
  const durationMs = toMs(settings.durationSeconds);
  if (Number.isFinite(durationMs) && durationMs !== text.durationMs)
    update.durationMs = Math.max(300, durationMs);
  if (settings.position !== text.position) update.position = settings.position;
  return Object.keys(update).length > 2 ? [update] : [];
}

export function musicEdits(draft: Draft, volumePercent: number): EditCommand[] {
  const audio = draft.audio[0];
  if (!audio || !Number.isFinite(volumePercent)) return [];
  const volume = Math.min(2, Math.max(0, Math.round(volumePercent) / 100));
  return Math.abs(volume - audio.volume) > 0.001 ? [{ type: 'setMusicVolume', volume }] : [];
}

export function moveEdit(from: number, to: number): EditCommand {
  return { type: 'moveSegment', from, to };
}
