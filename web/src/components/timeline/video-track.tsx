import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../../context.js';
import { moveEdit } from '../../lib/edits.js';
import { clipMarks, clipNotes, joinPhrases, photoFacts } from '../../lib/insights.js';
import { mediaForUri, thumbnailOf } from '../../lib/media.js';
import type { StudioState } from '../../lib/store.js';
import { clock, keyboardMove, type TimelineLayout } from '../../lib/timeline-layout.js';
import { Icon } from '../icons.js';
import { PAD } from './geometry.js';
import { useReorderDrag } from './use-reorder-drag.js';

export function VideoTrack({
  state,
  layout,
  onSeek,
}: {
  state: StudioState;
  layout: TimelineLayout;
  onSeek: (ms: number) => void;
}) {
  const { studio, t, lang, effectName } = useApp();
  const { draft, selection } = state;
  const focusAfter = useRef<string | undefined>(undefined);
  const blockRefs = useRef(new Map<string, HTMLButtonElement>());
  const count = draft?.video.length ?? 0;
  const move = (from: number, to: number) => {
    if (to === from || !draft) return;
    focusAfter.current = draft.video[from]?.id;
    void studio.edit([moveEdit(from, to)]);
  };
  const { drag, handlers, markerX, wasDragged } = useReorderDrag(layout.video, state.editBusy, move);

  // Keep focus on a photo that keyboard reordering moved.
  useEffect(() => {
    if (!focusAfter.current) return;
    blockRefs.current.get(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [state.revision]);

  if (!draft) return null;
  const marker = markerX();
  return (
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
              if (wasDragged()) return;
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
            {...handlers(block)}
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
      {marker !== undefined ? (
        <span class="drop-marker" aria-hidden="true" style={{ left: `${PAD + marker}px` }} />
      ) : null}
      {layout.transitions.map((transition) => (
        <span
          key={`tr${transition.index}`}
          class="seg-transition"
          style={{ left: `${PAD + transition.x + transition.width / 2}px` }}
          title={t('timeline.transition', { name: effectName('transition', transition.name) })}
          aria-hidden="true"
        />
      ))}
    </fieldset>
  );
}
