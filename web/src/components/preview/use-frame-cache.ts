import { useRef, useState } from 'preact/hooks';
import { FrameStats } from '../../lib/preview-plan.js';
import type { Studio } from '../../lib/studio.js';

const CACHE_LIMIT = 240;

declare global {
  interface Window {
    /** Preview timings, read by the browser test and for the docs. */
    __joyPreview?: { frames: number; meanMs: number; serverMeanMs: number; height: number };
  }
}

/**
 * Preview frames as object URLs, cached per draft revision and size (a new key drops them all), with
 * the in-flight set that keeps one request per frame and the timing statistics.
 */
export function useFrameCache(
  studio: Studio,
  sessionId: string | undefined,
  fps: number,
  key: string,
  height: number,
) {
  const cache = useRef(new Map<number, string>());
  const inFlight = useRef(new Set<number>());
  const cacheKey = useRef('');
  const stats = useRef(new FrameStats());
  const [failed, setFailed] = useState(false);
  if (cacheKey.current !== key) {
    for (const url of cache.current.values()) URL.revokeObjectURL(url);
    cache.current = new Map();
    inFlight.current = new Set();
    cacheKey.current = key;
  }

  const fetchFrame = async (n: number): Promise<string | undefined> => {
    const have = cache.current.get(n);
    if (have) return have;
    if (!sessionId || inFlight.current.has(n)) return undefined;
    const forKey = cacheKey.current;
    inFlight.current.add(n);
    const started = performance.now();
    try {
      const { blob, serverMs } = await studio.api.previewFrame(sessionId, (n * 1000) / fps + 0.5, height);
      if (cacheKey.current !== forKey) return undefined;
      stats.current.add(performance.now() - started, serverMs);
      window.__joyPreview = {
        frames: stats.current.count,
        meanMs: stats.current.meanMs,
        serverMeanMs: stats.current.serverMeanMs,
        height,
      };
      const url = URL.createObjectURL(blob);
      cache.current.set(n, url);
      if (cache.current.size > CACHE_LIMIT) {
        const oldest = cache.current.keys().next().value!;
        URL.revokeObjectURL(cache.current.get(oldest)!);
        cache.current.delete(oldest);
      }
      setFailed(false);
      return url;
    } catch {
      if (cacheKey.current === forKey) setFailed(true);
      return undefined;
    } finally {
      if (cacheKey.current === forKey) inFlight.current.delete(n);
    }
  };

  return { cache, inFlight, cacheKey, stats, failed, fetchFrame };
}

export type FrameCache = ReturnType<typeof useFrameCache>;
