import { useEffect, useRef } from 'preact/hooks';
import { frameAt } from '../../lib/preview-plan.js';
import type { FrameCache } from './use-frame-cache.js';

export interface Shown {
  url: string;
  frame: number;
  key: string;
}

/** While paused, the frame at the playhead: one request at a time, the latest position wins. */
export function useScrub(
  frames: FrameCache,
  options: { currentMs: number; fps: number; frameCount: number; key: string; active: boolean },
  show: (shown: Shown) => void,
): void {
  const wanted = useRef(0);
  const busy = useRef(false);
  const { currentMs, fps, frameCount, key, active } = options;
  useEffect(() => {
    if (!active) return;
    const n = frameAt(currentMs, fps, frameCount);
    wanted.current = n;
    const cached = frames.cache.current.get(n);
    if (cached) {
      show({ url: cached, frame: n, key });
      return;
    }
    if (busy.current) return;
    const run = async (target: number) => {
      busy.current = true;
      const forKey = frames.cacheKey.current;
      const url = await frames.fetchFrame(target);
      busy.current = false;
      if (url && wanted.current === target && frames.cacheKey.current === forKey)
        show({ url, frame: target, key: forKey });
      // The playhead moved or the draft changed meanwhile: fetch what is wanted now.
      if (wanted.current !== target || frames.cacheKey.current !== forKey) void run(wanted.current);
    };
    void run(n);
  }, [currentMs, key, active]);
}
