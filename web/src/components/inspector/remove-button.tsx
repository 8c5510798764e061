import { useApp } from '../../context.js';
import { Icon } from '../icons.js';

export function RemoveButton({ disabled, onRemove }: { disabled: boolean; onRemove: () => void }) {
  const { t } = useApp();
  return (
    <button type="button" class="btn btn-danger-ghost" disabled={disabled} onClick={onRemove}>
      <Icon name="trash" size={16} />
      <span>{t('inspector.remove')}</span>
    </button>
  );
}
