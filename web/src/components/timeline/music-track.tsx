import { useApp } from '../../context.js';
import { tempo } from '../../lib/insights.js';
import { titleIn } from '../../lib/library.js';
import { musicSource } from '../../lib/media.js';
import type { StudioState } from '../../lib/store.js';
import type { TimelineLayout } from '../../lib/timeline-layout.js';
import { BeatMarks } from './beat-marks.js';
import { PAD } from './geometry.js';
import { WaveformCanvas } from './waveform-canvas.js';

/** Volume is drawn as a line across the block: the top edge is 200%, the bottom silence. */
const MAX_VOLUME = 2;

export function MusicTrack({
  state,
  layout,
  pxPerSecond,
}: {
  state: StudioState;
  layout: TimelineLayout;
  pxPerSecond: number;
}) {
  const { studio, t, lang } = useApp();
  const { draft, selection } = state;
  if (!draft) return null;
  return (
    <fieldset class="tl-row tl-audio" aria-label={t('timeline.music')} data-testid="audio-track">
      {layout.audio.map((block) => {
        const segment = draft.audio[block.index]!;
        const source = musicSource(state, segment.media.uri);
        const selected = selection?.kind === 'audio' && selection.id === block.id;
        const waveform = source ? state.waveforms[source.key] : undefined;
        const name = source?.track
          ? titleIn(source.track, lang)
          : (segment.media.name ?? source?.item?.name ?? '');
        const volume = Math.round(segment.volume * 100);
        const bpm = tempo(segment.media.bpm);
        const level = Math.min(1, segment.volume / MAX_VOLUME);
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
                mediaDurationMs={segment.media.durationMs ?? source?.durationMs ?? waveform?.durationMs}
                loop={segment.loop}
                pxPerSecond={pxPerSecond}
              />
            ) : null}
            <span
              class="volume-line"
              data-testid="volume-line"
              data-volume={volume}
              style={{ bottom: `${Math.round(level * 100)}%` }}
              aria-hidden="true"
            >
              <span class="volume-tag">{volume}%</span>
            </span>
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
  );
}
