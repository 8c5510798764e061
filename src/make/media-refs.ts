import type { MediaInfo } from '../ingest/types.js';
import type { MediaRef } from '../model/draft.js';

export function mediaRefFromInfo(info: MediaInfo, uri = info.path): MediaRef {
  const ref: MediaRef = { uri, kind: info.kind, name: info.name };
  if (info.width) ref.width = info.width;
  if (info.height) ref.height = info.height;
  if (info.durationMs !== undefined) ref.durationMs = Math.round(info.durationMs);
  if (info.hasAudio !== undefined) ref.hasAudio = info.hasAudio;
  if (info.takenAt) ref.takenAt = info.takenAt;
  return ref;
}

/** Canvas shape from the photos: mostly portrait → 9:16, mostly landscape → 16:9, else square. */
export function aspectForMedia(media: readonly MediaRef[]): '9:16' | '16:9' | '1:1' {
  let portrait = 0;
  let landscape = 0;
  for (const item of media) {
    if (!item.width || !item.height) continue;
    if (item.height > item.width * 1.05) portrait++;
    else if (item.width > item.height * 1.05) landscape++;
  }
  if (portrait > landscape) return '9:16';
  if (landscape > 0 || portrait === landscape)
    return landscape === 0 && portrait === 0 && media.length > 0 ? '1:1' : '16:9';
  return '16:9';
}
