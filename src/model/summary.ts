import { songName } from '../catalog/music.js';
import { effectTitle, type Lang, t } from '../messages/index.js';
import type { Draft } from './draft.js';
import { hasPeopleLayer } from './people-layer.js';
import { aspectOf } from './presets.js';
import { formatSeconds } from './time.js';
import { draftDurationMs, segmentTimings } from './timeline.js';

/**
 * The normalised view `joy inspect --json` prints; other tools rely on its shape. Text positions are the
 * draft's own: give it the text placement pass's draft (render/text-placement-pass.ts) to show where
 * automatically placed texts will really be, as `joy inspect` does.
 */
export interface DraftView {
  width: number;
  height: number;
  fps: number;
  aspect: string;
  durationMs: number;
  photos: {
    source: string;
    kind: string;
    startMs: number;
    durationMs: number;
    motion: string;
    fit: string;
    /** Whether analysis left a trusted people mask (what a layered motion such as parallax lifts). */
    peopleLayer: boolean;
  }[];
  transitions: { kind: string; durationMs: number; startMs: number; endMs: number }[];
  texts: {
    text: string;
    startMs: number;
    endMs: number;
    role: string;
    position: string;
    style: string;
    /** The text's own colour, `#rrggbb` ("make the text white" changes it, never the style). */
    color: string;
    /** Relative size: 1 is the style's normal size ("bigger" makes it about 1.3). */
    size: number;
  }[];
  audio: {
    source: string;
    volume: number;
    fadeInMs: number;
    fadeOutMs: number;
    startMs: number;
    endMs: number;
  }[];
  look: string;
  /** The whole video's fade in from and out to a colour, ms (0: none). */
  fade: { inMs: number; outMs: number; color: string };
}

export function draftView(draft: Draft): DraftView {
  const timings = segmentTimings(draft);
  const durationMs = draftDurationMs(draft);
  return {
    width: draft.canvas.width,
    height: draft.canvas.height,
    fps: draft.canvas.fps,
    aspect: aspectOf(draft.canvas.width, draft.canvas.height),
    durationMs,
    photos: draft.video.map((segment, i) => ({
      source: segment.media.name ?? segment.media.uri,
      kind: segment.media.kind,
      startMs: timings[i]!.startMs,
      durationMs: segment.durationMs,
      motion: segment.motion.name,
      fit: segment.fit.name,
      peopleLayer: hasPeopleLayer(segment.media),
    })),
    transitions: draft.video.slice(0, -1).map((segment, i) => {
      const next = timings[i + 1]!;
      const length = timings[i]!.outMs;
      return {
        kind: segment.transition?.name ?? 'cut',
        durationMs: length,
        startMs: next.startMs,
        endMs: next.startMs + length,
      };
    }),
    texts: draft.texts.map((text) => ({
      text: text.text,
      startMs: text.startMs,
      endMs: text.startMs + text.durationMs,
      role: text.role,
      position: text.position,
      style: text.style.name,
      color: text.color,
      size: text.size,
    })),
    audio: draft.audio.map((segment) => ({
      source: segment.media.name ?? segment.media.uri,
      volume: segment.volume,
      fadeInMs: segment.fadeInMs,
      fadeOutMs: segment.fadeOutMs,
      startMs: segment.startMs,
      endMs:
        segment.durationMs === undefined
          ? durationMs
          : Math.min(durationMs, segment.startMs + segment.durationMs),
    })),
    look: draft.look.name,
    fade: { ...draft.fade },
  };
}

const range = (lang: Lang, startMs: number, endMs: number) => {
  const english = `${formatSeconds(startMs).replace(/s$/, '')}-${formatSeconds(endMs)}`;
  return lang === 'zh' ? english.replace(/s$/, '秒') : english;
};

const TEXT_ROLE = { title: 'summary.title', 'end-card': 'summary.endCard' } as const;

/**
 * `Timeline (3 tracks): 1. Video: 3 photos (0-15s) 2. BGM: lo-fi.mp3 (0-15s, 35%) 3. Title: "Urban Dreams" (0-3s)`,
 * in `lang` (English by default: the session state's `summary` is English).
 */
export function summarizeDraft(draft: Draft, lang: Lang = 'en'): string {
  const view = draftView(draft);
  const parts: string[] = [];
  const photos = view.photos.filter((p) => p.kind === 'image').length;
  const clips = view.photos.length - photos;
  const what = [
    photos ? t(lang, 'summary.photos', { n: photos }) : '',
    clips ? t(lang, 'summary.clips', { n: clips }) : '',
  ]
    .filter(Boolean)
    .join(' + ');
  parts.push(
    t(lang, 'summary.video', {
      what: what || t(lang, 'summary.empty'),
      range: range(lang, 0, view.durationMs),
    }),
  );
  for (const [at, audio] of view.audio.entries())
    parts.push(
      t(lang, 'summary.bgm', {
        source: draft.audio[at] ? songName(draft.audio[at].media)[lang] : audio.source,
        range: range(lang, audio.startMs, audio.endMs),
        volume: Math.round(audio.volume * 100),
      }),
    );
  for (const text of view.texts) {
    const key = TEXT_ROLE[text.role as keyof typeof TEXT_ROLE] ?? 'summary.caption';
    parts.push(t(lang, key, { text: text.text, range: range(lang, text.startMs, text.endMs) }));
  }
  const look =
    view.look === 'none'
      ? ''
      : t(lang, 'summary.look', { name: lang === 'en' ? view.look : effectTitle(lang, 'look', view.look) });
  const seconds = (ms: number) => (lang === 'zh' ? formatSeconds(ms).replace(/s$/, '秒') : formatSeconds(ms));
  const fade =
    (view.fade.inMs > 0 ? t(lang, 'summary.fadeIn', { length: seconds(view.fade.inMs) }) : '') +
    (view.fade.outMs > 0 ? t(lang, 'summary.fadeOut', { length: seconds(view.fade.outMs) }) : '');
  return t(lang, 'summary.header', {
    n: parts.length,
    size: `${view.width}×${view.height}`,
    aspect: view.aspect,
    fps: view.fps,
    look,
    fade,
    parts: parts.map((part, i) => `${i + 1}. ${part}`).join(' '),
  });
}
