import { resolveParams } from '../../catalog/index.js';
import type { Draft } from '../../model/draft.js';
import { safeAreaFor } from '../../model/presets.js';
import { effects } from '../effects.js';
import type { PlannedFrame } from '../frame-plan.js';
import type { OverlayPlacement } from '../overlay.js';
import { placedTexts } from '../text-placement-pass.js';
import { textLength } from './layout.js';
import { placeTextState, TextOverlayCache } from './overlay.js';

/**
 * The text layers of a draft, frame by frame, for `FrameRendererOptions.overlays`: each visible text's
 * animation state and its rasterised overlay (cached, so a segment is drawn once per character count),
 * as `OverlayPlacement` data the compositor (or a compositing thread) blends. The safe area comes from
 * `draft.meta.preset` (or a default margin).
 */
export function createTextOverlays(
  asEdited: Draft,
): (planned: PlannedFrame, canvas: { width: number; height: number }) => Promise<OverlayPlacement[]> {
  // Texts where the placement pass puts them (off the faces, unless a place was chosen).
  const draft = placedTexts(asEdited);
  const cache = new TextOverlayCache();
  const preset = typeof draft.meta.preset === 'string' ? draft.meta.preset : undefined;
  const lengths = draft.texts.map((segment) => textLength(segment.text));
  return async (planned, canvas) => {
    const safeArea = safeAreaFor(preset, canvas.width, canvas.height);
    const overlays: OverlayPlacement[] = [];
    for (const visible of planned.texts) {
      const segment = draft.texts[visible.index];
      if (!segment) continue;
      const plugin = effects.textAnimations.resolve(segment.animation.name);
      const params = resolveParams(plugin, segment.animation.params);
      const state = plugin.state(visible.elapsedMs, visible.remainingMs, lengths[visible.index]!, params);
      if (state.opacity <= 0) continue;
      const placement = placeTextState(await cache.get(segment, canvas, safeArea, state.visibleChars), state);
      if (placement) overlays.push(placement);
    }
    return overlays;
  };
}
