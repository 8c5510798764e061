import type { MediaRef } from './draft.js';

/**
 * Whether a photo carries a people layer parallax can lift: analysis found a trustworthy person shape
 * and left its mask in the draft. The one test the renderer, face safety, the director, summaries and
 * the studio all use, so none of them promises a layer the renderer will not make.
 */
export function hasPeopleLayer(media: Pick<MediaRef, 'subjectMask'>): boolean {
  return Boolean(media.subjectMask?.reliable && media.subjectMask.mask);
}
