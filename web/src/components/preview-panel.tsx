import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../context.js';
import { aspectOf, draftDurationMs } from '../lib/draft.js';
import { mediaForUri } from '../lib/media.js';
import {
  FrameStats,
  frameAt,
  frameCountOf,
  frameToShow,
  musicOffsetSeconds,
  playSlot,
  playStep,
  prefetchTargets,
  previewHeight,
} from '../lib/preview-plan.js';
import type { StudioState } from '../lib/store.js';
import { clock } from '../lib/timeline-layout.js';
import { Icon } from './icons.js';

const CACHE_LIMIT = 240;
const AHEAD = 8;
const IN_FLIGHT = 2;

declare global {
  interface Window {
    /** Preview timings, read by the browser test and for the docs. */
    __joyPreview?: { frames: number; meanMs: number; serverMeanMs: number; height: number };
  }
}

export function PreviewPanel({
  state,
  currentMs,
  onSeek,
}: {
  state: StudioState;
  currentMs: number;
  onSeek: (ms: number) => void;
}) {
  const { studio, t } = useApp();
  const { draft, sessionId, revision } = state;
  const durationMs = draft ? draftDurationMs(draft) : 0;
  const fps = draft?.canvas.fps ?? 30;
  const frames = frameCountOf(durationMs, fps);
  const hasContent = Boolean(draft && durationMs > 0);

  const stageRef = useRef<HTMLDivElement>(null);
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const cache = useRef(new Map<number, string>());
  const inFlight = useRef(new Set<number>());
  const cacheKey = useRef('');
  const stats = useRef(new FrameStats());
  const wanted = useRef(0);
  const scrubBusy = useRef(false);
  const [shown, setShown] = useState<{ url: string; frame: number; key: string } | undefined>(undefined);
  const shownUrl = shown?.url;
  const [failed, setFailed] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [meanMs, setMeanMs] = useState(0);
  const [height, setHeight] = useState(360);
  const currentMsRef = useRef(currentMs);
  currentMsRef.current = currentMs;

  // The picture fits the stage width and a height that leaves room for the rest of the page; preview
  // frames are asked for at the displayed size (rounded to a few sizes the server caches).
  const [box, setBox] = useState({ width: 0, height: 0 });
  const aspectRatio = draft ? draft.canvas.width / draft.canvas.height : 16 / 9;
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const update = () => {
      const maxHeight = Math.min(
        540,
        Math.max(220, window.innerHeight * (window.innerWidth < 640 ? 0.56 : 0.48)),
      );
      const width = stage.clientWidth;
      const frameHeight = Math.min(maxHeight, width / aspectRatio);
      setBox({ width: Math.round(frameHeight * aspectRatio), height: Math.round(frameHeight) });
      setHeight(previewHeight(frameHeight, window.devicePixelRatio || 1));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(stage);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [hasContent, aspectRatio]);

  // A new draft revision or size: drop cached frames.
  const key = `${sessionId}:${revision}:${height}`;
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

  // Scrubbing (and any change while paused): one frame, the latest position wins.
  useEffect(() => {
    if (!hasContent || playing) return;
    const n = frameAt(currentMs, fps, frames);
    wanted.current = n;
    const cached = cache.current.get(n);
    if (cached) {
      setShown({ url: cached, frame: n, key });
      return;
    }
    if (scrubBusy.current) return;
    const run = async (target: number) => {
      scrubBusy.current = true;
      const forKey = cacheKey.current;
      const url = await fetchFrame(target);
      scrubBusy.current = false;
      if (url && wanted.current === target && cacheKey.current === forKey)
        setShown({ url, frame: target, key: forKey });
      // The playhead moved or the draft changed meanwhile: fetch what is wanted now.
      if (wanted.current !== target || cacheKey.current !== forKey) void run(wanted.current);
    };
    void run(n);
  }, [currentMs, key, hasContent, playing]);

  // Playing: a clock from performance.now(), frames requested ahead at ~10 fps, music in <audio>.
  useEffect(() => {
    if (!playing || !draft) return;
    const step = playStep(fps);
    let start = performance.now() - currentMs;
    let raf = 0;
    let stopped = false;
    let lastShown = -1;
    const audio = audioRef.current;
    const music = draft.audio[0];
    const fileMs = music ? mediaForUri(state, music.media.uri)?.durationMs : undefined;

    const pump = (n: number) => {
      const budget = IN_FLIGHT - inFlight.current.size;
      if (budget <= 0) return;
      for (const target of prefetchTargets(
        n,
        frames,
        step,
        AHEAD,
        (f) => cache.current.has(f) || inFlight.current.has(f),
        budget,
      )) {
        void fetchFrame(target);
      }
    };

    const startAudio = (ms: number) => {
      if (!audio || !music || !audio.src) return;
      const offset = musicOffsetSeconds(ms, music, fileMs);
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
        setPlaying(false);
        onSeek(0);
        return;
      }
      const n = frameAt(ms, fps, frames);
      pump(n);
      const show = frameToShow(n, (f) => cache.current.has(f), step * 8);
      if (show !== undefined && show !== lastShown) {
        lastShown = show;
        setShown({ url: cache.current.get(show)!, frame: show, key: cacheKey.current });
      }
      const slot = playSlot(n, step);
      if (slot !== playSlot(frameAt(currentMsRef.current, fps, frames), step)) {
        currentMsRef.current = ms;
        onSeek(ms);
      }
      raf = requestAnimationFrame(tick);
    };

    // Buffer the first frames (at most ~1 s) so playback starts smoothly, then start clock and music.
    const first = frameAt(currentMs, fps, frames);
    pump(first);
    const began = performance.now();
    const wait = () => {
      if (stopped) return;
      const ready =
        cache.current.has(playSlot(first, step)) &&
        cache.current.has(Math.min(frames - 1, playSlot(first, step) + step));
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
      setMeanMs(stats.current.meanMs);
    };
  }, [playing, key]);

  useEffect(() => {
    if (!playing) setMeanMs(stats.current.meanMs);
  }, [shownUrl, playing]);

  // Stop when the draft changes under the player.
  useEffect(() => setPlaying(false), [revision]);

  const music = draft?.audio[0];
  const musicUrl = music ? mediaForUri(state, music.media.uri)?.url : undefined;
  // The music plays through an Audio element of its own (never shown; the picture is the preview).
  useEffect(() => {
    if (!musicUrl) {
      audioRef.current = null;
      return;
    }
    const audio = new Audio(musicUrl);
    audio.preload = 'auto';
    audioRef.current = audio;
    return () => {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    };
  }, [musicUrl]);
  const aspect = draft ? aspectOf(draft.canvas.width, draft.canvas.height) : '';
  const stepMs = 1000 / fps;

  return (
    <section class="card preview-card" aria-labelledby="preview-heading">
      <div class="card-head">
        <h2 id="preview-heading">{t('preview.heading')}</h2>
        {draft ? (
          <span class="muted small" data-testid="canvas-size">
            {aspect} · {draft.canvas.width}×{draft.canvas.height}
          </span>
        ) : null}
      </div>
      {hasContent && draft ? (
        <>
          <div class="stage" ref={stageRef} style={{ height: box.height ? `${box.height}px` : undefined }}>
            <div
              class="frame"
              data-testid="preview-frame"
              data-aspect={aspect}
              data-frame={shown?.frame}
              data-settled={String(
                !playing && shown?.key === key && shown.frame === frameAt(currentMs, fps, frames),
              )}
              style={{ width: `${box.width}px`, height: `${box.height}px` }}
            >
              {shownUrl ? <img src={shownUrl} alt="" /> : <span class="frame-loading" aria-hidden="true" />}
              {failed && !shownUrl ? <p class="frame-error">{t('preview.failed')}</p> : null}
            </div>
          </div>
          <div class="transport">
            <button
              type="button"
              class="btn btn-round"
              aria-label={playing ? t('preview.pause') : t('preview.play')}
              onClick={() => setPlaying(!playing)}
            >
              <Icon name={playing ? 'pause' : 'play'} size={20} />
            </button>
            <label for="scrub" class="visually-hidden">
              {t('preview.scrub')}
            </label>
            <input
              id="scrub"
              type="range"
              min={0}
              max={Math.max(0, durationMs - stepMs)}
              step={stepMs}
              value={Math.min(currentMs, durationMs)}
              aria-valuetext={`${clock(currentMs, true)} / ${clock(durationMs, true)}`}
              onInput={(event) => {
                if (playing) setPlaying(false);
                onSeek(Number(event.currentTarget.value));
              }}
            />
            <span class="time" aria-hidden="true">
              {clock(currentMs, true)} / {clock(durationMs, true)}
            </span>
          </div>
          <p class="muted tiny speed" aria-hidden="true">
            {meanMs > 0 ? t('preview.speed', { ms: Math.round(meanMs) }) : '\u00a0'}
          </p>
        </>
      ) : (
        <div class="stage stage-empty">
          <p class="muted">{t('preview.empty')}</p>
        </div>
      )}
    </section>
  );
}
