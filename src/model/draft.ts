import { z } from 'zod';
import {
  catalog,
  EASINGS,
  type EffectDescriptor,
  hexColorSchema,
  paramsSchema,
  type Registry,
} from '../catalog/index.js';

/**
 * The draft: the whole timeline as plain, versioned data. Rendering is a pure function of a draft and
 * its media. Field names here are the readable ones; `wire.ts` maps them to API.md's short keys.
 */
export const DRAFT_SCHEMA_NAME = 'joy.draft';
export const DRAFT_VERSION = 1;

const ms = z.number().int('must be whole milliseconds').min(0);
const paramValues = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const pointSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
export const boxSchema = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});

/**
 * A piece of media. `uri` is a path (absolute, or relative to the draft file), a `file:` URL, or
 * `asset:<id>` for media held by the service. What a render may read is decided by its media resolver,
 * never by the draft.
 */
export const mediaRefSchema = z.object({
  uri: z.string().min(1),
  kind: z.enum(['image', 'video', 'audio']),
  name: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  durationMs: ms.optional(),
  hasAudio: z.boolean().optional(),
  /** ISO time the photo was taken (EXIF), for sorting by date. */
  takenAt: z.string().optional(),
  /** Where the subject is, as a fraction of the (upright) image; the camera stays on it. */
  focus: pointSchema.optional(),
  /** Face boxes used for framing, as fractions of the upright image. */
  faces: z.array(boxSchema).optional(),
  /**
   * Parallax: whether the people in the photo can be lifted onto a layer of their own (from analysis),
   * the share of the photo they cover, their box and their mask. Unreliable or absent: parallax moves
   * the photo as one.
   */
  subjectMask: z
    .object({
      reliable: z.boolean(),
      coverage: z.number().min(0).max(1),
      box: boxSchema,
      reason: z.string().max(200).optional(),
      /** The mask: a small greyscale PNG, base64 (written by analysis, 3–7 KB). */
      mask: z
        .string()
        .max(400_000)
        .regex(/^[A-Za-z0-9+/]+=*$/, 'must be a base64 PNG')
        .optional(),
    })
    .optional(),
  /** Music: beat times from the start of the file, ms (from analysis). */
  beatsMs: z.array(z.number().min(0)).max(50_000).optional(),
  /** Music: tempo in beats per minute (0 when no steady beat was found). */
  bpm: z.number().min(0).max(1000).optional(),
  /** Curation: why this photo could be left out (a near-duplicate, or blurred). */
  flags: z.array(z.enum(['duplicate', 'blurry'])).optional(),
  /** Curation: the name of the photo this one nearly duplicates. */
  duplicateOf: z.string().optional(),
});

/**
 * An effect by catalogue name. A name this version does not know (a draft from a newer Joy, or an effect
 * since retired) is kept as it is, with its parameters: `unknownEffects` reports it and the renderer
 * draws the catalogue's fallback. Known names get their parameters checked.
 */
function effectRef(registry: Registry<EffectDescriptor>) {
  return z.object({ name: z.string().min(1), params: paramValues.default({}) }).superRefine((value, ctx) => {
    if (!registry.has(value.name)) return;
    const checked = paramsSchema(registry.get(value.name)).safeParse(value.params);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['params', ...issue.path.map(String)], message: issue.message });
      }
    }
  });
}

export const motionSchema = effectRef(catalog.motions).and(
  z.object({
    strength: z.number().min(0).max(1).default(0.5),
    easing: z.enum(EASINGS).default('ease-in-out'),
  }),
);

export const transitionSchema = effectRef(catalog.transitions).and(
  z.object({
    durationMs: ms.max(10_000).default(800),
    easing: z.enum(EASINGS).default('ease-in-out'),
  }),
);

export const fitSchema = effectRef(catalog.fits);

export const videoSegmentSchema = z.object({
  id: z.string().min(1),
  media: mediaRefSchema.refine(
    (media) => media.kind !== 'audio',
    'a video track holds photos or clips, not audio',
  ),
  durationMs: ms.min(100, 'must be at least 100 ms').max(3_600_000),
  /** Where a video clip starts playing from. */
  trimStartMs: ms.default(0),
  /** Volume of a video clip's own sound (0 mutes it). */
  volume: z.number().min(0).max(2).default(1),
  motion: motionSchema.default({ name: 'static', params: {}, strength: 0.5, easing: 'ease-in-out' }),
  fit: fitSchema.default({ name: 'blur', params: {} }),
  /** Transition into the next segment; it overlaps both. Ignored on the last segment. */
  transition: transitionSchema.optional(),
});

export const TEXT_POSITIONS = ['top', 'center', 'bottom', 'lower-third'] as const;
export type TextPosition = (typeof TEXT_POSITIONS)[number];
export type TextRole = 'title' | 'caption' | 'end-card';

/** Where a text of this role shows when no one chose a place: a caption at the bottom, the rest centred. */
export function defaultTextPosition(role: TextRole): TextPosition {
  return role === 'caption' ? 'bottom' : 'center';
}

/** The most characters one text may hold (UTF-16 units, as the schema counts). */
export const MAX_TEXT_LENGTH = 500;

export const textSegmentSchema = z.object({
  id: z.string().min(1),
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  startMs: ms,
  durationMs: ms.min(100, 'must be at least 100 ms'),
  role: z.enum(['title', 'caption', 'end-card']).default('caption'),
  style: effectRef(catalog.textStyles).default({ name: 'clean', params: {} }),
  animation: effectRef(catalog.textAnimations).default({ name: 'fade', params: {} }),
  position: z.enum(TEXT_POSITIONS).default('center'),
  /**
   * True when no one chose the place: `position` then holds the role's default, and the renderer's text
   * placement pass (after the commands, from the face analysis) moves it off the faces on screen. Absent
   * (every older draft) means `position` is shown as it is.
   */
  autoPosition: z.boolean().optional(),
  /** Relative size: 1 is the style's normal size. */
  size: z.number().min(0.3).max(3).default(1),
  color: hexColorSchema.default('#ffffff'),
});

export const audioSegmentSchema = z.object({
  id: z.string().min(1),
  media: mediaRefSchema.refine((media) => media.kind !== 'image', 'an audio track cannot hold a photo'),
  startMs: ms.default(0),
  /** How long it plays; absent means until the end of the video. */
  durationMs: ms.min(100).optional(),
  trimStartMs: ms.default(0),
  volume: z.number().min(0).max(2).default(1),
  fadeInMs: ms.max(60_000).default(0),
  fadeOutMs: ms.max(60_000).default(0),
  /** Repeat a short track to fill its duration. */
  loop: z.boolean().default(true),
});

/**
 * The whole video fading in from a colour at its start and out to it at its end (black unless said):
 * not a transition, which only joins two photos.
 */
export const videoFadeSchema = z.object({
  inMs: ms.max(10_000).default(0),
  outMs: ms.max(10_000).default(0),
  color: hexColorSchema.default('#000000'),
});

/** The highest frame rate a draft (and so an export) can have. */
export const MAX_FPS = 120;

export const canvasSchema = z.object({
  width: z
    .number()
    .int()
    .min(16)
    .max(4096)
    .refine((v) => v % 2 === 0, 'must be even'),
  height: z
    .number()
    .int()
    .min(16)
    .max(4096)
    .refine((v) => v % 2 === 0, 'must be even'),
  fps: z.number().int().min(1).max(MAX_FPS),
  background: hexColorSchema.default('#000000'),
});

export const draftSchema = z
  .object({
    schema: z.literal(DRAFT_SCHEMA_NAME),
    version: z.literal(DRAFT_VERSION),
    canvas: canvasSchema,
    look: effectRef(catalog.looks)
      .and(z.object({ strength: z.number().min(0).max(1).default(1) }))
      .default({ name: 'none', params: {}, strength: 1 }),
    fade: videoFadeSchema.default({ inMs: 0, outMs: 0, color: '#000000' }),
    video: z.array(videoSegmentSchema).max(2000),
    texts: z.array(textSegmentSchema).max(500).default([]),
    audio: z.array(audioSegmentSchema).max(50).default([]),
    loudness: z
      .object({ normalize: z.boolean().default(true), targetLufs: z.number().min(-40).max(-5).default(-14) })
      .default({ normalize: true, targetLufs: -14 }),
    /** Free metadata: title, preset, analysis results, the prompt it came from. */
    meta: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((draft, ctx) => {
    // Each photo must be long enough to hold the transitions that overlap it.
    draft.video.forEach((segment, index) => {
      const incoming = index > 0 ? (draft.video[index - 1]!.transition?.durationMs ?? 0) : 0;
      const outgoing = index < draft.video.length - 1 ? (segment.transition?.durationMs ?? 0) : 0;
      if (incoming + outgoing > segment.durationMs) {
        ctx.addIssue({
          code: 'custom',
          path: ['video', index, 'transition', 'durationMs'],
          message: `transitions around segment ${index + 1} (${incoming + outgoing} ms) are longer than the segment (${segment.durationMs} ms)`,
        });
      }
    });
    const ids = new Set<string>();
    for (const [track, list] of [
      ['video', draft.video],
      ['texts', draft.texts],
      ['audio', draft.audio],
    ] as const) {
      list.forEach((item, index) => {
        if (ids.has(item.id))
          ctx.addIssue({ code: 'custom', path: [track, index, 'id'], message: `duplicate id "${item.id}"` });
        ids.add(item.id);
      });
    }
  });

export type Draft = z.infer<typeof draftSchema>;
export type DraftInput = z.input<typeof draftSchema>;
export type MediaRef = z.infer<typeof mediaRefSchema>;
export type VideoSegment = z.infer<typeof videoSegmentSchema>;
export type TextSegment = z.infer<typeof textSegmentSchema>;
export type AudioSegment = z.infer<typeof audioSegmentSchema>;
export type Motion = z.infer<typeof motionSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Fit = z.infer<typeof fitSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
export type VideoFade = z.infer<typeof videoFadeSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Box = z.infer<typeof boxSchema>;
