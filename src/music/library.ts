/**
 * Joy's music library — the API the CLI, the service and the studio use.
 *
 *   listTracks()            every track: id, title (EN/ZH), moods (EN/ZH), bpm, beatsMs, durationMs, energy, uri
 *   getTrack(id)            one of them, or undefined (ids, English or Chinese titles)
 *   trackFile(id, dir?)     path of the track's WAV (44.1 kHz stereo), synthesised on first use into the
 *                           cache folder and reused after; synchronous, about 0.2–0.5 s a track
 *   resolveMusicUri(uri)    the file for a `music:<id>` uri, or undefined for any other uri (for resolvers)
 *   listStyles()            the style presets (birthday, travel vlog, wedding, memorial, product…)
 *
 * Track descriptors live in `src/catalog/music.ts`, styles in `src/catalog/styles.ts`; a draft names a
 * track with an ordinary audio media ref whose uri is `music:<id>` (`libraryTrackRef`).
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  findTrack,
  MUSIC_URI_PREFIX,
  TRACKS,
  type TrackDescriptor,
  trackBeatsMs,
  trackDurationMs,
  trackOfUri,
} from '../catalog/music.js';
import { STYLES, type StyleDescriptor } from '../catalog/styles.js';
import { type JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { composeTrack } from './compose.js';
import { RECIPES } from './recipes.js';
import { encodeWav } from './wav.js';

/** Bumped whenever the synthesiser or a recipe changes, so an old rendering is never reused. */
export const MUSIC_RENDER_VERSION = 1;

export interface TrackInfo {
  id: string;
  uri: string;
  title: string;
  titleZh: string;
  moods: { en: readonly string[]; zh: readonly string[] };
  bpm: number;
  durationMs: number;
  beatsMs: number[];
  energy: number;
}

function info(track: TrackDescriptor): TrackInfo {
  return {
    id: track.id,
    uri: `${MUSIC_URI_PREFIX}${track.id}`,
    title: track.title,
    titleZh: track.titleZh,
    moods: track.moods,
    bpm: track.bpm,
    durationMs: trackDurationMs(track),
    beatsMs: trackBeatsMs(track),
    energy: track.energy,
  };
}

export function listTracks(): TrackInfo[] {
  return TRACKS.map(info);
}

export function getTrack(id: string): TrackInfo | undefined {
  const track = findTrack(id);
  return track ? info(track) : undefined;
}

export function listStyles(): readonly StyleDescriptor[] {
  return STYLES;
}

/** Where rendered tracks are kept: `$JOY_MUSIC_DIR`, else `$JOY_CACHE_DIR/music`, else `~/.cache/joy/music`. */
export function musicCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JOY_MUSIC_DIR) return env.JOY_MUSIC_DIR;
  if (env.JOY_CACHE_DIR) return join(env.JOY_CACHE_DIR, 'music');
  return join(homedir(), '.cache', 'joy', 'music');
}

/** The track's samples as a WAV file in memory (what `trackFile` writes). */
export function renderTrackWav(id: string): Buffer {
  const track = findTrack(id);
  const recipe = track ? RECIPES[track.id] : undefined;
  if (!track || !recipe) throw unknownTrack(id);
  return encodeWav(composeTrack(track, recipe));
}

/** Path of the track's WAV, rendered on first use (written to a temporary name, then renamed). */
export function trackFile(id: string, dir = musicCacheDir()): string {
  const track = findTrack(id);
  if (!track) throw unknownTrack(id);
  const path = join(dir, `${track.id}-v${MUSIC_RENDER_VERSION}.wav`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, renderTrackWav(track.id));
  renameSync(temp, path);
  return path;
}

export function resolveMusicUri(uri: string, dir = musicCacheDir()): string | undefined {
  if (!uri.startsWith(MUSIC_URI_PREFIX)) return undefined;
  const track = trackOfUri(uri);
  if (!track) throw unknownTrack(uri.slice(MUSIC_URI_PREFIX.length));
  return trackFile(track.id, dir);
}

function unknownTrack(id: string): JoyError {
  return phrasedError(
    'not_found',
    phrase('music.noLibraryTrack', { id, ids: TRACKS.map((t) => t.id).join(', ') }),
  );
}
