import { z } from 'zod';
import { catalog, EASINGS, type EffectDescriptor, hexColorSchema, type Registry } from '../catalog/index.js';
import { libraryTrackRef, pickTrack, songName, trackOfUri } from '../catalog/music.js';
import { findStyle, STYLES } from '../catalog/styles.js';
import { phrasedError } from '../errors.js';
import {
  type Lang,
  type MessageKey,
  type Phrase,
  type PhrasePart,
  phrase,
  sayPhrase,
} from '../messages/index.js';
import { BeatSyncError, describeSync, syncToBeats } from './beat-sync.js';
import { planFit } from './default-plan.js';
import {
  type Draft,
  defaultTextPosition,
  MAX_FPS,
  MAX_TEXT_LENGTH,
  mediaRefSchema,
  TEXT_POSITIONS,
} from './draft.js';
import { newId } from './ids.js';
import { colourName } from './palette.js';
import { ASPECT_NAMES, aspectOf, canvasSize, findPreset, PRESET_NAMES, RESOLUTION_NAMES } from './presets.js';
import { draftDurationMs, segmentTimings } from './timeline.js';
import { describeIssues, formatPath, validateDraft } from './validate.js';

/**
 * Typed edit commands: the only way any front end (CLI options, director, chat, studio) changes a
 * draft. Indexes are 0-based; `index` absent means "every segment".
 */
const index = z.number().int().min(0);
const msField = z.number().int().min(0);
const effectName = (registry: Registry<EffectDescriptor>) =>
  z
    .string()
    .refine((name) => registry.has(name), { message: `must be one of: ${registry.names().join(', ')}` });
const params = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setAspect'), aspect: z.enum(ASPECT_NAMES as [string, ...string[]]) }),
  z.object({
    type: z.literal('setResolution'),
    resolution: z.enum(RESOLUTION_NAMES as [string, ...string[]]),
  }),
  z.object({
    type: z.literal('setCanvas'),
    width: z.number().int().min(16).max(4096),
    height: z.number().int().min(16).max(4096),
  }),
  z.object({ type: z.literal('setFps'), fps: z.number().int().min(1).max(MAX_FPS) }),
  z.object({ type: z.literal('applyPreset'), preset: z.enum(PRESET_NAMES as [string, ...string[]]) }),
  z.object({ type: z.literal('setBackground'), color: hexColorSchema }),
  z.object({ type: z.literal('setDuration'), totalMs: msField.min(1000).max(3_600_000) }),
  z.object({
    type: z.literal('setSegmentDuration'),
    durationMs: msField.min(300).max(600_000),
    index: index.optional(),
  }),
  z.object({
    type: z.literal('setTransition'),
    name: effectName(catalog.transitions),
    durationMs: msField.max(10_000).optional(),
    easing: z.enum(EASINGS).optional(),
    params: params.optional(),
    /** Transition between segment `index` and `index + 1`. */
    index: index.optional(),
  }),
  z.object({
    type: z.literal('setMotion'),
    name: effectName(catalog.motions),
    strength: z.number().min(0).max(1).optional(),
    easing: z.enum(EASINGS).optional(),
    params: params.optional(),
    index: index.optional(),
  }),
  z.object({
    type: z.literal('setFit'),
    name: effectName(catalog.fits),
    params: params.optional(),
    index: index.optional(),
  }),
  z.object({
    type: z.literal('setLook'),
    name: effectName(catalog.looks),
    strength: z.number().min(0).max(1).optional(),
    params: params.optional(),
  }),
  z.object({
    type: z.literal('addText'),
    text: z.string().min(1).max(MAX_TEXT_LENGTH),
    role: z.enum(['title', 'caption', 'end-card']).optional(),
    startMs: msField.optional(),
    durationMs: msField.min(300).optional(),
    /** Show it while this segment is on screen (instead of startMs/durationMs). */
    segmentIndex: index.optional(),
    style: effectName(catalog.textStyles).optional(),
    animation: effectName(catalog.textAnimations).optional(),
    position: z.enum(TEXT_POSITIONS).optional(),
    size: z.number().min(0.3).max(3).optional(),
    color: hexColorSchema.optional(),
    /** Its place among the texts (default: after them); a text brought back goes where it was. */
    at: index.optional(),
  }),
  z.object({
    type: z.literal('updateText'),
    id: z.string().optional(),
    index: index.optional(),
    text: z.string().min(1).max(MAX_TEXT_LENGTH).optional(),
    startMs: msField.optional(),
    durationMs: msField.min(300).optional(),
    style: effectName(catalog.textStyles).optional(),
    animation: effectName(catalog.textAnimations).optional(),
    position: z.enum(TEXT_POSITIONS).optional(),
    size: z.number().min(0.3).max(3).optional(),
    color: hexColorSchema.optional(),
  }),
  z.object({
    type: z.literal('removeText'),
    id: z.string().optional(),
    index: index.optional(),
    role: z.enum(['title', 'caption', 'end-card']).optional(),
    all: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('addMedia'),
    media: z.array(mediaRefSchema).min(1),
    durationMs: msField.min(300).optional(),
  }),
  z.object({ type: z.literal('removeSegment'), index }),
  z.object({ type: z.literal('moveSegment'), from: index, to: index }),
  z.object({ type: z.literal('swapSegments'), a: index, b: index }),
  z.object({ type: z.literal('reverseSegments') }),
  z.object({ type: z.literal('sortByDate'), order: z.enum(['oldest-first', 'newest-first']).optional() }),
  z.object({
    type: z.literal('setMusic'),
    media: mediaRefSchema,
    volume: z.number().min(0).max(2).optional(),
    fadeInMs: msField.max(60_000).optional(),
    fadeOutMs: msField.max(60_000).optional(),
    startMs: msField.optional(),
    trimStartMs: msField.optional(),
    loop: z.boolean().optional(),
  }),
  z.object({ type: z.literal('setMusicVolume'), volume: z.number().min(0).max(2) }),
  z.object({
    type: z.literal('setMusicFade'),
    fadeInMs: msField.max(60_000).optional(),
    fadeOutMs: msField.max(60_000).optional(),
  }),
  z.object({
    type: z.literal('setVideoFade'),
    inMs: msField.max(10_000).optional(),
    outMs: msField.max(10_000).optional(),
    color: hexColorSchema.optional(),
  }),
  z.object({ type: z.literal('removeMusic') }),
  z.object({
    type: z.literal('setLoudness'),
    normalize: z.boolean(),
    targetLufs: z.number().min(-40).max(-5).optional(),
  }),
  z.object({
    type: z.literal('syncToBeats'),
    /** Beat times in the music file, ms (default: the music's analysed beats). */
    beatsMs: z.array(z.number().min(0)).min(2).max(50_000).optional(),
    beatsPerPhoto: z.number().int().min(1).max(64).optional(),
    /** Spread the photos over the whole song, ending on its last beat. */
    fitMusic: z.boolean().optional(),
  }),
  z.object({ type: z.literal('setMeta'), key: z.string().min(1).max(64), value: z.unknown() }),
  /** A style preset (src/catalog/styles.ts): pacing, motion, transitions, look, text and music at once. */
  z.object({
    type: z.literal('applyStyle'),
    style: z.string().refine((id) => findStyle(id) !== undefined, {
      message: `must be one of: ${STYLES.map((style) => style.id).join(', ')}`,
    }),
    /** Leave the music as it is ("wedding style, but keep the music"). */
    keepMusic: z.boolean().optional(),
  }),
]);

export type EditCommand = z.infer<typeof commandSchema>;
export type CommandType = EditCommand['type'];
export const COMMAND_TYPES = commandSchema.options.map((option) => option.shape.type.value) as CommandType[];

/**
 * What one command changed, as a catalogue phrase (`{ key: 'change.aspect', vars: { aspect: '9:16', … } }`):
 * the CLI and the API say it in English, chat replies and the studio in the person's language.
 */
export type Change = Phrase;

export interface AppliedCommand {
  draft: Draft;
  /** What changed, e.g. `Aspect → 9:16 (1080×1920)` once said (`changeText`). */
  change: Change;
}

/** A change as a line of text in `lang` (English unless told). */
export function changeText(change: Change, lang: Lang = 'en'): string {
  return sayPhrase(lang, change);
}

export function parseCommand(value: unknown): EditCommand {
  const result = commandSchema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw phrasedError('invalid_command', phrase('edit.invalid', { reason: describeIssues(result.error) }), {
    field: first ? formatPath(first.path) : undefined,
  });
}

const say = (key: MessageKey, vars?: Record<string, PhrasePart>): Change => phrase(key, vars);
const sizeOf = (draft: Draft) => `${draft.canvas.width}×${draft.canvas.height}`;
const effect = (kind: string, name: string): PhrasePart => ({ effect: kind, name });
const ms = (value: number): PhrasePart => ({ ms: value });
/** The fade colours replies name in words; any other is said as its hex code. */
const FADE_COLOURS: Record<string, PhrasePart> = {
  '#000000': say('colour.black'),
  '#ffffff': say('colour.white'),
};
const roleOf = (role: 'title' | 'caption' | 'end-card') => phrase(`role.${role}.lower`);

/** Refuses the command; the reason is a catalogue phrase, so chat can say it in the person's language. */
function fail(key: MessageKey, vars?: Record<string, PhrasePart>, field?: string): never {
  throw phrasedError('invalid_command', phrase(key, vars), field ? { field } : {});
}

function checkIndex(draft: Draft, i: number, field = 'index'): void {
  if (i >= draft.video.length) {
    if (draft.video.length === 0) fail('error.noPhotos', undefined, field);
    fail('error.noSegment', { n: i + 1, total: draft.video.length }, field);
  }
}

function targets(draft: Draft, i: number | undefined): number[] {
  if (i === undefined) return draft.video.map((_, k) => k);
  checkIndex(draft, i);
  return [i];
}

/**
 * Rearranges the photos in place. Transitions stay between positions, not with the photo that moved, and
 * are then fitted to the photos now around them.
 */
function reorder(draft: Draft, rearrange: (video: Draft['video']) => void): void {
  const transitions = draft.video.map((segment) => segment.transition);
  rearrange(draft.video);
  draft.video.forEach((segment, k) => {
    segment.transition = transitions[k];
    if (segment.transition === undefined) delete segment.transition;
  });
  clampTransitions(draft);
}

/** Longest transition between segments i and i+1: half of either, so every photo keeps a moment alone. */
function maxTransitionMs(draft: Draft, i: number): number {
  return Math.floor(Math.min(draft.video[i]!.durationMs, draft.video[i + 1]!.durationMs) / 2);
}

function transitionLength(draft: Draft, i: number): number {
  if (i >= draft.video.length - 1) return 0;
  const transition = draft.video[i]!.transition;
  return transition && transition.name !== 'cut' ? transition.durationMs : 0;
}

/** Keeps transitions inside their segments after durations change. */
function clampTransitions(draft: Draft): void {
  for (let i = 0; i < draft.video.length - 1; i++) {
    const transition = draft.video[i]!.transition;
    if (!transition) continue;
    const here = draft.video[i]!.durationMs;
    const next = draft.video[i + 1]!.durationMs;
    transition.durationMs = Math.min(transition.durationMs, Math.floor(here / 2), Math.floor(next / 2));
  }
}

function textWindow(draft: Draft, segmentIndex: number): { startMs: number; durationMs: number } {
  checkIndex(draft, segmentIndex, 'segmentIndex');
  const timing = segmentTimings(draft)[segmentIndex]!;
  return { startMs: timing.startMs, durationMs: timing.endMs - timing.startMs };
}

/**
 * After the canvas changes shape, photos still framed the way the default plan chose for the old shape
 * get the plan's choice for the new one (a 4:3 photo cropped for 16:9 is shown whole over a blurred
 * fill in 9:16; a photo with faces is cropped around them when they fit). A fit someone chose
 * differently is left alone.
 */
function refitForCanvas(draft: Draft, before: { width: number; height: number }, apply: () => void): void {
  const automatic = draft.video.map(
    (segment) =>
      Object.keys(segment.fit.params).length === 0 && segment.fit.name === planFit(segment.media, before),
  );
  apply();
  draft.video.forEach((segment, k) => {
    if (automatic[k]) segment.fit = { name: planFit(segment.media, draft.canvas), params: {} };
  });
}

function findText(draft: Draft, id: string | undefined, i: number | undefined): number {
  if (id !== undefined) {
    const found = draft.texts.findIndex((text) => text.id === id);
    if (found < 0) fail('error.noTextId', { id }, 'id');
    return found;
  }
  if (i !== undefined) {
    if (i >= draft.texts.length) fail('error.noTextIndex', { n: i + 1, total: draft.texts.length }, 'index');
    return i;
  }
  if (draft.texts.length === 1) return 0;
  fail(draft.texts.length === 0 ? 'error.noText' : 'error.whichText', undefined, 'id');
}

type Handler<T extends CommandType> = (draft: Draft, command: Extract<EditCommand, { type: T }>) => Change;

const handlers: { [T in CommandType]: Handler<T> } = {
  setAspect(draft, { aspect }) {
    const short = Math.min(draft.canvas.width, draft.canvas.height);
    refitForCanvas(draft, { ...draft.canvas }, () =>
      Object.assign(draft.canvas, canvasSize(aspect as never, short)),
    );
    return say('change.aspect', { aspect, size: sizeOf(draft) });
  },
  setResolution(draft, { resolution }) {
    const aspect = aspectOf(draft.canvas.width, draft.canvas.height);
    const short = Number.parseInt(resolution, 10);
    if (ASPECT_NAMES.includes(aspect as never))
      Object.assign(draft.canvas, canvasSize(aspect as never, short));
    else {
      const factor = short / Math.min(draft.canvas.width, draft.canvas.height);
      draft.canvas.width = Math.round((draft.canvas.width * factor) / 2) * 2;
      draft.canvas.height = Math.round((draft.canvas.height * factor) / 2) * 2;
    }
    return say('change.resolution', { resolution, size: sizeOf(draft) });
  },
  setCanvas(draft, { width, height }) {
    refitForCanvas(draft, { ...draft.canvas }, () => {
      draft.canvas.width = Math.round(width / 2) * 2;
      draft.canvas.height = Math.round(height / 2) * 2;
    });
    return say('change.canvas', { size: sizeOf(draft) });
  },
  setFps(draft, { fps }) {
    draft.canvas.fps = fps;
    return say('change.fps', { fps });
  },
  applyPreset(draft, { preset }) {
    const found = findPreset(preset)!;
    const short = Math.min(draft.canvas.width, draft.canvas.height);
    refitForCanvas(draft, { ...draft.canvas }, () =>
      Object.assign(draft.canvas, canvasSize(found.aspect, short), { fps: found.fps }),
    );
    draft.meta.preset = found.name;
    return say('change.preset', {
      title: phrase(`preset.${found.name}` as MessageKey),
      aspect: found.aspect,
      size: sizeOf(draft),
      fps: found.fps,
    });
  },
  setBackground(draft, { color }) {
    draft.canvas.background = color;
    return say('change.background', { color });
  },
  setDuration(draft, { totalMs }) {
    if (draft.video.length === 0) fail('error.lengthNeedsPhotos');
    const stills = draft.video.filter((segment) => segment.media.kind === 'image');
    if (stills.length === 0) fail('error.onlyPhotosStretch');
    const fixed = draft.video
      .filter((segment) => segment.media.kind !== 'image')
      .reduce((sum, s) => sum + s.durationMs, 0);
    const overlap = () => draft.video.reduce((sum, _, i) => sum + transitionLength(draft, i), 0);
    // Scale the photos, shrink transitions that no longer fit, and repeat until nothing changes.
    for (let pass = 0; pass < 12; pass++) {
      const before = overlap();
      const target = totalMs + before - fixed;
      const scalable = stills.reduce((sum, segment) => sum + segment.durationMs, 0);
      let assigned = 0;
      stills.forEach((segment, k) => {
        segment.durationMs =
          k === stills.length - 1 ? target - assigned : Math.round((segment.durationMs * target) / scalable);
        assigned += segment.durationMs;
      });
      if (stills.some((segment) => segment.durationMs < 300)) {
        fail('error.tooShort', { length: ms(totalMs), n: draft.video.length }, 'totalMs');
      }
      clampTransitions(draft);
      if (overlap() === before) break;
    }
    if (draftDurationMs(draft) !== totalMs)
      fail('error.tooShort', { length: ms(totalMs), n: draft.video.length }, 'totalMs');
    return say('change.length', { length: ms(draftDurationMs(draft)) });
  },
  setSegmentDuration(draft, { durationMs, index: i }) {
    for (const k of targets(draft, i)) draft.video[k]!.durationMs = durationMs;
    clampTransitions(draft);
    const lengths = { length: ms(durationMs), total: ms(draftDurationMs(draft)) };
    return i === undefined
      ? say('change.photoLength.all', lengths)
      : say('change.photoLength.one', { ...lengths, n: i + 1 });
  },
  setTransition(draft, command) {
    if (draft.video.length < 2) fail('error.transitionNeedsTwo');
    const list = command.index === undefined ? draft.video.slice(0, -1).map((_, k) => k) : [command.index];
    if (command.index !== undefined && command.index >= draft.video.length - 1) {
      fail('error.noTransitionAfter', { n: command.index + 1 }, 'index');
    }
    for (const k of list) {
      const segment = draft.video[k]!;
      const previous = segment.transition;
      // A cut has no length: a transition put where one was takes the usual 0.8 s, not the cut's 0.
      const kept =
        previous && previous.name !== 'cut' && previous.durationMs > 0 ? previous.durationMs : undefined;
      const wanted = command.name === 'cut' ? 0 : (command.durationMs ?? kept ?? 800);
      segment.transition = {
        name: command.name,
        params: command.params ?? (previous?.name === command.name ? previous.params : {}),
        durationMs: 0,
        easing: command.easing ?? previous?.easing ?? 'ease-in-out',
      };
      segment.transition.durationMs = Math.min(wanted, maxTransitionMs(draft, k));
    }
    const first = draft.video[list[0]!]!.transition!;
    const name = effect('transition', command.name);
    const length = ms(first.durationMs);
    if (command.name === 'cut')
      return command.index === undefined
        ? say('change.transition.all', { name, seconds: '' })
        : say('change.transition.one', { name, seconds: '', n: command.index + 1 });
    const said =
      command.index === undefined
        ? say('change.transition.all.timed', { name, length })
        : say('change.transition.one.timed', { name, length, n: command.index + 1 });
    // A transition may last at most half the shorter photo it joins, so each photo is seen on its own.
    const capped =
      command.durationMs !== undefined &&
      list.some((k) => draft.video[k]!.transition!.durationMs < command.durationMs!);
    return capped ? say('change.transition.capped', { change: said, asked: ms(command.durationMs!) }) : said;
  },
  setMotion(draft, command) {
    for (const k of targets(draft, command.index)) {
      const segment = draft.video[k]!;
      segment.motion = {
        name: command.name,
        params: command.params ?? (segment.motion.name === command.name ? segment.motion.params : {}),
        strength: command.strength ?? segment.motion.strength,
        easing: command.easing ?? segment.motion.easing,
      };
    }
    // A strength asked for ("a gentle zoom", "toned down") is said, so "gentler" reads as gentler.
    const strength = command.strength === undefined ? '' : '.strength';
    const pct = Math.round((command.strength ?? 0) * 100);
    return command.index === undefined
      ? say(`change.motion.all${strength}`, { name: effect('motion', command.name), pct })
      : say(`change.motion.one${strength}`, {
          name: effect('motion', command.name),
          n: command.index + 1,
          pct,
        });
  },
  setFit(draft, command) {
    for (const k of targets(draft, command.index))
      draft.video[k]!.fit = { name: command.name, params: command.params ?? {} };
    return command.index === undefined
      ? say('change.fit.all', { name: effect('fit', command.name) })
      : say('change.fit.one', { name: effect('fit', command.name), n: command.index + 1 });
  },
  setLook(draft, command) {
    draft.look = {
      name: command.name,
      params: command.params ?? {},
      strength: command.strength ?? draft.look.strength ?? 1,
    };
    return command.name === 'none'
      ? say('change.look.none')
      : say('change.look', {
          name: effect('look', command.name),
          pct: Math.round(draft.look.strength * 100),
        });
  },
  addText(draft, command) {
    const role = command.role ?? 'caption';
    const total = draftDurationMs(draft) || 3000;
    let window: { startMs: number; durationMs: number };
    if (command.segmentIndex !== undefined) window = textWindow(draft, command.segmentIndex);
    else {
      const defaultLength = role === 'caption' ? Math.min(4000, total) : Math.min(3000, total);
      const durationMs = command.durationMs ?? defaultLength;
      const startMs = command.startMs ?? (role === 'end-card' ? Math.max(0, total - durationMs) : 0);
      window = { startMs, durationMs };
    }
    const id = newId('t');
    draft.texts.splice(Math.min(command.at ?? draft.texts.length, draft.texts.length), 0, {
      id,
      text: command.text,
      role,
      startMs: window.startMs,
      durationMs: window.durationMs,
      style: { name: command.style ?? (role === 'title' ? 'clean' : 'clean'), params: {} },
      animation: { name: command.animation ?? 'fade', params: {} },
      // Without an asked place the role's default is kept as data; the renderer's text placement pass
      // moves it off the faces on screen, so later edits (aspect, order, photos) are taken into account.
      position: command.position ?? defaultTextPosition(role),
      ...(command.position === undefined ? { autoPosition: true } : {}),
      size: command.size ?? (role === 'title' ? 1.4 : 1),
      color: command.color ?? '#ffffff',
    });
    return say('change.addText', {
      role: phrase(`role.${role}`),
      text: command.text,
      start: ms(window.startMs),
      end: ms(window.startMs + window.durationMs),
    });
  },
  updateText(draft, command) {
    const k = findText(draft, command.id, command.index);
    const text = draft.texts[k]!;
    const wasSize = text.size;
    const wasText = text.text;
    const { type: _type, id: _id, index: _index, style, animation, ...fields } = command;
    for (const [key, value] of Object.entries(fields))
      if (value !== undefined) (text as Record<string, unknown>)[key] = value;
    if (style) text.style = { name: style, params: {} };
    if (animation) text.animation = { name: animation, params: {} };
    // A place the person chose is kept as it is from now on.
    if (command.position !== undefined) delete text.autoPosition;
    // One thing changed is said by name ("bigger", "boxed"); several are said together as "updated".
    const said = Object.entries(command).filter(
      ([key, value]) => value !== undefined && !['type', 'id', 'index'].includes(key),
    );
    if (said.length === 1 && command.size !== undefined && command.size !== wasSize)
      return say(command.size > wasSize ? 'change.updateText.bigger' : 'change.updateText.smaller', {
        text: text.text,
        pct: Math.round(command.size * 100),
      });
    if (said.length === 1 && command.text !== undefined && command.text !== wasText)
      return say('change.updateText.words', { role: roleOf(text.role), old: wasText, text: text.text });
    if (said.length === 1 && style)
      return say('change.updateText.style', { text: text.text, style: effect('text-style', style) });
    // Several at once, or a colour, a place or a time: each said by name, none as a bare "updated".
    const parts: PhrasePart[] = [];
    if (command.text !== undefined && command.text !== wasText)
      parts.push(say('change.text.words', { text: command.text }));
    if (command.color !== undefined)
      parts.push(say('change.text.colour', { colour: colourName(command.color) }));
    if (command.size !== undefined && command.size !== wasSize)
      parts.push(say('change.text.size', { pct: Math.round(command.size * 100) }));
    if (command.position !== undefined) parts.push(say(`change.text.place.${command.position}`));
    if (style) parts.push(say('change.text.style', { style: effect('text-style', style) }));
    if (command.startMs !== undefined || command.durationMs !== undefined)
      parts.push(
        say('change.text.time', { start: ms(text.startMs), end: ms(text.startMs + text.durationMs) }),
      );
    return parts.length > 0
      ? say('change.updateText.parts', { text: wasText, parts: { list: parts } })
      : say('change.updateText', { text: text.text });
  },
  removeText(draft, command) {
    if (command.all) {
      const count = draft.texts.length;
      draft.texts = [];
      return count === 0 ? say('change.removeText.none') : say('change.removeText.all', { n: count });
    }
    if (command.role && command.id === undefined && command.index === undefined) {
      const before = draft.texts.length;
      draft.texts = draft.texts.filter((text) => text.role !== command.role);
      if (before === draft.texts.length) fail('error.noRoleText', { role: roleOf(command.role) }, 'role');
      return say('change.removeText.role', { role: roleOf(command.role), n: before - draft.texts.length });
    }
    const k = findText(draft, command.id, command.index);
    const [removed] = draft.texts.splice(k, 1);
    return say('change.removeText.one', { text: removed!.text });
  },
  addMedia(draft, command) {
    const per = command.durationMs ?? 3000;
    const lastWithTransition = [...draft.video].reverse().find((segment) => segment.transition);
    for (const media of command.media) {
      const previous = draft.video[draft.video.length - 1];
      if (previous && !previous.transition && lastWithTransition?.transition) {
        previous.transition = structuredClone(lastWithTransition.transition);
      }
      const clip = media.kind === 'video';
      draft.video.push({
        id: newId('v'),
        media,
        durationMs: clip ? Math.min(media.durationMs ?? per, 60_000) : per,
        trimStartMs: 0,
        volume: 1,
        motion: { name: clip ? 'static' : 'zoom-in', params: {}, strength: 0.5, easing: 'ease-in-out' },
        fit: { name: 'blur', params: {} },
      });
    }
    clampTransitions(draft);
    return say('change.addMedia', { n: command.media.length, total: draft.video.length });
  },
  removeSegment(draft, { index: i }) {
    checkIndex(draft, i);
    const [removed] = draft.video.splice(i, 1);
    if (i === draft.video.length && i > 0) delete draft.video[i - 1]!.transition;
    return say('change.removeSegment', { n: i + 1, name: removed!.media.name ?? removed!.media.uri });
  },
  moveSegment(draft, { from, to }) {
    checkIndex(draft, from, 'from');
    checkIndex(draft, to, 'to');
    reorder(draft, (video) => {
      const [moved] = video.splice(from, 1);
      video.splice(to, 0, moved!);
    });
    return say('change.moveSegment', { from: from + 1, to: to + 1 });
  },
  swapSegments(draft, { a, b }) {
    checkIndex(draft, a, 'a');
    checkIndex(draft, b, 'b');
    reorder(draft, (video) => {
      [video[a], video[b]] = [video[b]!, video[a]!];
    });
    return say('change.swapSegments', { a: a + 1, b: b + 1 });
  },
  reverseSegments(draft) {
    reorder(draft, (video) => video.reverse());
    return say('change.reverseSegments');
  },
  sortByDate(draft, { order }) {
    const time = (value: string | undefined) => (value ? Date.parse(value) : Number.NaN);
    const dated = draft.video.filter((segment) => !Number.isNaN(time(segment.media.takenAt)));
    if (dated.length === 0) fail('error.noDates');
    const sign = order === 'newest-first' ? -1 : 1;
    // Photos without a date keep their place relative to each other, after the dated ones.
    reorder(draft, (video) =>
      video.sort((x, y) => {
        const tx = time(x.media.takenAt);
        const ty = time(y.media.takenAt);
        if (Number.isNaN(tx) || Number.isNaN(ty)) return Number.isNaN(tx) ? (Number.isNaN(ty) ? 0 : 1) : -1;
        return sign * (tx - ty);
      }),
    );
    return say('change.sortByDate', {
      order: phrase(`order.${order ?? 'oldest-first'}`),
      dated: dated.length,
      total: draft.video.length,
    });
  },
  setMusic(draft, command) {
    const previous = draft.audio[0];
    draft.audio = [
      {
        id: newId('a'),
        media: command.media,
        startMs: command.startMs ?? 0,
        trimStartMs: command.trimStartMs ?? 0,
        volume: command.volume ?? previous?.volume ?? 1,
        fadeInMs: command.fadeInMs ?? 0,
        fadeOutMs: command.fadeOutMs ?? 2000,
        loop: command.loop ?? true,
      },
    ];
    return say('change.music', {
      name: songName(command.media),
      pct: Math.round(draft.audio[0]!.volume * 100),
    });
  },
  applyStyle(draft, command) {
    const style = findStyle(command.style)!;
    if (draft.video.length === 0) fail('error.styleNeedsPhotos');
    let still = 0;
    for (const segment of draft.video) {
      if (segment.media.kind !== 'image') continue;
      segment.durationMs = style.photoMs;
      const name = style.motions[still % style.motions.length]!;
      segment.motion = { name, params: {}, strength: style.motionStrength, easing: 'ease-in-out' };
      still++;
    }
    for (let k = 0; k < draft.video.length - 1; k++) {
      draft.video[k]!.transition = {
        name: style.transition.name,
        params: {},
        durationMs: Math.min(style.transition.durationMs, maxTransitionMs(draft, k)),
        easing: 'ease-in-out',
      };
    }
    draft.look = { name: style.look.name, params: {}, strength: style.look.strength };
    for (const text of draft.texts) {
      if (text.role === 'end-card') continue;
      text.style = { name: style.text.style, params: {} };
      text.animation = { name: style.text.animation, params: {} };
    }
    // The style's music replaces none or another library track, never a song the person chose.
    const current = draft.audio[0];
    let music: PhrasePart = '';
    if (!command.keepMusic && (!current || trackOfUri(current.media.uri))) {
      const track = pickTrack(style.musicMoods, draftDurationMs(draft));
      draft.audio = [
        {
          id: current?.id ?? newId('a'),
          media: libraryTrackRef(track),
          startMs: 0,
          trimStartMs: 0,
          volume: current?.volume ?? 0.8,
          fadeInMs: current?.fadeInMs ?? 0,
          fadeOutMs: current?.fadeOutMs ?? 2000,
          loop: true,
        },
      ];
      music = say('change.style.music', { name: { en: track.title, zh: track.titleZh } });
    }
    draft.meta.style = style.id;
    return say('change.style', {
      title: { en: style.title, zh: style.titleZh },
      length: ms(style.photoMs),
      transition: effect('transition', style.transition.name),
      look: effect('look', style.look.name),
      music,
    });
  },
  setMusicVolume(draft, { volume }) {
    if (draft.audio.length === 0) fail('error.noMusic');
    for (const segment of draft.audio) segment.volume = volume;
    return say('change.musicVolume', { pct: Math.round(volume * 100) });
  },
  setVideoFade(draft, { inMs, outMs, color }) {
    const total = draftDurationMs(draft);
    const wanted = { inMs: inMs ?? draft.fade.inMs, outMs: outMs ?? draft.fade.outMs };
    // Both fades together never take more than the whole video: too long, both shrink alike.
    const scale = Math.min(1, total / Math.max(1, wanted.inMs + wanted.outMs));
    draft.fade.inMs = Math.floor(wanted.inMs * scale);
    draft.fade.outMs = Math.floor(wanted.outMs * scale);
    if (color !== undefined) draft.fade.color = color;
    const colour = FADE_COLOURS[draft.fade.color.toLowerCase()] ?? draft.fade.color;
    const parts: PhrasePart[] = [];
    if (inMs !== undefined)
      parts.push(
        draft.fade.inMs > 0
          ? say('change.videoFade.in', { length: ms(draft.fade.inMs), colour })
          : say('change.videoFade.noIn'),
      );
    if (outMs !== undefined)
      parts.push(
        draft.fade.outMs > 0
          ? say('change.videoFade.out', { length: ms(draft.fade.outMs), colour })
          : say('change.videoFade.noOut'),
      );
    if (parts.length === 0) return say('change.videoFade.color', { colour });
    return say(parts.length === 2 ? 'change.videoFade.both' : 'change.videoFade', {
      a: parts[0]!,
      b: parts[1] ?? '',
    });
  },
  setMusicFade(draft, { fadeInMs, fadeOutMs }) {
    if (draft.audio.length === 0) fail('error.noMusic');
    for (const segment of draft.audio) {
      if (fadeInMs !== undefined) segment.fadeInMs = fadeInMs;
      if (fadeOutMs !== undefined) segment.fadeOutMs = fadeOutMs;
    }
    if (fadeInMs !== undefined && fadeOutMs !== undefined)
      return say('change.musicFade.both', { in: ms(fadeInMs), out: ms(fadeOutMs) });
    if (fadeInMs !== undefined)
      return say('change.musicFade', { parts: say('change.musicFade.in', { length: ms(fadeInMs) }) });
    if (fadeOutMs !== undefined)
      return say('change.musicFade', { parts: say('change.musicFade.out', { length: ms(fadeOutMs) }) });
    return say('change.musicFade.unchanged');
  },
  removeMusic(draft) {
    if (draft.audio.length === 0) fail('error.noMusicToRemove');
    draft.audio = [];
    return say('change.removeMusic');
  },
  setLoudness(draft, { normalize, targetLufs }) {
    draft.loudness = { normalize, targetLufs: targetLufs ?? draft.loudness.targetLufs };
    return normalize
      ? say('change.loudness.on', { lufs: draft.loudness.targetLufs })
      : say('change.loudness.off');
  },
  syncToBeats(draft, command) {
    try {
      const result = syncToBeats(draft, command);
      return describeSync(result, draftDurationMs(draft));
    } catch (error) {
      if (error instanceof BeatSyncError) fail(error.key);
      throw error;
    }
  },
  setMeta(draft, { key, value }) {
    draft.meta[key] = value;
    return say('change.meta', { key });
  },
};

/**
 * Applies one command to a copy of the draft. The result is validated, so a command can never leave
 * an invalid draft behind; on error the original is untouched.
 */
export function applyCommand(draft: Draft, input: EditCommand | unknown): AppliedCommand {
  const { draft: next, change } = applyUnchecked(structuredClone(draft), input);
  return { draft: validateDraft(next), change };
}

/**
 * Applies one command to a copy of the draft without validating the whole result: for a caller that
 * projects many commands and validates the draft once at the end (the director's plan). The command
 * itself is still checked, and a command that cannot apply still throws.
 */
export function applyCommandUnvalidated(draft: Draft, input: EditCommand | unknown): AppliedCommand {
  return applyUnchecked(structuredClone(draft), input);
}

/**
 * Applies commands in order to one copy of the draft, unvalidated like `applyCommandUnvalidated` one at a
 * time, but copying the draft twice rather than once a command. `before` is the draft before the last
 * command, untouched after. Undefined when a command fails (its copy may be half-changed): the caller then
 * applies them one at a time, to learn which failed and keep the draft before it.
 */
export function applyCommandsUnvalidated(
  draft: Draft,
  commands: readonly unknown[],
): { before: Draft; draft: Draft; changes: Change[] } | undefined {
  if (commands.length === 0) return undefined;
  try {
    const working = structuredClone(draft);
    const changes = commands.slice(0, -1).map((command) => applyUnchecked(working, command).change);
    const last = applyCommandUnvalidated(working, commands[commands.length - 1]);
    return { before: working, draft: last.draft, changes: [...changes, last.change] };
  } catch {
    return undefined;
  }
}

function applyUnchecked(draft: Draft, input: unknown): AppliedCommand {
  const command = parseCommand(input);
  const handler = handlers[command.type] as Handler<typeof command.type>;
  const change = handler(draft, command as never);
  return { draft, change };
}

/**
 * Applies commands in order, all or nothing. The draft is validated once at the end; if that fails,
 * the commands are replayed one by one so the error names the command that broke it.
 */
export function applyCommands(
  draft: Draft,
  commands: readonly unknown[],
): { draft: Draft; changes: Change[] } {
  const working = structuredClone(draft);
  const changes = commands.map((command) => applyUnchecked(working, command).change);
  try {
    return { draft: validateDraft(working), changes };
  } catch {
    let current = draft;
    for (const command of commands) current = applyCommand(current, command).draft;
    return { draft: current, changes };
  }
}

/** JSON schema of every command, for LLM tool definitions and the studio. */
export function commandJsonSchemas(): Record<CommandType, unknown> {
  const out = {} as Record<CommandType, unknown>;
  for (const option of commandSchema.options) {
    out[option.shape.type.value as CommandType] = z.toJSONSchema(option, { unrepresentable: 'any' });
  }
  return out;
}
