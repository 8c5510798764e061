import { useRef, useState } from 'preact/hooks';
import { useApp, useWidth } from '../../context.js';
import { useCoarsePointer } from '../../hooks/use-coarse-pointer.js';
import { aspectOf, formatSeconds } from '../../lib/draft.js';
import type { StudioState } from '../../lib/store.js';
import { fitZoom, layoutTimeline, msToX, xToMs, zoomIn, zoomOut } from '../../lib/timeline-layout.js';
import { Icon } from '../icons.js';
import { PAD, TEXT_LANE_HEIGHT, TEXT_LANE_HEIGHT_TOUCH } from './geometry.js';
import { MusicTrack } from './music-track.js';
import { TextTrack } from './text-track.js';
import { TimelineToolbar } from './timeline-toolbar.js';
import { VideoTrack } from './video-track.js';

/** The draft drawn to scale: a ruler, the photos, the texts in lanes, the music with its volume. */
export function Timeline({
  state,
  currentMs,
  onSeek,
}: {
  state: StudioState;
  currentMs: number;
  onSeek: (ms: number) => void;
}) {
  const { t } = useApp();
  const coarse = useCoarsePointer();
  const { draft } = state;
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewWidth = useWidth(scrollRef);
  const [zoom, setZoom] = useState<number | undefined>(undefined);

  const base = draft ? layoutTimeline(draft, 100) : undefined;
  const textsEndMs = draft ? Math.max(0, ...draft.texts.map((x) => x.startMs + x.durationMs)) : 0;
  const totalMs = Math.max(base?.durationMs ?? 0, textsEndMs);
  const pxPerSecond = zoom ?? fitZoom(totalMs, Math.max(200, viewWidth - 2 * PAD));
  const layout = draft ? layoutTimeline(draft, pxPerSecond) : undefined;
  const empty =
    !draft || !layout || (draft.video.length === 0 && draft.texts.length === 0 && draft.audio.length === 0);

  const head = (
    <div class="card-head">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      {!empty ? (
        <>
          <span class="muted small timeline-summary">
            {t('timeline.summary', {
              duration: formatSeconds(layout.durationMs),
              width: draft.canvas.width,
              height: draft.canvas.height,
              aspect: aspectOf(draft.canvas.width, draft.canvas.height),
            })}
          </span>
          <TimelineToolbar
            state={state}
            onZoomIn={() => setZoom(zoomIn(pxPerSecond))}
            onZoomOut={() => setZoom(zoomOut(pxPerSecond))}
          />
        </>
      ) : null}
    </div>
  );
  if (empty) {
    return (
      <section class="card timeline-card" aria-labelledby="timeline-heading">
        {head}
        <p class="muted empty-state" ref={scrollRef as never}>
          {t('timeline.empty')}
        </p>
      </section>
    );
  }

  const laneHeight = coarse ? TEXT_LANE_HEIGHT_TOUCH : TEXT_LANE_HEIGHT;
  const textRowsHeight = Math.max(1, layout.textLanes) * laneHeight + 8;
  const seekAt = (clientX: number) => {
    const scroll = scrollRef.current;
    if (!scroll) return;
    const x = clientX - scroll.getBoundingClientRect().left + scroll.scrollLeft - PAD;
    onSeek(Math.max(0, Math.min(layout.durationMs, xToMs(x, pxPerSecond))));
  };
  const labels = [
    { key: 'video', icon: 'image', text: t('timeline.video'), height: undefined },
    { key: 'text', icon: 'text', text: t('timeline.text'), height: textRowsHeight },
    { key: 'audio', icon: 'music', text: t('timeline.music'), height: undefined },
  ] as const;

  return (
    <section class="card timeline-card" aria-labelledby="timeline-heading">
      {head}
      <div class="tl">
        <div class="tl-labels" aria-hidden="true">
          <span class="tl-label tl-label-ruler" />
          {labels.map((label) => (
            <span
              key={label.key}
              class={`tl-label tl-label-${label.key}`}
              style={label.height ? { height: `${label.height}px` } : undefined}
              title={label.text}
            >
              <Icon name={label.icon} size={16} />
              <span class="tl-label-name">{label.text}</span>
            </span>
          ))}
        </div>
        <div class="tl-scroll" ref={scrollRef} data-testid="timeline">
          <div class="tl-content" style={{ width: `${layout.width + 2 * PAD}px` }}>
            <div class="tl-ruler" onPointerDown={(event) => seekAt(event.clientX)} role="presentation">
              {layout.ticks.map((tick) => (
                <span class="tick" key={tick.ms} style={{ left: `${PAD + tick.x}px` }}>
                  {tick.label}
                </span>
              ))}
            </div>
            <VideoTrack state={state} layout={layout} onSeek={onSeek} />
            <TextTrack
              state={state}
              layout={layout}
              height={textRowsHeight}
              laneHeight={laneHeight}
              onSeek={onSeek}
            />
            <MusicTrack state={state} layout={layout} pxPerSecond={pxPerSecond} />
            <span
              class="playhead"
              style={{ left: `${PAD + msToX(currentMs, pxPerSecond)}px` }}
              aria-hidden="true"
            />
          </div>
        </div>
      </div>
      <p class="muted tiny timeline-hint">{t(coarse ? 'timeline.hintTouch' : 'timeline.hint')}</p>
    </section>
  );
}
