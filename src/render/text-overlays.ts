import type { Draft } from '../model/draft.js';
import type { Overlay } from './compositor.js';
import type { PlannedFrame } from './frame-plan.js';

/**
 * Text overlays for planned frames. Filled in by the text module; until then drafts render without
 * their text layers.
 */
export function textOverlays(
  _draft: Draft,
): (planned: PlannedFrame, canvas: { width: number; height: number }) => Promise<Overlay[]> | Overlay[] {
  return () => [];
}
