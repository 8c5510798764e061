import { useEffect, useRef } from 'preact/hooks';
import type { Draft } from '../../lib/draft.js';
import {
  frameAt,
  frameToShow,
  musicOffsetSeconds,
  playSlot,
  playStep,
  prefetchTargets,
} from '../../lib/preview-plan.js';
import type { FrameCache } from './use-frame-cache.js';
import type { Shown } from './use-scrub.js';

const AHEAD = 8;
const IN_FLIGHT = 2;

/**
 * Playing: a clock from performance.now(), frames asked for ahead at ~10 fps, the newest one available
 * shown, and the music in its Audio element from the matching offset.
 */
export function usePlayback(
  frames: FrameCache,
  options: {
    playing: boolean;
    draft: Draft | undefined;
    key: string;
    currentMs: number;
    durationMs: number;
    frameCount: number;
    audio: { current: HTMLAudioElement | null };
    musicFileMs: number | undefined;
  },
  callbacks: {
    show: (shown: Shown) => void;
    seek: (ms: number) => void;
    stop: () => void;
    paused: () => void;
  },
): void {
  const currentMsRef = useRef(options.currentMs);
  currentMsRef.current = options.currentMs;
  const { playing, draft, key } = options;
  useEffect(() => {
    if (!playing || !draft) return;
    const { currentMs, durationMs, frameCount, musicFileMs } = options;
    const fps = draft.canvas.fps;
    const step = playStep(fps);
    let start = performance.now() - currentMs;
    let raf = 0;
    let stopped = false;
    let lastShown = -1;
    const audio = options.audio.current;
    const music = draft.audio[0];
    const { cache, inFlight } = frames;

    const pump = (n: number) => {
      const budget = IN_FLIGHT - inFlight.current.size;
      if (budget <= 0) return;
      const has = (f: number) => cache.current.has(f) || inFlight.current.has(f);
      for (const target of prefetchTargets(n, frameCount, step, AHEAD, has, budget))
        void frames.fetchFrame(target);
    };

    const startAudio = (ms: number) => {
      if (!audio || !music || !audio.src) return;
      const offset = musicOffsetSeconds(ms, music, musicFileMs);
      if (offset === undefined) return;
      audio.currentTime = offset;
      audio.volume = Math.min(1, music.volume);
      audio.loop = music.loop;
      void audio.play().catch(() => undefined);
    };

    const tick = () => {
      if (stopped) return;
      const ms = performance.now() - start;
      if (ms >= durationMs) {
        callbacks.stop();
        callbacks.seek(0);
        return;
      }
      const n = frameAt(ms, fps, frameCount);
      pump(n);
      const show = frameToShow(n, (f) => cache.current.has(f), step * 8);
      if (show !== undefined && show !== lastShown) {
        lastShown = show;
        callbacks.show({ url: cache.current.get(show)!, frame: show, key: frames.cacheKey.current });
      }
      if (playSlot(n, step) !== playSlot(frameAt(currentMsRef.current, fps, frameCount), step)) {
        currentMsRef.current = ms;
        callbacks.seek(ms);
      }
      raf = requestAnimationFrame(tick);
    };

    // Buffer the first frames (at most ~1 s) so playback starts smoothly, then start clock and music.
    const first = frameAt(currentMs, fps, frameCount);
    pump(first);
    const began = performance.now();
    const wait = () => {
      if (stopped) return;
      const ready =
        cache.current.has(playSlot(first, step)) &&
        cache.current.has(Math.min(frameCount - 1, playSlot(first, step) + step));
      if (!ready && performance.now() - began < 1000) {
        pump(first);
        raf = requestAnimationFrame(wait);
        return;
      }
      start = performance.now() - currentMs;
      startAudio(currentMs);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(wait);
    return () => {
      stopped = true;
      cancelAnimationFrame(raf);
      audio?.pause();
      callbacks.paused();
    };
  }, [playing, key]);
}
