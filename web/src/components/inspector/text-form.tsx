import type { MessageKey } from '../../../../src/messages/index.js';
import { useApp } from '../../context.js';
import type { Draft, TextSegment } from '../../lib/draft.js';
import { type EditCommand, textEdits } from '../../lib/edits.js';
import type { StudioState } from '../../lib/store.js';
import { NumberField, seconds } from './number-field.js';
import { RemoveButton } from './remove-button.js';

const POSITIONS = ['top', 'center', 'bottom', 'lower-third'] as const;

export function TextForm({
  state,
  draft,
  index,
  text,
  apply,
}: {
  state: StudioState;
  draft: Draft;
  index: number;
  text: TextSegment;
  apply: (commands: EditCommand[]) => void;
}) {
  const { t } = useApp();
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return textEdits(draft, index, {
      text: String(data.get('text') ?? ''),
      startSeconds: Number(data.get('start')),
      durationSeconds: Number(data.get('length')),
      position: String(data.get('position')) as (typeof POSITIONS)[number],
    });
  };
  return (
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
        <RemoveButton
          disabled={state.editBusy}
          onRemove={() => apply([{ type: 'removeText', id: text.id }])}
        />
      </div>
    </form>
  );
}
