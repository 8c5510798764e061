import { useApp } from '../../context.js';
import { aspectOf, type Draft } from '../../lib/draft.js';

const ASPECTS = ['16:9', '9:16', '1:1', '4:5'] as const;

export function AspectPicker({ draft }: { draft: Draft }) {
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
