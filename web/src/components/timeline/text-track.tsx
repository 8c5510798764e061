import { useApp } from '../../context.js';
import type { StudioState } from '../../lib/store.js';
import { clock, type TimelineLayout } from '../../lib/timeline-layout.js';
import { PAD } from './geometry.js';

export function TextTrack({
  state,
  layout,
  height,
  laneHeight,
  onSeek,
}: {
  state: StudioState;
  layout: TimelineLayout;
  height: number;
  laneHeight: number;
  onSeek: (ms: number) => void;
}) {
  const { studio, t } = useApp();
  const { draft, selection } = state;
  if (!draft) return null;
  return (
    <fieldset
      class="tl-row tl-text"
      style={{ height: `${height}px` }}
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
              top: `${4 + block.lane * laneHeight}px`,
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
  );
}
