import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { effectTitle } from '../../../src/messages/index.js';
import { useApp, useWidth } from '../context.js';
import { aspectOf, formatSeconds } from '../lib/draft.js';
import { moveEdit } from '../lib/edits.js';
import {
  beatTicks,
  clipMarks,
  clipNotes,
  joinPhrases,
  photoFacts,
  tempo,
  ticksPath,
} from '../lib/insights.js';
import { mediaForUri, thumbnailOf } from '../lib/media.js';
import type { StudioState, Waveform } from '../lib/store.js';
import {
  type AudioBlock,
  clock,
  dropIndex,
  fitZoom,
  keyboardMove,
  layoutTimeline,
  msToX,
  xToMs,
  zoomIn,
  zoomOut,
} from '../lib/timeline-layout.js';
import { segmentPeaks } from '../lib/waveform.js';
import { Icon } from './icons.js';

const TEXT_LANE_HEIGHT = 30;

interface Drag {
  from: number;
  startX: number;
  dx: number;
  to: number;
  moved: boolean;
}
const PAD = 12;

function WaveformCanvas({
  block,
  waveform,
  trimStartMs,
  loop,
}: {
  block: AudioBlock;
  waveform: Waveform | undefined;
  trimStartMs: number;
  loop: boolean;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = Math.max(1, Math.round(block.width));
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const height = 36;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    context.clearRect(0, 0, width, height);
    const color = getComputedStyle(canvas).color || '#4f46e5';
    context.fillStyle = color;
    const bars = Math.max(1, Math.floor(width / 3));
    const peaks = waveform
      ? segmentPeaks(
          waveform.peaks,
          waveform.durationMs,
          trimStartMs,
          block.endMs - block.startMs,
          loop,
          bars,
        )
      : new Float32Array(bars).fill(0.08);
    for (let b = 0; b < bars; b++) {
      const h = Math.max(2, peaks[b]! * (height - 4) * Math.min(1, 0.35 + block.volume * 0.65));
      context.beginPath();
      context.roundRect(b * 3, (height - h) / 2, 2, h, 1);
      context.fill();
    }
  }, [width, waveform, block.startMs, block.endMs, block.volume, trimStartMs, loop]);
  return <canvas ref={ref} class="waveform" style={{ width: `${width}px`, height: '36px' }} />;
}

const BEAT_TICK_HEIGHT = 7;

/** Thin marks where the beats of the music fall, drawn to scale along the bottom of its block. */
function BeatMarks({
  beatsMs,
  block,
  trimStartMs,
  mediaDurationMs,
  loop,
  pxPerSecond,
}: {
  beatsMs: readonly number[];
  block: AudioBlock;
  trimStartMs: number;
  mediaDurationMs: number | undefined;
  loop: boolean;
  pxPerSecond: number;
}) {
  const width = Math.max(1, Math.round(block.width));
  const path = useMemo(() => {
    const { xs } = beatTicks({
      beatsMs,
      startMs: block.startMs,
      endMs: block.endMs,
      trimStartMs,
      mediaDurationMs,
      loop,
      pxPerSecond,
    });
    return ticksPath(xs, BEAT_TICK_HEIGHT);
  }, [beatsMs, block.startMs, block.endMs, trimStartMs, mediaDurationMs, loop, pxPerSecond]);
  if (!path) return null;
  return (
    <svg
      class="beats"
      width={width}
      height={BEAT_TICK_HEIGHT}
      viewBox={`0 0 ${width} ${BEAT_TICK_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-testid="beat-ticks"
    >
      <path d={path} />
    </svg>
  );
}

export function Timeline({
  state,
  currentMs,
  onSeek,
}: {
  state: StudioState;
  currentMs: number;
  onSeek: (ms: number) => void;
}) {
  const { studio, t, lang } = useApp();
  const { draft, selection } = state;
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewWidth = useWidth(scrollRef);
  const [zoom, setZoom] = useState<number | undefined>(undefined);
  // The drag lives in a ref (pointer events can outrun renders) and is mirrored in state for drawing.
  const [drag, setDragState] = useState<Drag | undefined>();
  const dragRef = useRef<Drag | undefined>(undefined);
  const setDrag = (next: Drag | undefined) => {
    dragRef.current = next;
    setDragState(next);
  };
  const focusAfter = useRef<string | undefined>(undefined);
  const blockRefs = useRef(new Map<string, HTMLButtonElement>());

  const durationMs = draft ? Math.max(...[0, ...draft.texts.map((x) => x.startMs + x.durationMs)], 0) : 0;
  const layoutBase = draft ? layoutTimeline(draft, 100) : undefined;
  const totalMs = Math.max(layoutBase?.durationMs ?? 0, durationMs);
  const pxPerSecond = zoom ?? fitZoom(totalMs, Math.max(200, viewWidth - 2 * PAD));
  const layout = draft ? layoutTimeline(draft, pxPerSecond) : undefined;

  // Keep focus on a photo that keyboard reordering moved.
  useEffect(() => {
    if (!focusAfter.current) return;
    blockRefs.current.get(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [state.revision]);

  if (
    !draft ||
    !layout ||
    (draft.video.length === 0 && draft.texts.length === 0 && draft.audio.length === 0)
  ) {
    return (
      <section class="card timeline-card" aria-labelledby="timeline-heading">
        <div class="card-head">
          <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        </div>
        <p class="muted empty-state" ref={scrollRef as never}>
          {t('timeline.empty')}
        </p>
      </section>
    );
  }

  const count = draft.video.length;
  const move = (from: number, to: number) => {
    if (to === from) return;
    focusAfter.current = draft.video[from]?.id;
    void studio.edit([moveEdit(from, to)]);
  };
  const contentWidth = layout.width + 2 * PAD;
  const textRowsHeight = Math.max(1, layout.textLanes) * TEXT_LANE_HEIGHT + 8;

  const seekAt = (clientX: number) => {
    const scroll = scrollRef.current;
    if (!scroll) return;
    const x = clientX - scroll.getBoundingClientRect().left + scroll.scrollLeft - PAD;
    onSeek(Math.max(0, Math.min(layout.durationMs, xToMs(x, pxPerSecond))));
  };

  return (
    <section class="card timeline-card" aria-labelledby="timeline-heading">
      <div class="card-head">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <span class="muted small timeline-summary">
          {t('timeline.summary', {
            duration: formatSeconds(layout.durationMs),
            width: draft.canvas.width,
            height: draft.canvas.height,
            aspect: aspectOf(draft.canvas.width, draft.canvas.height),
          })}
        </span>
        <div class="toolbar">
          <button
            type="button"
            class="icon-btn"
            onClick={() => void studio.undo()}
            disabled={!state.history.canUndo || state.editBusy}
            aria-label={t('timeline.undo')}
            title={t('timeline.undo')}
          >
            <Icon name="undo" />
          </button>
          <button
            type="button"
            class="icon-btn"
            onClick={() => void studio.redo()}
            disabled={!state.history.canRedo || state.editBusy}
            aria-label={t('timeline.redo')}
            title={t('timeline.redo')}
          >
            <Icon name="redo" />
          </button>
          <span class="toolbar-sep" aria-hidden="true" />
          <button
            type="button"
            class="icon-btn"
            onClick={() => setZoom(zoomOut(pxPerSecond))}
            aria-label={t('timeline.zoomOut')}
            title={t('timeline.zoomOut')}
          >
            <Icon name="minus" />
          </button>
          <button
            type="button"
            class="icon-btn"
            onClick={() => setZoom(zoomIn(pxPerSecond))}
            aria-label={t('timeline.zoomIn')}
            title={t('timeline.zoomIn')}
          >
            <Icon name="plus" />
          </button>
        </div>
      </div>
      <div class="tl">
        <div class="tl-labels" aria-hidden="true">
          <span class="tl-label tl-label-ruler" />
          <span class="tl-label tl-label-video" title={t('timeline.video')}>
            <Icon name="image" size={16} />
            <span class="tl-label-text">{t('timeline.video')}</span>
          </span>
          <span class="tl-label" style={{ height: `${textRowsHeight}px` }} title={t('timeline.text')}>
            <Icon name="text" size={16} />
            <span class="tl-label-text">{t('timeline.text')}</span>
          </span>
          <span class="tl-label tl-label-audio" title={t('timeline.music')}>
            <Icon name="music" size={16} />
            <span class="tl-label-text">{t('timeline.music')}</span>
          </span>
        </div>
        <div class="tl-scroll" ref={scrollRef} data-testid="timeline">
          <div class="tl-content" style={{ width: `${contentWidth}px` }}>
            <div class="tl-ruler" onPointerDown={(event) => seekAt(event.clientX)} role="presentation">
              {layout.ticks.map((tick) => (
                <span class="tick" key={tick.ms} style={{ left: `${PAD + tick.x}px` }}>
                  {tick.label}
                </span>
              ))}
            </div>
            <fieldset class="tl-row tl-video" aria-label={t('timeline.video')} data-testid="video-track">
              {layout.video.map((block) => {
                const segment = draft.video[block.index]!;
                const item = mediaForUri(state, segment.media.uri);
                const thumb = thumbnailOf(state, item);
                const selected = selection?.kind === 'video' && selection.id === block.id;
                const dragging = drag?.from === block.index && drag.moved;
                const marks = clipMarks(segment.media, block.boxWidth);
                const notes = clipNotes(segment.media, t);
                const label = t('timeline.segment', {
                  n: block.index + 1,
                  count,
                  start: clock(block.startMs, true),
                  end: clock(block.endMs, true),
                });
                return (
                  <button
                    type="button"
                    key={block.id}
                    ref={(element) => {
                      if (element) blockRefs.current.set(block.id, element);
                      else blockRefs.current.delete(block.id);
                    }}
                    class={`seg seg-video${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
                    style={{
                      left: `${PAD + block.boxX}px`,
                      width: `${Math.max(6, block.boxWidth - 2)}px`,
                      transform: dragging ? `translateX(${drag.dx}px)` : undefined,
                      backgroundImage: thumb ? `url("${thumb}")` : undefined,
                    }}
                    aria-pressed={selected}
                    aria-label={notes.length > 0 ? joinPhrases([label, ...notes], lang) : label}
                    title={segment.media.name ?? ''}
                    onClick={() => {
                      if (dragRef.current?.moved) return;
                      studio.select({ kind: 'video', id: block.id });
                      onSeek(block.boxStartMs);
                    }}
                    onKeyDown={(event) => {
                      if (event.altKey) {
                        const to = keyboardMove(event.key, block.index, count);
                        if (to !== undefined) {
                          event.preventDefault();
                          move(block.index, to);
                        }
                        return;
                      }
                      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
                        const next = layout.video[block.index + (event.key === 'ArrowLeft' ? -1 : 1)];
                        if (next) {
                          event.preventDefault();
                          blockRefs.current.get(next.id)?.focus();
                        }
                      }
                    }}
                    onPointerDown={(event) => {
                      if (event.button !== 0 || state.editBusy) return;
                      if (event.pointerType !== 'mouse' && !(event.target as Element).closest('.grip'))
                        return;
                      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
                      setDrag({
                        from: block.index,
                        startX: event.clientX,
                        dx: 0,
                        to: block.index,
                        moved: false,
                      });
                    }}
                    onPointerMove={(event) => {
                      const current = dragRef.current;
                      if (!current || current.from !== block.index) return;
                      const dx = event.clientX - current.startX;
                      const moved = current.moved || Math.abs(dx) > 4;
                      // Where the dragged photo's centre now is, in timeline coordinates.
                      const x = block.boxX + block.boxWidth / 2 + dx;
                      setDrag({ ...current, dx, moved, to: dropIndex(layout.video, block.index, x) });
                    }}
                    onPointerUp={() => {
                      const current = dragRef.current;
                      if (!current || current.from !== block.index) return;
                      const { from, to, moved } = current;
                      if (moved) move(from, to);
                      // Let the click that follows see `moved`, then clear.
                      setTimeout(() => setDrag(undefined), 0);
                    }}
                    onPointerCancel={() => setDrag(undefined)}
                  >
                    <span class="seg-index">{block.index + 1}</span>
                    <span class="grip" aria-hidden="true">
                      <Icon name="grip" size={14} />
                    </span>
                    {marks.showFlag ? (
                      <span
                        class="seg-flag"
                        aria-hidden="true"
                        data-flags={marks.flags.join(' ')}
                        title={joinPhrases(
                          photoFacts(segment.media, t)
                            .filter((fact) => fact.tone === 'warn')
                            .map((fact) => fact.text),
                          lang,
                        )}
                      >
                        <Icon name="alert" size={11} />
                      </span>
                    ) : null}
                    {marks.showDepth ? (
                      <span class="seg-depth" aria-hidden="true" title={t('timeline.depthTitle')}>
                        {t('timeline.depth')}
                      </span>
                    ) : null}
                  </button>
                );
              })}
              {drag?.moved ? (
                <span
                  class="drop-marker"
                  aria-hidden="true"
                  style={{
                    left: `${
                      PAD +
                      (
                        () => {
                          const others = layout.video.filter((b) => b.index !== drag.from);
                          const at = others[drag.to];
                          const before = others[drag.to - 1];
                          return at ? at.boxX : before ? before.boxX + before.boxWidth : 0;
                        }
                      )()
                    }px`,
                  }}
                />
              ) : null}
              {layout.transitions.map((transition) => (
                <span
                  key={`tr${transition.index}`}
                  class="seg-transition"
                  style={{ left: `${PAD + transition.x + transition.width / 2}px` }}
                  title={t('timeline.transition', { name: effectTitle(lang, 'transition', transition.name) })}
                  aria-hidden="true"
                />
              ))}
            </fieldset>
            <fieldset
              class="tl-row tl-text"
              style={{ height: `${textRowsHeight}px` }}
              aria-label={t('timeline.text')}
              data-testid="text-track"
            >
              {layout.texts.map((block) => {
                const text = draft.texts[block.index]!;
                const selected = selection?.kind === 'text' && selection.id === block.id;
                return (
                  <button
                    type="button"
                    key={block.id}
                    class={`seg seg-text role-${text.role}${selected ? ' is-selected' : ''}`}
                    style={{
                      left: `${PAD + block.x}px`,
                      width: `${Math.max(6, block.width - 2)}px`,
                      top: `${4 + block.lane * TEXT_LANE_HEIGHT}px`,
                    }}
                    aria-pressed={selected}
                    aria-label={t('timeline.textSegment', {
                      text: text.text,
                      start: clock(block.startMs, true),
                      end: clock(block.endMs, true),
                    })}
                    onClick={() => {
                      studio.select({ kind: 'text', id: block.id });
                      onSeek(block.startMs);
                    }}
                  >
                    <span class="seg-label">{text.text}</span>
                  </button>
                );
              })}
            </fieldset>
            <fieldset class="tl-row tl-audio" aria-label={t('timeline.music')} data-testid="audio-track">
              {layout.audio.map((block) => {
                const segment = draft.audio[block.index]!;
                const item = mediaForUri(state, segment.media.uri);
                const selected = selection?.kind === 'audio' && selection.id === block.id;
                const waveform = item ? state.waveforms[item.id] : undefined;
                const name = segment.media.name ?? item?.name ?? '';
                const volume = Math.round(segment.volume * 100);
                const bpm = tempo(segment.media.bpm);
                return (
                  <button
                    type="button"
                    key={block.id}
                    class={`seg seg-audio${selected ? ' is-selected' : ''}`}
                    style={{ left: `${PAD + block.x}px`, width: `${Math.max(6, block.width - 2)}px` }}
                    aria-pressed={selected}
                    aria-label={
                      bpm !== undefined
                        ? t('timeline.audioTempo', { name, volume, bpm })
                        : t('timeline.audioSegment', { name, volume })
                    }
                    data-waveform={waveform ? 'ready' : 'none'}
                    onClick={() => studio.select({ kind: 'audio', id: block.id })}
                  >
                    <WaveformCanvas
                      block={block}
                      waveform={waveform}
                      trimStartMs={segment.trimStartMs}
                      loop={segment.loop}
                    />
                    {segment.media.beatsMs && segment.media.beatsMs.length > 0 ? (
                      <BeatMarks
                        beatsMs={segment.media.beatsMs}
                        block={block}
                        trimStartMs={segment.trimStartMs}
                        mediaDurationMs={segment.media.durationMs ?? item?.durationMs ?? waveform?.durationMs}
                        loop={segment.loop}
                        pxPerSecond={pxPerSecond}
                      />
                    ) : null}
                    <span class="audio-meta">
                      <span class="seg-label audio-name">{name}</span>
                      {bpm !== undefined ? (
                        <span class="audio-bpm" data-testid="tempo">
                          {t('timeline.bpm', { bpm })}
                        </span>
                      ) : null}
                    </span>
                  </button>
                );
              })}
            </fieldset>
            <span
              class="playhead"
              style={{ left: `${PAD + msToX(currentMs, pxPerSecond)}px` }}
              aria-hidden="true"
            />
          </div>
        </div>
      </div>
      <p class="muted tiny timeline-hint">{t('timeline.hint')}</p>
    </section>
  );
}
