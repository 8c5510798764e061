import type { Draft } from '../model/draft.js';
import { framedSegment } from './face-safety.js';

export { framedSegment };

/** The draft as the renderer frames it (a copy; the draft itself is left as the commands made it). */
export function framedDraft(draft: Draft): Draft {
  if (!draft.video.some((segment) => segment.media.faces?.length)) return draft;
  return { ...draft, video: draft.video.map((segment) => framedSegment(segment, draft.canvas)) };
}
