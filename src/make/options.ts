import { catalog, type EffectDescriptor, type Registry } from '../catalog/index.js';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { EditCommand } from '../model/commands.js';
import { ASPECT_NAMES, PRESET_NAMES, RESOLUTION_NAMES } from '../model/presets.js';

/**
 * The creator-facing options of `joy make` and `makeVideo`, as typed edit commands (the same ones chat and
 * the studio use). Numbers may come as text (`"2.5s"`, `"35%"`) from the command line.
 */
export interface CanvasOptions {
  aspect?: string;
  preset?: string;
  resolution?: string;
  fps?: string | number;
}

export interface StyleOptions {
  secondsPerPhoto?: string | number;
  duration?: string | number;
  transition?: string;
  transitionDuration?: string | number;
  motion?: string;
  fit?: string;
  look?: string;
  title?: string;
  musicVolume?: string | number;
}

function oneOf(value: string, allowed: readonly string[], option: string): string {
  const normal = value.trim().toLowerCase();
  if (!allowed.includes(normal))
    throw phrasedError(
      'invalid_input',
      phrase('option.oneOf', { option, allowed: allowed.join(', '), value }),
    );
  return normal;
}

function number(value: string | number, option: string, min: number, max: number): number {
  const parsed = Number(String(value).replace(/s$/, ''));
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw phrasedError('invalid_input', phrase('option.range', { option, min, max, value: String(value) }));
  }
  return parsed;
}

function effect(registry: Registry<EffectDescriptor>, word: string, option: string): string {
  const found = registry.find(word);
  if (!found)
    throw phrasedError(
      'invalid_input',
      phrase('option.unknownEffect', {
        option,
        kind: registry.kind,
        word,
        names: registry.names().join(', '),
      }),
    );
  return found.name;
}

export function canvasCommands(options: CanvasOptions): EditCommand[] {
  const commands: EditCommand[] = [];
  if (options.preset)
    commands.push({ type: 'applyPreset', preset: oneOf(options.preset, PRESET_NAMES, '--preset') });
  if (options.aspect)
    commands.push({ type: 'setAspect', aspect: oneOf(options.aspect, ASPECT_NAMES, '--aspect') });
  if (options.resolution) {
    const word = options.resolution.toLowerCase();
    const named = word === '4k' ? '2160p' : /^\d+$/.test(word) ? `${word}p` : word;
    commands.push({ type: 'setResolution', resolution: oneOf(named, RESOLUTION_NAMES, '--resolution') });
  }
  if (options.fps) commands.push({ type: 'setFps', fps: number(options.fps, '--fps', 1, 120) });
  return commands;
}

export function styleCommands(options: StyleOptions): EditCommand[] {
  const commands: EditCommand[] = [];
  if (options.motion)
    commands.push({ type: 'setMotion', name: effect(catalog.motions, options.motion, '--motion') });
  if (options.fit) commands.push({ type: 'setFit', name: effect(catalog.fits, options.fit, '--fit') });
  if (options.look) commands.push({ type: 'setLook', name: effect(catalog.looks, options.look, '--look') });
  if (options.secondsPerPhoto) {
    const seconds = number(options.secondsPerPhoto, '--seconds-per-photo', 0.3, 600);
    commands.push({ type: 'setSegmentDuration', durationMs: Math.round(seconds * 1000) });
  }
  if (options.transition || options.transitionDuration) {
    const name = options.transition
      ? effect(catalog.transitions, options.transition, '--transition')
      : 'crossfade';
    const seconds = options.transitionDuration
      ? number(options.transitionDuration, '--transition-duration', 0, 10)
      : undefined;
    commands.push({
      type: 'setTransition',
      name,
      ...(seconds === undefined ? {} : { durationMs: Math.round(seconds * 1000) }),
    });
  }
  if (options.duration) {
    const seconds = number(options.duration, '--duration', 1, 3600);
    commands.push({ type: 'setDuration', totalMs: Math.round(seconds * 1000) });
  }
  if (options.title) commands.push({ type: 'addText', text: options.title, role: 'title' });
  if (options.musicVolume) {
    const raw = String(options.musicVolume).trim();
    const volume = raw.endsWith('%')
      ? number(raw.slice(0, -1), '--music-volume', 0, 200) / 100
      : number(raw, '--music-volume', 0, 2);
    commands.push({ type: 'setMusicVolume', volume });
  }
  return commands;
}
