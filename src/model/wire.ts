import type { AudioSegment, Draft, MediaRef, TextSegment, VideoSegment } from './draft.js';

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

function mediaToWire(media: MediaRef): Json {
  return compact({
    u: media.uri,
    k: media.kind,
    n: media.name,
    w: media.width,
    h: media.height,
    d: media.durationMs,
    au: media.hasAudio,
    at: media.takenAt,
    f: media.focus,
    fc: media.faces,
    sm: media.subjectMask,
    bt: media.beatsMs,
    bpm: media.bpm,
    fl: media.flags,
    dup: media.duplicateOf,
  });
}

function mediaFromWire(value: Json): Json {
  return compact({
    uri: value.u,
    kind: value.k,
    name: value.n,
    width: value.w,
    height: value.h,
    durationMs: value.d,
    hasAudio: value.au,
    takenAt: value.at,
    focus: value.f,
    faces: value.fc,
    subjectMask: value.sm,
    beatsMs: value.bt,
    bpm: value.bpm,
    flags: value.fl,
    duplicateOf: value.dup,
  });
}

function effectToWire(effect: { name: string; params: Json } & Json, extra: Record<string, string>): Json {
  const out: Json = { n: effect.name };
  if (Object.keys(effect.params).length > 0) out.p = effect.params;
  for (const [readable, short] of Object.entries(extra))
    if (effect[readable] !== undefined) out[short] = effect[readable];
  return out;
}

function effectFromWire(value: Json | undefined, extra: Record<string, string>): Json | undefined {
  if (!value || typeof value !== 'object') return value;
  const out: Json = { name: value.n, params: value.p ?? {} };
  for (const [readable, short] of Object.entries(extra))
    if (value[short] !== undefined) out[readable] = value[short];
  return out;
}

const MOTION_KEYS = { strength: 's', easing: 'e' };
const TRANSITION_KEYS = { durationMs: 'd', easing: 'e' };

function videoToWire(segment: VideoSegment): Json {
  return compact({
    id: segment.id,
    src: mediaToWire(segment.media),
    d: segment.durationMs,
    trim: segment.trimStartMs || undefined,
    vol: segment.volume === 1 ? undefined : segment.volume,
    mo: effectToWire(segment.motion as never, MOTION_KEYS),
    fit: effectToWire(segment.fit as never, {}),
    tr: segment.transition ? effectToWire(segment.transition as never, TRANSITION_KEYS) : undefined,
  });
}

function videoFromWire(value: Json): Json {
  return compact({
    id: value.id,
    media: mediaFromWire((value.src ?? {}) as Json),
    durationMs: value.d,
    trimStartMs: value.trim,
    volume: value.vol,
    motion: effectFromWire(value.mo as Json | undefined, MOTION_KEYS),
    fit: effectFromWire(value.fit as Json | undefined, {}),
    transition: effectFromWire(value.tr as Json | undefined, TRANSITION_KEYS),
  });
}

function textToWire(segment: TextSegment): Json {
  return compact({
    id: segment.id,
    text: segment.text,
    st: segment.startMs,
    d: segment.durationMs,
    role: segment.role,
    sty: effectToWire(segment.style as never, {}),
    an: effectToWire(segment.animation as never, {}),
    pos: segment.position,
    sz: segment.size,
    c: segment.color,
  });
}

function textFromWire(value: Json): Json {
  return compact({
    id: value.id,
    text: value.text,
    startMs: value.st,
    durationMs: value.d,
    role: value.role,
    style: effectFromWire(value.sty as Json | undefined, {}),
    animation: effectFromWire(value.an as Json | undefined, {}),
    position: value.pos,
    size: value.sz,
    color: value.c,
  });
}

function audioToWire(segment: AudioSegment): Json {
  return compact({
    id: segment.id,
    src: mediaToWire(segment.media),
    st: segment.startMs,
    d: segment.durationMs,
    trim: segment.trimStartMs || undefined,
    vol: segment.volume,
    fi: segment.fadeInMs,
    fo: segment.fadeOutMs,
    loop: segment.loop,
  });
}

function audioFromWire(value: Json): Json {
  return compact({
    id: value.id,
    media: mediaFromWire((value.src ?? {}) as Json),
    startMs: value.st,
    durationMs: value.d,
    trimStartMs: value.trim,
    volume: value.vol,
    fadeInMs: value.fi,
    fadeOutMs: value.fo,
    loop: value.loop,
  });
}

export interface WireDraft {
  schema: string;
  v: number;
  w: number;
  h: number;
  fps: number;
  bg?: string;
  look?: Json;
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
    look: draft.look.name === 'none' ? undefined : effectToWire(draft.look as never, { strength: 's' }),
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
    look: effectFromWire(wire.look as Json | undefined, { strength: 's' }),
    video: pick(TRACK_TYPE.video).map(videoFromWire),
    texts: pick(TRACK_TYPE.text).map(textFromWire),
    audio: pick(TRACK_TYPE.audio).map(audioFromWire),
    loudness: compact({ normalize: mix.norm, targetLufs: mix.lufs }),
    meta: wire.m,
  });
}

/** Wire drafts carry `t`; readable ones carry `video`. */
export function isWireDraft(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as Json).t);
}
