import { useApp } from '../../context.js';
import type { EditCommand } from '../../lib/edits.js';
import { type StudioState, selectedItem } from '../../lib/store.js';
import { AspectPicker } from './aspect-picker.js';
import { MusicForm } from './music-form.js';
import { PhotoForm } from './photo-form.js';
import { TextForm } from './text-form.js';

/** The settings of what is selected on the timeline (a form per kind), or the aspect ratio. */
export function Inspector({ state }: { state: StudioState }) {
  const { studio, t } = useApp();
  const { draft } = state;
  const picked = selectedItem(state);
  const apply = (commands: EditCommand[]) => {
    if (commands.length > 0) void studio.edit(commands);
  };
  const body =
    !draft || !picked ? (
      <p class="muted">{t('inspector.none')}</p>
    ) : picked.kind === 'video' ? (
      <PhotoForm state={state} draft={draft} index={picked.index} segment={picked.item} apply={apply} />
    ) : picked.kind === 'text' ? (
      <TextForm state={state} draft={draft} index={picked.index} text={picked.item} apply={apply} />
    ) : (
      <MusicForm state={state} draft={draft} music={picked.item} apply={apply} />
    );
  return (
    <section class="card inspector-card" aria-labelledby="inspector-heading">
      <div class="card-head">
        <h2 id="inspector-heading">{t('inspector.heading')}</h2>
      </div>
      {body}
      {/* The aspect ratio is the whole video's: always at hand, whatever is selected. */}
      {draft && draft.video.length > 0 ? <AspectPicker draft={draft} /> : null}
    </section>
  );
}
