import { useApp } from '../../context.js';
import { clock } from '../../lib/timeline-layout.js';
import { Icon } from '../icons.js';

/** Play/pause, the position slider and the time. */
export function Transport({
  playing,
  currentMs,
  durationMs,
  stepMs,
  onToggle,
  onScrub,
}: {
  playing: boolean;
  currentMs: number;
  durationMs: number;
  stepMs: number;
  onToggle: () => void;
  onScrub: (ms: number) => void;
}) {
  const { t } = useApp();
  return (
    <div class="transport">
      <button
        type="button"
        class="btn btn-round"
        aria-label={playing ? t('preview.pause') : t('preview.play')}
        onClick={onToggle}
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
        onInput={(event) => onScrub(Number(event.currentTarget.value))}
      />
      <span class="time" aria-hidden="true" data-testid="preview-time">
        {clock(currentMs, true)} / {clock(durationMs, true)}
      </span>
    </div>
  );
}
