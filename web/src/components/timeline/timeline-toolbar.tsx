import { Fragment } from 'preact';
import { useApp } from '../../context.js';
import type { StudioState } from '../../lib/store.js';
import { Icon } from '../icons.js';

export function TimelineToolbar({
  state,
  onZoomIn,
  onZoomOut,
}: {
  state: StudioState;
  onZoomIn: () => void;
  onZoomOut: () => void;
}) {
  const { studio, t } = useApp();
  const buttons = [
    {
      label: t('timeline.undo'),
      icon: 'undo',
      disabled: !state.history.canUndo || state.editBusy,
      run: () => void studio.undo(),
    },
    {
      label: t('timeline.redo'),
      icon: 'redo',
      disabled: !state.history.canRedo || state.editBusy,
      run: () => void studio.redo(),
    },
    { label: t('timeline.zoomOut'), icon: 'minus', disabled: false, run: onZoomOut },
    { label: t('timeline.zoomIn'), icon: 'plus', disabled: false, run: onZoomIn },
  ] as const;
  return (
    <div class="toolbar">
      {buttons.map((button, index) => (
        <Fragment key={button.icon}>
          {index === 2 ? <span class="toolbar-sep" aria-hidden="true" /> : null}
          <button
            type="button"
            class="icon-btn"
            onClick={button.run}
            disabled={button.disabled}
            aria-label={button.label}
            title={button.label}
          >
            <Icon name={button.icon} />
          </button>
        </Fragment>
      ))}
    </div>
  );
}
