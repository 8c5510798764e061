import type { MediaItem } from './api-core.js';
import { assetId } from './draft.js';
import type { LibraryTrack } from './library.js';
import type { StudioState } from './store.js';

/** Where to draw a picture of a media item: its thumbnail, a local copy, or the image itself. */
export function thumbnailOf(
  state: Pick<StudioState, 'media' | 'uploads'>,
  item: MediaItem | undefined,
): string | undefined {
  if (!item) return undefined;
  const local = state.uploads.find((upload) => upload.mediaId === item.id)?.localUrl;
  return item.thumbnailUrl ?? local ?? (item.kind === 'image' ? item.url : undefined);
}

/** The media item a draft URI (`asset:<id>`) points at. */
export function mediaForUri(state: Pick<StudioState, 'media'>, uri: string): MediaItem | undefined {
  const id = assetId(uri);
  return id ? state.media.find((item) => item.id === id) : undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/**
 * Where a music uri's sound comes from: an upload of the session (`asset:<id>`) or a track of Joy's
 * library (`music:<id>`), with the key its waveform is kept under.
 */
export function musicSource(
  state: Pick<StudioState, 'media' | 'library'>,
  uri: string,
):
  | {
      key: string;
      url: string | undefined;
      durationMs: number | undefined;
      item?: MediaItem;
      track?: LibraryTrack;
    }
  | undefined {
  const item = mediaForUri(state, uri);
  if (item) return { key: item.id, url: item.url, durationMs: item.durationMs, item };
  const track = state.library?.tracks.find((candidate) => candidate.uri === uri);
  return track ? { key: track.uri, url: track.url, durationMs: track.durationMs, track } : undefined;
}
