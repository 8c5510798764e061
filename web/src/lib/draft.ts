/**
 * The draft as the studio sees it. The server sends drafts in wire form (API.md: `t`, `tt`, `sg`, `d`);
 * `fromWire` from src/model is browser-safe (it imports only types), and defaults that the wire leaves
 * out are filled in here so the timeline math from src/model can be used as is.
 */
import type { AudioSegment, Draft, MediaRef, TextSegment, VideoSegment } from '../../../src/model/draft.js';
import { aspectOf } from '../../../src/model/presets.js';
import { formatSeconds } from '../../../src/model/time.js';
import { draftDurationMs, segmentTimings } from '../../../src/model/timeline.js';
import { fromWire, isWireDraft } from '../../../src/model/wire.js';

export type { AudioSegment, Draft, MediaRef, TextSegment, VideoSegment };
export { aspectOf, draftDurationMs, formatSeconds, segmentTimings };

type Json = Record<string, unknown>;

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const obj = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((item) => item && typeof item === 'object') : [];

function effect(
  value: unknown,
  name: string,
): { name: string; params: Record<string, number | string | boolean> } {
  const v = obj(value);
  return { name: str(v.name, name), params: obj(v.params) as Record<string, number | string | boolean> };
}

const fraction = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : undefined;

function point(value: unknown): { x: number; y: number } | undefined {
  const v = obj(value);
  const x = fraction(v.x);
  const y = fraction(v.y);
  return x === undefined || y === undefined ? undefined : { x, y };
}

function box(value: unknown): { x: number; y: number; w: number; h: number } | undefined {
  const v = obj(value);
  const [x, y, w, h] = [fraction(v.x), fraction(v.y), fraction(v.w), fraction(v.h)];
  return x === undefined || y === undefined || w === undefined || h === undefined
    ? undefined
    : { x, y, w, h };
}

const ANALYSIS_KEYS = ['focus', 'faces', 'subjectMask', 'beatsMs', 'bpm', 'flags', 'duplicateOf'] as const;
type Analysis = Pick<MediaRef, (typeof ANALYSIS_KEYS)[number]>;

/**
 * What analysis found (focus, faces, people layer, beats, tempo, curation flags), kept where it is
 * well formed and left out where it is not, so the studio can show it without guarding every read.
 */
export function readAnalysis(value: unknown): Analysis {
  const v = obj(value);
  const out: Analysis = {};
  const focus = point(v.focus);
  if (focus) out.focus = focus;
  if (Array.isArray(v.faces)) out.faces = v.faces.map(box).filter((face) => face !== undefined);
  const mask = obj(v.subjectMask);
  const maskBox = box(mask.box);
  if (typeof mask.reliable === 'boolean' && maskBox) {
    out.subjectMask = { ...(mask as NonNullable<MediaRef['subjectMask']>), box: maskBox };
    out.subjectMask.coverage = fraction(mask.coverage) ?? 0;
    if (typeof mask.reason !== 'string') delete out.subjectMask.reason;
    if (typeof mask.mask !== 'string') delete out.subjectMask.mask;
  }
  if (Array.isArray(v.beatsMs))
    out.beatsMs = v.beatsMs.filter(
      (beat): beat is number => typeof beat === 'number' && Number.isFinite(beat) && beat >= 0,
    );
  if (typeof v.bpm === 'number' && Number.isFinite(v.bpm) && v.bpm >= 0) out.bpm = v.bpm;
  if (Array.isArray(v.flags))
    out.flags = v.flags.filter(
      (flag): flag is 'duplicate' | 'blurry' => flag === 'duplicate' || flag === 'blurry',
    );
  if (typeof v.duplicateOf === 'string' && v.duplicateOf) out.duplicateOf = v.duplicateOf;
  return out;
}

function media(value: unknown): MediaRef {
  const v = { ...obj(value) };
  for (const key of ANALYSIS_KEYS) delete v[key];
  return {
    ...(v as Partial<MediaRef>),
    ...readAnalysis(value),
    uri: str(v.uri, ''),
    kind: (str(v.kind, 'image') as MediaRef['kind']) ?? 'image',
  };
}

/** A draft from the server (wire or readable form) with every default filled in; undefined when absent. */
export function decodeDraft(value: unknown): Draft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  let readable: Json;
  try {
    readable = isWireDraft(value) ? fromWire(value as Json) : (value as Json);
  } catch {
    return undefined;
  }
  const canvas = obj(readable.canvas);
  const look = obj(readable.look);
  const loudness = obj(readable.loudness);
  const fade = obj(readable.fade);
  const video: VideoSegment[] = list(readable.video).map((s, i) => {
    const motion = obj(s.motion);
    const transition = s.transition ? obj(s.transition) : undefined;
    const segment: VideoSegment = {
      id: str(s.id, `v${i}`),
      media: media(s.media),
      durationMs: num(s.durationMs, 3000),
      trimStartMs: num(s.trimStartMs, 0),
      volume: num(s.volume, 1),
      motion: {
        ...effect(motion, 'static'),
        strength: num(motion.strength, 0.5),
        easing: str(motion.easing, 'ease-in-out') as VideoSegment['motion']['easing'],
      },
      fit: effect(s.fit, 'blur'),
    };
    if (transition) {
      segment.transition = {
        ...effect(transition, 'cut'),
        durationMs: num(transition.durationMs, 800),
        easing: str(transition.easing, 'ease-in-out') as NonNullable<VideoSegment['transition']>['easing'],
      };
    }
    return segment;
  });
  const texts: TextSegment[] = list(readable.texts).map((s, i) => ({
    id: str(s.id, `t${i}`),
    text: str(s.text, ''),
    startMs: num(s.startMs, 0),
    durationMs: num(s.durationMs, 3000),
    role: str(s.role, 'caption') as TextSegment['role'],
    style: effect(s.style, 'clean'),
    animation: effect(s.animation, 'fade'),
    position: str(s.position, 'center') as TextSegment['position'],
    size: num(s.size, 1),
    color: str(s.color, '#ffffff'),
  }));
  const audio: AudioSegment[] = list(readable.audio).map((s, i) => {
    const segment: AudioSegment = {
      id: str(s.id, `a${i}`),
      media: media(s.media),
      startMs: num(s.startMs, 0),
      trimStartMs: num(s.trimStartMs, 0),
      volume: num(s.volume, 1),
      fadeInMs: num(s.fadeInMs, 0),
      fadeOutMs: num(s.fadeOutMs, 0),
      loop: s.loop !== false,
    };
    if (typeof s.durationMs === 'number') segment.durationMs = s.durationMs;
    return segment;
  });
  return {
    schema: 'joy.draft',
    version: 1,
    canvas: {
      width: num(canvas.width, 1920),
      height: num(canvas.height, 1080),
      fps: num(canvas.fps, 30),
      background: str(canvas.background, '#000000'),
    },
    look: { ...effect(look, 'none'), strength: num(look.strength, 1) },
    fade: { inMs: num(fade.inMs, 0), outMs: num(fade.outMs, 0), color: str(fade.color, '#000000') },
    video,
    texts,
    audio,
    loudness: { normalize: loudness.normalize !== false, targetLufs: num(loudness.targetLufs, -14) },
    meta: obj(readable.meta),
  };
}

/** `asset:<id>` → `<id>`; other URIs have no asset id. */
export function assetId(uri: string): string | undefined {
  return uri.startsWith('asset:') ? uri.slice('asset:'.length) : undefined;
}

export function isEmptyDraft(draft: Draft | undefined): boolean {
  return !draft || (draft.video.length === 0 && draft.texts.length === 0);
}
