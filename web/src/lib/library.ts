/**
 * Joy's built-in music tracks and style presets as the service lists them (`GET /api/music`), with the
 * URL each track is heard at (as the service gives it: never built by hand, it may be signed).
 */
import type { Lang } from '../../../src/messages/index.js';

export interface LibraryTrack {
  id: string;
  uri: string;
  title: string;
  titleZh: string;
  moods: { en: string[]; zh: string[] };
  bpm: number;
  durationMs: number;
  beatsMs: number[];
  url: string | undefined;
}

export interface LibraryStyle {
  id: string;
  title: string;
  titleZh: string;
  description: { en: string; zh: string };
}

export interface Library {
  tracks: LibraryTrack[];
  styles: LibraryStyle[];
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function readLibrary(data: unknown): Library {
  const root = obj(data);
  const tracks = (Array.isArray(root.tracks) ? root.tracks : []).map((item): LibraryTrack => {
    const v = obj(item);
    const moods = obj(v.moods);
    return {
      id: str(v.id),
      uri: str(v.uri),
      title: str(v.title),
      titleZh: str(v.title_zh) || str(v.title),
      moods: { en: strings(moods.en), zh: strings(moods.zh) },
      bpm: num(v.bpm),
      durationMs: num(v.duration_ms),
      beatsMs: Array.isArray(v.beats_ms) ? v.beats_ms.filter((b): b is number => typeof b === 'number') : [],
      url: str(v.url) || undefined,
    };
  });
  const styles = (Array.isArray(root.styles) ? root.styles : []).map((item): LibraryStyle => {
    const v = obj(item);
    const description = obj(v.description);
    return {
      id: str(v.id),
      title: str(v.title),
      titleZh: str(v.title_zh) || str(v.title),
      description: { en: str(description.en), zh: str(description.zh) || str(description.en) },
    };
  });
  return { tracks: tracks.filter((t) => t.id && t.uri), styles: styles.filter((s) => s.id) };
}

export const titleIn = (item: { title: string; titleZh: string }, lang: Lang): string =>
  lang === 'zh' ? item.titleZh : item.title;

/** The media ref a library track goes into the draft as (the same `setMusic` any song uses). */
export function trackMedia(track: LibraryTrack) {
  return {
    uri: track.uri,
    kind: 'audio' as const,
    name: track.title,
    durationMs: track.durationMs,
    bpm: track.bpm,
    beatsMs: track.beatsMs,
  };
}
