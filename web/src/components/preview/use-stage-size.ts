import { useEffect, useState } from 'preact/hooks';
import { previewHeight } from '../../lib/preview-plan.js';

/** Below this width the player is the first card of one column, scrolling with the page (a phone). */
export const COMPACT_BELOW_PX = 900;

/**
 * The picture's size: as wide as the stage allows and as tall as the viewport leaves room for (all of
 * it beside the chat on a desktop; on a phone a little over half of it, so a 9:16 video fills a good
 * part of the width and the chat still starts on the first screen). The frame is drawn at this size
 * and nothing around it is dark, so a tall video is not a strip in a wide box.
 * `requestHeight` is the size preview frames are asked for (one of the few sizes the server caches).
 */
export function useStageSize(
  stage: { current: HTMLElement | null },
  aspectRatio: number,
  active: boolean,
): { width: number; height: number; requestHeight: number } {
  const [size, setSize] = useState({ width: 0, height: 0, requestHeight: 360 });
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const update = () => {
      const compact = window.innerWidth < COMPACT_BELOW_PX;
      const maxHeight = compact
        ? Math.max(180, window.innerHeight * 0.52)
        : Math.min(900, Math.max(240, window.innerHeight - 250));
      const frameHeight = Math.min(maxHeight, element.clientWidth / aspectRatio);
      setSize({
        width: Math.round(frameHeight * aspectRatio),
        height: Math.round(frameHeight),
        requestHeight: previewHeight(frameHeight, window.devicePixelRatio || 1),
      });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [active, aspectRatio]);
  return size;
}
