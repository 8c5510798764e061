import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../context.js';
import { aspectOf, draftDurationMs } from '../../lib/draft.js';
import { musicSource } from '../../lib/media.js';
import { frameAt, frameCountOf } from '../../lib/preview-plan.js';
import type { StudioState } from '../../lib/store.js';
import { Transport } from './transport.js';
import { useFrameCache } from './use-frame-cache.js';
import { useMusicAudio } from './use-music-audio.js';
import { usePlayback } from './use-playback.js';
import { type Shown, useScrub } from './use-scrub.js';
import { useStageSize } from './use-stage-size.js';

/** The frame the export would show at the playhead, rendered by the server, with a transport. */
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
  const frameCount = frameCountOf(durationMs, fps);
  const hasContent = Boolean(draft && durationMs > 0);
  const aspectRatio = draft ? draft.canvas.width / draft.canvas.height : 16 / 9;

  const stageRef = useRef<HTMLDivElement>(null);
  const box = useStageSize(stageRef, aspectRatio, hasContent);
  const key = `${sessionId}:${revision}:${box.requestHeight}`;
  const frames = useFrameCache(studio, sessionId, fps, key, box.requestHeight);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [playing, setPlaying] = useState(false);
  const [meanMs, setMeanMs] = useState(0);

  const music = draft?.audio[0];
  const musicFrom = music ? musicSource(state, music.media.uri) : undefined;
  const audio = useMusicAudio(musicFrom?.url);

  useScrub(frames, { currentMs, fps, frameCount, key, active: hasContent && !playing }, setShown);
  usePlayback(
    frames,
    { playing, draft, key, currentMs, durationMs, frameCount, audio, musicFileMs: musicFrom?.durationMs },
    {
      show: setShown,
      seek: onSeek,
      stop: () => setPlaying(false),
      paused: () => setMeanMs(frames.stats.current.meanMs),
    },
  );
  useEffect(() => {
    if (!playing) setMeanMs(frames.stats.current.meanMs);
  }, [shown?.url, playing]);
  // Stop when the draft changes under the player.
  useEffect(() => setPlaying(false), [revision]);

  const aspect = draft ? aspectOf(draft.canvas.width, draft.canvas.height) : '';
  return (
    <section class="card preview-card" aria-labelledby="preview-heading" data-testid="player">
      <div class="card-head">
        <h2 id="preview-heading">{t('preview.heading')}</h2>
        {draft ? (
          <span class="muted small" data-testid="canvas-size">
            {aspect} · {draft.canvas.width}×{draft.canvas.height}
          </span>
        ) : null}
        <span class="muted tiny speed" aria-hidden="true">
          {meanMs > 0 ? t('preview.speed', { ms: Math.round(meanMs) }) : ''}
        </span>
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
                !playing && shown?.key === key && shown.frame === frameAt(currentMs, fps, frameCount),
              )}
              style={{ width: `${box.width}px`, height: `${box.height}px` }}
            >
              {shown?.url ? (
                <img src={shown.url} alt="" />
              ) : (
                <span class="frame-loading" aria-hidden="true" />
              )}
              {frames.failed && !shown?.url ? <p class="frame-error">{t('preview.failed')}</p> : null}
            </div>
          </div>
          <Transport
            playing={playing}
            currentMs={currentMs}
            durationMs={durationMs}
            stepMs={1000 / fps}
            onToggle={() => setPlaying(!playing)}
            onScrub={(ms) => {
              if (playing) setPlaying(false);
              onSeek(ms);
            }}
          />
        </>
      ) : (
        <div class="stage stage-empty">
          <p class="muted">{t('preview.empty')}</p>
        </div>
      )}
    </section>
  );
}
