import { useApp } from '../../context.js';
import type { Draft, VideoSegment } from '../../lib/draft.js';
import { type EditCommand, moveEdit, photoEdits } from '../../lib/edits.js';
import { mediaForUri, thumbnailOf } from '../../lib/media.js';
import type { StudioState } from '../../lib/store.js';
import { Icon } from '../icons.js';
import { PhotoInsight } from '../photo-insight.js';
import { NumberField, seconds } from './number-field.js';
import { RemoveButton } from './remove-button.js';

export function PhotoForm({
  state,
  draft,
  index,
  segment,
  apply,
}: {
  state: StudioState;
  draft: Draft;
  index: number;
  segment: VideoSegment;
  apply: (commands: EditCommand[]) => void;
}) {
  const { studio, t } = useApp();
  const { motions, transitions } = studio.catalog;
  const media = mediaForUri(state, segment.media.uri);
  const thumb = thumbnailOf(state, media);
  const last = index === draft.video.length - 1;
  const isPhoto = segment.media.kind === 'image';
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return photoEdits(draft, index, {
      durationSeconds: Number(data.get('duration')),
      motion: String(data.get('motion') ?? ''),
      transition: String(data.get('transition') ?? ''),
    });
  };
  return (
    <form
      class="inspector-form"
      key={`${segment.id}:${state.revision}`}
      onChange={(event) => apply(read(event.currentTarget))}
      onSubmit={(event) => event.preventDefault()}
    >
      <div class="inspector-title">
        {thumb && !isPhoto ? <img src={thumb} alt="" class="inspector-thumb" /> : null}
        <div>
          <h3>{t('inspector.photo', { n: index + 1 })}</h3>
          <p class="muted small ellipsis">{segment.media.name}</p>
        </div>
      </div>
      {isPhoto ? (
        <PhotoInsight
          media={segment.media}
          src={thumb}
          fallbackName={segment.media.name ?? media?.name ?? String(index + 1)}
        />
      ) : null}
      <NumberField
        name="duration"
        label={t('inspector.duration')}
        value={seconds(segment.durationMs)}
        min={0.3}
        max={600}
        step={0.1}
      />
      <div class="field">
        <label for="f-motion">{t('inspector.motion')}</label>
        <select id="f-motion" name="motion">
          {motions.map((choice) => (
            <option value={choice.name} key={choice.name} selected={choice.name === segment.motion.name}>
              {choice.title}
            </option>
          ))}
        </select>
      </div>
      {!last ? (
        <div class="field">
          <label for="f-transition">{t('inspector.transition')}</label>
          <select id="f-transition" name="transition">
            {transitions.map((choice) => (
              <option
                value={choice.name}
                key={choice.name}
                selected={choice.name === (segment.transition?.name ?? 'cut')}
              >
                {choice.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="inspector-actions">
        <button
          type="button"
          class="btn btn-ghost"
          disabled={index === 0 || state.editBusy}
          onClick={() => apply([moveEdit(index, index - 1)])}
        >
          <Icon name="left" size={16} />
          <span>{t('inspector.moveEarlier')}</span>
        </button>
        <button
          type="button"
          class="btn btn-ghost"
          disabled={last || state.editBusy}
          onClick={() => apply([moveEdit(index, index + 1)])}
        >
          <span>{t('inspector.moveLater')}</span>
          <Icon name="right" size={16} />
        </button>
        <RemoveButton disabled={state.editBusy} onRemove={() => apply([{ type: 'removeSegment', index }])} />
      </div>
    </form>
  );
}
