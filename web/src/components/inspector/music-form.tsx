import { useApp } from '../../context.js';
import type { AudioSegment, Draft } from '../../lib/draft.js';
import { type EditCommand, musicEdits } from '../../lib/edits.js';
import { tempo } from '../../lib/insights.js';
import type { StudioState } from '../../lib/store.js';
import { NumberField } from './number-field.js';
import { RemoveButton } from './remove-button.js';

export function MusicForm({
  state,
  draft,
  music,
  apply,
}: {
  state: StudioState;
  draft: Draft;
  music: AudioSegment;
  apply: (commands: EditCommand[]) => void;
}) {
  const { t } = useApp();
  const bpm = tempo(music.media.bpm);
  return (
    <form
      class="inspector-form"
      key={`${music.id}:${state.revision}`}
      onChange={(event) => apply(musicEdits(draft, Number(new FormData(event.currentTarget).get('volume'))))}
      onSubmit={(event) => event.preventDefault()}
    >
      <h3>{t('inspector.musicItem')}</h3>
      <p class="muted small ellipsis">{music.media.name}</p>
      {bpm !== undefined || music.media.bpm === 0 ? (
        <p class="muted small" data-testid="music-facts">
          {bpm !== undefined
            ? t('insight.tempo', { bpm, n: music.media.beatsMs?.length ?? 0 })
            : t('insight.noTempo')}
        </p>
      ) : null}
      <NumberField
        name="volume"
        label={t('inspector.volume')}
        value={Math.round(music.volume * 100)}
        min={0}
        max={200}
        step={5}
      />
      <div class="inspector-actions">
        <RemoveButton disabled={state.editBusy} onRemove={() => apply([{ type: 'removeMusic' }])} />
      </div>
    </form>
  );
}
