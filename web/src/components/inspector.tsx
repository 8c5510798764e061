import type { MessageKey } from '../../../src/messages/index.js';
import { useApp } from '../context.js';
import type { Draft } from '../lib/draft.js';
import { aspectOf } from '../lib/draft.js';
import { type EditCommand, moveEdit, musicEdits, photoEdits, textEdits } from '../lib/edits.js';
import { tempo } from '../lib/insights.js';
import { mediaForUri, thumbnailOf } from '../lib/media.js';
import { type StudioState, selectedItem } from '../lib/store.js';
import { Icon } from './icons.js';
import { PhotoInsight } from './photo-insight.js';

const ASPECTS = ['16:9', '9:16', '1:1', '4:5'] as const;
const POSITIONS = ['top', 'center', 'bottom', 'lower-third'] as const;
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

/** A labelled number input; the form reads it by `name` when the settings are applied. */
function NumberField(props: {
  name: string;
  label: string;
  value: number;
  min: number;
  max?: number;
  step: number;
}) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
        defaultValue={String(props.value)}
      />
    </div>
  );
}

function AspectPicker({ draft }: { draft: Draft }) {
  const { studio, t } = useApp();
  const current = aspectOf(draft.canvas.width, draft.canvas.height);
  return (
    <fieldset class="field">
      <legend>{t('inspector.aspect')}</legend>
      <div class="segmented segmented-wide">
        {ASPECTS.map((aspect) => (
          <button
            type="button"
            key={aspect}
            aria-pressed={current === aspect}
            onClick={() => current !== aspect && void studio.edit([{ type: 'setAspect', aspect }])}
          >
            <span class={`aspect-glyph a-${aspect.replace(':', 'x')}`} aria-hidden="true" />
            {aspect}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function Inspector({ state }: { state: StudioState }) {
  const { studio, t } = useApp();
  const { draft } = state;
  const picked = selectedItem(state);
  const apply = (commands: EditCommand[]) => {
    if (commands.length > 0) void studio.edit(commands);
  };
  const { motions, transitions } = studio.catalog;

  let body = null;
  if (!draft || !picked) {
    body = (
      <>
        <p class="muted">{t('inspector.none')}</p>
        {draft && draft.video.length > 0 ? <AspectPicker draft={draft} /> : null}
      </>
    );
  } else if (picked.kind === 'video') {
    const { index, item: segment } = picked;
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
    body = (
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
          <button
            type="button"
            class="btn btn-danger-ghost"
            disabled={state.editBusy}
            onClick={() => apply([{ type: 'removeSegment', index }])}
          >
            <Icon name="trash" size={16} />
            <span>{t('inspector.remove')}</span>
          </button>
        </div>
      </form>
    );
  } else if (picked.kind === 'text') {
    const { index, item: text } = picked;
    const read = (form: HTMLFormElement) => {
      const data = new FormData(form);
      return textEdits(draft, index, {
        text: String(data.get('text') ?? ''),
        startSeconds: Number(data.get('start')),
        durationSeconds: Number(data.get('length')),
        position: String(data.get('position')) as (typeof POSITIONS)[number],
      });
    };
    body = (
      <form
        class="inspector-form"
        key={`${text.id}:${state.revision}`}
        onChange={(event) => apply(read(event.currentTarget))}
        onSubmit={(event) => event.preventDefault()}
      >
        <h3>{t('inspector.textItem')}</h3>
        <div class="field">
          <label for="f-text">{t('inspector.text')}</label>
          <input id="f-text" name="text" type="text" maxLength={500} defaultValue={text.text} />
        </div>
        <div class="field-row">
          <NumberField
            name="start"
            label={t('inspector.start')}
            value={seconds(text.startMs)}
            min={0}
            step={0.1}
          />
          <NumberField
            name="length"
            label={t('inspector.length')}
            value={seconds(text.durationMs)}
            min={0.3}
            step={0.1}
          />
        </div>
        <div class="field">
          <label for="f-position">{t('inspector.position')}</label>
          <select id="f-position" name="position">
            {POSITIONS.map((position) => (
              <option value={position} key={position} selected={position === text.position}>
                {t(`inspector.position.${position}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div class="inspector-actions">
          <button
            type="button"
            class="btn btn-danger-ghost"
            disabled={state.editBusy}
            onClick={() => apply([{ type: 'removeText', id: text.id }])}
          >
            <Icon name="trash" size={16} />
            <span>{t('inspector.remove')}</span>
          </button>
        </div>
      </form>
    );
  } else {
    const { item: music } = picked;
    const bpm = tempo(music.media.bpm);
    body = (
      <form
        class="inspector-form"
        key={`${music.id}:${state.revision}`}
        onChange={(event) =>
          apply(musicEdits(draft, Number(new FormData(event.currentTarget).get('volume'))))
        }
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
          <button
            type="button"
            class="btn btn-danger-ghost"
            disabled={state.editBusy}
            onClick={() => apply([{ type: 'removeMusic' }])}
          >
            <Icon name="trash" size={16} />
            <span>{t('inspector.remove')}</span>
          </button>
        </div>
      </form>
    );
  }

  return (
    <section class="card inspector-card" aria-labelledby="inspector-heading">
      <div class="card-head">
        <h2 id="inspector-heading">{t('inspector.heading')}</h2>
      </div>
      {body}
    </section>
  );
}
