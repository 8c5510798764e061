import type { AudioSegment, Draft, TextSegment, VideoSegment } from './draft.js';

/**
 * The one codec between readable drafts and API.md's wire format: tracks `t`, track type `tt`
 * (0 video, 1 audio, 7 text), segments `sg`, durations `d` in milliseconds, metadata `m`.
 */
export const TRACK_TYPE = { video: 0, audio: 1, text: 7 } as const;

type Json = Record<string, unknown>;

function compact<T extends Json>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * One row per field: its readable name, its wire key, a nested codec, the value it takes when the wire
 * leaves it out, and the values left off the wire (defaults). Both directions read the same table.
 */
interface Field {
  readable: string;
  short: string;
  nested?: Codec;
  /** Read when the wire has no such key. */
  absent?: () => unknown;
  /** Not written when true (the reader's default covers it). */
  omit?: (value: unknown) => boolean;
}
type Codec = readonly Field[];

const field = (readable: string, short: string, extra: Omit<Field, 'readable' | 'short'> = {}): Field => ({
  readable,
  short,
  ...extra,
});

function encode(codec: Codec, value: Json): Json {
  const out: Json = {};
  for (const { readable, short, nested, omit } of codec) {
    const item = value[readable];
    if (item === undefined || omit?.(item)) continue;
    out[short] = nested ? encode(nested, item as Json) : item;
  }
  return out;
}

function decode(codec: Codec, value: Json): Json {
  const out: Json = {};
  for (const { readable, short, nested, absent } of codec) {
    const item = value[short];
    if (item === undefined) {
      if (absent) out[readable] = absent();
      continue;
    }
    out[readable] = nested && typeof item === 'object' && item !== null ? decode(nested, item as Json) : item;
  }
  return out;
}

const MEDIA: Codec = [
  field('uri', 'u'),
  field('kind', 'k'),
  field('name', 'n'),
  field('width', 'w'),
  field('height', 'h'),
  field('durationMs', 'd'),
  field('hasAudio', 'au'),
  field('takenAt', 'at'),
  field('focus', 'f'),
  field('faces', 'fc'),
  field('subjectMask', 'sm'),
  field('beatsMs', 'bt'),
  field('bpm', 'bpm'),
  field('flags', 'fl'),
  field('duplicateOf', 'dup'),
];

/** An effect: its name, its parameters (left off when empty), and the extra fields of its kind. */
const effect = (...extra: Field[]): Codec => [
  field('name', 'n'),
  field('params', 'p', { absent: () => ({}), omit: (params) => Object.keys(params as Json).length === 0 }),
  ...extra,
];
const PLAIN_EFFECT = effect();
const MOTION = effect(field('strength', 's'), field('easing', 'e'));
const TRANSITION = effect(field('durationMs', 'd'), field('easing', 'e'));
const LOOK = effect(field('strength', 's'));
const FADE: Codec = [
  field('inMs', 'i', { omit: (ms) => ms === 0 }),
  field('outMs', 'o', { omit: (ms) => ms === 0 }),
  field('color', 'c', { omit: (color) => color === '#000000' }),
];

const VIDEO: Codec = [
  field('id', 'id'),
  field('media', 'src', { nested: MEDIA, absent: () => ({}) }),
  field('durationMs', 'd'),
  field('trimStartMs', 'trim', { omit: (ms) => ms === 0 }),
  field('volume', 'vol', { omit: (volume) => volume === 1 }),
  field('motion', 'mo', { nested: MOTION }),
  field('fit', 'fit', { nested: PLAIN_EFFECT }),
  field('transition', 'tr', { nested: TRANSITION }),
];

const TEXT: Codec = [
  field('id', 'id'),
  field('text', 'text'),
  field('startMs', 'st'),
  field('durationMs', 'd'),
  field('role', 'role'),
  field('style', 'sty', { nested: PLAIN_EFFECT }),
  field('animation', 'an', { nested: PLAIN_EFFECT }),
  field('position', 'pos'),
  field('autoPosition', 'apos', { omit: (auto) => auto !== true }),
  field('size', 'sz'),
  field('color', 'c'),
];

const AUDIO: Codec = [
  field('id', 'id'),
  field('media', 'src', { nested: MEDIA, absent: () => ({}) }),
  field('startMs', 'st'),
  field('durationMs', 'd'),
  field('trimStartMs', 'trim', { omit: (ms) => ms === 0 }),
  field('volume', 'vol'),
  field('fadeInMs', 'fi'),
  field('fadeOutMs', 'fo'),
  field('loop', 'loop'),
];

const videoToWire = (segment: VideoSegment) => encode(VIDEO, segment as unknown as Json);
const textToWire = (segment: TextSegment) => encode(TEXT, segment as unknown as Json);
const audioToWire = (segment: AudioSegment) => encode(AUDIO, segment as unknown as Json);

export interface WireDraft {
  schema: string;
  v: number;
  w: number;
  h: number;
  fps: number;
  bg?: string;
  look?: Json;
  /** The whole video's fade in and out. */
  fd?: Json;
  mix?: Json;
  t: { tt: number; sg: Json[] }[];
  m: Json;
}

export function toWire(draft: Draft): WireDraft {
  const tracks: WireDraft['t'] = [{ tt: TRACK_TYPE.video, sg: draft.video.map(videoToWire) }];
  if (draft.audio.length > 0) tracks.push({ tt: TRACK_TYPE.audio, sg: draft.audio.map(audioToWire) });
  if (draft.texts.length > 0) tracks.push({ tt: TRACK_TYPE.text, sg: draft.texts.map(textToWire) });
  return compact({
    schema: draft.schema,
    v: draft.version,
    w: draft.canvas.width,
    h: draft.canvas.height,
    fps: draft.canvas.fps,
    bg: draft.canvas.background === '#000000' ? undefined : draft.canvas.background,
    look: draft.look.name === 'none' ? undefined : encode(LOOK, draft.look as unknown as Json),
    fd:
      draft.fade.inMs === 0 && draft.fade.outMs === 0
        ? undefined
        : encode(FADE, draft.fade as unknown as Json),
    mix: { norm: draft.loudness.normalize, lufs: draft.loudness.targetLufs },
    t: tracks,
    m: draft.meta,
  });
}

/** Readable (not yet validated) draft from wire JSON; unknown track types are an error, not a loss. */
export function fromWire(wire: Json): Json {
  const tracks = Array.isArray(wire.t) ? (wire.t as Json[]) : [];
  const pick = (type: number) =>
    tracks.filter((track) => track.tt === type).flatMap((track) => (track.sg as Json[]) ?? []);
  const unknown = tracks.find((track) => !Object.values(TRACK_TYPE).includes(track.tt as never));
  if (unknown)
    throw new TypeError(`t: unknown track type tt=${String(unknown.tt)} (0 video, 1 audio, 7 text)`);
  const mix = (wire.mix ?? {}) as Json;
  return compact({
    schema: wire.schema,
    version: wire.v,
    canvas: compact({ width: wire.w, height: wire.h, fps: wire.fps, background: wire.bg }),
    look: wire.look && typeof wire.look === 'object' ? decode(LOOK, wire.look as Json) : wire.look,
    fade: wire.fd && typeof wire.fd === 'object' ? decode(FADE, wire.fd as Json) : wire.fd,
    video: pick(TRACK_TYPE.video).map((segment) => decode(VIDEO, segment)),
    texts: pick(TRACK_TYPE.text).map((segment) => decode(TEXT, segment)),
    audio: pick(TRACK_TYPE.audio).map((segment) => decode(AUDIO, segment)),
    loudness: compact({ normalize: mix.norm, targetLufs: mix.lufs }),
    meta: wire.m,
  });
}

/** Wire drafts carry `t`; readable ones carry `video`. */
export function isWireDraft(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as Json).t);
}
