import type { Draft } from '../../model/draft.js';
import { safeAreaFor } from '../../model/presets.js';
import type { Overlay } from '../compositor.js';
import { effects } from '../effects.js';
import type { PlannedFrame } from '../frame-plan.js';
import { resolveParams } from '../registry.js';
import { textLength } from './layout.js';
import { drawTextState, TextOverlayCache } from './overlay.js';

/**
 * The text layers of a draft, frame by frame, for `FrameRendererOptions.overlays`: each visible text's
 * animation state, its rasterised overlay (cached, so a segment is drawn once per character count), and
 * an `Overlay` that blends it. The safe area comes from `draft.meta.preset` (or a default margin).
 */
export function createTextOverlays(
  draft: Draft,
): (planned: PlannedFrame, canvas: { width: number; height: number }) => Promise<Overlay[]> {
  const cache = new TextOverlayCache();
  const preset = typeof draft.meta.preset === 'string' ? draft.meta.preset : undefined;
  const lengths = draft.texts.map((segment) => textLength(segment.text));
  return async (planned, canvas) => {
    const safeArea = safeAreaFor(preset, canvas.width, canvas.height);
    const overlays: Overlay[] = [];
    for (const visible of planned.texts) {
      const segment = draft.texts[visible.index];
      if (!segment) continue;
      const plugin = effects.textAnimations.get(segment.animation.name);
      const params = resolveParams(plugin, segment.animation.params);
      const state = plugin.state(visible.elapsedMs, visible.remainingMs, lengths[visible.index]!, params);
      if (state.opacity <= 0 || state.visibleChars <= 0) continue;
      const overlay = await cache.get(segment, canvas, safeArea, state.visibleChars);
      overlays.push({ draw: (frame) => drawTextState(frame, overlay, state) });
    }
    return overlays;
  };
}
