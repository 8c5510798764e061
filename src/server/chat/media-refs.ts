import { flagBatch, withAnalysis } from '../../analyse/media-analysis.js';
import type { MediaRef } from '../../model/draft.js';
import { ASSET_URI_PREFIX, type MediaRecord } from '../sessions.js';

/** An upload as the director sees it: its draft reference with what analysis found. */
export function mediaRef(record: MediaRecord): MediaRef {
  const ref: MediaRef = { uri: `${ASSET_URI_PREFIX}${record.id}`, kind: record.kind, name: record.name };
  if (record.width) ref.width = record.width;
  if (record.height) ref.height = record.height;
  if (record.durationMs !== null) ref.durationMs = record.durationMs;
  if (record.hasAudio !== null) ref.hasAudio = record.hasAudio;
  if (record.takenAt) ref.takenAt = record.takenAt;
  return withAnalysis(ref, record.analysis ?? undefined);
}

/** The session's media for the director, with analysis results, flags for near-duplicates and blur. */
export function sessionMediaRefs(records: readonly MediaRecord[]): MediaRef[] {
  const refs = records.map(mediaRef);
  const photos = records.map((record) =>
    record.analysis?.kind === 'photo' ? record.analysis.photo : undefined,
  );
  return flagBatch(refs, photos).refs;
}
